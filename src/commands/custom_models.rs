//! `bedrock custom-models list|get|delete`: ListCustomModels, GetCustomModel, DeleteCustomModel.

use clap::{Args, Subcommand};

use super::operation::{self, ListFilters};
use crate::context::{Ctx, Service};
use crate::error::Result;
use crate::output::{Column, View};

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

pub async fn run(ctx: &Ctx, command: CustomModelsCommand) -> Result<()> {
    ctx.output.validate_query()?;
    let client = ctx.bedrock().await?;
    match command {
        CustomModelsCommand::List(args) => {
            let (after, before) = (args.filters.after()?, args.filters.before()?);
            let base = match &args.base_model {
                Some(model) => Some(base_model_arn(ctx, model).await?),
                None => None,
            };
            let document = crate::aws::paginate::collect(ctx, "modelSummaries", |token, page_size| {
                let request = client
                    .list_custom_models()
                    .set_base_model_arn_equals(base.clone())
                    .set_model_status(args.status.as_deref().map(Into::into))
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
            ctx.output.document(&document, &View::Rows { rows: "modelSummaries", columns: LIST_COLUMNS })
        }
        CustomModelsCommand::Get(args) => {
            let result = client.get_custom_model().model_identifier(&args.model).send().await;
            let document = operation::document(ctx, result).await?;
            ctx.output.document(&document, &View::Record { record: "", fields: DETAIL_FIELDS })
        }
        CustomModelsCommand::Delete(args) => {
            crate::output::confirm(&ctx.output, &format!("Delete custom model {}?", args.model), args.yes)?;
            let result = client.delete_custom_model().model_identifier(&args.model).send().await;
            operation::document(ctx, result).await?;
            ctx.output.info(&format!("deleted custom model {}", args.model));
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
