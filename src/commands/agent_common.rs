//! Glue shared by the knowledge-base and agent commands (bedrock-agent and
//! bedrock-agent-runtime): printing a response's raw document, model ARNs from names, tags,
//! and waiting on a resource's status with a status line on a terminal.

use std::collections::HashMap;
use std::future::Future;
use std::time::{Duration, Instant};

use aws_smithy_runtime_api::client::orchestrator::HttpResponse;
use aws_smithy_runtime_api::client::result::SdkError;
use aws_smithy_types::error::metadata::ProvideErrorMetadata;
use serde_json::Value;

use crate::context::{Ctx, Service};
use crate::error::{Failure, Result};
use crate::output::View;

/// Print the raw document of a successful call, or turn its error into a Failure.
pub async fn respond<T, E>(
    ctx: &Ctx,
    service: Service,
    result: std::result::Result<T, SdkError<E, HttpResponse>>,
    view: &View,
) -> Result<Value>
where
    E: ProvideErrorMetadata + std::error::Error + Send + Sync + 'static,
{
    if let Err(error) = result {
        return Err(ctx.failure(service, error).await);
    }
    let document = ctx.capture.take_json()?;
    ctx.output.document(&document, view)?;
    Ok(document)
}

/// The raw document of a successful call, not printed.
pub async fn fetch<T, E>(
    ctx: &Ctx,
    service: Service,
    result: std::result::Result<T, SdkError<E, HttpResponse>>,
) -> Result<(T, Value)>
where
    E: ProvideErrorMetadata + std::error::Error + Send + Sync + 'static,
{
    match result {
        Ok(output) => Ok((output, ctx.capture.take_json()?)),
        Err(error) => Err(ctx.failure(service, error).await),
    }
}

/// A foundation model's ARN from an alias, an id or an ARN.
pub async fn model_arn(ctx: &Ctx, name: &str) -> Result<String> {
    let id = crate::models::resolve_model(&ctx.settings, name);
    if id.starts_with("arn:") {
        return Ok(id);
    }
    let region = ctx.region().await?;
    Ok(format!("arn:aws:bedrock:{region}::foundation-model/{id}"))
}

/// `--tags k=v` flags as a map.
pub fn tags(pairs: &[String]) -> Result<Option<HashMap<String, String>>> {
    if pairs.is_empty() {
        return Ok(None);
    }
    let mut tags = HashMap::new();
    for pair in pairs {
        let (key, value) = crate::input::key_value(pair, "--tags")?;
        tags.insert(key, value);
    }
    Ok(Some(tags))
}

/// A JSON argument: inline JSON, `@file`, or `-` for stdin.
pub fn json_argument(text: &str, flag: &str) -> Result<Value> {
    let (bytes, origin) = crate::input::flag_bytes(text, flag)?;
    crate::input::parse_json(&bytes, &origin)
}

/// Poll `check` until it reports a final state, showing its progress message on a terminal.
/// `check` returns Some(outcome) when done, None (with the line to show) while waiting.
pub async fn wait_for<F, Fut, T>(ctx: &Ctx, timeout: Option<f64>, what: &str, mut check: F) -> Result<T>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<std::result::Result<T, String>>>,
{
    let started = Instant::now();
    let line = crate::output::status_line::StatusLine::start(&ctx.output);
    let mut delay = Duration::from_millis(250);
    loop {
        match check().await {
            Ok(Ok(outcome)) => {
                line.finish();
                return Ok(outcome);
            }
            Ok(Err(message)) => line.show(&message),
            Err(failure) => {
                line.finish();
                return Err(failure);
            }
        }
        if let Some(limit) = timeout
            && started.elapsed().as_secs_f64() >= limit
        {
            line.finish();
            return Err(Failure::other(
                "timeout",
                format!("gave up waiting for {what} after {limit} seconds"),
            ));
        }
        tokio::time::sleep(delay).await;
        delay = (delay * 2).min(Duration::from_secs(5));
    }
}
