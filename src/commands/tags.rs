//! `bedrock tags list|add|remove ARN`: ListTagsForResource, TagResource, UntagResource, sent to
//! bedrock or bedrock-agent depending on the resource the ARN names (agents, agent aliases,
//! knowledge bases, flows and prompts belong to bedrock-agent).

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::operation;
use crate::cli::OutputFormat;
use crate::context::{Ctx, Service};
use crate::error::{Failure, Result};
use crate::output::{Column, View};

#[derive(Debug, Subcommand)]
pub enum TagsCommand {
    /// List the tags of a resource.
    #[command(
        visible_alias = "ls",
        after_help = "Examples:\n  bedrock tags list arn:aws:bedrock:us-east-1:123456789012:custom-model/amazon.titan-text-express-v1/abcdef123456\n  bedrock tags list arn:aws:bedrock:us-east-1:123456789012:agent/ABCDEFGHIJ -o json"
    )]
    List(ResourceArgs),

    /// Add or overwrite tags on a resource.
    #[command(
        after_help = "Examples:\n  bedrock tags add arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abcdef123456 team=search env=prod"
    )]
    Add(AddArgs),

    /// Remove tags from a resource by key.
    #[command(
        after_help = "Examples:\n  bedrock tags remove arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abcdef123456 env"
    )]
    Remove(RemoveArgs),
}

#[derive(Debug, Args)]
pub struct ResourceArgs {
    /// The resource's ARN.
    #[arg(value_name = "ARN")]
    pub arn: String,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The resource's ARN.
    #[arg(value_name = "ARN")]
    pub arn: String,

    /// Tags as KEY=VALUE.
    #[arg(value_name = "KEY=VALUE", required = true)]
    pub tags: Vec<String>,
}

#[derive(Debug, Args)]
pub struct RemoveArgs {
    /// The resource's ARN.
    #[arg(value_name = "ARN")]
    pub arn: String,

    /// Keys of the tags to remove.
    #[arg(value_name = "KEY", required = true)]
    pub keys: Vec<String>,
}

const COLUMNS: &[Column] =
    &[Column { header: "KEY", path: "key" }, Column { header: "VALUE", path: "value" }];

/// The service that owns the resource an ARN names.
pub fn service_of(arn: &str) -> Result<Service> {
    let parts: Vec<&str> = arn.splitn(6, ':').collect();
    let [prefix, _, service, _, _, resource] = parts.as_slice() else {
        return Err(Failure::usage(format!(
            "{arn:?} is not an ARN (arn:aws:bedrock:REGION:ACCOUNT:TYPE/ID)"
        )));
    };
    if *prefix != "arn" || *service != "bedrock" {
        return Err(Failure::usage(format!("{arn:?} is not the ARN of a Bedrock resource")));
    }
    let kind = resource.split('/').next().unwrap_or("");
    Ok(match kind {
        "agent" | "agent-alias" | "knowledge-base" | "flow" | "flow-alias" | "prompt" => {
            Service::BedrockAgent
        }
        _ => Service::Bedrock,
    })
}

async fn agent_client(ctx: &Ctx) -> Result<aws_sdk_bedrockagent::Client> {
    let config = ctx.sdk_config().await?;
    let mut builder = aws_sdk_bedrockagent::config::Builder::from(config).interceptor(ctx.capture.clone());
    if ctx.settings.debug {
        builder = builder.interceptor(crate::aws::debug::DebugTrace);
    }
    Ok(aws_sdk_bedrockagent::Client::from_conf(builder.build()))
}

pub async fn run(ctx: &Ctx, command: TagsCommand) -> Result<()> {
    ctx.output.validate_query()?;
    match command {
        TagsCommand::List(args) => list(ctx, &args.arn).await,
        TagsCommand::Add(args) => {
            let mut pairs = Vec::new();
            for tag in &args.tags {
                pairs.push(crate::input::key_value(tag, "tag")?);
            }
            match service_of(&args.arn)? {
                Service::BedrockAgent => {
                    let client = agent_client(ctx).await?;
                    let result = client
                        .tag_resource()
                        .resource_arn(&args.arn)
                        .set_tags(Some(pairs.into_iter().collect()))
                        .send()
                        .await;
                    agent_document(ctx, result).await?;
                }
                _ => {
                    let mut tags = Vec::new();
                    for (key, value) in pairs {
                        tags.push(
                            aws_sdk_bedrock::types::Tag::builder()
                                .key(key)
                                .value(value)
                                .build()
                                .map_err(|error| Failure::usage(error.to_string()))?,
                        );
                    }
                    let client = ctx.bedrock().await?;
                    let result =
                        client.tag_resource().resource_arn(&args.arn).set_tags(Some(tags)).send().await;
                    operation::document(ctx, result).await?;
                }
            }
            ctx.output.info(&format!("tagged {}", args.arn));
            Ok(())
        }
        TagsCommand::Remove(args) => {
            match service_of(&args.arn)? {
                Service::BedrockAgent => {
                    let client = agent_client(ctx).await?;
                    let result = client
                        .untag_resource()
                        .resource_arn(&args.arn)
                        .set_tag_keys(Some(args.keys.clone()))
                        .send()
                        .await;
                    agent_document(ctx, result).await?;
                }
                _ => {
                    let client = ctx.bedrock().await?;
                    let result = client
                        .untag_resource()
                        .resource_arn(&args.arn)
                        .set_tag_keys(Some(args.keys.clone()))
                        .send()
                        .await;
                    operation::document(ctx, result).await?;
                }
            }
            ctx.output.info(&format!("removed {} tag(s) from {}", args.keys.len(), args.arn));
            Ok(())
        }
    }
}

async fn agent_document<T, E>(
    ctx: &Ctx,
    result: std::result::Result<
        T,
        aws_smithy_runtime_api::client::result::SdkError<
            E,
            aws_smithy_runtime_api::client::orchestrator::HttpResponse,
        >,
    >,
) -> Result<Value>
where
    E: aws_smithy_types::error::metadata::ProvideErrorMetadata + std::error::Error + Send + Sync + 'static,
{
    match result {
        Ok(_) => ctx.capture.take_json(),
        Err(error) => Err(ctx.failure(Service::BedrockAgent, error).await),
    }
}

async fn list(ctx: &Ctx, arn: &str) -> Result<()> {
    let document = match service_of(arn)? {
        Service::BedrockAgent => {
            let client = agent_client(ctx).await?;
            let result = client.list_tags_for_resource().resource_arn(arn).send().await;
            agent_document(ctx, result).await?
        }
        _ => {
            let client = ctx.bedrock().await?;
            let result = client.list_tags_for_resource().resource_arn(arn).send().await;
            operation::document(ctx, result).await?
        }
    };
    // bedrock-agent answers with a map; tables show both services' tags as rows.
    if ctx.output.format != OutputFormat::Json
        && ctx.output.query.is_none()
        && let Some(Value::Object(map)) = document.get("tags")
    {
        let rows: Vec<Value> = map.iter().map(|(key, value)| json!({"key": key, "value": value})).collect();
        return ctx.output.document(&json!({"tags": rows}), &View::Rows { rows: "tags", columns: COLUMNS });
    }
    ctx.output.document(&document, &View::Rows { rows: "tags", columns: COLUMNS })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arns_route_to_their_service() {
        let agent = "arn:aws:bedrock:us-east-1:123456789012:agent/ABCDEFGHIJ";
        assert_eq!(service_of(agent).unwrap(), Service::BedrockAgent);
        let kb = "arn:aws:bedrock:us-east-1:123456789012:knowledge-base/ABCDEFGHIJ";
        assert_eq!(service_of(kb).unwrap(), Service::BedrockAgent);
        let model =
            "arn:aws:bedrock:us-east-1:123456789012:custom-model/amazon.titan-text-express-v1/abcdef123456";
        assert_eq!(service_of(model).unwrap(), Service::Bedrock);
        let guardrail = "arn:aws:bedrock:us-east-1:123456789012:guardrail/abc123";
        assert_eq!(service_of(guardrail).unwrap(), Service::Bedrock);
        assert!(service_of("not-an-arn").is_err());
        assert!(service_of("arn:aws:s3:::bucket/key").is_err());
    }
}
