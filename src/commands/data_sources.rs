//! `bedrock data-sources create|list|get|update|delete`: S3 data sources of a knowledge base,
//! with an inclusion prefix from the S3 URI and a chunking strategy (fixed size, hierarchical,
//! semantic or none).

use aws_sdk_bedrockagent::types::{
    ChunkingConfiguration, ChunkingStrategy, DataDeletionPolicy, DataSourceConfiguration, DataSourceType,
    FixedSizeChunkingConfiguration, HierarchicalChunkingConfiguration,
    HierarchicalChunkingLevelConfiguration, S3DataSourceConfiguration, SemanticChunkingConfiguration,
    VectorIngestionConfiguration,
};
use clap::{Args, Subcommand, ValueEnum};
use serde_json::Map;

use super::agent_common::{fetch, respond};
use super::resource::{Deletion, Resource};
use crate::api::model::Service as ApiService;
use crate::context::{Ctx, Service};
use crate::error::{Failure, Result};
use crate::output::{Column, View};

#[derive(Debug, Subcommand)]
pub enum DataSourcesCommand {
    /// Create an S3 data source in a knowledge base.
    #[command(
        after_help = "Examples:\n  bedrock data-sources create --knowledge-base KB12345678 --name manuals --s3-uri s3://docs-bucket/manuals/\n  bedrock data-sources create --knowledge-base KB12345678 --name faq --s3-uri s3://docs-bucket \\\n      --chunking fixed-size --max-tokens 200 --overlap-percentage 10\n  bedrock data-sources create --knowledge-base KB12345678 --name notes --s3-uri s3://docs-bucket/notes/ \\\n      --chunking hierarchical --parent-max-tokens 1500 --child-max-tokens 300 --overlap-tokens 60"
    )]
    Create(CreateArgs),

    /// List the data sources of a knowledge base.
    #[command(
        visible_alias = "ls",
        after_help = "Examples:\n  bedrock data-sources list --knowledge-base KB12345678"
    )]
    List(ListArgs),

    /// Describe a data source.
    #[command(after_help = "Examples:\n  bedrock data-sources get DS12345678 --knowledge-base KB12345678")]
    Get(IdArgs),

    /// Change a data source's name, description or S3 location.
    #[command(
        after_help = "Examples:\n  bedrock data-sources update DS12345678 --knowledge-base KB12345678 --s3-uri s3://docs-bucket/v2/"
    )]
    Update(UpdateArgs),

    /// Delete a data source (its chunks leave the index unless its policy is RETAIN).
    #[command(
        after_help = "Examples:\n  bedrock data-sources delete DS12345678 --knowledge-base KB12345678 --yes"
    )]
    Delete(DeleteArgs),
}

/// Chunking strategies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Chunking {
    /// Chunks of --max-tokens with --overlap-percentage overlap.
    FixedSize,
    /// Parent chunks of --parent-max-tokens split into children of --child-max-tokens.
    Hierarchical,
    /// Sentences grouped by meaning, up to --max-tokens.
    Semantic,
    /// Each document is one chunk.
    None,
}

/// What happens to a data source's chunks when it is deleted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DeletionPolicy {
    Delete,
    Retain,
}

#[derive(Debug, Clone, Args)]
pub struct ChunkingFlags {
    /// Chunking strategy [default: fixed-size, 300 tokens, 20 % overlap].
    #[arg(long, value_enum)]
    pub chunking: Option<Chunking>,

    /// Largest chunk in tokens (fixed-size, semantic).
    #[arg(long, value_name = "N")]
    pub max_tokens: Option<i32>,

    /// Overlap between fixed-size chunks, in percent (1 to 99).
    #[arg(long, value_name = "PERCENT")]
    pub overlap_percentage: Option<i32>,

    /// Largest parent chunk in tokens (hierarchical).
    #[arg(long, value_name = "N")]
    pub parent_max_tokens: Option<i32>,

    /// Largest child chunk in tokens (hierarchical).
    #[arg(long, value_name = "N")]
    pub child_max_tokens: Option<i32>,

    /// Tokens repeated between chunks (hierarchical).
    #[arg(long, value_name = "N")]
    pub overlap_tokens: Option<i32>,

    /// Sentences on each side compared when looking for breakpoints (semantic, 0 or 1).
    #[arg(long, value_name = "N")]
    pub buffer_size: Option<i32>,

    /// Percentile of dissimilarity where a chunk breaks (semantic, 50 to 99).
    #[arg(long, value_name = "PERCENTILE")]
    pub breakpoint_threshold: Option<i32>,
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// The knowledge base the data source feeds.
    #[arg(long, value_name = "ID")]
    pub knowledge_base: String,

    /// Name of the data source.
    #[arg(long)]
    pub name: String,

    /// The bucket and optional prefix to ingest: s3://bucket/prefix/.
    #[arg(long, value_name = "URI")]
    pub s3_uri: String,

    /// Description.
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,

    /// Keep or delete the chunks when the data source is deleted.
    #[arg(long, value_enum, default_value = "delete")]
    pub deletion_policy: DeletionPolicy,

    #[command(flatten)]
    pub chunking: ChunkingFlags,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// The knowledge base.
    #[arg(long, value_name = "ID")]
    pub knowledge_base: String,
}

#[derive(Debug, Args)]
pub struct IdArgs {
    /// Data source id.
    #[arg(value_name = "DATA_SOURCE")]
    pub data_source: String,

    /// The knowledge base.
    #[arg(long, value_name = "ID")]
    pub knowledge_base: String,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// Data source id.
    #[arg(value_name = "DATA_SOURCE")]
    pub data_source: String,

    /// The knowledge base.
    #[arg(long, value_name = "ID")]
    pub knowledge_base: String,

    /// New name.
    #[arg(long)]
    pub name: Option<String>,

    /// New description.
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,

    /// New bucket and prefix.
    #[arg(long, value_name = "URI")]
    pub s3_uri: Option<String>,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// Data source id.
    #[arg(value_name = "DATA_SOURCE")]
    pub data_source: String,

    /// The knowledge base.
    #[arg(long, value_name = "ID")]
    pub knowledge_base: String,

    /// Do not ask for confirmation.
    #[arg(long, short = 'y')]
    pub yes: bool,
}

const LIST_COLUMNS: &[Column] = &[
    Column { header: "ID", path: "dataSourceId" },
    Column { header: "NAME", path: "name" },
    Column { header: "STATUS", path: "status" },
    Column { header: "UPDATED", path: "updatedAt" },
];

const DETAIL_FIELDS: &[Column] = &[
    Column { header: "dataSourceId", path: "dataSourceId" },
    Column { header: "knowledgeBaseId", path: "knowledgeBaseId" },
    Column { header: "name", path: "name" },
    Column { header: "status", path: "status" },
    Column { header: "description", path: "description" },
    Column { header: "bucketArn", path: "dataSourceConfiguration.s3Configuration.bucketArn" },
    Column { header: "inclusionPrefixes", path: "dataSourceConfiguration.s3Configuration.inclusionPrefixes" },
    Column {
        header: "chunking",
        path: "vectorIngestionConfiguration.chunkingConfiguration.chunkingStrategy",
    },
    Column { header: "dataDeletionPolicy", path: "dataDeletionPolicy" },
    Column { header: "updatedAt", path: "updatedAt" },
];

const DETAIL: View = View::Record { record: "dataSource", fields: DETAIL_FIELDS };

/// Data sources for the generic verbs (parent: knowledgeBaseId).
const DATA_SOURCES: Resource = Resource {
    service: ApiService::BedrockAgent,
    what: "data source",
    command: "data-sources",
    get: "GetDataSource",
    identifier: "dataSourceId",
    record: "dataSource",
    fields: DETAIL_FIELDS,
    list: "ListDataSources",
    list_key: "dataSourceSummaries",
    columns: LIST_COLUMNS,
    delete: Some("DeleteDataSource"),
    stop: None,
    status: "",
    success: &[],
    failure: &[],
    reasons: &[],
};

fn build_error(error: impl std::fmt::Display) -> Failure {
    Failure::usage(format!("invalid data source: {error}"))
}

/// The S3 configuration of `s3://bucket/prefix`.
pub fn s3_configuration(uri: &str) -> Result<DataSourceConfiguration> {
    let location = crate::emulator::s3::parse_uri(uri)
        .ok_or_else(|| Failure::usage(format!("--s3-uri '{uri}' is not of the form s3://bucket/prefix")))?;
    let s3 = S3DataSourceConfiguration::builder()
        .bucket_arn(format!("arn:aws:s3:::{}", location.bucket))
        .set_inclusion_prefixes((!location.key.is_empty()).then(|| vec![location.key.clone()]))
        .build()
        .map_err(build_error)?;
    DataSourceConfiguration::builder()
        .r#type(DataSourceType::S3)
        .s3_configuration(s3)
        .build()
        .map_err(build_error)
}

fn need(value: Option<i32>, flag: &str, strategy: &str) -> Result<i32> {
    value.ok_or_else(|| Failure::usage(format!("--chunking {strategy} needs {flag}")))
}

/// The chunking configuration of the flags (None: the service's default).
pub fn chunking_configuration(flags: &ChunkingFlags) -> Result<Option<ChunkingConfiguration>> {
    let Some(strategy) = flags.chunking else {
        if flags.max_tokens.is_some() || flags.overlap_percentage.is_some() {
            return Err(Failure::usage(
                "--max-tokens and --overlap-percentage need --chunking fixed-size or semantic",
            ));
        }
        return Ok(None);
    };
    let builder = ChunkingConfiguration::builder();
    let configuration = match strategy {
        Chunking::FixedSize => {
            builder.chunking_strategy(ChunkingStrategy::FixedSize).fixed_size_chunking_configuration(
                FixedSizeChunkingConfiguration::builder()
                    .max_tokens(need(flags.max_tokens, "--max-tokens", "fixed-size")?)
                    .overlap_percentage(need(flags.overlap_percentage, "--overlap-percentage", "fixed-size")?)
                    .build()
                    .map_err(build_error)?,
            )
        }
        Chunking::Hierarchical => {
            let level =
                |tokens: i32| HierarchicalChunkingLevelConfiguration::builder().max_tokens(tokens).build();
            builder.chunking_strategy(ChunkingStrategy::Hierarchical).hierarchical_chunking_configuration(
                HierarchicalChunkingConfiguration::builder()
                    .level_configurations(
                        level(need(flags.parent_max_tokens, "--parent-max-tokens", "hierarchical")?)
                            .map_err(build_error)?,
                    )
                    .level_configurations(
                        level(need(flags.child_max_tokens, "--child-max-tokens", "hierarchical")?)
                            .map_err(build_error)?,
                    )
                    .overlap_tokens(need(flags.overlap_tokens, "--overlap-tokens", "hierarchical")?)
                    .build()
                    .map_err(build_error)?,
            )
        }
        Chunking::Semantic => {
            builder.chunking_strategy(ChunkingStrategy::Semantic).semantic_chunking_configuration(
                SemanticChunkingConfiguration::builder()
                    .max_tokens(need(flags.max_tokens, "--max-tokens", "semantic")?)
                    .buffer_size(flags.buffer_size.unwrap_or(0))
                    .breakpoint_percentile_threshold(flags.breakpoint_threshold.unwrap_or(95))
                    .build()
                    .map_err(build_error)?,
            )
        }
        Chunking::None => builder.chunking_strategy(ChunkingStrategy::None),
    };
    configuration.build().map(Some).map_err(build_error)
}

pub async fn run(ctx: &Ctx, command: DataSourcesCommand) -> Result<()> {
    ctx.output.validate_query()?;
    match command {
        DataSourcesCommand::Create(args) => create(ctx, args).await,
        DataSourcesCommand::List(args) => {
            DATA_SOURCES.list(ctx, &vec![("knowledgeBaseId", args.knowledge_base)], Map::new()).await
        }
        DataSourcesCommand::Get(args) => {
            DATA_SOURCES.get(ctx, &vec![("knowledgeBaseId", args.knowledge_base)], &args.data_source).await
        }
        DataSourcesCommand::Update(args) => update(ctx, args).await,
        DataSourcesCommand::Delete(args) => {
            let deletion = Deletion {
                question: format!(
                    "Delete data source {} of knowledge base {}?",
                    args.data_source, args.knowledge_base
                ),
                done: format!("deleted data source {}", args.data_source),
                extra: Map::new(),
            };
            let parents = vec![("knowledgeBaseId", args.knowledge_base)];
            DATA_SOURCES.delete_as(ctx, &parents, &args.data_source, deletion, args.yes).await
        }
    }
}

async fn create(ctx: &Ctx, args: CreateArgs) -> Result<()> {
    let configuration = s3_configuration(&args.s3_uri)?;
    let ingestion = chunking_configuration(&args.chunking)?
        .map(|chunking| VectorIngestionConfiguration::builder().chunking_configuration(chunking).build());
    let policy = match args.deletion_policy {
        DeletionPolicy::Delete => DataDeletionPolicy::Delete,
        DeletionPolicy::Retain => DataDeletionPolicy::Retain,
    };
    let client = ctx.bedrock_agent().await?;
    let result = client
        .create_data_source()
        .knowledge_base_id(&args.knowledge_base)
        .name(&args.name)
        .set_description(args.description.clone())
        .data_source_configuration(configuration)
        .set_vector_ingestion_configuration(ingestion)
        .data_deletion_policy(policy)
        .send()
        .await;
    respond(ctx, Service::BedrockAgent, result, &DETAIL).await.map(|_| ())
}

async fn update(ctx: &Ctx, args: UpdateArgs) -> Result<()> {
    let client = ctx.bedrock_agent().await?;
    let (current, _) = fetch(
        ctx,
        Service::BedrockAgent,
        client
            .get_data_source()
            .knowledge_base_id(&args.knowledge_base)
            .data_source_id(&args.data_source)
            .send()
            .await,
    )
    .await?;
    let current = current.data_source.ok_or_else(|| Failure::other("invalid-response", "no dataSource"))?;
    let configuration = match &args.s3_uri {
        Some(uri) => Some(s3_configuration(uri)?),
        None => current.data_source_configuration,
    };
    let result = client
        .update_data_source()
        .knowledge_base_id(&args.knowledge_base)
        .data_source_id(&args.data_source)
        .name(args.name.unwrap_or(current.name))
        .set_description(args.description.or(current.description))
        .set_data_source_configuration(configuration)
        .set_vector_ingestion_configuration(current.vector_ingestion_configuration)
        .set_data_deletion_policy(current.data_deletion_policy)
        .send()
        .await;
    respond(ctx, Service::BedrockAgent, result, &DETAIL).await.map(|_| ())
}
