//! Model customization (CreateModelCustomizationJob, StopModelCustomizationJob and
//! DeleteCustomModel; the other Get and List operations of jobs and custom models are the
//! store's). A job is InProgress, then Completed with training metrics, or Failed when its
//! dataset is one the emulator can tell is bad (an S3 key containing `invalid`); its custom
//! model is Creating, then Active or Failed. Statuses are derived from the clock when read.

use serde_json::{Map, Value, json};

use super::{Answer, text};
use crate::api::model::Service;
use crate::emulator::errors::ServiceError;
use crate::emulator::state::PersistedState;
use crate::emulator::store::{self, Call, OWN_ARN, OWN_ID, collection};
use crate::emulator::{ACCOUNT_ID, Emulator, clock, control};
use crate::models::customization::{self, CustomizationType};

pub const JOB: &str = "ModelCustomizationJob";
pub const MODEL: &str = "CustomModel";

/// The job that makes a custom model (its key among the jobs).
const MADE_BY: &str = "_job";

/// A deterministic loss in (0.2, 1.2) from a name.
fn loss(name: &str, salt: u64) -> f64 {
    let hash = name.bytes().fold(salt, |hash, byte| hash.wrapping_mul(131).wrapping_add(byte as u64));
    let fraction = (crate::emulator::faults::mix(hash) % 10_000) as f64 / 10_000.0;
    ((0.2 + fraction) * 10_000.0).round() / 10_000.0
}

fn job_status(emulator: &Emulator, job: &Map<String, Value>) -> String {
    control::job_status(&emulator.clock, job, &["InProgress"])
}

/// A job as the service shows it now: status and its steps' details, end time, metrics once
/// completed, the output model only then.
pub fn job_view(call: &Call, job: &mut Map<String, Value>) -> bool {
    let status = job_status(call.emulator, job);
    let created = job.get("creationTime").cloned().unwrap_or(Value::Null);
    let step = |state: &str| json!({"status": state, "creationTime": created, "lastModifiedTime": created});
    let (validation, processing, training) = match status.as_str() {
        "Completed" => ("Completed", "Completed", "Completed"),
        "Failed" => ("Failed", "NotStarted", "NotStarted"),
        "Stopping" | "Stopped" => ("Completed", "Completed", status.as_str()),
        _ => ("Completed", "Completed", "InProgress"),
    };
    job.insert(
        "statusDetails".to_string(),
        json!({"validationDetails": step(validation), "dataProcessingDetails": step(processing), "trainingDetails": step(training)}),
    );
    if control::is_terminal(&status) {
        let end = control::end_time(&call.emulator.clock, job);
        job.insert("endTime".to_string(), json!(end));
        job.insert("lastModifiedTime".to_string(), json!(end));
    }
    if status == "Completed" {
        let name = text(job, "jobName").to_string();
        job.insert("trainingMetrics".to_string(), json!({"trainingLoss": loss(&name, 1)}));
        let validators = job.get("validationDataConfig").and_then(|config| config.get("validators"));
        let count = validators.and_then(Value::as_array).map(Vec::len).unwrap_or(0);
        let metrics: Vec<Value> =
            (0..count).map(|index| json!({"validationLoss": loss(&name, 2 + index as u64)})).collect();
        job.insert("validationMetrics".to_string(), Value::Array(metrics));
        job.insert("customModelArn".to_string(), job.get("outputModelArn").cloned().unwrap_or(Value::Null));
    } else {
        job.remove("outputModelArn");
    }
    if status == "Failed" {
        let message = job.get("_failureMessage").cloned().unwrap_or(json!("The job failed."));
        job.insert("failureMessage".to_string(), message);
    }
    job.insert("customModelName".to_string(), job.get("outputModelName").cloned().unwrap_or(Value::Null));
    job.insert("status".to_string(), json!(status));
    true
}

/// A custom model as the service shows it now: its status and metrics follow the job that makes
/// it.
pub fn model_view(call: &Call, model: &mut Map<String, Value>) -> bool {
    let Some(key) = model.get(MADE_BY).and_then(Value::as_str) else { return true };
    let job =
        call.emulator.store.read(|state| state.document(&collection(Service::Bedrock, JOB), key).cloned());
    let Some(Value::Object(mut job)) = job else { return true };
    job_view(call, &mut job);
    let status = text(&job, "status").to_string();
    let model_status = match status.as_str() {
        "Completed" => "Active",
        "Failed" | "Stopped" => "Failed",
        _ => "Creating",
    };
    model.insert("modelStatus".to_string(), json!(model_status));
    for key in ["trainingMetrics", "validationMetrics", "failureMessage"] {
        if let Some(value) = job.get(key) {
            model.insert(key.to_string(), value.clone());
        }
    }
    if status == "Stopped" {
        model.insert("failureMessage".to_string(), json!("The customization job was stopped."));
    }
    true
}

/// A custom model others refer to (provisioned throughput, batch jobs, copies).
pub struct CustomModel {
    pub name: String,
    pub arn: String,
    pub base_arn: String,
    /// Whether the job that makes it has completed.
    pub active: bool,
    pub document: Map<String, Value>,
}

/// The custom model a name, id or ARN names.
pub fn custom_model(emulator: &Emulator, state: &PersistedState, identifier: &str) -> Option<CustomModel> {
    let (_, model) = state.documents(&collection(Service::Bedrock, MODEL)).find(|(_, model)| {
        ["modelArn", "modelName", OWN_ID]
            .iter()
            .any(|key| model.get(*key).and_then(Value::as_str) == Some(identifier))
    })?;
    let model = model.as_object()?.clone();
    let job = model
        .get(MADE_BY)
        .and_then(Value::as_str)
        .and_then(|key| state.document(&collection(Service::Bedrock, JOB), key).and_then(Value::as_object));
    Some(CustomModel {
        name: text(&model, "modelName").to_string(),
        arn: text(&model, "modelArn").to_string(),
        base_arn: text(&model, "baseModelArn").to_string(),
        active: job.is_none_or(|job| job_status(emulator, job) == "Completed"),
        document: model,
    })
}

fn base_model_id(arn: &str) -> &str {
    arn.rsplit_once(":foundation-model/").map(|(_, id)| id).unwrap_or(arn)
}

/// The foundation model behind a base model identifier: a foundation model id or ARN, or a custom
/// model (name or ARN) to customise further.
fn resolve_base(call: &Call, identifier: &str) -> Result<String, ServiceError> {
    if let Some(model) = call.emulator.catalog.model(identifier) {
        let id = model.get("modelId").and_then(Value::as_str).unwrap_or(identifier);
        return Ok(crate::emulator::catalog::foundation_model_arn(&call.region, id));
    }
    call.emulator
        .store
        .read(|state| custom_model(call.emulator, state, identifier))
        .map(|model| model.base_arn)
        .ok_or_else(|| {
            ServiceError::validation(format!("The provided base model identifier {identifier} is invalid."))
        })
}

/// The checks of a job's base model, customization type and hyperparameters.
fn check_base(call: &Call, base_id: &str, kind: CustomizationType) -> Result<(), ServiceError> {
    let supported = call
        .emulator
        .catalog
        .model(base_id)
        .and_then(|model| model.get("customizationsSupported"))
        .and_then(Value::as_array)
        .is_some_and(|kinds| kinds.iter().any(|supported| supported.as_str() == Some(kind.wire_name())));
    if !supported {
        return Err(ServiceError::validation(format!(
            "The base model {base_id} does not support {} customization.",
            kind.wire_name()
        )));
    }
    let Some(family) = customization::family(base_id) else { return Ok(()) };
    if let Some(Value::Object(parameters)) = call.input.get("hyperParameters") {
        for (name, value) in parameters {
            family
                .check_hyper_parameter(name, value.as_str().unwrap_or_default())
                .map_err(|reason| ServiceError::validation(format!("Invalid hyperparameter: {reason}.")))?;
        }
    }
    let validators = call.input.get("validationDataConfig").and_then(|config| config.get("validators"));
    if validators.and_then(Value::as_array).is_some_and(|validators| !validators.is_empty())
        && !family.validation_supported
    {
        return Err(ServiceError::validation(format!(
            "{} does not support a validation dataset.",
            family.name
        )));
    }
    Ok(())
}

/// CreateModelCustomizationJob: a base model that supports the customization, valid
/// hyperparameters and datasets, a free model name; the job makes its custom model.
pub fn create(call: &Call) -> Result<Answer, ServiceError> {
    let input = &call.input;
    let kind_name = input.get("customizationType").and_then(Value::as_str).unwrap_or("FINE_TUNING");
    let Some(kind) = CustomizationType::from_wire(kind_name) else {
        return Err(ServiceError::validation(format!(
            "The customization type {kind_name} is not supported by this model customization API in the emulator; use FINE_TUNING or CONTINUED_PRE_TRAINING."
        )));
    };
    let base_arn =
        resolve_base(call, input.get("baseModelIdentifier").and_then(Value::as_str).unwrap_or_default())?;
    let base_id = base_model_id(&base_arn).to_string();
    check_base(call, &base_id, kind)?;
    let training =
        input.get("trainingDataConfig").and_then(|config| config.get("s3Uri")).and_then(Value::as_str);
    let Some(training) = training.filter(|uri| !uri.is_empty()) else {
        return Err(ServiceError::validation("trainingDataConfig must have an s3Uri."));
    };
    let mut uris = vec![training];
    if let Some(Value::Array(validators)) =
        input.get("validationDataConfig").and_then(|config| config.get("validators"))
    {
        uris.extend(validators.iter().filter_map(|validator| validator.get("s3Uri").and_then(Value::as_str)));
    }
    let failure = control::invalid_dataset(&uris).map(|uri| {
        format!("Validation of the input data failed: the dataset {uri} is not valid for {base_id}. Check its format with `bedrock customization-jobs validate-data`.")
    });
    let base_name = call
        .emulator
        .catalog
        .model(&base_id)
        .and_then(|model| model.get("modelName"))
        .and_then(Value::as_str)
        .unwrap_or(&base_id)
        .to_string();
    let region = call.region.clone();
    let hook = move |state: &mut PersistedState, job: &mut Map<String, Value>| {
        let model_name = text(input, "customModelName").to_string();
        let models = collection(Service::Bedrock, MODEL);
        if state
            .documents(&models)
            .any(|(_, model)| model.get("modelName").and_then(Value::as_str) == Some(&model_name))
        {
            return Err(ServiceError::conflict(format!(
                "A custom model with the name {model_name} already exists."
            )));
        }
        let job_id = text(job, OWN_ID).to_string();
        let job_arn =
            format!("arn:aws:bedrock:{region}:{ACCOUNT_ID}:model-customization-job/{base_id}/{job_id}");
        let model_id = control::new_id(state, &models);
        let model_arn = format!("arn:aws:bedrock:{region}:{ACCOUNT_ID}:custom-model/{base_id}/{model_id}");
        job.extend(control::job_outcome(failure));
        job.insert(OWN_ARN.to_string(), json!(job_arn));
        job.insert("jobArn".to_string(), json!(job_arn));
        job.insert("outputModelName".to_string(), json!(model_name));
        job.insert("outputModelArn".to_string(), json!(model_arn));
        job.insert("baseModelArn".to_string(), json!(base_arn));
        job.insert("customizationType".to_string(), json!(kind.wire_name()));
        job.entry("hyperParameters").or_insert(json!({}));
        job.entry("validationDataConfig").or_insert(json!({"validators": []}));
        let mut model = Map::new();
        if let Some(key) = input.get("customModelKmsKeyId").and_then(Value::as_str) {
            let kms = control::kms_key_arn(key, &region);
            job.insert("outputModelKmsKeyArn".to_string(), json!(kms));
            model.insert("modelKmsKeyArn".to_string(), json!(kms));
        }
        for key in [
            "jobName",
            "baseModelArn",
            "customizationType",
            "hyperParameters",
            "trainingDataConfig",
            "validationDataConfig",
            "outputDataConfig",
        ] {
            if let Some(value) = job.get(key) {
                model.insert(key.to_string(), value.clone());
            }
        }
        model.insert("modelArn".to_string(), json!(model_arn));
        model.insert("modelName".to_string(), json!(model_name));
        model.insert("jobArn".to_string(), json!(job_arn));
        model.insert("foundationModelArn".to_string(), json!(base_arn));
        model.insert("baseModelName".to_string(), json!(base_name));
        model.insert("creationTime".to_string(), json!(clock::now_timestamp()));
        model.insert("ownerAccountId".to_string(), json!(ACCOUNT_ID));
        model.insert(MADE_BY.to_string(), json!(job_id));
        store::insert_resource(state, Service::Bedrock, MODEL, (&model_id, &model_arn, &model_name), model);
        control::add_tags(state, &model_arn, input.get("customModelTags"));
        Ok(())
    };
    store::create_with(call, JOB, Box::new(hook)).map(Answer::Document)
}

/// CreateCustomModel (a model imported from Amazon SageMaker AI artifacts): the conventions, with
/// the ARN of an imported custom model.
pub fn create_model(call: &Call) -> Result<Answer, ServiceError> {
    let region = call.region.clone();
    let hook = move |_: &mut PersistedState, model: &mut Map<String, Value>| {
        let arn =
            format!("arn:aws:bedrock:{region}:{ACCOUNT_ID}:custom-model/imported/{}", text(model, OWN_ID));
        model.insert(OWN_ARN.to_string(), json!(arn));
        model.insert("modelArn".to_string(), json!(arn));
        Ok(())
    };
    store::create_with(call, MODEL, Box::new(hook)).map(Answer::Document)
}

/// StopModelCustomizationJob: only an InProgress job stops (Stopping, then Stopped).
pub fn stop(call: &Call) -> Result<Answer, ServiceError> {
    let job = store::current(call, JOB)?;
    let status = text(&job, "status");
    if status != "InProgress" {
        return Err(ServiceError::validation(format!(
            "The job {} is {status} and cannot be stopped; only an InProgress job can be stopped.",
            text(&job, "jobName")
        )));
    }
    store::serve(call)
}

/// DeleteCustomModel: not while it is being created, nor while a provisioned throughput serves it.
pub fn delete(call: &Call) -> Result<Answer, ServiceError> {
    let model = store::current(call, MODEL)?;
    if text(&model, "modelStatus") == "Creating" {
        return Err(ServiceError::validation(format!(
            "The custom model {} is still being created and cannot be deleted.",
            text(&model, "modelName")
        )));
    }
    let arn = text(&model, "modelArn");
    let in_use = call.emulator.store.read(|state| {
        state
            .documents(&super::throughput::throughputs())
            .find(|(_, throughput)| {
                ["modelArn", "desiredModelArn"]
                    .iter()
                    .any(|key| throughput.get(*key).and_then(Value::as_str) == Some(arn))
            })
            .and_then(|(_, throughput)| throughput.get("provisionedModelName").and_then(Value::as_str))
            .map(str::to_string)
    });
    if let Some(throughput) = in_use {
        return Err(ServiceError::conflict(format!(
            "The custom model is in use by provisioned throughput {throughput}; delete it first."
        )));
    }
    store::serve(call)
}
