//! Inputs of the model-driven path checked as the service checks them (types, required members,
//! lengths, ranges, patterns, enums, including path labels such as bedrock-agent's 10-character
//! ids), with the service's ValidationException wording.

use serde_json::{Map, Value};

use super::errors::ServiceError;
use crate::api::model::{Operation, ServiceModel};
use crate::api::validate::{self, Strictness};

pub fn check(
    model: &ServiceModel,
    operation: &Operation,
    input: &Map<String, Value>,
) -> Result<(), ServiceError> {
    validate::validate(model, operation, &Value::Object(input.clone()), Strictness::Service)
        .map_err(|violation| ServiceError::validation(violation.service_message()))
}
