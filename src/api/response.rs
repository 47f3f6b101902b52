//! REST-JSON responses read by the model: the output document the AWS CLI prints (body members
//! under their model names, members bound to headers and the status code added, a structure
//! payload in its member), and the service's error code and message.

use serde_json::{Map, Value};

use super::model::{Kind, Operation, ServiceModel, Shape};
use crate::error::{Failure, Result};

/// A complete response.
#[derive(Debug, Clone)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Response {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(key, _)| key.eq_ignore_ascii_case(name)).map(|(_, value)| value.as_str())
    }
}

/// A successful answer to an event-stream operation must be an event stream: one of another
/// content type (a JSON body from a proxy, a broken service) is an invalid response, not a
/// stream that breaks off.
pub fn check_event_stream(headers: &[(String, String)]) -> Result<()> {
    let content_type = headers
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case("content-type"))
        .map(|(_, value)| value.as_str());
    match content_type {
        Some(content_type) if !content_type.contains("eventstream") => Err(Failure::other(
            "invalid-response",
            format!(
                "the answer is not an event stream (HTTP 200, content-type {})",
                crate::error::single_line(content_type)
            ),
        )),
        _ => Ok(()),
    }
}

/// The output member that carries a raw (blob or string) body, if the operation has one.
pub fn raw_payload(model: &ServiceModel, operation: &Operation) -> Option<&'static str> {
    let shape = model.shape(&operation.output.as_ref()?.shape)?;
    let payload = shape.payload.as_deref()?;
    let member = shape.members.get_key_value(payload)?;
    let payload_shape = model.shape(&member.1.shape)?;
    (matches!(payload_kind(payload_shape), Kind::Blob | Kind::String) && !payload_shape.eventstream)
        .then_some(member.0.as_str())
}

/// The output member that is an event stream, if the operation streams events.
pub fn event_stream_member(
    model: &ServiceModel,
    operation: &Operation,
) -> Option<(&'static str, &'static Shape)> {
    let shape = model.shape(&operation.output.as_ref()?.shape)?;
    shape.members.iter().find_map(|(name, member)| {
        let member_shape = model.shape(&member.shape)?;
        member_shape.eventstream.then_some((name.as_str(), member_shape))
    })
}

fn payload_kind(shape: &Shape) -> Kind {
    shape.kind
}

/// The output document of a successful response (without a raw payload, which the caller writes
/// where it belongs). Members the body has but the model does not are kept as they are.
/// A successful answer whose JSON body does not parse is the service's fault, not an empty
/// document (botocore's ResponseParserError): exit 255 with the reason.
pub fn check_body(
    model: &ServiceModel,
    operation: &Operation,
    response: &Response,
) -> crate::error::Result<()> {
    let Some(shape) = operation.output.as_ref().and_then(|reference| model.shape(&reference.shape)) else {
        return Ok(());
    };
    let raw = shape
        .payload
        .as_deref()
        .and_then(|payload| shape.members.get(payload))
        .and_then(|member| model.shape(&member.shape))
        .is_some_and(|payload| matches!(payload.kind, Kind::Blob | Kind::String) || payload.eventstream);
    if raw || response.body.iter().all(u8::is_ascii_whitespace) {
        return Ok(());
    }
    serde_json::from_slice::<Value>(&response.body).map(|_| ()).map_err(|error| {
        crate::error::Failure::other(
            "invalid-response",
            format!("the service's response is not JSON: {error}"),
        )
    })
}

pub fn output_document(model: &ServiceModel, operation: &Operation, response: &Response) -> Value {
    let Some(shape) = operation.output.as_ref().and_then(|reference| model.shape(&reference.shape)) else {
        return Value::Object(Map::new());
    };
    let mut document = Map::new();
    let body: Option<Value> =
        if response.body.is_empty() { None } else { serde_json::from_slice(&response.body).ok() };
    match shape.payload.as_deref().and_then(|payload| shape.members.get_key_value(payload)) {
        Some((name, member)) => {
            let payload_shape = model.shape(&member.shape);
            let raw = payload_shape.is_some_and(|shape| matches!(shape.kind, Kind::Blob | Kind::String));
            if !raw && let (Some(body), Some(payload_shape)) = (body, payload_shape) {
                document.insert(name.clone(), read_value(model, payload_shape, body));
            }
        }
        None => {
            if let Some(Value::Object(body)) = body {
                if let Value::Object(read) = read_value(model, shape, Value::Object(body)) {
                    document = read;
                }
            } else if let Some(body) = body {
                return body;
            }
        }
    }
    for (name, member) in &shape.members {
        let Some(member_shape) = model.shape(&member.shape) else { continue };
        match member.location.as_deref() {
            Some("header") => {
                if let Some(text) = response.header(member.wire_name(name)) {
                    document.insert(name.clone(), header_value(member_shape, member.jsonvalue, text));
                }
            }
            Some("headers") => {
                let prefix = member.wire_name(name).to_ascii_lowercase();
                let mut entries = Map::new();
                for (key, value) in &response.headers {
                    if let Some(rest) = key.to_ascii_lowercase().strip_prefix(&prefix) {
                        entries.insert(rest.to_string(), Value::String(value.clone()));
                    }
                }
                if !entries.is_empty() {
                    document.insert(name.clone(), Value::Object(entries));
                }
            }
            Some("statusCode") => {
                document.insert(name.clone(), Value::from(response.status));
            }
            _ => {}
        }
    }
    Value::Object(document)
}

/// A body value read by its shape: wire names become member names; the rest is kept.
pub fn read_value(model: &ServiceModel, shape: &Shape, value: Value) -> Value {
    match (shape.kind, value) {
        (Kind::Structure, Value::Object(object)) if !shape.document => {
            let renamed = shape.members.iter().any(|(name, member)| member.wire_name(name) != name);
            let mut read = Map::new();
            for (key, member_value) in object {
                let found = if renamed {
                    shape.members.iter().find(|(name, member)| member.wire_name(name) == key)
                } else {
                    shape.members.get_key_value(&key)
                };
                match found.and_then(|(name, member)| Some((name, model.shape(&member.shape)?))) {
                    Some((name, member_shape)) => {
                        read.insert(name.clone(), read_value(model, member_shape, member_value));
                    }
                    None => {
                        read.insert(key, member_value);
                    }
                }
            }
            Value::Object(read)
        }
        (Kind::List, Value::Array(items)) => {
            match shape.member.as_ref().and_then(|member| model.shape(&member.shape)) {
                Some(element) => {
                    Value::Array(items.into_iter().map(|item| read_value(model, element, item)).collect())
                }
                None => Value::Array(items),
            }
        }
        (Kind::Map, Value::Object(entries)) => match shape
            .value
            .as_ref()
            .and_then(|member| model.shape(&member.shape))
        {
            Some(element) => Value::Object(
                entries.into_iter().map(|(key, entry)| (key, read_value(model, element, entry))).collect(),
            ),
            None => Value::Object(entries),
        },
        (_, value) => value,
    }
}

/// A header's text as the member's type.
fn header_value(shape: &Shape, jsonvalue: bool, text: &str) -> Value {
    if jsonvalue {
        return aws_smithy_types::base64::decode(text)
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_else(|| Value::String(text.to_string()));
    }
    match shape.kind {
        Kind::Integer | Kind::Long => {
            text.trim().parse::<i64>().map(Value::from).unwrap_or_else(|_| Value::String(text.to_string()))
        }
        Kind::Float | Kind::Double => text
            .trim()
            .parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64)
            .map(Value::Number)
            .unwrap_or_else(|| Value::String(text.to_string())),
        Kind::Boolean => Value::Bool(text.trim().eq_ignore_ascii_case("true")),
        Kind::List => {
            Value::Array(text.split(',').map(|item| Value::String(item.trim().to_string())).collect())
        }
        _ => Value::String(text.to_string()),
    }
}

/// The service's error code and message of a failed response (`x-amzn-errortype`, or `__type` /
/// `code` in the body; `message` or `Message`).
pub fn error_of(response: &Response) -> (String, Option<String>) {
    let body: Value = serde_json::from_slice(&response.body).unwrap_or(Value::Null);
    let clean = |code: &str| {
        let code = code.split(':').next().unwrap_or(code);
        code.rsplit('#').next().unwrap_or(code).to_string()
    };
    let code = response
        .header("x-amzn-errortype")
        .map(clean)
        .or_else(|| body.get("__type").and_then(Value::as_str).map(clean))
        .or_else(|| body.get("code").and_then(Value::as_str).map(clean))
        .filter(|code| !code.is_empty())
        .unwrap_or_else(|| match response.status {
            400 => "BadRequest".to_string(),
            403 => "AccessDenied".to_string(),
            404 => "NotFound".to_string(),
            429 => "TooManyRequests".to_string(),
            status => format!("HTTP{status}"),
        });
    let message = ["message", "Message", "errorMessage"]
        .iter()
        .find_map(|key| body.get(*key).and_then(Value::as_str))
        .map(str::to_string);
    (code, message)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::model::Service;
    use serde_json::json;

    fn response(status: u16, headers: &[(&str, &str)], body: &str) -> Response {
        Response {
            status,
            headers: headers.iter().map(|(key, value)| (key.to_string(), value.to_string())).collect(),
            body: body.as_bytes().to_vec(),
        }
    }

    #[test]
    fn body_headers_and_payloads() {
        let model = Service::BedrockRuntime.model();
        let invoke = model.operation("InvokeModel").unwrap();
        assert_eq!(raw_payload(model, invoke), Some("body"));
        let document = output_document(
            model,
            invoke,
            &response(200, &[("Content-Type", "application/json")], "{\"raw\": true}"),
        );
        assert_eq!(
            document,
            json!({"contentType": "application/json"}),
            "the raw body is not in the document"
        );
        let converse = model.operation("Converse").unwrap();
        assert!(raw_payload(model, converse).is_none());
        let document =
            output_document(model, converse, &response(200, &[], "{\"stopReason\": \"end_turn\"}"));
        assert_eq!(document, json!({"stopReason": "end_turn"}));
        let stream = model.operation("ConverseStream").unwrap();
        assert_eq!(event_stream_member(model, stream).map(|(name, _)| name), Some("stream"));
    }

    #[test]
    fn errors_from_headers_or_bodies() {
        let failed = response(
            400,
            &[("x-amzn-errortype", "ValidationException:http://internal")],
            "{\"message\": \"bad\"}",
        );
        assert_eq!(error_of(&failed), ("ValidationException".to_string(), Some("bad".to_string())));
        let failed = response(
            404,
            &[],
            "{\"__type\": \"com.amazon#ResourceNotFoundException\", \"Message\": \"gone\"}",
        );
        assert_eq!(error_of(&failed), ("ResourceNotFoundException".to_string(), Some("gone".to_string())));
        assert_eq!(error_of(&response(503, &[], "")).0, "HTTP503");
    }
}
