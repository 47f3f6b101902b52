//! `bedrock agent-versions list|get|delete`: the numbered, read-only versions of an agent
//! (created from the prepared draft when an alias is created without a version).

use clap::{Args, Subcommand};
use serde_json::{Map, Value};

use super::resource::{Deletion, Resource};
use crate::api::model::Service;
use crate::context::Ctx;
use crate::error::Result;
use crate::output::Column;

#[derive(Debug, Subcommand)]
pub enum AgentVersionsCommand {
    /// List the versions of an agent (DRAFT included).
    #[command(
        visible_alias = "ls",
        after_help = "Examples:\n  bedrock agent-versions list --agent AGENT12345"
    )]
    List(ListArgs),

    /// Describe a version.
    #[command(after_help = "Examples:\n  bedrock agent-versions get 1 --agent AGENT12345")]
    Get(VersionArgs),

    /// Delete a version.
    #[command(after_help = "Examples:\n  bedrock agent-versions delete 1 --agent AGENT12345 --yes")]
    Delete(DeleteArgs),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// The agent.
    #[arg(long, value_name = "ID")]
    pub agent: String,
}

#[derive(Debug, Args)]
#[command(disable_version_flag = true)]
pub struct VersionArgs {
    /// Version number.
    #[arg(value_name = "VERSION")]
    pub version: String,

    /// The agent.
    #[arg(long, value_name = "ID")]
    pub agent: String,
}

#[derive(Debug, Args)]
#[command(disable_version_flag = true)]
pub struct DeleteArgs {
    /// Version number.
    #[arg(value_name = "VERSION")]
    pub version: String,

    /// The agent.
    #[arg(long, value_name = "ID")]
    pub agent: String,

    /// Delete even when an alias points to it.
    #[arg(long)]
    pub force: bool,

    /// Do not ask for confirmation.
    #[arg(long, short = 'y')]
    pub yes: bool,
}

const LIST_COLUMNS: &[Column] = &[
    Column { header: "VERSION", path: "agentVersion" },
    Column { header: "NAME", path: "agentName" },
    Column { header: "STATUS", path: "agentStatus" },
    Column { header: "CREATED", path: "createdAt" },
];

const DETAIL_FIELDS: &[Column] = &[
    Column { header: "agentId", path: "agentId" },
    Column { header: "version", path: "version" },
    Column { header: "agentName", path: "agentName" },
    Column { header: "agentStatus", path: "agentStatus" },
    Column { header: "foundationModel", path: "foundationModel" },
    Column { header: "instruction", path: "instruction" },
    Column { header: "createdAt", path: "createdAt" },
];

/// Versions for the generic verbs (parent: agentId).
const AGENT_VERSIONS: Resource = Resource {
    service: Service::BedrockAgent,
    what: "version",
    command: "agent-versions",
    get: "GetAgentVersion",
    identifier: "agentVersion",
    record: "agentVersion",
    fields: DETAIL_FIELDS,
    list: "ListAgentVersions",
    list_key: "agentVersionSummaries",
    columns: LIST_COLUMNS,
    delete: Some("DeleteAgentVersion"),
    stop: None,
    status: "",
    success: &[],
    failure: &[],
    reasons: &[],
};

pub async fn run(ctx: &Ctx, command: AgentVersionsCommand) -> Result<()> {
    ctx.output.validate_query()?;
    match command {
        AgentVersionsCommand::List(args) => {
            AGENT_VERSIONS.list(ctx, &vec![("agentId", args.agent)], Map::new()).await
        }
        AgentVersionsCommand::Get(args) => {
            AGENT_VERSIONS.get(ctx, &vec![("agentId", args.agent)], &args.version).await
        }
        AgentVersionsCommand::Delete(args) => {
            let deletion = Deletion {
                question: format!("Delete version {} of agent {}?", args.version, args.agent),
                done: format!("deleted version {} of agent {}", args.version, args.agent),
                extra: Map::from_iter([("skipResourceInUseCheck".into(), Value::Bool(args.force))]),
            };
            AGENT_VERSIONS
                .delete_as(ctx, &vec![("agentId", args.agent)], &args.version, deletion, args.yes)
                .await
        }
    }
}
