//! `bedrock stream MODEL [PROMPT]`: InvokeModelWithResponseStream. Text is printed as it arrives,
//! flushed per chunk; `-o json` prints each decoded chunk as one NDJSON line. A stream that fails
//! mid-way keeps what arrived on stdout, then reports the error.

use std::time::Instant;

use aws_smithy_types::Blob;
use serde_json::Value;

use super::invoke::{InvokeArgs, guardrail_parts, prepare, print_dry_run, report_guardrail, usage_line};
use crate::aws::event_stream::{Event, FrameReader, TakeStreamBody};
use crate::context::{Ctx, Service};
use crate::error::{Failure, Result};
use crate::models::Modality;
use crate::output::stream::StreamSink;

pub async fn run(ctx: &Ctx, mut args: InvokeArgs) -> Result<()> {
    ctx.output.validate_query()?;
    args.settle_model(&ctx.settings, false)?;
    args.model = super::throughput::model_for_name(ctx, &args.model).await?;
    if args.body.is_none() {
        args.family = super::invoke::looked_up_family(ctx, &args.model, args.family.take()).await?;
    }
    let prepared = prepare(ctx, &args, true)?;
    if let Some(family) = prepared.family
        && !family.streams()
        && args.body.is_none()
    {
        return Err(Failure::usage(format!("{} does not stream responses", family.display_name()))
            .with_hint("use `bedrock invoke` for this model"));
    }
    if args.dry_run {
        return print_dry_run(ctx, &prepared);
    }
    let client = ctx.bedrock_runtime().await?;
    ctx.call_log.begin("stream", &prepared.model, prepared.prompt.clone(), None);
    let started = Instant::now();
    let mut request = client
        .invoke_model_with_response_stream()
        .model_id(&prepared.model)
        .content_type(&args.content_type)
        .accept(&args.accept)
        .body(Blob::new(prepared.body));
    if let Some(guardrail) = &args.guardrail {
        let (identifier, version) = guardrail_parts(guardrail)?;
        request = request.guardrail_identifier(identifier).guardrail_version(version);
        if args.guardrail_trace {
            request = request.trace(aws_sdk_bedrockruntime::types::Trace::Enabled);
        }
    }
    request = request
        .set_service_tier(args.reasoning.tier_type())
        .set_performance_config_latency(args.latency.map(super::converse::Latency::sdk));
    let show_reasoning = args.reasoning.show(&ctx.output);
    let taker = TakeStreamBody::default();
    let response = request.customize().interceptor(taker.clone()).send().await;
    if let Err(error) = response {
        return Err(ctx.failure(Service::BedrockRuntime, error).await);
    }
    ctx.capture.check_event_stream()?;
    let body = taker.take().ok_or_else(|| {
        Failure::other("invalid-response", "the answer is not an event stream (no event-stream body)")
    })?;
    let mut frames = FrameReader::new(body);
    let text_family = prepared.family.filter(|family| family.modality() == Modality::Text);
    let as_json = ctx.output.runtime_wants_json() || text_family.is_none();
    // NDJSON of the chunks as the model sent them, unless something has to look inside them.
    let verbatim = as_json && ctx.output.query.is_none() && !args.usage && args.guardrail.is_none();
    let mut first_byte: Option<u128> = None;
    let mut metrics: Option<Value> = None;
    let mut input_tokens = None;
    let mut output_tokens = None;
    // The answer's text for the call log (not kept on the verbatim NDJSON path).
    let mut answer = String::new();
    let mut sink = StreamSink::new(&ctx.output)?;
    loop {
        // Take the next event if it has already arrived; before waiting on the network, write
        // out everything that has.
        let event = match frames.ready() {
            Ok(Some(event)) => Ok(Some(event)),
            Ok(None) => {
                sink.flush()?;
                frames.next().await
            }
            Err(failure) => Err(failure),
        };
        let bytes = match event {
            Ok(Some(Event::Chunk(bytes))) => bytes,
            Ok(Some(Event::Other)) => continue,
            Ok(None) => break,
            Err(failure) => {
                sink.finish()?;
                return Err(failure);
            }
        };
        first_byte.get_or_insert_with(|| started.elapsed().as_millis());
        let not_json = |error: serde_json::Error| {
            Failure::other("invalid-response", format!("a stream chunk is not JSON: {error}"))
        };
        if verbatim && !bytes.contains(&b'\n') {
            serde_json::from_slice::<serde::de::IgnoredAny>(&bytes).map_err(not_json)?;
            sink.json_line(&bytes)?;
            continue;
        }
        if show_reasoning && !as_json && contains(&bytes, b"\"thinking_delta\"") {
            let chunk: Value = serde_json::from_slice(&bytes).map_err(not_json)?;
            let thinking = chunk.pointer("/delta/thinking").and_then(Value::as_str).unwrap_or_default();
            sink.reasoning(thinking)?;
            continue;
        }
        if let Some(family) = text_family
            && !as_json
            && args.guardrail.is_none()
            && let Some(piece) = family.stream_delta(&bytes)
        {
            answer.push_str(&piece.text);
            sink.text(&piece.text)?;
            continue;
        }
        let chunk: Value = serde_json::from_slice(&bytes).map_err(not_json)?;
        if let Some(found) = chunk.get("amazon-bedrock-invocationMetrics") {
            metrics = Some(found.clone());
        }
        if args.guardrail.is_some() {
            // Guardrail notes go to stderr: keep them after the text they follow.
            sink.flush()?;
            report_guardrail(ctx, &chunk, args.guardrail_trace)?;
        }
        if as_json {
            sink.ndjson(&chunk)?;
        } else if let Some(family) = text_family {
            let piece = family.extract_stream_chunk(&chunk)?;
            input_tokens = piece.input_tokens.or(input_tokens);
            output_tokens = piece.output_tokens.or(output_tokens);
            answer.push_str(&piece.text);
            sink.text(&piece.text)?;
        }
    }
    sink.finish()?;
    let metric = |name: &str| metrics.as_ref().and_then(|metrics| metrics.get(name)).and_then(Value::as_u64);
    let input = metric("inputTokenCount").or(input_tokens);
    let output_count = metric("outputTokenCount").or(output_tokens);
    ctx.call_log.finish(
        (!verbatim).then_some(answer),
        crate::calllog::Tokens {
            input,
            output: output_count,
            cache_read: metric("cacheReadInputTokenCount"),
            cache_write: metric("cacheWriteInputTokenCount"),
        },
    );
    if args.usage {
        let latency = metric("invocationLatency").unwrap_or(started.elapsed().as_millis() as u64);
        let mut line =
            usage_line(input, output_count, latency, super::invoke::total_milliseconds(started.elapsed()));
        if let Some(first) = metric("firstByteLatency").or(first_byte.map(|value| value as u64)) {
            line.push_str(&format!(", first byte {first} ms"));
        }
        line.push_str(&super::invoke::cache_suffix(
            metric("cacheReadInputTokenCount"),
            metric("cacheWriteInputTokenCount"),
        ));
        line.push_str(&super::invoke::tier_suffix(
            ctx.capture.header("x-amzn-bedrock-service-tier").as_deref(),
        ));
        ctx.output.usage(&line);
    }
    Ok(())
}

/// Whether `haystack` contains `needle`.
fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|window| window == needle)
}
