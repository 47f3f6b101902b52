//! Generic capture of the raw response body. `-o json` prints the service's own document, not
//! a re-serialisation of SDK structs, so one interceptor on every client keeps the bytes that
//! the SDK deserialised (paginated calls included: each page passes through it).

use std::sync::{Arc, Mutex};

use aws_smithy_runtime_api::box_error::BoxError;
use aws_smithy_runtime_api::client::interceptors::Intercept;
use aws_smithy_runtime_api::client::interceptors::context::AfterDeserializationInterceptorContextRef;
use aws_smithy_runtime_api::client::runtime_components::RuntimeComponents;
use aws_smithy_types::config_bag::ConfigBag;
use bytes::Bytes;
use serde_json::Value;

use crate::error::{Failure, Result};

/// Keeps the body of the last non-streaming response, and the headers of the last response.
#[derive(Debug, Clone, Default)]
pub struct RawBodyCapture {
    last: Arc<Mutex<Option<Bytes>>>,
    headers: Arc<Mutex<Vec<(String, String)>>>,
}

impl RawBodyCapture {
    /// Take the last captured body, leaving nothing behind.
    pub fn take(&self) -> Option<Bytes> {
        self.last.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).take()
    }

    /// Take the last captured body as a JSON document (an empty body is `{}`).
    pub fn take_json(&self) -> Result<Value> {
        let body =
            self.take().ok_or_else(|| Failure::other("internal", "the response body was not captured"))?;
        if body.iter().all(u8::is_ascii_whitespace) {
            return Ok(Value::Object(Default::default()));
        }
        serde_json::from_slice(&body).map_err(|error| {
            Failure::other("invalid-response", format!("the service's response is not JSON: {error}"))
        })
    }

    /// A header of the last response (name in lower case), e.g. the token counts of InvokeModel.
    pub fn header(&self, name: &str) -> Option<String> {
        let headers = self.headers.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        headers.iter().find(|(key, _)| key == name).map(|(_, value)| value.clone())
    }

    /// Refuse the answer of a streaming operation that is not an event stream (a 200 with a
    /// JSON or HTML body, e.g. from a proxy), rather than reporting it later as a broken stream.
    pub fn check_event_stream(&self) -> Result<()> {
        let headers = self.headers.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        crate::api::response::check_event_stream(&headers)
    }

    fn store(&self, body: &[u8]) {
        *self.last.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) =
            Some(Bytes::copy_from_slice(body));
    }
}

impl Intercept for RawBodyCapture {
    fn name(&self) -> &'static str {
        "RawBodyCapture"
    }

    fn read_after_deserialization(
        &self,
        context: &AfterDeserializationInterceptorContextRef<'_>,
        _runtime_components: &RuntimeComponents,
        _cfg: &mut ConfigBag,
    ) -> Result<(), BoxError> {
        let response = context.response();
        if let Some(body) = response.body().bytes() {
            self.store(body);
        }
        let headers = response
            .headers()
            .iter()
            .map(|(name, value)| (name.to_ascii_lowercase(), value.to_string()))
            .collect();
        *self.headers.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) = headers;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_content_type(content_type: Option<&str>) -> RawBodyCapture {
        let capture = RawBodyCapture::default();
        if let Some(content_type) = content_type {
            *capture.headers.lock().unwrap() = vec![("content-type".into(), content_type.into())];
        }
        capture
    }

    #[test]
    fn only_a_declared_non_event_stream_is_refused() {
        assert!(with_content_type(Some("application/vnd.amazon.eventstream")).check_event_stream().is_ok());
        assert!(with_content_type(None).check_event_stream().is_ok(), "no header: nothing to judge");
        let failure = with_content_type(Some("application/json")).check_event_stream().unwrap_err();
        assert_eq!(failure.code, "invalid-response");
        assert!(failure.message.contains("application/json"), "{}", failure.message);
    }
}
