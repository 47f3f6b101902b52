//! `bedrock import-jobs create|list|get`: custom model import (Create/List/GetModelImportJob).

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::operation::{self, Flags, InputArgs, ListFilters};
use super::wait::{self, Target};
use crate::context::{Ctx, Service};
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

pub async fn run(ctx: &Ctx, command: ImportJobsCommand) -> Result<()> {
    ctx.output.validate_query()?;
    match command {
        ImportJobsCommand::Create(args) => create(ctx, args).await,
        ImportJobsCommand::Get(args) => {
            let document = fetch(ctx, &args.job).await?;
            ctx.output.document(&document, &View::Record { record: "", fields: DETAIL_FIELDS })
        }
        ImportJobsCommand::Wait(args) => {
            let timeout = wait::timeout(args.timeout)?;
            let document = wait_for(ctx, &args.job, &args.job, timeout).await?;
            ctx.output.document(&document, &View::Record { record: "", fields: DETAIL_FIELDS })
        }
        ImportJobsCommand::List(args) => {
            let client = ctx.bedrock().await?;
            let (after, before) = (args.filters.after()?, args.filters.before()?);
            let document =
                crate::aws::paginate::collect(ctx, "modelImportJobSummaries", |token, page_size| {
                    let request = client
                        .list_model_import_jobs()
                        .set_status_equals(args.status.as_deref().map(Into::into))
                        .set_name_contains(args.filters.name_contains.clone())
                        .set_creation_time_after(after)
                        .set_creation_time_before(before)
                        .set_sort_order(args.filters.order())
                        .set_next_token(token)
                        .set_max_results(page_size);
                    async move {
                        match request.send().await {
                            Ok(output) => Ok(output.next_token),
                            Err(error) => Err(ctx.failure(Service::Bedrock, error).await),
                        }
                    }
                })
                .await?;
            ctx.output
                .document(&document, &View::Rows { rows: "modelImportJobSummaries", columns: LIST_COLUMNS })
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
    let document = wait_for(ctx, &job, operation::text(&input, "jobName"), timeout).await?;
    ctx.output.document(&document, &View::Record { record: "", fields: DETAIL_FIELDS })
}

async fn wait_for(ctx: &Ctx, job: &str, name: &str, timeout: Option<std::time::Duration>) -> Result<Value> {
    let target = Target {
        what: format!("import job {name}"),
        get_command: format!("bedrock import-jobs get {job}"),
        status: "status",
        success: &["Completed"],
        failure: &["Failed"],
        reason: &["failureMessage"],
    };
    wait::until_done(ctx, &target, timeout, || fetch(ctx, job)).await
}

async fn fetch(ctx: &Ctx, job: &str) -> Result<Value> {
    let client = ctx.bedrock().await?;
    let result = client.get_model_import_job().job_identifier(job).send().await;
    operation::document(ctx, result).await
}
