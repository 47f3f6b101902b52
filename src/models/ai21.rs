//! AI21 Labs Jurassic-2 request bodies and response reading, as the Bedrock user guide documents
//! them (Jurassic-2 does not stream).

use serde_json::{Map, Value, json};

use super::family::{
    COUNT_PENALTY, FREQUENCY_PENALTY, Family, MAX_TOKENS, PRESENCE_PENALTY, STOP, TEMPERATURE, TOP_P,
    check_decimal, check_integer, only_text_flags, optional_text, required_text, transcript,
};
use super::{Completion, TextParams};
use crate::error::Result;

/// The documented `maxTokens` maximum of the Mid and Ultra models.
const MAX_TOKENS_MAXIMUM: u64 = 8191;

/// `{"prompt", "maxTokens", "temperature", "topP", "stopSequences", "countPenalty": {"scale"},
/// "presencePenalty": {"scale"}, "frequencyPenalty": {"scale"}}`; history turns make the prompt a
/// "User: …\nAssistant: …" conversation.
pub(super) fn build(params: &TextParams) -> Result<Value> {
    let who = Family::Ai21Jurassic.display_name();
    only_text_flags(
        params,
        &[MAX_TOKENS, TEMPERATURE, TOP_P, STOP, PRESENCE_PENALTY, FREQUENCY_PENALTY, COUNT_PENALTY],
        who,
    )?;
    check_integer(MAX_TOKENS, params.max_tokens.map(u64::from), 0, MAX_TOKENS_MAXIMUM, who)?;
    check_decimal(TEMPERATURE, params.temperature, 0.0, 1.0, who)?;
    check_decimal(TOP_P, params.top_p, 0.0, 1.0, who)?;
    check_decimal(PRESENCE_PENALTY, params.presence_penalty, 0.0, 5.0, who)?;
    check_decimal(COUNT_PENALTY, params.count_penalty, 0.0, 1.0, who)?;
    check_decimal(FREQUENCY_PENALTY, params.frequency_penalty, 0.0, 500.0, who)?;

    let mut body = Map::new();
    body.insert("prompt".into(), json!(transcript(params, "Assistant")));
    if let Some(max_tokens) = params.max_tokens {
        body.insert("maxTokens".into(), json!(max_tokens));
    }
    if let Some(temperature) = params.temperature {
        body.insert("temperature".into(), json!(temperature));
    }
    if let Some(top_p) = params.top_p {
        body.insert("topP".into(), json!(top_p));
    }
    if !params.stop.is_empty() {
        body.insert("stopSequences".into(), json!(params.stop));
    }
    if let Some(scale) = params.count_penalty {
        body.insert("countPenalty".into(), json!({"scale": scale}));
    }
    if let Some(scale) = params.presence_penalty {
        body.insert("presencePenalty".into(), json!({"scale": scale}));
    }
    if let Some(scale) = params.frequency_penalty {
        body.insert("frequencyPenalty".into(), json!({"scale": scale}));
    }
    Ok(Value::Object(body))
}

/// `{"id", "prompt": {"text", "tokens": […]}, "completions": [{"data": {"text", "tokens": […]},
/// "finishReason": {"reason"}}]}`; the token lists give the counts.
pub(super) fn extract(body: &Value) -> Result<Completion> {
    let who = Family::Ai21Jurassic.display_name();
    let count =
        |pointer: &str| body.pointer(pointer).and_then(Value::as_array).map(|tokens| tokens.len() as u64);
    Ok(Completion {
        text: required_text(body, "/completions/0/data/text", who)?,
        stop_reason: optional_text(body, "/completions/0/finishReason/reason"),
        input_tokens: count("/prompt/tokens"),
        output_tokens: count("/completions/0/data/tokens"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::{Role, Turn};

    fn text(prompt: &str) -> TextParams {
        TextParams { prompt: prompt.into(), ..Default::default() }
    }

    #[test]
    fn body_has_the_documented_shape() {
        let params = TextParams {
            max_tokens: Some(200),
            temperature: Some(0.5),
            top_p: Some(0.5),
            stop: vec!["##".into()],
            count_penalty: Some(0.2),
            presence_penalty: Some(1.5),
            frequency_penalty: Some(100.0),
            ..text("Translate to spanish: 'Amazon Bedrock'")
        };
        assert_eq!(
            Family::Ai21Jurassic.build_text(&params).unwrap(),
            json!({
                "prompt": "Translate to spanish: 'Amazon Bedrock'",
                "maxTokens": 200,
                "temperature": 0.5,
                "topP": 0.5,
                "stopSequences": ["##"],
                "countPenalty": {"scale": 0.2},
                "presencePenalty": {"scale": 1.5},
                "frequencyPenalty": {"scale": 100.0}
            })
        );
    }

    #[test]
    fn history_is_folded_into_the_prompt() {
        let params = TextParams {
            history: vec![
                Turn { role: Role::User, text: "Hi".into() },
                Turn { role: Role::Assistant, text: "Hello!".into() },
            ],
            ..text("Tell me a joke")
        };
        assert_eq!(
            Family::Ai21Jurassic.build_text(&params).unwrap(),
            json!({"prompt": "User: Hi\nAssistant: Hello!\nUser: Tell me a joke\nAssistant:"})
        );
    }

    #[test]
    fn flags_are_checked() {
        let family = Family::Ai21Jurassic;
        let failure = family.build_text(&TextParams { count_penalty: Some(1.5), ..text("hi") }).unwrap_err();
        assert_eq!(
            failure.message,
            "--count-penalty 1.5 is out of range for AI21 Labs Jurassic-2: allowed 0 to 1"
        );
        let failure =
            family.build_text(&TextParams { presence_penalty: Some(6.0), ..text("hi") }).unwrap_err();
        assert_eq!(
            failure.message,
            "--presence-penalty 6 is out of range for AI21 Labs Jurassic-2: allowed 0 to 5"
        );
        let failure =
            family.build_text(&TextParams { frequency_penalty: Some(501.0), ..text("hi") }).unwrap_err();
        assert!(failure.message.ends_with("allowed 0 to 500"));
        let failure = family.build_text(&TextParams { max_tokens: Some(8192), ..text("hi") }).unwrap_err();
        assert!(failure.message.ends_with("allowed 0 to 8191"));
        let failure = family.build_text(&TextParams { top_k: Some(3), ..text("hi") }).unwrap_err();
        assert_eq!(
            failure.message,
            "--top-k is not supported by AI21 Labs Jurassic-2 (it takes --max-tokens, --temperature, --top-p, --stop, --presence-penalty, --frequency-penalty, --count-penalty)"
        );
    }

    #[test]
    fn response_is_read() {
        let body = json!({
            "id": 1234,
            "prompt": {"text": "Translate", "tokens": [{"generatedToken": {}}, {"generatedToken": {}}]},
            "completions": [{
                "data": {"text": "\nAmazon Bedrock es…", "tokens": [{}, {}, {}]},
                "finishReason": {"reason": "endoftext"}
            }]
        });
        assert_eq!(
            Family::Ai21Jurassic.extract_text(&body).unwrap(),
            Completion {
                text: "\nAmazon Bedrock es…".into(),
                stop_reason: Some("endoftext".into()),
                input_tokens: Some(2),
                output_tokens: Some(3)
            }
        );
        assert_eq!(
            Family::Ai21Jurassic.extract_text(&json!({"completions": []})).unwrap_err().code,
            "invalid-response"
        );
    }
}
