//! Agent collaborators (bedrock-agent multi-agent collaboration): a SUPERVISOR or
//! SUPERVISOR_ROUTER agent's draft takes other agents' aliases as collaborators, each with a
//! unique name and a collaboration instruction; versions snapshot them with the draft, and
//! InvokeAgent of the supervisor hands a matching input to a collaborator (`invoke`).

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use serde_json::{Map, Value, json};

use super::super::Shared;
use super::super::errors::ServiceError;
use super::super::resources::{self, Answer, answer, body_object, optional, public, required};
use super::super::state::PersistedState;
use super::{DRAFT, check_version_path, draft_only, find_agent, find_alias, touch};

/// Store collection of collaborators, by `{agent}/{version}/{collaboratorId}`.
pub const COLLABORATORS: &str = "agent-collaborators";

/// The most collaborators one supervisor takes (the service's default quota).
pub const MAXIMUM_COLLABORATORS: usize = 10;

const RELAY: &[&str] = &["TO_COLLABORATOR", "DISABLED"];

/// Whether an agent document is a supervisor (its collaboration is SUPERVISOR or
/// SUPERVISOR_ROUTER).
pub fn is_supervisor(agent: &Value) -> bool {
    matches!(
        agent.get("agentCollaboration").and_then(Value::as_str),
        Some("SUPERVISOR" | "SUPERVISOR_ROUTER")
    )
}

/// The collaborators of an agent version, by name.
pub fn of_version(state: &PersistedState, agent: &str, version: &str) -> Vec<Value> {
    let mut collaborators: Vec<Value> =
        resources::with_prefix(state, COLLABORATORS, &format!("{agent}/{version}/"))
            .into_iter()
            .map(|(_, collaborator)| collaborator)
            .collect();
    collaborators.sort_by_key(|collaborator| collaborator["collaboratorName"].to_string());
    collaborators
}

/// The agent and alias ids of an agent alias ARN
/// (`arn:aws:bedrock:REGION:ACCOUNT:agent-alias/AGENT/ALIAS`), with its region.
pub fn parse_alias_arn(arn: &str) -> Option<(String, String, String)> {
    let parts: Vec<&str> = arn.splitn(6, ':').collect();
    let [prefix, partition, service, region, account, resource] = parts.as_slice() else {
        return None;
    };
    let id = |text: &str| text.len() == 10 && text.chars().all(|c| c.is_ascii_alphanumeric());
    let region_ok = (1..=20).contains(&region.len())
        && region.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    let (agent, alias) = resource.strip_prefix("agent-alias/")?.split_once('/')?;
    (*prefix == "arn"
        && partition.starts_with("aws")
        && *service == "bedrock"
        && region_ok
        && account.len() == 12
        && account.chars().all(|c| c.is_ascii_digit())
        && id(agent)
        && id(alias))
    .then(|| (agent.to_string(), alias.to_string(), region.to_string()))
}

/// The checked members of an associate or update request: (alias ARN, name, instruction, relay).
fn check_request(body: &Map<String, Value>) -> Result<(String, String, String, String), ServiceError> {
    let Some(descriptor) = body.get("agentDescriptor").filter(|value| !value.is_null()) else {
        return Err(ServiceError::validation(
            "1 validation error detected: Value null at 'agentDescriptor' failed to satisfy constraint: Member must not be null",
        ));
    };
    let Some(arn) = descriptor.get("aliasArn").and_then(Value::as_str) else {
        return Err(ServiceError::validation(
            "1 validation error detected: Value null at 'agentDescriptor.aliasArn' failed to satisfy constraint: Member must not be null",
        ));
    };
    if parse_alias_arn(arn).is_none() {
        return Err(ServiceError::constraint(
            arn,
            "agentDescriptor.aliasArn",
            "Member must satisfy regular expression pattern: arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:agent-alias/[0-9a-zA-Z]{10}/[0-9a-zA-Z]{10}",
        ));
    }
    let name = required(body, "collaboratorName")?;
    resources::check_name(name, "collaboratorName")?;
    let instruction = required(body, "collaborationInstruction")?;
    if !(1..=4000).contains(&instruction.chars().count()) {
        return Err(ServiceError::validation(
            "1 validation error detected: Value at 'collaborationInstruction' failed to satisfy constraint: Member must have length between 1 and 4000",
        ));
    }
    let relay = optional(body, "relayConversationHistory")?.unwrap_or("DISABLED");
    if !RELAY.contains(&relay) {
        return Err(ServiceError::constraint(
            relay,
            "relayConversationHistory",
            "Member must satisfy enum value set: [TO_COLLABORATOR, DISABLED]",
        ));
    }
    Ok((arn.to_string(), name.to_string(), instruction.to_string(), relay.to_string()))
}

/// The rules a collaborator must follow within the store: the agent is a supervisor, the alias
/// exists and belongs to another agent, and no other collaborator of the agent has the name.
fn check_in_store(
    state: &PersistedState,
    agent_id: &str,
    arn: &str,
    name: &str,
    except: Option<&str>,
) -> Result<(), ServiceError> {
    let agent = find_agent(state, agent_id)?;
    if !is_supervisor(&agent) {
        return Err(ServiceError::validation(format!(
            "Agent {agent_id} can't be associated with collaborators because its agentCollaboration is {}. Update the agent with agentCollaboration SUPERVISOR or SUPERVISOR_ROUTER and try again.",
            agent.get("agentCollaboration").and_then(Value::as_str).unwrap_or("DISABLED")
        )));
    }
    let Some((collaborator_agent, alias, region)) = parse_alias_arn(arn) else {
        return Err(ServiceError::internal());
    };
    if collaborator_agent == agent_id {
        return Err(ServiceError::validation(format!(
            "Agent {agent_id} can't be a collaborator of itself. Specify an alias of another agent."
        )));
    }
    find_alias(state, &collaborator_agent, &alias, &region).map_err(|_| {
        ServiceError::not_found(format!(
            "The agent alias {arn} does not exist. Check the agentDescriptor.aliasArn and try again."
        ))
    })?;
    let taken = of_version(state, agent_id, DRAFT).iter().any(|collaborator| {
        collaborator["collaboratorName"] == json!(name) && collaborator["collaboratorId"].as_str() != except
    });
    if taken {
        return Err(ServiceError::conflict(format!(
            "A collaborator named {name} already exists for agent {agent_id}. Specify a different collaboratorName and try again."
        )));
    }
    Ok(())
}

/// PUT /agents/{id}/agentversions/DRAFT/agentcollaborators (AssociateAgentCollaborator)
pub async fn associate_collaborator(
    State(emulator): State<Shared>,
    Path((agent, version)): Path<(String, String)>,
    body: Bytes,
) -> Answer {
    let body = body_object(&body)?;
    draft_only(&version)?;
    let (arn, name, instruction, relay) = check_request(&body)?;
    let created = emulator
        .store
        .update(|state| -> Result<Value, ServiceError> {
            find_agent(state, &agent)?;
            let prefix = format!("{agent}/{DRAFT}/");
            let existing = resources::with_prefix(state, COLLABORATORS, &prefix);
            if let Some(previous) = resources::same_client_token(existing.iter().map(|(k, v)| (k, v)), &body)
            {
                return Ok(previous);
            }
            check_in_store(state, &agent, &arn, &name, None)?;
            if existing.len() >= MAXIMUM_COLLABORATORS {
                return Err(ServiceError::new(
                    StatusCode::BAD_REQUEST,
                    "ServiceQuotaExceededException",
                    format!(
                        "Agent {agent} already has {MAXIMUM_COLLABORATORS} collaborators, the most an agent can have."
                    ),
                ));
            }
            let id = resources::new_id(state, COLLABORATORS, |state, id| {
                resources::get(state, COLLABORATORS, &format!("{prefix}{id}")).is_some()
            });
            let now = super::super::clock::now_timestamp();
            let mut document = json!({
                "agentId": agent,
                "agentVersion": DRAFT,
                "collaboratorId": id,
                "agentDescriptor": {"aliasArn": arn},
                "collaboratorName": name,
                "collaborationInstruction": instruction,
                "relayConversationHistory": relay,
                "createdAt": now,
                "lastUpdatedAt": now,
            });
            if let Some(token) = body.get("clientToken") {
                document["clientToken"] = token.clone();
                document["_clientToken"] = token.clone();
            }
            resources::put(state, COLLABORATORS, &format!("{prefix}{id}"), document.clone());
            touch(state, &agent);
            Ok(document)
        })
        .map_err(resources::store_failure)??;
    answer(StatusCode::OK, json!({"agentCollaborator": public(&created)}))
}

/// POST /agents/{id}/agentversions/{version}/agentcollaborators (ListAgentCollaborators)
pub async fn list_collaborators(
    State(emulator): State<Shared>,
    Path((agent, version)): Path<(String, String)>,
    body: Bytes,
) -> Answer {
    let body = body_object(&body)?;
    let collaborators = emulator.store.read(|state| -> Result<Vec<Value>, ServiceError> {
        check_version_path(state, &agent, &version)?;
        Ok(of_version(state, &agent, &version))
    })?;
    let summaries = collaborators
        .iter()
        .map(|collaborator| {
            resources::pick(
                collaborator,
                &[
                    "agentId",
                    "agentVersion",
                    "collaboratorId",
                    "agentDescriptor",
                    "collaborationInstruction",
                    "relayConversationHistory",
                    "collaboratorName",
                    "createdAt",
                    "lastUpdatedAt",
                ],
            )
        })
        .collect();
    resources::page(summaries, &body, "agentCollaboratorSummaries", 1000)
}

fn find_collaborator(
    state: &PersistedState,
    agent: &str,
    version: &str,
    id: &str,
) -> Result<Value, ServiceError> {
    check_version_path(state, agent, version)?;
    resources::get(state, COLLABORATORS, &format!("{agent}/{version}/{id}")).ok_or_else(|| {
        ServiceError::not_found(format!(
            "Collaborator {id} does not exist for agent {agent} version {version}. Check the collaborator ID and try again."
        ))
    })
}

/// GET …/agentcollaborators/{id} (GetAgentCollaborator)
pub async fn get_collaborator(
    State(emulator): State<Shared>,
    Path((agent, version, id)): Path<(String, String, String)>,
) -> Answer {
    let collaborator = emulator.store.read(|state| find_collaborator(state, &agent, &version, &id))?;
    answer(StatusCode::OK, json!({"agentCollaborator": public(&collaborator)}))
}

/// PUT …/agentcollaborators/{id} (UpdateAgentCollaborator)
pub async fn update_collaborator(
    State(emulator): State<Shared>,
    Path((agent, version, id)): Path<(String, String, String)>,
    body: Bytes,
) -> Answer {
    let body = body_object(&body)?;
    draft_only(&version)?;
    let (arn, name, instruction, relay) = check_request(&body)?;
    let updated = emulator
        .store
        .update(|state| -> Result<Value, ServiceError> {
            let mut collaborator = find_collaborator(state, &agent, DRAFT, &id)?;
            check_in_store(state, &agent, &arn, &name, Some(&id))?;
            collaborator["agentDescriptor"] = json!({"aliasArn": arn});
            collaborator["collaboratorName"] = json!(name);
            collaborator["collaborationInstruction"] = json!(instruction);
            collaborator["relayConversationHistory"] = json!(relay);
            collaborator["lastUpdatedAt"] = json!(super::super::clock::now_timestamp());
            resources::put(state, COLLABORATORS, &format!("{agent}/{DRAFT}/{id}"), collaborator.clone());
            touch(state, &agent);
            Ok(collaborator)
        })
        .map_err(resources::store_failure)??;
    answer(StatusCode::OK, json!({"agentCollaborator": public(&updated)}))
}

/// DELETE …/agentcollaborators/{id} (DisassociateAgentCollaborator)
pub async fn disassociate_collaborator(
    State(emulator): State<Shared>,
    Path((agent, version, id)): Path<(String, String, String)>,
) -> Answer {
    draft_only(&version)?;
    emulator
        .store
        .update(|state| -> Result<(), ServiceError> {
            find_collaborator(state, &agent, DRAFT, &id)?;
            resources::remove(state, COLLABORATORS, &format!("{agent}/{DRAFT}/{id}"));
            touch(state, &agent);
            Ok(())
        })
        .map_err(resources::store_failure)??;
    answer(StatusCode::NO_CONTENT, json!({}))
}

/// The content words of a text (lower case, without common words), for matching an input to
/// a collaboration instruction.
fn words(text: &str) -> std::collections::BTreeSet<String> {
    const COMMON: &[&str] = &[
        "the",
        "and",
        "for",
        "are",
        "but",
        "not",
        "you",
        "your",
        "with",
        "this",
        "that",
        "from",
        "what",
        "which",
        "who",
        "whom",
        "when",
        "where",
        "why",
        "how",
        "can",
        "could",
        "would",
        "should",
        "will",
        "has",
        "have",
        "had",
        "was",
        "were",
        "been",
        "its",
        "their",
        "them",
        "they",
        "our",
        "any",
        "all",
        "about",
        "into",
        "than",
        "then",
        "there",
        "these",
        "those",
        "does",
        "did",
        "ask",
        "asks",
        "answer",
        "answers",
        "question",
        "questions",
        "help",
        "user",
        "users",
        "agent",
        "agents",
        "use",
        "please",
        "tell",
        "give",
        "let",
        "know",
    ];
    text.split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .filter(|word| word.chars().count() >= 3 && !COMMON.contains(&word.as_str()))
        .map(|word| {
            // A plain plural matches its singular ("codes" and "code").
            match word.strip_suffix('s') {
                Some(stem) if stem.chars().count() >= 3 && !stem.ends_with('s') => stem.to_string(),
                _ => word,
            }
        })
        .collect()
}

/// How well an input matches a collaborator: the content words its collaboration instruction
/// and name share with the input.
pub fn overlap(input: &str, collaborator: &Value) -> usize {
    let wanted = words(input);
    let offered = words(&format!(
        "{} {}",
        collaborator["collaborationInstruction"].as_str().unwrap_or_default(),
        collaborator["collaboratorName"].as_str().unwrap_or_default().replace(['_', '-'], " ")
    ));
    wanted.intersection(&offered).count()
}

/// The collaborator an input goes to: the one sharing the most content words with it (at
/// least one; on a tie the first by name, the list being sorted by name).
pub fn best_match<'a>(input: &str, collaborators: &'a [Value]) -> Option<(&'a Value, usize)> {
    let mut best: Option<(&Value, usize)> = None;
    for collaborator in collaborators {
        let score = overlap(input, collaborator);
        if score > 0 && best.is_none_or(|(_, top)| score > top) {
            best = Some((collaborator, score));
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alias_arns_follow_the_model_pattern() {
        assert_eq!(
            parse_alias_arn("arn:aws:bedrock:us-east-1:123456789012:agent-alias/ABCDEFGHIJ/KLMNOPQRST"),
            Some(("ABCDEFGHIJ".into(), "KLMNOPQRST".into(), "us-east-1".into()))
        );
        assert!(parse_alias_arn("arn:aws:bedrock:us-east-1:123456789012:agent/ABCDEFGHIJ").is_none());
        assert!(
            parse_alias_arn("arn:aws:bedrock:us-east-1:1234:agent-alias/ABCDEFGHIJ/KLMNOPQRST").is_none()
        );
        assert!(
            parse_alias_arn("arn:aws:bedrock:us-east-1:123456789012:agent-alias/ABC/KLMNOPQRST").is_none()
        );
    }

    #[test]
    fn inputs_go_to_the_collaborator_sharing_the_most_words() {
        let collaborators = vec![
            json!({"collaboratorName": "launches", "collaborationInstruction": "Handles the Zephyr project and its launch codes."}),
            json!({"collaboratorName": "weather", "collaborationInstruction": "Handles weather forecasts for a city."}),
        ];
        let (found, score) = best_match("What is the launch code of Zephyr?", &collaborators).unwrap();
        assert_eq!(found["collaboratorName"], "launches");
        assert_eq!(score, 3, "zephyr, launch and code");
        let (found, _) = best_match("Will it rain in Lyon? Check the weather", &collaborators).unwrap();
        assert_eq!(found["collaboratorName"], "weather");
        assert!(best_match("Hello there, how are you?", &collaborators).is_none());
    }
}
