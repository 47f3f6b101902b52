//! `bedrock knowledge-bases create|list|get|update|delete`: vector knowledge bases
//! (bedrock-agent), with an embedding model and a vector store (OpenSearch Serverless or
//! Pinecone from flags).

use aws_sdk_bedrockagent::types::{
    KnowledgeBaseConfiguration, KnowledgeBaseStorageType, KnowledgeBaseType,
    OpenSearchServerlessConfiguration, OpenSearchServerlessFieldMapping, PineconeConfiguration,
    PineconeFieldMapping, StorageConfiguration, VectorKnowledgeBaseConfiguration,
};
use clap::{Args, Subcommand};
use serde_json::Map;

use super::agent_common::{model_arn, respond, tags};
use super::resource::{Deletion, Resource};
use crate::api::model::Service as ApiService;
use crate::context::{Ctx, Service};
use crate::error::{Failure, Result};
use crate::output::{Column, View};

#[derive(Debug, Subcommand)]
pub enum KnowledgeBasesCommand {
    /// Create a vector knowledge base.
    #[command(
        after_help = "Examples:\n  bedrock knowledge-bases create --name docs --role-arn arn:aws:iam::123456789012:role/kb \\\n      --embedding-model amazon.titan-embed-text-v2:0 \\\n      --opensearch-serverless arn:aws:aoss:us-east-1:123456789012:collection/abc123\n  bedrock knowledge-bases create --name docs --role-arn ROLE --pinecone https://index.pinecone.io \\\n      --credentials-secret arn:aws:secretsmanager:us-east-1:123456789012:secret:pinecone"
    )]
    Create(CreateArgs),

    /// List knowledge bases.
    #[command(
        visible_alias = "ls",
        after_help = "Examples:\n  bedrock knowledge-bases list\n  bedrock knowledge-bases list -o text --query 'knowledgeBaseSummaries[].knowledgeBaseId'"
    )]
    List,

    /// Describe a knowledge base.
    #[command(
        after_help = "Examples:\n  bedrock knowledge-bases get KB12345678\n  bedrock knowledge-bases get KB12345678 --query knowledgeBase.status"
    )]
    Get(IdArgs),

    /// Change a knowledge base's name, description or role.
    #[command(
        after_help = "Examples:\n  bedrock knowledge-bases update KB12345678 --description \"Product manuals\""
    )]
    Update(UpdateArgs),

    /// Delete a knowledge base (with its data sources and index).
    #[command(after_help = "Examples:\n  bedrock knowledge-bases delete KB12345678 --yes")]
    Delete(DeleteArgs),
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Name of the knowledge base.
    #[arg(long)]
    pub name: String,

    /// IAM role the service assumes to read data sources and call the embedding model.
    #[arg(long, value_name = "ARN")]
    pub role_arn: String,

    /// Embedding model (alias, id or ARN).
    #[arg(long, value_name = "MODEL", default_value = "amazon.titan-embed-text-v2:0")]
    pub embedding_model: String,

    /// Description.
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,

    /// Store vectors in this OpenSearch Serverless collection (ARN).
    #[arg(long, value_name = "COLLECTION_ARN", conflicts_with = "pinecone")]
    pub opensearch_serverless: Option<String>,

    /// Store vectors in the Pinecone index at this connection string (needs --credentials-secret).
    #[arg(long, value_name = "URL")]
    pub pinecone: Option<String>,

    /// Secrets Manager secret holding the vector store's credentials (Pinecone).
    #[arg(long, value_name = "ARN")]
    pub credentials_secret: Option<String>,

    /// Name of the vector index (OpenSearch Serverless).
    #[arg(long, value_name = "NAME", default_value = "bedrock-knowledge-base-default-index")]
    pub vector_index: String,

    /// Field of the vectors.
    #[arg(long, value_name = "NAME", default_value = "bedrock-knowledge-base-default-vector")]
    pub vector_field: String,

    /// Field of the chunk texts.
    #[arg(long, value_name = "NAME", default_value = "AMAZON_BEDROCK_TEXT_CHUNK")]
    pub text_field: String,

    /// Field of the chunk metadata.
    #[arg(long, value_name = "NAME", default_value = "AMAZON_BEDROCK_METADATA")]
    pub metadata_field: String,

    /// Tags key=value (repeatable).
    #[arg(long = "tags", value_name = "KEY=VALUE")]
    pub tags: Vec<String>,
}

#[derive(Debug, Args)]
pub struct IdArgs {
    /// Knowledge base id.
    #[arg(value_name = "KNOWLEDGE_BASE")]
    pub knowledge_base: String,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// Knowledge base id.
    #[arg(value_name = "KNOWLEDGE_BASE")]
    pub knowledge_base: String,

    /// New name.
    #[arg(long)]
    pub name: Option<String>,

    /// New description.
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,

    /// New service role.
    #[arg(long, value_name = "ARN")]
    pub role_arn: Option<String>,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// Knowledge base id.
    #[arg(value_name = "KNOWLEDGE_BASE")]
    pub knowledge_base: String,

    /// Do not ask for confirmation.
    #[arg(long, short = 'y')]
    pub yes: bool,
}

const LIST_COLUMNS: &[Column] = &[
    Column { header: "ID", path: "knowledgeBaseId" },
    Column { header: "NAME", path: "name" },
    Column { header: "STATUS", path: "status" },
    Column { header: "UPDATED", path: "updatedAt" },
];

const DETAIL_FIELDS: &[Column] = &[
    Column { header: "knowledgeBaseId", path: "knowledgeBaseId" },
    Column { header: "name", path: "name" },
    Column { header: "status", path: "status" },
    Column { header: "description", path: "description" },
    Column {
        header: "embeddingModel",
        path: "knowledgeBaseConfiguration.vectorKnowledgeBaseConfiguration.embeddingModelArn",
    },
    Column { header: "storage", path: "storageConfiguration.type" },
    Column { header: "roleArn", path: "roleArn" },
    Column { header: "knowledgeBaseArn", path: "knowledgeBaseArn" },
    Column { header: "createdAt", path: "createdAt" },
    Column { header: "updatedAt", path: "updatedAt" },
    Column { header: "failureReasons", path: "failureReasons" },
];

const DETAIL: View = View::Record { record: "knowledgeBase", fields: DETAIL_FIELDS };

/// Knowledge bases for the generic verbs.
const KNOWLEDGE_BASES: Resource = Resource {
    service: ApiService::BedrockAgent,
    what: "knowledge base",
    command: "knowledge-bases",
    get: "GetKnowledgeBase",
    identifier: "knowledgeBaseId",
    record: "knowledgeBase",
    fields: DETAIL_FIELDS,
    list: "ListKnowledgeBases",
    list_key: "knowledgeBaseSummaries",
    columns: LIST_COLUMNS,
    delete: Some("DeleteKnowledgeBase"),
    stop: None,
    status: "",
    success: &[],
    failure: &[],
    reasons: &[],
};

fn build_error(error: impl std::fmt::Display) -> Failure {
    Failure::usage(format!("invalid knowledge base: {error}"))
}

fn storage(args: &CreateArgs) -> Result<StorageConfiguration> {
    if let Some(collection) = &args.opensearch_serverless {
        let mapping = OpenSearchServerlessFieldMapping::builder()
            .vector_field(&args.vector_field)
            .text_field(&args.text_field)
            .metadata_field(&args.metadata_field)
            .build()
            .map_err(build_error)?;
        let configuration = OpenSearchServerlessConfiguration::builder()
            .collection_arn(collection)
            .vector_index_name(&args.vector_index)
            .field_mapping(mapping)
            .build()
            .map_err(build_error)?;
        return StorageConfiguration::builder()
            .r#type(KnowledgeBaseStorageType::OpensearchServerless)
            .opensearch_serverless_configuration(configuration)
            .build()
            .map_err(build_error);
    }
    if let Some(connection) = &args.pinecone {
        let secret = args
            .credentials_secret
            .as_ref()
            .ok_or_else(|| Failure::usage("--pinecone needs --credentials-secret ARN"))?;
        let mapping = PineconeFieldMapping::builder()
            .text_field(&args.text_field)
            .metadata_field(&args.metadata_field)
            .build()
            .map_err(build_error)?;
        let configuration = PineconeConfiguration::builder()
            .connection_string(connection)
            .credentials_secret_arn(secret)
            .field_mapping(mapping)
            .build()
            .map_err(build_error)?;
        return StorageConfiguration::builder()
            .r#type(KnowledgeBaseStorageType::Pinecone)
            .pinecone_configuration(configuration)
            .build()
            .map_err(build_error);
    }
    Err(Failure::usage("no vector store: pass --opensearch-serverless COLLECTION_ARN or --pinecone URL"))
}

pub async fn run(ctx: &Ctx, command: KnowledgeBasesCommand) -> Result<()> {
    ctx.output.validate_query()?;
    match command {
        KnowledgeBasesCommand::Create(args) => create(ctx, args).await,
        KnowledgeBasesCommand::List => KNOWLEDGE_BASES.list(ctx, &Vec::new(), Map::new()).await,
        KnowledgeBasesCommand::Get(args) => KNOWLEDGE_BASES.get(ctx, &Vec::new(), &args.knowledge_base).await,
        KnowledgeBasesCommand::Update(args) => update(ctx, args).await,
        KnowledgeBasesCommand::Delete(args) => {
            let deletion = Deletion {
                question: format!("Delete knowledge base {} with its data sources?", args.knowledge_base),
                done: format!("deleted knowledge base {}", args.knowledge_base),
                extra: Map::new(),
            };
            KNOWLEDGE_BASES.delete_as(ctx, &Vec::new(), &args.knowledge_base, deletion, args.yes).await
        }
    }
}

async fn create(ctx: &Ctx, args: CreateArgs) -> Result<()> {
    let storage = storage(&args)?;
    let embedding = model_arn(ctx, &args.embedding_model).await?;
    let configuration = KnowledgeBaseConfiguration::builder()
        .r#type(KnowledgeBaseType::Vector)
        .vector_knowledge_base_configuration(
            VectorKnowledgeBaseConfiguration::builder()
                .embedding_model_arn(embedding)
                .build()
                .map_err(build_error)?,
        )
        .build()
        .map_err(build_error)?;
    let client = ctx.bedrock_agent().await?;
    let result = client
        .create_knowledge_base()
        .name(&args.name)
        .role_arn(&args.role_arn)
        .set_description(args.description.clone())
        .knowledge_base_configuration(configuration)
        .storage_configuration(storage)
        .set_tags(tags(&args.tags)?)
        .send()
        .await;
    respond(ctx, Service::BedrockAgent, result, &DETAIL).await.map(|_| ())
}

async fn update(ctx: &Ctx, args: UpdateArgs) -> Result<()> {
    let client = ctx.bedrock_agent().await?;
    let (current, _) = super::agent_common::fetch(
        ctx,
        Service::BedrockAgent,
        client.get_knowledge_base().knowledge_base_id(&args.knowledge_base).send().await,
    )
    .await?;
    let current =
        current.knowledge_base.ok_or_else(|| Failure::other("invalid-response", "no knowledgeBase"))?;
    let result = client
        .update_knowledge_base()
        .knowledge_base_id(&args.knowledge_base)
        .name(args.name.unwrap_or(current.name))
        .role_arn(args.role_arn.unwrap_or(current.role_arn))
        .set_description(args.description.or(current.description))
        .set_knowledge_base_configuration(current.knowledge_base_configuration)
        .set_storage_configuration(current.storage_configuration)
        .send()
        .await;
    respond(ctx, Service::BedrockAgent, result, &DETAIL).await.map(|_| ())
}
