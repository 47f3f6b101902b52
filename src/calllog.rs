//! The log of runtime calls: one row per `converse`, `chat` turn, `invoke` and `stream` call in a
//! local SQLite database, `DATA_DIR/calls.db`, read back by `bedrock logs` and `bedrock usage`.
//!
//! A command notes what it sent and got ([`CallLog::begin`], [`CallLog::finish`]); the rows are
//! written once, after the command, with the process's exit status. Only what the user typed and
//! the model answered is kept (never a header, credential or endpoint), and with
//! `log = "metadata"` not even that. Many processes may write at once: each insert is one
//! `BEGIN IMMEDIATE` transaction in a WAL database with a busy timeout, so writers take turns.
//! Logging never fails a call: an error becomes one warning on stderr.
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

/// The WAL size past which a writer checkpoints the log and truncates the WAL. Every process is
/// the WAL's first opener and reads all of it to rebuild its index (SQLite's recovery), so the
/// WAL is kept short: an fsync every few dozen calls instead of a read that grows with every call
/// (about 1.9 ms per call near SQLite's own 1000-page checkpoint, against 0.7 ms with a short WAL).
const WAL_TRUNCATE_BYTES: u64 = 256 * 1024;

/// How long the truncating checkpoint waits for other writers before it gives up (the log is
/// then checkpointed by a later call).
const CHECKPOINT_WAIT: Duration = Duration::from_millis(50);

/// `PRAGMA user_version` of the log's layout (set once the table exists).
const LAYOUT_VERSION: i32 = 1;

/// How long a writer waits for the others.
const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

/// The database file under the data dir.
pub fn database_path(data_dir: &Path) -> PathBuf {
    data_dir.join("calls.db")
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

/// Open (creating if needed) the log database: WAL, a busy timeout, the file readable by its
/// owner only.
pub fn open(path: &Path) -> Result<Connection, String> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .map_err(|error| format!("cannot create {}: {error}", parent.display()))?;
    }
    // Created readable by its owner only before SQLite opens it (its -wal and -shm files take
    // the same mode).
    let mut options = std::fs::OpenOptions::new();
    options.create(true).append(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path).map_err(|error| format!("cannot open {}: {error}", path.display()))?;
    let connection = Connection::open(path).map_err(|error| error.to_string())?;
    connection.busy_timeout(BUSY_TIMEOUT).map_err(|error| error.to_string())?;
    // A log needs no fsync per call: in WAL mode `synchronous = NORMAL` keeps the database
    // consistent and loses at most the last calls on a power failure, never on a crash.
    connection.execute_batch("PRAGMA synchronous = NORMAL").map_err(|error| error.to_string())?;
    let version: i32 = connection
        .query_row("PRAGMA user_version", [], |row| row.get(0))
        .map_err(|error| error.to_string())?;
    if version == LAYOUT_VERSION {
        return Ok(connection);
    }
    connection.query_row("PRAGMA journal_mode = WAL", [], |_| Ok(())).map_err(|error| error.to_string())?;
    connection
        .execute_batch(
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
             CREATE INDEX IF NOT EXISTS calls_started ON calls (started_ms);
             PRAGMA user_version = 1;",
        )
        .map_err(|error| error.to_string())?;
    Ok(connection)
}

fn to_sql(value: Option<u64>) -> Option<i64> {
    value.map(|value| i64::try_from(value).unwrap_or(i64::MAX))
}

/// Write the calls of this process, each with the process's exit status.
pub fn write(path: &Path, entries: &[Entry], mode: LogMode, exit_status: i32) -> Result<(), String> {
    if entries.is_empty() || mode == LogMode::Off {
        return Ok(());
    }
    let connection = open(path)?;
    connection.execute_batch("BEGIN IMMEDIATE").map_err(|error| error.to_string())?;
    let inserted = (|| {
        let mut statement = connection.prepare_cached(
            "INSERT INTO calls (started_ms, command, model, prompt, answer, input_tokens, output_tokens, \
             cache_read_tokens, cache_write_tokens, latency_ms, exit_status, conversation) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        )?;
        for entry in entries {
            let (prompt, answer) = match mode {
                LogMode::Full => (entry.prompt.as_deref(), entry.answer.as_deref()),
                _ => (None, None),
            };
            statement.execute(params![
                entry.started_ms,
                entry.command,
                entry.model,
                prompt,
                answer,
                to_sql(entry.input_tokens),
                to_sql(entry.output_tokens),
                to_sql(entry.cache_read_tokens),
                to_sql(entry.cache_write_tokens),
                to_sql(entry.latency_ms),
                entry.status.unwrap_or(exit_status),
                entry.conversation,
            ])?;
        }
        Ok::<(), rusqlite::Error>(())
    })();
    match inserted {
        Ok(()) => {
            connection.execute_batch("COMMIT").map_err(|error| error.to_string())?;
            let mut wal = path.as_os_str().to_owned();
            wal.push("-wal");
            if std::fs::metadata(&wal).is_ok_and(|metadata| metadata.len() > WAL_TRUNCATE_BYTES) {
                // Best effort: busy writers make it a partial checkpoint, and a later call ends it.
                let _ = connection.busy_timeout(CHECKPOINT_WAIT);
                let _ = connection.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
            }
            // Closing the last connection checkpoints the WAL into the database and deletes it
            // (a few ms of fsync and unlink per call); the process ends right after the log is
            // written, so the connection is left open and the next writer appends to the WAL
            // (SQLite checkpoints it as it grows).
            std::mem::forget(connection);
            Ok(())
        }
        Err(error) => {
            let _ = connection.execute_batch("ROLLBACK");
            Err(error.to_string())
        }
    }
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
        }
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
