//! Input checks of the model-driven path (filled in when the shared validator lands).
use super::errors::ServiceError;
use crate::api::model::{Operation, ServiceModel};
use serde_json::{Map, Value};
pub fn check(
    _model: &ServiceModel,
    _operation: &Operation,
    _input: &Map<String, Value>,
) -> Result<(), ServiceError> {
    Ok(())
}
