//! `bedrock batch-jobs create|list|get|stop|wait`: batch inference (model invocation jobs:
//! Create/List/Get/StopModelInvocationJob) and a waiter showing the record counts.

use std::time::Duration;

use clap::{Args, Subcommand, ValueEnum};
use serde_json::{Value, json};

use super::operation::{self, Flags, InputArgs, ListFilters};
use super::resource::{self, Resource};
use super::wait;
use crate::api::model::Service as ApiService;
use crate::context::Ctx;
use crate::error::Result;
use crate::output::{Column, View};

#[derive(Debug, Subcommand)]
pub enum BatchJobsCommand {
    /// Start a batch inference job over a JSONL file in S3 (CreateModelInvocationJob).
    #[command(
        after_help = "Examples:\n  bedrock batch-jobs create --job-name nightly --model claude-3-haiku --role-arn arn:aws:iam::123456789012:role/Batch \\\n      --input-data s3://my-bucket/batch/input.jsonl --output-data s3://my-bucket/batch/out/ --wait\n  bedrock batch-jobs create --cli-input-json batch.json"
    )]
    Create(CreateArgs),

    /// List batch inference jobs (ListModelInvocationJobs).
    #[command(
        visible_alias = "ls",
        after_help = "Examples:\n  bedrock batch-jobs list --status InProgress\n  bedrock batch-jobs list --name-contains nightly -o text"
    )]
    List(ListArgs),

    /// Describe a batch inference job (GetModelInvocationJob).
    #[command(
        after_help = "Examples:\n  bedrock batch-jobs get abcdef123456\n  bedrock batch-jobs get abcdef123456 --query '[status, processedRecordCount]'"
    )]
    Get(JobArgs),

    /// Stop a batch inference job (StopModelInvocationJob).
    #[command(after_help = "Examples:\n  bedrock batch-jobs stop abcdef123456")]
    Stop(JobArgs),

    /// Wait until a batch inference job has Completed (254 if it failed, stopped or expired).
    #[command(after_help = "Examples:\n  bedrock batch-jobs wait abcdef123456 --timeout 86400")]
    Wait(WaitArgs),
}

/// Which API the records are written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InvocationType {
    #[value(name = "InvokeModel")]
    InvokeModel,
    #[value(name = "Converse")]
    Converse,
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Name of the job.
    #[arg(long, value_name = "NAME")]
    pub job_name: Option<String>,

    /// The model (id, alias, ARN or inference profile).
    #[arg(long, value_name = "MODEL")]
    pub model: Option<String>,

    /// IAM role Bedrock assumes to read the input and write the output.
    #[arg(long, value_name = "ARN")]
    pub role_arn: Option<String>,

    /// Input: a JSONL file or prefix in S3 ({"recordId": …, "modelInput": {…}} per line).
    #[arg(long, value_name = "S3_URI")]
    pub input_data: Option<String>,

    /// Where the results go (s3://bucket/prefix/).
    #[arg(long, value_name = "S3_URI")]
    pub output_data: Option<String>,

    /// KMS key for the output.
    #[arg(long, value_name = "KEY")]
    pub kms_key: Option<String>,

    /// Hours before an unfinished job stops (24 to 168).
    #[arg(long, value_name = "HOURS")]
    pub timeout_hours: Option<u32>,

    /// The API the records are written for.
    #[arg(long, value_enum, value_name = "API")]
    pub invocation_type: Option<InvocationType>,

    /// VPC subnet ids (comma-separated or repeated).
    #[arg(long, value_delimiter = ',', value_name = "SUBNET")]
    pub vpc_subnets: Vec<String>,

    /// VPC security group ids (comma-separated or repeated).
    #[arg(long, value_delimiter = ',', value_name = "GROUP")]
    pub vpc_security_groups: Vec<String>,

    /// Tag KEY=VALUE (repeatable).
    #[arg(long = "tags", value_name = "KEY=VALUE")]
    pub tags: Vec<String>,

    /// Wait until the job has finished and print it.
    #[arg(long)]
    pub wait: bool,

    /// With --wait: give up after this many seconds (exit 255; the job keeps running).
    #[arg(long, value_name = "SECONDS", requires = "wait")]
    pub timeout: Option<f64>,

    #[command(flatten)]
    pub input: InputArgs,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only jobs in this status.
    #[arg(long, value_parser = ["Submitted", "InProgress", "Completed", "Failed", "Stopping", "Stopped", "PartiallyCompleted", "Expired", "Validating", "Scheduled"], value_name = "STATUS")]
    pub status: Option<String>,

    #[command(flatten)]
    pub filters: ListFilters,
}

#[derive(Debug, Args)]
pub struct JobArgs {
    /// Job id or ARN.
    #[arg(value_name = "JOB")]
    pub job: String,
}

#[derive(Debug, Args)]
pub struct WaitArgs {
    /// Job id or ARN.
    #[arg(value_name = "JOB")]
    pub job: String,

    /// Give up after this many seconds (exit 255; the job keeps running).
    #[arg(long, value_name = "SECONDS")]
    pub timeout: Option<f64>,
}

const LIST_COLUMNS: &[Column] = &[
    Column { header: "JOB NAME", path: "jobName" },
    Column { header: "STATUS", path: "status" },
    Column { header: "MODEL", path: "modelId" },
    Column { header: "PROCESSED", path: "processedRecordCount" },
    Column { header: "TOTAL", path: "totalRecordCount" },
    Column { header: "SUBMITTED", path: "submitTime" },
];

const DETAIL_FIELDS: &[Column] = &[
    Column { header: "jobName", path: "jobName" },
    Column { header: "jobArn", path: "jobArn" },
    Column { header: "status", path: "status" },
    Column { header: "message", path: "message" },
    Column { header: "modelId", path: "modelId" },
    Column { header: "input", path: "inputDataConfig.s3InputDataConfig.s3Uri" },
    Column { header: "output", path: "outputDataConfig.s3OutputDataConfig.s3Uri" },
    Column { header: "totalRecordCount", path: "totalRecordCount" },
    Column { header: "processedRecordCount", path: "processedRecordCount" },
    Column { header: "errorRecordCount", path: "errorRecordCount" },
    Column { header: "submitTime", path: "submitTime" },
    Column { header: "endTime", path: "endTime" },
];

const CREATED_FIELDS: &[Column] = &[Column { header: "jobArn", path: "jobArn" }];

/// Batch inference jobs for the generic verbs.
pub const BATCH_JOBS: Resource = Resource {
    service: ApiService::Bedrock,
    what: "batch job",
    command: "batch-jobs",
    get: "GetModelInvocationJob",
    identifier: "jobIdentifier",
    record: "",
    fields: DETAIL_FIELDS,
    list: "ListModelInvocationJobs",
    list_key: "invocationJobSummaries",
    columns: LIST_COLUMNS,
    delete: None,
    stop: Some("StopModelInvocationJob"),
    status: "status",
    success: &["Completed", "PartiallyCompleted"],
    failure: &["Failed", "Stopped", "Expired"],
    reasons: &["message"],
};

pub async fn run(ctx: &Ctx, command: BatchJobsCommand) -> Result<()> {
    ctx.output.validate_query()?;
    match command {
        BatchJobsCommand::Create(args) => create(ctx, args).await,
        BatchJobsCommand::List(args) => {
            let mut input =
                resource::filter_members_as(&args.filters, "submitTimeAfter", "submitTimeBefore")?;
            resource::optional(&mut input, "statusEquals", &args.status);
            BATCH_JOBS.list(ctx, &Vec::new(), input).await
        }
        BatchJobsCommand::Get(args) => BATCH_JOBS.get(ctx, &Vec::new(), &args.job).await,
        BatchJobsCommand::Stop(args) => {
            resource::send(
                ctx,
                ApiService::Bedrock,
                "StopModelInvocationJob",
                json!({"jobIdentifier": args.job}),
            )
            .await?;
            ctx.output.info(&format!("stopping batch job {}", args.job));
            Ok(())
        }
        BatchJobsCommand::Wait(args) => {
            let document = BATCH_JOBS.wait(ctx, &Vec::new(), &args.job, wait::timeout(args.timeout)?).await?;
            BATCH_JOBS.show(ctx, &document)
        }
    }
}

async fn create(ctx: &Ctx, args: CreateArgs) -> Result<()> {
    let timeout = wait::timeout(args.timeout)?;
    let mut flags = Flags::new();
    flags
        .string("jobName", &args.job_name)
        .set(
            "modelId",
            args.model.as_ref().map(|model| json!(crate::models::resolve_model(&ctx.settings, model))),
        )
        .string("roleArn", &args.role_arn)
        .set("timeoutDurationInHours", args.timeout_hours.map(|hours| json!(hours)))
        .set("modelInvocationType", args.invocation_type.map(|kind| json!(super::models::value_name(kind))))
        .set("vpcConfig", operation::vpc(&args.vpc_subnets, &args.vpc_security_groups)?)
        .set("tags", operation::tags(&args.tags, "--tags")?);
    if let Some(uri) = &args.input_data {
        let uri = operation::s3_uri("--input-data", uri)?;
        flags.set(
            "inputDataConfig",
            Some(json!({"s3InputDataConfig": {"s3Uri": uri, "s3InputFormat": "JSONL"}})),
        );
    }
    if let Some(uri) = &args.output_data {
        let mut output = json!({"s3Uri": operation::s3_uri("--output-data", uri)?});
        if let Some(key) = &args.kms_key {
            output["s3EncryptionKeyId"] = json!(key);
        }
        flags.set("outputDataConfig", Some(json!({"s3OutputDataConfig": output})));
    }
    let required = [
        ("jobName", "--job-name"),
        ("modelId", "--model"),
        ("roleArn", "--role-arn"),
        ("inputDataConfig", "--input-data"),
        ("outputDataConfig", "--output-data"),
    ];
    let operation_name = "CreateModelInvocationJob";
    let Some(input) = operation::prepare(ctx, operation_name, &args.input, flags.into_map(), &required)?
    else {
        return Ok(());
    };
    let created = resource::send(ctx, ApiService::Bedrock, operation_name, input.clone()).await?;
    if !args.wait {
        return ctx.output.document(&created, &View::Record { record: "", fields: CREATED_FIELDS });
    }
    let job = created.get("jobArn").and_then(Value::as_str).unwrap_or_default().to_string();
    let name = operation::text(&input, "jobName");
    let document = BATCH_JOBS.wait_named(ctx, &Vec::new(), &job, name, timeout).await?;
    BATCH_JOBS.show(ctx, &document)
}

/// Wait for a batch job (for `batch run --wait`).
pub async fn wait_for(ctx: &Ctx, job: &str, name: &str, timeout: Option<Duration>) -> Result<Value> {
    BATCH_JOBS.wait_named(ctx, &Vec::new(), job, name, timeout).await
}
