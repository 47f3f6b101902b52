//! Batch jobs that really process their records: when a model invocation job reaches Completed
//! (derived on read from the clock), the emulator reads its JSONL input from the `--s3-root`
//! object store, runs the deterministic model over each record's `modelInput`, and writes
//! `<output>/<job-id>/<input-file>.out` (one line per record, `modelOutput` or `error`) and
//! `manifest.json.out`, once. Bad records become error lines; a missing input fails the job.
//! Files are streamed line by line, so memory does not grow with the number of records.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde_json::{Map, Value, json};

use super::Shared;
use super::behaviours::jobs;
use super::control;
use super::runtime::text_models::Mode;
use super::runtime::{ResolvedModel, resolve_model, run_invocation};
use super::s3::{Location, ObjectStore, parse_uri};

/// Internal members of a job document: the record counts once the records were processed, and
/// the number of input records once counted.
pub const RECORDS: &str = "_records";
pub const INPUT_RECORDS: &str = "_inputRecords";

/// One job is processed at a time, so concurrent reads never write its output twice.
static PROCESSING: Mutex<()> = Mutex::new(());

/// What processing a job's records produced (the manifest's figures).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub total: u64,
    pub success: u64,
    pub error: u64,
    pub input_tokens: u64,
    pub output_tokens: u64,
}

impl Counts {
    /// The `manifest.json.out` document.
    pub fn manifest(&self) -> Value {
        json!({
            "totalRecordCount": self.total,
            "processedRecordCount": self.success + self.error,
            "successRecordCount": self.success,
            "errorRecordCount": self.error,
            "inputTokenCount": self.input_tokens,
            "outputTokenCount": self.output_tokens,
        })
    }

    fn from_manifest(manifest: &Value) -> Counts {
        let number = |key: &str| manifest.get(key).and_then(Value::as_u64).unwrap_or(0);
        Counts {
            total: number("totalRecordCount"),
            success: number("successRecordCount"),
            error: number("errorRecordCount"),
            input_tokens: number("inputTokenCount"),
            output_tokens: number("outputTokenCount"),
        }
    }
}

/// The input files of a job: the object the URI names, or every `.jsonl` object under it.
pub fn input_objects(store: &ObjectStore, uri: &str) -> Result<Vec<(String, PathBuf)>, String> {
    let missing = || format!("The input S3 URI {uri} does not exist or holds no .jsonl objects.");
    let location = parse_uri(uri).ok_or_else(missing)?;
    if let Some(path) = store.existing_object(&location.bucket, &location.key)
        && !location.key.is_empty()
    {
        return Ok(vec![(file_name(&location.key), path)]);
    }
    let objects = store.list(&location.bucket, &location.key).map_err(|_| missing())?;
    let found: Vec<(String, PathBuf)> = objects
        .into_iter()
        .filter(|object| object.key.ends_with(".jsonl"))
        .map(|object| (file_name(&object.key), object.path))
        .collect();
    if found.is_empty() { Err(missing()) } else { Ok(found) }
}

fn file_name(key: &str) -> String {
    key.rsplit('/').next().unwrap_or(key).to_string()
}

/// The directory the results of job `job_id` go to: `<output>/<job-id>/`.
pub fn output_directory(store: &ObjectStore, uri: &str, job_id: &str) -> Result<PathBuf, String> {
    let location = parse_uri(uri).ok_or_else(|| format!("The output S3 URI {uri} is not valid."))?;
    let prefix = location.key.trim_end_matches('/');
    let key = if prefix.is_empty() { job_id.to_string() } else { format!("{prefix}/{job_id}") };
    let Location { bucket, .. } = location;
    if store.bucket_directory(&bucket).is_none() {
        return Err(format!("The output S3 bucket {bucket} does not exist or is not accessible."));
    }
    // The results' directory is created here, and refused when a link would take it outside.
    store
        .writable_object(&bucket, &format!("{key}/manifest.json.out"))
        .and_then(|manifest| manifest.parent().map(Path::to_path_buf))
        .ok_or_else(|| format!("The output S3 URI {uri} is not valid."))
}

/// Non-blank lines of the input files.
pub fn count_records(files: &[(String, PathBuf)]) -> Option<u64> {
    files.iter().map(|(_, path)| count_file(path)).sum()
}

/// The records (non-blank lines) of one input file.
fn count_file(path: &Path) -> Option<u64> {
    let reader = BufReader::new(std::fs::File::open(path).ok()?);
    let mut count = 0;
    for line in reader.split(b'\n') {
        if !line.ok()?.iter().all(u8::is_ascii_whitespace) {
            count += 1;
        }
    }
    Some(count)
}

/// Check a job's input against the batch limits as the service does when it validates a job:
/// the records of each file and of the job, and their sizes. Returns the number of records, or
/// why the job fails.
pub fn validate_input(
    limits: &crate::bedrock_quotas::BatchLimits,
    files: &[(String, PathBuf)],
) -> Result<u64, String> {
    const GIGABYTE: u64 = 1_000_000_000;
    let mut total = 0;
    let mut total_bytes = 0;
    for (name, path) in files {
        let count = count_file(path).ok_or_else(|| format!("Unable to read the input object {name}."))?;
        let bytes = std::fs::metadata(path).map(|metadata| metadata.len()).unwrap_or(0);
        if count > limits.records_per_input_file {
            return Err(format!(
                "The input file {name} has {count} records, more than the {} records an input file of a batch inference job may have.",
                limits.records_per_input_file
            ));
        }
        if bytes > limits.input_file_gigabytes * GIGABYTE {
            return Err(format!(
                "The input file {name} is {bytes} bytes, larger than the {} GB an input file of a batch inference job may be.",
                limits.input_file_gigabytes
            ));
        }
        total += count;
        total_bytes += bytes;
    }
    if total < limits.minimum_records_per_job {
        return Err(format!(
            "The job's input has {total} records, fewer than the minimum of {} records per batch inference job.",
            limits.minimum_records_per_job
        ));
    }
    if total > limits.records_per_job {
        return Err(format!(
            "The job's input has {total} records, more than the {} records a batch inference job may have.",
            limits.records_per_job
        ));
    }
    if total_bytes > limits.job_gigabytes * GIGABYTE {
        return Err(format!(
            "The job's input is {total_bytes} bytes, larger than the {} GB a batch inference job may be.",
            limits.job_gigabytes
        ));
    }
    Ok(total)
}

/// A 12-character alphanumeric record id for a record that has none.
fn generated_record_id(file: &str, number: u64) -> String {
    const ALPHABET: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let seed =
        file.bytes().fold(number ^ 0x9e37, |hash, byte| hash.wrapping_mul(131).wrapping_add(byte as u64));
    let mut value = super::faults::mix(seed);
    (0..12)
        .map(|_| {
            let character = ALPHABET[(value % ALPHABET.len() as u64) as usize] as char;
            value /= ALPHABET.len() as u64;
            if value == 0 {
                value = super::faults::mix(seed ^ 0x5eed);
            }
            character
        })
        .collect()
}

/// How a job's records are answered (its `modelInvocationType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Records {
    /// `modelInput` is the model's InvokeModel body, `modelOutput` its response body.
    InvokeModel,
    /// `modelInput` is a Converse request (without `modelId`), `modelOutput` its response.
    Converse,
}

impl Records {
    fn of(document: &Value) -> Self {
        match document.get("modelInvocationType").and_then(Value::as_str) {
            Some("Converse") => Records::Converse,
            _ => Records::InvokeModel,
        }
    }
}

/// The output line of one input line, and the tokens it used (None: an error line).
pub fn process_line(
    model: &ResolvedModel,
    records: Records,
    file: &str,
    number: u64,
    text: &str,
) -> (Value, Option<(u64, u64)>) {
    let mut line = Map::new();
    let error = |mut line: Map<String, Value>, code: u16, message: String| {
        line.insert("error".to_string(), json!({"errorCode": code, "errorMessage": message}));
        (Value::Object(line), None)
    };
    let record: Map<String, Value> = match serde_json::from_str(text) {
        Ok(Value::Object(record)) => record,
        Ok(_) | Err(_) => {
            line.insert("recordId".to_string(), json!(generated_record_id(file, number)));
            return error(line, 400, format!("Record {number} is not a JSON object."));
        }
    };
    let record_id = match record.get("recordId") {
        Some(Value::String(id)) => json!(id),
        Some(Value::Number(id)) => json!(id.to_string()),
        _ => json!(generated_record_id(file, number)),
    };
    line.insert("recordId".to_string(), record_id);
    let input = match record.get("modelInput") {
        Some(input @ Value::Object(_)) => input.clone(),
        Some(other) => {
            line.insert("modelInput".to_string(), other.clone());
            return error(
                line,
                400,
                "modelInput must be a JSON object (the model's InvokeModel body).".into(),
            );
        }
        None => return error(line, 400, "The record has no modelInput.".into()),
    };
    line.insert("modelInput".to_string(), input.clone());
    let answered = match records {
        Records::InvokeModel => run_invocation(model, input.to_string().as_bytes(), Mode::Whole),
        Records::Converse => super::runtime::converse_outcome(model, input.to_string().as_bytes()),
    };
    match answered {
        Ok(outcome) => {
            line.insert("modelOutput".to_string(), outcome.body);
            (Value::Object(line), Some((outcome.input_tokens, outcome.output_tokens)))
        }
        Err(failure) => error(line, failure.status.as_u16(), failure.message),
    }
}

/// Process every input file into `directory`, then write the manifest. Each output file is
/// written to a temporary name and renamed, so a reader never sees half a file.
pub fn process(
    model: &ResolvedModel,
    records: Records,
    files: &[(String, PathBuf)],
    directory: &Path,
) -> Result<Counts, String> {
    let unwritable =
        |error: std::io::Error| format!("Unable to write the output: {}", crate::error::io_reason(&error));
    std::fs::create_dir_all(directory).map_err(unwritable)?;
    let mut counts = Counts::default();
    for (name, path) in files {
        let reader = BufReader::new(
            std::fs::File::open(path).map_err(|_| format!("Unable to read the input object {name}."))?,
        );
        let target = directory.join(format!("{name}.out"));
        crate::files::write_atomically(&target, false, |out| {
            let mut number = 0;
            for line in reader.split(b'\n') {
                let line = line?;
                if line.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                number += 1;
                let text = String::from_utf8_lossy(&line);
                let (document, tokens) = process_line(model, records, name, number, text.trim());
                counts.total += 1;
                match tokens {
                    Some((input, output)) => {
                        counts.success += 1;
                        counts.input_tokens += input;
                        counts.output_tokens += output;
                    }
                    None => counts.error += 1,
                }
                serde_json::to_writer(&mut *out, &document)?;
                out.write_all(b"\n")?;
            }
            Ok(())
        })
        .map_err(unwritable)?;
    }
    let manifest = counts.manifest();
    crate::files::write_atomically(&directory.join("manifest.json.out"), false, |out| {
        serde_json::to_writer(&mut *out, &manifest)?;
        out.write_all(b"\n")
    })
    .map_err(unwritable)?;
    Ok(counts)
}

/// Bring every batch job's records up to date with the clock: count the input of running jobs
/// once, and process the records of jobs that reached Completed once (or fail them when their
/// input or output location is missing). Without `--s3-root` nothing happens.
pub async fn settle(emulator: &Shared) {
    if emulator.s3.root.is_none() {
        return;
    }
    let emulator = emulator.clone();
    let _ = tokio::task::spawn_blocking(move || settle_now(&emulator)).await;
}

fn settle_now(emulator: &Shared) {
    let _guard = PROCESSING.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    let pending: Vec<(String, Value)> = emulator.store.read(|state| {
        state
            .documents(&jobs::batch_jobs())
            .filter(|(_, document)| document.get(RECORDS).is_none())
            .map(|(id, document)| (id.clone(), document.clone()))
            .collect()
    });
    for (id, document) in pending {
        let Some(job) = document.as_object() else { continue };
        let status = control::job_status(&emulator.clock, job, jobs::BATCH_RUNNING);
        let input_uri = document
            .pointer("/inputDataConfig/s3InputDataConfig/s3Uri")
            .and_then(Value::as_str)
            .unwrap_or("");
        let mut members = Map::new();
        match status.as_str() {
            "Completed" => match run_job(emulator, &id, &document, input_uri) {
                Ok(counts) => {
                    members.insert(RECORDS.to_string(), counts.manifest());
                }
                Err(message) => {
                    members.insert(RECORDS.to_string(), Counts::default().manifest());
                    members.insert("_outcome".to_string(), json!("Failed"));
                    members.insert("_failureMessage".to_string(), json!(message));
                }
            },
            "Submitted" | "Validating" | "InProgress" if document.get(INPUT_RECORDS).is_none() => {
                let Ok(files) = input_objects(&emulator.s3, input_uri) else { continue };
                match validate_input(&emulator.quotas.limits().batch, &files) {
                    Ok(count) => {
                        members.insert(INPUT_RECORDS.to_string(), json!(count));
                    }
                    Err(message) => {
                        let count = count_records(&files).unwrap_or(0);
                        members.insert(INPUT_RECORDS.to_string(), json!(count));
                        members.insert("_outcome".to_string(), json!("Failed"));
                        members.insert("_failureMessage".to_string(), json!(message));
                    }
                }
            }
            _ => continue,
        }
        let _ = emulator.store.update(|state| {
            if let Some(Value::Object(stored)) = state.document_mut(&jobs::batch_jobs(), &id)
                && stored.get(RECORDS).is_none()
            {
                stored.extend(members);
            }
        });
    }
}

/// Read a stored `_records` member back.
pub fn stored_counts(document: &Value) -> Option<Counts> {
    document.get(RECORDS).map(Counts::from_manifest)
}

fn run_job(emulator: &Shared, id: &str, document: &Value, input_uri: &str) -> Result<Counts, String> {
    let files = input_objects(&emulator.s3, input_uri)?;
    // A job counted while it ran was validated then; one that finished at once is validated now.
    if document.get(INPUT_RECORDS).is_none() {
        validate_input(&emulator.quotas.limits().batch, &files)?;
    }
    let output_uri =
        document.pointer("/outputDataConfig/s3OutputDataConfig/s3Uri").and_then(Value::as_str).unwrap_or("");
    let directory = output_directory(&emulator.s3, output_uri, id)?;
    let model_id = control::text(document, "modelId");
    let model = resolve_model(emulator, model_id)
        .or_else(|_| {
            // Batch runs models that are not offered on demand too: find them in the catalog.
            super::runtime::family::Family::of(model_id)
                .map(|family| ResolvedModel { model_id: model_id.to_string(), family })
                .ok_or(())
        })
        .map_err(|_| format!("The model {model_id} cannot run batch inference in the emulator."))?;
    process(&model, Records::of(document), &files, &directory)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::emulator::runtime::family::Family;

    fn titan() -> ResolvedModel {
        ResolvedModel {
            model_id: "amazon.titan-text-express-v1".into(),
            family: Family::of("amazon.titan-text-express-v1").unwrap(),
        }
    }

    #[test]
    fn records_become_output_or_error_lines() {
        let model = titan();
        let (good, tokens) = process_line(
            &model,
            Records::InvokeModel,
            "in.jsonl",
            1,
            r#"{"recordId": "A1", "modelInput": {"inputText": "Hello world"}}"#,
        );
        assert_eq!(good["recordId"], "A1");
        assert!(good["modelOutput"]["results"][0]["outputText"].is_string());
        assert!(tokens.unwrap().0 > 0);
        let (bad, tokens) = process_line(
            &model,
            Records::InvokeModel,
            "in.jsonl",
            2,
            r#"{"recordId": "B2", "modelInput": {"prompt": "x"}}"#,
        );
        assert!(tokens.is_none());
        assert_eq!(bad["error"]["errorCode"], 400);
        assert_eq!(bad["modelInput"]["prompt"], "x");
        let (broken, _) = process_line(&model, Records::InvokeModel, "in.jsonl", 3, "not json");
        assert_eq!(broken["recordId"].as_str().unwrap().len(), 12);
        assert!(broken["error"]["errorMessage"].as_str().unwrap().contains("not a JSON object"));
        let (missing, _) = process_line(&model, Records::InvokeModel, "in.jsonl", 4, r#"{"recordId": 7}"#);
        assert_eq!(missing["recordId"], "7");
        assert_eq!(missing["error"]["errorMessage"], "The record has no modelInput.");
        // Converse records: a Converse request in, a Converse response out.
        let (conversed, tokens) = process_line(
            &model,
            Records::Converse,
            "in.jsonl",
            5,
            r#"{"recordId": "C5", "modelInput": {"messages": [{"role": "user", "content": [{"text": "Hello"}]}], "inferenceConfig": {"maxTokens": 5}}}"#,
        );
        assert!(
            conversed["modelOutput"]["output"]["message"]["content"][0]["text"].is_string(),
            "{conversed}"
        );
        assert_eq!(conversed["modelOutput"]["usage"]["outputTokens"], json!(tokens.unwrap().1));
        let (not_converse, _) = process_line(
            &model,
            Records::Converse,
            "in.jsonl",
            6,
            r#"{"recordId": "C6", "modelInput": {"inputText": "x"}}"#,
        );
        assert_eq!(not_converse["error"]["errorCode"], 400);
    }

    #[test]
    fn jobs_outside_the_record_limits_fail_validation() {
        let directory = tempfile::tempdir().unwrap();
        let path = directory.path().join("in.jsonl");
        std::fs::write(&path, "{}\n".repeat(99)).unwrap();
        let files = vec![("in.jsonl".to_string(), path.clone())];
        let limits = crate::bedrock_quotas::BatchLimits::default();
        let refused = validate_input(&limits, &files).unwrap_err();
        assert!(refused.contains("99 records, fewer than the minimum of 100"), "{refused}");
        std::fs::write(&path, "{}\n".repeat(100)).unwrap();
        assert_eq!(validate_input(&limits, &files), Ok(100));
        let small = crate::bedrock_quotas::BatchLimits {
            records_per_input_file: 50,
            minimum_records_per_job: 1,
            ..limits
        };
        assert!(
            validate_input(&small, &files).unwrap_err().contains("more than the 50 records an input file")
        );
    }

    #[test]
    fn a_job_writes_its_output_and_manifest() {
        let root = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(root.path().join("bucket/in")).unwrap();
        std::fs::create_dir_all(root.path().join("out")).unwrap();
        std::fs::write(
            root.path().join("bucket/in/a.jsonl"),
            "{\"recordId\": \"1\", \"modelInput\": {\"inputText\": \"one\"}}\n\n{\"recordId\": \"2\"}\n",
        )
        .unwrap();
        let store = ObjectStore::new(Some(root.path().to_path_buf()));
        let files = input_objects(&store, "s3://bucket/in/").unwrap();
        assert_eq!(count_records(&files), Some(2));
        let directory = output_directory(&store, "s3://out/results/", "job1").unwrap();
        let counts = process(&titan(), Records::InvokeModel, &files, &directory).unwrap();
        assert_eq!((counts.total, counts.success, counts.error), (2, 1, 1));
        let lines = std::fs::read_to_string(root.path().join("out/results/job1/a.jsonl.out")).unwrap();
        assert_eq!(lines.lines().count(), 2);
        let manifest: Value = serde_json::from_str(
            &std::fs::read_to_string(root.path().join("out/results/job1/manifest.json.out")).unwrap(),
        )
        .unwrap();
        assert_eq!(manifest["successRecordCount"], 1);
        assert_eq!(Counts::from_manifest(&manifest), counts);
        assert!(input_objects(&store, "s3://bucket/none.jsonl").unwrap_err().contains("does not exist"));
        assert!(output_directory(&store, "s3://nobucket/x/", "j").unwrap_err().contains("nobucket"));
    }
}
