//! Helpers shared by the bedrock-agent services of the emulator (knowledge bases, data sources,
//! ingestion jobs, agents): JSON bodies, generated ids, collections of the store, list pages
//! requested in the body, the service's input constraints, and tags kept for the tag APIs.

use std::collections::HashMap;

use axum::Json;
use axum::body::Bytes;
use axum::http::StatusCode;
use serde_json::{Map, Value, json};

use super::errors::ServiceError;
use super::state::PersistedState;

/// The store collection of tags: resource ARN → `{key: value}`.
pub const TAGS: &str = "tags";

pub type Answer = Result<(StatusCode, Json<Value>), ServiceError>;

/// A successful JSON answer.
pub fn answer(status: StatusCode, body: Value) -> Answer {
    Ok((status, Json(body)))
}

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

/// A new 10-character id (upper-case letters and digits) that is not yet a key of `collection`
/// (keys may carry a prefix such as `{parent}/`).
pub fn new_id(
    state: &mut PersistedState,
    counter: &str,
    taken: impl Fn(&PersistedState, &str) -> bool,
) -> String {
    const ALPHABET: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    loop {
        let count = state.next_counter(counter);
        let mut value = super::faults::mix(count ^ super::runtime::generation::hash_text(counter));
        let id: String = (0..10)
            .map(|_| {
                let character = ALPHABET[(value % 36) as usize] as char;
                value /= 36;
                character
            })
            .collect();
        if !taken(state, &id) {
            return id;
        }
    }
}

/// A stored document.
pub fn get(state: &PersistedState, collection: &str, key: &str) -> Option<Value> {
    state.document(collection, key).cloned()
}

/// Store a document.
pub fn put(state: &mut PersistedState, collection: &str, key: &str, document: Value) {
    state.insert(collection, key, document);
}

/// Remove a document.
pub fn remove(state: &mut PersistedState, collection: &str, key: &str) -> Option<Value> {
    state.remove(collection, key)
}

/// The documents of a collection whose key starts with `prefix`, in key order.
pub fn with_prefix(state: &PersistedState, collection: &str, prefix: &str) -> Vec<(String, Value)> {
    state
        .documents_with_prefix(collection, prefix)
        .map(|(key, document)| (key.clone(), document.clone()))
        .collect()
}

/// Remove every document whose key starts with `prefix`.
pub fn remove_prefix(state: &mut PersistedState, collection: &str, prefix: &str) {
    state.remove_prefix(collection, prefix);
}

/// A document without the emulator's private members (those starting with `_`).
pub fn public(document: &Value) -> Value {
    match document {
        Value::Object(object) => Value::Object(
            object
                .iter()
                .filter(|(key, _)| !key.starts_with('_'))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
        ),
        other => other.clone(),
    }
}

/// Pick members of a document (a summary).
pub fn pick(document: &Value, members: &[&str]) -> Value {
    let mut picked = Map::new();
    for member in members {
        if let Some(value) = document.get(*member).filter(|value| !value.is_null()) {
            picked.insert((*member).to_string(), value.clone());
        }
    }
    Value::Object(picked)
}

/// One page of `items` for a list request that carries `maxResults` and `nextToken` in its body.
pub fn page(items: Vec<Value>, body: &Map<String, Value>, list_key: &str, maximum: usize) -> Answer {
    let mut query = HashMap::new();
    if let Some(size) = body.get("maxResults") {
        query.insert("maxResults".to_string(), size.to_string().trim_matches('"').to_string());
    }
    if let Some(token) = body.get("nextToken").and_then(Value::as_str) {
        query.insert("nextToken".to_string(), token.to_string());
    }
    let (page, next) = super::bedrock::paginate(items, &query, maximum)?;
    let mut response = json!({ list_key: page });
    if let Some(next) = next {
        response["nextToken"] = json!(next);
    }
    answer(StatusCode::OK, response)
}

/// A required string member.
pub fn required<'a>(body: &'a Map<String, Value>, member: &str) -> Result<&'a str, ServiceError> {
    match body.get(member) {
        Some(Value::String(text)) => Ok(text),
        Some(_) => Err(ServiceError::validation(format!("Value at '{member}' must be a string"))),
        None => Err(ServiceError::validation(format!(
            "1 validation error detected: Value null at '{member}' failed to satisfy constraint: Member must not be null"
        ))),
    }
}

/// An optional string member.
pub fn optional<'a>(body: &'a Map<String, Value>, member: &str) -> Result<Option<&'a str>, ServiceError> {
    match body.get(member) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(text)) => Ok(Some(text)),
        Some(_) => Err(ServiceError::validation(format!("Value at '{member}' must be a string"))),
    }
}

/// Check a resource name against `([0-9a-zA-Z][_-]?){1,100}`.
pub fn check_name(name: &str, member: &str) -> Result<(), ServiceError> {
    let mut previous_separator = true;
    let mut valid = !name.is_empty() && name.len() <= 200;
    for character in name.chars() {
        if character.is_ascii_alphanumeric() {
            previous_separator = false;
        } else if (character == '_' || character == '-') && !previous_separator {
            previous_separator = true;
        } else {
            valid = false;
        }
    }
    if valid && !name.starts_with(['_', '-']) {
        Ok(())
    } else {
        Err(ServiceError::constraint(
            name,
            member,
            "Member must satisfy regular expression pattern: ([0-9a-zA-Z][_-]?){1,100}",
        ))
    }
}

/// Check an IAM role ARN (`arn:aws…:iam::123456789012:role/…`).
pub fn check_role_arn(arn: &str, member: &str) -> Result<(), ServiceError> {
    let parts: Vec<&str> = arn.splitn(6, ':').collect();
    let valid = parts.len() == 6
        && parts[0] == "arn"
        && parts[1].starts_with("aws")
        && parts[2] == "iam"
        && parts[4].len() == 12
        && parts[4].chars().all(|c| c.is_ascii_digit())
        && parts[5].strip_prefix("role/").is_some_and(|name| !name.is_empty());
    if valid {
        Ok(())
    } else {
        Err(ServiceError::constraint(
            arn,
            member,
            "Member must satisfy regular expression pattern: ^arn:aws(-[^:]+)?:iam::([0-9]{12})?:role/.+$",
        ))
    }
}

/// Check a description's length (1 to 200 characters).
pub fn check_description(body: &Map<String, Value>, maximum: usize) -> Result<(), ServiceError> {
    if let Some(description) = optional(body, "description")?
        && (description.is_empty() || description.chars().count() > maximum)
    {
        return Err(ServiceError::constraint(
            description,
            "description",
            &format!("Member must have length between 1 and {maximum}"),
        ));
    }
    Ok(())
}

/// Keep a create request's `tags` (`{key: value}`) for the tag APIs, under the resource's ARN.
pub fn store_tags(
    state: &mut PersistedState,
    arn: &str,
    body: &Map<String, Value>,
) -> Result<(), ServiceError> {
    match body.get("tags") {
        None | Some(Value::Null) => Ok(()),
        Some(Value::Object(tags)) => {
            if tags.values().any(|value| !value.is_string()) {
                return Err(ServiceError::validation("Tag values must be strings."));
            }
            put(state, TAGS, arn, Value::Object(tags.clone()));
            Ok(())
        }
        Some(_) => Err(ServiceError::validation("Value at 'tags' must be a map of strings.")),
    }
}

/// Add routes under their path and under the path with a trailing slash: botocore's models
/// write many bedrock-agent paths with one (`/agents/{agentId}/`), the Rust SDK's without.
pub fn with_trailing_slashes(
    mut router: axum::Router<super::Shared>,
    routes: Vec<(&str, axum::routing::MethodRouter<super::Shared>)>,
) -> axum::Router<super::Shared> {
    for (path, method_router) in routes {
        router = router.route(path, method_router.clone()).route(&format!("{path}/"), method_router);
    }
    router
}

/// The store could not be saved.
pub fn store_failure(_: crate::error::Failure) -> ServiceError {
    ServiceError::internal()
}

/// Whether a body carries a `clientToken` already used for a resource of `documents`.
pub fn same_client_token<'a>(
    documents: impl IntoIterator<Item = (&'a String, &'a Value)>,
    body: &Map<String, Value>,
) -> Option<Value> {
    let token = body.get("clientToken").and_then(Value::as_str)?;
    documents
        .into_iter()
        .find(|(_, document)| document.get("_clientToken").and_then(Value::as_str) == Some(token))
        .map(|(_, document)| document.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_the_service_pattern() {
        assert!(check_name("docs-kb_1", "name").is_ok());
        assert!(check_name("a--b", "name").is_err());
        assert!(check_name("has space", "name").is_err());
        assert!(check_name("", "name").is_err());
    }

    #[test]
    fn role_arns_are_checked() {
        assert!(check_role_arn("arn:aws:iam::123456789012:role/kb-role", "roleArn").is_ok());
        assert!(check_role_arn("arn:aws:iam::123:role/x", "roleArn").is_err());
        assert!(check_role_arn("role", "roleArn").is_err());
    }

    #[test]
    fn ids_are_unique_and_shaped() {
        let mut state = PersistedState::default();
        let first = new_id(&mut state, "things", |_, _| false);
        let second = new_id(&mut state, "things", |_, _| false);
        assert_eq!(first.len(), 10);
        assert_ne!(first, second);
        assert!(first.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()));
    }
}
