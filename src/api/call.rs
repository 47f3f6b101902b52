//! One call of a model operation by name, for the commands built on the model-driven core: the
//! input document in, the output document out (the same JSON `bedrock api` prints), with a
//! paging variant that merges every page by the operation's paginator and honours `--max-items`,
//! `--page-size`, `--starting-token` and `--no-paginate`.

use serde_json::{Map, Value};

use super::model::{Operation, Service, ServiceModel};
use super::request;
use super::response::{self, Response};
use super::send::{Answer, Sender};
use crate::context::Ctx;
use crate::error::{Failure, Result};

/// An operation of a service's model by its model name.
pub fn operation(service: Service, name: &str) -> Result<(&'static ServiceModel, &'static Operation)> {
    let model = service.model();
    let operation = model.operation(name).ok_or_else(|| {
        Failure::other("model", format!("the {} model has no operation {name}", service.name()))
    })?;
    Ok((model, operation))
}

/// The complete response of an answer that is not a stream.
pub fn complete(answer: Answer) -> Result<Response> {
    match answer {
        Answer::Complete(response) => Ok(response),
        Answer::Streaming { .. } => Err(Failure::other("invalid-response", "an answer arrived as a stream")),
    }
}

/// Send an operation once and read its output document.
pub async fn call(ctx: &Ctx, service: Service, name: &str, input: Map<String, Value>) -> Result<Value> {
    let (model, operation) = operation(service, name)?;
    let sender = Sender::new(ctx, service, operation, false).await?;
    let parts = request::build(model, operation, &input)?;
    let response = complete(sender.send(parts).await?)?;
    response::check_body(model, operation, &response)?;
    Ok(response::output_document(model, operation, &response))
}

/// Send an operation whose output is an event stream: the output document of the response's
/// headers, and a reader of its events.
pub async fn stream(
    ctx: &Ctx,
    service: Service,
    name: &str,
    input: Map<String, Value>,
) -> Result<(Value, super::events::EventReader)> {
    let (model, operation) = operation(service, name)?;
    let Some((_, stream)) = response::event_stream_member(model, operation) else {
        return Err(Failure::other("model", format!("{name} answers no event stream")));
    };
    let sender = Sender::new(ctx, service, operation, true).await?;
    let parts = request::build(model, operation, &input)?;
    match sender.send(parts).await? {
        Answer::Streaming { status, headers, body } => {
            response::check_event_stream(&headers)?;
            let head =
                response::output_document(model, operation, &Response { status, headers, body: Vec::new() });
            Ok((head, super::events::EventReader::new(model, stream, body)))
        }
        Answer::Complete(response) => {
            response::check_body(model, operation, &response)?;
            Err(Failure::other("invalid-response", format!("{name} answered without an event stream")))
        }
    }
}

/// Send a paginated operation page after page and merge the pages (the paginator's result list
/// concatenated; a `nextToken` only when `--max-items` cut the list).
pub async fn call_paged(ctx: &Ctx, service: Service, name: &str, input: Map<String, Value>) -> Result<Value> {
    let (model, operation) = operation(service, name)?;
    let Some(paginator) = model.paginator(name) else {
        return call(ctx, service, name, input).await;
    };
    let sender = Sender::new(ctx, service, operation, false).await?;
    pages(ctx, model, operation, paginator, &sender, input).await
}

/// Merge the pages of an operation with `sender`.
pub async fn pages(
    ctx: &Ctx,
    model: &'static ServiceModel,
    operation: &'static Operation,
    paginator: &super::model::Paginator,
    sender: &Sender,
    input: Map<String, Value>,
) -> Result<Value> {
    let list_key = paginator.result_key.first().cloned().unwrap_or_default();
    let input_token = paginator.input_token.first().cloned().unwrap_or_else(|| "nextToken".to_string());
    let output_token = paginator.output_token.first().cloned().unwrap_or_else(|| "nextToken".to_string());
    let limit_key = paginator.limit_key.clone();
    // As the AWS CLI merges pages: a result key no page carried stays absent.
    let seen = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let merged =
        crate::aws::paginate::collect_documents(ctx, &list_key, &output_token, |token, page_size| {
            let mut page_input = input.clone();
            if let Some(token) = token {
                page_input.insert(input_token.clone(), Value::String(token));
            }
            if let (Some(limit_key), Some(size)) = (&limit_key, page_size) {
                page_input.insert(limit_key.clone(), Value::from(size));
            }
            let output_token = output_token.clone();
            let (seen, list_key) = (seen.clone(), list_key.clone());
            async move {
                let parts = request::build(model, operation, &page_input)?;
                let response = complete(sender.send(parts).await?)?;
                response::check_body(model, operation, &response)?;
                let page = response::output_document(model, operation, &response);
                if page.get(&list_key).is_some() {
                    seen.store(true, std::sync::atomic::Ordering::Relaxed);
                }
                let next = page.get(&output_token).and_then(Value::as_str).map(str::to_string);
                Ok((page, next))
            }
        })
        .await?;
    let Value::Object(mut document) = merged else { return Ok(merged) };
    if !seen.load(std::sync::atomic::Ordering::Relaxed) {
        document.remove(&list_key);
    }
    Ok(Value::Object(document))
}
