//! Foundation-model operations beyond the catalog's list and get: a model's availability to the
//! account (agreements, entitlement, region), read from the catalog.

use serde_json::{Value, json};

use super::Answer;
use crate::emulator::errors::ServiceError;
use crate::emulator::store::Call;

/// GetFoundationModelAvailability: every catalog model is available and authorised; a model the
/// catalog does not have is not found.
pub fn availability(call: &Call) -> Result<Answer, ServiceError> {
    let model_id = call.input.get("modelId").and_then(Value::as_str).unwrap_or_default();
    let id = model_id.rsplit_once("foundation-model/").map(|(_, id)| id).unwrap_or(model_id);
    if call.emulator.catalog.model(id).is_none() {
        return Err(ServiceError::not_found(format!("Could not find model {model_id}.")));
    }
    Ok(Answer::Document(json!({
        "modelId": model_id,
        "agreementAvailability": {"status": "AVAILABLE"},
        "authorizationStatus": "AUTHORIZED",
        "entitlementAvailability": "AVAILABLE",
        "regionAvailability": "AVAILABLE",
    })))
}
