//! One model of a chat, shared by every chat-shaped API the emulator serves (Converse, the
//! Anthropic Messages API, Amazon Nova, Cohere Command R, Mistral and Jamba chat): the turns, the
//! tools, and the deterministic reply, which is either generated text or a tool call.
//!
//! Reply rules (the CLI's tests rely on them):
//! - The *request* is the text of the last user turn that has text; a tool *matches* it when the
//!   request mentions the tool's name (case-insensitive; `_` and `-` may be spaces), or when its
//!   words overlap the tool's name and description enough (see [`match_score`]: a key word of
//!   the tool's name counts 2, one of its description 1; a score of 2 or more matches).
//! - When the last user turn carries tool results and the tool choice is "auto" or "any", the
//!   next matching tool not yet called since the request is called (a request that asks for two
//!   things gets two rounds). When there is none, the reply is the text
//!   "The NAME tool returned: CONTENT" per result since the request ("failed" for status error),
//!   where CONTENT is the result's text blocks and compact JSON blocks joined by a space.
//! - Otherwise a tool is called when the tool choice names it, when the choice is "any" (the
//!   best matching tool, else the first tool), or when the choice is "auto" and a tool matches
//!   (the best score; the first tool on a tie). Its input is generated from the input schema and
//!   the request (see [`input_from_schema`]).
//! - Otherwise the reply is [`super::generation::generate`] of the last user turn's text.

use serde_json::{Map, Value, json};

use super::generation::{self, Finish, Generated, Limits, count_words, hash_text, key_words, limit_words};

/// Who speaks a turn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    User,
    Assistant,
}

/// The parts of a turn that matter to the emulated model.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Text(String),
    ToolUse {
        id: String,
        name: String,
        input: Value,
    },
    ToolResult {
        tool_use_id: String,
        content: Vec<String>,
        failed: bool,
    },
    /// A prompt-cache checkpoint: the tokens before it are written to the cache.
    CachePoint,
    /// Images, documents, video: read but not counted.
    Media,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Turn {
    pub role: Role,
    pub blocks: Vec<Block>,
}

/// A tool the model may call.
#[derive(Debug, Clone, PartialEq)]
pub struct Tool {
    pub name: String,
    /// What the tool does (the request's description; may be empty).
    pub description: String,
    pub schema: Value,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ToolChoice {
    Auto,
    Any,
    Named(String),
}

/// Everything the model reads.
#[derive(Debug, Clone)]
pub struct Conversation {
    pub system: Vec<Block>,
    pub turns: Vec<Turn>,
    pub tools: Vec<Tool>,
    pub tool_choice: ToolChoice,
    pub limits: Limits,
}

/// What the model answers.
#[derive(Debug, Clone, PartialEq)]
pub enum Content {
    Text(Generated),
    ToolUse { id: String, name: String, input: Value },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StopReason {
    EndTurn,
    MaxTokens,
    StopSequence(String),
    ToolUse,
    /// A guardrail blocked or masked the prompt or the answer.
    GuardrailIntervened,
}

impl StopReason {
    /// The Converse/Nova/Anthropic name of the stop reason.
    pub fn name(&self) -> &'static str {
        match self {
            StopReason::EndTurn => "end_turn",
            StopReason::MaxTokens => "max_tokens",
            StopReason::StopSequence(_) => "stop_sequence",
            StopReason::ToolUse => "tool_use",
            StopReason::GuardrailIntervened => "guardrail_intervened",
        }
    }

    pub fn stop_sequence(&self) -> Option<&str> {
        match self {
            StopReason::StopSequence(sequence) => Some(sequence),
            _ => None,
        }
    }
}

impl From<&Finish> for StopReason {
    fn from(finish: &Finish) -> Self {
        match finish {
            Finish::Natural => StopReason::EndTurn,
            Finish::MaxTokens => StopReason::MaxTokens,
            Finish::StopSequence(sequence) => StopReason::StopSequence(sequence.clone()),
        }
    }
}

/// Token counts of one reply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Usage {
    /// Input tokens not read from or written to the cache.
    pub input_tokens: u64,
    pub output_tokens: u64,
    pub cache_read_input_tokens: u64,
    pub cache_write_input_tokens: u64,
}

impl Usage {
    /// Every input token, cached or not.
    pub fn all_input_tokens(&self) -> u64 {
        self.input_tokens + self.cache_read_input_tokens + self.cache_write_input_tokens
    }

    pub fn total_tokens(&self) -> u64 {
        self.all_input_tokens() + self.output_tokens
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Reply {
    pub content: Content,
    pub stop_reason: StopReason,
    pub usage: Usage,
}

/// Characters per streamed piece of a tool call's input JSON.
pub const TOOL_INPUT_PIECE: usize = 8;

impl Reply {
    /// The reply's text, empty for a tool call.
    pub fn text(&self) -> String {
        match &self.content {
            Content::Text(generated) => generated.text(),
            Content::ToolUse { .. } => String::new(),
        }
    }

    /// The streamed pieces of a tool call's input JSON.
    pub fn tool_input_pieces(input: &Value) -> Vec<String> {
        generation::split_pieces(&input.to_string(), TOOL_INPUT_PIECE)
    }
}

fn block_words(block: &Block) -> u64 {
    match block {
        Block::Text(text) => count_words(text),
        Block::ToolUse { input, .. } => count_words(&input.to_string()),
        Block::ToolResult { content, .. } => content.iter().map(|item| count_words(item)).sum(),
        Block::CachePoint | Block::Media => 0,
    }
}

impl Conversation {
    /// A conversation without tools.
    pub fn new(system: Vec<Block>, turns: Vec<Turn>, limits: Limits) -> Self {
        Conversation { system, turns, tools: Vec::new(), tool_choice: ToolChoice::Auto, limits }
    }

    /// The text of the last user turn.
    pub fn focus(&self) -> String {
        self.turn_text(self.turns.iter().rposition(|turn| turn.role == Role::User))
    }

    fn last_user_turn(&self) -> Option<&Turn> {
        self.turns.iter().rev().find(|turn| turn.role == Role::User)
    }

    /// Input tokens, split at the last cache point.
    fn input_usage(&self) -> (u64, u64) {
        let blocks = self.system.iter().chain(self.turns.iter().flat_map(|turn| turn.blocks.iter()));
        let mut total = 0;
        let mut before_cache_point = 0;
        for block in blocks {
            if *block == Block::CachePoint {
                before_cache_point = total;
            }
            total += block_words(block);
        }
        (total - before_cache_point, before_cache_point)
    }

    /// The index of the last user turn with text: the request the tools serve.
    fn request_index(&self) -> Option<usize> {
        self.turns.iter().rposition(|turn| {
            turn.role == Role::User
                && turn
                    .blocks
                    .iter()
                    .any(|block| matches!(block, Block::Text(text) if !text.trim().is_empty()))
        })
    }

    /// The text of the turn at `index`.
    fn turn_text(&self, index: Option<usize>) -> String {
        index
            .and_then(|index| self.turns.get(index))
            .map(|turn| {
                turn.blocks
                    .iter()
                    .filter_map(|block| match block {
                        Block::Text(text) => Some(text.as_str()),
                        _ => None,
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            })
            .unwrap_or_default()
    }

    /// The tools matching the request, best first (the tools' order on a tie).
    fn matching_tools(&self, request: &str) -> Vec<&Tool> {
        let request_words = prompt_words(request);
        let mut scored: Vec<(u32, usize, &Tool)> = self
            .tools
            .iter()
            .enumerate()
            .map(|(index, tool)| (match_score(request, &request_words, tool), index, tool))
            .filter(|(score, _, _)| *score >= MATCH_SCORE)
            .collect();
        scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        scored.into_iter().map(|(_, _, tool)| tool).collect()
    }

    /// The tool to call for a fresh request, if any.
    fn chosen_tool(&self, request: &str) -> Option<&Tool> {
        match &self.tool_choice {
            ToolChoice::Named(name) => self.tools.iter().find(|tool| &tool.name == name),
            ToolChoice::Any => self.matching_tools(request).first().copied().or_else(|| self.tools.first()),
            ToolChoice::Auto => self.matching_tools(request).first().copied(),
        }
    }

    /// After tool results: the next tool matching the request that was not called since it.
    fn next_tool(&self, request: &str, called: &[&str]) -> Option<&Tool> {
        if matches!(self.tool_choice, ToolChoice::Named(_)) {
            return None;
        }
        self.matching_tools(request).into_iter().find(|tool| !called.contains(&tool.name.as_str()))
    }

    /// The name of the tool a tool-use id belongs to, from the assistant's earlier turns.
    fn tool_name(&self, tool_use_id: &str) -> Option<&str> {
        self.turns.iter().flat_map(|turn| turn.blocks.iter()).find_map(|block| match block {
            Block::ToolUse { id, name, .. } if id == tool_use_id => Some(name.as_str()),
            _ => None,
        })
    }

    /// The deterministic reply; tool-use ids start with `id_prefix` (`tooluse_`, `toolu_bdrk_`).
    pub fn respond(&self, id_prefix: &str) -> Reply {
        let (input_tokens, cache_write_input_tokens) = self.input_usage();
        let usage = |output_tokens| Usage {
            input_tokens,
            output_tokens,
            cache_read_input_tokens: 0,
            cache_write_input_tokens,
        };
        let focus = self.focus();
        let request_index = self.request_index();
        let request = self.turn_text(request_index);
        let since_request = &self.turns[request_index.unwrap_or(0).min(self.turns.len())..];
        let answering_results = self
            .last_user_turn()
            .is_some_and(|turn| turn.blocks.iter().any(|block| matches!(block, Block::ToolResult { .. })));
        let call = |tool: &Tool| {
            let input = input_from_schema(&tool.schema, &tool.name, &request);
            let id = tool_use_id(id_prefix, &format!("{}\n{request}\n{}", tool.name, self.turns.len()));
            let output = Reply::tool_input_pieces(&input).len() as u64;
            Reply {
                content: Content::ToolUse { id, name: tool.name.clone(), input },
                stop_reason: StopReason::ToolUse,
                usage: usage(output),
            }
        };
        if answering_results {
            let called: Vec<&str> = since_request
                .iter()
                .filter(|turn| turn.role == Role::Assistant)
                .flat_map(|turn| turn.blocks.iter())
                .filter_map(|block| match block {
                    Block::ToolUse { name, .. } => Some(name.as_str()),
                    _ => None,
                })
                .collect();
            if let Some(tool) = self.next_tool(&request, &called) {
                return call(tool);
            }
            let results: Vec<String> = since_request
                .iter()
                .filter(|turn| turn.role == Role::User)
                .flat_map(|turn| turn.blocks.iter())
                .filter_map(|block| match block {
                    Block::ToolResult { tool_use_id, content, failed } => Some(format!(
                        "The {} tool {}: {}",
                        self.tool_name(tool_use_id).unwrap_or("requested"),
                        if *failed { "failed" } else { "returned" },
                        content.join(" ")
                    )),
                    _ => None,
                })
                .collect();
            let text = results.join(" ");
            let generated = limit_words(text.split_whitespace().map(str::to_string), &self.limits);
            let stop_reason = StopReason::from(&generated.finish);
            let output = generated.output_tokens();
            return Reply { content: Content::Text(generated), stop_reason, usage: usage(output) };
        }
        if let Some(tool) = self.chosen_tool(&request) {
            return call(tool);
        }
        let generated = generation::generate(&focus, &self.limits);
        let stop_reason = StopReason::from(&generated.finish);
        let output = generated.output_tokens();
        Reply { content: Content::Text(generated), stop_reason, usage: usage(output) }
    }
}

/// Does the text mention a tool's name?
pub fn mentions(text: &str, name: &str) -> bool {
    let text = text.to_lowercase();
    let name = name.to_lowercase();
    !name.is_empty() && (text.contains(&name) || text.contains(&name.replace(['_', '-'], " ")))
}

/// The score from which a tool matches a request.
pub const MATCH_SCORE: u32 = 2;

/// The score of a request naming the tool outright.
const NAMED_SCORE: u32 = 100;

/// Words too generic to tie a request to a tool.
const GENERIC_WORDS: &[&str] = &[
    "get",
    "set",
    "fetch",
    "find",
    "run",
    "current",
    "given",
    "return",
    "returns",
    "value",
    "data",
    "info",
    "information",
    "tool",
    "function",
    "lookup",
    "look",
    "check",
];

/// A word reduced for matching: lowercase, a plural `s` dropped.
fn normal_word(word: &str) -> String {
    let lower = word.to_lowercase();
    match lower.strip_suffix('s') {
        Some(stem) if stem.len() >= 3 && !stem.ends_with('s') => stem.to_string(),
        _ => lower,
    }
}

/// The words of a text that can tie it to a tool: key words of three letters or more, not
/// generic, reduced with [`normal_word`]; `camelCase` and `snake_case` are split.
fn tool_words(text: &str) -> Vec<String> {
    let mut spaced = String::with_capacity(text.len() + 8);
    let mut previous_lower = false;
    for character in text.chars() {
        if character.is_uppercase() && previous_lower {
            spaced.push(' ');
        }
        previous_lower = character.is_lowercase() || character.is_ascii_digit();
        spaced.push(if character == '_' || character == '-' { ' ' } else { character });
    }
    let mut words: Vec<String> = Vec::new();
    for word in key_words(&spaced, usize::MAX) {
        let word = normal_word(&word);
        if word.chars().count() >= 3 && !GENERIC_WORDS.contains(&word.as_str()) && !words.contains(&word) {
            words.push(word);
        }
    }
    words
}

fn prompt_words(request: &str) -> Vec<String> {
    tool_words(request)
}

/// How well a request matches a tool: [`NAMED_SCORE`] when it mentions the tool's name, else 2
/// per key word of the request in the tool's name and 1 per key word only in its description.
pub fn match_score(request: &str, request_words: &[String], tool: &Tool) -> u32 {
    if mentions(request, &tool.name) {
        return NAMED_SCORE;
    }
    let name_words = tool_words(&tool.name);
    let description_words = tool_words(&tool.description);
    request_words
        .iter()
        .map(|word| {
            if name_words.contains(word) {
                2
            } else if description_words.contains(word) {
                1
            } else {
                0
            }
        })
        .sum()
}

/// A deterministic id: the prefix and 22 base-62 characters from a hash of `material`.
pub fn tool_use_id(prefix: &str, material: &str) -> String {
    prefix.to_string() + &base62(hash_text(material), 22)
}

/// `length` base-62 characters drawn from a seed.
pub fn base62(seed: u64, length: usize) -> String {
    const ALPHABET: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    let mut state = seed;
    (0..length)
        .map(|_| {
            state = super::super::faults::mix(state);
            char::from(ALPHABET[(state % 62) as usize])
        })
        .collect()
}

/// The first number in a text, if any.
fn first_number(text: &str) -> Option<f64> {
    text.split(|character: char| !(character.is_ascii_digit() || character == '.' || character == '-'))
        .filter(|candidate| candidate.chars().any(|character| character.is_ascii_digit()))
        .find_map(|candidate| candidate.trim_matches(|character| character == '.').parse::<f64>().ok())
}

/// A tool input generated from its JSON schema: required properties (all properties when none
/// is required) get a value of their type — an enum value the prompt mentions (else the first),
/// strings made of the prompt's key words that are not in the tool's name (else the property
/// name), the prompt's first number for integers and numbers (else a number from its hash),
/// `true` for booleans, one item for arrays, nested objects the same way.
pub fn input_from_schema(schema: &Value, tool_name: &str, focus: &str) -> Value {
    let name_words: Vec<String> = tool_name
        .split(['_', '-', ' '])
        .map(|word| word.to_lowercase())
        .filter(|word| !word.is_empty())
        .collect();
    let words: Vec<String> = key_words(focus, usize::MAX)
        .into_iter()
        .filter(|word| !name_words.contains(&word.to_lowercase()))
        .collect();
    let context = SchemaContext { focus, words: words.join(" "), seed: hash_text(focus) };
    match value_for(schema, "input", &context, 0) {
        Value::Object(object) => Value::Object(object),
        _ => json!({}),
    }
}

struct SchemaContext<'a> {
    focus: &'a str,
    words: String,
    seed: u64,
}

const MAXIMUM_SCHEMA_DEPTH: usize = 8;

fn value_for(schema: &Value, property: &str, context: &SchemaContext, depth: usize) -> Value {
    let Some(schema) = schema.as_object() else { return json!(context.string_for(property)) };
    if let Some(value) = schema.get("const") {
        return value.clone();
    }
    if let Some(values) = schema.get("enum").and_then(Value::as_array) {
        let focus = context.focus.to_lowercase();
        let mentioned = values.iter().find(|value| {
            value.as_str().is_some_and(|text| !text.is_empty() && focus.contains(&text.to_lowercase()))
        });
        if let Some(value) = mentioned.or_else(|| values.first()) {
            return value.clone();
        }
    }
    for alternatives in ["anyOf", "oneOf", "allOf"] {
        if let Some(first) =
            schema.get(alternatives).and_then(Value::as_array).and_then(|items| items.first())
        {
            return value_for(first, property, context, depth + 1);
        }
    }
    let kind = match schema.get("type") {
        Some(Value::String(kind)) => kind.as_str(),
        Some(Value::Array(kinds)) => {
            kinds.iter().filter_map(Value::as_str).find(|kind| *kind != "null").unwrap_or("string")
        }
        _ if schema.contains_key("properties") => "object",
        _ => "string",
    };
    match kind {
        "integer" => json!(
            first_number(context.focus)
                .map(|number| number.trunc() as i64)
                .unwrap_or((context.seed % 100) as i64)
        ),
        "number" => first_number(context.focus)
            .and_then(serde_json::Number::from_f64)
            .map(Value::Number)
            .unwrap_or_else(|| json!(context.seed % 100)),
        "boolean" => json!(true),
        "null" => Value::Null,
        "array" if depth < MAXIMUM_SCHEMA_DEPTH => {
            json!([value_for(schema.get("items").unwrap_or(&Value::Null), property, context, depth + 1)])
        }
        "object" if depth < MAXIMUM_SCHEMA_DEPTH => object_for(schema, context, depth + 1),
        "array" => json!([]),
        "object" => json!({}),
        _ => json!(context.string_for(property)),
    }
}

fn object_for(schema: &Map<String, Value>, context: &SchemaContext, depth: usize) -> Value {
    let empty = Map::new();
    let properties = schema.get("properties").and_then(Value::as_object).unwrap_or(&empty);
    let required: Vec<&str> = schema
        .get("required")
        .and_then(Value::as_array)
        .map(|names| names.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let mut object = Map::new();
    for (name, property_schema) in properties {
        if required.is_empty() || required.contains(&name.as_str()) {
            object.insert(name.clone(), value_for(property_schema, name, context, depth));
        }
    }
    for name in required {
        if !object.contains_key(name) {
            object.insert(name.to_string(), json!(context.string_for(name)));
        }
    }
    Value::Object(object)
}

impl SchemaContext<'_> {
    fn string_for(&self, property: &str) -> String {
        if self.words.is_empty() { property.to_string() } else { self.words.clone() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(text: &str) -> Turn {
        Turn { role: Role::User, blocks: vec![Block::Text(text.into())] }
    }

    fn weather_tool() -> Tool {
        Tool {
            name: "get_weather".into(),
            description: String::new(),
            schema: json!({
                "type": "object",
                "properties": {
                    "city": {"type": "string"},
                    "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
                    "days": {"type": "integer"},
                    "detailed": {"type": "boolean"},
                    "note": {"type": "string"}
                },
                "required": ["city", "unit", "days", "detailed"]
            }),
        }
    }

    #[test]
    fn text_replies_follow_the_generator() {
        let conversation =
            Conversation::new(vec![], vec![user("Tell me about rivers")], Limits::new(1000, Vec::new()));
        let reply = conversation.respond("tooluse_");
        assert_eq!(
            reply.text(),
            generation::generate("Tell me about rivers", &Limits::new(1000, vec![])).text()
        );
        assert_eq!(reply.stop_reason, StopReason::EndTurn);
        assert_eq!(reply.usage.input_tokens, 4);
    }

    #[test]
    fn tools_are_called_when_chosen_or_mentioned() {
        let mut conversation = Conversation::new(
            vec![Block::Text("You are helpful".into())],
            vec![user("Use get weather for Paris in fahrenheit for 3 days")],
            Limits::new(1000, Vec::new()),
        );
        conversation.tools = vec![weather_tool()];
        let reply = conversation.respond("tooluse_");
        assert_eq!(reply.stop_reason, StopReason::ToolUse);
        let Content::ToolUse { id, name, input } = &reply.content else { panic!("{reply:?}") };
        assert_eq!(name, "get_weather");
        assert!(id.starts_with("tooluse_") && id.len() == "tooluse_".len() + 22, "{id}");
        assert_eq!(
            input,
            &json!({"city": "Paris fahrenheit days", "unit": "fahrenheit", "days": 3, "detailed": true})
        );
        assert_eq!(conversation.respond("tooluse_"), reply, "deterministic");

        conversation.turns = vec![user("What is the forecast?")];
        assert_eq!(conversation.respond("tooluse_").stop_reason, StopReason::EndTurn);
        conversation.tool_choice = ToolChoice::Any;
        assert_eq!(conversation.respond("tooluse_").stop_reason, StopReason::ToolUse);
        conversation.tool_choice = ToolChoice::Named("get_weather".into());
        let Content::ToolUse { input, .. } = conversation.respond("tooluse_").content else { panic!() };
        assert_eq!(input["unit"], "celsius");
        assert_eq!(input["city"], "forecast");
    }

    #[test]
    fn tool_results_are_quoted() {
        let turns = vec![
            user("Weather in Paris?"),
            Turn {
                role: Role::Assistant,
                blocks: vec![Block::ToolUse {
                    id: "t1".into(),
                    name: "get_weather".into(),
                    input: json!({}),
                }],
            },
            Turn {
                role: Role::User,
                blocks: vec![Block::ToolResult {
                    tool_use_id: "t1".into(),
                    content: vec!["{\"temperature\":21}".into(), "sunny".into()],
                    failed: false,
                }],
            },
        ];
        let mut conversation = Conversation::new(vec![], turns, Limits::new(1000, Vec::new()));
        conversation.tools = vec![weather_tool()];
        let reply = conversation.respond("tooluse_");
        assert_eq!(reply.text(), "The get_weather tool returned: {\"temperature\":21} sunny");
        assert_eq!(reply.stop_reason, StopReason::EndTurn);
    }

    fn tool(name: &str, description: &str) -> Tool {
        Tool {
            name: name.into(),
            description: description.into(),
            schema: json!({"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}),
        }
    }

    fn called(reply: &Reply) -> (String, String) {
        match &reply.content {
            Content::ToolUse { id, name, .. } => (id.clone(), name.clone()),
            Content::Text(_) => panic!("not a tool call: {reply:?}"),
        }
    }

    /// Add the assistant's call `(id, name)` and the user's result of it to the conversation.
    fn answer_call(conversation: &mut Conversation, call: (String, String), result: &str, failed: bool) {
        let (id, name) = call;
        conversation.turns.push(Turn {
            role: Role::Assistant,
            blocks: vec![Block::ToolUse { id: id.clone(), name, input: json!({}) }],
        });
        conversation.turns.push(Turn {
            role: Role::User,
            blocks: vec![Block::ToolResult { tool_use_id: id, content: vec![result.into()], failed }],
        });
    }

    #[test]
    fn tools_match_by_name_words_and_description() {
        let mut conversation = Conversation::new(
            vec![],
            vec![user("Convert 30 celsius to fahrenheit please")],
            Limits::new(1000, Vec::new()),
        );
        conversation.tools = vec![
            tool("lookup_stock", "The price of a company's shares"),
            tool("f1", "Converts temperatures between Celsius and Fahrenheit"),
        ];
        assert_eq!(called(&conversation.respond("tooluse_")).1, "f1", "the description matches");
        conversation.turns = vec![user("What is the stock price of Acme?")];
        assert_eq!(called(&conversation.respond("tooluse_")).1, "lookup_stock", "name and description");
        conversation.turns = vec![user("Tell me about rivers and their shares of water")];
        let reply = conversation.respond("tooluse_");
        assert_eq!(reply.stop_reason, StopReason::EndTurn, "one description word is not enough: {reply:?}");
        conversation.turns = vec![user("Tell me about rivers")];
        assert_eq!(conversation.respond("tooluse_").stop_reason, StopReason::EndTurn);
        let words = prompt_words("What is the stock price of Acme?");
        assert_eq!(match_score("What is the stock price of Acme?", &words, &conversation.tools[0]), 3);
        assert_eq!(match_score("use lookup stock", &[], &conversation.tools[0]), NAMED_SCORE);
        assert_eq!(tool_words("getWeatherForecasts"), vec!["weather", "forecast"]);
    }

    #[test]
    fn a_request_for_two_things_calls_two_tools_then_answers_with_both() {
        let mut conversation = Conversation::new(
            vec![],
            vec![user("What is the weather and the local time in Paris?")],
            Limits::new(1000, Vec::new()),
        );
        conversation.tools = vec![
            tool("get_weather", "Weather of a city"),
            tool("get_time", "The local time in a city"),
            tool("get_stock", "Share prices"),
        ];
        let first = conversation.respond("tooluse_");
        let (first_id, first_name) = called(&first);
        assert_eq!(first_name, "get_time", "the best score goes first");
        let Content::ToolUse { input, .. } = &first.content else { panic!() };
        assert_eq!(input["city"], "weather local Paris");
        answer_call(&mut conversation, (first_id, first_name), "14:05", false);
        let second = conversation.respond("tooluse_");
        let (second_id, second_name) = called(&second);
        assert_eq!(second_name, "get_weather", "the other tool the request asks for");
        let Content::ToolUse { input, .. } = &second.content else { panic!() };
        assert_eq!(input["city"], "local time Paris", "arguments from the request, not the result turn");
        answer_call(&mut conversation, (second_id, second_name), "no station", true);
        let answer = conversation.respond("tooluse_");
        assert_eq!(answer.stop_reason, StopReason::EndTurn);
        assert_eq!(
            answer.text(),
            "The get_time tool returned: 14:05 The get_weather tool failed: no station"
        );

        // A named tool choice answers after its one result.
        conversation.tool_choice = ToolChoice::Named("get_time".into());
        conversation.turns.truncate(3);
        assert_eq!(conversation.respond("tooluse_").stop_reason, StopReason::EndTurn);
    }

    #[test]
    fn cache_points_split_input_tokens() {
        let conversation = Conversation::new(
            vec![Block::Text("one two three".into()), Block::CachePoint],
            vec![user("four five")],
            Limits::new(10, Vec::new()),
        );
        let usage = conversation.respond("tooluse_").usage;
        assert_eq!(usage.cache_write_input_tokens, 3);
        assert_eq!(usage.input_tokens, 2);
        assert_eq!(usage.all_input_tokens(), 5);
    }
}
