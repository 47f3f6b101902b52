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

/// Keeps the body of the last non-streaming response.
#[derive(Debug, Clone, Default)]
pub struct RawBodyCapture {
    last: Arc<Mutex<Option<Bytes>>>,
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
        if let Some(body) = context.response().body().bytes() {
            self.store(body);
        }
        Ok(())
    }
}
