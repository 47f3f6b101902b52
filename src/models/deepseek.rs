//! DeepSeek-R1 request bodies (the model's chat template, ending in `<think>` so that it
//! reasons first) and response reading, as the Bedrock user guide documents them.

use serde_json::Value;

use super::family::{
    Family, MAX_TOKENS, STOP, SYSTEM, TEMPERATURE, TOP_P, check_decimal, check_integer, check_stop_count,
    history_pairs, only_text_flags, optional_text, required_text, system_text, text_at,
};
use super::{Completion, StreamPiece, TextParams};
use crate::error::Result;

/// The most stop sequences DeepSeek-R1 takes.
const STOP_MAX: usize = 10;

/// The documented `max_tokens` maximum.
const MAX_TOKENS_MAXIMUM: u64 = 32_768;

const BEGIN: &str = "<｜begin▁of▁sentence｜>";
const USER: &str = "<｜User｜>";
const ASSISTANT: &str = "<｜Assistant｜>";
const END: &str = "<｜end▁of▁sentence｜>";

/// `{"prompt", "max_tokens", "stop", "temperature", "top_p"}`; the prompt is
/// `<｜begin▁of▁sentence｜>{system}<｜User｜>{user}<｜Assistant｜>{assistant}<｜end▁of▁sentence｜>`
/// for each earlier exchange, then `<｜User｜>{prompt}<｜Assistant｜><think>\n`.
pub(super) fn build(params: &TextParams) -> Result<Value> {
    let who = Family::DeepSeek.display_name();
    only_text_flags(params, &[MAX_TOKENS, TEMPERATURE, TOP_P, STOP, SYSTEM], who)?;
    check_integer(MAX_TOKENS, params.max_tokens.map(u64::from), 1, MAX_TOKENS_MAXIMUM, who)?;
    check_decimal(TEMPERATURE, params.temperature, 0.0, 1.0, who)?;
    check_decimal(TOP_P, params.top_p, 0.0, 1.0, who)?;
    check_stop_count(params, STOP_MAX, who)?;

    let mut prompt = String::from(BEGIN);
    if let Some(system) = system_text(params) {
        prompt.push_str(&system);
    }
    for (user, assistant) in history_pairs(&params.history) {
        prompt.push_str(&format!("{USER}{user}{ASSISTANT}{assistant}{END}"));
    }
    prompt.push_str(&format!("{USER}{}{ASSISTANT}<think>\n", params.prompt));

    // The same body as Mistral's (--top-k is refused above).
    Ok(super::mistral::prompt_body(prompt, params))
}

/// `{"choices": [{"text", "stop_reason"}]}` (the text holds the reasoning, up to `</think>`,
/// then the answer).
pub(super) fn extract(body: &Value) -> Result<Completion> {
    Ok(Completion {
        text: required_text(body, "/choices/0/text", Family::DeepSeek.display_name())?,
        stop_reason: optional_text(body, "/choices/0/stop_reason"),
        input_tokens: None,
        output_tokens: None,
    })
}

/// `{"choices": [{"text", "stop_reason"}]}` per chunk.
pub(super) fn stream(chunk: &Value) -> Result<StreamPiece> {
    Ok(StreamPiece {
        text: text_at(chunk, "/choices/0/text").unwrap_or_default().to_string(),
        stop_reason: optional_text(chunk, "/choices/0/stop_reason"),
        ..StreamPiece::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::{Role, Turn};
    use serde_json::json;

    #[test]
    fn body_follows_the_chat_template() {
        let params = TextParams {
            prompt: "Why is the sky blue?".into(),
            system: vec!["Be brief.".into()],
            history: vec![
                Turn { role: Role::User, text: "Hi".into() },
                Turn { role: Role::Assistant, text: "Hello!".into() },
            ],
            max_tokens: Some(512),
            temperature: Some(0.5),
            stop: vec!["END".into()],
            ..Default::default()
        };
        assert_eq!(
            Family::DeepSeek.build_text(&params).unwrap(),
            json!({
                "prompt": "<｜begin▁of▁sentence｜>Be brief.<｜User｜>Hi<｜Assistant｜>Hello!<｜end▁of▁sentence｜><｜User｜>Why is the sky blue?<｜Assistant｜><think>\n",
                "max_tokens": 512,
                "stop": ["END"],
                "temperature": 0.5,
            })
        );
    }

    #[test]
    fn limits_are_the_documented_ones() {
        let params = |max_tokens| TextParams {
            prompt: "x".into(),
            max_tokens: Some(max_tokens),
            ..Default::default()
        };
        assert!(Family::DeepSeek.build_text(&params(32_768)).is_ok());
        let error = Family::DeepSeek.build_text(&params(32_769)).unwrap_err().to_string();
        assert!(error.contains("32768"), "{error}");
        let top_k = TextParams { prompt: "x".into(), top_k: Some(5), ..Default::default() };
        assert!(Family::DeepSeek.build_text(&top_k).is_err());
    }

    #[test]
    fn responses_and_chunks_are_read() {
        let body = json!({"choices": [{"text": "Thinking.\n</think>\n\nBlue light scatters.", "stop_reason": "stop"}]});
        let completion = Family::DeepSeek.extract_text(&body).unwrap();
        assert!(completion.text.ends_with("Blue light scatters."));
        assert_eq!(completion.stop_reason.as_deref(), Some("stop"));
        let piece = Family::DeepSeek
            .extract_stream_chunk(&json!({"choices": [{"text": "Blue", "stop_reason": null}]}))
            .unwrap();
        assert_eq!(piece.text, "Blue");
        assert_eq!(piece.stop_reason, None);
    }
}
