//! `bedrock batch run|collect`: batch inference end to end. `run` turns a JSON Lines file into
//! batch records (`recordId`, `modelInput` built by the model family's body builder), checks the
//! documented batch quotas before anything is uploaded, uploads the records to S3, creates the
//! model invocation job, waits, and hands over to `collect`, which downloads the `.jsonl.out`
//! results and the manifest and joins them with the input: one NDJSON line per input line, in
//! input order. Files are streamed, so memory stays flat in the number of lines.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use serde_json::{Map, Value, json};

use super::invoke::{self, GenerationFlags, InvokeArgs, Template};
use crate::context::Ctx;
use crate::error::{Failure, Kind, Result};
use crate::models::{Family, Modality};
use crate::output::{Column, View};

#[derive(Debug, Subcommand)]
pub enum BatchCommand {
    /// Run a JSON Lines file through batch inference: upload, create the job, wait, download the
    /// results and print one NDJSON line per input line, in input order.
    #[command(
        after_help = "Examples:\n  bedrock batch run prompts.jsonl --model claude-3-haiku --role-arn arn:aws:iam::123456789012:role/Batch \\\n      --s3-uri s3://my-bucket/batch > results.jsonl\n  bedrock batch run prompts.jsonl --model titan-text-express --role-arn ARN --s3-uri s3://my-bucket/batch --no-wait\n\nInput lines are a prompt string, or an object with an optional \"id\" and \"prompt\" (or \"text\",\n\"inputText\") or a raw \"body\". The records go to S3_URI/input/NAME.jsonl and the results to\nS3_URI/output/. The file must meet the batch quotas of the user guide (text models: 20 MB to\n150 MB of records; embeddings: 75 MB to 500 MB; images: 1 MB to 50 MB); for smaller runs use\n`bedrock invoke --input FILE --concurrency N`."
    )]
    Run(Box<RunArgs>),

    /// Download a batch job's results and join them with its input (waits until it has finished).
    #[command(
        after_help = "Examples:\n  bedrock batch collect abcdef123456 > results.jsonl\n  bedrock batch collect arn:aws:bedrock:us-east-1:123456789012:model-invocation-job/abcdef123456 --timeout 3600"
    )]
    Collect(CollectArgs),
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

    #[command(flatten)]
    pub generation: GenerationFlags,
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

/// A batch quota of the user guide: the size of one input file, by modality.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quota {
    pub modality: &'static str,
    pub minimum_bytes: u64,
    pub maximum_bytes: u64,
}

const MEGABYTE: u64 = 1_000_000;

/// The documented batch inference quotas ("Batch-Inferenz-Kontingente").
pub fn quota(family: Option<Family>) -> Quota {
    match family.map(Family::modality) {
        Some(Modality::Embedding) => Quota {
            modality: "text to embeddings",
            minimum_bytes: 75 * MEGABYTE,
            maximum_bytes: 500 * MEGABYTE,
        },
        Some(Modality::Image) => {
            Quota { modality: "text/image to image", minimum_bytes: MEGABYTE, maximum_bytes: 50 * MEGABYTE }
        }
        _ => Quota { modality: "text to text", minimum_bytes: 20 * MEGABYTE, maximum_bytes: 150 * MEGABYTE },
    }
}

/// Refuse a records file that breaks the quotas.
pub fn check_quota(quota: &Quota, records: u64, bytes: u64) -> Result<()> {
    let megabytes = |bytes: u64| format!("{:.1} MB", bytes as f64 / MEGABYTE as f64);
    let hint = "batch inference is for large jobs; for fewer prompts use `bedrock invoke --input FILE --concurrency N`";
    if records == 0 {
        return Err(Failure::usage("the batch input has no records").with_hint(hint));
    }
    if bytes < quota.minimum_bytes || bytes > quota.maximum_bytes {
        let failure = Failure::usage(format!(
            "the batch input is {} ({records} records): batch inference for {} models takes files of {} to {} (Bedrock's batch quota); nothing was uploaded",
            megabytes(bytes),
            quota.modality,
            megabytes(quota.minimum_bytes),
            megabytes(quota.maximum_bytes)
        ));
        return Err(if bytes < quota.minimum_bytes {
            failure.with_hint(hint)
        } else {
            failure.with_hint("split the file and run one job per part")
        });
    }
    Ok(())
}

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

/// One batch record for one input line.
pub fn record(args: &InvokeArgs, template: &Template, number: u64, text: &str) -> Result<Value> {
    let line = crate::bulk::parse_line(number, text).map_err(Failure::usage)?;
    let body = invoke::line_body(args, template, &line)?;
    let input: Value = serde_json::from_slice(&body)
        .map_err(|_| Failure::usage(format!("line {number}: the request body is not JSON")))?;
    if !input.is_object() {
        return Err(Failure::usage(format!("line {number}: the request body must be a JSON object")));
    }
    Ok(json!({"recordId": record_id(&line.id), "modelInput": input}))
}

/// What building the records file found.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Built {
    pub records: u64,
    pub bytes: u64,
}

/// Turn every non-blank line of `reader` into a record line of `out`; the first bad line stops
/// it with a usage error naming the line.
pub fn build_records(
    args: &InvokeArgs,
    template: &Template,
    reader: impl BufRead,
    out: &mut impl Write,
) -> Result<Built> {
    let mut built = Built::default();
    let mut number = 0;
    for line in reader.split(b'\n') {
        let line = line.map_err(|error| Failure::usage(format!("cannot read the input: {error}")))?;
        number += 1;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let text = std::str::from_utf8(&line)
            .map_err(|_| Failure::usage(format!("line {number} is not UTF-8 text")))?;
        let mut encoded = record(args, template, number, text.trim())?.to_string();
        encoded.push('\n');
        out.write_all(encoded.as_bytes()).map_err(|error| Failure::other("write", error.to_string()))?;
        built.records += 1;
        built.bytes += encoded.len() as u64;
    }
    Ok(built)
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
    if family.is_some_and(|family| family.modality() == Modality::Text) {
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
fn split_uri(flag: &str, uri: &str) -> Result<(String, String)> {
    super::operation::s3_uri(flag, uri)?;
    let rest = uri.trim_start_matches("s3://");
    let (bucket, key) = rest.split_once('/').unwrap_or((rest, ""));
    Ok((bucket.to_string(), key.to_string()))
}

/// A job name from the file's name: letters, digits and hyphens, plus the time.
fn default_job_name(file: &Path) -> String {
    let stem = file.file_stem().map(|stem| stem.to_string_lossy().into_owned()).unwrap_or_default();
    let mut cleaned: String =
        stem.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '-' }).take(40).collect();
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
    }
}

fn invoke_args(args: &RunArgs) -> InvokeArgs {
    InvokeArgs {
        model: args.model.clone(),
        prompt: None,
        prompt_file: None,
        generation: args.generation.clone(),
        image: Vec::new(),
        presence_penalty: None,
        frequency_penalty: None,
        count_penalty: None,
        document: Vec::new(),
        family: args.family.clone(),
        body: None,
        guardrail: None,
        guardrail_trace: false,
        dry_run: false,
        usage: false,
        accept: "application/json".to_string(),
        content_type: "application/json".to_string(),
    }
}

async fn run_batch(ctx: &Ctx, args: RunArgs) -> Result<()> {
    let timeout = super::wait::timeout(args.timeout)?;
    let (bucket, prefix) = split_uri("--s3-uri", &args.s3_uri)?;
    let prefix = prefix.trim_end_matches('/').to_string();
    let below = |part: &str| if prefix.is_empty() { part.to_string() } else { format!("{prefix}/{part}") };
    let name = args.job_name.clone().unwrap_or_else(|| default_job_name(&args.file));
    let invoke = invoke_args(&args);
    let template = invoke::template(ctx, &invoke)?;
    let input = std::fs::File::open(&args.file).map_err(|error| Failure::file(&args.file, "read", &error))?;
    let (records_file, out) = TemporaryFile::create("records.jsonl")?;
    let built = {
        let mut out = BufWriter::new(out);
        let built = build_records(&invoke, &template, BufReader::new(input), &mut out)?;
        out.flush().map_err(|error| Failure::file(&records_file.path, "write", &error))?;
        built
    };
    check_quota(&quota(template.family), built.records, built.bytes)?;
    let input_key = below(&format!("input/{name}.jsonl"));
    let s3 = ctx.s3().await?;
    ctx.output.info(&format!("uploading {} records to s3://{bucket}/{input_key}", built.records));
    let body = aws_sdk_s3::primitives::ByteStream::from_path(&records_file.path)
        .await
        .map_err(|error| Failure::other("read", format!("cannot read the records file: {error}")))?;
    let uploaded = s3
        .put_object()
        .bucket(&bucket)
        .key(&input_key)
        .content_type("application/jsonl")
        .body(body)
        .send()
        .await;
    if let Err(error) = uploaded {
        let failure = ctx.s3_failure(error).await;
        if failure.code == "NoSuchBucket"
            && let Some(hint) = local_bucket_hint(ctx, &bucket)
        {
            return Err(failure.with_hint(hint));
        }
        return Err(failure);
    }
    let created = create_job(
        ctx,
        &args,
        &template.model,
        &name,
        &format!("s3://{bucket}/{input_key}"),
        &below("output/"),
    )
    .await?;
    let job = created.get("jobArn").and_then(Value::as_str).unwrap_or_default().to_string();
    if args.no_wait {
        ctx.output
            .info(&format!("`bedrock batch collect {job}` fetches the results once the job has finished"));
        return ctx.output.document(&created, &View::Record { record: "", fields: CREATED_FIELDS });
    }
    collect(ctx, &job, args.family.as_deref(), timeout).await
}

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
) -> Result<Value> {
    use aws_sdk_bedrock::types::{
        ModelInvocationJobInputDataConfig, ModelInvocationJobOutputDataConfig,
        ModelInvocationJobS3InputDataConfig, ModelInvocationJobS3OutputDataConfig, S3InputFormat,
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
    let result = client
        .create_model_invocation_job()
        .job_name(name)
        .model_id(model)
        .role_arn(&args.role_arn)
        .input_data_config(ModelInvocationJobInputDataConfig::S3InputDataConfig(input))
        .output_data_config(ModelInvocationJobOutputDataConfig::S3OutputDataConfig(output))
        .send()
        .await;
    super::operation::document(ctx, result).await
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
    let text = |pointer: &str| document.pointer(pointer).and_then(Value::as_str).unwrap_or("").to_string();
    let input_uri = text("/inputDataConfig/s3InputDataConfig/s3Uri");
    let output_uri = text("/outputDataConfig/s3OutputDataConfig/s3Uri");
    let job_id = text("/jobArn").rsplit('/').next().unwrap_or_default().to_string();
    let results_base = format!("{}/{job_id}", output_uri.trim_end_matches('/'));
    let family = invoke::family_for(&text("/modelId"), family_flag)?;
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
            generation: GenerationFlags { max_tokens: Some(50), ..Default::default() },
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
        let built = build_records(&args, &template, input.as_bytes(), &mut out).unwrap();
        assert_eq!(built.records, 3);
        assert_eq!(built.bytes, out.len() as u64);
        let records: Vec<Value> =
            String::from_utf8(out).unwrap().lines().map(|line| serde_json::from_str(line).unwrap()).collect();
        assert_eq!(records[0]["recordId"], "1");
        assert_eq!(records[0]["modelInput"]["inputText"], "Hello");
        assert_eq!(records[0]["modelInput"]["textGenerationConfig"]["maxTokenCount"], 50);
        assert_eq!(records[1]["recordId"], "a-1");
        assert_eq!(records[2], json!({"recordId": "9", "modelInput": {"inputText": "raw"}}));
        let failure =
            build_records(&args, &template, "\"ok\"\n{\"id\": 2}\n".as_bytes(), &mut Vec::new()).unwrap_err();
        assert_eq!(failure.exit_code(), 252);
        assert!(failure.message.contains("line 2"), "{}", failure.message);
    }

    #[test]
    fn quotas_follow_the_user_guide() {
        let text = quota(Family::detect("amazon.titan-text-express-v1"));
        assert_eq!((text.minimum_bytes, text.maximum_bytes), (20_000_000, 150_000_000));
        assert_eq!(quota(Family::detect("amazon.titan-embed-text-v2:0")).minimum_bytes, 75_000_000);
        assert!(check_quota(&text, 10, 1_000).unwrap_err().message.contains("20.0 MB to 150.0 MB"));
        assert!(check_quota(&text, 0, 30_000_000).is_err());
        assert!(check_quota(&text, 10, 151_000_000).is_err());
        assert!(check_quota(&text, 10, 30_000_000).is_ok());
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
    fn ids_and_names() {
        assert_eq!(result_id("12"), json!(12));
        assert_eq!(result_id("012"), json!("012"));
        assert_eq!(result_id("x"), json!("x"));
        assert!(default_job_name(Path::new("/tmp/my prompts.jsonl")).starts_with("bedrock-my-prompts-"));
        assert_eq!(split_uri("--s3-uri", "s3://bucket/a/b").unwrap(), ("bucket".into(), "a/b".into()));
        assert!(split_uri("--s3-uri", "http://x").is_err());
    }
}
