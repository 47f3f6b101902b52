//! InvokeModel bodies of the text families: each family's request fields checked like the
//! service, the deterministic answer, and the family's own response document or stream chunks.

use serde_json::{Map, Value, json};

use super::super::errors::ServiceError;
use super::chunks::{Chunks, Template};
use super::conversation::{Block, Content, Conversation, Reply, Role, StopReason, Tool, ToolChoice, Turn};
use super::converse;
use super::family::Family;
use super::generation::{
    Finish, Generated, Limits, MAXIMUM_WORDS, count_words, focus_of_prompt, generate, hash_text,
};
use super::schema::{Checked, malformed};

/// Whether the caller wants the whole response or the stream's chunks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Whole,
    Stream,
}

/// What an invocation produced.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// The response document (whole mode).
    pub body: Value,
    /// The chunk documents, in order (stream mode); the caller adds the invocation metrics to the
    /// last one.
    pub chunks: Chunks,
    pub input_tokens: u64,
    pub output_tokens: u64,
}

impl Outcome {
    fn new(
        mode: Mode,
        body: impl FnOnce() -> Value,
        chunks: impl FnOnce() -> Chunks,
        input_tokens: u64,
        output_tokens: u64,
    ) -> Self {
        match mode {
            Mode::Whole => Outcome { body: body(), chunks: Chunks::new(), input_tokens, output_tokens },
            Mode::Stream => Outcome { body: Value::Null, chunks: chunks(), input_tokens, output_tokens },
        }
    }
}

/// A UUID-shaped id drawn from a seed.
pub fn uuid_from(seed: u64) -> String {
    let high = super::super::faults::mix(seed);
    let low = super::super::faults::mix(high ^ 0x5eed);
    format!(
        "{:08x}-{:04x}-4{:03x}-a{:03x}-{:012x}",
        (high >> 32) as u32,
        (high >> 16) as u16,
        (high & 0xfff) as u16,
        (low >> 52) as u16 & 0xfff,
        low & 0xffff_ffff_ffff
    )
}

/// What a chunk of [`per_piece`] is made of.
struct PieceChunk {
    /// The piece (a string).
    piece: Value,
    /// How many pieces the stream has sent with this one (a number).
    count: Value,
    first: bool,
    last: bool,
}

/// One chunk per piece (one empty piece when there are none), built by `make`: the first and the
/// last as documents, the ones between from a template, `make` given placeholders.
fn per_piece(generated: &Generated, make: impl Fn(PieceChunk) -> Value) -> Chunks {
    let document = |index: usize, piece: &str, last: bool| {
        make(PieceChunk { piece: piece.into(), count: (index as u64 + 1).into(), first: index == 0, last })
    };
    let mut chunks = Chunks::new();
    let Some((last, before)) = generated.pieces.split_last() else {
        chunks.push(document(0, "", true));
        return chunks;
    };
    if let Some((first, between)) = before.split_first() {
        chunks.push(document(0, first, false));
        let template = Template::of(&make(PieceChunk {
            piece: Template::PIECE.into(),
            count: Template::COUNT.into(),
            first: false,
            last: false,
        }));
        chunks.push_pieces(template, between, 2);
    }
    chunks.push(document(before.len(), last, true));
    chunks
}

/// Invoke a text model.
pub fn invoke(
    family: Family,
    model_id: &str,
    body: &Map<String, Value>,
    mode: Mode,
) -> Result<Outcome, ServiceError> {
    match family {
        Family::TitanText => titan_text(model_id, body, mode),
        Family::ClaudeText if body.contains_key("messages") => claude_messages(model_id, body, mode),
        Family::ClaudeText => claude_text(body, mode),
        Family::ClaudeMessages => claude_messages(model_id, body, mode),
        Family::Jurassic => jurassic(body),
        Family::Jamba => jamba(model_id, body, mode),
        Family::CohereCommand => cohere_command(body, mode),
        Family::CohereCommandR => cohere_command_r(body, mode),
        Family::Llama => llama(body, mode),
        // Pixtral Large takes only the chat completion body.
        Family::Mistral if body.contains_key("messages") || model_id.starts_with("mistral.pixtral-") => {
            mistral_chat(model_id, body, mode)
        }
        Family::Mistral => mistral(model_id, body, mode),
        Family::Nova => nova(body, mode),
        Family::DeepSeek => deepseek(body, mode),
        Family::OpenAi => gpt_oss(model_id, body, mode),
        Family::Writer => palmyra(model_id, body, mode),
        _ => Err(ServiceError::validation("The provided model identifier is invalid.")),
    }
}

fn titan_text(model_id: &str, body: &Map<String, Value>, mode: Mode) -> Result<Outcome, ServiceError> {
    let root = Checked::root(body);
    root.no_extra_keys(&["inputText", "textGenerationConfig"])?;
    let input = root.required_string("inputText")?;
    let maximum = if model_id.contains("lite") {
        4096.0
    } else if model_id.contains("premier") {
        3072.0
    } else {
        8192.0
    };
    let mut limits = Limits::new(512, Vec::new());
    if let Some((config, pointer)) = root.optional_object("textGenerationConfig")? {
        let config = Checked { object: config, pointer: &pointer };
        config.no_extra_keys(&["temperature", "topP", "maxTokenCount", "stopSequences"])?;
        config.optional_number("temperature", 0.0, 1.0)?;
        config.optional_number("topP", 0.0, 1.0)?;
        if let Some(max) = config.optional_integer("maxTokenCount", 0.0, maximum)? {
            limits.max_tokens = max;
        }
        limits.stop_sequences = config.string_array("stopSequences", 1000)?;
    }
    let input_tokens = count_words(input);
    let generated = generate(&focus_of_prompt(input), &limits);
    let reason = match generated.finish {
        Finish::Natural => "FINISH",
        Finish::MaxTokens => "LENGTH",
        Finish::StopSequence(_) => "STOP_CRITERIA_MET",
    };
    let output_tokens = generated.output_tokens();
    Ok(Outcome::new(
        mode,
        || {
            json!({
                "inputTextTokenCount": input_tokens,
                "results": [{"tokenCount": output_tokens, "outputText": generated.text(), "completionReason": reason}],
            })
        },
        || {
            per_piece(&generated, |chunk| {
                json!({
                    "outputText": chunk.piece,
                    "index": 0,
                    "totalOutputTextTokenCount": chunk.count,
                    "completionReason": if chunk.last { Value::from(reason) } else { Value::Null },
                    "inputTextTokenCount": if chunk.first { Value::from(input_tokens) } else { Value::Null },
                })
            })
        },
        input_tokens,
        output_tokens,
    ))
}

const HUMAN_TURN: &str = "\n\nHuman:";
const ASSISTANT_TURN: &str = "\n\nAssistant:";

fn claude_text(body: &Map<String, Value>, mode: Mode) -> Result<Outcome, ServiceError> {
    let root = Checked::root(body);
    root.no_extra_keys(&[
        "prompt",
        "max_tokens_to_sample",
        "temperature",
        "top_p",
        "top_k",
        "stop_sequences",
        "anthropic_version",
    ])?;
    let prompt = root.required_string("prompt")?;
    let max_tokens = root.required_integer("max_tokens_to_sample", 0.0, MAXIMUM_WORDS as f64)?;
    root.optional_number("temperature", 0.0, 1.0)?;
    root.optional_number("top_p", 0.0, 1.0)?;
    root.optional_integer("top_k", 0.0, 500.0)?;
    let stop_sequences = root.string_array("stop_sequences", 8191)?;
    if !prompt.contains(HUMAN_TURN) {
        return Err(ServiceError::validation(
            "Invalid prompt: prompt must start with \"\\n\\nHuman:\" turn after an optional system prompt",
        ));
    }
    if !prompt.trim_end().ends_with(ASSISTANT_TURN.trim_end()) {
        return Err(ServiceError::validation(
            "Invalid prompt: prompt must end with \"\\n\\nAssistant:\" turn",
        ));
    }
    let input_tokens = count_words(prompt);
    let generated = generate(&focus_of_prompt(prompt), &Limits::new(max_tokens, stop_sequences));
    let (stop_reason, stop) = match &generated.finish {
        Finish::Natural => ("stop_sequence", Value::from(HUMAN_TURN)),
        Finish::MaxTokens => ("max_tokens", Value::Null),
        Finish::StopSequence(sequence) => ("stop_sequence", Value::from(sequence.as_str())),
    };
    let output_tokens = generated.output_tokens();
    Ok(Outcome::new(
        mode,
        || json!({"type": "completion", "completion": generated.text(), "stop_reason": stop_reason, "stop": stop}),
        || {
            per_piece(&generated, |chunk| {
                if chunk.last {
                    json!({"completion": chunk.piece, "stop_reason": stop_reason, "stop": stop})
                } else {
                    json!({"completion": chunk.piece, "stop_reason": null, "stop": null})
                }
            })
        },
        input_tokens,
        output_tokens,
    ))
}

/// The model name Anthropic reports: `claude-3-haiku-20240307` for
/// `anthropic.claude-3-haiku-20240307-v1:0` (a version after a date is dropped).
fn anthropic_model_name(model_id: &str) -> String {
    let name = model_id.strip_prefix("anthropic.").unwrap_or(model_id);
    let name = name.split(':').next().unwrap_or(name);
    let parts: Vec<&str> = name.split('-').collect();
    let is_version =
        |part: &str| part.len() > 1 && part.starts_with('v') && part[1..].chars().all(|c| c.is_ascii_digit());
    let is_date = |part: &str| part.len() == 8 && part.chars().all(|c| c.is_ascii_digit());
    match parts.as_slice() {
        [rest @ .., date, version] if is_date(date) && is_version(version) => {
            let mut kept = rest.to_vec();
            kept.push(date);
            kept.join("-")
        }
        // From the 4.6 generation on the ids have no date: `claude-opus-4-6-v1`, `claude-sonnet-4-6`.
        [rest @ .., minor, version]
            if is_version(version) && !minor.is_empty() && minor.chars().all(|c| c.is_ascii_digit()) =>
        {
            let mut kept = rest.to_vec();
            kept.push(minor);
            kept.join("-")
        }
        _ => name.to_string(),
    }
}

/// Parse an Anthropic content value (a string or a list of typed blocks).
fn anthropic_blocks(content: &Value, pointer: &str) -> Result<Vec<Block>, ServiceError> {
    let items = match content {
        Value::String(text) => return Ok(vec![Block::Text(text.clone())]),
        Value::Array(items) => items,
        other => {
            return Err(malformed(
                pointer,
                &format!("expected type: JSONArray, found: {}", super::schema::type_name(other)),
            ));
        }
    };
    let mut blocks = Vec::new();
    for (index, item) in items.iter().enumerate() {
        let kind = item.get("type").and_then(Value::as_str).unwrap_or_default();
        let text_of = |key: &str| item.get(key).and_then(Value::as_str).unwrap_or_default().to_string();
        match kind {
            "text" => blocks.push(Block::Text(text_of("text"))),
            "tool_use" => blocks.push(Block::ToolUse {
                id: text_of("id"),
                name: text_of("name"),
                input: item.get("input").cloned().unwrap_or_else(|| json!({})),
            }),
            "tool_result" => {
                let content = match item.get("content") {
                    Some(Value::String(text)) => vec![text.clone()],
                    Some(Value::Array(parts)) => parts
                        .iter()
                        .filter_map(|part| part.get("text").and_then(Value::as_str).map(str::to_string))
                        .collect(),
                    _ => Vec::new(),
                };
                blocks.push(Block::ToolResult {
                    tool_use_id: text_of("tool_use_id"),
                    content,
                    failed: item.get("is_error").and_then(Value::as_bool).unwrap_or(false),
                });
            }
            "image" | "document" | "thinking" | "redacted_thinking" => blocks.push(Block::Media),
            other => {
                return Err(malformed(
                    &format!("{pointer}/{index}/type"),
                    &format!("{other} is not a valid enum value"),
                ));
            }
        }
        if item.get("cache_control").is_some_and(|value| !value.is_null()) {
            blocks.push(Block::CachePoint);
        }
    }
    Ok(blocks)
}

fn claude_messages(model_id: &str, body: &Map<String, Value>, mode: Mode) -> Result<Outcome, ServiceError> {
    let root = Checked::root(body);
    root.no_extra_keys(&[
        "anthropic_version",
        "anthropic_beta",
        "max_tokens",
        "system",
        "messages",
        "temperature",
        "top_p",
        "top_k",
        "stop_sequences",
        "tools",
        "tool_choice",
        "metadata",
        "thinking",
    ])?;
    let version = root.required_string("anthropic_version")?;
    if version != "bedrock-2023-05-31" {
        return Err(malformed("#/anthropic_version", &format!("{version} is not a valid enum value")));
    }
    let max_tokens = root.required_integer("max_tokens", 1.0, MAXIMUM_WORDS as f64)?;
    let messages = root.required_array("messages")?;
    root.optional_number("temperature", 0.0, 1.0)?;
    root.optional_number("top_p", 0.0, 1.0)?;
    root.optional_integer("top_k", 0.0, 500.0)?;
    let stop_sequences = root.string_array("stop_sequences", 8191)?;
    let system = match body.get("system") {
        None | Some(Value::Null) => Vec::new(),
        Some(system) => anthropic_blocks(system, "#/system")?,
    };
    let mut turns = Vec::new();
    for (index, message) in messages.iter().enumerate() {
        let pointer = format!("#/messages/{index}");
        let Some(object) = message.as_object() else {
            return Err(malformed(&pointer, "expected type: JSONObject"));
        };
        let message = Checked { object, pointer: &pointer };
        let role = match message.required_string("role")? {
            "user" => Role::User,
            "assistant" => Role::Assistant,
            other => {
                return Err(malformed(
                    &format!("{pointer}/role"),
                    &format!("{other} is not a valid enum value"),
                ));
            }
        };
        let content =
            object.get("content").ok_or_else(|| malformed(&pointer, "required key [content] not found"))?;
        turns.push(Turn { role, blocks: anthropic_blocks(content, &format!("{pointer}/content"))? });
    }
    match turns.first() {
        None => return Err(ServiceError::validation("messages: at least one message is required")),
        Some(first) if first.role != Role::User => {
            return Err(ServiceError::validation("messages: first message must use the \"user\" role"));
        }
        _ => {}
    }
    if let Some(pair) = turns.windows(2).find(|pair| pair[0].role == pair[1].role) {
        let role = if pair[0].role == Role::User { "user" } else { "assistant" };
        return Err(ServiceError::validation(format!(
            "messages: roles must alternate between \"user\" and \"assistant\", but found multiple \"{role}\" roles in a row"
        )));
    }
    let body_value = Value::Object(body.clone());
    let thinking = super::reasoning::requested(Some(&body_value), model_id, max_tokens)?;
    super::reasoning::check_messages(body.get("messages"), thinking)?;
    let mut conversation = Conversation::new(system, turns, Limits::new(max_tokens, stop_sequences));
    let reasoning = thinking.map(|thinking| super::reasoning::think(&conversation.focus(), thinking.budget));
    let reasoning_tokens = reasoning.as_ref().map(super::reasoning::Reasoning::tokens).unwrap_or_default();
    conversation.limits.max_tokens = max_tokens.saturating_sub(reasoning_tokens).max(1);
    if let Some(tools) = root.optional_array("tools")? {
        conversation.tools = tools
            .iter()
            .filter_map(|tool| {
                let name = tool.get("name")?.as_str()?.to_string();
                let schema = tool.get("input_schema").cloned().unwrap_or_else(|| json!({"type": "object"}));
                let description =
                    tool.get("description").and_then(Value::as_str).unwrap_or_default().to_string();
                Some(Tool { name, description, schema })
            })
            .collect();
    }
    if let Some(choice) = body.get("tool_choice") {
        conversation.tool_choice = match choice.get("type").and_then(Value::as_str) {
            Some("any") => ToolChoice::Any,
            Some("tool") => {
                ToolChoice::Named(choice.get("name").and_then(Value::as_str).unwrap_or_default().to_string())
            }
            Some("none") => {
                conversation.tools.clear();
                ToolChoice::Auto
            }
            _ => ToolChoice::Auto,
        };
    }
    let reply = conversation.respond("toolu_bdrk_");
    let model = anthropic_model_name(model_id);
    let id = format!(
        "msg_bdrk_{}",
        super::conversation::base62(hash_text(&format!("{model}\n{}", conversation.focus())), 24)
    );
    let mut usage = reply.usage;
    usage.output_tokens += reasoning_tokens;
    // The answer's blocks follow the reasoning block.
    let first = u64::from(reasoning.is_some());
    let usage_document = |output_tokens: u64| {
        json!({
            "input_tokens": usage.input_tokens,
            "cache_creation_input_tokens": usage.cache_write_input_tokens,
            "cache_read_input_tokens": usage.cache_read_input_tokens,
            "output_tokens": output_tokens,
        })
    };
    let stop_reason = reply.stop_reason.name();
    let stop_sequence = reply.stop_reason.stop_sequence().map(Value::from).unwrap_or(Value::Null);
    let whole = || {
        let content_block = match &reply.content {
            Content::Text(generated) => json!({"type": "text", "text": generated.text()}),
            Content::ToolUse { id, name, input } => {
                json!({"type": "tool_use", "id": id, "name": name, "input": input})
            }
        };
        let mut content: Vec<Value> =
            reasoning.iter().map(super::reasoning::Reasoning::messages_block).collect();
        content.push(content_block);
        json!({
            "id": id,
            "type": "message",
            "role": "assistant",
            "model": model,
            "content": content,
            "stop_reason": stop_reason,
            "stop_sequence": stop_sequence,
            "usage": usage_document(usage.output_tokens),
        })
    };
    let chunks = || {
        let mut chunks = Chunks::new();
        chunks.push(json!({
            "type": "message_start",
            "message": {
                "id": id,
                "type": "message",
                "role": "assistant",
                "model": model,
                "content": [],
                "stop_reason": null,
                "stop_sequence": null,
                "usage": usage_document(1),
            }
        }));
        match &reasoning {
            Some(super::reasoning::Reasoning::Text { text, signature }) => {
                chunks.push(json!({"type": "content_block_start", "index": 0, "content_block": {"type": "thinking", "thinking": ""}}));
                for piece in super::generation::split_pieces(text, 24) {
                    chunks.push(json!({"type": "content_block_delta", "index": 0, "delta": {"type": "thinking_delta", "thinking": piece}}));
                }
                chunks.push(json!({"type": "content_block_delta", "index": 0, "delta": {"type": "signature_delta", "signature": signature}}));
                chunks.push(json!({"type": "content_block_stop", "index": 0}));
            }
            Some(redacted) => {
                chunks.push(json!({"type": "content_block_start", "index": 0, "content_block": redacted.messages_block()}));
                chunks.push(json!({"type": "content_block_stop", "index": 0}));
            }
            None => {}
        }
        match &reply.content {
            Content::Text(generated) => {
                chunks.push(json!({"type": "content_block_start", "index": first, "content_block": {"type": "text", "text": ""}}));
                let delta = json!({
                    "type": "content_block_delta",
                    "index": first,
                    "delta": {"type": "text_delta", "text": Template::PIECE},
                });
                chunks.push_pieces(Template::of(&delta), &generated.pieces, 1);
            }
            Content::ToolUse { id, name, input } => {
                chunks.push(json!({
                    "type": "content_block_start",
                    "index": first,
                    "content_block": {"type": "tool_use", "id": id, "name": name, "input": {}},
                }));
                let delta = json!({
                    "type": "content_block_delta",
                    "index": first,
                    "delta": {"type": "input_json_delta", "partial_json": Template::PIECE},
                });
                chunks.push_pieces(Template::of(&delta), &Reply::tool_input_pieces(input), 1);
            }
        }
        chunks.push(json!({"type": "content_block_stop", "index": first}));
        chunks.push(json!({
            "type": "message_delta",
            "delta": {"stop_reason": stop_reason, "stop_sequence": stop_sequence},
            "usage": {"output_tokens": usage.output_tokens},
        }));
        chunks.push(json!({"type": "message_stop"}));
        chunks
    };
    Ok(Outcome::new(mode, whole, chunks, usage.all_input_tokens(), usage.output_tokens))
}

/// AI21 token lists: each word with its position in the text.
fn ai21_tokens(words: &[&str]) -> Vec<Value> {
    let mut start = 0;
    words
        .iter()
        .map(|word| {
            let end = start + word.chars().count();
            let token = json!({
                "generatedToken": {"token": format!("▁{}", word.trim_start()), "logprob": -0.5, "raw_logprob": -0.5},
                "topTokens": null,
                "textRange": {"start": start, "end": end},
            });
            start = end;
            token
        })
        .collect()
}

fn jurassic(body: &Map<String, Value>) -> Result<Outcome, ServiceError> {
    let root = Checked::root(body);
    let prompt = root.required_string("prompt")?;
    let max_tokens = root.optional_integer("maxTokens", 0.0, 8191.0)?.unwrap_or(16);
    root.optional_integer("minTokens", 0.0, 8191.0)?;
    root.optional_number("temperature", 0.0, 1.0)?;
    root.optional_number("topP", 0.0, 1.0)?;
    let results = root.optional_integer("numResults", 1.0, 16.0)?.unwrap_or(1);
    let stop_sequences = root.string_array("stopSequences", 1000)?;
    let focus = focus_of_prompt(prompt);
    let limits = Limits::new(max_tokens, stop_sequences);
    let mut output_tokens = 0;
    let completions: Vec<Value> = (0..results)
        .map(|index| {
            let focus = if index == 0 { focus.clone() } else { format!("{focus}\n#{index}") };
            let generated = generate(&focus, &limits);
            output_tokens += generated.output_tokens();
            let reason = match &generated.finish {
                Finish::Natural => json!({"reason": "endoftext"}),
                Finish::MaxTokens => json!({"reason": "length", "length": max_tokens}),
                Finish::StopSequence(sequence) => json!({"reason": "stop", "sequence": sequence}),
            };
            let pieces: Vec<&str> = generated.pieces.iter().map(String::as_str).collect();
            json!({
                "data": {"text": generated.text(), "tokens": ai21_tokens(&pieces)},
                "finishReason": reason,
            })
        })
        .collect();
    let prompt_words: Vec<String> = prompt
        .split_whitespace()
        .enumerate()
        .map(|(index, word)| if index == 0 { word.to_string() } else { format!(" {word}") })
        .collect();
    let prompt_words: Vec<&str> = prompt_words.iter().map(String::as_str).collect();
    let input_tokens = count_words(prompt);
    Ok(Outcome {
        body: json!({
            "id": hash_text(prompt) % 100_000,
            "prompt": {"text": prompt, "tokens": ai21_tokens(&prompt_words)},
            "completions": completions,
        }),
        chunks: Chunks::new(),
        input_tokens,
        output_tokens,
    })
}

/// Turn `messages` with string contents and system/user/assistant roles into a conversation.
fn chat_messages(
    messages: &[Value],
    system_roles: &[&str],
    user_role: &str,
    assistant_role: &str,
    limits: Limits,
) -> Result<Conversation, ServiceError> {
    let mut system = Vec::new();
    let mut turns = Vec::new();
    for (index, message) in messages.iter().enumerate() {
        let pointer = format!("#/messages/{index}");
        let Some(object) = message.as_object() else {
            return Err(malformed(&pointer, "expected type: JSONObject"));
        };
        let checked = Checked { object, pointer: &pointer };
        let role = checked.required_string("role")?;
        let text = match object.get("content") {
            Some(Value::String(text)) => text.clone(),
            // Writer's user guide example: `"content": {"text": …}`.
            Some(Value::Object(part)) => {
                part.get("text").and_then(Value::as_str).unwrap_or_default().to_string()
            }
            Some(Value::Array(parts)) => parts
                .iter()
                .filter_map(|part| part.get("text").and_then(Value::as_str))
                .collect::<Vec<_>>()
                .join("\n"),
            _ => String::new(),
        };
        if system_roles.contains(&role) {
            system.push(Block::Text(text));
        } else if role == user_role || role == "tool" {
            turns.push(Turn { role: Role::User, blocks: vec![Block::Text(text)] });
        } else if role == assistant_role {
            turns.push(Turn { role: Role::Assistant, blocks: vec![Block::Text(text)] });
        } else {
            return Err(malformed(&format!("{pointer}/role"), &format!("{role} is not a valid enum value")));
        }
    }
    if !turns.iter().any(|turn| turn.role == Role::User) {
        return Err(malformed("#/messages", "expected at least one user message"));
    }
    Ok(Conversation::new(system, turns, limits))
}

/// The text reply of a conversation without tools.
fn text_reply(conversation: &Conversation) -> (Generated, StopReason, u64) {
    let reply = conversation.respond("tooluse_");
    let input_tokens = reply.usage.all_input_tokens();
    match reply.content {
        Content::Text(generated) => (generated, reply.stop_reason, input_tokens),
        Content::ToolUse { .. } => {
            (Generated { pieces: Vec::new(), finish: Finish::Natural }, StopReason::EndTurn, input_tokens)
        }
    }
}

fn openai_finish(stop_reason: &StopReason) -> &'static str {
    match stop_reason {
        StopReason::MaxTokens => "length",
        _ => "stop",
    }
}

/// How a model's OpenAI chat-completions body (`messages` → `choices[].message.content`) differs
/// from its neighbours': AI21 Jamba, OpenAI gpt-oss and Writer Palmyra speak it, one
/// implementation for all three.
struct ChatCompletions {
    /// The `model` the response names.
    model: String,
    /// The fields that carry the output budget (`max_completion_tokens` before the older
    /// `max_tokens`), its range and its default.
    max_tokens_keys: &'static [&'static str],
    max_tokens_minimum: f64,
    max_tokens_maximum: f64,
    default_max_tokens: u64,
    temperature_maximum: f64,
    stop_maximum: usize,
    /// The roles whose content is system text (gpt-oss: `developer` and `system`).
    system_roles: &'static [&'static str],
    /// A field of the answer's `message` that is `null` here (Jamba's `tool_calls`, Writer's
    /// `reasoning_content`).
    null_message_field: Option<&'static str>,
    /// The chat completion object's `object` and `created` (gpt-oss, Writer).
    stamped: bool,
    /// gpt-oss: the reasoning in `<reasoning>…</reasoning>` before the answer.
    reasoning: bool,
    /// `stop` may be one string (OpenAI's Create chat completion).
    stop_string: bool,
}

impl ChatCompletions {
    fn jamba(model_id: &str) -> Self {
        let model = model_id.strip_prefix("ai21.").unwrap_or(model_id);
        ChatCompletions {
            model: model.split(':').next().unwrap_or(model).to_string(),
            max_tokens_keys: &["max_tokens"],
            max_tokens_minimum: 0.0,
            max_tokens_maximum: MAXIMUM_WORDS as f64,
            default_max_tokens: 4096,
            temperature_maximum: 2.0,
            stop_maximum: 1000,
            system_roles: &["system"],
            null_message_field: Some("tool_calls"),
            stamped: false,
            reasoning: false,
            stop_string: false,
        }
    }

    fn gpt_oss(model_id: &str) -> Self {
        ChatCompletions {
            model: model_id.to_string(),
            max_tokens_keys: &["max_completion_tokens", "max_tokens"],
            max_tokens_minimum: 1.0,
            max_tokens_maximum: MAXIMUM_WORDS as f64,
            default_max_tokens: 4096,
            temperature_maximum: 2.0,
            // OpenAI's Create chat completion takes up to 4 stop sequences.
            stop_maximum: 4,
            system_roles: &["developer", "system"],
            null_message_field: None,
            stamped: true,
            reasoning: true,
            stop_string: true,
        }
    }

    /// Writer Palmyra X4 and X5, as the user guide's table gives them: `max_tokens` 1 to 8192
    /// (16 when left out), `temperature` up to 2, at most 4 stop sequences.
    fn palmyra(model_id: &str) -> Self {
        ChatCompletions {
            model: model_id.to_string(),
            max_tokens_keys: &["max_tokens"],
            max_tokens_minimum: 1.0,
            max_tokens_maximum: 8192.0,
            default_max_tokens: 16,
            temperature_maximum: 2.0,
            stop_maximum: 4,
            system_roles: &["system"],
            null_message_field: Some("reasoning_content"),
            stamped: true,
            reasoning: false,
            stop_string: false,
        }
    }
}

/// The seconds since the epoch that OpenAI's `created` gives, from the emulator's clock.
fn created_now() -> u64 {
    super::super::clock::now_millis() / 1000
}

fn jamba(model_id: &str, body: &Map<String, Value>, mode: Mode) -> Result<Outcome, ServiceError> {
    chat_completions(&ChatCompletions::jamba(model_id), body, mode)
}

fn palmyra(model_id: &str, body: &Map<String, Value>, mode: Mode) -> Result<Outcome, ServiceError> {
    let root = Checked::root(body);
    // The rest of the documented fields, checked like the ones chat_completions reads.
    root.optional_number("presence_penalty", -2.0, 2.0)?;
    root.optional_number("frequency_penalty", -2.0, 2.0)?;
    let maximum = root.optional_integer("max_tokens", 1.0, 8192.0)?.unwrap_or(16);
    if let Some(minimum) = root.optional_integer("min_tokens", 0.0, 8192.0)?
        && minimum > maximum
    {
        return Err(malformed(
            "#/min_tokens",
            &format!("{minimum} is not less than or equal to max_tokens {maximum}"),
        ));
    }
    chat_completions(&ChatCompletions::palmyra(model_id), body, mode)
}

fn gpt_oss(model_id: &str, body: &Map<String, Value>, mode: Mode) -> Result<Outcome, ServiceError> {
    let root = Checked::root(body);
    // The documented considerations: `model` and `stream` may be left out, and are filled in
    // from the header and the operation; given, they must agree with them.
    if let Some(model) = root.optional_string("model")?
        && model != model_id
    {
        return Err(ServiceError::validation(format!(
            "The model in the request body ({model}) does not match the model ID in the request ({model_id})."
        )));
    }
    if let Some(stream) = root.optional_bool("stream")? {
        let (wanted, operation) = match mode {
            Mode::Whole => (false, "InvokeModel"),
            Mode::Stream => (true, "InvokeModelWithResponseStream"),
        };
        if stream != wanted {
            return Err(ServiceError::validation(format!("stream must be {wanted} for {operation}.")));
        }
    }
    root.optional_enum("reasoning_effort", &["low", "medium", "high"])?;
    chat_completions(&ChatCompletions::gpt_oss(model_id), body, mode)
}

fn chat_completions(
    spec: &ChatCompletions,
    body: &Map<String, Value>,
    mode: Mode,
) -> Result<Outcome, ServiceError> {
    let root = Checked::root(body);
    let messages = root.required_array("messages")?;
    let mut max_tokens = None;
    for key in spec.max_tokens_keys {
        if let Some(value) = root.optional_integer(key, spec.max_tokens_minimum, spec.max_tokens_maximum)? {
            max_tokens.get_or_insert(value);
        }
    }
    let max_tokens = max_tokens.unwrap_or(spec.default_max_tokens);
    root.optional_number("temperature", 0.0, spec.temperature_maximum)?;
    root.optional_number("top_p", 0.0, 1.0)?;
    let stop = match body.get("stop") {
        // OpenAI's `stop` may be one string.
        Some(Value::String(one)) if spec.stop_string => vec![one.clone()],
        _ => root.string_array("stop", spec.stop_maximum)?,
    };
    let mut conversation =
        chat_messages(messages, spec.system_roles, "user", "assistant", Limits::new(max_tokens, stop))?;
    // gpt-oss reasons first, the reasoning within the budget like the answer that follows it.
    let mut reasoning: Vec<String> = Vec::new();
    if spec.reasoning {
        let thought = match super::reasoning::think(&conversation.focus(), (max_tokens / 2).max(1)) {
            super::reasoning::Reasoning::Text { text, .. } => text,
            super::reasoning::Reasoning::Redacted(_) => String::new(),
        };
        reasoning.push("<reasoning>".to_string());
        reasoning.extend(thought.split_inclusive(' ').map(str::to_string));
        reasoning.push("</reasoning>".to_string());
        conversation.limits.max_tokens = max_tokens.saturating_sub(reasoning.len() as u64).max(1);
    }
    let (mut generated, stop_reason, input_tokens) = text_reply(&conversation);
    if !reasoning.is_empty() {
        reasoning.append(&mut generated.pieces);
        generated.pieces = reasoning;
    }
    let output_tokens = generated.output_tokens();
    let id = format!("chatcmpl-{}", uuid_from(hash_text(&conversation.focus())));
    let finish = openai_finish(&stop_reason);
    let usage = json!({
        "prompt_tokens": input_tokens,
        "completion_tokens": output_tokens,
        "total_tokens": input_tokens + output_tokens,
    });
    let created = if spec.stamped { Some(created_now()) } else { None };
    let stamp = |document: &mut Value, object: &str| {
        if let Some(created) = created {
            document["object"] = json!(object);
            document["created"] = json!(created);
            document["model"] = json!(spec.model);
        }
    };
    Ok(Outcome::new(
        mode,
        || {
            let mut message = json!({"role": "assistant", "content": generated.text()});
            if let Some(field) = spec.null_message_field {
                message[field] = Value::Null;
            }
            let mut document = json!({
                "id": id,
                "choices": [{"index": 0, "message": message, "finish_reason": finish}],
                "usage": usage,
                "model": spec.model,
            });
            stamp(&mut document, "chat.completion");
            document
        },
        || {
            per_piece(&generated, |chunk| {
                let mut document = json!({
                    "id": id,
                    "choices": [{
                        "index": 0,
                        "delta": {"content": chunk.piece},
                        "finish_reason": if chunk.last { Value::from(finish) } else { Value::Null },
                    }],
                });
                stamp(&mut document, "chat.completion.chunk");
                if chunk.last {
                    document["usage"] = usage.clone();
                }
                document
            })
        },
        input_tokens,
        output_tokens,
    ))
}

fn cohere_command(body: &Map<String, Value>, mode: Mode) -> Result<Outcome, ServiceError> {
    let root = Checked::root(body);
    let prompt = root.required_string("prompt")?;
    let max_tokens = root.optional_integer("max_tokens", 1.0, 4096.0)?.unwrap_or(20);
    root.optional_number("temperature", 0.0, 5.0)?;
    root.optional_number("p", 0.0, 1.0)?;
    root.optional_number("k", 0.0, 500.0)?;
    let stop_sequences = root.string_array("stop_sequences", 4)?;
    root.optional_enum("return_likelihoods", &["GENERATION", "ALL", "NONE"])?;
    root.optional_enum("truncate", &["NONE", "START", "END"])?;
    root.optional_bool("stream")?;
    let count = root.optional_integer("num_generations", 1.0, 5.0)?.unwrap_or(1);
    let focus = focus_of_prompt(prompt);
    let limits = Limits::new(max_tokens, stop_sequences);
    let generations: Vec<Generated> = (0..count)
        .map(|index| {
            let focus = if index == 0 { focus.clone() } else { format!("{focus}\n#{index}") };
            generate(&focus, &limits)
        })
        .collect();
    let reason = |generated: &Generated| match generated.finish {
        Finish::MaxTokens => "MAX_TOKENS",
        _ => "COMPLETE",
    };
    let seed = hash_text(prompt);
    let whole = json!({
        "generations": generations.iter().enumerate().map(|(index, generated)| json!({
            "finish_reason": reason(generated),
            "id": uuid_from(seed ^ index as u64),
            "text": generated.text(),
        })).collect::<Vec<_>>(),
        "id": uuid_from(seed),
        "prompt": prompt,
    });
    let input_tokens = count_words(prompt);
    let output_tokens = generations.iter().map(Generated::output_tokens).sum();
    let first =
        generations.first().cloned().unwrap_or(Generated { pieces: Vec::new(), finish: Finish::Natural });
    Ok(Outcome::new(
        mode,
        || whole.clone(),
        || {
            let mut chunks = Chunks::new();
            let template = Template::of(&json!({"text": Template::PIECE, "is_finished": false}));
            chunks.push_pieces(template, &first.pieces, 1);
            chunks.push(
                json!({"is_finished": true, "finish_reason": reason(&first), "response": whole.clone()}),
            );
            chunks
        },
        input_tokens,
        output_tokens,
    ))
}

fn cohere_command_r(body: &Map<String, Value>, mode: Mode) -> Result<Outcome, ServiceError> {
    let root = Checked::root(body);
    let message = root.required_string("message")?;
    let max_tokens = root.optional_integer("max_tokens", 0.0, MAXIMUM_WORDS as f64)?.unwrap_or(4000);
    root.optional_number("temperature", 0.0, 1.0)?;
    root.optional_number("p", 0.01, 0.99)?;
    root.optional_number("k", 0.0, 500.0)?;
    root.optional_number("frequency_penalty", 0.0, 1.0)?;
    root.optional_number("presence_penalty", 0.0, 1.0)?;
    root.optional_string("preamble")?;
    let stop_sequences = root.string_array("stop_sequences", 1000)?;
    let history = root.optional_array("chat_history")?.cloned().unwrap_or_default();
    let mut system = Vec::new();
    if let Some(preamble) = root.optional_string("preamble")? {
        system.push(Block::Text(preamble.to_string()));
    }
    let mut turns = Vec::new();
    for (index, entry) in history.iter().enumerate() {
        let pointer = format!("#/chat_history/{index}");
        let Some(object) = entry.as_object() else {
            return Err(malformed(&pointer, "expected type: JSONObject"));
        };
        let checked = Checked { object, pointer: &pointer };
        let text = checked.optional_string("message")?.unwrap_or_default().to_string();
        match checked.required_string("role")? {
            "USER" => turns.push(Turn { role: Role::User, blocks: vec![Block::Text(text)] }),
            "CHATBOT" => turns.push(Turn { role: Role::Assistant, blocks: vec![Block::Text(text)] }),
            "SYSTEM" => system.push(Block::Text(text)),
            other => {
                return Err(malformed(
                    &format!("{pointer}/role"),
                    &format!("{other} is not a valid enum value"),
                ));
            }
        }
    }
    turns.push(Turn { role: Role::User, blocks: vec![Block::Text(message.to_string())] });
    let conversation = Conversation::new(system, turns, Limits::new(max_tokens, stop_sequences));
    let (generated, stop_reason, input_tokens) = text_reply(&conversation);
    let output_tokens = generated.output_tokens();
    let finish = match stop_reason {
        StopReason::MaxTokens => "MAX_TOKENS",
        StopReason::StopSequence(_) => "STOP_SEQUENCE",
        _ => "COMPLETE",
    };
    let seed = hash_text(message);
    let generation_id = uuid_from(seed ^ 1);
    let text = generated.text();
    let mut chat_history = history.clone();
    chat_history.push(json!({"role": "USER", "message": message}));
    chat_history.push(json!({"role": "CHATBOT", "message": text}));
    let whole = json!({
        "response_id": uuid_from(seed),
        "text": text,
        "generation_id": generation_id,
        "chat_history": chat_history,
        "finish_reason": finish,
        "meta": {
            "api_version": {"version": "1"},
            "billed_units": {"input_tokens": input_tokens, "output_tokens": output_tokens},
        },
    });
    Ok(Outcome::new(
        mode,
        || whole.clone(),
        || {
            let mut chunks = Chunks::new();
            chunks.push(
                json!({"is_finished": false, "event_type": "stream-start", "generation_id": generation_id}),
            );
            let template = Template::of(
                &json!({"is_finished": false, "event_type": "text-generation", "text": Template::PIECE}),
            );
            chunks.push_pieces(template, &generated.pieces, 1);
            chunks.push(json!({
                "is_finished": true,
                "event_type": "stream-end",
                "response": whole.clone(),
                "finish_reason": finish,
            }));
            chunks
        },
        input_tokens,
        output_tokens,
    ))
}

fn llama(body: &Map<String, Value>, mode: Mode) -> Result<Outcome, ServiceError> {
    let root = Checked::root(body);
    let prompt = root.required_string("prompt")?;
    root.optional_number("temperature", 0.0, 1.0)?;
    root.optional_number("top_p", 0.0, 1.0)?;
    let max_tokens = root.optional_integer("max_gen_len", 1.0, 2048.0)?.unwrap_or(512);
    let input_tokens = count_words(prompt);
    let generated = generate(&focus_of_prompt(prompt), &Limits::new(max_tokens, Vec::new()));
    let reason = match generated.finish {
        Finish::MaxTokens => "length",
        _ => "stop",
    };
    let output_tokens = generated.output_tokens();
    Ok(Outcome::new(
        mode,
        || {
            json!({
                "generation": generated.text(),
                "prompt_token_count": input_tokens,
                "generation_token_count": output_tokens,
                "stop_reason": reason,
            })
        },
        || {
            per_piece(&generated, |chunk| {
                json!({
                    "generation": chunk.piece,
                    "prompt_token_count": if chunk.first { Value::from(input_tokens) } else { Value::Null },
                    "generation_token_count": chunk.count,
                    "stop_reason": if chunk.last { Value::from(reason) } else { Value::Null },
                })
            })
        },
        input_tokens,
        output_tokens,
    ))
}

fn mistral_maximum(model_id: &str) -> f64 {
    if model_id.starts_with("mistral.mixtral") {
        4096.0
    } else if model_id.starts_with("mistral.pixtral-large") {
        16_384.0
    } else {
        8192.0
    }
}

fn mistral(model_id: &str, body: &Map<String, Value>, mode: Mode) -> Result<Outcome, ServiceError> {
    let root = Checked::root(body);
    let prompt = root.required_string("prompt")?;
    let max_tokens = root.optional_integer("max_tokens", 1.0, mistral_maximum(model_id))?.unwrap_or(512);
    let stop = root.string_array("stop", 10)?;
    root.optional_number("temperature", 0.0, 1.0)?;
    root.optional_number("top_p", 0.0, 1.0)?;
    root.optional_integer("top_k", 0.0, 200.0)?;
    let input_tokens = count_words(prompt);
    let generated = generate(&focus_of_prompt(prompt), &Limits::new(max_tokens, stop));
    let reason = match generated.finish {
        Finish::MaxTokens => "length",
        _ => "stop",
    };
    let output_tokens = generated.output_tokens();
    Ok(Outcome::new(
        mode,
        || json!({"outputs": [{"text": generated.text(), "stop_reason": reason}]}),
        || {
            per_piece(
                &generated,
                |chunk| json!({"outputs": [{"text": chunk.piece, "stop_reason": if chunk.last { Value::from(reason) } else { Value::Null }}]}),
            )
        },
        input_tokens,
        output_tokens,
    ))
}

/// DeepSeek-R1 (`prompt`, `max_tokens` up to 32,768, `stop` up to 10, `temperature`, `top_p`):
/// the text is the model's reasoning, closed by `</think>`, then the answer, both within
/// `max_tokens`; `stop_reason` is `stop` or `length`.
fn deepseek(body: &Map<String, Value>, mode: Mode) -> Result<Outcome, ServiceError> {
    let root = Checked::root(body);
    let prompt = root.required_string("prompt")?;
    let max_tokens = root.optional_integer("max_tokens", 1.0, 32_768.0)?.unwrap_or(8_192);
    let stop = root.string_array("stop", 10)?;
    root.optional_number("temperature", 0.0, 1.0)?;
    root.optional_number("top_p", 0.0, 1.0)?;
    let focus = focus_of_prompt(prompt);
    // The reasoning takes at most half of max_tokens, one token per word, and streams like the
    // answer that follows it.
    let thought = match super::reasoning::think(&focus, (max_tokens / 2).max(1)) {
        super::reasoning::Reasoning::Text { text, .. } => text,
        super::reasoning::Reasoning::Redacted(_) => String::new(),
    };
    let mut pieces: Vec<String> = thought.split_inclusive(' ').map(str::to_string).collect();
    pieces.push("\n</think>\n\n".to_string());
    let room = max_tokens.saturating_sub(pieces.len() as u64).max(1);
    let mut generated = generate(&focus, &Limits::new(room, stop));
    pieces.append(&mut generated.pieces);
    generated.pieces = pieces;
    let reason = match generated.finish {
        Finish::MaxTokens => "length",
        _ => "stop",
    };
    let output_tokens = generated.output_tokens();
    Ok(Outcome::new(
        mode,
        || json!({"choices": [{"text": generated.text(), "stop_reason": reason}]}),
        || {
            per_piece(
                &generated,
                |chunk| json!({"choices": [{"text": chunk.piece, "stop_reason": if chunk.last { Value::from(reason) } else { Value::Null }}]}),
            )
        },
        count_words(prompt),
        output_tokens,
    ))
}

fn mistral_chat(model_id: &str, body: &Map<String, Value>, mode: Mode) -> Result<Outcome, ServiceError> {
    let root = Checked::root(body);
    let messages = root.required_array("messages")?;
    let max_tokens = root.optional_integer("max_tokens", 1.0, mistral_maximum(model_id))?.unwrap_or(512);
    root.optional_number("temperature", 0.0, 1.0)?;
    root.optional_number("top_p", 0.0, 1.0)?;
    let stop = root.string_array("stop", 10)?;
    let conversation =
        chat_messages(messages, &["system"], "user", "assistant", Limits::new(max_tokens, stop))?;
    let (generated, stop_reason, input_tokens) = text_reply(&conversation);
    let output_tokens = generated.output_tokens();
    let reason = openai_finish(&stop_reason);
    Ok(Outcome::new(
        mode,
        || {
            json!({"choices": [{
                "index": 0,
                "message": {"role": "assistant", "content": generated.text()},
                "stop_reason": reason,
            }]})
        },
        || {
            per_piece(&generated, |chunk| {
                json!({"choices": [{
                    "index": 0,
                    "message": {"role": "assistant", "content": chunk.piece},
                    "stop_reason": if chunk.last { Value::from(reason) } else { Value::Null },
                }]})
            })
        },
        input_tokens,
        output_tokens,
    ))
}

fn nova(body: &Map<String, Value>, mode: Mode) -> Result<Outcome, ServiceError> {
    let root = Checked::root(body);
    if let Some(version) = root.optional_string("schemaVersion")?
        && version != "messages-v1"
    {
        return Err(malformed("#/schemaVersion", &format!("{version} is not a valid enum value")));
    }
    root.required_array("messages")?;
    let turns = converse::parse_messages(body.get("messages"))?;
    let system = converse::parse_system(body.get("system"))?;
    let mut limits = Limits::new(converse::DEFAULT_MAX_TOKENS, Vec::new());
    if let Some((config, pointer)) = root.optional_object("inferenceConfig")? {
        let config = Checked { object: config, pointer: &pointer };
        for key in ["max_new_tokens", "maxTokens"] {
            if let Some(max) = config.optional_integer(key, 1.0, MAXIMUM_WORDS as f64)? {
                limits.max_tokens = max;
            }
        }
        for key in ["temperature", "top_p", "topP"] {
            config.optional_number(key, 0.0, 1.0)?;
        }
        limits.stop_sequences = config.string_array("stopSequences", 1000)?;
    }
    let mut conversation = Conversation::new(system, turns, limits);
    if let Some((tools, choice)) = converse::parse_tool_config(body.get("toolConfig"))? {
        conversation.tools = tools;
        conversation.tool_choice = choice;
    }
    let reply = conversation.respond("tooluse_");
    let usage = reply.usage;
    let stop_reason = reply.stop_reason.name();
    let content = converse::content_document(&reply);
    let whole = || {
        json!({
            "output": {"message": {"content": [content], "role": "assistant"}},
            "stopReason": stop_reason,
            "usage": {
                "inputTokens": usage.input_tokens,
                "outputTokens": usage.output_tokens,
                "totalTokens": usage.total_tokens(),
                "cacheReadInputTokenCount": usage.cache_read_input_tokens,
                "cacheWriteInputTokenCount": usage.cache_write_input_tokens,
            },
        })
    };
    let chunks = || {
        let mut chunks = Chunks::new();
        chunks.push(json!({"messageStart": {"role": "assistant"}}));
        match &reply.content {
            Content::Text(generated) => {
                let delta = json!({"contentBlockDelta": {"delta": {"text": Template::PIECE}, "contentBlockIndex": 0}});
                chunks.push_pieces(Template::of(&delta), &generated.pieces, 1);
            }
            Content::ToolUse { id, name, input } => {
                chunks.push(json!({"contentBlockStart": {
                    "start": {"toolUse": {"toolUseId": id, "name": name}},
                    "contentBlockIndex": 0,
                }}));
                let delta = json!({"contentBlockDelta": {"delta": {"toolUse": {"input": Template::PIECE}}, "contentBlockIndex": 0}});
                chunks.push_pieces(Template::of(&delta), &Reply::tool_input_pieces(input), 1);
            }
        }
        chunks.push(json!({"contentBlockStop": {"contentBlockIndex": 0}}));
        chunks.push(json!({"messageStop": {"stopReason": stop_reason}}));
        chunks.push(json!({"metadata": {
            "usage": {"inputTokens": usage.all_input_tokens(), "outputTokens": usage.output_tokens},
            "metrics": {},
            "trace": {},
        }}));
        chunks
    };
    Ok(Outcome::new(mode, whole, chunks, usage.all_input_tokens(), usage.output_tokens))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call(model_id: &str, body: Value, mode: Mode) -> Result<Outcome, ServiceError> {
        let family = Family::of(model_id).unwrap();
        invoke(family, model_id, body.as_object().unwrap(), mode)
    }

    fn whole(model_id: &str, body: Value) -> Value {
        call(model_id, body, Mode::Whole).unwrap().body
    }

    fn expected_text(prompt: &str, max: u64) -> String {
        generate(prompt, &Limits::new(max, Vec::new())).text()
    }

    #[test]
    fn titan_text_shape_and_limits() {
        let body = whole("amazon.titan-text-express-v1", json!({"inputText": "Tell me about rivers"}));
        assert_eq!(body["inputTextTokenCount"], 4);
        let result = &body["results"][0];
        assert_eq!(result["outputText"], expected_text("Tell me about rivers", 512));
        assert_eq!(result["completionReason"], "FINISH");
        assert_eq!(result["tokenCount"], count_words(result["outputText"].as_str().unwrap()));
        let body = whole(
            "amazon.titan-text-express-v1",
            json!({"inputText": "User: Tell me about rivers\nBot:", "textGenerationConfig": {"maxTokenCount": 3}}),
        );
        assert_eq!(body["results"][0]["completionReason"], "LENGTH");
        assert_eq!(body["results"][0]["tokenCount"], 3);
        assert_eq!(body["results"][0]["outputText"], expected_text("Tell me about rivers", 3));
        let error = call("amazon.titan-text-express-v1", json!({"textGenerationConfig": {}}), Mode::Whole)
            .unwrap_err();
        assert_eq!(
            error.message,
            "Malformed input request: #: required key [inputText] not found, please reformat your input and try again."
        );
        let error = call(
            "amazon.titan-text-lite-v1",
            json!({"inputText": "x", "textGenerationConfig": {"temperature": 5.0}}),
            Mode::Whole,
        )
        .unwrap_err();
        assert!(error.message.contains("#/textGenerationConfig/temperature: 5.0 is not less or equal to 1"));
        let error =
            call("amazon.titan-text-lite-v1", json!({"inputText": "x", "max_tokens": 5}), Mode::Whole)
                .unwrap_err();
        assert!(error.message.contains("extraneous key [max_tokens]"));
    }

    #[test]
    fn titan_text_stream_chunks() {
        let outcome =
            call("amazon.titan-text-express-v1", json!({"inputText": "Tell me about rivers"}), Mode::Stream)
                .unwrap();
        let chunks = outcome.chunks.documents();
        let text: String = chunks.iter().map(|chunk| chunk["outputText"].as_str().unwrap()).collect();
        assert_eq!(text, expected_text("Tell me about rivers", 512));
        assert_eq!(chunks.len() as u64, outcome.output_tokens);
        assert_eq!(chunks[0]["inputTextTokenCount"], 4);
        assert!(chunks[1]["inputTextTokenCount"].is_null());
        assert_eq!(chunks[2]["totalOutputTextTokenCount"], 3);
        let last = chunks.last().unwrap();
        assert_eq!(last["completionReason"], "FINISH");
        assert_eq!(last["totalOutputTextTokenCount"], outcome.output_tokens);
    }

    #[test]
    fn claude_text_completions() {
        let prompt = "\n\nHuman: Tell me about rivers\n\nAssistant:";
        let body = whole("anthropic.claude-v2", json!({"prompt": prompt, "max_tokens_to_sample": 300}));
        assert_eq!(body["completion"], expected_text("Tell me about rivers", 300));
        assert_eq!(body["stop_reason"], "stop_sequence");
        assert_eq!(body["stop"], "\n\nHuman:");
        let words: Vec<String> =
            body["completion"].as_str().unwrap().split(' ').map(str::to_string).collect();
        let body = whole(
            "anthropic.claude-instant-v1",
            json!({"prompt": prompt, "max_tokens_to_sample": 300, "stop_sequences": [words[2]]}),
        );
        assert_eq!(body["stop_reason"], "stop_sequence");
        assert_eq!(body["stop"], words[2]);
        assert_eq!(body["completion"], format!("{} {} ", words[0], words[1]));
        let body = whole("anthropic.claude-v2:1", json!({"prompt": prompt, "max_tokens_to_sample": 2}));
        assert_eq!(body["stop_reason"], "max_tokens");
        assert!(body["stop"].is_null());
        let error =
            call("anthropic.claude-v2", json!({"prompt": "hello", "max_tokens_to_sample": 5}), Mode::Whole)
                .unwrap_err();
        assert!(error.message.starts_with("Invalid prompt"));
        let error = call("anthropic.claude-v2", json!({"prompt": prompt}), Mode::Whole).unwrap_err();
        assert!(error.message.contains("required key [max_tokens_to_sample] not found"));
        let outcome =
            call("anthropic.claude-v2", json!({"prompt": prompt, "max_tokens_to_sample": 300}), Mode::Stream)
                .unwrap();
        let chunks = outcome.chunks.documents();
        let joined: String = chunks.iter().map(|chunk| chunk["completion"].as_str().unwrap()).collect();
        assert_eq!(joined, expected_text("Tell me about rivers", 300));
        assert_eq!(chunks.last().unwrap()["stop_reason"], "stop_sequence");
        assert!(chunks[0]["stop_reason"].is_null());
        assert!(chunks[1]["stop_reason"].is_null());
    }

    fn messages_body(text: &str, max_tokens: u64) -> Value {
        json!({
            "anthropic_version": "bedrock-2023-05-31",
            "max_tokens": max_tokens,
            "messages": [{"role": "user", "content": [{"type": "text", "text": text}]}],
        })
    }

    #[test]
    fn claude_messages_whole_and_stream() {
        let model = "anthropic.claude-3-haiku-20240307-v1:0";
        let body = whole(model, messages_body("Tell me about rivers", 1000));
        assert_eq!(body["type"], "message");
        assert_eq!(body["role"], "assistant");
        assert_eq!(body["model"], "claude-3-haiku-20240307");
        assert!(body["id"].as_str().unwrap().starts_with("msg_bdrk_"));
        assert_eq!(body["content"][0]["type"], "text");
        assert_eq!(body["content"][0]["text"], expected_text("Tell me about rivers", 1000));
        assert_eq!(body["stop_reason"], "end_turn");
        assert!(body["stop_sequence"].is_null());
        assert_eq!(body["usage"]["input_tokens"], 4);
        let outcome = call(model, messages_body("Tell me about rivers", 1000), Mode::Stream).unwrap();
        let chunks = outcome.chunks.documents();
        let types: Vec<&str> = chunks.iter().map(|chunk| chunk["type"].as_str().unwrap()).collect();
        assert_eq!(types[..2], ["message_start", "content_block_start"]);
        assert_eq!(types[types.len() - 3..], ["content_block_stop", "message_delta", "message_stop"]);
        let joined: String = chunks
            .iter()
            .filter(|chunk| chunk["type"] == "content_block_delta")
            .map(|chunk| chunk["delta"]["text"].as_str().unwrap())
            .collect();
        assert_eq!(joined, body["content"][0]["text"].as_str().unwrap());
        assert_eq!(chunks[chunks.len() - 2]["delta"]["stop_reason"], "end_turn");
        let body = whole("anthropic.claude-v2", messages_body("Tell me about rivers", 2));
        assert_eq!(body["stop_reason"], "max_tokens");
        assert_eq!(body["model"], "claude-v2");
    }

    #[test]
    fn claude_messages_validation() {
        let model = "anthropic.claude-3-haiku-20240307-v1:0";
        let mut body = messages_body("x", 10);
        body.as_object_mut().unwrap().remove("anthropic_version");
        assert!(
            call(model, body, Mode::Whole).unwrap_err().message.contains("required key [anthropic_version]")
        );
        let error = call(model, messages_body("x", 0), Mode::Whole).unwrap_err();
        assert!(error.message.contains("#/max_tokens: 0 is not greater or equal to 1"), "{}", error.message);
        let body = json!({
            "anthropic_version": "bedrock-2023-05-31", "max_tokens": 5,
            "messages": [{"role": "user", "content": "a"}, {"role": "user", "content": "b"}],
        });
        assert!(call(model, body, Mode::Whole).unwrap_err().message.contains("roles must alternate"));
    }

    #[test]
    fn claude_messages_tool_use() {
        let body = json!({
            "anthropic_version": "bedrock-2023-05-31",
            "max_tokens": 100,
            "tools": [{"name": "get_weather", "input_schema": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}],
            "tool_choice": {"type": "any"},
            "messages": [{"role": "user", "content": "Weather in Paris"}],
        });
        let response = whole("anthropic.claude-3-5-sonnet-20240620-v1:0", body);
        assert_eq!(response["stop_reason"], "tool_use");
        assert_eq!(response["content"][0]["type"], "tool_use");
        assert_eq!(response["content"][0]["input"], json!({"city": "Paris"}));
        assert!(response["content"][0]["id"].as_str().unwrap().starts_with("toolu_bdrk_"));
    }

    #[test]
    fn other_families_shapes() {
        let body = whole("ai21.j2-mid-v1", json!({"prompt": "Tell me about rivers", "maxTokens": 200}));
        assert_eq!(body["completions"][0]["data"]["text"], expected_text("Tell me about rivers", 200));
        assert_eq!(body["completions"][0]["finishReason"]["reason"], "endoftext");
        assert!(body["id"].is_u64());
        let body =
            whole("cohere.command-text-v14", json!({"prompt": "Tell me about rivers", "max_tokens": 5}));
        assert_eq!(body["generations"][0]["finish_reason"], "MAX_TOKENS");
        assert_eq!(body["generations"][0]["text"], expected_text("Tell me about rivers", 5));
        assert_eq!(body["prompt"], "Tell me about rivers");
        let body = whole(
            "cohere.command-r-v1:0",
            json!({
                "message": "Tell me about rivers",
                "chat_history": [{"role": "USER", "message": "Hi"}, {"role": "CHATBOT", "message": "Hello"}],
            }),
        );
        assert_eq!(body["text"], expected_text("Tell me about rivers", 4000));
        assert_eq!(body["finish_reason"], "COMPLETE");
        assert_eq!(body["chat_history"].as_array().unwrap().len(), 4);
        let body = whole(
            "meta.llama3-8b-instruct-v1:0",
            json!({"prompt": "Tell me about rivers", "max_gen_len": 4}),
        );
        assert_eq!(body["generation"], expected_text("Tell me about rivers", 4));
        assert_eq!(body["stop_reason"], "length");
        assert_eq!(body["prompt_token_count"], 4);
        assert_eq!(body["generation_token_count"], 4);
        let body = whole(
            "mistral.mistral-7b-instruct-v0:2",
            json!({"prompt": "<s>[INST] Tell me about rivers [/INST]"}),
        );
        assert_eq!(body["outputs"][0]["text"], expected_text("Tell me about rivers", 512));
        assert_eq!(body["outputs"][0]["stop_reason"], "stop");
        let body = whole(
            "mistral.mistral-large-2407-v1:0",
            json!({"messages": [{"role": "user", "content": "Tell me about rivers"}]}),
        );
        assert_eq!(body["choices"][0]["message"]["content"], expected_text("Tell me about rivers", 512));
        let body = whole(
            "ai21.jamba-1-5-mini-v1:0",
            json!({"messages": [{"role": "user", "content": "Tell me about rivers"}]}),
        );
        assert_eq!(body["choices"][0]["message"]["content"], expected_text("Tell me about rivers", 512));
        assert_eq!(body["choices"][0]["finish_reason"], "stop");
        let body = whole(
            "amazon.nova-lite-v1:0",
            json!({
                "schemaVersion": "messages-v1",
                "messages": [{"role": "user", "content": [{"text": "Tell me about rivers"}]}],
                "inferenceConfig": {"max_new_tokens": 3},
            }),
        );
        assert_eq!(body["output"]["message"]["content"][0]["text"], expected_text("Tell me about rivers", 3));
        assert_eq!(body["stopReason"], "max_tokens");
        assert_eq!(body["usage"]["totalTokens"], 7);
    }

    #[test]
    fn gpt_oss_speaks_openai_chat_completions_and_reasons_first() {
        const MODEL: &str = "openai.gpt-oss-20b-1:0";
        let request = json!({
            "messages": [
                {"role": "developer", "content": "Be brief."},
                {"role": "user", "content": "Tell me about rivers"},
            ],
            "max_completion_tokens": 200,
        });
        let body = whole(MODEL, request.clone());
        assert_eq!(body["object"], "chat.completion");
        assert_eq!(body["model"], MODEL);
        assert!(body["created"].as_u64().unwrap() > 1_700_000_000);
        let content = body["choices"][0]["message"]["content"].as_str().unwrap();
        let (reasoning, answer) = content.split_once("</reasoning>").unwrap();
        assert!(reasoning.starts_with("<reasoning>Thinking about: Tell me about rivers."), "{content}");
        assert!(!answer.trim().is_empty(), "{content}");
        assert_eq!(body["choices"][0]["finish_reason"], "stop");
        let completion = body["usage"]["completion_tokens"].as_u64().unwrap();
        assert!(completion <= 200, "{body}");
        assert_eq!(
            body["usage"]["total_tokens"].as_u64().unwrap(),
            completion + body["usage"]["prompt_tokens"].as_u64().unwrap()
        );

        // The stream's deltas say what InvokeModel says; the last carries the usage.
        let chunks = call(MODEL, request, Mode::Stream).unwrap().chunks.documents();
        let streamed: String =
            chunks.iter().map(|chunk| chunk["choices"][0]["delta"]["content"].as_str().unwrap()).collect();
        assert_eq!(streamed, content);
        assert!(chunks.iter().all(|chunk| chunk["object"] == "chat.completion.chunk"));
        assert_eq!(chunks.last().unwrap()["choices"][0]["finish_reason"], "stop");
        assert_eq!(chunks.last().unwrap()["usage"]["completion_tokens"], completion);
        assert!(chunks[0]["choices"][0]["finish_reason"].is_null());

        // A small budget ends the answer early; `stop` may be one string.
        let short = whole(
            MODEL,
            json!({"messages": [{"role": "user", "content": "Tell me about rivers"}], "max_completion_tokens": 12, "stop": "zzz"}),
        );
        assert_eq!(short["choices"][0]["finish_reason"], "length");

        // `stream` and `model` must agree with the operation and the model id; the ranges hold.
        let user = json!([{"role": "user", "content": "Hi"}]);
        let error = |body: Value, mode| call(MODEL, body, mode).unwrap_err().message;
        assert!(
            error(json!({"messages": user, "stream": true}), Mode::Whole).contains("stream must be false")
        );
        assert!(call(MODEL, json!({"messages": user, "stream": true}), Mode::Stream).is_ok());
        assert!(
            error(json!({"messages": user, "model": "openai.gpt-oss-120b-1:0"}), Mode::Whole)
                .contains("does not match")
        );
        assert!(call(MODEL, json!({"messages": user, "model": MODEL}), Mode::Whole).is_ok());
        assert!(error(json!({"messages": user, "temperature": 2.5}), Mode::Whole).contains("temperature"));
        assert!(
            error(json!({"messages": user, "stop": ["a", "b", "c", "d", "e"]}), Mode::Whole)
                .contains("maximum item count: 4")
        );
        assert!(
            error(json!({"messages": user, "reasoning_effort": "extreme"}), Mode::Whole)
                .contains("reasoning_effort")
        );
        assert!(
            error(json!({"messages": [{"role": "tool-master", "content": "x"}]}), Mode::Whole)
                .contains("role")
        );
    }

    #[test]
    fn palmyra_answers_the_chat_completion_object() {
        const X5: &str = "writer.palmyra-x5-v1:0";
        // The user guide's example body, its content an object; max_tokens is 16 when left out.
        let body =
            whole(X5, json!({"messages": [{"role": "user", "content": {"text": "Tell me about rivers"}}]}));
        assert_eq!(body["object"], "chat.completion");
        assert_eq!(body["model"], X5);
        assert!(body["choices"][0]["message"]["reasoning_content"].is_null(), "{body}");
        assert_eq!(body["choices"][0]["message"]["content"], expected_text("Tell me about rivers", 16));
        assert_eq!(body["usage"]["completion_tokens"], 16);
        assert_eq!(body["choices"][0]["finish_reason"], "length");
        let request =
            json!({"messages": [{"role": "user", "content": "Tell me about rivers"}], "max_tokens": 8192});
        let chunks = call(X5, request, Mode::Stream).unwrap().chunks.documents();
        let streamed: String =
            chunks.iter().map(|chunk| chunk["choices"][0]["delta"]["content"].as_str().unwrap()).collect();
        assert_eq!(streamed, expected_text("Tell me about rivers", 8192));
        assert_eq!(chunks.last().unwrap()["object"], "chat.completion.chunk");
        let user = json!([{"role": "user", "content": "Hi"}]);
        let error = |body: Value| call("writer.palmyra-x4-v1:0", body, Mode::Whole).unwrap_err().message;
        assert!(error(json!({"messages": user, "max_tokens": 8193})).contains("max_tokens"));
        assert!(error(json!({"messages": user, "presence_penalty": -2.5})).contains("presence_penalty"));
        assert!(error(json!({"messages": user, "max_tokens": 10, "min_tokens": 20})).contains("min_tokens"));
        assert!(
            error(json!({"messages": user, "stop": ["a", "b", "c", "d", "e"]}))
                .contains("maximum item count: 4")
        );
    }

    #[test]
    fn pixtral_large_answers_chat_completions_only() {
        const PIXTRAL: &str = "mistral.pixtral-large-2502-v1:0";
        let request = json!({
            "messages": [{"role": "user", "content": [
                {"type": "image_url", "image_url": {"url": "data:image/png;base64,AQID"}},
                {"type": "text", "text": "Tell me about rivers"},
            ]}],
            "max_tokens": 16_384,
        });
        let body = whole(PIXTRAL, request.clone());
        assert_eq!(body["choices"][0]["message"]["content"], expected_text("Tell me about rivers", 16_384));
        assert_eq!(body["choices"][0]["stop_reason"], "stop");
        let chunks = call(PIXTRAL, request, Mode::Stream).unwrap().chunks.documents();
        let streamed: String =
            chunks.iter().map(|chunk| chunk["choices"][0]["message"]["content"].as_str().unwrap()).collect();
        assert_eq!(streamed, expected_text("Tell me about rivers", 16_384));
        let error = call(PIXTRAL, json!({"prompt": "<s>[INST] hi [/INST]"}), Mode::Whole).unwrap_err();
        assert!(error.message.contains("messages"), "{}", error.message);
        let error = call(
            PIXTRAL,
            json!({"messages": [{"role": "user", "content": "hi"}], "max_tokens": 16_385}),
            Mode::Whole,
        )
        .unwrap_err();
        assert!(error.message.contains("max_tokens"), "{}", error.message);
    }

    #[test]
    fn streams_of_other_families() {
        let chunks =
            call("cohere.command-r-plus-v1:0", json!({"message": "Tell me about rivers"}), Mode::Stream)
                .unwrap()
                .chunks
                .documents();
        assert_eq!(chunks[0]["event_type"], "stream-start");
        assert_eq!(chunks.last().unwrap()["event_type"], "stream-end");
        assert_eq!(chunks.last().unwrap()["is_finished"], true);
        let chunks = call("cohere.command-light-text-v14", json!({"prompt": "rivers"}), Mode::Stream)
            .unwrap()
            .chunks
            .documents();
        assert_eq!(chunks.last().unwrap()["finish_reason"], "MAX_TOKENS");
        let chunks = call("meta.llama2-13b-chat-v1", json!({"prompt": "rivers"}), Mode::Stream)
            .unwrap()
            .chunks
            .documents();
        assert_eq!(chunks[0]["prompt_token_count"], 1);
        assert_eq!(chunks.last().unwrap()["stop_reason"], "stop");
        let chunks = call("mistral.mixtral-8x7b-instruct-v0:1", json!({"prompt": "rivers"}), Mode::Stream)
            .unwrap()
            .chunks
            .documents();
        assert_eq!(chunks.last().unwrap()["outputs"][0]["stop_reason"], "stop");
        let chunks = call(
            "amazon.nova-micro-v1:0",
            json!({"messages": [{"role": "user", "content": [{"text": "rivers"}]}]}),
            Mode::Stream,
        )
        .unwrap()
        .chunks
        .documents();
        assert!(chunks[0].get("messageStart").is_some());
        assert!(chunks.last().unwrap().get("metadata").is_some());
        let joined: String =
            chunks.iter().filter_map(|chunk| chunk["contentBlockDelta"]["delta"]["text"].as_str()).collect();
        assert_eq!(joined, expected_text("rivers", 4096));
    }

    #[test]
    fn model_names() {
        assert_eq!(anthropic_model_name("anthropic.claude-3-haiku-20240307-v1:0"), "claude-3-haiku-20240307");
        assert_eq!(
            anthropic_model_name("anthropic.claude-sonnet-4-20250514-v1:0"),
            "claude-sonnet-4-20250514"
        );
        assert_eq!(anthropic_model_name("anthropic.claude-v2:1"), "claude-v2");
        assert_eq!(anthropic_model_name("anthropic.claude-instant-v1"), "claude-instant-v1");
        assert_eq!(anthropic_model_name("anthropic.claude-opus-4-6-v1"), "claude-opus-4-6");
        assert_eq!(anthropic_model_name("anthropic.claude-sonnet-4-6"), "claude-sonnet-4-6");
    }
}
