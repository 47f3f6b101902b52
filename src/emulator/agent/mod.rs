//! Agents in the emulator (bedrock-agent): agents with their working draft, action groups
//! (OpenAPI or function schemas, Lambda or RETURN_CONTROL executors), associated knowledge
//! bases, PrepareAgent on the emulator's clock, numbered versions snapshotted when an alias is
//! created, and aliases (TSTALIASID points at the draft). Collaborators of supervisor agents
//! live in `collaborators`, InvokeAgent in `invoke`.

pub mod collaborators;
pub mod invoke;
pub mod schema;

use std::collections::HashMap;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::routing::{get, post, put};
use serde_json::{Map, Value, json};

use super::errors::ServiceError;
use super::resources::{self, Answer, answer, body_object, optional, public, required};
use super::state::PersistedState;
use super::{ACCOUNT_ID, Emulator, Shared, request_region};

/// Store collections.
pub const AGENTS: &str = "agents";
/// Action groups are the generic store's (`behaviours::agents`).
pub const ACTION_GROUPS: &str = "bedrock-agent:AgentActionGroup";
pub const AGENT_KNOWLEDGE_BASES: &str = "agent-knowledge-bases";
pub const VERSIONS: &str = "agent-versions";
pub const ALIASES: &str = "agent-aliases";

/// The built-in alias of the working draft.
pub const TEST_ALIAS: &str = "TSTALIASID";

pub const DRAFT: &str = "DRAFT";

const PROMPT_TYPES: &[&str] = &[
    "PRE_PROCESSING",
    "ORCHESTRATION",
    "POST_PROCESSING",
    "KNOWLEDGE_BASE_RESPONSE_GENERATION",
    "MEMORY_SUMMARIZATION",
];

/// The agent routes of the control plane and the runtime.
pub fn routes() -> Router<Shared> {
    let router = Router::new();
    super::resources::with_trailing_slashes(
        router,
        vec![
            ("/agents", put(create_agent).post(list_agents)),
            (
                "/agents/{agentId}",
                get(get_agent).put(update_agent).delete(delete_agent).post(prepare_or_inline),
            ),
            ("/agents/{agentId}/agentversions", post(list_agent_versions)),
            (
                "/agents/{agentId}/agentversions/{agentVersion}",
                get(get_agent_version).delete(delete_agent_version),
            ),
            (
                "/agents/{agentId}/agentversions/{agentVersion}/knowledgebases",
                put(associate_knowledge_base).post(list_agent_knowledge_bases),
            ),
            (
                "/agents/{agentId}/agentversions/{agentVersion}/knowledgebases/{knowledgeBaseId}",
                get(get_agent_knowledge_base)
                    .put(update_agent_knowledge_base)
                    .delete(disassociate_knowledge_base),
            ),
            (
                "/agents/{agentId}/agentversions/{agentVersion}/agentcollaborators",
                put(collaborators::associate_collaborator).post(collaborators::list_collaborators),
            ),
            (
                "/agents/{agentId}/agentversions/{agentVersion}/agentcollaborators/{collaboratorId}",
                get(collaborators::get_collaborator)
                    .put(collaborators::update_collaborator)
                    .delete(collaborators::disassociate_collaborator),
            ),
            ("/agents/{agentId}/agentaliases", put(create_agent_alias).post(list_agent_aliases)),
            (
                "/agents/{agentId}/agentaliases/{agentAliasId}",
                get(get_agent_alias).put(update_agent_alias).delete(delete_agent_alias),
            ),
            (
                "/agents/{agentId}/agentAliases/{agentAliasId}/sessions/{sessionId}/text",
                post(invoke::invoke_agent),
            ),
        ],
    )
}

pub fn missing_agent(id: &str) -> ServiceError {
    ServiceError::not_found(format!("Agent {id} does not exist. Check the agent ID and try again."))
}

/// The stored draft of an agent.
pub fn find_agent(state: &PersistedState, id: &str) -> Result<Value, ServiceError> {
    resources::get(state, AGENTS, id).ok_or_else(|| missing_agent(id))
}

/// The agent's status now (PREPARING turns into PREPARED on the clock).
pub fn agent_status(emulator: &Emulator, agent: &Value) -> String {
    let stored = agent.get("agentStatus").and_then(Value::as_str).unwrap_or("NOT_PREPARED");
    if stored == "PREPARING" {
        let started = agent.get("_preparingSince").and_then(Value::as_u64).unwrap_or(0);
        return emulator.clock.phase(started, &["PREPARING", "PREPARED"]).to_string();
    }
    stored.to_string()
}

/// The wire document of an agent's draft.
fn render_agent(emulator: &Emulator, agent: &Value) -> Value {
    let mut document = public(agent);
    let status = agent_status(emulator, agent);
    if status == "PREPARED"
        && let Some(since) = agent.get("_preparingSince").and_then(Value::as_u64)
    {
        document["preparedAt"] = json!(super::clock::timestamp(emulator.clock.end_millis(since)));
    }
    document["agentStatus"] = json!(status);
    document
}

/// Mark the draft as changed: it must be prepared again.
pub fn touch(state: &mut PersistedState, agent_id: &str) {
    if let Some(Value::Object(mut agent)) = resources::get(state, AGENTS, agent_id) {
        agent.insert("agentStatus".into(), json!("NOT_PREPARED"));
        agent.remove("_preparingSince");
        agent.insert("updatedAt".into(), json!(super::clock::now_timestamp()));
        resources::put(state, AGENTS, agent_id, Value::Object(agent));
    }
}

const AGENT_MEMBERS: &[&str] = &[
    "agentName",
    "instruction",
    "foundationModel",
    "description",
    "idleSessionTTLInSeconds",
    "agentResourceRoleArn",
    "customerEncryptionKeyArn",
    "promptOverrideConfiguration",
    "guardrailConfiguration",
    "memoryConfiguration",
    "orchestrationType",
    "agentCollaboration",
];

fn check_agent(emulator: &Emulator, body: &Map<String, Value>) -> Result<(), ServiceError> {
    resources::check_name(required(body, "agentName")?, "agentName")?;
    resources::check_description(body, 200)?;
    if let Some(role) = optional(body, "agentResourceRoleArn")? {
        resources::check_role_arn(role, "agentResourceRoleArn")?;
    }
    if let Some(instruction) = optional(body, "instruction")?
        && !(40..=20_000).contains(&instruction.chars().count())
    {
        return Err(ServiceError::constraint(
            instruction,
            "instruction",
            "Member must have length between 40 and 20000",
        ));
    }
    if let Some(model) = optional(body, "foundationModel")? {
        let id = model.rsplit_once("foundation-model/").map(|(_, id)| id).unwrap_or(model);
        if emulator.catalog.model(id).is_none() && emulator.catalog.profile(id).is_none() {
            return Err(ServiceError::validation(format!(
                "The foundation model {model} is not supported for agents. Specify a supported model and try again."
            )));
        }
    }
    if let Some(prompts) = body
        .get("promptOverrideConfiguration")
        .and_then(|value| value.get("promptConfigurations"))
        .and_then(Value::as_array)
    {
        for (index, prompt) in prompts.iter().enumerate() {
            let kind = prompt.get("promptType").and_then(Value::as_str).unwrap_or_default();
            if !PROMPT_TYPES.contains(&kind) {
                return Err(ServiceError::constraint(
                    kind,
                    &format!(
                        "promptOverrideConfiguration.promptConfigurations.{}.member.promptType",
                        index + 1
                    ),
                    &format!("Member must satisfy enum value set: [{}]", PROMPT_TYPES.join(", ")),
                ));
            }
        }
    }
    if let Some(ttl) = body.get("idleSessionTTLInSeconds")
        && !ttl.as_u64().is_some_and(|ttl| (60..=5400).contains(&ttl))
    {
        return Err(ServiceError::constraint(
            &ttl.to_string(),
            "idleSessionTTLInSeconds",
            "Member must have value between 60 and 5400",
        ));
    }
    Ok(())
}

fn agent_members(document: &mut Map<String, Value>, body: &Map<String, Value>) {
    for member in AGENT_MEMBERS {
        document.remove(*member);
        if let Some(value) = body.get(*member).filter(|value| !value.is_null()) {
            document.insert((*member).to_string(), value.clone());
        }
    }
    if !document.contains_key("idleSessionTTLInSeconds") {
        document.insert("idleSessionTTLInSeconds".into(), json!(600));
    }
    if !document.contains_key("orchestrationType") {
        document.insert("orchestrationType".into(), json!("DEFAULT"));
    }
}

/// PUT /agents (CreateAgent)
pub async fn create_agent(State(emulator): State<Shared>, headers: HeaderMap, body: Bytes) -> Answer {
    let region = request_region(&headers);
    let body = body_object(&body)?;
    check_agent(&emulator, &body)?;
    let created = emulator
        .store
        .update(|state| -> Result<Value, ServiceError> {
            if let Some(previous) = resources::same_client_token(state.documents(AGENTS), &body) {
                return Ok(previous);
            }
            let name = body.get("agentName").cloned().unwrap_or(Value::Null);
            if state.documents(AGENTS).any(|(_, agent)| agent.get("agentName") == Some(&name)) {
                return Err(ServiceError::conflict(format!(
                    "Could not create the agent: an agent named {} already exists.",
                    name.as_str().unwrap_or_default()
                )));
            }
            let id =
                resources::new_id(state, AGENTS, |state, id| resources::get(state, AGENTS, id).is_some());
            let arn = format!("arn:aws:bedrock:{region}:{ACCOUNT_ID}:agent/{id}");
            let now = super::clock::now_timestamp();
            let mut document = Map::new();
            document.insert("agentId".into(), json!(id));
            document.insert("agentArn".into(), json!(arn));
            document.insert("agentVersion".into(), json!(DRAFT));
            agent_members(&mut document, &body);
            document.insert("agentStatus".into(), json!("NOT_PREPARED"));
            document.insert("createdAt".into(), json!(now));
            document.insert("updatedAt".into(), json!(now));
            if let Some(token) = body.get("clientToken") {
                document.insert("clientToken".into(), token.clone());
                document.insert("_clientToken".into(), token.clone());
            }
            resources::store_tags(state, &arn, &body)?;
            let document = Value::Object(document);
            resources::put(state, AGENTS, &id, document.clone());
            Ok(document)
        })
        .map_err(resources::store_failure)??;
    answer(StatusCode::ACCEPTED, json!({"agent": render_agent(&emulator, &created)}))
}

/// POST /agents (ListAgents)
pub async fn list_agents(State(emulator): State<Shared>, body: Bytes) -> Answer {
    let body = body_object(&body)?;
    let (agents, versions) = emulator.store.read(|state| {
        (resources::with_prefix(state, AGENTS, ""), resources::with_prefix(state, VERSIONS, ""))
    });
    let mut summaries: Vec<Value> = agents
        .iter()
        .map(|(id, agent)| {
            let mut summary = resources::pick(
                &render_agent(&emulator, agent),
                &[
                    "agentId",
                    "agentName",
                    "agentStatus",
                    "description",
                    "updatedAt",
                    "guardrailConfiguration",
                ],
            );
            let latest = versions
                .iter()
                .filter(|(key, _)| key.starts_with(&format!("{id}/")))
                .filter_map(|(key, _)| key.rsplit('/').next().and_then(|number| number.parse::<u64>().ok()))
                .max();
            summary["latestAgentVersion"] =
                json!(latest.map(|n| n.to_string()).unwrap_or_else(|| DRAFT.into()));
            summary
        })
        .collect();
    summaries.sort_by_key(|summary| summary["agentName"].to_string());
    resources::page(summaries, &body, "agentSummaries", 1000)
}

/// GET /agents/{id} (GetAgent)
pub async fn get_agent(State(emulator): State<Shared>, Path(id): Path<String>) -> Answer {
    let agent = emulator.store.read(|state| find_agent(state, &id))?;
    answer(StatusCode::OK, json!({"agent": render_agent(&emulator, &agent)}))
}

/// PUT /agents/{id} (UpdateAgent): the draft is replaced and must be prepared again.
pub async fn update_agent(State(emulator): State<Shared>, Path(id): Path<String>, body: Bytes) -> Answer {
    let body = body_object(&body)?;
    check_agent(&emulator, &body)?;
    if body.get("foundationModel").is_none() {
        return Err(ServiceError::validation(
            "1 validation error detected: Value null at 'foundationModel' failed to satisfy constraint: Member must not be null",
        ));
    }
    let updated = emulator
        .store
        .update(|state| -> Result<Value, ServiceError> {
            let Value::Object(mut agent) = find_agent(state, &id)? else {
                return Err(ServiceError::internal());
            };
            agent_members(&mut agent, &body);
            resources::put(state, AGENTS, &id, Value::Object(agent));
            touch(state, &id);
            find_agent(state, &id)
        })
        .map_err(resources::store_failure)??;
    answer(StatusCode::ACCEPTED, json!({"agent": render_agent(&emulator, &updated)}))
}

/// DELETE /agents/{id} (DeleteAgent): with its versions, aliases, action groups and sessions.
pub async fn delete_agent(
    State(emulator): State<Shared>,
    Path(id): Path<String>,
    Query(query): Query<HashMap<String, String>>,
) -> Answer {
    let skip_check = query.get("skipResourceInUseCheck").is_some_and(|value| value == "true");
    emulator
        .store
        .update(|state| -> Result<(), ServiceError> {
            let agent = find_agent(state, &id)?;
            let prefix = format!("{id}/");
            if !skip_check && !resources::with_prefix(state, ALIASES, &prefix).is_empty() {
                return Err(ServiceError::conflict(format!(
                    "Agent {id} is in use by aliases. Delete the aliases first or set skipResourceInUseCheck."
                )));
            }
            resources::remove(state, AGENTS, &id);
            for collection in [
                ACTION_GROUPS,
                AGENT_KNOWLEDGE_BASES,
                collaborators::COLLABORATORS,
                VERSIONS,
                ALIASES,
                invoke::SESSIONS,
            ] {
                resources::remove_prefix(state, collection, &prefix);
            }
            if let Some(arn) = agent.get("agentArn").and_then(Value::as_str) {
                resources::remove(state, resources::TAGS, arn);
            }
            Ok(())
        })
        .map_err(resources::store_failure)??;
    answer(StatusCode::ACCEPTED, json!({"agentId": id, "agentStatus": "DELETING"}))
}

/// POST /agents/{id} (PrepareAgent): the draft needs a foundation model and an instruction.
/// POST /agents/{id}: PrepareAgent (bedrock-agent), or InvokeInlineAgent (bedrock-agent-runtime,
/// the id being a session id) when the body defines an agent — the two share the path, and the
/// model-driven path serves the inline agent.
async fn prepare_or_inline(
    State(emulator): State<Shared>,
    Path(id): Path<String>,
    request: axum::extract::Request,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    let (parts, body) = request.into_parts();
    let Ok(body) = axum::body::to_bytes(body, super::dispatch::BODY_LIMIT).await else {
        return ServiceError::validation("The request body is too large or was cut off.").into_response();
    };
    let inline =
        serde_json::from_slice::<Value>(&body).is_ok_and(|body| body.get("foundationModel").is_some());
    if inline {
        let request = axum::extract::Request::from_parts(parts, axum::body::Body::from(body));
        return super::dispatch::serve(State(emulator), request).await;
    }
    prepare_agent(State(emulator), Path(id)).await.into_response()
}

pub async fn prepare_agent(State(emulator): State<Shared>, Path(id): Path<String>) -> Answer {
    let prepared = emulator
        .store
        .update(|state| -> Result<Value, ServiceError> {
            let Value::Object(mut agent) = find_agent(state, &id)? else {
                return Err(ServiceError::internal());
            };
            if !agent.contains_key("foundationModel") {
                return Err(ServiceError::validation(
                    "The agent has no foundation model. Update the agent with a foundationModel and prepare it again.",
                ));
            }
            if !agent.contains_key("instruction") {
                return Err(ServiceError::validation(
                    "The agent has no instruction. Update the agent with an instruction and prepare it again.",
                ));
            }
            let collaborators = collaborators::of_version(state, &id, DRAFT);
            let collaboration =
                agent.get("agentCollaboration").and_then(Value::as_str).unwrap_or("DISABLED").to_string();
            if collaboration != "DISABLED" && collaborators.is_empty() {
                return Err(ServiceError::validation(format!(
                    "This agent could not be prepared. The agentCollaboration of agent {id} is {collaboration}, but the agent has no collaborators. Associate at least one collaborator (AssociateAgentCollaborator) or set agentCollaboration to DISABLED, then prepare the agent again."
                )));
            }
            if collaboration == "DISABLED" && !collaborators.is_empty() {
                return Err(ServiceError::validation(format!(
                    "This agent could not be prepared. Agent {id} has collaborators but its agentCollaboration is DISABLED. Disassociate the collaborators or set agentCollaboration to SUPERVISOR or SUPERVISOR_ROUTER, then prepare the agent again."
                )));
            }
            agent.insert("agentStatus".into(), json!("PREPARING"));
            agent.insert("_preparingSince".into(), json!(super::clock::now_millis()));
            let agent = Value::Object(agent);
            resources::put(state, AGENTS, &id, agent.clone());
            Ok(agent)
        })
        .map_err(resources::store_failure)??;
    let rendered = render_agent(&emulator, &prepared);
    let since = prepared.get("_preparingSince").and_then(Value::as_u64).unwrap_or(0);
    answer(
        StatusCode::ACCEPTED,
        json!({
            "agentId": id,
            "agentStatus": rendered["agentStatus"],
            "agentVersion": DRAFT,
            "preparedAt": super::clock::timestamp(emulator.clock.end_millis(since)),
        }),
    )
}

/// The agent and version of a path, checking that they exist.
fn check_version_path(state: &PersistedState, agent: &str, version: &str) -> Result<(), ServiceError> {
    find_agent(state, agent)?;
    if version != DRAFT && resources::get(state, VERSIONS, &format!("{agent}/{version}")).is_none() {
        return Err(ServiceError::not_found(format!("Agent {agent} has no version {version}.")));
    }
    Ok(())
}

fn draft_only(version: &str) -> Result<(), ServiceError> {
    if version == DRAFT {
        Ok(())
    } else {
        Err(ServiceError::validation(format!(
            "Only the DRAFT version can be changed; version {version} is read-only."
        )))
    }
}

// Knowledge bases associated with an agent.

/// PUT …/knowledgebases (AssociateAgentKnowledgeBase)
pub async fn associate_knowledge_base(
    State(emulator): State<Shared>,
    Path((agent, version)): Path<(String, String)>,
    body: Bytes,
) -> Answer {
    let body = body_object(&body)?;
    draft_only(&version)?;
    let kb = required(&body, "knowledgeBaseId")?.to_string();
    let description = required(&body, "description")?.to_string();
    if description.is_empty() || description.chars().count() > 200 {
        return Err(ServiceError::constraint(
            &description,
            "description",
            "Member must have length between 1 and 200",
        ));
    }
    let kb_state = body.get("knowledgeBaseState").and_then(Value::as_str).unwrap_or("ENABLED").to_string();
    let associated = emulator
        .store
        .update(|state| -> Result<Value, ServiceError> {
            find_agent(state, &agent)?;
            super::knowledge::find_knowledge_base(state, &kb)?;
            let key = format!("{agent}/{DRAFT}/{kb}");
            if resources::get(state, AGENT_KNOWLEDGE_BASES, &key).is_some() {
                return Err(ServiceError::conflict(format!(
                    "Knowledge base {kb} is already associated with agent {agent}."
                )));
            }
            let now = super::clock::now_timestamp();
            let document = json!({
                "agentId": agent,
                "agentVersion": DRAFT,
                "knowledgeBaseId": kb,
                "description": description,
                "knowledgeBaseState": kb_state,
                "createdAt": now,
                "updatedAt": now,
            });
            resources::put(state, AGENT_KNOWLEDGE_BASES, &key, document.clone());
            touch(state, &agent);
            Ok(document)
        })
        .map_err(resources::store_failure)??;
    answer(StatusCode::OK, json!({"agentKnowledgeBase": associated}))
}

/// POST …/knowledgebases (ListAgentKnowledgeBases)
pub async fn list_agent_knowledge_bases(
    State(emulator): State<Shared>,
    Path((agent, version)): Path<(String, String)>,
    body: Bytes,
) -> Answer {
    let body = body_object(&body)?;
    let associations = emulator.store.read(|state| -> Result<Vec<Value>, ServiceError> {
        check_version_path(state, &agent, &version)?;
        Ok(resources::with_prefix(state, AGENT_KNOWLEDGE_BASES, &format!("{agent}/{version}/"))
            .into_iter()
            .map(|(_, a)| a)
            .collect())
    })?;
    let summaries = associations
        .iter()
        .map(|association| {
            resources::pick(
                association,
                &["knowledgeBaseId", "description", "knowledgeBaseState", "updatedAt"],
            )
        })
        .collect();
    resources::page(summaries, &body, "agentKnowledgeBaseSummaries", 1000)
}

fn find_association(
    state: &PersistedState,
    agent: &str,
    version: &str,
    kb: &str,
) -> Result<Value, ServiceError> {
    check_version_path(state, agent, version)?;
    resources::get(state, AGENT_KNOWLEDGE_BASES, &format!("{agent}/{version}/{kb}")).ok_or_else(|| {
        ServiceError::not_found(format!(
            "Knowledge base {kb} is not associated with agent {agent} version {version}."
        ))
    })
}

/// GET …/knowledgebases/{kb} (GetAgentKnowledgeBase)
pub async fn get_agent_knowledge_base(
    State(emulator): State<Shared>,
    Path((agent, version, kb)): Path<(String, String, String)>,
) -> Answer {
    let association = emulator.store.read(|state| find_association(state, &agent, &version, &kb))?;
    answer(StatusCode::OK, json!({"agentKnowledgeBase": association}))
}

/// PUT …/knowledgebases/{kb} (UpdateAgentKnowledgeBase)
pub async fn update_agent_knowledge_base(
    State(emulator): State<Shared>,
    Path((agent, version, kb)): Path<(String, String, String)>,
    body: Bytes,
) -> Answer {
    let body = body_object(&body)?;
    draft_only(&version)?;
    let updated = emulator
        .store
        .update(|state| -> Result<Value, ServiceError> {
            let mut association = find_association(state, &agent, DRAFT, &kb)?;
            for member in ["description", "knowledgeBaseState"] {
                if let Some(value) = body.get(member) {
                    association[member] = value.clone();
                }
            }
            association["updatedAt"] = json!(super::clock::now_timestamp());
            resources::put(
                state,
                AGENT_KNOWLEDGE_BASES,
                &format!("{agent}/{DRAFT}/{kb}"),
                association.clone(),
            );
            touch(state, &agent);
            Ok(association)
        })
        .map_err(resources::store_failure)??;
    answer(StatusCode::OK, json!({"agentKnowledgeBase": updated}))
}

/// DELETE …/knowledgebases/{kb} (DisassociateAgentKnowledgeBase)
pub async fn disassociate_knowledge_base(
    State(emulator): State<Shared>,
    Path((agent, version, kb)): Path<(String, String, String)>,
) -> Answer {
    draft_only(&version)?;
    emulator
        .store
        .update(|state| -> Result<(), ServiceError> {
            find_association(state, &agent, DRAFT, &kb)?;
            resources::remove(state, AGENT_KNOWLEDGE_BASES, &format!("{agent}/{DRAFT}/{kb}"));
            touch(state, &agent);
            Ok(())
        })
        .map_err(resources::store_failure)??;
    answer(StatusCode::NO_CONTENT, json!({}))
}

// Versions.

/// Snapshot the prepared draft as a new numbered version; returns the version number.
fn create_version(
    emulator: &Emulator,
    state: &mut PersistedState,
    agent_id: &str,
) -> Result<String, ServiceError> {
    let agent = find_agent(state, agent_id)?;
    if agent_status(emulator, &agent) != "PREPARED" {
        return Err(ServiceError::validation(format!(
            "Agent {agent_id} is not prepared. Prepare the agent (PrepareAgent) before creating an alias that points to a new version."
        )));
    }
    let number = resources::with_prefix(state, VERSIONS, &format!("{agent_id}/"))
        .iter()
        .filter_map(|(key, _)| key.rsplit('/').next().and_then(|n| n.parse::<u64>().ok()))
        .max()
        .unwrap_or(0)
        + 1;
    let version = number.to_string();
    let mut document = render_agent(emulator, &agent);
    if let Value::Object(object) = &mut document {
        object.remove("agentVersion");
        object.remove("clientToken");
        object.remove("orchestrationType");
        object.remove("preparedAt");
        object.insert("version".into(), json!(version));
        object.insert("agentStatus".into(), json!("PREPARED"));
        let now = super::clock::now_timestamp();
        object.insert("createdAt".into(), json!(now));
        object.insert("updatedAt".into(), json!(now));
    }
    resources::put(state, VERSIONS, &format!("{agent_id}/{version}"), document);
    for collection in [ACTION_GROUPS, AGENT_KNOWLEDGE_BASES, collaborators::COLLABORATORS] {
        for (key, mut item) in resources::with_prefix(state, collection, &format!("{agent_id}/{DRAFT}/")) {
            item["agentVersion"] = json!(version);
            if item.get("_parents").is_some() {
                item["_parents"] = json!(format!("{agent_id}/{version}/"));
                item["_label:agentVersion"] = json!(version);
            }
            let id = key.rsplit('/').next().unwrap_or_default().to_string();
            resources::put(state, collection, &format!("{agent_id}/{version}/{id}"), item);
        }
    }
    Ok(version)
}

/// POST /agents/{id}/agentversions (ListAgentVersions): the draft and the numbered versions.
pub async fn list_agent_versions(
    State(emulator): State<Shared>,
    Path(agent): Path<String>,
    body: Bytes,
) -> Answer {
    let body = body_object(&body)?;
    let (draft, versions) =
        emulator.store.read(|state| -> Result<(Value, Vec<(String, Value)>), ServiceError> {
            Ok((find_agent(state, &agent)?, resources::with_prefix(state, VERSIONS, &format!("{agent}/"))))
        })?;
    let draft = render_agent(&emulator, &draft);
    let mut summaries = vec![json!({
        "agentName": draft["agentName"],
        "agentStatus": draft["agentStatus"],
        "agentVersion": DRAFT,
        "createdAt": draft["createdAt"],
        "updatedAt": draft["updatedAt"],
    })];
    let mut numbered: Vec<(u64, Value)> = versions
        .into_iter()
        .filter_map(|(key, version)| {
            key.rsplit('/').next().and_then(|n| n.parse().ok()).map(|n| (n, version))
        })
        .collect();
    numbered.sort_by_key(|(number, _)| *number);
    for (_, version) in numbered {
        let mut summary = resources::pick(
            &version,
            &["agentName", "agentStatus", "createdAt", "updatedAt", "description", "guardrailConfiguration"],
        );
        summary["agentVersion"] = version["version"].clone();
        summaries.push(summary);
    }
    resources::page(summaries, &body, "agentVersionSummaries", 1000)
}

/// GET /agents/{id}/agentversions/{version} (GetAgentVersion)
pub async fn get_agent_version(
    State(emulator): State<Shared>,
    Path((agent, version)): Path<(String, String)>,
) -> Answer {
    let document = emulator.store.read(|state| -> Result<Value, ServiceError> {
        find_agent(state, &agent)?;
        resources::get(state, VERSIONS, &format!("{agent}/{version}"))
            .ok_or_else(|| ServiceError::not_found(format!("Agent {agent} has no version {version}.")))
    })?;
    answer(StatusCode::OK, json!({"agentVersion": document}))
}

/// DELETE /agents/{id}/agentversions/{version} (DeleteAgentVersion)
pub async fn delete_agent_version(
    State(emulator): State<Shared>,
    Path((agent, version)): Path<(String, String)>,
    Query(query): Query<HashMap<String, String>>,
) -> Answer {
    let skip_check = query.get("skipResourceInUseCheck").is_some_and(|value| value == "true");
    emulator
        .store
        .update(|state| -> Result<(), ServiceError> {
            find_agent(state, &agent)?;
            let key = format!("{agent}/{version}");
            if resources::get(state, VERSIONS, &key).is_none() {
                return Err(ServiceError::not_found(format!("Agent {agent} has no version {version}.")));
            }
            let in_use = resources::with_prefix(state, ALIASES, &format!("{agent}/")).iter().any(|(_, alias)| {
                alias["routingConfiguration"]
                    .as_array()
                    .is_some_and(|routes| routes.iter().any(|route| route["agentVersion"] == json!(version)))
            });
            if in_use && !skip_check {
                return Err(ServiceError::conflict(format!(
                    "Version {version} of agent {agent} is used by an alias. Point the alias elsewhere first or set skipResourceInUseCheck."
                )));
            }
            resources::remove(state, VERSIONS, &key);
            resources::remove_prefix(state, ACTION_GROUPS, &format!("{key}/"));
            resources::remove_prefix(state, AGENT_KNOWLEDGE_BASES, &format!("{key}/"));
            resources::remove_prefix(state, collaborators::COLLABORATORS, &format!("{key}/"));
            Ok(())
        })
        .map_err(resources::store_failure)??;
    answer(
        StatusCode::ACCEPTED,
        json!({"agentId": agent, "agentVersion": version, "agentStatus": "DELETING"}),
    )
}

// Aliases.

/// The built-in test alias of an agent.
fn test_alias(agent: &Value, region: &str) -> Value {
    let id = agent["agentId"].as_str().unwrap_or_default();
    json!({
        "agentId": id,
        "agentAliasId": TEST_ALIAS,
        "agentAliasName": "AgentTestAlias",
        "agentAliasArn": format!("arn:aws:bedrock:{region}:{ACCOUNT_ID}:agent-alias/{id}/{TEST_ALIAS}"),
        "description": "Test Alias for Agent",
        "routingConfiguration": [{"agentVersion": DRAFT}],
        "agentAliasStatus": "PREPARED",
        "createdAt": agent["createdAt"],
        "updatedAt": agent["updatedAt"],
    })
}

/// The service's answer to changing or deleting the test alias.
fn test_alias_constraint() -> ServiceError {
    ServiceError::constraint(
        TEST_ALIAS,
        "agentAliasId",
        "Member must satisfy regular expression pattern: (?!\\bTSTALIASID\\b)[0-9a-zA-Z]+",
    )
}

/// An alias's document (the test alias included).
pub fn find_alias(
    state: &PersistedState,
    agent: &str,
    alias: &str,
    region: &str,
) -> Result<Value, ServiceError> {
    let agent_document = find_agent(state, agent)?;
    if alias == TEST_ALIAS {
        return Ok(test_alias(&agent_document, region));
    }
    resources::get(state, ALIASES, &format!("{agent}/{alias}"))
        .ok_or_else(|| ServiceError::not_found(format!("Alias {alias} does not exist for agent {agent}.")))
}

/// The routing of an alias create/update: the requested version (which must exist), or a new
/// version snapshotted from the prepared draft.
fn routing(
    emulator: &Emulator,
    state: &mut PersistedState,
    agent: &str,
    body: &Map<String, Value>,
) -> Result<Value, ServiceError> {
    let requested = body
        .get("routingConfiguration")
        .and_then(Value::as_array)
        .and_then(|routes| routes.first())
        .and_then(|route| route.get("agentVersion"))
        .and_then(Value::as_str);
    let version = match requested {
        Some(DRAFT) => {
            return Err(ServiceError::validation(
                "An alias cannot point to the DRAFT version; use TSTALIASID to test the draft.",
            ));
        }
        Some(version) => {
            if resources::get(state, VERSIONS, &format!("{agent}/{version}")).is_none() {
                return Err(ServiceError::not_found(format!("Agent {agent} has no version {version}.")));
            }
            version.to_string()
        }
        None => create_version(emulator, state, agent)?,
    };
    Ok(json!([{"agentVersion": version}]))
}

/// PUT /agents/{id}/agentaliases (CreateAgentAlias)
pub async fn create_agent_alias(
    State(emulator): State<Shared>,
    headers: HeaderMap,
    Path(agent): Path<String>,
    body: Bytes,
) -> Answer {
    let region = request_region(&headers);
    let body = body_object(&body)?;
    resources::check_name(required(&body, "agentAliasName")?, "agentAliasName")?;
    resources::check_description(&body, 200)?;
    let created = emulator
        .store
        .update(|state| -> Result<Value, ServiceError> {
            find_agent(state, &agent)?;
            let prefix = format!("{agent}/");
            let existing = resources::with_prefix(state, ALIASES, &prefix);
            if let Some(previous) = resources::same_client_token(existing.iter().map(|(k, v)| (k, v)), &body)
            {
                return Ok(previous);
            }
            let name = body.get("agentAliasName").cloned().unwrap_or(Value::Null);
            if existing.iter().any(|(_, alias)| alias.get("agentAliasName") == Some(&name)) {
                return Err(ServiceError::conflict(format!(
                    "An alias named {} already exists for agent {agent}.",
                    name.as_str().unwrap_or_default()
                )));
            }
            let routing = routing(&emulator, state, &agent, &body)?;
            let id = resources::new_id(state, ALIASES, |state, id| {
                id == TEST_ALIAS || resources::get(state, ALIASES, &format!("{agent}/{id}")).is_some()
            });
            let arn = format!("arn:aws:bedrock:{region}:{ACCOUNT_ID}:agent-alias/{agent}/{id}");
            let now = super::clock::now_timestamp();
            let mut document = Map::new();
            document.insert("agentId".into(), json!(agent));
            document.insert("agentAliasId".into(), json!(id));
            document.insert("agentAliasName".into(), name);
            document.insert("agentAliasArn".into(), json!(arn));
            if let Some(description) = body.get("description") {
                document.insert("description".into(), description.clone());
            }
            document.insert("routingConfiguration".into(), routing.clone());
            document.insert(
                "agentAliasHistoryEvents".into(),
                json!([{"routingConfiguration": routing, "startDate": now}]),
            );
            document.insert("agentAliasStatus".into(), json!("PREPARED"));
            document.insert("aliasInvocationState".into(), json!("ACCEPT_INVOCATIONS"));
            document.insert("createdAt".into(), json!(now));
            document.insert("updatedAt".into(), json!(now));
            if let Some(token) = body.get("clientToken") {
                document.insert("clientToken".into(), token.clone());
                document.insert("_clientToken".into(), token.clone());
            }
            resources::store_tags(state, &arn, &body)?;
            let document = Value::Object(document);
            resources::put(state, ALIASES, &format!("{agent}/{id}"), document.clone());
            Ok(document)
        })
        .map_err(resources::store_failure)??;
    answer(StatusCode::ACCEPTED, json!({"agentAlias": public(&created)}))
}

/// POST /agents/{id}/agentaliases (ListAgentAliases): the test alias first.
pub async fn list_agent_aliases(
    State(emulator): State<Shared>,
    headers: HeaderMap,
    Path(agent): Path<String>,
    body: Bytes,
) -> Answer {
    let region = request_region(&headers);
    let body = body_object(&body)?;
    let (agent_document, aliases) =
        emulator.store.read(|state| -> Result<(Value, Vec<(String, Value)>), ServiceError> {
            Ok((find_agent(state, &agent)?, resources::with_prefix(state, ALIASES, &format!("{agent}/"))))
        })?;
    let members = [
        "agentAliasId",
        "agentAliasName",
        "description",
        "routingConfiguration",
        "agentAliasStatus",
        "createdAt",
        "updatedAt",
        "aliasInvocationState",
    ];
    let mut summaries = vec![resources::pick(&test_alias(&agent_document, &region), &members)];
    summaries.extend(aliases.iter().map(|(_, alias)| resources::pick(alias, &members)));
    resources::page(summaries, &body, "agentAliasSummaries", 1000)
}

/// GET /agents/{id}/agentaliases/{alias} (GetAgentAlias)
pub async fn get_agent_alias(
    State(emulator): State<Shared>,
    headers: HeaderMap,
    Path((agent, alias)): Path<(String, String)>,
) -> Answer {
    let region = request_region(&headers);
    let document = emulator.store.read(|state| find_alias(state, &agent, &alias, &region))?;
    answer(StatusCode::OK, json!({"agentAlias": public(&document)}))
}

/// PUT /agents/{id}/agentaliases/{alias} (UpdateAgentAlias)
pub async fn update_agent_alias(
    State(emulator): State<Shared>,
    headers: HeaderMap,
    Path((agent, alias)): Path<(String, String)>,
    body: Bytes,
) -> Answer {
    let region = request_region(&headers);
    let body = body_object(&body)?;
    resources::check_name(required(&body, "agentAliasName")?, "agentAliasName")?;
    resources::check_description(&body, 200)?;
    if alias == TEST_ALIAS {
        return Err(test_alias_constraint());
    }
    let updated = emulator
        .store
        .update(|state| -> Result<Value, ServiceError> {
            let mut document = find_alias(state, &agent, &alias, &region)?;
            let routing = routing(&emulator, state, &agent, &body)?;
            let now = super::clock::now_timestamp();
            document["agentAliasName"] = body["agentAliasName"].clone();
            if let Some(description) = body.get("description") {
                document["description"] = description.clone();
            }
            if document["routingConfiguration"] != routing {
                if let Some(events) = document["agentAliasHistoryEvents"].as_array_mut() {
                    if let Some(last) = events.last_mut() {
                        last["endDate"] = json!(now);
                    }
                    events.push(json!({"routingConfiguration": routing, "startDate": now}));
                }
                document["routingConfiguration"] = routing;
            }
            if let Some(invocation) = body.get("aliasInvocationState") {
                document["aliasInvocationState"] = invocation.clone();
            }
            document["updatedAt"] = json!(now);
            resources::put(state, ALIASES, &format!("{agent}/{alias}"), document.clone());
            Ok(document)
        })
        .map_err(resources::store_failure)??;
    answer(StatusCode::ACCEPTED, json!({"agentAlias": public(&updated)}))
}

/// DELETE /agents/{id}/agentaliases/{alias} (DeleteAgentAlias)
pub async fn delete_agent_alias(
    State(emulator): State<Shared>,
    headers: HeaderMap,
    Path((agent, alias)): Path<(String, String)>,
) -> Answer {
    let region = request_region(&headers);
    if alias == TEST_ALIAS {
        return Err(test_alias_constraint());
    }
    emulator
        .store
        .update(|state| -> Result<(), ServiceError> {
            let document = find_alias(state, &agent, &alias, &region)?;
            resources::remove(state, ALIASES, &format!("{agent}/{alias}"));
            if let Some(arn) = document.get("agentAliasArn").and_then(Value::as_str) {
                resources::remove(state, resources::TAGS, arn);
            }
            Ok(())
        })
        .map_err(resources::store_failure)??;
    answer(
        StatusCode::ACCEPTED,
        json!({"agentId": agent, "agentAliasId": alias, "agentAliasStatus": "DELETING"}),
    )
}
