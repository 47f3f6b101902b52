//! Output of a response stream (`stream`, `converse --stream`, `chat`): generated text or
//! NDJSON events as they arrive.
//!
//! Pieces are collected in a buffer and written out by [`StreamSink::flush`], which the caller
//! invokes whenever it has no further event at hand, that is before it waits on the network. So
//! nothing that has arrived is held back while the model is still thinking, and a burst of
//! events that arrived together costs one write instead of one per event.

use std::io::Write;

use serde_json::Value;

use super::{LINE_OPEN, Output};
use crate::error::{Failure, Result};

/// Past this many buffered bytes the sink writes out even in the middle of a burst.
const HIGH_WATER: usize = 64 * 1024;

pub struct StreamSink<'a> {
    output: &'a Output,
    buffer: Vec<u8>,
    /// Whether the text written so far leaves a line open.
    line_open: bool,
    /// Whether reasoning is being shown (the answer starts on a line of its own after it).
    reasoning_open: bool,
}

impl<'a> StreamSink<'a> {
    pub fn new(output: &'a Output) -> Result<Self> {
        output.validate_query()?;
        Ok(StreamSink {
            output,
            buffer: Vec::with_capacity(8 * 1024),
            line_open: false,
            reasoning_open: false,
        })
    }

    /// A piece of the model's reasoning, dimmed when colour is on; the answer that follows starts
    /// on a new line.
    pub fn reasoning(&mut self, text: &str) -> Result<()> {
        if text.is_empty() {
            return Ok(());
        }
        self.buffer.extend_from_slice(super::paint(text, "2", self.output.stdout_color).as_bytes());
        self.line_open = !text.ends_with('\n');
        self.reasoning_open = true;
        self.spill()
    }

    /// A piece of generated text.
    pub fn text(&mut self, text: &str) -> Result<()> {
        if text.is_empty() {
            return Ok(());
        }
        if std::mem::take(&mut self.reasoning_open) {
            self.buffer.extend_from_slice(if self.line_open { b"\n\n" } else { b"\n" });
        }
        self.buffer.extend_from_slice(text.as_bytes());
        self.line_open = !text.ends_with('\n');
        self.spill()
    }

    /// One event as an NDJSON line; `--query` is applied to it and a null result is skipped.
    pub fn ndjson(&mut self, value: &Value) -> Result<()> {
        let shown = self.output.queried(value)?;
        if shown.is_null() {
            return Ok(());
        }
        serde_json::to_writer(&mut self.buffer, shown.as_ref())
            .map_err(|error| Failure::other("output", format!("cannot render an event: {error}")))?;
        self.buffer.push(b'\n');
        self.line_open = false;
        self.spill()
    }

    /// One event already rendered as a line of JSON (no newline inside), written as it is.
    pub fn json_line(&mut self, json: &[u8]) -> Result<()> {
        self.buffer.extend_from_slice(json);
        self.buffer.push(b'\n');
        self.line_open = false;
        self.spill()
    }

    /// Write out what is buffered.
    pub fn flush(&mut self) -> Result<()> {
        LINE_OPEN.store(self.line_open, std::sync::atomic::Ordering::Relaxed);
        if self.buffer.is_empty() {
            return Ok(());
        }
        super::progress::end_waiting();
        let mut stdout = std::io::stdout().lock();
        let written = stdout.write_all(&self.buffer).and_then(|()| stdout.flush());
        self.buffer.clear();
        written.map_err(Failure::from_write)
    }

    /// Write out what is buffered and end the text with a newline unless it already ended with one.
    pub fn finish(mut self) -> Result<()> {
        self.flush()?;
        self.output.end_stream_text()
    }

    fn spill(&mut self) -> Result<()> {
        if self.buffer.len() >= HIGH_WATER { self.flush() } else { Ok(()) }
    }
}

impl Drop for StreamSink<'_> {
    /// An interrupted or failed stream keeps what arrived.
    fn drop(&mut self) {
        let _ = self.flush();
    }
}
