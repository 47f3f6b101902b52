//! `bedrock action-groups create|list|get|update|delete`: what an agent can do. An action
//! group has an OpenAPI schema (`--api-schema`, checked locally with errors that say where it is
//! malformed) or a function schema (`--function-schema`), and runs a Lambda function or returns
//! control to the caller (`--return-control`).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use aws_sdk_bedrockagent::types::{
    ActionGroupExecutor, ActionGroupState, ApiSchema, CustomControlMethod, Function, FunctionSchema,
    ParameterDetail, RequireConfirmation, Type,
};
use clap::{Args, Subcommand};
use serde::Deserialize;

use super::agent_common::{fetch, respond};
use crate::context::{Ctx, Service};
use crate::error::{Failure, Result};
use crate::output::{Column, View};

#[derive(Debug, Subcommand)]
pub enum ActionGroupsCommand {
    /// Add an action group to an agent's draft.
    #[command(
        after_help = "Examples:\n  bedrock action-groups create --agent AGENT12345 --name weather --function-schema functions.json --return-control\n  bedrock action-groups create --agent AGENT12345 --name orders --api-schema openapi.yaml \\\n      --lambda arn:aws:lambda:us-east-1:123456789012:function:orders\n\nA function schema is a JSON list of functions (or {\"functions\": [...]}):\n  [{\"name\": \"getWeather\", \"description\": \"Weather of a city\",\n    \"parameters\": {\"city\": {\"type\": \"string\", \"description\": \"City name\", \"required\": true}}}]"
    )]
    Create(CreateArgs),

    /// List the action groups of an agent.
    #[command(
        visible_alias = "ls",
        after_help = "Examples:\n  bedrock action-groups list --agent AGENT12345"
    )]
    List(ListArgs),

    /// Describe an action group.
    #[command(after_help = "Examples:\n  bedrock action-groups get GROUP12345 --agent AGENT12345")]
    Get(GetArgs),

    /// Change an action group of an agent's draft.
    #[command(
        after_help = "Examples:\n  bedrock action-groups update GROUP12345 --agent AGENT12345 --function-schema functions.json\n  bedrock action-groups update GROUP12345 --agent AGENT12345 --disabled"
    )]
    Update(UpdateArgs),

    /// Delete an action group from an agent's draft.
    #[command(after_help = "Examples:\n  bedrock action-groups delete GROUP12345 --agent AGENT12345 --yes")]
    Delete(DeleteArgs),
}

/// Schema and executor flags shared by create and update.
#[derive(Debug, Args)]
pub struct GroupFlags {
    /// OpenAPI 3 schema of the actions (JSON or YAML file).
    #[arg(long, value_name = "FILE", conflicts_with = "function_schema")]
    pub api_schema: Option<PathBuf>,

    /// Function schema: a JSON file with a list of functions and their parameters.
    #[arg(long, value_name = "FILE")]
    pub function_schema: Option<PathBuf>,

    /// Run the actions with this Lambda function.
    #[arg(long, value_name = "ARN", conflicts_with = "return_control")]
    pub lambda: Option<String>,

    /// Return control to the caller of InvokeAgent instead of running a Lambda function.
    #[arg(long)]
    pub return_control: bool,

    /// Description.
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,

    /// Create or set the action group disabled.
    #[arg(long, conflicts_with = "enabled")]
    pub disabled: bool,

    /// Set the action group enabled.
    #[arg(long)]
    pub enabled: bool,
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// The agent.
    #[arg(long, value_name = "ID")]
    pub agent: String,

    /// Name of the action group.
    #[arg(long)]
    pub name: String,

    #[command(flatten)]
    pub group: GroupFlags,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// The agent.
    #[arg(long, value_name = "ID")]
    pub agent: String,

    /// Agent version.
    #[arg(long, value_name = "VERSION", default_value = "DRAFT")]
    pub agent_version: String,
}

#[derive(Debug, Args)]
pub struct GetArgs {
    /// Action group id.
    #[arg(value_name = "ACTION_GROUP")]
    pub action_group: String,

    /// The agent.
    #[arg(long, value_name = "ID")]
    pub agent: String,

    /// Agent version.
    #[arg(long, value_name = "VERSION", default_value = "DRAFT")]
    pub agent_version: String,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// Action group id.
    #[arg(value_name = "ACTION_GROUP")]
    pub action_group: String,

    /// The agent.
    #[arg(long, value_name = "ID")]
    pub agent: String,

    /// New name.
    #[arg(long)]
    pub name: Option<String>,

    #[command(flatten)]
    pub group: GroupFlags,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// Action group id.
    #[arg(value_name = "ACTION_GROUP")]
    pub action_group: String,

    /// The agent.
    #[arg(long, value_name = "ID")]
    pub agent: String,

    /// Do not ask for confirmation.
    #[arg(long, short = 'y')]
    pub yes: bool,
}

/// One function of a function-schema file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct FunctionSpec {
    name: String,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    parameters: HashMap<String, ParameterSpec>,
    #[serde(default)]
    require_confirmation: Option<ConfirmationSpec>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ParameterSpec {
    #[serde(rename = "type")]
    kind: ParameterKind,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    required: Option<bool>,
}

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "lowercase")]
enum ParameterKind {
    String,
    Number,
    Integer,
    Boolean,
    Array,
}

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
enum ConfirmationSpec {
    Enabled,
    Disabled,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum FunctionFile {
    List(Vec<serde_json::Value>),
    Object { functions: Vec<serde_json::Value> },
}

const LIST_COLUMNS: &[Column] = &[
    Column { header: "ID", path: "actionGroupId" },
    Column { header: "NAME", path: "actionGroupName" },
    Column { header: "STATE", path: "actionGroupState" },
    Column { header: "UPDATED", path: "updatedAt" },
];

const DETAIL_FIELDS: &[Column] = &[
    Column { header: "actionGroupId", path: "actionGroupId" },
    Column { header: "actionGroupName", path: "actionGroupName" },
    Column { header: "agentId", path: "agentId" },
    Column { header: "agentVersion", path: "agentVersion" },
    Column { header: "actionGroupState", path: "actionGroupState" },
    Column { header: "lambda", path: "actionGroupExecutor.lambda" },
    Column { header: "customControl", path: "actionGroupExecutor.customControl" },
    Column { header: "functions", path: "functionSchema.functions" },
    Column { header: "description", path: "description" },
    Column { header: "updatedAt", path: "updatedAt" },
];

const DETAIL: View = View::Record { record: "agentActionGroup", fields: DETAIL_FIELDS };

fn build_error(error: impl std::fmt::Display) -> Failure {
    Failure::usage(format!("invalid action group: {error}"))
}

/// Read and check an OpenAPI schema file; errors say where it is malformed.
pub fn read_api_schema(path: &Path) -> Result<ApiSchema> {
    let text = crate::input::read_text_file(path, "the API schema")?;
    crate::emulator::agent::schema::parse_openapi(&text).map_err(|reason| {
        Failure::usage(format!("--api-schema {} is not a valid OpenAPI schema: {reason}", path.display()))
    })?;
    Ok(ApiSchema::Payload(text))
}

/// Read a function-schema file; errors name the path of the bad member.
pub fn read_function_schema(path: &Path) -> Result<FunctionSchema> {
    let text = crate::input::read_text_file(path, "the function schema")?;
    let origin = format!("--function-schema {}", path.display());
    let file: FunctionFile = serde_json::from_str(&text).map_err(|error| {
        Failure::usage(format!("{origin} is not a list of functions (or {{\"functions\": [...]}}): {error}"))
    })?;
    let (entries, prefix) = match file {
        FunctionFile::List(entries) => (entries, String::new()),
        FunctionFile::Object { functions } => (functions, "functions".to_string()),
    };
    let mut functions = Vec::new();
    for (index, entry) in entries.iter().enumerate() {
        let spec: FunctionSpec = serde_path_to_error::deserialize(entry).map_err(|error| {
            let inner = error.path().to_string();
            let location = if inner == "." {
                format!("{prefix}[{index}]")
            } else {
                format!("{prefix}[{index}].{inner}")
            };
            Failure::usage(format!("{origin}: at {location}: {}", error.inner()))
        })?;
        let mut parameters = HashMap::new();
        for (name, parameter) in spec.parameters {
            let kind = match parameter.kind {
                ParameterKind::String => Type::String,
                ParameterKind::Number => Type::Number,
                ParameterKind::Integer => Type::Integer,
                ParameterKind::Boolean => Type::Boolean,
                ParameterKind::Array => Type::Array,
            };
            parameters.insert(
                name,
                ParameterDetail::builder()
                    .r#type(kind)
                    .set_description(parameter.description)
                    .set_required(parameter.required)
                    .build()
                    .map_err(build_error)?,
            );
        }
        functions.push(
            Function::builder()
                .name(spec.name)
                .set_description(spec.description)
                .set_parameters(Some(parameters))
                .set_require_confirmation(spec.require_confirmation.map(|confirmation| match confirmation {
                    ConfirmationSpec::Enabled => RequireConfirmation::Enabled,
                    ConfirmationSpec::Disabled => RequireConfirmation::Disabled,
                }))
                .build()
                .map_err(build_error)?,
        );
    }
    if functions.is_empty() {
        return Err(Failure::usage(format!("{origin} has no functions")));
    }
    Ok(FunctionSchema::Functions(functions))
}

fn executor(flags: &GroupFlags) -> Option<ActionGroupExecutor> {
    if let Some(lambda) = &flags.lambda {
        return Some(ActionGroupExecutor::Lambda(lambda.clone()));
    }
    flags.return_control.then_some(ActionGroupExecutor::CustomControl(CustomControlMethod::ReturnControl))
}

fn state(flags: &GroupFlags) -> Option<ActionGroupState> {
    if flags.disabled {
        Some(ActionGroupState::Disabled)
    } else if flags.enabled {
        Some(ActionGroupState::Enabled)
    } else {
        None
    }
}

pub async fn run(ctx: &Ctx, command: ActionGroupsCommand) -> Result<()> {
    ctx.output.validate_query()?;
    match command {
        ActionGroupsCommand::Create(args) => {
            let group = &args.group;
            let api_schema = group.api_schema.as_deref().map(read_api_schema).transpose()?;
            let function_schema = group.function_schema.as_deref().map(read_function_schema).transpose()?;
            if api_schema.is_none() && function_schema.is_none() {
                return Err(Failure::usage(
                    "an action group needs --api-schema FILE or --function-schema FILE",
                ));
            }
            let executor = executor(group)
                .ok_or_else(|| Failure::usage("an action group needs --lambda ARN or --return-control"))?;
            let client = ctx.bedrock_agent().await?;
            let result = client
                .create_agent_action_group()
                .agent_id(&args.agent)
                .agent_version("DRAFT")
                .action_group_name(&args.name)
                .set_description(group.description.clone())
                .action_group_executor(executor)
                .set_api_schema(api_schema)
                .set_function_schema(function_schema)
                .set_action_group_state(state(group))
                .send()
                .await;
            respond(ctx, Service::BedrockAgent, result, &DETAIL).await.map(|_| ())
        }
        ActionGroupsCommand::List(args) => {
            let client = ctx.bedrock_agent().await?;
            let document = crate::aws::paginate::collect(ctx, "actionGroupSummaries", |token, page_size| {
                let request = client
                    .list_agent_action_groups()
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
            ctx.output
                .document(&document, &View::Rows { rows: "actionGroupSummaries", columns: LIST_COLUMNS })
        }
        ActionGroupsCommand::Get(args) => {
            let client = ctx.bedrock_agent().await?;
            let result = client
                .get_agent_action_group()
                .agent_id(&args.agent)
                .agent_version(&args.agent_version)
                .action_group_id(&args.action_group)
                .send()
                .await;
            respond(ctx, Service::BedrockAgent, result, &DETAIL).await.map(|_| ())
        }
        ActionGroupsCommand::Update(args) => {
            let group = &args.group;
            let api_schema = group.api_schema.as_deref().map(read_api_schema).transpose()?;
            let function_schema = group.function_schema.as_deref().map(read_function_schema).transpose()?;
            let client = ctx.bedrock_agent().await?;
            let (current, _) = fetch(
                ctx,
                Service::BedrockAgent,
                client
                    .get_agent_action_group()
                    .agent_id(&args.agent)
                    .agent_version("DRAFT")
                    .action_group_id(&args.action_group)
                    .send()
                    .await,
            )
            .await?;
            let current = current
                .agent_action_group
                .ok_or_else(|| Failure::other("invalid-response", "no agentActionGroup"))?;
            let (api_schema, function_schema) = match (api_schema, function_schema) {
                (None, None) => (current.api_schema, current.function_schema),
                replaced => replaced,
            };
            let result = client
                .update_agent_action_group()
                .agent_id(&args.agent)
                .agent_version("DRAFT")
                .action_group_id(&args.action_group)
                .action_group_name(args.name.unwrap_or(current.action_group_name))
                .set_description(group.description.clone().or(current.description))
                .set_action_group_executor(executor(group).or(current.action_group_executor))
                .set_api_schema(api_schema)
                .set_function_schema(function_schema)
                .action_group_state(state(group).unwrap_or(current.action_group_state))
                .send()
                .await;
            respond(ctx, Service::BedrockAgent, result, &DETAIL).await.map(|_| ())
        }
        ActionGroupsCommand::Delete(args) => {
            crate::output::confirm(
                &ctx.output,
                &format!("Delete action group {} of agent {}?", args.action_group, args.agent),
                args.yes,
            )?;
            let client = ctx.bedrock_agent().await?;
            let result = client
                .delete_agent_action_group()
                .agent_id(&args.agent)
                .agent_version("DRAFT")
                .action_group_id(&args.action_group)
                .send()
                .await;
            fetch(ctx, Service::BedrockAgent, result).await?;
            ctx.output.info(&format!("deleted action group {}", args.action_group));
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn function_schema_errors_name_the_member() {
        let directory = tempfile::tempdir().unwrap();
        let path = directory.path().join("f.json");
        std::fs::write(&path, r#"[{"name": "getWeather", "parameters": {"city": {"type": "text"}}}]"#)
            .unwrap();
        let error = read_function_schema(&path).unwrap_err();
        assert!(error.message.contains("[0].parameters.city.type"), "{}", error.message);
        std::fs::write(&path, r#"{"functions": [{"name": "a", "colour": 1}]}"#).unwrap();
        let error = read_function_schema(&path).unwrap_err();
        assert!(
            error.message.contains("functions[0]") && error.message.contains("colour"),
            "{}",
            error.message
        );
        std::fs::write(
            &path,
            r#"[{"name": "getWeather", "parameters": {"city": {"type": "string", "required": true}}}]"#,
        )
        .unwrap();
        assert!(read_function_schema(&path).is_ok());
    }
}
