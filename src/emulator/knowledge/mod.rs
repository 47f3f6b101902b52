//! Knowledge bases in the emulator (bedrock-agent): knowledge bases and their S3 data sources
//! over the store, ingestion jobs that really read, chunk and index the documents found under
//! `--s3-root`, and the runtime's Retrieve and RetrieveAndGenerate over that index.

pub mod chunking;
pub mod ingestion;
pub mod search;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::routing::{get, post, put};
use serde_json::{Map, Value, json};

use super::errors::ServiceError;
use super::resources::{self, Answer, answer, body_object, public, required};
use super::state::PersistedState;
use super::{ACCOUNT_ID, Shared, request_region};

/// Store collections.
pub const KNOWLEDGE_BASES: &str = "knowledge-bases";
pub const DATA_SOURCES: &str = "knowledge-data-sources";

const STORAGE_TYPES: &[(&str, &str)] = &[
    ("OPENSEARCH_SERVERLESS", "opensearchServerlessConfiguration"),
    ("OPENSEARCH_MANAGED_CLUSTER", "opensearchManagedClusterConfiguration"),
    ("PINECONE", "pineconeConfiguration"),
    ("REDIS_ENTERPRISE_CLOUD", "redisEnterpriseCloudConfiguration"),
    ("RDS", "rdsConfiguration"),
    ("MONGO_DB_ATLAS", "mongoDbAtlasConfiguration"),
    ("NEPTUNE_ANALYTICS", "neptuneAnalyticsConfiguration"),
    ("S3_VECTORS", "s3VectorsConfiguration"),
];

/// The knowledge-base routes of the control plane and the runtime.
pub fn routes() -> Router<Shared> {
    let router = Router::new();
    super::resources::with_trailing_slashes(
        router,
        vec![
            ("/knowledgebases", put(create_knowledge_base).post(list_knowledge_bases)),
            (
                "/knowledgebases/{knowledgeBaseId}",
                get(get_knowledge_base).put(update_knowledge_base).delete(delete_knowledge_base),
            ),
            (
                "/knowledgebases/{knowledgeBaseId}/datasources",
                put(create_data_source).post(list_data_sources),
            ),
            (
                "/knowledgebases/{knowledgeBaseId}/datasources/{dataSourceId}",
                get(get_data_source).put(update_data_source).delete(delete_data_source),
            ),
            (
                "/knowledgebases/{knowledgeBaseId}/datasources/{dataSourceId}/ingestionjobs",
                put(ingestion::start_ingestion_job).post(ingestion::list_ingestion_jobs),
            ),
            (
                "/knowledgebases/{knowledgeBaseId}/datasources/{dataSourceId}/ingestionjobs/{ingestionJobId}",
                get(ingestion::get_ingestion_job),
            ),
            (
                "/knowledgebases/{knowledgeBaseId}/datasources/{dataSourceId}/ingestionjobs/{ingestionJobId}/stop",
                post(ingestion::stop_ingestion_job),
            ),
            ("/knowledgebases/{knowledgeBaseId}/retrieve", post(search::retrieve)),
            ("/retrieveAndGenerate", post(search::retrieve_and_generate)),
        ],
    )
}

pub fn missing_knowledge_base(id: &str) -> ServiceError {
    ServiceError::not_found(format!("Knowledge base with id {id} does not exist"))
}

fn missing_data_source(id: &str) -> ServiceError {
    ServiceError::not_found(format!("DataSource with id {id} does not exist"))
}

/// A knowledge base's stored document.
pub fn find_knowledge_base(state: &PersistedState, id: &str) -> Result<Value, ServiceError> {
    resources::get(state, KNOWLEDGE_BASES, id).ok_or_else(|| missing_knowledge_base(id))
}

/// A data source's stored document.
pub fn find_data_source(state: &PersistedState, kb: &str, id: &str) -> Result<Value, ServiceError> {
    find_knowledge_base(state, kb)?;
    resources::get(state, DATA_SOURCES, &format!("{kb}/{id}")).ok_or_else(|| missing_data_source(id))
}

/// Validate the configurable members of CreateKnowledgeBase / UpdateKnowledgeBase.
fn check_knowledge_base(emulator: &Shared, body: &Map<String, Value>) -> Result<(), ServiceError> {
    resources::check_name(required(body, "name")?, "name")?;
    resources::check_role_arn(required(body, "roleArn")?, "roleArn")?;
    resources::check_description(body, 200)?;
    let configuration = body
        .get("knowledgeBaseConfiguration")
        .ok_or_else(|| ServiceError::validation("knowledgeBaseConfiguration is required"))?;
    let kind = configuration.get("type").and_then(Value::as_str).unwrap_or_default();
    match kind {
        "VECTOR" => {
            let model = configuration
                .pointer("/vectorKnowledgeBaseConfiguration/embeddingModelArn")
                .and_then(Value::as_str)
                .ok_or_else(|| {
                    ServiceError::validation(
                        "knowledgeBaseConfiguration.vectorKnowledgeBaseConfiguration.embeddingModelArn is required for a VECTOR knowledge base",
                    )
                })?;
            let model_id = model.rsplit_once("foundation-model/").map(|(_, id)| id).unwrap_or(model);
            let embedding = emulator.catalog.model(model_id).is_some_and(|document| {
                document
                    .get("outputModalities")
                    .and_then(Value::as_array)
                    .is_some_and(|modalities| modalities.iter().any(|m| m == "EMBEDDING"))
            });
            if !embedding {
                return Err(ServiceError::validation(format!(
                    "The knowledge base embedding model {model} is invalid. Specify the ARN of a supported embedding model."
                )));
            }
            let storage = body.get("storageConfiguration").ok_or_else(|| {
                ServiceError::validation("storageConfiguration is required for a VECTOR knowledge base")
            })?;
            let storage_type = storage.get("type").and_then(Value::as_str).unwrap_or_default();
            let Some((_, member)) = STORAGE_TYPES.iter().find(|(name, _)| *name == storage_type) else {
                return Err(ServiceError::constraint(
                    storage_type,
                    "storageConfiguration.type",
                    &format!(
                        "Member must satisfy enum value set: [{}]",
                        STORAGE_TYPES.iter().map(|(name, _)| *name).collect::<Vec<_>>().join(", ")
                    ),
                ));
            };
            if storage.get(*member).is_none_or(|value| !value.is_object()) {
                return Err(ServiceError::validation(format!(
                    "storageConfiguration.{member} is required for storage type {storage_type}"
                )));
            }
            Ok(())
        }
        "KENDRA" | "SQL" => Err(ServiceError::validation(format!(
            "The bedrock emulator serves VECTOR knowledge bases only, not {kind}"
        ))),
        other => Err(ServiceError::constraint(
            other,
            "knowledgeBaseConfiguration.type",
            "Member must satisfy enum value set: [VECTOR, KENDRA, SQL]",
        )),
    }
}

fn knowledge_base_members(document: &mut Map<String, Value>, body: &Map<String, Value>) {
    for member in ["name", "description", "roleArn", "knowledgeBaseConfiguration", "storageConfiguration"] {
        document.remove(member);
        if let Some(value) = body.get(member).filter(|value| !value.is_null()) {
            document.insert(member.to_string(), value.clone());
        }
    }
}

/// PUT /knowledgebases (CreateKnowledgeBase)
pub async fn create_knowledge_base(
    State(emulator): State<Shared>,
    headers: HeaderMap,
    body: Bytes,
) -> Answer {
    let region = request_region(&headers);
    let body = body_object(&body)?;
    check_knowledge_base(&emulator, &body)?;
    let created = emulator
        .store
        .update(|state| -> Result<Value, ServiceError> {
            if let Some(previous) = resources::same_client_token(state.documents(KNOWLEDGE_BASES), &body) {
                return Ok(previous);
            }
            let id = resources::new_id(state, KNOWLEDGE_BASES, |state, id| {
                resources::get(state, KNOWLEDGE_BASES, id).is_some()
            });
            let arn = format!("arn:aws:bedrock:{region}:{ACCOUNT_ID}:knowledge-base/{id}");
            let now = super::clock::now_timestamp();
            let mut document = Map::new();
            document.insert("knowledgeBaseId".into(), json!(id));
            document.insert("knowledgeBaseArn".into(), json!(arn));
            knowledge_base_members(&mut document, &body);
            document.insert("status".into(), json!("ACTIVE"));
            document.insert("createdAt".into(), json!(now));
            document.insert("updatedAt".into(), json!(now));
            if let Some(token) = body.get("clientToken") {
                document.insert("_clientToken".into(), token.clone());
            }
            resources::store_tags(state, &arn, &body)?;
            let document = Value::Object(document);
            resources::put(state, KNOWLEDGE_BASES, &id, document.clone());
            Ok(document)
        })
        .map_err(resources::store_failure)??;
    answer(StatusCode::ACCEPTED, json!({"knowledgeBase": public(&created)}))
}

/// When a resource was created, in milliseconds: lists are ordered by the creation time, not by
/// the text of the timestamp (which sorts "…:00Z" after "…:00.500Z").
fn created_millis(document: &Value) -> u64 {
    document["createdAt"].as_str().and_then(super::clock::parse_timestamp).unwrap_or_default()
}

/// POST /knowledgebases (ListKnowledgeBases)
pub async fn list_knowledge_bases(State(emulator): State<Shared>, body: Bytes) -> Answer {
    let body = body_object(&body)?;
    let mut items: Vec<Value> = emulator.store.read(|state| {
        resources::with_prefix(state, KNOWLEDGE_BASES, "").into_iter().map(|(_, document)| document).collect()
    });
    items.sort_by_key(|document| (created_millis(document), document["knowledgeBaseId"].to_string()));
    let summaries = items
        .iter()
        .map(|document| {
            resources::pick(document, &["knowledgeBaseId", "name", "description", "status", "updatedAt"])
        })
        .collect();
    resources::page(summaries, &body, "knowledgeBaseSummaries", 1000)
}

/// GET /knowledgebases/{id} (GetKnowledgeBase)
pub async fn get_knowledge_base(State(emulator): State<Shared>, Path(id): Path<String>) -> Answer {
    let document = emulator.store.read(|state| find_knowledge_base(state, &id))?;
    answer(StatusCode::OK, json!({"knowledgeBase": public(&document)}))
}

/// PUT /knowledgebases/{id} (UpdateKnowledgeBase): the whole configuration is replaced.
pub async fn update_knowledge_base(
    State(emulator): State<Shared>,
    Path(id): Path<String>,
    body: Bytes,
) -> Answer {
    let body = body_object(&body)?;
    check_knowledge_base(&emulator, &body)?;
    let updated = emulator
        .store
        .update(|state| -> Result<Value, ServiceError> {
            let Value::Object(mut document) = find_knowledge_base(state, &id)? else {
                return Err(ServiceError::internal());
            };
            let current = document.get("knowledgeBaseConfiguration").cloned();
            if current.is_some() && current.as_ref() != body.get("knowledgeBaseConfiguration") {
                return Err(ServiceError::validation(
                    "The knowledgeBaseConfiguration of an existing knowledge base cannot be changed.",
                ));
            }
            knowledge_base_members(&mut document, &body);
            document.insert("updatedAt".into(), json!(super::clock::now_timestamp()));
            let document = Value::Object(document);
            resources::put(state, KNOWLEDGE_BASES, &id, document.clone());
            Ok(document)
        })
        .map_err(resources::store_failure)??;
    answer(StatusCode::ACCEPTED, json!({"knowledgeBase": public(&updated)}))
}

/// DELETE /knowledgebases/{id} (DeleteKnowledgeBase): its data sources, jobs and index go too.
pub async fn delete_knowledge_base(State(emulator): State<Shared>, Path(id): Path<String>) -> Answer {
    emulator
        .store
        .update(|state| -> Result<(), ServiceError> {
            let document = find_knowledge_base(state, &id)?;
            resources::remove(state, KNOWLEDGE_BASES, &id);
            let prefix = format!("{id}/");
            for collection in [DATA_SOURCES, ingestion::JOBS, ingestion::INDEX] {
                resources::remove_prefix(state, collection, &prefix);
            }
            if let Some(arn) = document.get("knowledgeBaseArn").and_then(Value::as_str) {
                resources::remove(state, resources::TAGS, arn);
            }
            Ok(())
        })
        .map_err(resources::store_failure)??;
    answer(StatusCode::ACCEPTED, json!({"knowledgeBaseId": id, "status": "DELETING"}))
}

/// Validate a data source's configuration: an S3 bucket ARN, at most one inclusion prefix, and
/// a chunking configuration.
fn check_data_source(body: &Map<String, Value>) -> Result<(), ServiceError> {
    resources::check_name(required(body, "name")?, "name")?;
    resources::check_description(body, 200)?;
    let configuration = body
        .get("dataSourceConfiguration")
        .ok_or_else(|| ServiceError::validation("dataSourceConfiguration is required"))?;
    match configuration.get("type").and_then(Value::as_str).unwrap_or_default() {
        "S3" => {
            let s3 = configuration.get("s3Configuration").ok_or_else(|| {
                ServiceError::validation(
                    "dataSourceConfiguration.s3Configuration is required for an S3 data source",
                )
            })?;
            let bucket_arn = s3.get("bucketArn").and_then(Value::as_str).unwrap_or_default();
            if super::s3::bucket_of_arn(bucket_arn).is_none() {
                return Err(ServiceError::constraint(
                    bucket_arn,
                    "dataSourceConfiguration.s3Configuration.bucketArn",
                    "Member must satisfy regular expression pattern: ^arn:aws(|-cn|-us-gov):s3:::[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$",
                ));
            }
            let prefixes = s3.get("inclusionPrefixes").and_then(Value::as_array).map(Vec::len).unwrap_or(0);
            if prefixes > 1 {
                return Err(ServiceError::validation(
                    "1 validation error detected: Value at 'dataSourceConfiguration.s3Configuration.inclusionPrefixes' failed to satisfy constraint: Member must have length less than or equal to 1",
                ));
            }
        }
        other => {
            return Err(ServiceError::validation(format!(
                "The bedrock emulator serves S3 data sources only, not '{other}'"
            )));
        }
    }
    let chunking =
        body.get("vectorIngestionConfiguration").and_then(|value| value.get("chunkingConfiguration"));
    chunking::strategy(chunking).map_err(ServiceError::validation)?;
    if let Some(policy) = body.get("dataDeletionPolicy").and_then(Value::as_str)
        && policy != "RETAIN"
        && policy != "DELETE"
    {
        return Err(ServiceError::constraint(
            policy,
            "dataDeletionPolicy",
            "Member must satisfy enum value set: [RETAIN, DELETE]",
        ));
    }
    Ok(())
}

fn data_source_members(document: &mut Map<String, Value>, body: &Map<String, Value>) {
    for member in [
        "name",
        "description",
        "dataSourceConfiguration",
        "vectorIngestionConfiguration",
        "serverSideEncryptionConfiguration",
    ] {
        document.remove(member);
        if let Some(value) = body.get(member).filter(|value| !value.is_null()) {
            document.insert(member.to_string(), value.clone());
        }
    }
    let policy = body.get("dataDeletionPolicy").and_then(Value::as_str).unwrap_or("DELETE");
    document.insert("dataDeletionPolicy".into(), json!(policy));
}

/// PUT /knowledgebases/{kb}/datasources (CreateDataSource)
pub async fn create_data_source(
    State(emulator): State<Shared>,
    Path(kb): Path<String>,
    body: Bytes,
) -> Answer {
    let body = body_object(&body)?;
    check_data_source(&body)?;
    let created = emulator
        .store
        .update(|state| -> Result<Value, ServiceError> {
            find_knowledge_base(state, &kb)?;
            let prefix = format!("{kb}/");
            let existing = resources::with_prefix(state, DATA_SOURCES, &prefix);
            if let Some(previous) = resources::same_client_token(existing.iter().map(|(k, v)| (k, v)), &body)
            {
                return Ok(previous);
            }
            let name = body.get("name").cloned().unwrap_or(Value::Null);
            if existing.iter().any(|(_, document)| document.get("name") == Some(&name)) {
                return Err(ServiceError::conflict(format!(
                    "A data source with the name {} already exists in knowledge base {kb}.",
                    name.as_str().unwrap_or_default()
                )));
            }
            let id = resources::new_id(state, DATA_SOURCES, |state, id| {
                resources::get(state, DATA_SOURCES, &format!("{kb}/{id}")).is_some()
            });
            let now = super::clock::now_timestamp();
            let mut document = Map::new();
            document.insert("knowledgeBaseId".into(), json!(kb));
            document.insert("dataSourceId".into(), json!(id));
            data_source_members(&mut document, &body);
            document.insert("status".into(), json!("AVAILABLE"));
            document.insert("createdAt".into(), json!(now));
            document.insert("updatedAt".into(), json!(now));
            if let Some(token) = body.get("clientToken") {
                document.insert("_clientToken".into(), token.clone());
            }
            let document = Value::Object(document);
            resources::put(state, DATA_SOURCES, &format!("{kb}/{id}"), document.clone());
            Ok(document)
        })
        .map_err(resources::store_failure)??;
    answer(StatusCode::OK, json!({"dataSource": public(&created)}))
}

/// POST /knowledgebases/{kb}/datasources (ListDataSources)
pub async fn list_data_sources(
    State(emulator): State<Shared>,
    Path(kb): Path<String>,
    body: Bytes,
) -> Answer {
    let body = body_object(&body)?;
    let mut items = emulator.store.read(|state| -> Result<Vec<Value>, ServiceError> {
        find_knowledge_base(state, &kb)?;
        Ok(resources::with_prefix(state, DATA_SOURCES, &format!("{kb}/"))
            .into_iter()
            .map(|(_, d)| d)
            .collect())
    })?;
    items.sort_by_key(|document| (created_millis(document), document["dataSourceId"].to_string()));
    let summaries = items
        .iter()
        .map(|document| {
            resources::pick(
                document,
                &["knowledgeBaseId", "dataSourceId", "name", "status", "description", "updatedAt"],
            )
        })
        .collect();
    resources::page(summaries, &body, "dataSourceSummaries", 1000)
}

/// GET /knowledgebases/{kb}/datasources/{id} (GetDataSource)
pub async fn get_data_source(
    State(emulator): State<Shared>,
    Path((kb, id)): Path<(String, String)>,
) -> Answer {
    let document = emulator.store.read(|state| find_data_source(state, &kb, &id))?;
    answer(StatusCode::OK, json!({"dataSource": public(&document)}))
}

/// PUT /knowledgebases/{kb}/datasources/{id} (UpdateDataSource)
pub async fn update_data_source(
    State(emulator): State<Shared>,
    Path((kb, id)): Path<(String, String)>,
    body: Bytes,
) -> Answer {
    let body = body_object(&body)?;
    check_data_source(&body)?;
    let updated = emulator
        .store
        .update(|state| -> Result<Value, ServiceError> {
            let Value::Object(mut document) = find_data_source(state, &kb, &id)? else {
                return Err(ServiceError::internal());
            };
            data_source_members(&mut document, &body);
            document.insert("updatedAt".into(), json!(super::clock::now_timestamp()));
            let document = Value::Object(document);
            resources::put(state, DATA_SOURCES, &format!("{kb}/{id}"), document.clone());
            Ok(document)
        })
        .map_err(resources::store_failure)??;
    answer(StatusCode::OK, json!({"dataSource": public(&updated)}))
}

/// DELETE /knowledgebases/{kb}/datasources/{id} (DeleteDataSource): with the DELETE data
/// deletion policy its chunks leave the index.
pub async fn delete_data_source(
    State(emulator): State<Shared>,
    Path((kb, id)): Path<(String, String)>,
) -> Answer {
    emulator
        .store
        .update(|state| -> Result<(), ServiceError> {
            let document = find_data_source(state, &kb, &id)?;
            let key = format!("{kb}/{id}");
            resources::remove(state, DATA_SOURCES, &key);
            resources::remove_prefix(state, ingestion::JOBS, &format!("{key}/"));
            if document.get("dataDeletionPolicy").and_then(Value::as_str) != Some("RETAIN") {
                resources::remove(state, ingestion::INDEX, &key);
            }
            Ok(())
        })
        .map_err(resources::store_failure)??;
    answer(StatusCode::ACCEPTED, json!({"knowledgeBaseId": kb, "dataSourceId": id, "status": "DELETING"}))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_follow_the_creation_time_not_its_text() {
        let whole = json!({"createdAt": super::super::clock::timestamp(1_700_000_000_000)});
        let later = json!({"createdAt": super::super::clock::timestamp(1_700_000_000_500)});
        assert!(whole["createdAt"].as_str() > later["createdAt"].as_str(), "the text sorts the other way");
        assert!(created_millis(&whole) < created_millis(&later));
    }
}
