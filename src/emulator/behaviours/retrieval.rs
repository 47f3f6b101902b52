//! Rerank: the sources scored against the query by the emulator's retrieval scorer (BM25, as
//! `Retrieve` scores chunks), best first, with each source's index in the request — so a test can
//! tell which sources a reranker puts first. RetrieveAndGenerateStream: RetrieveAndGenerate's
//! answer as an event stream, the text in `output` events and each cited part followed by its
//! `citation` event.

use serde_json::{Map, Value, json};

use super::Answer;
use crate::emulator::errors::ServiceError;
use crate::emulator::knowledge::search::{Composed, IndexedChunk, bm25, generate};
use crate::emulator::runtime::event_stream;
use crate::emulator::store::Call;

/// How many words an `output` event of RetrieveAndGenerateStream carries at most.
const WORDS_PER_EVENT: usize = 4;

/// `output` events for a piece of the answer, a few words each (the spaces kept).
fn output_events(text: &str, events: &mut Vec<(&'static str, Value)>) {
    let words: Vec<&str> = text.split_inclusive(' ').collect();
    for piece in words.chunks(WORDS_PER_EVENT) {
        events.push(("output", json!({"text": piece.concat()})));
    }
}

/// The events of a streamed answer: the text up to the end of each cited part, then that part's
/// citation; then whatever text follows the last citation.
fn answer_events(composed: &Composed) -> Vec<(&'static str, Value)> {
    let characters: Vec<char> = composed.text.chars().collect();
    let mut events = Vec::new();
    let mut position = 0;
    for ((_, end, _), citation) in composed.citations.iter().zip(composed.citations_wire()) {
        let end = (*end + 1).min(characters.len());
        if end > position {
            output_events(&characters[position..end].iter().collect::<String>(), &mut events);
            position = end;
        }
        events.push(("citation", citation));
    }
    if position < characters.len() {
        output_events(&characters[position..].iter().collect::<String>(), &mut events);
    }
    events
}

/// RetrieveAndGenerateStream (bedrock-agent-runtime): the session id in its header, the answer
/// and its citations as events.
pub fn retrieve_and_generate_stream(call: &Call) -> Result<Answer, ServiceError> {
    let (session_id, composed) = generate(call.emulator, &call.input)?;
    let events = answer_events(&composed);
    Ok(Answer::Response(event_stream::frames_response(
        event_stream::Events(events.into_iter()),
        call.stream_fault(),
        "dependencyFailedException",
        &[("x-amzn-bedrock-knowledge-base-session-id", session_id)],
    )))
}

/// The text a source is scored by: a text document's text, a JSON document as JSON.
fn source_text(source: &Value) -> String {
    let document = &source["inlineDocumentSource"];
    match document.get("type").and_then(Value::as_str) {
        Some("JSON") => document.get("jsonDocument").map(Value::to_string).unwrap_or_default(),
        _ => document["textDocument"]["text"].as_str().unwrap_or_default().to_string(),
    }
}

/// Rerank (bedrock-agent-runtime): results sorted by relevance, at most `numberOfResults`.
pub fn rerank(call: &Call) -> Result<Answer, ServiceError> {
    let configuration = &call.input.get("rerankingConfiguration").cloned().unwrap_or_default()["bedrockRerankingConfiguration"];
    let model_arn = configuration["modelConfiguration"]["modelArn"].as_str().unwrap_or_default();
    let is_reranker = call
        .emulator
        .catalog
        .model(model_arn)
        .and_then(|model| model.get("modelId").and_then(Value::as_str))
        .is_some_and(|id| id.contains(".rerank-"));
    if !is_reranker {
        return Err(ServiceError::validation(format!(
            "The model {model_arn} is not a reranking model, or is not available in this region."
        )));
    }
    let sources = call.input.get("sources").and_then(Value::as_array).cloned().unwrap_or_default();
    let query = call
        .input
        .get("queries")
        .and_then(Value::as_array)
        .and_then(|queries| queries.first())
        .and_then(|query| query["textQuery"]["text"].as_str())
        .unwrap_or_default()
        .to_string();
    let limit = match configuration.get("numberOfResults").and_then(Value::as_u64) {
        Some(count) if count as usize > sources.len() => {
            return Err(ServiceError::validation(format!(
                "numberOfResults ({count}) must not be greater than the number of sources ({}).",
                sources.len()
            )));
        }
        Some(count) => count as usize,
        None => sources.len(),
    };
    let chunks: Vec<IndexedChunk> = sources
        .iter()
        .enumerate()
        .map(|(index, source)| IndexedChunk {
            id: index.to_string(),
            data_source_id: String::new(),
            uri: String::new(),
            searched: source_text(source),
            returned: String::new(),
            metadata: Map::new(),
        })
        .collect();
    let scores = bm25(&chunks, &query);
    let mut order: Vec<usize> = (0..sources.len()).collect();
    // Best first; equal scores keep the request's order.
    order.sort_by(|left, right| scores[*right].total_cmp(&scores[*left]).then(left.cmp(right)));
    let results: Vec<Value> = order
        .into_iter()
        .take(limit)
        .map(|index| {
            // A relevance in [0, 1): BM25 squashed, so any positive match outranks none.
            let relevance = scores[index] / (scores[index] + 1.0);
            json!({
                "index": index,
                "relevanceScore": (relevance * 1_000_000.0).round() / 1_000_000.0,
                "document": sources[index]["inlineDocumentSource"],
            })
        })
        .collect();
    Ok(Answer::Document(json!({ "results": results })))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_cited_part_is_followed_by_its_citation() {
        let composed = Composed {
            text: "Zephyr ships in May. The code is 4471. More to come".into(),
            citations: vec![(0, 19, Vec::new()), (21, 37, Vec::new())],
        };
        let events = answer_events(&composed);
        let kinds: Vec<&str> = events.iter().map(|(kind, _)| *kind).collect();
        let first_citation = kinds.iter().position(|kind| *kind == "citation").unwrap();
        let text_before: String =
            events[..first_citation].iter().map(|(_, event)| event["text"].as_str().unwrap()).collect();
        assert_eq!(text_before, "Zephyr ships in May.");
        assert_eq!(kinds.iter().filter(|kind| **kind == "citation").count(), 2);
        let all_text: String = events
            .iter()
            .filter(|(kind, _)| *kind == "output")
            .map(|(_, event)| event["text"].as_str().unwrap())
            .collect();
        assert_eq!(all_text, composed.text);
        assert_eq!(kinds.last(), Some(&"output"));
        assert_eq!(
            events[first_citation].1["generatedResponsePart"]["textResponsePart"]["text"],
            "Zephyr ships in May."
        );
    }
}
