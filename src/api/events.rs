//! Event streams read by the model (the operations the AWS CLI cannot run: ConverseStream,
//! InvokeModelWithResponseStream, InvokeAgent, InvokeFlow, …): frames decoded as they arrive
//! (`aws-smithy-eventstream`), each event turned into the document botocore gives for it —
//! `{"<event member>": {…}}`, the payload member read by its shape and header members added —
//! and an exception frame into the service error it names.

use aws_smithy_eventstream::frame::{DecodedFrame, MessageFrameDecoder};
use aws_smithy_types::body::SdkBody;
use aws_smithy_types::event_stream::{HeaderValue, Message};
use bytes::BytesMut;
use serde_json::{Map, Value};

use super::model::{Kind, ServiceModel, Shape};
use super::response::read_value;
use crate::error::{Failure, Result};

/// Events read from an event-stream body.
pub struct EventReader {
    body: SdkBody,
    buffer: BytesMut,
    decoder: MessageFrameDecoder,
    ended: bool,
    model: &'static ServiceModel,
    stream: &'static Shape,
}

impl EventReader {
    pub fn new(model: &'static ServiceModel, stream: &'static Shape, body: SdkBody) -> Self {
        EventReader {
            body,
            buffer: BytesMut::new(),
            decoder: MessageFrameDecoder::new(),
            ended: false,
            model,
            stream,
        }
    }

    /// The next event's document; `None` at the end of the stream. An exception frame is the
    /// service error it carries.
    pub async fn next(&mut self) -> Result<Option<Value>> {
        loop {
            match self.decoder.decode_frame(&mut self.buffer) {
                Ok(DecodedFrame::Complete(message)) => {
                    return event_document(self.model, self.stream, &message).map(Some);
                }
                Ok(DecodedFrame::Incomplete) => {}
                Err(error) => return Err(crate::aws::errors::stream_broke_off(error)),
            }
            if self.ended {
                if self.buffer.is_empty() {
                    return Ok(None);
                }
                return Err(crate::aws::errors::stream_broke_off(format!(
                    "the stream ended inside a frame ({} bytes left over)",
                    self.buffer.len()
                )));
            }
            match std::future::poll_fn(|context| {
                http_body::Body::poll_frame(std::pin::Pin::new(&mut self.body), context)
            })
            .await
            {
                Some(Ok(frame)) => {
                    if let Ok(data) = frame.into_data() {
                        self.buffer.extend_from_slice(&data);
                    }
                }
                Some(Err(error)) => {
                    return Err(crate::aws::errors::stream_broke_off(crate::aws::errors::root_cause(
                        &*error,
                    )));
                }
                None => self.ended = true,
            }
        }
    }
}

fn header_text<'a>(message: &'a Message, name: &str) -> Option<&'a str> {
    message.headers().iter().find(|header| header.name().as_str() == name).and_then(|header| {
        match header.value() {
            HeaderValue::String(text) => Some(text.as_str()),
            _ => None,
        }
    })
}

fn header_json(value: &HeaderValue) -> Value {
    match value {
        HeaderValue::Bool(flag) => Value::Bool(*flag),
        HeaderValue::Byte(number) => Value::from(*number),
        HeaderValue::Int16(number) => Value::from(*number),
        HeaderValue::Int32(number) => Value::from(*number),
        HeaderValue::Int64(number) => Value::from(*number),
        HeaderValue::ByteArray(bytes) => Value::String(aws_smithy_types::base64::encode(bytes)),
        HeaderValue::String(text) => Value::String(text.as_str().to_string()),
        HeaderValue::Timestamp(time) => Value::from(time.secs()),
        HeaderValue::Uuid(uuid) => Value::String(format!("{uuid:032x}")),
        _ => Value::Null,
    }
}

/// The document of one event (`{"chunk": {"bytes": "…"}}`), or the error of an exception frame.
pub fn event_document(model: &ServiceModel, stream: &Shape, message: &Message) -> Result<Value> {
    let payload = message.payload();
    match header_text(message, ":message-type") {
        Some("event") => {}
        Some("exception") => {
            let name = header_text(message, ":exception-type").unwrap_or("UnknownError");
            let body: Value = serde_json::from_slice(payload).unwrap_or(Value::Null);
            let text = ["message", "Message"]
                .iter()
                .find_map(|key| body.get(*key).and_then(Value::as_str))
                .unwrap_or("the stream failed")
                .to_string();
            // The exception's member name (`modelStreamErrorException`) names its shape.
            let code = stream
                .members
                .get(name)
                .map(|member| member.shape.clone())
                .unwrap_or_else(|| capitalised(name));
            return Err(crate::aws::errors::stream_exception(code, text));
        }
        Some("error") => {
            let code = header_text(message, ":error-code").unwrap_or("UnknownError").to_string();
            let text = header_text(message, ":error-message").unwrap_or("the stream failed").to_string();
            return Err(crate::aws::errors::stream_exception(code, text));
        }
        _ => return Err(crate::aws::errors::stream_broke_off("a frame has no message type")),
    }
    let event_type = header_text(message, ":event-type").unwrap_or("").to_string();
    let Some(member) = stream.members.get(&event_type) else {
        // An event the model does not declare (`initial-response`, newer events): its JSON as is.
        let body: Value = serde_json::from_slice(payload).unwrap_or(Value::Null);
        return Ok(single(event_type, body));
    };
    let event_shape = model
        .shape(&member.shape)
        .ok_or_else(|| Failure::other("model", format!("the service model has no shape {}", member.shape)))?;
    let mut document = Map::new();
    let payload_member = event_shape.members.iter().find(|(_, member)| member.eventpayload);
    match payload_member {
        Some((name, member)) => {
            let member_shape = model.shape(&member.shape);
            let value = match member_shape.map(|shape| shape.kind) {
                Some(Kind::Blob) => Value::String(aws_smithy_types::base64::encode(payload)),
                Some(Kind::String) => Value::String(String::from_utf8_lossy(payload).into_owned()),
                _ => {
                    let parsed: Value = serde_json::from_slice(payload).unwrap_or(Value::Null);
                    match member_shape {
                        Some(shape) => read_value(model, shape, parsed),
                        None => parsed,
                    }
                }
            };
            document.insert(name.clone(), value);
        }
        None if !payload.is_empty() => {
            let parsed: Value = serde_json::from_slice(payload).map_err(|error| {
                crate::aws::errors::stream_broke_off(format!("an event is not JSON: {error}"))
            })?;
            if let Value::Object(members) = read_value(model, event_shape, parsed) {
                document.extend(members);
            }
        }
        None => {}
    }
    for (name, member) in &event_shape.members {
        if member.eventheader
            && let Some(header) = message.headers().iter().find(|header| header.name().as_str() == name)
        {
            document.insert(name.clone(), header_json(header.value()));
        }
    }
    Ok(single(event_type, Value::Object(document)))
}

fn single(key: String, value: Value) -> Value {
    let mut object = Map::new();
    object.insert(key, value);
    Value::Object(object)
}

fn capitalised(name: &str) -> String {
    let mut letters = name.chars();
    letters.next().map(|first| first.to_ascii_uppercase()).into_iter().chain(letters).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::model::Service;
    use aws_smithy_types::event_stream::Header;

    fn message(headers: &[(&str, &str)], payload: &str) -> Message {
        let mut message = Message::new(payload.as_bytes().to_vec());
        for (name, value) in headers {
            message = message
                .add_header(Header::new(name.to_string(), HeaderValue::String(value.to_string().into())));
        }
        message
    }

    fn stream_shape(operation: &str) -> (&'static ServiceModel, &'static Shape) {
        let model = Service::BedrockRuntime.model();
        let operation = model.operation(operation).unwrap();
        let (_, shape) = crate::api::response::event_stream_member(model, operation).unwrap();
        (model, shape)
    }

    #[test]
    fn events_become_botocore_documents() {
        let (model, shape) = stream_shape("ConverseStream");
        let delta = message(
            &[
                (":message-type", "event"),
                (":event-type", "contentBlockDelta"),
                (":content-type", "application/json"),
            ],
            r#"{"contentBlockIndex":0,"delta":{"text":"Hi"},"p":"abc"}"#,
        );
        let document = event_document(model, shape, &delta).unwrap();
        assert_eq!(document["contentBlockDelta"]["delta"]["text"], "Hi");
        let (model, shape) = stream_shape("InvokeModelWithResponseStream");
        let chunk =
            message(&[(":message-type", "event"), (":event-type", "chunk")], r#"{"bytes":"eyJhIjoxfQ=="}"#);
        assert_eq!(event_document(model, shape, &chunk).unwrap()["chunk"]["bytes"], "eyJhIjoxfQ==");
    }

    #[test]
    fn exceptions_are_service_errors() {
        let (model, shape) = stream_shape("ConverseStream");
        let exception = message(
            &[(":message-type", "exception"), (":exception-type", "throttlingException")],
            r#"{"message":"slow down"}"#,
        );
        let failure = event_document(model, shape, &exception).unwrap_err();
        assert_eq!(failure.code, "ThrottlingException");
        assert_eq!(failure.exit_code(), 254);
    }
}
