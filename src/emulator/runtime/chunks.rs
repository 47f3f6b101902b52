//! The chunk documents of an InvokeModelWithResponseStream answer. Runs of chunks that differ
//! only in their text piece (and a running count) are kept as a template and the pieces, and
//! written straight to JSON when the stream is encoded, instead of as one document each.

use std::io::Write;

use serde_json::Value;

use super::super::errors::ServiceError;
use super::event_stream::{Frames, write_chunk};

/// One part of a chunk template.
#[derive(Debug, Clone, PartialEq)]
enum Part {
    /// JSON text written as is.
    Literal(String),
    /// The piece, as a JSON string.
    Piece,
    /// The running count.
    Count,
}

/// A chunk document with placeholders for a text piece and a running count.
#[derive(Debug, Clone, PartialEq)]
pub struct Template {
    parts: Vec<Part>,
}

impl Template {
    /// The placeholder for the piece in a document given to [`Template::of`].
    pub const PIECE: &'static str = "\u{1}piece\u{1}";
    /// The placeholder for the running count in a document given to [`Template::of`].
    pub const COUNT: &'static str = "\u{1}count\u{1}";

    /// The template of a chunk document holding the placeholders [`Template::PIECE`] and
    /// [`Template::COUNT`] as string values: each chunk is that document with the piece in place
    /// of the first and its count (a number) in place of the second.
    pub fn of(document: &Value) -> Template {
        let serialized = document.to_string();
        let markers = [
            (Value::from(Self::PIECE).to_string(), Part::Piece),
            (Value::from(Self::COUNT).to_string(), Part::Count),
        ];
        let mut parts = Vec::new();
        let mut rest = serialized.as_str();
        while let Some((position, marker, part)) = markers
            .iter()
            .filter_map(|(marker, part)| rest.find(marker.as_str()).map(|position| (position, marker, part)))
            .min_by_key(|(position, _, _)| *position)
        {
            if position > 0 {
                parts.push(Part::Literal(rest[..position].to_string()));
            }
            parts.push(part.clone());
            rest = &rest[position + marker.len()..];
        }
        if !rest.is_empty() {
            parts.push(Part::Literal(rest.to_string()));
        }
        Template { parts }
    }

    /// Append the chunk JSON of `piece` with `count`.
    fn write(&self, out: &mut Vec<u8>, piece: &str, count: u64) -> Result<(), ServiceError> {
        for part in &self.parts {
            match part {
                Part::Literal(text) => out.extend_from_slice(text.as_bytes()),
                Part::Piece => {
                    serde_json::to_writer(&mut *out, piece).map_err(|_| ServiceError::internal())?
                }
                Part::Count => write!(out, "{count}").map_err(|_| ServiceError::internal())?,
            }
        }
        Ok(())
    }
}

/// Chunks that differ only in their piece: the pieces, concatenated, with where each ends.
#[derive(Debug, Clone, PartialEq)]
struct Run {
    template: Template,
    text: String,
    ends: Vec<usize>,
    /// The count of the first chunk; each following chunk counts one more.
    first_count: u64,
}

impl Run {
    fn len(&self) -> usize {
        self.ends.len()
    }

    fn piece(&self, index: usize) -> (&str, u64) {
        let start = if index == 0 { 0 } else { self.ends[index - 1] };
        (&self.text[start..self.ends[index]], self.first_count + index as u64)
    }

    fn write(&self, out: &mut Vec<u8>, index: usize) -> Result<(), ServiceError> {
        let (piece, count) = self.piece(index);
        self.template.write(out, piece, count)
    }

    fn document(&self, index: usize) -> Value {
        let mut json = Vec::new();
        self.write(&mut json, index).ok();
        serde_json::from_slice(&json).unwrap_or(Value::Null)
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Entry {
    Document(Value),
    Run(Run),
}

/// A stream's chunk documents, in order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Chunks {
    entries: Vec<Entry>,
}

impl Chunks {
    pub fn new() -> Self {
        Chunks::default()
    }

    /// Add a chunk.
    pub fn push(&mut self, document: Value) {
        self.entries.push(Entry::Document(document));
    }

    /// Add a chunk per piece, made from `template` with the piece and a count starting at
    /// `first_count`.
    pub fn push_pieces<S: AsRef<str>>(&mut self, template: Template, pieces: &[S], first_count: u64) {
        if pieces.is_empty() {
            return;
        }
        let mut text = String::with_capacity(pieces.iter().map(|piece| piece.as_ref().len()).sum());
        let ends = pieces
            .iter()
            .map(|piece| {
                text.push_str(piece.as_ref());
                text.len()
            })
            .collect();
        self.entries.push(Entry::Run(Run { template, text, ends, first_count }));
    }

    /// How many chunks there are.
    pub fn len(&self) -> usize {
        self.entries
            .iter()
            .map(|entry| match entry {
                Entry::Document(_) => 1,
                Entry::Run(run) => run.len(),
            })
            .sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Every chunk as a document.
    pub fn documents(&self) -> Vec<Value> {
        let mut documents = Vec::with_capacity(self.len());
        for entry in &self.entries {
            match entry {
                Entry::Document(document) => documents.push(document.clone()),
                Entry::Run(run) => documents.extend((0..run.len()).map(|index| run.document(index))),
            }
        }
        documents
    }

    /// The last chunk, as a document one can change.
    pub fn last_mut(&mut self) -> Option<&mut Value> {
        if let Some(Entry::Run(run)) = self.entries.last_mut() {
            let last = run.document(run.len() - 1);
            run.ends.pop();
            if run.ends.is_empty() {
                self.entries.pop();
            }
            self.entries.push(Entry::Document(last));
        }
        match self.entries.last_mut() {
            Some(Entry::Document(document)) => Some(document),
            _ => None,
        }
    }

    /// The chunk event frames of the stream.
    pub fn into_frames(self) -> ChunkFrames {
        let remaining = self.len();
        ChunkFrames { entries: self.entries.into_iter(), current: None, remaining, json: Vec::new() }
    }
}

impl From<Vec<Value>> for Chunks {
    fn from(documents: Vec<Value>) -> Self {
        Chunks { entries: documents.into_iter().map(Entry::Document).collect() }
    }
}

/// The `chunk` event frames of a stream's chunks, encoded one at a time.
pub struct ChunkFrames {
    entries: std::vec::IntoIter<Entry>,
    /// The run being written and the index of its next chunk.
    current: Option<(Run, usize)>,
    remaining: usize,
    /// The chunk JSON, reused from frame to frame.
    json: Vec<u8>,
}

impl Frames for ChunkFrames {
    fn remaining(&self) -> usize {
        self.remaining
    }

    fn write_next(&mut self, out: &mut Vec<u8>) -> Result<bool, ServiceError> {
        self.json.clear();
        loop {
            if let Some((run, index)) = &mut self.current {
                if *index < run.len() {
                    run.write(&mut self.json, *index)?;
                    *index += 1;
                    break;
                }
                self.current = None;
            }
            match self.entries.next() {
                None => return Ok(false),
                Some(Entry::Run(run)) => self.current = Some((run, 0)),
                Some(Entry::Document(document)) => {
                    serde_json::to_writer(&mut self.json, &document).map_err(|_| ServiceError::internal())?;
                    break;
                }
            }
        }
        self.remaining = self.remaining.saturating_sub(1);
        write_chunk(out, &self.json).map(|()| true)
    }
}

#[cfg(test)]
mod tests {
    use super::super::event_stream::{chunk, encode};
    use super::*;
    use serde_json::json;

    fn written(frames: &mut impl Frames) -> Vec<u8> {
        let mut out = Vec::new();
        while frames.write_next(&mut out).unwrap() {}
        out
    }

    #[test]
    fn templates_write_what_serde_json_writes() {
        let template = Template::of(&json!({
            "type": "delta",
            "count": Template::COUNT,
            "delta": {"text": Template::PIECE, "list": [1, null, "x"]},
            "after": Template::COUNT,
        }));
        for (piece, count) in [("", 1), ("plain", 2), (" quotes \" \\ \u{1} é中😀\n", 12345)] {
            let mut out = Vec::new();
            template.write(&mut out, piece, count).unwrap();
            let expected = json!({
                "type": "delta",
                "count": count,
                "delta": {"text": piece, "list": [1, null, "x"]},
                "after": count,
            });
            assert_eq!(String::from_utf8(out).unwrap(), expected.to_string());
        }
    }

    #[test]
    fn chunks_keep_their_order_count_and_last_document() {
        let template = Template::of(&json!({"text": Template::PIECE, "n": Template::COUNT}));
        let mut chunks = Chunks::new();
        chunks.push(json!({"start": true}));
        chunks.push_pieces(template.clone(), &["a", "b", "c"], 5);
        chunks.push_pieces(template, &Vec::<String>::new(), 1);
        assert_eq!(chunks.len(), 4);
        let documents = chunks.documents();
        assert_eq!(documents[1], json!({"text": "a", "n": 5}));
        assert_eq!(documents[3], json!({"text": "c", "n": 7}));
        let frames = encode(&documents.iter().map(chunk).collect::<Vec<_>>()).unwrap();
        assert_eq!(written(&mut chunks.clone().into_frames()), frames);

        chunks.last_mut().unwrap()["end"] = json!(true);
        assert_eq!(chunks.len(), 4);
        let documents = chunks.documents();
        assert_eq!(documents[2], json!({"text": "b", "n": 6}));
        assert_eq!(documents[3], json!({"text": "c", "n": 7, "end": true}));
        let mut frames = chunks.into_frames();
        assert_eq!(frames.remaining(), 4);
        let expected = encode(&documents.iter().map(chunk).collect::<Vec<_>>()).unwrap();
        assert_eq!(written(&mut frames), expected);
        assert_eq!(frames.remaining(), 0);
        assert!(Chunks::new().last_mut().is_none());
    }
}
