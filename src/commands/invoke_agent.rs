//! `bedrock invoke-agent AGENT ALIAS [INPUT]`: talk to an agent (InvokeAgent). The answer is
//! printed as it streams in, with citation markers and sources from knowledge bases; `--trace`
//! renders the agent's reasoning on stderr (NDJSON events with `-o json`). When the agent
//! returns control, `--on-return-control CMD` answers it locally, in a loop until the agent
//! answers; without it the invocation inputs are printed and the exit code is 3.

use std::collections::HashMap;

use aws_sdk_bedrockagentruntime::types::{
    ApiResult, ContentBody, FunctionResult, GeneratedResponsePart, InvocationInputMember,
    InvocationResultMember, ResponseState, ResponseStream, RetrievedReference, SessionState, Trace,
    TracePart,
};
use clap::Args;
use serde_json::{Map, Value, json};

use crate::context::{Ctx, Service};
use crate::error::{Failure, Kind, Result};

/// The exit code when the agent returned control and no --on-return-control handler was given.
pub const CONTROL_RETURNED_EXIT_CODE: i32 = 3;

/// How many times control may be returned within one invocation before giving up.
const MAXIMUM_ROUND_TRIPS: usize = 10;

#[derive(Debug, Args)]
#[command(after_help = "\
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
{\"returnControl\": …}.

Examples:
  bedrock invoke-agent AGENT12345 TSTALIASID \"What is the launch code of Zephyr?\"
  bedrock invoke-agent AGENT12345 ALIAS12345 \"Weather in Paris? getWeather city=Paris\" \\
      --on-return-control './weather.sh' --trace
  bedrock invoke-agent AGENT12345 ALIAS12345 \"And tomorrow?\" --session-id 3f1c… --end-session
  bedrock invoke-agent AGENT12345 ALIAS12345 --session-id 3f1c… --return-control-results results.json")]
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

fn string_map(text: &str, flag: &str) -> Result<HashMap<String, String>> {
    let value = super::agent_common::json_argument(text, flag)?;
    let Value::Object(object) = value else {
        return Err(Failure::usage(format!("{flag} must be a JSON object of strings")));
    };
    object
        .into_iter()
        .map(|(key, value)| match value {
            Value::String(text) => Ok((key, text)),
            other => Ok((key, other.to_string())),
        })
        .collect()
}

fn opt(text: &Option<String>) -> Value {
    text.as_ref().map(|text| json!(text)).unwrap_or(Value::Null)
}

fn prune(value: Value) -> Value {
    match value {
        Value::Object(object) => Value::Object(
            object.into_iter().filter(|(_, v)| !v.is_null()).map(|(k, v)| (k, prune(v))).collect(),
        ),
        Value::Array(items) => Value::Array(items.into_iter().map(prune).collect()),
        other => other,
    }
}

fn reference_json(reference: &RetrievedReference) -> Value {
    json!({
        "content": {"text": opt(&reference.content.as_ref().map(|content| content.text.clone()))},
        "location": {
            "type": reference.location.as_ref().map(|location| location.r#type.as_str().to_string()),
            "s3Location": {"uri": opt(&reference.location.as_ref().and_then(|location| location.s3_location.as_ref()).and_then(|s3| s3.uri.clone()))},
        },
    })
}

/// A citation (an agent's attribution, a RetrieveAndGenerateStream event) as the service's JSON:
/// the cited part of the answer and the references it cites.
pub fn citation_json(part: Option<&GeneratedResponsePart>, references: &[RetrievedReference]) -> Value {
    let part = part.and_then(|part| part.text_response_part.as_ref());
    prune(json!({
        "generatedResponsePart": {"textResponsePart": {
            "text": part.and_then(|part| part.text.clone()),
            "span": part.and_then(|part| part.span.as_ref()).map(|span| json!({"start": span.start, "end": span.end})),
        }},
        "retrievedReferences": references.iter().map(reference_json).collect::<Vec<_>>(),
    }))
}

/// A trace part as the service's JSON (the members the tool knows; others by kind only).
pub fn trace_json(part: &TracePart) -> Value {
    let trace = match &part.trace {
        Some(Trace::PreProcessingTrace(trace)) => json!({"preProcessingTrace": match trace {
            aws_sdk_bedrockagentruntime::types::PreProcessingTrace::ModelInvocationInput(input) => json!({"modelInvocationInput": {
                "traceId": opt(&input.trace_id), "text": opt(&input.text), "type": input.r#type.as_ref().map(|t| t.as_str().to_string()),
            }}),
            aws_sdk_bedrockagentruntime::types::PreProcessingTrace::ModelInvocationOutput(output) => json!({"modelInvocationOutput": {
                "traceId": opt(&output.trace_id),
                "parsedResponse": output.parsed_response.as_ref().map(|parsed| json!({"rationale": opt(&parsed.rationale), "isValid": parsed.is_valid})),
            }}),
            _ => json!({}),
        }}),
        Some(Trace::OrchestrationTrace(trace)) => {
            use aws_sdk_bedrockagentruntime::types::OrchestrationTrace as O;
            json!({"orchestrationTrace": match trace {
                O::Rationale(rationale) => json!({"rationale": {"traceId": opt(&rationale.trace_id), "text": opt(&rationale.text)}}),
                O::ModelInvocationInput(input) => json!({"modelInvocationInput": {
                    "traceId": opt(&input.trace_id), "text": opt(&input.text), "type": input.r#type.as_ref().map(|t| t.as_str().to_string()),
                    "foundationModel": opt(&input.foundation_model),
                }}),
                O::ModelInvocationOutput(output) => json!({"modelInvocationOutput": {
                    "traceId": opt(&output.trace_id), "rawResponse": output.raw_response.as_ref().map(|raw| json!({"content": opt(&raw.content)})),
                }}),
                O::InvocationInput(input) => json!({"invocationInput": invocation_input_json(input)}),
                O::Observation(observation) => json!({"observation": observation_json(observation)}),
                _ => json!({}),
            }})
        }
        Some(Trace::PostProcessingTrace(trace)) => json!({"postProcessingTrace": match trace {
            aws_sdk_bedrockagentruntime::types::PostProcessingTrace::ModelInvocationOutput(output) => json!({"modelInvocationOutput": {
                "traceId": opt(&output.trace_id),
                "parsedResponse": output.parsed_response.as_ref().map(|parsed| json!({"text": opt(&parsed.text)})),
            }}),
            aws_sdk_bedrockagentruntime::types::PostProcessingTrace::ModelInvocationInput(input) => json!({"modelInvocationInput": {
                "traceId": opt(&input.trace_id), "text": opt(&input.text),
            }}),
            _ => json!({}),
        }}),
        Some(Trace::FailureTrace(failure)) => json!({"failureTrace": {
            "traceId": opt(&failure.trace_id), "failureReason": opt(&failure.failure_reason), "failureCode": failure.failure_code,
        }}),
        Some(Trace::GuardrailTrace(guardrail)) => json!({"guardrailTrace": {
            "action": guardrail.action.as_ref().map(|action| action.as_str().to_string()), "traceId": opt(&guardrail.trace_id),
        }}),
        Some(Trace::RoutingClassifierTrace(trace)) => {
            use aws_sdk_bedrockagentruntime::types::RoutingClassifierTrace as R;
            json!({"routingClassifierTrace": match trace {
                R::ModelInvocationInput(input) => json!({"modelInvocationInput": {
                    "traceId": opt(&input.trace_id), "text": opt(&input.text), "type": input.r#type.as_ref().map(|t| t.as_str().to_string()),
                    "foundationModel": opt(&input.foundation_model),
                }}),
                R::ModelInvocationOutput(output) => json!({"modelInvocationOutput": {
                    "traceId": opt(&output.trace_id), "rawResponse": output.raw_response.as_ref().map(|raw| json!({"content": opt(&raw.content)})),
                }}),
                R::InvocationInput(input) => json!({"invocationInput": invocation_input_json(input)}),
                R::Observation(observation) => json!({"observation": observation_json(observation)}),
                _ => json!({}),
            }})
        }
        Some(Trace::CustomOrchestrationTrace(_)) => json!({"customOrchestrationTrace": {}}),
        _ => json!({}),
    };
    prune(json!({
        "agentId": opt(&part.agent_id),
        "agentAliasId": opt(&part.agent_alias_id),
        "agentVersion": opt(&part.agent_version),
        "sessionId": opt(&part.session_id),
        "callerChain": part.caller_chain.as_ref().map(|chain| chain.iter().map(|caller| match caller {
            aws_sdk_bedrockagentruntime::types::Caller::AgentAliasArn(arn) => json!({"agentAliasArn": arn}),
            _ => json!({}),
        }).collect::<Vec<_>>()),
        "collaboratorName": opt(&part.collaborator_name),
        "eventTime": part.event_time.and_then(|time| time.fmt(aws_smithy_types::date_time::Format::DateTime).ok()),
        "trace": trace,
    }))
}

/// An invocation input of an orchestration or routing trace as the service's JSON.
fn invocation_input_json(input: &aws_sdk_bedrockagentruntime::types::InvocationInput) -> Value {
    json!({
        "traceId": opt(&input.trace_id),
        "invocationType": input.invocation_type.as_ref().map(|t| t.as_str().to_string()),
        "actionGroupInvocationInput": input.action_group_invocation_input.as_ref().map(|group| json!({
            "actionGroupName": opt(&group.action_group_name),
            "function": opt(&group.function),
            "apiPath": opt(&group.api_path),
            "verb": opt(&group.verb),
            "executionType": group.execution_type.as_ref().map(|t| t.as_str().to_string()),
            "parameters": group.parameters.as_ref().map(|parameters| parameters.iter().map(|parameter| json!({
                "name": opt(&parameter.name), "type": opt(&parameter.r#type), "value": opt(&parameter.value),
            })).collect::<Vec<_>>()),
        })),
        "agentCollaboratorInvocationInput": input.agent_collaborator_invocation_input.as_ref().map(|call| json!({
            "agentCollaboratorName": opt(&call.agent_collaborator_name),
            "agentCollaboratorAliasArn": opt(&call.agent_collaborator_alias_arn),
            "input": call.input.as_ref().map(|payload| json!({
                "type": payload.r#type.as_ref().map(|t| t.as_str().to_string()),
                "text": opt(&payload.text),
                "returnControlResults": payload.return_control_results.as_ref().map(|results| json!({
                    "invocationId": opt(&results.invocation_id),
                    "returnControlInvocationResults": results.return_control_invocation_results.as_ref().map(Vec::len),
                })),
            })),
        })),
        "knowledgeBaseLookupInput": input.knowledge_base_lookup_input.as_ref().map(|lookup| json!({
            "text": opt(&lookup.text), "knowledgeBaseId": opt(&lookup.knowledge_base_id),
        })),
    })
}

/// An observation of an orchestration or routing trace as the service's JSON.
fn observation_json(observation: &aws_sdk_bedrockagentruntime::types::Observation) -> Value {
    json!({
        "traceId": opt(&observation.trace_id),
        "type": observation.r#type.as_ref().map(|t| t.as_str().to_string()),
        "actionGroupInvocationOutput": observation.action_group_invocation_output.as_ref().map(|output| json!({"text": opt(&output.text)})),
        "knowledgeBaseLookupOutput": observation.knowledge_base_lookup_output.as_ref().map(|output| json!({
            "retrievedReferences": output.retrieved_references.as_ref().map(|references| references.iter().map(reference_json).collect::<Vec<_>>()),
        })),
        "agentCollaboratorInvocationOutput": observation.agent_collaborator_invocation_output.as_ref().map(|output| json!({
            "agentCollaboratorName": opt(&output.agent_collaborator_name),
            "agentCollaboratorAliasArn": opt(&output.agent_collaborator_alias_arn),
            "output": output.output.as_ref().map(|payload| json!({
                "type": payload.r#type.as_ref().map(|t| t.as_str().to_string()),
                "text": opt(&payload.text),
                "returnControlPayload": payload.return_control_payload.as_ref().map(|returned| {
                    return_control_json(&returned.invocation_id, returned.invocation_inputs.as_deref().unwrap_or_default())
                }),
            })),
        })),
        "finalResponse": observation.final_response.as_ref().map(|response| json!({"text": opt(&response.text)})),
    })
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

fn parameters_json<'a>(
    parameters: impl Iterator<Item = (&'a Option<String>, &'a Option<String>, &'a Option<String>)>,
) -> Vec<Value> {
    parameters
        .map(|(name, kind, value)| prune(json!({"name": opt(name), "type": opt(kind), "value": opt(value)})))
        .collect()
}

/// The returnControl payload as the service's JSON.
fn return_control_json(invocation_id: &Option<String>, inputs: &[InvocationInputMember]) -> Value {
    let inputs: Vec<Value> = inputs
        .iter()
        .map(|input| match input {
            InvocationInputMember::FunctionInvocationInput(call) => json!({"functionInvocationInput": prune(json!({
                "actionGroup": call.action_group,
                "function": opt(&call.function),
                "parameters": parameters_json(call.parameters.iter().flatten().map(|p| (&p.name, &p.r#type, &p.value))),
                "actionInvocationType": call.action_invocation_type.as_ref().map(|t| t.as_str().to_string()),
                "agentId": opt(&call.agent_id),
                "collaboratorName": opt(&call.collaborator_name),
            }))}),
            InvocationInputMember::ApiInvocationInput(call) => json!({"apiInvocationInput": prune(json!({
                "actionGroup": call.action_group,
                "httpMethod": opt(&call.http_method),
                "apiPath": opt(&call.api_path),
                "parameters": parameters_json(call.parameters.iter().flatten().map(|p| (&p.name, &p.r#type, &p.value))),
                "requestBody": call.request_body.as_ref().map(|body| json!({"content": body.content.as_ref().map(|content| content.iter().map(|(kind, properties)| {
                    (kind.clone(), json!({"properties": parameters_json(properties.properties.iter().flatten().map(|p| (&p.name, &p.r#type, &p.value)))}))
                }).collect::<Map<String, Value>>())})),
                "actionInvocationType": call.action_invocation_type.as_ref().map(|t| t.as_str().to_string()),
                "agentId": opt(&call.agent_id),
                "collaboratorName": opt(&call.collaborator_name),
            }))}),
            _ => json!({}),
        })
        .collect();
    json!({"invocationId": opt(invocation_id), "invocationInputs": inputs})
}

fn build_error(error: impl std::fmt::Display) -> Failure {
    Failure::usage(format!("invalid return-control result: {error}"))
}

fn response_body(value: Option<&Value>) -> Option<HashMap<String, ContentBody>> {
    value.and_then(Value::as_object).map(|bodies| {
        bodies
            .iter()
            .map(|(kind, body)| {
                let text = match body.get("body") {
                    Some(Value::String(text)) => text.clone(),
                    Some(other) => other.to_string(),
                    None => String::new(),
                };
                (kind.clone(), ContentBody::builder().body(text).build())
            })
            .collect()
    })
}

fn response_state(value: &Value) -> Option<ResponseState> {
    value.get("responseState").and_then(Value::as_str).map(ResponseState::from)
}

/// One result in the service's shape.
fn result_member(value: &Value, origin: &str) -> Result<InvocationResultMember> {
    if let Some(result) = value.get("functionResult") {
        let group = result
            .get("actionGroup")
            .and_then(Value::as_str)
            .ok_or_else(|| Failure::usage(format!("{origin}: functionResult.actionGroup is missing")))?;
        return FunctionResult::builder()
            .action_group(group)
            .set_function(result.get("function").and_then(Value::as_str).map(str::to_string))
            .set_response_body(response_body(result.get("responseBody")))
            .set_response_state(response_state(result))
            .build()
            .map(InvocationResultMember::FunctionResult)
            .map_err(build_error);
    }
    if let Some(result) = value.get("apiResult") {
        let group = result
            .get("actionGroup")
            .and_then(Value::as_str)
            .ok_or_else(|| Failure::usage(format!("{origin}: apiResult.actionGroup is missing")))?;
        return ApiResult::builder()
            .action_group(group)
            .set_http_method(result.get("httpMethod").and_then(Value::as_str).map(str::to_string))
            .set_api_path(result.get("apiPath").and_then(Value::as_str).map(str::to_string))
            .set_response_body(response_body(result.get("responseBody")))
            .set_http_status_code(
                result.get("httpStatusCode").and_then(Value::as_i64).map(|code| code as i32),
            )
            .set_response_state(response_state(result))
            .build()
            .map(InvocationResultMember::ApiResult)
            .map_err(build_error);
    }
    Err(Failure::usage(format!(
        "{origin}: each result must be a {{\"functionResult\": …}} or {{\"apiResult\": …}} object"
    )))
}

/// Results given in the service's shape, if the document is in that shape.
fn explicit_results(
    document: &Value,
    origin: &str,
) -> Option<Result<(Option<String>, Vec<InvocationResultMember>)>> {
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
            .map(|item| result_member(item, origin))
            .collect::<Result<Vec<_>>>()
            .map(|results| (invocation_id, results)),
    )
}

/// Results for every requested action from a handler's JSON output.
fn results_for(
    inputs: &[InvocationInputMember],
    document: &Value,
    origin: &str,
) -> Result<Vec<InvocationResultMember>> {
    if let Some(explicit) = explicit_results(document, origin) {
        return explicit.map(|(_, results)| results);
    }
    let text = match document {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    };
    inputs
        .iter()
        .filter_map(|input| match input {
            InvocationInputMember::FunctionInvocationInput(call) => Some(
                FunctionResult::builder()
                    .action_group(&call.action_group)
                    .set_function(call.function.clone())
                    .response_body("TEXT", ContentBody::builder().body(&text).build())
                    .build()
                    .map(InvocationResultMember::FunctionResult)
                    .map_err(build_error),
            ),
            InvocationInputMember::ApiInvocationInput(call) => Some(
                ApiResult::builder()
                    .action_group(&call.action_group)
                    .set_http_method(call.http_method.clone())
                    .set_api_path(call.api_path.clone())
                    .response_body("application/json", ContentBody::builder().body(&text).build())
                    .http_status_code(200)
                    .build()
                    .map(InvocationResultMember::ApiResult)
                    .map_err(build_error),
            ),
            _ => None,
        })
        .collect()
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

/// What one round of the stream produced.
struct Round {
    returned: Option<(Option<String>, Vec<InvocationInputMember>)>,
    sources: Vec<String>,
}

async fn stream_round(
    ctx: &Ctx,
    mut output: aws_sdk_bedrockagentruntime::operation::invoke_agent::InvokeAgentOutput,
    show_trace: bool,
) -> Result<Round> {
    let json_mode = ctx.output.runtime_wants_json();
    let mut round = Round { returned: None, sources: Vec::new() };
    loop {
        let event = match output.completion.recv().await {
            Ok(Some(event)) => event,
            Ok(None) => break,
            Err(error) => {
                let _ = ctx.output.end_stream_text();
                return Err(crate::aws::errors::classify_stream(error));
            }
        };
        match event {
            ResponseStream::Chunk(part) => {
                let text = part
                    .bytes
                    .as_ref()
                    .map(|bytes| String::from_utf8_lossy(bytes.as_ref()).into_owned())
                    .unwrap_or_default();
                let citations: Vec<Value> = part
                    .attribution
                    .as_ref()
                    .and_then(|attribution| attribution.citations.as_ref())
                    .map(|citations| {
                        citations
                            .iter()
                            .map(|citation| {
                                citation_json(
                                    citation.generated_response_part.as_ref(),
                                    citation.retrieved_references.as_deref().unwrap_or_default(),
                                )
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                if json_mode {
                    let mut chunk = json!({"text": text});
                    if !citations.is_empty() {
                        chunk["attribution"] = json!({"citations": citations});
                    }
                    ctx.output.ndjson(&json!({"chunk": chunk}))?;
                } else if citations.is_empty() {
                    ctx.output.stream_text(&text)?;
                } else {
                    let (marked, sources) = super::retrieve_and_generate::with_citations(&text, &citations);
                    let offset = round.sources.len();
                    let mut renumbered = marked;
                    for index in (1..=sources.len()).rev() {
                        renumbered =
                            renumbered.replace(&format!("[{index}]"), &format!("[{}]", index + offset));
                    }
                    round.sources.extend(sources);
                    ctx.output.stream_text(&renumbered)?;
                }
            }
            ResponseStream::Trace(part) => {
                let trace = trace_json(&part);
                if json_mode {
                    ctx.output.ndjson(&json!({"trace": trace}))?;
                } else if show_trace {
                    for line in trace_lines(&trace) {
                        crate::output::stderr_line(&crate::output::paint(
                            &line,
                            "2",
                            ctx.output.stderr_color,
                        ));
                    }
                }
            }
            ResponseStream::ReturnControl(payload) => {
                let inputs = payload.invocation_inputs.clone().unwrap_or_default();
                if json_mode {
                    ctx.output.ndjson(
                        &json!({"returnControl": return_control_json(&payload.invocation_id, &inputs)}),
                    )?;
                }
                round.returned = Some((payload.invocation_id.clone(), inputs));
            }
            _ => {}
        }
    }
    Ok(round)
}

pub async fn run(ctx: &Ctx, args: InvokeAgentArgs) -> Result<()> {
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
    let input = if pending_results.is_some() && args.input.is_none() {
        String::new()
    } else {
        crate::input::prompt(args.input.clone(), None)?
    };
    let session_attributes = args
        .session_attributes
        .as_deref()
        .map(|text| string_map(text, "--session-attributes"))
        .transpose()?;
    let prompt_attributes =
        args.prompt_attributes.as_deref().map(|text| string_map(text, "--prompt-attributes")).transpose()?;
    let session_id = args.session_id.clone().unwrap_or_else(new_session_id);
    let client = ctx.bedrock_agent_runtime().await?;
    let mut sources: Vec<String> = Vec::new();
    let mut first = true;
    for _ in 0..MAXIMUM_ROUND_TRIPS {
        let mut state = SessionState::builder()
            .set_session_attributes(session_attributes.clone())
            .set_prompt_session_attributes(prompt_attributes.clone());
        if let Some((invocation_id, results)) = pending_results.take() {
            state =
                state.set_invocation_id(invocation_id).set_return_control_invocation_results(Some(results));
        }
        let request = client
            .invoke_agent()
            .agent_id(&args.agent)
            .agent_alias_id(&args.alias)
            .session_id(&session_id)
            .set_input_text((first && !input.is_empty()).then(|| input.clone()))
            .enable_trace(args.trace || ctx.output.runtime_wants_json())
            .end_session(args.end_session)
            .session_state(state.build());
        let output = match request.send().await {
            Ok(output) => output,
            Err(error) => return Err(ctx.failure(Service::BedrockAgentRuntime, error).await),
        };
        ctx.capture.check_event_stream()?;
        if first {
            ctx.output.info(&format!("session: {session_id}"));
        }
        first = false;
        let round = stream_round(ctx, output, args.trace).await?;
        sources.extend(round.sources);
        let Some((invocation_id, inputs)) = round.returned else {
            ctx.output.end_stream_text()?;
            if !sources.is_empty() && !ctx.output.runtime_wants_json() {
                let mut text = String::from("\nSources:\n");
                for (index, uri) in sources.iter().enumerate() {
                    text.push_str(&format!("[{}] {uri}\n", index + 1));
                }
                ctx.output.write_stdout(text.as_bytes())?;
            }
            return Ok(());
        };
        let request = return_control_json(&invocation_id, &inputs);
        let Some(command) = &args.on_return_control else {
            ctx.output.end_stream_text()?;
            if !ctx.output.runtime_wants_json() {
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
        if args.trace && !ctx.output.runtime_wants_json() {
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
        let inputs = vec![InvocationInputMember::FunctionInvocationInput(
            aws_sdk_bedrockagentruntime::types::FunctionInvocationInput::builder()
                .action_group("weather")
                .function("getWeather")
                .build()
                .unwrap(),
        )];
        let results = results_for(&inputs, &json!({"temperature": "21C"}), "test").unwrap();
        let InvocationResultMember::FunctionResult(result) = &results[0] else {
            panic!("not a function result")
        };
        assert_eq!(result.function.as_deref(), Some("getWeather"));
        let body = result.response_body.as_ref().unwrap()["TEXT"].body.clone().unwrap();
        assert_eq!(body, "{\"temperature\":\"21C\"}");
        let explicit = json!([{"functionResult": {"actionGroup": "weather", "function": "getWeather", "responseBody": {"TEXT": {"body": "sunny"}}}}]);
        assert_eq!(results_for(&inputs, &explicit, "test").unwrap().len(), 1);
        assert!(result_member(&json!({"other": {}}), "test").is_err());
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
