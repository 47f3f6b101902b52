//! `bedrock async start|get|list|wait`: asynchronous invocation (StartAsyncInvoke,
//! GetAsyncInvoke, ListAsyncInvokes), for the models that only run asynchronously (Nova Reel
//! video generation). `start` builds the Nova Reel body from a prompt and flags (or sends a raw
//! `--body`), can wait for the invocation to finish, and `--download DIR` fetches everything the
//! invocation wrote under `<s3Uri>/<invocation id>/` through the configured S3 endpoint.

use std::path::{Component, Path, PathBuf};

use clap::{Args, Subcommand};
use serde_json::{Map, Value, json};

use super::operation::{self, SortDirection};
use super::resource::Resource;
use super::wait;
use crate::api::model::Service;
use crate::api::validate::{self, Strictness};
use crate::context::Ctx;
use crate::error::{Failure, Kind, Result};
use crate::output::{Column, View};

#[derive(Debug, Subcommand)]
pub enum AsyncCommand {
    /// Start an asynchronous invocation (StartAsyncInvoke): a Nova Reel video from a prompt, or
    /// any model's raw --body; its output goes to --output-s3.
    #[command(
        after_help = "Examples:\n  bedrock async start amazon.nova-reel-v1:0 \"A red fox running through snow\" --output-s3 s3://my-bucket/videos\n  bedrock async start amazon.nova-reel-v1:1 \"A city at night\" --duration 18 --seed 7 \\\n      --output-s3 s3://my-bucket/videos --wait --download ./videos\n  bedrock async start amazon.nova-reel-v1:0 --body @reel.json --output-s3 s3://my-bucket/videos -o json\n\nWithout --body, the prompt and --duration/--seed build Nova Reel's body: TEXT_VIDEO for 6 seconds,\nMULTI_SHOT_AUTOMATED (Nova Reel 1.1) for 12 to 120 seconds. The video is written as\n<S3_URI>/<invocation id>/output.mp4. Prints the invocation ARN (-o json: the service's answer);\nwith --wait, the finished invocation (exit 254 with its failure message if it failed)."
    )]
    Start(Box<StartArgs>),

    /// Describe an asynchronous invocation (GetAsyncInvoke).
    #[command(
        after_help = "Examples:\n  bedrock async get arn:aws:bedrock:us-east-1:123456789012:async-invoke/abcdef123456\n  bedrock async get ARN --query status"
    )]
    Get(InvocationArgs),

    /// List asynchronous invocations, newest first (ListAsyncInvokes).
    #[command(
        visible_alias = "ls",
        after_help = "Examples:\n  bedrock async list\n  bedrock async list --status InProgress -o json\n  bedrock async list --submitted-after 2025-01-01 --sort-order ascending --max-items 10"
    )]
    List(ListArgs),

    /// Wait until an asynchronous invocation has finished (254 with its failure message if it failed).
    #[command(
        after_help = "Examples:\n  bedrock async wait arn:aws:bedrock:us-east-1:123456789012:async-invoke/abcdef123456\n  bedrock async wait ARN --download ./videos --timeout 900"
    )]
    Wait(WaitArgs),
}

#[derive(Debug, Args)]
pub struct StartArgs {
    /// The model (id, alias or ARN), e.g. amazon.nova-reel-v1:0.
    #[arg(value_name = "MODEL")]
    pub model: String,

    /// The prompt of the video ("-": read it from stdin).
    #[arg(value_name = "PROMPT")]
    pub prompt: Option<String>,

    /// Where the output goes: s3://bucket/prefix (the invocation writes <prefix>/<id>/).
    #[arg(long, value_name = "S3_URI")]
    pub output_s3: String,

    /// Send this model input as is: JSON text, @FILE, or - for stdin. Wins over the prompt and flags.
    #[arg(long, value_name = "JSON|@FILE|-")]
    pub body: Option<String>,

    /// Length of the video in seconds: 6, or 12 to 120 in steps of 6 (Nova Reel 1.1).
    #[arg(long, value_name = "SECONDS", default_value_t = 6)]
    pub duration: u32,

    /// Seed of the generation (0 to 2147483646), for a reproducible video.
    #[arg(long, value_name = "N")]
    pub seed: Option<u64>,

    /// KMS key that encrypts the output.
    #[arg(long, value_name = "KEY_ARN")]
    pub kms_key: Option<String>,

    /// Account id that owns the output bucket.
    #[arg(long, value_name = "ACCOUNT")]
    pub bucket_owner: Option<String>,

    /// Tag KEY=VALUE for the invocation (repeatable).
    #[arg(long = "tags", value_name = "KEY=VALUE")]
    pub tags: Vec<String>,

    /// Idempotency token: the same token starts the invocation only once (default: a fresh one).
    #[arg(long, value_name = "TOKEN")]
    pub client_token: Option<String>,

    /// Wait until the invocation has finished and print it.
    #[arg(long)]
    pub wait: bool,

    #[command(flatten)]
    pub finish: FinishArgs,

    /// Print the StartAsyncInvoke input that would be sent, and send nothing.
    #[arg(long)]
    pub dry_run: bool,
}

/// What to do once an invocation has finished.
#[derive(Debug, Args)]
pub struct FinishArgs {
    /// Download the output into DIR once the invocation has finished (`start`: implies --wait).
    #[arg(long, value_name = "DIR")]
    pub download: Option<PathBuf>,

    /// Overwrite files that already exist in the --download directory.
    #[arg(long, requires = "download")]
    pub force: bool,

    /// Give up waiting after this many seconds (exit 255; the invocation keeps running).
    #[arg(long, value_name = "SECONDS")]
    pub timeout: Option<f64>,
}

#[derive(Debug, Args)]
pub struct InvocationArgs {
    /// The invocation ARN (arn:aws:bedrock:REGION:ACCOUNT:async-invoke/ID).
    #[arg(value_name = "ARN")]
    pub invocation: String,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only invocations in this status.
    #[arg(long, value_parser = ["InProgress", "Completed", "Failed"], value_name = "STATUS")]
    pub status: Option<String>,

    /// Only invocations submitted after this time (2025-05-01 or 2025-05-01T12:00:00Z).
    #[arg(long, value_name = "TIME")]
    pub submitted_after: Option<String>,

    /// Only invocations submitted before this time.
    #[arg(long, value_name = "TIME")]
    pub submitted_before: Option<String>,

    /// Order by submission time (default: newest first).
    #[arg(long, value_enum, ignore_case = true, value_name = "ORDER")]
    pub sort_order: Option<SortDirection>,
}

#[derive(Debug, Args)]
pub struct WaitArgs {
    /// The invocation ARN.
    #[arg(value_name = "ARN")]
    pub invocation: String,

    #[command(flatten)]
    pub finish: FinishArgs,
}

const LIST_COLUMNS: &[Column] = &[
    Column { header: "INVOCATION", path: "invocationArn" },
    Column { header: "STATUS", path: "status" },
    Column { header: "MODEL", path: "modelArn" },
    Column { header: "SUBMITTED", path: "submitTime" },
];

const DETAIL_FIELDS: &[Column] = &[
    Column { header: "invocationArn", path: "invocationArn" },
    Column { header: "status", path: "status" },
    Column { header: "modelArn", path: "modelArn" },
    Column { header: "output", path: "outputDataConfig.s3OutputDataConfig.s3Uri" },
    Column { header: "failureMessage", path: "failureMessage" },
    Column { header: "submitTime", path: "submitTime" },
    Column { header: "endTime", path: "endTime" },
];

const STARTED_FIELDS: &[Column] = &[Column { header: "invocationArn", path: "invocationArn" }];

/// Asynchronous invocations for the generic verbs.
pub const ASYNC_INVOKES: Resource = Resource {
    service: Service::BedrockRuntime,
    what: "async invocation",
    command: "async",
    get: "GetAsyncInvoke",
    identifier: "invocationArn",
    record: "",
    fields: DETAIL_FIELDS,
    list: "ListAsyncInvokes",
    list_key: "asyncInvokeSummaries",
    columns: LIST_COLUMNS,
    delete: None,
    stop: None,
    status: "status",
    success: &["Completed"],
    failure: &["Failed"],
    reasons: &["failureMessage"],
};

pub async fn run(ctx: &Ctx, command: AsyncCommand) -> Result<()> {
    ctx.output.validate_query()?;
    match command {
        AsyncCommand::Start(args) => start(ctx, *args).await,
        AsyncCommand::Get(args) => ASYNC_INVOKES.get(ctx, &Vec::new(), &args.invocation).await,
        AsyncCommand::List(args) => {
            let mut input = Map::new();
            if let Some(status) = args.status {
                input.insert("statusEquals".into(), json!(status));
            }
            for (member, flag, value) in [
                ("submitTimeAfter", "--submitted-after", &args.submitted_after),
                ("submitTimeBefore", "--submitted-before", &args.submitted_before),
            ] {
                if let Some(text) = value {
                    let time = operation::time(flag, text)?;
                    let text = time
                        .fmt(aws_smithy_types::date_time::Format::DateTime)
                        .map_err(|error| Failure::usage(format!("{flag}: {error}")))?;
                    input.insert(member.into(), json!(text));
                }
            }
            if let Some(order) = args.sort_order {
                input.insert("sortBy".into(), json!("SubmissionTime"));
                let order = match order {
                    SortDirection::Ascending => "Ascending",
                    SortDirection::Descending => "Descending",
                };
                input.insert("sortOrder".into(), json!(order));
            }
            ASYNC_INVOKES.list(ctx, &Vec::new(), input).await
        }
        AsyncCommand::Wait(args) => finish(ctx, &args.invocation, &args.finish).await,
    }
}

/// Nova Reel's body for a prompt: one 6-second shot, or an automated multi-shot video.
pub fn nova_reel_body(prompt: &str, duration: u32, seed: Option<u64>) -> Result<Value> {
    let mut config = json!({"durationSeconds": duration, "fps": 24, "dimension": "1280x720"});
    if let Some(seed) = seed {
        if seed > 2_147_483_646 {
            return Err(Failure::usage(format!("--seed: {seed} is above 2147483646")));
        }
        config["seed"] = json!(seed);
    }
    match duration {
        6 => Ok(json!({
            "taskType": "TEXT_VIDEO",
            "textToVideoParams": {"text": prompt},
            "videoGenerationConfig": config,
        })),
        12..=120 if duration.is_multiple_of(6) => Ok(json!({
            "taskType": "MULTI_SHOT_AUTOMATED",
            "multiShotAutomatedParams": {"text": prompt},
            "videoGenerationConfig": config,
        })),
        _ => Err(Failure::usage(format!(
            "--duration: {duration} seconds is not a Nova Reel length (6, or 12 to 120 in steps of 6)"
        ))),
    }
}

/// The StartAsyncInvoke input the flags describe.
fn start_input(ctx: &Ctx, args: &StartArgs) -> Result<Map<String, Value>> {
    let model = crate::models::resolve_model(&ctx.settings, &args.model);
    let uri = operation::s3_uri("--output-s3", &args.output_s3)?;
    let model_input = match &args.body {
        Some(spec) => crate::input::parse_json(&crate::input::body(spec, true)?, "--body")?,
        None => {
            if !model.contains("nova-reel") {
                return Err(Failure::usage(format!(
                    "--body is required for {model}: the prompt flags build Nova Reel bodies only"
                )));
            }
            let prompt = crate::input::prompt(args.prompt.clone(), None)?;
            nova_reel_body(&prompt, args.duration, args.seed)?
        }
    };
    let mut output = Map::new();
    output.insert("s3Uri".into(), uri);
    if let Some(key) = &args.kms_key {
        output.insert("kmsKeyId".into(), json!(key));
    }
    if let Some(owner) = &args.bucket_owner {
        output.insert("bucketOwner".into(), json!(owner));
    }
    let mut input = Map::new();
    input.insert("modelId".into(), json!(model));
    input.insert("modelInput".into(), model_input);
    input.insert("outputDataConfig".into(), json!({"s3OutputDataConfig": output}));
    let token = args.client_token.clone().unwrap_or_else(|| {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|elapsed| elapsed.as_nanos())
            .unwrap_or(0);
        format!("bedrock-cli-{nanos:x}-{:x}", std::process::id())
    });
    input.insert("clientRequestToken".into(), json!(token));
    if let Some(tags) = operation::tags(&args.tags, "--tags")? {
        input.insert("tags".into(), tags);
    }
    let document = Value::Object(input);
    validate::validate_named(
        Service::BedrockRuntime.model(),
        "StartAsyncInvoke",
        &document,
        Strictness::Request,
    )
    .map_err(|violation| Failure::usage(violation.client_message()))?;
    match document {
        Value::Object(input) => Ok(input),
        _ => Ok(Map::new()),
    }
}

async fn start(ctx: &Ctx, args: StartArgs) -> Result<()> {
    wait::timeout(args.finish.timeout)?;
    if let Some(directory) = &args.finish.download {
        check_directory(directory)?;
    }
    let input = start_input(ctx, &args)?;
    if args.dry_run {
        return ctx.output.json_document(&Value::Object(input));
    }
    let started = crate::api::call::call(ctx, Service::BedrockRuntime, "StartAsyncInvoke", input).await?;
    let arn = started.get("invocationArn").and_then(Value::as_str).unwrap_or_default().to_string();
    if !args.wait && args.finish.download.is_none() {
        ctx.output.info(&format!("`bedrock async wait {arn}` waits for it to finish"));
        return ctx.output.document(&started, &View::Record { record: "", fields: STARTED_FIELDS });
    }
    finish(ctx, &arn, &args.finish).await
}

/// Wait for an invocation, download its output if asked, and print it.
async fn finish(ctx: &Ctx, arn: &str, args: &FinishArgs) -> Result<()> {
    let timeout = wait::timeout(args.timeout)?;
    if let Some(directory) = &args.download {
        check_directory(directory)?;
    }
    let document = match ASYNC_INVOKES.wait(ctx, &Vec::new(), arn, timeout).await {
        Ok(document) => document,
        Err(failure) => return Err(with_local_hint(ctx, arn, failure).await),
    };
    if let Some(directory) = &args.download {
        download_output(ctx, &document, directory, args.force).await?;
    }
    ASYNC_INVOKES.show(ctx, &document)
}

/// An invocation that failed because its bucket is missing: with `--local`, where to create it.
async fn with_local_hint(ctx: &Ctx, arn: &str, failure: Failure) -> Failure {
    if failure.code != "JobFailed" || !failure.message.contains("output S3 bucket") {
        return failure;
    }
    let Ok(document) = ASYNC_INVOKES.fetch(ctx, &Vec::new(), arn).await else { return failure };
    let uri = document
        .pointer("/outputDataConfig/s3OutputDataConfig/s3Uri")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let bucket = uri.trim_start_matches("s3://").split('/').next().unwrap_or_default();
    match super::batch::local_bucket_hint(ctx, bucket) {
        Some(hint) => failure.with_hint(hint),
        None => failure,
    }
}

/// A download directory must be a directory if it exists.
fn check_directory(directory: &Path) -> Result<()> {
    if directory.exists() && !directory.is_dir() {
        return Err(Failure::usage(format!("--download: {} is not a directory", directory.display())));
    }
    Ok(())
}

/// Where an object below the output prefix goes in the directory; None for keys that would leave it.
fn local_path(directory: &Path, relative: &str) -> Option<PathBuf> {
    let relative = Path::new(relative);
    let plain = relative.components().all(|part| matches!(part, Component::Normal(_)));
    (plain && !relative.as_os_str().is_empty()).then(|| directory.join(relative))
}

/// Files downloaded to temporary names, renamed into place only when every one has arrived.
struct Staged {
    files: Vec<(PathBuf, PathBuf)>,
}

impl Drop for Staged {
    fn drop(&mut self) {
        for (temporary, _) in &self.files {
            let _ = std::fs::remove_file(temporary);
        }
    }
}

/// Fetch every object under `<s3Uri>/<invocation id>/` into `directory`.
async fn download_output(ctx: &Ctx, document: &Value, directory: &Path, force: bool) -> Result<()> {
    let uri = document
        .pointer("/outputDataConfig/s3OutputDataConfig/s3Uri")
        .and_then(Value::as_str)
        .unwrap_or_default();
    operation::s3_uri("the invocation's output URI", uri)?;
    let arn = document.get("invocationArn").and_then(Value::as_str).unwrap_or_default();
    let id = arn.rsplit('/').next().unwrap_or_default();
    let rest = uri.trim_start_matches("s3://");
    let (bucket, key) = rest.split_once('/').unwrap_or((rest, ""));
    let key = key.trim_end_matches('/');
    let prefix = if key.is_empty() { format!("{id}/") } else { format!("{key}/{id}/") };
    let s3 = ctx.s3().await?;
    let mut keys = Vec::new();
    let mut pages = s3.list_objects_v2().bucket(bucket).prefix(&prefix).into_paginator().send();
    while let Some(page) = pages.next().await {
        let page = match page {
            Ok(page) => page,
            Err(error) => return Err(ctx.s3_failure(error).await),
        };
        keys.extend(page.contents().iter().filter_map(|object| object.key()).map(str::to_string));
    }
    if keys.is_empty() {
        return Err(Failure::new(
            Kind::Service,
            "NoOutput",
            format!("the invocation wrote nothing under s3://{bucket}/{prefix}"),
        ));
    }
    let mut targets = Vec::new();
    for key in &keys {
        let relative = &key[prefix.len()..];
        let path = local_path(directory, relative).ok_or_else(|| {
            Failure::other("BadOutput", format!("the output key {key} cannot be a file under the directory"))
        })?;
        if path.exists() && !force {
            return Err(Failure::usage(format!("{} exists; pass --force to overwrite it", path.display()))
                .with_hint("nothing was downloaded"));
        }
        targets.push((key.clone(), path));
    }
    let mut staged = Staged { files: Vec::new() };
    for (key, path) in &targets {
        let parent = path.parent().unwrap_or(directory);
        std::fs::create_dir_all(parent)
            .map_err(|error| Failure::file(parent, "create the directory", &error))?;
        let name = path.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
        let temporary = crate::files::temporary_path(parent, &name);
        let file = crate::files::create_new(&temporary, false)
            .map_err(|error| Failure::file(&temporary, "create", &error))?;
        staged.files.push((temporary.clone(), path.clone()));
        let object = match s3.get_object().bucket(bucket).key(key).send().await {
            Ok(object) => object,
            Err(error) => {
                return Err(ctx
                    .s3_failure(error)
                    .await
                    .with_hint(format!("while downloading s3://{bucket}/{key}")));
            }
        };
        let mut reader = object.body.into_async_read();
        let mut out = tokio::fs::File::from_std(file);
        tokio::io::copy(&mut reader, &mut out)
            .await
            .map_err(|error| Failure::network(format!("downloading s3://{bucket}/{key} failed: {error}")))?;
        out.sync_all().await.map_err(|error| Failure::file(&temporary, "write", &error))?;
    }
    for (temporary, path) in std::mem::take(&mut staged.files) {
        std::fs::rename(&temporary, &path).map_err(|error| {
            let _ = std::fs::remove_file(&temporary);
            Failure::file(&path, "write", &error)
        })?;
    }
    let names: Vec<&str> = keys.iter().map(|key| &key[prefix.len()..]).collect();
    ctx.output.info(&format!("downloaded {} to {}", names.join(", "), directory.display()));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prompts_become_nova_reel_bodies() {
        let body = nova_reel_body("a fox", 6, Some(3)).unwrap();
        assert_eq!(body["taskType"], "TEXT_VIDEO");
        assert_eq!(body["textToVideoParams"]["text"], "a fox");
        assert_eq!(body["videoGenerationConfig"]["seed"], 3);
        let long = nova_reel_body("a city", 18, None).unwrap();
        assert_eq!(long["taskType"], "MULTI_SHOT_AUTOMATED");
        assert_eq!(long["videoGenerationConfig"]["durationSeconds"], 18);
        assert!(nova_reel_body("x", 7, None).unwrap_err().message.starts_with("--duration: 7"));
        assert!(nova_reel_body("x", 6, Some(1 << 40)).is_err());
    }

    #[test]
    fn keys_stay_inside_the_directory() {
        let directory = Path::new("/tmp/out");
        assert_eq!(local_path(directory, "output.mp4"), Some(directory.join("output.mp4")));
        assert_eq!(local_path(directory, "shots/1.mp4"), Some(directory.join("shots/1.mp4")));
        assert_eq!(local_path(directory, "../escape"), None);
        assert_eq!(local_path(directory, ""), None);
    }
}
