//! `bedrock converse MODEL [PROMPT] [--stream]`: the Converse and ConverseStream APIs, with
//! attachments, tools, structured output through forced tool use, guardrails and prompt caching.
//! The request is assembled as the API's JSON document; `--dry-run` prints it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use aws_sdk_bedrockruntime::types::{
    ContentBlock, ContentBlockDelta, ContentBlockStart, ConverseStreamOutput, ReasoningContentBlock,
    ReasoningContentBlockDelta,
};
use clap::{Args, ValueEnum};
use futures_util::FutureExt;
use serde_json::{Map, Value, json};

use super::invoke::{GenerationFlags, IMAGE_LIMIT, usage_line};
use crate::aws::converse::{
    ConverseInput, citation_delta_json, citations_content_json, input_from_json, json_from_document,
    stream_event_json,
};
use crate::context::{Ctx, Service};
use crate::error::{Failure, Kind, Result};
use crate::output::citations::{Mark, Numbering, Source, converse_answer};
use crate::output::stream::StreamSink;

/// Largest document attachment the Converse API accepts (4.5 MB).
pub const DOCUMENT_LIMIT: u64 = 4_500_000;

/// The tool that carries structured output.
pub const STRUCTURED_TOOL: &str = "structured_output";

/// Latency profiles of the Converse API.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Latency {
    Standard,
    Optimized,
}

impl Latency {
    pub fn name(self) -> &'static str {
        match self {
            Latency::Standard => "standard",
            Latency::Optimized => "optimized",
        }
    }

    /// The SDK's value (the InvokeModel header).
    pub fn sdk(self) -> aws_sdk_bedrockruntime::types::PerformanceConfigLatency {
        aws_sdk_bedrockruntime::types::PerformanceConfigLatency::from(self.name())
    }
}

#[derive(Debug, Clone, Args)]
pub struct ConverseArgs {
    /// Model id, alias, inference profile id, ARN, or provisioned throughput name; may be left out
    /// when a default model is set (the config file's `model`, BEDROCK_MODEL) or with --continue.
    #[arg(value_name = "MODEL")]
    pub model: Option<String>,

    /// The user's message ("-" or omitted with piped stdin: read it from stdin).
    #[arg(value_name = "PROMPT")]
    pub prompt: Option<String>,

    /// Read the user's message from this file.
    #[arg(long, value_name = "FILE")]
    pub prompt_file: Option<PathBuf>,

    #[command(flatten)]
    pub generation: GenerationFlags,

    #[command(flatten)]
    pub reasoning: super::invoke::ReasoningFlags,

    /// Earlier conversation: a JSON file with the API's `messages` list (or an object with `messages`).
    #[arg(long, value_name = "FILE")]
    pub messages: Option<PathBuf>,

    /// Attach an image to the message (png, jpeg, gif, webp; repeatable).
    #[arg(long, value_name = "PATH")]
    pub image: Vec<PathBuf>,

    /// Attach a document (pdf, csv, doc, docx, xls, xlsx, html, txt, md; repeatable).
    #[arg(long, value_name = "PATH")]
    pub document: Vec<PathBuf>,

    /// Let the model cite the attached documents (citations enabled on every --document): the
    /// answer shows [n] after each cited passage and lists the sources.
    #[arg(long, requires = "document")]
    pub citations: bool,

    /// Tool configuration: a JSON file with the API's `toolConfig` (or just its `tools` list).
    #[arg(long, value_name = "FILE")]
    pub tools: Option<PathBuf>,

    /// Structured output: force the answer into JSON matching this JSON Schema file.
    #[arg(long, value_name = "FILE")]
    pub json_schema: Option<PathBuf>,

    /// Apply a guardrail: ID or ID:VERSION (version defaults to DRAFT).
    #[arg(long, value_name = "ID[:VERSION]")]
    pub guardrail: Option<String>,

    /// Ask for the guardrail's trace.
    #[arg(long, requires = "guardrail")]
    pub guardrail_trace: bool,

    /// Extra model-specific request fields as JSON (additionalModelRequestFields).
    #[arg(long, value_name = "JSON")]
    pub additional_fields: Option<String>,

    /// Latency profile (optimized where the model offers it).
    #[arg(long, value_enum, value_name = "PROFILE")]
    pub latency: Option<Latency>,

    /// Add a prompt-caching checkpoint after the system prompt (or the attachments).
    #[arg(long)]
    pub cache_point: bool,

    /// Request metadata for invocation logs: key=value (repeatable).
    #[arg(long, value_name = "KEY=VALUE")]
    pub request_metadata: Vec<String>,

    /// Stream the answer as it is generated (ConverseStream).
    #[arg(long)]
    pub stream: bool,

    /// Print the request document instead of sending it.
    #[arg(long)]
    pub dry_run: bool,

    /// Print input/output tokens and latency to stderr.
    #[arg(long)]
    pub usage: bool,

    /// Continue the most recent chat session, or the one named (`--continue=NAME`): the session's
    /// conversation and model, the PROMPT as the next turn, and the turn saved to the session.
    #[arg(
        long,
        value_name = "NAME",
        num_args = 0..=1,
        require_equals = true,
        default_missing_value = "",
        conflicts_with_all = ["messages", "input"]
    )]
    pub r#continue: Option<String>,

    #[command(flatten)]
    pub tool_run: super::tool_loop::ToolFlags,

    #[command(flatten)]
    pub bulk: crate::bulk::BulkFlags,
}

/// The format name of an attachment, from its extension.
fn extension(path: &Path) -> String {
    path.extension().and_then(|extension| extension.to_str()).unwrap_or_default().to_ascii_lowercase()
}

fn image_block(path: &Path) -> Result<Value> {
    let format = match extension(path).as_str() {
        "png" => "png",
        "jpg" | "jpeg" => "jpeg",
        "gif" => "gif",
        "webp" => "webp",
        _ => {
            return Err(Failure::usage(format!(
                "--image {}: unsupported image type (use png, jpeg, gif or webp)",
                path.display()
            )));
        }
    };
    let bytes = crate::input::attachment(path, "--image", IMAGE_LIMIT)?;
    Ok(json!({"image": {"format": format, "source": {"bytes": aws_smithy_types::base64::encode(bytes)}}}))
}

fn document_block(path: &Path, citations: bool) -> Result<Value> {
    let format = extension(path);
    if !["pdf", "csv", "doc", "docx", "xls", "xlsx", "html", "txt", "md"].contains(&format.as_str()) {
        return Err(Failure::usage(format!(
            "--document {}: unsupported document type (use pdf, csv, doc, docx, xls, xlsx, html, txt or md)",
            path.display()
        )));
    }
    let bytes = crate::input::attachment(path, "--document", DOCUMENT_LIMIT)?;
    // Document names allow letters, digits, whitespace, hyphens, parentheses and brackets.
    let stem = path.file_stem().map(|stem| stem.to_string_lossy().into_owned()).unwrap_or_default();
    let name: String = stem
        .chars()
        .map(|c| if c.is_alphanumeric() || c == ' ' || "-()[]".contains(c) { c } else { '-' })
        .collect();
    let mut document =
        json!({"format": format, "name": name, "source": {"bytes": aws_smithy_types::base64::encode(bytes)}});
    if citations {
        document["citations"] = json!({"enabled": true});
    }
    Ok(json!({"document": document}))
}

/// Build the Converse request document from the flags.
pub fn request_document(args: &ConverseArgs, model: &str) -> Result<Value> {
    let mut messages: Vec<Value> = Vec::new();
    let mut loaded_system: Vec<Value> = Vec::new();
    if let Some(path) = &args.messages {
        match crate::input::json_file(path, "--messages")? {
            Value::Array(items) => messages = items,
            Value::Object(mut object) => {
                match object.remove("messages") {
                    Some(Value::Array(items)) => messages = items,
                    _ => {
                        return Err(Failure::usage(format!(
                            "--messages {}: expected a `messages` list",
                            path.display()
                        )));
                    }
                }
                if let Some(Value::Array(system)) = object.remove("system") {
                    loaded_system = system;
                }
            }
            _ => {
                return Err(Failure::usage(format!(
                    "--messages {}: expected a JSON list of messages",
                    path.display()
                )));
            }
        }
    }
    let prompt = match (&args.prompt, &args.prompt_file) {
        (None, None) if args.messages.is_some() => None,
        (argument, file) => Some(crate::input::prompt(argument.clone(), file.as_ref())?),
    };
    let mut content: Vec<Value> = Vec::new();
    for path in &args.document {
        content.push(document_block(path, args.citations)?);
    }
    for path in &args.image {
        content.push(image_block(path)?);
    }
    let mut system: Vec<Value> = loaded_system;
    system.extend(args.generation.system.iter().map(|text| json!({"text": text})));
    if args.cache_point {
        if system.is_empty() {
            content.push(json!({"cachePoint": {"type": "default"}}));
        } else {
            system.push(json!({"cachePoint": {"type": "default"}}));
        }
    }
    if let Some(prompt) = prompt {
        content.push(json!({"text": prompt}));
    }
    if !content.is_empty() {
        if args.prompt.is_none()
            && args.prompt_file.is_none()
            && !(args.image.is_empty() && args.document.is_empty())
        {
            return Err(Failure::usage("attachments need a message: pass a PROMPT too"));
        }
        messages.push(json!({"role": "user", "content": content}));
    }
    if messages.is_empty() {
        return Err(Failure::usage("no message: pass a PROMPT, --prompt-file, stdin or --messages"));
    }

    let mut request = Map::new();
    request.insert("modelId".into(), json!(model));
    request.insert("messages".into(), Value::Array(messages));
    if !system.is_empty() {
        request.insert("system".into(), Value::Array(system));
    }
    let generation = &args.generation;
    let mut inference = Map::new();
    let max_tokens = match args.reasoning.reasoning {
        Some(budget) => Some(crate::models::check_reasoning(model, budget, generation.max_tokens)?),
        None => generation.max_tokens,
    };
    if let Some(value) = max_tokens {
        inference.insert("maxTokens".into(), json!(value));
    }
    if let Some(value) = generation.temperature {
        if !(0.0..=1.0).contains(&value) {
            return Err(Failure::usage(format!(
                "--temperature {value} is out of range for the Converse API: allowed 0 to 1"
            )));
        }
        inference.insert("temperature".into(), json!(value));
    }
    if let Some(value) = generation.top_p {
        if !(0.0..=1.0).contains(&value) {
            return Err(Failure::usage(format!(
                "--top-p {value} is out of range for the Converse API: allowed 0 to 1"
            )));
        }
        inference.insert("topP".into(), json!(value));
    }
    if !generation.stop.is_empty() {
        inference.insert("stopSequences".into(), json!(generation.stop));
    }
    if !inference.is_empty() {
        request.insert("inferenceConfig".into(), Value::Object(inference));
    }
    if generation.seed.is_some() {
        return Err(Failure::usage("--seed is not part of the Converse API")
            .with_hint("pass the model's own seed field with --additional-fields"));
    }
    let mut additional = Map::new();
    if let Some(top_k) = generation.top_k {
        let base = model.rsplit('/').next().unwrap_or(model);
        if base.contains("amazon.nova") {
            additional.insert("inferenceConfig".into(), json!({"topK": top_k}));
        } else {
            additional.insert("top_k".into(), json!(top_k));
        }
    }
    if let Some(budget) = args.reasoning.reasoning {
        additional.insert("thinking".into(), json!({"type": "enabled", "budget_tokens": budget}));
    }
    if let Some(text) = &args.additional_fields {
        match crate::input::parse_json(text.as_bytes(), "--additional-fields")? {
            Value::Object(fields) => additional.extend(fields),
            _ => return Err(Failure::usage("--additional-fields must be a JSON object")),
        }
    }
    if !additional.is_empty() {
        request.insert("additionalModelRequestFields".into(), Value::Object(additional));
    }

    let mut tool_config = args.tools.as_deref().map(super::tool_loop::config_file).transpose()?;
    args.tool_run.extend_config(&mut tool_config)?;
    if let Some(path) = &args.json_schema {
        let schema = crate::input::json_file(path, "--json-schema")?;
        if !schema.is_object() {
            return Err(Failure::usage(format!(
                "--json-schema {}: a JSON Schema must be an object",
                path.display()
            )));
        }
        let config = tool_config.get_or_insert_with(Map::new);
        let tools = config.entry("tools").or_insert_with(|| json!([]));
        if let Value::Array(tools) = tools {
            tools.push(json!({"toolSpec": {
                "name": STRUCTURED_TOOL,
                "description": "Answer by calling this tool with the answer as its input, matching the schema.",
                "inputSchema": {"json": schema}
            }}));
        }
        config.insert("toolChoice".into(), json!({"tool": {"name": STRUCTURED_TOOL}}));
    }
    if let Some(config) = tool_config {
        request.insert("toolConfig".into(), Value::Object(config));
    }
    if let Some(guardrail) = &args.guardrail {
        let (identifier, version) = match guardrail.split_once(':') {
            Some((identifier, version)) if !identifier.is_empty() && !version.is_empty() => {
                (identifier, version)
            }
            Some(_) => {
                return Err(Failure::usage(format!("--guardrail '{guardrail}' is not ID or ID:VERSION")));
            }
            None => (guardrail.as_str(), "DRAFT"),
        };
        let mut config = json!({"guardrailIdentifier": identifier, "guardrailVersion": version});
        if args.guardrail_trace {
            config["trace"] = json!("enabled");
        }
        request.insert("guardrailConfig".into(), config);
    }
    if let Some(latency) = args.latency {
        request.insert("performanceConfig".into(), json!({"latency": latency.name()}));
    }
    if let Some(tier) = args.reasoning.service_tier {
        request.insert("serviceTier".into(), json!({"type": tier.name()}));
    }
    if !args.request_metadata.is_empty() {
        let mut metadata = BTreeMap::new();
        for pair in &args.request_metadata {
            let (key, value) = crate::input::key_value(pair, "--request-metadata")?;
            metadata.insert(key, value);
        }
        request.insert("requestMetadata".into(), json!(metadata));
    }
    Ok(Value::Object(request))
}

/// Print the structured output carried by the forced tool call, validated against the schema.
fn print_structured(ctx: &Ctx, input: &Value, schema_path: &Path) -> Result<()> {
    let schema = crate::input::json_file(schema_path, "--json-schema")?;
    if let Err(reason) = crate::schema::validate(input, &schema) {
        return Err(Failure::new(
            Kind::Service,
            "SchemaMismatch",
            format!("the model's answer does not match the schema: {reason}"),
        ));
    }
    ctx.output.json_document(input)
}

fn no_structured_output() -> Failure {
    Failure::new(Kind::Service, "SchemaMismatch", "the model did not return structured output")
}

pub async fn run(ctx: &Ctx, mut args: ConverseArgs) -> Result<()> {
    ctx.output.validate_query()?;
    // `--continue`: the chat session's conversation, and its model unless MODEL is given.
    let mut continued = match args.r#continue.as_deref() {
        Some(name) => Some(super::chat::Continued::open(ctx, name)?),
        None => None,
    };
    let default_model = match &continued {
        Some(continued) => Some(continued.session.model.as_str()),
        None => ctx.settings.default_model.as_deref(),
    };
    let elsewhere = args.prompt_file.is_some() || args.messages.is_some() || args.bulk.input.is_some();
    let (model, prompt) =
        crate::models::model_and_prompt(args.model.take(), args.prompt.take(), default_model, elsewhere)?;
    args.prompt = prompt;
    let model = match args.dry_run {
        // A dry run sends nothing, not even the lookup of a throughput name.
        true => crate::models::resolve_model(&ctx.settings, &model),
        false => {
            let model = super::throughput::model_for_name(ctx, &model).await?;
            crate::models::resolve_model(&ctx.settings, &model)
        }
    };
    if !args.tool_run.tool.is_empty() {
        if args.json_schema.is_some() {
            return Err(Failure::usage(
                "--tool cannot be combined with --json-schema (structured output is a forced tool call)",
            ));
        }
        if args.bulk.input.is_some() {
            return Err(Failure::usage("--tool does not run with --input (one request per line)"));
        }
    }
    if let Some(input) = &args.bulk.input {
        return run_bulk(ctx, &args, &model, input).await;
    }
    let mut request = request_document(&args, &model)?;
    if let Some(continued) = &continued {
        continued.extend(&mut request, !args.generation.system.is_empty());
    }
    let runner = args.tool_run.runner(request.get("toolConfig"))?;
    if args.dry_run {
        return ctx.output.write_stdout(crate::output::json::render(&request).as_bytes());
    }
    let command = if args.stream { "converse --stream" } else { "converse" };
    let conversation = continued.as_ref().map(|continued| continued.name.as_str());
    ctx.call_log.begin(command, &model, crate::calllog::converse_prompt(&request), conversation);
    let answer = if args.stream {
        converse_stream(ctx, &args, &model, &mut request, runner.as_ref()).await?
    } else {
        converse(ctx, &args, &model, &mut request, runner.as_ref()).await?
    };
    match continued.as_mut() {
        Some(continued) => continued.record(&request, answer, &model, &args.generation.system),
        None => Ok(()),
    }
}

/// What a turn answered, for a continued session: the assistant's message and its tokens.
pub struct Answer {
    pub message: Value,
    pub tokens: crate::calllog::Tokens,
}

/// One Converse call.
async fn send_converse(
    client: &aws_sdk_bedrockruntime::Client,
    model: &str,
    input: ConverseInput,
) -> std::result::Result<
    aws_sdk_bedrockruntime::operation::converse::ConverseOutput,
    aws_smithy_runtime_api::client::result::SdkError<
        aws_sdk_bedrockruntime::operation::converse::ConverseError,
        aws_smithy_runtime_api::client::orchestrator::HttpResponse,
    >,
> {
    let guardrail = input.guardrail_config();
    client
        .converse()
        .model_id(model)
        .set_messages(Some(input.messages))
        .set_system(if input.system.is_empty() { None } else { Some(input.system) })
        .set_inference_config(input.inference)
        .set_tool_config(input.tool_config)
        .set_additional_model_request_fields(input.additional_fields)
        .set_guardrail_config(guardrail)
        .set_performance_config(input.performance)
        .set_service_tier(input.service_tier)
        .set_request_metadata(input.request_metadata)
        .send()
        .await
}

/// Stands for each line's prompt in the request built from the flags.
const BULK_PROMPT: &str = "\u{0}bedrock-bulk-prompt\u{0}";

/// The request of one `--input` line: the flags' request with the line's prompt (a string, or
/// an object with `prompt`/`text`), or with the line's own `messages` (and `system`).
fn line_request(base: &Value, line: &crate::bulk::Line) -> Result<Value> {
    let mut request = base.clone();
    let prompt = match &line.record {
        Value::String(prompt) => prompt.clone(),
        Value::Object(object) => {
            if let Some(messages) = object.get("messages") {
                if !messages.is_array() {
                    return Err(Failure::usage(format!("line {}: \"messages\" must be a list", line.number)));
                }
                request["messages"] = messages.clone();
                if let Some(system) = object.get("system") {
                    request["system"] = system.clone();
                }
                return Ok(request);
            }
            match ["prompt", "text"].iter().find_map(|key| object.get(*key)) {
                Some(Value::String(prompt)) => prompt.clone(),
                _ => {
                    return Err(Failure::usage(format!(
                        "line {} has no \"prompt\" (or \"text\", \"messages\")",
                        line.number
                    )));
                }
            }
        }
        _ => return Err(Failure::usage(format!("line {} must be a JSON string or object", line.number))),
    };
    if prompt.trim().is_empty() {
        return Err(Failure::usage(format!("line {}: the prompt is empty", line.number)));
    }
    let slot = request["messages"]
        .as_array_mut()
        .and_then(|messages| messages.last_mut())
        .and_then(|message| message["content"].as_array_mut())
        .and_then(|content| content.iter_mut().find(|block| block["text"] == BULK_PROMPT));
    match slot {
        Some(block) => block["text"] = Value::String(prompt),
        None => return Err(Failure::other("bulk", "the request has no place for the prompt")),
    }
    Ok(request)
}

/// The members of a bulk result line from a Converse response.
fn bulk_answer(
    args: &ConverseArgs,
    output: &aws_sdk_bedrockruntime::operation::converse::ConverseOutput,
) -> Result<crate::bulk::Answer> {
    let mut answer = crate::bulk::Answer::default();
    let blocks = output
        .output()
        .and_then(|output| output.as_message().ok())
        .map(|message| message.content())
        .unwrap_or_default();
    let mut text = String::new();
    let mut calls = Vec::new();
    for block in blocks {
        match block {
            ContentBlock::Text(part) => text.push_str(part),
            ContentBlock::CitationsContent(cited) => {
                text.push_str(&converse_answer(&[citations_content_json(cited)]).0)
            }
            ContentBlock::ToolUse(tool) => calls.push(json!({
                "toolUseId": tool.tool_use_id(),
                "name": tool.name(),
                "input": json_from_document(tool.input()),
            })),
            _ => {}
        }
    }
    if let Some(schema_path) = &args.json_schema {
        let structured =
            calls.iter().find(|call| call["name"] == STRUCTURED_TOOL).map(|call| call["input"].clone());
        let Some(structured) = structured else { return Err(no_structured_output()) };
        let schema = crate::input::json_file(schema_path, "--json-schema")?;
        if let Err(reason) = crate::schema::validate(&structured, &schema) {
            return Err(Failure::new(
                Kind::Service,
                "SchemaMismatch",
                format!("the model's answer does not match the schema: {reason}"),
            ));
        }
        answer.members.insert("output".into(), structured);
    } else {
        answer.members.insert("text".into(), Value::String(text));
        if !calls.is_empty() {
            answer.members.insert("toolUse".into(), Value::Array(calls));
        }
    }
    answer.members.insert("stopReason".into(), json!(output.stop_reason().as_str()));
    if let Some(usage) = output.usage() {
        answer.input_tokens = usage.input_tokens() as u64;
        answer.output_tokens = usage.output_tokens() as u64;
        answer.members.insert(
            "usage".into(),
            json!({"inputTokens": usage.input_tokens(), "outputTokens": usage.output_tokens(), "totalTokens": usage.total_tokens()}),
        );
    }
    Ok(answer)
}

/// `converse --input`: one Converse call per line, concurrently (see `crate::bulk`).
async fn run_bulk(ctx: &Ctx, args: &ConverseArgs, model: &str, input: &Path) -> Result<()> {
    if args.prompt.is_some() || args.prompt_file.is_some() || args.messages.is_some() {
        return Err(Failure::usage("--input gives the prompts: drop PROMPT, --prompt-file and --messages")
            .with_hint("a line may carry its own conversation: {\"id\": 1, \"messages\": […]}"));
    }
    if args.stream || args.dry_run {
        return Err(Failure::usage("--stream and --dry-run do not apply to --input"));
    }
    let mut template = args.clone();
    template.prompt = Some(BULK_PROMPT.to_string());
    let base = request_document(&template, model)?;
    let mut options = args.bulk.options();
    ctx.retry_runtime_calls_here();
    options.output_tokens = base
        .as_object()
        .and_then(crate::bedrock_quotas::requested_max_tokens)
        .unwrap_or(crate::bedrock_quotas::DEFAULT_RESERVED_OUTPUT_TOKENS);
    options.tokens_per_minute = super::quotas::bulk_budget(ctx, args.bulk.tpm, model).await?;
    let (reader, total) = crate::bulk::open_input(input)?;
    let client = ctx.bedrock_runtime().await?;
    let summary = crate::bulk::run(&ctx.output, &options, reader, total, |line| {
        let request = line_request(&base, &line);
        async move {
            let input = input_from_json(&request?)?;
            match send_converse(client, model, input).await {
                Ok(output) => bulk_answer(args, &output),
                Err(error) => Err(ctx.failure(Service::BedrockRuntime, error).await),
            }
        }
    })
    .await?;
    crate::bulk::check_summary(&summary)
}

async fn converse(
    ctx: &Ctx,
    args: &ConverseArgs,
    model: &str,
    request: &mut Value,
    runner: Option<&super::tool_loop::ToolRunner>,
) -> Result<Answer> {
    let client = ctx.bedrock_runtime().await?;
    let started = Instant::now();
    let mut tokens = crate::calllog::Tokens::default();
    let mut latency = 0;
    let mut rounds_done = 0;
    // The text the model wrote in the rounds that called tools, shown before the answer.
    let mut earlier_text = String::new();
    let (output, document) = loop {
        let input = input_from_json(request)?;
        let output = match send_converse(client, model, input).await {
            Ok(output) => output,
            Err(error) => return Err(ctx.failure(Service::BedrockRuntime, error).await),
        };
        let document = ctx.capture.take_json()?;
        tokens.add(&crate::calllog::Tokens::from_converse_usage(&document["usage"]));
        latency += output.metrics().map(|metrics| metrics.latency_ms() as u64).unwrap_or_default();
        let message = document["output"]["message"].clone();
        let calls = super::tool_loop::ToolRunner::calls_of(&message);
        let runner = match runner {
            Some(runner) if document["stopReason"] == "tool_use" && !calls.is_empty() => runner,
            _ => break (output, document),
        };
        for block in message["content"].as_array().into_iter().flatten() {
            if let Some(text) = block.get("text").and_then(Value::as_str) {
                earlier_text.push_str(text);
                if !earlier_text.ends_with('\n') {
                    earlier_text.push('\n');
                }
            }
        }
        let results = runner.answer(ctx, rounds_done, &calls)?;
        rounds_done += 1;
        if let Some(messages) = request.get_mut("messages").and_then(Value::as_array_mut) {
            messages.push(message);
            messages.push(results);
        }
    };
    let answer = Answer { message: document["output"]["message"].clone(), tokens };
    ctx.call_log.finish(crate::calllog::converse_answer(&document), tokens);
    if args.usage
        && let (Some(input_tokens), Some(output_tokens)) = (tokens.input, tokens.output)
    {
        let mut line = usage_line(
            Some(input_tokens),
            Some(output_tokens),
            latency,
            super::invoke::total_milliseconds(started.elapsed()),
        );
        line.push_str(&super::invoke::cache_suffix(tokens.cache_read, tokens.cache_write));
        line.push_str(&super::invoke::tier_suffix(output.service_tier().map(|tier| tier.r#type().as_str())));
        ctx.output.usage(&line);
    }
    if output.stop_reason().as_str() == "guardrail_intervened" {
        ctx.output.warn("the guardrail intervened");
    }
    if ctx.output.runtime_wants_json() {
        return ctx.output.json_document(&document).map(|()| answer);
    }
    let blocks = output
        .output()
        .and_then(|output| output.as_message().ok())
        .map(|message| message.content())
        .unwrap_or_default();
    if let Some(schema_path) = &args.json_schema {
        let structured = blocks.iter().find_map(|block| match block {
            ContentBlock::ToolUse(tool) if tool.name() == STRUCTURED_TOOL => {
                Some(json_from_document(tool.input()))
            }
            _ => None,
        });
        return match structured {
            Some(input) => print_structured(ctx, &input, schema_path).map(|()| answer),
            None => Err(no_structured_output()),
        };
    }
    let mut text = earlier_text;
    let mut reasoning = String::new();
    let mut marks: Vec<Mark> = Vec::new();
    for block in blocks {
        match block {
            ContentBlock::Text(part) => text.push_str(part),
            ContentBlock::CitationsContent(cited) => {
                let (part, cited_marks) = converse_answer(&[citations_content_json(cited)]);
                let offset = text.chars().count();
                text.push_str(&part);
                marks.extend(
                    cited_marks.into_iter().map(|mark| Mark { position: offset + mark.position, ..mark }),
                );
            }
            ContentBlock::ToolUse(tool) => {
                if !text.is_empty() && !text.ends_with('\n') {
                    text.push('\n');
                }
                let call = json!({"toolUse": {"toolUseId": tool.tool_use_id(), "name": tool.name(), "input": json_from_document(tool.input())}});
                text.push_str(&call.to_string());
                text.push('\n');
            }
            ContentBlock::ReasoningContent(ReasoningContentBlock::ReasoningText(part)) => {
                reasoning.push_str(part.text())
            }
            ContentBlock::ReasoningContent(ReasoningContentBlock::RedactedContent(_)) => {
                reasoning.push_str(REDACTED_NOTE)
            }
            _ => {}
        }
    }
    if !marks.is_empty() {
        text = crate::output::citations::render(&text, &marks);
    }
    let mut sink = StreamSink::new(&ctx.output)?;
    if args.reasoning.show(&ctx.output) {
        sink.reasoning(&reasoning)?;
    }
    sink.text(&text)?;
    sink.finish().map(|()| answer)
}

/// What is shown on a terminal for reasoning the service returned redacted.
const REDACTED_NOTE: &str = "[reasoning redacted by the service]";

/// A tool call being streamed: its id, name and the input JSON text so far.
struct PendingTool {
    id: String,
    name: String,
    input: String,
}

/// What one streamed turn produced.
#[derive(Debug, Default)]
pub struct Reply {
    pub text: String,
    pub tool_calls: Vec<Value>,
    pub stop_reason: String,
    /// Input tokens, output tokens, model latency in ms.
    pub usage: Option<(u64, u64, u64)>,
    /// Prompt-cache tokens read and written, where the service reported them.
    pub cache_read_tokens: Option<u64>,
    pub cache_write_tokens: Option<u64>,
    /// The reasoning blocks of the answer, as the Converse API's `reasoningContent` blocks (the
    /// next turn of the conversation sends them back).
    pub reasoning: Vec<Value>,
    /// The service tier that served the request, when the service named it.
    pub service_tier: Option<String>,
    /// The cited spans of `text` (from `citation` deltas): each block's sources, marked after
    /// the block's text.
    pub citations: Vec<Mark>,
}

impl Reply {
    /// The assistant's message for the next turn: its reasoning blocks (with their signatures),
    /// then its text; with `with_calls`, then its tool calls (and no empty text before them).
    pub fn assistant_message(&self, with_calls: bool) -> Value {
        let mut content = self.reasoning.clone();
        if !(with_calls && self.text.is_empty() && !self.tool_calls.is_empty()) {
            content.push(json!({"text": self.text}));
        }
        if with_calls {
            content.extend(self.tool_calls.iter().cloned());
        }
        json!({"role": "assistant", "content": content})
    }
}

/// A reasoning block being streamed.
#[derive(Debug, Default)]
struct PendingReasoning {
    text: String,
    signature: Option<String>,
    redacted: Option<String>,
}

impl PendingReasoning {
    fn block(self) -> Value {
        match self.redacted {
            Some(bytes) => json!({"reasoningContent": {"redactedContent": bytes}}),
            None => {
                let mut text = json!({"text": self.text});
                if let Some(signature) = self.signature {
                    text["signature"] = json!(signature);
                }
                json!({"reasoningContent": {"reasoningText": text}})
            }
        }
    }
}

impl Reply {
    /// The token counts for the call log.
    pub fn tokens(&self) -> crate::calllog::Tokens {
        crate::calllog::Tokens {
            input: self.usage.map(|usage| usage.0),
            output: self.usage.map(|usage| usage.1),
            cache_read: self.cache_read_tokens,
            cache_write: self.cache_write_tokens,
        }
    }
}

/// How a streamed turn is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Display {
    /// Text deltas on stdout as they arrive; tool calls as JSON lines.
    Text,
    /// Text deltas on stdout as they arrive; tool calls not shown (a tool loop runs them).
    Answer,
    /// Every event as one NDJSON line.
    Events,
    /// Nothing (the caller prints the result).
    Silent,
}

impl Display {
    /// Whether text (and reasoning) deltas are written as they arrive.
    fn shows_text(self) -> bool {
        matches!(self, Display::Text | Display::Answer)
    }
}

/// Run one ConverseStream turn, showing it as asked, and return what it produced.
pub async fn stream_reply(
    ctx: &Ctx,
    model: &str,
    input: ConverseInput,
    display: Display,
    show_reasoning: bool,
) -> Result<Reply> {
    let client = ctx.bedrock_runtime().await?;
    let guardrail = input.guardrail_stream_config();
    let response = client
        .converse_stream()
        .model_id(model)
        .set_messages(Some(input.messages))
        .set_system(if input.system.is_empty() { None } else { Some(input.system) })
        .set_inference_config(input.inference)
        .set_tool_config(input.tool_config)
        .set_additional_model_request_fields(input.additional_fields)
        .set_guardrail_config(guardrail)
        .set_performance_config(input.performance)
        .set_service_tier(input.service_tier)
        .set_request_metadata(input.request_metadata)
        .send()
        .await;
    let mut output = match response {
        Ok(output) => output,
        Err(error) => return Err(ctx.failure(Service::BedrockRuntime, error).await),
    };
    ctx.capture.check_event_stream()?;
    let mut reply = Reply::default();
    let mut pending: Option<PendingTool> = None;
    let mut reasoning: Option<PendingReasoning> = None;
    // The sources of the content block being streamed, and the numbers given to sources so far.
    let mut block_sources: Vec<Source> = Vec::new();
    let mut numbering = Numbering::default();
    let mut sink = StreamSink::new(&ctx.output)?;
    loop {
        // Take the next event if it has already arrived; before waiting on the network, write
        // out everything that has.
        let received = match output.stream.recv().now_or_never() {
            Some(received) => received,
            None => {
                sink.flush()?;
                output.stream.recv().await
            }
        };
        let event = match received {
            Ok(Some(event)) => event,
            Ok(None) => break,
            Err(error) => {
                sink.finish()?;
                return Err(crate::aws::errors::classify_stream(error));
            }
        };
        if display == Display::Events {
            sink.ndjson(&stream_event_json(&event))?;
        }
        match &event {
            ConverseStreamOutput::ContentBlockStart(start) => {
                if let Some(ContentBlockStart::ToolUse(tool)) = start.start() {
                    pending = Some(PendingTool {
                        id: tool.tool_use_id().to_string(),
                        name: tool.name().to_string(),
                        input: String::new(),
                    });
                }
            }
            ConverseStreamOutput::ContentBlockDelta(delta) => match delta.delta() {
                Some(ContentBlockDelta::Text(text)) => {
                    reply.text.push_str(text);
                    if display.shows_text() {
                        sink.text(text)?;
                    }
                }
                Some(ContentBlockDelta::ToolUse(tool)) => {
                    if let Some(pending) = pending.as_mut() {
                        pending.input.push_str(tool.input());
                    }
                }
                Some(ContentBlockDelta::Citation(citation)) => {
                    block_sources.push(Source::from_converse(&citation_delta_json(citation)));
                }
                Some(ContentBlockDelta::ReasoningContent(delta)) => {
                    let block = reasoning.get_or_insert_with(PendingReasoning::default);
                    match delta {
                        ReasoningContentBlockDelta::Text(text) => {
                            block.text.push_str(text);
                            if display.shows_text() && show_reasoning {
                                sink.reasoning(text)?;
                            }
                        }
                        ReasoningContentBlockDelta::Signature(signature) => {
                            block.signature = Some(signature.clone())
                        }
                        ReasoningContentBlockDelta::RedactedContent(bytes) => {
                            block.redacted = Some(aws_smithy_types::base64::encode(bytes.as_ref()));
                            if display.shows_text() && show_reasoning {
                                sink.reasoning(REDACTED_NOTE)?;
                            }
                        }
                        _ => {}
                    }
                }
                _ => {}
            },
            ConverseStreamOutput::ContentBlockStop(_) => {
                if !block_sources.is_empty() {
                    let sources = std::mem::take(&mut block_sources);
                    let marker = numbering.marker(&sources);
                    if display == Display::Text {
                        sink.text(&marker)?;
                    }
                    reply.citations.push(Mark { position: reply.text.chars().count(), sources });
                }
                if let Some(block) = reasoning.take() {
                    reply.reasoning.push(block.block());
                }
                if let Some(tool) = pending.take() {
                    let input: Value = if tool.input.trim().is_empty() {
                        json!({})
                    } else {
                        serde_json::from_str(&tool.input).map_err(|error| {
                            Failure::other(
                                "invalid-response",
                                format!("the streamed tool input is not JSON: {error}"),
                            )
                        })?
                    };
                    let call = json!({"toolUse": {"toolUseId": tool.id, "name": tool.name, "input": input}});
                    if display == Display::Text && tool.name != STRUCTURED_TOOL {
                        sink.flush()?;
                        ctx.output.end_stream_text()?;
                        ctx.output.line(&call.to_string())?;
                    }
                    reply.tool_calls.push(call);
                }
            }
            ConverseStreamOutput::MessageStop(stop) => {
                reply.stop_reason = stop.stop_reason().as_str().to_string();
            }
            ConverseStreamOutput::Metadata(metadata) => {
                if let Some(found) = metadata.usage() {
                    let latency =
                        metadata.metrics().map(|metrics| metrics.latency_ms() as u64).unwrap_or_default();
                    reply.usage = Some((found.input_tokens() as u64, found.output_tokens() as u64, latency));
                    reply.cache_read_tokens = found.cache_read_input_tokens().map(|tokens| tokens as u64);
                    reply.cache_write_tokens = found.cache_write_input_tokens().map(|tokens| tokens as u64);
                }
                reply.service_tier = metadata.service_tier().map(|tier| tier.r#type().as_str().to_string());
            }
            _ => {}
        }
    }
    if display == Display::Text {
        sink.text(&numbering.listing())?;
    }
    sink.finish()?;
    if reply.stop_reason == "guardrail_intervened" {
        ctx.output.warn("the guardrail intervened");
    }
    Ok(reply)
}

async fn converse_stream(
    ctx: &Ctx,
    args: &ConverseArgs,
    model: &str,
    request: &mut Value,
    runner: Option<&super::tool_loop::ToolRunner>,
) -> Result<Answer> {
    let started = Instant::now();
    let display = if ctx.output.runtime_wants_json() {
        Display::Events
    } else if args.json_schema.is_some() {
        Display::Silent
    } else {
        Display::Text
    };
    let show_reasoning = args.reasoning.show(&ctx.output);
    let reply = super::tool_loop::stream_rounds(ctx, model, request, runner, display, show_reasoning).await?;
    ctx.call_log.finish(Some(reply.text.clone()), reply.tokens());
    if args.usage {
        print_stream_usage(ctx, &reply, started);
    }
    let answer = Answer { message: reply.assistant_message(true), tokens: reply.tokens() };
    if let (Some(schema_path), false) = (&args.json_schema, display == Display::Events) {
        let structured = reply
            .tool_calls
            .iter()
            .find(|call| call["toolUse"]["name"] == STRUCTURED_TOOL)
            .map(|call| call["toolUse"]["input"].clone());
        return match structured {
            Some(input) => print_structured(ctx, &input, schema_path).map(|()| answer),
            None => Err(no_structured_output()),
        };
    }
    Ok(answer)
}

/// The `--usage` line of a streamed turn: tokens, cache tokens, latency and the service tier.
pub fn print_stream_usage(ctx: &Ctx, reply: &Reply, started: Instant) {
    let Some((input_tokens, output_tokens, latency)) = reply.usage else { return };
    let mut line = usage_line(
        Some(input_tokens),
        Some(output_tokens),
        latency,
        super::invoke::total_milliseconds(started.elapsed()),
    );
    line.push_str(&super::invoke::cache_suffix(reply.cache_read_tokens, reply.cache_write_tokens));
    line.push_str(&super::invoke::tier_suffix(reply.service_tier.as_deref()));
    ctx.output.usage(&line);
}
