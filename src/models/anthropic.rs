//! Anthropic Claude request bodies and response reading: the Text Completions API (Claude
//! Instant, v2, v2.1) and the Messages API (Claude 3 and later), as the Bedrock user guide
//! documents them.

use aws_smithy_types::base64;
use serde_json::{Map, Value, json};

use super::family::{
    Family, IMAGE, MAX_TOKENS, STOP, SYSTEM, TEMPERATURE, TOP_K, TOP_P, check_at_least, check_decimal,
    check_image_count, check_image_types, check_integer, check_stop_count, history_pairs, invalid_response,
    only_text_flags, optional_count, optional_text, required_text, system_text, text_at,
};
use super::{Completion, Role, StreamPiece, TextParams};
use crate::error::Result;

/// The `anthropic_version` Bedrock requires.
const ANTHROPIC_VERSION: &str = "bedrock-2023-05-31";

/// The stop sequence Claude text completions always end a turn with.
const HUMAN_STOP: &str = "\n\nHuman:";

/// `max_tokens_to_sample` when `--max-tokens` is not given, and its documented maximum.
const COMPLETIONS_MAX_TOKENS_DEFAULT: u32 = 200;
const COMPLETIONS_MAX_TOKENS_MAXIMUM: u64 = 4096;

/// `max_tokens` (required by the Messages API) when `--max-tokens` is not given.
const MESSAGES_MAX_TOKENS_DEFAULT: u32 = 1024;

/// The most images one Messages request can carry, and the media types it takes.
const MESSAGES_IMAGES_MAX: usize = 20;
const MESSAGES_IMAGE_TYPES: &[&str] = &["image/png", "image/jpeg", "image/gif", "image/webp"];

/// The most `stop_sequences` entries the Messages API takes.
const MESSAGES_STOP_MAX: usize = 8191;

// ----- Text Completions API -----

/// `{"prompt": "…\n\nHuman: …\n\nAssistant:", "max_tokens_to_sample", "temperature", "top_p",
/// "top_k", "stop_sequences", "anthropic_version"}`; `--system` text comes before the first
/// Human turn.
pub(super) fn build_completions(params: &TextParams) -> Result<Value> {
    let who = Family::AnthropicCompletions.display_name();
    only_text_flags(params, &[MAX_TOKENS, TEMPERATURE, TOP_P, TOP_K, STOP, SYSTEM], who)?;
    check_integer(MAX_TOKENS, params.max_tokens.map(u64::from), 0, COMPLETIONS_MAX_TOKENS_MAXIMUM, who)?;
    check_decimal(TEMPERATURE, params.temperature, 0.0, 1.0, who)?;
    check_decimal(TOP_P, params.top_p, 0.0, 1.0, who)?;
    check_integer(TOP_K, params.top_k.map(u64::from), 0, 500, who)?;

    let mut prompt = system_text(params).unwrap_or_default();
    for (user, assistant) in history_pairs(&params.history) {
        prompt.push_str(&format!("\n\nHuman: {user}\n\nAssistant: {assistant}"));
    }
    prompt.push_str(&format!("\n\nHuman: {}\n\nAssistant:", params.prompt));
    let mut stop_sequences = vec![HUMAN_STOP.to_string()];
    stop_sequences.extend(params.stop.iter().filter(|stop| stop.as_str() != HUMAN_STOP).cloned());

    let mut body = Map::new();
    body.insert("prompt".into(), json!(prompt));
    body.insert(
        "max_tokens_to_sample".into(),
        json!(params.max_tokens.unwrap_or(COMPLETIONS_MAX_TOKENS_DEFAULT)),
    );
    insert_sampling(&mut body, params);
    body.insert("stop_sequences".into(), json!(stop_sequences));
    body.insert("anthropic_version".into(), json!(ANTHROPIC_VERSION));
    Ok(Value::Object(body))
}

/// `temperature`, `top_p` and `top_k` when given.
fn insert_sampling(body: &mut Map<String, Value>, params: &TextParams) {
    if let Some(temperature) = params.temperature {
        body.insert("temperature".into(), json!(temperature));
    }
    if let Some(top_p) = params.top_p {
        body.insert("top_p".into(), json!(top_p));
    }
    if let Some(top_k) = params.top_k {
        body.insert("top_k".into(), json!(top_k));
    }
}

/// `{"completion", "stop_reason", "stop"}`.
pub(super) fn extract_completions(body: &Value) -> Result<Completion> {
    let who = Family::AnthropicCompletions.display_name();
    Ok(Completion {
        text: required_text(body, "/completion", who)?,
        stop_reason: optional_text(body, "/stop_reason"),
        input_tokens: None,
        output_tokens: None,
    })
}

/// `{"completion", "stop_reason", "stop"}` per chunk.
pub(super) fn stream_completions(chunk: &Value) -> Result<StreamPiece> {
    Ok(StreamPiece {
        text: text_at(chunk, "/completion").unwrap_or_default().to_string(),
        stop_reason: optional_text(chunk, "/stop_reason"),
        ..StreamPiece::default()
    })
}

// ----- Messages API -----

/// `{"anthropic_version", "max_tokens", "system", "messages": [{role, content: [image…, text]}],
/// "temperature", "top_p", "top_k", "stop_sequences"}`.
pub(super) fn build_messages(params: &TextParams) -> Result<Value> {
    let who = Family::AnthropicMessages.display_name();
    only_text_flags(params, &[MAX_TOKENS, TEMPERATURE, TOP_P, TOP_K, STOP, SYSTEM, IMAGE], who)?;
    check_at_least(MAX_TOKENS, params.max_tokens.map(u64::from), 1, who)?;
    check_decimal(TEMPERATURE, params.temperature, 0.0, 1.0, who)?;
    check_decimal(TOP_P, params.top_p, 0.0, 1.0, who)?;
    check_integer(TOP_K, params.top_k.map(u64::from), 0, 500, who)?;
    check_stop_count(params, MESSAGES_STOP_MAX, who)?;
    check_image_count(params, MESSAGES_IMAGES_MAX, who)?;
    check_image_types(params, MESSAGES_IMAGE_TYPES, who)?;

    let mut messages: Vec<Value> = params
        .history
        .iter()
        .map(|turn| {
            let role = if turn.role == Role::User { "user" } else { "assistant" };
            json!({"role": role, "content": [{"type": "text", "text": turn.text}]})
        })
        .collect();
    let mut content: Vec<Value> = params
        .images
        .iter()
        .map(|image| {
            json!({
                "type": "image",
                "source": {"type": "base64", "media_type": image.media_type, "data": base64::encode(&image.data)}
            })
        })
        .collect();
    content.push(json!({"type": "text", "text": params.prompt}));
    messages.push(json!({"role": "user", "content": content}));

    let mut body = Map::new();
    body.insert("anthropic_version".into(), json!(ANTHROPIC_VERSION));
    body.insert("max_tokens".into(), json!(params.max_tokens.unwrap_or(MESSAGES_MAX_TOKENS_DEFAULT)));
    if let Some(system) = system_text(params) {
        body.insert("system".into(), json!(system));
    }
    body.insert("messages".into(), Value::Array(messages));
    insert_sampling(&mut body, params);
    if !params.stop.is_empty() {
        body.insert("stop_sequences".into(), json!(params.stop));
    }
    Ok(Value::Object(body))
}

/// `{"content": [{"type": "text", "text"}…], "stop_reason", "usage": {input_tokens, output_tokens}}`.
pub(super) fn extract_messages(body: &Value) -> Result<Completion> {
    let who = Family::AnthropicMessages.display_name();
    let content =
        body.get("content").and_then(Value::as_array).ok_or_else(|| invalid_response(who, "content"))?;
    let text = content
        .iter()
        .filter(|block| block.get("type").and_then(Value::as_str) == Some("text"))
        .filter_map(|block| block.get("text").and_then(Value::as_str))
        .collect::<String>();
    Ok(Completion {
        text,
        stop_reason: optional_text(body, "/stop_reason"),
        input_tokens: optional_count(body, "/usage/input_tokens"),
        output_tokens: optional_count(body, "/usage/output_tokens"),
    })
}

/// Messages API stream events: `message_start` (input tokens), `content_block_delta` (text),
/// `message_delta` (stop reason and output tokens); the others carry no text.
pub(super) fn stream_messages(chunk: &Value) -> Result<StreamPiece> {
    let mut piece = StreamPiece::default();
    match text_at(chunk, "/type") {
        Some("message_start") => piece.input_tokens = optional_count(chunk, "/message/usage/input_tokens"),
        Some("content_block_delta") => {
            piece.text = text_at(chunk, "/delta/text").unwrap_or_default().to_string()
        }
        Some("message_delta") => {
            piece.stop_reason = optional_text(chunk, "/delta/stop_reason");
            piece.output_tokens = optional_count(chunk, "/usage/output_tokens");
        }
        _ => {}
    }
    Ok(piece)
}

/// The text of a Messages API `content_block_delta` chunk read straight from its bytes, without
/// building a document: the event that makes up almost all of a stream. `None` for any other
/// event, or a chunk this reading does not cover (the caller then reads the document).
pub(super) fn stream_messages_delta(bytes: &[u8]) -> Option<StreamPiece> {
    #[derive(serde::Deserialize)]
    struct Chunk<'a> {
        #[serde(rename = "type", borrow)]
        kind: std::borrow::Cow<'a, str>,
        #[serde(borrow)]
        delta: Option<Delta<'a>>,
        #[serde(rename = "amazon-bedrock-invocationMetrics")]
        metrics: Option<serde::de::IgnoredAny>,
    }
    #[derive(serde::Deserialize)]
    struct Delta<'a> {
        #[serde(borrow)]
        text: Option<std::borrow::Cow<'a, str>>,
    }
    let chunk: Chunk = serde_json::from_slice(bytes).ok()?;
    if chunk.kind != "content_block_delta" || chunk.metrics.is_some() {
        return None;
    }
    let text = chunk.delta.and_then(|delta| delta.text).unwrap_or_default().into_owned();
    Some(StreamPiece { text, ..StreamPiece::default() })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::{ImageAttachment, Turn};

    fn text(prompt: &str) -> TextParams {
        TextParams { prompt: prompt.into(), ..Default::default() }
    }

    fn history() -> Vec<Turn> {
        vec![
            Turn { role: Role::User, text: "Hello there.".into() },
            Turn { role: Role::Assistant, text: "Hi, I'm Claude. How can I help you?".into() },
        ]
    }

    #[test]
    fn completions_body_has_the_documented_shape() {
        let params = TextParams {
            max_tokens: Some(300),
            temperature: Some(0.1),
            top_p: Some(0.9),
            ..text("explain black holes to 8th graders")
        };
        assert_eq!(
            Family::AnthropicCompletions.build_text(&params).unwrap(),
            json!({
                "prompt": "\n\nHuman: explain black holes to 8th graders\n\nAssistant:",
                "max_tokens_to_sample": 300,
                "temperature": 0.1,
                "top_p": 0.9,
                "stop_sequences": ["\n\nHuman:"],
                "anthropic_version": "bedrock-2023-05-31"
            })
        );
    }

    #[test]
    fn completions_prompt_carries_system_and_history() {
        let params = TextParams {
            system: vec!["You are terse.".into()],
            history: history(),
            stop: vec!["END".into()],
            top_k: Some(250),
            ..text("Can you explain LLMs in plain English?")
        };
        assert_eq!(
            Family::AnthropicCompletions.build_text(&params).unwrap(),
            json!({
                "prompt": "You are terse.\n\nHuman: Hello there.\n\nAssistant: Hi, I'm Claude. How can I help you?\n\nHuman: Can you explain LLMs in plain English?\n\nAssistant:",
                "max_tokens_to_sample": 200,
                "top_k": 250,
                "stop_sequences": ["\n\nHuman:", "END"],
                "anthropic_version": "bedrock-2023-05-31"
            })
        );
    }

    #[test]
    fn completions_flags_are_checked() {
        let family = Family::AnthropicCompletions;
        let failure = family.build_text(&TextParams { max_tokens: Some(5000), ..text("hi") }).unwrap_err();
        assert_eq!(
            failure.message,
            "--max-tokens 5000 is out of range for Anthropic Claude (Text Completions API): allowed 0 to 4096"
        );
        let failure = family.build_text(&TextParams { top_k: Some(501), ..text("hi") }).unwrap_err();
        assert!(failure.message.ends_with("allowed 0 to 500"));
        let failure = family.build_text(&TextParams { seed: Some(1), ..text("hi") }).unwrap_err();
        assert_eq!(
            failure.message,
            "--seed is not supported by Anthropic Claude (Text Completions API) (it takes --max-tokens, --temperature, --top-p, --top-k, --stop, --system)"
        );
        let image = ImageAttachment { media_type: "image/png".into(), data: vec![1] };
        let failure = family.build_text(&TextParams { images: vec![image], ..text("hi") }).unwrap_err();
        assert!(
            failure
                .message
                .starts_with("--image is not supported by Anthropic Claude (Text Completions API)")
        );
    }

    #[test]
    fn completions_responses_are_read() {
        let body = json!({"completion": " Here is a simple explanation of black ", "stop_reason": "stop_sequence", "stop": "holes"});
        assert_eq!(
            Family::AnthropicCompletions.extract_text(&body).unwrap(),
            Completion {
                text: " Here is a simple explanation of black ".into(),
                stop_reason: Some("stop_sequence".into()),
                ..Completion::default()
            }
        );
        let chunk = json!({"completion": " Mars", "stop_reason": null, "stop": null});
        assert_eq!(Family::AnthropicCompletions.extract_stream_chunk(&chunk).unwrap().text, " Mars");
        assert_eq!(
            Family::AnthropicCompletions.extract_text(&json!({})).unwrap_err().code,
            "invalid-response"
        );
    }

    #[test]
    fn messages_body_has_the_documented_shape() {
        let params = TextParams {
            system: vec!["Please respond only with emoji.".into()],
            history: history(),
            temperature: Some(0.5),
            top_p: Some(0.9),
            top_k: Some(100),
            stop: vec!["STOP".into()],
            ..text("Can you explain LLMs in plain English?")
        };
        assert_eq!(
            Family::AnthropicMessages.build_text(&params).unwrap(),
            json!({
                "anthropic_version": "bedrock-2023-05-31",
                "max_tokens": 1024,
                "system": "Please respond only with emoji.",
                "messages": [
                    {"role": "user", "content": [{"type": "text", "text": "Hello there."}]},
                    {"role": "assistant", "content": [{"type": "text", "text": "Hi, I'm Claude. How can I help you?"}]},
                    {"role": "user", "content": [{"type": "text", "text": "Can you explain LLMs in plain English?"}]}
                ],
                "temperature": 0.5,
                "top_p": 0.9,
                "top_k": 100,
                "stop_sequences": ["STOP"]
            })
        );
    }

    #[test]
    fn messages_carry_images_as_base64_blocks() {
        let params = TextParams {
            max_tokens: Some(100),
            images: vec![ImageAttachment { media_type: "image/jpeg".into(), data: vec![0xff, 0xd8, 0xff] }],
            ..text("What's in these images?")
        };
        assert_eq!(
            Family::AnthropicMessages.build_text(&params).unwrap(),
            json!({
                "anthropic_version": "bedrock-2023-05-31",
                "max_tokens": 100,
                "messages": [{
                    "role": "user",
                    "content": [
                        {"type": "image", "source": {"type": "base64", "media_type": "image/jpeg", "data": "/9j/"}},
                        {"type": "text", "text": "What's in these images?"}
                    ]
                }]
            })
        );
    }

    #[test]
    fn messages_flags_are_checked() {
        let family = Family::AnthropicMessages;
        let failure = family.build_text(&TextParams { temperature: Some(1.2), ..text("hi") }).unwrap_err();
        assert_eq!(
            failure.message,
            "--temperature 1.2 is out of range for Anthropic Claude (Messages API): allowed 0 to 1"
        );
        let failure = family.build_text(&TextParams { max_tokens: Some(0), ..text("hi") }).unwrap_err();
        assert_eq!(
            failure.message,
            "--max-tokens 0 is out of range for Anthropic Claude (Messages API): allowed 1 or more"
        );
        let failure =
            family.build_text(&TextParams { presence_penalty: Some(1.0), ..text("hi") }).unwrap_err();
        assert!(
            failure
                .message
                .starts_with("--presence-penalty is not supported by Anthropic Claude (Messages API)")
        );
        let bitmap = ImageAttachment { media_type: "image/bmp".into(), data: vec![1] };
        let failure = family.build_text(&TextParams { images: vec![bitmap], ..text("hi") }).unwrap_err();
        assert_eq!(
            failure.message,
            "--image of type image/bmp is not supported by Anthropic Claude (Messages API): allowed image/png, image/jpeg, image/gif, image/webp"
        );
        let png = ImageAttachment { media_type: "image/png".into(), data: vec![1] };
        let failure = family.build_text(&TextParams { images: vec![png; 21], ..text("hi") }).unwrap_err();
        assert_eq!(
            failure.message,
            "--image was given 21 times: Anthropic Claude (Messages API) takes at most 20 images"
        );
    }

    #[test]
    fn messages_response_is_read() {
        let body = json!({
            "id": "msg_01",
            "model": "claude-3-sonnet-20240229",
            "type": "message",
            "role": "assistant",
            "content": [{"type": "text", "text": "Hello"}, {"type": "text", "text": " world"}],
            "stop_reason": "end_turn",
            "stop_sequence": null,
            "usage": {"input_tokens": 10, "output_tokens": 2}
        });
        assert_eq!(
            Family::AnthropicMessages.extract_text(&body).unwrap(),
            Completion {
                text: "Hello world".into(),
                stop_reason: Some("end_turn".into()),
                input_tokens: Some(10),
                output_tokens: Some(2)
            }
        );
        assert_eq!(
            Family::AnthropicMessages.extract_text(&json!({"type": "message"})).unwrap_err().code,
            "invalid-response"
        );
    }

    #[test]
    fn messages_stream_events_are_read() {
        let family = Family::AnthropicMessages;
        let start = json!({"type": "message_start", "message": {"role": "assistant", "usage": {"input_tokens": 15, "output_tokens": 1}}});
        assert_eq!(
            family.extract_stream_chunk(&start).unwrap(),
            StreamPiece { input_tokens: Some(15), ..StreamPiece::default() }
        );
        let delta =
            json!({"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "Hi"}});
        assert_eq!(family.extract_stream_chunk(&delta).unwrap().text, "Hi");
        let message_delta = json!({"type": "message_delta", "delta": {"stop_reason": "max_tokens", "stop_sequence": null}, "usage": {"output_tokens": 100}});
        assert_eq!(
            family.extract_stream_chunk(&message_delta).unwrap(),
            StreamPiece {
                stop_reason: Some("max_tokens".into()),
                output_tokens: Some(100),
                ..StreamPiece::default()
            }
        );
        let stop = json!({"type": "message_stop", "amazon-bedrock-invocationMetrics": {"inputTokenCount": 15, "outputTokenCount": 100}});
        assert_eq!(
            family.extract_stream_chunk(&stop).unwrap(),
            StreamPiece { input_tokens: Some(15), output_tokens: Some(100), ..StreamPiece::default() }
        );
        assert_eq!(family.extract_stream_chunk(&json!({"type": "ping"})).unwrap(), StreamPiece::default());
    }

    #[test]
    fn a_delta_read_from_bytes_equals_the_document_reading() {
        use crate::emulator::runtime::family::Family as Served;
        use crate::emulator::runtime::text_models::{Mode, invoke};
        let family = crate::models::Family::AnthropicMessages;
        let bodies = [
            json!({"anthropic_version": "bedrock-2023-05-31", "max_tokens": 300,
                   "messages": [{"role": "user", "content": "Tell me about \"rivers\" é ✓ \\ \n"}]}),
            json!({"anthropic_version": "bedrock-2023-05-31", "max_tokens": 300,
                   "tools": [{"name": "weather", "description": "Weather", "input_schema": {"type": "object",
                              "properties": {"city": {"type": "string"}}, "required": ["city"]}}],
                   "tool_choice": {"type": "tool", "name": "weather"},
                   "messages": [{"role": "user", "content": "Weather in Paris?"}]}),
        ];
        let mut fast = 0;
        for body in bodies {
            let outcome = invoke(
                Served::ClaudeMessages,
                "anthropic.claude-3-haiku-20240307-v1:0",
                body.as_object().unwrap(),
                Mode::Stream,
            )
            .unwrap();
            let mut chunks = outcome.chunks.documents();
            chunks.last_mut().unwrap().as_object_mut().unwrap().insert(
                "amazon-bedrock-invocationMetrics".into(),
                json!({"inputTokenCount": 3, "outputTokenCount": 9}),
            );
            chunks.push(json!({"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "t"},
                               "amazon-bedrock-invocationMetrics": {"inputTokenCount": 1, "outputTokenCount": 2}}));
            chunks.push(json!({"type": "content_block_delta", "index": 0, "delta": {"text": 5}}));
            for chunk in chunks {
                let bytes = serde_json::to_vec(&chunk).unwrap();
                if let Some(piece) = family.stream_delta(&bytes) {
                    assert_eq!(piece, family.extract_stream_chunk(&chunk).unwrap(), "{chunk}");
                    fast += 1;
                } else {
                    assert!(
                        chunk["type"] != "content_block_delta"
                            || chunk.get("amazon-bedrock-invocationMetrics").is_some()
                            || !chunk["delta"]["text"].is_string(),
                        "{chunk}"
                    );
                }
            }
        }
        assert!(fast > 20, "only {fast} chunks were read from bytes");
    }
}
