//! InvokeAgent in the emulator: the answer as `chunk` events of the event stream, `trace`
//! events (pre-processing, orchestration rationale, action and knowledge-base invocations and
//! their observations, post-processing) when tracing is on, and return of control: an input
//! that names one of the agent's RETURN_CONTROL functions gets a `returnControl` event with
//! the invocation inputs, and the results sent back in `sessionState` make the answer. A
//! supervisor hands an input that matches a collaborator's collaboration instruction to that
//! collaborator (its trace parts carry the caller chain and its name); a return of control
//! from the collaborator reaches the caller, and the results go back to the collaborator.

use aws_smithy_types::event_stream::Message;
use axum::body::Bytes;
use axum::extract::{Extension, Path, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use super::super::errors::ServiceError;
use super::super::faults::FaultBudget;
use super::super::knowledge::search;
use super::super::resources::{self, body_object};
use super::super::runtime::event_stream;
use super::super::runtime::generation::{self, hash_text};
use super::super::runtime::text_models::uuid_from;
use super::super::{Emulator, Shared, request_region};
use super::schema::{self, Operation, normalise};
use super::{
    ACTION_GROUPS, AGENT_KNOWLEDGE_BASES, VERSIONS, agent_status, collaborators, find_agent, find_alias,
};

/// Store collection of agent sessions, by `{agent}/{alias}/{session}`.
pub const SESSIONS: &str = "agent-sessions";

/// The configuration an alias runs: the agent document, its action groups, knowledge bases
/// and (a supervisor's) collaborators.
struct Configuration {
    agent: Value,
    version: String,
    action_groups: Vec<Value>,
    knowledge_bases: Vec<Value>,
    /// SUPERVISOR, SUPERVISOR_ROUTER or DISABLED.
    collaboration: String,
    /// The collaborators of a supervisor (sorted by name).
    collaborators: Vec<Value>,
    /// The ARN of the alias invoked (none for an inline agent).
    alias_arn: Option<String>,
    /// Whether the conversation history is relayed to this agent (a collaborator whose
    /// relayConversationHistory is TO_COLLABORATOR).
    relayed_history: bool,
}

fn configuration(
    emulator: &Emulator,
    agent_id: &str,
    alias_id: &str,
    region: &str,
) -> Result<Configuration, ServiceError> {
    emulator.store.read(|state| {
        let agent = find_agent(state, agent_id)?;
        let alias = find_alias(state, agent_id, alias_id, region)?;
        let version = alias
            .pointer("/routingConfiguration/0/agentVersion")
            .and_then(Value::as_str)
            .unwrap_or("DRAFT")
            .to_string();
        let document = if version == "DRAFT" {
            let status = agent_status(emulator, &agent);
            if status != "PREPARED" {
                return Err(ServiceError::validation(format!(
                    "Agent {agent_id} is in {status} state and cannot be invoked. Call PrepareAgent and wait until the agent is PREPARED, then try again."
                )));
            }
            agent
        } else {
            resources::get(state, VERSIONS, &format!("{agent_id}/{version}"))
                .ok_or_else(|| ServiceError::not_found(format!("Agent {agent_id} has no version {version}.")))?
        };
        if alias.get("aliasInvocationState").and_then(Value::as_str) == Some("REJECT_INVOCATIONS") {
            return Err(ServiceError::validation(format!("Alias {alias_id} rejects invocations.")));
        }
        let prefix = format!("{agent_id}/{version}/");
        let enabled = |item: &Value, member: &str| item.get(member).and_then(Value::as_str) != Some("DISABLED");
        let collaboration =
            document.get("agentCollaboration").and_then(Value::as_str).unwrap_or("DISABLED").to_string();
        let collaborators = if collaborators::is_supervisor(&document) {
            collaborators::of_version(state, agent_id, &version)
        } else {
            Vec::new()
        };
        Ok(Configuration {
            agent: document,
            version,
            collaboration,
            collaborators,
            alias_arn: alias.get("agentAliasArn").and_then(Value::as_str).map(str::to_string),
            relayed_history: false,
            action_groups: resources::with_prefix(state, ACTION_GROUPS, &prefix)
                .into_iter()
                .map(|(_, group)| group)
                .filter(|group| enabled(group, "actionGroupState"))
                .collect(),
            knowledge_bases: resources::with_prefix(state, AGENT_KNOWLEDGE_BASES, &prefix)
                .into_iter()
                .map(|(_, association)| association)
                .filter(|association| enabled(association, "knowledgeBaseState"))
                .collect(),
        })
    })
}

/// Whether a session was idle longer than the agent's idle session TTL (it then starts afresh,
/// without attributes or a pending return of control).
fn expired(session: &Value, ttl_seconds: u64, now: u64) -> bool {
    session
        .get("lastActiveMillis")
        .and_then(Value::as_u64)
        .is_some_and(|last| now.saturating_sub(last) > ttl_seconds * 1000)
}

/// Whether a step of the agent runs: pre-processing runs unless a prompt override disables it,
/// post-processing (off by default, as in the service) runs when an override enables it.
fn step_enabled(agent: &Value, prompt_type: &str, default: bool) -> bool {
    agent
        .pointer("/promptOverrideConfiguration/promptConfigurations")
        .and_then(Value::as_array)
        .and_then(|prompts| prompts.iter().find(|prompt| prompt["promptType"] == prompt_type))
        .and_then(|prompt| prompt.get("promptState").and_then(Value::as_str))
        .map(|state| state == "ENABLED")
        .unwrap_or(default)
}

/// Frames of one invocation.
struct Frames {
    messages: Vec<Message>,
    trace: bool,
    base: Value,
    counter: u64,
    seed: u64,
}

impl Frames {
    fn trace_id(&mut self) -> String {
        self.counter += 1;
        format!("{}-{}", uuid_from(self.seed), self.counter)
    }

    fn trace(&mut self, trace: Value) {
        if !self.trace {
            return;
        }
        let mut part = self.base.clone();
        part["trace"] = trace;
        part["eventTime"] = json!(super::super::clock::now_timestamp());
        self.messages.push(event_stream::event("trace", &part));
    }

    fn chunk(&mut self, text: &str, citations: Option<Vec<Value>>) {
        let mut payload = json!({"bytes": aws_smithy_types::base64::encode(text.as_bytes())});
        if let Some(citations) = citations {
            payload["attribution"] = json!({"citations": citations});
        }
        self.messages.push(event_stream::event("chunk", &payload));
    }
}

/// The operation of an enabled action group that an input names.
fn named_operation<'a>(groups: &'a [Value], input: &str) -> Option<(&'a Value, Operation)> {
    let wanted = normalise(input);
    groups.iter().find_map(|group| {
        schema::operations(group)
            .into_iter()
            .find(|operation| {
                operation.names.iter().any(|name| {
                    let name = normalise(name);
                    !name.is_empty() && wanted.contains(&name)
                })
            })
            .map(|operation| (group, operation))
    })
}

fn invocation_input(group: &Value, operation: &Operation, input: &str, agent_id: Option<&str>) -> Value {
    let group_name = group["actionGroupName"].clone();
    let parameters: Vec<Value> = operation
        .parameters
        .iter()
        .filter_map(|(name, kind)| {
            schema::parameter_value(input, name)
                .map(|value| json!({"name": name, "type": kind, "value": value}))
        })
        .collect();
    let (member, mut call) = match &operation.function {
        Some(function) => (
            "functionInvocationInput",
            json!({
                "actionGroup": group_name,
                "function": function,
                "parameters": parameters,
                "actionInvocationType": "RESULT",
            }),
        ),
        None => (
            "apiInvocationInput",
            json!({
                "actionGroup": group_name,
                "httpMethod": operation.method.to_uppercase(),
                "apiPath": operation.path,
                "parameters": parameters,
                "actionInvocationType": "RESULT",
            }),
        ),
    };
    if let Some(agent_id) = agent_id {
        call["agentId"] = json!(agent_id);
    }
    json!({ member: call })
}

/// The text of one result sent back after a return of control.
fn result_text(result: &Value) -> Result<(String, String), ServiceError> {
    let (part, name) = if let Some(function) = result.get("functionResult") {
        (function, function.get("function").and_then(Value::as_str).unwrap_or_default().to_string())
    } else if let Some(api) = result.get("apiResult") {
        (
            api,
            format!(
                "{} {}",
                api.get("httpMethod").and_then(Value::as_str).unwrap_or_default(),
                api.get("apiPath").and_then(Value::as_str).unwrap_or_default()
            ),
        )
    } else {
        return Err(ServiceError::validation(
            "Each returnControlInvocationResults member must set functionResult or apiResult.",
        ));
    };
    let bodies: Vec<String> = part
        .get("responseBody")
        .and_then(Value::as_object)
        .map(|bodies| {
            bodies
                .values()
                .filter_map(|body| body.get("body").and_then(Value::as_str))
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    if part.get("responseState").and_then(Value::as_str) == Some("FAILURE") {
        return Ok((name, format!("the action failed ({})", bodies.join(" "))));
    }
    Ok((name, bodies.join(" ")))
}

/// POST /agents/{agentId}/agentAliases/{agentAliasId}/sessions/{sessionId}/text (InvokeAgent)
pub async fn invoke_agent(
    State(emulator): State<Shared>,
    budget: Option<Extension<FaultBudget>>,
    headers: HeaderMap,
    Path((agent_id, alias_id, session_id)): Path<(String, String, String)>,
    body: Bytes,
) -> Response {
    let budget = budget.map(|Extension(budget)| budget);
    match invoke(&emulator, budget, &headers, &agent_id, &alias_id, &session_id, &body) {
        Ok(response) => response,
        Err(error) => error.into_response(),
    }
}

fn invoke(
    emulator: &Shared,
    budget: Option<FaultBudget>,
    headers: &HeaderMap,
    agent_id: &str,
    alias_id: &str,
    session_id: &str,
    body: &Bytes,
) -> Result<Response, ServiceError> {
    let region = request_region(headers);
    let body = body_object(body)?;
    let configuration = configuration(emulator, agent_id, alias_id, &region)?;
    let mut base = json!({
        "agentId": agent_id,
        "agentAliasId": alias_id,
        "sessionId": session_id,
        "agentVersion": configuration.version,
    });
    // A supervisor's own trace parts name it as the first caller of the chain.
    if let (false, Some(arn)) = (configuration.collaborators.is_empty(), &configuration.alias_arn) {
        base["callerChain"] = json!([{"agentAliasArn": arn}]);
    }
    let target = Target {
        session_id,
        session_key: format!("{agent_id}/{alias_id}/{session_id}"),
        base,
        agent_id: Some(agent_id),
        state_member: "sessionState",
    };
    respond(emulator, budget, &configuration, &target, &body)
}

/// The configuration of an agent a request defines (InvokeInlineAgent, or one of its inline
/// collaborators): its model, instruction, action groups and knowledge bases, which must exist.
fn inline_configuration(emulator: &Emulator, body: &Value) -> Result<Configuration, ServiceError> {
    let text = |member: &str| body.get(member).and_then(Value::as_str).unwrap_or_default();
    super::super::runtime::resolve_model(emulator, text("foundationModel"))?;
    let knowledge_bases = body.get("knowledgeBases").and_then(Value::as_array).cloned().unwrap_or_default();
    emulator.store.read(|state| {
        knowledge_bases.iter().try_for_each(|association| {
            super::super::knowledge::find_knowledge_base(
                state,
                association["knowledgeBaseId"].as_str().unwrap_or_default(),
            )
            .map(|_| ())
        })
    })?;
    let mut agent = json!({"foundationModel": text("foundationModel"), "instruction": text("instruction")});
    for member in ["idleSessionTTLInSeconds", "promptOverrideConfiguration"] {
        if let Some(value) = body.get(member) {
            agent[member] = value.clone();
        }
    }
    Ok(Configuration {
        agent,
        version: String::new(),
        action_groups: body.get("actionGroups").and_then(Value::as_array).cloned().unwrap_or_default(),
        knowledge_bases,
        collaboration: "DISABLED".into(),
        collaborators: Vec::new(),
        alias_arn: None,
        relayed_history: false,
    })
}

/// The collaborators of an inline supervisor: each collaborator configuration (its name,
/// instruction and relay) with the inline collaborator of the same agentName, or the stored
/// agent alias it names.
fn inline_collaborators(body: &Value) -> Result<Vec<Value>, ServiceError> {
    let configurations =
        body.get("collaboratorConfigurations").and_then(Value::as_array).cloned().unwrap_or_default();
    let definitions = body.get("collaborators").and_then(Value::as_array).cloned().unwrap_or_default();
    let collaboration = body.get("agentCollaboration").and_then(Value::as_str).unwrap_or("DISABLED");
    if configurations.is_empty() && definitions.is_empty() {
        return Ok(Vec::new());
    }
    if collaboration == "DISABLED" {
        return Err(ServiceError::validation(
            "Collaborators were given but agentCollaboration is DISABLED. Set agentCollaboration to SUPERVISOR or SUPERVISOR_ROUTER to use collaborators.",
        ));
    }
    for definition in &definitions {
        let name = definition.get("agentName").and_then(Value::as_str).unwrap_or_default();
        if !configurations.iter().any(|configuration| configuration["collaboratorName"] == json!(name)) {
            return Err(ServiceError::validation(format!(
                "The collaborator agent '{name}' has no collaborator configuration. Each collaborator's agentName must match the collaboratorName of one of the collaboratorConfigurations."
            )));
        }
    }
    let mut collaborators = Vec::new();
    for configuration in &configurations {
        let name = configuration["collaboratorName"].as_str().unwrap_or_default();
        let mut collaborator = json!({
            "collaboratorName": name,
            "collaborationInstruction": configuration["collaboratorInstruction"],
            "relayConversationHistory":
                configuration.get("relayConversationHistory").cloned().unwrap_or(json!("DISABLED")),
        });
        match definitions.iter().find(|definition| definition["agentName"] == json!(name)) {
            Some(definition) => collaborator["_inline"] = definition.clone(),
            None => match configuration.get("agentAliasArn").and_then(Value::as_str) {
                Some(arn) => collaborator["agentDescriptor"] = json!({"aliasArn": arn}),
                None => {
                    return Err(ServiceError::validation(format!(
                        "The collaborator configuration '{name}' names no collaborator: define a collaborator with agentName {name} or give its agentAliasArn."
                    )));
                }
            },
        }
        collaborators.push(collaborator);
    }
    collaborators.sort_by_key(|collaborator| collaborator["collaboratorName"].to_string());
    Ok(collaborators)
}

/// InvokeInlineAgent (bedrock-agent-runtime): an agent defined by the request itself — its
/// model, instruction, action groups, knowledge bases and collaborators — run as InvokeAgent
/// runs a prepared agent, with its session kept under the session id.
pub fn invoke_inline(
    call: &super::super::store::Call,
) -> Result<super::super::behaviours::Answer, ServiceError> {
    let body = &call.input;
    let session_id = body.get("sessionId").and_then(Value::as_str).unwrap_or_default();
    let definition = Value::Object(body.clone());
    let mut configuration = inline_configuration(call.emulator, &definition)?;
    configuration.collaborators = inline_collaborators(&definition)?;
    if !configuration.collaborators.is_empty() {
        configuration.collaboration =
            body.get("agentCollaboration").and_then(Value::as_str).unwrap_or("DISABLED").to_string();
    }
    let target = Target {
        session_id,
        session_key: format!("inline/{session_id}"),
        base: json!({"sessionId": session_id}),
        agent_id: None,
        state_member: "inlineSessionState",
    };
    respond(call.emulator, call.budget, &configuration, &target, body)
        .map(super::super::behaviours::Answer::Response)
}

/// Who is invoked: a prepared agent's alias, or an inline agent.
struct Target<'a> {
    session_id: &'a str,
    /// The key of the session in the store.
    session_key: String,
    /// The members every trace part carries besides the trace.
    base: Value,
    /// The agent id invocation inputs name (an inline agent has none).
    agent_id: Option<&'a str>,
    /// The request member that holds the session state.
    state_member: &'static str,
}

/// One turn of an invocation: what every agent that takes part (the supervisor and its
/// collaborator) reads.
struct Turn<'a> {
    input: &'a str,
    prompt_attributes: &'a str,
    /// The earlier turns of the session (relayed to collaborators that take them).
    history: &'a [String],
    seed: u64,
}

/// What an agent made of an input: an answer (with its citations), or a return of control
/// (the returnControl payload, and the collaborator that returned it).
enum Outcome {
    Answer(String, Option<Vec<Value>>),
    ReturnControl(Value, Option<Value>),
}

/// The answer made of the results sent back after an agent's own return of control.
fn results_answer(frames: &mut Frames, waiting: &Value, results: &[Value]) -> Result<String, ServiceError> {
    let mut parts = Vec::new();
    for result in results {
        let (name, text) = result_text(result)?;
        let trace_id = frames.trace_id();
        frames.trace(json!({"orchestrationTrace": {"observation": {
            "traceId": trace_id,
            "type": "ACTION_GROUP",
            "actionGroupInvocationOutput": {"text": text},
        }}}));
        parts.push(format!("{name} returned: {text}"));
    }
    let question = waiting["inputText"].as_str().unwrap_or_default();
    Ok(format!("To answer \"{question}\": {}.", parts.join("; ")))
}

/// An agent's orchestration of an input: pre-processing, then the action group the input
/// names, a collaborator whose instruction it matches (a supervisor's, when `supervising`),
/// its knowledge bases, or a direct answer.
fn orchestrate(
    emulator: &Emulator,
    configuration: &Configuration,
    frames: &mut Frames,
    turn: &Turn,
    agent_id: Option<&str>,
    supervising: bool,
) -> Result<Outcome, ServiceError> {
    let input = turn.input;
    let model = configuration.agent.get("foundationModel").cloned().unwrap_or(Value::Null);
    let instruction =
        configuration.agent.get("instruction").and_then(Value::as_str).unwrap_or_default().to_string();
    let history = if configuration.relayed_history && !turn.history.is_empty() {
        format!("\n\nConversation history:\n{}", turn.history.join("\n"))
    } else {
        String::new()
    };
    let seed = turn.seed;
    let outcome;
    let trace_id = frames.trace_id();
    let pre_processing = step_enabled(&configuration.agent, "PRE_PROCESSING", true);
    if pre_processing {
        frames.trace(json!({"preProcessingTrace": {"modelInvocationInput": {
            "traceId": trace_id,
            "text": format!("{instruction}\n\nUser input: {input}"),
            "type": "PRE_PROCESSING",
            "foundationModel": model,
        }}}));
        frames.trace(json!({"preProcessingTrace": {"modelInvocationOutput": {
        "traceId": trace_id,
        "parsedResponse": {"rationale": format!("The input asks: {input}. It is a valid request for this agent."), "isValid": true},
    }}}));
    }
    let trace_id = frames.trace_id();
    frames.trace(json!({"orchestrationTrace": {"modelInvocationInput": {
        "traceId": trace_id,
        "text": format!("{instruction}\n\nPrompt session attributes: {}{history}\n\nUser input: {input}", turn.prompt_attributes),
        "type": "ORCHESTRATION",
        "foundationModel": model,
    }}}));
    if let Some((group, operation)) = named_operation(&configuration.action_groups, input) {
        let group_name = group["actionGroupName"].as_str().unwrap_or_default().to_string();
        let label =
            operation.function.clone().unwrap_or_else(|| format!("{} {}", operation.method, operation.path));
        frames.trace(json!({"orchestrationTrace": {"rationale": {
            "traceId": trace_id,
            "text": format!("The user asks for {label}; I will use the action group {group_name}."),
        }}}));
        let invocation = invocation_input(group, &operation, input, agent_id);
        let (function, api_path, verb, parameters) = match invocation.get("functionInvocationInput") {
            Some(call) => (call["function"].clone(), Value::Null, Value::Null, call["parameters"].clone()),
            None => {
                let call = &invocation["apiInvocationInput"];
                (Value::Null, call["apiPath"].clone(), call["httpMethod"].clone(), call["parameters"].clone())
            }
        };
        let mut group_input = json!({"actionGroupName": group_name, "executionType": "RETURN_CONTROL", "parameters": parameters});
        if !function.is_null() {
            group_input["function"] = function;
        } else {
            group_input["apiPath"] = api_path;
            group_input["verb"] = verb;
        }
        if let Some(lambda) = group.pointer("/actionGroupExecutor/lambda").and_then(Value::as_str) {
            group_input["executionType"] = json!("LAMBDA");
            frames.trace(json!({"orchestrationTrace": {"invocationInput": {
                "traceId": trace_id, "invocationType": "ACTION_GROUP", "actionGroupInvocationInput": group_input,
            }}}));
            let text = format!(
                "The action {label} of {group_name} runs the Lambda function {lambda}, which the bedrock emulator does not call; use a RETURN_CONTROL action group to answer it locally."
            );
            frames.trace(json!({"orchestrationTrace": {"observation": {
                "traceId": trace_id, "type": "ACTION_GROUP", "actionGroupInvocationOutput": {"text": text},
            }}}));
            outcome = Outcome::Answer(text, None);
        } else {
            frames.trace(json!({"orchestrationTrace": {"invocationInput": {
                "traceId": trace_id, "invocationType": "ACTION_GROUP", "actionGroupInvocationInput": group_input,
            }}}));
            let invocation_id = uuid_from(seed ^ 0x7e7);
            outcome = Outcome::ReturnControl(
                json!({"invocationInputs": [invocation], "invocationId": invocation_id}),
                None,
            );
        }
    } else if let Some((collaborator, _)) =
        if supervising { collaborators::best_match(input, &configuration.collaborators) } else { None }
    {
        frames.trace(json!({"orchestrationTrace": {"rationale": {
            "traceId": trace_id,
            "text": format!(
                "The input matches the collaboration instruction of {}; I will ask that collaborator.",
                collaborator["collaboratorName"].as_str().unwrap_or_default()
            ),
        }}}));
        outcome =
            delegate(emulator, configuration, frames, turn, collaborator, "orchestrationTrace", &trace_id)?;
    } else {
        let mut hits = Vec::new();
        for association in &configuration.knowledge_bases {
            let kb = association["knowledgeBaseId"].as_str().unwrap_or_default();
            frames.trace(json!({"orchestrationTrace": {"rationale": {
                "traceId": trace_id,
                "text": format!("I will search the knowledge base {kb} ({}).", association["description"].as_str().unwrap_or_default()),
            }}}));
            frames.trace(json!({"orchestrationTrace": {"invocationInput": {
                "traceId": trace_id,
                "invocationType": "KNOWLEDGE_BASE",
                "knowledgeBaseLookupInput": {"text": input, "knowledgeBaseId": kb},
            }}}));
            let found =
                search::rank(search::chunks(emulator, kb), input, search::SearchType::Hybrid, None, 5)?;
            frames.trace(json!({"orchestrationTrace": {"observation": {
                "traceId": trace_id,
                "type": "KNOWLEDGE_BASE",
                "knowledgeBaseLookupOutput": {"retrievedReferences": found.iter().map(|hit| hit.reference(false)).collect::<Vec<_>>()},
            }}}));
            hits.extend(found);
        }
        hits.sort_by(|left, right| right.score.total_cmp(&left.score));
        let composed = search::compose(input, &hits);
        if composed.citations.is_empty() {
            frames.trace(json!({"orchestrationTrace": {"rationale": {
                "traceId": trace_id,
                "text": "No action group or knowledge base applies; I will answer directly.",
            }}}));
            let generated = generation::generate(
                &generation::focus_of_prompt(input),
                &generation::Limits::new(60, Vec::new()),
            );
            outcome = Outcome::Answer(generated.text().trim().to_string(), None);
        } else {
            outcome = Outcome::Answer(composed.text.clone(), Some(composed.citations_wire()));
        }
    }
    Ok(outcome)
}

/// The collaborator input payload and alias ARN of a collaborator document.
fn collaborator_names(collaborator: &Value) -> (String, String) {
    (
        collaborator["collaboratorName"].as_str().unwrap_or_default().to_string(),
        collaborator
            .pointer("/agentDescriptor/aliasArn")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string(),
    )
}

/// The configuration a collaborator's alias runs, and the trace base of its parts (its own
/// agent, alias and version, the caller chain from the supervisor, its collaborator name).
fn collaborator_run(
    emulator: &Emulator,
    supervisor: &Configuration,
    frames: &Frames,
    collaborator: &Value,
) -> Result<(Configuration, Value, Option<String>), ServiceError> {
    let (name, arn) = collaborator_names(collaborator);
    if let Some(definition) = collaborator.get("_inline") {
        let mut configuration = inline_configuration(emulator, definition)?;
        configuration.relayed_history = collaborator["relayConversationHistory"] == "TO_COLLABORATOR";
        let mut base = frames.base.clone();
        if let Some(arn) = &supervisor.alias_arn {
            base["callerChain"] = json!([{"agentAliasArn": arn}]);
        }
        base["collaboratorName"] = json!(name);
        return Ok((configuration, base, None));
    }
    let Some((agent, alias, region)) = collaborators::parse_alias_arn(&arn) else {
        return Err(ServiceError::internal());
    };
    let mut configuration = configuration(emulator, &agent, &alias, &region).map_err(|error| {
        ServiceError::new(
            axum::http::StatusCode::FAILED_DEPENDENCY,
            "DependencyFailedException",
            format!("The collaborator {name} ({arn}) could not be invoked: {}", error.message),
        )
    })?;
    configuration.relayed_history = collaborator["relayConversationHistory"] == "TO_COLLABORATOR";
    // A collaborator answers itself: it does not hand the input on.
    configuration.collaborators.clear();
    let mut base = frames.base.clone();
    let mut chain: Vec<Value> =
        supervisor.alias_arn.iter().map(|arn| json!({"agentAliasArn": arn})).collect();
    chain.push(json!({"agentAliasArn": arn}));
    base["agentId"] = json!(agent);
    base["agentAliasId"] = json!(alias);
    base["agentVersion"] = json!(configuration.version);
    base["callerChain"] = json!(chain);
    base["collaboratorName"] = json!(name);
    Ok((configuration, base, Some(agent)))
}

/// The collaborator invocation output of an outcome.
fn collaborator_output(name: &str, arn: &str, outcome: &Outcome) -> Value {
    let output = match outcome {
        Outcome::Answer(text, _) => json!({"type": "TEXT", "text": text}),
        Outcome::ReturnControl(payload, _) => {
            json!({"type": "RETURN_CONTROL", "returnControlPayload": payload})
        }
    };
    collaborator_member(name, arn, "output", output)
}

/// A collaborator invocation input or output: the collaborator's name, its alias ARN (an
/// inline collaborator has none), and the payload under `member`.
fn collaborator_member(name: &str, arn: &str, member: &str, payload: Value) -> Value {
    let mut document = json!({"agentCollaboratorName": name});
    if !arn.is_empty() {
        document["agentCollaboratorAliasArn"] = json!(arn);
    }
    document[member] = payload;
    document
}

/// The supervisor hands the input to a collaborator: the collaborator invocation input, the
/// collaborator's own orchestration (its trace parts carry the caller chain and its name), its
/// final response, and the collaborator invocation output; a return of control from the
/// collaborator is handed on to the caller, naming the collaborator.
fn delegate(
    emulator: &Emulator,
    supervisor: &Configuration,
    frames: &mut Frames,
    turn: &Turn,
    collaborator: &Value,
    step: &str,
    trace_id: &str,
) -> Result<Outcome, ServiceError> {
    let (name, arn) = collaborator_names(collaborator);
    let (configuration, base, agent) = collaborator_run(emulator, supervisor, frames, collaborator)?;
    frames.trace(json!({ step: {"invocationInput": {
        "traceId": trace_id,
        "invocationType": "AGENT_COLLABORATOR",
        "agentCollaboratorInvocationInput":
            collaborator_member(&name, &arn, "input", json!({"type": "TEXT", "text": turn.input})),
    }}}));
    let saved = std::mem::replace(&mut frames.base, base);
    let collaborator_turn = Turn { seed: turn.seed ^ hash_text(&name), ..*turn };
    let mut outcome =
        orchestrate(emulator, &configuration, frames, &collaborator_turn, agent.as_deref(), false);
    if let Ok(Outcome::Answer(text, _)) = &outcome {
        let finish = frames.trace_id();
        frames.trace(json!({"orchestrationTrace": {"observation": {
            "traceId": finish, "type": "FINISH", "finalResponse": {"text": text},
        }}}));
    }
    frames.base = saved;
    if let Ok(Outcome::ReturnControl(payload, from)) = &mut outcome {
        if let Some(inputs) = payload["invocationInputs"].as_array_mut() {
            for input in inputs.iter_mut().filter_map(Value::as_object_mut) {
                for call in input.values_mut() {
                    call["collaboratorName"] = json!(name);
                }
            }
        }
        *from = Some(json!({"collaboratorName": name, "aliasArn": arn}));
    }
    let outcome = outcome?;
    frames.trace(json!({ step: {"observation": {
        "traceId": trace_id,
        "type": "AGENT_COLLABORATOR",
        "agentCollaboratorInvocationOutput": collaborator_output(&name, &arn, &outcome),
    }}}));
    Ok(outcome)
}

/// A SUPERVISOR_ROUTER sends the input straight to the collaborator that matches it best: the
/// routing classifier's trace, then the collaborator's answer.
fn route(
    emulator: &Emulator,
    supervisor: &Configuration,
    frames: &mut Frames,
    turn: &Turn,
    collaborator: &Value,
) -> Result<Outcome, ServiceError> {
    let trace_id = frames.trace_id();
    let names: Vec<&str> =
        supervisor.collaborators.iter().filter_map(|c| c["collaboratorName"].as_str()).collect();
    frames.trace(json!({"routingClassifierTrace": {"modelInvocationInput": {
        "traceId": trace_id,
        "text": format!("Collaborators: {}\n\nUser input: {}", names.join(", "), turn.input),
        "type": "ROUTING_CLASSIFIER",
        "foundationModel": supervisor.agent.get("foundationModel").cloned().unwrap_or(Value::Null),
    }}}));
    frames.trace(json!({"routingClassifierTrace": {"modelInvocationOutput": {
        "traceId": trace_id,
        "rawResponse": {"content": collaborator["collaboratorName"].as_str().unwrap_or_default()},
    }}}));
    delegate(emulator, supervisor, frames, turn, collaborator, "routingClassifierTrace", &trace_id)
}

/// The results sent back after a collaborator's return of control go to that collaborator,
/// whose answer is the supervisor's.
fn results_to_collaborator(
    emulator: &Emulator,
    supervisor: &Configuration,
    frames: &mut Frames,
    collaborator: &Value,
    waiting: &Value,
    results: &[Value],
) -> Result<String, ServiceError> {
    let name = collaborator["collaboratorName"].as_str().unwrap_or_default().to_string();
    let document = supervisor
        .collaborators
        .iter()
        .find(|candidate| candidate["collaboratorName"] == json!(name))
        .cloned()
        .unwrap_or_else(
            || json!({"collaboratorName": name, "agentDescriptor": {"aliasArn": collaborator["aliasArn"]}}),
        );
    let (name, arn) = collaborator_names(&document);
    let (_, base, _) = collaborator_run(emulator, supervisor, frames, &document)?;
    let trace_id = frames.trace_id();
    frames.trace(json!({"orchestrationTrace": {"invocationInput": {
        "traceId": trace_id,
        "invocationType": "AGENT_COLLABORATOR",
        "agentCollaboratorInvocationInput": collaborator_member(&name, &arn, "input", json!({
            "type": "RETURN_CONTROL",
            "returnControlResults": {
                "invocationId": waiting["invocationId"],
                "returnControlInvocationResults": results,
            },
        })),
    }}}));
    let saved = std::mem::replace(&mut frames.base, base);
    let text = results_answer(frames, waiting, results);
    if let Ok(text) = &text {
        let finish = frames.trace_id();
        frames.trace(json!({"orchestrationTrace": {"observation": {
            "traceId": finish, "type": "FINISH", "finalResponse": {"text": text},
        }}}));
    }
    frames.base = saved;
    let text = text?;
    frames.trace(json!({"orchestrationTrace": {"observation": {
        "traceId": trace_id,
        "type": "AGENT_COLLABORATOR",
        "agentCollaboratorInvocationOutput":
            collaborator_output(&name, &arn, &Outcome::Answer(text.clone(), None)),
    }}}));
    Ok(text)
}

/// Run an invocation: the session read, the input answered (an action group's return of
/// control, a knowledge-base answer with citations, or a direct answer), the session written
/// back, and the event stream of the answer.
fn respond(
    emulator: &Emulator,
    budget: Option<FaultBudget>,
    configuration: &Configuration,
    target: &Target,
    body: &serde_json::Map<String, Value>,
) -> Result<Response, ServiceError> {
    let session_id = target.session_id;
    if session_id.len() < 2
        || session_id.len() > 100
        || !session_id.chars().all(|c| c.is_ascii_alphanumeric() || "._:-".contains(c))
    {
        return Err(ServiceError::constraint(
            session_id,
            "sessionId",
            "Member must satisfy regular expression pattern: ^[0-9a-zA-Z._:-]+$",
        ));
    }
    let session_key = &target.session_key;
    let now = super::super::clock::now_millis();
    let ttl = configuration.agent.get("idleSessionTTLInSeconds").and_then(Value::as_u64).unwrap_or(600);
    let mut session = emulator
        .store
        .read(|state| resources::get(state, SESSIONS, session_key))
        .filter(|session| !expired(session, ttl, now))
        .unwrap_or_else(|| json!({"sessionAttributes": {}, "promptSessionAttributes": {}, "turns": []}));
    session["lastActiveMillis"] = json!(now);
    let session_state = body.get(target.state_member).cloned().unwrap_or(json!({}));
    for member in ["sessionAttributes", "promptSessionAttributes"] {
        if let Some(attributes) = session_state.get(member).and_then(Value::as_object) {
            session[member] = Value::Object(attributes.clone());
        }
    }
    let results = session_state.get("returnControlInvocationResults").and_then(Value::as_array).cloned();
    let input = body.get("inputText").and_then(Value::as_str).unwrap_or_default().to_string();
    if results.is_none() && input.trim().is_empty() {
        return Err(ServiceError::validation(
            "inputText is required unless sessionState carries returnControlInvocationResults.",
        ));
    }
    if input.chars().count() > 25_000 {
        return Err(ServiceError::constraint(
            "…",
            "inputText",
            "Member must have length less than or equal to 25000",
        ));
    }
    let seed = hash_text(&format!("{session_key}{input}{now}"));
    let mut frames = Frames {
        messages: Vec::new(),
        trace: body.get("enableTrace").and_then(Value::as_bool) == Some(true),
        base: target.base.clone(),
        counter: 0,
        seed,
    };
    let prompt_attributes = session["promptSessionAttributes"].to_string();
    let history: Vec<String> = session["turns"]
        .as_array()
        .map(|turns| {
            turns
                .iter()
                .map(|turn| {
                    format!(
                        "User: {}\nAgent: {}",
                        turn["input"].as_str().unwrap_or_default(),
                        turn["answer"].as_str().unwrap_or_default()
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    let turn = Turn { input: &input, prompt_attributes: &prompt_attributes, history: &history, seed };
    let mut pending: Option<Value> = None;
    let answer: Option<(String, Option<Vec<Value>>)>;

    if let Some(results) = results {
        let Some(waiting) = session.get("pendingInvocation").cloned().filter(|pending| !pending.is_null())
        else {
            return Err(ServiceError::validation(
                "The session has no pending return of control: returnControlInvocationResults were not expected.",
            ));
        };
        let expected = waiting["invocationId"].as_str().unwrap_or_default();
        if let Some(given) = session_state.get("invocationId").and_then(Value::as_str)
            && given != expected
        {
            return Err(ServiceError::validation(format!(
                "The invocationId {given} does not match the pending invocation {expected} of this session."
            )));
        }
        let text = match waiting.get("collaborator").filter(|collaborator| !collaborator.is_null()) {
            Some(collaborator) => results_to_collaborator(
                emulator,
                configuration,
                &mut frames,
                collaborator,
                &waiting,
                &results,
            )?,
            None => results_answer(&mut frames, &waiting, &results)?,
        };
        answer = Some((text, None));
    } else {
        let outcome = match configuration.collaboration.as_str() {
            "SUPERVISOR_ROUTER" => match collaborators::best_match(&input, &configuration.collaborators) {
                Some((collaborator, _)) => route(emulator, configuration, &mut frames, &turn, collaborator)?,
                // Nothing to route to: the supervisor orchestrates the input itself.
                None => orchestrate(emulator, configuration, &mut frames, &turn, target.agent_id, true)?,
            },
            "SUPERVISOR" => orchestrate(emulator, configuration, &mut frames, &turn, target.agent_id, true)?,
            _ => orchestrate(emulator, configuration, &mut frames, &turn, target.agent_id, false)?,
        };
        match outcome {
            Outcome::Answer(text, citations) => answer = Some((text, citations)),
            Outcome::ReturnControl(payload, collaborator) => {
                frames.messages.push(event_stream::event("returnControl", &payload));
                pending = Some(json!({
                    "invocationId": payload["invocationId"],
                    "inputText": input,
                    "collaborator": collaborator,
                }));
                answer = None;
            }
        }
    }

    if let Some((text, citations)) = &answer {
        let trace_id = frames.trace_id();
        frames.trace(json!({"orchestrationTrace": {"observation": {
            "traceId": trace_id, "type": "FINISH", "finalResponse": {"text": text},
        }}}));
        if step_enabled(&configuration.agent, "POST_PROCESSING", false) {
            frames.trace(json!({"postProcessingTrace": {"modelInvocationOutput": {
                "traceId": trace_id, "parsedResponse": {"text": text},
            }}}));
        }
        match citations {
            Some(citations) => frames.chunk(text, Some(citations.clone())),
            None => {
                for piece in generation::split_pieces(text, 24) {
                    frames.chunk(&piece, None);
                }
            }
        }
    }

    let end_session = body.get("endSession").and_then(Value::as_bool) == Some(true);
    session["pendingInvocation"] = pending.unwrap_or(Value::Null);
    if let (Some((text, _)), Some(turns)) = (&answer, session["turns"].as_array_mut()) {
        turns.push(json!({"input": input, "answer": text}));
    }
    emulator
        .store
        .update(|state| {
            if end_session && session["pendingInvocation"].is_null() {
                resources::remove(state, SESSIONS, session_key);
            } else {
                resources::put(state, SESSIONS, session_key, session);
            }
        })
        .map_err(resources::store_failure)?;
    let fault = emulator.faults.draw_stream(budget);
    let mut headers = vec![
        ("x-amz-bedrock-agent-session-id", session_id.to_string()),
        ("x-amzn-bedrock-agent-content-type", "application/json".to_string()),
    ];
    // The memory id a request names comes back in its header (InvokeAgent).
    if let Some(memory) = body.get("memoryId").and_then(Value::as_str) {
        headers.push(("x-amz-bedrock-agent-memory-id", memory.to_string()));
    }
    Ok(event_stream::response(
        frames.messages.into_iter(),
        fault,
        // InvokeAgent declares no modelStreamErrorException; a failed model call behind an
        // agent is a dependency failure.
        "dependencyFailedException",
        &headers,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn idle_sessions_expire_after_the_ttl() {
        let session = json!({"lastActiveMillis": 1_000});
        assert!(!expired(&session, 60, 61_000));
        assert!(expired(&session, 60, 61_001));
        assert!(!expired(&json!({}), 60, u64::MAX), "a session never used is not expired");
    }

    #[test]
    fn inline_collaborators_need_their_configuration() {
        let configuration =
            json!({"collaboratorName": "launches", "collaboratorInstruction": "Launch codes."});
        let definition = json!({"agentName": "launches", "foundationModel": "m", "instruction": "i"});
        let body = json!({"agentCollaboration": "SUPERVISOR", "collaborators": [definition],
            "collaboratorConfigurations": [configuration]});
        let found = inline_collaborators(&body).unwrap();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0]["collaborationInstruction"], "Launch codes.");
        assert_eq!(found[0]["_inline"]["agentName"], "launches");
        let unconfigured =
            json!({"agentCollaboration": "SUPERVISOR", "collaborators": [body["collaborators"][0]]});
        assert!(
            inline_collaborators(&unconfigured)
                .unwrap_err()
                .message
                .contains("no collaborator configuration")
        );
        let disabled = json!({"collaborators": body["collaborators"], "collaboratorConfigurations": body["collaboratorConfigurations"]});
        assert!(inline_collaborators(&disabled).unwrap_err().message.contains("DISABLED"));
        let nameless =
            json!({"agentCollaboration": "SUPERVISOR", "collaboratorConfigurations": [configuration]});
        assert!(inline_collaborators(&nameless).is_err(), "a configuration without an agent or alias");
        assert!(inline_collaborators(&json!({})).unwrap().is_empty());
    }

    #[test]
    fn results_are_read_from_either_shape() {
        let function = json!({"functionResult": {"actionGroup": "g", "function": "f", "responseBody": {"TEXT": {"body": "ok"}}}});
        assert_eq!(result_text(&function).unwrap(), ("f".to_string(), "ok".to_string()));
        let api = json!({"apiResult": {"actionGroup": "g", "httpMethod": "GET", "apiPath": "/x", "responseState": "FAILURE",
            "responseBody": {"application/json": {"body": "down"}}}});
        assert_eq!(
            result_text(&api).unwrap(),
            ("GET /x".to_string(), "the action failed (down)".to_string())
        );
        assert!(result_text(&json!({"other": 1})).is_err());
    }
}
