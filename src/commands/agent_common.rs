//! Glue shared by the knowledge-base and agent commands (bedrock-agent and
//! bedrock-agent-runtime): printing a response's raw document, model ARNs from names, tags.

use std::collections::HashMap;

use aws_smithy_runtime_api::client::orchestrator::HttpResponse;
use aws_smithy_runtime_api::client::result::SdkError;
use aws_smithy_types::error::metadata::ProvideErrorMetadata;
use serde_json::Value;

use crate::context::{Ctx, Service};
use crate::error::Result;
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
