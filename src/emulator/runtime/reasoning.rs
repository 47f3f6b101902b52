//! Extended thinking ("reasoning") of the models that have it: which models reason, the request
//! field that turns it on (`thinking` in the Anthropic Messages body, and in Converse's
//! `additionalModelRequestFields`, where the older `reasoning_config` is also read), the
//! deterministic reasoning text an emulated model produces within its budget, and the signature
//! that lets a later request prove the reasoning came from this emulator unchanged.
//!
//! Rules (the CLI's tests rely on them):
//! - The reasoning text is "Thinking about: WORDS." followed by the generated answer's own
//!   leading words, cut to the budget (at most [`MAXIMUM_REASONING_WORDS`] words); each word is one
//!   output token.
//! - The signature is the base64 of an HMAC-SHA256 of the text under the emulator's key.
//! - When the last user text contains [`REDACTED_TRIGGER`] (Anthropic's documented test string),
//!   the reasoning comes back as redacted content: opaque bytes the emulator can verify.
//! - With thinking enabled, the last assistant turn of the request must start with its reasoning
//!   block, and every reasoning block must carry its valid signature (or valid redacted bytes).

use serde_json::{Value, json};

use super::super::errors::ServiceError;
use super::generation::{Limits, count_words, generate};

/// Smallest budget the service accepts.
pub const MINIMUM_BUDGET: u64 = 1024;

/// Longest reasoning the emulated models write.
pub const MAXIMUM_REASONING_WORDS: u64 = 48;

/// The prompt text that makes a model answer with redacted reasoning (Anthropic's test string).
pub const REDACTED_TRIGGER: &str = "ANTHROPIC_MAGIC_STRING_TRIGGER_REDACTED_THINKING_46C9A13E193C177646C7398A98432ECCCE4C1253D5E2D82641AC0E52CC2876CB";

/// The emulator's signing key (the emulator signs and checks; nobody else needs it).
const SIGNING_KEY: &[u8] = b"bedrock-emulator-reasoning-signature-key";

const PREFIX: &str = "The model returned the following errors: ";

/// How a model reasons.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Support {
    /// It does not.
    None,
    /// When the request enables thinking with a budget.
    Budget,
    /// On every call (DeepSeek-R1); no budget can be set.
    Always,
}

/// How the model (a foundation model id, or a cross-region profile id) reasons.
pub fn support(model_id: &str) -> Support {
    let base = model_id.rsplit('/').next().unwrap_or(model_id);
    let base = match base.split_once('.') {
        // A cross-region profile id: `us.anthropic.…`.
        Some((region, rest)) if region.len() <= 4 && rest.contains('.') => rest,
        _ => base,
    };
    if base.starts_with("deepseek.r1") {
        return Support::Always;
    }
    let Some(name) = base.strip_prefix("anthropic.claude-") else { return Support::None };
    let reasons = name.starts_with("3-7-sonnet")
        || ["sonnet-4", "opus-4", "haiku-4"].iter().any(|family| name.starts_with(family));
    if reasons { Support::Budget } else { Support::None }
}

/// Thinking as a request asked for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Thinking {
    pub budget: u64,
}

/// The reasoning an emulated model produced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reasoning {
    Text { text: String, signature: String },
    Redacted(Vec<u8>),
}

impl Reasoning {
    /// Output tokens it counts for.
    pub fn tokens(&self) -> u64 {
        match self {
            Reasoning::Text { text, .. } => count_words(text),
            Reasoning::Redacted(bytes) => (bytes.len() as u64 / 8).max(1),
        }
    }

    /// The Converse `reasoningContent` block.
    pub fn converse_block(&self) -> Value {
        match self {
            Reasoning::Text { text, signature } => {
                json!({"reasoningContent": {"reasoningText": {"text": text, "signature": signature}}})
            }
            Reasoning::Redacted(bytes) => {
                json!({"reasoningContent": {"redactedContent": aws_smithy_types::base64::encode(bytes)}})
            }
        }
    }

    /// The Anthropic Messages content block (`thinking` or `redacted_thinking`).
    pub fn messages_block(&self) -> Value {
        match self {
            Reasoning::Text { text, signature } => {
                json!({"type": "thinking", "thinking": text, "signature": signature})
            }
            Reasoning::Redacted(bytes) => {
                json!({"type": "redacted_thinking", "data": aws_smithy_types::base64::encode(bytes)})
            }
        }
    }
}

fn digest(text: &[u8]) -> Vec<u8> {
    let hex = aws_sigv4::sign::v4::calculate_signature(SIGNING_KEY, text);
    (0..hex.len() / 2)
        .filter_map(|index| u8::from_str_radix(&hex[index * 2..index * 2 + 2], 16).ok())
        .collect()
}

/// The signature of a reasoning text.
pub fn sign(text: &str) -> String {
    aws_smithy_types::base64::encode(digest(text.as_bytes()))
}

/// Whether a signature is the one this emulator gave the text.
pub fn verify(text: &str, signature: &str) -> bool {
    sign(text) == signature
}

/// Redacted reasoning: the digest of the text followed by the text, each byte turned by the key.
fn redact(text: &str) -> Vec<u8> {
    let mut bytes = digest(text.as_bytes());
    bytes.extend(text.bytes().enumerate().map(|(index, byte)| byte ^ SIGNING_KEY[index % SIGNING_KEY.len()]));
    bytes
}

/// Whether redacted bytes are ones this emulator produced.
pub fn verify_redacted(bytes: &[u8]) -> bool {
    if bytes.len() < 32 {
        return false;
    }
    let (signature, hidden) = bytes.split_at(32);
    let text: Vec<u8> = hidden
        .iter()
        .enumerate()
        .map(|(index, byte)| byte ^ SIGNING_KEY[index % SIGNING_KEY.len()])
        .collect();
    digest(&text) == signature
}

/// The reasoning of a model about `focus`, within `budget` tokens.
pub fn think(focus: &str, budget: u64) -> Reasoning {
    let limit = budget.min(MAXIMUM_REASONING_WORDS);
    let topic: Vec<&str> =
        focus.split_whitespace().filter(|word| *word != REDACTED_TRIGGER).take(8).collect();
    let mut words: Vec<String> = vec!["Thinking".into(), "about:".into()];
    let topic = if topic.is_empty() { "the request".to_string() } else { topic.join(" ") };
    let topic = if topic.ends_with(['.', '?', '!']) { topic } else { format!("{topic}.") };
    words.extend(topic.split_whitespace().map(str::to_string));
    let answer = generate(focus, &Limits::new(limit, Vec::new())).text();
    words.extend(["The".to_string(), "answer".to_string(), "begins:".to_string()]);
    words.extend(answer.split_whitespace().map(str::to_string));
    words.truncate(limit as usize);
    let text = words.join(" ");
    if focus.contains(REDACTED_TRIGGER) {
        return Reasoning::Redacted(redact(&text));
    }
    let signature = sign(&text);
    Reasoning::Text { text, signature }
}

fn enabled(field: &Value, path: &str) -> Result<Option<u64>, ServiceError> {
    match field.get("type").and_then(Value::as_str) {
        Some("enabled") => {}
        Some("disabled") => return Ok(None),
        _ => {
            return Err(ServiceError::validation(format!(
                "{PREFIX}{path}.type: Input tag does not match the expected tags: 'enabled', 'disabled'"
            )));
        }
    }
    match field.get("budget_tokens").and_then(Value::as_u64) {
        Some(budget) if budget >= MINIMUM_BUDGET => Ok(Some(budget)),
        Some(_) => Err(ServiceError::validation(format!(
            "{PREFIX}{path}.enabled.budget_tokens: Input should be greater than or equal to {MINIMUM_BUDGET}"
        ))),
        None => {
            Err(ServiceError::validation(format!("{PREFIX}{path}.enabled.budget_tokens: Field required")))
        }
    }
}

/// The thinking a request's fields (the Messages body, or Converse's additional fields) ask of
/// `model_id` whose answer may be `max_tokens` long.
pub fn requested(
    fields: Option<&Value>,
    model_id: &str,
    max_tokens: u64,
) -> Result<Option<Thinking>, ServiceError> {
    let field = fields.and_then(|fields| {
        [("thinking", "thinking"), ("reasoning_config", "reasoning_config")].into_iter().find_map(
            |(key, path)| fields.get(key).filter(|value| !value.is_null()).map(|value| (value, path)),
        )
    });
    let support = support(model_id);
    let Some((field, path)) = field else {
        return Ok((support == Support::Always).then_some(Thinking { budget: MAXIMUM_REASONING_WORDS }));
    };
    if support != Support::Budget {
        return Err(ServiceError::validation(format!("{PREFIX}{path}: Extra inputs are not permitted")));
    }
    let Some(budget) = enabled(field, path)? else { return Ok(None) };
    if budget >= max_tokens {
        return Err(ServiceError::validation(format!(
            "{PREFIX}`max_tokens` must be greater than `{path}.budget_tokens`"
        )));
    }
    Ok(Some(Thinking { budget }))
}

/// How a reasoning block of a request reads, in either API's shape.
enum Shown<'a> {
    Text { text: &'a str, signature: Option<&'a str> },
    Redacted(Option<Vec<u8>>),
}

fn shown(block: &Value) -> Option<Shown<'_>> {
    if let Some(content) = block.get("reasoningContent") {
        if let Some(text) = content.get("reasoningText") {
            return Some(Shown::Text {
                text: text.get("text").and_then(Value::as_str).unwrap_or_default(),
                signature: text.get("signature").and_then(Value::as_str),
            });
        }
        let bytes = content
            .get("redactedContent")
            .and_then(Value::as_str)
            .and_then(|text| aws_smithy_types::base64::decode(text).ok());
        return Some(Shown::Redacted(bytes));
    }
    match block.get("type").and_then(Value::as_str) {
        Some("thinking") => Some(Shown::Text {
            text: block.get("thinking").and_then(Value::as_str).unwrap_or_default(),
            signature: block.get("signature").and_then(Value::as_str),
        }),
        Some("redacted_thinking") => Some(Shown::Redacted(
            block
                .get("data")
                .and_then(Value::as_str)
                .and_then(|text| aws_smithy_types::base64::decode(text).ok()),
        )),
        _ => None,
    }
}

fn block_type(block: &Value) -> String {
    if let Some(kind) = block.get("type").and_then(Value::as_str) {
        return kind.to_string();
    }
    block.as_object().and_then(|object| object.keys().next().cloned()).unwrap_or_default()
}

/// Check the reasoning blocks of a request's `messages` (either API's shape): every one must be
/// signed by this emulator, and with thinking enabled the last assistant turn must start with one.
pub fn check_messages(messages: Option<&Value>, thinking: Option<Thinking>) -> Result<(), ServiceError> {
    let Some(messages) = messages.and_then(Value::as_array) else { return Ok(()) };
    let last_assistant =
        messages.iter().rposition(|message| message.get("role").and_then(Value::as_str) == Some("assistant"));
    for (index, message) in messages.iter().enumerate() {
        let blocks: Vec<&Value> = match message.get("content") {
            Some(Value::Array(blocks)) => blocks.iter().collect(),
            _ => Vec::new(),
        };
        for (position, block) in blocks.iter().enumerate() {
            let valid = match shown(block) {
                None => continue,
                Some(Shown::Text { text, signature }) => {
                    signature.is_some_and(|signature| verify(text, signature))
                }
                Some(Shown::Redacted(bytes)) => bytes.is_some_and(|bytes| verify_redacted(&bytes)),
            };
            if !valid {
                return Err(ServiceError::validation(format!(
                    "{PREFIX}messages.{index}.content.{position}: Invalid `signature` in `thinking` block"
                )));
            }
        }
        if thinking.is_some() && Some(index) == last_assistant {
            let first = blocks.first().copied();
            if first.is_none_or(|block| shown(block).is_none()) {
                let found = first.map(block_type).unwrap_or_default();
                return Err(ServiceError::validation(format!(
                    "{PREFIX}messages.{index}.content.0.type: Expected `thinking` or `redacted_thinking`, but found `{found}`. When `thinking` is enabled, a final `assistant` message must start with a thinking block."
                )));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn models_that_reason() {
        assert_eq!(support("anthropic.claude-3-7-sonnet-20250219-v1:0"), Support::Budget);
        assert_eq!(support("us.anthropic.claude-sonnet-4-20250514-v1:0"), Support::Budget);
        assert_eq!(support("anthropic.claude-opus-4-1-20250805-v1:0"), Support::Budget);
        assert_eq!(support("anthropic.claude-haiku-4-5-20251001-v1:0"), Support::Budget);
        assert_eq!(support("us.deepseek.r1-v1:0"), Support::Always);
        assert_eq!(support("anthropic.claude-3-5-sonnet-20240620-v1:0"), Support::None);
        assert_eq!(support("amazon.nova-pro-v1:0"), Support::None);
    }

    #[test]
    fn budgets_are_checked_like_the_service() {
        let model = "anthropic.claude-3-7-sonnet-20250219-v1:0";
        let fields = |budget: u64| json!({"thinking": {"type": "enabled", "budget_tokens": budget}});
        assert_eq!(requested(Some(&fields(2000)), model, 4000).unwrap(), Some(Thinking { budget: 2000 }));
        assert!(requested(Some(&fields(1000)), model, 4000).unwrap_err().message.contains("1024"));
        assert!(requested(Some(&fields(4000)), model, 4000).unwrap_err().message.contains("max_tokens"));
        let old = json!({"reasoning_config": {"type": "enabled", "budget_tokens": 1024}});
        assert!(requested(Some(&old), model, 2048).unwrap().is_some());
        let other = "anthropic.claude-3-haiku-20240307-v1:0";
        assert!(requested(Some(&fields(2000)), other, 4000).unwrap_err().message.contains("Extra inputs"));
    }

    #[test]
    fn reasoning_is_signed_and_verified() {
        let Reasoning::Text { text, signature } = think("Why is the sky blue?", 1024) else { panic!() };
        assert!(text.starts_with("Thinking about: Why is the sky blue?"));
        assert!(count_words(&text) <= MAXIMUM_REASONING_WORDS);
        assert!(verify(&text, &signature));
        assert!(!verify(&format!("{text}!"), &signature));
        let Reasoning::Redacted(bytes) = think(&format!("hello {REDACTED_TRIGGER}"), 1024) else { panic!() };
        assert!(verify_redacted(&bytes));
        let mut tampered = bytes.clone();
        tampered[40] ^= 1;
        assert!(!verify_redacted(&tampered));
    }

    #[test]
    fn assistant_turns_must_keep_their_signed_reasoning() {
        let Reasoning::Text { text, signature } = think("hi", 1024) else { panic!() };
        let thinking = Some(Thinking { budget: 1024 });
        let messages = |block: Value| {
            json!([
                {"role": "user", "content": [{"text": "hi"}]},
                {"role": "assistant", "content": [block, {"text": "answer"}]},
                {"role": "user", "content": [{"text": "more"}]}
            ])
        };
        let good = json!({"reasoningContent": {"reasoningText": {"text": text, "signature": signature}}});
        assert!(check_messages(Some(&messages(good)), thinking).is_ok());
        let bad = json!({"reasoningContent": {"reasoningText": {"text": text, "signature": "AAAA"}}});
        assert!(
            check_messages(Some(&messages(bad)), thinking)
                .unwrap_err()
                .message
                .contains("Invalid `signature`")
        );
        let missing = messages(json!({"text": "no reasoning"}));
        assert!(check_messages(Some(&missing), thinking).unwrap_err().message.contains("found `text`"));
        assert!(check_messages(Some(&missing), None).is_ok());
    }
}
