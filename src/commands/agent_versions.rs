//! `bedrock agent-versions list|get|delete`: the numbered, read-only versions of an agent
//! (created from the prepared draft when an alias is created without a version).

use clap::{Args, Subcommand};

use super::agent_common::{fetch, respond};
use crate::context::{Ctx, Service};
use crate::error::Result;
use crate::output::{Column, View};

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

pub async fn run(ctx: &Ctx, command: AgentVersionsCommand) -> Result<()> {
    ctx.output.validate_query()?;
    let client = ctx.bedrock_agent().await?;
    match command {
        AgentVersionsCommand::List(args) => {
            let document = crate::aws::paginate::collect(ctx, "agentVersionSummaries", |token, page_size| {
                let request = client
                    .list_agent_versions()
                    .agent_id(&args.agent)
                    .set_next_token(token)
                    .set_max_results(page_size);
                async move {
                    match request.send().await {
                        Ok(output) => Ok(output.next_token),
                        Err(error) => Err(ctx.failure(Service::BedrockAgent, error).await),
                    }
                }
            })
            .await?;
            ctx.output
                .document(&document, &View::Rows { rows: "agentVersionSummaries", columns: LIST_COLUMNS })
        }
        AgentVersionsCommand::Get(args) => {
            let result =
                client.get_agent_version().agent_id(&args.agent).agent_version(&args.version).send().await;
            respond(
                ctx,
                Service::BedrockAgent,
                result,
                &View::Record { record: "agentVersion", fields: DETAIL_FIELDS },
            )
            .await
            .map(|_| ())
        }
        AgentVersionsCommand::Delete(args) => {
            crate::output::confirm(
                &ctx.output,
                &format!("Delete version {} of agent {}?", args.version, args.agent),
                args.yes,
            )?;
            let result = client
                .delete_agent_version()
                .agent_id(&args.agent)
                .agent_version(&args.version)
                .skip_resource_in_use_check(args.force)
                .send()
                .await;
            let (_, document) = fetch(ctx, Service::BedrockAgent, result).await?;
            ctx.output.info(&format!("deleted version {} of agent {}", args.version, args.agent));
            if ctx.output.wants_json() {
                return ctx.output.json_document(&document);
            }
            Ok(())
        }
    }
}
