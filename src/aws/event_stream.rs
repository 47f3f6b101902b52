//! Reading InvokeModelWithResponseStream's event stream straight from the HTTP body.
//!
//! The SDK still builds, signs, sends and retries the request and reports HTTP errors; for a 200
//! event stream, [`TakeStreamBody`] takes the body before the SDK wraps it in its receiver, and
//! [`FrameReader`] decodes the frames (`application/vnd.amazon.eventstream`: prelude, headers,
//! payload, CRC32 checksums). The SDK's receiver copies every frame byte by byte through a
//! segmented buffer, builds owned header maps and parses each payload twice; on a long stream
//! that was most of the CLI's CPU time. Frames here are checked and read in place, and the
//! chunk's JSON is handed over as the bytes the model sent.

use std::sync::{Arc, Mutex};

use aws_smithy_runtime_api::box_error::BoxError;
use aws_smithy_runtime_api::client::interceptors::Intercept;
use aws_smithy_runtime_api::client::interceptors::context::BeforeDeserializationInterceptorContextMut;
use aws_smithy_runtime_api::client::runtime_components::RuntimeComponents;
use aws_smithy_types::body::SdkBody;
use aws_smithy_types::config_bag::ConfigBag;
use bytes::{Bytes, BytesMut};
use serde::Deserialize;

use crate::error::{Failure, Result};

const PRELUDE: usize = 12;
/// The service's limit on one frame (16 MiB), with room to spare.
const MAX_FRAME: usize = 24 * 1024 * 1024;

/// Takes the body of a 200 event-stream response, leaving the SDK an empty one.
#[derive(Debug, Clone, Default)]
pub struct TakeStreamBody(Arc<Mutex<Option<SdkBody>>>);

impl TakeStreamBody {
    /// The body taken from the response, once.
    pub fn take(&self) -> Option<SdkBody> {
        self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).take()
    }
}

impl Intercept for TakeStreamBody {
    fn name(&self) -> &'static str {
        "TakeStreamBody"
    }

    fn modify_before_deserialization(
        &self,
        context: &mut BeforeDeserializationInterceptorContextMut<'_>,
        _runtime_components: &RuntimeComponents,
        _cfg: &mut ConfigBag,
    ) -> std::result::Result<(), BoxError> {
        let response = context.response_mut();
        let event_stream =
            response.headers().get("content-type").is_some_and(|value| value.contains("eventstream"));
        if response.status().as_u16() == 200 && event_stream {
            let body = response.take_body();
            *response.body_mut() = SdkBody::empty();
            *self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) = Some(body);
        }
        Ok(())
    }
}

/// One decoded frame.
#[derive(Debug, PartialEq)]
pub enum Event {
    /// A `chunk` event: the model's JSON chunk (the payload part's `bytes`, base64-decoded).
    Chunk(Vec<u8>),
    /// An event of another type, which this operation does not declare (ignored, as the SDK does).
    Other,
}

/// Frames read from an event-stream body as they arrive.
pub struct FrameReader {
    body: SdkBody,
    buffer: BytesMut,
    ended: bool,
}

impl FrameReader {
    pub fn new(body: SdkBody) -> Self {
        FrameReader { body, buffer: BytesMut::with_capacity(64 * 1024), ended: false }
    }

    /// The next event if a whole frame has already arrived; `None` when one must be waited for.
    pub fn ready(&mut self) -> Result<Option<Event>> {
        let Some(frame) = split_frame(&mut self.buffer)? else { return Ok(None) };
        decode(frame).map(Some)
    }

    /// The next event, waiting for the network if needed; `None` at the end of the stream.
    pub async fn next(&mut self) -> Result<Option<Event>> {
        loop {
            if let Some(event) = self.ready()? {
                return Ok(Some(event));
            }
            if self.ended {
                if self.buffer.is_empty() {
                    return Ok(None);
                }
                return Err(broken(format!(
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
                Some(Err(error)) => return Err(broken(crate::aws::errors::root_cause(&*error))),
                None => self.ended = true,
            }
        }
    }
}

fn broken(cause: impl std::fmt::Display) -> Failure {
    crate::aws::errors::stream_broke_off(cause)
}

/// Split off the first whole frame, after checking its prelude.
fn split_frame(buffer: &mut BytesMut) -> Result<Option<Bytes>> {
    if buffer.len() < PRELUDE {
        return Ok(None);
    }
    let total = u32::from_be_bytes([buffer[0], buffer[1], buffer[2], buffer[3]]) as usize;
    let headers = u32::from_be_bytes([buffer[4], buffer[5], buffer[6], buffer[7]]) as usize;
    let prelude_crc = u32::from_be_bytes([buffer[8], buffer[9], buffer[10], buffer[11]]);
    if crc32fast::hash(&buffer[..8]) != prelude_crc {
        return Err(broken("a frame's prelude checksum does not match"));
    }
    if total > MAX_FRAME || total < PRELUDE + 4 + headers {
        return Err(broken(format!("a frame declares an impossible length ({total} bytes)")));
    }
    if buffer.len() < total {
        return Ok(None);
    }
    Ok(Some(buffer.split_to(total).freeze()))
}

/// Check a whole frame's checksum and read its headers and payload.
fn decode(frame: Bytes) -> Result<Event> {
    let total = frame.len();
    let message_crc =
        u32::from_be_bytes([frame[total - 4], frame[total - 3], frame[total - 2], frame[total - 1]]);
    if crc32fast::hash(&frame[..total - 4]) != message_crc {
        return Err(broken("a frame's checksum does not match"));
    }
    let headers_length = u32::from_be_bytes([frame[4], frame[5], frame[6], frame[7]]) as usize;
    let mut headers = &frame[PRELUDE..PRELUDE + headers_length];
    let payload = &frame[PRELUDE + headers_length..total - 4];
    let mut message_type = None;
    let mut event_type = None;
    let mut exception_type = None;
    let mut error_code = None;
    let mut error_message = None;
    while !headers.is_empty() {
        let (name, value) = header(&mut headers)?;
        match name {
            b":message-type" => message_type = value,
            b":event-type" => event_type = value,
            b":exception-type" => exception_type = value,
            b":error-code" => error_code = value,
            b":error-message" => error_message = value,
            _ => {}
        }
    }
    match message_type {
        Some(b"event") if event_type == Some(b"chunk".as_slice()) => chunk(payload).map(Event::Chunk),
        Some(b"event") => Ok(Event::Other),
        Some(b"exception") => Err(exception(exception_type.unwrap_or(b"UnknownError"), payload)),
        Some(b"error") => {
            let code = String::from_utf8_lossy(error_code.unwrap_or(b"UnknownError")).into_owned();
            let message = String::from_utf8_lossy(error_message.unwrap_or(b"the stream failed")).into_owned();
            Err(crate::aws::errors::stream_exception(code, message))
        }
        _ => Err(broken("a frame has no message type")),
    }
}

/// Read one header; the value is returned only when it is a string (the type every header this
/// reader looks at has).
fn header<'a>(headers: &mut &'a [u8]) -> Result<(&'a [u8], Option<&'a [u8]>)> {
    let truncated = || broken("a frame's headers are cut short");
    let name_length = *headers.first().ok_or_else(truncated)? as usize;
    if headers.len() < 2 + name_length {
        return Err(truncated());
    }
    let name = &headers[1..1 + name_length];
    let kind = headers[1 + name_length];
    let rest = &headers[2 + name_length..];
    let length_prefixed = |rest: &'a [u8]| -> Result<(&'a [u8], &'a [u8])> {
        if rest.len() < 2 {
            return Err(truncated());
        }
        let length = u16::from_be_bytes([rest[0], rest[1]]) as usize;
        if rest.len() < 2 + length {
            return Err(truncated());
        }
        Ok((&rest[2..2 + length], &rest[2 + length..]))
    };
    let fixed = |size: usize| -> Result<&'a [u8]> { rest.get(size..).ok_or_else(truncated) };
    let (value, rest) = match kind {
        0 | 1 => (None, rest),
        2 => (None, fixed(1)?),
        3 => (None, fixed(2)?),
        4 => (None, fixed(4)?),
        5 | 8 => (None, fixed(8)?),
        9 => (None, fixed(16)?),
        6 => (None, length_prefixed(rest)?.1),
        7 => {
            let (value, rest) = length_prefixed(rest)?;
            (Some(value), rest)
        }
        other => return Err(broken(format!("a frame has a header of unknown type {other}"))),
    };
    *headers = rest;
    Ok((name, value))
}

#[derive(Deserialize)]
struct PayloadPart<'a> {
    #[serde(borrow)]
    bytes: Option<std::borrow::Cow<'a, str>>,
}

/// The model's chunk out of a `chunk` event's payload (`{"bytes": "<base64>"}`).
fn chunk(payload: &[u8]) -> Result<Vec<u8>> {
    let part: PayloadPart = serde_json::from_slice(payload)
        .map_err(|error| broken(format!("a chunk event is not a payload part: {error}")))?;
    let Some(encoded) = part.bytes else { return Ok(Vec::new()) };
    aws_smithy_types::base64::decode(encoded.as_ref())
        .map_err(|error| broken(format!("a chunk's bytes are not base64: {error}")))
}

#[derive(Deserialize)]
struct ExceptionPayload {
    #[serde(alias = "Message")]
    message: Option<String>,
}

/// An exception frame, named by its modelled type (`modelStreamErrorException` becomes
/// `ModelStreamErrorException`, the name the SDK gives it).
fn exception(exception_type: &[u8], payload: &[u8]) -> Failure {
    let name = String::from_utf8_lossy(exception_type);
    let mut letters = name.chars();
    let code: String =
        letters.next().map(|first| first.to_ascii_uppercase()).into_iter().chain(letters).collect();
    let message = serde_json::from_slice::<ExceptionPayload>(payload)
        .ok()
        .and_then(|payload| payload.message)
        .unwrap_or_else(|| "the stream failed".to_string());
    crate::aws::errors::stream_exception(code, message)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Kind;
    use aws_smithy_eventstream::frame::write_message_to;
    use aws_smithy_types::event_stream::{Header, HeaderValue, Message};

    fn message(headers: &[(&str, HeaderValue)], payload: &[u8]) -> Vec<u8> {
        let mut message = Message::new(Bytes::copy_from_slice(payload));
        for (name, value) in headers {
            message = message.add_header(Header::new(name.to_string(), value.clone()));
        }
        let mut bytes = Vec::new();
        write_message_to(&message, &mut bytes).unwrap();
        bytes
    }

    fn text(value: &str) -> HeaderValue {
        HeaderValue::String(value.to_string().into())
    }

    fn chunk_frame(json: &str) -> Vec<u8> {
        let payload = format!(r#"{{"bytes":"{}","p":"abcdefgh"}}"#, aws_smithy_types::base64::encode(json));
        message(
            &[
                (":event-type", text("chunk")),
                (":content-type", text("application/json")),
                (":message-type", text("event")),
                ("x-other", HeaderValue::Int32(7)),
                ("x-when", HeaderValue::Timestamp(aws_smithy_types::DateTime::from_secs(5))),
                ("x-flag", HeaderValue::Bool(true)),
                ("x-blob", HeaderValue::ByteArray(Bytes::from_static(b"\x00\x01"))),
            ],
            payload.as_bytes(),
        )
    }

    /// Decode a byte stream fed in pieces of `step` bytes, as frames arriving from the network.
    fn decode_in_pieces(bytes: &[u8], step: usize) -> Vec<Result<Event>> {
        let mut buffer = BytesMut::new();
        let mut events = Vec::new();
        for piece in bytes.chunks(step) {
            buffer.extend_from_slice(piece);
            loop {
                match split_frame(&mut buffer) {
                    Ok(Some(frame)) => events.push(decode(frame)),
                    Ok(None) => break,
                    Err(failure) => {
                        events.push(Err(failure));
                        return events;
                    }
                }
            }
        }
        assert!(buffer.is_empty(), "{} bytes left", buffer.len());
        events
    }

    #[test]
    fn frames_written_by_the_sdk_are_read_whatever_the_pieces() {
        let chunks =
            [r#"{"type":"content_block_delta","delta":{"text":"Hi é"}}"#, r#"{"outputText":""}"#, "{}"];
        let mut stream = Vec::new();
        for chunk in chunks {
            stream.extend(chunk_frame(chunk));
        }
        stream.extend(message(
            &[(":event-type", text("somethingNew")), (":message-type", text("event"))],
            b"{}",
        ));
        stream.extend(message(&[(":event-type", text("chunk")), (":message-type", text("event"))], b"{}"));
        for step in [1, 2, 7, 12, 13, 100, 4096] {
            let events: Vec<Event> =
                decode_in_pieces(&stream, step).into_iter().map(Result::unwrap).collect();
            let mut expected: Vec<Event> =
                chunks.iter().map(|chunk| Event::Chunk(chunk.as_bytes().to_vec())).collect();
            expected.push(Event::Other);
            expected.push(Event::Chunk(Vec::new()));
            assert_eq!(events, expected, "pieces of {step}");
        }
    }

    #[test]
    fn exception_and_error_frames_become_service_failures() {
        let exception = message(
            &[(":exception-type", text("modelStreamErrorException")), (":message-type", text("exception"))],
            br#"{"message":"The model stopped","originalStatusCode":500}"#,
        );
        let failure = decode_in_pieces(&exception, 5).pop().unwrap().unwrap_err();
        assert_eq!((failure.kind, failure.code.as_str()), (Kind::Service, "ModelStreamErrorException"));
        assert_eq!(failure.message, "The model stopped");
        assert_eq!(failure.exit_code(), 254);

        let throttled = message(
            &[(":exception-type", text("throttlingException")), (":message-type", text("exception"))],
            br#"{"Message":"Slow down"}"#,
        );
        let failure = decode_in_pieces(&throttled, 64).pop().unwrap().unwrap_err();
        assert_eq!((failure.code.as_str(), failure.message.as_str()), ("ThrottlingException", "Slow down"));
        assert!(failure.hint.is_some());

        let error = message(
            &[
                (":message-type", text("error")),
                (":error-code", text("InternalFailure")),
                (":error-message", text("It broke")),
            ],
            b"",
        );
        let failure = decode_in_pieces(&error, 64).pop().unwrap().unwrap_err();
        assert_eq!((failure.code.as_str(), failure.message.as_str()), ("InternalFailure", "It broke"));
    }

    #[test]
    fn damaged_frames_are_network_failures_naming_the_damage() {
        let good = chunk_frame(r#"{"a":1}"#);
        let mut payload_flipped = good.clone();
        let middle = payload_flipped.len() - 10;
        payload_flipped[middle] ^= 1;
        let mut prelude_flipped = good.clone();
        prelude_flipped[2] ^= 0x10;
        let no_type = message(&[(":event-type", text("chunk"))], b"{}");
        let not_a_part = message(&[(":event-type", text("chunk")), (":message-type", text("event"))], b"[1]");
        for (bytes, expected) in [
            (payload_flipped, "checksum does not match"),
            (prelude_flipped, "prelude checksum"),
            (no_type, "no message type"),
            (not_a_part, "not a payload part"),
        ] {
            let failure = decode_in_pieces(&bytes, 3).pop().unwrap().unwrap_err();
            assert_eq!(failure.exit_code(), 255, "{}", failure.message);
            assert!(
                failure.message.contains("broke off") && failure.message.contains(expected),
                "{}",
                failure.message
            );
        }
    }

    #[tokio::test]
    async fn a_body_that_ends_inside_a_frame_is_reported() {
        let mut stream = chunk_frame(r#"{"a":1}"#);
        let whole = stream.len();
        stream.extend(chunk_frame(r#"{"b":2}"#));
        stream.truncate(whole + 20);
        let mut reader = FrameReader::new(SdkBody::from(stream));
        assert_eq!(reader.next().await.unwrap(), Some(Event::Chunk(br#"{"a":1}"#.to_vec())));
        let failure = reader.next().await.unwrap_err();
        assert!(failure.message.contains("ended inside a frame (20 bytes left over)"), "{}", failure.message);

        let mut reader = FrameReader::new(SdkBody::from(chunk_frame("{}")));
        assert!(reader.ready().unwrap().is_none(), "nothing has been read yet");
        assert_eq!(reader.next().await.unwrap(), Some(Event::Chunk(b"{}".to_vec())));
        assert_eq!(reader.next().await.unwrap(), None);
    }
}
