//! Agent sessions (bedrock-agent-runtime's session store): the generic store keeps sessions,
//! invocations and steps; what it cannot know is that an ended session takes nothing more —
//! after EndSession, CreateInvocation and PutInvocationStep are refused, as the service refuses
//! them.

use serde_json::Value;

use super::Answer;
use crate::emulator::errors::ServiceError;
use crate::emulator::store::{self, Call, OWN_ARN, OWN_ID, STATUS_OVERRIDE, collection};

/// CreateInvocation and PutInvocationStep: refused in an ended session, else the store's.
pub fn add_to_session(call: &Call) -> Result<Answer, ServiceError> {
    let identifier = call.input.get("sessionIdentifier").and_then(Value::as_str).unwrap_or_default();
    let ended = call.emulator.store.read(|state| {
        state
            .documents(&collection(call.service, "Session"))
            .map(|(_, document)| document)
            .find(|document| {
                [OWN_ID, OWN_ARN]
                    .iter()
                    .any(|key| document.get(*key).and_then(Value::as_str) == Some(identifier))
            })
            .is_some_and(|session| session.get(STATUS_OVERRIDE).and_then(Value::as_str) == Some("ENDED"))
    });
    if ended {
        return Err(ServiceError::validation(format!(
            "The session {identifier} has ended: no invocation or invocation step can be added to it."
        )));
    }
    store::serve(call)
}
