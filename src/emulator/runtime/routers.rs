//! Prompt routers through Converse: a prompt router's ARN as the `modelId`. The emulator's router
//! is deterministic, so tests can predict it: a prompt of at most `20 + 100 × q` words (q the
//! router's `responseQualityDifference`, the quality a user will trade for cost) goes to the
//! router's first model that is not its fallback; a longer one goes to the fallback model. The
//! answer names the model in `trace.promptRouter.invokedModelId`, as the service's does.

use serde_json::{Map, Value};

use crate::api::model::Service;
use crate::emulator::Emulator;
use crate::emulator::errors::ServiceError;
use crate::emulator::store::collection;

/// Whether a model identifier is a prompt router's ARN.
fn is_router(model: &str) -> bool {
    model.starts_with("arn:")
        && (model.contains(":default-prompt-router/") || model.contains(":prompt-router/"))
}

/// The words of the request's messages' text.
fn prompt_words(body: &Map<String, Value>) -> usize {
    let messages = body.get("messages").and_then(Value::as_array).into_iter().flatten();
    messages
        .flat_map(|message| message.get("content").and_then(Value::as_array).into_iter().flatten())
        .filter_map(|block| block.get("text").and_then(Value::as_str))
        .map(|text| text.split_whitespace().count())
        .sum()
}

/// The model ARN a router sends this request to, or None when `model` is no router.
pub fn route(
    emulator: &Emulator,
    model: &str,
    body: &Map<String, Value>,
) -> Result<Option<String>, ServiceError> {
    if !is_router(model) {
        return Ok(None);
    }
    let router = emulator.store.read(|state| {
        state
            .documents(&collection(Service::Bedrock, "PromptRouter"))
            .map(|(_, document)| document)
            .find(|document| document.get("promptRouterArn").and_then(Value::as_str) == Some(model))
            .cloned()
    });
    let router = router.ok_or_else(|| ServiceError::validation(super::INVALID_MODEL))?;
    let arn = |value: &Value| value.get("modelArn").and_then(Value::as_str).map(str::to_string);
    let fallback = router.get("fallbackModel").and_then(arn);
    let models: Vec<String> =
        router.get("models").and_then(Value::as_array).into_iter().flatten().filter_map(arn).collect();
    let cheaper = models.iter().find(|candidate| Some(*candidate) != fallback.as_ref()).cloned();
    let quality =
        router.pointer("/routingCriteria/responseQualityDifference").and_then(Value::as_f64).unwrap_or(0.0);
    let threshold = 20 + (100.0 * quality.clamp(0.0, 1.0)).round() as usize;
    let chosen = match (cheaper, fallback) {
        (Some(cheaper), _) if prompt_words(body) <= threshold => cheaper,
        (_, Some(fallback)) => fallback,
        (Some(cheaper), None) => cheaper,
        (None, None) => {
            return Err(ServiceError::validation(format!("The prompt router {model} has no models.")));
        }
    };
    Ok(Some(chosen))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn words_of_the_messages_are_counted() {
        let body = json!({"messages": [{"role": "user", "content": [{"text": "one two three"}, {"image": {}}]}, {"role": "assistant", "content": [{"text": "four"}]}]});
        assert_eq!(prompt_words(body.as_object().unwrap()), 4);
        assert!(is_router("arn:aws:bedrock:us-east-1:123456789012:default-prompt-router/abc"));
        assert!(!is_router("amazon.nova-micro-v1:0"));
    }
}
