//! Model customization in the emulator: CreateModelCustomizationJob and its Get/List/Stop, and the
//! custom models the jobs produce (GetCustomModel, ListCustomModels, DeleteCustomModel). A job is
//! InProgress, then Completed with training metrics, or Failed when its dataset is one the
//! emulator can tell is bad (an S3 key containing `invalid`); its custom model is Creating, then
//! Active or Failed. Statuses are derived from the clock when read.

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
use super::errors::ServiceError;
use super::state::PersistedState;
use super::{ACCOUNT_ID, Emulator, Shared, request_region};
use crate::models::customization::{self, CustomizationType};

/// Store collections.
pub const JOBS: &str = "model-customization-jobs";
pub const CUSTOM_MODELS: &str = "custom-models";

pub fn routes() -> Router<Shared> {
    Router::new()
        .route("/model-customization-jobs", get(list_jobs).post(create_job))
        .route("/model-customization-jobs/{jobIdentifier}", get(get_job))
        .route("/model-customization-jobs/{jobIdentifier}/stop", post(stop_job))
        .route("/custom-models", get(list_custom_models))
        .route("/custom-models/{modelIdentifier}", get(get_custom_model).delete(delete_custom_model))
}

const JOB_MEMBERS: &[&str] = &[
    "jobArn",
    "jobName",
    "outputModelName",
    "outputModelArn",
    "clientRequestToken",
    "roleArn",
    "status",
    "statusDetails",
    "failureMessage",
    "creationTime",
    "lastModifiedTime",
    "endTime",
    "baseModelArn",
    "hyperParameters",
    "trainingDataConfig",
    "validationDataConfig",
    "outputDataConfig",
    "customizationType",
    "outputModelKmsKeyArn",
    "trainingMetrics",
    "validationMetrics",
    "vpcConfig",
    "customizationConfig",
];

const JOB_SUMMARY_MEMBERS: &[&str] = &[
    "jobArn",
    "baseModelArn",
    "jobName",
    "status",
    "statusDetails",
    "lastModifiedTime",
    "creationTime",
    "endTime",
    "customModelArn",
    "customModelName",
    "customizationType",
];

const MODEL_MEMBERS: &[&str] = &[
    "modelArn",
    "modelName",
    "jobName",
    "jobArn",
    "baseModelArn",
    "customizationType",
    "modelKmsKeyArn",
    "hyperParameters",
    "trainingDataConfig",
    "validationDataConfig",
    "outputDataConfig",
    "trainingMetrics",
    "validationMetrics",
    "creationTime",
    "customizationConfig",
    "modelStatus",
    "failureMessage",
];

const MODEL_SUMMARY_MEMBERS: &[&str] = &[
    "modelArn",
    "modelName",
    "creationTime",
    "baseModelArn",
    "baseModelName",
    "customizationType",
    "ownerAccountId",
    "modelStatus",
];

/// A deterministic loss in (0.2, 1.2) from a name.
fn loss(name: &str, salt: u64) -> f64 {
    let hash = name.bytes().fold(salt, |hash, byte| hash.wrapping_mul(131).wrapping_add(byte as u64));
    let fraction = (super::faults::mix(hash) % 10_000) as f64 / 10_000.0;
    ((0.2 + fraction) * 10_000.0).round() / 10_000.0
}

/// A job document as the service shows it now.
fn job_view(emulator: &Emulator, document: &Value) -> Value {
    let status = control::job_status(&emulator.clock, document, &["InProgress"]);
    let mut view = control::public(document);
    let created = text(document, "creationTime").to_string();
    let step = |state: &str| json!({"status": state, "creationTime": created, "lastModifiedTime": created});
    let details = match status.as_str() {
        "Completed" => {
            json!({"validationDetails": step("Completed"), "dataProcessingDetails": step("Completed"), "trainingDetails": step("Completed")})
        }
        "Failed" => {
            json!({"validationDetails": step("Failed"), "dataProcessingDetails": step("NotStarted"), "trainingDetails": step("NotStarted")})
        }
        "Stopping" | "Stopped" => {
            json!({"validationDetails": step("Completed"), "dataProcessingDetails": step("Completed"), "trainingDetails": step(&status)})
        }
        _ => {
            json!({"validationDetails": step("Completed"), "dataProcessingDetails": step("Completed"), "trainingDetails": step("InProgress")})
        }
    };
    view["status"] = json!(status);
    view["statusDetails"] = details;
    if control::is_terminal(&status) {
        let end = control::end_time(&emulator.clock, document);
        view["endTime"] = json!(end);
        view["lastModifiedTime"] = json!(end);
    }
    match status.as_str() {
        "Completed" => {
            let name = text(document, "jobName");
            view["trainingMetrics"] = json!({"trainingLoss": loss(name, 1)});
            let validators = document.pointer("/validationDataConfig/validators").and_then(Value::as_array);
            let metrics: Vec<Value> = validators
                .map(|validators| {
                    (0..validators.len())
                        .map(|index| json!({"validationLoss": loss(name, 2 + index as u64)}))
                        .collect()
                })
                .unwrap_or_default();
            view["validationMetrics"] = Value::Array(metrics);
        }
        "Failed" => {
            view["failureMessage"] =
                document.get("_failureMessage").cloned().unwrap_or(json!("The job failed."));
            if let Some(object) = view.as_object_mut() {
                object.remove("outputModelArn");
            }
        }
        "Stopped" | "Stopping" => {
            if let Some(object) = view.as_object_mut() {
                object.remove("outputModelArn");
            }
        }
        _ => {
            if let Some(object) = view.as_object_mut() {
                object.remove("outputModelArn");
            }
        }
    }
    view
}

/// A custom model as the service shows it now: its status follows the job that makes it.
fn model_view(emulator: &Emulator, state: &PersistedState, document: &Value) -> Value {
    let mut view = control::public(document);
    let job = document.get("_jobId").and_then(Value::as_str).and_then(|id| state.document(JOBS, id));
    if let Some(job) = job {
        let job = job_view(emulator, job);
        let status = text(&job, "status");
        view["modelStatus"] = json!(match status {
            "Completed" => "Active",
            "Failed" | "Stopped" => "Failed",
            _ => "Creating",
        });
        for key in ["trainingMetrics", "validationMetrics", "failureMessage"] {
            if let Some(value) = job.get(key) {
                view[key] = value.clone();
            }
        }
        if status == "Stopped" {
            view["failureMessage"] = json!("The customization job was stopped.");
        }
    } else {
        view["modelStatus"] = json!("Active");
    }
    view
}

/// A custom model others refer to (provisioned throughput, batch jobs).
pub struct CustomModel {
    pub name: String,
    pub arn: String,
    pub base_arn: String,
    /// Whether the job that makes it has completed.
    pub active: bool,
}

/// The custom model a name or ARN names.
pub fn custom_model(emulator: &Emulator, state: &PersistedState, identifier: &str) -> Option<CustomModel> {
    let (_, model) = control::find(state, CUSTOM_MODELS, identifier, &["modelArn", "modelName"])?;
    let active = model
        .get("_jobId")
        .and_then(Value::as_str)
        .and_then(|id| state.document(JOBS, id))
        .map(|job| control::job_status(&emulator.clock, job, &["InProgress"]))
        .is_none_or(|status| status == "Completed");
    Some(CustomModel {
        name: text(&model, "modelName").to_string(),
        arn: text(&model, "modelArn").to_string(),
        base_arn: text(&model, "baseModelArn").to_string(),
        active,
    })
}

fn job_not_found(identifier: &str) -> ServiceError {
    ServiceError::not_found(format!("Could not find model customization job {identifier}."))
}

fn model_not_found(identifier: &str) -> ServiceError {
    ServiceError::not_found(format!("Could not find custom model {identifier}."))
}

fn base_model_id(arn: &str) -> &str {
    arn.rsplit_once(":foundation-model/").map(|(_, id)| id).unwrap_or(arn)
}

/// The foundation model behind a base model identifier: a foundation model id or ARN, or a custom
/// model (name or ARN) to customise further.
fn resolve_base(
    emulator: &Emulator,
    state: &PersistedState,
    identifier: &str,
    region: &str,
) -> Result<String, ServiceError> {
    if let Some(model) = emulator.catalog.model(identifier) {
        return Ok(super::catalog::foundation_model_arn(
            region,
            text(&Value::Object(model.clone()), "modelId"),
        ));
    }
    if let Some((_, model)) = control::find(state, CUSTOM_MODELS, identifier, &["modelArn", "modelName"]) {
        return Ok(text(&model, "baseModelArn").to_string());
    }
    Err(ServiceError::validation(format!("The provided base model identifier {identifier} is invalid.")))
}

/// POST /model-customization-jobs (CreateModelCustomizationJob)
pub async fn create_job(State(emulator): State<Shared>, headers: HeaderMap, body: Bytes) -> Answer {
    let region = request_region(&headers);
    let input = control::input("CreateModelCustomizationJob", &body, &[])?;
    let kind_name = member(&input, "customizationType").unwrap_or("FINE_TUNING").to_string();
    let Some(kind) = CustomizationType::from_wire(&kind_name) else {
        return Err(ServiceError::validation(format!(
            "The customization type {kind_name} is not supported by this model customization API in the emulator; use FINE_TUNING or CONTINUED_PRE_TRAINING."
        )));
    };
    let job = emulator
        .store
        .update(|state| -> Result<Value, ServiceError> {
            let jobs = control::documents(state, JOBS);
            if let Some(token) = member(&input, "clientRequestToken")
                && let Some(previous) = jobs.iter().find(|job| text(job, "clientRequestToken") == token)
            {
                return Ok(previous.clone());
            }
            let job_name = member(&input, "jobName").unwrap_or_default();
            let model_name = member(&input, "customModelName").unwrap_or_default();
            let base_identifier = member(&input, "baseModelIdentifier").unwrap_or_default();
            let base_arn = resolve_base(&emulator, state, base_identifier, &region)?;
            let base_id = base_model_id(&base_arn).to_string();
            let supported = emulator
                .catalog
                .model(&base_id)
                .and_then(|model| model.get("customizationsSupported"))
                .and_then(Value::as_array)
                .is_some_and(|kinds| kinds.iter().any(|supported| supported.as_str() == Some(kind.wire_name())));
            if !supported {
                return Err(ServiceError::validation(format!(
                    "The base model {base_id} does not support {} customization.",
                    kind.wire_name()
                )));
            }
            if let Some(family) = customization::family(&base_id) {
                if let Some(Value::Object(parameters)) = input.get("hyperParameters") {
                    for (name, value) in parameters {
                        family
                            .check_hyper_parameter(name, value.as_str().unwrap_or_default())
                            .map_err(|reason| ServiceError::validation(format!("Invalid hyperparameter: {reason}.")))?;
                    }
                }
                let has_validation = input
                    .get("validationDataConfig")
                    .and_then(|config| config.get("validators"))
                    .and_then(Value::as_array)
                    .is_some_and(|validators| !validators.is_empty());
                if has_validation && !family.validation_supported {
                    return Err(ServiceError::validation(format!(
                        "{} does not support a validation dataset.",
                        family.name
                    )));
                }
            }
            if jobs.iter().any(|job| text(job, "jobName") == job_name) {
                return Err(ServiceError::conflict(format!(
                    "A model customization job with the name {job_name} already exists."
                )));
            }
            let models = control::documents(state, CUSTOM_MODELS);
            if models.iter().any(|model| text(model, "modelName") == model_name) {
                return Err(ServiceError::conflict(format!("A custom model with the name {model_name} already exists.")));
            }
            let training = input.pointer("/trainingDataConfig/s3Uri").and_then(Value::as_str).unwrap_or_default();
            if training.is_empty() {
                return Err(ServiceError::validation("trainingDataConfig must have an s3Uri.".to_string()));
            }
            let mut uris = vec![training.to_string()];
            if let Some(Value::Array(validators)) = input.pointer("/validationDataConfig/validators") {
                uris.extend(validators.iter().map(|validator| text(validator, "s3Uri").to_string()));
            }
            let uri_refs: Vec<&str> = uris.iter().map(String::as_str).collect();
            let failure = control::invalid_dataset(&uri_refs).map(|uri| {
                format!("Validation of the input data failed: the dataset {uri} is not valid for {base_id}. Check its format with `bedrock customization-jobs validate-data`.")
            });
            let outcome = if failure.is_some() { "Failed" } else { "Completed" };

            let job_id = control::new_id(state, JOBS);
            let model_id = control::new_id(state, CUSTOM_MODELS);
            let job_arn = format!("arn:aws:bedrock:{region}:{ACCOUNT_ID}:model-customization-job/{base_id}/{job_id}");
            let model_arn = format!("arn:aws:bedrock:{region}:{ACCOUNT_ID}:custom-model/{base_id}/{model_id}");
            let now = clock::now_timestamp();
            let mut document = control::job_clock(outcome, failure);
            let kms = member(&input, "customModelKmsKeyId").map(|key| control::kms_key_arn(key, &region));
            let shared: Vec<(&str, Value)> = vec![
                ("jobArn", json!(job_arn)),
                ("jobName", json!(job_name)),
                ("outputModelName", json!(model_name)),
                ("outputModelArn", json!(model_arn)),
                ("roleArn", input.get("roleArn").cloned().unwrap_or(Value::Null)),
                ("creationTime", json!(now)),
                ("lastModifiedTime", json!(now)),
                ("baseModelArn", json!(base_arn)),
                ("hyperParameters", input.get("hyperParameters").cloned().unwrap_or(json!({}))),
                ("trainingDataConfig", input.get("trainingDataConfig").cloned().unwrap_or(json!({}))),
                ("validationDataConfig", input.get("validationDataConfig").cloned().unwrap_or(json!({"validators": []}))),
                ("outputDataConfig", input.get("outputDataConfig").cloned().unwrap_or(json!({}))),
                ("customizationType", json!(kind.wire_name())),
            ];
            for (key, value) in &shared {
                document.insert((*key).to_string(), value.clone());
            }
            for key in ["clientRequestToken", "vpcConfig", "customizationConfig"] {
                if let Some(value) = input.get(key) {
                    document.insert(key.to_string(), value.clone());
                }
            }
            if let Some(kms) = &kms {
                document.insert("outputModelKmsKeyArn".to_string(), json!(kms));
            }
            let document = Value::Object(document);
            state.insert(JOBS, &job_id, document.clone());

            let mut model = Map::new();
            model.insert("modelArn".to_string(), json!(model_arn));
            model.insert("modelName".to_string(), json!(model_name));
            model.insert("jobName".to_string(), json!(job_name));
            model.insert("jobArn".to_string(), json!(job_arn));
            model.insert("baseModelArn".to_string(), json!(base_arn));
            model.insert("baseModelName".to_string(), json!(base_model_name(&emulator, &base_id)));
            model.insert("customizationType".to_string(), json!(kind.wire_name()));
            if let Some(kms) = &kms {
                model.insert("modelKmsKeyArn".to_string(), json!(kms));
            }
            for key in ["hyperParameters", "trainingDataConfig", "validationDataConfig", "outputDataConfig"] {
                if let Some(value) = document.get(key) {
                    model.insert(key.to_string(), value.clone());
                }
            }
            model.insert("creationTime".to_string(), json!(now));
            model.insert("ownerAccountId".to_string(), json!(ACCOUNT_ID));
            model.insert("_jobId".to_string(), json!(job_id));
            state.insert(CUSTOM_MODELS, &model_id, Value::Object(model));
            control::add_tags(state, &job_arn, input.get("jobTags"));
            control::add_tags(state, &model_arn, input.get("customModelTags"));
            Ok(document)
        })
        .map_err(control::store_failure)??;
    Ok((StatusCode::CREATED, Json(json!({"jobArn": text(&job, "jobArn")}))))
}

fn base_model_name(emulator: &Emulator, id: &str) -> String {
    emulator
        .catalog
        .model(id)
        .and_then(|model| model.get("modelName"))
        .and_then(Value::as_str)
        .unwrap_or(id)
        .to_string()
}

fn find_job(state: &PersistedState, identifier: &str) -> Option<(String, Value)> {
    control::find(state, JOBS, control::last_segment(identifier), &[])
        .or_else(|| control::find(state, JOBS, identifier, &["jobArn", "jobName"]))
}

/// GET /model-customization-jobs/{jobIdentifier}
pub async fn get_job(State(emulator): State<Shared>, Path(identifier): Path<String>) -> Answer {
    control::input("GetModelCustomizationJob", &Bytes::new(), &[("jobIdentifier", &identifier)])?;
    let (_, document) = emulator
        .store
        .read(|state| find_job(state, &identifier))
        .ok_or_else(|| job_not_found(&identifier))?;
    Ok((StatusCode::OK, Json(control::pick(&job_view(&emulator, &document), JOB_MEMBERS))))
}

/// GET /model-customization-jobs
pub async fn list_jobs(
    State(emulator): State<Shared>,
    Query(query): Query<HashMap<String, String>>,
) -> Answer {
    control::query_input("ListModelCustomizationJobs", &query)?;
    let items: Vec<Value> = emulator.store.read(|state| {
        control::documents(state, JOBS)
            .iter()
            .map(|document| {
                let mut view = job_view(&emulator, document);
                view["customModelName"] = view.get("outputModelName").cloned().unwrap_or(Value::Null);
                if let Some(arn) = view.get("outputModelArn").cloned() {
                    view["customModelArn"] = arn;
                }
                view
            })
            .collect()
    });
    let spec = ListSpec {
        time: "creationTime",
        after: "creationTimeAfter",
        before: "creationTimeBefore",
        name: "jobName",
        status: "status",
        key: "modelCustomizationJobSummaries",
    };
    let (status, Json(mut body)) = control::list_answer(items, &query, &spec, &[])?;
    summarise(&mut body, "modelCustomizationJobSummaries", JOB_SUMMARY_MEMBERS);
    Ok((status, Json(body)))
}

/// Reduce each listed item to the members of its summary shape.
pub fn summarise(body: &mut Value, key: &str, members: &[&str]) {
    if let Some(Value::Array(items)) = body.get_mut(key) {
        for item in items.iter_mut() {
            *item = control::pick(item, members);
        }
    }
}

/// POST /model-customization-jobs/{jobIdentifier}/stop
pub async fn stop_job(State(emulator): State<Shared>, Path(identifier): Path<String>) -> Answer {
    control::input("StopModelCustomizationJob", &Bytes::new(), &[("jobIdentifier", &identifier)])?;
    emulator
        .store
        .update(|state| -> Result<(), ServiceError> {
            let (id, document) = find_job(state, &identifier).ok_or_else(|| job_not_found(&identifier))?;
            let status = control::job_status(&emulator.clock, &document, &["InProgress"]);
            if status != "InProgress" {
                return Err(ServiceError::validation(format!(
                    "The job {} is {status} and cannot be stopped; only an InProgress job can be stopped.",
                    text(&document, "jobName")
                )));
            }
            if let Some(Value::Object(stored)) = state.document_mut(JOBS, &id) {
                stored.insert("_stoppedMillis".to_string(), json!(clock::now_millis()));
                stored.insert("lastModifiedTime".to_string(), json!(clock::now_timestamp()));
            }
            Ok(())
        })
        .map_err(control::store_failure)??;
    Ok((StatusCode::OK, Json(json!({}))))
}

fn find_model(state: &PersistedState, identifier: &str) -> Option<(String, Value)> {
    control::find(state, CUSTOM_MODELS, identifier, &["modelArn", "modelName"])
}

/// GET /custom-models/{modelIdentifier}
pub async fn get_custom_model(State(emulator): State<Shared>, Path(identifier): Path<String>) -> Answer {
    control::input("GetCustomModel", &Bytes::new(), &[("modelIdentifier", &identifier)])?;
    let view = emulator.store.read(|state| {
        find_model(state, &identifier).map(|(_, document)| model_view(&emulator, state, &document))
    });
    let view = view.ok_or_else(|| model_not_found(&identifier))?;
    Ok((StatusCode::OK, Json(control::pick(&view, MODEL_MEMBERS))))
}

/// GET /custom-models
pub async fn list_custom_models(
    State(emulator): State<Shared>,
    Query(query): Query<HashMap<String, String>>,
) -> Answer {
    control::query_input("ListCustomModels", &query)?;
    let items: Vec<Value> = emulator.store.read(|state| {
        control::documents(state, CUSTOM_MODELS)
            .iter()
            .map(|document| model_view(&emulator, state, document))
            .collect()
    });
    let spec = ListSpec {
        time: "creationTime",
        after: "creationTimeAfter",
        before: "creationTimeBefore",
        name: "modelName",
        status: "modelStatus",
        key: "modelSummaries",
    };
    let extra = [("baseModelArnEquals", "baseModelArn"), ("foundationModelArnEquals", "baseModelArn")];
    let (status, Json(mut body)) = control::list_answer(items, &query, &spec, &extra)?;
    summarise(&mut body, "modelSummaries", MODEL_SUMMARY_MEMBERS);
    Ok((status, Json(body)))
}

/// DELETE /custom-models/{modelIdentifier}
pub async fn delete_custom_model(State(emulator): State<Shared>, Path(identifier): Path<String>) -> Answer {
    control::input("DeleteCustomModel", &Bytes::new(), &[("modelIdentifier", &identifier)])?;
    emulator
        .store
        .update(|state| -> Result<(), ServiceError> {
            let (id, document) =
                find_model(state, &identifier).ok_or_else(|| model_not_found(&identifier))?;
            let view = model_view(&emulator, state, &document);
            let arn = text(&document, "modelArn").to_string();
            if text(&view, "modelStatus") == "Creating" {
                return Err(ServiceError::validation(format!(
                    "The custom model {} is still being created and cannot be deleted.",
                    text(&document, "modelName")
                )));
            }
            let in_use = control::documents(state, &super::behaviours::throughput::throughputs())
                .iter()
                .find(|throughput| {
                    text(throughput, "modelArn") == arn || text(throughput, "desiredModelArn") == arn
                })
                .map(|throughput| text(throughput, "provisionedModelName").to_string());
            if let Some(throughput) = in_use {
                return Err(ServiceError::conflict(format!(
                    "The custom model is in use by provisioned throughput {throughput}; delete it first."
                )));
            }
            state.remove(CUSTOM_MODELS, &id);
            control::remove_tags(state, &arn);
            Ok(())
        })
        .map_err(control::store_failure)??;
    Ok((StatusCode::OK, Json(json!({}))))
}
