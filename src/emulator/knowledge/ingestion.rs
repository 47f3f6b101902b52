//! Ingestion jobs: StartIngestionJob reads the data source's objects from the emulator's S3
//! directory, chunks the text and markdown documents with the data source's strategy, and
//! prepares an index that becomes searchable when the job completes on the emulator's clock.
//! Statistics (scanned, new, modified, deleted, failed) compare with the previous index;
//! documents that cannot be read are counted as failed with a reason.

use std::collections::BTreeMap;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use serde_json::{Map, Value, json};

use super::super::errors::ServiceError;
use super::super::resources::{self, Answer, answer, body_object, public};
use super::super::state::PersistedState;
use super::super::{Emulator, Shared};
use super::chunking;
use super::{DATA_SOURCES, find_data_source};

/// Store collections: jobs by `{kb}/{ds}/{job}`, indexes by `{kb}/{ds}`.
pub const JOBS: &str = "knowledge-ingestion-jobs";
pub const INDEX: &str = "knowledge-index";

const PHASES: &[&str] = &["STARTING", "IN_PROGRESS", "COMPLETE"];

/// Largest document ingested (the service's 50 MB quota).
const MAXIMUM_DOCUMENT_BYTES: u64 = 50 * 1024 * 1024;

/// What one scan of a data source found.
#[derive(Debug, Default)]
struct Scan {
    documents: Map<String, Value>,
    statistics: BTreeMap<&'static str, u64>,
    failure_reasons: Vec<String>,
    fatal: Option<String>,
}

fn metadata_attributes(text: &str) -> Result<Map<String, Value>, String> {
    let value: Value = serde_json::from_str(text).map_err(|error| format!("invalid JSON: {error}"))?;
    match value.get("metadataAttributes") {
        Some(Value::Object(attributes)) => Ok(attributes.clone()),
        _ => Err("the metadata file has no metadataAttributes object".to_string()),
    }
}

/// Read and chunk the objects of a data source.
fn scan(emulator: &Emulator, data_source: &Value, previous: &Map<String, Value>) -> Scan {
    let mut result = Scan::default();
    for key in [
        "numberOfDocumentsScanned",
        "numberOfMetadataDocumentsScanned",
        "numberOfNewDocumentsIndexed",
        "numberOfModifiedDocumentsIndexed",
        "numberOfMetadataDocumentsModified",
        "numberOfDocumentsDeleted",
        "numberOfDocumentsFailed",
        "numberOfDocumentsSkipped",
    ] {
        result.statistics.insert(key, 0);
    }
    let s3 = data_source.pointer("/dataSourceConfiguration/s3Configuration").cloned().unwrap_or(Value::Null);
    let bucket = s3.get("bucketArn").and_then(Value::as_str).and_then(super::super::s3::bucket_of_arn);
    let Some(bucket) = bucket else {
        result.fatal = Some("The data source has no valid S3 bucket ARN".to_string());
        return result;
    };
    let prefix = s3
        .get("inclusionPrefixes")
        .and_then(Value::as_array)
        .and_then(|prefixes| prefixes.first())
        .and_then(Value::as_str)
        .unwrap_or("");
    let objects = match emulator.s3.list(&bucket, prefix) {
        Ok(objects) => objects,
        Err(error) => {
            result.fatal = Some(error.to_string());
            return result;
        }
    };
    let strategy =
        chunking::strategy(data_source.pointer("/vectorIngestionConfiguration/chunkingConfiguration"))
            .unwrap_or(chunking::DEFAULT);
    let data_source_id = data_source.get("dataSourceId").and_then(Value::as_str).unwrap_or_default();
    let mut metadata: BTreeMap<String, (Map<String, Value>, String)> = BTreeMap::new();
    let count = |result: &mut Scan, key: &'static str| *result.statistics.entry(key).or_insert(0) += 1;
    for object in objects.iter().filter(|object| object.key.ends_with(".metadata.json")) {
        count(&mut result, "numberOfMetadataDocumentsScanned");
        let document_key = object.key.trim_end_matches(".metadata.json").to_string();
        match std::fs::read_to_string(&object.path)
            .map_err(|error| crate::error::io_reason(&error))
            .and_then(|text| metadata_attributes(&text).map(|attributes| (attributes, text)))
        {
            Ok((attributes, text)) => {
                metadata.insert(document_key, (attributes, text));
            }
            Err(reason) => {
                result.failure_reasons.push(format!("{}: metadata file ignored: {reason}", object.uri()))
            }
        }
    }
    for object in objects.iter().filter(|object| !object.key.ends_with(".metadata.json")) {
        count(&mut result, "numberOfDocumentsScanned");
        let uri = object.uri();
        let extension = object.key.rsplit_once('.').map(|(_, extension)| extension.to_ascii_lowercase());
        let supported = matches!(extension.as_deref(), Some("txt" | "md" | "markdown"));
        let size = std::fs::metadata(&object.path).map(|metadata| metadata.len()).unwrap_or(0);
        let text = if !supported {
            Err(format!(
                "Unsupported file format {}: the emulator ingests .txt and .md documents",
                extension.map(|extension| format!(".{extension}")).unwrap_or_else(|| "(no extension)".into())
            ))
        } else if size > MAXIMUM_DOCUMENT_BYTES {
            Err(format!("The file is larger than the {} MB limit", MAXIMUM_DOCUMENT_BYTES / 1024 / 1024))
        } else {
            std::fs::read(&object.path)
                .map_err(|error| format!("Unable to read the file: {}", crate::error::io_reason(&error)))
                .and_then(|bytes| {
                    String::from_utf8(bytes).map_err(|_| "The file is not valid UTF-8 text".to_string())
                })
        };
        let text = match text {
            Ok(text) => text,
            Err(reason) => {
                count(&mut result, "numberOfDocumentsFailed");
                result.failure_reasons.push(format!("Encountered error for {uri}: {reason}"));
                continue;
            }
        };
        if text.trim().is_empty() {
            count(&mut result, "numberOfDocumentsSkipped");
            continue;
        }
        let (attributes, metadata_text) = metadata.remove(&object.key).unwrap_or_default();
        let hash = format!(
            "{:016x}",
            super::super::runtime::generation::hash_text(&format!("{text}\u{0}{metadata_text}"))
        );
        match previous.get(&uri).and_then(|document| document.get("hash")).and_then(Value::as_str) {
            None => count(&mut result, "numberOfNewDocumentsIndexed"),
            Some(old) if old != hash => count(&mut result, "numberOfModifiedDocumentsIndexed"),
            Some(_) => {}
        }
        let chunks: Vec<Value> = chunking::chunk(&text, &strategy)
            .into_iter()
            .enumerate()
            .map(|(index, chunk)| {
                let id = format!(
                    "{:016x}",
                    super::super::runtime::generation::hash_text(&format!("{data_source_id}{uri}{index}"))
                );
                json!({"id": id, "searched": chunk.searched, "returned": chunk.returned})
            })
            .collect();
        result.documents.insert(uri, json!({"hash": hash, "metadata": attributes, "chunks": chunks}));
    }
    for uri in previous.keys() {
        if !result.documents.contains_key(uri) {
            count(&mut result, "numberOfDocumentsDeleted");
        }
    }
    result
}

/// The documents a data source's index serves now: the last completed job's.
pub fn searchable_documents(index: &Value) -> Map<String, Value> {
    if let Some(pending) = index.get("pending")
        && pending
            .get("readyAt")
            .and_then(Value::as_u64)
            .is_some_and(|ready| ready <= super::super::clock::now_millis())
    {
        return pending.get("documents").and_then(Value::as_object).cloned().unwrap_or_default();
    }
    index.pointer("/current/documents").and_then(Value::as_object).cloned().unwrap_or_default()
}

/// A job's status now.
fn status(emulator: &Emulator, job: &Value) -> &'static str {
    if job.get("_failed").and_then(Value::as_bool) == Some(true) {
        return "FAILED";
    }
    if job.get("_stopped").and_then(Value::as_bool) == Some(true) {
        return "STOPPED";
    }
    let started = job.get("_startedMillis").and_then(Value::as_u64).unwrap_or(0);
    match emulator.clock.phase(started, PHASES) {
        "STARTING" => "STARTING",
        "IN_PROGRESS" => "IN_PROGRESS",
        _ => "COMPLETE",
    }
}

/// The wire document of a job as of now: status, statistics that grow while it runs.
fn render(emulator: &Emulator, job: &Value) -> Value {
    let mut document = public(job);
    let status = status(emulator, job);
    let started = job.get("_startedMillis").and_then(Value::as_u64).unwrap_or(0);
    let final_statistics = job.get("_statistics").cloned().unwrap_or(json!({}));
    let statistics = match status {
        "COMPLETE" | "FAILED" => final_statistics,
        "STOPPED" => job.get("_stoppedStatistics").cloned().unwrap_or(final_statistics),
        _ => partial(&final_statistics, emulator.clock.progress(started)),
    };
    let updated = match status {
        "COMPLETE" => super::super::clock::timestamp(emulator.clock.end_millis(started)),
        "STOPPED" | "FAILED" => {
            job.get("_endedAt").cloned().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
        }
        _ => super::super::clock::now_timestamp(),
    };
    document["status"] = json!(status);
    document["statistics"] = statistics;
    document["updatedAt"] = json!(updated);
    if status == "COMPLETE" {
        document["textReadyAt"] = json!(updated);
    }
    let reasons = job.get("_failureReasons").and_then(Value::as_array).cloned().unwrap_or_default();
    if !reasons.is_empty() && (status == "COMPLETE" || status == "FAILED") {
        document["failureReasons"] = Value::Array(reasons);
    }
    document
}

/// Statistics scaled to a job's progress.
fn partial(statistics: &Value, progress: f64) -> Value {
    let Value::Object(statistics) = statistics else {
        return json!({});
    };
    Value::Object(
        statistics
            .iter()
            .map(|(key, value)| {
                let scaled = (value.as_u64().unwrap_or(0) as f64 * progress).floor() as u64;
                (key.clone(), json!(scaled))
            })
            .collect(),
    )
}

fn missing_job(id: &str) -> ServiceError {
    ServiceError::not_found(format!("IngestionJob with id {id} does not exist"))
}

/// PUT …/ingestionjobs (StartIngestionJob)
pub async fn start_ingestion_job(
    State(emulator): State<Shared>,
    Path((kb, ds)): Path<(String, String)>,
    body: Bytes,
) -> Answer {
    let body = body_object(&body)?;
    resources::check_description(&body, 200)?;
    let (data_source, index) = emulator.store.read(|state| -> Result<(Value, Value), ServiceError> {
        let data_source = find_data_source(state, &kb, &ds)?;
        let index = resources::get(state, INDEX, &format!("{kb}/{ds}")).unwrap_or(json!({}));
        Ok((data_source, index))
    })?;
    let previous = searchable_documents(&index);
    let scan = scan(&emulator, &data_source, &previous);
    let created = emulator
        .store
        .update(|state| -> Result<Value, ServiceError> {
            let prefix = format!("{kb}/{ds}/");
            let jobs = resources::with_prefix(state, JOBS, &prefix);
            if let Some(previous) = resources::same_client_token(jobs.iter().map(|(k, v)| (k, v)), &body) {
                return Ok(previous);
            }
            if jobs.iter().any(|(_, job)| matches!(status(&emulator, job), "STARTING" | "IN_PROGRESS")) {
                return Err(ServiceError::conflict(format!(
                    "There is already an ingestion job in progress for data source {ds} of knowledge base {kb}."
                )));
            }
            let id = resources::new_id(state, JOBS, |state, id| {
                resources::get(state, JOBS, &format!("{kb}/{ds}/{id}")).is_some()
            });
            let now = super::super::clock::now_millis();
            let mut job = Map::new();
            job.insert("knowledgeBaseId".into(), json!(kb));
            job.insert("dataSourceId".into(), json!(ds));
            job.insert("ingestionJobId".into(), json!(id));
            if let Some(description) = body.get("description") {
                job.insert("description".into(), description.clone());
            }
            job.insert("startedAt".into(), json!(super::super::clock::timestamp(now)));
            job.insert("_startedMillis".into(), json!(now));
            job.insert("_statistics".into(), json!(scan.statistics));
            if let Some(token) = body.get("clientToken") {
                job.insert("_clientToken".into(), token.clone());
            }
            let mut reasons: Vec<Value> = scan.failure_reasons.iter().map(|reason| json!(reason)).collect();
            if let Some(fatal) = &scan.fatal {
                reasons.insert(0, json!(fatal));
                job.insert("_failed".into(), json!(true));
                job.insert("_endedAt".into(), json!(super::super::clock::timestamp(now)));
            } else {
                let current = json!({"documents": previous});
                let index = json!({
                    "current": current,
                    "pending": {
                        "jobId": id,
                        "readyAt": emulator.clock.end_millis(now),
                        "documents": scan.documents,
                    }
                });
                resources::put(state, INDEX, &format!("{kb}/{ds}"), index);
            }
            job.insert("_failureReasons".into(), Value::Array(reasons));
            let job = Value::Object(job);
            resources::put(state, JOBS, &format!("{kb}/{ds}/{id}"), job.clone());
            if let Some(Value::Object(mut source)) = resources::get(state, DATA_SOURCES, &format!("{kb}/{ds}")) {
                source.insert("updatedAt".into(), json!(super::super::clock::timestamp(now)));
                resources::put(state, DATA_SOURCES, &format!("{kb}/{ds}"), Value::Object(source));
            }
            Ok(job)
        })
        .map_err(resources::store_failure)??;
    answer(StatusCode::ACCEPTED, json!({"ingestionJob": render(&emulator, &created)}))
}

fn find_job(state: &PersistedState, kb: &str, ds: &str, id: &str) -> Result<Value, ServiceError> {
    find_data_source(state, kb, ds)?;
    resources::get(state, JOBS, &format!("{kb}/{ds}/{id}")).ok_or_else(|| missing_job(id))
}

/// GET …/ingestionjobs/{id} (GetIngestionJob)
pub async fn get_ingestion_job(
    State(emulator): State<Shared>,
    Path((kb, ds, id)): Path<(String, String, String)>,
) -> Answer {
    let job = emulator.store.read(|state| find_job(state, &kb, &ds, &id))?;
    answer(StatusCode::OK, json!({"ingestionJob": render(&emulator, &job)}))
}

/// POST …/ingestionjobs/{id}/stop (StopIngestionJob): the job's index is discarded.
pub async fn stop_ingestion_job(
    State(emulator): State<Shared>,
    Path((kb, ds, id)): Path<(String, String, String)>,
) -> Answer {
    let stopped = emulator
        .store
        .update(|state| -> Result<Value, ServiceError> {
            let job = find_job(state, &kb, &ds, &id)?;
            let current = status(&emulator, &job);
            if !matches!(current, "STARTING" | "IN_PROGRESS") {
                return Err(ServiceError::conflict(format!(
                    "The ingestion job {id} is {current} and cannot be stopped."
                )));
            }
            let rendered = render(&emulator, &job);
            let Value::Object(mut job) = job else {
                return Err(ServiceError::internal());
            };
            job.insert("_stopped".into(), json!(true));
            job.insert("_stoppedStatistics".into(), rendered["statistics"].clone());
            job.insert("_endedAt".into(), json!(super::super::clock::now_timestamp()));
            let job = Value::Object(job);
            resources::put(state, JOBS, &format!("{kb}/{ds}/{id}"), job.clone());
            let key = format!("{kb}/{ds}");
            if let Some(Value::Object(mut index)) = resources::get(state, INDEX, &key) {
                index.remove("pending");
                resources::put(state, INDEX, &key, Value::Object(index));
            }
            Ok(job)
        })
        .map_err(resources::store_failure)??;
    answer(StatusCode::ACCEPTED, json!({"ingestionJob": render(&emulator, &stopped)}))
}

/// POST …/ingestionjobs (ListIngestionJobs): STATUS filters, sorting by STATUS or STARTED_AT.
pub async fn list_ingestion_jobs(
    State(emulator): State<Shared>,
    Path((kb, ds)): Path<(String, String)>,
    body: Bytes,
) -> Answer {
    let body = body_object(&body)?;
    let jobs = emulator.store.read(|state| -> Result<Vec<Value>, ServiceError> {
        find_data_source(state, &kb, &ds)?;
        Ok(resources::with_prefix(state, JOBS, &format!("{kb}/{ds}/"))
            .into_iter()
            .map(|(_, job)| job)
            .collect())
    })?;
    let mut rendered: Vec<Value> = jobs.iter().map(|job| render(&emulator, job)).collect();
    if let Some(filters) = body.get("filters").and_then(Value::as_array) {
        for filter in filters {
            let attribute = filter.get("attribute").and_then(Value::as_str).unwrap_or_default();
            if attribute != "STATUS" {
                return Err(ServiceError::constraint(
                    attribute,
                    "filters.member.attribute",
                    "Member must satisfy enum value set: [STATUS]",
                ));
            }
            let values: Vec<&str> = filter
                .get("values")
                .and_then(Value::as_array)
                .map(|values| values.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            rendered.retain(|job| job["status"].as_str().is_some_and(|status| values.contains(&status)));
        }
    }
    let attribute = body
        .get("sortBy")
        .and_then(|sort| sort.get("attribute"))
        .and_then(Value::as_str)
        .unwrap_or("STARTED_AT");
    let descending =
        body.get("sortBy").and_then(|sort| sort.get("order")).and_then(Value::as_str) == Some("DESCENDING");
    let member = if attribute == "STATUS" { "status" } else { "startedAt" };
    rendered.sort_by(|left, right| left[member].to_string().cmp(&right[member].to_string()));
    if descending {
        rendered.reverse();
    }
    let summaries = rendered
        .iter()
        .map(|job| {
            resources::pick(
                job,
                &[
                    "knowledgeBaseId",
                    "dataSourceId",
                    "ingestionJobId",
                    "description",
                    "status",
                    "startedAt",
                    "updatedAt",
                    "statistics",
                ],
            )
        })
        .collect();
    resources::page(summaries, &body, "ingestionJobSummaries", 1000)
}
