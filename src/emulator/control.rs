//! Machinery shared by the emulator's stateful control-plane resources (customization, import,
//! provisioned throughput, batch and evaluation jobs): request validation against the service's
//! input shapes, generated ids, job statuses derived from the sped-up clock, tags, and list
//! filters, sorting and pagination.

use std::collections::HashMap;

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

/// The query string of a list operation, typed and validated like the service does.
pub fn query_input(
    operation: &str,
    query: &HashMap<String, String>,
) -> Result<Map<String, Value>, ServiceError> {
    let mut object = Map::new();
    for (key, raw) in query {
        let value = match key.as_str() {
            "maxResults" => match raw.parse::<i64>() {
                Ok(number) => json!(number),
                Err(_) => {
                    return Err(ServiceError::validation(format!(
                        "Value '{raw}' at 'maxResults' is not a number"
                    )));
                }
            },
            "isOwned" => json!(raw == "true"),
            _ => json!(raw),
        };
        object.insert(key.clone(), value);
    }
    let value = Value::Object(object);
    validate::validate_named(Service::Bedrock.model(), operation, &value, Strictness::Service)
        .map_err(|violation| ServiceError::validation(violation.service_message()))?;
    for key in ["creationTimeAfter", "creationTimeBefore", "submitTimeAfter", "submitTimeBefore"] {
        if let Some(raw) = query.get(key)
            && parse_time(raw).is_none()
        {
            return Err(ServiceError::validation(format!(
                "Value '{raw}' at '{key}' is not a valid timestamp"
            )));
        }
    }
    match value {
        Value::Object(object) => Ok(object),
        _ => Ok(Map::new()),
    }
}

/// Parse a timestamp as clients send it (RFC 3339, or epoch seconds).
pub fn parse_time(text: &str) -> Option<u64> {
    clock::parse_timestamp(text).or_else(|| text.parse::<f64>().ok().map(|seconds| (seconds * 1000.0) as u64))
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

/// Keep only `members` of a document, in that order (summaries).
pub fn pick(document: &Value, members: &[&str]) -> Value {
    let mut object = Map::new();
    for key in members {
        if let Some(value) = document.get(*key).filter(|value| !value.is_null()) {
            object.insert((*key).to_string(), value.clone());
        }
    }
    Value::Object(object)
}

/// The documents of a collection.
pub fn documents(state: &PersistedState, collection: &str) -> Vec<Value> {
    state.documents(collection).map(|(_, document)| document.clone()).collect()
}

/// Find a document by id, or by a member (ARN, name) equal to the identifier.
pub fn find(
    state: &PersistedState,
    collection: &str,
    identifier: &str,
    members: &[&str],
) -> Option<(String, Value)> {
    if let Some(document) = state.document(collection, identifier) {
        return Some((identifier.to_string(), document.clone()));
    }
    state
        .documents(collection)
        .find(|(_, document)| members.iter().any(|key| text(document, key) == identifier))
        .map(|(id, document)| (id.clone(), document.clone()))
}

/// Members every job document keeps to derive its status from the clock (with the store's
/// creation time).
pub fn job_clock(outcome: &str, failure: Option<String>) -> Map<String, Value> {
    let mut object = job_outcome(failure);
    object.insert(CREATED.to_string(), json!(clock::now_millis()));
    object.insert("_outcome".to_string(), json!(outcome));
    object
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
pub fn job_status(clock: &Clock, document: &Value, running: &[&str]) -> String {
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
pub fn end_time(clock: &Clock, document: &Value) -> String {
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

/// Forget a deleted resource's tags.
pub fn remove_tags(state: &mut PersistedState, arn: &str) {
    state.remove(TAGS, arn);
}

/// How a list operation's results are filtered and ordered.
pub struct ListSpec<'a> {
    /// The member holding the creation time (`creationTime`, `submitTime`).
    pub time: &'a str,
    /// The query parameters naming the time bounds.
    pub after: &'a str,
    pub before: &'a str,
    /// The member `nameContains` applies to.
    pub name: &'a str,
    /// The member `statusEquals` applies to.
    pub status: &'a str,
    /// The result list's key in the answer.
    pub key: &'a str,
}

/// Filter (status, name contains, time bounds, plus `extra` equality filters), sort (creation
/// time, ascending or descending; newest first by default as the service does) and paginate.
pub fn list_answer(
    items: Vec<Value>,
    query: &HashMap<String, String>,
    spec: &ListSpec<'_>,
    extra: &[(&str, &str)],
) -> Answer {
    let time_of = |document: &Value| clock::parse_timestamp(text(document, spec.time)).unwrap_or(0);
    let after = query.get(spec.after).and_then(|raw| parse_time(raw));
    let before = query.get(spec.before).and_then(|raw| parse_time(raw));
    let status = query.get("statusEquals").or_else(|| query.get("modelStatus"));
    let name = query.get("nameContains").map(|name| name.to_ascii_lowercase());
    let mut items: Vec<Value> = items
        .into_iter()
        .filter(|document| status.is_none_or(|wanted| text(document, spec.status) == wanted))
        .filter(|document| {
            name.as_ref().is_none_or(|part| text(document, spec.name).to_ascii_lowercase().contains(part))
        })
        .filter(|document| after.is_none_or(|after| time_of(document) > after))
        .filter(|document| before.is_none_or(|before| time_of(document) < before))
        .filter(|document| {
            extra.iter().all(|(parameter, member)| {
                query.get(*parameter).is_none_or(|wanted| text(document, member) == wanted)
            })
        })
        .collect();
    items.sort_by_key(|document| (time_of(document), text(document, spec.name).to_string()));
    if query.get("sortOrder").is_none_or(|order| order == "Descending") {
        items.reverse();
    }
    let (page, next) = super::bedrock::paginate(items, query, 1000)?;
    let mut body = Map::new();
    if let Some(next) = next {
        body.insert("nextToken".to_string(), json!(next));
    }
    body.insert(spec.key.to_string(), Value::Array(page));
    Ok((StatusCode::OK, Json(Value::Object(body))))
}

/// The region and account parts of an ARN-ish identifier, for messages.
pub fn last_segment(identifier: &str) -> &str {
    identifier.rsplit('/').next().unwrap_or(identifier)
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
        let mut document = Value::Object(job_clock("Failed", Some("bad".into())));
        assert_eq!(job_status(&clock, &document, &["InProgress"]), "Failed");
        let slow = Clock { job_seconds: 1000.0 };
        assert_eq!(job_status(&slow, &document, &["InProgress"]), "InProgress");
        document[STOPPED] = json!(clock::now_millis());
        assert_eq!(job_status(&slow, &document, &["InProgress"]), "Stopping");
        assert_eq!(job_status(&clock, &document, &["InProgress"]), "Stopped");
        assert!(public(&document).get("_outcome").is_none());
    }

    #[test]
    fn invalid_datasets_by_convention() {
        assert!(invalid_dataset(&["s3://bucket/train.jsonl"]).is_none());
        assert!(invalid_dataset(&["s3://bucket/invalid-train.jsonl"]).is_some());
    }

    #[test]
    fn list_filters_sort_and_pages() {
        let items: Vec<Value> = (0..7)
            .map(|n| json!({"name": format!("job-{n}"), "status": if n % 2 == 0 {"Completed"} else {"Failed"}, "creationTime": clock::timestamp(1_700_000_000_000 + n * 1000)}))
            .collect();
        let spec = ListSpec {
            time: "creationTime",
            after: "creationTimeAfter",
            before: "creationTimeBefore",
            name: "name",
            status: "status",
            key: "items",
        };
        let mut query = HashMap::new();
        query.insert("statusEquals".to_string(), "Completed".to_string());
        let (_, Json(body)) = list_answer(items.clone(), &query, &spec, &[]).unwrap();
        let names: Vec<&str> =
            body["items"].as_array().unwrap().iter().map(|item| text(item, "name")).collect();
        assert_eq!(names, ["job-6", "job-4", "job-2", "job-0"]);
        query.clear();
        query.insert("sortOrder".to_string(), "Ascending".to_string());
        query.insert("maxResults".to_string(), "2".to_string());
        let (_, Json(body)) = list_answer(items, &query, &spec, &[]).unwrap();
        assert_eq!(body["items"][0]["name"], "job-0");
        assert!(body["nextToken"].is_string());
    }
}
