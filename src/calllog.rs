//! The log of runtime calls: one row per `converse`, `chat` turn, `invoke` and `stream` call in a
//! local SQLite database, `DATA_DIR/calls.db`, read back by `bedrock logs` and `bedrock usage`.
//!
//! A command notes what it sent and got ([`CallLog::begin`], [`CallLog::finish`]); the calls are
//! written once, after the command, with the process's exit status. Only what the user typed and
//! the model answered is kept (never a header, credential or endpoint), and with
//! `log = "metadata"` not even that. Logging never fails a call: an error becomes one warning.
//!
//! Opening SQLite costs a call about a millisecond, so a call only appends one JSON line to the
//! spool beside the database (`calls.spool`, one `O_APPEND` write under a shared `flock`, tens of
//! microseconds). [`import`] moves the spool into the database under an exclusive lock, in one
//! transaction, and empties it: `logs` and `usage` do so before they read, and a writer does when
//! the spool has grown past [`SPOOL_IMPORT_BYTES`]. Each line carries a unique key, so an import
//! cut off between its commit and the spool's truncation never counts a call twice. Many
//! processes may write and import at once: writers share the lock, importers take it alone.
//!
//! Bulk `--input` runs are not logged (a row per line would cost the bulk runner its speed).

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use rusqlite::{Connection, params};
use serde_json::{Value, json};

/// How much of a call is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LogMode {
    /// Prompt and answer as well as the metadata.
    #[default]
    Full,
    /// Model, tokens, latency and status only.
    Metadata,
    /// Nothing.
    Off,
}

impl LogMode {
    /// The config file's `log` value.
    pub fn parse(value: &str) -> Option<LogMode> {
        match value.trim().to_ascii_lowercase().as_str() {
            "full" | "on" => Some(LogMode::Full),
            "metadata" => Some(LogMode::Metadata),
            "off" => Some(LogMode::Off),
            _ => None,
        }
    }
}

/// The spool's size past which a writer moves it into the database (when no one else is).
const SPOOL_IMPORT_BYTES: u64 = 1024 * 1024;

/// `PRAGMA user_version` of the log's layout (set once the table exists).
const LAYOUT_VERSION: i32 = 2;

/// How long a writer waits for the others.
const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

/// The database file under the data dir.
pub fn database_path(data_dir: &Path) -> PathBuf {
    data_dir.join("calls.db")
}

/// The spool beside the database (`calls.spool`): calls not yet moved into it.
pub fn spool_path(database: &Path) -> PathBuf {
    database.with_extension("spool")
}

/// One call, as noted by the command.
#[derive(Debug, Clone, Default)]
pub struct Entry {
    /// Unix time in milliseconds when the call started.
    pub started_ms: i64,
    pub command: String,
    pub model: String,
    pub prompt: Option<String>,
    pub answer: Option<String>,
    pub input_tokens: Option<u64>,
    pub output_tokens: Option<u64>,
    pub cache_read_tokens: Option<u64>,
    pub cache_write_tokens: Option<u64>,
    /// Wall-clock milliseconds of the call.
    pub latency_ms: Option<u64>,
    pub conversation: Option<String>,
    /// The call's own exit status where it failed inside a process that went on (a chat turn).
    pub status: Option<i32>,
    started: Option<Instant>,
}

/// Token counts of a call.
#[derive(Debug, Clone, Copy, Default)]
pub struct Tokens {
    pub input: Option<u64>,
    pub output: Option<u64>,
    pub cache_read: Option<u64>,
    pub cache_write: Option<u64>,
}

impl Tokens {
    /// Add the counts of another call (a count either side is kept).
    pub fn add(&mut self, other: &Tokens) {
        let sum = |mine: Option<u64>, theirs: Option<u64>| match (mine, theirs) {
            (None, None) => None,
            (mine, theirs) => Some(mine.unwrap_or_default() + theirs.unwrap_or_default()),
        };
        self.input = sum(self.input, other.input);
        self.output = sum(self.output, other.output);
        self.cache_read = sum(self.cache_read, other.cache_read);
        self.cache_write = sum(self.cache_write, other.cache_write);
    }

    /// From a Converse `usage` object (`inputTokens`, `outputTokens`, `cacheReadInputTokens`, …).
    pub fn from_converse_usage(usage: &Value) -> Tokens {
        let number = |name: &str| usage.get(name).and_then(Value::as_u64);
        Tokens {
            input: number("inputTokens"),
            output: number("outputTokens"),
            cache_read: number("cacheReadInputTokens"),
            cache_write: number("cacheWriteInputTokens"),
        }
    }
}

/// The calls one process made, written when it ends.
#[derive(Debug, Default)]
pub struct CallLog {
    entries: Mutex<Vec<Entry>>,
}

impl CallLog {
    /// A call starts: the command, the model and what the user sent.
    pub fn begin(&self, command: &str, model: &str, prompt: Option<String>, conversation: Option<&str>) {
        let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
        let entry = Entry {
            started_ms: i64::try_from(now.as_millis()).unwrap_or(i64::MAX),
            command: command.to_owned(),
            model: model.to_owned(),
            prompt,
            conversation: conversation.map(str::to_owned),
            started: Some(Instant::now()),
            ..Entry::default()
        };
        if let Ok(mut entries) = self.entries.lock() {
            entries.push(entry);
        }
    }

    /// The call that began last got its answer.
    pub fn finish(&self, answer: Option<String>, tokens: Tokens) {
        if let Ok(mut entries) = self.entries.lock()
            && let Some(entry) = entries.last_mut()
        {
            entry.answer = answer;
            entry.input_tokens = tokens.input;
            entry.output_tokens = tokens.output;
            entry.cache_read_tokens = tokens.cache_read;
            entry.cache_write_tokens = tokens.cache_write;
            entry.latency_ms =
                entry.started.map(|started| u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX));
        }
    }

    /// The call that began last failed with this exit status, and the process goes on.
    pub fn failed(&self, status: i32) {
        if let Ok(mut entries) = self.entries.lock()
            && let Some(entry) = entries.last_mut()
        {
            entry.status = Some(status);
            entry.latency_ms =
                entry.started.map(|started| u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX));
        }
    }

    /// The calls noted so far.
    pub fn take(&self) -> Vec<Entry> {
        self.entries.lock().map(|mut entries| std::mem::take(&mut *entries)).unwrap_or_default()
    }
}

/// A file of the log opened for appending, created (with its directory) readable by its owner
/// only.
fn private_file(path: &Path) -> Result<std::fs::File, String> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .map_err(|error| format!("cannot create {}: {error}", parent.display()))?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.create(true).append(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path).map_err(|error| format!("cannot open {}: {error}", path.display()))
}

/// Open (creating if needed) the log database: WAL, a busy timeout, the file readable by its
/// owner only.
pub fn open(path: &Path) -> Result<Connection, String> {
    // Created readable by its owner only before SQLite opens it (its -wal and -shm files take
    // the same mode).
    private_file(path)?;
    let connection = Connection::open(path).map_err(|error| error.to_string())?;
    connection.busy_timeout(BUSY_TIMEOUT).map_err(|error| error.to_string())?;
    // A log needs no fsync per call: in WAL mode `synchronous = NORMAL` keeps the database
    // consistent and loses at most the last calls on a power failure, never on a crash.
    connection.execute_batch("PRAGMA synchronous = NORMAL").map_err(|error| error.to_string())?;
    let version: i32 = connection
        .query_row("PRAGMA user_version", [], |row| row.get(0))
        .map_err(|error| error.to_string())?;
    if version != LAYOUT_VERSION {
        lay_out(&connection).map_err(|error| error.to_string())?;
    }
    Ok(connection)
}

/// Create the table, or bring an older one to [`LAYOUT_VERSION`] (version 1 had no spool keys),
/// in one transaction, so two processes never both do it.
fn lay_out(connection: &Connection) -> rusqlite::Result<()> {
    connection.query_row("PRAGMA journal_mode = WAL", [], |_| Ok(()))?;
    connection.execute_batch("BEGIN IMMEDIATE")?;
    let laid_out = (|| {
        let version: i32 = connection.query_row("PRAGMA user_version", [], |row| row.get(0))?;
        if version < 1 {
            connection.execute_batch(
                "CREATE TABLE IF NOT EXISTS calls (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    started_ms INTEGER NOT NULL,
                    command TEXT NOT NULL,
                    model TEXT NOT NULL,
                    prompt TEXT,
                    answer TEXT,
                    input_tokens INTEGER,
                    output_tokens INTEGER,
                    cache_read_tokens INTEGER,
                    cache_write_tokens INTEGER,
                    latency_ms INTEGER,
                    exit_status INTEGER NOT NULL,
                    conversation TEXT
                 );
                 CREATE INDEX IF NOT EXISTS calls_started ON calls (started_ms);",
            )?;
        }
        if version < 2 {
            connection.execute_batch(
                "ALTER TABLE calls ADD COLUMN spool_key TEXT;
                 CREATE UNIQUE INDEX IF NOT EXISTS calls_spool_key ON calls (spool_key);
                 PRAGMA user_version = 2;",
            )?;
        }
        Ok(())
    })();
    match laid_out {
        Ok(()) => connection.execute_batch("COMMIT"),
        Err(error) => {
            let _ = connection.execute_batch("ROLLBACK");
            Err(error)
        }
    }
}

/// Write the calls of this process, each with the process's exit status: one line each appended
/// to the spool, moved into the database when the spool has grown large.
pub fn write(path: &Path, entries: &[Entry], mode: LogMode, exit_status: i32) -> Result<(), String> {
    if entries.is_empty() || mode == LogMode::Off {
        return Ok(());
    }
    let nanos = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default().as_nanos();
    let process = std::process::id();
    let mut lines = String::new();
    for (index, entry) in entries.iter().enumerate() {
        let (prompt, answer) = match mode {
            LogMode::Full => (entry.prompt.as_deref(), entry.answer.as_deref()),
            _ => (None, None),
        };
        let line = json!({
            "key": format!("{process}-{nanos}-{index}"),
            "startedMs": entry.started_ms,
            "command": entry.command,
            "model": entry.model,
            "prompt": prompt,
            "answer": answer,
            "inputTokens": entry.input_tokens,
            "outputTokens": entry.output_tokens,
            "cacheReadTokens": entry.cache_read_tokens,
            "cacheWriteTokens": entry.cache_write_tokens,
            "latencyMs": entry.latency_ms,
            "exitStatus": entry.status.unwrap_or(exit_status),
            "conversation": entry.conversation,
        });
        lines.push_str(&line.to_string());
        lines.push('\n');
    }
    let spool = spool_path(path);
    let mut file = private_file(&spool)?;
    // Shared: writers append side by side (one write each, so lines never interleave); an
    // importer waits for them and they for it.
    file.lock_shared().map_err(|error| format!("cannot lock {}: {error}", spool.display()))?;
    std::io::Write::write_all(&mut file, lines.as_bytes())
        .map_err(|error| format!("cannot write {}: {error}", spool.display()))?;
    let size = file.metadata().map(|metadata| metadata.len()).unwrap_or_default();
    drop(file);
    if size > SPOOL_IMPORT_BYTES {
        // Best effort: the calls are safe in the spool, and the next import moves them.
        let _ = import(path, Wait::No);
    }
    Ok(())
}

/// Whether an import waits for the spool's lock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wait {
    /// Wait for the writers and any other import (a reader must see every call).
    Yes,
    /// Leave it to whoever holds the lock.
    No,
}

/// Move the spooled calls into the database, in one transaction, and empty the spool; the number
/// of calls moved. A line that is not a whole call (a write cut off by a full disk) is dropped.
pub fn import(path: &Path, wait: Wait) -> Result<usize, String> {
    let spool = spool_path(path);
    let mut file = match std::fs::OpenOptions::new().read(true).write(true).open(&spool) {
        Ok(file) => file,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(0),
        Err(error) => return Err(format!("cannot open {}: {error}", spool.display())),
    };
    let locked = match wait {
        Wait::Yes => file.lock().map_err(std::fs::TryLockError::Error),
        Wait::No => file.try_lock(),
    };
    match locked {
        Ok(()) => {}
        Err(std::fs::TryLockError::WouldBlock) => return Ok(0),
        Err(std::fs::TryLockError::Error(error)) => {
            return Err(format!("cannot lock {}: {error}", spool.display()));
        }
    }
    let mut bytes = Vec::new();
    std::io::Read::read_to_end(&mut file, &mut bytes)
        .map_err(|error| format!("cannot read {}: {error}", spool.display()))?;
    if bytes.is_empty() {
        return Ok(0);
    }
    let connection = open(path)?;
    connection.execute_batch("BEGIN IMMEDIATE").map_err(|error| error.to_string())?;
    let inserted = insert_lines(&connection, &bytes);
    match inserted {
        Ok(count) => {
            connection.execute_batch("COMMIT").map_err(|error| error.to_string())?;
            file.set_len(0).map_err(|error| format!("cannot empty {}: {error}", spool.display()))?;
            Ok(count)
        }
        Err(error) => {
            let _ = connection.execute_batch("ROLLBACK");
            Err(error.to_string())
        }
    }
}

/// The call a spool line holds. A write cut off (a full disk) leaves a fragment that the next
/// call's line follows on the same line: that call is still read, from its own start.
fn spooled_call(line: &[u8]) -> Option<Value> {
    if let Ok(call) = serde_json::from_slice::<Value>(line) {
        return Some(call);
    }
    const START: &[u8] = b"{\"key\":";
    let start = line.windows(START.len()).rposition(|window| window == START)?;
    serde_json::from_slice(&line[start..]).ok()
}

/// Insert the spool's whole lines (a line already imported, by its key, is skipped).
fn insert_lines(connection: &Connection, bytes: &[u8]) -> rusqlite::Result<usize> {
    let mut statement = connection.prepare_cached(
        "INSERT OR IGNORE INTO calls (started_ms, command, model, prompt, answer, input_tokens, \
         output_tokens, cache_read_tokens, cache_write_tokens, latency_ms, exit_status, conversation, \
         spool_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
    )?;
    let mut count = 0;
    for line in bytes.split(|byte| *byte == b'\n') {
        let Some(call) = spooled_call(line) else {
            continue;
        };
        let text = |name: &str| call.get(name).and_then(Value::as_str);
        let number = |name: &str| call.get(name).and_then(Value::as_i64);
        let (Some(key), Some(started), Some(command), Some(model)) =
            (text("key"), number("startedMs"), text("command"), text("model"))
        else {
            continue;
        };
        count += statement.execute(params![
            started,
            command,
            model,
            text("prompt"),
            text("answer"),
            number("inputTokens"),
            number("outputTokens"),
            number("cacheReadTokens"),
            number("cacheWriteTokens"),
            number("latencyMs"),
            number("exitStatus").unwrap_or_default(),
            text("conversation"),
            key,
        ])?;
    }
    Ok(count)
}

/// Which rows to read back.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Only calls started at or after this Unix time in milliseconds.
    pub since_ms: Option<i64>,
    /// Only this row.
    pub id: Option<i64>,
    /// Only calls whose prompt, answer, model or conversation contains this text (any case).
    pub text: Option<String>,
    /// At most this many rows, newest first (all, oldest first, without it).
    pub limit: Option<u32>,
}

/// Rows of the log as JSON objects (`id`, `time`, `command`, `model`, tokens, …). A log that
/// does not exist yet has no rows.
pub fn read(path: &Path, filter: &Filter) -> Result<Vec<Value>, String> {
    if !path.exists() {
        return Ok(Vec::new());
    }
    let connection = Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|error| error.to_string())?;
    connection.busy_timeout(BUSY_TIMEOUT).map_err(|error| error.to_string())?;
    let pattern = filter.text.as_ref().map(|text| {
        let escaped = text.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
        format!("%{escaped}%")
    });
    let order = if filter.limit.is_some() { "DESC" } else { "ASC" };
    let sql = format!(
        "SELECT id, started_ms, command, model, prompt, answer, input_tokens, output_tokens, \
         cache_read_tokens, cache_write_tokens, latency_ms, exit_status, conversation FROM calls \
         WHERE (?1 IS NULL OR started_ms >= ?1) AND (?2 IS NULL OR id = ?2) AND (?3 IS NULL \
         OR prompt LIKE ?3 ESCAPE '\\' OR answer LIKE ?3 ESCAPE '\\' OR model LIKE ?3 ESCAPE '\\' \
         OR conversation LIKE ?3 ESCAPE '\\') ORDER BY id {order} LIMIT ?4"
    );
    let limit = filter.limit.map_or(-1, i64::from);
    let mut statement = connection.prepare(&sql).map_err(|error| error.to_string())?;
    let rows = statement
        .query_map(params![filter.since_ms, filter.id, pattern, limit], |row| {
            let number = |index: usize| row.get::<_, Option<i64>>(index).map(|value| json!(value));
            let started: i64 = row.get(1)?;
            Ok(json!({
                "id": row.get::<_, i64>(0)?,
                "time": timestamp(started),
                "command": row.get::<_, String>(2)?,
                "model": row.get::<_, String>(3)?,
                "prompt": row.get::<_, Option<String>>(4)?,
                "answer": row.get::<_, Option<String>>(5)?,
                "inputTokens": number(6)?,
                "outputTokens": number(7)?,
                "cacheReadTokens": number(8)?,
                "cacheWriteTokens": number(9)?,
                "latencyMs": number(10)?,
                "exitStatus": row.get::<_, i64>(11)?,
                "conversation": row.get::<_, Option<String>>(12)?,
            }))
        })
        .map_err(|error| error.to_string())?;
    rows.collect::<Result<Vec<_>, _>>().map_err(|error| error.to_string())
}

/// RFC 3339 UTC time of a Unix time in milliseconds.
pub fn timestamp(millis: i64) -> String {
    aws_smithy_types::DateTime::from_millis(millis)
        .fmt(aws_smithy_types::date_time::Format::DateTime)
        .unwrap_or_else(|_| millis.to_string())
}

/// The text of the last user message of a Converse request document.
pub fn converse_prompt(request: &Value) -> Option<String> {
    let messages = request.get("messages")?.as_array()?;
    let message = messages.iter().rev().find(|message| message["role"] == "user")?;
    let text: Vec<&str> =
        message["content"].as_array()?.iter().filter_map(|block| block.get("text")?.as_str()).collect();
    Some(text.join("\n"))
}

/// The text of a Converse response document's message.
pub fn converse_answer(response: &Value) -> Option<String> {
    let content = response.pointer("/output/message/content")?.as_array()?;
    let text: Vec<&str> = content.iter().filter_map(|block| block.get("text")?.as_str()).collect();
    Some(text.concat())
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;

    type LoggedRow = (Option<String>, Option<String>, i32, Option<String>);

    #[test]
    fn rows_are_written_and_metadata_mode_drops_the_text() {
        let directory = tempfile::tempdir().unwrap();
        let path = database_path(directory.path());
        let log = CallLog::default();
        log.begin("converse", "m", Some("hello".into()), None);
        log.finish(Some("hi".into()), Tokens { input: Some(3), output: Some(1), ..Tokens::default() });
        write(&path, &log.take(), LogMode::Full, 0).unwrap();
        log.begin("converse", "m", Some("secret plan".into()), Some("s1"));
        write(&path, &log.take(), LogMode::Metadata, 4).unwrap();
        log.begin("converse", "m", Some("x".into()), None);
        write(&path, &log.take(), LogMode::Off, 0).unwrap();
        assert!(!path.exists(), "a call only appends to the spool");
        assert_eq!(import(&path, Wait::Yes).unwrap(), 2);
        assert_eq!(std::fs::metadata(spool_path(&path)).unwrap().len(), 0);
        let connection = open(&path).unwrap();
        let rows: Vec<LoggedRow> = connection
            .prepare("SELECT prompt, answer, exit_status, conversation FROM calls ORDER BY id")
            .unwrap()
            .query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(
            rows,
            vec![(Some("hello".into()), Some("hi".into()), 0, None), (None, None, 4, Some("s1".into())),]
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
            assert_eq!(std::fs::metadata(spool_path(&path)).unwrap().permissions().mode() & 0o777, 0o600);
        }
    }

    fn one_call(path: &Path, prompt: &str) {
        let log = CallLog::default();
        log.begin("converse", "m", Some(prompt.into()), None);
        log.finish(Some("answer".into()), Tokens::default());
        write(path, &log.take(), LogMode::Full, 0).unwrap();
    }

    fn prompts(path: &Path) -> Vec<String> {
        read(path, &Filter::default())
            .unwrap()
            .iter()
            .map(|row| row["prompt"].as_str().unwrap().to_string())
            .collect()
    }

    #[test]
    fn an_import_cut_off_before_the_spool_is_emptied_counts_no_call_twice() {
        let directory = tempfile::tempdir().unwrap();
        let path = database_path(directory.path());
        one_call(&path, "first");
        let spooled = std::fs::read(spool_path(&path)).unwrap();
        assert_eq!(import(&path, Wait::Yes).unwrap(), 1);
        // As if the import had committed and then died before truncating the spool.
        std::fs::write(spool_path(&path), &spooled).unwrap();
        one_call(&path, "second");
        assert_eq!(import(&path, Wait::Yes).unwrap(), 1);
        assert_eq!(prompts(&path), ["first", "second"]);
        assert_eq!(import(&path, Wait::Yes).unwrap(), 0);
    }

    #[test]
    fn a_write_cut_off_loses_only_its_own_call() {
        let directory = tempfile::tempdir().unwrap();
        let path = database_path(directory.path());
        one_call(&path, "whole");
        let spool = spool_path(&path);
        let mut bytes = std::fs::read(&spool).unwrap();
        let line = bytes.clone();
        bytes.extend_from_slice(&line[..line.len() / 2]);
        std::fs::write(&spool, &bytes).unwrap();
        one_call(&path, "after the fragment");
        std::fs::OpenOptions::new().append(true).open(&spool).unwrap().write_all(b"{\"key\": \"cut").unwrap();
        assert_eq!(import(&path, Wait::Yes).unwrap(), 2);
        assert_eq!(prompts(&path), ["whole", "after the fragment"]);
    }

    #[test]
    fn a_writer_moves_a_large_spool_into_the_database() {
        let directory = tempfile::tempdir().unwrap();
        let path = database_path(directory.path());
        let long = "x".repeat(usize::try_from(SPOOL_IMPORT_BYTES).unwrap() / 2 + 1);
        one_call(&path, &long);
        assert!(!path.exists());
        one_call(&path, &long);
        assert_eq!(std::fs::metadata(spool_path(&path)).unwrap().len(), 0);
        assert_eq!(read(&path, &Filter::default()).unwrap().len(), 2);
    }

    #[test]
    fn a_version_1_log_gains_spool_keys_and_keeps_its_rows() {
        let directory = tempfile::tempdir().unwrap();
        let path = database_path(directory.path());
        let old = Connection::open(&path).unwrap();
        old.execute_batch(
            "CREATE TABLE calls (id INTEGER PRIMARY KEY AUTOINCREMENT, started_ms INTEGER NOT NULL,
             command TEXT NOT NULL, model TEXT NOT NULL, prompt TEXT, answer TEXT,
             input_tokens INTEGER, output_tokens INTEGER, cache_read_tokens INTEGER,
             cache_write_tokens INTEGER, latency_ms INTEGER, exit_status INTEGER NOT NULL,
             conversation TEXT);
             INSERT INTO calls (started_ms, command, model, prompt, exit_status)
                 VALUES (1, 'converse', 'm', 'old', 0);
             PRAGMA user_version = 1;",
        )
        .unwrap();
        drop(old);
        one_call(&path, "new");
        assert_eq!(import(&path, Wait::Yes).unwrap(), 1);
        assert_eq!(prompts(&path), ["old", "new"]);
    }

    #[test]
    fn writers_and_importers_at_once_lose_and_double_nothing() {
        let directory = tempfile::tempdir().unwrap();
        let path = database_path(directory.path());
        std::thread::scope(|scope| {
            for writer in 0..8 {
                let path = &path;
                scope.spawn(move || {
                    for call in 0..50 {
                        one_call(path, &format!("{writer}-{call}"));
                    }
                });
            }
            for _ in 0..2 {
                let path = &path;
                scope.spawn(move || {
                    for _ in 0..20 {
                        import(path, Wait::Yes).unwrap();
                    }
                });
            }
        });
        import(&path, Wait::Yes).unwrap();
        let mut logged = prompts(&path);
        logged.sort();
        let mut expected: Vec<String> =
            (0..8).flat_map(|writer| (0..50).map(move |call| format!("{writer}-{call}"))).collect();
        expected.sort();
        assert_eq!(logged, expected);
    }

    #[test]
    fn prompt_and_answer_come_from_the_documents() {
        let request = json!({"messages": [
            {"role": "user", "content": [{"text": "first"}]},
            {"role": "assistant", "content": [{"text": "reply"}]},
            {"role": "user", "content": [{"text": "second"}, {"image": {}}]}
        ]});
        assert_eq!(converse_prompt(&request).as_deref(), Some("second"));
        let response = json!({"output": {"message": {"content": [{"text": "a"}, {"text": "b"}]}}});
        assert_eq!(converse_answer(&response).as_deref(), Some("ab"));
        let tokens = Tokens::from_converse_usage(&json!({"inputTokens": 5, "cacheReadInputTokens": 2}));
        assert_eq!((tokens.input, tokens.output, tokens.cache_read), (Some(5), None, Some(2)));
    }
}
