//! The Converse API (Converse and ConverseStream): the request validated with the service's
//! wording, turned into a [`Conversation`], and the reply rendered as the response document or as
//! the stream's events (messageStart, contentBlockStart/Delta/Stop, messageStop, metadata).

use serde_json::{Map, Value, json};

use super::super::errors::ServiceError;
use super::conversation::{Block, Content, Conversation, Reply, Role, Tool, ToolChoice, Turn, Usage};
use super::family::Family;
use super::generation::{Limits, MAXIMUM_WORDS};
use super::reasoning::{self, Reasoning};

/// Max tokens when the request gives none.
pub const DEFAULT_MAX_TOKENS: u64 = 4096;

pub const START_WITH_USER: &str = "A conversation must start with a user message. Try again with a conversation that starts with a user message.";
pub const ALTERNATE_ROLES: &str = "A conversation must alternate between user and assistant roles. Make sure the conversation alternates between user and assistant roles and try again.";
pub const UNSUPPORTED_MODEL: &str =
    "This action doesn't support the model that you provided. Try again with a supported text or chat model.";
pub const TOOLS_UNSUPPORTED: &str = "This model doesn't support tool use.";
pub const TOOL_CONFIG_REQUIRED: &str =
    "The toolConfig field must be defined when using toolUse and toolResult content blocks.";

const IMAGE_FORMATS: &[&str] = &["png", "jpeg", "gif", "webp"];
const DOCUMENT_FORMATS: &[&str] = &["pdf", "csv", "doc", "docx", "xls", "xlsx", "html", "txt", "md"];

/// A parsed Converse request.
#[derive(Debug, Clone)]
pub struct ConverseRequest {
    pub conversation: Conversation,
    pub performance_latency: Option<String>,
    pub guardrail: Option<super::guarded::GuardrailRequest>,
    /// The reasoning the model writes before its answer (thinking enabled, or a model that
    /// always reasons).
    pub reasoning: Option<Reasoning>,
    /// The service tier the request asked for (`serviceTier.type`), echoed in the response.
    pub service_tier: Option<String>,
    /// The answer that cites the message's documents, when citations are enabled on one.
    pub citations: Option<super::citations::CitedAnswer>,
}

/// The service tiers of the runtime API.
pub const SERVICE_TIERS: &[&str] = &["priority", "default", "flex", "reserved"];

fn enum_set(values: &[&str]) -> String {
    format!("Member must satisfy enum value set: [{}]", values.join(", "))
}

fn value_text(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

/// Parse one content block; `path` is like `messages.0.member.content.1`.
fn parse_block(block: &Value, path: &str) -> Result<Block, ServiceError> {
    let Some(block) = block.as_object() else {
        return Err(ServiceError::validation(format!("The content block at {path} is not an object.")));
    };
    if let Some(text) = block.get("text") {
        return match text.as_str() {
            Some(text) => Ok(Block::Text(text.to_string())),
            None => Err(ServiceError::validation(format!("The text at {path}.member.text is not a string."))),
        };
    }
    if let Some(image) = block.get("image") {
        let format = image.get("format").map(value_text).unwrap_or_default();
        if !IMAGE_FORMATS.contains(&format.as_str()) {
            return Err(ServiceError::constraint(
                &format,
                &format!("{path}.member.image.format"),
                &enum_set(IMAGE_FORMATS),
            ));
        }
        return Ok(Block::Media);
    }
    if let Some(document) = block.get("document") {
        let format = document.get("format").map(value_text).unwrap_or_default();
        if !DOCUMENT_FORMATS.contains(&format.as_str()) {
            return Err(ServiceError::constraint(
                &format,
                &format!("{path}.member.document.format"),
                &enum_set(DOCUMENT_FORMATS),
            ));
        }
        return Ok(
            match document.get("source").and_then(|source| source.get("text")).and_then(Value::as_str) {
                Some(text) => Block::Text(text.to_string()),
                None => Block::Media,
            },
        );
    }
    if let Some(tool_use) = block.get("toolUse") {
        let field = |name: &str| tool_use.get(name).and_then(Value::as_str).map(str::to_string);
        let (Some(id), Some(name)) = (field("toolUseId"), field("name")) else {
            return Err(ServiceError::validation(format!(
                "The toolUse block at {path} needs a toolUseId and a name."
            )));
        };
        let input = tool_use.get("input").cloned().unwrap_or_else(|| json!({}));
        return Ok(Block::ToolUse { id, name, input });
    }
    if let Some(result) = block.get("toolResult") {
        let Some(tool_use_id) = result.get("toolUseId").and_then(Value::as_str) else {
            return Err(ServiceError::validation(format!(
                "The toolResult block at {path} needs a toolUseId."
            )));
        };
        let content = result
            .get("content")
            .and_then(Value::as_array)
            .map(|items| {
                items
                    .iter()
                    .filter_map(|item| match (item.get("text"), item.get("json")) {
                        (Some(text), _) => Some(value_text(text)),
                        (None, Some(json)) => Some(json.to_string()),
                        _ => None,
                    })
                    .collect()
            })
            .unwrap_or_default();
        let failed = result.get("status").and_then(Value::as_str) == Some("error");
        return Ok(Block::ToolResult { tool_use_id: tool_use_id.to_string(), content, failed });
    }
    if block.contains_key("cachePoint") {
        return Ok(Block::CachePoint);
    }
    if let Some(cited) = block.get("citationsContent") {
        // An earlier cited answer sent back: its generated text is what the model reads.
        let text: String = cited
            .get("content")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|generated| generated.get("text").and_then(Value::as_str))
            .collect();
        return Ok(Block::Text(text));
    }
    if let Some(text) =
        block.get("guardContent").and_then(|guard| guard.get("text")).and_then(|text| text.get("text"))
    {
        return Ok(Block::Text(value_text(text)));
    }
    Ok(Block::Media)
}

/// Parse and check `messages`: non-empty contents, starting with user, alternating roles.
pub fn parse_messages(messages: Option<&Value>) -> Result<Vec<Turn>, ServiceError> {
    let messages = match messages {
        None | Some(Value::Null) => return Err(ServiceError::validation(START_WITH_USER)),
        Some(Value::Array(messages)) => messages,
        Some(_) => return Err(ServiceError::validation("The messages field must be a list of messages.")),
    };
    let mut turns: Vec<Turn> = Vec::with_capacity(messages.len());
    for (index, message) in messages.iter().enumerate() {
        let role_value = message.get("role").map(value_text).unwrap_or_default();
        let role = match role_value.as_str() {
            "user" => Role::User,
            "assistant" => Role::Assistant,
            _ => {
                return Err(ServiceError::constraint(
                    &role_value,
                    &format!("messages.{index}.member.role"),
                    &enum_set(&["user", "assistant"]),
                ));
            }
        };
        let content = message.get("content").and_then(Value::as_array).filter(|content| !content.is_empty());
        let Some(content) = content else {
            return Err(ServiceError::validation(format!(
                "The content field in the Message object at messages.{index} is empty. Add a ContentBlock object to the content field and try again."
            )));
        };
        let blocks = content
            .iter()
            .enumerate()
            .map(|(block_index, block)| {
                parse_block(block, &format!("messages.{index}.member.content.{block_index}"))
            })
            .collect::<Result<Vec<_>, _>>()?;
        turns.push(Turn { role, blocks });
    }
    match turns.first() {
        Some(first) if first.role == Role::User => {}
        _ => return Err(ServiceError::validation(START_WITH_USER)),
    }
    if turns.windows(2).any(|pair| pair[0].role == pair[1].role) {
        return Err(ServiceError::validation(ALTERNATE_ROLES));
    }
    Ok(turns)
}

/// Parse `system`: text, cache points and guard content.
pub fn parse_system(system: Option<&Value>) -> Result<Vec<Block>, ServiceError> {
    match system {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(items)) => items
            .iter()
            .enumerate()
            .map(|(index, item)| parse_block(item, &format!("system.{index}")))
            .collect(),
        Some(Value::String(text)) => Ok(vec![Block::Text(text.clone())]),
        Some(_) => Err(ServiceError::validation("The system field must be a list of system content blocks.")),
    }
}

/// Parse `toolConfig` into tools and a tool choice.
pub fn parse_tool_config(
    tool_config: Option<&Value>,
) -> Result<Option<(Vec<Tool>, ToolChoice)>, ServiceError> {
    let Some(config) = tool_config.filter(|config| !config.is_null()) else { return Ok(None) };
    let tools_value = config.get("tools").and_then(Value::as_array);
    let Some(tools_value) = tools_value.filter(|tools| !tools.is_empty()) else {
        return Err(ServiceError::constraint(
            "[]",
            "toolConfig.tools",
            "Member must have length greater than or equal to 1",
        ));
    };
    let mut tools = Vec::new();
    for (index, tool) in tools_value.iter().enumerate() {
        let Some(spec) = tool.get("toolSpec") else { continue };
        let name = spec.get("name").map(value_text).unwrap_or_default();
        let valid = !name.is_empty()
            && name.len() <= 64
            && name
                .chars()
                .all(|character| character.is_ascii_alphanumeric() || character == '_' || character == '-');
        if !valid {
            return Err(ServiceError::constraint(
                &name,
                &format!("toolConfig.tools.{index}.member.toolSpec.name"),
                "Member must satisfy regular expression pattern: [a-zA-Z0-9_-]+",
            ));
        }
        let schema = spec
            .get("inputSchema")
            .and_then(|schema| schema.get("json"))
            .cloned()
            .unwrap_or_else(|| json!({"type": "object"}));
        let description = spec.get("description").and_then(Value::as_str).unwrap_or_default().to_string();
        tools.push(Tool { name, description, schema });
    }
    let choice = match config.get("toolChoice").filter(|choice| !choice.is_null()) {
        None => ToolChoice::Auto,
        Some(choice) if choice.get("any").is_some() => ToolChoice::Any,
        Some(choice) => match choice.get("tool").and_then(|tool| tool.get("name")).and_then(Value::as_str) {
            Some(name) => {
                if !tools.iter().any(|tool| tool.name == name) {
                    return Err(ServiceError::validation(format!(
                        "The tool {name} in toolChoice is not defined in toolConfig.tools. Define the tool and try again."
                    )));
                }
                ToolChoice::Named(name.to_string())
            }
            None => ToolChoice::Auto,
        },
    };
    Ok(Some((tools, choice)))
}

fn inference_limits(config: Option<&Value>) -> Result<Limits, ServiceError> {
    let Some(config) = config.filter(|config| !config.is_null()) else {
        return Ok(Limits::new(DEFAULT_MAX_TOKENS, Vec::new()));
    };
    let number = |name: &str| config.get(name).filter(|value| !value.is_null());
    let max_tokens = match number("maxTokens") {
        None => DEFAULT_MAX_TOKENS,
        Some(value) => match value.as_f64() {
            Some(max) if max >= 1.0 && max.fract() == 0.0 => (max as u64).min(MAXIMUM_WORDS),
            _ => {
                return Err(ServiceError::constraint(
                    &value_text(value),
                    "inferenceConfig.maxTokens",
                    "Member must have value greater than or equal to 1",
                ));
            }
        },
    };
    for name in ["temperature", "topP"] {
        if let Some(value) = number(name) {
            let parsed = value.as_f64().unwrap_or(-1.0);
            let problem = if parsed < 0.0 {
                "Member must have value greater than or equal to 0"
            } else if parsed > 1.0 {
                "Member must have value less than or equal to 1"
            } else {
                continue;
            };
            return Err(ServiceError::constraint(
                &value_text(value),
                &format!("inferenceConfig.{name}"),
                problem,
            ));
        }
    }
    let stop_sequences = config
        .get("stopSequences")
        .and_then(Value::as_array)
        .map(|items| items.iter().filter_map(Value::as_str).map(str::to_string).collect())
        .unwrap_or_default();
    Ok(Limits::new(max_tokens, stop_sequences))
}

/// Validate a Converse request body for a model of `family`.
pub fn parse_request(
    body: &Map<String, Value>,
    family: Family,
    model_id: &str,
) -> Result<ConverseRequest, ServiceError> {
    let turns = parse_messages(body.get("messages"))?;
    let system = parse_system(body.get("system"))?;
    let limits = inference_limits(body.get("inferenceConfig"))?;
    let tool_config = parse_tool_config(body.get("toolConfig"))?;
    let uses_tool_blocks = turns
        .iter()
        .flat_map(|turn| turn.blocks.iter())
        .any(|block| matches!(block, Block::ToolUse { .. } | Block::ToolResult { .. }));
    if tool_config.is_some() && !family.supports_tools(model_id) {
        return Err(ServiceError::validation(TOOLS_UNSUPPORTED));
    }
    if uses_tool_blocks && tool_config.is_none() {
        return Err(ServiceError::validation(TOOL_CONFIG_REQUIRED));
    }
    let performance_latency = match body.get("performanceConfig").and_then(|config| config.get("latency")) {
        None | Some(Value::Null) => None,
        Some(value) => {
            let latency = value_text(value);
            if latency != "standard" && latency != "optimized" {
                return Err(ServiceError::constraint(
                    &latency,
                    "performanceConfig.latency",
                    &enum_set(&["standard", "optimized"]),
                ));
            }
            Some(latency)
        }
    };
    let service_tier = match body.get("serviceTier").filter(|tier| !tier.is_null()) {
        None => None,
        Some(tier) => {
            let name = tier.get("type").map(value_text).unwrap_or_default();
            if !SERVICE_TIERS.contains(&name.as_str()) {
                return Err(ServiceError::constraint(&name, "serviceTier.type", &enum_set(SERVICE_TIERS)));
            }
            Some(name)
        }
    };
    let thinking =
        reasoning::requested(body.get("additionalModelRequestFields"), model_id, limits.max_tokens)?;
    reasoning::check_messages(body.get("messages"), thinking)?;
    let mut conversation = Conversation::new(system, turns, limits);
    if let Some((tools, choice)) = tool_config {
        conversation.tools = tools;
        conversation.tool_choice = choice;
    }
    let reasoning = thinking.map(|thinking| reasoning::think(&conversation.focus(), thinking.budget));
    if let Some(reasoning) = &reasoning {
        // The reasoning is written within max tokens, before the answer.
        let limits = &mut conversation.limits;
        limits.max_tokens = limits.max_tokens.saturating_sub(reasoning.tokens()).max(1);
    }
    let guardrail = super::guarded::GuardrailRequest::from_converse(body)?;
    let citations = super::citations::from_messages(
        body.get("messages"),
        family,
        model_id,
        &conversation.focus(),
        &conversation.limits,
    )?;
    Ok(ConverseRequest { conversation, performance_latency, guardrail, reasoning, service_tier, citations })
}

/// Add what the request asked for beyond the reply to a Converse response document: the
/// answer's citations, the reasoning block before the answer (counted in output tokens) and
/// the service tier.
pub fn finish_document(document: &mut Value, request: &ConverseRequest) {
    if let Some(cited) = &request.citations {
        super::citations::cite_document(document, cited);
    }
    if let Some(reasoning) = &request.reasoning {
        if let Some(content) = document.pointer_mut("/output/message/content").and_then(Value::as_array_mut) {
            content.insert(0, reasoning.converse_block());
        }
        add_output_tokens(&mut document["usage"], reasoning.tokens());
    }
    if let Some(tier) = &request.service_tier {
        document["serviceTier"] = json!({"type": tier});
    }
}

fn add_output_tokens(usage: &mut Value, tokens: u64) {
    for key in ["outputTokens", "totalTokens"] {
        if let Some(count) = usage.get(key).and_then(Value::as_u64) {
            usage[key] = json!(count + tokens);
        }
    }
}

/// The same for the stream's events: the answer's cited blocks, the reasoning as content block
/// 0 (its text deltas, then its signature, or its redacted content), the answer's blocks after it.
pub fn finish_events(events: &mut Vec<(&'static str, Value)>, request: &ConverseRequest) {
    if let Some(cited) = &request.citations {
        super::citations::cite_events(events, cited);
    }
    if let Some(reasoning) = &request.reasoning {
        for (_, payload) in events.iter_mut() {
            if let Some(index) = payload.get("contentBlockIndex").and_then(Value::as_u64) {
                payload["contentBlockIndex"] = json!(index + 1);
            }
            if let Some(usage) = payload.get_mut("usage") {
                add_output_tokens(usage, reasoning.tokens());
            }
        }
        let delta = |delta: Value| {
            ("contentBlockDelta", json!({"contentBlockIndex": 0, "delta": {"reasoningContent": delta}}))
        };
        let mut added = Vec::new();
        match reasoning {
            Reasoning::Text { text, signature } => {
                for piece in super::generation::split_pieces(text, 24) {
                    added.push(delta(json!({"text": piece})));
                }
                added.push(delta(json!({"signature": signature})));
            }
            Reasoning::Redacted(bytes) => {
                added.push(delta(json!({"redactedContent": aws_smithy_types::base64::encode(bytes)})));
            }
        }
        added.push(("contentBlockStop", json!({"contentBlockIndex": 0})));
        let start = events.iter().position(|(kind, _)| *kind == "messageStart").map_or(0, |index| index + 1);
        events.splice(start..start, added);
    }
    if let Some(tier) = &request.service_tier
        && let Some((_, metadata)) = events.iter_mut().find(|(kind, _)| *kind == "metadata")
    {
        metadata["serviceTier"] = json!({"type": tier});
    }
}

/// Converse usage: cache counts only when a cache point was used.
pub fn usage_document(usage: &Usage) -> Value {
    let mut document = json!({
        "inputTokens": usage.input_tokens,
        "outputTokens": usage.output_tokens,
        "totalTokens": usage.total_tokens(),
    });
    if usage.cache_write_input_tokens > 0 || usage.cache_read_input_tokens > 0 {
        document["cacheReadInputTokens"] = json!(usage.cache_read_input_tokens);
        document["cacheWriteInputTokens"] = json!(usage.cache_write_input_tokens);
    }
    document
}

/// The Converse content block of a reply.
pub fn content_document(reply: &Reply) -> Value {
    match &reply.content {
        Content::Text(generated) => json!({"text": generated.text()}),
        Content::ToolUse { id, name, input } => {
            json!({"toolUse": {"toolUseId": id, "name": name, "input": input}})
        }
    }
}

/// The Converse response document.
pub fn response_document(
    reply: &Reply,
    latency_ms: u64,
    performance_latency: Option<&str>,
    trace: Option<&Value>,
) -> Value {
    let mut document = json!({
        "output": {"message": {"role": "assistant", "content": [content_document(reply)]}},
        "stopReason": reply.stop_reason.name(),
        "usage": usage_document(&reply.usage),
        "metrics": {"latencyMs": latency_ms},
    });
    if let Some(latency) = performance_latency {
        document["performanceConfig"] = json!({"latency": latency});
    }
    if let Some(trace) = trace {
        document["trace"] = trace.clone();
    }
    document
}

/// The ConverseStream events as (event type, payload) pairs.
pub fn stream_events(
    reply: &Reply,
    latency_ms: u64,
    performance_latency: Option<&str>,
    trace: Option<&Value>,
) -> Vec<(&'static str, Value)> {
    let mut events = vec![("messageStart", json!({"role": "assistant"}))];
    match &reply.content {
        Content::Text(generated) => {
            if generated.pieces.is_empty() {
                events.push(("contentBlockDelta", json!({"contentBlockIndex": 0, "delta": {"text": ""}})));
            }
            for piece in &generated.pieces {
                events.push(("contentBlockDelta", json!({"contentBlockIndex": 0, "delta": {"text": piece}})));
            }
        }
        Content::ToolUse { id, name, input } => {
            events.push((
                "contentBlockStart",
                json!({"contentBlockIndex": 0, "start": {"toolUse": {"toolUseId": id, "name": name}}}),
            ));
            for piece in Reply::tool_input_pieces(input) {
                events.push((
                    "contentBlockDelta",
                    json!({"contentBlockIndex": 0, "delta": {"toolUse": {"input": piece}}}),
                ));
            }
        }
    }
    events.push(("contentBlockStop", json!({"contentBlockIndex": 0})));
    events.push(("messageStop", json!({"stopReason": reply.stop_reason.name()})));
    let mut metadata = json!({"usage": usage_document(&reply.usage), "metrics": {"latencyMs": latency_ms}});
    if let Some(latency) = performance_latency {
        metadata["performanceConfig"] = json!({"latency": latency});
    }
    if let Some(trace) = trace {
        metadata["trace"] = trace.clone();
    }
    events.push(("metadata", metadata));
    events
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(body: Value) -> Result<ConverseRequest, ServiceError> {
        parse_request(
            body.as_object().unwrap(),
            Family::ClaudeMessages,
            "anthropic.claude-3-haiku-20240307-v1:0",
        )
    }

    fn user(text: &str) -> Value {
        json!({"role": "user", "content": [{"text": text}]})
    }

    #[test]
    fn roles_must_start_with_user_and_alternate() {
        assert_eq!(request(json!({"messages": []})).unwrap_err().message, START_WITH_USER);
        assert_eq!(
            request(json!({"messages": [{"role": "assistant", "content": [{"text": "hi"}]}]}))
                .unwrap_err()
                .message,
            START_WITH_USER
        );
        assert_eq!(
            request(json!({"messages": [user("a"), user("b")]})).unwrap_err().message,
            ALTERNATE_ROLES
        );
        let error = request(json!({"messages": [{"role": "bot", "content": [{"text": "x"}]}]})).unwrap_err();
        assert!(error.message.contains("Value 'bot' at 'messages.0.member.role'"), "{}", error.message);
        let error = request(json!({"messages": [{"role": "user", "content": []}]})).unwrap_err();
        assert!(error.message.contains("messages.0 is empty"), "{}", error.message);
    }

    #[test]
    fn inference_config_is_checked() {
        let error =
            request(json!({"messages": [user("a")], "inferenceConfig": {"maxTokens": 0}})).unwrap_err();
        assert_eq!(
            error.message,
            "1 validation error detected: Value '0' at 'inferenceConfig.maxTokens' failed to satisfy constraint: Member must have value greater than or equal to 1"
        );
        let error =
            request(json!({"messages": [user("a")], "inferenceConfig": {"temperature": 5.0}})).unwrap_err();
        assert!(error.message.contains("less than or equal to 1"));
        let parsed = request(
            json!({"messages": [user("a")], "inferenceConfig": {"maxTokens": 7, "stopSequences": ["x"]}}),
        )
        .unwrap();
        assert_eq!(parsed.conversation.limits, Limits::new(7, vec!["x".into()]));
    }

    #[test]
    fn tools_are_parsed_and_checked() {
        let tool_config = json!({
            "tools": [{"toolSpec": {"name": "get_weather", "inputSchema": {"json": {"type": "object"}}}}],
            "toolChoice": {"tool": {"name": "get_weather"}}
        });
        let parsed = request(json!({"messages": [user("a")], "toolConfig": tool_config})).unwrap();
        assert_eq!(parsed.conversation.tool_choice, ToolChoice::Named("get_weather".into()));
        let error = parse_request(
            json!({"messages": [user("a")], "toolConfig": tool_config}).as_object().unwrap(),
            Family::TitanText,
            "amazon.titan-text-express-v1",
        )
        .unwrap_err();
        assert_eq!(error.message, TOOLS_UNSUPPORTED);
        let with_result = json!({"messages": [
            user("a"),
            {"role": "assistant", "content": [{"toolUse": {"toolUseId": "t", "name": "get_weather", "input": {}}}]},
            {"role": "user", "content": [{"toolResult": {"toolUseId": "t", "content": [{"json": {"a": 1}}]}}]}
        ]});
        assert_eq!(request(with_result).unwrap_err().message, TOOL_CONFIG_REQUIRED);
        let bad_choice = json!({"messages": [user("a")], "toolConfig": {
            "tools": [{"toolSpec": {"name": "a", "inputSchema": {"json": {}}}}],
            "toolChoice": {"tool": {"name": "b"}}
        }});
        assert!(request(bad_choice).is_err());
    }

    #[test]
    fn responses_and_events_have_the_wire_shape() {
        let parsed = request(json!({
            "messages": [user("Tell me about rivers")],
            "system": [{"text": "Be brief"}, {"cachePoint": {"type": "default"}}],
            "inferenceConfig": {"maxTokens": 5},
            "performanceConfig": {"latency": "optimized"}
        }))
        .unwrap();
        let reply = parsed.conversation.respond("tooluse_");
        let document = response_document(&reply, 105, parsed.performance_latency.as_deref(), None);
        assert_eq!(document["stopReason"], "max_tokens");
        assert_eq!(document["output"]["message"]["role"], "assistant");
        assert_eq!(document["usage"]["outputTokens"], 5);
        assert_eq!(document["usage"]["inputTokens"], 4);
        assert_eq!(document["usage"]["cacheWriteInputTokens"], 2);
        assert_eq!(document["usage"]["totalTokens"], 11);
        assert_eq!(document["performanceConfig"]["latency"], "optimized");
        let events = stream_events(&reply, 105, None, None);
        let names: Vec<&str> = events.iter().map(|(name, _)| *name).collect();
        assert_eq!(names.first(), Some(&"messageStart"));
        assert_eq!(&names[names.len() - 3..], ["contentBlockStop", "messageStop", "metadata"]);
        let joined: String = events
            .iter()
            .filter_map(|(_, payload)| payload["delta"]["text"].as_str().map(str::to_string))
            .collect();
        assert_eq!(joined, document["output"]["message"]["content"][0]["text"].as_str().unwrap());
    }
}
