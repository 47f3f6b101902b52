//! `bedrock batch run|collect|export-sfn`: batch inference end to end (`export-sfn` lives in
//! `batch_export.rs`). `run` turns a JSON Lines file of any
//! size into batch records (`recordId`, `modelInput` built by the model family's body builder, or
//! a Converse request with `--invocation-type converse`), splits them into jobs (shards) within
//! the model's batch limits (Service Quotas, the documented defaults, or flags), uploads each
//! shard and runs up to the concurrent-jobs limit at once, and prints the results joined with
//! the input, one NDJSON line per input line, in input order, as the shards finish. A run
//! manifest (`batch_shards`) makes an interrupted or partly failed run resume: finished shards
//! are collected again, never resubmitted. `collect` joins one job's results. Files are
//! streamed, so memory stays flat in the number of lines.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use serde_json::{Map, Value, json};

use super::invoke::{self, GenerationFlags, InvokeArgs, Template};
use crate::batch_shards::{InputIdentity, Limits, Manifest, RunLock, Shard, default_manifest};
use crate::context::Ctx;
use crate::error::{Failure, Kind, Result};
use crate::models::{Family, Modality};
use crate::output::{Column, View};

#[derive(Debug, Subcommand)]
pub enum BatchCommand {
    /// Run a JSON Lines file through batch inference: upload, create the job, wait, download the
    /// results and print one NDJSON line per input line, in input order.
    #[command(
        after_help = "Examples:\n  bedrock batch run prompts.jsonl --model claude-3-haiku --role-arn arn:aws:iam::123456789012:role/Batch \\\n      --s3-uri s3://my-bucket/batch > results.jsonl\n  bedrock batch run prompts.jsonl --model titan-text-express --role-arn ARN --s3-uri s3://my-bucket/batch --no-wait\n  bedrock batch run ten-million.jsonl --model nova-lite --invocation-type converse --role-arn ARN \\\n      --s3-uri s3://my-bucket/batch --concurrent-jobs 10 > answers.jsonl\n\nInput lines are a prompt string, or an object with an optional \"id\" and \"prompt\" (or \"text\",\n\"inputText\") or a raw \"body\". The records go to S3_URI/input/NAME-part-NNNN.jsonl (one object per\njob) and the results to S3_URI/output/. An input larger than one job is split into even jobs\nwithin the model's batch limits: at least 100 and at most 50,000 records a job, 1 GB a file,\n5 GB a job, 20 jobs at once by default, or the account's values from Service Quotas; the\n--min-records … --concurrent-jobs flags override them. The run manifest\n(FILE.batch-run.json) records every job: run the same command again after an interruption or a\nfailed job to resubmit only what did not finish (all results are printed again, in order).\nFewer than the minimum records? Use `bedrock invoke --input FILE --concurrency N`."
    )]
    Run(Box<RunArgs>),

    /// Download a batch job's results and join them with its input (waits until it has finished).
    #[command(
        after_help = "Examples:\n  bedrock batch collect abcdef123456 > results.jsonl\n  bedrock batch collect arn:aws:bedrock:us-east-1:123456789012:model-invocation-job/abcdef123456 --timeout 3600"
    )]
    Collect(CollectArgs),

    /// Print a Step Functions state machine that runs the records in S3 through the model with a
    /// Distributed Map (or, with --policy, the IAM policy of its role).
    #[command(name = "export-sfn", after_help = super::batch_export::EXAMPLES)]
    ExportSfn(Box<super::batch_export::ExportSfnArgs>),
}

#[derive(Debug, Args)]
pub struct RunArgs {
    /// JSON Lines file: one prompt string or {"id", "prompt"|"text"|"inputText"|"body"} per line.
    #[arg(value_name = "FILE.jsonl")]
    pub file: PathBuf,

    /// The model (id, alias, ARN or inference profile).
    #[arg(long, value_name = "MODEL")]
    pub model: String,

    /// IAM role Bedrock assumes to read the input and write the output.
    #[arg(long, value_name = "ARN")]
    pub role_arn: String,

    /// Where the job's files go: s3://bucket/prefix (input/ and output/ below it).
    #[arg(long, value_name = "S3_URI")]
    pub s3_uri: String,

    /// Name of the job (default: bedrock-FILE-TIMESTAMP); also names the input object.
    #[arg(long, value_name = "NAME")]
    pub job_name: Option<String>,

    /// Print the job ARN (-o json: the CreateModelInvocationJob response) instead of waiting;
    /// `bedrock batch collect JOB` fetches the results later.
    #[arg(long)]
    pub no_wait: bool,

    /// Give up waiting after this many seconds (exit 255; the job keeps running).
    #[arg(long, value_name = "SECONDS", conflicts_with = "no_wait")]
    pub timeout: Option<f64>,

    /// The model family, for custom or provisioned model ARNs (see `--family help`).
    #[arg(long, value_name = "NAME")]
    pub family: Option<String>,

    /// The request format of the records: invoke-model (the model family's InvokeModel body)
    /// or converse (a Converse request; the job's modelInvocationType is Converse). Default:
    /// invoke-model for the model families bedrock knows, converse for other models.
    #[arg(long, value_name = "TYPE", value_parser = ["invoke-model", "converse"])]
    pub invocation_type: Option<String>,

    /// The run manifest: where the run records its jobs, and where a run of the same command
    /// resumes from (default: FILE.jsonl.batch-run.json beside the input).
    #[arg(long, value_name = "FILE")]
    pub manifest: Option<PathBuf>,

    #[command(flatten)]
    pub limits: LimitFlags,

    #[command(flatten)]
    pub generation: GenerationFlags,

    /// Extended thinking in every record, with a budget of BUDGET tokens (Claude 3.7 Sonnet,
    /// Claude 4 and 4.5; at least 1024, less than --max-tokens): the Messages body's `thinking`,
    /// or Converse's `additionalModelRequestFields`.
    #[arg(long, value_name = "BUDGET")]
    pub reasoning: Option<u32>,
}

/// Batch limits that override the model's quotas (Service Quotas, or the documented defaults).
#[derive(Debug, Clone, Default, Args)]
#[command(next_help_heading = "Batch limits")]
pub struct LimitFlags {
    /// The fewest records a job may have (default: the quota, 100).
    #[arg(long, value_name = "N")]
    pub min_records: Option<u64>,

    /// The most records a job may have (default: the quota, 50,000).
    #[arg(long, value_name = "N")]
    pub records_per_job: Option<u64>,

    /// The most records an input file may have (default: the quota, 50,000).
    #[arg(long, value_name = "N")]
    pub records_per_file: Option<u64>,

    /// The largest input file (bytes, or 1GB, 500MB …; default: the quota, 1 GB).
    #[arg(long, value_name = "SIZE", value_parser = crate::batch_shards::parse_size)]
    pub file_size: Option<u64>,

    /// The largest job (default: the quota, 5 GB).
    #[arg(long, value_name = "SIZE", value_parser = crate::batch_shards::parse_size)]
    pub job_size: Option<u64>,

    /// Jobs submitted or in progress at once (default: the quota, 20).
    #[arg(long, value_name = "N")]
    pub concurrent_jobs: Option<u64>,
}

#[derive(Debug, Args)]
pub struct CollectArgs {
    /// Job id or ARN.
    #[arg(value_name = "JOB")]
    pub job: String,

    /// Give up waiting after this many seconds (exit 255; the job keeps running).
    #[arg(long, value_name = "SECONDS")]
    pub timeout: Option<f64>,

    /// The model family, for custom or provisioned model ARNs (see `--family help`).
    #[arg(long, value_name = "NAME")]
    pub family: Option<String>,
}

const CREATED_FIELDS: &[Column] = &[Column { header: "jobArn", path: "jobArn" }];

/// The record id of an input line: its id (a string, or a number as text) or its line number.
fn record_id(id: &Value) -> String {
    match id {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

/// The id of a result line: a record id of plain digits reads back as the number it was.
pub fn result_id(record_id: &str) -> Value {
    let canonical = !record_id.is_empty()
        && record_id.bytes().all(|byte| byte.is_ascii_digit())
        && (record_id == "0" || !record_id.starts_with('0'));
    match record_id.parse::<u64>() {
        Ok(number) if canonical => json!(number),
        _ => json!(record_id),
    }
}

/// How records ask the model: the family's InvokeModel body, or a Converse request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Invocation {
    InvokeModel,
    Converse,
}

impl Invocation {
    /// The job's `modelInvocationType`.
    pub fn as_str(self) -> &'static str {
        match self {
            Invocation::InvokeModel => "InvokeModel",
            Invocation::Converse => "Converse",
        }
    }
}

/// A Converse request (without `modelId`) for one input line: a prompt, an object with
/// `messages` (and optionally `system`), or a raw `body`.
fn converse_input(args: &InvokeArgs, line: &crate::bulk::Line) -> Result<Value> {
    let number = line.number;
    let object = line.record.as_object();
    if let Some(body) = object.and_then(|object| object.get("body")) {
        return match body {
            Value::Object(_) => Ok(body.clone()),
            _ => Err(Failure::usage(format!("line {number}: \"body\" must be a Converse request object"))),
        };
    }
    let messages = match (&line.record, object.and_then(|object| object.get("messages"))) {
        (_, Some(messages @ Value::Array(_))) => messages.clone(),
        (_, Some(_)) => return Err(Failure::usage(format!("line {number}: \"messages\" must be a list"))),
        (Value::String(prompt), None) => json!([{"role": "user", "content": [{"text": prompt}]}]),
        (Value::Object(object), None) => {
            match ["prompt", "text", "inputText"].iter().find_map(|key| object.get(*key)) {
                Some(Value::String(prompt)) if !prompt.trim().is_empty() => {
                    json!([{"role": "user", "content": [{"text": prompt}]}])
                }
                _ => {
                    return Err(Failure::usage(format!(
                        "line {number} has no \"prompt\" (or \"text\", \"inputText\", \"messages\", \"body\")"
                    )));
                }
            }
        }
        _ => return Err(Failure::usage(format!("line {number} must be a JSON string or object"))),
    };
    let mut request = json!({"messages": messages});
    let generation = &args.generation;
    let mut inference = Map::new();
    let max_tokens = match args.reasoning.reasoning {
        Some(budget) => {
            request["additionalModelRequestFields"] =
                json!({"thinking": {"type": "enabled", "budget_tokens": budget}});
            // Checked against the model before the records are built.
            Some(crate::models::reasoning_max_tokens(budget, generation.max_tokens))
        }
        None => generation.max_tokens,
    };
    if let Some(max_tokens) = max_tokens {
        inference.insert("maxTokens".into(), json!(max_tokens));
    }
    if let Some(temperature) = generation.temperature {
        inference.insert("temperature".into(), json!(temperature));
    }
    if let Some(top_p) = generation.top_p {
        inference.insert("topP".into(), json!(top_p));
    }
    if !generation.stop.is_empty() {
        inference.insert("stopSequences".into(), json!(generation.stop));
    }
    if !inference.is_empty() {
        request["inferenceConfig"] = Value::Object(inference);
    }
    let system = object.and_then(|object| object.get("system")).cloned().or_else(|| {
        (!generation.system.is_empty())
            .then(|| json!(generation.system.iter().map(|text| json!({"text": text})).collect::<Vec<_>>()))
    });
    if let Some(system) = system {
        request["system"] = system;
    }
    Ok(request)
}

/// One batch record for one input line.
pub fn record(
    args: &InvokeArgs,
    template: &Template,
    invocation: Invocation,
    number: u64,
    text: &str,
) -> Result<Value> {
    let line = crate::bulk::parse_line(number, text).map_err(Failure::usage)?;
    if invocation == Invocation::Converse {
        return Ok(json!({"recordId": record_id(&line.id), "modelInput": converse_input(args, &line)?}));
    }
    let body = invoke::line_body(args, template, &line)?;
    let input: Value = serde_json::from_slice(&body)
        .map_err(|_| Failure::usage(format!("line {number}: the request body is not JSON")))?;
    if !input.is_object() {
        return Err(Failure::usage(format!("line {number}: the request body must be a JSON object")));
    }
    Ok(json!({"recordId": record_id(&line.id), "modelInput": input}))
}

/// What building a records file found.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Built {
    pub records: u64,
    pub bytes: u64,
    /// The input line after the last one read.
    pub end_line: u64,
}

/// Which input lines make one records file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// The first input line (1-based).
    pub start_line: u64,
    /// Stop before this line (a shard rebuilt for a new attempt), if set.
    pub end_line: Option<u64>,
    /// Stop after this many records.
    pub records: u64,
    /// Stop before a record that would take the file past this many bytes.
    pub bytes: u64,
}

/// Turn the non-blank lines of `reader` in `span` into record lines of `out`; the first bad line
/// stops it with a usage error naming the line.
pub fn build_records(
    args: &InvokeArgs,
    template: &Template,
    invocation: Invocation,
    reader: impl BufRead,
    span: Span,
    out: &mut impl Write,
) -> Result<Built> {
    let mut built = Built { end_line: span.start_line, ..Built::default() };
    let mut number = 0;
    for line in reader.split(b'\n') {
        let line = line.map_err(|error| Failure::usage(format!("cannot read the input: {error}")))?;
        number += 1;
        if number < span.start_line {
            continue;
        }
        if span.end_line.is_some_and(|end| number >= end) || built.records >= span.records {
            break;
        }
        if line.iter().all(u8::is_ascii_whitespace) {
            built.end_line = number + 1;
            continue;
        }
        let text = std::str::from_utf8(&line)
            .map_err(|_| Failure::usage(format!("line {number} is not UTF-8 text")))?;
        let mut encoded = record(args, template, invocation, number, text.trim())?.to_string();
        encoded.push('\n');
        if built.records > 0 && built.bytes + encoded.len() as u64 > span.bytes {
            break;
        }
        out.write_all(encoded.as_bytes()).map_err(|error| Failure::other("write", error.to_string()))?;
        built.records += 1;
        built.bytes += encoded.len() as u64;
        built.end_line = number + 1;
    }
    Ok(built)
}

/// The records of an input: its non-blank lines, checked to be records (each line must make
/// one), counted without holding the file.
fn count_records(args: &InvokeArgs, template: &Template, invocation: Invocation, path: &Path) -> Result<u64> {
    let input = std::fs::File::open(path).map_err(|error| Failure::file(path, "read", &error))?;
    let span = Span { start_line: 1, end_line: None, records: u64::MAX, bytes: u64::MAX };
    Ok(build_records(args, template, invocation, BufReader::new(input), span, &mut std::io::sink())?.records)
}

/// What the join wrote.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Joined {
    pub lines: u64,
    pub errors: u64,
}

/// The result line of one output record.
fn result_line(family: Option<Family>, id: Value, output: &Value) -> (Value, bool) {
    let mut line = Map::new();
    line.insert("id".to_string(), id);
    if let Some(error) = output.get("error") {
        let code = error.get("errorCode").cloned().unwrap_or(json!("error"));
        let message = error.get("errorMessage").cloned().unwrap_or(json!("the record failed"));
        line.insert("error".to_string(), json!({"code": code, "message": message}));
        return (Value::Object(line), false);
    }
    let Some(model_output) = output.get("modelOutput") else {
        line.insert(
            "error".to_string(),
            json!({"code": "NoOutput", "message": "the result has no modelOutput"}),
        );
        return (Value::Object(line), false);
    };
    if let Some(content) = model_output.pointer("/output/message/content").and_then(Value::as_array) {
        // A Converse record's result: the Converse response.
        let text: String =
            content.iter().filter_map(|block| block.get("text").and_then(Value::as_str)).collect();
        line.insert("text".to_string(), json!(text));
        for key in ["stopReason", "usage"] {
            if let Some(value) = model_output.get(key) {
                line.insert(key.to_string(), value.clone());
            }
        }
    } else if family.is_some_and(|family| family.modality() == Modality::Text) {
        match invoke::bulk_answer(family, model_output.to_string().as_bytes()) {
            Ok(answer) => line.extend(answer.members),
            Err(failure) => {
                line.insert("error".to_string(), json!({"code": failure.code, "message": failure.message}));
                return (Value::Object(line), false);
            }
        }
    } else {
        line.insert("output".to_string(), model_output.clone());
    }
    (Value::Object(line), true)
}

fn record_id_of(document: &Value) -> Option<String> {
    match document.get("recordId")? {
        Value::String(text) => Some(text.clone()),
        Value::Number(number) => Some(number.to_string()),
        _ => None,
    }
}

/// Join the records (input order) with the results (any order): one result line per record, in
/// the records' order. Results that come early are held until their record's turn, so memory
/// grows only with how far the output's order strays from the input's.
pub fn join(
    family: Option<Family>,
    records: impl BufRead,
    results: impl BufRead,
    mut emit: impl FnMut(&Value) -> Result<()>,
) -> Result<Joined> {
    let mut results = results.split(b'\n');
    let mut early: HashMap<String, Value> = HashMap::new();
    let mut joined = Joined::default();
    let unreadable =
        |error: std::io::Error| Failure::other("read", format!("cannot read the batch files: {error}"));
    for line in records.split(b'\n') {
        let line = line.map_err(unreadable)?;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let record: Value = serde_json::from_slice(&line).map_err(|error| {
            Failure::other("BadInput", format!("the job's input is not batch records: {error}"))
        })?;
        let Some(id) = record_id_of(&record) else {
            return Err(Failure::other("BadInput", "a record of the job's input has no recordId"));
        };
        let mut found = early.remove(&id);
        while found.is_none() {
            let Some(next) = results.next() else { break };
            let next = next.map_err(unreadable)?;
            if next.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let Ok(document) = serde_json::from_slice::<Value>(&next) else { continue };
            match record_id_of(&document) {
                Some(result_id) if result_id == id => found = Some(document),
                Some(result_id) => {
                    early.insert(result_id, document);
                }
                None => {}
            }
        }
        let (line, success) = match found {
            Some(document) => result_line(family, result_id(&id), &document),
            None => {
                let missing = json!({"error": {"errorCode": "NoResult", "errorMessage": "the job's output has no result for this record"}});
                result_line(family, result_id(&id), &missing)
            }
        };
        emit(&line)?;
        joined.lines += 1;
        if !success {
            joined.errors += 1;
        }
    }
    Ok(joined)
}

/// A file in the temporary directory, readable by the owner only (it holds prompts or answers),
/// created under a name of its own and removed when dropped: at the end, on an error, and on
/// Ctrl-C or SIGTERM (which end the command's future, see `lib.rs`).
struct TemporaryFile {
    path: PathBuf,
}

impl TemporaryFile {
    /// Create the (empty) file.
    fn create(label: &str) -> Result<(Self, std::fs::File)> {
        let name = format!("bedrock-batch-{}-{label}", crate::files::unique_part());
        let path = std::env::temp_dir().join(name);
        let file = crate::files::create_private(&path)
            .map_err(|error| Failure::file(&path, "create the temporary file", &error))?;
        Ok((TemporaryFile { path }, file))
    }
}

impl Drop for TemporaryFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// Split an `s3://bucket/key` URI.
pub(crate) fn split_uri(flag: &str, uri: &str) -> Result<(String, String)> {
    super::operation::s3_uri(flag, uri)?;
    let rest = uri.trim_start_matches("s3://");
    let (bucket, key) = rest.split_once('/').unwrap_or((rest, ""));
    Ok((bucket.to_string(), key.to_string()))
}

/// A job name from the file's name: letters, digits and hyphens, plus the time.
fn default_job_name(file: &Path) -> String {
    let stem = file.file_stem().map(|stem| stem.to_string_lossy().into_owned()).unwrap_or_default();
    let mut cleaned: String =
        stem.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '-' }).take(30).collect();
    cleaned = cleaned.trim_matches('-').to_string();
    if cleaned.is_empty() {
        cleaned = "input".to_string();
    }
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|elapsed| elapsed.as_secs())
        .unwrap_or(0);
    format!("bedrock-{cleaned}-{seconds}")
}

pub async fn run(ctx: &Ctx, command: BatchCommand) -> Result<()> {
    ctx.output.validate_query()?;
    match command {
        BatchCommand::Run(args) => run_batch(ctx, *args).await,
        BatchCommand::Collect(args) => {
            let timeout = super::wait::timeout(args.timeout)?;
            collect(ctx, &args.job, args.family.as_deref(), timeout).await
        }
        BatchCommand::ExportSfn(args) => super::batch_export::run(ctx, *args).await,
    }
}

fn invoke_args(args: &RunArgs) -> InvokeArgs {
    let mut invoke = InvokeArgs::for_records(&args.model, &args.generation, args.family.clone());
    invoke.reasoning.reasoning = args.reasoning;
    invoke
}

/// The limits of this run's jobs: the model's quotas (Service Quotas, or the documented
/// defaults), with the flags over them.
async fn run_limits(ctx: &Ctx, flags: &LimitFlags, model: &str) -> Result<(Limits, &'static str)> {
    let (batch, source) = super::quotas::batch_limits(ctx, model).await?;
    let mut limits = Limits::from_batch(&batch);
    for (flag, value, field) in [
        ("--min-records", flags.min_records, &mut limits.minimum_records),
        ("--records-per-job", flags.records_per_job, &mut limits.records_per_job),
        ("--records-per-file", flags.records_per_file, &mut limits.records_per_file),
        ("--file-size", flags.file_size, &mut limits.file_bytes),
        ("--job-size", flags.job_size, &mut limits.job_bytes),
        ("--concurrent-jobs", flags.concurrent_jobs, &mut limits.concurrent_jobs),
    ] {
        if let Some(value) = value {
            if value == 0 && flag != "--min-records" {
                return Err(Failure::usage(format!("{flag} 0: use 1 or more")));
            }
            *field = value;
        }
    }
    if limits.minimum_records > limits.records_per_shard() {
        return Err(Failure::usage(format!(
            "the minimum of {} records a job is above the {} records a job may have",
            limits.minimum_records,
            limits.records_per_shard()
        )));
    }
    Ok((limits, source))
}

fn describe_limits(limits: &Limits, source: &str) -> String {
    format!(
        "batch limits ({source}, flags over them): {} to {} records a job, {} records and {} bytes a file, {} jobs at once",
        limits.minimum_records,
        limits.records_per_job,
        limits.records_per_file,
        limits.file_bytes,
        limits.concurrent_jobs
    )
}

/// A run in progress: its settings, its manifest, and what it learnt while driving its jobs.
struct Run<'a> {
    ctx: &'a Ctx,
    args: &'a RunArgs,
    invoke: InvokeArgs,
    template: Template,
    invocation: Invocation,
    limits: Limits,
    bucket: String,
    prefix: String,
    manifest_path: PathBuf,
    manifest: Manifest,
    /// Shards whose job had failed when this run started: each gets one new job in this run.
    retry: std::collections::BTreeSet<usize>,
    /// The last GetModelInvocationJob document of each shard's job.
    documents: HashMap<usize, Value>,
    /// Shards whose records this run uploaded and has not yet made a job of (the service
    /// refused the job for its concurrent-jobs quota): the next try only creates the job.
    uploaded: std::collections::BTreeSet<usize>,
    /// When the service last refused a job for its concurrent-jobs quota; no job is tried again
    /// until one of the run's jobs ends or `QUOTA_PAUSE` has passed.
    quota_refused: Option<std::time::Instant>,
}

async fn run_batch(ctx: &Ctx, args: RunArgs) -> Result<()> {
    let timeout = super::wait::timeout(args.timeout)?;
    let (bucket, prefix) = split_uri("--s3-uri", &args.s3_uri)?;
    let prefix = prefix.trim_end_matches('/').to_string();
    if let Some(name) = &args.job_name
        && (name.len() > MAXIMUM_NAME || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
    {
        return Err(Failure::usage(format!(
            "--job-name {name:?}: use up to {MAXIMUM_NAME} letters, digits and hyphens (jobs are named NAME-part-NNNN)"
        )));
    }
    let invoke = invoke_args(&args);
    let template = invoke::template(ctx, &invoke)?;
    if let Some(budget) = args.reasoning {
        // Refused before any record is built or uploaded.
        crate::models::check_reasoning(&template.model, budget, args.generation.max_tokens)?;
    }
    let invocation = match args.invocation_type.as_deref() {
        Some("converse") => Invocation::Converse,
        Some(_) => Invocation::InvokeModel,
        None if template.family.is_some() => Invocation::InvokeModel,
        None => Invocation::Converse,
    };
    let manifest_path = args.manifest.clone().unwrap_or_else(|| default_manifest(&args.file));
    let _lock = RunLock::acquire(&manifest_path)?;
    let identity = InputIdentity::of(&args.file)?;
    let manifest = match Manifest::read(&manifest_path)? {
        Some(existing) => {
            if let Some(why) =
                existing.mismatch(&identity, &template.model, &args.s3_uri, invocation.as_str())
            {
                return Err(Failure::usage(format!(
                    "the run manifest {} is another run's: {why}",
                    manifest_path.display()
                ))
                .with_hint("remove it to start a new run, or pass --manifest FILE"));
            }
            let finished = existing.shards.iter().filter(|shard| shard.is_collectable()).count();
            ctx.output.info(&format!(
                "resuming the run of {}: {finished} of {} jobs so far have finished",
                manifest_path.display(),
                existing.shards.len()
            ));
            existing
        }
        None => {
            // Every line is checked before anything is uploaded.
            let records = count_records(&invoke, &template, invocation, &args.file)?;
            Manifest {
                version: 1,
                input: identity,
                model: template.model.clone(),
                s3_uri: args.s3_uri.clone(),
                invocation_type: invocation.as_str().to_string(),
                name: args.job_name.clone().unwrap_or_else(|| default_job_name(&args.file)),
                records,
                shards: Vec::new(),
            }
        }
    };
    if manifest.records == 0 {
        return Err(Failure::usage("the batch input has no records").with_hint(FEW_RECORDS_HINT));
    }
    let (limits, source) = run_limits(ctx, &args.limits, &template.model).await?;
    if manifest.shards.is_empty() {
        limits.next_shard(manifest.records).map_err(|why| {
            Failure::usage(format!("{}: {why}; nothing was uploaded", args.file.display()))
                .with_hint(FEW_RECORDS_HINT)
        })?;
    }
    ctx.output.info(&describe_limits(&limits, source));
    let retry = manifest
        .shards
        .iter()
        .enumerate()
        .filter(|(_, shard)| shard.has_failed())
        .map(|(index, _)| index)
        .collect();
    let mut run = Run {
        ctx,
        args: &args,
        invoke,
        template,
        invocation,
        limits,
        bucket,
        prefix,
        manifest_path,
        manifest,
        retry,
        documents: HashMap::new(),
        uploaded: std::collections::BTreeSet::new(),
        quota_refused: None,
    };
    let hint = format!(
        "the submitted jobs keep running; the same command goes on where this run stopped (manifest {})",
        run.manifest_path.display()
    );
    tokio::select! {
        biased;
        _ = tokio::signal::ctrl_c() => Err(Failure::interrupted().with_hint(hint)),
        result = drive(&mut run, timeout) => result,
    }
}

/// The job name of a shard's `attempt`-th job: its first job's name, then `-r2`, `-r3` … in place
/// of any earlier attempt's suffix.
fn attempt_name(job_name: &str, attempt: u32) -> String {
    let base = match job_name.rsplit_once("-r") {
        Some((base, number)) if !number.is_empty() && number.bytes().all(|byte| byte.is_ascii_digit()) => {
            base
        }
        _ => job_name,
    };
    if attempt > 1 { format!("{base}-r{attempt}") } else { base.to_string() }
}

/// How long a run waits before trying again a job the service refused for its concurrent-jobs
/// quota, when none of the run's own jobs has ended meanwhile.
const QUOTA_PAUSE: std::time::Duration = std::time::Duration::from_secs(30);

/// Job names of a run are NAME-part-NNNN[-rN] in at most 63 characters.
const MAXIMUM_NAME: usize = 48;
const FEW_RECORDS_HINT: &str =
    "batch inference is for large jobs; for fewer prompts use `bedrock invoke --input FILE --concurrency N`";

impl Run<'_> {
    fn below(&self, part: &str) -> String {
        if self.prefix.is_empty() { part.to_string() } else { format!("{}/{part}", self.prefix) }
    }

    /// Shards so far plus the fewest that hold the records not yet planned.
    fn expected_shards(&self) -> usize {
        let remaining = self.manifest.records - self.manifest.planned_records();
        self.manifest.shards.len() + remaining.div_ceil(self.limits.records_per_shard()) as usize
    }

    fn describe(&self, index: usize) -> String {
        let shard = &self.manifest.shards[index];
        format!(
            "job {} (part {} of {}, {} records)",
            shard.job_name,
            index + 1,
            self.expected_shards(),
            shard.records
        )
    }

    fn save(&self) -> Result<()> {
        self.manifest.write(&self.manifest_path)
    }

    /// The shard to submit next: one without a job, one whose earlier job failed, or a new one.
    fn next_to_submit(&self) -> Option<Option<usize>> {
        if let Some(index) = self.manifest.shards.iter().position(|shard| shard.job_arn.is_none()) {
            return Some(Some(index));
        }
        if let Some(index) = self.retry.iter().next() {
            return Some(Some(*index));
        }
        (self.manifest.planned_records() < self.manifest.records).then_some(None)
    }

    /// Build a shard's records file, upload it and create its job. `Ok(false)`: the service
    /// refused the job for the concurrent-jobs quota (it is tried again later).
    async fn submit(&mut self, existing: Option<usize>) -> Result<bool> {
        let index = match existing {
            Some(index) if self.uploaded.contains(&index) => index,
            _ => self.upload_shard(existing).await?,
        };
        self.create_shard_job(index).await
    }

    /// Build a shard's records file (a new shard, or an existing one for a new job) and upload
    /// it; returns the shard's index.
    async fn upload_shard(&mut self, existing: Option<usize>) -> Result<usize> {
        let (records_file, out) = TemporaryFile::create("records.jsonl")?;
        let span = match existing {
            Some(index) => {
                let shard = &self.manifest.shards[index];
                Span {
                    start_line: shard.start_line,
                    end_line: Some(shard.end_line),
                    records: u64::MAX,
                    bytes: u64::MAX,
                }
            }
            None => {
                let remaining = self.manifest.records - self.manifest.planned_records();
                let records = self.limits.next_shard(remaining).map_err(|why| {
                    Failure::usage(format!(
                        "{}: the last {why} (the byte limits cut the jobs before it short)",
                        self.args.file.display()
                    ))
                })?;
                Span {
                    start_line: self.manifest.next_line(),
                    end_line: None,
                    records,
                    bytes: self.limits.bytes_per_shard(),
                }
            }
        };
        let input = std::fs::File::open(&self.args.file)
            .map_err(|error| Failure::file(&self.args.file, "read", &error))?;
        let built = {
            let mut out = BufWriter::new(out);
            let built = build_records(
                &self.invoke,
                &self.template,
                self.invocation,
                BufReader::new(input),
                span,
                &mut out,
            )?;
            out.flush().map_err(|error| Failure::file(&records_file.path, "write", &error))?;
            built
        };
        let index = match existing {
            Some(index) => index,
            None => {
                let number = self.manifest.shards.len() + 1;
                let whole = number == 1 && built.records == self.manifest.records;
                let name = &self.manifest.name;
                let (job_name, key) = if whole {
                    (name.clone(), self.below(&format!("input/{name}.jsonl")))
                } else {
                    (
                        format!("{name}-part-{number:04}"),
                        self.below(&format!("input/{name}-part-{number:04}.jsonl")),
                    )
                };
                self.manifest.shards.push(Shard {
                    start_line: span.start_line,
                    end_line: built.end_line,
                    records: built.records,
                    bytes: built.bytes,
                    key,
                    job_name,
                    job_arn: None,
                    status: None,
                    message: None,
                    attempts: 0,
                });
                self.save()?;
                number - 1
            }
        };
        let key = self.manifest.shards[index].key.clone();
        self.upload(&key, &records_file.path).await?;
        self.uploaded.insert(index);
        Ok(index)
    }

    /// Create the job of an uploaded shard. `Ok(false)`: the service refused it for the
    /// concurrent-jobs quota.
    async fn create_shard_job(&mut self, index: usize) -> Result<bool> {
        let shard = &self.manifest.shards[index];
        // A new job for a shard whose job failed gets a name of its own: BASE-rN.
        let attempt = if shard.has_failed() { shard.attempts + 1 } else { shard.attempts.max(1) };
        let job_name = attempt_name(&shard.job_name, attempt);
        let key = shard.key.clone();
        let created = create_job(
            self.ctx,
            self.args,
            &self.template.model,
            &job_name,
            &format!("s3://{}/{key}", self.bucket),
            &self.below("output/"),
            self.invocation,
        )
        .await;
        let created = match created {
            Ok(created) => created,
            Err(failure) if failure.code == "ServiceQuotaExceededException" => return Ok(false),
            Err(failure) => return Err(failure),
        };
        let shard = &mut self.manifest.shards[index];
        shard.job_name = job_name;
        shard.job_arn = created.get("jobArn").and_then(Value::as_str).map(str::to_string);
        shard.status = Some("Submitted".to_string());
        shard.message = None;
        shard.attempts = attempt;
        self.retry.remove(&index);
        self.uploaded.remove(&index);
        self.documents.remove(&index);
        self.save()?;
        self.ctx.output.info(&format!("submitted {}", self.describe(index)));
        Ok(true)
    }

    async fn upload(&self, key: &str, path: &Path) -> Result<()> {
        let ctx = self.ctx;
        let bucket = &self.bucket;
        let s3 = ctx.s3().await?;
        let body = aws_sdk_s3::primitives::ByteStream::from_path(path)
            .await
            .map_err(|error| Failure::other("read", format!("cannot read the records file: {error}")))?;
        let uploaded =
            s3.put_object().bucket(bucket).key(key).content_type("application/jsonl").body(body).send().await;
        let Err(error) = uploaded else { return Ok(()) };
        let failure = ctx.s3_failure(error).await;
        if failure.code == "NoSuchBucket"
            && let Some(hint) = local_bucket_hint(ctx, bucket)
        {
            return Err(failure.with_hint(hint));
        }
        Err(failure)
    }

    /// Look at every running job once; true if any status changed.
    async fn poll(&mut self) -> Result<bool> {
        let mut changed = false;
        for index in 0..self.manifest.shards.len() {
            let shard = &self.manifest.shards[index];
            let Some(arn) = shard.job_arn.clone().filter(|_| {
                // Running jobs, and finished ones a resumed run has not read yet.
                shard.is_running() || (shard.is_collectable() && !self.documents.contains_key(&index))
            }) else {
                continue;
            };
            let client = self.ctx.bedrock().await?;
            let result = client.get_model_invocation_job().job_identifier(&arn).send().await;
            let document = super::operation::document(self.ctx, result).await?;
            let status = document.get("status").and_then(Value::as_str).unwrap_or("").to_string();
            let message = document.get("message").and_then(Value::as_str).map(str::to_string);
            let shard = &mut self.manifest.shards[index];
            if shard.status.as_deref() != Some(status.as_str()) {
                shard.status = Some(status.clone());
                shard.message = message.clone();
                changed = true;
                let reason = message.map(|message| format!(": {message}")).unwrap_or_default();
                self.ctx.output.info(&format!("{} is {status}{reason}", self.describe(index)));
            }
            self.documents.insert(index, document);
        }
        if changed {
            self.save()?;
        }
        Ok(changed)
    }
}

/// Submit, watch and collect the run's jobs until every shard has finished or failed.
async fn drive(run: &mut Run<'_>, timeout: Option<std::time::Duration>) -> Result<()> {
    let started = std::time::Instant::now();
    let mut next_to_print = 0;
    let mut joined = Joined::default();
    let mut delay = std::time::Duration::from_millis(250);
    let family = invoke::family_for(&run.template.model, run.args.family.as_deref())?;
    loop {
        let mut progressed = false;
        if run.quota_refused.is_some_and(|at| at.elapsed() >= QUOTA_PAUSE) {
            run.quota_refused = None;
        }
        while run.quota_refused.is_none()
            && (run.manifest.shards.iter().filter(|shard| shard.is_running()).count() as u64)
                < run.limits.concurrent_jobs
        {
            let Some(next) = run.next_to_submit() else { break };
            if !run.submit(next).await? {
                run.quota_refused = Some(std::time::Instant::now());
                run.ctx.output.info("the service's quota of batch jobs at once is reached: the next job waits for one to finish");
                break;
            }
            progressed = true;
        }
        if run.args.no_wait {
            return print_submitted(run);
        }
        if run.poll().await? {
            progressed = true;
            // A job that ended may have freed a place of the service's quota.
            run.quota_refused = None;
        }
        while let Some(shard) = run.manifest.shards.get(next_to_print) {
            if !shard.is_collectable() {
                break;
            }
            let Some(document) = run.documents.get(&next_to_print).cloned() else { break };
            let part = print_results(run.ctx, &document, family).await?;
            joined.lines += part.lines;
            joined.errors += part.errors;
            next_to_print += 1;
            progressed = true;
        }
        let all_planned = run.manifest.planned_records() == run.manifest.records;
        let busy = run.manifest.shards.iter().any(|shard| shard.is_running() || shard.job_arn.is_none());
        if all_planned && !busy && run.retry.is_empty() {
            break;
        }
        if let Some(limit) = timeout
            && started.elapsed() >= limit
        {
            return Err(Failure::new(
                Kind::Other,
                "timeout",
                format!(
                    "gave up waiting after {}s; the jobs keep running, and the same command goes on where this run stopped (manifest {})",
                    limit.as_secs_f64(),
                    run.manifest_path.display()
                ),
            ));
        }
        delay = if progressed {
            std::time::Duration::from_millis(250)
        } else {
            (delay * 2).min(std::time::Duration::from_secs(15))
        };
        tokio::time::sleep(delay).await;
    }
    let failed: Vec<String> = run
        .manifest
        .shards
        .iter()
        .filter(|shard| shard.has_failed())
        .map(|shard| {
            let status = shard.status.as_deref().unwrap_or("Failed");
            match &shard.message {
                Some(message) => format!("{} {status}: {message}", shard.job_name),
                None => format!("{} {status}", shard.job_name),
            }
        })
        .collect();
    if !failed.is_empty() {
        return Err(Failure::new(
            Kind::Service,
            "BatchJobsFailed",
            format!(
                "{} of {} jobs did not finish ({}); the results of the {} records before the first of them were printed",
                failed.len(),
                run.manifest.shards.len(),
                failed.join("; "),
                joined.lines
            ),
        )
        .with_hint(format!(
            "run the same command again: it submits the failed jobs again and prints every result in order (manifest {})",
            run.manifest_path.display()
        )));
    }
    if joined.errors > 0 {
        return Err(Failure::new(
            Kind::Service,
            "BatchRecordsFailed",
            format!(
                "{} of {} records failed; their result lines carry the error",
                joined.errors, joined.lines
            ),
        ));
    }
    Ok(())
}

/// `--no-wait`: the jobs submitted so far (the CreateModelInvocationJob response for a run of one
/// job).
fn print_submitted(run: &Run<'_>) -> Result<()> {
    let ctx = run.ctx;
    let submitted: Vec<&Shard> = run.manifest.shards.iter().filter(|shard| shard.job_arn.is_some()).collect();
    let waiting = run.expected_shards() - submitted.len();
    if waiting > 0 {
        ctx.output.info(&format!(
            "{waiting} more jobs wait for the concurrent-jobs limit: run the same command again (without --no-wait, or later) to submit them"
        ));
    }
    if let [only] = submitted.as_slice()
        && waiting == 0
    {
        let job = only.job_arn.clone().unwrap_or_default();
        ctx.output
            .info(&format!("`bedrock batch collect {job}` fetches the results once the job has finished"));
        return ctx
            .output
            .document(&json!({"jobArn": job}), &View::Record { record: "", fields: CREATED_FIELDS });
    }
    let jobs: Vec<Value> = submitted
        .iter()
        .map(|shard| json!({"jobName": shard.job_name, "jobArn": shard.job_arn, "records": shard.records}))
        .collect();
    ctx.output.document(
        &json!({"jobs": jobs, "manifest": run.manifest_path.display().to_string()}),
        &View::Rows { rows: "jobs", columns: SUBMITTED_COLUMNS },
    )
}

const SUBMITTED_COLUMNS: &[Column] = &[
    Column { header: "JOB", path: "jobName" },
    Column { header: "ARN", path: "jobArn" },
    Column { header: "RECORDS", path: "records" },
];

/// With `--local`, where a missing bucket is to be created (a directory of the local S3 root).
pub fn local_bucket_hint(ctx: &Ctx, bucket: &str) -> Option<String> {
    if !ctx.settings.local {
        return None;
    }
    let root = ctx
        .environment
        .variable("BEDROCK_S3_ROOT")
        .map(PathBuf::from)
        .or_else(|| ctx.settings.data_dir.as_ref().map(|directory| directory.join("s3")))?;
    Some(format!(
        "with --local, s3://{bucket} is the directory {}: create it first",
        root.join(bucket).display()
    ))
}

async fn create_job(
    ctx: &Ctx,
    args: &RunArgs,
    model: &str,
    name: &str,
    input_uri: &str,
    output_key: &str,
    invocation: Invocation,
) -> Result<Value> {
    use aws_sdk_bedrock::types::{
        ModelInvocationJobInputDataConfig, ModelInvocationJobOutputDataConfig,
        ModelInvocationJobS3InputDataConfig, ModelInvocationJobS3OutputDataConfig, ModelInvocationType,
        S3InputFormat,
    };
    let (bucket, _) = split_uri("--s3-uri", &args.s3_uri)?;
    let incomplete = |error: aws_sdk_bedrock::error::BuildError| Failure::usage(error.to_string());
    let input = ModelInvocationJobS3InputDataConfig::builder()
        .s3_uri(input_uri)
        .s3_input_format(S3InputFormat::Jsonl)
        .build()
        .map_err(incomplete)?;
    let output = ModelInvocationJobS3OutputDataConfig::builder()
        .s3_uri(format!("s3://{bucket}/{output_key}"))
        .build()
        .map_err(incomplete)?;
    let client = ctx.bedrock().await?;
    let mut request = client
        .create_model_invocation_job()
        .job_name(name)
        // The same job name asks for the same job: a run that died between creating the job and
        // writing the manifest gets its job back instead of a second one.
        .client_request_token(name)
        .model_id(model)
        .role_arn(&args.role_arn)
        .input_data_config(ModelInvocationJobInputDataConfig::S3InputDataConfig(input))
        .output_data_config(ModelInvocationJobOutputDataConfig::S3OutputDataConfig(output));
    if invocation == Invocation::Converse {
        request = request.model_invocation_type(ModelInvocationType::Converse);
    }
    super::operation::document(ctx, request.send().await).await
}

/// Download an object into a file.
async fn download(ctx: &Ctx, s3: &aws_sdk_s3::Client, uri: &str, file: &Path) -> Result<()> {
    let (bucket, key) = split_uri("the job's S3 URI", uri)?;
    let object = match s3.get_object().bucket(&bucket).key(&key).send().await {
        Ok(object) => object,
        Err(error) => return Err(ctx.s3_failure(error).await.with_hint(format!("while downloading {uri}"))),
    };
    let mut reader = object.body.into_async_read();
    // The file was created (private) by TemporaryFile: opened again, never created here.
    let mut out = tokio::fs::OpenOptions::new()
        .write(true)
        .truncate(true)
        .open(file)
        .await
        .map_err(|error| Failure::file(file, "write", &error))?;
    tokio::io::copy(&mut reader, &mut out)
        .await
        .map_err(|error| Failure::network(format!("downloading {uri} failed: {error}")))?;
    Ok(())
}

/// The input objects of a job: the object its URI names, or every `.jsonl` object under the
/// prefix, in key order.
async fn input_keys(ctx: &Ctx, s3: &aws_sdk_s3::Client, uri: &str) -> Result<Vec<(String, String)>> {
    let (bucket, key) = split_uri("the job's input URI", uri)?;
    if key.ends_with(".jsonl") {
        return Ok(vec![(bucket, key)]);
    }
    let mut pages = s3.list_objects_v2().bucket(&bucket).prefix(&key).into_paginator().send();
    let mut keys = Vec::new();
    while let Some(page) = pages.next().await {
        let page = match page {
            Ok(page) => page,
            Err(error) => return Err(ctx.s3_failure(error).await),
        };
        keys.extend(
            page.contents()
                .iter()
                .filter_map(|object| object.key())
                .filter(|key| key.ends_with(".jsonl"))
                .map(|key| (bucket.clone(), key.to_string())),
        );
    }
    if keys.is_empty() {
        return Err(Failure::new(
            Kind::Service,
            "NoInput",
            format!("the job's input {uri} holds no .jsonl objects"),
        ));
    }
    Ok(keys)
}

/// Wait for the job, download its input and results, and print the joined lines.
async fn collect(
    ctx: &Ctx,
    job: &str,
    family_flag: Option<&str>,
    timeout: Option<std::time::Duration>,
) -> Result<()> {
    let document = super::batch_jobs::wait_for(ctx, job, job, timeout).await?;
    let model = document.get("modelId").and_then(Value::as_str).unwrap_or("");
    let family = invoke::family_for(model, family_flag)?;
    let joined = print_results(ctx, &document, family).await?;
    if joined.errors > 0 {
        return Err(Failure::new(
            Kind::Service,
            "BatchRecordsFailed",
            format!(
                "{} of {} records failed; their result lines carry the error",
                joined.errors, joined.lines
            ),
        ));
    }
    Ok(())
}

/// Download a finished job's input and results and print the joined lines, in input order.
async fn print_results(ctx: &Ctx, document: &Value, family: Option<Family>) -> Result<Joined> {
    let text = |pointer: &str| document.pointer(pointer).and_then(Value::as_str).unwrap_or("").to_string();
    let input_uri = text("/inputDataConfig/s3InputDataConfig/s3Uri");
    let output_uri = text("/outputDataConfig/s3OutputDataConfig/s3Uri");
    let job_id = text("/jobArn").rsplit('/').next().unwrap_or_default().to_string();
    let results_base = format!("{}/{job_id}", output_uri.trim_end_matches('/'));
    let s3 = ctx.s3().await?;
    let inputs = input_keys(ctx, &s3, &input_uri).await?;
    let (records_file, _) = TemporaryFile::create("input.jsonl")?;
    let (results_file, _) = TemporaryFile::create("results.jsonl.out")?;
    let (manifest_file, _) = TemporaryFile::create("manifest.json.out")?;
    ctx.output.info(&format!("downloading the results of {job_id} from {results_base}/"));
    download(ctx, &s3, &format!("{results_base}/manifest.json.out"), &manifest_file.path).await?;
    let open = |path: &Path| -> Result<BufReader<std::fs::File>> {
        std::fs::File::open(path).map(BufReader::new).map_err(|error| Failure::file(path, "read", &error))
    };
    // One results file per input file, named after it; the files are joined in key order.
    let mut joined = Joined::default();
    for (bucket, key) in &inputs {
        let name = key.rsplit('/').next().unwrap_or(key);
        download(ctx, &s3, &format!("s3://{bucket}/{key}"), &records_file.path).await?;
        download(ctx, &s3, &format!("{results_base}/{name}.out"), &results_file.path).await?;
        let part = join(family, open(&records_file.path)?, open(&results_file.path)?, |line| {
            ctx.output.ndjson(line)
        })?;
        joined.lines += part.lines;
        joined.errors += part.errors;
    }
    let manifest: Value = std::fs::read(&manifest_file.path)
        .ok()
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        .unwrap_or(Value::Null);
    let number = |key: &str| manifest.get(key).and_then(Value::as_u64).unwrap_or(0);
    ctx.output.info(&format!(
        "batch job {job_id}: {} records, {} succeeded, {} failed; {} input and {} output tokens",
        joined.lines,
        joined.lines - joined.errors,
        joined.errors,
        number("inputTokenCount"),
        number("outputTokenCount")
    ));
    Ok(joined)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn titan_args() -> (InvokeArgs, Template) {
        let args = RunArgs {
            file: PathBuf::from("x.jsonl"),
            model: "amazon.titan-text-express-v1".into(),
            role_arn: "arn:aws:iam::123456789012:role/Batch".into(),
            s3_uri: "s3://bucket/p".into(),
            job_name: None,
            no_wait: false,
            timeout: None,
            family: None,
            invocation_type: None,
            manifest: None,
            limits: LimitFlags::default(),
            generation: GenerationFlags { max_tokens: Some(50), ..Default::default() },
            reasoning: None,
        };
        let invoke = invoke_args(&args);
        let template = Template::for_model(&invoke.model, Family::detect(&invoke.model));
        (invoke, template)
    }

    #[test]
    fn lines_become_records_with_ids_and_family_bodies() {
        let (args, template) = titan_args();
        let input = "\"Hello\"\n\n{\"id\": \"a-1\", \"prompt\": \"Hi\"}\n{\"id\": 9, \"body\": {\"inputText\": \"raw\"}}\n";
        let mut out = Vec::new();
        let all = Span { start_line: 1, end_line: None, records: u64::MAX, bytes: u64::MAX };
        let built = build_records(&args, &template, Invocation::InvokeModel, input.as_bytes(), all, &mut out)
            .unwrap();
        assert_eq!(built.records, 3);
        assert_eq!(built.end_line, 5);
        assert_eq!(built.bytes, out.len() as u64);
        let records: Vec<Value> =
            String::from_utf8(out).unwrap().lines().map(|line| serde_json::from_str(line).unwrap()).collect();
        assert_eq!(records[0]["recordId"], "1");
        assert_eq!(records[0]["modelInput"]["inputText"], "Hello");
        assert_eq!(records[0]["modelInput"]["textGenerationConfig"]["maxTokenCount"], 50);
        assert_eq!(records[1]["recordId"], "a-1");
        assert_eq!(records[2], json!({"recordId": "9", "modelInput": {"inputText": "raw"}}));
        let failure = build_records(
            &args,
            &template,
            Invocation::InvokeModel,
            "\"ok\"\n{\"id\": 2}\n".as_bytes(),
            all,
            &mut Vec::new(),
        )
        .unwrap_err();
        assert_eq!(failure.exit_code(), 252);
        assert!(failure.message.contains("line 2"), "{}", failure.message);

        // A span: from line 3, two records at most; then by bytes.
        let lines = "\"a\"\n\"b\"\n\"c\"\n\n\"d\"\n\"e\"\n";
        let mut out = Vec::new();
        let span = Span { start_line: 3, end_line: None, records: 2, bytes: u64::MAX };
        let built =
            build_records(&args, &template, Invocation::InvokeModel, lines.as_bytes(), span, &mut out)
                .unwrap();
        assert_eq!((built.records, built.end_line), (2, 6));
        assert!(String::from_utf8(out).unwrap().contains("\"recordId\":\"5\""));
        let small = Span { start_line: 1, end_line: None, records: 10, bytes: 150 };
        let built = build_records(
            &args,
            &template,
            Invocation::InvokeModel,
            lines.as_bytes(),
            small,
            &mut Vec::new(),
        )
        .unwrap();
        assert!(built.records >= 1 && built.records < 5 && built.bytes <= 150, "{built:?}");
        let again = Span { start_line: 3, end_line: Some(5), records: u64::MAX, bytes: u64::MAX };
        let built = build_records(
            &args,
            &template,
            Invocation::InvokeModel,
            lines.as_bytes(),
            again,
            &mut Vec::new(),
        )
        .unwrap();
        assert_eq!(built.records, 1);
    }

    #[test]
    fn converse_records_carry_a_converse_request() {
        let (args, template) = titan_args();
        let mut out = Vec::new();
        let all = Span { start_line: 1, end_line: None, records: u64::MAX, bytes: u64::MAX };
        let input = "\"Hello\"\n{\"id\": \"m\", \"messages\": [{\"role\": \"user\", \"content\": [{\"text\": \"Hi\"}]}]}\n";
        build_records(&args, &template, Invocation::Converse, input.as_bytes(), all, &mut out).unwrap();
        let records: Vec<Value> =
            String::from_utf8(out).unwrap().lines().map(|line| serde_json::from_str(line).unwrap()).collect();
        assert_eq!(records[0]["modelInput"]["messages"][0]["content"][0]["text"], "Hello");
        assert_eq!(records[0]["modelInput"]["inferenceConfig"]["maxTokens"], 50);
        assert_eq!(records[1]["recordId"], "m");
        assert_eq!(records[1]["modelInput"]["messages"][0]["content"][0]["text"], "Hi");
        let failure = build_records(
            &args,
            &template,
            Invocation::Converse,
            "{\"id\": 1}\n".as_bytes(),
            all,
            &mut Vec::new(),
        )
        .unwrap_err();
        assert!(failure.message.contains("no \"prompt\""), "{}", failure.message);
    }

    #[test]
    fn results_join_in_input_order() {
        let family = Family::detect("amazon.titan-text-express-v1");
        let records = "{\"recordId\":\"1\",\"modelInput\":{}}\n{\"recordId\":\"b\",\"modelInput\":{}}\n{\"recordId\":\"3\",\"modelInput\":{}}\n{\"recordId\":\"007\",\"modelInput\":{}}\n";
        let output = |text: &str| json!({"inputTextTokenCount": 2, "results": [{"tokenCount": 1, "outputText": text, "completionReason": "FINISH"}]});
        let results = [
            json!({"recordId": "3", "modelOutput": output("three")}),
            json!({"recordId": "b", "error": {"errorCode": 400, "errorMessage": "bad"}}),
            json!({"recordId": "1", "modelOutput": output("one")}),
        ]
        .iter()
        .map(|line| format!("{line}\n"))
        .collect::<String>();
        let mut lines = Vec::new();
        let joined = join(family, records.as_bytes(), results.as_bytes(), |line| {
            lines.push(line.clone());
            Ok(())
        })
        .unwrap();
        assert_eq!(joined, Joined { lines: 4, errors: 2 });
        assert_eq!(lines[0]["id"], 1);
        assert_eq!(lines[0]["text"], "one");
        assert_eq!(lines[0]["usage"]["outputTokens"], 1);
        assert_eq!(lines[1], json!({"id": "b", "error": {"code": 400, "message": "bad"}}));
        assert_eq!(lines[2]["text"], "three");
        assert_eq!(lines[3]["id"], "007");
        assert_eq!(lines[3]["error"]["code"], "NoResult");
    }

    #[test]
    fn a_shards_later_jobs_are_named_after_its_first() {
        assert_eq!(attempt_name("big-part-0002", 1), "big-part-0002");
        assert_eq!(attempt_name("big-part-0002", 2), "big-part-0002-r2");
        assert_eq!(attempt_name("big-part-0002-r2", 3), "big-part-0002-r3");
        // A name with "-r" of its own keeps it.
        assert_eq!(attempt_name("bedrock-results-1700000000", 2), "bedrock-results-1700000000-r2");
        assert_eq!(attempt_name("bedrock-results-1700000000-r2", 3), "bedrock-results-1700000000-r3");
    }

    #[test]
    fn ids_and_names() {
        assert_eq!(result_id("12"), json!(12));
        assert_eq!(result_id("012"), json!("012"));
        assert_eq!(result_id("x"), json!("x"));
        assert!(default_job_name(Path::new("/tmp/my prompts.jsonl")).starts_with("bedrock-my-prompts-"));
        assert_eq!(split_uri("--s3-uri", "s3://bucket/a/b").unwrap(), ("bucket".into(), "a/b".into()));
        assert!(split_uri("--s3-uri", "http://x").is_err());
    }
}
