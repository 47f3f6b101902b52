//! `bedrock customization-jobs create|list|get|stop|wait|validate-data`: model customization jobs
//! (Create/List/Get/StopModelCustomizationJob), a waiter, and an offline dataset check.

use clap::{Args, Subcommand, ValueEnum};
use serde_json::{Map, Value, json};

use super::operation::{self, Flags, InputArgs, ListFilters};
use super::resource::{self, Resource};
use super::validate_data::ValidateDataArgs;
use super::wait;
use crate::api::model::Service as ApiService;
use crate::context::Ctx;
use crate::error::{Failure, Result};
use crate::models::customization;
use crate::output::{Column, View};

#[derive(Debug, Subcommand)]
pub enum CustomizationJobsCommand {
    /// Start a fine-tuning or continued pre-training job (CreateModelCustomizationJob).
    #[command(
        after_help = "Examples:\n  bedrock customization-jobs create --base-model amazon.titan-text-express-v1 --job-name tune-1 \\\n      --custom-model-name support-v1 --role-arn arn:aws:iam::123456789012:role/Bedrock \\\n      --training-data s3://my-bucket/train.jsonl --output s3://my-bucket/out/ \\\n      --hyper-parameter epochCount=2 --hyper-parameter learningRate=0.00001 --wait\n  bedrock customization-jobs create --cli-input-json job.json\n  bedrock customization-jobs create --generate-skeleton > job.json"
    )]
    Create(Box<CreateArgs>),

    /// List customization jobs (ListModelCustomizationJobs).
    #[command(
        visible_alias = "ls",
        after_help = "Examples:\n  bedrock customization-jobs list --status InProgress\n  bedrock customization-jobs list --name-contains tune --sort-order ascending -o text"
    )]
    List(ListArgs),

    /// Describe a customization job (GetModelCustomizationJob).
    #[command(
        after_help = "Examples:\n  bedrock customization-jobs get tune-1\n  bedrock customization-jobs get tune-1 --query trainingMetrics"
    )]
    Get(JobArgs),

    /// Stop a running customization job (StopModelCustomizationJob).
    #[command(after_help = "Examples:\n  bedrock customization-jobs stop tune-1")]
    Stop(JobArgs),

    /// Wait until a customization job has Completed (254 if it failed or was stopped).
    #[command(
        after_help = "Examples:\n  bedrock customization-jobs wait tune-1\n  bedrock customization-jobs wait tune-1 --timeout 3600 && echo trained"
    )]
    Wait(WaitArgs),

    /// Check a local JSONL dataset against the base model's documented format and quotas, offline.
    #[command(
        after_help = "Examples:\n  bedrock customization-jobs validate-data train.jsonl --base-model amazon.titan-text-express-v1\n  bedrock customization-jobs validate-data corpus.jsonl --base-model titan-text-lite --type CONTINUED_PRE_TRAINING\n  bedrock customization-jobs validate-data images.jsonl --base-model amazon.titan-image-generator-v1 -o json"
    )]
    ValidateData(ValidateDataArgs),
}

/// Customization types the flags accept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
#[value(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum CustomizationKind {
    FineTuning,
    ContinuedPreTraining,
}

impl CustomizationKind {
    pub fn model(self) -> customization::CustomizationType {
        match self {
            CustomizationKind::FineTuning => customization::CustomizationType::FineTuning,
            CustomizationKind::ContinuedPreTraining => customization::CustomizationType::ContinuedPreTraining,
        }
    }
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// The customization: FINE_TUNING (labelled prompt/completion pairs) or CONTINUED_PRE_TRAINING.
    #[arg(long = "type", value_enum, ignore_case = true, value_name = "TYPE")]
    pub kind: Option<CustomizationKind>,

    /// The base model: id, alias or ARN (or a custom model to customise further).
    #[arg(long, value_name = "MODEL")]
    pub base_model: Option<String>,

    /// Name of the job (letters, digits, hyphens; up to 63).
    #[arg(long, value_name = "NAME")]
    pub job_name: Option<String>,

    /// Name of the custom model the job creates.
    #[arg(long, value_name = "NAME")]
    pub custom_model_name: Option<String>,

    /// IAM role Bedrock assumes to read the data and write the output.
    #[arg(long, value_name = "ARN")]
    pub role_arn: Option<String>,

    /// Training dataset (s3://bucket/key.jsonl).
    #[arg(long, value_name = "S3_URI")]
    pub training_data: Option<String>,

    /// Validation dataset (s3://…; repeatable).
    #[arg(long, value_name = "S3_URI")]
    pub validation_data: Vec<String>,

    /// Where the job writes its output (s3://bucket/prefix/).
    #[arg(long = "output-data", visible_alias = "output-uri", value_name = "S3_URI")]
    pub output_data: Option<String>,

    /// Hyperparameter NAME=VALUE, checked against the base model's documented ranges (repeatable).
    #[arg(long, value_name = "NAME=VALUE")]
    pub hyper_parameter: Vec<String>,

    /// VPC subnet ids for the job (comma-separated or repeated).
    #[arg(long, value_delimiter = ',', value_name = "SUBNET")]
    pub vpc_subnets: Vec<String>,

    /// VPC security group ids for the job (comma-separated or repeated).
    #[arg(long, value_delimiter = ',', value_name = "GROUP")]
    pub vpc_security_groups: Vec<String>,

    /// KMS key (id, alias or ARN) to encrypt the custom model.
    #[arg(long, value_name = "KEY")]
    pub kms_key: Option<String>,

    /// Tag KEY=VALUE for the job (repeatable).
    #[arg(long = "tags", value_name = "KEY=VALUE")]
    pub tags: Vec<String>,

    /// Tag KEY=VALUE for the custom model (repeatable).
    #[arg(long = "model-tags", value_name = "KEY=VALUE")]
    pub model_tags: Vec<String>,

    /// Wait until the job has finished and print it.
    #[arg(long)]
    pub wait: bool,

    /// With --wait: give up after this many seconds (exit 255; the job keeps running).
    #[arg(long, value_name = "SECONDS", requires = "wait")]
    pub timeout: Option<f64>,

    /// Print the Step Functions Task state that creates this job (…:createModelCustomizationJob,
    /// or …createModelCustomizationJob.sync with --wait) instead of creating it.
    #[arg(long)]
    pub emit_sfn_task: bool,

    #[command(flatten)]
    pub input: InputArgs,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only jobs in this status.
    #[arg(long, value_parser = ["InProgress", "Completed", "Failed", "Stopping", "Stopped"], value_name = "STATUS")]
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
    Column { header: "TYPE", path: "customizationType" },
    Column { header: "CUSTOM MODEL", path: "customModelName" },
    Column { header: "CREATED", path: "creationTime" },
];

const DETAIL_FIELDS: &[Column] = &[
    Column { header: "jobName", path: "jobName" },
    Column { header: "jobArn", path: "jobArn" },
    Column { header: "status", path: "status" },
    Column { header: "customizationType", path: "customizationType" },
    Column { header: "baseModelArn", path: "baseModelArn" },
    Column { header: "outputModelName", path: "outputModelName" },
    Column { header: "outputModelArn", path: "outputModelArn" },
    Column { header: "trainingData", path: "trainingDataConfig.s3Uri" },
    Column { header: "outputData", path: "outputDataConfig.s3Uri" },
    Column { header: "hyperParameters", path: "hyperParameters" },
    Column { header: "trainingLoss", path: "trainingMetrics.trainingLoss" },
    Column { header: "failureMessage", path: "failureMessage" },
    Column { header: "creationTime", path: "creationTime" },
    Column { header: "endTime", path: "endTime" },
];

const CREATED_FIELDS: &[Column] = &[Column { header: "jobArn", path: "jobArn" }];

/// Customization jobs for the generic verbs.
pub const CUSTOMIZATION_JOBS: Resource = Resource {
    service: ApiService::Bedrock,
    what: "customization job",
    command: "customization-jobs",
    get: "GetModelCustomizationJob",
    identifier: "jobIdentifier",
    record: "",
    fields: DETAIL_FIELDS,
    list: "ListModelCustomizationJobs",
    list_key: "modelCustomizationJobSummaries",
    columns: LIST_COLUMNS,
    delete: None,
    stop: Some("StopModelCustomizationJob"),
    status: "status",
    success: &["Completed"],
    failure: &["Failed", "Stopped"],
    reasons: &["failureMessage"],
};

pub async fn run(ctx: &Ctx, command: CustomizationJobsCommand) -> Result<()> {
    ctx.output.validate_query()?;
    match command {
        CustomizationJobsCommand::Create(args) => create(ctx, *args).await,
        CustomizationJobsCommand::List(args) => {
            let mut input = resource::filter_members(&args.filters)?;
            resource::optional(&mut input, "statusEquals", &args.status);
            CUSTOMIZATION_JOBS.list(ctx, &Vec::new(), input).await
        }
        CustomizationJobsCommand::Get(args) => CUSTOMIZATION_JOBS.get(ctx, &Vec::new(), &args.job).await,
        CustomizationJobsCommand::Stop(args) => {
            let input = json!({"jobIdentifier": args.job});
            resource::send(ctx, ApiService::Bedrock, "StopModelCustomizationJob", input).await?;
            ctx.output.info(&format!("stopping customization job {}", args.job));
            Ok(())
        }
        CustomizationJobsCommand::Wait(args) => {
            let timeout = wait::timeout(args.timeout)?;
            let document = CUSTOMIZATION_JOBS.wait(ctx, &Vec::new(), &args.job, timeout).await?;
            CUSTOMIZATION_JOBS.show(ctx, &document)
        }
        CustomizationJobsCommand::ValidateData(args) => super::validate_data::run(ctx, args),
    }
}

async fn create(ctx: &Ctx, args: CreateArgs) -> Result<()> {
    let timeout = wait::timeout(args.timeout)?;
    let mut flags = Flags::new();
    flags
        .string("jobName", &args.job_name)
        .string("customModelName", &args.custom_model_name)
        .string("roleArn", &args.role_arn)
        .set(
            "baseModelIdentifier",
            args.base_model.as_ref().map(|model| json!(crate::models::resolve_model(&ctx.settings, model))),
        )
        .set("customizationType", args.kind.map(|kind| json!(kind.model().wire_name())))
        .string("customModelKmsKeyId", &args.kms_key);
    if let Some(uri) = &args.training_data {
        flags.set("trainingDataConfig", Some(json!({"s3Uri": operation::s3_uri("--training-data", uri)?})));
    }
    if !args.validation_data.is_empty() {
        let mut validators = Vec::new();
        for uri in &args.validation_data {
            validators.push(json!({"s3Uri": operation::s3_uri("--validation-data", uri)?}));
        }
        flags.set("validationDataConfig", Some(json!({"validators": validators})));
    }
    if let Some(uri) = &args.output_data {
        flags.set("outputDataConfig", Some(json!({"s3Uri": operation::s3_uri("--output-data", uri)?})));
    }
    if !args.hyper_parameter.is_empty() {
        let mut parameters = Map::new();
        for pair in &args.hyper_parameter {
            let (name, value) = crate::input::key_value(pair, "--hyper-parameter")?;
            parameters.insert(name, json!(value));
        }
        flags.set("hyperParameters", Some(Value::Object(parameters)));
    }
    flags
        .set("vpcConfig", operation::vpc(&args.vpc_subnets, &args.vpc_security_groups)?)
        .set("jobTags", operation::tags(&args.tags, "--tags")?)
        .set("customModelTags", operation::tags(&args.model_tags, "--model-tags")?);
    let required = [
        ("baseModelIdentifier", "--base-model"),
        ("jobName", "--job-name"),
        ("customModelName", "--custom-model-name"),
        ("roleArn", "--role-arn"),
        ("trainingDataConfig", "--training-data"),
        ("outputDataConfig", "--output-data"),
    ];
    let operation_name = "CreateModelCustomizationJob";
    let Some(input) = operation::prepare(ctx, operation_name, &args.input, flags.into_map(), &required)?
    else {
        return Ok(());
    };
    check_hyper_parameters(&input)?;
    if args.emit_sfn_task {
        let mut parameters = input.as_object().cloned().unwrap_or_default();
        // Each execution of a state machine creates its own job: no fixed idempotency token.
        parameters.remove("clientRequestToken");
        let parameters =
            crate::stepfunctions::pascal_case_members(&Value::Object(parameters), &["hyperParameters"]);
        let parameters = parameters.as_object().cloned().unwrap_or_default();
        return ctx.output.json_document(&crate::stepfunctions::customization_task(&parameters, args.wait));
    }
    let created = resource::send(ctx, ApiService::Bedrock, operation_name, input.clone()).await?;
    if !args.wait {
        return ctx.output.document(&created, &View::Record { record: "", fields: CREATED_FIELDS });
    }
    let job = created
        .get("jobArn")
        .and_then(Value::as_str)
        .unwrap_or(operation::text(&input, "jobName"))
        .to_string();
    let name = operation::text(&input, "jobName");
    let document = CUSTOMIZATION_JOBS.wait_named(ctx, &Vec::new(), &job, name, timeout).await?;
    CUSTOMIZATION_JOBS.show(ctx, &document)
}

/// Check hyperparameters against the base model's documented ranges, when the guide has them.
fn check_hyper_parameters(input: &Value) -> Result<()> {
    let base = operation::text(input, "baseModelIdentifier");
    let (Some(family), Some(Value::Object(parameters))) =
        (customization::family(base), input.get("hyperParameters"))
    else {
        return Ok(());
    };
    for (name, value) in parameters {
        let text = value
            .as_str()
            .ok_or_else(|| Failure::usage(format!("hyperparameter {name} must be a string")))?;
        family
            .check_hyper_parameter(name, text)
            .map_err(|reason| Failure::usage(format!("--hyper-parameter: {reason}")))?;
    }
    Ok(())
}
