//! Custom model import in the emulator: CreateModelImportJob and its Get/List, and the imported
//! models a completed job produces (ListImportedModels, GetImportedModel, DeleteImportedModel).
//! An import is InProgress, then Completed, or Failed when the S3 key contains `invalid`.

use std::collections::HashMap;

use axum::Json;
use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::routing::get;
use serde_json::{Map, Value, json};

use super::clock;
use super::control::{self, Answer, ListSpec, member, text};
use super::customization::{kms_key_arn, summarise};
use super::errors::ServiceError;
use super::state::PersistedState;
use super::{ACCOUNT_ID, Emulator, Shared, request_region};

/// Store collections.
pub const IMPORT_JOBS: &str = "model-import-jobs";
pub const IMPORTED_MODELS: &str = "imported-models";

pub fn routes() -> Router<Shared> {
    Router::new()
        .route("/model-import-jobs", get(list_jobs).post(create_job))
        .route("/model-import-jobs/{jobIdentifier}", get(get_job))
        .route("/imported-models", get(list_models))
        .route("/imported-models/{modelIdentifier}", get(get_model).delete(delete_model))
}

const JOB_MEMBERS: &[&str] = &[
    "jobArn",
    "jobName",
    "importedModelName",
    "importedModelArn",
    "roleArn",
    "modelDataSource",
    "status",
    "failureMessage",
    "creationTime",
    "lastModifiedTime",
    "endTime",
    "vpcConfig",
    "importedModelKmsKeyArn",
];

const JOB_SUMMARY_MEMBERS: &[&str] = &[
    "jobArn",
    "jobName",
    "status",
    "lastModifiedTime",
    "creationTime",
    "endTime",
    "importedModelArn",
    "importedModelName",
];

const MODEL_MEMBERS: &[&str] = &[
    "modelArn",
    "modelName",
    "jobName",
    "jobArn",
    "modelDataSource",
    "creationTime",
    "modelArchitecture",
    "modelKmsKeyArn",
    "instructSupported",
    "customModelUnits",
];

const MODEL_SUMMARY_MEMBERS: &[&str] =
    &["modelArn", "modelName", "creationTime", "instructSupported", "modelArchitecture"];

fn job_view(emulator: &Emulator, document: &Value) -> Value {
    let status = control::job_status(&emulator.clock, document, &["InProgress"]);
    let mut view = control::public(document);
    view["status"] = json!(status);
    if control::is_terminal(&status) {
        let end = control::end_time(&emulator.clock, document);
        view["endTime"] = json!(end);
        view["lastModifiedTime"] = json!(end);
    }
    if status == "Failed" {
        view["failureMessage"] =
            document.get("_failureMessage").cloned().unwrap_or(json!("The import failed."));
    }
    if status != "Completed"
        && let Some(object) = view.as_object_mut()
    {
        object.remove("importedModelArn");
    }
    view
}

/// The imported models whose import has completed.
fn completed_models(emulator: &Emulator, state: &PersistedState) -> Vec<(String, Value)> {
    state
        .documents(IMPORTED_MODELS)
        .filter(|(_, model)| {
            model
                .get("_jobId")
                .and_then(Value::as_str)
                .and_then(|id| state.document(IMPORT_JOBS, id))
                .is_none_or(|job| control::job_status(&emulator.clock, job, &["InProgress"]) == "Completed")
        })
        .map(|(id, model)| (id.clone(), model.clone()))
        .collect()
}

fn find_model(emulator: &Emulator, state: &PersistedState, identifier: &str) -> Option<(String, Value)> {
    completed_models(emulator, state).into_iter().find(|(id, model)| {
        id == identifier || text(model, "modelArn") == identifier || text(model, "modelName") == identifier
    })
}

/// The architecture an import is taken to have, from its S3 location.
fn architecture(uri: &str) -> &'static str {
    let lower = uri.to_ascii_lowercase();
    if lower.contains("mistral") || lower.contains("mixtral") {
        "mistral"
    } else if lower.contains("flan") || lower.contains("t5") {
        "flan"
    } else {
        "llama"
    }
}

/// POST /model-import-jobs (CreateModelImportJob)
pub async fn create_job(State(emulator): State<Shared>, headers: HeaderMap, body: Bytes) -> Answer {
    let region = request_region(&headers);
    let input = control::input("CreateModelImportJob", &body, &[])?;
    let job = emulator
        .store
        .update(|state| -> Result<Value, ServiceError> {
            let jobs = control::documents(state, IMPORT_JOBS);
            if let Some(token) = member(&input, "clientRequestToken")
                && let Some(previous) = jobs.iter().find(|job| text(job, "clientRequestToken") == token)
            {
                return Ok(previous.clone());
            }
            let name = member(&input, "jobName").unwrap_or_default();
            let model_name = member(&input, "importedModelName").unwrap_or_default();
            let Some(uri) = input.pointer("/modelDataSource/s3DataSource/s3Uri").and_then(Value::as_str) else {
                return Err(ServiceError::validation("modelDataSource.s3DataSource.s3Uri is required."));
            };
            if jobs.iter().any(|job| text(job, "jobName") == name) {
                return Err(ServiceError::conflict(format!("A model import job with the name {name} already exists.")));
            }
            let taken = control::documents(state, IMPORTED_MODELS).iter().any(|model| text(model, "modelName") == model_name)
                || jobs.iter().any(|job| text(job, "importedModelName") == model_name);
            if taken {
                return Err(ServiceError::conflict(format!("An imported model with the name {model_name} already exists.")));
            }
            let failure = control::invalid_dataset(&[uri]).map(|uri| {
                format!("The model files at {uri} could not be imported: config.json, tokenizer files and .safetensors weights are required.")
            });
            let outcome = if failure.is_some() { "Failed" } else { "Completed" };
            let job_id = control::new_id(state, IMPORT_JOBS);
            let model_id = control::new_id(state, IMPORTED_MODELS);
            let job_arn = format!("arn:aws:bedrock:{region}:{ACCOUNT_ID}:model-import-job/{job_id}");
            let model_arn = format!("arn:aws:bedrock:{region}:{ACCOUNT_ID}:imported-model/{model_id}");
            let now = clock::now_timestamp();
            let kms = member(&input, "importedModelKmsKeyId").map(|key| kms_key_arn(key, &region));
            let mut document = control::job_clock(outcome, failure);
            document.insert("jobArn".to_string(), json!(job_arn));
            document.insert("jobName".to_string(), json!(name));
            document.insert("importedModelName".to_string(), json!(model_name));
            document.insert("importedModelArn".to_string(), json!(model_arn));
            for key in ["roleArn", "modelDataSource", "vpcConfig", "clientRequestToken"] {
                if let Some(value) = input.get(key) {
                    document.insert(key.to_string(), value.clone());
                }
            }
            if let Some(kms) = &kms {
                document.insert("importedModelKmsKeyArn".to_string(), json!(kms));
            }
            document.insert("creationTime".to_string(), json!(now));
            document.insert("lastModifiedTime".to_string(), json!(now));
            let document = Value::Object(document);
            state.insert(IMPORT_JOBS, &job_id, document.clone());

            let mut model = Map::new();
            model.insert("modelArn".to_string(), json!(model_arn));
            model.insert("modelName".to_string(), json!(model_name));
            model.insert("jobName".to_string(), json!(name));
            model.insert("jobArn".to_string(), json!(job_arn));
            model.insert("modelDataSource".to_string(), input.get("modelDataSource").cloned().unwrap_or(Value::Null));
            model.insert("creationTime".to_string(), json!(now));
            model.insert("modelArchitecture".to_string(), json!(architecture(uri)));
            if let Some(kms) = &kms {
                model.insert("modelKmsKeyArn".to_string(), json!(kms));
            }
            model.insert("instructSupported".to_string(), json!(true));
            model.insert("customModelUnits".to_string(), json!({"customModelUnitsPerModelCopy": 1, "customModelUnitsVersion": "1.0"}));
            model.insert("_jobId".to_string(), json!(job_id));
            state.insert(IMPORTED_MODELS, &model_id, Value::Object(model));
            control::add_tags(state, &job_arn, input.get("jobTags"));
            control::add_tags(state, &model_arn, input.get("importedModelTags"));
            Ok(document)
        })
        .map_err(control::store_failure)??;
    Ok((StatusCode::CREATED, Json(json!({"jobArn": text(&job, "jobArn")}))))
}

fn find_job(state: &PersistedState, identifier: &str) -> Option<(String, Value)> {
    control::find(state, IMPORT_JOBS, control::last_segment(identifier), &[])
        .or_else(|| control::find(state, IMPORT_JOBS, identifier, &["jobArn", "jobName"]))
}

/// GET /model-import-jobs/{jobIdentifier}
pub async fn get_job(State(emulator): State<Shared>, Path(identifier): Path<String>) -> Answer {
    control::input("GetModelImportJob", &Bytes::new(), &[("jobIdentifier", &identifier)])?;
    let (_, document) = emulator
        .store
        .read(|state| find_job(state, &identifier))
        .ok_or_else(|| ServiceError::not_found(format!("Could not find model import job {identifier}.")))?;
    Ok((StatusCode::OK, Json(control::pick(&job_view(&emulator, &document), JOB_MEMBERS))))
}

/// GET /model-import-jobs
pub async fn list_jobs(
    State(emulator): State<Shared>,
    Query(query): Query<HashMap<String, String>>,
) -> Answer {
    control::query_input("ListModelImportJobs", &query)?;
    let items: Vec<Value> = emulator.store.read(|state| {
        control::documents(state, IMPORT_JOBS).iter().map(|document| job_view(&emulator, document)).collect()
    });
    let spec = ListSpec {
        time: "creationTime",
        after: "creationTimeAfter",
        before: "creationTimeBefore",
        name: "jobName",
        status: "status",
        key: "modelImportJobSummaries",
    };
    let (status, Json(mut body)) = control::list_answer(items, &query, &spec, &[])?;
    summarise(&mut body, "modelImportJobSummaries", JOB_SUMMARY_MEMBERS);
    Ok((status, Json(body)))
}

/// GET /imported-models
pub async fn list_models(
    State(emulator): State<Shared>,
    Query(query): Query<HashMap<String, String>>,
) -> Answer {
    control::query_input("ListImportedModels", &query)?;
    let items: Vec<Value> = emulator.store.read(|state| {
        completed_models(&emulator, state).into_iter().map(|(_, model)| control::public(&model)).collect()
    });
    let spec = ListSpec {
        time: "creationTime",
        after: "creationTimeAfter",
        before: "creationTimeBefore",
        name: "modelName",
        status: "status",
        key: "modelSummaries",
    };
    let (status, Json(mut body)) = control::list_answer(items, &query, &spec, &[])?;
    summarise(&mut body, "modelSummaries", MODEL_SUMMARY_MEMBERS);
    Ok((status, Json(body)))
}

/// GET /imported-models/{modelIdentifier}
pub async fn get_model(State(emulator): State<Shared>, Path(identifier): Path<String>) -> Answer {
    control::input("GetImportedModel", &Bytes::new(), &[("modelIdentifier", &identifier)])?;
    let (_, model) = emulator
        .store
        .read(|state| find_model(&emulator, state, &identifier))
        .ok_or_else(|| ServiceError::not_found(format!("Could not find imported model {identifier}.")))?;
    Ok((StatusCode::OK, Json(control::pick(&model, MODEL_MEMBERS))))
}

/// DELETE /imported-models/{modelIdentifier}
pub async fn delete_model(State(emulator): State<Shared>, Path(identifier): Path<String>) -> Answer {
    control::input("DeleteImportedModel", &Bytes::new(), &[("modelIdentifier", &identifier)])?;
    emulator
        .store
        .update(|state| -> Result<(), ServiceError> {
            let (id, model) = find_model(&emulator, state, &identifier).ok_or_else(|| {
                ServiceError::not_found(format!("Could not find imported model {identifier}."))
            })?;
            state.remove(IMPORTED_MODELS, &id);
            control::remove_tags(state, text(&model, "modelArn"));
            Ok(())
        })
        .map_err(control::store_failure)??;
    Ok((StatusCode::OK, Json(json!({}))))
}
