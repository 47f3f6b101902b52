//! One module per resource; each owns its clap subcommand enum and a `run(ctx, command)`.

pub mod apply_guardrail;
pub mod chat;
pub mod completions;
pub mod converse;
pub mod doctor;
pub mod embed;
pub mod emulator;
pub mod guardrails;
pub mod iam_policy;
pub mod image;
pub mod inference_profiles;
pub mod invoke;
pub mod models;
pub mod stream;
// Knowledge bases and agents (bedrock-agent, bedrock-agent-runtime).
pub mod action_groups;
pub mod agent_aliases;
pub mod agent_common;
pub mod agent_versions;
pub mod agents;
pub mod data_sources;
pub mod ingestion_jobs;
pub mod invoke_agent;
pub mod knowledge_bases;
pub mod retrieve;
pub mod retrieve_and_generate;

use crate::cli::Command;
use crate::context::Ctx;
use crate::error::Result;

/// Run a parsed command.
pub async fn run(ctx: &Ctx, command: Command) -> Result<()> {
    match command {
        Command::Models(command) => models::run(ctx, command).await,
        Command::InferenceProfiles(command) => inference_profiles::run(ctx, command).await,
        Command::Invoke(args) => invoke::run(ctx, args).await,
        Command::Stream(args) => stream::run(ctx, args).await,
        Command::Converse(args) => converse::run(ctx, args).await,
        Command::Chat(args) => chat::run(ctx, args).await,
        Command::Embed(args) => embed::run(ctx, args).await,
        Command::Image(args) => image::run(ctx, args).await,
        Command::Guardrails(command) => guardrails::run(ctx, command).await,
        Command::ApplyGuardrail(args) => apply_guardrail::run(ctx, args).await,
        Command::IamPolicy(command) => iam_policy::run(ctx, command).await,
        Command::KnowledgeBases(command) => knowledge_bases::run(ctx, command).await,
        Command::DataSources(command) => data_sources::run(ctx, command).await,
        Command::IngestionJobs(command) => ingestion_jobs::run(ctx, command).await,
        Command::Retrieve(args) => retrieve::run(ctx, args).await,
        Command::RetrieveAndGenerate(args) => retrieve_and_generate::run(ctx, args).await,
        Command::Agents(command) => agents::run(ctx, command).await,
        Command::ActionGroups(command) => action_groups::run(ctx, command).await,
        Command::AgentVersions(command) => agent_versions::run(ctx, command).await,
        Command::AgentAliases(command) => agent_aliases::run(ctx, command).await,
        Command::InvokeAgent(args) => invoke_agent::run(ctx, args).await,
        Command::Doctor(args) => doctor::run(ctx, args).await,
        Command::Completions(args) => completions::run(ctx, args),
        Command::Emulator(args) => emulator::run(ctx, args).await,
    }
}
