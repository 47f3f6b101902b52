//! Answers with citations as text (`ask`, `invoke-agent`, `converse --citations`): a marker [n]
//! after each cited span and the numbered sources underneath, one number per distinct source.

use serde_json::Value;

/// Characters of a quoted source text shown in the sources list.
pub const QUOTE_LENGTH: usize = 80;

/// Where a cited span came from: a label (a URI, a document name) and, when the service quotes
/// it, the source text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub label: String,
    pub quote: Option<String>,
}

impl Source {
    /// The line of the sources list (without its number).
    fn line(&self) -> String {
        match &self.quote {
            Some(quote) if !quote.is_empty() => {
                format!("{}: \"{}\"", self.label, shorten(quote, QUOTE_LENGTH))
            }
            _ => self.label.clone(),
        }
    }

    /// A Converse API `Citation` (or a streamed `CitationsDelta`): the document's title (or its
    /// source, or its index) and the quoted source text.
    pub fn from_converse(citation: &Value) -> Self {
        let location = &citation["location"];
        let index = ["documentChar", "documentPage", "documentChunk"]
            .iter()
            .find_map(|kind| location[*kind]["documentIndex"].as_u64());
        let web = location.pointer("/web/url").and_then(Value::as_str);
        let label = ["title", "source"]
            .iter()
            .find_map(|key| citation[*key].as_str().filter(|text| !text.is_empty()))
            .or(web)
            .map(str::to_string)
            .unwrap_or_else(|| match index {
                Some(index) => format!("document {}", index + 1),
                None => "(unknown source)".to_string(),
            });
        // Pages are numbered from 1, the end exclusive.
        let page = &location["documentPage"];
        let label = match (page["start"].as_u64(), page["end"].as_u64()) {
            (Some(start), Some(end)) if end > start + 1 => format!("{label}, pages {start}-{}", end - 1),
            (Some(start), _) => format!("{label}, page {start}"),
            _ => label,
        };
        let quote: String = citation["sourceContent"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|content| content["text"].as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let quote = quote.split_whitespace().collect::<Vec<_>>().join(" ");
        Source { label, quote: if quote.is_empty() { None } else { Some(quote) } }
    }
}

/// A text cut to at most `length` characters at a word boundary, with "…" when cut.
pub fn shorten(text: &str, length: usize) -> String {
    if text.chars().count() <= length {
        return text.to_string();
    }
    let cut: String = text.chars().take(length.saturating_sub(1)).collect();
    let at_word_end = text.chars().nth(cut.chars().count()).is_some_and(char::is_whitespace);
    let kept = match cut.rfind(' ') {
        Some(space) if space > 0 && !at_word_end => &cut[..space],
        _ => cut.as_str(),
    };
    format!("{}…", kept.trim_end_matches([' ', ',', ';', ':']))
}

/// Numbers sources in the order they are first cited.
#[derive(Debug, Default)]
pub struct Numbering {
    lines: Vec<String>,
}

impl Numbering {
    /// The marker for a span cited by `sources` ("[2][1]"), numbering new sources; empty when
    /// there are none.
    pub fn marker(&mut self, sources: &[Source]) -> String {
        let mut numbers: Vec<usize> = Vec::new();
        for source in sources {
            let line = source.line();
            let number = match self.lines.iter().position(|known| *known == line) {
                Some(index) => index + 1,
                None => {
                    self.lines.push(line);
                    self.lines.len()
                }
            };
            if !numbers.contains(&number) {
                numbers.push(number);
            }
        }
        numbers.iter().map(|number| format!("[{number}]")).collect()
    }

    /// The sources, in number order, as printed lines without their numbers.
    pub fn sources(self) -> Vec<String> {
        self.lines
    }

    /// "Sources:" and the numbered list, after a blank line; empty when nothing was cited.
    pub fn listing(&self) -> String {
        if self.lines.is_empty() {
            return String::new();
        }
        let mut listing = String::from("\n\nSources:\n");
        for (index, line) in self.lines.iter().enumerate() {
            listing.push_str(&format!("[{}] {line}\n", index + 1));
        }
        listing
    }
}

/// A cited span: the marker goes after the first `position` characters of the answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    pub position: usize,
    pub sources: Vec<Source>,
}

/// The answer with the markers of its marks, numbering their sources in `numbering`.
pub fn mark_text(text: &str, marks: &[Mark], numbering: &mut Numbering) -> String {
    let markers: Vec<(usize, String)> =
        marks.iter().map(|mark| (mark.position, numbering.marker(&mark.sources))).collect();
    let characters: Vec<char> = text.chars().collect();
    let mut rendered = String::with_capacity(text.len() + markers.len() * 4);
    for (position, marker) in &markers {
        if *position == 0 {
            rendered.push_str(marker);
        }
    }
    for (index, character) in characters.iter().enumerate() {
        rendered.push(*character);
        for (position, marker) in &markers {
            if *position == index + 1 {
                rendered.push_str(marker);
            }
        }
    }
    for (position, marker) in &markers {
        if *position > characters.len() {
            rendered.push_str(marker);
        }
    }
    rendered
}

/// The answer with its markers, and the numbered sources (as printed, without numbers).
pub fn with_markers(text: &str, marks: &[Mark]) -> (String, Vec<String>) {
    let mut numbering = Numbering::default();
    let rendered = mark_text(text, marks, &mut numbering);
    (rendered, numbering.sources())
}

/// The answer with its markers and the sources list, ending with a newline.
pub fn render(text: &str, marks: &[Mark]) -> String {
    let mut numbering = Numbering::default();
    let mut rendered = mark_text(text, marks, &mut numbering);
    let listing = numbering.listing();
    if listing.is_empty() {
        rendered.push('\n');
    } else {
        rendered.push_str(&listing);
    }
    rendered
}

/// A Converse message's content blocks (`text` and `citationsContent`) as the answer's text and
/// its marks, one after each cited block.
pub fn converse_answer(content: &[Value]) -> (String, Vec<Mark>) {
    let mut text = String::new();
    let mut marks = Vec::new();
    for block in content {
        if let Some(part) = block["text"].as_str() {
            text.push_str(part);
        } else if let Some(cited) = block.get("citationsContent") {
            for generated in cited["content"].as_array().into_iter().flatten() {
                text.push_str(generated["text"].as_str().unwrap_or_default());
            }
            let sources: Vec<Source> =
                cited["citations"].as_array().into_iter().flatten().map(Source::from_converse).collect();
            if !sources.is_empty() {
                marks.push(Mark { position: text.chars().count(), sources });
            }
        }
    }
    (text, marks)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn uri(label: &str) -> Source {
        Source { label: label.to_string(), quote: None }
    }

    #[test]
    fn markers_follow_spans_and_sources_are_numbered_once() {
        let marks = vec![
            Mark { position: 6, sources: vec![uri("s3://b/a.txt")] },
            Mark { position: 12, sources: vec![uri("s3://b/b.txt"), uri("s3://b/a.txt")] },
        ];
        assert_eq!(
            render("Alpha. Beta.", &marks),
            "Alpha.[1] Beta.[2][1]\n\nSources:\n[1] s3://b/a.txt\n[2] s3://b/b.txt\n"
        );
        assert_eq!(render("No sources.", &[]), "No sources.\n");
    }

    #[test]
    fn converse_blocks_become_marks_with_quoted_sources() {
        let citation = |title: &str, quote: &str, start: u64| {
            json!({"title": title, "sourceContent": [{"text": quote}],
                   "location": {"documentChar": {"documentIndex": 0, "start": start, "end": start + 4}}})
        };
        let content = vec![
            json!({"text": "Based on manual:"}),
            json!({"citationsContent": {"content": [{"text": " Two years."}], "citations": [citation("manual", "Two  years.", 0)]}}),
            json!({"citationsContent": {"content": [{"text": " Keep it dry."}], "citations": [citation("manual", "Two years.", 0)]}}),
        ];
        let (text, marks) = converse_answer(&content);
        assert_eq!(
            render(&text, &marks),
            "Based on manual: Two years.[1] Keep it dry.[1]\n\nSources:\n[1] manual: \"Two years.\"\n"
        );
        let untitled = Source::from_converse(&json!({"location": {"documentChunk": {"documentIndex": 1}}}));
        assert_eq!(untitled, Source { label: "document 2".into(), quote: None });
        let page = |start: u64, end: u64| {
            Source::from_converse(&json!({"title": "terms", "location": {"documentPage": {"documentIndex": 0, "start": start, "end": end}}}))
                .label
        };
        assert_eq!(page(2, 3), "terms, page 2");
        assert_eq!(page(2, 5), "terms, pages 2-4");
    }

    #[test]
    fn long_quotes_are_shortened_at_a_word() {
        let quote = "word ".repeat(40);
        let short = shorten(quote.trim(), 20);
        assert_eq!(short, "word word word word…");
        assert!(short.chars().count() <= 20);
        assert_eq!(shorten("short", 20), "short");
    }
}
