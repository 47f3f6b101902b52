//! Deterministic text generation for the emulated models: the same prompt always yields the same
//! words, one token per word, honouring max tokens and stop sequences, so tests can assert exact
//! output without a real model.
//!
//! The rules (the CLI's tests rely on them):
//! - The *focus text* is the last user turn: for chat bodies the last user message's text blocks
//!   joined by a newline; for raw prompts the text inside the family's template (after the last
//!   `Human:`, `User:`, `[INST]` or Llama 3 user header, up to the assistant marker), trimmed.
//! - The answer is sentences of seven words (adjective noun verb preposition "the" adjective
//!   noun, the noun ending in "."), chosen by hashing the focus text and the word's position.
//!   Its first words are the focus text's key words (up to three words that are not stop words
//!   or numbers, stripped of punctuation, first letter of the answer capitalised).
//! - Natural length: `7 × (2 + hash % 3)` words (14, 21 or 28), or N words when the focus text
//!   asks for "N words" / "N tokens"; the last word of a natural end carries a full stop.
//! - Pieces (tokens, stream chunks) are the words, every one after the first with a leading
//!   space, so the pieces concatenate to the words joined by single spaces.
//! - At most `max tokens` pieces are produced; a stop sequence cuts the text just before its
//!   first occurrence (the cut piece is kept when non-empty).
//! - Input tokens are the whitespace-separated words of everything the model reads.

use super::super::faults::mix;

/// Words a generated answer never echoes from the prompt.
const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "all",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "been",
    "being",
    "brief",
    "but",
    "by",
    "call",
    "can",
    "could",
    "describe",
    "did",
    "do",
    "does",
    "explain",
    "for",
    "from",
    "give",
    "had",
    "has",
    "have",
    "he",
    "her",
    "him",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "let",
    "list",
    "make",
    "may",
    "me",
    "might",
    "must",
    "my",
    "no",
    "not",
    "of",
    "on",
    "or",
    "our",
    "over",
    "please",
    "say",
    "sentence",
    "sentences",
    "shall",
    "she",
    "short",
    "should",
    "show",
    "so",
    "some",
    "tell",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "these",
    "they",
    "this",
    "those",
    "to",
    "token",
    "tokens",
    "tool",
    "us",
    "use",
    "using",
    "under",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "word",
    "words",
    "would",
    "write",
    "yes",
    "you",
    "your",
];

const ADJECTIVES: &[&str] = &[
    "bright", "quiet", "gentle", "steady", "golden", "silver", "distant", "ancient", "careful", "curious",
    "patient", "vivid", "calm", "clever", "humble", "honest",
];
const NOUNS: &[&str] = &[
    "rivers",
    "mountains",
    "engineers",
    "gardens",
    "lanterns",
    "bridges",
    "stories",
    "signals",
    "harbors",
    "forests",
    "letters",
    "machines",
    "meadows",
    "compasses",
    "islands",
    "orchards",
];
const VERBS: &[&str] = &[
    "carry", "follow", "shape", "guide", "gather", "measure", "answer", "remember", "build", "explore",
    "balance", "welcome", "describe", "connect", "protect", "reveal",
];
const PREPOSITIONS: &[&str] =
    &["across", "beyond", "beneath", "around", "toward", "through", "along", "within"];

/// Words per generated sentence.
pub const SENTENCE_LENGTH: usize = 7;

/// The most words one answer may have, whatever the prompt or max tokens ask for.
pub const MAXIMUM_WORDS: u64 = 1_000_000;

/// The most key words echoed from the prompt.
const MAXIMUM_KEY_WORDS: usize = 3;

/// FNV-1a over a text, finished with SplitMix64: a stable 64-bit hash (not std's, which may change).
pub fn hash_text(text: &str) -> u64 {
    hash_bytes(text.as_bytes())
}

/// FNV-1a over bytes, finished with SplitMix64.
pub fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in bytes {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    mix(hash)
}

/// Input tokens: whitespace-separated words.
pub fn count_words(text: &str) -> u64 {
    text.split_whitespace().count() as u64
}

/// How generation must end at the latest.
#[derive(Debug, Clone, PartialEq)]
pub struct Limits {
    pub max_tokens: u64,
    pub stop_sequences: Vec<String>,
}

impl Limits {
    pub fn new(max_tokens: u64, stop_sequences: Vec<String>) -> Self {
        Limits { max_tokens, stop_sequences }
    }
}

/// Why generation ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finish {
    /// The answer was complete.
    Natural,
    /// Max tokens was reached first.
    MaxTokens,
    /// A stop sequence was produced; the text ends just before it.
    StopSequence(String),
}

/// A generated answer as the pieces a stream sends.
#[derive(Debug, Clone, PartialEq)]
pub struct Generated {
    pub pieces: Vec<String>,
    pub finish: Finish,
}

impl Generated {
    pub fn text(&self) -> String {
        self.pieces.concat()
    }

    pub fn output_tokens(&self) -> u64 {
        self.pieces.len() as u64
    }
}

/// The text a raw prompt asks about, without the family's chat template.
pub fn focus_of_prompt(prompt: &str) -> String {
    let without_system = remove_between(prompt, "<<SYS>>", "<</SYS>>");
    let llama_user = "<|start_header_id|>user<|end_header_id|>";
    let focus = if let Some(after) = last_after(&without_system, llama_user) {
        before_any(after, &["<|eot_id|>", "<|start_header_id|>"])
    } else if let Some(after) = last_after(&without_system, "<｜User｜>") {
        // DeepSeek-R1's template (full-width bars).
        before_any(after, &["<｜Assistant｜>", "<｜end▁of▁sentence｜>"])
    } else if let Some(after) = last_after(&without_system, "[INST]") {
        before_any(after, &["[/INST]"])
    } else if let Some(after) = last_after(&without_system, "Human:") {
        before_any(after, &["Assistant:"])
    } else if let Some(after) = last_after(&without_system, "User:") {
        before_any(after, &["Bot:", "Assistant:"])
    } else {
        without_system.as_str()
    };
    strip_template_tokens(focus).trim().to_string()
}

fn last_after<'a>(text: &'a str, marker: &str) -> Option<&'a str> {
    text.rfind(marker).map(|index| &text[index + marker.len()..])
}

fn before_any<'a>(text: &'a str, markers: &[&str]) -> &'a str {
    let end = markers.iter().filter_map(|marker| text.find(marker)).min().unwrap_or(text.len());
    &text[..end]
}

fn remove_between(text: &str, open: &str, close: &str) -> String {
    match (text.find(open), text.find(close)) {
        (Some(start), Some(end)) if end > start => {
            format!("{}{}", &text[..start], &text[end + close.len()..])
        }
        _ => text.to_string(),
    }
}

/// Drop `<s>`, `</s>`, `<|…|>` and `[INST]`-style markers.
fn strip_template_tokens(text: &str) -> String {
    let mut result = String::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("<|")
            && let Some(end) = after.find("|>")
        {
            rest = &after[end + 2..];
            result.push(' ');
            continue;
        }
        let mut skipped = false;
        for marker in ["<s>", "</s>", "[INST]", "[/INST]"] {
            if let Some(after) = rest.strip_prefix(marker) {
                rest = after;
                result.push(' ');
                skipped = true;
                break;
            }
        }
        if skipped {
            continue;
        }
        let mut characters = rest.chars();
        if let Some(character) = characters.next() {
            result.push(character);
        }
        rest = characters.as_str();
    }
    result
}

/// The prompt's words worth echoing: not stop words, not numbers, without surrounding punctuation.
pub fn key_words(focus: &str, limit: usize) -> Vec<String> {
    let mut seen: Vec<String> = Vec::new();
    let mut words = Vec::new();
    for raw in focus.split_whitespace() {
        let word = raw.trim_matches(|character: char| !character.is_alphanumeric());
        if word.is_empty() || word.chars().all(|character| character.is_ascii_digit()) {
            continue;
        }
        let lower = word.to_lowercase();
        if STOP_WORDS.contains(&lower.as_str()) || seen.contains(&lower) {
            continue;
        }
        seen.push(lower);
        words.push(word.to_string());
        if words.len() == limit {
            break;
        }
    }
    words
}

/// "N words" or "N tokens" in the focus text sets the natural length.
fn requested_length(focus: &str) -> Option<u64> {
    let words: Vec<&str> = focus.split_whitespace().collect();
    words.windows(2).find_map(|pair| {
        let number: String = pair[0].chars().filter(|character| *character != ',').collect();
        let unit = pair[1].trim_matches(|character: char| !character.is_alphanumeric()).to_lowercase();
        let is_unit = matches!(unit.as_str(), "word" | "words" | "token" | "tokens");
        if is_unit && !number.is_empty() && number.chars().all(|character| character.is_ascii_digit()) {
            number.parse::<u64>().ok().map(|value| value.min(MAXIMUM_WORDS))
        } else {
            None
        }
    })
}

/// The words of the natural answer to a focus text, produced lazily.
pub struct Answer {
    seed: u64,
    key_words: Vec<String>,
    length: u64,
    position: u64,
}

impl Answer {
    pub fn new(focus: &str) -> Self {
        let normalised = focus.split_whitespace().collect::<Vec<_>>().join(" ");
        let seed = hash_text(&normalised);
        let length =
            requested_length(&normalised).unwrap_or(SENTENCE_LENGTH as u64 * (2 + mix(seed ^ 0x1e57) % 3));
        Answer { seed, key_words: key_words(&normalised, MAXIMUM_KEY_WORDS), length, position: 0 }
    }

    /// The number of words of the natural answer.
    pub fn length(&self) -> u64 {
        self.length
    }

    fn word_at(&self, index: u64) -> String {
        let sentence_position = (index % SENTENCE_LENGTH as u64) as usize;
        let mut word = match self.key_words.get(index as usize) {
            Some(key_word) => key_word.clone(),
            None => {
                let choice = mix(self.seed ^ mix(index.wrapping_add(1))) as usize;
                let list = match sentence_position {
                    0 | 5 => ADJECTIVES,
                    1 | 6 => NOUNS,
                    2 => VERBS,
                    3 => PREPOSITIONS,
                    _ => &["the"][..],
                };
                list[choice % list.len()].to_string()
            }
        };
        if sentence_position == 0 {
            word = capitalise(&word);
        }
        let ends_sentence = sentence_position == SENTENCE_LENGTH - 1 || index + 1 == self.length;
        if ends_sentence && !word.ends_with('.') {
            word.push('.');
        }
        word
    }
}

impl Iterator for Answer {
    type Item = String;

    fn next(&mut self) -> Option<String> {
        if self.position >= self.length {
            return None;
        }
        let word = self.word_at(self.position);
        self.position += 1;
        Some(word)
    }
}

fn capitalise(word: &str) -> String {
    let mut characters = word.chars();
    match characters.next() {
        Some(first) => first.to_uppercase().chain(characters).collect(),
        None => String::new(),
    }
}

/// Generate the answer to a focus text within limits.
pub fn generate(focus: &str, limits: &Limits) -> Generated {
    limit_words(Answer::new(focus), limits)
}

/// Turn words into pieces, stopping at max tokens or before the first stop sequence.
pub fn limit_words(words: impl IntoIterator<Item = String>, limits: &Limits) -> Generated {
    let maximum = limits.max_tokens.min(MAXIMUM_WORDS);
    let stops: Vec<&str> =
        limits.stop_sequences.iter().map(String::as_str).filter(|stop| !stop.is_empty()).collect();
    let longest_stop = stops.iter().map(|stop| stop.len()).max().unwrap_or(0);
    let mut pieces: Vec<String> = Vec::new();
    let mut text = String::new();
    let mut words = words.into_iter().peekable();
    while words.peek().is_some() {
        if pieces.len() as u64 >= maximum {
            return Generated { pieces, finish: Finish::MaxTokens };
        }
        let Some(word) = words.next() else { break };
        let piece = if pieces.is_empty() {
            word
        } else {
            let mut piece = String::with_capacity(word.len() + 1);
            piece.push(' ');
            piece.push_str(&word);
            piece
        };
        if longest_stop == 0 {
            pieces.push(piece);
            continue;
        }
        let piece_start = text.len();
        text.push_str(&piece);
        pieces.push(piece);
        let mut window_start = piece_start.saturating_sub(longest_stop - 1);
        while !text.is_char_boundary(window_start) {
            window_start -= 1;
        }
        let window = &text[window_start..];
        let found = stops
            .iter()
            .filter_map(|stop| window.find(stop).map(|index| (window_start + index, *stop)))
            .min_by_key(|(index, _)| *index);
        if let Some((cut, stop)) = found {
            truncate_pieces(&mut pieces, cut);
            return Generated { pieces, finish: Finish::StopSequence(stop.to_string()) };
        }
    }
    Generated { pieces, finish: Finish::Natural }
}

/// Keep the pieces' text up to byte `cut`, dropping a piece left empty.
fn truncate_pieces(pieces: &mut Vec<String>, cut: usize) {
    let mut start = 0;
    let mut keep = 0;
    for piece in pieces.iter_mut() {
        let end = start + piece.len();
        if end <= cut {
            keep += 1;
            start = end;
            continue;
        }
        if cut > start {
            piece.truncate(cut - start);
            keep += 1;
        }
        break;
    }
    pieces.truncate(keep);
}

/// Split a string into pieces of at most `size` characters (streamed tool input, for example).
pub fn split_pieces(text: &str, size: usize) -> Vec<String> {
    let characters: Vec<char> = text.chars().collect();
    characters.chunks(size.max(1)).map(|chunk| chunk.iter().collect()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unlimited() -> Limits {
        Limits::new(u64::MAX, Vec::new())
    }

    #[test]
    fn same_prompt_same_words_and_key_words_first() {
        let first = generate("What is the capital of France?", &unlimited());
        let second = generate("  What is the   capital of France? ", &unlimited());
        assert_eq!(first, second);
        let text = first.text();
        assert!(text.starts_with("Capital France "), "{text}");
        assert!(text.ends_with('.'));
        assert_eq!(first.finish, Finish::Natural);
        assert!([14, 21, 28].contains(&first.output_tokens()), "{}", first.output_tokens());
        assert_eq!(first.output_tokens(), count_words(&text));
        assert_ne!(text, generate("Something else entirely", &unlimited()).text());
    }

    #[test]
    fn pieces_join_with_single_spaces() {
        let generated = generate("rivers and bridges", &unlimited());
        assert!(!generated.pieces[0].starts_with(' '));
        assert!(generated.pieces[1..].iter().all(|piece| piece.starts_with(' ')));
        let words: Vec<&str> = generated.pieces.iter().map(|piece| piece.trim()).collect();
        assert_eq!(words.join(" "), generated.text());
    }

    #[test]
    fn max_tokens_is_honoured() {
        let generated = generate("Tell me about rivers", &Limits::new(5, Vec::new()));
        assert_eq!(generated.output_tokens(), 5);
        assert_eq!(generated.finish, Finish::MaxTokens);
        assert_eq!(generated.pieces[0], "Rivers");
        let empty = generate("Tell me about rivers", &Limits::new(0, Vec::new()));
        assert!(empty.pieces.is_empty());
        assert_eq!(empty.finish, Finish::MaxTokens);
        let exact = generate("Tell me about rivers", &unlimited());
        let same_length = generate("Tell me about rivers", &Limits::new(exact.output_tokens(), Vec::new()));
        assert_eq!(same_length.finish, Finish::Natural);
    }

    #[test]
    fn requested_length_gives_long_answers() {
        let generated = generate("Write 100000 words about rivers", &Limits::new(100_000, Vec::new()));
        assert_eq!(generated.output_tokens(), 100_000);
        assert_eq!(generated.finish, Finish::Natural);
        let capped = generate("Write 100000 words about rivers", &Limits::new(300, Vec::new()));
        assert_eq!(capped.output_tokens(), 300);
        assert_eq!(capped.finish, Finish::MaxTokens);
        assert_eq!(generate("Give me 9 tokens", &unlimited()).output_tokens(), 9);
    }

    #[test]
    fn stop_sequences_cut_before_the_first_occurrence() {
        let full = generate("Tell me about rivers", &unlimited()).text();
        let words: Vec<&str> = full.split(' ').collect();
        let stop = words[3].to_string();
        let generated =
            generate("Tell me about rivers", &Limits::new(1000, vec!["zzz".into(), stop.clone()]));
        assert_eq!(generated.finish, Finish::StopSequence(stop.clone()));
        let text = generated.text();
        assert_eq!(text, &full[..full.find(&stop).unwrap()]);
        assert!(!text.contains(&stop));
        // A stop sequence spanning two words.
        let spanning = format!("{} {}", &words[1][1..], &words[2][..1]);
        let generated = generate("Tell me about rivers", &Limits::new(1000, vec![spanning.clone()]));
        assert_eq!(generated.text(), &full[..full.find(&spanning).unwrap()]);
    }

    #[test]
    fn focus_ignores_family_templates() {
        assert_eq!(focus_of_prompt("\n\nHuman: Why is the sky blue?\n\nAssistant:"), "Why is the sky blue?");
        assert_eq!(focus_of_prompt("User: hello there\nBot:"), "hello there");
        assert_eq!(focus_of_prompt("<s>[INST] What is rust? [/INST]"), "What is rust?");
        assert_eq!(
            focus_of_prompt("[INST] <<SYS>>\nBe brief\n<</SYS>>\n\nName a river [/INST]"),
            "Name a river"
        );
        assert_eq!(
            focus_of_prompt(
                "<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\nBe nice<|eot_id|><|start_header_id|>user<|end_header_id|>\n\nHi rivers<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n"
            ),
            "Hi rivers"
        );
        assert_eq!(focus_of_prompt("plain prompt"), "plain prompt");
        assert_eq!(
            focus_of_prompt(
                "<｜begin▁of▁sentence｜>Be brief.<｜User｜>Hi<｜Assistant｜>Hello<｜end▁of▁sentence｜><｜User｜>Why is the sky blue?<｜Assistant｜><think>\n"
            ),
            "Why is the sky blue?"
        );
    }

    #[test]
    fn key_words_skip_stop_words_numbers_and_duplicates() {
        assert_eq!(
            key_words("What is the capital of France? france 42 Paris Lyon", 3),
            ["capital", "France", "Paris"]
        );
        assert!(key_words("what is it", 3).is_empty());
    }

    #[test]
    fn split_pieces_keeps_characters() {
        let pieces = split_pieces("{\"city\":\"Zürich\"}", 4);
        assert_eq!(pieces.concat(), "{\"city\":\"Zürich\"}");
        assert!(pieces.iter().all(|piece| piece.chars().count() <= 4));
    }
}
