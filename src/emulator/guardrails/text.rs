//! Text primitives for guardrail evaluation: word tokens with byte spans, a light English stemmer,
//! stopwords, and whole-word phrase search (exact for word filters, stemmed for lexicons).

use std::collections::BTreeSet;

/// One word of a text: its byte span and its lowercase form.
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub lower: String,
    pub stem: String,
}

/// The words of `text`: maximal runs of letters and digits (an apostrophe or hyphen splits words).
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut start: Option<usize> = None;
    for (index, character) in text.char_indices() {
        match (character.is_alphanumeric(), start) {
            (true, None) => start = Some(index),
            (false, Some(begin)) => {
                tokens.push(make_token(text, begin, index));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(begin) = start {
        tokens.push(make_token(text, begin, text.len()));
    }
    tokens
}

fn make_token(text: &str, start: usize, end: usize) -> Token {
    let lower = text[start..end].to_lowercase();
    let stem = stem(&lower);
    Token { start, end, lower, stem }
}

/// A small suffix-stripping stemmer, good enough to relate "investing", "investments" and
/// "invest", or "stocks" and "stock". Both sides of every comparison go through it.
pub fn stem(word: &str) -> String {
    let word = word.to_lowercase();
    let length = word.chars().count();
    if length <= 3 || !word.chars().all(char::is_alphabetic) {
        return word;
    }
    const RULES: &[(&str, &str, usize)] = &[
        ("ations", "", 3),
        ("ation", "", 3),
        ("ements", "", 3),
        ("ement", "", 3),
        ("ments", "", 3),
        ("ment", "", 3),
        ("nesses", "", 3),
        ("ness", "", 3),
        ("ies", "y", 2),
        ("ied", "y", 2),
        ("ingly", "", 3),
        ("ing", "", 3),
        ("edly", "", 3),
        ("ed", "", 3),
        ("ly", "", 5),
        ("sses", "ss", 2),
        ("ches", "ch", 2),
        ("shes", "sh", 2),
        ("xes", "x", 2),
        ("zes", "z", 2),
        ("ss", "ss", 2),
        ("us", "us", 2),
        ("is", "is", 2),
        ("s", "", 3),
    ];
    let mut result = word.clone();
    for (suffix, replacement, minimum) in RULES {
        if let Some(root) = word.strip_suffix(suffix)
            && root.chars().count() >= *minimum
        {
            result = format!("{root}{replacement}");
            break;
        }
    }
    // A final silent e goes ("hate", "hated", "hates" → "hat"), and a doubled final consonant
    // left by a suffix is undone ("stopped" → "stop"), except for l, s and z ("sell", "pass").
    if result.chars().count() > 3 && result.ends_with('e') {
        result.pop();
    }
    let characters: Vec<char> = result.chars().collect();
    if let [.., before, last] = characters.as_slice()
        && before == last
        && characters.len() > 3
        && !matches!(last, 'l' | 's' | 'z' | 'e' | 'o')
        && !"aeiou".contains(*last)
    {
        result.pop();
    }
    result
}

/// Function words and fillers that say nothing about a topic.
const STOPWORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "anything",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "done",
    "down",
    "during",
    "each",
    "either",
    "else",
    "even",
    "ever",
    "every",
    "few",
    "for",
    "from",
    "further",
    "get",
    "gets",
    "getting",
    "give",
    "go",
    "going",
    "got",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "know",
    "let",
    "like",
    "me",
    "might",
    "more",
    "most",
    "much",
    "must",
    "my",
    "myself",
    "need",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "please",
    "really",
    "same",
    "say",
    "she",
    "should",
    "so",
    "some",
    "something",
    "such",
    "tell",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "thing",
    "things",
    "think",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "us",
    "very",
    "want",
    "was",
    "way",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "would",
    "yes",
    "yet",
    "you",
    "your",
    "yours",
    "yourself",
    "yourselves",
    "s",
    "t",
    "don",
    "doesn",
    "didn",
    "isn",
    "aren",
    "wasn",
    "won",
    "ll",
    "re",
    "ve",
    "d",
    "m",
];

/// Whether a lowercase word is a stopword.
pub fn is_stopword(lower: &str) -> bool {
    STOPWORDS.contains(&lower)
}

/// The distinct stems of the words of `text` that are not stopwords.
pub fn content_stems(text: &str) -> BTreeSet<String> {
    tokenize(text)
        .into_iter()
        .filter(|token| !is_stopword(&token.lower) && token.lower.chars().count() >= 2)
        .map(|token| token.stem)
        .collect()
}

/// The byte spans where the words of `phrase` occur in `tokens` as whole words, case-insensitively.
/// With `stemmed`, words are compared by stem; `maximum_gap` words may sit between two words of the
/// phrase ("ignore all previous instructions" for "ignore previous instructions").
pub fn find_phrase(
    tokens: &[Token],
    phrase: &[Token],
    stemmed: bool,
    maximum_gap: usize,
) -> Vec<(usize, usize)> {
    let key = |token: &Token| if stemmed { token.stem.clone() } else { token.lower.clone() };
    let Some(first) = phrase.first() else {
        return Vec::new();
    };
    let first_key = key(first);
    let mut spans = Vec::new();
    for (index, token) in tokens.iter().enumerate() {
        if key(token) != first_key {
            continue;
        }
        let mut position = index;
        let mut matched = true;
        for word in &phrase[1..] {
            let wanted = key(word);
            let limit = (position + 1 + maximum_gap + 1).min(tokens.len());
            match (position + 1..limit).find(|&next| key(&tokens[next]) == wanted) {
                Some(next) => position = next,
                None => {
                    matched = false;
                    break;
                }
            }
        }
        if matched {
            spans.push((token.start, tokens[position].end));
        }
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_carry_byte_spans() {
        let tokens = tokenize("Héllo, RivalCorp's world!");
        let words: Vec<&str> = tokens.iter().map(|token| token.lower.as_str()).collect();
        assert_eq!(words, ["héllo", "rivalcorp", "s", "world"]);
        assert_eq!(&"Héllo, RivalCorp's world!"[tokens[1].start..tokens[1].end], "RivalCorp");
    }

    #[test]
    fn stems_relate_word_forms() {
        for (left, right) in [
            ("investing", "invest"),
            ("investments", "invest"),
            ("stocks", "stock"),
            ("hated", "hate"),
            ("hates", "hate"),
            ("stopped", "stop"),
            ("companies", "company"),
            ("recommendations", "recommend"),
            ("instructions", "instruction"),
            ("selling", "sell"),
            ("killing", "kill"),
        ] {
            assert_eq!(stem(left), stem(right), "{left} ~ {right}");
        }
        assert_ne!(stem("bond"), stem("bonus"));
    }

    #[test]
    fn phrases_match_whole_words_with_gaps() {
        let tokens = tokenize("Please IGNORE all of the previous instructions now");
        let phrase = tokenize("ignore previous instructions");
        assert_eq!(find_phrase(&tokens, &phrase, true, 3).len(), 1);
        assert!(find_phrase(&tokens, &phrase, true, 1).is_empty());
        let words = tokenize("rivalcorporation rival corp");
        assert!(find_phrase(&words, &tokenize("rivalcorp"), false, 0).is_empty());
        assert_eq!(find_phrase(&words, &tokenize("rival-corp"), false, 0), vec![(17, 27)]);
    }

    #[test]
    fn content_stems_drop_stopwords() {
        let stems = content_stems("Which stocks should I buy this year?");
        assert_eq!(stems.into_iter().collect::<Vec<_>>(), ["buy", "stock", "year"]);
    }
}
