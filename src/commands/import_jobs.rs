//! `bedrock import-jobs create|list|get`: custom model import (Create/List/GetModelImportJob).

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::operation::{self, Flags, InputArgs, ListFilters};
use super::resource::{self, Resource};
use super::wait;
use crate::api::model::Service as ApiService;
use crate::context::Ctx;
use crate::error::Result;
use crate::output::{Column, View};

#[derive(Debug, Subcommand)]
pub enum ImportJobsCommand {
    /// Import model weights from S3 as a Bedrock model (CreateModelImportJob).
    #[command(
        after_help = "Examples:\n  bedrock import-jobs create --job-name import-1 --model-name my-llama --role-arn arn:aws:iam::123456789012:role/Import \\\n      --model-data s3://my-bucket/llama/ --wait\n  bedrock import-jobs create --cli-input-json import.json"
    )]
    Create(CreateArgs),

    /// List model import jobs (ListModelImportJobs).
    #[command(visible_alias = "ls", after_help = "Examples:\n  bedrock import-jobs list --status Completed")]
    List(ListArgs),

    /// Describe a model import job (GetModelImportJob).
    #[command(after_help = "Examples:\n  bedrock import-jobs get import-1")]
    Get(JobArgs),

    /// Wait until a model import job has Completed (254 if it failed).
    #[command(after_help = "Examples:\n  bedrock import-jobs wait import-1 --timeout 3600")]
    Wait(WaitArgs),
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Name of the job.
    #[arg(long, value_name = "NAME")]
    pub job_name: Option<String>,

    /// Name of the imported model.
    #[arg(long, value_name = "NAME")]
    pub model_name: Option<String>,

    /// IAM role Bedrock assumes to read the model files.
    #[arg(long, value_name = "ARN")]
    pub role_arn: Option<String>,

    /// S3 prefix holding the model files (config.json, tokenizer, .safetensors).
    #[arg(long, value_name = "S3_URI")]
    pub model_data: Option<String>,

    /// KMS key to encrypt the imported model.
    #[arg(long, value_name = "KEY")]
    pub kms_key: Option<String>,

    /// Tag KEY=VALUE for the job (repeatable).
    #[arg(long = "tags", value_name = "KEY=VALUE")]
    pub tags: Vec<String>,

    /// Tag KEY=VALUE for the imported model (repeatable).
    #[arg(long = "model-tags", value_name = "KEY=VALUE")]
    pub model_tags: Vec<String>,

    /// Wait until the import has finished and print the job.
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
    #[arg(long, value_parser = ["InProgress", "Completed", "Failed"], value_name = "STATUS")]
    pub status: Option<String>,

    #[command(flatten)]
    pub filters: ListFilters,
}

#[derive(Debug, Args)]
pub struct JobArgs {
    /// Job name or ARN.
    #[arg(value_name = "JOB")]
    pub job: String,
}

#[derive(Debug, Args)]
pub struct WaitArgs {
    /// Job name or ARN.
    #[arg(value_name = "JOB")]
    pub job: String,

    /// Give up after this many seconds (exit 255; the job keeps running).
    #[arg(long, value_name = "SECONDS")]
    pub timeout: Option<f64>,
}

const LIST_COLUMNS: &[Column] = &[
    Column { header: "JOB NAME", path: "jobName" },
    Column { header: "STATUS", path: "status" },
    Column { header: "MODEL", path: "importedModelName" },
    Column { header: "CREATED", path: "creationTime" },
];

const DETAIL_FIELDS: &[Column] = &[
    Column { header: "jobName", path: "jobName" },
    Column { header: "jobArn", path: "jobArn" },
    Column { header: "status", path: "status" },
    Column { header: "importedModelName", path: "importedModelName" },
    Column { header: "importedModelArn", path: "importedModelArn" },
    Column { header: "modelData", path: "modelDataSource.s3DataSource.s3Uri" },
    Column { header: "failureMessage", path: "failureMessage" },
    Column { header: "creationTime", path: "creationTime" },
    Column { header: "endTime", path: "endTime" },
];

const CREATED_FIELDS: &[Column] = &[Column { header: "jobArn", path: "jobArn" }];

/// Import jobs for the generic verbs.
pub const IMPORT_JOBS: Resource = Resource {
    service: ApiService::Bedrock,
    what: "import job",
    command: "import-jobs",
    get: "GetModelImportJob",
    identifier: "jobIdentifier",
    record: "",
    fields: DETAIL_FIELDS,
    list: "ListModelImportJobs",
    list_key: "modelImportJobSummaries",
    columns: LIST_COLUMNS,
    delete: None,
    stop: None,
    status: "status",
    success: &["Completed"],
    failure: &["Failed"],
    reasons: &["failureMessage"],
};

pub async fn run(ctx: &Ctx, command: ImportJobsCommand) -> Result<()> {
    ctx.output.validate_query()?;
    match command {
        ImportJobsCommand::Create(args) => create(ctx, args).await,
        ImportJobsCommand::Get(args) => IMPORT_JOBS.get(ctx, &Vec::new(), &args.job).await,
        ImportJobsCommand::Wait(args) => {
            let document =
                IMPORT_JOBS.wait(ctx, &Vec::new(), &args.job, wait::timeout(args.timeout)?).await?;
            IMPORT_JOBS.show(ctx, &document)
        }
        ImportJobsCommand::List(args) => {
            let mut input = resource::filter_members(&args.filters)?;
            resource::optional(&mut input, "statusEquals", &args.status);
            IMPORT_JOBS.list(ctx, &Vec::new(), input).await
        }
    }
}

async fn create(ctx: &Ctx, args: CreateArgs) -> Result<()> {
    let timeout = wait::timeout(args.timeout)?;
    let mut flags = Flags::new();
    flags
        .string("jobName", &args.job_name)
        .string("importedModelName", &args.model_name)
        .string("roleArn", &args.role_arn)
        .string("importedModelKmsKeyId", &args.kms_key)
        .set("jobTags", operation::tags(&args.tags, "--tags")?)
        .set("importedModelTags", operation::tags(&args.model_tags, "--model-tags")?);
    if let Some(uri) = &args.model_data {
        flags.set(
            "modelDataSource",
            Some(json!({"s3DataSource": {"s3Uri": operation::s3_uri("--model-data", uri)?}})),
        );
    }
    let required = [
        ("jobName", "--job-name"),
        ("importedModelName", "--model-name"),
        ("roleArn", "--role-arn"),
        ("modelDataSource", "--model-data"),
    ];
    let operation_name = "CreateModelImportJob";
    let Some(input) = operation::prepare(ctx, operation_name, &args.input, flags.into_map(), &required)?
    else {
        return Ok(());
    };
    let client = ctx.bedrock().await?;
    let result = client
        .create_model_import_job()
        .customize()
        .mutate_request(operation::with_body(operation::body(operation_name, &input)))
        .send()
        .await;
    let created = operation::document(ctx, result).await?;
    if !args.wait {
        return ctx.output.document(&created, &View::Record { record: "", fields: CREATED_FIELDS });
    }
    let job = created.get("jobArn").and_then(Value::as_str).unwrap_or_default().to_string();
    let document =
        IMPORT_JOBS.wait_named(ctx, &Vec::new(), &job, operation::text(&input, "jobName"), timeout).await?;
    IMPORT_JOBS.show(ctx, &document)
}
