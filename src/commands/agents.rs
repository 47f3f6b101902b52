//! `bedrock agents create|list|get|update|delete|prepare` and the knowledge bases of an agent
//! (`associate-knowledge-base`, `disassociate-knowledge-base`, `knowledge-bases`). `prepare
//! --wait` waits until the draft is PREPARED.

use aws_sdk_bedrockagent::types::{
    CreationMode, GuardrailConfiguration, InferenceConfiguration, KnowledgeBaseState, PromptConfiguration,
    PromptOverrideConfiguration, PromptState, PromptType,
};
use clap::{Args, Subcommand};
use serde::Deserialize;
use serde_json::{Value, json};

use super::agent_common::{fetch, respond, tags, wait_for};
use crate::context::{Ctx, Service};
use crate::error::{Failure, Kind, Result};
use crate::output::{Column, View};

#[derive(Debug, Subcommand)]
pub enum AgentsCommand {
    /// Create an agent (its working draft).
    #[command(
        after_help = "Examples:\n  bedrock agents create --name helpdesk --model claude-3-haiku --role-arn arn:aws:iam::123456789012:role/agent \\\n      --instruction \"You are a helpdesk agent. Answer questions about our products politely.\"\n  bedrock agents create --name helpdesk --model anthropic.claude-3-haiku-20240307-v1:0 --instruction @instruction.txt --guardrail abc123:1"
    )]
    Create(CreateArgs),

    /// List agents.
    #[command(
        visible_alias = "ls",
        after_help = "Examples:\n  bedrock agents list\n  bedrock agents list -o text --query 'agentSummaries[].agentId'"
    )]
    List,

    /// Describe an agent's draft.
    #[command(
        after_help = "Examples:\n  bedrock agents get AGENT12345\n  bedrock agents get AGENT12345 --query agent.agentStatus"
    )]
    Get(IdArgs),

    /// Change an agent's draft (prepare it again afterwards).
    #[command(
        after_help = "Examples:\n  bedrock agents update AGENT12345 --instruction @instruction.txt\n  bedrock agents update AGENT12345 --model claude-3-sonnet --idle-session-ttl 900"
    )]
    Update(UpdateArgs),

    /// Delete an agent with its versions and aliases.
    #[command(after_help = "Examples:\n  bedrock agents delete AGENT12345 --yes")]
    Delete(DeleteArgs),

    /// Prepare the draft for invocation through the test alias TSTALIASID.
    #[command(
        after_help = "Examples:\n  bedrock agents prepare AGENT12345 --wait\n  bedrock invoke-agent AGENT12345 TSTALIASID \"Hello\""
    )]
    Prepare(PrepareArgs),

    /// Let the agent consult a knowledge base.
    #[command(
        name = "associate-knowledge-base",
        after_help = "Examples:\n  bedrock agents associate-knowledge-base AGENT12345 --knowledge-base KB12345678 --description \"Product manuals\""
    )]
    AssociateKnowledgeBase(AssociateArgs),

    /// Stop the agent from consulting a knowledge base.
    #[command(
        name = "disassociate-knowledge-base",
        after_help = "Examples:\n  bedrock agents disassociate-knowledge-base AGENT12345 --knowledge-base KB12345678"
    )]
    DisassociateKnowledgeBase(DisassociateArgs),

    /// List the knowledge bases an agent consults.
    #[command(
        name = "knowledge-bases",
        after_help = "Examples:\n  bedrock agents knowledge-bases AGENT12345\n  bedrock agents knowledge-bases AGENT12345 --agent-version 2"
    )]
    KnowledgeBases(KnowledgeBasesArgs),
}

/// Settings shared by create and update.
#[derive(Debug, Args)]
pub struct AgentFlags {
    /// Instructions for the agent (40 characters or more; text or @file).
    #[arg(long, value_name = "TEXT")]
    pub instruction: Option<String>,

    /// Description.
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,

    /// Seconds of inactivity after which a session ends (60 to 5400).
    #[arg(long, value_name = "SECONDS")]
    pub idle_session_ttl: Option<i32>,

    /// Guardrail ID or ID:VERSION applied to the agent.
    #[arg(long, value_name = "GUARDRAIL")]
    pub guardrail: Option<String>,

    /// KMS key that encrypts the agent's resources.
    #[arg(long, value_name = "ARN")]
    pub kms_key: Option<String>,

    /// Prompt overrides: a JSON or YAML file in the shape of promptOverrideConfiguration
    /// ({"promptConfigurations": [{"promptType": "POST_PROCESSING", "promptState": "ENABLED", …}]}).
    #[arg(long, value_name = "FILE")]
    pub prompt_overrides: Option<std::path::PathBuf>,
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Name of the agent.
    #[arg(long)]
    pub name: String,

    /// Foundation model (alias, id or ARN).
    #[arg(long, value_name = "MODEL")]
    pub model: Option<String>,

    /// Service role the agent assumes.
    #[arg(long, value_name = "ARN")]
    pub role_arn: Option<String>,

    #[command(flatten)]
    pub settings: AgentFlags,

    /// Tags key=value (repeatable).
    #[arg(long = "tags", value_name = "KEY=VALUE")]
    pub tags: Vec<String>,
}

#[derive(Debug, Args)]
pub struct IdArgs {
    /// Agent id.
    #[arg(value_name = "AGENT")]
    pub agent: String,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// Agent id.
    #[arg(value_name = "AGENT")]
    pub agent: String,

    /// New name.
    #[arg(long)]
    pub name: Option<String>,

    /// New foundation model.
    #[arg(long, value_name = "MODEL")]
    pub model: Option<String>,

    /// New service role.
    #[arg(long, value_name = "ARN")]
    pub role_arn: Option<String>,

    #[command(flatten)]
    pub settings: AgentFlags,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// Agent id.
    #[arg(value_name = "AGENT")]
    pub agent: String,

    /// Delete even when aliases still point to it.
    #[arg(long)]
    pub force: bool,

    /// Do not ask for confirmation.
    #[arg(long, short = 'y')]
    pub yes: bool,
}

#[derive(Debug, Args)]
pub struct PrepareArgs {
    /// Agent id.
    #[arg(value_name = "AGENT")]
    pub agent: String,

    /// Wait until the agent is PREPARED.
    #[arg(long)]
    pub wait: bool,

    /// Give up waiting after this many seconds.
    #[arg(long, value_name = "SECONDS", requires = "wait")]
    pub timeout: Option<f64>,
}

#[derive(Debug, Args)]
pub struct AssociateArgs {
    /// Agent id.
    #[arg(value_name = "AGENT")]
    pub agent: String,

    /// The knowledge base.
    #[arg(long, value_name = "ID")]
    pub knowledge_base: String,

    /// What the knowledge base holds: the agent reads it to decide when to search.
    #[arg(long, value_name = "TEXT")]
    pub description: String,

    /// Associate it disabled.
    #[arg(long)]
    pub disabled: bool,
}

#[derive(Debug, Args)]
pub struct DisassociateArgs {
    /// Agent id.
    #[arg(value_name = "AGENT")]
    pub agent: String,

    /// The knowledge base.
    #[arg(long, value_name = "ID")]
    pub knowledge_base: String,
}

#[derive(Debug, Args)]
pub struct KnowledgeBasesArgs {
    /// Agent id.
    #[arg(value_name = "AGENT")]
    pub agent: String,

    /// Agent version (default: DRAFT).
    #[arg(long, value_name = "VERSION", default_value = "DRAFT")]
    pub agent_version: String,
}

const LIST_COLUMNS: &[Column] = &[
    Column { header: "ID", path: "agentId" },
    Column { header: "NAME", path: "agentName" },
    Column { header: "STATUS", path: "agentStatus" },
    Column { header: "LATEST VERSION", path: "latestAgentVersion" },
    Column { header: "UPDATED", path: "updatedAt" },
];

const DETAIL_FIELDS: &[Column] = &[
    Column { header: "agentId", path: "agentId" },
    Column { header: "agentName", path: "agentName" },
    Column { header: "agentStatus", path: "agentStatus" },
    Column { header: "foundationModel", path: "foundationModel" },
    Column { header: "instruction", path: "instruction" },
    Column { header: "description", path: "description" },
    Column { header: "idleSessionTTLInSeconds", path: "idleSessionTTLInSeconds" },
    Column { header: "guardrail", path: "guardrailConfiguration.guardrailIdentifier" },
    Column { header: "agentResourceRoleArn", path: "agentResourceRoleArn" },
    Column { header: "agentArn", path: "agentArn" },
    Column { header: "preparedAt", path: "preparedAt" },
    Column { header: "updatedAt", path: "updatedAt" },
];

const DETAIL: View = View::Record { record: "agent", fields: DETAIL_FIELDS };

const PREPARE_FIELDS: &[Column] = &[
    Column { header: "agentId", path: "agentId" },
    Column { header: "agentStatus", path: "agentStatus" },
    Column { header: "agentVersion", path: "agentVersion" },
    Column { header: "preparedAt", path: "preparedAt" },
];

const KNOWLEDGE_BASE_COLUMNS: &[Column] = &[
    Column { header: "KNOWLEDGE BASE", path: "knowledgeBaseId" },
    Column { header: "STATE", path: "knowledgeBaseState" },
    Column { header: "DESCRIPTION", path: "description" },
    Column { header: "UPDATED", path: "updatedAt" },
];

const ASSOCIATION_FIELDS: &[Column] = &[
    Column { header: "agentId", path: "agentId" },
    Column { header: "agentVersion", path: "agentVersion" },
    Column { header: "knowledgeBaseId", path: "knowledgeBaseId" },
    Column { header: "knowledgeBaseState", path: "knowledgeBaseState" },
    Column { header: "description", path: "description" },
];

/// A prompt-overrides file, strictly typed so that mistakes are named by path.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct OverridesSpec {
    prompt_configurations: Vec<PromptSpec>,
    #[serde(default)]
    override_lambda: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct PromptSpec {
    prompt_type: PromptTypeSpec,
    #[serde(default)]
    prompt_creation_mode: Option<ModeSpec>,
    #[serde(default)]
    prompt_state: Option<StateSpec>,
    #[serde(default)]
    base_prompt_template: Option<String>,
    #[serde(default)]
    inference_configuration: Option<InferenceSpec>,
    #[serde(default)]
    parser_mode: Option<ModeSpec>,
    #[serde(default)]
    foundation_model: Option<String>,
}

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
enum PromptTypeSpec {
    PreProcessing,
    Orchestration,
    PostProcessing,
    KnowledgeBaseResponseGeneration,
    MemorySummarization,
}

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
enum ModeSpec {
    Default,
    Overridden,
}

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
enum StateSpec {
    Enabled,
    Disabled,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct InferenceSpec {
    #[serde(default)]
    temperature: Option<f32>,
    #[serde(default)]
    top_p: Option<f32>,
    #[serde(default)]
    top_k: Option<i32>,
    #[serde(default)]
    maximum_length: Option<i32>,
    #[serde(default)]
    stop_sequences: Option<Vec<String>>,
}

fn mode(mode: ModeSpec) -> CreationMode {
    match mode {
        ModeSpec::Default => CreationMode::Default,
        ModeSpec::Overridden => CreationMode::Overridden,
    }
}

/// Read a prompt-overrides file (YAML for .yaml/.yml, JSON otherwise); errors name the field.
pub fn read_prompt_overrides(path: &std::path::Path) -> Result<PromptOverrideConfiguration> {
    let text = crate::input::read_text_file(path, "the prompt overrides")?;
    let yaml = path.extension().is_some_and(|extension| extension == "yaml" || extension == "yml");
    let describe = |location: String, inner: String| {
        let location =
            if location == "." || location.is_empty() { String::new() } else { format!(" at {location}") };
        Failure::usage(format!("--prompt-overrides {}{location}: {inner}", path.display()))
    };
    let spec: OverridesSpec = if yaml {
        serde_path_to_error::deserialize(serde_norway::Deserializer::from_str(&text)).map_err(|error| {
            describe(error.path().to_string(), crate::error::single_line(&error.inner().to_string()))
        })?
    } else {
        let mut deserializer = serde_json::Deserializer::from_str(&text);
        serde_path_to_error::deserialize(&mut deserializer)
            .map_err(|error| describe(error.path().to_string(), error.inner().to_string()))?
    };
    let configurations = spec
        .prompt_configurations
        .into_iter()
        .map(|prompt| {
            let kind = match prompt.prompt_type {
                PromptTypeSpec::PreProcessing => PromptType::PreProcessing,
                PromptTypeSpec::Orchestration => PromptType::Orchestration,
                PromptTypeSpec::PostProcessing => PromptType::PostProcessing,
                PromptTypeSpec::KnowledgeBaseResponseGeneration => {
                    PromptType::KnowledgeBaseResponseGeneration
                }
                PromptTypeSpec::MemorySummarization => PromptType::MemorySummarization,
            };
            PromptConfiguration::builder()
                .prompt_type(kind)
                .set_prompt_creation_mode(prompt.prompt_creation_mode.map(mode))
                .set_prompt_state(prompt.prompt_state.map(|state| match state {
                    StateSpec::Enabled => PromptState::Enabled,
                    StateSpec::Disabled => PromptState::Disabled,
                }))
                .set_base_prompt_template(prompt.base_prompt_template)
                .set_inference_configuration(prompt.inference_configuration.map(|inference| {
                    InferenceConfiguration::builder()
                        .set_temperature(inference.temperature)
                        .set_top_p(inference.top_p)
                        .set_top_k(inference.top_k)
                        .set_maximum_length(inference.maximum_length)
                        .set_stop_sequences(inference.stop_sequences)
                        .build()
                }))
                .set_parser_mode(prompt.parser_mode.map(mode))
                .set_foundation_model(prompt.foundation_model)
                .build()
        })
        .collect();
    PromptOverrideConfiguration::builder()
        .set_prompt_configurations(Some(configurations))
        .set_override_lambda(spec.override_lambda)
        .build()
        .map_err(|error| Failure::usage(format!("--prompt-overrides {}: {error}", path.display())))
}

/// Text or the contents of @file. Text that names an existing file is most likely a forgotten
/// `@`: it is used as given, with a warning naming the flag as it must be typed.
pub fn text_or_file(output: &crate::output::Output, text: &str, flag: &str, what: &str) -> Result<String> {
    match text.strip_prefix('@') {
        Some(path) => crate::input::read_text_file(std::path::Path::new(path), what),
        None => {
            if !text.contains('\n') && std::path::Path::new(text).is_file() {
                output.warn(&format!(
                    "{flag} {text}: the file's name is used as {what}; to use its contents write {flag} @{text}"
                ));
            }
            Ok(text.to_string())
        }
    }
}

fn guardrail(text: &str) -> GuardrailConfiguration {
    let (identifier, version) = text.split_once(':').unwrap_or((text, "DRAFT"));
    GuardrailConfiguration::builder().guardrail_identifier(identifier).guardrail_version(version).build()
}

pub async fn run(ctx: &Ctx, command: AgentsCommand) -> Result<()> {
    ctx.output.validate_query()?;
    let client = ctx.bedrock_agent().await?;
    match command {
        AgentsCommand::Create(args) => {
            let instruction = args
                .settings
                .instruction
                .as_deref()
                .map(|text| text_or_file(&ctx.output, text, "--instruction", "the instruction"))
                .transpose()?;
            let model = args.model.as_deref().map(|model| crate::models::resolve_model(&ctx.settings, model));
            let result = client
                .create_agent()
                .agent_name(&args.name)
                .set_foundation_model(model)
                .set_agent_resource_role_arn(args.role_arn.clone())
                .set_instruction(instruction)
                .set_description(args.settings.description.clone())
                .set_idle_session_ttl_in_seconds(args.settings.idle_session_ttl)
                .set_guardrail_configuration(args.settings.guardrail.as_deref().map(guardrail))
                .set_customer_encryption_key_arn(args.settings.kms_key.clone())
                .set_prompt_override_configuration(
                    args.settings.prompt_overrides.as_deref().map(read_prompt_overrides).transpose()?,
                )
                .set_tags(tags(&args.tags)?)
                .send()
                .await;
            respond(ctx, Service::BedrockAgent, result, &DETAIL).await.map(|_| ())
        }
        AgentsCommand::List => {
            let document = crate::aws::paginate::collect(ctx, "agentSummaries", |token, page_size| {
                let request = client.list_agents().set_next_token(token).set_max_results(page_size);
                async move {
                    match request.send().await {
                        Ok(output) => Ok(output.next_token),
                        Err(error) => Err(ctx.failure(Service::BedrockAgent, error).await),
                    }
                }
            })
            .await?;
            ctx.output.document(&document, &View::Rows { rows: "agentSummaries", columns: LIST_COLUMNS })
        }
        AgentsCommand::Get(args) => {
            let result = client.get_agent().agent_id(&args.agent).send().await;
            respond(ctx, Service::BedrockAgent, result, &DETAIL).await.map(|_| ())
        }
        AgentsCommand::Update(args) => {
            let (current, _) =
                fetch(ctx, Service::BedrockAgent, client.get_agent().agent_id(&args.agent).send().await)
                    .await?;
            let current = current
                .agent
                .ok_or_else(|| Failure::other("invalid-response", "no agent in the response"))?;
            let instruction = match &args.settings.instruction {
                Some(text) => Some(text_or_file(&ctx.output, text, "--instruction", "the instruction")?),
                None => current.instruction,
            };
            let model = match &args.model {
                Some(model) => Some(crate::models::resolve_model(&ctx.settings, model)),
                None => current.foundation_model,
            };
            let result = client
                .update_agent()
                .agent_id(&args.agent)
                .agent_name(args.name.unwrap_or(current.agent_name))
                .set_foundation_model(model)
                .agent_resource_role_arn(args.role_arn.unwrap_or(current.agent_resource_role_arn))
                .set_instruction(instruction)
                .set_description(args.settings.description.or(current.description))
                .idle_session_ttl_in_seconds(
                    args.settings.idle_session_ttl.unwrap_or(current.idle_session_ttl_in_seconds),
                )
                .set_guardrail_configuration(
                    args.settings.guardrail.as_deref().map(guardrail).or(current.guardrail_configuration),
                )
                .set_customer_encryption_key_arn(
                    args.settings.kms_key.or(current.customer_encryption_key_arn),
                )
                .set_prompt_override_configuration(match &args.settings.prompt_overrides {
                    Some(path) => Some(read_prompt_overrides(path)?),
                    None => current.prompt_override_configuration,
                })
                .set_memory_configuration(current.memory_configuration)
                .send()
                .await;
            respond(ctx, Service::BedrockAgent, result, &DETAIL).await.map(|_| ())
        }
        AgentsCommand::Delete(args) => {
            crate::output::confirm(
                &ctx.output,
                &format!("Delete agent {} with its versions and aliases?", args.agent),
                args.yes,
            )?;
            let result = client
                .delete_agent()
                .agent_id(&args.agent)
                .skip_resource_in_use_check(args.force)
                .send()
                .await;
            let (_, document) = fetch(ctx, Service::BedrockAgent, result).await?;
            ctx.output.info(&format!("deleted agent {}", args.agent));
            if ctx.output.wants_json() {
                return ctx.output.json_document(&document);
            }
            Ok(())
        }
        AgentsCommand::Prepare(args) => {
            let result = client.prepare_agent().agent_id(&args.agent).send().await;
            let view = View::Record { record: "", fields: PREPARE_FIELDS };
            if !args.wait {
                return respond(ctx, Service::BedrockAgent, result, &view).await.map(|_| ());
            }
            fetch(ctx, Service::BedrockAgent, result).await?;
            let document = wait_for(ctx, args.timeout, &format!("agent {}", args.agent), || async {
                let (_, document) =
                    fetch(ctx, Service::BedrockAgent, client.get_agent().agent_id(&args.agent).send().await)
                        .await?;
                let status = document
                    .pointer("/agent/agentStatus")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string();
                match status.as_str() {
                    "PREPARED" => Ok(Ok(document)),
                    "FAILED" | "NOT_PREPARED" => Err(Failure::new(
                        Kind::Service,
                        "AgentPreparation",
                        format!(
                            "agent {} is {status}: {}",
                            args.agent,
                            document
                                .pointer("/agent/failureReasons")
                                .map(Value::to_string)
                                .unwrap_or_default()
                        ),
                    )),
                    _ => Ok(Err(format!("agent {} is {status}", args.agent))),
                }
            })
            .await?;
            let agent = &document["agent"];
            let summary = json!({
                "agentId": agent["agentId"],
                "agentStatus": agent["agentStatus"],
                "agentVersion": agent["agentVersion"],
                "preparedAt": agent["preparedAt"],
            });
            ctx.output.document(&summary, &view)
        }
        AgentsCommand::AssociateKnowledgeBase(args) => {
            let state =
                if args.disabled { KnowledgeBaseState::Disabled } else { KnowledgeBaseState::Enabled };
            let result = client
                .associate_agent_knowledge_base()
                .agent_id(&args.agent)
                .agent_version("DRAFT")
                .knowledge_base_id(&args.knowledge_base)
                .description(&args.description)
                .knowledge_base_state(state)
                .send()
                .await;
            respond(
                ctx,
                Service::BedrockAgent,
                result,
                &View::Record { record: "agentKnowledgeBase", fields: ASSOCIATION_FIELDS },
            )
            .await
            .map(|_| ())
        }
        AgentsCommand::DisassociateKnowledgeBase(args) => {
            let result = client
                .disassociate_agent_knowledge_base()
                .agent_id(&args.agent)
                .agent_version("DRAFT")
                .knowledge_base_id(&args.knowledge_base)
                .send()
                .await;
            fetch(ctx, Service::BedrockAgent, result).await?;
            ctx.output.info(&format!(
                "knowledge base {} is no longer associated with agent {}",
                args.knowledge_base, args.agent
            ));
            Ok(())
        }
        AgentsCommand::KnowledgeBases(args) => {
            let document =
                crate::aws::paginate::collect(ctx, "agentKnowledgeBaseSummaries", |token, page_size| {
                    let request = client
                        .list_agent_knowledge_bases()
                        .agent_id(&args.agent)
                        .agent_version(&args.agent_version)
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
            ctx.output.document(
                &document,
                &View::Rows { rows: "agentKnowledgeBaseSummaries", columns: KNOWLEDGE_BASE_COLUMNS },
            )
        }
    }
}
