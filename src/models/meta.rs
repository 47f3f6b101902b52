//! Meta Llama 2 and Llama 3 request bodies (with their chat prompt templates) and response reading,
//! as the Bedrock user guide documents them.

use serde_json::{Map, Value, json};

use super::family::{
    Family, MAX_TOKENS, SYSTEM, TEMPERATURE, TOP_P, check_decimal, check_integer, history_pairs,
    only_text_flags, optional_count, optional_text, required_text, system_text, text_at,
};
use super::{Completion, Role, StreamPiece, TextParams};
use crate::error::Result;

/// The documented `max_gen_len` range.
const MAX_GEN_LEN_MINIMUM: u64 = 1;
const MAX_GEN_LEN_MAXIMUM: u64 = 2048;

/// `{"prompt", "temperature", "top_p", "max_gen_len"}` around the family's prompt.
fn build(family: Family, params: &TextParams, prompt: String) -> Result<Value> {
    let who = family.display_name();
    only_text_flags(params, &[MAX_TOKENS, TEMPERATURE, TOP_P, SYSTEM], who)?;
    check_integer(
        MAX_TOKENS,
        params.max_tokens.map(u64::from),
        MAX_GEN_LEN_MINIMUM,
        MAX_GEN_LEN_MAXIMUM,
        who,
    )?;
    check_decimal(TEMPERATURE, params.temperature, 0.0, 1.0, who)?;
    check_decimal(TOP_P, params.top_p, 0.0, 1.0, who)?;
    let mut body = Map::new();
    body.insert("prompt".into(), json!(prompt));
    if let Some(temperature) = params.temperature {
        body.insert("temperature".into(), json!(temperature));
    }
    if let Some(top_p) = params.top_p {
        body.insert("top_p".into(), json!(top_p));
    }
    if let Some(max_tokens) = params.max_tokens {
        body.insert("max_gen_len".into(), json!(max_tokens));
    }
    Ok(Value::Object(body))
}

/// Llama 2 Chat: `<s>[INST] <<SYS>>\n{system}\n<</SYS>>\n\n{user} [/INST] {assistant} </s>`
/// for each earlier exchange, then `<s>[INST] {prompt} [/INST]`.
pub(super) fn build_llama2(params: &TextParams) -> Result<Value> {
    let mut prompt = String::new();
    let mut system = system_text(params).map(|system| format!("<<SYS>>\n{system}\n<</SYS>>\n\n"));
    for (user, assistant) in history_pairs(&params.history) {
        let system = system.take().unwrap_or_default();
        prompt.push_str(&format!("<s>[INST] {system}{user} [/INST] {assistant} </s>"));
    }
    let system = system.take().unwrap_or_default();
    prompt.push_str(&format!("<s>[INST] {system}{} [/INST]", params.prompt));
    build(Family::Llama2, params, prompt)
}

/// Llama 3: `<|begin_of_text|>`, a `<|start_header_id|>{role}<|end_header_id|>\n\n{text}<|eot_id|>`
/// block for the system text, each earlier turn and the prompt, then the assistant header.
pub(super) fn build_llama3(params: &TextParams) -> Result<Value> {
    let block =
        |role: &str, text: &str| format!("<|start_header_id|>{role}<|end_header_id|>\n\n{text}<|eot_id|>");
    let mut prompt = String::from("<|begin_of_text|>");
    if let Some(system) = system_text(params) {
        prompt.push_str(&block("system", &system));
    }
    for turn in &params.history {
        let role = if turn.role == Role::User { "user" } else { "assistant" };
        prompt.push_str(&block(role, &turn.text));
    }
    prompt.push_str(&block("user", &params.prompt));
    prompt.push_str("<|start_header_id|>assistant<|end_header_id|>\n\n");
    build(Family::Llama3, params, prompt)
}

/// `{"generation", "prompt_token_count", "generation_token_count", "stop_reason"}`.
pub(super) fn extract(body: &Value) -> Result<Completion> {
    let who = "Meta Llama";
    Ok(Completion {
        text: required_text(body, "/generation", who)?,
        stop_reason: optional_text(body, "/stop_reason"),
        input_tokens: optional_count(body, "/prompt_token_count"),
        output_tokens: optional_count(body, "/generation_token_count"),
    })
}

/// The same fields per chunk; `generation_token_count` counts the tokens generated so far.
pub(super) fn stream(chunk: &Value) -> Result<StreamPiece> {
    Ok(StreamPiece {
        text: text_at(chunk, "/generation").unwrap_or_default().to_string(),
        stop_reason: optional_text(chunk, "/stop_reason"),
        input_tokens: optional_count(chunk, "/prompt_token_count"),
        output_tokens: optional_count(chunk, "/generation_token_count"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::Turn;

    fn text(prompt: &str) -> TextParams {
        TextParams { prompt: prompt.into(), ..Default::default() }
    }

    fn history() -> Vec<Turn> {
        vec![
            Turn { role: Role::User, text: "Hi".into() },
            Turn { role: Role::Assistant, text: "Hello! How can I help?".into() },
        ]
    }

    #[test]
    fn llama2_body_has_the_documented_shape() {
        let params = TextParams {
            max_tokens: Some(128),
            temperature: Some(0.1),
            top_p: Some(0.9),
            ..text("What is the average lifespan of a Llama?")
        };
        assert_eq!(
            Family::Llama2.build_text(&params).unwrap(),
            json!({
                "prompt": "<s>[INST] What is the average lifespan of a Llama? [/INST]",
                "temperature": 0.1,
                "top_p": 0.9,
                "max_gen_len": 128
            })
        );
    }

    #[test]
    fn llama2_template_carries_system_and_history() {
        let params = TextParams {
            system: vec!["Be brief.".into()],
            history: history(),
            ..text("Tell me about llamas")
        };
        assert_eq!(
            Family::Llama2.build_text(&params).unwrap(),
            json!({"prompt": "<s>[INST] <<SYS>>\nBe brief.\n<</SYS>>\n\nHi [/INST] Hello! How can I help? </s><s>[INST] Tell me about llamas [/INST]"})
        );
        let params = TextParams { system: vec!["Be brief.".into()], ..text("Tell me about llamas") };
        assert_eq!(
            Family::Llama2.build_text(&params).unwrap(),
            json!({"prompt": "<s>[INST] <<SYS>>\nBe brief.\n<</SYS>>\n\nTell me about llamas [/INST]"})
        );
    }

    #[test]
    fn llama3_template_carries_system_and_history() {
        let params = TextParams {
            system: vec!["Be brief.".into()],
            history: history(),
            max_tokens: Some(512),
            ..text("Tell me about llamas")
        };
        assert_eq!(
            Family::Llama3.build_text(&params).unwrap(),
            json!({
                "prompt": "<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\nBe brief.<|eot_id|><|start_header_id|>user<|end_header_id|>\n\nHi<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\nHello! How can I help?<|eot_id|><|start_header_id|>user<|end_header_id|>\n\nTell me about llamas<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n",
                "max_gen_len": 512
            })
        );
        assert_eq!(
            Family::Llama3.build_text(&text("Hi")).unwrap(),
            json!({"prompt": "<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n\nHi<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n"})
        );
    }

    #[test]
    fn flags_are_checked() {
        let failure =
            Family::Llama3.build_text(&TextParams { max_tokens: Some(4096), ..text("hi") }).unwrap_err();
        assert_eq!(failure.message, "--max-tokens 4096 is out of range for Meta Llama 3: allowed 1 to 2048");
        let failure = Family::Llama2.build_text(&TextParams { top_k: Some(10), ..text("hi") }).unwrap_err();
        assert_eq!(
            failure.message,
            "--top-k is not supported by Meta Llama 2 (it takes --max-tokens, --temperature, --top-p, --system)"
        );
        let failure =
            Family::Llama3.build_text(&TextParams { stop: vec!["x".into()], ..text("hi") }).unwrap_err();
        assert!(failure.message.starts_with("--stop is not supported by Meta Llama 3"));
    }

    #[test]
    fn responses_are_read() {
        let body = json!({"generation": "\n\nAbout 20 years.", "prompt_token_count": 12, "generation_token_count": 6, "stop_reason": "stop"});
        assert_eq!(
            Family::Llama2.extract_text(&body).unwrap(),
            Completion {
                text: "\n\nAbout 20 years.".into(),
                stop_reason: Some("stop".into()),
                input_tokens: Some(12),
                output_tokens: Some(6)
            }
        );
        let chunk = json!({"generation": " years", "prompt_token_count": null, "generation_token_count": 3, "stop_reason": null});
        assert_eq!(
            Family::Llama3.extract_stream_chunk(&chunk).unwrap(),
            StreamPiece {
                text: " years".into(),
                stop_reason: None,
                input_tokens: None,
                output_tokens: Some(3)
            }
        );
        assert_eq!(Family::Llama3.extract_text(&json!({})).unwrap_err().code, "invalid-response");
    }
}
