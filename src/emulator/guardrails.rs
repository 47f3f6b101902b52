//! Guardrails in the emulator: the control plane (CreateGuardrail, ListGuardrails, GetGuardrail,
//! UpdateGuardrail, CreateGuardrailVersion, DeleteGuardrail) over the store, and the runtime's
//! ApplyGuardrail, which really evaluates text (word lists, PII detectors, regexes, denied topics,
//! content filters, contextual grounding). `evaluate_text` serves InvokeModel and Converse.

mod detectors;
mod evaluation;
mod lexicon;
mod policy;
mod text;

use std::collections::HashMap;

use axum::Json;
use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::routing::{get, post};
use serde_json::{Map, Value, json};

use super::errors::ServiceError;
use super::state::PersistedState;
use super::{ACCOUNT_ID, Emulator, Shared, request_region};

pub use evaluation::{Grounding, Outcome};

/// The store collection of working drafts, by guardrail id.
pub const DRAFTS: &str = "guardrails";
/// The store collection of published versions, by `{id}:{version}`.
pub const VERSIONS: &str = "guardrail-versions";

/// Guardrails per account, and versions per guardrail (the service's quotas).
const MAXIMUM_GUARDRAILS: usize = 100;
const MAXIMUM_VERSIONS: usize = 20;

const IDENTIFIER_PATTERN: &str =
    "^(([a-z0-9]+)|(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:guardrail/[a-z0-9]+))$";
const VERSION_PATTERN: &str = "^(([1-9][0-9]{0,7})|(DRAFT))$";
const NUMBERED_VERSION_PATTERN: &str = "^[1-9][0-9]{0,7}$";

/// The members of a stored document that GetGuardrail returns.
const GET_MEMBERS: &[&str] = &[
    "name",
    "guardrailId",
    "guardrailArn",
    "version",
    "status",
    "description",
    "topicPolicy",
    "contentPolicy",
    "wordPolicy",
    "sensitiveInformationPolicy",
    "contextualGroundingPolicy",
    "createdAt",
    "updatedAt",
    "blockedInputMessaging",
    "blockedOutputsMessaging",
    "kmsKeyArn",
];

/// Whether text is a prompt (input) or a model's answer (output).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Input,
    Output,
}

/// What a guardrail made of some text.
#[derive(Debug, Clone, PartialEq)]
pub struct Evaluation {
    /// Whether the guardrail blocked or masked anything (`GUARDRAIL_INTERVENED`).
    pub intervened: bool,
    /// The texts to use instead: the blocked message, the masked texts, or nothing.
    pub outputs: Vec<String>,
    /// One assessment object, with only the policies that matched.
    pub assessment: Value,
    /// The guardrail's blocked message for the source, when something was blocked.
    pub blocked_message: Option<String>,
}

/// Evaluate texts against a guardrail version ("DRAFT" or a number), as InvokeModel and Converse
/// do for a guarded request or response.
pub fn evaluate_text(
    emulator: &Emulator,
    identifier: &str,
    version: &str,
    source: Source,
    texts: &[String],
) -> Result<Evaluation, ServiceError> {
    Ok(evaluate_with_grounding(emulator, identifier, version, source, texts, &Grounding::default())?
        .evaluation)
}

/// `evaluate_text` with a contextual grounding context (Converse `guardContent` blocks qualified
/// `grounding_source` or `query`), also returning the billed text units and the coverage.
pub fn evaluate_with_grounding(
    emulator: &Emulator,
    identifier: &str,
    version: &str,
    source: Source,
    texts: &[String],
    grounding: &Grounding,
) -> Result<Outcome, ServiceError> {
    let id = guardrail_id(identifier)?;
    check_version(version, VERSION_PATTERN)?;
    let document = emulator.store.read(|state| find(state, &id, version))?;
    Ok(evaluation::evaluate(&document, source, texts, grounding, false))
}

/// The guardrail routes of the control plane and the runtime.
pub fn routes() -> Router<Shared> {
    Router::new()
        .route("/guardrails", get(list_guardrails).post(create_guardrail))
        .route(
            "/guardrails/{guardrailIdentifier}",
            get(get_guardrail).put(update_guardrail).post(create_guardrail_version).delete(delete_guardrail),
        )
        .route("/guardrail/{guardrailIdentifier}/version/{guardrailVersion}/apply", post(apply_guardrail))
}

type Answer = Result<(StatusCode, Json<Value>), ServiceError>;

/// The request body as a JSON object (an empty body is `{}`).
fn body_object(body: &Bytes) -> Result<Map<String, Value>, ServiceError> {
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

/// The guardrail id of an identifier (an id or a guardrail ARN).
pub fn guardrail_id(identifier: &str) -> Result<String, ServiceError> {
    let plain =
        |text: &str| !text.is_empty() && text.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit());
    if identifier.len() <= 2048 && plain(identifier) {
        return Ok(identifier.to_string());
    }
    let parts: Vec<&str> = identifier.splitn(6, ':').collect();
    if let [arn, partition, service, region, account, resource] = parts.as_slice()
        && *arn == "arn"
        && (*partition == "aws" || partition.strip_prefix("aws-").is_some_and(|rest| !rest.is_empty()))
        && *service == "bedrock"
        && (1..=20).contains(&region.len())
        && region.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && account.len() == 12
        && account.chars().all(|c| c.is_ascii_digit())
        && let Some(id) = resource.strip_prefix("guardrail/")
        && plain(id)
        && identifier.len() <= 2048
    {
        return Ok(id.to_string());
    }
    Err(ServiceError::constraint(
        identifier,
        "guardrailIdentifier",
        &format!("Member must satisfy regular expression pattern: {IDENTIFIER_PATTERN}"),
    ))
}

/// Check a version against `^(([1-9][0-9]{0,7})|(DRAFT))$` or `^[1-9][0-9]{0,7}$`.
fn check_version(version: &str, pattern: &str) -> Result<(), ServiceError> {
    let numbered = !version.is_empty()
        && version.len() <= 8
        && !version.starts_with('0')
        && version.chars().all(|c| c.is_ascii_digit());
    let allowed = numbered || (version == "DRAFT" && pattern == VERSION_PATTERN);
    if allowed {
        Ok(())
    } else {
        Err(ServiceError::constraint(
            version,
            "guardrailVersion",
            &format!("Member must satisfy regular expression pattern: {pattern}"),
        ))
    }
}

fn missing_guardrail(id: &str) -> ServiceError {
    ServiceError::not_found(format!("The guardrail {id} was not found."))
}

fn missing_version(id: &str, version: &str) -> ServiceError {
    ServiceError::not_found(format!("The guardrail {id} has no version {version}."))
}

/// The stored document of a guardrail version ("DRAFT" or a number).
fn find(state: &PersistedState, id: &str, version: &str) -> Result<Value, ServiceError> {
    let draft = state.document(DRAFTS, id).ok_or_else(|| missing_guardrail(id))?;
    if version == "DRAFT" {
        return Ok(draft.clone());
    }
    state.document(VERSIONS, &format!("{id}:{version}")).cloned().ok_or_else(|| missing_version(id, version))
}

/// The numbered versions of a guardrail, oldest first.
fn versions_of(state: &PersistedState, id: &str) -> Vec<Value> {
    let prefix = format!("{id}:");
    let mut versions: Vec<(u64, Value)> = state
        .documents_with_prefix(VERSIONS, &prefix)
        .filter_map(|(key, document)| {
            key.strip_prefix(&prefix)
                .and_then(|number| number.parse().ok())
                .map(|number| (number, document.clone()))
        })
        .collect();
    versions.sort_by_key(|(number, _)| *number);
    versions.into_iter().map(|(_, document)| document).collect()
}

/// Now, as the service writes timestamps (RFC 3339, UTC, whole seconds).
fn now() -> String {
    let now = aws_smithy_types::DateTime::from(std::time::SystemTime::now());
    aws_smithy_types::DateTime::from_secs(now.secs())
        .fmt(aws_smithy_types::date_time::Format::DateTime)
        .unwrap_or_else(|_| "1970-01-01T00:00:00Z".to_string())
}

/// A new guardrail id: 12 lowercase letters and digits, derived from a counter.
fn new_id(counter: u64) -> String {
    const ALPHABET: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut value = super::faults::mix(counter ^ 0x6775_6172_6472_6169);
    (0..12)
        .map(|_| {
            let character = ALPHABET[(value % 36) as usize] as char;
            value /= 36;
            character
        })
        .collect()
}

fn kms_key_arn(key: &str, region: &str) -> String {
    if key.starts_with("arn:") {
        key.to_string()
    } else if key.starts_with("alias/") {
        format!("arn:aws:kms:{region}:{ACCOUNT_ID}:{key}")
    } else {
        format!("arn:aws:kms:{region}:{ACCOUNT_ID}:key/{key}")
    }
}

/// Fill a document's configurable members from a validated input.
fn apply_input(document: &mut Map<String, Value>, input: &policy::GuardrailInput, region: &str) {
    for key in [
        "description",
        "topicPolicy",
        "contentPolicy",
        "wordPolicy",
        "sensitiveInformationPolicy",
        "contextualGroundingPolicy",
        "kmsKeyArn",
    ] {
        document.remove(key);
    }
    document.insert("name".to_string(), json!(input.name));
    if let Some(description) = &input.description {
        document.insert("description".to_string(), json!(description));
    }
    for (key, policy) in &input.policies {
        document.insert(key.clone(), policy.clone());
    }
    document.insert("blockedInputMessaging".to_string(), json!(input.blocked_input_messaging));
    document.insert("blockedOutputsMessaging".to_string(), json!(input.blocked_outputs_messaging));
    if let Some(key) = &input.kms_key_id {
        document.insert("kmsKeyArn".to_string(), json!(kms_key_arn(key, region)));
    }
}

fn text_member(document: &Value, key: &str) -> Value {
    document.get(key).cloned().unwrap_or(Value::Null)
}

fn store_failure(_: crate::error::Failure) -> ServiceError {
    ServiceError::internal()
}

/// POST /guardrails (CreateGuardrail)
pub async fn create_guardrail(State(emulator): State<Shared>, headers: HeaderMap, body: Bytes) -> Answer {
    let region = request_region(&headers);
    let input = policy::parse_guardrail(&body_object(&body)?, true)?;
    let created = emulator
        .store
        .update(|state| -> Result<Value, ServiceError> {
            let existing: Vec<Value> = state.documents(DRAFTS).map(|(_, draft)| draft.clone()).collect();
            if let Some(token) = &input.client_request_token
                && let Some(previous) = existing
                    .iter()
                    .find(|draft| draft.get("clientRequestToken").and_then(Value::as_str) == Some(token))
            {
                return Ok(previous.clone());
            }
            if existing
                .iter()
                .any(|draft| draft.get("name").and_then(Value::as_str) == Some(input.name.as_str()))
            {
                return Err(ServiceError::conflict(format!(
                    "A guardrail with the name {} already exists.",
                    input.name
                )));
            }
            if existing.len() >= MAXIMUM_GUARDRAILS {
                return Err(ServiceError::new(
                    StatusCode::BAD_REQUEST,
                    "ServiceQuotaExceededException",
                    format!(
                        "You have reached the maximum of {MAXIMUM_GUARDRAILS} guardrails in this account."
                    ),
                ));
            }
            let id = loop {
                let counter = state.next_counter(DRAFTS);
                let candidate = new_id(counter);
                if !state.contains(DRAFTS, &candidate) {
                    break candidate;
                }
            };
            let timestamp = now();
            let mut document = Map::new();
            document.insert("guardrailId".to_string(), json!(id));
            document.insert(
                "guardrailArn".to_string(),
                json!(format!("arn:aws:bedrock:{region}:{ACCOUNT_ID}:guardrail/{id}")),
            );
            document.insert("version".to_string(), json!("DRAFT"));
            document.insert("status".to_string(), json!("READY"));
            document.insert("createdAt".to_string(), json!(timestamp));
            document.insert("updatedAt".to_string(), json!(timestamp));
            apply_input(&mut document, &input, &region);
            document.insert("tags".to_string(), Value::Array(input.tags.clone()));
            if let Some(token) = &input.client_request_token {
                document.insert("clientRequestToken".to_string(), json!(token));
            }
            let document = Value::Object(document);
            state.insert(DRAFTS, &id, document.clone());
            Ok(document)
        })
        .map_err(store_failure)??;
    Ok((
        StatusCode::ACCEPTED,
        Json(json!({
            "guardrailId": text_member(&created, "guardrailId"),
            "guardrailArn": text_member(&created, "guardrailArn"),
            "version": "DRAFT",
            "createdAt": text_member(&created, "createdAt"),
        })),
    ))
}

fn summary(document: &Value) -> Value {
    let mut summary = Map::new();
    for (from, to) in [
        ("guardrailId", "id"),
        ("guardrailArn", "arn"),
        ("status", "status"),
        ("name", "name"),
        ("description", "description"),
        ("version", "version"),
        ("createdAt", "createdAt"),
        ("updatedAt", "updatedAt"),
    ] {
        if let Some(value) = document.get(from) {
            summary.insert(to.to_string(), value.clone());
        }
    }
    Value::Object(summary)
}

/// GET /guardrails (ListGuardrails)
pub async fn list_guardrails(
    State(emulator): State<Shared>,
    Query(query): Query<HashMap<String, String>>,
) -> Answer {
    let identifier =
        query.get("guardrailIdentifier").map(|identifier| guardrail_id(identifier)).transpose()?;
    let items = emulator.store.read(|state| -> Result<Vec<Value>, ServiceError> {
        match &identifier {
            Some(id) => {
                let draft = find(state, id, "DRAFT")?;
                Ok(std::iter::once(draft)
                    .chain(versions_of(state, id))
                    .map(|document| summary(&document))
                    .collect())
            }
            None => {
                let mut drafts: Vec<Value> =
                    state.documents(DRAFTS).map(|(_, draft)| draft.clone()).collect();
                drafts.sort_by(|left, right| {
                    let key = |document: &Value| {
                        (
                            text_member(document, "createdAt").to_string(),
                            text_member(document, "guardrailId").to_string(),
                        )
                    };
                    key(left).cmp(&key(right))
                });
                Ok(drafts.iter().map(summary).collect())
            }
        }
    })?;
    let (page, next) = super::bedrock::paginate(items, &query, 1000)?;
    let mut body = json!({"guardrails": page});
    if let Some(next) = next {
        body["nextToken"] = json!(next);
    }
    Ok((StatusCode::OK, Json(body)))
}

/// GET /guardrails/{guardrailIdentifier} (GetGuardrail)
pub async fn get_guardrail(
    State(emulator): State<Shared>,
    Path(identifier): Path<String>,
    Query(query): Query<HashMap<String, String>>,
) -> Answer {
    let id = guardrail_id(&identifier)?;
    let version = query.get("guardrailVersion").map(String::as_str).unwrap_or("DRAFT");
    check_version(version, VERSION_PATTERN)?;
    let document = emulator.store.read(|state| find(state, &id, version))?;
    let mut body = Map::new();
    for key in GET_MEMBERS {
        if let Some(value) = document.get(*key) {
            body.insert((*key).to_string(), value.clone());
        }
    }
    Ok((StatusCode::OK, Json(Value::Object(body))))
}

/// PUT /guardrails/{guardrailIdentifier} (UpdateGuardrail): replaces the working draft.
pub async fn update_guardrail(
    State(emulator): State<Shared>,
    headers: HeaderMap,
    Path(identifier): Path<String>,
    body: Bytes,
) -> Answer {
    let region = request_region(&headers);
    let id = guardrail_id(&identifier)?;
    let input = policy::parse_guardrail(&body_object(&body)?, false)?;
    let updated = emulator
        .store
        .update(|state| -> Result<Value, ServiceError> {
            let mut document = match find(state, &id, "DRAFT")? {
                Value::Object(document) => document,
                _ => return Err(ServiceError::internal()),
            };
            let clash = state.documents(DRAFTS).any(|(other, draft)| {
                *other != id && draft.get("name").and_then(Value::as_str) == Some(input.name.as_str())
            });
            if clash {
                return Err(ServiceError::conflict(format!(
                    "A guardrail with the name {} already exists.",
                    input.name
                )));
            }
            apply_input(&mut document, &input, &region);
            document.insert("status".to_string(), json!("READY"));
            document.insert("updatedAt".to_string(), json!(now()));
            let document = Value::Object(document);
            state.insert(DRAFTS, &id, document.clone());
            Ok(document)
        })
        .map_err(store_failure)??;
    Ok((
        StatusCode::ACCEPTED,
        Json(json!({
            "guardrailId": text_member(&updated, "guardrailId"),
            "guardrailArn": text_member(&updated, "guardrailArn"),
            "version": "DRAFT",
            "updatedAt": text_member(&updated, "updatedAt"),
        })),
    ))
}

/// POST /guardrails/{guardrailIdentifier} (CreateGuardrailVersion): a snapshot of the draft.
pub async fn create_guardrail_version(
    State(emulator): State<Shared>,
    Path(identifier): Path<String>,
    body: Bytes,
) -> Answer {
    let id = guardrail_id(&identifier)?;
    let (description, token) = policy::parse_version(&body_object(&body)?)?;
    let version = emulator
        .store
        .update(|state| -> Result<String, ServiceError> {
            let draft = match find(state, &id, "DRAFT")? {
                Value::Object(draft) => draft,
                _ => return Err(ServiceError::internal()),
            };
            let existing = versions_of(state, &id);
            if let Some(token) = &token
                && let Some(previous) = existing
                    .iter()
                    .find(|version| version.get("clientRequestToken").and_then(Value::as_str) == Some(token))
            {
                return Ok(previous.get("version").and_then(Value::as_str).unwrap_or_default().to_string());
            }
            if existing.len() >= MAXIMUM_VERSIONS {
                return Err(ServiceError::new(
                    StatusCode::BAD_REQUEST,
                    "ServiceQuotaExceededException",
                    format!("The guardrail {id} already has the maximum of {MAXIMUM_VERSIONS} versions."),
                ));
            }
            let number = state.next_counter(&format!("guardrail-version:{id}")).to_string();
            let mut snapshot = draft;
            snapshot.remove("tags");
            snapshot.remove("clientRequestToken");
            snapshot.insert("version".to_string(), json!(number));
            if let Some(description) = &description {
                snapshot.insert("description".to_string(), json!(description));
            }
            let timestamp = now();
            snapshot.insert("createdAt".to_string(), json!(timestamp));
            snapshot.insert("updatedAt".to_string(), json!(timestamp));
            if let Some(token) = &token {
                snapshot.insert("clientRequestToken".to_string(), json!(token));
            }
            state.insert(VERSIONS, &format!("{id}:{number}"), Value::Object(snapshot));
            Ok(number)
        })
        .map_err(store_failure)??;
    Ok((StatusCode::ACCEPTED, Json(json!({"guardrailId": id, "version": version}))))
}

/// DELETE /guardrails/{guardrailIdentifier} (DeleteGuardrail): one version, or the guardrail with
/// all its versions.
pub async fn delete_guardrail(
    State(emulator): State<Shared>,
    Path(identifier): Path<String>,
    Query(query): Query<HashMap<String, String>>,
) -> Answer {
    let id = guardrail_id(&identifier)?;
    let version = query.get("guardrailVersion").cloned();
    if let Some(version) = &version {
        check_version(version, NUMBERED_VERSION_PATTERN)?;
    }
    emulator
        .store
        .update(|state| -> Result<(), ServiceError> {
            match &version {
                Some(version) => {
                    find(state, &id, version)?;
                    state.remove(VERSIONS, &format!("{id}:{version}"));
                }
                None => {
                    find(state, &id, "DRAFT")?;
                    state.remove(DRAFTS, &id);
                    state.remove_prefix(VERSIONS, &format!("{id}:"));
                    state.remove_counter(&format!("guardrail-version:{id}"));
                }
            }
            Ok(())
        })
        .map_err(store_failure)??;
    Ok((StatusCode::ACCEPTED, Json(json!({}))))
}

/// The guarded texts and the grounding context of an ApplyGuardrail `content` list.
fn read_content(body: &Map<String, Value>) -> Result<(Vec<String>, Grounding), ServiceError> {
    let mut checker = policy::Checker::default();
    let blocks = checker.required_list(body, "content", "content", 0, usize::MAX);
    let mut guarded = Vec::new();
    let mut grounding = Grounding::default();
    for (index, block) in blocks.iter().enumerate() {
        let path = format!("content.{}.member", index + 1);
        let Some(block) = block.as_object() else {
            checker.rule(format!("The content block at '{path}' must be an object."));
            continue;
        };
        if block.len() != 1 {
            checker.rule(format!("The content block at '{path}' must have exactly one of text or image."));
            continue;
        }
        let Some(text_block) = checker.object(block, "text", &format!("{path}.text")) else {
            continue;
        };
        let Some(text) = checker.required_string(&text_block, "text", &format!("{path}.text.text")) else {
            continue;
        };
        let qualifiers_path = format!("{path}.text.qualifiers");
        let qualifiers: Vec<String> = checker
            .list(&text_block, "qualifiers", &qualifiers_path, 0, 3)
            .unwrap_or_default()
            .iter()
            .enumerate()
            .filter_map(|(position, qualifier)| {
                let qualifier_path = format!("{qualifiers_path}.{}.member", position + 1);
                let value = qualifier.as_str()?;
                checker
                    .enumeration(value, &qualifier_path, &["grounding_source", "query", "guard_content"])
                    .then(|| value.to_string())
            })
            .collect();
        if qualifiers.is_empty() || qualifiers.iter().any(|qualifier| qualifier == "guard_content") {
            guarded.push(text.clone());
        }
        if qualifiers.iter().any(|qualifier| qualifier == "grounding_source") {
            grounding.sources.push(text.clone());
        }
        if qualifiers.iter().any(|qualifier| qualifier == "query") {
            grounding.queries.push(text);
        }
    }
    checker.finish()?;
    Ok((guarded, grounding))
}

/// POST /guardrail/{guardrailIdentifier}/version/{guardrailVersion}/apply (ApplyGuardrail)
pub async fn apply_guardrail(
    State(emulator): State<Shared>,
    Path((identifier, version)): Path<(String, String)>,
    body: Bytes,
) -> Answer {
    let id = guardrail_id(&identifier)?;
    check_version(&version, VERSION_PATTERN)?;
    let body = body_object(&body)?;
    let source = match body.get("source").and_then(Value::as_str) {
        Some("INPUT") => Source::Input,
        Some("OUTPUT") => Source::Output,
        Some(other) => {
            return Err(ServiceError::constraint(
                other,
                "source",
                "Member must satisfy enum value set: [INPUT, OUTPUT]",
            ));
        }
        None => {
            return Err(ServiceError::validation(
                "1 validation error detected: Value null at 'source' failed to satisfy constraint: Member must not be null",
            ));
        }
    };
    let full = match body.get("outputScope").and_then(Value::as_str) {
        None | Some("INTERVENTIONS") => false,
        Some("FULL") => true,
        Some(other) => {
            return Err(ServiceError::constraint(
                other,
                "outputScope",
                "Member must satisfy enum value set: [INTERVENTIONS, FULL]",
            ));
        }
    };
    let (guarded, grounding) = read_content(&body)?;
    let document = emulator.store.read(|state| find(state, &id, &version))?;
    let outcome = evaluation::evaluate(&document, source, &guarded, &grounding, full);
    let outputs: Vec<Value> = outcome.evaluation.outputs.iter().map(|text| json!({"text": text})).collect();
    Ok((
        StatusCode::OK,
        Json(json!({
            "usage": outcome.usage,
            "action": if outcome.evaluation.intervened { "GUARDRAIL_INTERVENED" } else { "NONE" },
            "outputs": outputs,
            "assessments": [outcome.evaluation.assessment],
            "guardrailCoverage": outcome.coverage,
        })),
    ))
}

#[cfg(test)]
mod tests;
