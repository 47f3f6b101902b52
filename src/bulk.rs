//! Bulk on-demand invocation (`--input FILE.jsonl --concurrency N` on invoke, converse and
//! embed): one request per JSON line, run concurrently on one runtime. Requests are paced by
//! tokens under the model's tokens-per-minute budget (`pacing`); throttled requests are retried,
//! and only a sustained share of capacity throttling lowers the number in flight, so a throttled
//! run slows down instead of failing lines; a spent daily quota stops the run with every finished
//! result written, resumable; transient errors are retried; every input line yields exactly
//! one NDJSON result line, in input order (through a bounded reorder window) or in completion
//! order. `--resume FILE` skips the ids a previous, interrupted run already answered in FILE and
//! appends the rest there; lines whose result was an error are run again unless
//! `--resume-keep-errors`. Ids are unique in a run: a line whose id another line already has gets
//! an error line naming both. A line that is not UTF-8 or not JSON gets an error line and the run
//! goes on. Memory stays flat: the input is read by a thread through a bounded
//! channel, and no more than the reorder window of results is held.

pub mod pacing;

use std::cell::Cell;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::future::Future;
use std::hash::{Hash, Hasher};
use std::io::{BufRead, BufReader, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use futures_util::StreamExt;
use futures_util::stream::FuturesUnordered;
use serde_json::{Map, Value, json};

use crate::error::{Failure, Kind, Result};
use crate::output::bulk::{BulkProgress, Tally};

/// The most requests a run may keep in flight.
pub const MAXIMUM_CONCURRENCY: usize = 1024;
/// How often a throttled request is retried before its line gets the throttling error.
const THROTTLE_RETRIES: u32 = 16;
/// How often a request that failed for a transient reason (5xx, network) is retried.
const TRANSIENT_RETRIES: u32 = 4;
/// The first retry delay; it doubles with each retry, up to `MAXIMUM_BACKOFF`.
const FIRST_BACKOFF: Duration = Duration::from_millis(100);
/// The first delay after a throttle. Shorter: the gate bounds the requests in flight, so a quick
/// retry never adds load beyond `--concurrency`, and a long pause only stretches the run's tail
/// (token throttles wait for the pacer anyway).
const FIRST_THROTTLE_BACKOFF: Duration = Duration::from_millis(25);
const MAXIMUM_BACKOFF: Duration = Duration::from_secs(10);
/// Lines buffered between the reading thread and the runner.
const READ_AHEAD: usize = 64;

/// The flags of a bulk run, shared by the commands that accept `--input`.
#[derive(Debug, Clone, Default, clap::Args)]
#[command(next_help_heading = "Bulk")]
pub struct BulkFlags {
    /// Run one request per line of this JSON Lines file (- for stdin) and print one NDJSON result
    /// line per input line, {"id", …} or {"id", "error"}; lines are a string or an object with
    /// an optional "id".
    #[arg(long, value_name = "FILE.jsonl")]
    pub input: Option<PathBuf>,

    /// Requests in flight at most (with --input); throttling lowers it for a while.
    #[arg(long, value_name = "N", default_value_t = 8, requires = "input")]
    pub concurrency: usize,

    /// Print results as they complete instead of in input order (with --input).
    #[arg(long, requires = "input")]
    pub unordered: bool,

    /// Continue an interrupted run whose results went to FILE: skip the ids FILE already answered
    /// and append the other results to FILE (nothing goes to stdout); lines whose result was an
    /// error are run again.
    #[arg(long, value_name = "FILE", requires = "input")]
    pub resume: Option<PathBuf>,

    /// With --resume: keep the error lines FILE has instead of running those lines again.
    #[arg(long, requires = "resume")]
    pub resume_keep_errors: bool,

    /// Tokens per minute the run may use (with --input): a number (2000000, 2_000_000, 2M,
    /// 500k), or auto for the model's quota read from Service Quotas. Without it the budget is
    /// learnt from the service's token throttling.
    #[arg(long, value_name = "N|auto", requires = "input", value_parser = parse_tpm)]
    pub tpm: Option<Tpm>,
}

/// The `--tpm` budget.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tpm {
    /// The model's tokens-per-minute quota, from Service Quotas.
    Auto,
    Tokens(u64),
}

fn parse_tpm(value: &str) -> std::result::Result<Tpm, String> {
    let text = value.trim();
    if text.eq_ignore_ascii_case("auto") {
        return Ok(Tpm::Auto);
    }
    let (digits, scale) = match text.char_indices().last() {
        Some((at, 'k' | 'K')) => (&text[..at], 1_000),
        Some((at, 'm' | 'M')) => (&text[..at], 1_000_000),
        _ => (text, 1),
    };
    digits
        .replace('_', "")
        .parse::<u64>()
        .ok()
        .and_then(|tokens| tokens.checked_mul(scale))
        .filter(|tokens| *tokens > 0)
        .map(Tpm::Tokens)
        .ok_or_else(|| format!("{value:?}: give tokens per minute (1 or more, e.g. 200000 or 2M) or auto"))
}

impl BulkFlags {
    pub fn options(&self) -> Options {
        Options {
            concurrency: self.concurrency,
            unordered: self.unordered,
            resume: self.resume.clone(),
            keep_errors: self.resume_keep_errors,
            plain_lines: false,
            tokens_per_minute: match self.tpm {
                Some(Tpm::Tokens(tokens)) => Some(tokens),
                _ => None,
            },
            output_tokens: 0,
        }
    }
}

/// Error lines make the whole run fail (exit 254) after every line has been written.
pub fn check_summary(summary: &Summary) -> Result<()> {
    if summary.failed == 0 {
        return Ok(());
    }
    Err(Failure::new(
        Kind::Service,
        "BulkLinesFailed",
        format!(
            "{} of {} lines failed; their result lines carry the error",
            summary.failed,
            summary.failed + summary.answered + summary.skipped
        ),
    ))
}

/// How a bulk run goes.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Requests in flight at most.
    pub concurrency: usize,
    /// Write results as they complete instead of in input order.
    pub unordered: bool,
    /// Continue the run whose results are in this file, appending to it.
    pub resume: Option<PathBuf>,
    /// On resume, keep the file's error lines instead of running their lines again.
    pub keep_errors: bool,
    /// Lines that are not JSON (do not start with `{` or `"`) are plain text records.
    pub plain_lines: bool,
    /// The tokens-per-minute budget; learnt from token throttling when `None`.
    pub tokens_per_minute: Option<u64>,
    /// The output tokens a request reserves when its line names no maximum of its own (the
    /// command's max tokens; 0 for embeddings).
    pub output_tokens: u64,
}

impl Options {
    pub fn check(&self) -> Result<()> {
        if self.concurrency == 0 || self.concurrency > MAXIMUM_CONCURRENCY {
            return Err(Failure::usage(format!(
                "--concurrency {}: use 1 to {MAXIMUM_CONCURRENCY}",
                self.concurrency
            )));
        }
        Ok(())
    }

    /// Results held at most while waiting for an earlier line (ordered output).
    fn reorder_window(&self) -> usize {
        (self.concurrency * 4).max(256)
    }
}

/// One input line: its 1-based number, its id (the line's `id` member, or the line number), and
/// the parsed line.
#[derive(Debug, Clone)]
pub struct Line {
    pub number: u64,
    pub id: Value,
    pub record: Value,
}

/// What one request produced: members for the result line, and token counts for the progress.
#[derive(Debug, Clone, Default)]
pub struct Answer {
    pub members: Map<String, Value>,
    pub input_tokens: u64,
    pub output_tokens: u64,
}

/// What a run did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    pub answered: u64,
    pub failed: u64,
    pub skipped: u64,
    pub retries: u64,
}

/// Where input lines come from: a file, or stdin (`-`).
pub fn open_input(path: &Path) -> Result<(Box<dyn Read + Send>, Option<u64>)> {
    if path.as_os_str() == "-" {
        return Ok((Box::new(std::io::stdin()), None));
    }
    let file = std::fs::File::open(path).map_err(|error| Failure::file(path, "read --input", &error))?;
    let total = count_lines(path)?;
    Ok((Box::new(file), Some(total)))
}

/// Non-blank lines of a file, counted without holding it (for the progress bar's total).
fn count_lines(path: &Path) -> Result<u64> {
    let file = std::fs::File::open(path).map_err(|error| Failure::file(path, "read --input", &error))?;
    let mut reader = BufReader::with_capacity(1 << 16, file);
    let mut line = Vec::new();
    let mut count = 0;
    loop {
        line.clear();
        let read = reader
            .read_until(b'\n', &mut line)
            .map_err(|error| Failure::file(path, "read --input", &error))?;
        if read == 0 {
            return Ok(count);
        }
        if !line.iter().all(u8::is_ascii_whitespace) {
            count += 1;
        }
    }
}

/// Parse one input line: JSON (a string or an object), with the line number as the default id.
pub fn parse_line(number: u64, text: &str) -> std::result::Result<Line, String> {
    let record: Value = serde_json::from_str(text)
        .map_err(|error| format!("line {number} is not JSON: {error} (column {})", error.column()))?;
    let id = match &record {
        Value::Object(object) => match object.get("id") {
            None | Some(Value::Null) => json!(number),
            Some(id @ (Value::String(_) | Value::Number(_))) => id.clone(),
            Some(_) => return Err(format!("line {number}: \"id\" must be a string or a number")),
        },
        Value::String(_) => json!(number),
        _ => return Err(format!("line {number} must be a JSON string or object")),
    };
    Ok(Line { number, id, record })
}

/// A stable 64-bit key for an id (ids of a resumed output are remembered by key, not by text).
fn id_key(id: &Value) -> u64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    match id {
        Value::String(text) => ("s", text.as_str()).hash(&mut hasher),
        other => ("n", other.to_string()).hash(&mut hasher),
    }
    hasher.finish()
}

/// What a previous run left in its `--resume` file.
#[derive(Debug, Default)]
struct Resumed {
    /// The ids answered (a result line without "error").
    done_ids: HashSet<u64>,
    /// The line numbers whose error lines are kept (`--resume-keep-errors`).
    kept_error_lines: HashSet<u64>,
    /// Error lines taken out of the file to be run again.
    retried: u64,
}

impl Resumed {
    fn is_done(&self, line: &Line) -> bool {
        self.done_ids.contains(&id_key(&line.id)) || self.kept_error_lines.contains(&line.number)
    }
}

/// What a previous run wrote to `path`. A torn last line (an interrupted write) is cut off the
/// file so that appended results start on a line of their own; unless `keep_errors`, error lines
/// are taken out of the file (rewritten atomically) so that their lines run again.
fn resume_state(path: &Path, keep_errors: bool) -> Result<Resumed> {
    let mut file = match std::fs::OpenOptions::new().read(true).write(true).open(path) {
        Ok(file) => file,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(Resumed::default()),
        Err(error) => return Err(Failure::file(path, "open the --resume file", &error)),
    };
    let mut resumed = Resumed::default();
    let mut complete_bytes: u64 = 0;
    let mut reader = BufReader::new(&mut file);
    let mut line = Vec::new();
    let mut number = 0u64;
    loop {
        line.clear();
        let read = reader
            .read_until(b'\n', &mut line)
            .map_err(|error| Failure::file(path, "read the --resume file", &error))?;
        if read == 0 || !line.ends_with(b"\n") {
            break;
        }
        number += 1;
        complete_bytes += read as u64;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let document: Value = serde_json::from_slice(&line).map_err(|error| {
            Failure::usage(format!("--resume {}: line {number} is not JSON: {error}", path.display()))
        })?;
        let id = match document.get("id") {
            Some(id) if !id.is_null() => id,
            _ => {
                return Err(Failure::usage(format!(
                    "--resume {}: line {number} has no \"id\"; is this the output of a bulk run?",
                    path.display()
                )));
            }
        };
        if document.get("error").is_none() {
            resumed.done_ids.insert(id_key(id));
        } else if !keep_errors {
            resumed.retried += 1;
        } else {
            // An error line names its input line; an older file's error line has only its id.
            match document.get("line").and_then(Value::as_u64) {
                Some(input_line) => resumed.kept_error_lines.insert(input_line),
                None => resumed.done_ids.insert(id_key(id)),
            };
        }
    }
    drop(reader);
    if resumed.retried > 0 {
        drop(file);
        remove_error_lines(path)?;
        return Ok(resumed);
    }
    let length =
        file.metadata().map_err(|error| Failure::file(path, "read the --resume file", &error))?.len();
    if length > complete_bytes {
        file.set_len(complete_bytes)
            .map_err(|error| Failure::file(path, "trim the --resume file", &error))?;
    }
    Ok(resumed)
}

/// Rewrite a `--resume` file without its error lines (and without a torn last line), atomically:
/// interrupted, the file is either the old one or the new one.
fn remove_error_lines(path: &Path) -> Result<()> {
    let source =
        std::fs::File::open(path).map_err(|error| Failure::file(path, "read the --resume file", &error))?;
    let written = crate::files::write_atomically(path, true, |out| {
        let mut reader = BufReader::new(source);
        let mut line = Vec::new();
        loop {
            line.clear();
            if reader.read_until(b'\n', &mut line)? == 0 || !line.ends_with(b"\n") {
                return Ok(());
            }
            let is_error =
                serde_json::from_slice::<Value>(&line).is_ok_and(|document| document.get("error").is_some());
            if !is_error {
                out.write_all(&line)?;
            }
        }
    });
    written.map_err(|error| Failure::file(path, "rewrite the --resume file", &error))
}

/// Whether a failure is worth retrying, and how.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Retry {
    Throttled,
    Transient,
    Never,
}

fn retry_kind(failure: &Failure) -> Retry {
    match failure.code.as_str() {
        "ThrottlingException"
        | "TooManyRequestsException"
        | "Throttling"
        | "ServiceQuotaExceededException" => Retry::Throttled,
        "InternalServerException"
        | "ServiceUnavailableException"
        | "ModelNotReadyException"
        | "ModelTimeoutException"
        | "timeout"
        | "network" => Retry::Transient,
        _ if failure.kind == Kind::Other => Retry::Transient,
        _ => Retry::Never,
    }
}

/// The delay before retry `attempt` (1-based) of line `number`: exponential, capped, with a
/// deterministic jitter so that throttled requests do not come back all at once.
fn backoff(number: u64, attempt: u32, first: Duration) -> Duration {
    let base = first.saturating_mul(1 << attempt.saturating_sub(1).min(16)).min(MAXIMUM_BACKOFF);
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    (number, attempt).hash(&mut hasher);
    let fraction = (hasher.finish() % 1000) as f64 / 1000.0;
    base.mul_f64(0.5 + fraction / 2.0)
}

/// The number of requests allowed in flight. Capacity throttling of a few requests is retried
/// and leaves it alone (cutting it at every throttle collapses a run under random throttling);
/// when throttles become a sustained share of the attempts it is cut by a quarter, at most once
/// per backoff period, and success creeps it back up.
#[derive(Debug, Clone)]
struct Window {
    limit: f64,
    maximum: f64,
    /// The share of recent attempts throttled (an exponential moving average).
    throttled_share: f64,
    last_cut: Option<Instant>,
}

/// The throttled share of attempts above which the window shrinks.
const THROTTLED_SHARE_LIMIT: f64 = 0.25;
/// Weight of the newest attempt in the throttled share.
const SHARE_WEIGHT: f64 = 0.02;

impl Window {
    fn new(maximum: usize) -> Self {
        Window { limit: maximum as f64, maximum: maximum as f64, throttled_share: 0.0, last_cut: None }
    }

    fn allowed(&self) -> usize {
        self.limit.floor().max(1.0) as usize
    }

    fn throttled(&mut self, now: Instant) {
        self.throttled_share = self.throttled_share * (1.0 - SHARE_WEIGHT) + SHARE_WEIGHT;
        if self.throttled_share <= THROTTLED_SHARE_LIMIT
            || self.last_cut.is_some_and(|last| now.duration_since(last) < FIRST_BACKOFF)
        {
            return;
        }
        self.limit = (self.limit * 0.75).max(1.0);
        self.last_cut = Some(now);
    }

    fn succeeded(&mut self) {
        self.throttled_share *= 1.0 - SHARE_WEIGHT;
        self.limit = (self.limit + 1.0 / self.limit).min(self.maximum);
    }
}

/// Bounds the requests running at once (waiting for the token budget or for their answer) to the
/// window's limit; retries sleeping out their backoff hold no place.
struct Gate {
    running: Cell<usize>,
    limit: Cell<usize>,
    freed: tokio::sync::Notify,
}

/// A running request's place in the gate, given back when dropped.
struct Place<'a> {
    gate: &'a Gate,
}

impl Gate {
    fn new(limit: usize) -> Self {
        Gate { running: Cell::new(0), limit: Cell::new(limit), freed: tokio::sync::Notify::new() }
    }

    fn set_limit(&self, limit: usize) {
        if limit > self.limit.get() {
            self.freed.notify_waiters();
        }
        self.limit.set(limit);
    }

    /// Wait for a place. (Every future of a run is polled by one task, so nothing can free a
    /// place between the check and the registration of `freed`.)
    async fn enter(&self) -> Place<'_> {
        loop {
            let freed = self.freed.notified();
            if self.running.get() < self.limit.get() {
                self.running.set(self.running.get() + 1);
                return Place { gate: self };
            }
            freed.await;
        }
    }
}

impl Drop for Place<'_> {
    fn drop(&mut self) {
        self.gate.running.set(self.gate.running.get().saturating_sub(1));
        self.gate.freed.notify_waiters();
    }
}

/// Where result lines go: stdout, or appended to the `--resume` file.
enum Sink<'a> {
    Stdout(&'a crate::output::Output),
    /// The file, its path, and its length after the last whole line.
    File(std::fs::File, PathBuf, u64),
}

impl Sink<'_> {
    fn write(&mut self, line: &Value) -> Result<()> {
        match self {
            Sink::Stdout(output) => output.ndjson(line),
            Sink::File(file, path, length) => {
                let mut text = crate::output::json::render_line(line);
                if !text.ends_with('\n') {
                    text.push('\n');
                }
                match file.write_all(text.as_bytes()) {
                    Ok(()) => {
                        *length += text.len() as u64;
                        Ok(())
                    }
                    Err(error) => {
                        // A line written in part (a full disk) is cut off again, so that the file
                        // ends with a whole line; if even that fails, say so.
                        let restored = file.set_len(*length).is_ok();
                        let hint = if restored {
                            "the file holds every result written so far; run the same command again to go on"
                        } else {
                            "its last line may be cut off; the same command run again trims it and goes on"
                        };
                        Err(Failure::file(path, "write results to", &error).with_hint(hint))
                    }
                }
            }
        }
    }
}

/// The result line of a request; an error line also names its input line, so that a resumed
/// run can keep it even where two lines share an id.
fn result_line(input: &Line, outcome: std::result::Result<Answer, Failure>) -> (Value, bool, u64) {
    let mut line = Map::new();
    line.insert("id".into(), input.id.clone());
    match outcome {
        Ok(answer) => {
            let tokens = answer.input_tokens + answer.output_tokens;
            line.extend(answer.members);
            (Value::Object(line), true, tokens)
        }
        Err(failure) => {
            let mut error = json!({"code": failure.code, "message": failure.message});
            if let Some(request_id) = failure.request_id {
                error["requestId"] = json!(request_id);
            }
            line.insert("line".into(), json!(input.number));
            line.insert("error".into(), error);
            (Value::Object(line), false, 0)
        }
    }
}

/// One line read: its number and its text, or why the line has no text (not UTF-8).
type ReadLine = (u64, std::result::Result<String, String>);

/// The text of one line of bytes (its `\n` or `\r\n` taken off), or why it is not text.
fn line_text(number: u64, mut bytes: Vec<u8>) -> std::result::Result<String, String> {
    if bytes.ends_with(b"\n") {
        bytes.pop();
        if bytes.ends_with(b"\r") {
            bytes.pop();
        }
    }
    String::from_utf8(bytes).map_err(|error| {
        let column = error.utf8_error().valid_up_to() + 1;
        let byte = error.as_bytes()[column - 1];
        format!("line {number} is not UTF-8: byte 0x{byte:02x} at column {column}")
    })
}

/// Read lines on a thread into a bounded channel: each line, or an error reading the input.
fn spawn_reader(
    input: Box<dyn Read + Send>,
) -> tokio::sync::mpsc::Receiver<std::result::Result<ReadLine, String>> {
    let (sender, receiver) = tokio::sync::mpsc::channel(READ_AHEAD);
    std::thread::spawn(move || {
        let mut reader = BufReader::with_capacity(1 << 16, input);
        let mut number = 0u64;
        loop {
            let mut bytes = Vec::new();
            let item = match reader.read_until(b'\n', &mut bytes) {
                Ok(0) => return,
                Ok(_) => {
                    number += 1;
                    Ok((number, line_text(number, bytes)))
                }
                Err(error) => {
                    Err(format!("cannot read input line {}: {}", number + 1, crate::error::io_reason(&error)))
                }
            };
            let stop = item.is_err();
            if sender.blocking_send(item).is_err() || stop {
                return;
            }
        }
    });
    receiver
}

/// The ids given out so far in a run. A line's default id is its line number, so default ids
/// need one bit each (which line numbers were given out as ids); only the lines' own `"id"`s are
/// kept whole, by id key with the line that has it. Memory stays small for runs of millions of
/// lines without ids of their own.
#[derive(Debug, Default)]
struct Ids {
    /// Explicit ids: id key → the line that has it.
    explicit: HashMap<u64, u64>,
    /// Bit `n` is set when line `n`'s line number is its id.
    defaults: Vec<u64>,
}

impl Ids {
    fn default_taken(&self, number: u64) -> bool {
        let (word, bit) = ((number / 64) as usize, number % 64);
        self.defaults.get(word).is_some_and(|bits| bits & (1 << bit) != 0)
    }

    fn take_default(&mut self, number: u64) {
        let (word, bit) = ((number / 64) as usize, number % 64);
        if self.defaults.len() <= word {
            self.defaults.resize(word + 1, 0);
        }
        self.defaults[word] |= 1 << bit;
    }

    /// Give `line` its id, or say which earlier line has it already.
    fn claim(&mut self, line: &Line, explicit: bool) -> std::result::Result<(), String> {
        let key = id_key(&line.id);
        // The earlier line with this id, and whether it was that line's own "id".
        let taken = match self.explicit.get(&key) {
            Some(&first) => Some((first, true)),
            None => {
                line.id.as_u64().filter(|number| self.default_taken(*number)).map(|number| (number, false))
            }
        };
        let Some((first, first_explicit)) = taken else {
            if explicit {
                self.explicit.insert(key, line.number);
            } else {
                self.take_default(line.number);
            }
            return Ok(());
        };
        let id = crate::output::json::render_line(&line.id);
        let id = id.trim_end();
        let theirs = if first_explicit { "the \"id\"" } else { "the line number" };
        Err(if explicit {
            format!(
                "line {}: id {id} is already {theirs} of line {first}; ids must be unique in a run",
                line.number
            )
        } else {
            format!(
                "line {} has no \"id\" and its line number {id} is already {theirs} of line {first}; give line {} an \"id\"",
                line.number, line.number
            )
        })
    }
}

/// How an attempt ended: the call's outcome, or not run because the daily token quota is spent.
enum Outcome {
    Done(std::result::Result<Answer, Failure>),
    NotRun,
}

/// A finished attempt: sequence number, line, tries so far, throttled tries, outcome.
type Finished = (u64, Line, u32, u32, Outcome);

/// The characters of a line's request that count as input (for the token estimate).
fn record_characters(record: &Value) -> usize {
    match record {
        Value::String(text) => text.len(),
        Value::Object(object) => object
            .iter()
            .filter(|(key, _)| key.as_str() != "id")
            .map(|(key, value)| key.len() + record_characters(value))
            .sum(),
        Value::Array(values) => values.iter().map(record_characters).sum(),
        other => other.to_string().len(),
    }
}

/// The output tokens a line's request reserves: the maximum its own body or inference
/// configuration names, or the command's.
fn line_output_tokens(record: &Value, default: u64) -> u64 {
    let Value::Object(object) = record else { return default };
    object
        .get("body")
        .and_then(Value::as_object)
        .and_then(crate::bedrock_quotas::requested_max_tokens)
        .or_else(|| crate::bedrock_quotas::requested_max_tokens(object))
        .unwrap_or(default)
}

/// Run `call` over every line of `input`, writing one result line per input line. Ctrl-C ends
/// the run (130) with a hint naming the command that resumes it.
pub async fn run<F, Fut>(
    output: &crate::output::Output,
    options: &Options,
    input: Box<dyn Read + Send>,
    total: Option<u64>,
    call: F,
) -> Result<Summary>
where
    F: Fn(Line) -> Fut,
    Fut: Future<Output = std::result::Result<Answer, Failure>>,
{
    let with_hint = |failure: Failure| failure.with_hint(resume_hint(options));
    tokio::select! {
        biased;
        result = run_lines(output, options, input, total, call) => match result {
            Err(failure) if failure.kind == Kind::Interrupted => Err(with_hint(failure)),
            other => other,
        },
        _ = tokio::signal::ctrl_c() => Err(with_hint(Failure::interrupted())),
    }
}

/// The command that resumes this run: the same command when it has `--resume`; else, when
/// stdout was redirected to a file, this command with `--resume` that file.
fn resume_hint(options: &Options) -> String {
    let arguments: Vec<String> =
        std::env::args_os().map(|argument| argument.to_string_lossy().into_owned()).collect();
    let command = arguments.iter().map(|argument| shell_quote(argument)).collect::<Vec<_>>().join(" ");
    match (&options.resume, redirected_stdout()) {
        (Some(_), _) => format!("resume with the same command: {command}"),
        (None, Some(path)) => format!(
            "resume with: {command} --resume {} (it appends to that file; do not redirect stdout to it again)",
            shell_quote(&path.display().to_string())
        ),
        (None, None) => {
            format!(
                "the results went to stdout; to make a run resumable, write them to a file: {command} --resume results.jsonl"
            )
        }
    }
}

/// The regular file stdout is redirected to, where the system says (Linux).
fn redirected_stdout() -> Option<PathBuf> {
    if !cfg!(target_os = "linux") {
        return None;
    }
    let path = std::fs::read_link("/proc/self/fd/1").ok()?;
    std::fs::metadata(&path).ok()?.is_file().then_some(path)
}

/// A word as a POSIX shell reads it back.
fn shell_quote(word: &str) -> String {
    let plain = !word.is_empty()
        && word.chars().all(|c| {
            c.is_ascii_alphanumeric()
                || matches!(c, '_' | '-' | '.' | '/' | ':' | '=' | '@' | '%' | '+' | ',')
        });
    if plain { word.to_string() } else { format!("'{}'", word.replace('\'', "'\\''")) }
}

async fn run_lines<F, Fut>(
    output: &crate::output::Output,
    options: &Options,
    input: Box<dyn Read + Send>,
    total: Option<u64>,
    call: F,
) -> Result<Summary>
where
    F: Fn(Line) -> Fut,
    Fut: Future<Output = std::result::Result<Answer, Failure>>,
{
    options.check()?;
    let resumed = match &options.resume {
        Some(path) => resume_state(path, options.keep_errors)?,
        None => Resumed::default(),
    };
    if resumed.retried > 0 {
        output.info(&format!(
            "resuming: running again {} line{} whose result was an error (--resume-keep-errors keeps them)",
            resumed.retried,
            if resumed.retried == 1 { "" } else { "s" }
        ));
    }
    let mut ids = Ids::default();
    let mut sink = match &options.resume {
        Some(path) => {
            // Results hold conversation data: a file we create is readable by the owner only.
            let mut open = std::fs::OpenOptions::new();
            open.create(true).append(true);
            #[cfg(unix)]
            {
                use std::os::unix::fs::OpenOptionsExt;
                open.mode(0o600);
            }
            let file =
                open.open(path).map_err(|error| Failure::file(path, "open the --resume file", &error))?;
            let length = match file.try_clone() {
                Ok(mut seekable) => seekable.seek(SeekFrom::End(0)).unwrap_or(0),
                Err(_) => file.metadata().map(|metadata| metadata.len()).unwrap_or(0),
            };
            Sink::File(file, path.clone(), length)
        }
        None => Sink::Stdout(output),
    };
    let mut lines = spawn_reader(input);
    let progress = BulkProgress::start(output, total);
    let mut tally = Tally::default();
    let mut summary = Summary::default();
    let mut window = Window::new(options.concurrency);
    let pacer = pacing::Pacer::new(options.tokens_per_minute);
    let gate = Gate::new(window.allowed());
    // Retries waiting out their backoff: they do not count against the requests in flight.
    let sleeping = Cell::new(0usize);
    let reorder = options.reorder_window();
    // Results waiting for an earlier line, by sequence number (ordered output only).
    let mut waiting: BTreeMap<u64, Value> = BTreeMap::new();
    let mut next_sequence: u64 = 0;
    let mut next_to_write: u64 = 0;
    let mut input_done = false;
    let mut read_error: Option<Failure> = None;
    // The daily token quota's throttling message, once the service said it is spent.
    let mut daily_spent: Option<String> = None;
    let mut not_run: u64 = 0;
    let mut in_flight = FuturesUnordered::new();
    // Retries of a line are run as a new attempt: (sequence, line, attempt, throttled attempts).
    type Attempt<'a> = std::pin::Pin<Box<dyn Future<Output = Finished> + 'a>>;
    let call = &call;
    let pacer = &pacer;
    let gate = &gate;
    let sleeping = &sleeping;
    let attempt = |sequence: u64, line: Line, tries: u32, throttles: u32, delay: Duration| -> Attempt<'_> {
        let raw_input = pacing::Pacer::estimate(record_characters(&line.record));
        let output_tokens = line_output_tokens(&line.record, options.output_tokens);
        Box::pin(async move {
            if !delay.is_zero() {
                sleeping.set(sleeping.get() + 1);
                tokio::time::sleep(delay).await;
                sleeping.set(sleeping.get() - 1);
            }
            let place = gate.enter().await;
            let Some(ticket) = pacer.acquire(raw_input, output_tokens).await else {
                return (sequence, line, tries, throttles, Outcome::NotRun);
            };
            let outcome = call(line.clone()).await;
            drop(place);
            match &outcome {
                Ok(answer) => pacer.settle(ticket, answer.input_tokens, answer.output_tokens),
                Err(failure) if retry_kind(failure) == Retry::Throttled => {
                    match pacing::classify(&failure.message) {
                        pacing::Throttle::TokensPerMinute => pacer.token_throttled(ticket, Instant::now()),
                        pacing::Throttle::TokensPerDay => {
                            pacer.release(ticket);
                            pacer.close();
                        }
                        pacing::Throttle::Capacity => pacer.release(ticket),
                    }
                }
                Err(_) => pacer.release(ticket),
            }
            (sequence, line, tries, throttles, Outcome::Done(outcome))
        })
    };
    let finished =
        |sequence: u64, line: Line, outcome: std::result::Result<Answer, Failure>| -> Attempt<'_> {
            Box::pin(async move { (sequence, line, 0, 0, Outcome::Done(outcome)) })
        };
    loop {
        while !input_done
            && read_error.is_none()
            && daily_spent.is_none()
            && in_flight.len().saturating_sub(sleeping.get()) < window.allowed()
            && in_flight.len() < 2 * window.allowed() + 16
            && (options.unordered || next_sequence < next_to_write + reorder as u64)
        {
            match lines.recv().await {
                None => input_done = true,
                Some(Err(message)) => read_error = Some(Failure::usage(message)),
                Some(Ok((number, text))) => {
                    if text.as_ref().is_ok_and(|text| text.trim().is_empty()) {
                        continue;
                    }
                    let parsed = text.and_then(|text| {
                        if options.plain_lines && !text.trim_start().starts_with(['{', '"']) {
                            Ok(Line { number, id: json!(number), record: Value::String(text) })
                        } else {
                            parse_line(number, text.trim())
                        }
                    });
                    let (line, problem) = match parsed {
                        Ok(line) => {
                            let explicit = line.record.get("id").is_some_and(|id| !id.is_null());
                            let claimed = ids.claim(&line, explicit);
                            (line, claimed.err().map(|message| ("DuplicateId", message)))
                        }
                        // A line that cannot be read still gets its result line, keyed by its
                        // number, so that every input line has exactly one.
                        Err(message) => {
                            let line = Line { number, id: json!(number), record: Value::Null };
                            let _ = ids.claim(&line, false);
                            (line, Some(("InvalidInput", message)))
                        }
                    };
                    if let Some((code, message)) = problem {
                        if resumed.kept_error_lines.contains(&number)
                            || (code == "InvalidInput" && resumed.is_done(&line))
                        {
                            summary.skipped += 1;
                            continue;
                        }
                        let failure = Failure::new(Kind::Usage, code, message);
                        in_flight.push(finished(next_sequence, line, Err(failure)));
                        next_sequence += 1;
                        continue;
                    }
                    if resumed.is_done(&line) {
                        summary.skipped += 1;
                        tally.skipped += 1;
                        progress.update(&tally);
                        continue;
                    }
                    in_flight.push(attempt(next_sequence, line, 0, 0, Duration::ZERO));
                    next_sequence += 1;
                }
            }
        }
        let Some((sequence, line, tries, throttles, outcome)) = in_flight.next().await else {
            break;
        };
        let outcome = match outcome {
            Outcome::NotRun => {
                not_run += 1;
                continue;
            }
            Outcome::Done(Err(failure)) if failure.kind == Kind::Interrupted => return Err(failure),
            Outcome::Done(Err(failure)) => {
                let retry = retry_kind(&failure);
                let throttle = (retry == Retry::Throttled).then(|| pacing::classify(&failure.message));
                if throttle.is_some() {
                    tally.throttles += 1;
                }
                match throttle {
                    Some(pacing::Throttle::TokensPerDay) => {
                        // Not an error of the line: it runs again when the run is resumed.
                        daily_spent.get_or_insert(failure.message);
                        not_run += 1;
                        progress.update(&tally);
                        continue;
                    }
                    Some(pacing::Throttle::Capacity) => {
                        window.throttled(Instant::now());
                        gate.set_limit(window.allowed());
                    }
                    Some(pacing::Throttle::TokensPerMinute) | None => {}
                }
                let may_retry = match retry {
                    Retry::Throttled => throttles < THROTTLE_RETRIES,
                    Retry::Transient => tries - throttles < TRANSIENT_RETRIES,
                    Retry::Never => false,
                };
                if may_retry {
                    summary.retries += 1;
                    let first = if throttle.is_some() { FIRST_THROTTLE_BACKOFF } else { FIRST_BACKOFF };
                    let delay = backoff(line.number, tries + 1, first);
                    in_flight.push(attempt(
                        sequence,
                        line,
                        tries + 1,
                        throttles + u32::from(throttle.is_some()),
                        delay,
                    ));
                    progress.update(&tally);
                    continue;
                }
                Err(failure)
            }
            Outcome::Done(Ok(answer)) => {
                window.succeeded();
                gate.set_limit(window.allowed());
                Ok(answer)
            }
        };
        let (result, answered, tokens) = result_line(&line, outcome);
        if answered {
            summary.answered += 1;
            tally.answered += 1;
        } else {
            summary.failed += 1;
            tally.failed += 1;
        }
        tally.tokens += tokens;
        (tally.tokens_per_minute, tally.budget) = pacer.usage();
        progress.update(&tally);
        if options.unordered {
            sink.write(&result)?;
        } else {
            waiting.insert(sequence, result);
            while let Some(ready) = waiting.remove(&next_to_write) {
                sink.write(&ready)?;
                next_to_write += 1;
            }
        }
    }
    // Lines that did not run (the daily quota) leave gaps: the results after them are written
    // in input order all the same, and a resumed run fills the gaps.
    for ready in std::mem::take(&mut waiting).into_values() {
        sink.write(&ready)?;
    }
    progress.finish(&tally);
    if let Some(failure) = read_error {
        return Err(failure);
    }
    if let Some(message) = daily_spent {
        return Err(Failure::new(
            Kind::Service,
            "ThrottlingException",
            format!(
                "the model's daily token quota is spent ({}): {} lines answered, {} not run",
                message.trim_end_matches('.'),
                summary.answered,
                match total {
                    Some(total) =>
                        total.saturating_sub(summary.answered + summary.failed + summary.skipped).to_string(),
                    None => format!("{not_run} or more"),
                }
            ),
        )
        .with_hint(resume_hint(options)));
    }
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;
    use std::sync::atomic::{AtomicU64, Ordering};

    use super::*;

    #[test]
    fn words_are_quoted_for_the_shell() {
        assert_eq!(shell_quote("--input"), "--input");
        assert_eq!(shell_quote("/tmp/a b.jsonl"), "'/tmp/a b.jsonl'");
        assert_eq!(shell_quote("it's"), "'it'\\''s'");
        assert_eq!(shell_quote(""), "''");
    }

    #[test]
    fn lines_are_strings_or_objects_with_ids() {
        let line = parse_line(3, "\"hello\"").unwrap();
        assert_eq!(line.id, json!(3));
        let line = parse_line(4, r#"{"id": "a-1", "prompt": "x"}"#).unwrap();
        assert_eq!(line.id, json!("a-1"));
        assert!(parse_line(5, "[1, 2]").unwrap_err().contains("line 5"));
        assert!(parse_line(6, "{oops").unwrap_err().contains("line 6 is not JSON"));
        assert!(parse_line(7, r#"{"id": {"x": 1}}"#).unwrap_err().contains("\"id\""));
    }

    #[test]
    fn lines_that_are_not_utf8_and_ids_given_twice_are_named() {
        assert_eq!(line_text(1, b"\"ok\"\r\n".to_vec()).unwrap(), "\"ok\"");
        let message = line_text(4, b"\"caf\xe9\"\n".to_vec()).unwrap_err();
        assert_eq!(message, "line 4 is not UTF-8: byte 0xe9 at column 5");
        let mut ids = Ids::default();
        let line = |number, id: Value| Line { number, id, record: Value::Null };
        assert!(ids.claim(&line(1, json!(3)), true).is_ok());
        assert!(ids.claim(&line(2, json!(2)), false).is_ok());
        let default_taken = ids.claim(&line(3, json!(3)), false).unwrap_err();
        assert!(default_taken.contains("line 3 has no \"id\"") && default_taken.contains("line 1"));
        let explicit_taken = ids.claim(&line(4, json!(2)), true).unwrap_err();
        assert!(explicit_taken.contains("line 4: id 2 is already the line number of line 2"));
        assert!(ids.claim(&line(5, json!("2")), true).is_ok(), "a string id is not a number id");
    }

    #[test]
    fn the_window_rides_out_random_throttling_and_shrinks_under_sustained_throttling() {
        let mut window = Window::new(32);
        let mut now = Instant::now();
        // One attempt in twenty throttled, for a long while: the window stays where it is.
        for attempt in 0..2_000 {
            now += Duration::from_millis(5);
            if attempt % 20 == 0 { window.throttled(now) } else { window.succeeded() }
        }
        assert_eq!(window.allowed(), 32);
        // Half the attempts throttled: it shrinks, by a quarter at most once per backoff period.
        let before = window.allowed();
        for _ in 0..40 {
            window.throttled(now);
        }
        assert_eq!(window.allowed(), before * 3 / 4, "one cut within one backoff period");
        for _ in 0..400 {
            now += FIRST_BACKOFF;
            window.throttled(now);
            window.throttled(now);
            window.succeeded();
        }
        assert!(window.allowed() < 8, "{}", window.allowed());
        // Success creeps it back up.
        for _ in 0..5_000 {
            window.succeeded();
        }
        assert_eq!(window.allowed(), 32);
        let mut single = Window::new(1);
        for _ in 0..100 {
            single.throttled(now);
        }
        assert_eq!(single.allowed(), 1);
    }

    #[test]
    fn backoff_grows_and_is_capped() {
        assert!(backoff(1, 1, FIRST_BACKOFF) <= FIRST_BACKOFF);
        assert!(backoff(1, 1, FIRST_BACKOFF) >= FIRST_BACKOFF / 2);
        assert!(backoff(1, 4, FIRST_BACKOFF) >= FIRST_BACKOFF * 4);
        assert!(backoff(1, 30, FIRST_BACKOFF) <= MAXIMUM_BACKOFF);
        assert!(backoff(1, 1, FIRST_THROTTLE_BACKOFF) <= FIRST_THROTTLE_BACKOFF);
    }

    #[test]
    fn resume_reads_ids_and_trims_a_torn_line() {
        let directory = tempfile::tempdir().unwrap();
        let path = directory.path().join("out.jsonl");
        std::fs::write(&path, "{\"id\":1,\"text\":\"a\"}\n{\"id\":\"b\",\"text\":\"b\"}\n{\"id\":3,\"te")
            .unwrap();
        let ids = resume_state(&path, false).unwrap().done_ids;
        assert_eq!(ids.len(), 2);
        assert!(ids.contains(&id_key(&json!(1))));
        assert!(ids.contains(&id_key(&json!("b"))));
        assert!(!ids.contains(&id_key(&json!("1"))), "string and number ids differ");
        assert!(std::fs::read_to_string(&path).unwrap().ends_with("\"b\"}\n"));
        std::fs::write(&path, "not json\n").unwrap();
        assert!(resume_state(&path, false).unwrap_err().message.contains("line 1 is not JSON"));
        assert!(resume_state(&directory.path().join("missing.jsonl"), false).unwrap().done_ids.is_empty());
    }

    fn quiet_output() -> crate::output::Output {
        crate::output::Output::quiet_json()
    }

    fn input(lines: u64) -> Box<dyn Read + Send> {
        let text: String = (1..=lines).map(|number| format!("{{\"prompt\": \"p{number}\"}}\n")).collect();
        Box::new(std::io::Cursor::new(text.into_bytes()))
    }

    #[tokio::test]
    async fn throttled_lines_are_retried_and_every_line_is_written_once_in_order() {
        let directory = tempfile::tempdir().unwrap();
        let path = directory.path().join("out.jsonl");
        let calls = AtomicU64::new(0);
        let peak = Mutex::new((0usize, 0usize));
        let options = Options {
            concurrency: 8,
            unordered: false,
            resume: Some(path.clone()),
            keep_errors: false,
            plain_lines: false,
            ..Options::default()
        };
        let summary = run(&quiet_output(), &options, input(200), Some(200), |line| {
            let count = calls.fetch_add(1, Ordering::Relaxed);
            {
                let mut peak = peak.lock().unwrap();
                peak.0 += 1;
                peak.1 = peak.1.max(peak.0);
            }
            let peak = &peak;
            async move {
                // Later lines finish first, and every third call is throttled.
                tokio::time::sleep(Duration::from_millis(20 - line.number % 20)).await;
                peak.lock().unwrap().0 -= 1;
                if count.is_multiple_of(3) {
                    return Err(Failure::new(Kind::Service, "ThrottlingException", "slow down"));
                }
                let mut members = Map::new();
                members.insert("text".into(), json!(format!("answer {}", line.number)));
                Ok(Answer { members, input_tokens: 1, output_tokens: 2 })
            }
        })
        .await
        .unwrap();
        assert_eq!(summary.answered, 200);
        assert_eq!(summary.failed, 0);
        assert!(summary.retries > 0);
        assert!(peak.lock().unwrap().1 <= 8);
        let written = std::fs::read_to_string(&path).unwrap();
        let ids: Vec<u64> = written
            .lines()
            .map(|line| serde_json::from_str::<Value>(line).unwrap()["id"].as_u64().unwrap())
            .collect();
        assert_eq!(ids, (1..=200).collect::<Vec<_>>());

        // A second run over the same output skips everything.
        let again = run(&quiet_output(), &options, input(200), Some(200), |_line| async {
            Err::<Answer, _>(Failure::usage("must not be called"))
        })
        .await
        .unwrap();
        assert_eq!(again.skipped, 200);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), written);
    }

    #[tokio::test]
    async fn permanent_errors_become_error_lines() {
        let directory = tempfile::tempdir().unwrap();
        let path = directory.path().join("out.jsonl");
        let options = Options {
            concurrency: 4,
            unordered: true,
            resume: Some(path.clone()),
            keep_errors: false,
            plain_lines: false,
            ..Options::default()
        };
        let summary = run(&quiet_output(), &options, input(10), None, |line| async move {
            if line.number % 2 == 0 {
                Err(Failure::new(Kind::Service, "ValidationException", "bad prompt"))
            } else {
                Ok(Answer::default())
            }
        })
        .await
        .unwrap();
        assert_eq!((summary.answered, summary.failed, summary.retries), (5, 5, 0));
        let written = std::fs::read_to_string(&path).unwrap();
        assert_eq!(written.lines().count(), 10);
        assert_eq!(written.matches("ValidationException").count(), 5);
    }

    #[test]
    fn bad_concurrency_is_a_usage_error() {
        let options = Options {
            concurrency: 0,
            unordered: false,
            resume: None,
            keep_errors: false,
            plain_lines: false,
            ..Options::default()
        };
        assert_eq!(options.check().unwrap_err().kind, Kind::Usage);
    }
}
