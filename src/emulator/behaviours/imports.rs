//! Custom model import (CreateModelImportJob; the jobs' Get/List and the imported models' Get,
//! List and Delete are the store's). An import is InProgress, then Completed, or Failed when the
//! S3 key contains `invalid`; its imported model appears when it completes.

use serde_json::{Map, Value, json};

use super::Answer;
use crate::api::model::Service;
use crate::emulator::control;
use crate::emulator::errors::ServiceError;
use crate::emulator::state::PersistedState;
use crate::emulator::store::{self, Call, OWN_ARN, OWN_ID, collection};
use crate::emulator::{ACCOUNT_ID, clock};

pub const JOB: &str = "ModelImportJob";
pub const MODEL: &str = "ImportedModel";

/// The job that makes an imported model (its key among the jobs).
const MADE_BY: &str = "_job";

fn status(call: &Call, job: &Map<String, Value>) -> String {
    control::job_status(&call.emulator.clock, job, &["InProgress"])
}

/// An import job as the service shows it now.
pub fn job_view(call: &Call, job: &mut Map<String, Value>) -> bool {
    let status = status(call, job);
    if control::is_terminal(&status) {
        let end = control::end_time(&call.emulator.clock, job);
        job.insert("endTime".to_string(), json!(end));
        job.insert("lastModifiedTime".to_string(), json!(end));
    }
    if status == "Failed" {
        let message = job.get("_failureMessage").cloned().unwrap_or(json!("The import failed."));
        job.insert("failureMessage".to_string(), message);
    }
    if status != "Completed" {
        job.remove("importedModelArn");
    }
    job.insert("status".to_string(), json!(status));
    true
}

/// An imported model is there once its import has completed.
pub fn model_view(call: &Call, model: &mut Map<String, Value>) -> bool {
    let Some(key) = model.get(MADE_BY).and_then(Value::as_str) else { return true };
    let job =
        call.emulator.store.read(|state| state.document(&collection(Service::Bedrock, JOB), key).cloned());
    match job {
        Some(Value::Object(job)) => status(call, &job) == "Completed",
        _ => true,
    }
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

/// CreateModelImportJob: the model name must be free; the job fails when its files are not
/// importable, and makes its imported model.
pub fn create(call: &Call) -> Result<Answer, ServiceError> {
    let input = &call.input;
    let source = input.get("modelDataSource").and_then(|source| source.pointer("/s3DataSource/s3Uri"));
    let Some(uri) = source.and_then(Value::as_str) else {
        return Err(ServiceError::validation("modelDataSource.s3DataSource.s3Uri is required."));
    };
    let uri = uri.to_string();
    let region = call.region.clone();
    let hook = move |state: &mut PersistedState, job: &mut Map<String, Value>| {
        let text = |key: &str| input.get(key).and_then(Value::as_str).unwrap_or_default().to_string();
        let model_name = text("importedModelName");
        let models = collection(Service::Bedrock, MODEL);
        let taken = |document: &Value, member: &str| {
            document.get(member).and_then(Value::as_str) == Some(&model_name)
        };
        if state.documents(&models).any(|(_, model)| taken(model, "modelName"))
            || state
                .documents(&collection(Service::Bedrock, JOB))
                .any(|(_, other)| taken(other, "importedModelName"))
        {
            return Err(ServiceError::conflict(format!(
                "An imported model with the name {model_name} already exists."
            )));
        }
        let failure = control::invalid_dataset(&[&uri]).map(|uri| {
            format!("The model files at {uri} could not be imported: config.json, tokenizer files and .safetensors weights are required.")
        });
        job.extend(control::job_outcome(failure));
        let model_id = control::new_id(state, &models);
        let model_arn = format!("arn:aws:bedrock:{region}:{ACCOUNT_ID}:imported-model/{model_id}");
        let kms = input
            .get("importedModelKmsKeyId")
            .and_then(Value::as_str)
            .map(|key| control::kms_key_arn(key, &region));
        job.insert("importedModelArn".to_string(), json!(model_arn));
        let mut model = Map::new();
        if let Some(kms) = kms {
            job.insert("importedModelKmsKeyArn".to_string(), json!(kms));
            model.insert("modelKmsKeyArn".to_string(), json!(kms));
        }
        model.insert("modelArn".to_string(), json!(model_arn));
        model.insert("modelName".to_string(), json!(model_name));
        model.insert("jobName".to_string(), job.get("jobName").cloned().unwrap_or(Value::Null));
        model.insert("jobArn".to_string(), job.get(OWN_ARN).cloned().unwrap_or(Value::Null));
        model.insert(
            "modelDataSource".to_string(),
            input.get("modelDataSource").cloned().unwrap_or(Value::Null),
        );
        model.insert("creationTime".to_string(), json!(clock::now_timestamp()));
        model.insert("modelArchitecture".to_string(), json!(architecture(&uri)));
        model.insert("instructSupported".to_string(), json!(true));
        model.insert(
            "customModelUnits".to_string(),
            json!({"customModelUnitsPerModelCopy": 1, "customModelUnitsVersion": "v1.0"}),
        );
        model.insert(MADE_BY.to_string(), job.get(OWN_ID).cloned().unwrap_or(Value::Null));
        store::insert_resource(state, Service::Bedrock, MODEL, (&model_id, &model_arn, &model_name), model);
        control::add_tags(state, &model_arn, input.get("importedModelTags"));
        Ok(())
    };
    store::create_with(call, JOB, Box::new(hook)).map(Answer::Document)
}
