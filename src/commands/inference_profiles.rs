//! `bedrock inference-profiles list|get`: ListInferenceProfiles and GetInferenceProfile.

use aws_sdk_bedrock::types::InferenceProfileType;
use clap::{Args, Subcommand, ValueEnum};

use super::models::value_name;
use crate::context::{Ctx, Service};
use crate::error::Result;
use crate::output::{Column, View};

#[derive(Debug, Subcommand)]
pub enum InferenceProfilesCommand {
    /// List inference profiles (all pages; see --max-items and --page-size).
    #[command(
        visible_alias = "ls",
        after_help = "Examples:\n  bedrock inference-profiles list\n  bedrock inference-profiles list --type APPLICATION\n  bedrock inference-profiles list -o text --query 'inferenceProfileSummaries[].inferenceProfileId'"
    )]
    List(ListArgs),

    /// Describe one inference profile.
    #[command(
        after_help = "Example:\n  bedrock inference-profiles get us.anthropic.claude-3-haiku-20240307-v1:0"
    )]
    Get(GetArgs),
}

/// Kinds of inference profile.
#[derive(Debug, Clone, Copy, ValueEnum)]
#[value(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ProfileKind {
    SystemDefined,
    Application,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only profiles of this type.
    #[arg(long = "type", value_enum, ignore_case = true, value_name = "TYPE")]
    pub kind: Option<ProfileKind>,
}

#[derive(Debug, Args)]
pub struct GetArgs {
    /// Inference profile id or ARN.
    // Not named `profile`: clap would file it under the global `--profile`'s id, and the id
    // would select an AWS profile.
    #[arg(value_name = "PROFILE")]
    pub inference_profile: String,
}

const LIST_COLUMNS: &[Column] = &[
    Column { header: "PROFILE ID", path: "inferenceProfileId" },
    Column { header: "NAME", path: "inferenceProfileName" },
    Column { header: "TYPE", path: "type" },
    Column { header: "STATUS", path: "status" },
];

const DETAIL_FIELDS: &[Column] = &[
    Column { header: "inferenceProfileId", path: "inferenceProfileId" },
    Column { header: "inferenceProfileArn", path: "inferenceProfileArn" },
    Column { header: "inferenceProfileName", path: "inferenceProfileName" },
    Column { header: "description", path: "description" },
    Column { header: "type", path: "type" },
    Column { header: "status", path: "status" },
    Column { header: "createdAt", path: "createdAt" },
    Column { header: "updatedAt", path: "updatedAt" },
];

pub async fn run(ctx: &Ctx, command: InferenceProfilesCommand) -> Result<()> {
    ctx.output.validate_query()?;
    match command {
        InferenceProfilesCommand::List(args) => list(ctx, args).await,
        InferenceProfilesCommand::Get(args) => get(ctx, args).await,
    }
}

async fn list(ctx: &Ctx, args: ListArgs) -> Result<()> {
    let client = ctx.bedrock().await?;
    let kind = args.kind.map(|kind| InferenceProfileType::from(value_name(kind).as_str()));
    let document = crate::aws::paginate::collect(ctx, "inferenceProfileSummaries", |token, page_size| {
        let request = client
            .list_inference_profiles()
            .set_next_token(token)
            .set_max_results(page_size)
            .set_type_equals(kind.clone());
        async move {
            match request.send().await {
                Ok(output) => Ok(output.next_token),
                Err(error) => Err(ctx.failure(Service::Bedrock, error).await),
            }
        }
    })
    .await?;
    ctx.output.document(&document, &View::Rows { rows: "inferenceProfileSummaries", columns: LIST_COLUMNS })
}

async fn get(ctx: &Ctx, args: GetArgs) -> Result<()> {
    let client = ctx.bedrock().await?;
    if let Err(error) =
        client.get_inference_profile().inference_profile_identifier(&args.inference_profile).send().await
    {
        return Err(ctx.failure(Service::Bedrock, error).await);
    }
    let document = ctx.capture.take_json()?;
    ctx.output.document(&document, &View::Record { record: "", fields: DETAIL_FIELDS })
}
