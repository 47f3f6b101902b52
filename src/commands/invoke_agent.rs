//! `bedrock invoke-agent AGENT ALIAS [INPUT]` (InvokeAgent) and `bedrock invoke-inline-agent
//! --model M --instruction TEXT [INPUT]` (InvokeInlineAgent: an agent defined by the request, not
//! created first). Both are built on the model-driven core: the request is the operation's input
//! document and the answer its event stream read by the model, so every member the service sends
//! reaches `-o json` as the service spells it. The answer is printed as it streams in, with
//! citation markers and sources from knowledge bases; `--trace` renders the agent's reasoning on
//! stderr (NDJSON events with `-o json`). When the agent returns control, `--on-return-control
//! CMD` answers it locally, in a loop until the agent answers; without it the invocation inputs
//! are printed and the exit code is 3.

use clap::Args;
use serde_json::{Map, Value, json};

use crate::api::model::Service;
use crate::context::Ctx;
use crate::error::{Failure, Kind, Result};

/// The exit code when the agent returned control and no --on-return-control handler was given.
pub const CONTROL_RETURNED_EXIT_CODE: i32 = 3;

/// How many times control may be returned within one invocation before giving up.
const MAXIMUM_ROUND_TRIPS: usize = 10;

const RETURN_CONTROL_HELP: &str = "\
Return of control: when the agent wants one of its RETURN_CONTROL actions run, --on-return-control
CMD runs `sh -c CMD` with the request as JSON on stdin ({\"invocationId\": …, \"invocationInputs\":
[…]}, the service's shape). What CMD prints on stdout must be JSON: either the results in the
service's shape (a list of {\"functionResult\": …} / {\"apiResult\": …}), or any other JSON document,
which is sent back as the result body of every requested action. The agent is invoked again with
the results until it answers. A command that fails or prints something that is not JSON stops
with an error (exit 252); the session keeps waiting for results, which --return-control-results
can send later.

Exit codes: 0 the agent answered; 3 the agent returned control and no --on-return-control was
given (the invocation inputs were printed on stdout as JSON); 252 bad input or a failing handler;
254 the service returned an error.

With -o json every event is one NDJSON line: {\"chunk\": {\"text\", \"attribution\"}}, {\"trace\": …},
{\"returnControl\": …}, {\"files\": …}, each as the service sends it (a chunk's bytes as text).";

#[derive(Debug, Args)]
#[command(after_help = format!("{RETURN_CONTROL_HELP}

Examples:
  bedrock invoke-agent AGENT12345 TSTALIASID \"What is the launch code of Zephyr?\"
  bedrock invoke-agent AGENT12345 ALIAS12345 \"Weather in Paris? getWeather city=Paris\" \\
      --on-return-control './weather.sh' --trace
  bedrock invoke-agent AGENT12345 ALIAS12345 \"And tomorrow?\" --session-id 3f1c… --end-session
  bedrock invoke-agent AGENT12345 ALIAS12345 --session-id 3f1c… --return-control-results results.json"))]
pub struct InvokeAgentArgs {
    /// Agent id.
    #[arg(value_name = "AGENT")]
    pub agent: String,

    /// Alias id (TSTALIASID invokes the prepared draft).
    #[arg(value_name = "ALIAS")]
    pub alias: String,

    /// What to say ("-" or nothing with piped stdin reads it from stdin).
    #[arg(value_name = "INPUT")]
    pub input: Option<String>,

    /// The agent's memory to use and add this session to (agents with memory enabled).
    #[arg(long, value_name = "ID")]
    pub memory_id: Option<String>,

    #[command(flatten)]
    pub session: SessionArgs,
}

#[derive(Debug, Args)]
#[command(after_help = format!("The agent is defined by the request: its model, instruction, action groups and knowledge
bases, and with --request any other member of InvokeInlineAgent (agentCollaboration,
collaborators, guardrailConfiguration, promptOverrideConfiguration, …, as the service spells
them). A session id continues the same inline agent's session (pass the same definition again).

{RETURN_CONTROL_HELP}

Examples:
  bedrock invoke-inline-agent --model claude-3-haiku --instruction \"You answer questions about our travel policy.\" \\
      \"How much may I spend on a hotel in Paris?\"
  bedrock invoke-inline-agent --model claude-3-haiku --instruction \"You help with the weather in any city.\" \\
      --action-groups @weather-groups.json --on-return-control './weather.sh' \"Weather in Paris?\"
  bedrock invoke-inline-agent --model claude-3-haiku --instruction \"You answer from the handbook.\" \\
      --knowledge-base KB12345678=\"The employee handbook\" \"How many days of leave do I get?\" --trace"))]
pub struct InvokeInlineAgentArgs {
    /// What to say ("-" or nothing with piped stdin reads it from stdin).
    #[arg(value_name = "INPUT")]
    pub input: Option<String>,

    /// The agent's model (an id, alias or inference profile).
    #[arg(long, value_name = "MODEL")]
    pub model: String,

    /// What the agent is for and how it should behave.
    #[arg(long, value_name = "TEXT")]
    pub instruction: String,

    /// The agent's action groups: a JSON list of the service's AgentActionGroup objects (inline
    /// or @file).
    #[arg(long, value_name = "JSON")]
    pub action_groups: Option<String>,

    /// A knowledge base the agent may search, with what it holds (repeatable).
    #[arg(long = "knowledge-base", value_name = "ID=DESCRIPTION")]
    pub knowledge_bases: Vec<String>,

    /// Any other members of the request, as a JSON object (inline or @file); the flags above win.
    #[arg(long, value_name = "JSON")]
    pub request: Option<String>,

    #[command(flatten)]
    pub session: SessionArgs,
}

/// The flags of a session with an agent, the same for both commands.
#[derive(Debug, Args)]
pub struct SessionArgs {
    /// Continue this session (default: a new session, whose id is printed on stderr).
    #[arg(long, value_name = "ID")]
    pub session_id: Option<String>,

    /// End the session after this answer.
    #[arg(long)]
    pub end_session: bool,

    /// Session attributes: a JSON object of strings (inline or @file).
    #[arg(long, value_name = "JSON")]
    pub session_attributes: Option<String>,

    /// Prompt session attributes: a JSON object of strings (inline or @file).
    #[arg(long, value_name = "JSON")]
    pub prompt_attributes: Option<String>,

    /// Show the agent's reasoning (pre-processing, orchestration, actions, knowledge-base
    /// lookups, post-processing) on stderr.
    #[arg(long)]
    pub trace: bool,

    /// Run this shell command when the agent returns control (see below).
    #[arg(long, value_name = "CMD")]
    pub on_return_control: Option<String>,

    /// Send these results for the session's pending return of control (JSON inline or @file:
    /// a list of functionResult/apiResult objects, or {"invocationId", "returnControlInvocationResults"}).
    #[arg(long, value_name = "JSON")]
    pub return_control_results: Option<String>,
}

/// A fresh session id.
fn new_session_id() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|elapsed| elapsed.as_nanos())
        .unwrap_or(0);
    let seed = crate::emulator::runtime::generation::hash_text(&format!("{nanos}:{}", std::process::id()));
    crate::emulator::runtime::text_models::uuid_from(seed)
}

/// A JSON object of strings (other values are sent as their JSON text).
fn string_map(text: &str, flag: &str) -> Result<Value> {
    let value = super::agent_common::json_argument(text, flag)?;
    let Value::Object(object) = value else {
        return Err(Failure::usage(format!("{flag} must be a JSON object of strings")));
    };
    Ok(Value::Object(
        object
            .into_iter()
            .map(|(key, value)| match value {
                Value::String(text) => (key, Value::String(text)),
                other => (key, Value::String(other.to_string())),
            })
            .collect(),
    ))
}

fn text_at<'a>(value: &'a Value, path: &str) -> &'a str {
    value.pointer(path).and_then(Value::as_str).unwrap_or_default()
}

/// A trace part as readable lines (None for parts not worth a line).
pub fn trace_lines(part: &Value) -> Vec<String> {
    let trace = &part["trace"];
    let mut lines = Vec::new();
    if let Some(rationale) = trace
        .pointer("/preProcessingTrace/modelInvocationOutput/parsedResponse/rationale")
        .and_then(Value::as_str)
    {
        lines.push(format!("[pre-processing] {rationale}"));
    }
    for (step, label) in [("orchestrationTrace", "orchestration"), ("routingClassifierTrace", "routing")] {
        let Some(input) = trace.get(step) else { continue };
        if let Some(call) = input.pointer("/invocationInput/agentCollaboratorInvocationInput") {
            let what = match text_at(call, "/input/type") {
                "RETURN_CONTROL" => "the results of its return of control".to_string(),
                _ => format!("\"{}\"", text_at(call, "/input/text")),
            };
            lines
                .push(format!("[{label}] collaborator {} ← {what}", text_at(call, "/agentCollaboratorName")));
        }
        if let Some(output) = input.pointer("/observation/agentCollaboratorInvocationOutput") {
            let name = text_at(output, "/agentCollaboratorName");
            lines.push(match text_at(output, "/output/type") {
                "RETURN_CONTROL" => format!("[{label}] collaborator {name} returned control"),
                _ => format!("[{label}] collaborator {name} answered: {}", text_at(output, "/output/text")),
            });
        }
    }
    if let Some(orchestration) = trace.get("orchestrationTrace") {
        if let Some(text) = orchestration.pointer("/rationale/text").and_then(Value::as_str) {
            lines.push(format!("[orchestration] rationale: {text}"));
        }
        if let Some(input) = orchestration.get("invocationInput") {
            if let Some(group) = input.get("actionGroupInvocationInput") {
                let target = match group.get("function").and_then(Value::as_str) {
                    Some(function) => function.to_string(),
                    None => format!("{} {}", text_at(group, "/verb"), text_at(group, "/apiPath")),
                };
                let parameters: Vec<String> = group["parameters"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|parameter| {
                        format!("{}={}", text_at(parameter, "/name"), text_at(parameter, "/value"))
                    })
                    .collect();
                lines.push(format!(
                    "[orchestration] action {} → {target}({}) [{}]",
                    text_at(group, "/actionGroupName"),
                    parameters.join(", "),
                    text_at(group, "/executionType")
                ));
            }
            if let Some(lookup) = input.get("knowledgeBaseLookupInput") {
                lines.push(format!(
                    "[orchestration] knowledge base {} lookup: \"{}\"",
                    text_at(lookup, "/knowledgeBaseId"),
                    text_at(lookup, "/text")
                ));
            }
        }
        if let Some(observation) = orchestration.get("observation") {
            if let Some(text) =
                observation.pointer("/actionGroupInvocationOutput/text").and_then(Value::as_str)
            {
                lines.push(format!("[orchestration] action result: {text}"));
            }
            if let Some(references) = observation
                .pointer("/knowledgeBaseLookupOutput/retrievedReferences")
                .and_then(Value::as_array)
            {
                let sources: Vec<&str> = references
                    .iter()
                    .map(|reference| text_at(reference, "/location/s3Location/uri"))
                    .collect();
                lines.push(format!(
                    "[orchestration] knowledge base returned {} reference(s): {}",
                    references.len(),
                    sources.join(", ")
                ));
            }
            if let Some(text) = observation.pointer("/finalResponse/text").and_then(Value::as_str) {
                lines.push(format!("[orchestration] final response: {text}"));
            }
        }
    }
    if let Some(text) = trace
        .pointer("/postProcessingTrace/modelInvocationOutput/parsedResponse/text")
        .and_then(Value::as_str)
    {
        lines.push(format!("[post-processing] {text}"));
    }
    if let Some(failure) = trace.get("failureTrace") {
        lines.push(format!("[failure] {}", text_at(failure, "/failureReason")));
    }
    if let Some(action) = trace.pointer("/guardrailTrace/action").and_then(Value::as_str) {
        lines.push(format!("[guardrail] {action}"));
    }
    // The steps of a collaborator are marked with its name.
    if let Some(name) = part.get("collaboratorName").and_then(Value::as_str) {
        lines = lines.into_iter().map(|line| format!("({name}) {line}")).collect();
    }
    lines
}

/// A result in the service's shape: `{"functionResult": {"actionGroup", …}}` or
/// `{"apiResult": {"actionGroup", …}}`.
fn check_result(value: &Value, origin: &str) -> Result<Value> {
    for kind in ["functionResult", "apiResult"] {
        if let Some(result) = value.get(kind) {
            if result.get("actionGroup").and_then(Value::as_str).is_none() {
                return Err(Failure::usage(format!("{origin}: {kind}.actionGroup is missing")));
            }
            return Ok(value.clone());
        }
    }
    Err(Failure::usage(format!(
        "{origin}: each result must be a {{\"functionResult\": …}} or {{\"apiResult\": …}} object"
    )))
}

/// Results given in the service's shape, if the document is in that shape: (invocation id,
/// results).
fn explicit_results(document: &Value, origin: &str) -> Option<Result<(Option<String>, Vec<Value>)>> {
    let (invocation_id, list) = match document {
        Value::Object(object) if object.contains_key("returnControlInvocationResults") => (
            object.get("invocationId").and_then(Value::as_str).map(str::to_string),
            object.get("returnControlInvocationResults").and_then(Value::as_array)?,
        ),
        Value::Array(items)
            if !items.is_empty()
                && items
                    .iter()
                    .all(|item| item.get("functionResult").is_some() || item.get("apiResult").is_some()) =>
        {
            (None, items)
        }
        _ => return None,
    };
    Some(
        list.iter()
            .map(|item| check_result(item, origin))
            .collect::<Result<Vec<_>>>()
            .map(|results| (invocation_id, results)),
    )
}

/// Results for every requested action (the returnControl event's `invocationInputs`) from a
/// handler's JSON output: its own results, or its output as every action's result body.
fn results_for(inputs: &[Value], document: &Value, origin: &str) -> Result<Vec<Value>> {
    if let Some(explicit) = explicit_results(document, origin) {
        return explicit.map(|(_, results)| results);
    }
    let text = match document {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    };
    Ok(inputs
        .iter()
        .filter_map(|input| {
            if let Some(call) = input.get("functionInvocationInput") {
                let mut result = json!({
                    "actionGroup": call.get("actionGroup"),
                    "responseBody": {"TEXT": {"body": text}},
                });
                if let Some(function) = call.get("function") {
                    result["function"] = function.clone();
                }
                return Some(json!({"functionResult": result}));
            }
            let call = input.get("apiInvocationInput")?;
            let mut result = json!({
                "actionGroup": call.get("actionGroup"),
                "responseBody": {"application/json": {"body": text}},
                "httpStatusCode": 200,
            });
            for member in ["httpMethod", "apiPath"] {
                if let Some(value) = call.get(member) {
                    result[member] = value.clone();
                }
            }
            Some(json!({"apiResult": result}))
        })
        .collect())
}

/// Run the handler with the request on stdin; its stdout must be JSON.
fn run_handler(command: &str, request: &Value, session: &str) -> Result<Value> {
    let hint = format!(
        "the agent is still waiting: send results later with --session-id {session} --return-control-results FILE"
    );
    let finished = crate::tool_command::run(command, request, &[])
        .map_err(|reason| Failure::usage(format!("--on-return-control: {reason}")))?;
    if !finished.success() {
        let last = finished.last_stderr_line();
        let detail = if last.is_empty() { String::new() } else { format!(": {last}") };
        return Err(Failure::usage(format!(
            "--on-return-control: `{command}` exited with {}{detail}",
            finished.status()
        ))
        .with_hint(hint));
    }
    let stdout = &finished.stdout;
    serde_json::from_str(stdout.trim()).map_err(|error| {
        let shown: String = stdout.trim().chars().take(80).collect();
        Failure::usage(format!(
            "--on-return-control: the output of `{command}` is not JSON ({error}): {shown:?}"
        ))
        .with_hint(hint)
    })
}

/// Which agent a session talks to.
enum Target {
    /// A created agent's alias (InvokeAgent).
    Alias { agent: String, alias: String, memory_id: Option<String> },
    /// The agent the request defines (InvokeInlineAgent): every member but the session's.
    Inline(Map<String, Value>),
}

impl Target {
    /// The operation and its input for one round of the session.
    fn request(
        &self,
        session_id: &str,
        state: Value,
        input_text: Option<&str>,
        args: &SessionArgs,
        json_mode: bool,
    ) -> (&'static str, Map<String, Value>) {
        let (operation, mut input, state_member) = match self {
            Target::Alias { agent, alias, memory_id } => {
                let mut input = Map::new();
                input.insert("agentId".into(), json!(agent));
                input.insert("agentAliasId".into(), json!(alias));
                if let Some(memory_id) = memory_id {
                    input.insert("memoryId".into(), json!(memory_id));
                }
                ("InvokeAgent", input, "sessionState")
            }
            Target::Inline(definition) => ("InvokeInlineAgent", definition.clone(), "inlineSessionState"),
        };
        input.insert("sessionId".into(), json!(session_id));
        if let Some(text) = input_text {
            input.insert("inputText".into(), json!(text));
        }
        input.insert("enableTrace".into(), json!(args.trace || json_mode));
        input.insert("endSession".into(), json!(args.end_session));
        if state.as_object().is_some_and(|state| !state.is_empty()) {
            input.insert(state_member.into(), state);
        }
        (operation, input)
    }
}

/// What one round of the stream produced.
struct Round {
    /// The returnControl event: (invocation id, invocation inputs, the whole event).
    returned: Option<(Option<String>, Vec<Value>, Value)>,
    sources: Vec<String>,
}

/// Print one chunk of the answer: its text, with citation markers numbered after `sources`.
fn print_chunk(ctx: &Ctx, part: &Value, sources: &mut Vec<String>) -> Result<()> {
    let bytes = part.get("bytes").and_then(Value::as_str).unwrap_or_default();
    let decoded = aws_smithy_types::base64::decode(bytes).map_err(|error| {
        Failure::other("invalid-response", format!("a chunk's bytes are not base64: {error}"))
    })?;
    let text = String::from_utf8_lossy(&decoded).into_owned();
    let citations: Vec<Value> =
        part.pointer("/attribution/citations").and_then(Value::as_array).cloned().unwrap_or_default();
    if ctx.output.runtime_wants_json() {
        let mut chunk = json!({"text": text});
        if !citations.is_empty() {
            chunk["attribution"] = json!({"citations": citations});
        }
        return ctx.output.ndjson(&json!({"chunk": chunk}));
    }
    if citations.is_empty() {
        return ctx.output.stream_text(&text);
    }
    let (marked, cited) = super::retrieve_and_generate::with_citations(&text, &citations);
    let offset = sources.len();
    let mut renumbered = marked;
    for index in (1..=cited.len()).rev() {
        renumbered = renumbered.replace(&format!("[{index}]"), &format!("[{}]", index + offset));
    }
    sources.extend(cited);
    ctx.output.stream_text(&renumbered)
}

async fn stream_round(
    ctx: &Ctx,
    mut events: crate::api::events::EventReader,
    show_trace: bool,
) -> Result<Round> {
    let json_mode = ctx.output.runtime_wants_json();
    let mut round = Round { returned: None, sources: Vec::new() };
    loop {
        let event = match events.next().await {
            Ok(Some(event)) => event,
            Ok(None) => break,
            Err(error) => {
                let _ = ctx.output.end_stream_text();
                return Err(error);
            }
        };
        let Some((kind, part)) = event.as_object().and_then(|members| members.iter().next()) else {
            continue;
        };
        match kind.as_str() {
            "chunk" => print_chunk(ctx, part, &mut round.sources)?,
            "trace" if json_mode => ctx.output.ndjson(&event)?,
            "trace" if show_trace => {
                for line in trace_lines(part) {
                    crate::output::stderr_line(&crate::output::paint(&line, "2", ctx.output.stderr_color));
                }
            }
            "returnControl" => {
                if json_mode {
                    ctx.output.ndjson(&event)?;
                }
                let invocation_id = part.get("invocationId").and_then(Value::as_str).map(str::to_string);
                let inputs =
                    part.get("invocationInputs").and_then(Value::as_array).cloned().unwrap_or_default();
                round.returned = Some((invocation_id, inputs, part.clone()));
            }
            _ if json_mode => ctx.output.ndjson(&event)?,
            _ => {}
        }
    }
    Ok(round)
}

pub async fn run(ctx: &Ctx, args: InvokeAgentArgs) -> Result<()> {
    let target = Target::Alias { agent: args.agent, alias: args.alias, memory_id: args.memory_id };
    converse_with(ctx, target, args.input, &args.session).await
}

pub async fn run_inline(ctx: &Ctx, args: InvokeInlineAgentArgs) -> Result<()> {
    let mut definition = match &args.request {
        Some(text) => match super::agent_common::json_argument(text, "--request")? {
            Value::Object(members) => members,
            _ => return Err(Failure::usage("--request must be a JSON object of InvokeInlineAgent members")),
        },
        None => Map::new(),
    };
    for member in ["sessionId", "inputText", "enableTrace", "endSession", "inlineSessionState"] {
        if definition.contains_key(member) {
            return Err(Failure::usage(format!(
                "--request: {member} is set by the command's own flags, not in --request"
            )));
        }
    }
    definition
        .insert("foundationModel".into(), json!(crate::models::resolve_model(&ctx.settings, &args.model)));
    definition.insert("instruction".into(), json!(args.instruction));
    if let Some(text) = &args.action_groups {
        let groups = super::agent_common::json_argument(text, "--action-groups")?;
        if !groups.as_array().is_some_and(|groups| groups.iter().all(Value::is_object)) {
            return Err(Failure::usage("--action-groups must be a JSON list of action group objects"));
        }
        definition.insert("actionGroups".into(), groups);
    }
    if !args.knowledge_bases.is_empty() {
        let bases = args
            .knowledge_bases
            .iter()
            .map(|given| match given.split_once('=') {
                Some((id, description)) if !id.trim().is_empty() && !description.trim().is_empty() => {
                    Ok(json!({"knowledgeBaseId": id.trim(), "description": description.trim()}))
                }
                _ => Err(Failure::usage(format!(
                    "--knowledge-base '{given}': expected ID=DESCRIPTION (the service needs what the knowledge base holds)"
                ))),
            })
            .collect::<Result<Vec<_>>>()?;
        definition.insert("knowledgeBases".into(), Value::Array(bases));
    }
    converse_with(ctx, Target::Inline(definition), args.input, &args.session).await
}

/// One session's conversation: the input sent, each return of control answered (by the handler
/// or the given results) until the agent answers.
async fn converse_with(ctx: &Ctx, target: Target, input: Option<String>, args: &SessionArgs) -> Result<()> {
    ctx.output.validate_query()?;
    let mut pending_results = match &args.return_control_results {
        Some(text) => {
            let document = super::agent_common::json_argument(text, "--return-control-results")?;
            match explicit_results(&document, "--return-control-results") {
                Some(parsed) => Some(parsed?),
                None => {
                    return Err(Failure::usage(
                        "--return-control-results must be a list of {\"functionResult\": …}/{\"apiResult\": …} objects, or {\"invocationId\", \"returnControlInvocationResults\"}",
                    ));
                }
            }
        }
        None => None,
    };
    if pending_results.is_some() && args.session_id.is_none() {
        return Err(Failure::usage("--return-control-results needs the --session-id of the waiting session"));
    }
    let input = if pending_results.is_some() && input.is_none() {
        String::new()
    } else {
        crate::input::prompt(input, None)?
    };
    let mut attributes = Map::new();
    if let Some(text) = &args.session_attributes {
        attributes.insert("sessionAttributes".into(), string_map(text, "--session-attributes")?);
    }
    if let Some(text) = &args.prompt_attributes {
        attributes.insert("promptSessionAttributes".into(), string_map(text, "--prompt-attributes")?);
    }
    let session_id = args.session_id.clone().unwrap_or_else(new_session_id);
    let json_mode = ctx.output.runtime_wants_json();
    let mut sources: Vec<String> = Vec::new();
    let mut first = true;
    for _ in 0..MAXIMUM_ROUND_TRIPS {
        let mut state = attributes.clone();
        if let Some((invocation_id, results)) = pending_results.take() {
            if let Some(invocation_id) = invocation_id {
                state.insert("invocationId".into(), json!(invocation_id));
            }
            state.insert("returnControlInvocationResults".into(), Value::Array(results));
        }
        let text = (first && !input.is_empty()).then_some(input.as_str());
        let (operation, request) = target.request(&session_id, Value::Object(state), text, args, json_mode);
        let (_, events) =
            crate::api::call::stream(ctx, Service::BedrockAgentRuntime, operation, request).await?;
        if first {
            ctx.output.info(&format!("session: {session_id}"));
        }
        first = false;
        let round = stream_round(ctx, events, args.trace).await?;
        sources.extend(round.sources);
        let Some((invocation_id, inputs, request)) = round.returned else {
            ctx.output.end_stream_text()?;
            if !sources.is_empty() && !json_mode {
                let mut text = String::from("\nSources:\n");
                for (index, uri) in sources.iter().enumerate() {
                    text.push_str(&format!("[{}] {uri}\n", index + 1));
                }
                ctx.output.write_stdout(text.as_bytes())?;
            }
            return Ok(());
        };
        let Some(command) = &args.on_return_control else {
            ctx.output.end_stream_text()?;
            if !json_mode {
                ctx.output.json_document(&request)?;
            }
            ctx.output.info(&format!(
                "the agent returned control (exit code {CONTROL_RETURNED_EXIT_CODE}); answer with --session-id {session_id} --return-control-results FILE, or use --on-return-control CMD"
            ));
            return Err(Failure::new(
                Kind::ControlReturned,
                "control-returned",
                "the agent returned control",
            ));
        };
        if args.trace && !json_mode {
            crate::output::stderr_line(&crate::output::paint(
                &format!(
                    "[return-control] running `{command}` for invocation {}",
                    invocation_id.clone().unwrap_or_default()
                ),
                "2",
                ctx.output.stderr_color,
            ));
        }
        let document = run_handler(command, &request, &session_id)?;
        let results = results_for(&inputs, &document, "--on-return-control output")?;
        pending_results = Some((invocation_id, results));
    }
    Err(Failure::other(
        "return-control-loop",
        format!("the agent returned control {MAXIMUM_ROUND_TRIPS} times without answering; giving up"),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn handler_output_becomes_results() {
        let inputs = vec![
            json!({"functionInvocationInput": {"actionGroup": "weather", "function": "getWeather"}}),
            json!({"apiInvocationInput": {"actionGroup": "shop", "httpMethod": "GET", "apiPath": "/stock"}}),
        ];
        let results = results_for(&inputs, &json!({"temperature": "21C"}), "test").unwrap();
        assert_eq!(
            results[0],
            json!({"functionResult": {"actionGroup": "weather", "function": "getWeather",
                "responseBody": {"TEXT": {"body": "{\"temperature\":\"21C\"}"}}}})
        );
        assert_eq!(results[1]["apiResult"]["apiPath"], "/stock");
        assert_eq!(results[1]["apiResult"]["httpStatusCode"], 200);
        let explicit = json!([{"functionResult": {"actionGroup": "weather", "function": "getWeather", "responseBody": {"TEXT": {"body": "sunny"}}}}]);
        assert_eq!(results_for(&inputs, &explicit, "test").unwrap(), explicit.as_array().unwrap().clone());
        assert!(check_result(&json!({"other": {}}), "test").is_err());
        let error = check_result(&json!({"apiResult": {}}), "test").unwrap_err();
        assert!(error.message.contains("apiResult.actionGroup is missing"), "{}", error.message);
    }

    #[test]
    fn a_failing_or_silent_handler_is_a_clear_error() {
        let request = json!({"invocationId": "x"});
        let error = run_handler("echo broken >&2; exit 3", &request, "s1").unwrap_err();
        assert!(error.message.contains("exited with status 3: broken"), "{}", error.message);
        assert!(error.hint.unwrap().contains("--session-id s1"));
        let error = run_handler("echo not json", &request, "s1").unwrap_err();
        assert!(error.message.contains("is not JSON"), "{}", error.message);
        assert_eq!(run_handler("cat", &request, "s1").unwrap(), request);
    }
}
