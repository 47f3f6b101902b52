//! The emulator's persistent state: JSON documents by collection and key, and the counters behind
//! generated ids, in one SQLite database file that several processes may share.
//!
//! Every change runs in a write transaction (`BEGIN IMMEDIATE`, so writers of all processes take
//! turns); before it, the process reloads the state when another process committed since it last
//! looked, so no update is lost and no id is handed out twice. Only the documents a change
//! touched are written, so the cost of a change does not grow with the store. A change is kept in
//! memory only if its transaction commits. A state file that is neither such a database nor the
//! JSON state file of earlier versions stops the emulator from starting and is left untouched;
//! a JSON state file is converted in place, under a lock, once.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;

use rusqlite::{Connection, params};
use serde::Deserialize;
use serde_json::Value;

use crate::error::{Failure, Result};

/// `PRAGMA application_id` of a state database: "BDRK".
const APPLICATION_ID: i32 = 0x4244_524b;

/// `PRAGMA user_version` of the current layout (1 was the JSON file).
const FORMAT_VERSION: i32 = 2;

/// How long a process waits for another one's write transaction before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(60);

/// The first bytes of every SQLite database file.
const SQLITE_HEADER: &[u8] = b"SQLite format 3\0";

/// Everything the emulator remembers between runs: documents by collection and key (kept in key
/// order), and counters by name. Changes made inside [`Store::update`] are journalled, so that
/// only what changed is written and a change that cannot be saved is undone.
#[derive(Debug, Default)]
pub struct PersistedState {
    collections: BTreeMap<String, BTreeMap<String, Value>>,
    counters: BTreeMap<String, u64>,
    journal: Journal,
}

/// The value each touched entry had before the change began (`None`: it did not exist).
#[derive(Debug, Default)]
struct Journal {
    documents: BTreeMap<(String, String), Option<Value>>,
    counters: BTreeMap<String, Option<u64>>,
}

impl Journal {
    fn is_empty(&self) -> bool {
        self.documents.is_empty() && self.counters.is_empty()
    }
}

impl PersistedState {
    /// A stored document.
    pub fn document(&self, collection: &str, key: &str) -> Option<&Value> {
        self.collections.get(collection)?.get(key)
    }

    /// Whether a document exists.
    pub fn contains(&self, collection: &str, key: &str) -> bool {
        self.document(collection, key).is_some()
    }

    /// The documents of a collection, in key order.
    pub fn documents(&self, collection: &str) -> impl Iterator<Item = (&String, &Value)> {
        self.collections.get(collection).into_iter().flat_map(|documents| documents.iter())
    }

    /// The documents of a collection whose key starts with `prefix`, in key order.
    pub fn documents_with_prefix<'a>(
        &'a self,
        collection: &str,
        prefix: &'a str,
    ) -> impl Iterator<Item = (&'a String, &'a Value)> {
        self.collections
            .get(collection)
            .into_iter()
            .flat_map(move |documents| documents.range(prefix.to_string()..))
            .take_while(move |(key, _)| key.starts_with(prefix))
    }

    /// Every document of every collection, with the collection's name.
    pub fn all_documents(&self) -> impl Iterator<Item = (&String, &Value)> {
        self.collections.iter().flat_map(|(collection, documents)| {
            documents.values().map(move |document| (collection, document))
        })
    }

    /// Every (collection, key) pair.
    pub fn all_keys(&self) -> impl Iterator<Item = (String, String)> + '_ {
        self.collections.iter().flat_map(|(collection, documents)| {
            documents.keys().map(move |key| (collection.clone(), key.clone()))
        })
    }

    /// A stored document, to change in place.
    pub fn document_mut(&mut self, collection: &str, key: &str) -> Option<&mut Value> {
        let document = self.collections.get_mut(collection)?.get_mut(key)?;
        self.journal
            .documents
            .entry((collection.to_string(), key.to_string()))
            .or_insert_with(|| Some(document.clone()));
        Some(document)
    }

    /// Store a document; returns the one it replaced.
    pub fn insert(&mut self, collection: &str, key: &str, document: Value) -> Option<Value> {
        let previous =
            self.collections.entry(collection.to_string()).or_default().insert(key.to_string(), document);
        self.journal
            .documents
            .entry((collection.to_string(), key.to_string()))
            .or_insert_with(|| previous.clone());
        previous
    }

    /// Remove a document; returns it.
    pub fn remove(&mut self, collection: &str, key: &str) -> Option<Value> {
        let removed = self.collections.get_mut(collection)?.remove(key)?;
        self.journal
            .documents
            .entry((collection.to_string(), key.to_string()))
            .or_insert_with(|| Some(removed.clone()));
        Some(removed)
    }

    /// Keep only the documents of a collection for which `keep` answers true.
    pub fn retain(&mut self, collection: &str, mut keep: impl FnMut(&str, &Value) -> bool) {
        let Some(documents) = self.collections.get_mut(collection) else {
            return;
        };
        let doomed: Vec<String> = documents
            .iter()
            .filter(|(key, document)| !keep(key, document))
            .map(|(key, _)| key.clone())
            .collect();
        for key in doomed {
            if let Some(removed) = documents.remove(&key) {
                self.journal.documents.entry((collection.to_string(), key)).or_insert(Some(removed));
            }
        }
    }

    /// Remove every document of a collection whose key starts with `prefix`.
    pub fn remove_prefix(&mut self, collection: &str, prefix: &str) {
        self.retain(collection, |key, _| !key.starts_with(prefix));
    }

    /// A counter's value (0 when it was never counted).
    pub fn counter(&self, name: &str) -> u64 {
        self.counters.get(name).copied().unwrap_or(0)
    }

    /// Count one more: the counter's new value.
    pub fn next_counter(&mut self, name: &str) -> u64 {
        let counter = self.counters.entry(name.to_string()).or_insert(0);
        let before = *counter;
        *counter += 1;
        let next = *counter;
        self.journal.counters.entry(name.to_string()).or_insert(if before == 0 {
            None
        } else {
            Some(before)
        });
        next
    }

    /// Forget a counter.
    pub fn remove_counter(&mut self, name: &str) {
        if let Some(before) = self.counters.remove(name) {
            self.journal.counters.entry(name.to_string()).or_insert(Some(before));
        }
    }

    /// Put every touched entry back as it was before the change began.
    fn undo(&mut self, journal: Journal) {
        for ((collection, key), before) in journal.documents {
            let documents = self.collections.entry(collection).or_default();
            match before {
                Some(document) => {
                    documents.insert(key, document);
                }
                None => {
                    documents.remove(&key);
                }
            }
        }
        for (name, before) in journal.counters {
            match before {
                Some(value) => {
                    self.counters.insert(name, value);
                }
                None => {
                    self.counters.remove(&name);
                }
            }
        }
    }
}

/// The state file of `--local` in the data directory. A JSON state file of earlier versions
/// (`local-emulator-state.json`) is moved to the new name, and converted when it is opened.
pub fn local_state_path(data_directory: &Path) -> PathBuf {
    let path = data_directory.join("local-emulator-state.db");
    let legacy = data_directory.join("local-emulator-state.json");
    if !path.exists() && legacy.exists() {
        // Processes starting together race to rename: one wins, the others find the new name.
        let _ = std::fs::rename(&legacy, &path);
    }
    path
}

/// The state and, when it is saved, the database it is saved in.
pub struct Store {
    inner: Mutex<Inner>,
}

struct Inner {
    state: PersistedState,
    database: Option<Database>,
}

struct Database {
    path: PathBuf,
    connection: Connection,
    /// `PRAGMA data_version` when the state was last loaded: it changes when another connection
    /// commits.
    data_version: i64,
}

impl Store {
    /// Open (or create) the state database. No path keeps state in memory.
    pub fn open(path: Option<PathBuf>) -> Result<Self> {
        let (state, database) = match path {
            None => (PersistedState::default(), None),
            Some(path) => {
                let mut database = Database::open(path)?;
                let state = database.load()?;
                (state, Some(database))
            }
        };
        Ok(Store { inner: Mutex::new(Inner { state, database }) })
    }

    /// The state file, when there is one.
    pub fn path(&self) -> Option<PathBuf> {
        self.lock().database.as_ref().map(|database| database.path.clone())
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Read the state (as of now: what other processes committed is loaded first).
    pub fn read<T>(&self, reader: impl FnOnce(&PersistedState) -> T) -> T {
        let mut inner = self.lock();
        let Inner { state, database } = &mut *inner;
        if let Some(database) = database {
            // A state that cannot be reloaded is served as it was last read; the next write
            // reports the problem.
            let _ = database.refresh(state);
        }
        reader(state)
    }

    /// Change the state and save it; the change is kept only if saving succeeds.
    pub fn update<T>(&self, change: impl FnOnce(&mut PersistedState) -> T) -> Result<T> {
        let mut inner = self.lock();
        let Inner { state, database } = &mut *inner;
        state.journal = Journal::default();
        let Some(database) = database else {
            return Ok(change(state));
        };
        database.begin()?;
        if let Err(failure) = database.refresh(state) {
            database.rollback();
            return Err(failure);
        }
        let result = change(state);
        let journal = std::mem::take(&mut state.journal);
        if journal.is_empty() {
            database.rollback();
            return Ok(result);
        }
        match database.write(state, &journal).and_then(|()| database.commit()) {
            Ok(()) => Ok(result),
            Err(failure) => {
                database.rollback();
                state.undo(journal);
                Err(failure)
            }
        }
    }

    /// The whole state as one JSON document (`bedrock emulator --export-state`).
    pub fn export(&self) -> Value {
        self.read(|state| {
            serde_json::json!({
                "formatVersion": FORMAT_VERSION,
                "collections": state.collections,
                "counters": state.counters,
            })
        })
    }
}

impl Database {
    fn open(path: PathBuf) -> Result<Database> {
        if let Some(parent) = path.parent().filter(|parent| !parent.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent)
                .map_err(|error| Failure::file(parent, "create the directory of the state file", &error))?;
            remove_abandoned_temporaries(parent, &path);
        }
        convert_a_json_state_file(&path)?;
        let connection = Connection::open(&path).map_err(|error| database_failure(&path, "open", &error))?;
        connection.busy_timeout(BUSY_TIMEOUT).map_err(|error| database_failure(&path, "open", &error))?;
        let mut database = Database { path, connection, data_version: -1 };
        database.prepare()?;
        Ok(database)
    }

    /// Check that the database is ours, and lay it out when it is new.
    fn prepare(&mut self) -> Result<()> {
        // A file that is no SQLite database at all fails here, before anything is written.
        let application_id: i32 = self
            .connection
            .query_row("PRAGMA application_id", [], |row| row.get(0))
            .map_err(|error| self.not_a_state_file(&error.to_string()))?;
        // A rollback journal rather than a write-ahead log: after every commit the one file holds
        // the whole state, so it can be copied or backed up like the JSON file it replaces, and
        // no side files stay behind.
        self.connection
            .query_row("PRAGMA journal_mode = DELETE", [], |_| Ok(()))
            .map_err(|error| database_failure(&self.path, "open", &error))?;
        self.connection
            .execute_batch("PRAGMA synchronous = FULL")
            .map_err(|error| database_failure(&self.path, "open", &error))?;
        // Check and lay out under the write lock: another process may be laying out the same new
        // file at this moment, and its half-seen layout must not read as another application's.
        if application_id != APPLICATION_ID {
            self.begin()?;
            if let Err(failure) = self.check_and_lay_out() {
                self.rollback();
                return Err(failure);
            }
            self.commit()?;
        }
        let version: i32 = self
            .connection
            .query_row("PRAGMA user_version", [], |row| row.get(0))
            .map_err(|error| database_failure(&self.path, "read", &error))?;
        if version != FORMAT_VERSION {
            return Err(self.not_a_state_file(&format!("format version {version} is not {FORMAT_VERSION}")));
        }
        Ok(())
    }

    /// Inside a write transaction: refuse another application's database, lay out an empty one.
    fn check_and_lay_out(&mut self) -> Result<()> {
        let application_id: i32 = self
            .connection
            .query_row("PRAGMA application_id", [], |row| row.get(0))
            .map_err(|error| self.not_a_state_file(&error.to_string()))?;
        if application_id == APPLICATION_ID {
            return Ok(());
        }
        let tables: i64 = self
            .connection
            .query_row("SELECT count(*) FROM sqlite_schema", [], |row| row.get(0))
            .map_err(|error| self.not_a_state_file(&error.to_string()))?;
        if application_id != 0 || tables != 0 {
            return Err(self.not_a_state_file("it is an SQLite database of another application"));
        }
        self.connection
            .execute_batch(&format!(
                "CREATE TABLE IF NOT EXISTS documents (collection TEXT NOT NULL, key TEXT NOT NULL, \
                 document TEXT NOT NULL, PRIMARY KEY (collection, key)) WITHOUT ROWID;
                 CREATE TABLE IF NOT EXISTS counters (name TEXT NOT NULL PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
                 PRAGMA application_id = {APPLICATION_ID};
                 PRAGMA user_version = {FORMAT_VERSION};"
            ))
            .map_err(|error| database_failure(&self.path, "lay out", &error))
    }

    fn not_a_state_file(&self, reason: &str) -> Failure {
        not_a_state_file(&self.path, reason)
    }

    fn data_version(&self) -> Result<i64> {
        self.connection
            .query_row("PRAGMA data_version", [], |row| row.get(0))
            .map_err(|error| database_failure(&self.path, "read", &error))
    }

    /// Read the whole state.
    fn load(&mut self) -> Result<PersistedState> {
        let data_version = self.data_version()?;
        let mut state = PersistedState::default();
        let path = self.path.clone();
        let failure = |error: rusqlite::Error| database_failure(&path, "read", &error);
        let mut statement =
            self.connection.prepare("SELECT collection, key, document FROM documents").map_err(failure)?;
        let rows = statement
            .query_map([], |row| {
                Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?, row.get::<_, String>(2)?))
            })
            .map_err(failure)?;
        for row in rows {
            let (collection, key, text) = row.map_err(failure)?;
            let document: Value = serde_json::from_str(&text).map_err(|error| {
                not_a_state_file(&path, &format!("the document {collection}/{key} is not JSON: {error}"))
            })?;
            state.collections.entry(collection).or_default().insert(key, document);
        }
        let mut statement = self.connection.prepare("SELECT name, value FROM counters").map_err(failure)?;
        let rows = statement
            .query_map([], |row| Ok((row.get::<_, String>(0)?, row.get::<_, i64>(1)?)))
            .map_err(failure)?;
        for row in rows {
            let (name, value) = row.map_err(failure)?;
            state.counters.insert(name, u64::try_from(value).unwrap_or(0));
        }
        drop(statement);
        self.data_version = data_version;
        Ok(state)
    }

    /// Reload the state when another process committed since it was last read.
    fn refresh(&mut self, state: &mut PersistedState) -> Result<()> {
        if self.data_version()? != self.data_version {
            *state = self.load()?;
        }
        Ok(())
    }

    fn begin(&self) -> Result<()> {
        self.connection
            .execute_batch("BEGIN IMMEDIATE")
            .map_err(|error| database_failure(&self.path, "lock", &error))
    }

    fn commit(&self) -> Result<()> {
        self.connection.execute_batch("COMMIT").map_err(|error| database_failure(&self.path, "write", &error))
    }

    fn rollback(&self) {
        if !self.connection.is_autocommit() {
            let _ = self.connection.execute_batch("ROLLBACK");
        }
    }

    /// Write the entries a change touched, as they are now.
    fn write(&self, state: &PersistedState, journal: &Journal) -> Result<()> {
        let failure = |error: rusqlite::Error| database_failure(&self.path, "write", &error);
        for (collection, key) in journal.documents.keys() {
            match state.document(collection, key) {
                Some(document) => {
                    let text = serde_json::to_string(document).map_err(|error| {
                        Failure::other("emulator", format!("cannot serialise the state: {error}"))
                    })?;
                    self.connection
                        .prepare_cached(
                            "INSERT INTO documents (collection, key, document) VALUES (?1, ?2, ?3) \
                             ON CONFLICT (collection, key) DO UPDATE SET document = excluded.document",
                        )
                        .and_then(|mut statement| statement.execute(params![collection, key, text]))
                        .map_err(failure)?;
                }
                None => {
                    self.connection
                        .prepare_cached("DELETE FROM documents WHERE collection = ?1 AND key = ?2")
                        .and_then(|mut statement| statement.execute(params![collection, key]))
                        .map_err(failure)?;
                }
            }
        }
        for name in journal.counters.keys() {
            match state.counters.get(name) {
                Some(value) => {
                    let value = i64::try_from(*value).unwrap_or(i64::MAX);
                    self.connection
                        .prepare_cached(
                            "INSERT INTO counters (name, value) VALUES (?1, ?2) \
                             ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                        )
                        .and_then(|mut statement| statement.execute(params![name, value]))
                        .map_err(failure)?;
                }
                None => {
                    self.connection
                        .prepare_cached("DELETE FROM counters WHERE name = ?1")
                        .and_then(|mut statement| statement.execute(params![name]))
                        .map_err(failure)?;
                }
            }
        }
        Ok(())
    }
}

fn not_a_state_file(path: &Path, reason: &str) -> Failure {
    Failure::usage(format!(
        "the state file {} is not a bedrock emulator state file: {reason}; refusing to start (the file was not changed)",
        path.display()
    ))
    .with_hint("pass another --state file, or move this one away")
}

fn database_failure(path: &Path, action: &str, error: &rusqlite::Error) -> Failure {
    let reason = match error {
        rusqlite::Error::SqliteFailure(code, _) if code.code == rusqlite::ErrorCode::DatabaseBusy => {
            format!("another process held it for over {} s", BUSY_TIMEOUT.as_secs())
        }
        rusqlite::Error::SqliteFailure(code, _) if code.code == rusqlite::ErrorCode::NotADatabase => {
            return not_a_state_file(path, "it is not an SQLite database");
        }
        other => other.to_string(),
    };
    Failure::other("emulator", format!("cannot {action} the state file {}: {reason}", path.display()))
}

/// The JSON state file of earlier versions.
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct JsonState {
    format_version: u32,
    #[serde(default)]
    collections: BTreeMap<String, BTreeMap<String, Value>>,
    #[serde(default)]
    counters: BTreeMap<String, u64>,
}

/// When `path` holds a JSON state file (format 1), convert it to a database in place. The file is
/// locked while it is converted, so that processes starting together convert it once; a file
/// that is neither JSON state nor SQLite is refused and left as it is.
fn convert_a_json_state_file(path: &Path) -> Result<()> {
    loop {
        let mut file = match std::fs::File::open(path) {
            Ok(file) => file,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(()),
            Err(error) => return Err(Failure::file(path, "read the state file", &error)),
        };
        let mut bytes = Vec::new();
        file.read_to_end(&mut bytes).map_err(|error| Failure::file(path, "read the state file", &error))?;
        if bytes.is_empty() || bytes.starts_with(SQLITE_HEADER) {
            return Ok(());
        }
        let value: Value = serde_json::from_slice(&bytes).map_err(|error| {
            not_a_state_file(
                path,
                &format!("invalid JSON at line {} column {}", error.line(), error.column()),
            )
        })?;
        let legacy: JsonState =
            serde_json::from_value(value).map_err(|error| not_a_state_file(path, &error.to_string()))?;
        if legacy.format_version != 1 {
            return Err(not_a_state_file(
                path,
                &format!("format version {} is not 1", legacy.format_version),
            ));
        }
        file.lock().map_err(|error| Failure::file(path, "lock the state file", &error))?;
        // Another process may have converted the file while this one waited for the lock: then
        // the name points at a new file, and the loop looks again.
        if !same_file(&file, path) {
            continue;
        }
        let directory =
            path.parent().filter(|parent| !parent.as_os_str().is_empty()).unwrap_or(Path::new("."));
        let file_name = path.file_name().map(|name| name.to_string_lossy().to_string()).unwrap_or_default();
        let temporary =
            directory.join(format!(".{file_name}.{}{}", std::process::id(), crate::files::TEMPORARY_SUFFIX));
        let _ = std::fs::remove_file(&temporary);
        let converted = write_converted(&temporary, legacy).and_then(|()| {
            std::fs::rename(&temporary, path)
                .map_err(|error| Failure::file(path, "replace the state file", &error))
        });
        if converted.is_err() {
            let _ = std::fs::remove_file(&temporary);
        }
        return converted;
    }
}

fn write_converted(temporary: &Path, legacy: JsonState) -> Result<()> {
    let mut database = Database {
        path: temporary.to_path_buf(),
        connection: Connection::open(temporary)
            .map_err(|error| database_failure(temporary, "create", &error))?,
        data_version: -1,
    };
    database.prepare()?;
    let mut state = PersistedState {
        collections: BTreeMap::new(),
        counters: BTreeMap::new(),
        journal: Journal::default(),
    };
    for (collection, documents) in legacy.collections {
        for (key, document) in documents {
            state.insert(&collection, &key, document);
        }
    }
    for (name, value) in legacy.counters {
        state.counters.insert(name.clone(), value);
        state.journal.counters.insert(name, None);
    }
    let journal = std::mem::take(&mut state.journal);
    database.begin()?;
    database.write(&state, &journal)?;
    database.commit()?;
    drop(database);
    Ok(())
}

#[cfg(unix)]
fn same_file(file: &std::fs::File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), std::fs::metadata(path)) {
        (Ok(open), Ok(named)) => open.dev() == named.dev() && open.ino() == named.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file(_file: &std::fs::File, path: &Path) -> bool {
    path.exists()
}

/// Remove temporary files beside the state file left by processes that were killed while
/// writing (`.NAME.PID.tmp`, where PID is no longer running).
fn remove_abandoned_temporaries(directory: &Path, path: &Path) {
    let Some(file_name) = path.file_name().map(|name| name.to_string_lossy().to_string()) else {
        return;
    };
    let Ok(entries) = std::fs::read_dir(directory) else {
        return;
    };
    let prefix = format!(".{file_name}.");
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        let Some(pid) = name
            .strip_prefix(&prefix)
            .and_then(|rest| rest.strip_suffix(crate::files::TEMPORARY_SUFFIX))
            .and_then(|pid| pid.parse::<u32>().ok())
        else {
            continue;
        };
        if !process_is_running(pid) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Whether a process with this id exists (on other systems than Unix: assumed so).
fn process_is_running(pid: u32) -> bool {
    #[cfg(unix)]
    {
        let Ok(pid) = libc::pid_t::try_from(pid) else {
            return false;
        };
        // Signal 0 checks that the process exists without signalling it.
        // SAFETY: kill with signal 0 has no effect on the target process.
        let answer = unsafe { libc::kill(pid, 0) };
        answer == 0 || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
    }
    #[cfg(not(unix))]
    {
        let _ = pid;
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn put(store: &Store, collection: &str, key: &str, document: Value) {
        store.update(|state| state.insert(collection, key, document)).unwrap();
    }

    #[test]
    fn creates_saves_and_reloads() {
        let directory = tempfile::tempdir().unwrap();
        let path = directory.path().join("nested").join("state.db");
        let store = Store::open(Some(path.clone())).unwrap();
        assert!(path.exists());
        put(&store, "things", "a", serde_json::json!({"x": 1}));
        store.update(|state| state.next_counter("ids")).unwrap();
        drop(store);
        let reopened = Store::open(Some(path.clone())).unwrap();
        assert_eq!(reopened.read(|state| state.document("things", "a").unwrap()["x"].clone()), 1);
        assert_eq!(reopened.read(|state| state.counter("ids")), 1);
    }

    #[test]
    fn a_second_store_sees_the_first_ones_changes_and_ids_never_repeat() {
        let directory = tempfile::tempdir().unwrap();
        let path = directory.path().join("state.db");
        let first = Store::open(Some(path.clone())).unwrap();
        let second = Store::open(Some(path.clone())).unwrap();
        let mut ids = Vec::new();
        for round in 0..20 {
            let store = if round % 2 == 0 { &first } else { &second };
            ids.push(store.update(|state| state.next_counter("ids")).unwrap());
            put(store, "things", &format!("k{round}"), serde_json::json!(round));
        }
        assert_eq!(ids, (1..=20).collect::<Vec<u64>>());
        assert_eq!(first.read(|state| state.documents("things").count()), 20);
        assert_eq!(second.read(|state| state.documents("things").count()), 20);
        second.update(|state| state.remove("things", "k3")).unwrap();
        assert!(!first.read(|state| state.contains("things", "k3")));
    }

    #[test]
    fn a_change_that_cannot_be_saved_is_undone() {
        let directory = tempfile::tempdir().unwrap();
        let path = directory.path().join("state.db");
        let store = Store::open(Some(path.clone())).unwrap();
        put(&store, "things", "kept", serde_json::json!(1));
        // Another connection holds the write lock past the busy timeout: simulate it by making the
        // file read-only for this connection instead (a write then fails).
        let blocker = Connection::open(&path).unwrap();
        blocker.execute_batch("BEGIN EXCLUSIVE").unwrap();
        {
            let inner = store.lock();
            inner.database.as_ref().unwrap().connection.busy_timeout(Duration::from_millis(10)).unwrap();
        }
        let failed = store.update(|state| {
            state.insert("things", "lost", serde_json::json!(2));
            if let Some(document) = state.document_mut("things", "kept") {
                *document = serde_json::json!(3);
            }
        });
        assert!(failed.is_err());
        blocker.execute_batch("ROLLBACK").unwrap();
        assert!(!store.read(|state| state.contains("things", "lost")));
        assert_eq!(store.read(|state| state.document("things", "kept").cloned()), Some(serde_json::json!(1)));
    }

    #[test]
    fn converts_a_json_state_file_in_place() {
        let directory = tempfile::tempdir().unwrap();
        let path = directory.path().join("state.json");
        std::fs::write(
            &path,
            r#"{"formatVersion": 1, "collections": {"agents": {"A": {"agentId": "A"}}}, "counters": {"agents": 4}}"#,
        )
        .unwrap();
        let store = Store::open(Some(path.clone())).unwrap();
        assert_eq!(
            store.read(|state| state.document("agents", "A").cloned()),
            Some(serde_json::json!({"agentId": "A"}))
        );
        assert_eq!(store.update(|state| state.next_counter("agents")).unwrap(), 5);
        assert!(std::fs::read(&path).unwrap().starts_with(SQLITE_HEADER));
        let leftovers: Vec<String> = std::fs::read_dir(directory.path())
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().to_string())
            .filter(|name| name.ends_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty(), "{leftovers:?}");
    }

    #[test]
    fn refuses_a_file_that_is_not_json_and_leaves_it_alone() {
        let directory = tempfile::tempdir().unwrap();
        let path = directory.path().join("state.json");
        std::fs::write(&path, "not json {").unwrap();
        let error = Store::open(Some(path.clone())).err().unwrap();
        assert_eq!(error.exit_code(), 252);
        assert!(error.message.contains("line 1"), "{}", error.message);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "not json {");
    }

    #[test]
    fn refuses_json_of_another_shape_and_other_databases() {
        let directory = tempfile::tempdir().unwrap();
        let path = directory.path().join("state.json");
        std::fs::write(&path, "{\"hello\": 1}").unwrap();
        assert!(Store::open(Some(path)).is_err());
        let other = directory.path().join("other.db");
        Connection::open(&other).unwrap().execute_batch("CREATE TABLE t (x)").unwrap();
        let error = Store::open(Some(other)).err().unwrap();
        assert!(error.message.contains("another application"), "{}", error.message);
    }

    #[test]
    fn removes_temporary_files_of_dead_processes_only() {
        let directory = tempfile::tempdir().unwrap();
        let path = directory.path().join("state.db");
        let dead = directory.path().join(".state.db.999999999.tmp");
        let alive = directory.path().join(format!(".state.db.{}.tmp", std::process::id()));
        std::fs::write(&dead, "x").unwrap();
        std::fs::write(&alive, "x").unwrap();
        Store::open(Some(path)).unwrap();
        assert!(!dead.exists());
        assert!(alive.exists());
    }
}
