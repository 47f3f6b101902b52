//! The `application/vnd.amazon.eventstream` wire format of the streaming operations: event and
//! exception frames (framed with `aws-smithy-eventstream`) and the HTTP response that carries
//! them, including the injected stream faults (a cut connection, an exception frame mid-stream).

use aws_smithy_eventstream::frame::write_message_to;
use aws_smithy_types::event_stream::{Header, HeaderValue, Message};
use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::http::{HeaderValue as HttpHeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use super::super::errors::ServiceError;
use super::super::faults::StreamFault;

/// The content type of event-stream bodies.
pub const EVENT_STREAM_CONTENT_TYPE: &str = "application/vnd.amazon.eventstream";

/// The exception the model streams (InvokeModelWithResponseStream, ConverseStream) end with
/// when interrupted.
pub const MODEL_STREAM_ERROR: &str = "modelStreamErrorException";

/// The message of the injected exception frame.
pub const INTERRUPTED_MESSAGE: &str = "The model stream was interrupted.";

fn string_header(name: &'static str, value: impl Into<String>) -> Header {
    Header::new(name, HeaderValue::String(value.into().into()))
}

/// An event frame whose payload is a JSON document.
pub fn event(event_type: &str, payload: &Value) -> Message {
    Message::new_from_parts(
        vec![
            string_header(":event-type", event_type),
            string_header(":content-type", "application/json"),
            string_header(":message-type", "event"),
        ],
        serde_json::to_vec(payload).unwrap_or_default(),
    )
}

/// An InvokeModelWithResponseStream `chunk` event: `{"bytes": base64(chunk JSON)}`.
pub fn chunk(payload: &Value) -> Message {
    let bytes = serde_json::to_vec(payload).unwrap_or_default();
    event("chunk", &json!({"bytes": aws_smithy_types::base64::encode(bytes)}))
}

/// An exception frame, e.g. `modelStreamErrorException`.
pub fn exception(exception_type: &str, message: &str) -> Message {
    Message::new_from_parts(
        vec![
            string_header(":exception-type", exception_type),
            string_header(":content-type", "application/json"),
            string_header(":message-type", "exception"),
        ],
        serde_json::to_vec(&json!({"message": message})).unwrap_or_default(),
    )
}

/// Frame messages one after another.
pub fn encode(messages: &[Message]) -> Result<Vec<u8>, ServiceError> {
    let mut buffer: Vec<u8> = Vec::with_capacity(messages.len() * 160);
    for message in messages {
        write_message_to(message, &mut buffer).map_err(|_| ServiceError::internal())?;
    }
    Ok(buffer)
}

/// How many frames are delivered before an injected fault: about half.
pub fn fault_position(frame_count: usize) -> usize {
    (frame_count / 2).max(1).min(frame_count)
}

/// Bytes per body part handed to the server.
const PART_BYTES: usize = 64 * 1024;

/// How long a cut stream waits before breaking off, so the frames before it reach the client.
const CUT_PAUSE: Duration = Duration::from_millis(20);

/// The body of a stream response: the encoded frames in parts, then either the end or, for a
/// cut stream, an error after a short pause, which makes the server drop the connection without
/// finishing the chunked body.
struct FrameBody {
    parts: VecDeque<Bytes>,
    cut: bool,
    pause: Option<Pin<Box<tokio::time::Sleep>>>,
}

impl futures_core::Stream for FrameBody {
    type Item = Result<Bytes, std::io::Error>;

    fn poll_next(mut self: Pin<&mut Self>, context: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        if let Some(part) = self.parts.pop_front() {
            return Poll::Ready(Some(Ok(part)));
        }
        if !self.cut {
            return Poll::Ready(None);
        }
        let pause = self.pause.get_or_insert_with(|| Box::pin(tokio::time::sleep(CUT_PAUSE)));
        match pause.as_mut().poll(context) {
            Poll::Pending => Poll::Pending,
            Poll::Ready(()) => {
                self.cut = false;
                Poll::Ready(Some(Err(std::io::Error::new(
                    std::io::ErrorKind::ConnectionAborted,
                    "the emulator cut the stream (--fault-stream-cut)",
                ))))
            }
        }
    }
}

/// Encode frames into body parts of about [`PART_BYTES`].
fn encode_parts(messages: impl Iterator<Item = Message>) -> Result<VecDeque<Bytes>, ServiceError> {
    let mut parts = VecDeque::new();
    let mut buffer: Vec<u8> = Vec::with_capacity(PART_BYTES + 1024);
    for message in messages {
        write_message_to(&message, &mut buffer).map_err(|_| ServiceError::internal())?;
        if buffer.len() >= PART_BYTES {
            parts.push_back(Bytes::from(std::mem::replace(
                &mut buffer,
                Vec::with_capacity(PART_BYTES + 1024),
            )));
        }
    }
    if !buffer.is_empty() {
        parts.push_back(Bytes::from(buffer));
    }
    Ok(parts)
}

/// The HTTP response carrying a stream of frames (chunked), with a fault applied: a cut stream
/// sends the frames before the fault position and then breaks the connection; an exception
/// stream replaces the rest with an exception frame of `exception_type` (one the operation
/// declares: `modelStreamErrorException` for the model streams). Frames are encoded as they are
/// drawn from `messages`.
pub fn response(
    messages: impl ExactSizeIterator<Item = Message>,
    fault: StreamFault,
    exception_type: &str,
    extra_headers: &[(&str, String)],
) -> Response {
    let total = messages.len();
    let kept = if fault == StreamFault::None { total } else { fault_position(total) };
    let trailer = (fault == StreamFault::Exception).then(|| exception(exception_type, INTERRUPTED_MESSAGE));
    let parts = match encode_parts(messages.take(kept).chain(trailer)) {
        Ok(parts) => parts,
        Err(error) => return error.into_response(),
    };
    let body = FrameBody { parts, cut: fault == StreamFault::Cut, pause: None };
    let mut response = Response::new(Body::from_stream(body));
    *response.status_mut() = StatusCode::OK;
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HttpHeaderValue::from_static(EVENT_STREAM_CONTENT_TYPE));
    for (name, value) in extra_headers {
        if let (Ok(name), Ok(value)) =
            (header::HeaderName::from_bytes(name.as_bytes()), HttpHeaderValue::from_str(value))
        {
            headers.insert(name, value);
        }
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;
    use aws_smithy_eventstream::frame::read_message_from;
    use bytes::Buf;
    use futures_core::Stream;

    fn header<'a>(message: &'a Message, name: &str) -> &'a str {
        message
            .headers()
            .iter()
            .find(|header| header.name().as_str() == name)
            .and_then(|header| header.value().as_string().ok())
            .map(|value| value.as_str())
            .unwrap()
    }

    #[test]
    fn frames_round_trip() {
        let messages = vec![
            chunk(&json!({"outputText": "Hello", "index": 0})),
            event("contentBlockDelta", &json!({"contentBlockIndex": 0, "delta": {"text": "Hi"}})),
            exception("throttlingException", "Too many requests"),
        ];
        let bytes = encode(&messages).unwrap();
        let mut buffer = &bytes[..];
        let first = read_message_from(&mut buffer).unwrap();
        assert_eq!(header(&first, ":event-type"), "chunk");
        assert_eq!(header(&first, ":message-type"), "event");
        assert_eq!(header(&first, ":content-type"), "application/json");
        let payload: Value = serde_json::from_slice(first.payload()).unwrap();
        let decoded = aws_smithy_types::base64::decode(payload["bytes"].as_str().unwrap()).unwrap();
        let inner: Value = serde_json::from_slice(&decoded).unwrap();
        assert_eq!(inner, json!({"outputText": "Hello", "index": 0}));
        let second = read_message_from(&mut buffer).unwrap();
        assert_eq!(header(&second, ":event-type"), "contentBlockDelta");
        let payload: Value = serde_json::from_slice(second.payload()).unwrap();
        assert_eq!(payload["delta"]["text"], "Hi");
        let third = read_message_from(&mut buffer).unwrap();
        assert_eq!(header(&third, ":message-type"), "exception");
        assert_eq!(header(&third, ":exception-type"), "throttlingException");
        let payload: Value = serde_json::from_slice(third.payload()).unwrap();
        assert_eq!(payload["message"], "Too many requests");
        assert!(!buffer.has_remaining());
    }

    #[test]
    fn faults_come_after_about_half_of_the_frames() {
        assert_eq!(fault_position(10), 5);
        assert_eq!(fault_position(3), 1);
        assert_eq!(fault_position(1), 1);
        assert_eq!(fault_position(0), 0);
    }

    async fn collect(response: Response) -> (Vec<u8>, bool) {
        let mut stream = response.into_body().into_data_stream();
        let mut bytes = Vec::new();
        let mut failed = false;
        while let Some(part) = std::future::poll_fn(|context| Pin::new(&mut stream).poll_next(context)).await
        {
            match part {
                Ok(part) => bytes.extend_from_slice(&part),
                Err(_) => failed = true,
            }
        }
        (bytes, failed)
    }

    fn frames(bytes: &[u8]) -> Vec<Message> {
        let mut buffer = bytes;
        let mut messages = Vec::new();
        while buffer.has_remaining() {
            messages.push(read_message_from(&mut buffer).unwrap());
        }
        messages
    }

    #[tokio::test]
    async fn responses_apply_stream_faults() {
        let messages: Vec<Message> = (0..3000).map(|index| chunk(&json!({"index": index}))).collect();
        let (bytes, failed) =
            collect(response(messages.clone().into_iter(), StreamFault::None, MODEL_STREAM_ERROR, &[])).await;
        assert!(!failed);
        assert_eq!(frames(&bytes).len(), 3000);
        let (bytes, failed) =
            collect(response(messages.clone().into_iter(), StreamFault::Cut, MODEL_STREAM_ERROR, &[])).await;
        assert!(failed, "a cut stream ends with an error");
        assert_eq!(frames(&bytes).len(), 1500);
        let (bytes, failed) =
            collect(response(messages.into_iter(), StreamFault::Exception, MODEL_STREAM_ERROR, &[])).await;
        assert!(!failed);
        let received = frames(&bytes);
        assert_eq!(received.len(), 1501);
        assert_eq!(header(received.last().unwrap(), ":exception-type"), "modelStreamErrorException");
    }
}
