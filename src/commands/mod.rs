//! One module per resource; each owns its clap subcommand enum and a `run(ctx, command)`.

pub mod api;
pub mod apply_guardrail;
pub mod async_invoke;
pub mod batch;
pub mod batch_export;
pub mod batch_jobs;
pub mod chat;
pub mod completions;
pub mod converse;
pub mod count_tokens;
pub mod custom_models;
pub mod customization_jobs;
pub mod doctor;
pub mod embed;
pub mod emulator;
pub mod eval_jobs;
pub mod guardrails;
pub mod iam_policy;
pub mod image;
pub mod import_jobs;
pub mod imported_models;
pub mod inference_profiles;
pub mod invoke;
pub mod logging;
pub mod logs;
pub mod models;
pub mod operation;
pub mod quotas;
pub mod resource;
pub mod stream;
pub mod tags;
pub mod throughput;
pub mod tool_loop;
pub mod usage;
pub mod validate_data;
pub mod wait;
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
        Command::CustomModels(command) => custom_models::run(ctx, command).await,
        Command::CustomizationJobs(command) => customization_jobs::run(ctx, command).await,
        Command::ImportJobs(command) => import_jobs::run(ctx, command).await,
        Command::ImportedModels(command) => imported_models::run(ctx, command).await,
        Command::Throughput(command) => throughput::run(ctx, command).await,
        Command::BatchJobs(command) => batch_jobs::run(ctx, command).await,
        Command::Batch(command) => batch::run(ctx, command).await,
        Command::EvalJobs(command) => eval_jobs::run(ctx, command).await,
        Command::Logging(command) => logging::run(ctx, command).await,
        Command::Quotas(command) => quotas::run(ctx, command).await,
        Command::Tags(command) => tags::run(ctx, command).await,
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
        Command::InvokeInlineAgent(args) => invoke_agent::run_inline(ctx, args).await,
        Command::Doctor(args) => doctor::run(ctx, args).await,
        Command::Logs(args) => logs::run(ctx, args).await,
        Command::CountTokens(args) => count_tokens::run(ctx, args).await,
        Command::Async(command) => async_invoke::run(ctx, command).await,
        Command::Usage(args) => usage::run(ctx, args).await,
        Command::Completions(args) => completions::run(ctx, args),
        Command::Emulator(args) => emulator::run(ctx, args).await,
        Command::Api(args) => api::run(ctx, args).await,
    }
}
