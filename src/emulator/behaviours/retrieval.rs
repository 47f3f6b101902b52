//! Rerank: the sources scored against the query by the emulator's retrieval scorer (BM25, as
//! `Retrieve` scores chunks), best first, with each source's index in the request — so a test can
//! tell which sources a reranker puts first.

use serde_json::{Map, Value, json};

use super::Answer;
use crate::emulator::errors::ServiceError;
use crate::emulator::knowledge::search::{IndexedChunk, bm25};
use crate::emulator::store::Call;

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
