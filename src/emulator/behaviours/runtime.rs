//! Runtime operations beyond invoke and converse: CountTokens, counted exactly as the runtime
//! charges the same request (the usage its InvokeModel or Converse answer would report).

use aws_smithy_types::base64;
use serde_json::{Value, json};

use super::Answer;
use crate::emulator::errors::ServiceError;
use crate::emulator::runtime;
use crate::emulator::store::Call;

/// CountTokens: the input tokens of a Converse or InvokeModel request for the model.
pub fn count_tokens(call: &Call) -> Result<Answer, ServiceError> {
    let model = call.input.get("modelId").and_then(Value::as_str).unwrap_or_default();
    let input = call.input.get("input").and_then(Value::as_object).cloned().unwrap_or_default();
    let tokens = if let Some(converse) = input.get("converse") {
        let body = serde_json::to_vec(converse).map_err(|_| ServiceError::internal())?;
        runtime::converse_input_tokens(call.emulator, model, &body)?
    } else if let Some(invoke) = input.get("invokeModel") {
        let encoded = invoke.get("body").and_then(Value::as_str).unwrap_or_default();
        let body = base64::decode(encoded)
            .map_err(|_| ServiceError::validation("input.invokeModel.body is not valid base64."))?;
        runtime::invoke_input_tokens(call.emulator, model, &body)?
    } else {
        return Err(ServiceError::validation("input must set exactly one of converse, invokeModel."));
    };
    Ok(Answer::Document(json!({ "inputTokens": tokens })))
}
