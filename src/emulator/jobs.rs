//! Batch inference (model invocation jobs) and model evaluation jobs in the emulator: create, get,
//! list with filters, stop. Batch jobs go Submitted → Validating → InProgress → Completed with
//! record counts; evaluation jobs InProgress → Completed. A job whose input S3 key contains
//! `invalid` fails, standing for a dataset the service would reject. With `--s3-root`, batch jobs
//! really process their records on completion (see `batch_runner`) and report the real counts.

use std::collections::HashMap;

use axum::Json;
use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::routing::{get, post};
use serde_json::{Value, json};

use super::clock;
use super::control::{self, Answer, ListSpec, member, text};
use super::errors::ServiceError;
use super::state::PersistedState;
use super::{ACCOUNT_ID, Emulator, Shared, request_region};

/// Store collections.
pub const BATCH_JOBS: &str = "model-invocation-jobs";
pub const EVALUATION_JOBS: &str = "evaluation-jobs";

pub const BATCH_RUNNING: &[&str] = &["Submitted", "Validating", "InProgress"];
const EVALUATION_RUNNING: &[&str] = &["InProgress"];

pub fn routes() -> Router<Shared> {
    Router::new()
        .route("/model-invocation-job", post(create_batch))
        .route("/model-invocation-jobs", get(list_batch))
        .route("/model-invocation-job/{jobIdentifier}", get(get_batch))
        .route("/model-invocation-job/{jobIdentifier}/stop", post(stop_batch))
        .route("/evaluation-jobs", get(list_evaluation).post(create_evaluation))
        .route("/evaluation-jobs/{jobIdentifier}", get(get_evaluation))
        .route("/evaluation-job/{jobIdentifier}/stop", post(stop_evaluation))
}

const BATCH_MEMBERS: &[&str] = &[
    "jobArn",
    "jobName",
    "modelId",
    "clientRequestToken",
    "roleArn",
    "status",
    "message",
    "submitTime",
    "lastModifiedTime",
    "endTime",
    "inputDataConfig",
    "outputDataConfig",
    "vpcConfig",
    "timeoutDurationInHours",
    "jobExpirationTime",
    "modelInvocationType",
    "totalRecordCount",
    "processedRecordCount",
    "successRecordCount",
    "errorRecordCount",
];

const EVALUATION_MEMBERS: &[&str] = &[
    "jobName",
    "status",
    "jobArn",
    "jobDescription",
    "roleArn",
    "customerEncryptionKeyId",
    "jobType",
    "applicationType",
    "evaluationConfig",
    "inferenceConfig",
    "outputDataConfig",
    "creationTime",
    "lastModifiedTime",
    "failureMessages",
];

const EVALUATION_SUMMARY_MEMBERS: &[&str] = &[
    "jobArn",
    "jobName",
    "status",
    "creationTime",
    "jobType",
    "evaluationTaskTypes",
    "modelIdentifiers",
    "applicationType",
];

fn not_found(kind: &str, identifier: &str) -> ServiceError {
    ServiceError::not_found(format!("Could not find {kind} {identifier}."))
}

fn find_job(state: &PersistedState, collection: &str, identifier: &str) -> Option<(String, Value)> {
    control::find(state, collection, control::last_segment(identifier), &[])
        .or_else(|| control::find(state, collection, identifier, &["jobArn", "jobName"]))
}

/// Whether the emulator knows a model a job would invoke (foundation model, inference profile,
/// custom model or provisioned throughput).
fn known_model(emulator: &Emulator, state: &PersistedState, identifier: &str) -> bool {
    if emulator.catalog.model(identifier).is_some() {
        return true;
    }
    let profile = identifier.rsplit_once(":inference-profile/").map(|(_, id)| id).unwrap_or(identifier);
    if emulator.catalog.profile(profile).is_some() {
        return true;
    }
    super::behaviours::customization::custom_model(emulator, state, identifier).is_some()
        || control::find(
            state,
            &super::behaviours::throughput::throughputs(),
            identifier,
            &["provisionedModelArn"],
        )
        .is_some()
}

/// Reduce each listed item to the members of its summary shape.
fn summarise(body: &mut Value, key: &str, members: &[&str]) {
    if let Some(Value::Array(items)) = body.get_mut(key) {
        for item in items.iter_mut() {
            *item = control::pick(item, members);
        }
    }
}

/// A deterministic record count for a batch input.
fn record_count(uri: &str) -> u64 {
    let hash = uri.bytes().fold(7u64, |hash, byte| hash.wrapping_mul(131).wrapping_add(byte as u64));
    100 + super::faults::mix(hash) % 900
}

fn batch_view(emulator: &Emulator, document: &Value) -> Value {
    let status = control::job_status(&emulator.clock, document, BATCH_RUNNING);
    let mut view = control::public(document);
    // With --s3-root the records are real (see batch_runner); otherwise a stable made-up count.
    let processed = super::batch_runner::stored_counts(document);
    let total = processed.map(|counts| counts.total).unwrap_or_else(|| {
        document.get(super::batch_runner::INPUT_RECORDS).and_then(Value::as_u64).unwrap_or_else(|| {
            record_count(
                document
                    .pointer("/inputDataConfig/s3InputDataConfig/s3Uri")
                    .and_then(Value::as_str)
                    .unwrap_or(""),
            )
        })
    });
    let started = document.get(super::store::CREATED).and_then(Value::as_u64).unwrap_or(0);
    let progress = emulator.clock.progress(started);
    view["status"] = json!(status);
    match status.as_str() {
        "Completed" => {
            let counts = processed.unwrap_or(super::batch_runner::Counts {
                total,
                success: total,
                ..Default::default()
            });
            view["totalRecordCount"] = json!(counts.total);
            view["processedRecordCount"] = json!(counts.success + counts.error);
            view["successRecordCount"] = json!(counts.success);
            view["errorRecordCount"] = json!(counts.error);
        }
        "InProgress" | "Stopping" | "Stopped" => {
            let done = ((progress * total as f64) as u64).min(total);
            view["totalRecordCount"] = json!(total);
            view["processedRecordCount"] = json!(done);
            view["successRecordCount"] = json!(done);
            view["errorRecordCount"] = json!(0);
        }
        "Failed" => {
            view["message"] = document.get("_failureMessage").cloned().unwrap_or(json!("The job failed."));
        }
        _ => {}
    }
    if control::is_terminal(&status) {
        let end = control::end_time(&emulator.clock, document);
        view["endTime"] = json!(end);
        view["lastModifiedTime"] = json!(end);
    }
    view
}

/// POST /model-invocation-job (CreateModelInvocationJob)
pub async fn create_batch(State(emulator): State<Shared>, headers: HeaderMap, body: Bytes) -> Answer {
    let region = request_region(&headers);
    let input = control::input("CreateModelInvocationJob", &body, &[])?;
    let job = emulator
        .store
        .update(|state| -> Result<Value, ServiceError> {
            let jobs = control::documents(state, BATCH_JOBS);
            if let Some(token) = member(&input, "clientRequestToken")
                && let Some(previous) = jobs.iter().find(|job| text(job, "clientRequestToken") == token)
            {
                return Ok(previous.clone());
            }
            let name = member(&input, "jobName").unwrap_or_default();
            let model = member(&input, "modelId").unwrap_or_default();
            if !known_model(&emulator, state, model) {
                return Err(ServiceError::validation(format!("The provided model identifier {model} is invalid.")));
            }
            let input_uri = input.pointer("/inputDataConfig/s3InputDataConfig/s3Uri").and_then(Value::as_str);
            let output_uri = input.pointer("/outputDataConfig/s3OutputDataConfig/s3Uri").and_then(Value::as_str);
            let (Some(input_uri), Some(_)) = (input_uri, output_uri) else {
                return Err(ServiceError::validation(
                    "inputDataConfig.s3InputDataConfig and outputDataConfig.s3OutputDataConfig are required.",
                ));
            };
            if jobs.iter().any(|job| text(job, "jobName") == name) {
                return Err(ServiceError::conflict(format!("A model invocation job with the name {name} already exists.")));
            }
            let concurrent = emulator.quotas.limits().batch.concurrent_jobs;
            let running = jobs
                .iter()
                .filter(|job| text(job, "modelId") == model)
                .filter(|job| !control::is_terminal(&control::job_status(&emulator.clock, job, BATCH_RUNNING)))
                .count() as u64;
            if running >= concurrent {
                return Err(ServiceError::new(
                    StatusCode::BAD_REQUEST,
                    "ServiceQuotaExceededException",
                    format!("You have reached the quota of {concurrent} in-progress and submitted batch inference jobs for model {model}. Wait for a job to finish, or request a quota increase."),
                ));
            }
            let failure = control::invalid_dataset(&[input_uri]).map(|uri| {
                format!("The input {uri} contains no valid records: each line must be {{\"recordId\": …, \"modelInput\": {{…}}}}.")
            });
            let outcome = if failure.is_some() { "Failed" } else { "Completed" };
            let id = control::new_id(state, BATCH_JOBS);
            let arn = format!("arn:aws:bedrock:{region}:{ACCOUNT_ID}:model-invocation-job/{id}");
            let now_millis = clock::now_millis();
            let hours = input.get("timeoutDurationInHours").and_then(Value::as_u64).unwrap_or(168);
            let mut document = control::job_clock(outcome, failure);
            document.insert("jobArn".to_string(), json!(arn));
            document.insert("jobName".to_string(), json!(name));
            document.insert("modelId".to_string(), json!(model));
            for key in ["clientRequestToken", "roleArn", "inputDataConfig", "outputDataConfig", "vpcConfig", "modelInvocationType"] {
                if let Some(value) = input.get(key) {
                    document.insert(key.to_string(), value.clone());
                }
            }
            document.insert("submitTime".to_string(), json!(clock::timestamp(now_millis)));
            document.insert("lastModifiedTime".to_string(), json!(clock::timestamp(now_millis)));
            document.insert("timeoutDurationInHours".to_string(), json!(hours));
            document.insert("jobExpirationTime".to_string(), json!(clock::timestamp(now_millis + hours * 3600 * 1000)));
            let document = Value::Object(document);
            state.insert(BATCH_JOBS, &id, document.clone());
            control::add_tags(state, &arn, input.get("tags"));
            Ok(document)
        })
        .map_err(control::store_failure)??;
    Ok((StatusCode::OK, Json(json!({"jobArn": text(&job, "jobArn")}))))
}

/// GET /model-invocation-job/{jobIdentifier}
pub async fn get_batch(State(emulator): State<Shared>, Path(identifier): Path<String>) -> Answer {
    control::input("GetModelInvocationJob", &Bytes::new(), &[("jobIdentifier", &identifier)])?;
    super::batch_runner::settle(&emulator).await;
    let (_, document) = emulator
        .store
        .read(|state| find_job(state, BATCH_JOBS, &identifier))
        .ok_or_else(|| not_found("model invocation job", &identifier))?;
    Ok((StatusCode::OK, Json(control::pick(&batch_view(&emulator, &document), BATCH_MEMBERS))))
}

/// GET /model-invocation-jobs
pub async fn list_batch(
    State(emulator): State<Shared>,
    Query(query): Query<HashMap<String, String>>,
) -> Answer {
    control::query_input("ListModelInvocationJobs", &query)?;
    super::batch_runner::settle(&emulator).await;
    let items: Vec<Value> = emulator.store.read(|state| {
        control::documents(state, BATCH_JOBS).iter().map(|document| batch_view(&emulator, document)).collect()
    });
    let spec = ListSpec {
        time: "submitTime",
        after: "submitTimeAfter",
        before: "submitTimeBefore",
        name: "jobName",
        status: "status",
        key: "invocationJobSummaries",
    };
    let (status, Json(mut body)) = control::list_answer(items, &query, &spec, &[])?;
    summarise(&mut body, "invocationJobSummaries", BATCH_MEMBERS);
    Ok((status, Json(body)))
}

fn stop(emulator: &Emulator, collection: &str, kind: &str, identifier: &str, running: &[&str]) -> Answer {
    emulator
        .store
        .update(|state| -> Result<(), ServiceError> {
            let (id, document) =
                find_job(state, collection, identifier).ok_or_else(|| not_found(kind, identifier))?;
            let status = control::job_status(&emulator.clock, &document, running);
            if !running.contains(&status.as_str()) {
                return Err(ServiceError::validation(format!(
                    "The {kind} {} is {status} and cannot be stopped.",
                    text(&document, "jobName")
                )));
            }
            if let Some(Value::Object(stored)) = state.document_mut(collection, &id) {
                stored.insert("_stoppedMillis".to_string(), json!(clock::now_millis()));
                stored.insert("lastModifiedTime".to_string(), json!(clock::now_timestamp()));
            }
            Ok(())
        })
        .map_err(control::store_failure)??;
    Ok((StatusCode::OK, Json(json!({}))))
}

/// POST /model-invocation-job/{jobIdentifier}/stop
pub async fn stop_batch(State(emulator): State<Shared>, Path(identifier): Path<String>) -> Answer {
    control::input("StopModelInvocationJob", &Bytes::new(), &[("jobIdentifier", &identifier)])?;
    stop(&emulator, BATCH_JOBS, "model invocation job", &identifier, BATCH_RUNNING)
}

fn evaluation_view(emulator: &Emulator, document: &Value) -> Value {
    let status = control::job_status(&emulator.clock, document, EVALUATION_RUNNING);
    let mut view = control::public(document);
    view["status"] = json!(status);
    if status == "Failed" {
        view["failureMessages"] =
            json!([document.get("_failureMessage").cloned().unwrap_or(json!("The job failed."))]);
    }
    if control::is_terminal(&status) {
        view["lastModifiedTime"] = json!(control::end_time(&emulator.clock, document));
    }
    let configs = document
        .pointer("/evaluationConfig/automated/datasetMetricConfigs")
        .or_else(|| document.pointer("/evaluationConfig/human/datasetMetricConfigs"))
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let mut task_types: Vec<Value> = Vec::new();
    for config in &configs {
        if let Some(task) = config.get("taskType")
            && !task_types.contains(task)
        {
            task_types.push(task.clone());
        }
    }
    view["evaluationTaskTypes"] = Value::Array(task_types);
    let models: Vec<Value> = document
        .pointer("/inferenceConfig/models")
        .and_then(Value::as_array)
        .map(|models| {
            models
                .iter()
                .filter_map(|model| model.pointer("/bedrockModel/modelIdentifier").cloned())
                .collect()
        })
        .unwrap_or_default();
    view["modelIdentifiers"] = Value::Array(models);
    view
}

/// POST /evaluation-jobs (CreateEvaluationJob)
pub async fn create_evaluation(State(emulator): State<Shared>, headers: HeaderMap, body: Bytes) -> Answer {
    let region = request_region(&headers);
    let input = control::input("CreateEvaluationJob", &body, &[])?;
    let job = emulator
        .store
        .update(|state| -> Result<Value, ServiceError> {
            let jobs = control::documents(state, EVALUATION_JOBS);
            if let Some(token) = member(&input, "clientRequestToken")
                && let Some(previous) = jobs.iter().find(|job| text(job, "clientRequestToken") == token)
            {
                return Ok(previous.clone());
            }
            let name = member(&input, "jobName").unwrap_or_default();
            let automated = input.pointer("/evaluationConfig/automated").is_some();
            let human = input.pointer("/evaluationConfig/human").is_some();
            if automated == human {
                return Err(ServiceError::validation(
                    "evaluationConfig must have exactly one of automated or human.",
                ));
            }
            let models = input
                .pointer("/inferenceConfig/models")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            for model in &models {
                if let Some(identifier) =
                    model.pointer("/bedrockModel/modelIdentifier").and_then(Value::as_str)
                    && !known_model(&emulator, state, identifier)
                {
                    return Err(ServiceError::validation(format!(
                        "The provided model identifier {identifier} is invalid."
                    )));
                }
            }
            if jobs.iter().any(|job| text(job, "jobName") == name) {
                return Err(ServiceError::conflict(format!(
                    "An evaluation job with the name {name} already exists."
                )));
            }
            let kind = if automated { "automated" } else { "human" };
            let datasets: Vec<String> = input
                .pointer(&format!("/evaluationConfig/{kind}/datasetMetricConfigs"))
                .and_then(Value::as_array)
                .map(|configs| {
                    configs
                        .iter()
                        .filter_map(|config| {
                            config.pointer("/dataset/datasetLocation/s3Uri").and_then(Value::as_str)
                        })
                        .map(str::to_string)
                        .collect()
                })
                .unwrap_or_default();
            let dataset_refs: Vec<&str> = datasets.iter().map(String::as_str).collect();
            let failure = control::invalid_dataset(&dataset_refs).map(|uri| {
                format!(
                    "The dataset {uri} is not a valid prompt dataset (JSON lines with a \"prompt\" field)."
                )
            });
            let outcome = if failure.is_some() { "Failed" } else { "Completed" };
            let id = control::new_id(state, EVALUATION_JOBS);
            let arn = format!("arn:aws:bedrock:{region}:{ACCOUNT_ID}:evaluation-job/{id}");
            let now = clock::now_timestamp();
            let mut document = control::job_clock(outcome, failure);
            document.insert("jobName".to_string(), json!(name));
            document.insert("jobArn".to_string(), json!(arn));
            document.insert("jobType".to_string(), json!(if automated { "Automated" } else { "Human" }));
            document.insert(
                "applicationType".to_string(),
                json!(member(&input, "applicationType").unwrap_or("ModelEvaluation")),
            );
            for key in [
                "jobDescription",
                "roleArn",
                "customerEncryptionKeyId",
                "evaluationConfig",
                "inferenceConfig",
                "outputDataConfig",
                "clientRequestToken",
            ] {
                if let Some(value) = input.get(key) {
                    document.insert(key.to_string(), value.clone());
                }
            }
            document.insert("creationTime".to_string(), json!(now));
            document.insert("lastModifiedTime".to_string(), json!(now));
            let document = Value::Object(document);
            state.insert(EVALUATION_JOBS, &id, document.clone());
            control::add_tags(state, &arn, input.get("jobTags"));
            Ok(document)
        })
        .map_err(control::store_failure)??;
    Ok((StatusCode::ACCEPTED, Json(json!({"jobArn": text(&job, "jobArn")}))))
}

/// GET /evaluation-jobs/{jobIdentifier}
pub async fn get_evaluation(State(emulator): State<Shared>, Path(identifier): Path<String>) -> Answer {
    control::input("GetEvaluationJob", &Bytes::new(), &[("jobIdentifier", &identifier)])?;
    let (_, document) = emulator
        .store
        .read(|state| find_job(state, EVALUATION_JOBS, &identifier))
        .ok_or_else(|| not_found("evaluation job", &identifier))?;
    Ok((StatusCode::OK, Json(control::pick(&evaluation_view(&emulator, &document), EVALUATION_MEMBERS))))
}

/// GET /evaluation-jobs
pub async fn list_evaluation(
    State(emulator): State<Shared>,
    Query(query): Query<HashMap<String, String>>,
) -> Answer {
    control::query_input("ListEvaluationJobs", &query)?;
    let items: Vec<Value> = emulator.store.read(|state| {
        control::documents(state, EVALUATION_JOBS)
            .iter()
            .map(|document| evaluation_view(&emulator, document))
            .collect()
    });
    let spec = ListSpec {
        time: "creationTime",
        after: "creationTimeAfter",
        before: "creationTimeBefore",
        name: "jobName",
        status: "status",
        key: "jobSummaries",
    };
    let (status, Json(mut body)) =
        control::list_answer(items, &query, &spec, &[("applicationTypeEquals", "applicationType")])?;
    summarise(&mut body, "jobSummaries", EVALUATION_SUMMARY_MEMBERS);
    Ok((status, Json(body)))
}

/// POST /evaluation-job/{jobIdentifier}/stop
pub async fn stop_evaluation(State(emulator): State<Shared>, Path(identifier): Path<String>) -> Answer {
    control::input("StopEvaluationJob", &Bytes::new(), &[("jobIdentifier", &identifier)])?;
    stop(&emulator, EVALUATION_JOBS, "evaluation job", &identifier, EVALUATION_RUNNING)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn record_counts_are_stable_and_bounded() {
        let count = record_count("s3://bucket/input.jsonl");
        assert_eq!(count, record_count("s3://bucket/input.jsonl"));
        assert!((100..1000).contains(&count));
    }
}
