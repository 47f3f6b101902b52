//! Batch inference (model invocation jobs) and model evaluation jobs: their creates and stops,
//! and the batch jobs' Get and List, which first bring the jobs' records up to date; the other
//! operations are the store's. Batch jobs go Submitted → Validating → InProgress → Completed
//! with record counts; evaluation jobs InProgress → Completed. A job whose input S3 key contains
//! `invalid` fails, standing for a dataset the service would reject. With `--s3-root`, batch
//! jobs really process their records on completion (see `batch_runner`) and report the real
//! counts.

use axum::http::StatusCode;
use serde_json::{Map, Value, json};

use super::{Answer, text};
use crate::api::model::Service;
use crate::emulator::batch_runner::{self, Counts, INPUT_RECORDS};
use crate::emulator::errors::ServiceError;
use crate::emulator::state::PersistedState;
use crate::emulator::store::{self, CREATED, Call, collection};
use crate::emulator::{Emulator, clock, control};

pub const BATCH: &str = "ModelInvocationJob";
pub const EVALUATION: &str = "EvaluationJob";

pub const BATCH_RUNNING: &[&str] = &["Submitted", "Validating", "InProgress"];
const EVALUATION_RUNNING: &[&str] = &["InProgress"];

/// The store collection of batch jobs.
pub fn batch_jobs() -> String {
    collection(Service::Bedrock, BATCH)
}

fn status(emulator: &Emulator, job: &Map<String, Value>, running: &[&str]) -> String {
    control::job_status(&emulator.clock, job, running)
}

/// Whether the emulator knows a model a job would invoke (foundation model, inference profile,
/// custom model or provisioned throughput).
fn known_model(emulator: &Emulator, state: &PersistedState, identifier: &str) -> bool {
    if emulator.catalog.model(identifier).is_some() {
        return true;
    }
    let profile = identifier.rsplit_once(":inference-profile/").map(|(_, id)| id).unwrap_or(identifier);
    emulator.catalog.profile(profile).is_some()
        || super::customization::custom_model(emulator, state, identifier).is_some()
        || state.documents(&super::throughput::throughputs()).any(|(_, throughput)| {
            throughput.get("provisionedModelArn").and_then(Value::as_str) == Some(identifier)
        })
}

fn unknown_model(identifier: &str) -> ServiceError {
    ServiceError::validation(format!("The provided model identifier {identifier} is invalid."))
}

/// A deterministic record count for a batch input.
fn record_count(uri: &str) -> u64 {
    let hash = uri.bytes().fold(7u64, |hash, byte| hash.wrapping_mul(131).wrapping_add(byte as u64));
    100 + crate::emulator::faults::mix(hash) % 900
}

/// A batch job as the service shows it now: status, record counts, end time, failure message.
pub fn batch_view(call: &Call, job: &mut Map<String, Value>) -> bool {
    let emulator = call.emulator;
    let status = status(emulator, job, BATCH_RUNNING);
    let document = Value::Object(job.clone());
    // With --s3-root the records are real (see batch_runner); otherwise a stable made-up count.
    let processed = batch_runner::stored_counts(&document);
    let total = processed.map(|counts| counts.total).unwrap_or_else(|| {
        job.get(INPUT_RECORDS).and_then(Value::as_u64).unwrap_or_else(|| {
            record_count(
                document
                    .pointer("/inputDataConfig/s3InputDataConfig/s3Uri")
                    .and_then(Value::as_str)
                    .unwrap_or(""),
            )
        })
    });
    let started = job.get(CREATED).and_then(Value::as_u64).unwrap_or(0);
    let counts = match status.as_str() {
        "Completed" => Some(processed.unwrap_or(Counts { total, success: total, ..Default::default() })),
        "InProgress" | "Stopping" | "Stopped" => {
            let done = ((emulator.clock.progress(started) * total as f64) as u64).min(total);
            Some(Counts { total, success: done, ..Default::default() })
        }
        _ => None,
    };
    if let Some(counts) = counts {
        job.insert("totalRecordCount".to_string(), json!(counts.total));
        job.insert("processedRecordCount".to_string(), json!(counts.success + counts.error));
        job.insert("successRecordCount".to_string(), json!(counts.success));
        job.insert("errorRecordCount".to_string(), json!(counts.error));
    }
    if status == "Failed" {
        let message = job.get("_failureMessage").cloned().unwrap_or(json!("The job failed."));
        job.insert("message".to_string(), message);
    }
    if control::is_terminal(&status) {
        let end = control::end_time(&emulator.clock, job);
        job.insert("endTime".to_string(), json!(end));
        job.insert("lastModifiedTime".to_string(), json!(end));
    }
    job.insert("status".to_string(), json!(status));
    true
}

/// CreateModelInvocationJob: a known model, S3 input and output, and no more running jobs for
/// the model than the quota allows.
pub fn create_batch(call: &Call) -> Result<Answer, ServiceError> {
    let input = &call.input;
    let model = text(input, "modelId").to_string();
    let document = Value::Object(input.clone());
    let input_uri = document.pointer("/inputDataConfig/s3InputDataConfig/s3Uri").and_then(Value::as_str);
    let output_uri = document.pointer("/outputDataConfig/s3OutputDataConfig/s3Uri").and_then(Value::as_str);
    let (Some(input_uri), Some(_)) = (input_uri, output_uri) else {
        return Err(ServiceError::validation(
            "inputDataConfig.s3InputDataConfig and outputDataConfig.s3OutputDataConfig are required.",
        ));
    };
    let failure = control::invalid_dataset(&[input_uri]).map(|uri| {
        format!("The input {uri} contains no valid records: each line must be {{\"recordId\": …, \"modelInput\": {{…}}}}.")
    });
    let emulator = call.emulator;
    let hours = input.get("timeoutDurationInHours").and_then(Value::as_u64).unwrap_or(168);
    let hook = move |state: &mut PersistedState, job: &mut Map<String, Value>| {
        if !known_model(emulator, state, &model) {
            return Err(unknown_model(&model));
        }
        let concurrent = emulator.quotas.limits().batch.concurrent_jobs;
        let running = state
            .documents(&batch_jobs())
            .filter_map(|(_, other)| other.as_object())
            .filter(|other| text(other, "modelId") == model)
            .filter(|other| !control::is_terminal(&status(emulator, other, BATCH_RUNNING)))
            .count() as u64;
        if running >= concurrent {
            return Err(ServiceError::new(
                StatusCode::BAD_REQUEST,
                "ServiceQuotaExceededException",
                format!(
                    "You have reached the quota of {concurrent} in-progress and submitted batch inference jobs for model {model}. Wait for a job to finish, or request a quota increase."
                ),
            ));
        }
        let created = job.get(CREATED).and_then(Value::as_u64).unwrap_or_else(clock::now_millis);
        job.extend(control::job_outcome(failure));
        job.insert("timeoutDurationInHours".to_string(), json!(hours));
        job.insert("jobExpirationTime".to_string(), json!(clock::timestamp(created + hours * 3600 * 1000)));
        Ok(())
    };
    store::create_with(call, BATCH, Box::new(hook)).map(Answer::Document)
}

/// GetModelInvocationJob and ListModelInvocationJobs: the store's, over records brought up to
/// date with the clock.
pub async fn read_batch(call: &Call<'_>) -> Result<Answer, ServiceError> {
    batch_runner::settle(call.emulator).await;
    store::serve(call)
}

/// Stop a job that is still running (Stopping, then Stopped).
fn stop(call: &Call, noun: &str, running: &[&str]) -> Result<Answer, ServiceError> {
    let job = store::current(call, noun)?;
    let status = text(&job, "status");
    if !running.contains(&status) {
        let kind = if noun == BATCH { "model invocation job" } else { "evaluation job" };
        return Err(ServiceError::validation(format!(
            "The {kind} {} is {status} and cannot be stopped.",
            text(&job, "jobName")
        )));
    }
    store::serve(call)
}

/// StopModelInvocationJob.
pub fn stop_batch(call: &Call) -> Result<Answer, ServiceError> {
    stop(call, BATCH, BATCH_RUNNING)
}

/// StopEvaluationJob.
pub fn stop_evaluation(call: &Call) -> Result<Answer, ServiceError> {
    stop(call, EVALUATION, EVALUATION_RUNNING)
}

/// An evaluation job as the service shows it now: status, failure, the task types and models it
/// evaluates.
pub fn evaluation_view(call: &Call, job: &mut Map<String, Value>) -> bool {
    let status = status(call.emulator, job, EVALUATION_RUNNING);
    let document = Value::Object(job.clone());
    if status == "Failed" {
        let message = job.get("_failureMessage").cloned().unwrap_or(json!("The job failed."));
        job.insert("failureMessages".to_string(), json!([message]));
    }
    if control::is_terminal(&status) {
        job.insert("lastModifiedTime".to_string(), json!(control::end_time(&call.emulator.clock, job)));
    }
    let mut task_types: Vec<Value> = Vec::new();
    for config in dataset_configs(&document) {
        if let Some(task) = config.get("taskType")
            && !task_types.contains(task)
        {
            task_types.push(task.clone());
        }
    }
    job.insert("evaluationTaskTypes".to_string(), Value::Array(task_types));
    let models: Vec<Value> = evaluated_models(&document)
        .iter()
        .filter_map(|model| model.pointer("/bedrockModel/modelIdentifier").cloned())
        .collect();
    job.insert("modelIdentifiers".to_string(), Value::Array(models));
    job.insert("status".to_string(), json!(status));
    true
}

fn dataset_configs(document: &Value) -> Vec<Value> {
    document
        .pointer("/evaluationConfig/automated/datasetMetricConfigs")
        .or_else(|| document.pointer("/evaluationConfig/human/datasetMetricConfigs"))
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default()
}

fn evaluated_models(document: &Value) -> Vec<Value> {
    document.pointer("/inferenceConfig/models").and_then(Value::as_array).cloned().unwrap_or_default()
}

/// CreateEvaluationJob: automated or human, over models the emulator knows.
pub fn create_evaluation(call: &Call) -> Result<Answer, ServiceError> {
    let document = Value::Object(call.input.clone());
    let automated = document.pointer("/evaluationConfig/automated").is_some();
    let human = document.pointer("/evaluationConfig/human").is_some();
    if automated == human {
        return Err(ServiceError::validation(
            "evaluationConfig must have exactly one of automated or human.",
        ));
    }
    let models: Vec<String> = evaluated_models(&document)
        .iter()
        .filter_map(|model| model.pointer("/bedrockModel/modelIdentifier").and_then(Value::as_str))
        .map(str::to_string)
        .collect();
    let datasets: Vec<String> = dataset_configs(&document)
        .iter()
        .filter_map(|config| config.pointer("/dataset/datasetLocation/s3Uri").and_then(Value::as_str))
        .map(str::to_string)
        .collect();
    let dataset_refs: Vec<&str> = datasets.iter().map(String::as_str).collect();
    let failure = control::invalid_dataset(&dataset_refs).map(|uri| {
        format!("The dataset {uri} is not a valid prompt dataset (JSON lines with a \"prompt\" field).")
    });
    let emulator = call.emulator;
    let hook = move |state: &mut PersistedState, job: &mut Map<String, Value>| {
        if let Some(unknown) = models.iter().find(|model| !known_model(emulator, state, model)) {
            return Err(unknown_model(unknown));
        }
        job.extend(control::job_outcome(failure));
        job.insert("jobType".to_string(), json!(if automated { "Automated" } else { "Human" }));
        job.entry("applicationType").or_insert(json!("ModelEvaluation"));
        Ok(())
    };
    store::create_with(call, EVALUATION, Box::new(hook)).map(Answer::Document)
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
