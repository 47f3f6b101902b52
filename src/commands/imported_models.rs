//! `bedrock imported-models list|get|delete`: ListImportedModels, GetImportedModel,
//! DeleteImportedModel.

use clap::{Args, Subcommand};

use super::operation::{self, ListFilters};
use crate::context::{Ctx, Service};
use crate::error::Result;
use crate::output::{Column, View};

#[derive(Debug, Subcommand)]
pub enum ImportedModelsCommand {
    /// List imported models (ListImportedModels).
    #[command(
        visible_alias = "ls",
        after_help = "Examples:\n  bedrock imported-models list\n  bedrock imported-models list --name-contains llama -o text"
    )]
    List(ListArgs),

    /// Describe an imported model (GetImportedModel).
    #[command(after_help = "Examples:\n  bedrock imported-models get my-llama")]
    Get(ModelArgs),

    /// Delete an imported model (DeleteImportedModel).
    #[command(after_help = "Examples:\n  bedrock imported-models delete my-llama --yes")]
    Delete(DeleteArgs),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub filters: ListFilters,
}

#[derive(Debug, Args)]
pub struct ModelArgs {
    /// Imported model name or ARN.
    #[arg(value_name = "MODEL")]
    pub model: String,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// Imported model name or ARN.
    #[arg(value_name = "MODEL")]
    pub model: String,

    /// Do not ask for confirmation.
    #[arg(long, short = 'y')]
    pub yes: bool,
}

const LIST_COLUMNS: &[Column] = &[
    Column { header: "NAME", path: "modelName" },
    Column { header: "ARCHITECTURE", path: "modelArchitecture" },
    Column { header: "INSTRUCT", path: "instructSupported" },
    Column { header: "CREATED", path: "creationTime" },
];

const DETAIL_FIELDS: &[Column] = &[
    Column { header: "modelName", path: "modelName" },
    Column { header: "modelArn", path: "modelArn" },
    Column { header: "modelArchitecture", path: "modelArchitecture" },
    Column { header: "jobName", path: "jobName" },
    Column { header: "modelData", path: "modelDataSource.s3DataSource.s3Uri" },
    Column { header: "instructSupported", path: "instructSupported" },
    Column { header: "creationTime", path: "creationTime" },
];

pub async fn run(ctx: &Ctx, command: ImportedModelsCommand) -> Result<()> {
    ctx.output.validate_query()?;
    let client = ctx.bedrock().await?;
    match command {
        ImportedModelsCommand::List(args) => {
            let (after, before) = (args.filters.after()?, args.filters.before()?);
            let document = crate::aws::paginate::collect(ctx, "modelSummaries", |token, page_size| {
                let request = client
                    .list_imported_models()
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
        ImportedModelsCommand::Get(args) => {
            let result = client.get_imported_model().model_identifier(&args.model).send().await;
            let document = operation::document(ctx, result).await?;
            ctx.output.document(&document, &View::Record { record: "", fields: DETAIL_FIELDS })
        }
        ImportedModelsCommand::Delete(args) => {
            crate::output::confirm(&ctx.output, &format!("Delete imported model {}?", args.model), args.yes)?;
            let result = client.delete_imported_model().model_identifier(&args.model).send().await;
            operation::document(ctx, result).await?;
            ctx.output.info(&format!("deleted imported model {}", args.model));
            Ok(())
        }
    }
}
