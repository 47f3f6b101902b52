//! Operations served by the model-driven path whose answers need real behaviour rather than the
//! generic store's conventions (token counts, reranking, flows, async invocations, …): one entry
//! per operation, each working on the input document and answering an output document (or a
//! whole response, for event streams). Behaviours of resources the store keeps (the control
//! plane's jobs and models) add their checks and computed members on top of its conventions,
//! and one view per noun computes what the service shows of a stored document (`view`).

pub mod agents;
pub mod async_invoke;
pub mod customization;
pub mod flows;
pub mod imports;
pub mod jobs;
pub mod models;
pub mod profiles;
pub mod retrieval;
pub mod runtime;
pub mod sessions;
pub mod throughput;

use axum::response::Response;
use serde_json::{Map, Value};

use super::errors::ServiceError;
use super::store::{Call, View};
use crate::api::model::Service;

/// A string member of a stored document ("" when absent).
pub fn text<'a>(document: &'a Map<String, Value>, key: &str) -> &'a str {
    document.get(key).and_then(Value::as_str).unwrap_or("")
}

/// What a behaviour answers.
pub enum Answer {
    /// An output document, written by the operation's output shape.
    Document(Value),
    /// A response made by the behaviour itself (an event stream).
    Response(Response),
}

impl From<Value> for Answer {
    fn from(document: Value) -> Self {
        Answer::Document(document)
    }
}

/// The behaviour of an operation, if it has one; `None` leaves it to the generic store.
///
/// One arm per operation (`(Service, "OperationName") => module::function(call)`), each in the
/// module of its area (one file per area under `src/emulator/behaviours/`).
pub async fn serve(call: &Call<'_>) -> Option<Result<Answer, ServiceError>> {
    Some(match (call.service, call.operation.name.as_str()) {
        (Service::Bedrock, "GetFoundationModelAvailability") => models::availability(call),
        (Service::BedrockRuntime, "CountTokens") => runtime::count_tokens(call),
        (Service::BedrockRuntime, "StartAsyncInvoke") => async_invoke::start(call),
        (Service::BedrockRuntime, "GetAsyncInvoke") => async_invoke::get(call),
        (Service::BedrockRuntime, "ListAsyncInvokes") => async_invoke::list(call),
        (Service::Bedrock, "CreateInferenceProfile") => profiles::create(call),
        (Service::BedrockAgentRuntime, "Rerank") => retrieval::rerank(call),
        (Service::BedrockAgentRuntime, "RetrieveAndGenerateStream") => {
            retrieval::retrieve_and_generate_stream(call)
        }
        (Service::Bedrock, "CreateModelCopyJob") => models::copy_model(call),
        (Service::Bedrock, "CreateModelImportJob") => imports::create(call),
        (Service::Bedrock, "CreateModelCustomizationJob") => customization::create(call),
        (Service::Bedrock, "StopModelCustomizationJob") => customization::stop(call),
        (Service::Bedrock, "DeleteCustomModel") => customization::delete(call),
        (Service::Bedrock, "CreateCustomModel") => customization::create_model(call),
        (Service::Bedrock, "CreateModelInvocationJob") => jobs::create_batch(call),
        (Service::Bedrock, "GetModelInvocationJob" | "ListModelInvocationJobs") => {
            jobs::read_batch(call).await
        }
        (Service::Bedrock, "StopModelInvocationJob") => jobs::stop_batch(call),
        (Service::Bedrock, "CreateEvaluationJob") => jobs::create_evaluation(call),
        (Service::Bedrock, "StopEvaluationJob") => jobs::stop_evaluation(call),
        (Service::Bedrock, "CreateProvisionedModelThroughput") => throughput::create(call),
        (Service::Bedrock, "UpdateProvisionedModelThroughput") => throughput::update(call),
        (Service::Bedrock, "DeleteProvisionedModelThroughput") => throughput::delete(call),
        (Service::BedrockAgent, "ValidateFlowDefinition") => flows::validate_definition(call),
        (Service::BedrockAgent, "PrepareFlow") => flows::prepare(call),
        (Service::BedrockAgent, "UpdateFlow") => flows::update(call),
        (Service::BedrockAgent, "CreateFlowVersion") => flows::create_version(call),
        (Service::BedrockAgent, "CreateFlowAlias") => flows::create_alias(call),
        (Service::BedrockAgentRuntime, "InvokeFlow") => flows::invoke(call),
        (Service::BedrockAgent, "CreateAgentActionGroup") => agents::create_action_group(call),
        (Service::BedrockAgent, "UpdateAgentActionGroup") => agents::update_action_group(call),
        (Service::BedrockAgent, "DeleteAgentActionGroup") => agents::delete_action_group(call),
        (Service::BedrockAgentRuntime, "InvokeInlineAgent") => {
            crate::emulator::agent::invoke::invoke_inline(call)
        }
        (Service::BedrockAgentRuntime, "CreateInvocation" | "PutInvocationStep") => {
            sessions::add_to_session(call)
        }
        _ => return None,
    })
}

/// The view of a resource noun the generic store keeps, if its behaviour computes members when
/// it is shown (`store::View`): applied by Get, List and every answer rendered from the document.
pub fn view(service: Service, noun: &str) -> Option<View> {
    Some(match (service, noun) {
        (Service::Bedrock, throughput::NOUN) => throughput::view,
        (Service::Bedrock, imports::JOB) => imports::job_view,
        (Service::Bedrock, imports::MODEL) => imports::model_view,
        (Service::Bedrock, customization::JOB) => customization::job_view,
        (Service::Bedrock, customization::MODEL) => customization::model_view,
        (Service::Bedrock, jobs::BATCH) => jobs::batch_view,
        (Service::Bedrock, jobs::EVALUATION) => jobs::evaluation_view,
        _ => return None,
    })
}
