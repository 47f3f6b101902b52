//! Mistral AI request bodies (with the `<s>[INST] … [/INST]` prompt template) and response
//! reading, as the Bedrock user guide documents them.

use aws_smithy_types::base64;
use serde_json::{Map, Value, json};

use super::family::{
    Family, IMAGE, MAX_TOKENS, STOP, SYSTEM, TEMPERATURE, TOP_K, TOP_P, check_decimal, check_image_types,
    check_integer, check_stop_count, history_pairs, only_text_flags, optional_text, required_text,
    system_text, text_at,
};
use super::{Completion, StreamPiece, TextParams};
use crate::error::Result;

/// The most stop sequences Mistral models take.
const STOP_MAX: usize = 10;

/// The documented `max_tokens` maximum of a Mistral model, and the name to report it under.
fn max_tokens_maximum(model: Option<&str>) -> (u64, &'static str) {
    let model = model.unwrap_or_default();
    if model.contains("mixtral-8x7b") {
        (4096, "Mixtral 8X7B Instruct")
    } else if model.contains("mistral-7b") {
        (8192, "Mistral 7B Instruct")
    } else if model.contains("mistral-large") {
        (8192, "Mistral Large")
    } else if model.contains("mistral-small") {
        (8192, "Mistral Small")
    } else if model.contains("pixtral-large") {
        // The model card's maximum output.
        (16_384, "Pixtral Large")
    } else {
        (8192, Family::Mistral.display_name())
    }
}

/// `{"prompt", "max_tokens", "stop", "temperature", "top_p", "top_k"}`; the prompt is
/// `<s>[INST] {user} [/INST] {assistant}</s>` for each earlier exchange, then
/// `[INST] {prompt} [/INST]`, with `--system` text at the start of the first instruction.
pub(super) fn build(params: &TextParams, model: Option<&str>) -> Result<Value> {
    if is_chat_only(model) {
        return build_chat(params, model);
    }
    let who = Family::Mistral.display_name();
    only_text_flags(params, &[MAX_TOKENS, TEMPERATURE, TOP_P, TOP_K, STOP, SYSTEM], who)?;
    let (maximum, model_name) = max_tokens_maximum(model);
    check_integer(MAX_TOKENS, params.max_tokens.map(u64::from), 1, maximum, model_name)?;
    check_decimal(TEMPERATURE, params.temperature, 0.0, 1.0, who)?;
    check_decimal(TOP_P, params.top_p, 0.0, 1.0, who)?;
    check_integer(TOP_K, params.top_k.map(u64::from), 1, 200, who)?;
    check_stop_count(params, STOP_MAX, who)?;

    let mut system = system_text(params).map(|system| format!("{system}\n\n"));
    let mut prompt = String::from("<s>");
    for (user, assistant) in history_pairs(&params.history) {
        let system = system.take().unwrap_or_default();
        prompt.push_str(&format!("[INST] {system}{user} [/INST] {assistant}</s>"));
    }
    let system = system.take().unwrap_or_default();
    prompt.push_str(&format!("[INST] {system}{} [/INST]", params.prompt));

    Ok(prompt_body(prompt, params))
}

/// Whether the model takes only the Mistral AI chat completion body (Pixtral Large).
fn is_chat_only(model: Option<&str>) -> bool {
    model.is_some_and(|model| model.contains("mistral.pixtral-"))
}

/// The image types Pixtral Large reads.
const IMAGE_TYPES: &[&str] = &["image/png", "image/jpeg", "image/gif", "image/webp"];

/// The Mistral AI chat completion body: `{"messages", "max_tokens", "temperature", "top_p",
/// "stop"}`, `--image` files as `image_url` data URLs before the prompt's text.
fn build_chat(params: &TextParams, model: Option<&str>) -> Result<Value> {
    let who = Family::Mistral.display_name();
    only_text_flags(params, &[MAX_TOKENS, TEMPERATURE, TOP_P, STOP, SYSTEM, IMAGE], who)?;
    let (maximum, model_name) = max_tokens_maximum(model);
    check_integer(MAX_TOKENS, params.max_tokens.map(u64::from), 1, maximum, model_name)?;
    check_decimal(TEMPERATURE, params.temperature, 0.0, 1.0, who)?;
    check_decimal(TOP_P, params.top_p, 0.0, 1.0, who)?;
    check_stop_count(params, STOP_MAX, who)?;
    check_image_types(params, IMAGE_TYPES, who)?;

    let mut messages = super::openai::chat_messages(params, "system");
    if !params.images.is_empty()
        && let Some(last) = messages.last_mut()
    {
        let mut content: Vec<Value> = params
            .images
            .iter()
            .map(|image| {
                let url = format!("data:{};base64,{}", image.media_type, base64::encode(&image.data));
                json!({"type": "image_url", "image_url": {"url": url}})
            })
            .collect();
        content.push(json!({"type": "text", "text": params.prompt}));
        last["content"] = Value::Array(content);
    }
    let mut body = Map::new();
    body.insert("messages".into(), Value::Array(messages));
    super::openai::sampling(&mut body, params, "max_tokens");
    Ok(Value::Object(body))
}

/// `{"prompt", "max_tokens", "stop", "temperature", "top_p", "top_k"}`, each flag given (the
/// body of Mistral and DeepSeek-R1 completions).
pub(super) fn prompt_body(prompt: String, params: &TextParams) -> Value {
    let mut body = Map::new();
    body.insert("prompt".into(), json!(prompt));
    if let Some(max_tokens) = params.max_tokens {
        body.insert("max_tokens".into(), json!(max_tokens));
    }
    if !params.stop.is_empty() {
        body.insert("stop".into(), json!(params.stop));
    }
    if let Some(temperature) = params.temperature {
        body.insert("temperature".into(), json!(temperature));
    }
    if let Some(top_p) = params.top_p {
        body.insert("top_p".into(), json!(top_p));
    }
    if let Some(top_k) = params.top_k {
        body.insert("top_k".into(), json!(top_k));
    }
    Value::Object(body)
}

/// `{"outputs": [{"text", "stop_reason"}]}`, or the chat completion's `{"choices": [{"message":
/// {"content"}, "stop_reason"}]}`.
pub(super) fn extract(body: &Value) -> Result<Completion> {
    let who = Family::Mistral.display_name();
    let (text, reason) = pointers(body);
    Ok(Completion {
        text: required_text(body, text, who)?,
        stop_reason: optional_text(body, reason),
        input_tokens: None,
        output_tokens: None,
    })
}

/// `{"outputs": [{"text", "stop_reason"}]}` per chunk, or the chat completion's `{"choices":
/// [{"message": {"content"}, "stop_reason"}]}`.
pub(super) fn stream(chunk: &Value) -> Result<StreamPiece> {
    let (text, reason) = pointers(chunk);
    Ok(StreamPiece {
        text: text_at(chunk, text).unwrap_or_default().to_string(),
        stop_reason: optional_text(chunk, reason),
        ..StreamPiece::default()
    })
}

/// Where a completion document (`outputs`) or a chat completion document (`choices`) keeps its
/// text and its stop reason.
fn pointers(document: &Value) -> (&'static str, &'static str) {
    if document.get("choices").is_some() {
        ("/choices/0/message/content", "/choices/0/stop_reason")
    } else {
        ("/outputs/0/text", "/outputs/0/stop_reason")
    }
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
            max_tokens: Some(400),
            temperature: Some(0.7),
            top_p: Some(0.7),
            top_k: Some(50),
            stop: vec!["</s>".into()],
            ..text("In Bash, how do I list all text files?")
        };
        assert_eq!(
            Family::Mistral.build_text(&params).unwrap(),
            json!({
                "prompt": "<s>[INST] In Bash, how do I list all text files? [/INST]",
                "max_tokens": 400,
                "stop": ["</s>"],
                "temperature": 0.7,
                "top_p": 0.7,
                "top_k": 50
            })
        );
    }

    #[test]
    fn template_carries_history_and_system() {
        let params = TextParams {
            system: vec!["Answer in French.".into()],
            history: vec![
                Turn { role: Role::User, text: "What is your favourite condiment?".into() },
                Turn { role: Role::Assistant, text: "Well, I'm quite partial to fresh lemon juice.".into() },
            ],
            ..text("Do you have mayonnaise recipes?")
        };
        assert_eq!(
            Family::Mistral.build_text(&params).unwrap(),
            json!({"prompt": "<s>[INST] Answer in French.\n\nWhat is your favourite condiment? [/INST] Well, I'm quite partial to fresh lemon juice.</s>[INST] Do you have mayonnaise recipes? [/INST]"})
        );
    }

    #[test]
    fn flags_are_checked() {
        let family = Family::Mistral;
        let failure = family.build_text(&TextParams { top_k: Some(0), ..text("hi") }).unwrap_err();
        assert_eq!(failure.message, "--top-k 0 is out of range for Mistral AI: allowed 1 to 200");
        let params = TextParams { max_tokens: Some(5000), ..text("hi") };
        assert!(family.build_text(&params).is_ok());
        assert!(family.build_text_for_model("mistral.mistral-large-2402-v1:0", &params).is_ok());
        let failure = family.build_text_for_model("mistral.mixtral-8x7b-instruct-v0:1", &params).unwrap_err();
        assert_eq!(
            failure.message,
            "--max-tokens 5000 is out of range for Mixtral 8X7B Instruct: allowed 1 to 4096"
        );
        let failure =
            family.build_text(&TextParams { stop: vec!["x".into(); 11], ..text("hi") }).unwrap_err();
        assert_eq!(failure.message, "--stop was given 11 times: Mistral AI takes at most 10 stop sequences");
        let failure = family.build_text(&TextParams { seed: Some(1), ..text("hi") }).unwrap_err();
        assert_eq!(
            failure.message,
            "--seed is not supported by Mistral AI (it takes --max-tokens, --temperature, --top-p, --top-k, --stop, --system)"
        );
    }

    #[test]
    fn pixtral_large_takes_the_chat_completion_body() {
        const PIXTRAL: &str = "us.mistral.pixtral-large-2502-v1:0";
        let params = TextParams {
            system: vec!["Be brief.".into()],
            max_tokens: Some(16_000),
            temperature: Some(0.3),
            images: vec![crate::models::ImageAttachment {
                media_type: "image/png".into(),
                data: vec![1, 2, 3],
            }],
            ..text("What is in the picture?")
        };
        assert_eq!(
            Family::Mistral.build_text_for_model(PIXTRAL, &params).unwrap(),
            json!({
                "messages": [
                    {"role": "system", "content": "Be brief."},
                    {"role": "user", "content": [
                        {"type": "image_url", "image_url": {"url": "data:image/png;base64,AQID"}},
                        {"type": "text", "text": "What is in the picture?"},
                    ]},
                ],
                "max_tokens": 16000,
                "temperature": 0.3,
            })
        );
        let failure = Family::Mistral
            .build_text_for_model(PIXTRAL, &TextParams { max_tokens: Some(16_385), ..text("hi") })
            .unwrap_err();
        assert_eq!(
            failure.message,
            "--max-tokens 16385 is out of range for Pixtral Large: allowed 1 to 16384"
        );
        let failure = Family::Mistral
            .build_text_for_model(PIXTRAL, &TextParams { top_k: Some(5), ..text("hi") })
            .unwrap_err();
        assert!(failure.message.starts_with("--top-k is not supported by Mistral AI"), "{}", failure.message);
        // The other Mistral models keep the prompt body, and take no image.
        let prompt =
            Family::Mistral.build_text_for_model("mistral.mistral-large-2402-v1:0", &text("hi")).unwrap();
        assert!(prompt.get("prompt").is_some());
        assert!(Family::Mistral.build_text_for_model("mistral.mistral-large-2402-v1:0", &params).is_err());

        let body = json!({"choices": [{"index": 0, "message": {"role": "assistant", "content": "A cat."}, "stop_reason": "stop"}]});
        let completion = Family::Mistral.extract_text(&body).unwrap();
        assert_eq!((completion.text.as_str(), completion.stop_reason.as_deref()), ("A cat.", Some("stop")));
        let chunk = json!({"choices": [{"index": 0, "message": {"role": "assistant", "content": " cat"}, "stop_reason": null}]});
        assert_eq!(Family::Mistral.extract_stream_chunk(&chunk).unwrap().text, " cat");
    }

    #[test]
    fn responses_are_read() {
        let body = json!({"outputs": [{"text": "Use find.", "stop_reason": "stop"}]});
        assert_eq!(
            Family::Mistral.extract_text(&body).unwrap(),
            Completion {
                text: "Use find.".into(),
                stop_reason: Some("stop".into()),
                ..Completion::default()
            }
        );
        let chunk = json!({"outputs": [{"text": " find", "stop_reason": null}]});
        assert_eq!(Family::Mistral.extract_stream_chunk(&chunk).unwrap().text, " find");
        let last = json!({"outputs": [{"text": "", "stop_reason": "length"}], "amazon-bedrock-invocationMetrics": {"inputTokenCount": 20, "outputTokenCount": 400}});
        assert_eq!(
            Family::Mistral.extract_stream_chunk(&last).unwrap(),
            StreamPiece {
                text: String::new(),
                stop_reason: Some("length".into()),
                input_tokens: Some(20),
                output_tokens: Some(400)
            }
        );
        assert_eq!(
            Family::Mistral.extract_text(&json!({"outputs": []})).unwrap_err().code,
            "invalid-response"
        );
    }
}
