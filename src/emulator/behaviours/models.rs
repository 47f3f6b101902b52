//! Foundation-model operations beyond the catalog's list and get: a model's availability to the
//! account (agreements, entitlement, region), read from the catalog.

use serde_json::{Value, json};

use super::Answer;
use crate::emulator::errors::ServiceError;
use crate::emulator::store::Call;

/// GetFoundationModelAvailability: every catalog model is available and authorised; a model the
/// catalog does not have is not found.
pub fn availability(call: &Call) -> Result<Answer, ServiceError> {
    let model_id = call.input.get("modelId").and_then(Value::as_str).unwrap_or_default();
    let id = model_id.rsplit_once("foundation-model/").map(|(_, id)| id).unwrap_or(model_id);
    if call.emulator.catalog.model(id).is_none() {
        return Err(ServiceError::not_found(format!("Could not find model {model_id}.")));
    }
    Ok(Answer::Document(json!({
        "modelId": model_id,
        "agreementAvailability": {"status": "AVAILABLE"},
        "authorizationStatus": "AUTHORIZED",
        "entitlementAvailability": "AVAILABLE",
        "regionAvailability": "AVAILABLE",
    })))
}

/// CreateModelCopyJob: a custom model the emulator knows is copied into the call's region — the
/// job is the generic store's (InProgress → Completed on the emulator's clock), and the copy is a
/// custom model of its own, under the target name, with the source's base model and
/// customization, listed and usable at once. A source the emulator does not know is not found.
pub fn copy_model(call: &Call) -> Result<Answer, ServiceError> {
    use crate::emulator::{ACCOUNT_ID, control};
    let models = crate::emulator::store::collection(call.service, super::customization::MODEL);
    let source_arn = call.input.get("sourceModelArn").and_then(Value::as_str).unwrap_or_default().to_string();
    let target_name =
        call.input.get("targetModelName").and_then(Value::as_str).unwrap_or_default().to_string();
    let source = call
        .emulator
        .store
        .read(|state| super::customization::custom_model(call.emulator, state, &source_arn))
        .filter(|model| model.arn == source_arn)
        .map(|model| model.document)
        .ok_or_else(|| ServiceError::not_found(format!("The model {source_arn} was not found.")))?;
    let taken = call.emulator.store.read(|state| {
        state
            .documents(&models)
            .any(|(_, model)| model.get("modelName").and_then(Value::as_str) == Some(&target_name))
    });
    if taken {
        return Err(ServiceError::validation(format!(
            "A custom model with the name {target_name} already exists."
        )));
    }
    let answer = crate::emulator::store::serve(call)?;
    let Answer::Document(created) = answer else { return Err(ServiceError::internal()) };
    let job_arn = created.get("jobArn").and_then(Value::as_str).unwrap_or_default().to_string();
    // arn:aws:bedrock:REGION:ACCOUNT:custom-model/BASE/ID
    let source_account =
        source_arn.split(':').nth(4).filter(|account| !account.is_empty()).unwrap_or(ACCOUNT_ID);
    let base = source_arn
        .split_once(":custom-model/")
        .and_then(|(_, rest)| rest.rsplit_once('/'))
        .map(|(base, _)| base);
    let region = call.region.clone();
    let jobs = crate::emulator::store::collection(call.service, "ModelCopyJob");
    let stored = call.emulator.store.update(|state| {
        let model_id = control::new_id(state, &models);
        let target_arn = match base {
            Some(base) => format!("arn:aws:bedrock:{region}:{ACCOUNT_ID}:custom-model/{base}/{model_id}"),
            None => format!("arn:aws:bedrock:{region}:{ACCOUNT_ID}:custom-model/{model_id}"),
        };
        let mut model = source.clone();
        model.retain(|key, _| !key.starts_with('_'));
        model.insert("modelArn".into(), json!(target_arn));
        model.insert("modelName".into(), json!(target_name));
        model.insert("creationTime".into(), json!(crate::emulator::clock::now_timestamp()));
        model.insert("ownerAccountId".into(), json!(ACCOUNT_ID));
        crate::emulator::store::insert_resource(
            state,
            call.service,
            super::customization::MODEL,
            (&model_id, &target_arn, &target_name),
            model,
        );
        let key = state
            .documents(&jobs)
            .find(|(_, job)| job.get("jobArn").and_then(Value::as_str) == Some(job_arn.as_str()))
            .map(|(key, _)| key.clone());
        if let Some(job) = key.and_then(|key| state.document_mut(&jobs, &key)).and_then(Value::as_object_mut)
        {
            job.insert("targetModelArn".into(), json!(target_arn));
            job.insert("sourceAccountId".into(), json!(source_account));
        }
    });
    stored.map_err(|_| ServiceError::internal())?;
    Ok(Answer::Document(created))
}
