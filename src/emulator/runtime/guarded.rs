//! Guardrails on runtime calls: a Converse request's `guardrailConfig`, or InvokeModel's
//! `X-Amzn-Bedrock-GuardrailIdentifier`/`-GuardrailVersion`/`-Trace` headers. The prompt is
//! checked before the model answers (a blocked prompt gets the guardrail's blocked input
//! message instead of an answer) and the answer after (blocked or masked), with the service's
//! markers: `stopReason: guardrail_intervened` and a `trace.guardrail` for Converse,
//! `amazon-bedrock-guardrailAction` and `amazon-bedrock-trace` in InvokeModel bodies and chunks.

use axum::http::HeaderMap;
use serde_json::{Map, Value, json};

use super::super::Emulator;
use super::super::errors::ServiceError;
use super::super::guardrails::{self, Evaluation, Source};
use super::conversation::{Content, Conversation, Reply, StopReason};
use super::generation::{Finish, Generated};

/// The guardrail a runtime request names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuardrailRequest {
    pub identifier: String,
    pub version: String,
    pub trace: bool,
}

/// Members of InvokeModel request bodies that carry prompt text.
const PROMPT_KEYS: &[&str] = &["inputText", "prompt", "text", "content", "message", "system"];
/// Members of InvokeModel response bodies and chunks that carry generated text.
const ANSWER_KEYS: &[&str] = &["outputText", "completion", "text", "generation", "content"];

fn header<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|value| value.to_str().ok()).map(str::trim).filter(|value| !value.is_empty())
}

impl GuardrailRequest {
    /// The guardrail of an InvokeModel request, from its headers.
    pub fn from_headers(headers: &HeaderMap) -> Result<Option<Self>, ServiceError> {
        let identifier = header(headers, "x-amzn-bedrock-guardrailidentifier");
        let version = header(headers, "x-amzn-bedrock-guardrailversion");
        let trace = header(headers, "x-amzn-bedrock-trace");
        if let Some(trace) = trace
            && !["ENABLED", "DISABLED", "ENABLED_FULL"].contains(&trace)
        {
            return Err(ServiceError::constraint(
                trace,
                "trace",
                "Member must satisfy enum value set: [ENABLED, DISABLED, ENABLED_FULL]",
            ));
        }
        match (identifier, version) {
            (None, None) => Ok(None),
            (Some(identifier), Some(version)) => Ok(Some(GuardrailRequest {
                identifier: identifier.to_string(),
                version: version.to_string(),
                trace: matches!(trace, Some("ENABLED" | "ENABLED_FULL")),
            })),
            (Some(_), None) => Err(ServiceError::validation(
                "Guardrail version is required when a guardrail identifier is given.",
            )),
            (None, Some(_)) => Err(ServiceError::validation(
                "Guardrail identifier is required when a guardrail version is given.",
            )),
        }
    }

    /// The guardrail of a Converse request, from its `guardrailConfig` member.
    pub fn from_converse(body: &Map<String, Value>) -> Result<Option<Self>, ServiceError> {
        let config = match body.get("guardrailConfig") {
            None | Some(Value::Null) => return Ok(None),
            Some(Value::Object(config)) => config,
            Some(_) => return Err(ServiceError::validation("The guardrailConfig field must be an object.")),
        };
        let text = |name: &str| {
            config.get(name).and_then(Value::as_str).map(str::trim).filter(|text| !text.is_empty())
        };
        let Some(identifier) = text("guardrailIdentifier") else {
            return Err(ServiceError::validation(
                "1 validation error detected: Value null at 'guardrailConfig.guardrailIdentifier' failed to satisfy constraint: Member must not be null",
            ));
        };
        let Some(version) = text("guardrailVersion") else {
            return Err(ServiceError::validation(
                "1 validation error detected: Value null at 'guardrailConfig.guardrailVersion' failed to satisfy constraint: Member must not be null",
            ));
        };
        let trace = text("trace").unwrap_or("disabled");
        if !["enabled", "disabled", "enabled_full"].contains(&trace) {
            return Err(ServiceError::constraint(
                trace,
                "guardrailConfig.trace",
                "Member must satisfy enum value set: [enabled, disabled, enabled_full]",
            ));
        }
        Ok(Some(GuardrailRequest {
            identifier: identifier.to_string(),
            version: version.to_string(),
            trace: trace != "disabled",
        }))
    }

    /// The guardrail id the trace is keyed by.
    fn trace_key(&self) -> String {
        guardrails::guardrail_id(&self.identifier).unwrap_or_else(|_| self.identifier.clone())
    }

    fn evaluate(&self, emulator: &Emulator, source: Source, text: &str) -> Result<Evaluation, ServiceError> {
        guardrails::evaluate_text(emulator, &self.identifier, &self.version, source, &[text.to_string()])
    }
}

/// The text that replaces a guarded text when the guardrail intervened: the blocked message, or
/// the masked text.
fn replacement(evaluation: &Evaluation) -> String {
    match &evaluation.blocked_message {
        Some(message) => message.clone(),
        None => evaluation.outputs.concat(),
    }
}

/// Text as stream pieces (words with their trailing space).
fn pieces_of(text: &str) -> Generated {
    Generated { pieces: text.split_inclusive(' ').map(str::to_string).collect(), finish: Finish::Natural }
}

/// What a guardrail did to a Converse exchange.
#[derive(Debug, Clone)]
pub struct GuardedReply {
    pub reply: Reply,
    /// The `trace` member of the response (`{"guardrail": …}`), when tracing was asked for.
    pub trace: Option<Value>,
}

/// Answer a guarded conversation: check the prompt, answer, check the answer.
pub fn converse(
    emulator: &Emulator,
    guard: &GuardrailRequest,
    conversation: &Conversation,
) -> Result<GuardedReply, ServiceError> {
    let key = guard.trace_key();
    let input = guard.evaluate(emulator, Source::Input, &conversation.focus())?;
    let mut trace = Map::new();
    trace.insert("inputAssessment".into(), json!({ key.clone(): input.assessment }));
    let reply = if input.intervened && input.blocked_message.is_some() {
        let generated = pieces_of(&replacement(&input));
        let mut reply = conversation.respond("tooluse_");
        reply.usage.output_tokens = generated.output_tokens();
        reply.content = Content::Text(generated);
        reply.stop_reason = StopReason::GuardrailIntervened;
        reply
    } else {
        let mut reply = conversation.respond("tooluse_");
        if let Content::Text(generated) = &reply.content {
            let output = guard.evaluate(emulator, Source::Output, &generated.text())?;
            trace.insert("outputAssessments".into(), json!({ key.clone(): [output.assessment.clone()] }));
            if output.intervened {
                let generated = pieces_of(&replacement(&output));
                reply.usage.output_tokens = generated.output_tokens();
                reply.content = Content::Text(generated);
                reply.stop_reason = StopReason::GuardrailIntervened;
            }
        }
        reply
    };
    let trace = guard.trace.then(|| json!({ "guardrail": Value::Object(trace) }));
    Ok(GuardedReply { reply, trace })
}

/// Call `visit` on every string member named in `keys`, depth first in document order, skipping
/// `prompt` members of responses (Jurassic and Cohere echo the prompt).
fn visit_strings(value: &mut Value, keys: &[&str], skip_prompt: bool, visit: &mut dyn FnMut(&mut String)) {
    match value {
        Value::Object(object) => {
            for (key, member) in object.iter_mut() {
                if skip_prompt && key == "prompt" {
                    continue;
                }
                match member {
                    Value::String(text) if keys.contains(&key.as_str()) => visit(text),
                    _ => visit_strings(member, keys, skip_prompt, visit),
                }
            }
        }
        Value::Array(items) => {
            for item in items {
                visit_strings(item, keys, skip_prompt, visit);
            }
        }
        _ => {}
    }
}

/// The string members named in `keys`, in document order (read-only `visit_strings`).
fn collect_strings<'a>(value: &'a Value, keys: &[&str], skip_prompt: bool, found: &mut Vec<&'a str>) {
    match value {
        Value::Object(object) => {
            for (key, member) in object {
                if skip_prompt && key == "prompt" {
                    continue;
                }
                match member {
                    Value::String(text) if keys.contains(&key.as_str()) => found.push(text),
                    _ => collect_strings(member, keys, skip_prompt, found),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|item| collect_strings(item, keys, skip_prompt, found)),
        _ => {}
    }
}

/// The prompt texts of an InvokeModel request body.
fn prompt_text(request: &Value) -> String {
    let mut texts = Vec::new();
    collect_strings(request, PROMPT_KEYS, false, &mut texts);
    texts.join("\n")
}

/// The generated text of response documents (a body, or a stream's chunks).
fn answer_text(documents: &[Value]) -> String {
    let mut pieces = Vec::new();
    for document in documents {
        collect_strings(document, ANSWER_KEYS, true, &mut pieces);
    }
    pieces.concat()
}

/// Put `replacement` in the first non-empty generated text and empty the others.
fn replace_answer(documents: &mut [Value], replacement: &str) {
    let mut placed = false;
    for document in documents.iter_mut() {
        visit_strings(document, ANSWER_KEYS, true, &mut |text| {
            if !placed && !text.is_empty() {
                *text = replacement.to_string();
                placed = true;
            } else {
                text.clear();
            }
        });
    }
    if !placed && let Some(first) = documents.first_mut() {
        visit_strings(first, ANSWER_KEYS, true, &mut |text| {
            if !placed {
                *text = replacement.to_string();
                placed = true;
            }
        });
    }
}

/// Apply a guardrail to an InvokeModel exchange: `documents` is the response body (one document)
/// or the stream's chunks; the action and, when asked for, the trace go on the last one.
pub fn invocation(
    emulator: &Emulator,
    guard: &GuardrailRequest,
    request: &Value,
    documents: &mut [Value],
) -> Result<(), ServiceError> {
    let key = guard.trace_key();
    let input = guard.evaluate(emulator, Source::Input, &prompt_text(request))?;
    let mut trace = Map::new();
    trace.insert("input".into(), json!({ key.clone(): input.assessment }));
    let intervened = if input.intervened && input.blocked_message.is_some() {
        replace_answer(documents, &replacement(&input));
        true
    } else {
        let output = guard.evaluate(emulator, Source::Output, &answer_text(documents))?;
        trace.insert("outputs".into(), json!([{ key.clone(): output.assessment }]));
        if output.intervened {
            replace_answer(documents, &replacement(&output));
        }
        output.intervened
    };
    if let Some(Value::Object(last)) = documents.last_mut() {
        last.insert(
            "amazon-bedrock-guardrailAction".into(),
            json!(if intervened { "INTERVENED" } else { "NONE" }),
        );
        if guard.trace {
            last.insert("amazon-bedrock-trace".into(), json!({ "guardrail": Value::Object(trace) }));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_name_a_guardrail_with_its_version() {
        let mut headers = HeaderMap::new();
        assert_eq!(GuardrailRequest::from_headers(&headers).unwrap(), None);
        headers.insert("x-amzn-bedrock-guardrailidentifier", "abc123".parse().unwrap());
        assert!(
            GuardrailRequest::from_headers(&headers).unwrap_err().message.contains("version is required")
        );
        headers.insert("x-amzn-bedrock-guardrailversion", "DRAFT".parse().unwrap());
        headers.insert("x-amzn-bedrock-trace", "ENABLED".parse().unwrap());
        let guard = GuardrailRequest::from_headers(&headers).unwrap().unwrap();
        assert_eq!(
            guard,
            GuardrailRequest { identifier: "abc123".into(), version: "DRAFT".into(), trace: true }
        );
        headers.insert("x-amzn-bedrock-trace", "LOUD".parse().unwrap());
        assert!(GuardrailRequest::from_headers(&headers).is_err());
    }

    #[test]
    fn converse_config_is_checked() {
        let body = json!({"guardrailConfig": {"guardrailIdentifier": "abc", "guardrailVersion": "1", "trace": "enabled"}});
        let guard = GuardrailRequest::from_converse(body.as_object().unwrap()).unwrap().unwrap();
        assert!(guard.trace);
        let missing = json!({"guardrailConfig": {"guardrailIdentifier": "abc"}});
        let error = GuardrailRequest::from_converse(missing.as_object().unwrap()).unwrap_err();
        assert!(error.message.contains("guardrailConfig.guardrailVersion"));
        assert_eq!(GuardrailRequest::from_converse(&Map::new()).unwrap(), None);
    }

    #[test]
    fn prompt_and_answer_texts_are_found_in_family_shapes() {
        let request = json!({"anthropic_version": "bedrock-2023-05-31", "system": "Be brief",
            "messages": [{"role": "user", "content": [{"type": "text", "text": "hello there"}]}]});
        assert_eq!(prompt_text(&request), "Be brief\nhello there");
        let mut jurassic =
            [json!({"prompt": {"text": "the prompt"}, "completions": [{"data": {"text": "the answer"}}]})];
        assert_eq!(answer_text(&jurassic), "the answer");
        replace_answer(&mut jurassic, "blocked");
        assert_eq!(jurassic[0]["completions"][0]["data"]["text"], "blocked");
        assert_eq!(jurassic[0]["prompt"]["text"], "the prompt");
        let mut chunks = [
            json!({"type": "content_block_start", "content_block": {"type": "text", "text": ""}}),
            json!({"type": "content_block_delta", "delta": {"type": "text_delta", "text": "one "}}),
            json!({"type": "content_block_delta", "delta": {"type": "text_delta", "text": "two"}}),
        ];
        assert_eq!(answer_text(&chunks), "one two");
        replace_answer(&mut chunks, "masked");
        assert_eq!(answer_text(&chunks), "masked");
        assert_eq!(chunks[1]["delta"]["text"], "masked");
    }
}
