//! `bedrock invoke MODEL [PROMPT]`: InvokeModel with a body built for the model's family from
//! flags (or a raw `--body`), printing the generated text or, with `-o json`, the response body.
//! The request preparation here is shared with `stream`.

use std::path::PathBuf;
use std::time::Instant;

use aws_smithy_types::Blob;
use clap::{Args, ValueEnum};
use serde_json::{Value, json};

use crate::context::{Ctx, Service};
use crate::error::{Failure, Result};
use crate::models::{Document, Family, ImageAttachment, Modality, TextParams};

/// Largest image attachment the runtime accepts (3.75 MB).
pub const IMAGE_LIMIT: u64 = 3_750_000;

/// Generation settings shared by invoke, stream, converse and chat.
#[derive(Debug, Clone, Default, Args)]
#[command(next_help_heading = "Generation")]
pub struct GenerationFlags {
    /// Maximum number of tokens to generate.
    #[arg(long, value_name = "N")]
    pub max_tokens: Option<u32>,

    /// Sampling temperature (range depends on the model family).
    #[arg(long, value_name = "T")]
    pub temperature: Option<f64>,

    /// Nucleus sampling probability mass.
    #[arg(long, value_name = "P")]
    pub top_p: Option<f64>,

    /// Sample from the K most likely tokens (families that support it).
    #[arg(long, value_name = "K")]
    pub top_k: Option<u32>,

    /// Stop generating at this sequence (repeatable).
    #[arg(long = "stop", value_name = "TEXT")]
    pub stop: Vec<String>,

    /// System prompt (repeatable).
    #[arg(long, value_name = "TEXT")]
    pub system: Vec<String>,

    /// Random seed (families that support it).
    #[arg(long, value_name = "N")]
    pub seed: Option<u64>,
}

/// The processing tiers of the runtime API (`serviceTier`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ServiceTier {
    Priority,
    Default,
    Flex,
    Reserved,
}

impl ServiceTier {
    pub fn name(self) -> &'static str {
        match self {
            ServiceTier::Priority => "priority",
            ServiceTier::Default => "default",
            ServiceTier::Flex => "flex",
            ServiceTier::Reserved => "reserved",
        }
    }
}

/// Reasoning and service-tier settings shared by invoke, stream, converse and chat.
#[derive(Debug, Clone, Default, Args)]
#[command(next_help_heading = "Reasoning and service tier")]
pub struct ReasoningFlags {
    /// Extended thinking with a budget of BUDGET tokens (at least 1024, less than --max-tokens;
    /// without --max-tokens the answer may be the budget plus 4096 tokens long). Claude 3.7
    /// Sonnet, Claude 4 and 4.5.
    #[arg(long, value_name = "BUDGET")]
    pub reasoning: Option<u32>,

    /// Do not show the model's reasoning on a terminal (it is shown dimmed before the answer).
    #[arg(long)]
    pub no_show_reasoning: bool,

    /// The service tier that serves the request: priority, default, flex or reserved.
    #[arg(long, value_enum, value_name = "TIER")]
    pub service_tier: Option<ServiceTier>,
}

impl ReasoningFlags {
    /// Whether reasoning text is shown: on a terminal, unless --no-show-reasoning.
    pub fn show(&self, output: &crate::output::Output) -> bool {
        output.stdout_is_terminal && !self.no_show_reasoning
    }

    /// The SDK's service tier type of the flag.
    pub fn tier_type(&self) -> Option<aws_sdk_bedrockruntime::types::ServiceTierType> {
        self.service_tier.map(|tier| aws_sdk_bedrockruntime::types::ServiceTierType::from(tier.name()))
    }
}

/// Flags of InvokeModel-style calls (invoke and stream).
#[derive(Debug, Clone, Args)]
pub struct InvokeArgs {
    /// Model id, alias, inference profile id, ARN, or provisioned throughput name; may be left out
    /// when a default model is set (the config file's `model`, or BEDROCK_MODEL).
    #[arg(value_name = "MODEL")]
    pub model_argument: Option<String>,

    /// The model, once the positionals are settled (see `settle_model`).
    #[arg(skip)]
    pub model: String,

    /// The prompt ("-" or omitted with piped stdin: read it from stdin).
    #[arg(value_name = "PROMPT")]
    pub prompt: Option<String>,

    /// Read the prompt from this file.
    #[arg(long, value_name = "FILE")]
    pub prompt_file: Option<PathBuf>,

    #[command(flatten)]
    pub generation: GenerationFlags,

    #[command(flatten)]
    pub reasoning: ReasoningFlags,

    /// Latency profile (optimized where the model offers it; X-Amzn-Bedrock-PerformanceConfig-Latency).
    #[arg(long, value_enum, value_name = "PROFILE")]
    pub latency: Option<super::converse::Latency>,

    /// Attach an image (Claude 3+ and Nova; repeatable; png, jpeg, gif or webp).
    #[arg(long, value_name = "PATH")]
    pub image: Vec<PathBuf>,

    /// AI21 Jurassic-2 presence penalty.
    #[arg(long, value_name = "X")]
    pub presence_penalty: Option<f64>,

    /// AI21 Jurassic-2 frequency penalty.
    #[arg(long, value_name = "X")]
    pub frequency_penalty: Option<f64>,

    /// AI21 Jurassic-2 count penalty.
    #[arg(long, value_name = "X")]
    pub count_penalty: Option<f64>,

    /// A document for Cohere Command R/R+ to ground on: a text file, titled by its name (repeatable).
    #[arg(long, value_name = "FILE")]
    pub document: Vec<PathBuf>,

    /// The model family, for custom or provisioned model ARNs (see `--family help`).
    #[arg(long, value_name = "NAME")]
    pub family: Option<String>,

    /// Send this request body as is: JSON text, @FILE, or - for stdin. Wins over prompt and flags.
    #[arg(long, value_name = "JSON|@FILE|-")]
    pub body: Option<String>,

    /// Apply a guardrail: ID or ID:VERSION (version defaults to DRAFT).
    #[arg(long, value_name = "ID[:VERSION]")]
    pub guardrail: Option<String>,

    /// Show the guardrail's trace on stderr.
    #[arg(long, requires = "guardrail")]
    pub guardrail_trace: bool,

    /// Print the request body instead of sending it.
    #[arg(long)]
    pub dry_run: bool,

    /// Print input/output tokens and latency to stderr.
    #[arg(long)]
    pub usage: bool,

    /// The Accept header of the request.
    #[arg(long, value_name = "MIME", default_value = "application/json")]
    pub accept: String,

    /// The Content-Type header of the request.
    #[arg(long, value_name = "MIME", default_value = "application/json")]
    pub content_type: String,
}

impl InvokeArgs {
    /// Settle MODEL and PROMPT: with a default model a lone positional is the prompt, unless
    /// `--prompt-file`, `--body` or `--input` gives the message (see `models::model_and_prompt`).
    pub fn settle_model(&mut self, settings: &crate::settings::Settings, input_given: bool) -> Result<()> {
        let elsewhere = self.prompt_file.is_some() || self.body.is_some() || input_given;
        let (model, prompt) = crate::models::model_and_prompt(
            self.model_argument.take(),
            self.prompt.take(),
            settings.default_model.as_deref(),
            elsewhere,
        )?;
        self.model = model;
        self.prompt = prompt;
        Ok(())
    }

    /// The flags of a command that builds one body per record (`batch run`, `batch export-sfn`):
    /// the model, the generation flags and the family; no prompt, attachment or raw body.
    pub fn for_records(model: &str, generation: &GenerationFlags, family: Option<String>) -> Self {
        InvokeArgs {
            model_argument: None,
            model: model.to_string(),
            prompt: None,
            prompt_file: None,
            generation: generation.clone(),
            reasoning: ReasoningFlags::default(),
            latency: None,
            image: Vec::new(),
            presence_penalty: None,
            frequency_penalty: None,
            count_penalty: None,
            document: Vec::new(),
            family,
            body: None,
            guardrail: None,
            guardrail_trace: false,
            dry_run: false,
            usage: false,
            accept: "application/json".to_string(),
            content_type: "application/json".to_string(),
        }
    }
}

/// `bedrock invoke`: one call, or one call per line of `--input`.
#[derive(Debug, Clone, Args)]
pub struct InvokeCommandArgs {
    #[command(flatten)]
    pub invoke: InvokeArgs,

    #[command(flatten)]
    pub bulk: crate::bulk::BulkFlags,

    /// Print the Step Functions Task state (arn:aws:states:::bedrock:invokeModel) that makes this
    /// call, instead of calling.
    #[arg(long, conflicts_with_all = ["input", "dry_run"])]
    pub emit_sfn_task: bool,
}

/// A request ready to send.
pub struct Prepared {
    pub model: String,
    pub family: Option<Family>,
    pub body: Vec<u8>,
    /// The prompt the body was built from (none for a raw `--body`), for the call log.
    pub prompt: Option<String>,
}

/// The family of a model: `--family`, else detected from the id.
pub fn family_for(model: &str, family_flag: Option<&str>) -> Result<Option<Family>> {
    match family_flag {
        Some("help") | Some("list") => {
            Err(Failure::usage(format!("families: {}", Family::names().join(", "))))
        }
        Some(name) => Family::from_name(name).map(Some).ok_or_else(|| {
            Failure::usage(format!("--family: unknown family '{name}'"))
                .with_hint(format!("known families: {}", Family::names().join(", ")))
        }),
        None => Ok(Family::detect(model)),
    }
}

/// The family of a model whose id does not tell it (a custom model, a provisioned throughput or
/// an application inference profile ARN), from its base model: GetCustomModel,
/// GetProvisionedModelThroughput or GetInferenceProfile, followed at most three steps. Returns
/// the `--family` to use: the flag when given, else the looked-up family's name, else None.
pub async fn looked_up_family(ctx: &Ctx, model: &str, flag: Option<String>) -> Result<Option<String>> {
    if flag.is_some() {
        return Ok(flag);
    }
    let mut current = crate::models::resolve_model(&ctx.settings, model);
    for _ in 0..3 {
        if let Some(family) = Family::detect(&current) {
            return Ok(Some(family.name().to_string()));
        }
        if !current.starts_with("arn:") {
            return Ok(None);
        }
        let lookup_failed = |failure: Failure| {
            failure.with_hint("cannot find the base model to tell the request format: pass --family NAME (see --family help)")
        };
        let client = ctx.bedrock().await?;
        let base = if current.contains(":custom-model/") {
            match client.get_custom_model().model_identifier(&current).send().await {
                Ok(output) => output.base_model_arn().map(str::to_string),
                Err(error) => return Err(lookup_failed(ctx.failure(Service::Bedrock, error).await)),
            }
        } else if current.contains(":provisioned-model/") {
            match client.get_provisioned_model_throughput().provisioned_model_id(&current).send().await {
                Ok(output) => Some(output.foundation_model_arn().to_string()),
                Err(error) => return Err(lookup_failed(ctx.failure(Service::Bedrock, error).await)),
            }
        } else if current.contains(":application-inference-profile/") {
            match client.get_inference_profile().inference_profile_identifier(&current).send().await {
                Ok(output) => output.models().first().and_then(|model| model.model_arn()).map(str::to_string),
                Err(error) => return Err(lookup_failed(ctx.failure(Service::Bedrock, error).await)),
            }
        } else {
            None
        };
        let _ = ctx.capture.take();
        match base {
            Some(base) if !base.is_empty() => current = base,
            _ => return Ok(None),
        }
    }
    Ok(None)
}

/// The media type of an image attachment, from its extension.
pub fn image_media_type(path: &std::path::Path) -> Result<&'static str> {
    let extension = path.extension().and_then(|extension| extension.to_str()).unwrap_or_default();
    match extension.to_ascii_lowercase().as_str() {
        "png" => Ok("image/png"),
        "jpg" | "jpeg" => Ok("image/jpeg"),
        "gif" => Ok("image/gif"),
        "webp" => Ok("image/webp"),
        _ => Err(Failure::usage(format!(
            "--image {}: unsupported image type (use png, jpeg, gif or webp)",
            path.display()
        ))),
    }
}

/// Read image attachments.
pub fn read_images(paths: &[PathBuf]) -> Result<Vec<ImageAttachment>> {
    paths
        .iter()
        .map(|path| {
            let media_type = image_media_type(path)?;
            let data = crate::input::attachment(path, "--image", IMAGE_LIMIT)?;
            Ok(ImageAttachment { media_type: media_type.to_string(), data })
        })
        .collect()
}

/// What every request of a command shares: the model, its family and the attachments.
pub struct Template {
    pub model: String,
    pub family: Option<Family>,
    images: Vec<ImageAttachment>,
    documents: Vec<Document>,
}

impl Template {
    /// A template without attachments, for a resolved model id.
    pub fn for_model(model: &str, family: Option<Family>) -> Self {
        Template { model: model.to_string(), family, images: Vec::new(), documents: Vec::new() }
    }
}

/// Resolve the model and read the attachments once.
pub fn template(ctx: &Ctx, args: &InvokeArgs) -> Result<Template> {
    let model = crate::models::resolve_model(&ctx.settings, &args.model);
    let family = family_for(&model, args.family.as_deref())?;
    let documents = args
        .document
        .iter()
        .map(|path| {
            let snippet = crate::input::read_text_file(path, "--document")?;
            let title = path.file_stem().map(|stem| stem.to_string_lossy().into_owned()).unwrap_or_default();
            Ok(Document { title, snippet })
        })
        .collect::<Result<Vec<_>>>()?;
    let images = read_images(&args.image)?;
    Ok(Template { model, family, images, documents })
}

/// The family of a template, or the usage error for a model whose request format is unknown.
pub(crate) fn known_family(settings: &crate::settings::Settings, template: &Template) -> Result<Family> {
    template.family.ok_or_else(|| {
        let failure = Failure::usage(format!("cannot tell the request format of model '{}'", template.model));
        // A misspelt id or alias is far likelier than a model of an unknown family.
        match crate::models::nearest_names(settings, &template.model).first() {
            Some(best) if !template.model.starts_with("arn:") => failure.with_hint(format!(
                "did you mean `{best}`? (`bedrock models aliases` lists the aliases; for a model of another family pass --family NAME)"
            )),
            _ => failure.with_hint("pass --family NAME (see --family help) or a raw --body"),
        }
    })
}

/// The family's request body for one prompt, from the flags.
pub fn body_for_prompt(
    args: &InvokeArgs,
    template: &Template,
    prompt: String,
    streaming: bool,
) -> Result<Vec<u8>> {
    let family = template.family.ok_or_else(|| {
        Failure::usage(format!("cannot tell the request format of model '{}'", template.model))
            .with_hint("pass --family NAME (see --family help) or a raw --body")
    })?;
    let generation = &args.generation;
    let params = TextParams {
        prompt,
        system: generation.system.clone(),
        history: Vec::new(),
        max_tokens: generation.max_tokens,
        temperature: generation.temperature,
        top_p: generation.top_p,
        top_k: generation.top_k,
        stop: generation.stop.clone(),
        seed: generation.seed,
        images: template.images.clone(),
        presence_penalty: args.presence_penalty,
        frequency_penalty: args.frequency_penalty,
        count_penalty: args.count_penalty,
        documents: template.documents.clone(),
    };
    let mut body = family.build_text_for_model(&template.model, &params)?;
    if let Some(budget) = args.reasoning.reasoning {
        if family != Family::AnthropicMessages {
            return Err(Failure::usage(format!(
                "--reasoning: model '{}' has no extended thinking",
                template.model
            )));
        }
        let max_tokens = crate::models::check_reasoning(&template.model, budget, generation.max_tokens)?;
        body["max_tokens"] = json!(max_tokens);
        body["thinking"] = json!({"type": "enabled", "budget_tokens": budget});
    }
    if streaming {
        body = family.streaming_body(body);
    }
    Ok(body.to_string().into_bytes())
}

/// Build the request: a raw body, or a body for the model's family from the prompt and flags.
pub fn prepare(ctx: &Ctx, args: &InvokeArgs, streaming: bool) -> Result<Prepared> {
    if let Some(spec) = &args.body {
        let model = crate::models::resolve_model(&ctx.settings, &args.model);
        let family = family_for(&model, args.family.as_deref())?;
        if args.prompt.is_some() || args.prompt_file.is_some() {
            ctx.output.warn("--body was given: the prompt is not used");
        }
        if args.reasoning.reasoning.is_some() {
            return Err(Failure::usage("--reasoning builds the body: it does not apply to a raw --body")
                .with_hint("put \"thinking\": {\"type\": \"enabled\", \"budget_tokens\": N} in the body"));
        }
        let body = crate::input::body(spec, args.content_type.contains("json"))?;
        return Ok(Prepared { model, family, body, prompt: None });
    }
    let template = template(ctx, args)?;
    known_family(&ctx.settings, &template)?;
    let prompt = crate::input::prompt(args.prompt.clone(), args.prompt_file.as_ref())?;
    let logged = prompt.clone();
    let body = body_for_prompt(args, &template, prompt, streaming)?;
    Ok(Prepared { model: template.model, family: template.family, body, prompt: Some(logged) })
}

/// Split `ID[:VERSION]` (version defaults to DRAFT).
pub fn guardrail_parts(text: &str) -> Result<(String, String)> {
    match text.split_once(':') {
        Some((identifier, version)) if !identifier.is_empty() && !version.is_empty() => {
            Ok((identifier.to_string(), version.to_string()))
        }
        Some(_) => Err(Failure::usage(format!("--guardrail '{text}' is not ID or ID:VERSION"))),
        None if text.is_empty() => Err(Failure::usage("--guardrail is empty")),
        None => Ok((text.to_string(), "DRAFT".to_string())),
    }
}

/// Report what a guardrail did, from the fields Bedrock adds to InvokeModel bodies and chunks.
pub fn report_guardrail(ctx: &Ctx, body: &Value, trace: bool) -> Result<()> {
    if body.get("amazon-bedrock-guardrailAction").and_then(Value::as_str) == Some("INTERVENED") {
        ctx.output.warn("the guardrail intervened");
    }
    if trace && let Some(found) = body.get("amazon-bedrock-trace") {
        crate::output::stderr_line(&format!("guardrail trace: {found}"));
    }
    Ok(())
}

/// `--dry-run`: the request body as JSON (or as text when it is not JSON).
pub fn print_dry_run(ctx: &Ctx, prepared: &Prepared) -> Result<()> {
    match serde_json::from_slice::<Value>(&prepared.body) {
        Ok(document) => ctx.output.write_stdout(crate::output::json::render(&document).as_bytes()),
        Err(_) => ctx.output.write_stdout(&prepared.body),
    }
}

pub async fn run(ctx: &Ctx, command: InvokeCommandArgs) -> Result<()> {
    ctx.output.validate_query()?;
    let InvokeCommandArgs { invoke: mut args, bulk, emit_sfn_task } = command;
    args.settle_model(&ctx.settings, bulk.input.is_some())?;
    args.model = super::throughput::model_for_name(ctx, &args.model).await?;
    if args.body.is_none() || emit_sfn_task || bulk.input.is_some() {
        args.family = looked_up_family(ctx, &args.model, args.family.take()).await?;
    }
    if let Some(input) = &bulk.input {
        return run_bulk(ctx, &args, &bulk, input).await;
    }
    let prepared = prepare(ctx, &args, false)?;
    if emit_sfn_task {
        let task = crate::stepfunctions::invoke_model_task(
            &prepared.model,
            &prepared.body,
            &args.content_type,
            &args.accept,
            prepared.family,
        );
        return ctx.output.json_document(&task);
    }
    if args.dry_run {
        return print_dry_run(ctx, &prepared);
    }
    let client = ctx.bedrock_runtime().await?;
    ctx.call_log.begin("invoke", &prepared.model, prepared.prompt.clone(), None);
    let started = Instant::now();
    let mut request = client
        .invoke_model()
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
    let response = request.send().await;
    let output = match response {
        Ok(output) => output,
        Err(error) => return Err(ctx.failure(Service::BedrockRuntime, error).await),
    };
    let elapsed = started.elapsed();
    let _ = ctx.capture.take();
    let bytes = output.body.into_inner();
    let document: Option<Value> = if output.content_type.contains("json") {
        Some(response_document(&bytes)?)
    } else {
        serde_json::from_slice(&bytes).ok()
    };
    if let Some(document) = &document
        && args.guardrail.is_some()
    {
        report_guardrail(ctx, document, args.guardrail_trace)?;
    }
    let wants_json = ctx.output.runtime_wants_json();
    let completion = match (prepared.family, &document) {
        (Some(family), Some(document)) if family.modality() == Modality::Text => {
            match family.extract_text(document) {
                Ok(completion) => Some(completion),
                // A body the family's reader does not know (a newer model's shape) is still the
                // service's answer: with -o json it is printed as it came.
                Err(_) if wants_json => None,
                Err(failure) => return Err(failure),
            }
        }
        _ => None,
    };
    let header = |name: &str| ctx.capture.header(name).and_then(|value| value.parse::<u64>().ok());
    let input = header("x-amzn-bedrock-input-token-count")
        .or(completion.as_ref().and_then(|completion| completion.input_tokens));
    let output_tokens = header("x-amzn-bedrock-output-token-count")
        .or(completion.as_ref().and_then(|completion| completion.output_tokens));
    ctx.call_log.finish(
        completion.as_ref().map(|completion| completion.text.clone()),
        crate::calllog::Tokens {
            input,
            output: output_tokens,
            cache_read: header("x-amzn-bedrock-cache-read-input-token-count"),
            cache_write: header("x-amzn-bedrock-cache-write-input-token-count"),
        },
    );
    if args.usage {
        let latency = header("x-amzn-bedrock-invocation-latency").unwrap_or(elapsed.as_millis() as u64);
        let mut line = usage_line(input, output_tokens, latency, total_milliseconds(elapsed));
        line.push_str(&cache_suffix(
            header("x-amzn-bedrock-cache-read-input-token-count"),
            header("x-amzn-bedrock-cache-write-input-token-count"),
        ));
        line.push_str(&tier_suffix(output.service_tier.as_ref().map(|tier| tier.as_str())));
        ctx.output.usage(&line);
    }
    match (completion, document) {
        (Some(completion), Some(document)) if !wants_json => {
            let mut sink = crate::output::stream::StreamSink::new(&ctx.output)?;
            if args.reasoning.show(&ctx.output) {
                sink.reasoning(&crate::models::messages_reasoning(&document))?;
            }
            sink.text(&completion.text)?;
            sink.finish()
        }
        (_, Some(document)) => ctx.output.json_document(&document),
        (_, None) => ctx.output.write_stdout(&bytes),
    }
}

/// The request body of one `--input` line: a prompt string, an object with `prompt` (or
/// `text`, `inputText`), or an object with a raw `body` (a JSON object or a string).
pub fn line_body(args: &InvokeArgs, template: &Template, line: &crate::bulk::Line) -> Result<Vec<u8>> {
    let prompt = match &line.record {
        Value::String(prompt) => prompt.clone(),
        Value::Object(object) => {
            match object.get("body") {
                Some(Value::String(body)) => return Ok(body.clone().into_bytes()),
                Some(body @ Value::Object(_)) => return Ok(body.to_string().into_bytes()),
                Some(_) => {
                    return Err(Failure::usage(format!(
                        "line {}: \"body\" must be an object or a string",
                        line.number
                    )));
                }
                None => {}
            }
            match ["prompt", "text", "inputText"].iter().find_map(|key| object.get(*key)) {
                Some(Value::String(prompt)) => prompt.clone(),
                _ => {
                    return Err(Failure::usage(format!(
                        "line {} has no \"prompt\" (or \"text\", \"inputText\", \"body\")",
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
    body_for_prompt(args, template, prompt, false)
}

/// The JSON document of a response that says it is JSON; a body that is not is an invalid
/// response (255), which bulk runs retry like other transient failures.
fn response_document(bytes: &[u8]) -> Result<Value> {
    serde_json::from_slice(bytes).map_err(|error| {
        Failure::other(
            "invalid-response",
            format!("the model's response body is not valid JSON (HTTP 200): {error}"),
        )
    })
}

/// The members of a bulk result line from a response body.
pub fn bulk_answer(family: Option<Family>, bytes: &[u8]) -> Result<crate::bulk::Answer> {
    let document = response_document(bytes)?;
    let mut answer = crate::bulk::Answer::default();
    match family.filter(|family| family.modality() == Modality::Text) {
        Some(family) => {
            let completion = family.extract_text(&document)?;
            answer.input_tokens = completion.input_tokens.unwrap_or(0);
            answer.output_tokens = completion.output_tokens.unwrap_or(0);
            answer.members.insert("text".into(), Value::String(completion.text));
            if let Some(reason) = completion.stop_reason {
                answer.members.insert("stopReason".into(), Value::String(reason));
            }
            answer.members.insert(
                "usage".into(),
                serde_json::json!({"inputTokens": completion.input_tokens, "outputTokens": completion.output_tokens}),
            );
        }
        None => {
            answer.members.insert("body".into(), document.clone());
        }
    }
    if let Some(action) = document.get("amazon-bedrock-guardrailAction") {
        answer.members.insert("guardrailAction".into(), action.clone());
    }
    Ok(answer)
}

/// The output tokens each line's request reserves: the max tokens of the body the flags build
/// (the family's default when none is given).
fn reserved_output_tokens(args: &InvokeArgs, template: &Template) -> u64 {
    body_for_prompt(args, template, "x".to_string(), false)
        .ok()
        .and_then(|body| serde_json::from_slice::<serde_json::Map<String, Value>>(&body).ok())
        .and_then(|body| crate::bedrock_quotas::requested_max_tokens(&body))
        .unwrap_or(match template.family.map(|family| family.modality()) {
            Some(Modality::Text) | None => crate::bedrock_quotas::DEFAULT_RESERVED_OUTPUT_TOKENS,
            Some(_) => 0,
        })
}

/// `invoke --input`: one InvokeModel call per line, concurrently (see `crate::bulk`).
async fn run_bulk(
    ctx: &Ctx,
    args: &InvokeArgs,
    bulk: &crate::bulk::BulkFlags,
    input: &std::path::Path,
) -> Result<()> {
    if args.prompt.is_some() || args.prompt_file.is_some() || args.body.is_some() {
        return Err(Failure::usage("--input gives the prompts: drop PROMPT, --prompt-file and --body")
            .with_hint("a line may carry its own raw body: {\"id\": 1, \"body\": {…}}"));
    }
    if args.dry_run {
        return Err(Failure::usage("--dry-run does not apply to --input"));
    }
    let template = template(ctx, args)?;
    let guardrail = args.guardrail.as_deref().map(guardrail_parts).transpose()?;
    let mut options = bulk.options();
    ctx.retry_runtime_calls_here();
    options.output_tokens = reserved_output_tokens(args, &template);
    options.tokens_per_minute = super::quotas::bulk_budget(ctx, bulk.tpm, &template.model).await?;
    let (reader, total) = crate::bulk::open_input(input)?;
    let client = ctx.bedrock_runtime().await?;
    let summary = crate::bulk::run(&ctx.output, &options, reader, total, |line| {
        let body = line_body(args, &template, &line);
        let guardrail = guardrail.clone();
        let template = &template;
        async move {
            let body = body?;
            let mut request = client
                .invoke_model()
                .model_id(&template.model)
                .content_type(&args.content_type)
                .accept(&args.accept)
                .body(Blob::new(body));
            if let Some((identifier, version)) = guardrail {
                request = request.guardrail_identifier(identifier).guardrail_version(version);
            }
            match request.send().await {
                Ok(output) => bulk_answer(template.family, output.body.as_ref()),
                Err(error) => Err(ctx.failure(Service::BedrockRuntime, error).await),
            }
        }
    })
    .await?;
    crate::bulk::check_summary(&summary)
}

/// The prompt-cache part of a `--usage` line, when the service reported cache tokens.
pub fn cache_suffix(read: Option<u64>, write: Option<u64>) -> String {
    if read.is_none() && write.is_none() {
        return String::new();
    }
    format!(", cache read {} tokens, cache write {} tokens", read.unwrap_or(0), write.unwrap_or(0))
}

/// The service-tier part of a `--usage` line, when the response names the tier that served it.
pub fn tier_suffix(tier: Option<&str>) -> String {
    tier.map(|tier| format!(", service tier {tier}")).unwrap_or_default()
}

/// The `--usage` line.
/// A command's total time in whole milliseconds, rounded up: it holds the service's latency,
/// which the service rounds down.
pub fn total_milliseconds(elapsed: std::time::Duration) -> u64 {
    elapsed.as_micros().div_ceil(1000) as u64
}

pub fn usage_line(input: Option<u64>, output: Option<u64>, latency_ms: u64, wall_ms: u64) -> String {
    let shown = |value: Option<u64>| value.map(|value| value.to_string()).unwrap_or_else(|| "?".to_string());
    format!(
        "input tokens {}, output tokens {}, model latency {latency_ms} ms, total {wall_ms} ms",
        shown(input),
        shown(output)
    )
}
