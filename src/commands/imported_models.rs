//! `bedrock imported-models list|get|delete`: ListImportedModels, GetImportedModel,
//! DeleteImportedModel.

use clap::{Args, Subcommand};

use super::operation::ListFilters;
use super::resource::{self, Resource};
use crate::api::model::Service as ApiService;
use crate::context::Ctx;
use crate::error::Result;
use crate::output::Column;

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

/// Imported models for the generic verbs.
pub const IMPORTED_MODELS: Resource = Resource {
    service: ApiService::Bedrock,
    what: "imported model",
    command: "imported-models",
    get: "GetImportedModel",
    identifier: "modelIdentifier",
    record: "",
    fields: DETAIL_FIELDS,
    list: "ListImportedModels",
    list_key: "modelSummaries",
    columns: LIST_COLUMNS,
    delete: Some("DeleteImportedModel"),
    stop: None,
    status: "",
    success: &[],
    failure: &[],
    reasons: &[],
};

pub async fn run(ctx: &Ctx, command: ImportedModelsCommand) -> Result<()> {
    ctx.output.validate_query()?;
    match command {
        ImportedModelsCommand::List(args) => {
            let input = resource::filter_members(&args.filters)?;
            IMPORTED_MODELS.list(ctx, &Vec::new(), input).await
        }
        ImportedModelsCommand::Get(args) => IMPORTED_MODELS.get(ctx, &Vec::new(), &args.model).await,
        ImportedModelsCommand::Delete(args) => {
            IMPORTED_MODELS.delete(ctx, &Vec::new(), &args.model, args.yes).await?;
            Ok(())
        }
    }
}
