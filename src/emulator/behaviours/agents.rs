//! Agent resources kept by the generic store (bedrock-agent): action groups of an agent's draft.
//! Only the DRAFT version changes; a change of a child makes the draft NOT_PREPARED again. The
//! documents live under `agentId/agentVersion/`, where versions snapshot them and InvokeAgent
//! reads them.

use serde_json::{Map, Value, json};

use super::Answer;
use crate::emulator::agent::{self, DRAFT, schema};
use crate::emulator::errors::ServiceError;
use crate::emulator::resources;
use crate::emulator::state::PersistedState;
use crate::emulator::store::{self, Call, OWN_ID};

pub const ACTION_GROUP: &str = "AgentActionGroup";

fn text<'a>(document: &'a Map<String, Value>, key: &str) -> &'a str {
    document.get(key).and_then(Value::as_str).unwrap_or("")
}

/// Only the working draft of an agent is changed.
fn draft_only(call: &Call) -> Result<(), ServiceError> {
    let version = text(&call.input, "agentVersion");
    if version == DRAFT {
        Ok(())
    } else {
        Err(ServiceError::validation(format!(
            "Only the DRAFT version can be changed; version {version} is read-only."
        )))
    }
}

/// The members an action group keeps from a create or update, replacing the previous ones.
fn action_group_members(document: &mut Map<String, Value>, input: &Map<String, Value>) {
    for member in [
        "actionGroupName",
        "description",
        "actionGroupExecutor",
        "apiSchema",
        "functionSchema",
        "parentActionSignature",
        "parentActionGroupSignatureParams",
        "parentActionGroupSignature",
    ] {
        document.remove(member);
        if let Some(value) = input.get(member).filter(|value| !value.is_null()) {
            document.insert(member.to_string(), value.clone());
        }
    }
    if let Some(signature) = document.remove("parentActionGroupSignature") {
        document.insert("parentActionSignature".into(), signature);
    }
    let state = input.get("actionGroupState").and_then(Value::as_str).unwrap_or("ENABLED");
    document.insert("actionGroupState".into(), json!(state));
}

/// An action group's name is unique within its agent's draft.
fn name_taken(state: &PersistedState, agent_id: &str, name: &str, own_id: &str) -> Result<(), ServiceError> {
    let taken = state.documents_with_prefix(agent::ACTION_GROUPS, &format!("{agent_id}/{DRAFT}/")).any(
        |(_, group)| {
            group.get("actionGroupName").and_then(Value::as_str) == Some(name)
                && group.get(OWN_ID).and_then(Value::as_str) != Some(own_id)
        },
    );
    if taken {
        return Err(ServiceError::conflict(format!(
            "An action group named {name} already exists in agent {agent_id}."
        )));
    }
    Ok(())
}

/// CreateAgentActionGroup: in the draft, with a valid schema and a name of its own.
pub fn create_action_group(call: &Call) -> Result<Answer, ServiceError> {
    draft_only(call)?;
    schema::check_action_group(&call.input)?;
    let input = call.input.clone();
    let agent_id = text(&input, "agentId").to_string();
    let hook = move |state: &mut PersistedState, document: &mut Map<String, Value>| {
        name_taken(state, &agent_id, text(&input, "actionGroupName"), "")?;
        // The service's ids: ten characters from [0-9A-Z], unique among the agent's groups.
        let prefix = format!("{agent_id}/");
        let id = resources::new_id(state, agent::ACTION_GROUPS, |state, id| {
            state
                .documents_with_prefix(agent::ACTION_GROUPS, &prefix)
                .any(|(_, group)| group.get(OWN_ID).and_then(Value::as_str) == Some(id))
        });
        document.insert(OWN_ID.into(), json!(id));
        document.insert("actionGroupId".into(), json!(id));
        action_group_members(document, &input);
        document.insert("agentId".into(), json!(agent_id));
        document.insert("agentVersion".into(), json!(DRAFT));
        agent::touch(state, &agent_id);
        Ok(())
    };
    store::create_with(call, ACTION_GROUP, Box::new(hook)).map(Answer::Document)
}

/// UpdateAgentActionGroup: the draft's group is replaced by the input's members.
pub fn update_action_group(call: &Call) -> Result<Answer, ServiceError> {
    draft_only(call)?;
    schema::check_action_group(&call.input)?;
    let input = call.input.clone();
    let agent_id = text(&input, "agentId").to_string();
    let hook = move |state: &mut PersistedState, document: &mut Map<String, Value>| {
        name_taken(state, &agent_id, text(&input, "actionGroupName"), text(document, OWN_ID))?;
        action_group_members(document, &input);
        agent::touch(state, &agent_id);
        Ok(())
    };
    store::update_with(call, ACTION_GROUP, Box::new(hook)).map(Answer::Document)
}

/// DeleteAgentActionGroup: from the draft, which must be prepared again.
pub fn delete_action_group(call: &Call) -> Result<Answer, ServiceError> {
    draft_only(call)?;
    let answer = store::serve(call)?;
    let agent_id = text(&call.input, "agentId").to_string();
    call.emulator
        .store
        .update(|state| agent::touch(state, &agent_id))
        .map_err(|_| ServiceError::internal())?;
    Ok(answer)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::model::Service;

    #[test]
    fn action_groups_live_in_the_store_collection_of_their_noun() {
        assert_eq!(agent::ACTION_GROUPS, store::collection(Service::BedrockAgent, ACTION_GROUP));
    }

    #[test]
    fn a_signature_group_keeps_its_signature_under_the_output_member() {
        let mut document = Map::new();
        document.insert("description".into(), json!("old"));
        let input = json!({"actionGroupName": "ask", "parentActionGroupSignature": "AMAZON.UserInput"});
        action_group_members(&mut document, input.as_object().unwrap_or(&Map::new()));
        assert_eq!(document.get("parentActionSignature"), Some(&json!("AMAZON.UserInput")));
        assert!(!document.contains_key("parentActionGroupSignature"));
        assert!(!document.contains_key("description"));
        assert_eq!(document.get("actionGroupState"), Some(&json!("ENABLED")));
    }
}
