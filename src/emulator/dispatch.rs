//! The emulator's answer to every operation no hand-written route serves: the request is matched
//! to its operation in the models (`operations`), read into the input document (`wire`), checked
//! against the input shape, served by a specialised behaviour where one exists and otherwise by
//! the generic resource store (`store`), and written back by the output shape. A request that is
//! no operation of the four services gets `UnknownOperationException`, never a bare 404 or 405.
//! Errors of every route get the HTTP status their model declares (`fidelity`).

use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::errors::ServiceError;
use super::store::{Call, serve as serve_generic};
use super::{Shared, operations, request_region, wire};

/// The largest request body the generic operations read (the service's own limits are lower).
pub const BODY_LIMIT: usize = 64 * 1024 * 1024;

/// The event a generic event stream carries: the stream's first event that is not an exception,
/// with the members its shape requires.
fn synthesized_events(
    model: &crate::api::model::ServiceModel,
    stream: &crate::api::model::Shape,
) -> Vec<serde_json::Value> {
    let now = super::clock::now_timestamp();
    stream
        .members
        .iter()
        .find_map(|(name, member)| {
            let shape = model.shape(&member.shape).filter(|shape| !shape.exception)?;
            let body = super::synthesize::value_for(model, shape, &now, 0);
            Some(serde_json::json!({ name.as_str(): body }))
        })
        .into_iter()
        .collect()
}

/// Serve any operation of the models.
pub async fn serve(State(emulator): State<Shared>, request: Request) -> Response {
    match answer(&emulator, request).await {
        Ok(response) => response,
        Err(error) => error.into_response(),
    }
}

async fn answer(emulator: &Shared, request: Request) -> Result<Response, ServiceError> {
    let (parts, body) = request.into_parts();
    let body = axum::body::to_bytes(body, BODY_LIMIT)
        .await
        .map_err(|_| ServiceError::validation("The request body is too large or was cut off."))?;
    let path = parts.uri.path().to_string();
    let Some(found) = operations::find(parts.method.as_str(), &path, &body) else {
        return Err(ServiceError::new(
            StatusCode::NOT_FOUND,
            "UnknownOperationException",
            format!("The bedrock emulator does not serve {} {path}", parts.method),
        ));
    };
    let model = found.service.model();
    let budget = parts.extensions.get::<super::faults::FaultBudget>().copied();
    let input = wire::read_input(
        model,
        found.operation,
        &found.labels,
        parts.uri.query().unwrap_or(""),
        &parts.headers,
        &body,
    )?;
    super::input_check::check(model, found.operation, &input)?;
    let call = Call {
        emulator,
        service: found.service,
        operation: found.operation,
        input,
        region: request_region(&parts.headers),
        budget,
    };
    let document = match super::behaviours::serve(&call).await {
        Some(answer) => answer?,
        None => serve_generic(&call)?,
    };
    match document {
        super::behaviours::Answer::Document(document) => {
            match crate::api::response::event_stream_member(model, found.operation) {
                // An event stream no behaviour writes: its first event, made from the event's shape.
                Some((_, stream)) => {
                    let events = synthesized_events(model, stream);
                    let fault = emulator.faults.draw_stream(call.budget);
                    wire::write_events(model, found.operation, &document, events, fault)
                }
                None => wire::write_output(model, found.operation, &document),
            }
        }
        super::behaviours::Answer::Response(response) => Ok(response),
    }
}

/// Give every error the status its operation's model declares; an error code the operation
/// does not declare becomes the declared error closest to it (ValidationException for bad
/// input, InternalServerException otherwise), keeping the message.
pub async fn fidelity(request: Request, next: Next) -> Response {
    let method = request.method().as_str().to_string();
    let path = request.uri().path().to_string();
    let mut response = next.run(request).await;
    if response.status().is_success() {
        return response;
    }
    let Some(code) =
        response.headers().get("x-amzn-errortype").and_then(|value| value.to_str().ok()).map(str::to_string)
    else {
        return response;
    };
    let Some(found) = operations::find_all(&method, &path).into_iter().next() else { return response };
    let model = found.service.model();
    if let Some(status) = wire::declared_status(model, found.operation, &code) {
        *response.status_mut() = status;
        return response;
    }
    let replacement =
        if response.status().is_client_error() { "ValidationException" } else { "InternalServerException" };
    if let Some(status) = wire::declared_status(model, found.operation, replacement) {
        *response.status_mut() = status;
        if let Ok(value) = HeaderValue::from_str(replacement) {
            response.headers_mut().insert("x-amzn-errortype", value);
        }
    }
    response
}
