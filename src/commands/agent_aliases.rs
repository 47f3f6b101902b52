//! `bedrock agent-aliases create|list|get|update|delete`: named pointers to agent versions.
//! Creating an alias without `--agent-version` snapshots the prepared draft as a new version.

use aws_sdk_bedrockagent::types::AgentAliasRoutingConfigurationListItem;
use clap::{Args, Subcommand};
use serde_json::Map;

use super::agent_common::{fetch, respond, tags};
use super::resource::{Deletion, Resource};
use crate::api::model::Service as ApiService;
use crate::context::{Ctx, Service};
use crate::error::{Failure, Result};
use crate::output::{Column, View};

#[derive(Debug, Subcommand)]
pub enum AgentAliasesCommand {
    /// Create an alias (a new version from the prepared draft, or --agent-version N).
    #[command(
        after_help = "Examples:\n  bedrock agent-aliases create --agent AGENT12345 --name live\n  bedrock agent-aliases create --agent AGENT12345 --name stable --agent-version 1"
    )]
    Create(CreateArgs),

    /// List the aliases of an agent (TSTALIASID included).
    #[command(
        visible_alias = "ls",
        after_help = "Examples:\n  bedrock agent-aliases list --agent AGENT12345"
    )]
    List(ListArgs),

    /// Describe an alias.
    #[command(after_help = "Examples:\n  bedrock agent-aliases get ALIAS12345 --agent AGENT12345")]
    Get(AliasArgs),

    /// Point an alias at another version, or rename it.
    #[command(
        after_help = "Examples:\n  bedrock agent-aliases update ALIAS12345 --agent AGENT12345 --agent-version 2"
    )]
    Update(UpdateArgs),

    /// Delete an alias.
    #[command(after_help = "Examples:\n  bedrock agent-aliases delete ALIAS12345 --agent AGENT12345 --yes")]
    Delete(DeleteArgs),
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// The agent.
    #[arg(long, value_name = "ID")]
    pub agent: String,

    /// Name of the alias.
    #[arg(long)]
    pub name: String,

    /// Point at this existing version (default: a new version of the prepared draft).
    #[arg(long, value_name = "VERSION")]
    pub agent_version: Option<String>,

    /// Description.
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,

    /// Tags key=value (repeatable).
    #[arg(long = "tags", value_name = "KEY=VALUE")]
    pub tags: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// The agent.
    #[arg(long, value_name = "ID")]
    pub agent: String,
}

#[derive(Debug, Args)]
pub struct AliasArgs {
    /// Alias id.
    #[arg(value_name = "ALIAS")]
    pub alias: String,

    /// The agent.
    #[arg(long, value_name = "ID")]
    pub agent: String,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// Alias id.
    #[arg(value_name = "ALIAS")]
    pub alias: String,

    /// The agent.
    #[arg(long, value_name = "ID")]
    pub agent: String,

    /// New name.
    #[arg(long)]
    pub name: Option<String>,

    /// Point at this version (default: keep the current one).
    #[arg(long, value_name = "VERSION")]
    pub agent_version: Option<String>,

    /// New description.
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// Alias id.
    #[arg(value_name = "ALIAS")]
    pub alias: String,

    /// The agent.
    #[arg(long, value_name = "ID")]
    pub agent: String,

    /// Do not ask for confirmation.
    #[arg(long, short = 'y')]
    pub yes: bool,
}

const LIST_COLUMNS: &[Column] = &[
    Column { header: "ID", path: "agentAliasId" },
    Column { header: "NAME", path: "agentAliasName" },
    Column { header: "ROUTING", path: "routingConfiguration" },
    Column { header: "STATUS", path: "agentAliasStatus" },
    Column { header: "UPDATED", path: "updatedAt" },
];

const DETAIL_FIELDS: &[Column] = &[
    Column { header: "agentAliasId", path: "agentAliasId" },
    Column { header: "agentAliasName", path: "agentAliasName" },
    Column { header: "agentId", path: "agentId" },
    Column { header: "routingConfiguration", path: "routingConfiguration" },
    Column { header: "agentAliasStatus", path: "agentAliasStatus" },
    Column { header: "description", path: "description" },
    Column { header: "agentAliasArn", path: "agentAliasArn" },
    Column { header: "updatedAt", path: "updatedAt" },
];

const DETAIL: View = View::Record { record: "agentAlias", fields: DETAIL_FIELDS };

/// Aliases for the generic verbs (parent: agentId).
const AGENT_ALIASES: Resource = Resource {
    service: ApiService::BedrockAgent,
    what: "alias",
    command: "agent-aliases",
    get: "GetAgentAlias",
    identifier: "agentAliasId",
    record: "agentAlias",
    fields: DETAIL_FIELDS,
    list: "ListAgentAliases",
    list_key: "agentAliasSummaries",
    columns: LIST_COLUMNS,
    delete: Some("DeleteAgentAlias"),
    stop: None,
    status: "",
    success: &[],
    failure: &[],
    reasons: &[],
};

fn routing(version: &Option<String>) -> Option<Vec<AgentAliasRoutingConfigurationListItem>> {
    version
        .as_ref()
        .map(|version| vec![AgentAliasRoutingConfigurationListItem::builder().agent_version(version).build()])
}

pub async fn run(ctx: &Ctx, command: AgentAliasesCommand) -> Result<()> {
    ctx.output.validate_query()?;
    let client = ctx.bedrock_agent().await?;
    match command {
        AgentAliasesCommand::Create(args) => {
            let result = client
                .create_agent_alias()
                .agent_id(&args.agent)
                .agent_alias_name(&args.name)
                .set_description(args.description.clone())
                .set_routing_configuration(routing(&args.agent_version))
                .set_tags(tags(&args.tags)?)
                .send()
                .await;
            respond(ctx, Service::BedrockAgent, result, &DETAIL).await.map(|_| ())
        }
        AgentAliasesCommand::List(args) => {
            AGENT_ALIASES.list(ctx, &vec![("agentId", args.agent)], Map::new()).await
        }
        AgentAliasesCommand::Get(args) => {
            AGENT_ALIASES.get(ctx, &vec![("agentId", args.agent)], &args.alias).await
        }
        AgentAliasesCommand::Update(args) => {
            let (current, _) = fetch(
                ctx,
                Service::BedrockAgent,
                client.get_agent_alias().agent_id(&args.agent).agent_alias_id(&args.alias).send().await,
            )
            .await?;
            let current =
                current.agent_alias.ok_or_else(|| Failure::other("invalid-response", "no agentAlias"))?;
            let routing = routing(&args.agent_version).unwrap_or(current.routing_configuration);
            let result = client
                .update_agent_alias()
                .agent_id(&args.agent)
                .agent_alias_id(&args.alias)
                .agent_alias_name(args.name.unwrap_or(current.agent_alias_name))
                .set_description(args.description.or(current.description))
                .set_routing_configuration(Some(routing))
                .send()
                .await;
            respond(ctx, Service::BedrockAgent, result, &DETAIL).await.map(|_| ())
        }
        AgentAliasesCommand::Delete(args) => {
            let deletion = Deletion {
                question: format!("Delete alias {} of agent {}?", args.alias, args.agent),
                done: format!("deleted alias {}", args.alias),
                extra: Map::new(),
            };
            AGENT_ALIASES
                .delete_as(ctx, &vec![("agentId", args.agent)], &args.alias, deletion, args.yes)
                .await
        }
    }
}
