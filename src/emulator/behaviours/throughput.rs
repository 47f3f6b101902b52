//! Provisioned throughput (Create/Update/DeleteProvisionedModelThroughput; Get and List are the
//! store's). A throughput is Creating, then InService on the clock; an update of its model is
//! Updating until it takes effect. Documents hold `provisionedModelArn`, `modelArn` and
//! `foundationModelArn`, which the runtime follows to serve InvokeModel on a provisioned model ARN.

use axum::http::StatusCode;
use serde_json::{Map, Value, json};

use super::{Answer, text};
use crate::api::model::Service;
use crate::emulator::errors::ServiceError;
use crate::emulator::state::PersistedState;
use crate::emulator::store::{self, CREATED, Call, OWN_ID, OWN_NAME, collection};
use crate::emulator::{Emulator, clock};

pub const NOUN: &str = "ProvisionedModelThroughput";

/// When an update of the throughput's model started.
const UPDATING: &str = "_updateMillis";

/// Model units that throughputs without a commitment may hold together (the service's quota).
const NO_COMMITMENT_UNITS: i64 = 2;

/// The store collection of throughputs.
pub fn throughputs() -> String {
    collection(Service::Bedrock, NOUN)
}

/// A throughput as the service shows it now: its status, and the model an update moved it to.
pub fn view(call: &Call, document: &mut Map<String, Value>) -> bool {
    let clock = &call.emulator.clock;
    let started = document.get(CREATED).and_then(Value::as_u64).unwrap_or(0);
    let mut status = clock.phase(started, &["Creating", "InService"]);
    if let Some(updated) = document.get(UPDATING).and_then(Value::as_u64) {
        if clock.phase(updated, &["Updating", "InService"]) == "Updating" {
            status = "Updating";
        } else {
            let desired = document.get("desiredModelArn").cloned().unwrap_or(Value::Null);
            document.insert("modelArn".to_string(), desired);
            document
                .insert("lastModifiedTime".to_string(), json!(clock::timestamp(clock.end_millis(updated))));
        }
    } else if status == "InService" {
        document.insert("lastModifiedTime".to_string(), json!(clock::timestamp(clock.end_millis(started))));
    }
    document.insert("status".to_string(), json!(status));
    true
}

/// The model a throughput serves: (model ARN, foundation model ARN).
fn resolve_model(
    emulator: &Emulator,
    state: &PersistedState,
    identifier: &str,
    region: &str,
) -> Result<(String, String), ServiceError> {
    if let Some(model) = emulator.catalog.model(identifier) {
        let id = model.get("modelId").and_then(Value::as_str).unwrap_or(identifier);
        let provisioned = model
            .get("inferenceTypesSupported")
            .and_then(Value::as_array)
            .is_some_and(|kinds| kinds.iter().any(|kind| kind.as_str() == Some("PROVISIONED")));
        if !provisioned {
            return Err(ServiceError::validation(format!(
                "The model {id} does not support provisioned throughput. Use a model version that supports PROVISIONED inference (see `bedrock models list --inference-type PROVISIONED`)."
            )));
        }
        let arn = crate::emulator::catalog::foundation_model_arn(region, id);
        return Ok((arn.clone(), arn));
    }
    if let Some(model) = super::customization::custom_model(emulator, state, identifier) {
        if !model.active {
            return Err(ServiceError::validation(format!(
                "The custom model {} is not Active yet.",
                model.name
            )));
        }
        return Ok((model.arn, model.base_arn));
    }
    Err(ServiceError::validation(format!("The provided model identifier {identifier} is invalid.")))
}

fn name_taken(state: &PersistedState, name: &str, own_id: &str) -> Result<(), ServiceError> {
    let taken = state.documents(&throughputs()).any(|(_, other)| {
        other.get("provisionedModelName").and_then(Value::as_str) == Some(name)
            && other.get(OWN_ID).and_then(Value::as_str) != Some(own_id)
    });
    if taken {
        return Err(ServiceError::validation(format!(
            "A provisioned throughput with the name {name} already exists."
        )));
    }
    Ok(())
}

/// CreateProvisionedModelThroughput: the model must support provisioned throughput (or be an
/// active custom model), and throughputs without a commitment share a quota of model units.
pub fn create(call: &Call) -> Result<Answer, ServiceError> {
    let input = &call.input;
    let name = text(input, "provisionedModelName").to_string();
    let model_id = text(input, "modelId").to_string();
    let units = input.get("modelUnits").and_then(Value::as_i64).unwrap_or(1);
    let commitment = input.get("commitmentDuration").and_then(Value::as_str).map(str::to_string);
    let (emulator, region) = (call.emulator, call.region.clone());
    let hook = move |state: &mut PersistedState, document: &mut Map<String, Value>| {
        let (model_arn, foundation_arn) = resolve_model(emulator, state, &model_id, &region)?;
        name_taken(state, &name, "")?;
        if commitment.is_none() {
            let used: i64 = state
                .documents(&throughputs())
                .filter(|(_, other)| other.get("commitmentDuration").is_none())
                .filter_map(|(_, other)| other.get("modelUnits").and_then(Value::as_i64))
                .sum();
            if used + units > NO_COMMITMENT_UNITS {
                return Err(ServiceError::new(
                    StatusCode::BAD_REQUEST,
                    "ServiceQuotaExceededException",
                    format!(
                        "Provisioned throughput without a commitment is limited to {NO_COMMITMENT_UNITS} model units in total; {used} are in use. Choose a commitment term or request a quota increase."
                    ),
                ));
            }
        }
        let created = document.get(CREATED).and_then(Value::as_u64).unwrap_or_else(clock::now_millis);
        document.insert(OWN_NAME.to_string(), json!(name));
        document.insert("modelArn".to_string(), json!(model_arn));
        document.insert("desiredModelArn".to_string(), json!(model_arn));
        document.insert("foundationModelArn".to_string(), json!(foundation_arn));
        document.insert("desiredModelUnits".to_string(), json!(units));
        if let Some(commitment) = &commitment {
            let days: u64 = if commitment == "SixMonths" { 182 } else { 30 };
            document.insert(
                "commitmentExpirationTime".to_string(),
                json!(clock::timestamp(created + days * 24 * 3600 * 1000)),
            );
        }
        Ok(())
    };
    store::create_with(call, NOUN, Box::new(hook)).map(Answer::Document)
}

/// UpdateProvisionedModelThroughput: only an InService throughput is updated; a new name must be
/// free, and a new model must share the current one's base model.
pub fn update(call: &Call) -> Result<Answer, ServiceError> {
    let current = store::current(call, NOUN)?;
    let status = text(&current, "status");
    if status != "InService" {
        return Err(ServiceError::validation(format!(
            "The provisioned throughput is {status}; it can be updated only when InService."
        )));
    }
    let name = call.input.get("desiredProvisionedModelName").and_then(Value::as_str).map(str::to_string);
    let desired = call.input.get("desiredModelId").and_then(Value::as_str).map(str::to_string);
    let (emulator, region) = (call.emulator, call.region.clone());
    let hook = move |state: &mut PersistedState, document: &mut Map<String, Value>| {
        document.remove("desiredProvisionedModelName");
        document.remove("desiredModelId");
        if let Some(name) = name {
            name_taken(state, &name, text(document, OWN_ID))?;
            document.insert("provisionedModelName".to_string(), json!(name));
            document.insert(OWN_NAME.to_string(), json!(name));
        }
        if let Some(model) = desired {
            let (model_arn, foundation_arn) = resolve_model(emulator, state, &model, &region)?;
            if foundation_arn != text(document, "foundationModelArn") {
                return Err(ServiceError::validation(
                    "The desired model must be customized from the same base model as the current one.",
                ));
            }
            document.insert("modelArn".to_string(), current.get("modelArn").cloned().unwrap_or(Value::Null));
            document.insert("desiredModelArn".to_string(), json!(model_arn));
            document.insert(UPDATING.to_string(), json!(clock::now_millis()));
        }
        Ok(())
    };
    store::update_with(call, NOUN, Box::new(hook)).map(Answer::Document)
}

/// DeleteProvisionedModelThroughput: not before the end of its commitment term.
pub fn delete(call: &Call) -> Result<Answer, ServiceError> {
    let current = store::current(call, NOUN)?;
    if let Some(expiry) =
        current.get("commitmentExpirationTime").and_then(Value::as_str).and_then(clock::parse_timestamp)
        && expiry > clock::now_millis()
    {
        return Err(ServiceError::validation(format!(
            "The provisioned throughput {} has a commitment term until {}; it cannot be deleted before then.",
            text(&current, "provisionedModelName"),
            clock::timestamp(expiry)
        )));
    }
    store::serve(call)
}
