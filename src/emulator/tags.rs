//! Tags in the emulator, for every resource: the store keeps them in one collection keyed by
//! resource ARN (`{key: value}`), served by both tag APIs: bedrock's (POST /listTagsForResource,
//! /tagResource, /untagResource, tags as `[{key, value}]`) and bedrock-agent's
//! (GET/POST/DELETE /tags/{resourceArn}, tags as a map). Resources created with tags (jobs,
//! models, throughputs) put theirs in the same collection; guardrails keep theirs in their
//! document, which seeds the collection on the first change.

use axum::Json;
use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use serde_json::{Map, Value, json};

use super::control::{self, Answer, TAGS, text};
use super::errors::ServiceError;
use super::state::PersistedState;
use super::{Emulator, Shared};

/// Tags per resource (the service's quota).
const MAXIMUM_TAGS: usize = 200;

pub fn routes() -> Router<Shared> {
    Router::new()
        .route("/listTagsForResource", post(list_tags_for_resource))
        .route("/tagResource", post(tag_resource))
        .route("/untagResource", post(untag_resource))
        .route(
            "/tags/{resourceArn}",
            get(agent_list_tags).post(agent_tag_resource).delete(agent_untag_resource),
        )
}

fn not_found(arn: &str) -> ServiceError {
    ServiceError::not_found(format!("The resource {arn} was not found."))
}

/// The stored document naming this ARN (any collection but the tags themselves).
fn resource<'a>(state: &'a PersistedState, arn: &str) -> Option<&'a Value> {
    state.all_documents().filter(|(name, _)| name.as_str() != TAGS).map(|(_, document)| document).find(
        |document| {
            document.as_object().is_some_and(|object| {
                object.iter().any(|(key, value)| key.ends_with("Arn") && value.as_str() == Some(arn))
                    && object.get("foundationModelArn").is_none_or(|value| value.as_str() != Some(arn))
                    && object.get("baseModelArn").is_none_or(|value| value.as_str() != Some(arn))
            })
        },
    )
}

/// The tags of a resource: the collection's entry, else the tags its document was created with.
fn current(state: &PersistedState, arn: &str) -> Result<Map<String, Value>, ServiceError> {
    let document = resource(state, arn).ok_or_else(|| not_found(arn))?;
    if let Some(Value::Object(tags)) = state.document(TAGS, arn) {
        return Ok(tags.clone());
    }
    let mut tags = Map::new();
    if let Some(Value::Array(embedded)) = document.get("tags") {
        for tag in embedded {
            tags.insert(text(tag, "key").to_string(), json!(text(tag, "value")));
        }
    }
    Ok(tags)
}

fn change(
    emulator: &Emulator,
    arn: &str,
    edit: impl FnOnce(&mut Map<String, Value>),
) -> Result<(), ServiceError> {
    emulator
        .store
        .update(|state| -> Result<(), ServiceError> {
            let mut tags = current(state, arn)?;
            edit(&mut tags);
            if tags.len() > MAXIMUM_TAGS {
                return Err(ServiceError::new(
                    StatusCode::BAD_REQUEST,
                    "TooManyTagsException",
                    format!(
                        "The resource {arn} would have {} tags; the maximum is {MAXIMUM_TAGS}.",
                        tags.len()
                    ),
                ));
            }
            state.insert(TAGS, arn, Value::Object(tags));
            Ok(())
        })
        .map_err(control::store_failure)?
}

fn as_list(tags: &Map<String, Value>) -> Value {
    Value::Array(tags.iter().map(|(key, value)| json!({"key": key, "value": value})).collect())
}

/// POST /listTagsForResource
pub async fn list_tags_for_resource(State(emulator): State<Shared>, body: Bytes) -> Answer {
    let input = control::input("ListTagsForResource", &body, &[])?;
    let arn = control::member(&input, "resourceARN").unwrap_or_default().to_string();
    let tags = emulator.store.read(|state| current(state, &arn))?;
    Ok((StatusCode::OK, Json(json!({"tags": as_list(&tags)}))))
}

/// POST /tagResource
pub async fn tag_resource(State(emulator): State<Shared>, body: Bytes) -> Answer {
    let input = control::input("TagResource", &body, &[])?;
    let arn = control::member(&input, "resourceARN").unwrap_or_default().to_string();
    let added: Vec<(String, Value)> = input
        .get("tags")
        .and_then(Value::as_array)
        .map(|tags| {
            tags.iter().map(|tag| (text(tag, "key").to_string(), json!(text(tag, "value")))).collect()
        })
        .unwrap_or_default();
    change(&emulator, &arn, |tags| tags.extend(added))?;
    Ok((StatusCode::OK, Json(json!({}))))
}

/// POST /untagResource
pub async fn untag_resource(State(emulator): State<Shared>, body: Bytes) -> Answer {
    let input = control::input("UntagResource", &body, &[])?;
    let arn = control::member(&input, "resourceARN").unwrap_or_default().to_string();
    let keys: Vec<String> = input
        .get("tagKeys")
        .and_then(Value::as_array)
        .map(|keys| keys.iter().filter_map(Value::as_str).map(str::to_string).collect())
        .unwrap_or_default();
    change(&emulator, &arn, |tags| {
        for key in &keys {
            tags.remove(key);
        }
    })?;
    Ok((StatusCode::OK, Json(json!({}))))
}

fn agent_arn(arn: &str) -> Result<(), ServiceError> {
    let valid =
        arn.starts_with("arn:aws") && arn.split(':').count() >= 6 && arn.len() >= 20 && arn.len() <= 1011;
    if valid {
        Ok(())
    } else {
        Err(ServiceError::constraint(
            arn,
            "resourceArn",
            "Member must satisfy regular expression pattern: ^arn:aws(|-cn|-us-gov):bedrock:[a-zA-Z0-9-]*:[0-9]{12}:(agent|agent-alias|knowledge-base|flow|prompt)/[A-Z0-9]{10}(?:/[A-Z0-9]{10})?$",
        ))
    }
}

/// GET /tags/{resourceArn} (bedrock-agent ListTagsForResource)
pub async fn agent_list_tags(State(emulator): State<Shared>, Path(arn): Path<String>) -> Answer {
    agent_arn(&arn)?;
    let tags = emulator.store.read(|state| current(state, &arn))?;
    Ok((StatusCode::OK, Json(json!({"tags": tags}))))
}

/// POST /tags/{resourceArn} (bedrock-agent TagResource)
pub async fn agent_tag_resource(
    State(emulator): State<Shared>,
    Path(arn): Path<String>,
    body: Bytes,
) -> Answer {
    agent_arn(&arn)?;
    let input = control::body_object(&body)?;
    let Some(Value::Object(added)) = input.get("tags").cloned() else {
        return Err(ServiceError::validation(
            "1 validation error detected: Value null at 'tags' failed to satisfy constraint: Member must not be null",
        ));
    };
    if added.values().any(|value| !value.is_string()) {
        return Err(ServiceError::validation("Tag values must be strings."));
    }
    change(&emulator, &arn, |tags| tags.extend(added))?;
    Ok((StatusCode::OK, Json(json!({}))))
}

/// DELETE /tags/{resourceArn}?tagKeys=… (bedrock-agent UntagResource)
pub async fn agent_untag_resource(
    State(emulator): State<Shared>,
    Path(arn): Path<String>,
    RawQuery(query): RawQuery,
) -> Answer {
    agent_arn(&arn)?;
    let keys: Vec<String> = query
        .unwrap_or_default()
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .filter(|(name, _)| *name == "tagKeys")
        .map(|(_, value)| super::percent_decode(value, true))
        .collect();
    if keys.is_empty() {
        return Err(ServiceError::validation(
            "1 validation error detected: Value null at 'tagKeys' failed to satisfy constraint: Member must not be null",
        ));
    }
    change(&emulator, &arn, |tags| {
        for key in &keys {
            tags.remove(key);
        }
    })?;
    Ok((StatusCode::OK, Json(json!({}))))
}
