//! `bedrock logging get|put|delete`: model invocation logging
//! (Get/Put/DeleteModelInvocationLoggingConfiguration): where logs go (S3, CloudWatch Logs) and
//! which data types are delivered.

use clap::{Args, Subcommand, ValueEnum};
use serde_json::{Map, Value, json};

use super::operation::{self, Flags, InputArgs};
use crate::context::Ctx;
use crate::error::{Failure, Result};
use crate::output::{Column, View};

#[derive(Debug, Subcommand)]
pub enum LoggingCommand {
    /// Show the invocation logging configuration (GetModelInvocationLoggingConfiguration).
    #[command(
        after_help = "Examples:\n  bedrock logging get\n  bedrock logging get --query loggingConfig.s3Config.bucketName"
    )]
    Get,

    /// Turn invocation logging on or change it (PutModelInvocationLoggingConfiguration).
    #[command(
        after_help = "Examples:\n  bedrock logging put --s3-bucket my-logs --s3-prefix bedrock/ --data text,embedding\n  bedrock logging put --cloudwatch-log-group /bedrock/invocations --cloudwatch-role-arn arn:aws:iam::123456789012:role/Logs\n  bedrock logging put --cli-input-json logging.json"
    )]
    Put(PutArgs),

    /// Turn invocation logging off (DeleteModelInvocationLoggingConfiguration).
    #[command(after_help = "Examples:\n  bedrock logging delete --yes")]
    Delete(DeleteArgs),
}

/// Data types that can be delivered to the logs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DataType {
    Text,
    Image,
    Embedding,
    Video,
    Audio,
}

#[derive(Debug, Args)]
pub struct PutArgs {
    /// S3 bucket for the logs.
    #[arg(long, value_name = "BUCKET")]
    pub s3_bucket: Option<String>,

    /// Key prefix in the S3 bucket.
    #[arg(long, value_name = "PREFIX", requires = "s3_bucket")]
    pub s3_prefix: Option<String>,

    /// CloudWatch Logs log group for the logs.
    #[arg(long, value_name = "GROUP", requires = "cloudwatch_role_arn")]
    pub cloudwatch_log_group: Option<String>,

    /// IAM role Bedrock assumes to write to the log group.
    #[arg(long, value_name = "ARN", requires = "cloudwatch_log_group")]
    pub cloudwatch_role_arn: Option<String>,

    /// Data types to deliver, comma-separated (default: text,image,embedding).
    #[arg(long, value_enum, value_delimiter = ',', value_name = "TYPES")]
    pub data: Vec<DataType>,

    #[command(flatten)]
    pub input: InputArgs,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// Do not ask for confirmation.
    #[arg(long, short = 'y')]
    pub yes: bool,
}

const FIELDS: &[Column] = &[
    Column { header: "s3Bucket", path: "s3Config.bucketName" },
    Column { header: "s3Prefix", path: "s3Config.keyPrefix" },
    Column { header: "logGroup", path: "cloudWatchConfig.logGroupName" },
    Column { header: "roleArn", path: "cloudWatchConfig.roleArn" },
    Column { header: "text", path: "textDataDeliveryEnabled" },
    Column { header: "image", path: "imageDataDeliveryEnabled" },
    Column { header: "embedding", path: "embeddingDataDeliveryEnabled" },
    Column { header: "video", path: "videoDataDeliveryEnabled" },
    Column { header: "audio", path: "audioDataDeliveryEnabled" },
];

pub async fn run(ctx: &Ctx, command: LoggingCommand) -> Result<()> {
    ctx.output.validate_query()?;
    match command {
        LoggingCommand::Get => {
            let client = ctx.bedrock().await?;
            let result = client.get_model_invocation_logging_configuration().send().await;
            let document = operation::document(ctx, result).await?;
            if document.get("loggingConfig").is_none()
                && ctx.output.format != crate::cli::OutputFormat::Json
                && ctx.output.query.is_none()
            {
                ctx.output.info("invocation logging is off");
                return Ok(());
            }
            ctx.output.document(&document, &View::Record { record: "loggingConfig", fields: FIELDS })
        }
        LoggingCommand::Put(args) => put(ctx, args).await,
        LoggingCommand::Delete(args) => {
            crate::output::confirm(&ctx.output, "Turn model invocation logging off?", args.yes)?;
            let client = ctx.bedrock().await?;
            let result = client.delete_model_invocation_logging_configuration().send().await;
            operation::document(ctx, result).await?;
            ctx.output.info("invocation logging is off");
            Ok(())
        }
    }
}

async fn put(ctx: &Ctx, args: PutArgs) -> Result<()> {
    let mut config = Map::new();
    if let Some(bucket) = &args.s3_bucket {
        let mut s3 = json!({"bucketName": bucket});
        if let Some(prefix) = &args.s3_prefix {
            s3["keyPrefix"] = json!(prefix);
        }
        config.insert("s3Config".to_string(), s3);
    }
    if let (Some(group), Some(role)) = (&args.cloudwatch_log_group, &args.cloudwatch_role_arn) {
        config.insert("cloudWatchConfig".to_string(), json!({"logGroupName": group, "roleArn": role}));
    }
    let mut flags = Flags::new();
    if !config.is_empty() || !args.data.is_empty() {
        if config.is_empty() && args.input.cli_input_json.is_none() {
            return Err(Failure::usage("give a destination: --s3-bucket and/or --cloudwatch-log-group"));
        }
        let types = if args.data.is_empty() {
            vec![DataType::Text, DataType::Image, DataType::Embedding]
        } else {
            args.data.clone()
        };
        for (kind, member) in [
            (DataType::Text, "textDataDeliveryEnabled"),
            (DataType::Image, "imageDataDeliveryEnabled"),
            (DataType::Embedding, "embeddingDataDeliveryEnabled"),
            (DataType::Video, "videoDataDeliveryEnabled"),
            (DataType::Audio, "audioDataDeliveryEnabled"),
        ] {
            config.insert(member.to_string(), Value::Bool(types.contains(&kind)));
        }
        flags.set("loggingConfig", Some(Value::Object(config)));
    }
    let operation_name = "PutModelInvocationLoggingConfiguration";
    let required = [("loggingConfig", "--s3-bucket or --cloudwatch-log-group")];
    let Some(input) = operation::prepare(ctx, operation_name, &args.input, flags.into_map(), &required)?
    else {
        return Ok(());
    };
    let client = ctx.bedrock().await?;
    let result = client
        .put_model_invocation_logging_configuration()
        .customize()
        .mutate_request(operation::with_body(operation::body(operation_name, &input)))
        .send()
        .await;
    operation::document(ctx, result).await?;
    ctx.output.info("invocation logging is on");
    Ok(())
}
