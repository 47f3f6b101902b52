//! Prompts from Prompt management run through Converse: a prompt (or prompt version) ARN as the
//! `modelId`, with `promptVariables` filling the template's `{{name}}` placeholders. The prompt's
//! default variant gives the model, the messages (a TEXT template is one user message; a CHAT
//! template brings its messages and system prompt) and the inference configuration; the request's
//! own messages follow the prompt's.

use serde_json::{Map, Value, json};

use crate::api::model::Service;
use crate::emulator::Emulator;
use crate::emulator::errors::ServiceError;
use crate::emulator::store::collection;

/// `arn:…:prompt/ID` or `arn:…:prompt/ID:VERSION` → (ID, VERSION or None for the draft).
fn prompt_reference(identifier: &str) -> Option<(&str, Option<&str>)> {
    let (_, rest) = identifier.split_once(":prompt/")?;
    match rest.split_once(':') {
        Some((id, version)) if version != "DRAFT" => Some((id, Some(version))),
        Some((id, _)) => Some((id, None)),
        None => Some((rest, None)),
    }
}

/// The model id and the Converse body a prompt stands for.
pub type Prompted = (String, Map<String, Value>);

/// The model and Converse body a prompt ARN stands for, or None when `model` is no prompt.
pub fn from_prompt(
    emulator: &Emulator,
    model: &str,
    body: &Map<String, Value>,
) -> Result<Option<Prompted>, ServiceError> {
    let Some((id, version)) = prompt_reference(model) else {
        if body.contains_key("promptVariables") {
            return Err(ServiceError::validation(
                "promptVariables can only be used when modelId is a prompt ARN from Prompt management.",
            ));
        }
        return Ok(None);
    };
    let stored = emulator.store.read(|state| match version {
        Some(version) => state
            .document(&collection(Service::BedrockAgent, "PromptVersion"), &format!("{id}/{version}"))
            .cloned(),
        None => state.document(&collection(Service::BedrockAgent, "Prompt"), id).cloned(),
    });
    let prompt =
        stored.ok_or_else(|| ServiceError::not_found(format!("The prompt {model} was not found.")))?;
    for member in ["system", "toolConfig", "inferenceConfig", "additionalModelRequestFields"] {
        if body.contains_key(member) {
            return Err(ServiceError::validation(format!(
                "{member} can't be set when modelId is a prompt: the prompt's variant sets it."
            )));
        }
    }
    let variants = prompt.get("variants").and_then(Value::as_array).cloned().unwrap_or_default();
    let default = prompt.get("defaultVariant").and_then(Value::as_str);
    let variant = variants
        .iter()
        .find(|variant| default.is_some_and(|name| variant.get("name").and_then(Value::as_str) == Some(name)))
        .or_else(|| variants.first())
        .ok_or_else(|| ServiceError::validation(format!("The prompt {model} has no variant to run.")))?;
    let model_id = variant
        .get("modelId")
        .and_then(Value::as_str)
        .ok_or_else(|| ServiceError::validation(format!("The prompt {model}'s variant names no model.")))?
        .to_string();
    let variables = body.get("promptVariables").and_then(Value::as_object).cloned().unwrap_or_default();
    let fill = |template: &str| -> Result<String, ServiceError> { substitute(template, &variables) };
    let configuration = variant.get("templateConfiguration").cloned().unwrap_or(Value::Null);
    let mut converse = Map::new();
    let mut messages = Vec::new();
    if let Some(text) = configuration.pointer("/text/text").and_then(Value::as_str) {
        messages.push(json!({"role": "user", "content": [{"text": fill(text)?}]}));
    } else if let Some(chat) = configuration.get("chat") {
        for message in chat.get("messages").and_then(Value::as_array).into_iter().flatten() {
            messages.push(fill_blocks(message, &fill)?);
        }
        if let Some(system) = chat.get("system").and_then(Value::as_array) {
            let filled: Result<Vec<Value>, ServiceError> =
                system.iter().map(|block| fill_blocks(block, &fill)).collect();
            converse.insert("system".to_string(), Value::Array(filled?));
        }
        if let Some(tools) = chat.get("toolConfiguration") {
            converse.insert("toolConfig".to_string(), tools.clone());
        }
    }
    messages.extend(body.get("messages").and_then(Value::as_array).cloned().unwrap_or_default());
    converse.insert("messages".to_string(), Value::Array(messages));
    if let Some(text) = variant.pointer("/inferenceConfiguration/text").and_then(Value::as_object) {
        converse.insert("inferenceConfig".to_string(), Value::Object(text.clone()));
    }
    for (key, value) in body {
        if !matches!(key.as_str(), "messages" | "promptVariables") {
            converse.insert(key.clone(), value.clone());
        }
    }
    Ok(Some((model_id, converse)))
}

/// Fill the `text` members of a message or system block.
fn fill_blocks(
    value: &Value,
    fill: &dyn Fn(&str) -> Result<String, ServiceError>,
) -> Result<Value, ServiceError> {
    Ok(match value {
        Value::Object(object) => {
            let mut filled = Map::new();
            for (key, item) in object {
                let item = match (key.as_str(), item) {
                    ("text", Value::String(text)) => Value::String(fill(text)?),
                    _ => fill_blocks(item, fill)?,
                };
                filled.insert(key.clone(), item);
            }
            Value::Object(filled)
        }
        Value::Array(items) => {
            Value::Array(items.iter().map(|item| fill_blocks(item, fill)).collect::<Result<_, _>>()?)
        }
        other => other.clone(),
    })
}

/// `{{name}}` → the variable's `text`; a placeholder without a value is the caller's error.
fn substitute(template: &str, variables: &Map<String, Value>) -> Result<String, ServiceError> {
    let mut out = String::new();
    let mut rest = template;
    while let Some(start) = rest.find("{{") {
        let Some(end) = rest[start + 2..].find("}}") else { break };
        let name = rest[start + 2..start + 2 + end].trim();
        let value = variables
            .get(name)
            .and_then(|variable| variable.get("text"))
            .and_then(Value::as_str)
            .ok_or_else(|| {
                ServiceError::validation(format!(
                    "The prompt variable {name} has no value in promptVariables."
                ))
            })?;
        out.push_str(&rest[..start]);
        out.push_str(value);
        rest = &rest[start + 2 + end + 2..];
    }
    out.push_str(rest);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_and_placeholders() {
        assert_eq!(
            prompt_reference("arn:aws:bedrock:us-east-1:1:prompt/ABCDEFGHIJ:3"),
            Some(("ABCDEFGHIJ", Some("3")))
        );
        assert_eq!(
            prompt_reference("arn:aws:bedrock:us-east-1:1:prompt/ABCDEFGHIJ"),
            Some(("ABCDEFGHIJ", None))
        );
        assert_eq!(prompt_reference("amazon.nova-micro-v1:0"), None);
        let variables = json!({"topic": {"text": "otters"}}).as_object().cloned().unwrap();
        assert_eq!(substitute("About {{ topic }}, {{topic}}.", &variables).unwrap(), "About otters, otters.");
        assert!(substitute("{{missing}}", &variables).unwrap_err().message.contains("missing"));
    }
}
