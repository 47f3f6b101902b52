//! Provisioned throughput in the emulator: Create/Get/List/Update/DeleteProvisionedModelThroughput.
//! A throughput is Creating, then InService on the clock; an update is Updating until it takes
//! effect. Documents hold `provisionedModelArn`, `modelArn` and `foundationModelArn`, which the
//! runtime follows to serve InvokeModel on a provisioned model ARN.

use std::collections::HashMap;

use axum::Json;
use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::routing::{get, post};
use serde_json::{Map, Value, json};

use super::clock;
use super::control::{self, Answer, ListSpec, member, text};
use super::customization::{CUSTOM_MODELS, summarise};
use super::errors::ServiceError;
use super::state::PersistedState;
use super::{ACCOUNT_ID, Emulator, Shared, request_region};

/// The store collection, by provisioned model id.
pub const THROUGHPUTS: &str = "provisioned-model-throughputs";

/// Model units that throughputs without a commitment may hold together (the service's quota).
const NO_COMMITMENT_UNITS: i64 = 2;

pub fn routes() -> Router<Shared> {
    Router::new()
        .route("/provisioned-model-throughput", post(create))
        .route("/provisioned-model-throughputs", get(list))
        .route(
            "/provisioned-model-throughput/{provisionedModelId}",
            get(get_one).patch(update).delete(delete),
        )
}

const MEMBERS: &[&str] = &[
    "modelUnits",
    "desiredModelUnits",
    "provisionedModelName",
    "provisionedModelArn",
    "modelArn",
    "desiredModelArn",
    "foundationModelArn",
    "status",
    "creationTime",
    "lastModifiedTime",
    "failureMessage",
    "commitmentDuration",
    "commitmentExpirationTime",
];

const SUMMARY_MEMBERS: &[&str] = &[
    "provisionedModelName",
    "provisionedModelArn",
    "modelArn",
    "desiredModelArn",
    "foundationModelArn",
    "modelUnits",
    "desiredModelUnits",
    "status",
    "commitmentDuration",
    "commitmentExpirationTime",
    "creationTime",
    "lastModifiedTime",
];

/// A throughput as the service shows it now.
fn view(emulator: &Emulator, document: &Value) -> Value {
    let mut view = control::public(document);
    let started = document.get("_startedMillis").and_then(Value::as_u64).unwrap_or(0);
    let mut status = emulator.clock.phase(started, &["Creating", "InService"]).to_string();
    if let Some(updated) = document.get("_updateMillis").and_then(Value::as_u64) {
        let phase = emulator.clock.phase(updated, &["Updating", "InService"]);
        if phase == "Updating" {
            status = "Updating".to_string();
        } else {
            view["modelArn"] = view.get("desiredModelArn").cloned().unwrap_or(Value::Null);
            view["lastModifiedTime"] = json!(clock::timestamp(emulator.clock.end_millis(updated)));
        }
    } else if status == "InService" {
        view["lastModifiedTime"] = json!(clock::timestamp(emulator.clock.end_millis(started)));
    }
    view["status"] = json!(status);
    view
}

fn not_found(identifier: &str) -> ServiceError {
    ServiceError::not_found(format!("Provisioned model {identifier} not found."))
}

fn find(state: &PersistedState, identifier: &str) -> Option<(String, Value)> {
    control::find(state, THROUGHPUTS, identifier, &["provisionedModelArn", "provisionedModelName"])
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
        let arn = super::catalog::foundation_model_arn(region, id);
        return Ok((arn.clone(), arn));
    }
    if let Some((_, model)) = control::find(state, CUSTOM_MODELS, identifier, &["modelArn", "modelName"]) {
        let job_done = model
            .get("_jobId")
            .and_then(Value::as_str)
            .and_then(|id| state.document(super::customization::JOBS, id))
            .map(|job| control::job_status(&emulator.clock, job, &["InProgress"]))
            .is_none_or(|status| status == "Completed");
        if !job_done {
            return Err(ServiceError::validation(format!(
                "The custom model {} is not Active yet.",
                text(&model, "modelName")
            )));
        }
        return Ok((text(&model, "modelArn").to_string(), text(&model, "baseModelArn").to_string()));
    }
    Err(ServiceError::validation(format!("The provided model identifier {identifier} is invalid.")))
}

/// POST /provisioned-model-throughput
pub async fn create(State(emulator): State<Shared>, headers: HeaderMap, body: Bytes) -> Answer {
    let region = request_region(&headers);
    let input = control::input("CreateProvisionedModelThroughput", &body, &[])?;
    let created = emulator
        .store
        .update(|state| -> Result<Value, ServiceError> {
            let existing = control::documents(state, THROUGHPUTS);
            if let Some(token) = member(&input, "clientRequestToken")
                && let Some(previous) = existing.iter().find(|document| text(document, "clientRequestToken") == token)
            {
                return Ok(previous.clone());
            }
            let name = member(&input, "provisionedModelName").unwrap_or_default();
            let units = input.get("modelUnits").and_then(Value::as_i64).unwrap_or(1);
            let (model_arn, foundation_arn) =
                resolve_model(&emulator, state, member(&input, "modelId").unwrap_or_default(), &region)?;
            if existing.iter().any(|document| text(document, "provisionedModelName") == name) {
                return Err(ServiceError::validation(format!("A provisioned throughput with the name {name} already exists.")));
            }
            let commitment = member(&input, "commitmentDuration");
            if commitment.is_none() {
                let used: i64 = existing
                    .iter()
                    .filter(|document| document.get("commitmentDuration").is_none())
                    .filter_map(|document| document.get("modelUnits").and_then(Value::as_i64))
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
            let id = control::new_id(state, THROUGHPUTS);
            let arn = format!("arn:aws:bedrock:{region}:{ACCOUNT_ID}:provisioned-model/{id}");
            let now_millis = clock::now_millis();
            let now = clock::timestamp(now_millis);
            let mut document = Map::new();
            document.insert("provisionedModelName".to_string(), json!(name));
            document.insert("provisionedModelArn".to_string(), json!(arn));
            document.insert("modelArn".to_string(), json!(model_arn));
            document.insert("desiredModelArn".to_string(), json!(model_arn));
            document.insert("foundationModelArn".to_string(), json!(foundation_arn));
            document.insert("modelUnits".to_string(), json!(units));
            document.insert("desiredModelUnits".to_string(), json!(units));
            document.insert("creationTime".to_string(), json!(now));
            document.insert("lastModifiedTime".to_string(), json!(now));
            if let Some(commitment) = commitment {
                let days: u64 = if commitment == "SixMonths" { 182 } else { 30 };
                document.insert("commitmentDuration".to_string(), json!(commitment));
                document.insert(
                    "commitmentExpirationTime".to_string(),
                    json!(clock::timestamp(now_millis + days * 24 * 3600 * 1000)),
                );
            }
            if let Some(token) = member(&input, "clientRequestToken") {
                document.insert("clientRequestToken".to_string(), json!(token));
            }
            document.insert("_startedMillis".to_string(), json!(now_millis));
            let document = Value::Object(document);
            state.insert(THROUGHPUTS, &id, document.clone());
            control::add_tags(state, &arn, input.get("tags"));
            Ok(document)
        })
        .map_err(control::store_failure)??;
    Ok((StatusCode::CREATED, Json(json!({"provisionedModelArn": text(&created, "provisionedModelArn")}))))
}

/// GET /provisioned-model-throughput/{provisionedModelId}
pub async fn get_one(State(emulator): State<Shared>, Path(identifier): Path<String>) -> Answer {
    control::input("GetProvisionedModelThroughput", &Bytes::new(), &[("provisionedModelId", &identifier)])?;
    let (_, document) =
        emulator.store.read(|state| find(state, &identifier)).ok_or_else(|| not_found(&identifier))?;
    Ok((StatusCode::OK, Json(control::pick(&view(&emulator, &document), MEMBERS))))
}

/// GET /provisioned-model-throughputs
pub async fn list(State(emulator): State<Shared>, Query(query): Query<HashMap<String, String>>) -> Answer {
    control::query_input("ListProvisionedModelThroughputs", &query)?;
    let items: Vec<Value> = emulator.store.read(|state| {
        control::documents(state, THROUGHPUTS).iter().map(|document| view(&emulator, document)).collect()
    });
    let spec = ListSpec {
        time: "creationTime",
        after: "creationTimeAfter",
        before: "creationTimeBefore",
        name: "provisionedModelName",
        status: "status",
        key: "provisionedModelSummaries",
    };
    let (status, Json(mut body)) =
        control::list_answer(items, &query, &spec, &[("modelArnEquals", "modelArn")])?;
    summarise(&mut body, "provisionedModelSummaries", SUMMARY_MEMBERS);
    Ok((status, Json(body)))
}

/// PATCH /provisioned-model-throughput/{provisionedModelId}
pub async fn update(
    State(emulator): State<Shared>,
    headers: HeaderMap,
    Path(identifier): Path<String>,
    body: Bytes,
) -> Answer {
    let region = request_region(&headers);
    let input =
        control::input("UpdateProvisionedModelThroughput", &body, &[("provisionedModelId", &identifier)])?;
    emulator
        .store
        .update(|state| -> Result<(), ServiceError> {
            let (id, document) = find(state, &identifier).ok_or_else(|| not_found(&identifier))?;
            let current = view(&emulator, &document);
            let status = text(&current, "status").to_string();
            if status != "InService" {
                return Err(ServiceError::validation(format!(
                    "The provisioned throughput is {status}; it can be updated only when InService."
                )));
            }
            let mut changes: Vec<(&str, Value)> = Vec::new();
            if let Some(name) = member(&input, "desiredProvisionedModelName") {
                let clash = control::documents(state, THROUGHPUTS).iter().any(|other| {
                    text(other, "provisionedModelName") == name
                        && text(other, "provisionedModelArn") != text(&document, "provisionedModelArn")
                });
                if clash {
                    return Err(ServiceError::validation(format!(
                        "A provisioned throughput with the name {name} already exists."
                    )));
                }
                changes.push(("provisionedModelName", json!(name)));
            }
            if let Some(model) = member(&input, "desiredModelId") {
                let (model_arn, foundation_arn) = resolve_model(&emulator, state, model, &region)?;
                if foundation_arn != text(&document, "foundationModelArn") {
                    return Err(ServiceError::validation(
                        "The desired model must be customized from the same base model as the current one.",
                    ));
                }
                changes.push(("modelArn", current.get("modelArn").cloned().unwrap_or(Value::Null)));
                changes.push(("desiredModelArn", json!(model_arn)));
                changes.push(("_updateMillis", json!(clock::now_millis())));
            }
            changes.push(("lastModifiedTime", json!(clock::now_timestamp())));
            if let Some(Value::Object(stored)) = state.document_mut(THROUGHPUTS, &id) {
                for (key, value) in changes {
                    stored.insert(key.to_string(), value);
                }
            }
            Ok(())
        })
        .map_err(control::store_failure)??;
    Ok((StatusCode::OK, Json(json!({}))))
}

/// DELETE /provisioned-model-throughput/{provisionedModelId}
pub async fn delete(State(emulator): State<Shared>, Path(identifier): Path<String>) -> Answer {
    control::input(
        "DeleteProvisionedModelThroughput",
        &Bytes::new(),
        &[("provisionedModelId", &identifier)],
    )?;
    emulator
        .store
        .update(|state| -> Result<(), ServiceError> {
            let (id, document) = find(state, &identifier).ok_or_else(|| not_found(&identifier))?;
            if let Some(expiry) = document.get("commitmentExpirationTime").and_then(Value::as_str).and_then(clock::parse_timestamp)
                && expiry > clock::now_millis()
            {
                return Err(ServiceError::validation(format!(
                    "The provisioned throughput {} has a commitment term until {}; it cannot be deleted before then.",
                    text(&document, "provisionedModelName"),
                    clock::timestamp(expiry)
                )));
            }
            state.remove(THROUGHPUTS, &id);
            control::remove_tags(state, text(&document, "provisionedModelArn"));
            Ok(())
        })
        .map_err(control::store_failure)??;
    Ok((StatusCode::OK, Json(json!({}))))
}
