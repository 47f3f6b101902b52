//! Amazon Nova (Micro, Lite, Pro, Premier) InvokeModel request bodies (`messages-v1` schema) and
//! response reading.

use aws_smithy_types::base64;
use serde_json::{Map, Value, json};

use super::family::{
    Family, IMAGE, MAX_TOKENS, STOP, SYSTEM, TEMPERATURE, TOP_K, TOP_P, check_at_least, check_decimal,
    check_image_types, invalid_response, only_text_flags, optional_count, optional_text, text_at,
};
use super::{Completion, Role, StreamPiece, TextParams};
use crate::error::{Failure, Result};

const SCHEMA_VERSION: &str = "messages-v1";
const IMAGE_TYPES: &[&str] = &["image/png", "image/jpeg", "image/gif", "image/webp"];

/// `{"schemaVersion": "messages-v1", "system": [{"text"}], "messages": [{"role", "content":
/// [{"image": {"format", "source": {"bytes"}}}…, {"text"}]}], "inferenceConfig": {"maxTokens",
/// "temperature", "topP", "topK", "stopSequences"}}`.
pub(super) fn build(params: &TextParams, model: Option<&str>) -> Result<Value> {
    let who = Family::Nova.display_name();
    only_text_flags(params, &[MAX_TOKENS, TEMPERATURE, TOP_P, TOP_K, STOP, SYSTEM, IMAGE], who)?;
    check_at_least(MAX_TOKENS, params.max_tokens.map(u64::from), 1, who)?;
    check_decimal(TEMPERATURE, params.temperature, 0.0, 1.0, who)?;
    check_decimal(TOP_P, params.top_p, 0.0, 1.0, who)?;
    check_image_types(params, IMAGE_TYPES, who)?;
    if let Some(model) = model
        && model.contains("nova-micro")
        && !params.images.is_empty()
    {
        return Err(Failure::usage(format!(
            "--image is not supported by {model} (Amazon Nova Micro takes text only)"
        )));
    }

    let mut messages: Vec<Value> = params
        .history
        .iter()
        .map(|turn| {
            let role = if turn.role == Role::User { "user" } else { "assistant" };
            json!({"role": role, "content": [{"text": turn.text}]})
        })
        .collect();
    let mut content: Vec<Value> = params
        .images
        .iter()
        .map(|image| {
            let format = image.media_type.trim_start_matches("image/");
            json!({"image": {"format": format, "source": {"bytes": base64::encode(&image.data)}}})
        })
        .collect();
    content.push(json!({"text": params.prompt}));
    messages.push(json!({"role": "user", "content": content}));

    let mut config = Map::new();
    if let Some(max_tokens) = params.max_tokens {
        config.insert("maxTokens".into(), json!(max_tokens));
    }
    if let Some(temperature) = params.temperature {
        config.insert("temperature".into(), json!(temperature));
    }
    if let Some(top_p) = params.top_p {
        config.insert("topP".into(), json!(top_p));
    }
    if let Some(top_k) = params.top_k {
        config.insert("topK".into(), json!(top_k));
    }
    if !params.stop.is_empty() {
        config.insert("stopSequences".into(), json!(params.stop));
    }

    let mut body = Map::new();
    body.insert("schemaVersion".into(), json!(SCHEMA_VERSION));
    if !params.system.is_empty() {
        let system: Vec<Value> = params.system.iter().map(|text| json!({"text": text})).collect();
        body.insert("system".into(), Value::Array(system));
    }
    body.insert("messages".into(), Value::Array(messages));
    if !config.is_empty() {
        body.insert("inferenceConfig".into(), Value::Object(config));
    }
    Ok(Value::Object(body))
}

/// `{"output": {"message": {"role", "content": [{"text"}…]}}, "stopReason", "usage":
/// {"inputTokens", "outputTokens", "totalTokens"}}`.
pub(super) fn extract(body: &Value) -> Result<Completion> {
    let who = Family::Nova.display_name();
    let content = body
        .pointer("/output/message/content")
        .and_then(Value::as_array)
        .ok_or_else(|| invalid_response(who, "output.message.content"))?;
    let text =
        content.iter().filter_map(|block| block.get("text").and_then(Value::as_str)).collect::<String>();
    Ok(Completion {
        text,
        stop_reason: optional_text(body, "/stopReason"),
        input_tokens: optional_count(body, "/usage/inputTokens"),
        output_tokens: optional_count(body, "/usage/outputTokens"),
    })
}

/// Stream events: `contentBlockDelta` (text), `messageStop` (stop reason), `metadata` (usage);
/// `messageStart` and `contentBlockStop` carry nothing we show.
pub(super) fn stream(chunk: &Value) -> Result<StreamPiece> {
    Ok(StreamPiece {
        text: text_at(chunk, "/contentBlockDelta/delta/text").unwrap_or_default().to_string(),
        stop_reason: optional_text(chunk, "/messageStop/stopReason"),
        input_tokens: optional_count(chunk, "/metadata/usage/inputTokens"),
        output_tokens: optional_count(chunk, "/metadata/usage/outputTokens"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::{ImageAttachment, Turn};

    fn text(prompt: &str) -> TextParams {
        TextParams { prompt: prompt.into(), ..Default::default() }
    }

    #[test]
    fn body_has_the_invoke_shape() {
        let params = TextParams {
            system: vec!["You are a poet.".into()],
            history: vec![
                Turn { role: Role::User, text: "Hi".into() },
                Turn { role: Role::Assistant, text: "Hello!".into() },
            ],
            images: vec![ImageAttachment { media_type: "image/png".into(), data: b"\x89PNG".to_vec() }],
            max_tokens: Some(512),
            temperature: Some(0.7),
            top_p: Some(0.9),
            top_k: Some(20),
            stop: vec!["END".into()],
            ..text("Describe this picture")
        };
        assert_eq!(
            Family::Nova.build_text(&params).unwrap(),
            json!({
                "schemaVersion": "messages-v1",
                "system": [{"text": "You are a poet."}],
                "messages": [
                    {"role": "user", "content": [{"text": "Hi"}]},
                    {"role": "assistant", "content": [{"text": "Hello!"}]},
                    {"role": "user", "content": [
                        {"image": {"format": "png", "source": {"bytes": "iVBORw=="}}},
                        {"text": "Describe this picture"}
                    ]}
                ],
                "inferenceConfig": {"maxTokens": 512, "temperature": 0.7, "topP": 0.9, "topK": 20, "stopSequences": ["END"]}
            })
        );
        assert_eq!(
            Family::Nova.build_text(&text("Hi")).unwrap(),
            json!({"schemaVersion": "messages-v1", "messages": [{"role": "user", "content": [{"text": "Hi"}]}]})
        );
    }

    #[test]
    fn flags_are_checked() {
        let failure =
            Family::Nova.build_text(&TextParams { temperature: Some(1.1), ..text("hi") }).unwrap_err();
        assert_eq!(failure.message, "--temperature 1.1 is out of range for Amazon Nova: allowed 0 to 1");
        let failure = Family::Nova.build_text(&TextParams { seed: Some(7), ..text("hi") }).unwrap_err();
        assert_eq!(
            failure.message,
            "--seed is not supported by Amazon Nova (it takes --max-tokens, --temperature, --top-p, --top-k, --stop, --system, --image)"
        );
        let image = ImageAttachment { media_type: "image/png".into(), data: vec![1] };
        let params = TextParams { images: vec![image], ..text("hi") };
        assert!(Family::Nova.build_text_for_model("us.amazon.nova-lite-v1:0", &params).is_ok());
        let failure = Family::Nova.build_text_for_model("amazon.nova-micro-v1:0", &params).unwrap_err();
        assert_eq!(
            failure.message,
            "--image is not supported by amazon.nova-micro-v1:0 (Amazon Nova Micro takes text only)"
        );
    }

    #[test]
    fn responses_are_read() {
        let body = json!({
            "output": {"message": {"role": "assistant", "content": [{"text": "A sunset "}, {"text": "over the sea."}]}},
            "stopReason": "end_turn",
            "usage": {"inputTokens": 125, "outputTokens": 15, "totalTokens": 140}
        });
        assert_eq!(
            Family::Nova.extract_text(&body).unwrap(),
            Completion {
                text: "A sunset over the sea.".into(),
                stop_reason: Some("end_turn".into()),
                input_tokens: Some(125),
                output_tokens: Some(15)
            }
        );
        assert_eq!(Family::Nova.extract_text(&json!({"output": {}})).unwrap_err().code, "invalid-response");
    }

    #[test]
    fn stream_events_are_read() {
        let family = Family::Nova;
        assert_eq!(
            family.extract_stream_chunk(&json!({"messageStart": {"role": "assistant"}})).unwrap(),
            StreamPiece::default()
        );
        let delta = json!({"contentBlockDelta": {"delta": {"text": "A sun"}, "contentBlockIndex": 0}});
        assert_eq!(family.extract_stream_chunk(&delta).unwrap().text, "A sun");
        let stop = json!({"messageStop": {"stopReason": "max_tokens"}});
        assert_eq!(family.extract_stream_chunk(&stop).unwrap().stop_reason.as_deref(), Some("max_tokens"));
        let metadata = json!({"metadata": {"usage": {"inputTokens": 10, "outputTokens": 20}, "metrics": {}, "trace": {}}});
        assert_eq!(
            family.extract_stream_chunk(&metadata).unwrap(),
            StreamPiece { input_tokens: Some(10), output_tokens: Some(20), ..StreamPiece::default() }
        );
    }
}
