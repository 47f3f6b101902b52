//! Application inference profiles (CreateInferenceProfile): a profile copies the models of a
//! foundation model or a system-defined profile, gets an `application-inference-profile/` ARN,
//! is listed and fetched beside the catalog's system profiles, is usable as a `modelId` in the
//! runtime (its first model answers), and carries tags for cost allocation. Delete goes through
//! the generic store, where these documents live.

use serde_json::{Map, Value, json};

use super::Answer;
use crate::api::model::Service;
use crate::emulator::errors::ServiceError;
use crate::emulator::store::{Call, collection};
use crate::emulator::{ACCOUNT_ID, Emulator, clock};

fn profiles() -> String {
    collection(Service::Bedrock, "InferenceProfile")
}

/// The models a profile copied from `source` serves: the foundation model itself, or a system
/// profile's models.
fn models_of(emulator: &Emulator, source: &str, region: &str) -> Result<Vec<Value>, ServiceError> {
    let invalid = || {
        ServiceError::validation(format!(
            "The model source {source} is not a foundation model or a system-defined inference profile ARN."
        ))
    };
    if let Some((_, model_id)) = source.split_once(":foundation-model/") {
        emulator.catalog.model(model_id).ok_or_else(invalid)?;
        return Ok(vec![json!({"modelArn": source})]);
    }
    if source.contains(":inference-profile/") {
        let profile = emulator.catalog.profile(source).ok_or_else(invalid)?;
        let document = emulator.catalog.profile_document(profile, region);
        return Ok(document.get("models").and_then(Value::as_array).cloned().unwrap_or_default());
    }
    Err(invalid())
}

/// A short id in the service's shape (12 lowercase letters and digits).
fn new_id(count: u64, name: &str) -> String {
    let mut value =
        crate::emulator::faults::mix(count ^ crate::emulator::runtime::generation::hash_text(name));
    let alphabet = b"abcdefghijklmnopqrstuvwxyz0123456789";
    (0..12)
        .map(|_| {
            let character = alphabet[(value % alphabet.len() as u64) as usize] as char;
            value = (value / alphabet.len() as u64) ^ crate::emulator::faults::mix(value);
            character
        })
        .collect()
}

/// CreateInferenceProfile.
pub fn create(call: &Call) -> Result<Answer, ServiceError> {
    let input = &call.input;
    let text = |key: &str| input.get(key).and_then(Value::as_str).unwrap_or_default().to_string();
    let name = text("inferenceProfileName");
    let source = input
        .get("modelSource")
        .and_then(|source| source.get("copyFrom"))
        .and_then(Value::as_str)
        .unwrap_or_default();
    let models = models_of(call.emulator, source, &call.region)?;
    let token = text("clientRequestToken");
    let region = call.region.clone();
    let stored = call.emulator.store.update(|state| -> Result<Value, ServiceError> {
        let collection = profiles();
        if let Some((_, existing)) = state.documents(&collection).find(|(_, document)| {
            !token.is_empty() && document.get("_clientToken").and_then(Value::as_str) == Some(token.as_str())
        }) {
            return Ok(existing.clone());
        }
        if state.documents(&collection).any(|(_, document)| {
            document.get("inferenceProfileName").and_then(Value::as_str) == Some(name.as_str())
        }) {
            return Err(ServiceError::conflict(format!("An inference profile named {name} already exists.")));
        }
        let id = new_id(state.next_counter(&collection), &name);
        let arn = format!("arn:aws:bedrock:{region}:{ACCOUNT_ID}:application-inference-profile/{id}");
        let now = clock::now_timestamp();
        let mut document = json!({
            "inferenceProfileName": name,
            "inferenceProfileArn": arn,
            "inferenceProfileId": id,
            "models": models,
            "status": "ACTIVE",
            "type": "APPLICATION",
            "createdAt": now,
            "updatedAt": now,
            "_id": id,
            "_arn": arn,
            "_name": name,
        });
        if let Some(description) = input.get("description") {
            document["description"] = description.clone();
        }
        if let Some(tags) = input.get("tags") {
            document["tags"] = tags.clone();
        }
        if !token.is_empty() {
            document["_clientToken"] = json!(token);
        }
        state.insert(&collection, &id, document.clone());
        Ok(document)
    });
    let document = stored.map_err(|_| ServiceError::internal())??;
    Ok(Answer::Document(json!({
        "inferenceProfileArn": document.get("inferenceProfileArn"),
        "status": "ACTIVE",
    })))
}

/// A stored profile as the service shows it.
fn public(document: &Value) -> Value {
    let mut shown = Map::new();
    for (key, value) in document.as_object().into_iter().flatten() {
        if !key.starts_with('_') && key != "tags" {
            shown.insert(key.clone(), value.clone());
        }
    }
    Value::Object(shown)
}

/// The application profiles, oldest first.
pub fn application_profiles(emulator: &Emulator) -> Vec<Value> {
    emulator.store.read(|state| state.documents(&profiles()).map(|(_, document)| public(document)).collect())
}

/// An application profile by its id or ARN.
pub fn application_profile(emulator: &Emulator, identifier: &str) -> Option<Value> {
    let id =
        identifier.rsplit_once(":application-inference-profile/").map(|(_, id)| id).unwrap_or(identifier);
    emulator.store.read(|state| state.document(&profiles(), id).map(public))
}
