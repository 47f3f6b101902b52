//! Search over ingested chunks: BM25 lexical ranking (HYBRID, the default), cosine similarity of
//! the emulator's deterministic embeddings (SEMANTIC), metadata filters as the service defines
//! them, and answers composed from the best sentences of the top chunks with citation spans.
//! Serves Retrieve and RetrieveAndGenerate, and the agents' knowledge-base lookups.

use std::collections::HashMap;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use serde_json::{Map, Value, json};

use super::super::errors::ServiceError;
use super::super::resources::{self, Answer, answer, body_object};
use super::super::{Emulator, Shared};
use super::find_knowledge_base;
use super::ingestion::{INDEX, searchable_documents};

/// Store collection of RetrieveAndGenerate sessions.
pub const SESSIONS: &str = "knowledge-sessions";

/// The service's answer when nothing relevant was found.
pub const NO_ANSWER: &str = "Sorry, I am unable to assist you with this request.";

const STOP_WORDS: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "by", "do", "does", "for", "from", "how", "i", "in", "is",
    "it", "me", "my", "of", "on", "or", "tell", "that", "the", "this", "to", "was", "what", "when", "where",
    "which", "who", "why", "with", "you", "your", "about", "can", "please",
];

/// Lower-case alphanumeric terms of a text, without stop words.
pub fn terms(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|term| !term.is_empty())
        .map(str::to_lowercase)
        .filter(|term| !STOP_WORDS.contains(&term.as_str()))
        .collect()
}

/// One chunk of the index.
#[derive(Debug, Clone)]
pub struct IndexedChunk {
    pub id: String,
    pub data_source_id: String,
    pub uri: String,
    pub searched: String,
    pub returned: String,
    pub metadata: Map<String, Value>,
}

/// A ranked chunk.
#[derive(Debug, Clone)]
pub struct Hit {
    pub chunk: IndexedChunk,
    pub score: f64,
    /// The BM25 part of the score (0 when no query term occurs in the chunk).
    pub lexical: f64,
}

impl Hit {
    /// The RetrievalResult / RetrievedReference wire shape.
    pub fn reference(&self, with_score: bool) -> Value {
        let mut metadata = self.chunk.metadata.clone();
        metadata.insert("x-amz-bedrock-kb-source-uri".into(), json!(self.chunk.uri));
        metadata.insert("x-amz-bedrock-kb-chunk-id".into(), json!(self.chunk.id));
        metadata.insert("x-amz-bedrock-kb-data-source-id".into(), json!(self.chunk.data_source_id));
        let mut value = json!({
            "content": {"text": self.chunk.returned, "type": "TEXT"},
            "location": {"type": "S3", "s3Location": {"uri": self.chunk.uri}},
            "metadata": metadata,
        });
        if with_score {
            value["score"] = json!((self.score * 1_000_000.0).round() / 1_000_000.0);
        }
        value
    }
}

/// Every searchable chunk of a knowledge base.
pub fn chunks(emulator: &Emulator, knowledge_base: &str) -> Vec<IndexedChunk> {
    let indexes =
        emulator.store.read(|state| resources::with_prefix(state, INDEX, &format!("{knowledge_base}/")));
    let mut chunks = Vec::new();
    for (key, index) in indexes {
        let data_source_id = key.rsplit('/').next().unwrap_or_default().to_string();
        for (uri, document) in searchable_documents(&index) {
            let metadata = document.get("metadata").and_then(Value::as_object).cloned().unwrap_or_default();
            for chunk in document.get("chunks").and_then(Value::as_array).into_iter().flatten() {
                let text = |key: &str| chunk.get(key).and_then(Value::as_str).unwrap_or_default().to_string();
                chunks.push(IndexedChunk {
                    id: text("id"),
                    data_source_id: data_source_id.clone(),
                    uri: uri.clone(),
                    searched: text("searched"),
                    returned: text("returned"),
                    metadata: metadata.clone(),
                });
            }
        }
    }
    chunks
}

/// BM25 scores (k1 = 1.2, b = 0.75) of each chunk for a query.
pub fn bm25(chunks: &[IndexedChunk], query: &str) -> Vec<f64> {
    let query_terms = terms(query);
    let documents: Vec<Vec<String>> = chunks.iter().map(|chunk| terms(&chunk.searched)).collect();
    let count = documents.len() as f64;
    if documents.is_empty() {
        return Vec::new();
    }
    let average = documents.iter().map(Vec::len).sum::<usize>() as f64 / count;
    let mut document_frequency: HashMap<&str, f64> = HashMap::new();
    for document in &documents {
        let mut seen: Vec<&str> = document.iter().map(String::as_str).collect();
        seen.sort_unstable();
        seen.dedup();
        for term in seen {
            *document_frequency.entry(term).or_insert(0.0) += 1.0;
        }
    }
    let (k1, b) = (1.2, 0.75);
    documents
        .iter()
        .map(|document| {
            let length = document.len() as f64;
            query_terms
                .iter()
                .map(|term| {
                    let frequency = document.iter().filter(|candidate| *candidate == term).count() as f64;
                    if frequency == 0.0 {
                        return 0.0;
                    }
                    let containing = document_frequency.get(term.as_str()).copied().unwrap_or(0.0);
                    let idf = ((count - containing + 0.5) / (containing + 0.5) + 1.0).ln();
                    idf * frequency * (k1 + 1.0)
                        / (frequency + k1 * (1.0 - b + b * length / average.max(1.0)))
                })
                .sum()
        })
        .collect()
}

fn cosine(query: &[f64], chunk: &[f64]) -> f64 {
    query.iter().zip(chunk).map(|(left, right)| left * right).sum::<f64>().max(0.0)
}

/// The search type of a request.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum SearchType {
    Hybrid,
    Semantic,
}

/// Rank chunks for a query: filtered, scored, best first, at most `limit`, only those that
/// match at all.
pub fn rank(
    chunks: Vec<IndexedChunk>,
    query: &str,
    search_type: SearchType,
    filter: Option<&Value>,
    limit: usize,
) -> Result<Vec<Hit>, ServiceError> {
    let mut kept = Vec::new();
    for chunk in chunks {
        let mut metadata = chunk.metadata.clone();
        metadata.insert("x-amz-bedrock-kb-source-uri".into(), json!(chunk.uri));
        metadata.insert("x-amz-bedrock-kb-data-source-id".into(), json!(chunk.data_source_id));
        if filter.map(|filter| matches(filter, &metadata, "filter")).transpose()?.unwrap_or(true) {
            kept.push(chunk);
        }
    }
    let lexical = bm25(&kept, query);
    let best = lexical.iter().copied().fold(0.0_f64, f64::max);
    let query_vector = super::super::runtime::embeddings::embed(query, 256, true);
    let mut hits: Vec<Hit> = kept
        .into_iter()
        .zip(lexical)
        .map(|(chunk, lexical)| {
            let semantic =
                cosine(&query_vector, &super::super::runtime::embeddings::embed(&chunk.searched, 256, true));
            let score = match search_type {
                SearchType::Semantic => semantic,
                SearchType::Hybrid => {
                    let normalised = if best > 0.0 { lexical / best } else { 0.0 };
                    0.8 * normalised + 0.2 * semantic
                }
            };
            Hit { chunk, score, lexical }
        })
        .filter(|hit| hit.lexical > 0.0 || (search_type == SearchType::Semantic && hit.score > 0.05))
        .collect();
    hits.sort_by(|left, right| {
        right.score.total_cmp(&left.score).then_with(|| left.chunk.id.cmp(&right.chunk.id))
    });
    // One chunk id once (hierarchical children of one parent keep only the best).
    let mut seen: Vec<String> = Vec::new();
    hits.retain(|hit| {
        let key = format!("{}\u{0}{}", hit.chunk.uri, hit.chunk.returned);
        if seen.contains(&key) {
            return false;
        }
        seen.push(key);
        true
    });
    hits.truncate(limit);
    Ok(hits)
}

fn compare(left: &Value, right: &Value) -> Option<std::cmp::Ordering> {
    match (left, right) {
        (Value::Number(left), Value::Number(right)) => left.as_f64()?.partial_cmp(&right.as_f64()?),
        (Value::String(left), Value::String(right)) => Some(left.cmp(right)),
        _ => None,
    }
}

/// Whether metadata satisfies a RetrievalFilter (equals, notEquals, greaterThan,
/// greaterThanOrEquals, lessThan, lessThanOrEquals, in, notIn, startsWith, listContains,
/// stringContains, andAll, orAll).
pub fn matches(filter: &Value, metadata: &Map<String, Value>, path: &str) -> Result<bool, ServiceError> {
    let Value::Object(object) = filter else {
        return Err(ServiceError::validation(format!("{path} must be an object")));
    };
    if object.len() != 1 {
        return Err(ServiceError::validation(format!(
            "{path} must set exactly one operator (equals, notEquals, greaterThan, greaterThanOrEquals, lessThan, lessThanOrEquals, in, notIn, startsWith, listContains, stringContains, andAll, orAll)"
        )));
    }
    let Some((operator, operand)) = object.iter().next() else {
        return Ok(true);
    };
    let path = format!("{path}.{operator}");
    if operator == "andAll" || operator == "orAll" {
        let parts = operand.as_array().filter(|parts| parts.len() >= 2).ok_or_else(|| {
            ServiceError::validation(format!("{path} must be a list of at least 2 filters"))
        })?;
        let mut results = Vec::new();
        for (index, part) in parts.iter().enumerate() {
            results.push(matches(part, metadata, &format!("{path}[{index}]"))?);
        }
        return Ok(if operator == "andAll" {
            results.iter().all(|r| *r)
        } else {
            results.iter().any(|r| *r)
        });
    }
    let key = operand
        .get("key")
        .and_then(Value::as_str)
        .ok_or_else(|| ServiceError::validation(format!("{path}.key is required")))?;
    let expected =
        operand.get("value").ok_or_else(|| ServiceError::validation(format!("{path}.value is required")))?;
    let actual = metadata.get(key);
    let ordering = actual.and_then(|actual| compare(actual, expected));
    Ok(match operator.as_str() {
        "equals" => actual == Some(expected),
        "notEquals" => actual != Some(expected),
        "greaterThan" => ordering == Some(std::cmp::Ordering::Greater),
        "greaterThanOrEquals" => {
            matches!(ordering, Some(std::cmp::Ordering::Greater | std::cmp::Ordering::Equal))
        }
        "lessThan" => ordering == Some(std::cmp::Ordering::Less),
        "lessThanOrEquals" => matches!(ordering, Some(std::cmp::Ordering::Less | std::cmp::Ordering::Equal)),
        "in" | "notIn" => {
            let list = expected
                .as_array()
                .ok_or_else(|| ServiceError::validation(format!("{path}.value must be a list")))?;
            let found = actual.is_some_and(|actual| list.contains(actual));
            if operator == "in" { found } else { !found }
        }
        "startsWith" => match (actual, expected) {
            (Some(Value::String(actual)), Value::String(prefix)) => actual.starts_with(prefix.as_str()),
            _ => false,
        },
        "stringContains" => match (actual, expected) {
            (Some(Value::String(actual)), Value::String(part)) => actual.contains(part.as_str()),
            (Some(Value::Array(items)), Value::String(part)) => {
                items.iter().any(|item| item.as_str().is_some_and(|item| item.contains(part.as_str())))
            }
            _ => false,
        },
        "listContains" => match actual {
            Some(Value::Array(items)) => items.contains(expected),
            _ => false,
        },
        other => {
            return Err(ServiceError::validation(format!("{path}: unknown filter operator {other}")));
        }
    })
}

/// The search settings of a `retrievalConfiguration`.
fn search_settings(
    configuration: Option<&Value>,
) -> Result<(usize, SearchType, Option<Value>), ServiceError> {
    let vector = configuration.and_then(|value| value.get("vectorSearchConfiguration"));
    let count = match vector.and_then(|value| value.get("numberOfResults")) {
        None => 5,
        Some(value) => match value.as_u64() {
            Some(count @ 1..=100) => count as usize,
            _ => {
                return Err(ServiceError::constraint(
                    &value.to_string(),
                    "retrievalConfiguration.vectorSearchConfiguration.numberOfResults",
                    "Member must have value between 1 and 100",
                ));
            }
        },
    };
    let search_type = match vector.and_then(|value| value.get("overrideSearchType")).and_then(Value::as_str) {
        None | Some("HYBRID") => SearchType::Hybrid,
        Some("SEMANTIC") => SearchType::Semantic,
        Some(other) => {
            return Err(ServiceError::constraint(
                other,
                "retrievalConfiguration.vectorSearchConfiguration.overrideSearchType",
                "Member must satisfy enum value set: [HYBRID, SEMANTIC]",
            ));
        }
    };
    let filter = vector.and_then(|value| value.get("filter")).cloned();
    Ok((count, search_type, filter))
}

/// POST /knowledgebases/{id}/retrieve (Retrieve)
pub async fn retrieve(State(emulator): State<Shared>, Path(kb): Path<String>, body: Bytes) -> Answer {
    let body = body_object(&body)?;
    let query = body
        .get("retrievalQuery")
        .and_then(|query| query.get("text"))
        .and_then(Value::as_str)
        .ok_or_else(|| ServiceError::validation("retrievalQuery.text is required"))?;
    if query.trim().is_empty() {
        return Err(ServiceError::constraint(
            query,
            "retrievalQuery.text",
            "Member must have length greater than or equal to 1",
        ));
    }
    emulator.store.read(|state| find_knowledge_base(state, &kb))?;
    let (count, search_type, filter) = search_settings(body.get("retrievalConfiguration"))?;
    let hits = rank(chunks(&emulator, &kb), query, search_type, filter.as_ref(), count)?;
    let results: Vec<Value> = hits.iter().map(|hit| hit.reference(true)).collect();
    answer(StatusCode::OK, json!({"retrievalResults": results}))
}

/// A generated answer with the chunks each part cites.
#[derive(Debug, Clone)]
pub struct Composed {
    pub text: String,
    /// Per cited part: the span (start, inclusive end, in characters) and the hits it cites.
    pub citations: Vec<(usize, usize, Vec<Hit>)>,
}

impl Composed {
    /// The `citations` list of RetrieveAndGenerate / an agent's attribution.
    pub fn citations_wire(&self) -> Vec<Value> {
        self.citations
            .iter()
            .map(|(start, end, hits)| {
                let text: String = self.text.chars().skip(*start).take(end + 1 - start).collect();
                json!({
                    "generatedResponsePart": {"textResponsePart": {"text": text, "span": {"start": start, "end": end}}},
                    "retrievedReferences": hits.iter().map(|hit| hit.reference(false)).collect::<Vec<_>>(),
                })
            })
            .collect()
    }
}

/// The sentence of a chunk that shares the most terms with the query.
fn best_sentence(chunk: &str, query: &str) -> Option<String> {
    let wanted = terms(query);
    super::chunking::sentences(chunk)
        .into_iter()
        .map(|sentence| {
            let sentence_terms = terms(&sentence);
            let overlap = wanted.iter().filter(|term| sentence_terms.contains(term)).count();
            (overlap, sentence)
        })
        .filter(|(overlap, _)| *overlap > 0)
        .max_by_key(|(overlap, sentence)| (*overlap, std::cmp::Reverse(sentence.len())))
        .map(|(_, sentence)| sentence)
}

/// Compose an answer from the best sentences of the top hits (at most three parts), each part
/// citing the hit it came from.
pub fn compose(query: &str, hits: &[Hit]) -> Composed {
    let mut text = String::new();
    let mut citations = Vec::new();
    let top = hits.first().map(|hit| hit.score).unwrap_or(0.0);
    for hit in hits.iter().filter(|hit| hit.lexical > 0.0 && hit.score >= top * 0.5).take(3) {
        let Some(sentence) = best_sentence(&hit.chunk.returned, query) else { continue };
        if text.contains(&sentence) {
            continue;
        }
        if !text.is_empty() {
            text.push(' ');
        }
        let start = text.chars().count();
        text.push_str(&sentence);
        let end = text.chars().count() - 1;
        citations.push((start, end, vec![hit.clone()]));
    }
    if text.is_empty() {
        text = NO_ANSWER.to_string();
    }
    Composed { text, citations }
}

/// POST /retrieveAndGenerate (RetrieveAndGenerate, knowledge-base configuration)
pub async fn retrieve_and_generate(State(emulator): State<Shared>, body: Bytes) -> Answer {
    let body = body_object(&body)?;
    let (session_id, composed) = generate(&emulator, &body)?;
    answer(
        StatusCode::OK,
        json!({
            "sessionId": session_id,
            "output": {"text": composed.text},
            "citations": composed.citations_wire(),
        }),
    )
}

/// What RetrieveAndGenerate and RetrieveAndGenerateStream share: the request checked, the
/// knowledge base searched, the answer composed and recorded in the session; the session id and
/// the answer.
pub fn generate(emulator: &Emulator, body: &Map<String, Value>) -> Result<(String, Composed), ServiceError> {
    let query = body
        .get("input")
        .and_then(|input| input.get("text"))
        .and_then(Value::as_str)
        .ok_or_else(|| ServiceError::validation("input.text is required"))?
        .to_string();
    let configuration = body
        .get("retrieveAndGenerateConfiguration")
        .ok_or_else(|| ServiceError::validation("retrieveAndGenerateConfiguration is required"))?;
    match configuration.get("type").and_then(Value::as_str) {
        Some("KNOWLEDGE_BASE") => {}
        Some("EXTERNAL_SOURCES") => {
            return Err(ServiceError::validation(
                "The bedrock emulator serves KNOWLEDGE_BASE configurations only",
            ));
        }
        other => {
            return Err(ServiceError::constraint(
                other.unwrap_or("null"),
                "retrieveAndGenerateConfiguration.type",
                "Member must satisfy enum value set: [KNOWLEDGE_BASE, EXTERNAL_SOURCES]",
            ));
        }
    }
    let knowledge = configuration.get("knowledgeBaseConfiguration").ok_or_else(|| {
        ServiceError::validation("retrieveAndGenerateConfiguration.knowledgeBaseConfiguration is required")
    })?;
    let kb = knowledge.get("knowledgeBaseId").and_then(Value::as_str).unwrap_or_default().to_string();
    let model = knowledge.get("modelArn").and_then(Value::as_str).unwrap_or_default();
    super::super::runtime::resolve_model(emulator, model)?;
    if let Some(template) = knowledge
        .pointer("/generationConfiguration/promptTemplate/textPromptTemplate")
        .and_then(Value::as_str)
        && !template.contains("$search_results$")
    {
        return Err(ServiceError::validation(
            "The prompt template must contain the $search_results$ placeholder.",
        ));
    }
    emulator.store.read(|state| find_knowledge_base(state, &kb))?;
    let requested_session = body.get("sessionId").and_then(Value::as_str).map(str::to_string);
    let session = match &requested_session {
        Some(id) => {
            Some(emulator.store.read(|state| resources::get(state, SESSIONS, id)).ok_or_else(|| {
                ServiceError::validation(format!(
                    "Session with Id {id} is not valid. Please check and try again."
                ))
            })?)
        }
        None => None,
    };
    let (count, search_type, filter) = search_settings(knowledge.get("retrievalConfiguration"))?;
    let available = chunks(emulator, &kb);
    let mut hits = rank(available.clone(), &query, search_type, filter.as_ref(), count)?;
    // A follow-up that finds nothing on its own is read with the session's previous question.
    if hits.is_empty()
        && let Some(previous) = session
            .as_ref()
            .and_then(|session| session.get("turns"))
            .and_then(Value::as_array)
            .and_then(|turns| turns.last())
            .and_then(|turn| turn.get("question"))
            .and_then(Value::as_str)
    {
        hits = rank(available, &format!("{previous} {query}"), search_type, filter.as_ref(), count)?;
    }
    let composed = compose(&query, &hits);
    let session_id = requested_session.unwrap_or_else(|| {
        super::super::runtime::text_models::uuid_from(super::super::runtime::generation::hash_text(&format!(
            "{query}{}",
            super::super::clock::now_millis()
        )))
    });
    emulator
        .store
        .update(|state| {
            let mut session = resources::get(state, SESSIONS, &session_id)
                .unwrap_or_else(|| json!({"knowledgeBaseId": kb, "createdAt": super::super::clock::now_timestamp(), "turns": []}));
            if let Some(turns) = session.get_mut("turns").and_then(Value::as_array_mut) {
                turns.push(json!({"question": query, "answer": composed.text}));
            }
            resources::put(state, SESSIONS, &session_id, session);
        })
        .map_err(resources::store_failure)?;
    Ok((session_id, composed))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chunk(id: &str, text: &str, metadata: Value) -> IndexedChunk {
        IndexedChunk {
            id: id.into(),
            data_source_id: "DS".into(),
            uri: format!("s3://b/{id}.txt"),
            searched: text.into(),
            returned: text.into(),
            metadata: metadata.as_object().cloned().unwrap_or_default(),
        }
    }

    #[test]
    fn bm25_ranks_the_document_holding_the_fact_first() {
        let chunks = vec![
            chunk("a", "The office is open on weekdays. Parking is free.", json!({})),
            chunk("b", "The secret launch code of project Zephyr is 4471. Zephyr ships in May.", json!({})),
            chunk("c", "Lunch is served at noon in the office.", json!({})),
        ];
        let hits = rank(chunks, "What is the launch code of Zephyr?", SearchType::Hybrid, None, 5).unwrap();
        assert_eq!(hits[0].chunk.id, "b");
        assert!(hits.iter().all(|hit| hit.lexical > 0.0));
        let composed = compose("What is the launch code of Zephyr?", &hits);
        assert!(composed.text.contains("4471"), "{}", composed.text);
        let (start, end, cited) = &composed.citations[0];
        let span: String = composed.text.chars().skip(*start).take(end + 1 - start).collect();
        assert!(span.contains("4471"));
        assert_eq!(cited[0].chunk.id, "b");
    }

    #[test]
    fn filters_follow_the_service_operators() {
        let metadata = json!({"year": 2024, "team": "ops", "tags": ["a", "b"]});
        let metadata = metadata.as_object().unwrap();
        let check = |filter: Value| matches(&filter, metadata, "filter").unwrap();
        assert!(check(json!({"equals": {"key": "team", "value": "ops"}})));
        assert!(!check(json!({"notEquals": {"key": "team", "value": "ops"}})));
        assert!(check(json!({"greaterThan": {"key": "year", "value": 2020}})));
        assert!(check(json!({"in": {"key": "team", "value": ["ops", "dev"]}})));
        assert!(check(json!({"listContains": {"key": "tags", "value": "b"}})));
        assert!(check(
            json!({"andAll": [{"startsWith": {"key": "team", "value": "o"}}, {"lessThanOrEquals": {"key": "year", "value": 2024}}]})
        ));
        assert!(!check(
            json!({"orAll": [{"equals": {"key": "team", "value": "x"}}, {"equals": {"key": "year", "value": 1}}]})
        ));
        assert!(matches(&json!({"fuzzy": {"key": "a", "value": 1}}), metadata, "filter").is_err());
        assert!(
            matches(&json!({"andAll": [{"equals": {"key": "a", "value": 1}}]}), metadata, "filter").is_err()
        );
    }

    #[test]
    fn nothing_relevant_gives_the_service_refusal() {
        assert_eq!(compose("anything", &[]).text, NO_ANSWER);
    }
}
