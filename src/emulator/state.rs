//! The emulator's persistent state: JSON documents by collection and id, loaded at start and
//! written atomically (temp file, fsync, rename) after every change. A state file that is not
//! valid JSON stops the emulator from starting, and is left untouched.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::error::{Failure, Result};

/// The version of the state file layout.
const FORMAT_VERSION: u32 = 1;

/// Everything the emulator remembers between runs.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct PersistedState {
    pub format_version: u32,
    /// Resources as wire-shaped JSON documents: collection name → id → document.
    #[serde(default)]
    pub collections: BTreeMap<String, BTreeMap<String, Value>>,
    /// Counters for generated ids, by name.
    #[serde(default)]
    pub counters: BTreeMap<String, u64>,
}

impl Default for PersistedState {
    fn default() -> Self {
        PersistedState {
            format_version: FORMAT_VERSION,
            collections: BTreeMap::new(),
            counters: BTreeMap::new(),
        }
    }
}

/// The state and where it is saved.
pub struct Store {
    path: Option<PathBuf>,
    state: Mutex<PersistedState>,
}

impl Store {
    /// Load the state file, or create it when it does not exist. No path keeps state in memory.
    pub fn open(path: Option<PathBuf>) -> Result<Self> {
        let state = match &path {
            None => PersistedState::default(),
            Some(path) => match std::fs::read(path) {
                Ok(bytes) => parse(path, &bytes)?,
                Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                    let state = PersistedState::default();
                    write_atomically(path, &state)?;
                    state
                }
                Err(error) => return Err(Failure::file(path, "read the state file", &error)),
            },
        };
        Ok(Store { path, state: Mutex::new(state) })
    }

    /// Read the state.
    pub fn read<T>(&self, reader: impl FnOnce(&PersistedState) -> T) -> T {
        let state = self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        reader(&state)
    }

    /// Change the state and save it; the change is kept only if saving succeeds.
    pub fn update<T>(&self, change: impl FnOnce(&mut PersistedState) -> T) -> Result<T> {
        let mut state = self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let mut next = state.clone();
        let result = change(&mut next);
        if let Some(path) = &self.path {
            write_atomically(path, &next)?;
        }
        *state = next;
        Ok(result)
    }
}

fn parse(path: &Path, bytes: &[u8]) -> Result<PersistedState> {
    let refuse = |reason: String| {
        Failure::usage(format!(
            "the state file {} is not a bedrock emulator state file: {reason}; refusing to start (the file was not changed)",
            path.display()
        ))
        .with_hint("pass another --state file, or move this one away")
    };
    let value: Value = serde_json::from_slice(bytes).map_err(|error| {
        refuse(format!("invalid JSON at line {} column {}", error.line(), error.column()))
    })?;
    let state: PersistedState = serde_json::from_value(value).map_err(|error| refuse(error.to_string()))?;
    if state.format_version != FORMAT_VERSION {
        return Err(refuse(format!("format version {} is not {FORMAT_VERSION}", state.format_version)));
    }
    Ok(state)
}

/// Write to a temp file beside the target, flush it to disk, then rename over the target.
fn write_atomically(path: &Path, state: &PersistedState) -> Result<()> {
    let bytes = serde_json::to_vec_pretty(state)
        .map_err(|error| Failure::other("emulator", format!("cannot serialise the state: {error}")))?;
    crate::files::write_bytes_atomically(path, &bytes, false).map_err(|error| {
        Failure::other(
            "emulator",
            format!("cannot write the state file {}: {}", path.display(), crate::error::io_reason(&error)),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn creates_saves_and_reloads() {
        let directory = tempfile::tempdir().unwrap();
        let path = directory.path().join("nested").join("state.json");
        let store = Store::open(Some(path.clone())).unwrap();
        assert!(path.exists());
        store
            .update(|state| {
                state
                    .collections
                    .entry("things".into())
                    .or_default()
                    .insert("a".into(), serde_json::json!({"x": 1}));
            })
            .unwrap();
        let reopened = Store::open(Some(path.clone())).unwrap();
        assert_eq!(reopened.read(|state| state.collections["things"]["a"]["x"].clone()), 1);
        let leftovers: Vec<_> = std::fs::read_dir(path.parent().unwrap()).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "no temp file left behind");
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
    fn refuses_json_of_another_shape() {
        let directory = tempfile::tempdir().unwrap();
        let path = directory.path().join("state.json");
        std::fs::write(&path, "{\"hello\": 1}").unwrap();
        assert!(Store::open(Some(path)).is_err());
    }
}
