//! Cohere request bodies and response reading: Command (generate), Command R/R+ (chat) and Embed,
//! as the Bedrock user guide documents them.

use serde_json::{Map, Value, json};

use super::family::{
    DOCUMENT, FREQUENCY_PENALTY, Family, INPUT_TYPE, MAX_TOKENS, PRESENCE_PENALTY, SEED, STOP, SYSTEM,
    TEMPERATURE, TOP_K, TOP_P, TRUNCATE, check_at_least, check_choice, check_decimal, check_integer,
    check_stop_count, invalid_response, number_vector, only_embed_flags, only_text_flags, optional_count,
    optional_text, required_text, system_text, text_at, transcript,
};
use super::{Completion, EmbedParams, Role, StreamPiece, TextParams};
use crate::error::{Failure, Result};

/// The most texts one Cohere Embed request takes.
pub(super) const EMBED_TEXTS_MAX: usize = 128;

/// The longest text Cohere Embed takes, in characters.
const EMBED_TEXT_CHARACTERS_MAX: usize = 2048;

const INPUT_TYPES: &[&str] = &["search_document", "search_query", "classification", "clustering"];
const TRUNCATE_MODES: &[&str] = &["NONE", "START", "END"];

/// The most stop sequences Cohere Command takes.
const COMMAND_STOP_MAX: usize = 4;

// ----- Command -----

/// `{"prompt", "max_tokens", "temperature", "p", "k", "stop_sequences"}`; history turns make the
/// prompt a "User: …\nAssistant: …" conversation.
pub(super) fn build_command(params: &TextParams) -> Result<Value> {
    let who = Family::CohereCommand.display_name();
    only_text_flags(params, &[MAX_TOKENS, TEMPERATURE, TOP_P, TOP_K, STOP], who)?;
    check_integer(MAX_TOKENS, params.max_tokens.map(u64::from), 1, 4096, who)?;
    check_decimal(TEMPERATURE, params.temperature, 0.0, 5.0, who)?;
    check_decimal(TOP_P, params.top_p, 0.0, 1.0, who)?;
    check_integer(TOP_K, params.top_k.map(u64::from), 0, 500, who)?;
    check_stop_count(params, COMMAND_STOP_MAX, who)?;

    let mut body = Map::new();
    body.insert("prompt".into(), json!(transcript(params, "Assistant")));
    insert_generation(&mut body, params);
    Ok(Value::Object(body))
}

/// `max_tokens`, `temperature`, `p`, `k` and `stop_sequences` when given.
fn insert_generation(body: &mut Map<String, Value>, params: &TextParams) {
    if let Some(max_tokens) = params.max_tokens {
        body.insert("max_tokens".into(), json!(max_tokens));
    }
    if let Some(temperature) = params.temperature {
        body.insert("temperature".into(), json!(temperature));
    }
    if let Some(top_p) = params.top_p {
        body.insert("p".into(), json!(top_p));
    }
    if let Some(top_k) = params.top_k {
        body.insert("k".into(), json!(top_k));
    }
    if !params.stop.is_empty() {
        body.insert("stop_sequences".into(), json!(params.stop));
    }
}

/// `{"generations": [{"text", "finish_reason", …}], "id", "prompt"}`.
pub(super) fn extract_command(body: &Value) -> Result<Completion> {
    let who = Family::CohereCommand.display_name();
    Ok(Completion {
        text: required_text(body, "/generations/0/text", who)?,
        stop_reason: optional_text(body, "/generations/0/finish_reason"),
        input_tokens: None,
        output_tokens: None,
    })
}

/// `{"text", "is_finished", "finish_reason"}` per chunk.
pub(super) fn stream_command(chunk: &Value) -> Result<StreamPiece> {
    Ok(StreamPiece {
        text: text_at(chunk, "/text").unwrap_or_default().to_string(),
        stop_reason: optional_text(chunk, "/finish_reason"),
        ..StreamPiece::default()
    })
}

// ----- Command R/R+ -----

/// `{"message", "chat_history": [{"role": "USER"|"CHATBOT", "message"}], "documents": [{"title",
/// "snippet"}], "preamble", "max_tokens", "temperature", "p", "k", "frequency_penalty",
/// "presence_penalty", "seed", "stop_sequences"}`.
pub(super) fn build_command_r(params: &TextParams) -> Result<Value> {
    let who = Family::CohereCommandR.display_name();
    only_text_flags(
        params,
        &[
            MAX_TOKENS,
            TEMPERATURE,
            TOP_P,
            TOP_K,
            STOP,
            SYSTEM,
            SEED,
            PRESENCE_PENALTY,
            FREQUENCY_PENALTY,
            DOCUMENT,
        ],
        who,
    )?;
    check_at_least(MAX_TOKENS, params.max_tokens.map(u64::from), 1, who)?;
    check_decimal(TEMPERATURE, params.temperature, 0.0, 1.0, who)?;
    check_decimal(TOP_P, params.top_p, 0.01, 0.99, who)?;
    check_integer(TOP_K, params.top_k.map(u64::from), 0, 500, who)?;
    check_decimal(FREQUENCY_PENALTY, params.frequency_penalty, 0.0, 1.0, who)?;
    check_decimal(PRESENCE_PENALTY, params.presence_penalty, 0.0, 1.0, who)?;

    let mut body = Map::new();
    body.insert("message".into(), json!(params.prompt));
    if !params.history.is_empty() {
        let history: Vec<Value> = params
            .history
            .iter()
            .map(|turn| {
                let role = if turn.role == Role::User { "USER" } else { "CHATBOT" };
                json!({"role": role, "message": turn.text})
            })
            .collect();
        body.insert("chat_history".into(), Value::Array(history));
    }
    if !params.documents.is_empty() {
        let documents: Vec<Value> = params
            .documents
            .iter()
            .map(|document| json!({"title": document.title, "snippet": document.snippet}))
            .collect();
        body.insert("documents".into(), Value::Array(documents));
    }
    if let Some(preamble) = system_text(params) {
        body.insert("preamble".into(), json!(preamble));
    }
    insert_generation(&mut body, params);
    if let Some(penalty) = params.frequency_penalty {
        body.insert("frequency_penalty".into(), json!(penalty));
    }
    if let Some(penalty) = params.presence_penalty {
        body.insert("presence_penalty".into(), json!(penalty));
    }
    if let Some(seed) = params.seed {
        body.insert("seed".into(), json!(seed));
    }
    Ok(Value::Object(body))
}

/// The token counts of a Command R response (or of the `response` of its `stream-end` event):
/// `token_count` {prompt_tokens, response_tokens}, else `meta.billed_units`.
fn command_r_tokens(body: &Value) -> (Option<u64>, Option<u64>) {
    let input = optional_count(body, "/token_count/prompt_tokens")
        .or_else(|| optional_count(body, "/meta/billed_units/input_tokens"));
    let output = optional_count(body, "/token_count/response_tokens")
        .or_else(|| optional_count(body, "/meta/billed_units/output_tokens"));
    (input, output)
}

/// `{"response_id", "text", "generation_id", "finish_reason", "token_count", "meta"}`.
pub(super) fn extract_command_r(body: &Value) -> Result<Completion> {
    let who = Family::CohereCommandR.display_name();
    let (input_tokens, output_tokens) = command_r_tokens(body);
    Ok(Completion {
        text: required_text(body, "/text", who)?,
        stop_reason: optional_text(body, "/finish_reason"),
        input_tokens,
        output_tokens,
    })
}

/// Stream events: `text-generation` carries text, `stream-end` the finish reason and the whole
/// response; the others carry nothing we show.
pub(super) fn stream_command_r(chunk: &Value) -> Result<StreamPiece> {
    let mut piece = StreamPiece::default();
    match text_at(chunk, "/event_type") {
        Some("text-generation") => piece.text = text_at(chunk, "/text").unwrap_or_default().to_string(),
        Some("stream-end") => {
            piece.stop_reason = optional_text(chunk, "/finish_reason");
            if let Some(response) = chunk.get("response") {
                (piece.input_tokens, piece.output_tokens) = command_r_tokens(response);
            }
        }
        _ => {}
    }
    Ok(piece)
}

// ----- Embed -----

/// `{"texts": [string], "input_type": search_document|search_query|classification|clustering,
/// "truncate": NONE|START|END}`; `input_type` is required and defaults to `search_document`.
pub(super) fn build_embed(params: &EmbedParams) -> Result<Value> {
    let who = Family::CohereEmbed.display_name();
    only_embed_flags(params, &[INPUT_TYPE, TRUNCATE], who)?;
    if params.texts.is_empty() {
        return Err(Failure::usage("there is no text to embed"));
    }
    if params.texts.len() > EMBED_TEXTS_MAX {
        return Err(Failure::usage(format!(
            "{} texts were given: {who} takes at most {EMBED_TEXTS_MAX} per request",
            params.texts.len()
        )));
    }
    if let Some((index, length)) = params
        .texts
        .iter()
        .map(|text| text.chars().count())
        .enumerate()
        .find(|(_, length)| *length > EMBED_TEXT_CHARACTERS_MAX)
    {
        return Err(Failure::usage(format!(
            "text {} is {length} characters long: {who} takes at most {EMBED_TEXT_CHARACTERS_MAX}",
            index + 1
        )));
    }
    let input_type = params.input_type.as_deref().unwrap_or("search_document");
    check_choice(INPUT_TYPE, input_type, INPUT_TYPES, who)?;
    if let Some(truncate) = &params.truncate {
        check_choice(TRUNCATE, truncate, TRUNCATE_MODES, who)?;
    }
    let mut body = Map::new();
    body.insert("texts".into(), json!(params.texts));
    body.insert("input_type".into(), json!(input_type));
    if let Some(truncate) = &params.truncate {
        body.insert("truncate".into(), json!(truncate));
    }
    Ok(Value::Object(body))
}

/// `{"embeddings": [[float…]…], "id", "response_type": "embeddings_floats", "texts"}` (or, typed,
/// `"embeddings": {"float": [[…]…]}`).
pub(super) fn extract_embed(body: &Value) -> Result<Vec<Vec<f64>>> {
    let who = Family::CohereEmbed.display_name();
    let embeddings = match body.get("embeddings") {
        Some(Value::Object(typed)) => typed.get("float"),
        other => other,
    };
    embeddings
        .and_then(Value::as_array)
        .and_then(|vectors| vectors.iter().map(number_vector).collect::<Option<Vec<_>>>())
        .ok_or_else(|| invalid_response(who, "embeddings"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::{Document, Turn};

    fn text(prompt: &str) -> TextParams {
        TextParams { prompt: prompt.into(), ..Default::default() }
    }

    #[test]
    fn command_body_has_the_documented_shape() {
        let params = TextParams {
            max_tokens: Some(200),
            temperature: Some(0.6),
            top_p: Some(1.0),
            top_k: Some(0),
            stop: vec!["--".into()],
            ..text("Summarize this dialogue:")
        };
        assert_eq!(
            Family::CohereCommand.build_text(&params).unwrap(),
            json!({"prompt": "Summarize this dialogue:", "max_tokens": 200, "temperature": 0.6, "p": 1.0, "k": 0, "stop_sequences": ["--"]})
        );
    }

    #[test]
    fn command_flags_are_checked() {
        let family = Family::CohereCommand;
        let failure = family.build_text(&TextParams { temperature: Some(5.5), ..text("hi") }).unwrap_err();
        assert_eq!(failure.message, "--temperature 5.5 is out of range for Cohere Command: allowed 0 to 5");
        let failure = family.build_text(&TextParams { max_tokens: Some(0), ..text("hi") }).unwrap_err();
        assert_eq!(failure.message, "--max-tokens 0 is out of range for Cohere Command: allowed 1 to 4096");
        let failure = family.build_text(&TextParams { stop: vec!["a".into(); 5], ..text("hi") }).unwrap_err();
        assert_eq!(
            failure.message,
            "--stop was given 5 times: Cohere Command takes at most 4 stop sequences"
        );
        let failure = family.build_text(&TextParams { system: vec!["x".into()], ..text("hi") }).unwrap_err();
        assert_eq!(
            failure.message,
            "--system is not supported by Cohere Command (it takes --max-tokens, --temperature, --top-p, --top-k, --stop)"
        );
    }

    #[test]
    fn command_responses_are_read() {
        let body = json!({
            "generations": [{"finish_reason": "COMPLETE", "id": "a", "text": "The customer lost access.", "is_finished": true}],
            "id": "b",
            "prompt": "Summarize"
        });
        let completion = Family::CohereCommand.extract_text(&body).unwrap();
        assert_eq!(completion.text, "The customer lost access.");
        assert_eq!(completion.stop_reason.as_deref(), Some("COMPLETE"));
        let chunk = json!({"text": " lost", "is_finished": false});
        assert_eq!(Family::CohereCommand.extract_stream_chunk(&chunk).unwrap().text, " lost");
        let last = json!({"is_finished": true, "finish_reason": "MAX_TOKENS"});
        assert_eq!(
            Family::CohereCommand.extract_stream_chunk(&last).unwrap().stop_reason.as_deref(),
            Some("MAX_TOKENS")
        );
        assert_eq!(
            Family::CohereCommand.extract_text(&json!({"generations": []})).unwrap_err().code,
            "invalid-response"
        );
    }

    #[test]
    fn command_r_body_has_the_documented_shape() {
        let params = TextParams {
            system: vec!["You are a career coach.".into()],
            history: vec![
                Turn {
                    role: Role::User,
                    text: "What is an interesting new role in AI if I don't have an ML background?".into(),
                },
                Turn { role: Role::Assistant, text: "You could explore being a prompt engineer!".into() },
            ],
            documents: vec![Document {
                title: "Tall penguins".into(),
                snippet: "Emperor penguins are the tallest.".into(),
            }],
            max_tokens: Some(2000),
            temperature: Some(0.6),
            top_p: Some(0.5),
            top_k: Some(250),
            seed: Some(42),
            stop: vec!["END".into()],
            frequency_penalty: Some(0.1),
            presence_penalty: Some(0.2),
            ..text("What are some skills I should have?")
        };
        assert_eq!(
            Family::CohereCommandR.build_text(&params).unwrap(),
            json!({
                "message": "What are some skills I should have?",
                "chat_history": [
                    {"role": "USER", "message": "What is an interesting new role in AI if I don't have an ML background?"},
                    {"role": "CHATBOT", "message": "You could explore being a prompt engineer!"}
                ],
                "documents": [{"title": "Tall penguins", "snippet": "Emperor penguins are the tallest."}],
                "preamble": "You are a career coach.",
                "max_tokens": 2000,
                "temperature": 0.6,
                "p": 0.5,
                "k": 250,
                "stop_sequences": ["END"],
                "frequency_penalty": 0.1,
                "presence_penalty": 0.2,
                "seed": 42
            })
        );
    }

    #[test]
    fn command_r_flags_are_checked() {
        let family = Family::CohereCommandR;
        let failure = family.build_text(&TextParams { top_p: Some(1.0), ..text("hi") }).unwrap_err();
        assert_eq!(
            failure.message,
            "--top-p 1 is out of range for Cohere Command R/R+: allowed 0.01 to 0.99"
        );
        let failure = family.build_text(&TextParams { count_penalty: Some(0.5), ..text("hi") }).unwrap_err();
        assert!(failure.message.starts_with("--count-penalty is not supported by Cohere Command R/R+"));
        let failure = family.build_text(&TextParams { temperature: Some(2.0), ..text("hi") }).unwrap_err();
        assert!(failure.message.ends_with("allowed 0 to 1"));
    }

    #[test]
    fn command_r_responses_are_read() {
        let body = json!({
            "response_id": "r",
            "text": "Communication and curiosity.",
            "generation_id": "g",
            "finish_reason": "COMPLETE",
            "token_count": {"prompt_tokens": 30, "response_tokens": 5, "total_tokens": 35, "billed_tokens": 35}
        });
        assert_eq!(
            Family::CohereCommandR.extract_text(&body).unwrap(),
            Completion {
                text: "Communication and curiosity.".into(),
                stop_reason: Some("COMPLETE".into()),
                input_tokens: Some(30),
                output_tokens: Some(5)
            }
        );
        let billed = json!({"text": "x", "meta": {"billed_units": {"input_tokens": 7, "output_tokens": 1}}});
        let completion = Family::CohereCommandR.extract_text(&billed).unwrap();
        assert_eq!((completion.input_tokens, completion.output_tokens), (Some(7), Some(1)));
        let family = Family::CohereCommandR;
        let start = json!({"is_finished": false, "event_type": "stream-start", "generation_id": "g"});
        assert_eq!(family.extract_stream_chunk(&start).unwrap(), StreamPiece::default());
        let text_event = json!({"is_finished": false, "event_type": "text-generation", "text": "Comm"});
        assert_eq!(family.extract_stream_chunk(&text_event).unwrap().text, "Comm");
        let end = json!({
            "is_finished": true,
            "event_type": "stream-end",
            "finish_reason": "COMPLETE",
            "response": {"text": "Comm", "meta": {"billed_units": {"input_tokens": 7, "output_tokens": 1}}}
        });
        assert_eq!(
            family.extract_stream_chunk(&end).unwrap(),
            StreamPiece {
                text: String::new(),
                stop_reason: Some("COMPLETE".into()),
                input_tokens: Some(7),
                output_tokens: Some(1)
            }
        );
    }

    fn embed(texts: &[&str]) -> EmbedParams {
        EmbedParams { texts: texts.iter().map(|text| text.to_string()).collect(), ..Default::default() }
    }

    #[test]
    fn embed_body_has_the_documented_shape() {
        assert_eq!(
            Family::CohereEmbed.build_embedding(&embed(&["a", "b"])).unwrap(),
            json!({"texts": ["a", "b"], "input_type": "search_document"})
        );
        let params = EmbedParams {
            input_type: Some("search_query".into()),
            truncate: Some("END".into()),
            ..embed(&["q"])
        };
        assert_eq!(
            Family::CohereEmbed.build_embedding(&params).unwrap(),
            json!({"texts": ["q"], "input_type": "search_query", "truncate": "END"})
        );
    }

    #[test]
    fn embed_flags_are_checked() {
        let family = Family::CohereEmbed;
        let failure = family
            .build_embedding(&EmbedParams { input_type: Some("query".into()), ..embed(&["q"]) })
            .unwrap_err();
        assert_eq!(
            failure.message,
            "--input-type query is not valid for Cohere Embed: allowed search_document, search_query, classification, clustering"
        );
        let failure = family
            .build_embedding(&EmbedParams { truncate: Some("LEFT".into()), ..embed(&["q"]) })
            .unwrap_err();
        assert_eq!(
            failure.message,
            "--truncate LEFT is not valid for Cohere Embed: allowed NONE, START, END"
        );
        let failure =
            family.build_embedding(&EmbedParams { dimensions: Some(1024), ..embed(&["q"]) }).unwrap_err();
        assert_eq!(
            failure.message,
            "--dimensions is not supported by Cohere Embed (it takes --input-type, --truncate)"
        );
        let many = vec!["x"; 129];
        assert!(family.build_embedding(&embed(&many)).unwrap_err().message.contains("at most 128"));
        let long = "x".repeat(2049);
        assert_eq!(
            family.build_embedding(&embed(&["ok", &long])).unwrap_err().message,
            "text 2 is 2049 characters long: Cohere Embed takes at most 2048"
        );
        assert_eq!(family.build_embedding(&embed(&[])).unwrap_err().message, "there is no text to embed");
    }

    #[test]
    fn embed_response_is_read() {
        let body = json!({"embeddings": [[0.1, 0.2], [0.3, -0.4]], "id": "e", "response_type": "embeddings_floats", "texts": ["a", "b"]});
        assert_eq!(
            Family::CohereEmbed.extract_embeddings(&body).unwrap(),
            vec![vec![0.1, 0.2], vec![0.3, -0.4]]
        );
        let typed = json!({"embeddings": {"float": [[1.0]]}, "response_type": "embeddings_by_type"});
        assert_eq!(Family::CohereEmbed.extract_embeddings(&typed).unwrap(), vec![vec![1.0]]);
        assert_eq!(
            Family::CohereEmbed.extract_embeddings(&json!({"embeddings": [["x"]]})).unwrap_err().code,
            "invalid-response"
        );
    }
}
