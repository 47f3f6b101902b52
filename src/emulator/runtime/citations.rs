//! Citations in the Converse API: when the last user message carries documents with
//! `citations.enabled`, the deterministic answer quotes the passages of those documents that best
//! match the prompt, as `citationsContent` blocks whose citations locate each passage.
//!
//! The rules (the CLI's tests rely on them):
//! - Only models that cite (Claude 3.5 and later on Bedrock) accept citations; others answer
//!   [`CITATIONS_UNSUPPORTED`] as a ValidationException.
//! - `documentIndex` counts the document blocks of the message (cited or not), from 0.
//! - Text documents (txt, md, csv, html, or a `source.text`) are cut into passages (lines, and
//!   sentences within a line; html without its tags) located by `documentChar`: character
//!   offsets into the document's text, `end` exclusive, so the quoted `sourceContent` is exactly
//!   the characters from `start` to `end`. A `source.content` document cites whole content
//!   blocks by `documentChunk` (block index, end exclusive). A pdf cites sentences of its pages by
//!   `documentPage` (pages from 1, end exclusive); only uncompressed page streams are read.
//!   Formats the emulator cannot read (doc, docx, xls, xlsx, S3 sources) are not cited.
//! - A passage scores one per key word of the prompt it contains (a word matches when one is a
//!   prefix of the other, sharing all but two letters of the shorter and at least four). The
//!   answer quotes the best three passages with a score (the first passage when none scores), in
//!   document order, after the text "According to NAME:" (or "the documents").
//! - The words count against max tokens and stop sequences like any answer; a cut passage keeps
//!   its citation. In ConverseStream each block is its text deltas, then (for a cited block) one
//!   `citation` delta, then its contentBlockStop.

use serde_json::{Value, json};

use super::super::errors::ServiceError;
use super::conversation::{Content, Reply, StopReason};
use super::family::Family;
use super::generation::{Finish, Generated, Limits, key_words, limit_words};

pub const CITATIONS_UNSUPPORTED: &str = "This model doesn't support citations.";

/// The most passages one answer quotes.
const MAXIMUM_PASSAGES: usize = 3;

/// The most prompt words a passage is scored against.
const MAXIMUM_KEY_WORDS: usize = 16;

/// Does the model cite documents? The Claude models from 3.5 on.
pub fn supports_citations(family: Family, model_id: &str) -> bool {
    if family != Family::ClaudeMessages {
        return false;
    }
    let id = model_id.strip_prefix("anthropic.").unwrap_or(model_id);
    if id.starts_with("claude-3-5-") || id.starts_with("claude-3-7-") {
        return true;
    }
    ["claude-sonnet-", "claude-opus-", "claude-haiku-"].iter().any(|prefix| {
        id.strip_prefix(prefix)
            .and_then(|rest| rest.split('-').next())
            .and_then(|major| major.parse::<u32>().ok())
            .is_some_and(|major| major >= 4)
    })
}

/// Where a passage is in its document.
#[derive(Debug, Clone, PartialEq)]
enum Place {
    /// Character offsets into the document's text.
    Characters { start: usize, end: usize },
    /// A page (from 1).
    Page(usize),
    /// A content block of the document (from 0).
    Chunk(usize),
}

/// A citable part of a document.
#[derive(Debug, Clone, PartialEq)]
struct Passage {
    document_index: usize,
    title: String,
    text: String,
    place: Place,
}

impl Passage {
    fn citation(&self) -> Value {
        let index = self.document_index;
        let location = match self.place {
            Place::Characters { start, end } => {
                json!({"documentChar": {"documentIndex": index, "start": start, "end": end}})
            }
            Place::Page(page) => {
                json!({"documentPage": {"documentIndex": index, "start": page, "end": page + 1}})
            }
            Place::Chunk(chunk) => {
                json!({"documentChunk": {"documentIndex": index, "start": chunk, "end": chunk + 1}})
            }
        };
        json!({"title": self.title, "sourceContent": [{"text": self.text}], "location": location})
    }
}

/// One block of a cited answer: its text as stream pieces, and the citation of a quoted passage.
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerBlock {
    pub pieces: Vec<String>,
    pub citation: Option<Value>,
}

impl AnswerBlock {
    fn text(&self) -> String {
        self.pieces.concat()
    }

    /// The block of a Converse message.
    fn document(&self) -> Value {
        match &self.citation {
            None => json!({"text": self.text()}),
            Some(citation) => json!({"citationsContent": {
                "content": [{"text": self.text()}],
                "citations": [citation],
            }}),
        }
    }
}

/// The answer to a request whose documents may be cited.
#[derive(Debug, Clone, PartialEq)]
pub struct CitedAnswer {
    pub blocks: Vec<AnswerBlock>,
    pub finish: Finish,
}

impl CitedAnswer {
    pub fn text(&self) -> String {
        self.blocks.iter().map(AnswerBlock::text).collect()
    }

    pub fn pieces(&self) -> Vec<String> {
        self.blocks.iter().flat_map(|block| block.pieces.iter().cloned()).collect()
    }
}

/// The answer that cites the documents of the last user message, when one of them has
/// citations enabled; a ValidationException when the model does not cite.
pub fn from_messages(
    messages: Option<&Value>,
    family: Family,
    model_id: &str,
    focus: &str,
    limits: &Limits,
) -> Result<Option<CitedAnswer>, ServiceError> {
    let messages = messages.and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default();
    let enabled = |block: &Value| block.pointer("/document/citations/enabled") == Some(&Value::Bool(true));
    let any_enabled =
        messages.iter().flat_map(|message| message["content"].as_array().into_iter().flatten()).any(enabled);
    if !any_enabled {
        return Ok(None);
    }
    if !supports_citations(family, model_id) {
        return Err(ServiceError::validation(CITATIONS_UNSUPPORTED));
    }
    let Some(last_user) = messages.iter().rev().find(|message| message["role"] == "user") else {
        return Ok(None);
    };
    let mut passages = Vec::new();
    let documents =
        last_user["content"].as_array().into_iter().flatten().filter(|block| block.get("document").is_some());
    let mut cited_any = false;
    for (index, block) in documents.enumerate() {
        if enabled(block) {
            cited_any = true;
            passages.extend(document_passages(index, &block["document"]));
        }
    }
    if !cited_any {
        return Ok(None);
    }
    Ok(answer(&select(passages, focus), limits))
}

/// The passages of one document.
fn document_passages(index: usize, document: &Value) -> Vec<Passage> {
    let title = document["name"].as_str().unwrap_or_default().to_string();
    let format = document["format"].as_str().unwrap_or_default();
    let source = &document["source"];
    let passage =
        |text: String, place: Place| Passage { document_index: index, title: title.clone(), text, place };
    if let Some(text) = source["text"].as_str() {
        return character_passages(text, false)
            .into_iter()
            .map(|(text, place)| passage(text, place))
            .collect();
    }
    if let Some(blocks) = source["content"].as_array() {
        return blocks
            .iter()
            .enumerate()
            .filter_map(|(chunk, block)| {
                let text = block["text"].as_str()?.trim();
                (!text.is_empty()).then(|| passage(text.to_string(), Place::Chunk(chunk)))
            })
            .collect();
    }
    let Some(bytes) =
        source["bytes"].as_str().and_then(|encoded| aws_smithy_types::base64::decode(encoded).ok())
    else {
        return Vec::new();
    };
    match format {
        "txt" | "md" | "csv" | "html" => {
            let text = String::from_utf8_lossy(&bytes);
            character_passages(&text, format == "html")
                .into_iter()
                .map(|(text, place)| passage(text, place))
                .collect()
        }
        "pdf" => pdf_pages(&bytes)
            .iter()
            .enumerate()
            .flat_map(|(page, text)| {
                character_passages(text, false)
                    .into_iter()
                    .map(move |(text, _)| (text, Place::Page(page + 1)))
                    .collect::<Vec<_>>()
            })
            .map(|(text, place)| passage(text, place))
            .collect(),
        _ => Vec::new(),
    }
}

/// Characters a passage does not start with: space and list or heading markup.
fn leading_markup(character: char) -> bool {
    character.is_whitespace() || "#>*-|".contains(character)
}

/// The passages of a text: lines, cut after sentence ends (".", "!" or "?" before a space); in
/// html the text between tags. Each with its character offsets (end exclusive).
fn character_passages(text: &str, html: bool) -> Vec<(String, Place)> {
    let characters: Vec<char> = text.chars().collect();
    let mut passages = Vec::new();
    let mut start = 0;
    let mut in_tag = false;
    let close = |start: usize, end: usize, passages: &mut Vec<(String, Place)>| {
        let mut first = start;
        while first < end && leading_markup(characters[first]) {
            first += 1;
        }
        let mut last = end;
        while last > first && characters[last - 1].is_whitespace() {
            last -= 1;
        }
        if characters[first..last].iter().any(|character| character.is_alphanumeric()) {
            let quoted: String = characters[first..last].iter().collect();
            passages.push((quoted, Place::Characters { start: first, end: last }));
        }
    };
    for (index, character) in characters.iter().enumerate() {
        if html && *character == '<' {
            close(start, index, &mut passages);
            in_tag = true;
            continue;
        }
        if in_tag {
            if *character == '>' {
                in_tag = false;
                start = index + 1;
            }
            continue;
        }
        let sentence_end =
            ".!?".contains(*character) && characters.get(index + 1).is_none_or(|next| next.is_whitespace());
        if *character == '\n' {
            close(start, index, &mut passages);
            start = index + 1;
        } else if sentence_end {
            close(start, index + 1, &mut passages);
            start = index + 1;
        }
    }
    if !in_tag {
        close(start, characters.len(), &mut passages);
    }
    passages
}

/// The text of a pdf's pages: each uncompressed content stream with text operators is a page,
/// its strings joined by spaces, a line per text object.
fn pdf_pages(bytes: &[u8]) -> Vec<String> {
    let mut pages = Vec::new();
    let mut rest = bytes;
    while let Some(at) = find(rest, b"stream") {
        let dictionary_start = rest[..at].windows(2).rposition(|pair| pair == b"<<").unwrap_or(0);
        let dictionary = &rest[dictionary_start..at];
        let mut body_start = at + b"stream".len();
        if rest.get(body_start) == Some(&b'\r') {
            body_start += 1;
        }
        if rest.get(body_start) == Some(&b'\n') {
            body_start += 1;
        }
        let Some(length) = find(&rest[body_start..], b"endstream") else { break };
        let body = &rest[body_start..body_start + length];
        rest = &rest[body_start + length + b"endstream".len()..];
        if find(dictionary, b"/Filter").is_some() || find(body, b"BT").is_none() {
            continue;
        }
        let text = pdf_text(body);
        if !text.trim().is_empty() {
            pages.push(text);
        }
    }
    pages
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|window| window == needle)
}

/// The literal strings of a content stream: a space between strings, a line per `ET`.
fn pdf_text(body: &[u8]) -> String {
    let mut text = String::new();
    let mut index = 0;
    while index < body.len() {
        match body[index] {
            b'(' => {
                let mut depth = 1;
                let mut string = Vec::new();
                index += 1;
                while index < body.len() && depth > 0 {
                    let byte = body[index];
                    match byte {
                        b'\\' if index + 1 < body.len() => {
                            index += 1;
                            let escaped = body[index];
                            match escaped {
                                b'n' => string.push(b'\n'),
                                b'r' | b't' => string.push(b' '),
                                b'0'..=b'7' => {
                                    let mut value = u32::from(escaped - b'0');
                                    let mut digits = 1;
                                    while digits < 3
                                        && index + 1 < body.len()
                                        && (b'0'..=b'7').contains(&body[index + 1])
                                    {
                                        index += 1;
                                        value = value * 8 + u32::from(body[index] - b'0');
                                        digits += 1;
                                    }
                                    string.push((value & 0xff) as u8);
                                }
                                other => string.push(other),
                            }
                        }
                        b'(' => {
                            depth += 1;
                            string.push(byte);
                        }
                        b')' => {
                            depth -= 1;
                            if depth > 0 {
                                string.push(byte);
                            }
                        }
                        _ => string.push(byte),
                    }
                    index += 1;
                }
                if !text.is_empty() && !text.ends_with(['\n', ' ']) {
                    text.push(' ');
                }
                text.push_str(&String::from_utf8_lossy(&string));
            }
            b'E' if body.get(index + 1) == Some(&b'T')
                && body.get(index + 2).is_none_or(|next| next.is_ascii_whitespace()) =>
            {
                if !text.is_empty() && !text.ends_with('\n') {
                    text.push('\n');
                }
                index += 2;
            }
            _ => index += 1,
        }
    }
    text
}

/// The words of a text, lowercased, split at what is not a letter or digit.
fn words(text: &str) -> Vec<String> {
    text.split(|character: char| !character.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Does a passage word match a prompt word (one a prefix of the other, all but two letters of
/// the shorter in common, at least four)?
fn matches(word: &str, key: &str) -> bool {
    if word == key {
        return true;
    }
    let common = word.chars().zip(key.chars()).take_while(|(left, right)| left == right).count();
    let shorter = word.chars().count().min(key.chars().count());
    common >= 4 && common + 2 >= shorter
}

/// The passages to quote, in document order.
fn select(passages: Vec<Passage>, focus: &str) -> Vec<Passage> {
    let keys: Vec<String> =
        key_words(focus, MAXIMUM_KEY_WORDS).iter().map(|word| word.to_lowercase()).collect();
    let mut scored: Vec<(usize, usize)> = passages
        .iter()
        .enumerate()
        .map(|(position, passage)| {
            let passage_words = words(&passage.text);
            let score = keys.iter().filter(|key| passage_words.iter().any(|word| matches(word, key))).count();
            (position, score)
        })
        .filter(|(_, score)| *score > 0)
        .collect();
    scored.sort_by(|left, right| right.1.cmp(&left.1).then(left.0.cmp(&right.0)));
    let mut chosen: Vec<usize> =
        scored.iter().take(MAXIMUM_PASSAGES).map(|(position, _)| *position).collect();
    if chosen.is_empty() && !passages.is_empty() {
        chosen.push(0);
    }
    chosen.sort_unstable();
    chosen.into_iter().filter_map(|position| passages.get(position).cloned()).collect()
}

/// The answer quoting the passages within the limits; `None` when there is nothing to quote.
fn answer(passages: &[Passage], limits: &Limits) -> Option<CitedAnswer> {
    let first = passages.first()?;
    let one_document = passages.iter().all(|passage| passage.document_index == first.document_index);
    let name =
        if one_document && !first.title.is_empty() { first.title.clone() } else { "the documents".into() };
    let introduction = format!("According to {name}:");
    // Each word with the block it belongs to (block 0 is the introduction).
    let mut owners: Vec<usize> = Vec::new();
    let mut all_words: Vec<String> = Vec::new();
    for (block, text) in std::iter::once(introduction.as_str())
        .chain(passages.iter().map(|passage| passage.text.as_str()))
        .enumerate()
    {
        for word in text.split_whitespace() {
            owners.push(block);
            all_words.push(word.to_string());
        }
    }
    let Generated { pieces, finish } = limit_words(all_words, limits);
    let mut blocks: Vec<AnswerBlock> = std::iter::once(AnswerBlock { pieces: Vec::new(), citation: None })
        .chain(
            passages
                .iter()
                .map(|passage| AnswerBlock { pieces: Vec::new(), citation: Some(passage.citation()) }),
        )
        .collect();
    for (piece, owner) in pieces.into_iter().zip(owners) {
        blocks[owner].pieces.push(piece);
    }
    blocks.retain(|block| !block.pieces.is_empty());
    Some(CitedAnswer { blocks, finish })
}

/// Make the reply the cited answer when the model answers with text (not a tool call, not a
/// guardrail's intervention).
pub fn cite_reply(cited: Option<&CitedAnswer>, reply: &mut Reply) {
    let Some(cited) = cited else { return };
    if !matches!(reply.content, Content::Text(_)) || reply.stop_reason == StopReason::GuardrailIntervened {
        return;
    }
    let generated = Generated { pieces: cited.pieces(), finish: cited.finish.clone() };
    reply.stop_reason = StopReason::from(&generated.finish);
    reply.usage.output_tokens = generated.output_tokens();
    reply.content = Content::Text(generated);
}

/// In a Converse response document, the reply's text block as the cited answer's blocks.
pub fn cite_document(document: &mut Value, cited: &CitedAnswer) {
    let Some(content) = document.pointer_mut("/output/message/content").and_then(Value::as_array_mut) else {
        return;
    };
    let text = cited.text();
    if let Some(position) = content.iter().position(|block| block["text"].as_str() == Some(text.as_str())) {
        content.splice(position..=position, cited.blocks.iter().map(AnswerBlock::document));
    }
}

/// In ConverseStream events, the reply's text block (block 0) as the cited answer's blocks: each
/// its text deltas, its citation, its stop.
pub fn cite_events(events: &mut Vec<(&'static str, Value)>, cited: &CitedAnswer) {
    let in_first_block = |payload: &Value| payload["contentBlockIndex"] == 0;
    let Some(first) =
        events.iter().position(|(kind, payload)| *kind == "contentBlockDelta" && in_first_block(payload))
    else {
        return;
    };
    let Some(stop) =
        events.iter().position(|(kind, payload)| *kind == "contentBlockStop" && in_first_block(payload))
    else {
        return;
    };
    let streamed: String = events[first..stop]
        .iter()
        .filter_map(|(_, payload)| payload.pointer("/delta/text").and_then(Value::as_str))
        .collect();
    if streamed != cited.text() {
        return;
    }
    let mut replaced = Vec::new();
    for (index, block) in cited.blocks.iter().enumerate() {
        for piece in &block.pieces {
            replaced
                .push(("contentBlockDelta", json!({"contentBlockIndex": index, "delta": {"text": piece}})));
        }
        if let Some(citation) = &block.citation {
            replaced.push((
                "contentBlockDelta",
                json!({"contentBlockIndex": index, "delta": {"citation": citation}}),
            ));
        }
        replaced.push(("contentBlockStop", json!({"contentBlockIndex": index})));
    }
    events.splice(first..=stop, replaced);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unlimited() -> Limits {
        Limits::new(u64::MAX, Vec::new())
    }

    fn message(documents: Vec<Value>, prompt: &str) -> Value {
        let mut content = documents;
        content.push(json!({"text": prompt}));
        json!([{"role": "user", "content": content}])
    }

    fn text_document(name: &str, text: &str, cite: bool) -> Value {
        json!({"document": {"format": "txt", "name": name, "citations": {"enabled": cite},
               "source": {"bytes": aws_smithy_types::base64::encode(text)}}})
    }

    const MANUAL: &str =
        "# Manual\nThe kettle boils water quickly. Clean it monthly!\n\nThe warranty lasts two years.\n";

    #[test]
    fn models_that_cite() {
        for model in [
            "anthropic.claude-3-5-haiku-20241022-v1:0",
            "anthropic.claude-3-7-sonnet-20250219-v1:0",
            "anthropic.claude-sonnet-4-20250514-v1:0",
            "anthropic.claude-haiku-4-5-20251001-v1:0",
            "anthropic.claude-opus-4-1-20250805-v1:0",
        ] {
            assert!(supports_citations(Family::ClaudeMessages, model), "{model}");
        }
        assert!(!supports_citations(Family::ClaudeMessages, "anthropic.claude-3-haiku-20240307-v1:0"));
        assert!(!supports_citations(Family::Nova, "amazon.nova-pro-v1:0"));
    }

    #[test]
    fn passages_have_exact_character_offsets() {
        let passages = character_passages(MANUAL, false);
        let characters: Vec<char> = MANUAL.chars().collect();
        let texts: Vec<&str> = passages.iter().map(|(text, _)| text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Manual",
                "The kettle boils water quickly.",
                "Clean it monthly!",
                "The warranty lasts two years."
            ]
        );
        for (text, place) in &passages {
            let Place::Characters { start, end } = place else { panic!("{place:?}") };
            assert_eq!(characters[*start..*end].iter().collect::<String>(), *text);
        }
        let html = character_passages("<p>Über <b>alles</b>.</p><p>Second one.</p>", true);
        let texts: Vec<&str> = html.iter().map(|(text, _)| text.as_str()).collect();
        assert_eq!(texts, ["Über", "alles", "Second one."]);
        assert_eq!(html[0].1, Place::Characters { start: 3, end: 7 });
    }

    #[test]
    fn the_best_passages_are_quoted_with_their_locations() {
        let messages = message(
            vec![text_document("notes", "Unrelated.", false), text_document("manual", MANUAL, true)],
            "How long is the warranty?",
        );
        let family = Family::ClaudeMessages;
        let model = "anthropic.claude-3-7-sonnet-20250219-v1:0";
        let cited = from_messages(Some(&messages), family, model, "How long is the warranty?", &unlimited())
            .unwrap()
            .unwrap();
        assert_eq!(cited.text(), "According to manual: The warranty lasts two years.");
        assert_eq!(cited.blocks.len(), 2);
        let start = MANUAL.find("The warranty").unwrap();
        assert_eq!(
            cited.blocks[1].citation,
            Some(json!({"title": "manual", "sourceContent": [{"text": "The warranty lasts two years."}],
                        "location": {"documentChar": {"documentIndex": 1, "start": start, "end": start + 29}}}))
        );
        let short = from_messages(Some(&messages), family, model, "warranty", &Limits::new(5, Vec::new()))
            .unwrap()
            .unwrap();
        assert_eq!(short.text(), "According to manual: The warranty");
        assert_eq!(short.finish, Finish::MaxTokens);
        let unsupported = from_messages(
            Some(&messages),
            family,
            "anthropic.claude-3-haiku-20240307-v1:0",
            "x",
            &unlimited(),
        );
        assert_eq!(unsupported.unwrap_err().message, CITATIONS_UNSUPPORTED);
        let plain = message(vec![text_document("manual", MANUAL, false)], "warranty?");
        assert_eq!(from_messages(Some(&plain), family, model, "warranty?", &unlimited()).unwrap(), None);
    }

    #[test]
    fn pdf_pages_are_read_from_uncompressed_streams() {
        let pdf = b"%PDF-1.4\n4 0 obj << /Length 60 >>\nstream\nBT /F1 12 Tf (First page says hello.) Tj ET\nendstream\nendobj\n5 0 obj << /Length 60 >>\nstream\nBT (The warranty \\(limited\\) lasts) Tj (two years.) Tj ET\nendstream\nendobj\n6 0 obj << /Filter /FlateDecode /Length 3 >>\nstream\nBTx\nendstream\n";
        assert_eq!(pdf_pages(pdf), ["First page says hello.\n", "The warranty (limited) lasts two years.\n"]);
        let document = json!({"format": "pdf", "name": "terms", "source": {"bytes": aws_smithy_types::base64::encode(pdf)}});
        let passages = document_passages(0, &document);
        assert_eq!(passages[1].place, Place::Page(2));
        assert_eq!(
            passages[1].citation()["location"],
            json!({"documentPage": {"documentIndex": 0, "start": 2, "end": 3}})
        );
    }

    #[test]
    fn events_carry_text_then_citation_per_block() {
        let messages = message(vec![text_document("manual", MANUAL, true)], "kettle warranty");
        let cited = from_messages(
            Some(&messages),
            Family::ClaudeMessages,
            "anthropic.claude-3-7-sonnet-20250219-v1:0",
            "kettle warranty",
            &unlimited(),
        )
        .unwrap()
        .unwrap();
        let mut events = vec![("messageStart", json!({"role": "assistant"}))];
        for piece in cited.pieces() {
            events.push(("contentBlockDelta", json!({"contentBlockIndex": 0, "delta": {"text": piece}})));
        }
        events.push(("contentBlockStop", json!({"contentBlockIndex": 0})));
        events.push(("messageStop", json!({"stopReason": "end_turn"})));
        cite_events(&mut events, &cited);
        let kinds: Vec<String> = events
            .iter()
            .map(|(kind, payload)| match payload.pointer("/delta").and_then(Value::as_object) {
                Some(delta) => format!("{}:{}", payload["contentBlockIndex"], delta.keys().next().unwrap()),
                None => kind.to_string(),
            })
            .collect();
        assert_eq!(kinds.iter().filter(|kind| kind.ends_with(":citation")).count(), 2);
        let citation_position = kinds.iter().position(|kind| kind == "1:citation").unwrap();
        assert_eq!(kinds[citation_position - 1], "1:text");
        assert_eq!(kinds[citation_position + 1], "contentBlockStop");
        assert_eq!(kinds.last().unwrap(), "messageStop");
    }

    #[test]
    fn answers_of_every_location_kind_are_valid_against_the_model() {
        use crate::api::model::Service;
        use crate::api::validate::{Strictness, validate_shape};
        let pdf =
            b"%PDF-1.4\n1 0 obj << /Length 40 >>\nstream\nBT (Pumps need yearly service.) Tj ET\nendstream\n";
        let body = json!({"messages": [{"role": "user", "content": [
            {"document": {"format": "pdf", "name": "pumps", "citations": {"enabled": true},
                          "source": {"bytes": aws_smithy_types::base64::encode(pdf)}}},
            {"document": {"format": "txt", "name": "valves", "citations": {"enabled": true},
                          "source": {"content": [{"text": "Valves need service too."}, {"text": "Unrelated."}]}}},
            {"document": {"format": "txt", "name": "filters", "citations": {"enabled": true},
                          "source": {"text": "Filters need service monthly."}}},
            {"text": "Which parts need service?"}
        ]}]});
        let model = "anthropic.claude-sonnet-4-20250514-v1:0";
        let request =
            super::super::converse::parse_request(body.as_object().unwrap(), Family::ClaudeMessages, model)
                .unwrap();
        let mut reply = request.conversation.respond("tooluse_");
        cite_reply(request.citations.as_ref(), &mut reply);
        let mut document = super::super::converse::response_document(&reply, 10, None, None);
        super::super::converse::finish_document(&mut document, &request);
        let runtime = Service::BedrockRuntime.model();
        if let Err(violation) =
            validate_shape(runtime, "ConverseResponse", &document, "", Strictness::Request)
        {
            panic!("{document}: {}", violation.client_message());
        }
        let content = document["output"]["message"]["content"].as_array().unwrap();
        let kinds: Vec<&str> = content
            .iter()
            .filter_map(|block| block.pointer("/citationsContent/citations/0/location"))
            .filter_map(|location| location.as_object().and_then(|object| object.keys().next()))
            .map(String::as_str)
            .collect();
        assert_eq!(kinds, ["documentPage", "documentChunk", "documentChar"]);
        assert_eq!(
            content[2]["citationsContent"]["citations"][0]["location"]["documentChunk"]["documentIndex"],
            1
        );
        assert_eq!(document["usage"]["outputTokens"], reply.usage.output_tokens);
        let mut events = super::super::converse::stream_events(&reply, 10, None, None);
        super::super::converse::finish_events(&mut events, &request);
        for (kind, payload) in events {
            let event = json!({kind: payload});
            if let Err(violation) =
                validate_shape(runtime, "ConverseStreamOutput", &event, "", Strictness::Request)
            {
                panic!("{event}: {}", violation.client_message());
            }
        }
    }
}
