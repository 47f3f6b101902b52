//! The REST-JSON wire protocol from the emulator's side, driven by the models: a request read
//! into the operation's input document (labels, query string, headers, payload or body, under
//! the members' model names and types) and an output document written as the response (status
//! code, header members, payload or JSON body), the inverse of `src/api/request.rs` and
//! `src/api/response.rs`, which the CLI uses. Errors carry the status their shape declares.

use axum::body::Body;
use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode};
use axum::response::Response;
use serde_json::{Map, Value};

use super::errors::ServiceError;
use crate::api::model::{Kind, Member, Operation, ServiceModel, Shape};
use crate::api::response::read_value;

/// The input document of a request.
pub fn read_input(
    model: &ServiceModel,
    operation: &Operation,
    labels: &[(String, String)],
    query: &str,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<Map<String, Value>, ServiceError> {
    let mut input = Map::new();
    let Some(shape) = operation.input.as_ref().and_then(|reference| model.shape(&reference.shape)) else {
        return Ok(input);
    };
    let pairs: Vec<(String, String)> = query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode_query(key), decode_query(value))
        })
        .collect();
    let mut claimed_query_keys: Vec<String> = Vec::new();
    for (name, member) in &shape.members {
        let Some(member_shape) = model.shape(&member.shape) else { continue };
        let wire = member.wire_name(name);
        match member.location.as_deref() {
            Some("uri") => {
                if let Some((_, value)) = labels.iter().find(|(label, _)| label == wire) {
                    input.insert(name.clone(), typed(model, member_shape, value, name)?);
                }
            }
            Some("querystring") if member_shape.kind == Kind::Map => {}
            Some("querystring") => {
                let values: Vec<&String> =
                    pairs.iter().filter(|(key, _)| key == wire).map(|(_, value)| value).collect();
                claimed_query_keys.push(wire.to_string());
                if values.is_empty() {
                    continue;
                }
                let value = if member_shape.kind == Kind::List {
                    let element =
                        member_shape.member.as_ref().and_then(|element| model.shape(&element.shape));
                    Value::Array(
                        values
                            .iter()
                            .map(|value| match element {
                                Some(element) => typed(model, element, value, name),
                                None => Ok(Value::String((*value).clone())),
                            })
                            .collect::<Result<_, _>>()?,
                    )
                } else {
                    typed(model, member_shape, values[0], name)?
                };
                input.insert(name.clone(), value);
            }
            Some("header") => {
                if let Some(text) = headers.get(wire).and_then(|value| value.to_str().ok()) {
                    let value = if member.jsonvalue {
                        aws_smithy_types::base64::decode(text)
                            .ok()
                            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
                            .ok_or_else(|| {
                                ServiceError::validation(format!(
                                    "The {wire} header is not base64-encoded JSON."
                                ))
                            })?
                    } else if member_shape.kind == Kind::List {
                        Value::Array(
                            text.split(',').map(|item| Value::String(item.trim().to_string())).collect(),
                        )
                    } else {
                        typed(model, member_shape, text, name)?
                    };
                    input.insert(name.clone(), value);
                }
            }
            Some("headers") => {
                let prefix = wire.to_ascii_lowercase();
                let entries: Map<String, Value> = headers
                    .iter()
                    .filter_map(|(key, value)| {
                        let rest = key.as_str().strip_prefix(&prefix)?;
                        Some((rest.to_string(), Value::String(value.to_str().ok()?.to_string())))
                    })
                    .collect();
                if !entries.is_empty() {
                    input.insert(name.clone(), Value::Object(entries));
                }
            }
            _ => {}
        }
    }
    // A map bound to the query string takes the pairs no other member claims.
    if let Some((name, _)) = shape.members.iter().find(|(_, member)| {
        member.location.as_deref() == Some("querystring")
            && model.shape(&member.shape).is_some_and(|shape| shape.kind == Kind::Map)
    }) {
        let entries: Map<String, Value> = pairs
            .iter()
            .filter(|(key, _)| !claimed_query_keys.contains(key))
            .map(|(key, value)| (key.clone(), Value::String(value.clone())))
            .collect();
        if !entries.is_empty() {
            input.insert(name.clone(), Value::Object(entries));
        }
    }
    match shape.payload.as_deref().and_then(|payload| shape.members.get_key_value(payload)) {
        Some((name, member)) => {
            let Some(payload_shape) = model.shape(&member.shape) else { return Ok(input) };
            match payload_shape.kind {
                Kind::Blob => {
                    input.insert(name.clone(), Value::String(aws_smithy_types::base64::encode(body)));
                }
                Kind::String => {
                    input.insert(name.clone(), Value::String(String::from_utf8_lossy(body).into_owned()));
                }
                _ if body.iter().all(u8::is_ascii_whitespace) => {}
                _ => {
                    let parsed = parse_json(body)?;
                    input.insert(name.clone(), read_value(model, payload_shape, parsed));
                }
            }
        }
        None => {
            if !body.iter().all(u8::is_ascii_whitespace) {
                match read_value(model, shape, parse_json(body)?) {
                    Value::Object(members) => {
                        for (name, value) in members {
                            // Members bound elsewhere are read from there, not from the body.
                            let bound =
                                shape.members.get(&name).is_some_and(|member| member.location.is_some());
                            if !bound {
                                input.insert(name, value);
                            }
                        }
                    }
                    _ => return Err(ServiceError::validation("The request body must be a JSON object.")),
                }
            }
        }
    }
    Ok(input)
}

fn parse_json(body: &[u8]) -> Result<Value, ServiceError> {
    serde_json::from_slice(body)
        .map_err(|error| ServiceError::validation(format!("The request body is not valid JSON: {error}")))
}

fn decode_query(text: &str) -> String {
    super::operations::percent_decode(&text.replace('+', " "))
}

/// A label, query or header text as the member's type.
fn typed(model: &ServiceModel, shape: &Shape, text: &str, name: &str) -> Result<Value, ServiceError> {
    let _ = model;
    let not_a = |what: &str| {
        ServiceError::validation(format!(
            "1 validation error detected: Value '{text}' at '{name}' failed to satisfy constraint: Member must be {what}"
        ))
    };
    Ok(match shape.kind {
        Kind::Integer | Kind::Long => {
            Value::from(text.trim().parse::<i64>().map_err(|_| not_a("an integer"))?)
        }
        Kind::Float | Kind::Double => text
            .trim()
            .parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64)
            .map(Value::Number)
            .ok_or_else(|| not_a("a number"))?,
        Kind::Boolean => match text.trim() {
            "true" => Value::Bool(true),
            "false" => Value::Bool(false),
            _ => return Err(not_a("a boolean")),
        },
        _ => Value::String(text.to_string()),
    })
}

/// The HTTP status of a successful answer.
pub fn success_status(operation: &Operation) -> StatusCode {
    operation.http.response_code.and_then(|code| StatusCode::from_u16(code).ok()).unwrap_or(StatusCode::OK)
}

/// An output document written as the operation's response.
pub fn write_output(
    model: &ServiceModel,
    operation: &Operation,
    document: &Value,
) -> Result<Response, ServiceError> {
    let mut status = success_status(operation);
    let mut headers: Vec<(String, String)> = Vec::new();
    let mut body: Vec<u8> = Vec::new();
    let mut content_type = "application/json";
    if let Some(shape) = operation.output.as_ref().and_then(|reference| model.shape(&reference.shape)) {
        let object = document.as_object().cloned().unwrap_or_default();
        let mut body_members = Map::new();
        for (name, value) in &object {
            let Some(member) = shape.members.get(name) else {
                continue;
            };
            let Some(member_shape) = model.shape(&member.shape) else { continue };
            match member.location.as_deref() {
                Some("header") => headers
                    .push((member.wire_name(name).to_string(), header_text(member, member_shape, value))),
                Some("headers") => {
                    if let Value::Object(entries) = value {
                        for (key, entry) in entries {
                            headers.push((format!("{}{key}", member.wire_name(name)), text_of(entry)));
                        }
                    }
                }
                Some("statusCode") => {
                    if let Some(code) = value.as_u64().and_then(|code| StatusCode::from_u16(code as u16).ok())
                    {
                        status = code;
                    }
                }
                _ => {
                    body_members.insert(name.clone(), value.clone());
                }
            }
        }
        match shape.payload.as_deref().and_then(|payload| shape.members.get_key_value(payload)) {
            Some((name, member)) => {
                let payload_shape = model.shape(&member.shape);
                match (payload_shape.map(|shape| shape.kind), object.get(name)) {
                    (Some(Kind::Blob), Some(Value::String(encoded))) => {
                        body = aws_smithy_types::base64::decode(encoded).unwrap_or_default();
                        content_type = "application/octet-stream";
                    }
                    (Some(Kind::String), Some(Value::String(text))) => {
                        body = text.clone().into_bytes();
                        content_type = "text/plain";
                    }
                    (Some(_), Some(value)) => {
                        let shape = payload_shape.ok_or_else(ServiceError::internal)?;
                        body = crate::api::request::serialize_json(model, shape, value)
                            .map_err(|_| ServiceError::internal())?
                            .to_string()
                            .into_bytes();
                    }
                    _ => {}
                }
            }
            None => {
                body = crate::api::request::serialize_json(model, shape, &Value::Object(body_members))
                    .map_err(|_| ServiceError::internal())?
                    .to_string()
                    .into_bytes();
            }
        }
    }
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = status;
    let response_headers = response.headers_mut();
    if !headers.iter().any(|(name, _)| name.eq_ignore_ascii_case("content-type")) {
        response_headers.insert("content-type", HeaderValue::from_static(content_type));
    }
    for (name, value) in headers {
        if let (Ok(name), Ok(value)) =
            (HeaderName::from_bytes(name.as_bytes()), HeaderValue::from_str(&value))
        {
            response_headers.insert(name, value);
        }
    }
    Ok(response)
}

fn text_of(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

fn header_text(member: &Member, shape: &Shape, value: &Value) -> String {
    if member.jsonvalue {
        return aws_smithy_types::base64::encode(value.to_string());
    }
    match (shape.kind, value) {
        (Kind::List, Value::Array(items)) => items.iter().map(text_of).collect::<Vec<_>>().join(","),
        _ => text_of(value),
    }
}

/// An event-stream answer: `head` holds the output members that travel as headers, `events`
/// the events as documents (`{"flowOutputEvent": {…}}`), each framed by its event shape (payload
/// member as the frame's body, header members as frame headers). A stream fault drawn for the
/// request cuts the stream or ends it with the stream's exception event.
pub fn write_events(
    model: &ServiceModel,
    operation: &Operation,
    head: &Value,
    events: Vec<Value>,
    fault: super::faults::StreamFault,
) -> Result<Response, ServiceError> {
    use aws_smithy_types::event_stream::{Header, HeaderValue as FrameValue, Message};
    let output = operation
        .output
        .as_ref()
        .and_then(|reference| model.shape(&reference.shape))
        .ok_or_else(ServiceError::internal)?;
    let (_, stream) =
        crate::api::response::event_stream_member(model, operation).ok_or_else(ServiceError::internal)?;
    let mut headers: Vec<(String, String)> = Vec::new();
    if let Value::Object(members) = head {
        for (name, value) in members {
            if let Some(member) = output.members.get(name)
                && member.location.as_deref() == Some("header")
                && let Some(member_shape) = model.shape(&member.shape)
            {
                headers.push((member.wire_name(name).to_string(), header_text(member, member_shape, value)));
            }
        }
    }
    let string =
        |name: &str, value: &str| Header::new(name.to_string(), FrameValue::String(value.to_string().into()));
    let mut messages = Vec::new();
    for event in events {
        let Some((event_type, body)) = event.as_object().and_then(|object| object.iter().next()) else {
            continue;
        };
        let Some(event_shape) = stream.members.get(event_type).and_then(|member| model.shape(&member.shape))
        else {
            continue;
        };
        let mut frame_headers = vec![string(":event-type", event_type), string(":message-type", "event")];
        let mut payload = Vec::new();
        let mut content_type = "application/json";
        let mut json_members = Map::new();
        for (name, value) in body.as_object().cloned().unwrap_or_default() {
            let Some(member) = event_shape.members.get(&name) else { continue };
            let member_shape = model.shape(&member.shape);
            if member.eventheader {
                frame_headers.push(string(&name, &text_of(&value)));
            } else if member.eventpayload {
                match (member_shape.map(|shape| shape.kind), &value) {
                    (Some(Kind::Blob), Value::String(encoded)) => {
                        payload = aws_smithy_types::base64::decode(encoded).unwrap_or_default();
                        content_type = "application/octet-stream";
                    }
                    (Some(Kind::String), Value::String(text)) => {
                        payload = text.clone().into_bytes();
                        content_type = "text/plain";
                    }
                    (Some(_), value) => {
                        let serialized = match member_shape {
                            Some(shape) => crate::api::request::serialize_json(model, shape, value)
                                .map_err(|_| ServiceError::internal())?,
                            None => value.clone(),
                        };
                        payload = serialized.to_string().into_bytes();
                    }
                    _ => {}
                }
            } else {
                json_members.insert(name, value);
            }
        }
        if payload.is_empty() && !event_shape.members.values().any(|member| member.eventpayload) {
            payload = crate::api::request::serialize_json(model, event_shape, &Value::Object(json_members))
                .map_err(|_| ServiceError::internal())?
                .to_string()
                .into_bytes();
        }
        frame_headers.push(string(":content-type", content_type));
        messages.push(Message::new_from_parts(frame_headers, payload));
    }
    // The exception a faulted stream ends with: the stream's internal-server exception, or its first.
    let exception_type = stream
        .members
        .iter()
        .filter(|(_, member)| model.shape(&member.shape).is_some_and(|shape| shape.exception))
        .map(|(name, _)| name.as_str())
        .min_by_key(|name| !name.to_ascii_lowercase().contains("internal"))
        .unwrap_or("internalServerException")
        .to_string();
    let extra: Vec<(&str, String)> =
        headers.iter().map(|(name, value)| (name.as_str(), value.clone())).collect();
    Ok(super::runtime::event_stream::response(messages.into_iter(), fault, &exception_type, &extra))
}

/// The status an operation's model declares for an error code, if it declares the error.
pub fn declared_status(model: &ServiceModel, operation: &Operation, code: &str) -> Option<StatusCode> {
    let declared = operation.errors.iter().any(|error| error.shape == code);
    if !declared {
        return None;
    }
    let shape = model.shape(code)?;
    let status = shape.error.as_ref().and_then(|error| error.http_status_code).unwrap_or(if shape.fault {
        500
    } else {
        400
    });
    StatusCode::from_u16(status).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::model::Service;
    use serde_json::json;

    #[test]
    fn requests_built_by_the_cli_read_back_to_the_same_input() {
        let cases = [
            (
                Service::Bedrock,
                "ListCustomModels",
                json!({"maxResults": 5, "sortBy": "CreationTime", "nextToken": "t"}),
            ),
            (
                Service::Bedrock,
                "GetCustomModel",
                json!({"modelIdentifier": "arn:aws:bedrock:us-east-1:123456789012:custom-model/a/b"}),
            ),
            (
                Service::BedrockAgent,
                "CreateFlow",
                json!({"name": "f", "executionRoleArn": "arn:aws:iam::123456789012:role/r", "clientToken": "token-token-token-token-1"}),
            ),
            (
                Service::BedrockRuntime,
                "InvokeModel",
                json!({"modelId": "m", "body": "eyJ4IjoxfQ==", "contentType": "application/json"}),
            ),
        ];
        for (service, name, input) in cases {
            let model = service.model();
            let operation = model.operation(name).unwrap();
            let parts = crate::api::request::build(model, operation, input.as_object().unwrap()).unwrap();
            let (path, query) = parts.path_and_query.split_once('?').unwrap_or((&parts.path_and_query, ""));
            let found = super::super::operations::find(&parts.method, path, &parts.body).unwrap();
            assert_eq!(found.operation.name, name);
            let mut headers = HeaderMap::new();
            for (key, value) in &parts.headers {
                headers.insert(
                    HeaderName::from_bytes(key.to_ascii_lowercase().as_bytes()).unwrap(),
                    HeaderValue::from_str(value).unwrap(),
                );
            }
            let read = read_input(model, operation, &found.labels, query, &headers, &parts.body).unwrap();
            assert_eq!(Value::Object(read), input, "{name}");
        }
    }

    #[test]
    fn declared_statuses_come_from_the_model() {
        let model = Service::Bedrock.model();
        let operation = model.operation("CreateGuardrail").unwrap();
        assert_eq!(declared_status(model, operation, "ConflictException"), Some(StatusCode::BAD_REQUEST));
        assert_eq!(
            declared_status(model, operation, "ResourceNotFoundException"),
            Some(StatusCode::NOT_FOUND)
        );
        assert_eq!(declared_status(model, operation, "SerializationException"), None);
    }
}
