//! OpenAI chat-completions request bodies (OpenAI's Create chat completion) and response reading
//! (the chat completion object, and its chunks when streamed), as the Bedrock user guide documents
//! them for the models that speak them: OpenAI gpt-oss (with InvokeModel its reasoning, in
//! `<reasoning>` tags, comes before the answer) and Writer Palmyra X4 and X5.

use serde_json::{Map, Value, json};

use super::family::{
    FREQUENCY_PENALTY, Family, MAX_TOKENS, PRESENCE_PENALTY, SEED, STOP, SYSTEM, TEMPERATURE, TOP_P,
    check_decimal, check_integer, check_stop_count, history_pairs, only_text_flags, optional_count,
    optional_text, required_text, system_text, text_at,
};
use super::{Completion, StreamPiece, TextParams};
use crate::error::Result;

/// How the families' chat-completions bodies differ.
struct Dialect {
    family: Family,
    /// The field of the output budget.
    max_tokens_key: &'static str,
    max_tokens_maximum: u64,
    /// The role of `--system` text.
    system_role: &'static str,
}

/// gpt-oss: `max_completion_tokens` up to the 128,000-token context window (the user guide's
/// table), `--system` as a `developer` message (Converse maps those to its `system`).
const GPT_OSS: Dialect = Dialect {
    family: Family::OpenAi,
    max_tokens_key: "max_completion_tokens",
    max_tokens_maximum: 128_000,
    system_role: "developer",
};

/// Palmyra X4 and X5: `max_tokens` 1 to 8192 (the service's default is 16).
const PALMYRA: Dialect = Dialect {
    family: Family::Writer,
    max_tokens_key: "max_tokens",
    max_tokens_maximum: 8192,
    system_role: "system",
};

/// The most stop sequences either takes.
const STOP_MAX: usize = 4;

/// gpt-oss: `{"messages", "max_completion_tokens", "temperature", "top_p", "stop", "seed",
/// "presence_penalty", "frequency_penalty"}`. `model` and `stream` are left out: Bedrock fills
/// them in from the model id and the operation.
pub(super) fn build(params: &TextParams) -> Result<Value> {
    build_with(params, &GPT_OSS)
}

/// Palmyra: `{"messages", "max_tokens", "temperature", "top_p", "stop", "seed",
/// "presence_penalty", "frequency_penalty"}`.
pub(super) fn build_palmyra(params: &TextParams) -> Result<Value> {
    build_with(params, &PALMYRA)
}

fn build_with(params: &TextParams, dialect: &Dialect) -> Result<Value> {
    let who = dialect.family.display_name();
    only_text_flags(
        params,
        &[MAX_TOKENS, TEMPERATURE, TOP_P, STOP, SYSTEM, SEED, PRESENCE_PENALTY, FREQUENCY_PENALTY],
        who,
    )?;
    check_integer(MAX_TOKENS, params.max_tokens.map(u64::from), 1, dialect.max_tokens_maximum, who)?;
    check_decimal(TEMPERATURE, params.temperature, 0.0, 2.0, who)?;
    check_decimal(TOP_P, params.top_p, 0.0, 1.0, who)?;
    check_decimal(PRESENCE_PENALTY, params.presence_penalty, -2.0, 2.0, who)?;
    check_decimal(FREQUENCY_PENALTY, params.frequency_penalty, -2.0, 2.0, who)?;
    check_stop_count(params, STOP_MAX, who)?;

    let mut body = Map::new();
    body.insert("messages".into(), Value::Array(chat_messages(params, dialect.system_role)));
    sampling(&mut body, params, dialect.max_tokens_key);
    if let Some(seed) = params.seed {
        body.insert("seed".into(), json!(seed));
    }
    if let Some(penalty) = params.presence_penalty {
        body.insert("presence_penalty".into(), json!(penalty));
    }
    if let Some(penalty) = params.frequency_penalty {
        body.insert("frequency_penalty".into(), json!(penalty));
    }
    Ok(Value::Object(body))
}

/// The sampling members every chat-completion body shares: the output limit under
/// `max_tokens_key`, `temperature`, `top_p` and `stop`.
pub(super) fn sampling(body: &mut Map<String, Value>, params: &TextParams, max_tokens_key: &str) {
    if let Some(max_tokens) = params.max_tokens {
        body.insert(max_tokens_key.into(), json!(max_tokens));
    }
    if let Some(temperature) = params.temperature {
        body.insert("temperature".into(), json!(temperature));
    }
    if let Some(top_p) = params.top_p {
        body.insert("top_p".into(), json!(top_p));
    }
    if !params.stop.is_empty() {
        body.insert("stop".into(), json!(params.stop));
    }
}

/// Chat-completion `messages` (OpenAI's, and Mistral AI's for Pixtral Large): the `--system` text
/// under `system_role`, the history as `user` and `assistant` messages, then the prompt.
pub(super) fn chat_messages(params: &TextParams, system_role: &str) -> Vec<Value> {
    let mut messages = Vec::new();
    if let Some(system) = system_text(params) {
        messages.push(json!({"role": system_role, "content": system}));
    }
    for (user, assistant) in history_pairs(&params.history) {
        messages.push(json!({"role": "user", "content": user}));
        messages.push(json!({"role": "assistant", "content": assistant}));
    }
    messages.push(json!({"role": "user", "content": params.prompt}));
    messages
}

/// The chat completion object: `{"choices": [{"message": {"content"}, "finish_reason"}],
/// "usage": {"prompt_tokens", "completion_tokens"}}`.
pub(super) fn extract(body: &Value, family: Family) -> Result<Completion> {
    Ok(Completion {
        text: required_text(body, "/choices/0/message/content", family.display_name())?,
        stop_reason: optional_text(body, "/choices/0/finish_reason"),
        input_tokens: optional_count(body, "/usage/prompt_tokens"),
        output_tokens: optional_count(body, "/usage/completion_tokens"),
    })
}

/// A chat completion chunk: `{"choices": [{"delta": {"content"}, "finish_reason"}]}`, the usage
/// on the chunk that has it.
pub(super) fn stream(chunk: &Value) -> Result<StreamPiece> {
    Ok(StreamPiece {
        text: text_at(chunk, "/choices/0/delta/content").unwrap_or_default().to_string(),
        stop_reason: optional_text(chunk, "/choices/0/finish_reason"),
        input_tokens: optional_count(chunk, "/usage/prompt_tokens"),
        output_tokens: optional_count(chunk, "/usage/completion_tokens"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::{Role, Turn};

    #[test]
    fn body_is_a_chat_completion_request() {
        let params = TextParams {
            prompt: "Why is the sky blue?".into(),
            system: vec!["Be brief.".into()],
            history: vec![
                Turn { role: Role::User, text: "Hi".into() },
                Turn { role: Role::Assistant, text: "Hello!".into() },
            ],
            max_tokens: Some(512),
            temperature: Some(1.5),
            top_p: Some(0.9),
            stop: vec!["END".into()],
            seed: Some(7),
            ..Default::default()
        };
        assert_eq!(
            Family::OpenAi.build_text(&params).unwrap(),
            json!({
                "messages": [
                    {"role": "developer", "content": "Be brief."},
                    {"role": "user", "content": "Hi"},
                    {"role": "assistant", "content": "Hello!"},
                    {"role": "user", "content": "Why is the sky blue?"},
                ],
                "max_completion_tokens": 512,
                "temperature": 1.5,
                "top_p": 0.9,
                "stop": ["END"],
                "seed": 7,
            })
        );
    }

    #[test]
    fn flags_are_checked() {
        let text = |prompt: &str| TextParams { prompt: prompt.into(), ..Default::default() };
        let family = Family::OpenAi;
        let failure = family.build_text(&TextParams { temperature: Some(2.5), ..text("hi") }).unwrap_err();
        assert_eq!(failure.message, "--temperature 2.5 is out of range for OpenAI gpt-oss: allowed 0 to 2");
        let failure = family.build_text(&TextParams { stop: vec!["x".into(); 5], ..text("hi") }).unwrap_err();
        assert_eq!(
            failure.message,
            "--stop was given 5 times: OpenAI gpt-oss takes at most 4 stop sequences"
        );
        let failure = family.build_text(&TextParams { top_k: Some(5), ..text("hi") }).unwrap_err();
        assert!(
            failure.message.starts_with("--top-k is not supported by OpenAI gpt-oss"),
            "{}",
            failure.message
        );
        let failure = family.build_text(&TextParams { max_tokens: Some(128_001), ..text("hi") }).unwrap_err();
        assert!(failure.message.ends_with("allowed 1 to 128000"), "{}", failure.message);
    }

    #[test]
    fn palmyra_takes_max_tokens_and_a_system_message() {
        let params = TextParams {
            prompt: "Explain quantum computing in simple terms".into(),
            system: vec!["Be brief.".into()],
            max_tokens: Some(8192),
            presence_penalty: Some(-1.5),
            ..Default::default()
        };
        assert_eq!(
            Family::Writer.build_text(&params).unwrap(),
            json!({
                "messages": [
                    {"role": "system", "content": "Be brief."},
                    {"role": "user", "content": "Explain quantum computing in simple terms"},
                ],
                "max_tokens": 8192,
                "presence_penalty": -1.5,
            })
        );
        let failure =
            Family::Writer.build_text(&TextParams { max_tokens: Some(8193), ..params.clone() }).unwrap_err();
        assert_eq!(
            failure.message,
            "--max-tokens 8193 is out of range for Writer Palmyra: allowed 1 to 8192"
        );
        let failure =
            Family::Writer.build_text(&TextParams { frequency_penalty: Some(2.5), ..params }).unwrap_err();
        assert!(failure.message.ends_with("allowed -2 to 2"), "{}", failure.message);
        let body = json!({
            "id": "chatcmpl-a689a6e150b048ca8814890d3d904d41",
            "object": "chat.completion",
            "model": "writer.palmyra-x4-v1:0",
            "choices": [{"index": 0, "message": {"role": "assistant", "reasoning_content": null, "content": "Qubits."}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 7, "completion_tokens": 2, "total_tokens": 9},
        });
        let completion = Family::Writer.extract_text(&body).unwrap();
        assert_eq!(completion.text, "Qubits.");
        assert_eq!(completion.output_tokens, Some(2));
    }

    #[test]
    fn responses_and_chunks_are_read() {
        let body = json!({
            "id": "chatcmpl-1",
            "object": "chat.completion",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": "<reasoning>Rayleigh.</reasoning>Scattering."}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 12, "completion_tokens": 4, "total_tokens": 16},
        });
        assert_eq!(
            Family::OpenAi.extract_text(&body).unwrap(),
            Completion {
                text: "<reasoning>Rayleigh.</reasoning>Scattering.".into(),
                stop_reason: Some("stop".into()),
                input_tokens: Some(12),
                output_tokens: Some(4),
            }
        );
        let piece = Family::OpenAi
            .extract_stream_chunk(
                &json!({"choices": [{"index": 0, "delta": {"content": "Blue"}, "finish_reason": null}]}),
            )
            .unwrap();
        assert_eq!(piece, StreamPiece { text: "Blue".into(), ..StreamPiece::default() });
        let last = json!({
            "choices": [{"index": 0, "delta": {"content": ""}, "finish_reason": "length"}],
            "usage": {"prompt_tokens": 12, "completion_tokens": 40},
        });
        let piece = Family::OpenAi.extract_stream_chunk(&last).unwrap();
        assert_eq!(piece.stop_reason.as_deref(), Some("length"));
        assert_eq!((piece.input_tokens, piece.output_tokens), (Some(12), Some(40)));
        assert_eq!(
            Family::OpenAi.extract_text(&json!({"choices": []})).unwrap_err().code,
            "invalid-response"
        );
    }
}
