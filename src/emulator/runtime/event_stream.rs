//! The `application/vnd.amazon.eventstream` wire format of the streaming operations: event and
//! exception frames (framed with `aws-smithy-eventstream`) and the HTTP response that carries
//! them, including the injected stream faults (a cut connection, an exception frame mid-stream).

use aws_smithy_eventstream::frame::write_message_to;
use aws_smithy_types::event_stream::{Header, HeaderValue, Message};
use std::future::Future;
use std::pin::Pin;
use std::sync::LazyLock;
use std::task::{Context, Poll};
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::http::{HeaderValue as HttpHeaderValue, StatusCode, header};
use axum::response::Response;
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

/// The encoded headers of a frame whose headers are all strings, as `write_message_to` writes
/// them: name length (u8), name, type 7 (string), value length (u16, big-endian), value.
pub fn string_headers(headers: &[(&str, &str)]) -> Result<Vec<u8>, ServiceError> {
    let mut encoded = Vec::new();
    for (name, value) in headers {
        let name_length = u8::try_from(name.len()).map_err(|_| ServiceError::internal())?;
        let value_length = u16::try_from(value.len())
            .ok()
            .filter(|length| *length <= i16::MAX as u16)
            .ok_or_else(ServiceError::internal)?;
        encoded.push(name_length);
        encoded.extend_from_slice(name.as_bytes());
        encoded.push(7);
        encoded.extend_from_slice(&value_length.to_be_bytes());
        encoded.extend_from_slice(value.as_bytes());
    }
    Ok(encoded)
}

/// Append one frame to `out`: the prelude (total and header lengths and their CRC-32), the
/// encoded `headers`, the payload `write_payload` appends, and the CRC-32 of it all; the same
/// bytes `write_message_to` produces.
pub fn write_frame(
    out: &mut Vec<u8>,
    headers: &[u8],
    write_payload: impl FnOnce(&mut Vec<u8>) -> Result<(), ServiceError>,
) -> Result<(), ServiceError> {
    const PRELUDE_BYTES: usize = 12;
    const CRC_BYTES: usize = 4;
    let start = out.len();
    out.extend_from_slice(&[0; PRELUDE_BYTES]);
    out.extend_from_slice(headers);
    let written = write_payload(out).and_then(|()| {
        let total = u32::try_from(out.len() - start + CRC_BYTES).map_err(|_| ServiceError::internal())?;
        let headers_length = u32::try_from(headers.len()).map_err(|_| ServiceError::internal())?;
        out[start..start + 4].copy_from_slice(&total.to_be_bytes());
        out[start + 4..start + 8].copy_from_slice(&headers_length.to_be_bytes());
        let prelude_crc = crc32fast::hash(&out[start..start + 8]);
        out[start + 8..start + PRELUDE_BYTES].copy_from_slice(&prelude_crc.to_be_bytes());
        Ok(())
    });
    if let Err(error) = written {
        out.truncate(start);
        return Err(error);
    }
    let message_crc = crc32fast::hash(&out[start..]);
    out.extend_from_slice(&message_crc.to_be_bytes());
    Ok(())
}

/// The encoded headers of every InvokeModelWithResponseStream `chunk` event.
static CHUNK_HEADERS: LazyLock<Vec<u8>> = LazyLock::new(|| {
    string_headers(&[
        (":event-type", "chunk"),
        (":content-type", "application/json"),
        (":message-type", "event"),
    ])
    .unwrap_or_default()
});

/// Append a `chunk` event frame carrying the chunk document `chunk_json` (its serialized JSON):
/// the same bytes as `write_message_to(&chunk(document))`.
pub fn write_chunk(out: &mut Vec<u8>, chunk_json: &[u8]) -> Result<(), ServiceError> {
    write_frame(out, &CHUNK_HEADERS, |out| {
        out.extend_from_slice(br#"{"bytes":""#);
        base64_simd::STANDARD.encode_append(chunk_json, out);
        out.extend_from_slice(br#""}"#);
        Ok(())
    })
}

/// Append an event frame of `event_type` whose payload is the JSON document `payload`: the same
/// bytes as `write_message_to(&event(event_type, payload))`.
pub fn write_event(out: &mut Vec<u8>, event_type: &str, payload: &Value) -> Result<(), ServiceError> {
    let headers = string_headers(&[
        (":event-type", event_type),
        (":content-type", "application/json"),
        (":message-type", "event"),
    ])?;
    write_frame(out, &headers, |out| {
        serde_json::to_writer(out, payload).map_err(|_| ServiceError::internal())
    })
}

/// The frames of a stream response, encoded one at a time as the body is sent.
pub trait Frames: Send + 'static {
    /// How many frames are left.
    fn remaining(&self) -> usize;

    /// Append the next frame to `out`; false when there are none left.
    fn write_next(&mut self, out: &mut Vec<u8>) -> Result<bool, ServiceError>;
}

/// Frames from prebuilt messages.
pub struct Messages<I>(pub I);

impl<I: ExactSizeIterator<Item = Message> + Send + 'static> Frames for Messages<I> {
    fn remaining(&self) -> usize {
        self.0.len()
    }

    fn write_next(&mut self, out: &mut Vec<u8>) -> Result<bool, ServiceError> {
        match self.0.next() {
            Some(message) => {
                write_message_to(&message, out).map_err(|_| ServiceError::internal())?;
                Ok(true)
            }
            None => Ok(false),
        }
    }
}

/// Event frames from `(event type, payload)` pairs, e.g. ConverseStream's events.
pub struct Events<I>(pub I);

impl<I: ExactSizeIterator<Item = (&'static str, Value)> + Send + 'static> Frames for Events<I> {
    fn remaining(&self) -> usize {
        self.0.len()
    }

    fn write_next(&mut self, out: &mut Vec<u8>) -> Result<bool, ServiceError> {
        match self.0.next() {
            Some((event_type, payload)) => write_event(out, event_type, &payload).map(|()| true),
            None => Ok(false),
        }
    }
}

/// Bytes per body part handed to the server.
const PART_BYTES: usize = 64 * 1024;

/// How long a cut stream waits before breaking off, so the frames before it reach the client.
const CUT_PAUSE: Duration = Duration::from_millis(20);

/// The body of a stream response: the frames, encoded part by part as the server asks for them,
/// up to the fault position; then an injected exception frame, if any; then either the end or,
/// for a cut stream, an error after a short pause, which makes the server drop the connection
/// without finishing the chunked body.
struct FrameBody<F> {
    frames: F,
    /// How many more frames to send before the fault (all of them without one).
    kept: usize,
    trailer: Option<Message>,
    cut: bool,
    pause: Option<Pin<Box<tokio::time::Sleep>>>,
    /// The pause before each frame after the first (`--frame-delay`), one frame per part.
    pace: Option<Duration>,
}

impl<F: Frames> FrameBody<F> {
    /// Encode the next part: frames until it holds about [`PART_BYTES`], then the trailer.
    fn next_part(&mut self) -> Result<Vec<u8>, ServiceError> {
        let mut part = if self.kept > 0 { Vec::with_capacity(PART_BYTES + 1024) } else { Vec::new() };
        let limit = if self.pace.is_some() { 1 } else { PART_BYTES };
        while self.kept > 0 && part.len() < limit {
            self.kept -= 1;
            if !self.frames.write_next(&mut part)? {
                self.kept = 0;
            }
        }
        if self.kept == 0
            && let Some(trailer) = self.trailer.take()
        {
            write_message_to(&trailer, &mut part).map_err(|_| ServiceError::internal())?;
        }
        Ok(part)
    }
}

impl<F: Frames + Unpin> futures_core::Stream for FrameBody<F> {
    type Item = Result<Bytes, std::io::Error>;

    fn poll_next(mut self: Pin<&mut Self>, context: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        if let Some(pace) = self.pace
            && self.kept > 0
        {
            // Paced: wait before every frame but the first.
            if let Some(pause) = self.pause.as_mut() {
                if pause.as_mut().poll(context).is_pending() {
                    return Poll::Pending;
                }
                self.pause = Some(Box::pin(tokio::time::sleep(pace)));
            } else {
                self.pause = Some(Box::pin(tokio::time::sleep(pace)));
            }
        }
        match self.next_part() {
            Ok(part) if !part.is_empty() => return Poll::Ready(Some(Ok(Bytes::from(part)))),
            Ok(_) => {}
            Err(_) => {
                self.kept = 0;
                self.trailer = None;
                self.cut = false;
                return Poll::Ready(Some(Err(std::io::Error::other(
                    "the emulator failed to encode a frame",
                ))));
            }
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

/// The HTTP response carrying a stream of frames (chunked), with a fault applied: a cut stream
/// sends the frames before the fault position and then breaks the connection; an exception
/// stream replaces the rest with an exception frame of `exception_type` (one the operation
/// declares: `modelStreamErrorException` for the model streams).
pub fn response(
    messages: impl ExactSizeIterator<Item = Message> + Send + Unpin + 'static,
    fault: StreamFault,
    exception_type: &str,
    extra_headers: &[(&str, String)],
) -> Response {
    frames_response(Messages(messages), fault, exception_type, extra_headers)
}

/// [`response`] for any [`Frames`]: they are encoded lazily, part by part, as the body is sent.
pub fn frames_response(
    frames: impl Frames + Unpin,
    fault: StreamFault,
    exception_type: &str,
    extra_headers: &[(&str, String)],
) -> Response {
    let total = frames.remaining();
    let kept = if matches!(fault, StreamFault::None | StreamFault::Paced(_)) {
        total
    } else {
        fault_position(total)
    };
    let trailer = (fault == StreamFault::Exception).then(|| exception(exception_type, INTERRUPTED_MESSAGE));
    let pace = match fault {
        StreamFault::Paced(delay) => Some(delay),
        _ => None,
    };
    let body = FrameBody { frames, kept, trailer, cut: fault == StreamFault::Cut, pause: None, pace };
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
    fn frames_written_directly_match_the_smithy_encoding() {
        for (index, document) in [
            json!({}),
            json!({"outputText": "Hello", "index": 0}),
            json!({"text": "quotes \" and \\ and \u{1} and é中😀", "n": [1, 2.5, null]}),
        ]
        .iter()
        .enumerate()
        {
            let mut out = b"before".to_vec();
            write_chunk(&mut out, &serde_json::to_vec(document).unwrap()).unwrap();
            assert_eq!(out[6..], encode(&[chunk(document)]).unwrap()[..], "chunk {index}");
            let mut out = Vec::new();
            write_event(&mut out, "contentBlockDelta", document).unwrap();
            assert_eq!(out, encode(&[event("contentBlockDelta", document)]).unwrap(), "event {index}");
        }
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
    async fn a_paced_stream_sends_every_frame_one_by_one() {
        let messages: Vec<Message> = (0..4).map(|index| chunk(&json!({"index": index}))).collect();
        let paced = StreamFault::Paced(Duration::from_millis(30));
        let mut stream =
            response(messages.into_iter(), paced, MODEL_STREAM_ERROR, &[]).into_body().into_data_stream();
        let started = tokio::time::Instant::now();
        let mut parts = Vec::new();
        while let Some(part) = std::future::poll_fn(|context| Pin::new(&mut stream).poll_next(context)).await
        {
            parts.push(part.unwrap());
        }
        assert_eq!(parts.len(), 4, "one frame per part");
        assert!(parts.iter().all(|part| frames(part).len() == 1));
        assert!(started.elapsed() >= Duration::from_millis(90), "a pause before each frame after the first");
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

    #[tokio::test]
    async fn bodies_are_encoded_part_by_part() {
        let messages: Vec<Message> = (0..3000).map(|index| chunk(&json!({"index": index}))).collect();
        let expected = encode(&messages).unwrap();
        let response = response(messages.into_iter(), StreamFault::None, MODEL_STREAM_ERROR, &[]);
        let mut stream = response.into_body().into_data_stream();
        let mut parts = Vec::new();
        while let Some(part) = std::future::poll_fn(|context| Pin::new(&mut stream).poll_next(context)).await
        {
            parts.push(part.unwrap());
        }
        assert!(parts.len() > 1, "a large stream goes out in several parts");
        assert!(parts.iter().all(|part| part.len() < PART_BYTES + 1024));
        assert_eq!(parts.concat(), expected);
        let small = response_parts(vec![chunk(&json!({"index": 0}))]).await;
        assert_eq!(small, 1, "a small stream goes out at once");
    }

    async fn response_parts(messages: Vec<Message>) -> usize {
        let response = response(messages.into_iter(), StreamFault::None, MODEL_STREAM_ERROR, &[]);
        let mut stream = response.into_body().into_data_stream();
        let mut count = 0;
        while let Some(part) = std::future::poll_fn(|context| Pin::new(&mut stream).poll_next(context)).await
        {
            part.unwrap();
            count += 1;
        }
        count
    }
}
