//! `bedrock eval-jobs create|list|get|stop`: model evaluation jobs (Create/List/Get/
//! StopEvaluationJob). Flags build automatic evaluations (task type, built-in or custom dataset,
//! metrics); human-worker evaluations and RAG evaluations go through `--cli-input-json`.

use clap::{Args, Subcommand, ValueEnum};
use serde_json::json;

use super::operation::{self, Flags, InputArgs, ListFilters};
use super::resource::{self, Resource};
use crate::api::model::Service as ApiService;
use crate::context::Ctx;
use crate::error::{Failure, Result};
use crate::output::{Column, View};

#[derive(Debug, Subcommand)]
pub enum EvalJobsCommand {
    /// Start an automatic model evaluation (CreateEvaluationJob).
    #[command(
        after_help = "Examples:\n  bedrock eval-jobs create --job-name eval-1 --role-arn arn:aws:iam::123456789012:role/Eval --model claude-3-haiku \\\n      --task-type QuestionAndAnswer --dataset Builtin.BoolQ --metric Builtin.Accuracy --metric Builtin.Robustness \\\n      --output-data s3://my-bucket/eval/\n  bedrock eval-jobs create ... --dataset my-prompts --dataset-uri s3://my-bucket/prompts.jsonl\n  bedrock eval-jobs create --cli-input-json human-eval.json     # human workers, RAG evaluations"
    )]
    Create(CreateArgs),

    /// List evaluation jobs (ListEvaluationJobs).
    #[command(
        visible_alias = "ls",
        after_help = "Examples:\n  bedrock eval-jobs list --status Completed\n  bedrock eval-jobs list --application-type RagEvaluation"
    )]
    List(ListArgs),

    /// Describe an evaluation job (GetEvaluationJob).
    #[command(
        after_help = "Examples:\n  bedrock eval-jobs get arn:aws:bedrock:us-east-1:123456789012:evaluation-job/abcdef123456"
    )]
    Get(JobArgs),

    /// Stop an evaluation job (StopEvaluationJob).
    #[command(
        after_help = "Examples:\n  bedrock eval-jobs stop arn:aws:bedrock:us-east-1:123456789012:evaluation-job/abcdef123456"
    )]
    Stop(JobArgs),

    /// Wait until an evaluation job has Completed (254 if it failed or was stopped).
    #[command(
        after_help = "Examples:\n  bedrock eval-jobs wait arn:aws:bedrock:us-east-1:123456789012:evaluation-job/abcdef123456 --timeout 7200"
    )]
    Wait(WaitArgs),
}

/// Task types of automatic evaluations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TaskType {
    #[value(name = "Summarization")]
    Summarization,
    #[value(name = "Classification")]
    Classification,
    #[value(name = "QuestionAndAnswer")]
    QuestionAndAnswer,
    #[value(name = "Generation")]
    Generation,
    #[value(name = "Custom")]
    Custom,
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Name of the job.
    #[arg(long, value_name = "NAME")]
    pub job_name: Option<String>,

    /// Description of the job.
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,

    /// IAM role Bedrock assumes to read the dataset and write the results.
    #[arg(long, value_name = "ARN")]
    pub role_arn: Option<String>,

    /// Model to evaluate (id, alias or ARN).
    #[arg(long, value_name = "MODEL")]
    pub model: Option<String>,

    /// Inference parameters for the model, as a JSON string.
    #[arg(long, value_name = "JSON")]
    pub inference_params: Option<String>,

    /// The task the model is evaluated on.
    #[arg(long, value_enum, value_name = "TYPE", default_value = "Generation")]
    pub task_type: TaskType,

    /// Dataset: a built-in one (Builtin.Bold, Builtin.BoolQ, …) or a name for --dataset-uri.
    #[arg(long, value_name = "NAME")]
    pub dataset: Option<String>,

    /// Custom prompt dataset in S3 (JSONL).
    #[arg(long, value_name = "S3_URI", requires = "dataset")]
    pub dataset_uri: Option<String>,

    /// Metric to compute (Builtin.Accuracy, Builtin.Robustness, Builtin.Toxicity; repeatable).
    #[arg(long, value_name = "METRIC")]
    pub metric: Vec<String>,

    /// Where the results go (s3://bucket/prefix/).
    #[arg(long, value_name = "S3_URI")]
    pub output_data: Option<String>,

    /// Tag KEY=VALUE (repeatable).
    #[arg(long = "tags", value_name = "KEY=VALUE")]
    pub tags: Vec<String>,

    #[command(flatten)]
    pub input: InputArgs,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only jobs in this status.
    #[arg(long, value_parser = ["InProgress", "Completed", "Failed", "Stopping", "Stopped", "Deleting"], value_name = "STATUS")]
    pub status: Option<String>,

    /// Only model or RAG evaluations.
    #[arg(long, value_parser = ["ModelEvaluation", "RagEvaluation"], value_name = "TYPE")]
    pub application_type: Option<String>,

    #[command(flatten)]
    pub filters: ListFilters,
}

#[derive(Debug, Args)]
pub struct JobArgs {
    /// Job ARN (as create prints it).
    #[arg(value_name = "JOB")]
    pub job: String,
}

#[derive(Debug, Args)]
pub struct WaitArgs {
    /// Job ARN (as create prints it).
    #[arg(value_name = "JOB")]
    pub job: String,

    /// Give up after this many seconds (exit 255; the job keeps running).
    #[arg(long, value_name = "SECONDS")]
    pub timeout: Option<f64>,
}

const LIST_COLUMNS: &[Column] = &[
    Column { header: "JOB NAME", path: "jobName" },
    Column { header: "STATUS", path: "status" },
    Column { header: "TYPE", path: "jobType" },
    Column { header: "TASKS", path: "evaluationTaskTypes" },
    Column { header: "MODELS", path: "modelIdentifiers" },
    Column { header: "CREATED", path: "creationTime" },
];

const DETAIL_FIELDS: &[Column] = &[
    Column { header: "jobName", path: "jobName" },
    Column { header: "jobArn", path: "jobArn" },
    Column { header: "status", path: "status" },
    Column { header: "jobType", path: "jobType" },
    Column { header: "applicationType", path: "applicationType" },
    Column { header: "output", path: "outputDataConfig.s3Uri" },
    Column { header: "failureMessages", path: "failureMessages" },
    Column { header: "creationTime", path: "creationTime" },
    Column { header: "lastModifiedTime", path: "lastModifiedTime" },
];

const CREATED_FIELDS: &[Column] = &[Column { header: "jobArn", path: "jobArn" }];

/// Evaluation jobs for the generic verbs.
pub const EVAL_JOBS: Resource = Resource {
    service: ApiService::Bedrock,
    what: "evaluation job",
    command: "eval-jobs",
    get: "GetEvaluationJob",
    identifier: "jobIdentifier",
    record: "",
    fields: DETAIL_FIELDS,
    list: "ListEvaluationJobs",
    list_key: "jobSummaries",
    columns: LIST_COLUMNS,
    delete: None,
    stop: Some("StopEvaluationJob"),
    status: "status",
    success: &["Completed"],
    failure: &["Failed", "Stopped"],
    reasons: &["failureMessages"],
};

pub async fn run(ctx: &Ctx, command: EvalJobsCommand) -> Result<()> {
    ctx.output.validate_query()?;
    match command {
        EvalJobsCommand::Create(args) => create(ctx, args).await,
        EvalJobsCommand::Get(args) => EVAL_JOBS.get(ctx, &Vec::new(), &args.job).await,
        EvalJobsCommand::Wait(args) => {
            let timeout = super::wait::timeout(args.timeout)?;
            let name = args.job.rsplit('/').next().unwrap_or(&args.job);
            let document = EVAL_JOBS.wait_named(ctx, &Vec::new(), &args.job, name, timeout).await?;
            EVAL_JOBS.show(ctx, &document)
        }
        EvalJobsCommand::Stop(args) => {
            resource::send(ctx, ApiService::Bedrock, "StopEvaluationJob", json!({"jobIdentifier": args.job}))
                .await?;
            ctx.output.info(&format!("stopping evaluation job {}", args.job));
            Ok(())
        }
        EvalJobsCommand::List(args) => {
            let mut input = resource::filter_members(&args.filters)?;
            resource::optional(&mut input, "statusEquals", &args.status);
            resource::optional(&mut input, "applicationTypeEquals", &args.application_type);
            EVAL_JOBS.list(ctx, &Vec::new(), input).await
        }
    }
}

async fn create(ctx: &Ctx, args: CreateArgs) -> Result<()> {
    let mut flags = Flags::new();
    flags
        .string("jobName", &args.job_name)
        .string("jobDescription", &args.description)
        .string("roleArn", &args.role_arn)
        .set("jobTags", operation::tags(&args.tags, "--tags")?);
    if let Some(model) = &args.model {
        let params = args.inference_params.clone().unwrap_or_else(|| "{}".to_string());
        crate::input::parse_json(params.as_bytes(), "--inference-params")?;
        let identifier = crate::models::resolve_model(&ctx.settings, model);
        flags.set(
            "inferenceConfig",
            Some(json!({"models": [{"bedrockModel": {"modelIdentifier": identifier, "inferenceParams": params}}]})),
        );
    }
    if let Some(name) = &args.dataset {
        if args.metric.is_empty() {
            return Err(Failure::usage(
                "--metric is required with --dataset (e.g. --metric Builtin.Accuracy)",
            ));
        }
        let mut dataset = json!({"name": name});
        if let Some(uri) = &args.dataset_uri {
            dataset["datasetLocation"] = json!({"s3Uri": operation::s3_uri("--dataset-uri", uri)?});
        }
        let task = super::models::value_name(args.task_type);
        flags.set(
            "evaluationConfig",
            Some(json!({"automated": {"datasetMetricConfigs": [{"taskType": task, "dataset": dataset, "metricNames": args.metric}]}})),
        );
    }
    if let Some(uri) = &args.output_data {
        flags.set("outputDataConfig", Some(json!({"s3Uri": operation::s3_uri("--output-data", uri)?})));
    }
    let required = [
        ("jobName", "--job-name"),
        ("roleArn", "--role-arn"),
        ("evaluationConfig", "--dataset"),
        ("inferenceConfig", "--model"),
        ("outputDataConfig", "--output-data"),
    ];
    let operation_name = "CreateEvaluationJob";
    let Some(input) = operation::prepare(ctx, operation_name, &args.input, flags.into_map(), &required)?
    else {
        return Ok(());
    };
    let created = resource::send(ctx, ApiService::Bedrock, operation_name, input).await?;
    ctx.output.document(&created, &View::Record { record: "", fields: CREATED_FIELDS })
}
