//! REST-JSON requests from the model (the protocol of all four Bedrock services): an input
//! document (members by their model names) becomes a method, a path with its labels filled in,
//! a query string, headers and a body, by the rules botocore's serializer follows: labels
//! percent-encoded (greedy ones keep `/`), timestamps as ISO 8601 in the query string, as HTTP
//! dates in headers and as epoch seconds in the body unless the shape says otherwise, blobs as
//! base64 in JSON, a blob or string payload sent as the raw body, and idempotency tokens filled in.

use serde_json::{Map, Value};

use super::model::{Kind, Member, Operation, ServiceModel, Shape};
use crate::error::{Failure, Result};

/// An HTTP request, ready to be signed and sent.
#[derive(Debug, Clone, PartialEq)]
pub struct RequestParts {
    pub method: String,
    /// The path and query string (`/model/m/converse?x=1`), percent-encoded.
    pub path_and_query: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

/// Characters left as they are when percent-encoding (RFC 3986 unreserved).
fn is_unreserved(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~')
}

/// Percent-encode text, leaving unreserved characters and those in `keep`.
pub fn percent_encode(text: &str, keep: &[u8]) -> String {
    let mut encoded = String::with_capacity(text.len());
    for byte in text.bytes() {
        if is_unreserved(byte) || keep.contains(&byte) {
            encoded.push(byte as char);
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
}

/// Build the request of `operation` for `input`.
pub fn build(
    model: &ServiceModel,
    operation: &Operation,
    input: &Map<String, Value>,
) -> Result<RequestParts> {
    let template = operation.http.request_uri.as_str();
    let (path_template, static_query) = match template.split_once('?') {
        Some((path, query)) => (path, Some(query)),
        None => (template, None),
    };
    let mut labels: Vec<(String, String)> = Vec::new();
    let mut query: Vec<(String, String)> = Vec::new();
    let mut headers: Vec<(String, String)> = Vec::new();
    let mut body_members = Map::new();
    let mut body: Vec<u8> = Vec::new();

    let shape = match &operation.input {
        Some(reference) => Some(shape_of(model, &reference.shape)?),
        None => None,
    };
    let mut input = input.clone();
    if let Some(shape) = shape {
        fill_idempotency_tokens(shape, &mut input);
        for (name, value) in &input {
            if value.is_null() {
                continue;
            }
            let member = shape
                .members
                .get(name)
                .ok_or_else(|| Failure::usage(format!("{} has no member `{name}`", operation.name)))?;
            let member_shape = shape_of(model, &member.shape)?;
            let wire = member.wire_name(name).to_string();
            match member.location.as_deref() {
                Some("uri") => {
                    labels.push((wire, scalar_text(model, member, member_shape, value, "iso8601")?))
                }
                Some("querystring") => match (member_shape.kind, value) {
                    (Kind::Map, Value::Object(entries)) => {
                        for (key, entry) in entries {
                            match entry {
                                Value::Array(values) => {
                                    for item in values {
                                        query.push((key.clone(), plain_text(item)));
                                    }
                                }
                                other => query.push((key.clone(), plain_text(other))),
                            }
                        }
                    }
                    (Kind::List, Value::Array(items)) => {
                        let element = member_shape.member.as_ref();
                        for item in items {
                            let text = match element {
                                Some(element) => scalar_text(
                                    model,
                                    element,
                                    shape_of(model, &element.shape)?,
                                    item,
                                    "iso8601",
                                )?,
                                None => plain_text(item),
                            };
                            query.push((wire.clone(), text));
                        }
                    }
                    _ => query.push((wire, scalar_text(model, member, member_shape, value, "iso8601")?)),
                },
                Some("header") => {
                    if let Some(text) = header_text(model, member, member_shape, value)? {
                        headers.push((wire, text));
                    }
                }
                Some("headers") => {
                    if let Value::Object(entries) = value {
                        for (key, entry) in entries {
                            headers.push((format!("{wire}{key}"), plain_text(entry)));
                        }
                    }
                }
                Some("statusCode") => {}
                _ => {
                    body_members.insert(name.clone(), value.clone());
                }
            }
        }
        match &shape.payload {
            Some(payload) => {
                let member = shape.members.get(payload).ok_or_else(|| {
                    Failure::other(
                        "model",
                        format!("{}: the payload member {payload} is not a member", operation.name),
                    )
                })?;
                let payload_shape = shape_of(model, &member.shape)?;
                match (payload_shape.kind, input.get(payload)) {
                    (Kind::Blob, Some(Value::String(text))) => {
                        body = aws_smithy_types::base64::decode(text).map_err(|_| {
                            Failure::usage(format!("the {payload} member is not base64-encoded bytes"))
                        })?;
                    }
                    (Kind::String, Some(Value::String(text))) => body = text.clone().into_bytes(),
                    (Kind::Blob | Kind::String, _) => {}
                    (_, Some(value)) if !value.is_null() => {
                        body = serialize_json(model, payload_shape, value)?.to_string().into_bytes();
                    }
                    _ => body = b"{}".to_vec(),
                }
            }
            None => {
                let has_body_members = shape.members.values().any(|member| member.location.is_none());
                if !body_members.is_empty() || has_body_members {
                    let document = serialize_json(model, shape, &Value::Object(body_members))?;
                    body = document.to_string().into_bytes();
                }
            }
        }
        let streaming_payload = shape
            .payload
            .as_ref()
            .and_then(|payload| shape.members.get(payload))
            .and_then(|member| model.shape(&member.shape))
            .is_some_and(|payload| matches!(payload.kind, Kind::Blob | Kind::String));
        let has_content_type = headers.iter().any(|(name, _)| name.eq_ignore_ascii_case("content-type"));
        if !streaming_payload && !body.is_empty() && !has_content_type {
            headers.push(("Content-Type".to_string(), "application/json".to_string()));
        }
    }

    let path = render_path(path_template, &labels, &operation.name)?;
    let mut query_string: Vec<String> = static_query
        .into_iter()
        .flat_map(|static_query| static_query.split('&'))
        .filter(|pair| !pair.is_empty())
        .map(str::to_string)
        .collect();
    for (key, value) in &query {
        query_string.push(format!("{}={}", percent_encode(key, &[]), percent_encode(value, &[])));
    }
    let path_and_query =
        if query_string.is_empty() { path } else { format!("{path}?{}", query_string.join("&")) };
    Ok(RequestParts { method: operation.http.method.clone(), path_and_query, headers, body })
}

fn shape_of(model: &ServiceModel, name: &str) -> Result<&'static Shape> {
    model.shape(name).ok_or_else(|| Failure::other("model", format!("the service model has no shape {name}")))
}

/// Members marked `idempotencyToken` get a fresh UUID when the input does not set them.
fn fill_idempotency_tokens(shape: &Shape, input: &mut Map<String, Value>) {
    for (name, member) in &shape.members {
        if member.idempotency_token && input.get(name).is_none_or(Value::is_null) {
            input.insert(name.clone(), Value::String(new_uuid()));
        }
    }
}

/// A random (version 4) UUID.
pub fn new_uuid() -> String {
    use std::hash::{BuildHasher, Hasher};
    let mut random = [0u8; 16];
    for half in random.chunks_mut(8) {
        let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
        hasher.write_u128(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos())
                .unwrap_or(0),
        );
        half.copy_from_slice(&hasher.finish().to_le_bytes());
    }
    random[6] = (random[6] & 0x0f) | 0x40;
    random[8] = (random[8] & 0x3f) | 0x80;
    let hex: String = random.iter().map(|byte| format!("{byte:02x}")).collect();
    format!("{}-{}-{}-{}-{}", &hex[0..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..32])
}

fn render_path(template: &str, labels: &[(String, String)], operation: &str) -> Result<String> {
    let mut path = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        path.push_str(&rest[..start]);
        let end = rest[start..].find('}').map(|end| start + end).unwrap_or(rest.len());
        let label = &rest[start + 1..end];
        let (name, greedy) = match label.strip_suffix('+') {
            Some(name) => (name, true),
            None => (label, false),
        };
        let value =
            labels.iter().find(|(wire, _)| wire == name).map(|(_, value)| value).ok_or_else(|| {
                Failure::usage(format!("{operation} needs its `{name}` member (it is part of the URL)"))
            })?;
        if value.is_empty() {
            return Err(Failure::usage(format!(
                "{operation}: `{name}` must not be empty (it is part of the URL)"
            )));
        }
        path.push_str(&percent_encode(value, if greedy { b"/~" } else { b"~" }));
        rest = rest.get(end + 1..).unwrap_or("");
    }
    path.push_str(rest);
    Ok(path)
}

/// A JSON value as query or header text, without type knowledge.
fn plain_text(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

/// A scalar as URI-label or query text.
fn scalar_text(
    model: &ServiceModel,
    member: &Member,
    shape: &Shape,
    value: &Value,
    default_format: &str,
) -> Result<String> {
    let _ = model;
    Ok(match shape.kind {
        Kind::Timestamp => {
            let format = member
                .timestamp_format
                .as_deref()
                .or(shape.timestamp_format.as_deref())
                .unwrap_or(default_format);
            format_timestamp(value, format)?
        }
        Kind::Boolean => match value {
            Value::Bool(flag) => flag.to_string(),
            other => plain_text(other).to_lowercase(),
        },
        _ => plain_text(value),
    })
}

fn header_text(
    model: &ServiceModel,
    member: &Member,
    shape: &Shape,
    value: &Value,
) -> Result<Option<String>> {
    Ok(Some(match shape.kind {
        Kind::Timestamp => {
            let format =
                member.timestamp_format.as_deref().or(shape.timestamp_format.as_deref()).unwrap_or("rfc822");
            format_timestamp(value, format)?
        }
        Kind::List => {
            let Value::Array(items) = value else {
                return Ok(Some(plain_text(value)));
            };
            if items.is_empty() {
                return Ok(None);
            }
            items
                .iter()
                .map(|item| {
                    let text = plain_text(item);
                    if text.contains(',') || text.contains('"') {
                        format!("\"{}\"", text.replace('"', "\\\""))
                    } else {
                        text
                    }
                })
                .collect::<Vec<_>>()
                .join(",")
        }
        _ if member.jsonvalue => aws_smithy_types::base64::encode(value.to_string()),
        Kind::Blob => plain_text(value),
        _ => scalar_text(model, member, shape, value, "rfc822")?,
    }))
}

/// A body value serialised by its shape: members under their wire names, timestamps as epoch
/// seconds (or the shape's format), everything else as it is.
pub fn serialize_json(model: &ServiceModel, shape: &Shape, value: &Value) -> Result<Value> {
    Ok(match (shape.kind, value) {
        (Kind::Structure, Value::Object(object)) if !shape.document => {
            let mut serialized = Map::new();
            for (name, member_value) in object {
                if member_value.is_null() {
                    continue;
                }
                match shape.members.get(name) {
                    Some(member) => {
                        let member_shape = shape_of(model, &member.shape)?;
                        let serialized_value = if member_shape.kind == Kind::Timestamp {
                            let format = member
                                .timestamp_format
                                .as_deref()
                                .or(member_shape.timestamp_format.as_deref())
                                .unwrap_or("unixtimestamp");
                            timestamp_json(member_value, format)?
                        } else {
                            serialize_json(model, member_shape, member_value)?
                        };
                        serialized.insert(member.wire_name(name).to_string(), serialized_value);
                    }
                    None => {
                        serialized.insert(name.clone(), member_value.clone());
                    }
                }
            }
            Value::Object(serialized)
        }
        (Kind::List, Value::Array(items)) => match &shape.member {
            Some(element) => {
                let element_shape = shape_of(model, &element.shape)?;
                Value::Array(
                    items
                        .iter()
                        .map(|item| serialize_element(model, element_shape, item))
                        .collect::<Result<_>>()?,
                )
            }
            None => value.clone(),
        },
        (Kind::Map, Value::Object(entries)) => match &shape.value {
            Some(element) => {
                let element_shape = shape_of(model, &element.shape)?;
                let mut serialized = Map::new();
                for (key, entry) in entries {
                    serialized.insert(key.clone(), serialize_element(model, element_shape, entry)?);
                }
                Value::Object(serialized)
            }
            None => value.clone(),
        },
        _ => value.clone(),
    })
}

fn serialize_element(model: &ServiceModel, shape: &Shape, value: &Value) -> Result<Value> {
    if shape.kind == Kind::Timestamp {
        return timestamp_json(value, shape.timestamp_format.as_deref().unwrap_or("unixtimestamp"));
    }
    serialize_json(model, shape, value)
}

/// Epoch seconds (with milliseconds) of a timestamp the user wrote: epoch seconds, or ISO 8601
/// (`2024-05-01`, `2024-05-01T12:00:00`, `…Z`, `…+02:00`, with fractions).
pub fn parse_timestamp(value: &Value) -> Result<f64> {
    let invalid = |text: &str| {
        Failure::usage(format!(
            "{text} is not a timestamp (use ISO 8601, like 2024-05-01T12:00:00Z, or epoch seconds)"
        ))
    };
    match value {
        Value::Number(number) => number.as_f64().ok_or_else(|| invalid(&number.to_string())),
        Value::String(text) => {
            let trimmed = text.trim();
            if let Ok(seconds) = trimmed.parse::<f64>() {
                return Ok(seconds);
            }
            let mut candidate = trimmed.replace(' ', "T");
            if candidate.len() == 10 {
                candidate.push_str("T00:00:00");
            }
            // A `±HH:MM` offset is taken off, and the time read as UTC.
            let mut offset_seconds = 0.0;
            if let Some(position) =
                candidate.get(11..).and_then(|time| time.rfind(['+', '-'])).map(|at| at + 11)
            {
                let zone = &candidate[position..];
                let sign = if zone.starts_with('-') { -1.0 } else { 1.0 };
                let digits: String = zone[1..].chars().filter(char::is_ascii_digit).collect();
                let (hours, minutes) = match digits.len() {
                    2 => (digits.parse::<f64>().map_err(|_| invalid(text))?, 0.0),
                    4 => (
                        digits[..2].parse::<f64>().map_err(|_| invalid(text))?,
                        digits[2..].parse::<f64>().map_err(|_| invalid(text))?,
                    ),
                    _ => return Err(invalid(text)),
                };
                offset_seconds = sign * (hours * 3600.0 + minutes * 60.0);
                candidate.truncate(position);
            }
            if !candidate.ends_with(['Z', 'z']) {
                candidate.push('Z');
            }
            let parsed = aws_smithy_types::DateTime::from_str(
                &candidate,
                aws_smithy_types::date_time::Format::DateTime,
            )
            .map_err(|_| invalid(text))?;
            Ok(parsed.as_secs_f64() - offset_seconds)
        }
        other => Err(invalid(&other.to_string())),
    }
}

fn format_timestamp(value: &Value, format: &str) -> Result<String> {
    use aws_smithy_types::date_time::Format;
    let seconds = parse_timestamp(value)?;
    let time = aws_smithy_types::DateTime::from_secs_f64(seconds);
    let rendered = match format.to_ascii_lowercase().as_str() {
        "unixtimestamp" => return Ok(epoch_text(seconds)),
        "rfc822" => time.fmt(Format::HttpDate),
        _ => time.fmt(Format::DateTime),
    };
    rendered.map_err(|error| Failure::usage(format!("the timestamp {value} cannot be written: {error}")))
}

fn epoch_text(seconds: f64) -> String {
    if seconds.fract() == 0.0 { format!("{}", seconds as i64) } else { format!("{seconds:.3}") }
}

fn timestamp_json(value: &Value, format: &str) -> Result<Value> {
    if format.eq_ignore_ascii_case("unixtimestamp") {
        let seconds = parse_timestamp(value)?;
        return Ok(if seconds.fract() == 0.0 {
            Value::from(seconds as i64)
        } else {
            serde_json::Number::from_f64((seconds * 1000.0).round() / 1000.0)
                .map(Value::Number)
                .unwrap_or(Value::Null)
        });
    }
    format_timestamp(value, format).map(Value::String)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::model::Service;
    use serde_json::json;

    fn request(service: Service, operation: &str, input: Value) -> RequestParts {
        let model = service.model();
        let Value::Object(input) = input else { panic!("input must be an object") };
        build(model, model.operation(operation).unwrap(), &input).unwrap()
    }

    fn header<'a>(parts: &'a RequestParts, name: &str) -> Option<&'a str> {
        parts.headers.iter().find(|(key, _)| key.eq_ignore_ascii_case(name)).map(|(_, value)| value.as_str())
    }

    #[test]
    fn labels_are_percent_encoded() {
        let parts = request(
            Service::Bedrock,
            "GetFoundationModel",
            json!({"modelIdentifier": "anthropic.claude-3-haiku-20240307-v1:0"}),
        );
        assert_eq!(parts.method, "GET");
        assert_eq!(parts.path_and_query, "/foundation-models/anthropic.claude-3-haiku-20240307-v1%3A0");
        assert!(parts.body.is_empty());
        let arn = "arn:aws:bedrock:us-east-1:123456789012:custom-model/a/b";
        let parts = request(Service::Bedrock, "GetCustomModel", json!({"modelIdentifier": arn}));
        assert!(parts.path_and_query.ends_with("custom-model%2Fa%2Fb"), "{}", parts.path_and_query);
    }

    #[test]
    fn query_strings_and_bodies() {
        let parts = request(
            Service::Bedrock,
            "ListFoundationModels",
            json!({"byProvider": "Anthropic", "byOutputModality": "TEXT"}),
        );
        assert_eq!(parts.path_and_query, "/foundation-models?byProvider=Anthropic&byOutputModality=TEXT");
        let parts = request(
            Service::Bedrock,
            "ListCustomModels",
            json!({"creationTimeBefore": "2024-05-01T12:00:00Z", "maxResults": 5}),
        );
        assert_eq!(
            parts.path_and_query,
            "/custom-models?creationTimeBefore=2024-05-01T12%3A00%3A00Z&maxResults=5"
        );
        let parts = request(
            Service::BedrockAgent,
            "CreateFlow",
            json!({"name": "f", "executionRoleArn": "arn:aws:iam::123456789012:role/r"}),
        );
        assert_eq!(parts.method, "POST");
        assert_eq!(parts.path_and_query, "/flows/");
        let body: Value = serde_json::from_slice(&parts.body).unwrap();
        assert_eq!(body["name"], "f");
        assert_eq!(body["clientToken"].as_str().unwrap().len(), 36, "idempotency token filled in");
        assert_eq!(header(&parts, "content-type"), Some("application/json"));
    }

    #[test]
    fn payloads_and_headers() {
        let parts = request(
            Service::BedrockRuntime,
            "InvokeModel",
            json!({"modelId": "m", "body": aws_smithy_types::base64::encode("{\"x\":1}"), "contentType": "application/json", "accept": "application/json"}),
        );
        assert_eq!(parts.path_and_query, "/model/m/invoke");
        assert_eq!(parts.body, b"{\"x\":1}");
        assert_eq!(header(&parts, "Content-Type"), Some("application/json"));
        assert_eq!(header(&parts, "Accept"), Some("application/json"));
        let parts = request(Service::BedrockRuntime, "Converse", json!({"modelId": "m", "messages": []}));
        assert_eq!(serde_json::from_slice::<Value>(&parts.body).unwrap(), json!({"messages": []}));
    }

    #[test]
    fn missing_labels_are_usage_errors() {
        let model = Service::Bedrock.model();
        let error = build(model, model.operation("GetFoundationModel").unwrap(), &Map::new()).unwrap_err();
        assert_eq!(error.exit_code(), 252);
        assert!(error.message.contains("modelIdentifier"), "{}", error.message);
    }

    #[test]
    fn timestamps_in_every_format() {
        assert_eq!(parse_timestamp(&json!("2024-05-01")).unwrap(), 1_714_521_600.0);
        assert_eq!(parse_timestamp(&json!("2024-05-01T00:00:00+02:00")).unwrap(), 1_714_514_400.0);
        assert_eq!(parse_timestamp(&json!(1_714_521_600)).unwrap(), 1_714_521_600.0);
        assert_eq!(
            format_timestamp(&json!("2024-05-01"), "rfc822").unwrap(),
            "Wed, 01 May 2024 00:00:00 GMT"
        );
        assert_eq!(
            timestamp_json(&json!("2024-05-01T00:00:00.5Z"), "unixtimestamp").unwrap(),
            json!(1_714_521_600.5)
        );
        assert!(parse_timestamp(&json!("yesterday")).is_err());
    }

    #[test]
    fn uuids_are_version_four_and_differ() {
        let first = new_uuid();
        assert_eq!(first.len(), 36);
        assert_eq!(&first[14..15], "4");
        assert_ne!(first, new_uuid());
    }
}
