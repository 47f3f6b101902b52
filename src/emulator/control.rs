//! Machinery shared by the emulator's hand-written control-plane routes (logging, tags) and the
//! behaviours of its jobs (customization, import, batch and evaluation): request validation
//! against the service's input shapes, generated ids, job statuses derived from the sped-up
//! clock, and tags.

use axum::Json;
use axum::body::Bytes;
use axum::http::StatusCode;
use serde_json::{Map, Value, json};

use super::clock::{self, Clock};
use super::errors::ServiceError;
use super::state::PersistedState;
use super::store::{CREATED, STOPPED};
use crate::api::model::Service;
use crate::api::validate::{self, Strictness};

/// A JSON answer with its HTTP status.
pub type Answer = Result<(StatusCode, Json<Value>), ServiceError>;

/// The store collection of tags: resource ARN → `{key: value}`.
pub const TAGS: &str = "tags";

/// Internal members of stored documents start with this prefix and never leave the emulator.
const INTERNAL: char = '_';

/// The request body as a JSON object (an empty body is `{}`).
pub fn body_object(body: &Bytes) -> Result<Map<String, Value>, ServiceError> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(Map::new());
    }
    match serde_json::from_slice::<Value>(body) {
        Ok(Value::Object(object)) => Ok(object),
        Ok(_) => Err(ServiceError::new(
            StatusCode::BAD_REQUEST,
            "SerializationException",
            "The request body must be a JSON object.",
        )),
        Err(error) => Err(ServiceError::new(
            StatusCode::BAD_REQUEST,
            "SerializationException",
            format!("The request body is not valid JSON: {error}"),
        )),
    }
}

/// The input of an operation: the body plus the members bound to the URI, validated the way the
/// service validates it.
pub fn input(operation: &str, body: &Bytes, uri: &[(&str, &str)]) -> Result<Value, ServiceError> {
    let mut object = body_object(body)?;
    for (key, value) in uri {
        object.insert((*key).to_string(), json!(value));
    }
    let value = Value::Object(object);
    validate::validate_named(Service::Bedrock.model(), operation, &value, Strictness::Service)
        .map_err(|violation| ServiceError::validation(violation.service_message()))?;
    Ok(value)
}

/// A string member of a document ("" when absent).
pub fn text<'a>(document: &'a Value, key: &str) -> &'a str {
    document.get(key).and_then(Value::as_str).unwrap_or("")
}

/// A string member of an input object.
pub fn member<'a>(input: &'a Value, key: &str) -> Option<&'a str> {
    input.get(key).and_then(Value::as_str)
}

/// A new id: 12 lowercase letters and digits, derived from the collection's counter (so a run is
/// reproducible) and unique within the collection.
pub fn new_id(state: &mut PersistedState, collection: &str) -> String {
    const ALPHABET: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let salt = collection.bytes().fold(0u64, |hash, byte| hash.wrapping_mul(31).wrapping_add(byte as u64));
    loop {
        let next = state.next_counter(collection);
        let mut value = super::faults::mix(next ^ salt);
        let id: String = (0..12)
            .map(|_| {
                let character = ALPHABET[(value % 36) as usize] as char;
                value /= 36;
                character
            })
            .collect();
        if !state.contains(collection, &id) {
            return id;
        }
    }
}

pub fn store_failure(_: crate::error::Failure) -> ServiceError {
    ServiceError::internal()
}

/// A stored document without its internal members.
pub fn public(document: &Value) -> Value {
    match document {
        Value::Object(object) => Value::Object(
            object
                .iter()
                .filter(|(key, _)| !key.starts_with(INTERNAL))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
        ),
        other => other.clone(),
    }
}

/// The members a job keeps of how it ends: Completed, or Failed with the failure's message.
pub fn job_outcome(failure: Option<String>) -> Map<String, Value> {
    let mut object = Map::new();
    object.insert("_outcome".to_string(), json!(if failure.is_some() { "Failed" } else { "Completed" }));
    if let Some(failure) = failure {
        object.insert("_failureMessage".to_string(), json!(failure));
    }
    object
}

/// The ARN of a KMS key given by id, alias or ARN.
pub fn kms_key_arn(key: &str, region: &str) -> String {
    if key.starts_with("arn:") {
        key.to_string()
    } else if key.starts_with("alias/") {
        format!("arn:aws:kms:{region}:{}:{key}", super::ACCOUNT_ID)
    } else {
        format!("arn:aws:kms:{region}:{}:key/{key}", super::ACCOUNT_ID)
    }
}

/// A job's status now: `running` phases split the run, then its outcome; a stopped job is
/// Stopping for a fifth of a run, then Stopped.
pub fn job_status(clock: &Clock, document: &Map<String, Value>, running: &[&str]) -> String {
    let started = document.get(CREATED).and_then(Value::as_u64).unwrap_or(0);
    if let Some(stopped) = document.get(STOPPED).and_then(Value::as_u64) {
        let stopping = Clock { job_seconds: clock.job_seconds * 0.2 };
        return stopping.phase(stopped, &["Stopping", "Stopped"]).to_string();
    }
    let outcome = document.get("_outcome").and_then(Value::as_str).unwrap_or("Completed");
    let mut phases: Vec<&str> = running.to_vec();
    phases.push(outcome);
    clock.phase(started, &phases).to_string()
}

/// Whether a status is final.
pub fn is_terminal(status: &str) -> bool {
    matches!(status, "Completed" | "Failed" | "Stopped" | "PartiallyCompleted" | "Expired")
}

/// When a job reached its final status (its end time), for a terminal status.
pub fn end_time(clock: &Clock, document: &Map<String, Value>) -> String {
    if let Some(stopped) = document.get(STOPPED).and_then(Value::as_u64) {
        return clock::timestamp(Clock { job_seconds: clock.job_seconds * 0.2 }.end_millis(stopped));
    }
    let started = document.get(CREATED).and_then(Value::as_u64).unwrap_or(0);
    clock::timestamp(clock.end_millis(started))
}

/// Tags of a request (`[{key, value}]`) stored for a resource, merged over its existing tags.
pub fn add_tags(state: &mut PersistedState, arn: &str, tags: Option<&Value>) {
    let Some(Value::Array(tags)) = tags else {
        return;
    };
    if !state.contains(TAGS, arn) {
        state.insert(TAGS, arn, json!({}));
    }
    if let Some(Value::Object(existing)) = state.document_mut(TAGS, arn) {
        for tag in tags {
            existing.insert(text(tag, "key").to_string(), json!(text(tag, "value")));
        }
    }
}

/// The S3 URI a job reads, when the emulator should fail it: the emulator cannot read S3, so by
/// convention an object key containing `invalid` stands for a dataset the service would reject.
pub fn invalid_dataset(uris: &[&str]) -> Option<String> {
    uris.iter()
        .find(|uri| {
            uri.split_once("s3://").is_some_and(|(_, rest)| rest.to_ascii_lowercase().contains("invalid"))
        })
        .map(|uri| uri.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_follow_the_clock() {
        let clock = Clock { job_seconds: 0.0 };
        let mut document = job_outcome(Some("bad".into()));
        document.insert(CREATED.to_string(), json!(clock::now_millis()));
        assert_eq!(job_status(&clock, &document, &["InProgress"]), "Failed");
        let slow = Clock { job_seconds: 1000.0 };
        assert_eq!(job_status(&slow, &document, &["InProgress"]), "InProgress");
        document.insert(STOPPED.to_string(), json!(clock::now_millis()));
        assert_eq!(job_status(&slow, &document, &["InProgress"]), "Stopping");
        assert_eq!(job_status(&clock, &document, &["InProgress"]), "Stopped");
        assert!(public(&Value::Object(document)).get("_outcome").is_none());
    }

    #[test]
    fn invalid_datasets_by_convention() {
        assert!(invalid_dataset(&["s3://bucket/train.jsonl"]).is_none());
        assert!(invalid_dataset(&["s3://bucket/invalid-train.jsonl"]).is_some());
    }
}
