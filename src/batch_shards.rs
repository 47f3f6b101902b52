//! The plan and the bookkeeping of a `batch run` larger than one job: the batch limits that
//! bound a job (from Service Quotas, the documented defaults, or flags), how many records each
//! job (shard) gets, and the run manifest, a local JSON file that records every shard's input
//! lines, object key and job, so that an interrupted or partly failed run resumes without
//! resubmitting the shards that finished.
//!
//! The manifest is rewritten atomically after every change, and a run holds an exclusive lock
//! on it (`<manifest>.lock`), so two processes never drive the same run.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::bedrock_quotas::BatchLimits;
use crate::error::{Failure, Result};

const GIGABYTE: u64 = 1_000_000_000;

/// The limits one job of a run must keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub minimum_records: u64,
    pub records_per_job: u64,
    pub records_per_file: u64,
    pub file_bytes: u64,
    pub job_bytes: u64,
    pub concurrent_jobs: u64,
}

impl Limits {
    pub fn from_batch(batch: &BatchLimits) -> Self {
        Limits {
            minimum_records: batch.minimum_records_per_job,
            records_per_job: batch.records_per_job,
            records_per_file: batch.records_per_input_file,
            file_bytes: batch.input_file_gigabytes.saturating_mul(GIGABYTE),
            job_bytes: batch.job_gigabytes.saturating_mul(GIGABYTE),
            concurrent_jobs: batch.concurrent_jobs,
        }
    }

    /// The most records one shard (one job of one input file) may hold.
    pub fn records_per_shard(&self) -> u64 {
        self.records_per_job.min(self.records_per_file).max(1)
    }

    /// The most bytes one shard may hold.
    pub fn bytes_per_shard(&self) -> u64 {
        self.file_bytes.min(self.job_bytes).max(1)
    }

    /// The size of the next shard when `remaining` records are left: the remaining records over
    /// the fewest shards that hold them, so that shards are even and none falls below the
    /// minimum. Fails, naming the limits, when `remaining` cannot be split within them.
    pub fn next_shard(&self, remaining: u64) -> std::result::Result<u64, String> {
        if remaining < self.minimum_records {
            return Err(format!(
                "{remaining} records are fewer than the minimum of {} records per batch inference job",
                self.minimum_records
            ));
        }
        let most = self.records_per_shard();
        let shards = remaining.div_ceil(most);
        let size = remaining.div_ceil(shards);
        if remaining / shards < self.minimum_records {
            return Err(format!(
                "{remaining} records cannot be split into jobs of {} to {most} records each",
                self.minimum_records
            ));
        }
        Ok(size)
    }
}

/// Parse a size flag: bytes, or a number with KB, MB, GB or TB (powers of 1000) or KiB, MiB,
/// GiB (powers of 1024).
pub fn parse_size(value: &str) -> std::result::Result<u64, String> {
    let text = value.trim();
    let split = text.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '_')).unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let scale: u64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "kb" => 1_000,
        "mb" => 1_000_000,
        "gb" => GIGABYTE,
        "tb" => 1_000 * GIGABYTE,
        "kib" => 1 << 10,
        "mib" => 1 << 20,
        "gib" => 1 << 30,
        _ => return Err(format!("{value:?}: give a size such as 1GB, 500MB or 1048576")),
    };
    let number: f64 = number
        .replace('_', "")
        .parse()
        .map_err(|_| format!("{value:?}: give a size such as 1GB, 500MB or 1048576"))?;
    let bytes = number * scale as f64;
    if !(bytes >= 1.0 && bytes.is_finite()) {
        return Err(format!("{value:?}: the size must be at least 1 byte"));
    }
    Ok(bytes as u64)
}

/// Which input a run was made from, so that a manifest is not resumed over another file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct InputIdentity {
    pub path: String,
    pub bytes: u64,
    pub modified_millis: u64,
}

impl InputIdentity {
    pub fn of(path: &Path) -> Result<Self> {
        let metadata = std::fs::metadata(path).map_err(|error| Failure::file(path, "read", &error))?;
        let modified_millis = metadata
            .modified()
            .ok()
            .and_then(|time| time.duration_since(std::time::UNIX_EPOCH).ok())
            .map(|elapsed| elapsed.as_millis() as u64)
            .unwrap_or(0);
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        Ok(InputIdentity { path: path.display().to_string(), bytes: metadata.len(), modified_millis })
    }
}

/// One job of a run: its input lines, its records file and its job.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Shard {
    /// The first input line (1-based) and the line after the last.
    pub start_line: u64,
    pub end_line: u64,
    pub records: u64,
    pub bytes: u64,
    /// The object key of its records file (attempts after the first add `-rN`).
    pub key: String,
    pub job_name: String,
    pub job_arn: Option<String>,
    /// The job's last known status.
    pub status: Option<String>,
    pub message: Option<String>,
    /// Jobs submitted for the shard so far.
    pub attempts: u32,
}

impl Shard {
    /// The job finished with results to collect.
    pub fn is_collectable(&self) -> bool {
        matches!(self.status.as_deref(), Some("Completed" | "PartiallyCompleted"))
    }

    /// The job ended without results: the shard runs again on the next run.
    pub fn has_failed(&self) -> bool {
        matches!(self.status.as_deref(), Some("Failed" | "Stopped" | "Expired"))
    }

    /// The job was submitted and has not ended.
    pub fn is_running(&self) -> bool {
        self.job_arn.is_some() && !self.is_collectable() && !self.has_failed()
    }
}

/// The manifest of a run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Manifest {
    pub version: u32,
    pub input: InputIdentity,
    pub model: String,
    pub s3_uri: String,
    pub invocation_type: String,
    pub name: String,
    /// The records of the whole input.
    pub records: u64,
    pub shards: Vec<Shard>,
}

impl Manifest {
    /// The records the shards planned so far cover.
    pub fn planned_records(&self) -> u64 {
        self.shards.iter().map(|shard| shard.records).sum()
    }

    /// The input line the next new shard starts at.
    pub fn next_line(&self) -> u64 {
        self.shards.last().map_or(1, |shard| shard.end_line)
    }

    /// Why this manifest is not the one of a run with these settings, if it is not.
    pub fn mismatch(
        &self,
        input: &InputIdentity,
        model: &str,
        s3_uri: &str,
        invocation_type: &str,
    ) -> Option<String> {
        if self.input != *input {
            return Some(format!("it was made from {} as it was then, not from this input", self.input.path));
        }
        if self.model != model {
            return Some(format!("its model is {}, not {model}", self.model));
        }
        if self.s3_uri != s3_uri {
            return Some(format!("its --s3-uri is {}, not {s3_uri}", self.s3_uri));
        }
        if self.invocation_type != invocation_type {
            return Some(format!("its invocation type is {}, not {invocation_type}", self.invocation_type));
        }
        None
    }

    pub fn read(path: &Path) -> Result<Option<Self>> {
        let bytes = match std::fs::read(path) {
            Ok(bytes) => bytes,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(error) => return Err(Failure::file(path, "read the run manifest", &error)),
        };
        serde_json::from_slice(&bytes).map(Some).map_err(|error| {
            Failure::usage(format!(
                "the run manifest {} is not one `batch run` wrote: {error}",
                path.display()
            ))
            .with_hint("remove it (or pass --manifest FILE) to start a new run")
        })
    }

    /// Write the manifest atomically: a reader sees the old one or the new one, never half.
    pub fn write(&self, path: &Path) -> Result<()> {
        let mut text =
            serde_json::to_vec_pretty(self).map_err(|error| Failure::other("manifest", error.to_string()))?;
        text.push(b'\n');
        crate::files::write_bytes_atomically(path, &text, true)
            .map_err(|error| Failure::file(path, "write the run manifest", &error))
    }
}

/// The manifest's default place: beside the input, named after it.
pub fn default_manifest(input: &Path) -> PathBuf {
    let mut name = input.file_name().map(|name| name.to_os_string()).unwrap_or_default();
    name.push(".batch-run.json");
    input.with_file_name(name)
}

/// The exclusive hold of one run on its manifest; released when dropped (or when the process
/// ends, however it ends).
pub struct RunLock {
    _file: std::fs::File,
}

impl RunLock {
    pub fn acquire(manifest: &Path) -> Result<Self> {
        let mut name = manifest.file_name().map(|name| name.to_os_string()).unwrap_or_default();
        name.push(".lock");
        let path = manifest.with_file_name(name);
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|error| Failure::file(&path, "create the run's lock file", &error))?;
        match file.try_lock() {
            Ok(()) => Ok(RunLock { _file: file }),
            Err(std::fs::TryLockError::WouldBlock) => Err(Failure::usage(format!(
                "another `batch run` is driving the run of {} (it holds {})",
                manifest.display(),
                path.display()
            ))
            .with_hint("wait for it to end, or pass --manifest FILE for a separate run")),
            Err(std::fs::TryLockError::Error(error)) => {
                Err(Failure::file(&path, "lock the run's lock file", &error))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits(minimum: u64, per_job: u64) -> Limits {
        Limits {
            minimum_records: minimum,
            records_per_job: per_job,
            records_per_file: per_job,
            file_bytes: GIGABYTE,
            job_bytes: 5 * GIGABYTE,
            concurrent_jobs: 20,
        }
    }

    #[test]
    fn shards_are_even_and_within_the_limits() {
        let limits = limits(100, 50_000);
        assert_eq!(limits.next_shard(100), Ok(100));
        assert_eq!(limits.next_shard(50_000), Ok(50_000));
        // 120,001 records: three shards of 40,001 / 40,000 / 40,000.
        assert_eq!(limits.next_shard(120_001), Ok(40_001));
        assert_eq!(limits.next_shard(80_000), Ok(40_000));
        let refused = limits.next_shard(99).unwrap_err();
        assert!(refused.contains("fewer than the minimum of 100"), "{refused}");
        // 150 records with jobs of 100 to 100 records cannot be split.
        assert!(self::limits(100, 100).next_shard(150).unwrap_err().contains("cannot be split"));
        assert_eq!(self::limits(1, 40).next_shard(100), Ok(34));
    }

    #[test]
    fn sizes_are_read_with_their_units() {
        assert_eq!(parse_size("1GB"), Ok(1_000_000_000));
        assert_eq!(parse_size("500 MB"), Ok(500_000_000));
        assert_eq!(parse_size("1.5kb"), Ok(1_500));
        assert_eq!(parse_size("2MiB"), Ok(2 << 20));
        assert_eq!(parse_size("1_048_576"), Ok(1_048_576));
        assert!(parse_size("lots").is_err());
        assert!(parse_size("0").is_err());
        assert!(parse_size("5 parsecs").is_err());
    }

    #[test]
    fn a_manifest_round_trips_and_names_what_differs() {
        let directory = tempfile::tempdir().unwrap();
        let input = directory.path().join("prompts.jsonl");
        std::fs::write(&input, "\"a\"\n").unwrap();
        let identity = InputIdentity::of(&input).unwrap();
        let manifest = Manifest {
            version: 1,
            input: identity.clone(),
            model: "m".into(),
            s3_uri: "s3://b/p".into(),
            invocation_type: "InvokeModel".into(),
            name: "run".into(),
            records: 1,
            shards: vec![],
        };
        let path = default_manifest(&input);
        assert!(path.ends_with("prompts.jsonl.batch-run.json"));
        manifest.write(&path).unwrap();
        assert_eq!(Manifest::read(&path).unwrap(), Some(manifest.clone()));
        assert_eq!(manifest.mismatch(&identity, "m", "s3://b/p", "InvokeModel"), None);
        assert!(manifest.mismatch(&identity, "other", "s3://b/p", "InvokeModel").unwrap().contains("model"));
        std::fs::write(&input, "\"a\"\n\"b\"\n").unwrap();
        assert!(
            manifest.mismatch(&InputIdentity::of(&input).unwrap(), "m", "s3://b/p", "InvokeModel").is_some()
        );
        std::fs::write(&path, "{").unwrap();
        assert_eq!(Manifest::read(&path).unwrap_err().exit_code(), 252);
    }

    #[test]
    fn one_run_at_a_time_holds_a_manifest() {
        let directory = tempfile::tempdir().unwrap();
        let manifest = directory.path().join("run.json");
        let first = RunLock::acquire(&manifest).unwrap();
        let second = RunLock::acquire(&manifest).err().unwrap();
        assert!(second.message.contains("another `batch run`"), "{}", second.message);
        drop(first);
        assert!(RunLock::acquire(&manifest).is_ok());
    }
}
