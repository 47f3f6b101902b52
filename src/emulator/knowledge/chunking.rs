//! Chunking strategies of a data source's vector ingestion configuration, applied to a
//! document's text: FIXED_SIZE (max tokens with an overlap percentage), HIERARCHICAL (parent and
//! child levels with overlap tokens; children are searched, parents returned), SEMANTIC
//! (sentences grouped until a similarity breakpoint or max tokens) and NONE (the whole document).
//! A token is a whitespace-separated word.

use serde_json::Value;

/// One chunk: the text searched, and the text returned for it (the parent for hierarchical).
#[derive(Debug, Clone, PartialEq)]
pub struct Chunk {
    pub searched: String,
    pub returned: String,
}

/// The chunking strategy with its parameters.
#[derive(Debug, Clone, PartialEq)]
pub enum Strategy {
    FixedSize { max_tokens: usize, overlap_percentage: usize },
    Hierarchical { parent_tokens: usize, child_tokens: usize, overlap_tokens: usize },
    Semantic { max_tokens: usize, buffer_size: usize, breakpoint_percentile: usize },
    None,
}

/// The service's default: fixed size, 300 tokens, 20 % overlap.
pub const DEFAULT: Strategy = Strategy::FixedSize { max_tokens: 300, overlap_percentage: 20 };

fn number(value: &Value, key: &str) -> Option<usize> {
    value.get(key).and_then(Value::as_u64).map(|number| number as usize)
}

fn require(value: Option<usize>, field: &str, low: usize, high: usize) -> Result<usize, String> {
    match value {
        None => Err(format!("{field} is required")),
        Some(number) if number < low || number > high => Err(format!(
            "Value '{number}' at '{field}' failed to satisfy constraint: Member must be between {low} and {high}"
        )),
        Some(number) => Ok(number),
    }
}

/// Read `vectorIngestionConfiguration.chunkingConfiguration`; errors use the service's field paths.
pub fn strategy(configuration: Option<&Value>) -> Result<Strategy, String> {
    let Some(configuration) = configuration else {
        return Ok(DEFAULT);
    };
    let base = "vectorIngestionConfiguration.chunkingConfiguration";
    match configuration.get("chunkingStrategy").and_then(Value::as_str) {
        Some("FIXED_SIZE") => {
            let fixed = configuration.get("fixedSizeChunkingConfiguration").ok_or_else(|| {
                format!(
                    "{base}.fixedSizeChunkingConfiguration is required for the FIXED_SIZE chunking strategy"
                )
            })?;
            let prefix = format!("{base}.fixedSizeChunkingConfiguration");
            Ok(Strategy::FixedSize {
                max_tokens: require(number(fixed, "maxTokens"), &format!("{prefix}.maxTokens"), 1, 8192)?,
                overlap_percentage: require(
                    number(fixed, "overlapPercentage"),
                    &format!("{prefix}.overlapPercentage"),
                    1,
                    99,
                )?,
            })
        }
        Some("HIERARCHICAL") => {
            let prefix = format!("{base}.hierarchicalChunkingConfiguration");
            let hierarchical = configuration
                .get("hierarchicalChunkingConfiguration")
                .ok_or_else(|| format!("{prefix} is required for the HIERARCHICAL chunking strategy"))?;
            let levels = hierarchical
                .get("levelConfigurations")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            if levels.len() != 2 {
                return Err(format!(
                    "{prefix}.levelConfigurations must have exactly 2 levels (parent, child)"
                ));
            }
            let parent_tokens = require(
                number(&levels[0], "maxTokens"),
                &format!("{prefix}.levelConfigurations[0].maxTokens"),
                1,
                8192,
            )?;
            let child_tokens = require(
                number(&levels[1], "maxTokens"),
                &format!("{prefix}.levelConfigurations[1].maxTokens"),
                1,
                8192,
            )?;
            if child_tokens > parent_tokens {
                return Err(format!(
                    "{prefix}: the child level's maxTokens must not exceed the parent level's"
                ));
            }
            let overlap_tokens =
                require(number(hierarchical, "overlapTokens"), &format!("{prefix}.overlapTokens"), 1, 8192)?;
            Ok(Strategy::Hierarchical { parent_tokens, child_tokens, overlap_tokens })
        }
        Some("SEMANTIC") => {
            let prefix = format!("{base}.semanticChunkingConfiguration");
            let semantic = configuration
                .get("semanticChunkingConfiguration")
                .ok_or_else(|| format!("{prefix} is required for the SEMANTIC chunking strategy"))?;
            Ok(Strategy::Semantic {
                max_tokens: require(number(semantic, "maxTokens"), &format!("{prefix}.maxTokens"), 1, 8192)?,
                buffer_size: require(number(semantic, "bufferSize"), &format!("{prefix}.bufferSize"), 0, 1)?,
                breakpoint_percentile: require(
                    number(semantic, "breakpointPercentileThreshold"),
                    &format!("{prefix}.breakpointPercentileThreshold"),
                    50,
                    99,
                )?,
            })
        }
        Some("NONE") => Ok(Strategy::None),
        Some(other) => Err(format!(
            "Value '{other}' at '{base}.chunkingStrategy' failed to satisfy constraint: Member must satisfy enum value set: [FIXED_SIZE, NONE, HIERARCHICAL, SEMANTIC]"
        )),
        None => Err(format!("{base}.chunkingStrategy is required")),
    }
}

/// Windows of `size` words advancing by `size - overlap`.
fn windows(words: &[&str], size: usize, overlap: usize) -> Vec<String> {
    let size = size.max(1);
    let step = size.saturating_sub(overlap).max(1);
    let mut chunks = Vec::new();
    let mut start = 0;
    while start < words.len() {
        let end = (start + size).min(words.len());
        chunks.push(words[start..end].join(" "));
        if end == words.len() {
            break;
        }
        start += step;
    }
    chunks
}

/// Split text into sentences (after `.`, `!`, `?` or a blank line).
pub fn sentences(text: &str) -> Vec<String> {
    let mut sentences = Vec::new();
    let mut current = String::new();
    for paragraph in text.split("\n\n") {
        for word in paragraph.split_whitespace() {
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(word);
            if word.ends_with(['.', '!', '?']) {
                sentences.push(std::mem::take(&mut current));
            }
        }
        if !current.is_empty() {
            sentences.push(std::mem::take(&mut current));
        }
    }
    sentences
}

fn term_set(text: &str) -> std::collections::BTreeSet<String> {
    super::search::terms(text).into_iter().collect()
}

/// Jaccard distance between two texts' terms.
fn distance(left: &str, right: &str) -> f64 {
    let (left, right) = (term_set(left), term_set(right));
    let union = left.union(&right).count();
    if union == 0 {
        return 0.0;
    }
    1.0 - left.intersection(&right).count() as f64 / union as f64
}

fn semantic(text: &str, max_tokens: usize, buffer_size: usize, percentile: usize) -> Vec<String> {
    let sentences = sentences(text);
    if sentences.is_empty() {
        return Vec::new();
    }
    // Each sentence is compared with its neighbours within the buffer.
    let windowed: Vec<String> = (0..sentences.len())
        .map(|index| {
            let low = index.saturating_sub(buffer_size);
            let high = (index + buffer_size + 1).min(sentences.len());
            sentences[low..high].join(" ")
        })
        .collect();
    let distances: Vec<f64> = windowed.windows(2).map(|pair| distance(&pair[0], &pair[1])).collect();
    let mut sorted = distances.clone();
    sorted.sort_by(|left, right| left.total_cmp(right));
    let threshold = if sorted.is_empty() {
        f64::INFINITY
    } else {
        let position = ((percentile as f64 / 100.0) * (sorted.len() - 1) as f64).round() as usize;
        sorted[position.min(sorted.len() - 1)]
    };
    let mut chunks = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for (index, sentence) in sentences.iter().enumerate() {
        let words = sentence.split_whitespace().count();
        let current_words: usize = current.iter().map(|part| part.split_whitespace().count()).sum();
        let breakpoint = index > 0 && distances[index - 1] >= threshold && distances[index - 1] > 0.0;
        if !current.is_empty() && (breakpoint || current_words + words > max_tokens) {
            chunks.push(current.join(" "));
            current.clear();
        }
        current.push(sentence);
    }
    if !current.is_empty() {
        chunks.push(current.join(" "));
    }
    // A single sentence longer than max tokens is cut into windows.
    chunks
        .into_iter()
        .flat_map(|chunk| {
            let words: Vec<&str> = chunk.split_whitespace().collect();
            if words.len() > max_tokens { windows(&words, max_tokens, 0) } else { vec![chunk] }
        })
        .collect()
}

/// Chunk a document's text with a strategy.
pub fn chunk(text: &str, strategy: &Strategy) -> Vec<Chunk> {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.is_empty() {
        return Vec::new();
    }
    let same = |text: String| Chunk { searched: text.clone(), returned: text };
    match strategy {
        Strategy::None => vec![same(words.join(" "))],
        Strategy::FixedSize { max_tokens, overlap_percentage } => {
            let overlap = max_tokens * overlap_percentage / 100;
            windows(&words, *max_tokens, overlap).into_iter().map(same).collect()
        }
        Strategy::Hierarchical { parent_tokens, child_tokens, overlap_tokens } => {
            let mut chunks = Vec::new();
            for parent in windows(&words, *parent_tokens, *overlap_tokens) {
                let parent_words: Vec<&str> = parent.split_whitespace().collect();
                let child_overlap = (*overlap_tokens).min(child_tokens.saturating_sub(1));
                for child in windows(&parent_words, *child_tokens, child_overlap) {
                    chunks.push(Chunk { searched: child, returned: parent.clone() });
                }
            }
            chunks
        }
        Strategy::Semantic { max_tokens, buffer_size, breakpoint_percentile } => {
            semantic(text, *max_tokens, *buffer_size, *breakpoint_percentile).into_iter().map(same).collect()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn text(words: usize) -> String {
        (0..words).map(|index| format!("w{index}")).collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn fixed_size_windows_overlap() {
        let chunks = chunk(&text(10), &Strategy::FixedSize { max_tokens: 4, overlap_percentage: 50 });
        let texts: Vec<&str> = chunks.iter().map(|chunk| chunk.searched.as_str()).collect();
        assert_eq!(texts, ["w0 w1 w2 w3", "w2 w3 w4 w5", "w4 w5 w6 w7", "w6 w7 w8 w9"]);
    }

    #[test]
    fn none_keeps_the_document_and_hierarchical_returns_parents() {
        assert_eq!(chunk(&text(7), &Strategy::None).len(), 1);
        let chunks =
            chunk(&text(8), &Strategy::Hierarchical { parent_tokens: 8, child_tokens: 4, overlap_tokens: 1 });
        assert!(chunks.len() >= 2);
        assert!(chunks.iter().all(|chunk| chunk.returned == text(8)));
        assert_eq!(chunks[0].searched, "w0 w1 w2 w3");
    }

    #[test]
    fn semantic_breaks_between_topics() {
        let document = "Cats purr softly. Cats purr loudly at night. Rockets launch fuel into orbit. Rockets burn fuel fast.";
        let chunks = chunk(
            document,
            &Strategy::Semantic { max_tokens: 100, buffer_size: 0, breakpoint_percentile: 90 },
        );
        assert_eq!(chunks.len(), 2, "{chunks:?}");
        assert!(chunks[0].searched.starts_with("Cats") && chunks[1].searched.starts_with("Rockets"));
    }

    #[test]
    fn configurations_are_validated_with_field_paths() {
        assert_eq!(strategy(None).unwrap(), DEFAULT);
        let fixed = json!({"chunkingStrategy": "FIXED_SIZE", "fixedSizeChunkingConfiguration": {"maxTokens": 100, "overlapPercentage": 10}});
        assert_eq!(
            strategy(Some(&fixed)).unwrap(),
            Strategy::FixedSize { max_tokens: 100, overlap_percentage: 10 }
        );
        let bad = json!({"chunkingStrategy": "FIXED_SIZE", "fixedSizeChunkingConfiguration": {"maxTokens": 100, "overlapPercentage": 0}});
        assert!(strategy(Some(&bad)).unwrap_err().contains("overlapPercentage"));
        let unknown = json!({"chunkingStrategy": "FANCY"});
        assert!(strategy(Some(&unknown)).unwrap_err().contains("enum value set"));
    }
}
