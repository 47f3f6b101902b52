//! `--debug`: a trace of every attempt, request and response on stderr, with secrets redacted.

use aws_smithy_runtime_api::box_error::BoxError;
use aws_smithy_runtime_api::client::interceptors::Intercept;
use aws_smithy_runtime_api::client::interceptors::context::{
    AfterDeserializationInterceptorContextRef, BeforeDeserializationInterceptorContextRef,
    BeforeTransmitInterceptorContextRef,
};
use aws_smithy_runtime_api::client::retries::RequestAttempts;
use aws_smithy_runtime_api::client::runtime_components::RuntimeComponents;
use aws_smithy_types::config_bag::ConfigBag;

use super::redact;
use crate::output::debug_line;

/// Bodies longer than this are shown truncated.
const BODY_LIMIT: usize = 4096;

/// The debug trace interceptor, registered on every client when `--debug` is given.
#[derive(Debug, Clone, Default)]
pub struct DebugTrace;

fn show_body(direction: &str, bytes: Option<&[u8]>) {
    match bytes {
        Some([]) | None => {}
        Some(bytes) => {
            let text = String::from_utf8_lossy(&bytes[..bytes.len().min(BODY_LIMIT)]);
            let suffix = if bytes.len() > BODY_LIMIT { " …(truncated)" } else { "" };
            debug_line(&format!("{direction} body: {}{suffix}", redact::body(&text)));
        }
    }
}

impl Intercept for DebugTrace {
    fn name(&self) -> &'static str {
        "DebugTrace"
    }

    fn read_before_transmit(
        &self,
        context: &BeforeTransmitInterceptorContextRef<'_>,
        _runtime_components: &RuntimeComponents,
        cfg: &mut ConfigBag,
    ) -> Result<(), BoxError> {
        let attempt = cfg.load::<RequestAttempts>().map(|attempts| attempts.attempts()).unwrap_or(1);
        let request = context.request();
        debug_line(&format!("attempt {attempt}: {} {}", request.method(), request.uri()));
        for (name, value) in request.headers() {
            debug_line(&format!("> {name}: {}", redact::header(name, value)));
        }
        show_body(">", request.body().bytes());
        Ok(())
    }

    fn read_after_transmit(
        &self,
        context: &BeforeDeserializationInterceptorContextRef<'_>,
        _runtime_components: &RuntimeComponents,
        _cfg: &mut ConfigBag,
    ) -> Result<(), BoxError> {
        let response = context.response();
        debug_line(&format!("< HTTP {}", response.status().as_u16()));
        for (name, value) in response.headers() {
            debug_line(&format!("< {name}: {}", redact::header(name, value)));
        }
        Ok(())
    }

    fn read_after_deserialization(
        &self,
        context: &AfterDeserializationInterceptorContextRef<'_>,
        _runtime_components: &RuntimeComponents,
        _cfg: &mut ConfigBag,
    ) -> Result<(), BoxError> {
        show_body("<", context.response().body().bytes());
        Ok(())
    }
}
