//! `bedrock custom-models list|get|delete`: ListCustomModels, GetCustomModel, DeleteCustomModel.

use clap::{Args, Subcommand};

use super::operation::ListFilters;
use super::resource::{self, Resource};
use crate::api::model::Service as ApiService;
use crate::context::Ctx;
use crate::error::Result;
use crate::output::Column;

#[derive(Debug, Subcommand)]
pub enum CustomModelsCommand {
    /// List custom models (ListCustomModels).
    #[command(
        visible_alias = "ls",
        after_help = "Examples:\n  bedrock custom-models list\n  bedrock custom-models list --base-model amazon.titan-text-express-v1 --status Active -o text"
    )]
    List(ListArgs),

    /// Describe a custom model (GetCustomModel).
    #[command(
        after_help = "Examples:\n  bedrock custom-models get support-v1\n  bedrock custom-models get support-v1 --query trainingMetrics.trainingLoss"
    )]
    Get(ModelArgs),

    /// Delete a custom model (DeleteCustomModel).
    #[command(after_help = "Examples:\n  bedrock custom-models delete support-v1 --yes")]
    Delete(DeleteArgs),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only models customised from this base model (foundation model ARN or id).
    #[arg(long, value_name = "MODEL")]
    pub base_model: Option<String>,

    /// Only models in this status.
    #[arg(long, value_parser = ["Active", "Creating", "Failed"], value_name = "STATUS")]
    pub status: Option<String>,

    #[command(flatten)]
    pub filters: ListFilters,
}

#[derive(Debug, Args)]
pub struct ModelArgs {
    /// Custom model name or ARN.
    #[arg(value_name = "MODEL")]
    pub model: String,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// Custom model name or ARN.
    #[arg(value_name = "MODEL")]
    pub model: String,

    /// Do not ask for confirmation.
    #[arg(long, short = 'y')]
    pub yes: bool,
}

const LIST_COLUMNS: &[Column] = &[
    Column { header: "NAME", path: "modelName" },
    Column { header: "STATUS", path: "modelStatus" },
    Column { header: "BASE MODEL", path: "baseModelName" },
    Column { header: "TYPE", path: "customizationType" },
    Column { header: "CREATED", path: "creationTime" },
];

const DETAIL_FIELDS: &[Column] = &[
    Column { header: "modelName", path: "modelName" },
    Column { header: "modelArn", path: "modelArn" },
    Column { header: "modelStatus", path: "modelStatus" },
    Column { header: "baseModelArn", path: "baseModelArn" },
    Column { header: "customizationType", path: "customizationType" },
    Column { header: "jobName", path: "jobName" },
    Column { header: "hyperParameters", path: "hyperParameters" },
    Column { header: "trainingLoss", path: "trainingMetrics.trainingLoss" },
    Column { header: "creationTime", path: "creationTime" },
];

/// Custom models for the generic verbs.
pub const CUSTOM_MODELS: Resource = Resource {
    service: ApiService::Bedrock,
    what: "custom model",
    command: "custom-models",
    get: "GetCustomModel",
    identifier: "modelIdentifier",
    record: "",
    fields: DETAIL_FIELDS,
    list: "ListCustomModels",
    list_key: "modelSummaries",
    columns: LIST_COLUMNS,
    delete: Some("DeleteCustomModel"),
    stop: None,
    status: "",
    success: &[],
    failure: &[],
    reasons: &[],
};

pub async fn run(ctx: &Ctx, command: CustomModelsCommand) -> Result<()> {
    ctx.output.validate_query()?;
    match command {
        CustomModelsCommand::List(args) => {
            let mut input = resource::filter_members(&args.filters)?;
            if let Some(model) = &args.base_model {
                input.insert("baseModelArnEquals".into(), base_model_arn(ctx, model).await?.into());
            }
            resource::optional(&mut input, "modelStatus", &args.status);
            CUSTOM_MODELS.list(ctx, &Vec::new(), input).await
        }
        CustomModelsCommand::Get(args) => CUSTOM_MODELS.get(ctx, &Vec::new(), &args.model).await,
        CustomModelsCommand::Delete(args) => {
            CUSTOM_MODELS.delete(ctx, &Vec::new(), &args.model, args.yes).await?;
            Ok(())
        }
    }
}

/// A base model filter as the foundation model ARN the API compares with.
async fn base_model_arn(ctx: &Ctx, model: &str) -> Result<String> {
    let id = crate::models::resolve_model(&ctx.settings, model);
    if id.starts_with("arn:") {
        return Ok(id);
    }
    let region = ctx.region().await?;
    Ok(format!("arn:aws:bedrock:{region}::foundation-model/{id}"))
}
