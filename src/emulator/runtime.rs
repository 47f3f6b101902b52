//! The runtime service (`bedrock-runtime`): InvokeModel, InvokeModelWithResponseStream, Converse
//! and ConverseStream, answering every model family in its own wire shape with deterministic
//! output (see `runtime/generation.rs` for the rules tests can rely on).

pub mod chunks;
pub mod citations;
pub mod conversation;
pub mod converse;
pub mod embeddings;
pub mod event_stream;
pub mod family;
pub mod generation;
pub mod guarded;
pub mod images;
pub mod prompts;
pub mod reasoning;
pub mod routers;
pub mod schema;
pub mod text_models;
pub mod video;

use axum::body::{Body, Bytes};
use axum::extract::{DefaultBodyLimit, Extension, Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::Response;
use serde_json::{Map, Value, json};

use super::errors::ServiceError;
use super::faults::FaultBudget;
use super::{Emulator, Shared};
use family::{Family, Output};
use text_models::{Mode, Outcome};

/// The largest request body the runtime accepts (images and documents travel inline).
pub const MAXIMUM_REQUEST_BYTES: usize = 32 * 1024 * 1024;

/// The body-size limit layer for the runtime routes.
pub fn body_limit() -> DefaultBodyLimit {
    DefaultBodyLimit::max(MAXIMUM_REQUEST_BYTES)
}

pub const INVALID_MODEL: &str = "The provided model identifier is invalid.";
pub const STREAMING_UNSUPPORTED: &str = "The model is unsupported for streaming.";

/// When the emulator received a request (set by the fault middleware, before any injected
/// latency), so that the latency it reports is the time it really took: a client's total,
/// which includes the model's latency, is never smaller.
#[derive(Debug, Clone, Copy)]
pub struct Arrival(pub std::time::Instant);

/// The invocation latency the emulator reports: the whole milliseconds since the request
/// arrived (injected latency included), at least 1 as from the service.
pub fn invocation_latency_ms(arrival: Option<Extension<Arrival>>) -> u64 {
    arrival.map(|Extension(Arrival(at))| at.elapsed().as_millis() as u64).unwrap_or(0).max(1)
}

/// What the runtime handlers answer: a response, or the service's error.
pub type Answer = Result<Response, ServiceError>;

/// A model identifier resolved to a catalog model.
#[derive(Debug, Clone)]
pub struct ResolvedModel {
    pub model_id: String,
    pub family: Family,
}

fn invalid_model() -> ServiceError {
    ServiceError::validation(INVALID_MODEL)
}

fn on_demand_unsupported(model_id: &str) -> ServiceError {
    ServiceError::validation(format!(
        "Invocation of model ID {model_id} with on-demand throughput isn\u{2019}t supported. Retry your request with the ID or ARN of an inference profile that contains this model."
    ))
}

/// The resource part of an ARN (`foundation-model/…`), if the identifier is an ARN.
fn arn_resource(identifier: &str) -> Option<&str> {
    let mut parts = identifier.splitn(6, ':');
    match (parts.next(), parts.next(), parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some("arn"), Some(_), Some("bedrock"), Some(_), Some(_), Some(resource)) => Some(resource),
        _ => None,
    }
}

/// Find the catalog model behind a model id, inference profile id, or ARN. Models invoked by
/// their own id must support on-demand throughput; profiles and provisioned or custom model ARNs
/// found in the emulator's state are resolved to their base model.
pub fn resolve_model(emulator: &Emulator, identifier: &str) -> Result<ResolvedModel, ServiceError> {
    resolve(emulator, identifier.trim(), 0, true)
}

fn resolve(
    emulator: &Emulator,
    identifier: &str,
    depth: usize,
    on_demand_only: bool,
) -> Result<ResolvedModel, ServiceError> {
    if depth > 3 || identifier.is_empty() {
        return Err(invalid_model());
    }
    let resolved = |model_id: &str| {
        Family::of(model_id)
            .map(|family| ResolvedModel { model_id: model_id.to_string(), family })
            .ok_or_else(invalid_model)
    };
    let direct = |model_id: &str| {
        let model = emulator.catalog.model(model_id).ok_or_else(invalid_model)?;
        let id = model.get("modelId").and_then(Value::as_str).unwrap_or(model_id);
        let on_demand = model
            .get("inferenceTypesSupported")
            .and_then(Value::as_array)
            .is_some_and(|types| types.iter().any(|kind| kind.as_str() == Some("ON_DEMAND")));
        if on_demand_only && !on_demand {
            return Err(on_demand_unsupported(id));
        }
        let video = model
            .get("outputModalities")
            .and_then(Value::as_array)
            .is_some_and(|modalities| modalities.iter().any(|modality| modality.as_str() == Some("VIDEO")));
        if video {
            // Video models (Nova Reel) run only asynchronously (behaviours/async_invoke.rs).
            return Err(ServiceError::validation(format!(
                "The model {id} does not support synchronous invocation: start an asynchronous invocation (StartAsyncInvoke) instead."
            )));
        }
        resolved(id)
    };
    if let Some(resource) = arn_resource(identifier) {
        if let Some(model_id) = resource.strip_prefix("foundation-model/") {
            return direct(model_id);
        }
        if let Some(profile_id) = resource.strip_prefix("inference-profile/") {
            let profile = emulator.catalog.profile(profile_id).ok_or_else(invalid_model)?;
            return resolved(profile.get("modelId").and_then(Value::as_str).unwrap_or_default());
        }
        return resolve_from_state(emulator, identifier, depth);
    }
    if let Some(profile) = emulator.catalog.profile(identifier) {
        return resolved(profile.get("modelId").and_then(Value::as_str).unwrap_or_default());
    }
    if emulator.catalog.model(identifier).is_some() {
        return direct(identifier);
    }
    resolve_from_state(emulator, identifier, depth)
}

/// Provisioned throughput, custom models and application profiles live in the emulator's state
/// as wire documents: find the document naming the identifier and follow its base model.
fn resolve_from_state(
    emulator: &Emulator,
    identifier: &str,
    depth: usize,
) -> Result<ResolvedModel, ServiceError> {
    let base = emulator.store.read(|state| {
        state.all_documents().find_map(|(_, document)| {
            let object = document.as_object()?;
            let names_it = object.values().any(|value| value.as_str() == Some(identifier));
            if !names_it {
                return None;
            }
            let candidates =
                ["foundationModelArn", "baseModelArn", "baseModelIdentifier", "modelArn", "modelId"];
            let own =
                |key: &&str| object.get(*key).and_then(Value::as_str).filter(|value| *value != identifier);
            candidates.iter().find_map(own).map(str::to_string).or_else(|| {
                object
                    .get("models")
                    .and_then(Value::as_array)
                    .and_then(|models| models.first())
                    .and_then(|model| model.get("modelArn"))
                    .and_then(Value::as_str)
                    .map(str::to_string)
            })
        })
    });
    match base {
        Some(base) => resolve(emulator, &base, depth + 1, false),
        None => Err(invalid_model()),
    }
}

fn json_response(document: &Value, extra_headers: Vec<(&'static str, String)>) -> Response {
    let mut response = Response::new(Body::from(serde_json::to_vec(document).unwrap_or_default()));
    *response.status_mut() = StatusCode::OK;
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    for (name, value) in extra_headers {
        if let Ok(value) = HeaderValue::from_str(&value) {
            headers.insert(name, value);
        }
    }
    response
}

/// Run one model invocation in whole or stream mode.
pub fn run_invocation(resolved: &ResolvedModel, body: &[u8], mode: Mode) -> Result<Outcome, ServiceError> {
    let output = resolved.family.output();
    if mode == Mode::Stream && !resolved.family.streams() {
        return Err(ServiceError::validation(STREAMING_UNSUPPORTED));
    }
    let body: Map<String, Value> = schema::parse_body(body)?;
    match output {
        Output::Text => text_models::invoke(resolved.family, &resolved.model_id, &body, mode),
        Output::Embedding => embeddings::invoke(resolved.family, &resolved.model_id, &body),
        Output::Image => images::invoke(resolved.family, &resolved.model_id, &body),
    }
}

/// Admit an invocation against its model's token quotas: its input tokens plus the output it
/// may produce (the body's max tokens) are reserved; images are not counted in tokens.
fn admit_invocation(
    emulator: &Emulator,
    resolved: &ResolvedModel,
    body: &[u8],
    outcome: &Outcome,
) -> Result<Option<super::quotas::Reservation>, ServiceError> {
    let max_tokens = match resolved.family.output() {
        Output::Image => return Ok(None),
        Output::Embedding => 0,
        Output::Text => match serde_json::from_slice::<Value>(body) {
            Ok(Value::Object(body)) => super::quotas::requested_max_tokens(&body),
            _ => super::quotas::DEFAULT_RESERVED_OUTPUT_TOKENS,
        },
    };
    let reservation = emulator.quotas.admit(
        &resolved.model_id,
        outcome.input_tokens + max_tokens,
        super::clock::now_millis(),
    )?;
    Ok(Some(reservation))
}

/// Admit a Converse request: its input tokens plus its `maxTokens` (or the default).
fn admit_conversation(
    emulator: &Emulator,
    model_id: &str,
    request: &converse::ConverseRequest,
    reply: &conversation::Reply,
) -> Result<super::quotas::Reservation, ServiceError> {
    let tokens = reply.usage.all_input_tokens() + request.conversation.limits.max_tokens;
    emulator.quotas.admit(model_id, tokens, super::clock::now_millis())
}

/// The performance latency the client asked for, echoed in the response.
fn performance_latency(headers: &HeaderMap) -> Option<String> {
    headers
        .get("x-amzn-bedrock-performanceconfig-latency")
        .and_then(|value| value.to_str().ok())
        .map(str::to_string)
}

/// The service tier the client asked for (`X-Amzn-Bedrock-Service-Tier`), checked against the
/// model's enum and echoed in the response.
fn service_tier(headers: &HeaderMap) -> Result<Option<String>, ServiceError> {
    let Some(tier) = headers.get("x-amzn-bedrock-service-tier").and_then(|value| value.to_str().ok()) else {
        return Ok(None);
    };
    if !converse::SERVICE_TIERS.contains(&tier) {
        return Err(ServiceError::constraint(
            tier,
            "serviceTier",
            &format!("Member must satisfy enum value set: [{}]", converse::SERVICE_TIERS.join(", ")),
        ));
    }
    Ok(Some(tier.to_string()))
}

/// POST /model/{modelId}/invoke
pub async fn invoke_model(
    State(emulator): State<Shared>,
    arrival: Option<Extension<Arrival>>,
    Path(model): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Answer {
    let resolved = resolve_model(&emulator, &model)?;
    let tier = service_tier(&headers)?;
    let mut outcome = run_invocation(&resolved, &body, Mode::Whole)?;
    let reservation = admit_invocation(&emulator, &resolved, &body, &outcome)?;
    guard_invocation(&emulator, &resolved, &headers, &body, std::slice::from_mut(&mut outcome.body))?;
    if let Some(reservation) = reservation {
        reservation.settle(outcome.input_tokens + outcome.output_tokens);
    }
    let mut extra = vec![("x-amzn-bedrock-invocation-latency", invocation_latency_ms(arrival).to_string())];
    if resolved.family.output() != Output::Image {
        extra.push(("x-amzn-bedrock-input-token-count", outcome.input_tokens.to_string()));
        extra.push(("x-amzn-bedrock-output-token-count", outcome.output_tokens.to_string()));
    }
    if let Some(latency) = performance_latency(&headers) {
        extra.push(("x-amzn-bedrock-performanceconfig-latency", latency));
    }
    if let Some(tier) = tier {
        extra.push(("x-amzn-bedrock-service-tier", tier));
    }
    Ok(json_response(&outcome.body, extra))
}

/// The metrics every stream's last chunk carries.
fn invocation_metrics(input_tokens: u64, output_tokens: u64, latency_ms: u64) -> Value {
    // The whole answer is ready before its first byte is sent.
    json!({
        "inputTokenCount": input_tokens,
        "outputTokenCount": output_tokens,
        "invocationLatency": latency_ms,
        "firstByteLatency": latency_ms,
    })
}

/// POST /model/{modelId}/invoke-with-response-stream
pub async fn invoke_model_with_response_stream(
    State(emulator): State<Shared>,
    arrival: Option<Extension<Arrival>>,
    budget: Option<Extension<FaultBudget>>,
    Path(model): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Answer {
    let resolved = resolve_model(&emulator, &model)?;
    let tier = service_tier(&headers)?;
    let mut outcome = run_invocation(&resolved, &body, Mode::Stream)?;
    let reservation = admit_invocation(&emulator, &resolved, &body, &outcome)?;
    if guarded::GuardrailRequest::from_headers(&headers)?.is_some() {
        // Guardrails read and rewrite the text of every chunk, as documents.
        let mut documents = outcome.chunks.documents();
        guard_invocation(&emulator, &resolved, &headers, &body, &mut documents)?;
        outcome.chunks = documents.into();
    }
    if let Some(Value::Object(last)) = outcome.chunks.last_mut() {
        last.insert(
            "amazon-bedrock-invocationMetrics".into(),
            invocation_metrics(outcome.input_tokens, outcome.output_tokens, invocation_latency_ms(arrival)),
        );
    }
    if let Some(reservation) = reservation {
        reservation.settle(outcome.input_tokens + outcome.output_tokens);
    }
    let frames = outcome.chunks.into_frames();
    let mut extra = vec![("x-amzn-bedrock-content-type", "application/json".to_string())];
    if let Some(latency) = performance_latency(&headers) {
        extra.push(("x-amzn-bedrock-performanceconfig-latency", latency));
    }
    if let Some(tier) = tier {
        extra.push(("x-amzn-bedrock-service-tier", tier));
    }
    let fault = emulator.faults.draw_stream(budget.map(|Extension(budget)| budget));
    Ok(event_stream::frames_response(frames, fault, event_stream::MODEL_STREAM_ERROR, &extra))
}

/// Resolve and check a model for the Converse API, and parse the request; the third part is the
/// model a prompt router chose, when `model` is a router.
fn converse_request(
    emulator: &Emulator,
    model: &str,
    body: &[u8],
    streaming: bool,
) -> Result<(ResolvedModel, converse::ConverseRequest, Option<String>), ServiceError> {
    let mut body = schema::parse_body(body)?;
    let prompt_model;
    let model = match prompts::from_prompt(emulator, model, &body)? {
        Some((model_id, prompted)) => {
            body = prompted;
            prompt_model = model_id;
            prompt_model.as_str()
        }
        None => model,
    };
    let routed = routers::route(emulator, model, &body)?;
    let model = routed.as_deref().unwrap_or(model);
    let resolved = resolve_model(emulator, model)?;
    if resolved.family.output() != Output::Text {
        return Err(ServiceError::validation(converse::UNSUPPORTED_MODEL));
    }
    if streaming && !resolved.family.streams() {
        return Err(ServiceError::validation(STREAMING_UNSUPPORTED));
    }
    let request = converse::parse_request(&body, resolved.family, &resolved.model_id)?;
    Ok((resolved, request, routed))
}

/// A Converse answer's trace: the guardrail's, and the model a prompt router chose.
fn converse_trace(guardrail: Option<Value>, routed: Option<String>) -> Option<Value> {
    let Some(model) = routed else { return guardrail };
    let mut trace = guardrail.unwrap_or_else(|| json!({}));
    trace["promptRouter"] = json!({"invokedModelId": model});
    Some(trace)
}

/// The model's reply to a Converse request, through its guardrail if it names one.
fn converse_reply(
    emulator: &Emulator,
    request: &converse::ConverseRequest,
) -> Result<(conversation::Reply, Option<Value>), ServiceError> {
    let (mut reply, trace) = match &request.guardrail {
        None => (request.conversation.respond("tooluse_"), None),
        Some(guard) => {
            let guarded = guarded::converse(emulator, guard, &request.conversation)?;
            (guarded.reply, guarded.trace)
        }
    };
    citations::cite_reply(request.citations.as_ref(), &mut reply);
    Ok((reply, trace))
}

/// The answer to a Converse request body for a resolved model, as a batch record of
/// `modelInvocationType` Converse gets it: the response document and its token counts.
pub fn converse_outcome(resolved: &ResolvedModel, body: &[u8]) -> Result<text_models::Outcome, ServiceError> {
    if resolved.family.output() != Output::Text {
        return Err(ServiceError::validation(converse::UNSUPPORTED_MODEL));
    }
    let body: Map<String, Value> = schema::parse_body(body)?;
    let request = converse::parse_request(&body, resolved.family, &resolved.model_id)?;
    let mut reply = request.conversation.respond("tooluse_");
    citations::cite_reply(request.citations.as_ref(), &mut reply);
    let mut document = converse::response_document(&reply, 0, request.performance_latency.as_deref(), None);
    converse::finish_document(&mut document, &request);
    Ok(text_models::Outcome {
        body: document,
        chunks: Default::default(),
        input_tokens: reply.usage.all_input_tokens(),
        output_tokens: reply.usage.output_tokens,
    })
}

/// The input tokens a Converse request would be charged (CountTokens), the count its answer's
/// usage reports.
pub fn converse_input_tokens(emulator: &Emulator, model: &str, body: &[u8]) -> Result<u64, ServiceError> {
    let (_, request, _) = converse_request(emulator, model, body, false)?;
    Ok(request.conversation.respond("tooluse_").usage.all_input_tokens())
}

/// The input tokens an InvokeModel body would be charged (CountTokens).
pub fn invoke_input_tokens(emulator: &Emulator, model: &str, body: &[u8]) -> Result<u64, ServiceError> {
    let resolved = resolve_model(emulator, model)?;
    if resolved.family.output() != Output::Text {
        return Err(ServiceError::validation("The provided model doesn't support counting tokens."));
    }
    Ok(run_invocation(&resolved, body, Mode::Whole)?.input_tokens)
}

/// Apply the guardrail an InvokeModel request names (text models only) to the response body or
/// chunks.
fn guard_invocation(
    emulator: &Shared,
    resolved: &ResolvedModel,
    headers: &HeaderMap,
    body: &[u8],
    documents: &mut [Value],
) -> Result<(), ServiceError> {
    let Some(guard) = guarded::GuardrailRequest::from_headers(headers)? else {
        return Ok(());
    };
    if resolved.family.output() != Output::Text {
        return Ok(());
    }
    let request: Value = serde_json::from_slice(body).unwrap_or(Value::Null);
    guarded::invocation(emulator, &guard, &request, documents)
}

/// POST /model/{modelId}/converse
pub async fn converse(
    State(emulator): State<Shared>,
    arrival: Option<Extension<Arrival>>,
    Path(model): Path<String>,
    body: Bytes,
) -> Answer {
    let (resolved, request, routed) = converse_request(&emulator, &model, &body, false)?;
    let (reply, trace) = converse_reply(&emulator, &request)?;
    admit_conversation(&emulator, &resolved.model_id, &request, &reply)?.settle(reply.usage.total_tokens());
    let trace = converse_trace(trace, routed);
    let latency = invocation_latency_ms(arrival);
    let mut document =
        converse::response_document(&reply, latency, request.performance_latency.as_deref(), trace.as_ref());
    converse::finish_document(&mut document, &request);
    Ok(json_response(&document, Vec::new()))
}

/// POST /model/{modelId}/converse-stream
pub async fn converse_stream(
    State(emulator): State<Shared>,
    arrival: Option<Extension<Arrival>>,
    budget: Option<Extension<FaultBudget>>,
    Path(model): Path<String>,
    body: Bytes,
) -> Answer {
    let (resolved, request, routed) = converse_request(&emulator, &model, &body, true)?;
    let (reply, trace) = converse_reply(&emulator, &request)?;
    admit_conversation(&emulator, &resolved.model_id, &request, &reply)?.settle(reply.usage.total_tokens());
    let trace = converse_trace(trace, routed);
    let latency = invocation_latency_ms(arrival);
    let mut events =
        converse::stream_events(&reply, latency, request.performance_latency.as_deref(), trace.as_ref());
    converse::finish_events(&mut events, &request);
    let fault = emulator.faults.draw_stream(budget.map(|Extension(budget)| budget));
    Ok(event_stream::frames_response(
        event_stream::Events(events.into_iter()),
        fault,
        event_stream::MODEL_STREAM_ERROR,
        &[],
    ))
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::emulator::Emulator;

    fn emulator() -> Shared {
        Arc::new(Emulator::new(&crate::emulator::Options::default()).unwrap())
    }

    #[test]
    fn identifiers_resolve_through_profiles_and_arns() {
        let emulator = emulator();
        let resolved = resolve_model(&emulator, "us.anthropic.claude-3-haiku-20240307-v1:0").unwrap();
        assert_eq!(resolved.model_id, "anthropic.claude-3-haiku-20240307-v1:0");
        assert_eq!(resolved.family, Family::ClaudeMessages);
        let resolved = resolve_model(
            &emulator,
            "arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-text-express-v1",
        )
        .unwrap();
        assert_eq!(resolved.family, Family::TitanText);
        let resolved = resolve_model(
            &emulator,
            "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-sonnet-4-20250514-v1:0",
        )
        .unwrap();
        assert_eq!(resolved.model_id, "anthropic.claude-sonnet-4-20250514-v1:0");
        assert_eq!(resolve_model(&emulator, "acme.nothing-v1").unwrap_err().message, INVALID_MODEL);
        let error = resolve_model(&emulator, "anthropic.claude-sonnet-4-20250514-v1:0").unwrap_err();
        assert_eq!(
            error.message,
            "Invocation of model ID anthropic.claude-sonnet-4-20250514-v1:0 with on-demand throughput isn\u{2019}t supported. Retry your request with the ID or ARN of an inference profile that contains this model."
        );
        for id in [
            "anthropic.claude-sonnet-4-5-20250929-v1:0",
            "anthropic.claude-haiku-4-5-20251001-v1:0",
            "anthropic.claude-opus-4-1-20250805-v1:0",
            "meta.llama4-scout-17b-instruct-v1:0",
            "meta.llama4-maverick-17b-instruct-v1:0",
        ] {
            let error = resolve_model(&emulator, id).unwrap_err();
            assert!(
                error.message.starts_with(&format!("Invocation of model ID {id} with on-demand")),
                "{id}"
            );
            let profile = resolve_model(&emulator, &format!("us.{id}")).unwrap();
            assert_eq!(profile.model_id, id);
        }
        let global = resolve_model(&emulator, "global.anthropic.claude-haiku-4-5-20251001-v1:0").unwrap();
        assert_eq!(global.family, Family::ClaudeMessages);
    }

    #[test]
    fn provisioned_models_in_state_resolve_to_their_base_model() {
        let emulator = emulator();
        let arn = "arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abc123";
        emulator
            .store
            .update(|state| {
                state.insert("provisioned-model-throughputs", "abc123", json!({
                        "provisionedModelArn": arn,
                        "foundationModelArn": "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-v2:0:100k",
                    }),
                );
            })
            .unwrap();
        let resolved = resolve_model(&emulator, arn).unwrap();
        assert_eq!(resolved.model_id, "anthropic.claude-v2:0:100k");
        assert_eq!(resolved.family, Family::ClaudeText);
    }

    #[test]
    fn streaming_and_converse_refuse_unsuitable_models() {
        let emulator = emulator();
        let resolved = resolve_model(&emulator, "ai21.j2-mid-v1").unwrap();
        let error = run_invocation(&resolved, b"{\"prompt\": \"x\"}", Mode::Stream).unwrap_err();
        assert_eq!(error.message, STREAMING_UNSUPPORTED);
        let embedding = resolve_model(&emulator, "amazon.titan-embed-text-v2:0").unwrap();
        assert!(run_invocation(&embedding, b"{\"inputText\": \"x\"}", Mode::Stream).is_err());
        let body = br#"{"messages": [{"role": "user", "content": [{"text": "hi"}]}]}"#;
        let error = converse_request(&emulator, "amazon.titan-embed-text-v2:0", body, false).unwrap_err();
        assert_eq!(error.message, converse::UNSUPPORTED_MODEL);
        let error = run_invocation(&resolved, b"not json", Mode::Whole).unwrap_err();
        assert!(error.message.starts_with("Malformed input request: "));
    }

    #[tokio::test]
    async fn invoke_responses_carry_token_headers() {
        let emulator = emulator();
        let body = Bytes::from_static(br#"{"inputText": "Tell me about rivers"}"#);
        let response = invoke_model(
            State(emulator),
            None,
            Path("amazon.titan-text-express-v1".to_string()),
            HeaderMap::new(),
            body,
        )
        .await
        .unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        let headers = response.headers();
        assert_eq!(headers["content-type"], "application/json");
        assert_eq!(headers["x-amzn-bedrock-input-token-count"], "4");
        let output: u64 = headers["x-amzn-bedrock-output-token-count"].to_str().unwrap().parse().unwrap();
        assert!(output >= 14);
        assert!(headers.contains_key("x-amzn-bedrock-invocation-latency"));
    }
}
