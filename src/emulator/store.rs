//! The generic, model-driven resource store (DESIGN.md §9): every operation of the four models
//! that no specialised handler serves is answered here by the service's conventions, read off the
//! operation's name and shapes.
//!
//! - `Create<Noun>` (also `Associate…`, `Register…` of something new, `Start…` of a job, `Put…`
//!   that returns a new id) stores the input as a document with an id, an ARN and a name made in
//!   the patterns of the output shape, its timestamps, and a status that moves on the emulator's
//!   clock (`CREATING` → `ACTIVE`, `InProgress` → `Completed`, …); the path labels before it are
//!   its parents, which must exist. `Create<Noun>Version` snapshots the parent as version 1, 2, ….
//! - `Get`, `List` (filtered by parents, `…Equals`/`…Contains` filters, creation-time bounds,
//!   sorted, paged by the paginator's token and limit), `Update`, `Delete`/`Disassociate` (with the
//!   resource's children and tags), `Stop` (`Stopping` → `Stopped`), `Batch<Verb>`, and the status
//!   verbs (`Cancel`, `Archive`, `End`, `Deregister`).
//! - `Put<Noun>`/`Get<Noun>`/`Delete<Noun>` of a resource that is not created (a policy, a
//!   configuration) keep one document per identifying member (or one per region).
//!
//! Every answer is filled in from the stored document by the output shape: members the document
//! has are copied, a structure named for the resource is filled from it, and required members it
//! lacks are made up valid (`synthesize`), so answers always satisfy the model.
//!
//! Behaviours build on the conventions rather than beside them: `create_with` and `update_with`
//! run a behaviour's checks and computed members in the same state update, `current` gives the
//! live document a check needs, `insert_resource` keeps a resource another operation makes, and
//! the noun's view (`behaviours::view`) computes what Get, List and every answer show.

use std::collections::HashMap;

use axum::http::StatusCode;
use serde_json::{Map, Value, json};

use super::errors::ServiceError;
use super::state::PersistedState;
use super::synthesize::{string_for, value_for};
use super::{ACCOUNT_ID, Emulator, clock};
use crate::api::model::{Kind, Member, Operation, Service, ServiceModel, Shape};

/// Private members of a stored document.
pub const CREATED: &str = "_createdMillis";
pub const UPDATED: &str = "_updatedMillis";
pub const STOPPED: &str = "_stoppedMillis";
const PARENTS: &str = "_parents";
pub const OWN_ID: &str = "_id";
pub const OWN_ARN: &str = "_arn";
pub const OWN_NAME: &str = "_name";
/// A status set by a verb (`End`, `Archive`, …), over the one the clock gives.
pub const STATUS_OVERRIDE: &str = "_status";
/// When a `Prepare` verb started preparing the resource.
pub const PREPARING: &str = "_preparingMillis";

/// What an operation does, read off its name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verb {
    pub verb: String,
    pub noun: String,
}

/// `CreateFlowAlias` → (`Create`, `FlowAlias`); `BatchDeleteEvaluationJob` → (`BatchDelete`, …).
pub fn verb_of(operation: &str) -> Verb {
    let first_word_end = operation
        .char_indices()
        .skip(1)
        .find(|(_, character)| character.is_ascii_uppercase())
        .map(|(index, _)| index);
    let Some(end) = first_word_end else {
        return Verb { verb: operation.to_string(), noun: String::new() };
    };
    let (verb, rest) = operation.split_at(end);
    if verb == "Batch" {
        let inner = verb_of(rest);
        return Verb { verb: format!("Batch{}", inner.verb), noun: inner.noun };
    }
    Verb { verb: verb.to_string(), noun: rest.to_string() }
}

/// The singular of a `List` operation's noun among the service's resource nouns.
fn singular(model: &ServiceModel, plural: &str) -> String {
    let nouns = nouns(model);
    let candidates = [
        plural.strip_suffix("ies").map(|stem| format!("{stem}y")),
        plural.strip_suffix("es").map(str::to_string),
        plural.strip_suffix('s').map(str::to_string),
    ];
    for candidate in candidates.into_iter().flatten() {
        if nouns.contains(&candidate) {
            return candidate;
        }
    }
    // `ListEnforcedGuardrailsConfiguration` → `EnforcedGuardrailConfiguration`.
    for noun in &nouns {
        if noun.replace("Guardrail", "Guardrails") == plural {
            return noun.clone();
        }
    }
    plural.strip_suffix('s').unwrap_or(plural).to_string()
}

/// The nouns of the resources a service's operations get, create or put.
fn nouns(model: &ServiceModel) -> Vec<String> {
    model
        .operation_names()
        .map(verb_of)
        .filter(|verb| {
            matches!(verb.verb.as_str(), "Get" | "Create" | "Put" | "Delete" | "Associate" | "Register")
        })
        .map(|verb| verb.noun)
        .collect()
}

/// The store collection of a generic resource.
pub fn collection(service: Service, noun: &str) -> String {
    format!("{}:{noun}", service.name())
}

/// Collections of hand-written modules that generic operations refer to as parents.
fn existing_collection(service: Service, noun: &str) -> Option<&'static str> {
    Some(match (service, noun) {
        (Service::BedrockAgent, "Agent") => super::agent::AGENTS,
        (Service::BedrockAgent, "KnowledgeBase") => super::knowledge::KNOWLEDGE_BASES,
        (Service::Bedrock, "Guardrail") => super::guardrails::DRAFTS,
        (Service::BedrockAgent, "AgentVersion") => super::agent::VERSIONS,
        _ => return None,
    })
}

/// The members of an input shape bound to the path, in the order of the path.
fn path_labels<'a>(operation: &Operation, shape: &'a Shape) -> Vec<(&'a String, &'a Member)> {
    let mut labels: Vec<(usize, (&String, &Member))> = shape
        .members
        .iter()
        .filter(|(_, member)| member.location.as_deref() == Some("uri"))
        .filter_map(|(name, member)| {
            let position = operation.http.request_uri.find(&format!("{{{}", member.wire_name(name)))?;
            Some((position, (name, member)))
        })
        .collect();
    labels.sort_by_key(|(position, _)| *position);
    labels.into_iter().map(|(_, label)| label).collect()
}

/// Whether a stored document is the one an identifier names: its id, ARN or name, or any of its
/// top-level identifier members; an ARN whose last segment is the id also names it.
fn names(document: &Value, key: &str, identifier: &str) -> bool {
    if key == identifier || key.rsplit('/').next() == Some(identifier) {
        return true;
    }
    let Some(object) = document.as_object() else { return false };
    object.iter().any(|(member, value)| {
        let identifying = member == "id"
            || member == "arn"
            || member == "name"
            || member.ends_with("Id")
            || member.ends_with("Arn")
            || member.ends_with("Name")
            || member == OWN_ID
            || member == OWN_ARN
            || member == OWN_NAME;
        identifying
            && !member.starts_with("foundation")
            && !member.starts_with("baseModel")
            && !member.ends_with("RoleArn")
            && !member.ends_with("KeyArn")
            && value.as_str() == Some(identifier)
    })
}

/// Find a document of a collection by an identifier, within a parent's documents.
fn find(
    state: &PersistedState,
    collection: &str,
    parents: &str,
    identifier: &str,
) -> Option<(String, Value)> {
    state
        .documents_with_prefix(collection, parents)
        .find(|(key, document)| {
            let own = key.strip_prefix(parents).unwrap_or(key);
            !own.contains('/') && names(document, own, identifier)
        })
        .map(|(key, document)| (key.clone(), document.clone()))
}

/// The parent prefix (`parentKey/`…) of a resource from the labels before its own, checking that
/// each parent exists where the emulator knows its kind.
fn parent_prefix(
    state: &PersistedState,
    call: &Call,
    labels: &[(&String, &Member)],
) -> Result<String, ServiceError> {
    let (service, model, uri, input) =
        (call.service, call.model(), &call.operation.http.request_uri, &call.input);
    let mut prefix = String::new();
    for (name, member) in labels {
        let value = input.get(name.as_str()).and_then(Value::as_str).unwrap_or_default();
        let mut resolved = value.to_string();
        if let Some(noun) = noun_of_uri_label(model, uri, member.wire_name(name)) {
            let generic = collection(service, &noun);
            if let Some((key, _)) = find(state, &generic, &prefix, value) {
                resolved = key.rsplit('/').next().unwrap_or(&key).to_string();
            } else if value == "DRAFT"
                && noun.ends_with("Version")
                && existing_collection(service, &noun).is_some()
            {
                // The working draft of a hand-written parent (an agent's DRAFT version) is the parent.
            } else if let Some(existing) = existing_collection(service, &noun) {
                // Hand-written collections key a resource by its id, or by its parents' ids and its own.
                match find(state, existing, "", value).or_else(|| find(state, existing, &prefix, value)) {
                    Some((key, _)) => {
                        resolved = key.strip_prefix(prefix.as_str()).unwrap_or(&key).to_string()
                    }
                    None => {
                        return Err(ServiceError::not_found(format!("{} {value} not found.", spaced(&noun))));
                    }
                }
            } else if state.documents(&generic).next().is_some() || is_generic_resource(model, &noun) {
                return Err(ServiceError::not_found(format!("{} {value} not found.", spaced(&noun))));
            }
        }
        prefix.push_str(&resolved);
        prefix.push('/');
    }
    Ok(prefix)
}

/// Whether the generic store keeps this noun's resources: it has a Create of its own, or it is
/// made by another operation (an import job's imported model) and listed, fetched and deleted.
fn is_generic_resource(model: &ServiceModel, noun: &str) -> bool {
    let made_elsewhere = || {
        model.operation(&format!("List{noun}s")).is_some()
            && model.operation(&format!("Delete{noun}")).is_some()
            && model
                .operation(&format!("Get{noun}"))
                .is_some_and(|get| get.errors.iter().any(|error| error.shape == "ResourceNotFoundException"))
    };
    ["Create", "Start", "Register"].iter().any(|verb| model.operation(&format!("{verb}{noun}")).is_some())
        || made_elsewhere()
}

/// The resource noun a path label names in an operation's URI: the collection segment before the
/// label when it names one of the service's nouns (`/automated-reasoning-policies/{policyArn}` →
/// `AutomatedReasoningPolicy`), otherwise the noun the label's own name suggests.
fn noun_of_uri_label(model: &ServiceModel, uri: &str, label: &str) -> Option<String> {
    let path = uri.split('?').next().unwrap_or(uri);
    let segments: Vec<&str> = path.split('/').filter(|segment| !segment.is_empty()).collect();
    let position = segments.iter().position(|segment| segment.trim_matches(['{', '}', '+']) == label)?;
    noun_at(model, &segments, position).or_else(|| noun_of_label(model, label))
}

/// The noun of the label at `position` from the collection segment before it, qualified by the
/// parent's noun where the segment alone is not a noun (`/flows/{id}/aliases/{alias}` → `FlowAlias`).
fn noun_at(model: &ServiceModel, segments: &[&str], position: usize) -> Option<String> {
    let segment = segments.get(position.checked_sub(1)?).filter(|segment| !segment.starts_with('{'))?;
    let pascal: String = segment
        .split('-')
        .map(|word| {
            let mut letters = word.chars();
            letters
                .next()
                .map(|first| first.to_uppercase().chain(letters).collect::<String>())
                .unwrap_or_default()
        })
        .collect();
    let nouns = nouns(model);
    let noun = singular(model, &pascal);
    if nouns.contains(&noun) {
        return Some(noun);
    }
    let parent = position.checked_sub(2).filter(|index| segments[*index].starts_with('{'))?;
    let parent_noun = noun_at(model, segments, parent)?;
    let qualified = singular(model, &format!("{parent_noun}{pascal}"));
    nouns.contains(&qualified).then_some(qualified)
}

/// The resource noun a path label names (`flowIdentifier` → `Flow`, `policyArn` →
/// `AutomatedReasoningPolicy`), among the service's nouns; where several nouns end with the
/// label's stem, the one whose name starts the most operations' nouns wins, then the shortest.
fn noun_of_label(model: &ServiceModel, label: &str) -> Option<String> {
    let stem = ["Identifier", "Id", "Arn", "Name"]
        .iter()
        .find_map(|suffix| label.strip_suffix(suffix))
        .unwrap_or(label);
    let mut letters = stem.chars();
    let capitalised: String = letters.next()?.to_uppercase().chain(letters).collect();
    let nouns = nouns(model);
    if nouns.contains(&capitalised) {
        return Some(capitalised);
    }
    let candidates: Vec<&String> = nouns.iter().filter(|noun| noun.ends_with(&capitalised)).collect();
    candidates
        .iter()
        .max_by_key(|candidate| {
            let family = nouns.iter().filter(|noun| noun.starts_with(candidate.as_str())).count();
            (family, std::cmp::Reverse(candidate.len()))
        })
        .map(|candidate| candidate.to_string())
}

/// `AutomatedReasoningPolicy` → `Automated reasoning policy`.
fn spaced(noun: &str) -> String {
    let mut words = String::new();
    for (index, character) in noun.chars().enumerate() {
        if character.is_ascii_uppercase() && index > 0 {
            words.push(' ');
            words.push(character.to_ascii_lowercase());
        } else {
            words.push(character);
        }
    }
    words
}

/// `FlowAlias` → `flow-alias` (the resource type in ARNs).
fn kebab(noun: &str) -> String {
    crate::api::names::cli_name(noun)
}

/// Everything about one request the store needs.
pub struct Call<'a> {
    pub emulator: &'a super::Shared,
    pub service: Service,
    pub operation: &'static Operation,
    pub input: Map<String, Value>,
    pub region: String,
    /// The request's share of the fault budget (for stream faults).
    pub budget: Option<super::faults::FaultBudget>,
}

impl Call<'_> {
    /// The stream fault this request gets (`--fault-stream-cut`, `--fault-stream-exception`).
    pub fn stream_fault(&self) -> super::faults::StreamFault {
        self.emulator.faults.draw_stream(self.budget)
    }
}

impl Call<'_> {
    fn model(&self) -> &'static ServiceModel {
        self.service.model()
    }

    fn input_shape(&self) -> Option<&'static Shape> {
        self.operation.input.as_ref().and_then(|reference| self.model().shape(&reference.shape))
    }

    fn output_shape(&self) -> Option<&'static Shape> {
        self.operation.output.as_ref().and_then(|reference| self.model().shape(&reference.shape))
    }

    fn declares(&self, code: &str) -> bool {
        self.operation.errors.iter().any(|error| error.shape == code)
    }

    fn not_found(&self, noun: &str, identifier: &str) -> ServiceError {
        let message = format!("{} {identifier} not found.", spaced(noun));
        if self.declares("ResourceNotFoundException") {
            ServiceError::not_found(message)
        } else {
            ServiceError::validation(message)
        }
    }
}

/// Serve an operation by the conventions; the output document.
pub fn serve(call: &Call) -> Result<super::behaviours::Answer, ServiceError> {
    serve_document(call).map(super::behaviours::Answer::Document)
}

fn serve_document(call: &Call) -> Result<Value, ServiceError> {
    let Verb { verb, noun } = verb_of(&call.operation.name);
    match verb.as_str() {
        "Create" | "Associate" | "Register" | "Start" => create(call, &noun),
        "Put" => put(call, &noun),
        "Get" => get(call, &noun),
        "List" => list(call, &singular(call.model(), &noun)),
        "Update" => update(call, &noun),
        "Delete" | "Disassociate" | "Deregister" => delete(call, &noun, &verb),
        "Stop" | "Cancel" | "Archive" | "End" | "Prepare" => change_status(call, &noun, &verb),
        verb if verb.starts_with("Batch") => batch(call, &noun, &verb["Batch".len()..]),
        _ => Ok(fill_output(call, &Value::Object(call.input.clone()), &HashMap::new())),
    }
}

fn now_millis() -> u64 {
    clock::now_millis()
}

/// An id for a new resource, in the pattern of the output member that carries it.
fn new_id(state: &mut PersistedState, counter: &str, shape: Option<&Shape>) -> String {
    let count = state.next_counter(counter);
    let seed = super::faults::mix(count ^ super::runtime::generation::hash_text(counter));
    let mut value = seed;
    let mut pick = |alphabet: &[u8], length: usize| -> String {
        (0..length)
            .map(|_| {
                let character = alphabet[(value % alphabet.len() as u64) as usize] as char;
                value /= alphabet.len() as u64;
                if value == 0 {
                    value = super::faults::mix(count.wrapping_add(7));
                }
                character
            })
            .collect()
    };
    let upper = pick(b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", 10);
    let lower = pick(b"0123456789abcdefghijklmnopqrstuvwxyz", 12);
    let high = super::faults::mix(seed ^ 0x5157_1d00);
    let hex = format!("{high:016x}{:016x}", super::faults::mix(high));
    // A version-4 UUID, where the member is one (sessions, invocations, steps).
    let uuid = format!("{}-{}-4{}-a{}-{}", &hex[..8], &hex[8..12], &hex[13..16], &hex[17..20], &hex[20..32]);
    let Some(shape) = shape else { return lower };
    // Smithy patterns may match part of a string: prefer the candidate the whole pattern matches.
    if let Some(pattern) = &shape.pattern {
        let anchored = format!("^(?:{})$", pattern.trim_start_matches('^').trim_end_matches('$'));
        for candidate in [&upper, &lower, &uuid] {
            if super::synthesize::matches_pattern(&anchored, candidate)
                && string_for(shape, Some(candidate)) == *candidate
            {
                return candidate.clone();
            }
        }
    }
    for candidate in [&lower, &upper] {
        if string_for(shape, Some(candidate)) == *candidate {
            return candidate.clone();
        }
    }
    // A pattern of its own: made from the pattern, with the counter in it where it fits.
    let made = string_for(shape, None);
    let suffix = format!("{count}");
    let with_count = format!("{}{suffix}", &made[..made.len().saturating_sub(suffix.len())]);
    if string_for(shape, Some(&with_count)) == with_count { with_count } else { made }
}

/// The output members that identify the resource of a create: its id, ARN and name members.
fn identity_members(shape: &Shape, noun: &str) -> (Option<String>, Option<String>, Option<String>) {
    let lower = {
        let mut letters = noun.chars();
        letters.next().map(|first| first.to_ascii_lowercase()).into_iter().chain(letters).collect::<String>()
    };
    let last_word = noun
        .char_indices()
        .filter(|(_, character)| character.is_ascii_uppercase())
        .map(|(index, _)| index)
        .next_back()
        .map(|index| {
            let word = &noun[index..];
            let mut letters = word.chars();
            letters
                .next()
                .map(|first| first.to_ascii_lowercase())
                .into_iter()
                .chain(letters)
                .collect::<String>()
        })
        .unwrap_or_else(|| lower.clone());
    let pick = |suffixes: &[&str]| -> Option<String> {
        let mut candidates: Vec<String> = Vec::new();
        for suffix in suffixes {
            candidates.push(format!("{lower}{suffix}"));
            candidates.push(format!("{last_word}{suffix}"));
        }
        candidates.push(suffixes[0].to_ascii_lowercase());
        candidates.into_iter().find(|candidate| shape.members.contains_key(candidate)).or_else(|| {
            shape
                .members
                .keys()
                .find(|name| {
                    suffixes.iter().any(|suffix| name.ends_with(suffix))
                        && !name.ends_with("RoleArn")
                        && !name.starts_with("foundation")
                })
                .cloned()
        })
    };
    (pick(&["Id", "Identifier"]), pick(&["Arn"]), pick(&["Name"]))
}

/// The status member of an output shape and its in-progress and settled values.
fn status_values(model: &ServiceModel, shape: &Shape) -> Option<(String, Vec<String>)> {
    let (name, member) = shape
        .members
        .iter()
        .find(|(name, member)| {
            (name.as_str() == "status" || name.ends_with("Status"))
                && model.shape(&member.shape).is_some_and(|status| !status.enumeration.is_empty())
        })
        .or_else(|| shape.members.iter().find(|(name, _)| name.as_str() == "status"))?;
    let values = model.shape(&member.shape).map(|status| status.enumeration.clone()).unwrap_or_default();
    Some((name.clone(), values))
}

fn first_of(values: &[String], candidates: &[&str]) -> Option<String> {
    candidates
        .iter()
        .find_map(|candidate| values.iter().find(|value| value.eq_ignore_ascii_case(candidate)).cloned())
}

/// The status of a stored document now.
fn status_now(emulator: &Emulator, document: &Value, values: &[String]) -> Option<String> {
    if let Some(status) = document.get(STATUS_OVERRIDE).and_then(Value::as_str) {
        return Some(status.to_string());
    }
    if values.is_empty() {
        return None;
    }
    let started = document.get(CREATED).and_then(Value::as_u64).unwrap_or(0);
    if let Some(stopped) = document.get(STOPPED).and_then(Value::as_u64) {
        let done = emulator.clock.progress(stopped) >= 1.0;
        let candidates: &[&str] = if done {
            &["Stopped", "STOPPED", "Cancelled", "CANCELED", "CANCELLED"]
        } else {
            &["Stopping", "STOPPING", "Cancelling"]
        };
        if let Some(status) = first_of(values, candidates) {
            return Some(status);
        }
    }
    if let Some(since) = document.get(PREPARING).and_then(Value::as_u64) {
        let done = emulator.clock.progress(since) >= 1.0;
        let candidates: &[&str] = if done { &["PREPARED", "Prepared"] } else { &["PREPARING", "Preparing"] };
        if let Some(status) = first_of(values, candidates) {
            return Some(status);
        }
    }
    // Something that must be prepared before use starts out not prepared.
    if let Some(status) = first_of(values, &["NOT_PREPARED", "NotPrepared"]) {
        return Some(status);
    }
    let in_progress = first_of(
        values,
        &[
            "CREATING",
            "InProgress",
            "IN_PROGRESS",
            "Submitted",
            "PENDING",
            "Pending",
            "STARTING",
            "Scheduled",
            "Validating",
            "Building",
            "BUILDING",
            "PREPARING",
            "Queued",
            "Creating",
            "Running",
            "RUNNING",
        ],
    );
    let settled = first_of(
        values,
        &[
            "ACTIVE",
            "Active",
            "AVAILABLE",
            "Available",
            "Completed",
            "COMPLETED",
            "COMPLETE",
            "READY",
            "Ready",
            "PREPARED",
            "Prepared",
            "SUCCEEDED",
            "Succeeded",
            "InService",
            "ENABLED",
            "Enabled",
            "Success",
            "SUCCESS",
            "Registered",
            "REGISTERED",
            "Created",
            "CREATED",
        ],
    );
    let done = emulator.clock.progress(started) >= 1.0;
    match (in_progress, settled) {
        (Some(in_progress), Some(settled)) => Some(if done { settled } else { in_progress }),
        (None, Some(settled)) => Some(settled),
        (Some(in_progress), None) => Some(in_progress),
        (None, None) => values.first().cloned(),
    }
}

/// What a resource's behaviour computes over its stored document when it is shown (status
/// phases, metrics, members derived from other resources): it edits the document's members and
/// answers whether the resource is visible yet (a job's output model appears when the job
/// completes). One per noun, in `behaviours::view`.
pub type View = fn(&Call, &mut Map<String, Value>) -> bool;

/// A stored document's members for its output, with the time-derived ones and those its noun's
/// view computes; `None` while the view hides it.
fn live(call: &Call, noun: &str, document: &Value, shape: Option<&Shape>) -> Option<Value> {
    let mut document = document.clone();
    if let Some(shape) = shape
        && let Some((member, values)) = status_values(call.model(), shape)
        && let Some(status) = status_now(call.emulator, &document, &values)
        && let Value::Object(object) = &mut document
    {
        object.insert(member, Value::String(status));
    }
    if let Some(view) = super::behaviours::view(call.service, noun)
        && let Value::Object(object) = &mut document
        && !view(call, object)
    {
        return None;
    }
    Some(document)
}

/// The live document of the existing resource an operation names (with its view's members and
/// the status of its `Get` operation's output), for behaviours that check it before acting.
pub fn current(call: &Call, noun: &str) -> Result<Map<String, Value>, ServiceError> {
    let (_, _, document) = existing(call, noun)?;
    match live(call, noun, &document, get_output_shape(call, noun)) {
        Some(Value::Object(object)) => Ok(object),
        _ => Err(call.not_found(noun, &identifier_of(call))),
    }
}

fn get_output_shape(call: &Call, noun: &str) -> Option<&'static Shape> {
    let model = call.model();
    let get = model.operation(&format!("Get{noun}"))?;
    model.shape(&get.output.as_ref()?.shape)
}

fn identifier_of(call: &Call) -> String {
    call.input_shape().and_then(|shape| target(call, shape).1).unwrap_or_default()
}

/// A resource another resource's operation creates (a job's output model): stored in its noun's
/// collection with an id, ARN and name the caller made, so the conventions serve it.
pub fn insert_resource(
    state: &mut PersistedState,
    service: Service,
    noun: &str,
    (id, arn, name): (&str, &str, &str),
    members: Map<String, Value>,
) {
    let now = now_millis();
    let mut document = members;
    document.insert(OWN_ID.to_string(), json!(id));
    document.insert(OWN_ARN.to_string(), json!(arn));
    document.insert(OWN_NAME.to_string(), json!(name));
    document.entry(CREATED.to_string()).or_insert(json!(now));
    document.entry(UPDATED.to_string()).or_insert(json!(now));
    document.insert(PARENTS.to_string(), json!(""));
    state.insert(&collection(service, noun), id, Value::Object(document));
}

/// What a behaviour adds to a create or update: run in the same state update, on the document
/// the conventions made (with its id, ARN, name and timestamps), before it is stored; an error
/// leaves the state as it was.
pub type Hook<'a> =
    Box<dyn FnOnce(&mut PersistedState, &mut Map<String, Value>) -> Result<(), ServiceError> + 'a>;

fn create(call: &Call, noun: &str) -> Result<Value, ServiceError> {
    create_with(call, noun, Box::new(|_, _| Ok(())))
}

/// `Create<Noun>` by the conventions, with the members and checks of a behaviour's hook.
pub fn create_with(call: &Call, noun: &str, hook: Hook) -> Result<Value, ServiceError> {
    let model = call.model();
    let input_shape = call.input_shape();
    let output_shape = call.output_shape();
    // The resource's own shape, where the create answers only its ARN.
    let get_shape = get_output_shape(call, noun);
    let labels = input_shape.map(|shape| path_labels(call.operation, shape)).unwrap_or_default();
    let versioning = noun
        .strip_suffix("Version")
        .filter(|parent| noun_of_label(model, &format!("{}Identifier", lower_first(parent))).is_some());
    let stored = call.emulator.store.update(|state| -> Result<Value, ServiceError> {
        let prefix = parent_prefix(state, call, &labels)?;
        let collection = collection(call.service, noun);
        // The same client token answers the same resource (idempotent retries).
        if let Some(token) = ["clientToken", "clientRequestToken"]
            .iter()
            .find_map(|key| call.input.get(*key))
            .and_then(Value::as_str)
            && let Some((_, existing)) = state
                .documents_with_prefix(&collection, &prefix)
                .find(|(_, document)| document.get("_clientToken").and_then(Value::as_str) == Some(token))
        {
            return Ok(existing.clone());
        }
        let name =
            ["name", &format!("{}Name", lower_first(noun)), &format!("{}Name", lower_first(last_word(noun)))]
                .iter()
                .find_map(|key| call.input.get(*key).and_then(Value::as_str).map(str::to_string));
        if let Some(name) = &name
            && call.declares("ConflictException")
            && state.documents_with_prefix(&collection, &prefix).any(|(key, document)| {
                !key[prefix.len()..].contains('/')
                    && document.get(OWN_NAME).and_then(Value::as_str) == Some(name)
            })
        {
            return Err(ServiceError::conflict(format!(
                "A {} named {name} already exists.",
                spaced(noun).to_lowercase()
            )));
        }
        let (id_member, arn_member, name_member) =
            output_shape.map(|shape| identity_members(shape, noun)).unwrap_or((None, None, None));
        let id_shape = id_member
            .as_ref()
            .and_then(|member| output_shape?.members.get(member))
            .and_then(|member| model.shape(&member.shape));
        let id = match versioning {
            Some(_) => state.next_counter(&format!("{collection}:{prefix}")).to_string(),
            None => new_id(state, &collection, id_shape),
        };
        // The nearest parent's ARN (an alias's ARN extends its flow's).
        let mut parent_arn = None;
        if let Some((parent_label, parent_member)) = labels.last()
            && let Some(parent_noun) = noun_of_uri_label(
                model,
                &call.operation.http.request_uri,
                parent_member.wire_name(parent_label),
            )
        {
            let parent_id = prefix.trim_end_matches('/').rsplit('/').next().unwrap_or_default();
            let grand_prefix = prefix
                .trim_end_matches('/')
                .rsplit_once('/')
                .map(|(before, _)| format!("{before}/"))
                .unwrap_or_default();
            parent_arn =
                find(state, &super::store::collection(call.service, &parent_noun), &grand_prefix, parent_id)
                    .and_then(|(_, parent)| parent.get(OWN_ARN).and_then(Value::as_str).map(str::to_string));
        }
        let versioned_parent_arn = if versioning.is_some() { parent_arn.clone() } else { None };
        let now = now_millis();
        let timestamp = clock::timestamp(now);
        let mut document = Map::new();
        // A version starts as a snapshot of its parent.
        if versioning.is_some()
            && let Some(parent_noun) = versioning
            && let Some(parent_id) = prefix.trim_end_matches('/').rsplit('/').next()
        {
            let parent_prefix = prefix
                .trim_end_matches('/')
                .rsplit_once('/')
                .map(|(before, _)| format!("{before}/"))
                .unwrap_or_default();
            if let Some((_, parent)) =
                find(state, &super::store::collection(call.service, parent_noun), &parent_prefix, parent_id)
                && let Value::Object(parent) = parent
            {
                for (key, value) in parent {
                    if !key.starts_with('_') && !key.ends_with("At") && key != "status" {
                        document.insert(key, value);
                    }
                }
            }
        }
        for (key, value) in &call.input {
            if !value.is_null() && !labels.iter().any(|(label, _)| *label == key) {
                document.insert(key.clone(), value.clone());
            }
        }
        for (label, _) in &labels {
            if let Some(value) = call.input.get(label.as_str()) {
                document.insert(format!("_label:{label}"), value.clone());
            }
        }
        let arn_shape = arn_member
            .as_ref()
            .and_then(|member| output_shape?.members.get(member))
            .and_then(|member| model.shape(&member.shape));
        let arn = match &versioned_parent_arn {
            Some(parent_arn) => format!("{parent_arn}:{id}"),
            None => make_arn(call, noun, &prefix, &id, arn_shape, parent_arn.as_deref()),
        };
        if let Some(member) = &id_member
            && versioning.is_none()
        {
            document.insert(member.clone(), Value::String(id.clone()));
        }
        if let Some(member) = &arn_member {
            document.insert(member.clone(), Value::String(arn.clone()));
        }
        if let (Some(member), Some(name)) = (&name_member, &name) {
            document.entry(member.clone()).or_insert_with(|| Value::String(name.clone()));
        }
        if versioning.is_some() && output_shape.is_some_and(|shape| shape.members.contains_key("version")) {
            document.insert("version".to_string(), Value::String(id.clone()));
        }
        for member in [
            "createdAt",
            "creationTime",
            "createdTime",
            "submitTime",
            "startTime",
            "updatedAt",
            "lastModifiedTime",
            "lastUpdatedAt",
        ] {
            if [output_shape, get_shape].iter().flatten().any(|shape| shape.members.contains_key(member)) {
                document.entry(member.to_string()).or_insert_with(|| Value::String(timestamp.clone()));
            }
        }
        document.insert(OWN_ID.to_string(), Value::String(id.clone()));
        document.insert(OWN_ARN.to_string(), Value::String(arn.clone()));
        if let Some(name) = &name {
            document.insert(OWN_NAME.to_string(), Value::String(name.clone()));
        }
        document.insert(CREATED.to_string(), json!(now));
        document.insert(UPDATED.to_string(), json!(now));
        document.insert(PARENTS.to_string(), Value::String(prefix.clone()));
        if let Some(token) = ["clientToken", "clientRequestToken"].iter().find_map(|key| call.input.get(*key))
        {
            document.insert("_clientToken".to_string(), token.clone());
        }
        hook(state, &mut document)?;
        let arn = document.get(OWN_ARN).and_then(Value::as_str).unwrap_or(&arn).to_string();
        let tags = ["tags", "resourceTags", "jobTags"].iter().find_map(|key| call.input.get(*key));
        store_tags(state, &arn, tags);
        let document = Value::Object(document);
        state.insert(&collection, &format!("{prefix}{id}"), document.clone());
        Ok(document)
    });
    let document = stored.map_err(|_| ServiceError::internal())??;
    Ok(render(call, noun, &document))
}

fn lower_first(text: &str) -> String {
    let mut letters = text.chars();
    letters.next().map(|first| first.to_ascii_lowercase()).into_iter().chain(letters).collect()
}

fn last_word(noun: &str) -> &str {
    noun.char_indices()
        .filter(|(_, character)| character.is_ascii_uppercase())
        .map(|(index, _)| index)
        .next_back()
        .map(|index| &noun[index..])
        .unwrap_or(noun)
}

/// Tags given to a new resource, kept by ARN for the tag APIs (maps and `[{key, value}]` lists).
fn store_tags(state: &mut PersistedState, arn: &str, tags: Option<&Value>) {
    let mut map = Map::new();
    match tags {
        Some(Value::Object(tags)) => map.extend(tags.clone()),
        Some(Value::Array(tags)) => {
            for tag in tags {
                let key = tag.get("key").or_else(|| tag.get("Key")).and_then(Value::as_str);
                let value = tag.get("value").or_else(|| tag.get("Value")).and_then(Value::as_str);
                if let (Some(key), Some(value)) = (key, value) {
                    map.insert(key.to_string(), Value::String(value.to_string()));
                }
            }
        }
        _ => return,
    }
    if !map.is_empty() {
        state.insert(super::control::TAGS, arn, Value::Object(map));
    }
}

/// The ARN of a new resource, in the pattern of its output member.
fn make_arn(
    call: &Call,
    noun: &str,
    prefix: &str,
    id: &str,
    shape: Option<&Shape>,
    parent_arn: Option<&str>,
) -> String {
    let region = &call.region;
    let path = if prefix.is_empty() { id.to_string() } else { format!("{}{id}", prefix) };
    let mut candidates = Vec::new();
    if let Some(parent_arn) = parent_arn {
        candidates.push(format!("{parent_arn}/{}/{id}", kebab(last_word(noun))));
        candidates.push(format!("{parent_arn}/{id}"));
        candidates.push(format!("{parent_arn}:{id}"));
    }
    candidates.extend([
        format!("arn:aws:bedrock:{region}:{ACCOUNT_ID}:{}/{path}", kebab(noun)),
        format!("arn:aws:bedrock:{region}:{ACCOUNT_ID}:{}/{id}", kebab(noun)),
        format!("arn:aws:bedrock:{region}:{ACCOUNT_ID}:{}/{id}", kebab(last_word(noun))),
    ]);
    // Resource types the pattern names (`…:automated-reasoning-policy/…`).
    if let Some(pattern) = shape.and_then(|shape| shape.pattern.as_deref())
        && let Ok(types) = regex::Regex::new(r":\(?([a-z][a-z-]+)\)?/")
    {
        for found in types.captures_iter(pattern) {
            if let Some(kind) = found.get(1) {
                candidates.push(format!("arn:aws:bedrock:{region}:{ACCOUNT_ID}:{}/{id}", kind.as_str()));
                candidates.push(format!("arn:aws:bedrock:{region}:{ACCOUNT_ID}:{}/{path}", kind.as_str()));
            }
        }
    }
    let Some(shape) = shape else { return candidates.swap_remove(0) };
    candidates
        .iter()
        .find(|candidate| string_for(shape, Some(candidate)) == **candidate)
        .cloned()
        .unwrap_or_else(|| string_for(shape, None))
}

/// The identifier the operation names its resource by (the last path label), and the labels of
/// its parents; or, without labels, the first required identifier-like member.
fn target<'a>(call: &'a Call, shape: &'a Shape) -> (Vec<(&'a String, &'a Member)>, Option<String>) {
    let mut labels = path_labels(call.operation, shape);
    if let Some((name, _)) = labels.pop() {
        let identifier = call.input.get(name.as_str()).and_then(Value::as_str).map(str::to_string);
        return (labels, identifier);
    }
    let identifier = shape
        .required
        .iter()
        .chain(shape.members.keys())
        .find(|name| name.ends_with("Identifier") || name.ends_with("Arn") || name.ends_with("Id"))
        .and_then(|name| call.input.get(name.as_str()))
        .and_then(Value::as_str)
        .map(str::to_string);
    (labels, identifier)
}

fn get(call: &Call, noun: &str) -> Result<Value, ServiceError> {
    let model = call.model();
    let Some(shape) = call.input_shape() else {
        return Ok(singleton(call, noun));
    };
    let (labels, identifier) = target(call, shape);
    let Some(identifier) = identifier else {
        return Ok(singleton(call, noun));
    };
    let collection = collection(call.service, noun);
    let found = call.emulator.store.read(|state| -> Result<Option<Value>, ServiceError> {
        let prefix = parent_prefix(state, call, &labels)?;
        Ok(find(state, &collection, &prefix, &identifier).map(|(_, document)| document))
    })?;
    match found {
        Some(document) => live(call, noun, &document, call.output_shape())
            .map(|shown| fill_output(call, &shown, &HashMap::new()))
            .ok_or_else(|| call.not_found(noun, &identifier)),
        None if is_generic_resource(model, noun) || noun.ends_with("Version") => {
            Err(call.not_found(noun, &identifier))
        }
        // Something never put (a policy, a configuration): its defaults.
        None => Ok(singleton(call, noun)),
    }
}

/// A document kept once per identifying member set, or once per region.
fn singleton_key(call: &Call) -> String {
    let Some(shape) = call.input_shape() else { return call.region.clone() };
    let mut parts: Vec<String> = path_labels(call.operation, shape)
        .iter()
        .filter_map(|(name, _)| call.input.get(name.as_str()).and_then(Value::as_str).map(str::to_string))
        .collect();
    if parts.is_empty() {
        parts = shape
            .required
            .iter()
            .filter(|name| name.ends_with("Arn") || name.ends_with("Identifier") || name.ends_with("Id"))
            .filter_map(|name| call.input.get(name).and_then(Value::as_str).map(str::to_string))
            .collect();
    }
    if parts.is_empty() { call.region.clone() } else { parts.join("/") }
}

fn singleton(call: &Call, noun: &str) -> Value {
    let key = singleton_key(call);
    let stored =
        call.emulator.store.read(|state| state.document(&collection(call.service, noun), &key).cloned());
    let mut document = stored.unwrap_or_else(|| Value::Object(Map::new()));
    if let (Value::Object(object), Some(shape)) = (&mut document, call.input_shape()) {
        for (name, value) in &call.input {
            if shape.members.get(name).is_some_and(|member| member.location.is_some()) {
                object.entry(name.clone()).or_insert_with(|| value.clone());
            }
        }
    }
    render(call, noun, &document)
}

fn put(call: &Call, noun: &str) -> Result<Value, ServiceError> {
    // A put that answers with an id it was not given creates (PutInvocationStep).
    if let Some(shape) = call.output_shape() {
        let (id_member, _, _) = identity_members(shape, noun);
        if let Some(member) = id_member
            && !call.input.contains_key(&member)
            && shape.required.contains(&member)
            && call.input_shape().is_some_and(|input| {
                !path_labels(call.operation, input).is_empty() || input.members.contains_key(&member)
            })
        {
            return create(call, noun);
        }
    }
    let key = singleton_key(call);
    let collection = collection(call.service, noun);
    let document = call
        .emulator
        .store
        .update(|state| {
            let mut document = state.document(&collection, &key).cloned().unwrap_or_else(|| json!({}));
            if let Value::Object(object) = &mut document {
                for (name, value) in &call.input {
                    object.insert(name.clone(), value.clone());
                }
                let now = now_millis();
                object.entry(CREATED.to_string()).or_insert(json!(now));
                object.insert(UPDATED.to_string(), json!(now));
                for member in ["updatedAt", "lastModifiedTime", "lastUpdatedAt"] {
                    object.insert(member.to_string(), Value::String(clock::timestamp(now)));
                }
            }
            state.insert(&collection, &key, document.clone());
            document
        })
        .map_err(|_| ServiceError::internal())?;
    Ok(render(call, noun, &document))
}

/// The parents and own identifier of an operation on an existing resource, and the document.
fn existing(call: &Call, noun: &str) -> Result<(String, String, Value), ServiceError> {
    let shape =
        call.input_shape().ok_or_else(|| ServiceError::validation("The request names no resource."))?;
    let (labels, identifier) = target(call, shape);
    let identifier = identifier.ok_or_else(|| ServiceError::validation("The request names no resource."))?;
    let collection = collection(call.service, noun);
    call.emulator
        .store
        .read(|state| -> Result<(String, String, Value), ServiceError> {
            let prefix = parent_prefix(state, call, &labels)?;
            let (key, document) = find(state, &collection, &prefix, &identifier)
                .ok_or_else(|| call.not_found(noun, &identifier))?;
            Ok((collection.clone(), key, document))
        })
        .and_then(|(collection, key, document)| match live(call, noun, &document, None) {
            Some(_) => Ok((collection, key, document)),
            None => Err(call.not_found(noun, &identifier)),
        })
}

fn update(call: &Call, noun: &str) -> Result<Value, ServiceError> {
    update_with(call, noun, Box::new(|_, _| Ok(())))
}

/// `Update<Noun>` by the conventions, with the members and checks of a behaviour's hook.
pub fn update_with(call: &Call, noun: &str, hook: Hook) -> Result<Value, ServiceError> {
    let (collection, key, _) = existing(call, noun)?;
    let labels: Vec<String> = call
        .input_shape()
        .map(|shape| path_labels(call.operation, shape).iter().map(|(name, _)| (*name).clone()).collect())
        .unwrap_or_default();
    let document = call
        .emulator
        .store
        .update(|state| -> Result<Value, ServiceError> {
            let Some(Value::Object(mut object)) = state.document(&collection, &key).cloned() else {
                return Err(call.not_found(noun, &key));
            };
            for (name, value) in &call.input {
                if !labels.contains(name) && !value.is_null() {
                    object.insert(name.clone(), value.clone());
                }
            }
            if let Some(name) =
                ["name"].iter().find_map(|member| call.input.get(*member).and_then(Value::as_str))
            {
                object.insert(OWN_NAME.to_string(), Value::String(name.to_string()));
            }
            touch(&mut object, now_millis());
            hook(state, &mut object)?;
            let document = Value::Object(object);
            state.insert(&collection, &key, document.clone());
            Ok(document)
        })
        .map_err(|_| ServiceError::internal())??;
    Ok(render(call, noun, &document))
}

/// A changed document's update time, and the update-time members it shows.
fn touch(object: &mut Map<String, Value>, now: u64) {
    object.insert(UPDATED.to_string(), json!(now));
    for member in ["updatedAt", "lastModifiedTime", "lastUpdatedAt"] {
        if object.contains_key(member) {
            object.insert(member.to_string(), Value::String(clock::timestamp(now)));
        }
    }
}

fn delete(call: &Call, noun: &str, verb: &str) -> Result<Value, ServiceError> {
    let model = call.model();
    if !is_generic_resource(model, noun)
        && !model
            .operation_names()
            .any(|name| name == format!("Associate{noun}") || name == format!("Register{noun}"))
    {
        // A policy or configuration: forget it.
        let key = singleton_key(call);
        let collection = collection(call.service, noun);
        call.emulator
            .store
            .update(|state| state.remove(&collection, &key))
            .map_err(|_| ServiceError::internal())?;
        return Ok(render(call, noun, &Value::Object(Map::new())));
    }
    let (collection, key, document) = existing(call, noun)?;
    if verb == "Deregister" {
        return change_status(call, noun, verb);
    }
    let arn = document.get(OWN_ARN).and_then(Value::as_str).unwrap_or_default().to_string();
    call.emulator
        .store
        .update(|state| {
            state.remove(&collection, &key);
            // Children go with their parent (a flow's aliases and versions, a session's steps).
            let children = format!("{key}/");
            let service_prefix = format!("{}:", call.service.name());
            let doomed: Vec<(String, String)> = state
                .all_keys()
                .filter(|(collection_name, child_key)| {
                    collection_name.starts_with(&service_prefix) && child_key.starts_with(&children)
                })
                .collect();
            for (collection_name, child_key) in doomed {
                state.remove(&collection_name, &child_key);
            }
            if !arn.is_empty() {
                state.remove(super::control::TAGS, &arn);
            }
        })
        .map_err(|_| ServiceError::internal())?;
    let mut rendered = live(call, noun, &document, call.output_shape()).unwrap_or_else(|| document.clone());
    if let (Some(shape), Value::Object(object)) = (call.output_shape(), &mut rendered)
        && let Some((member, values)) = status_values(model, shape)
        && let Some(deleting) = first_of(&values, &["DELETING", "Deleting", "DELETED", "Deleted"])
    {
        object.insert(member, Value::String(deleting.clone()));
        object.insert(STATUS_OVERRIDE.to_string(), Value::String(deleting));
    }
    Ok(render(call, noun, &rendered))
}

fn change_status(call: &Call, noun: &str, verb: &str) -> Result<Value, ServiceError> {
    let (collection, key, _) = existing(call, noun)?;
    let shape = call.output_shape();
    let model = call.model();
    let document = call
        .emulator
        .store
        .update(|state| {
            let document = state.document_mut(&collection, &key)?;
            if let Value::Object(object) = document {
                let now = now_millis();
                match verb {
                    "Stop" | "Cancel" => {
                        object.insert(STOPPED.to_string(), json!(now));
                    }
                    "Prepare" => {
                        object.insert(PREPARING.to_string(), json!(now));
                        object.remove(STATUS_OVERRIDE);
                    }
                    _ => {
                        let wanted: &[&str] = match verb {
                            "Archive" => &["ARCHIVED", "Archived"],
                            "End" => &["ENDED", "Ended"],
                            _ => &["DEREGISTERED", "Deregistered", "INACTIVE", "Inactive"],
                        };
                        let values = shape
                            .and_then(|shape| status_values(model, shape))
                            .map(|(_, values)| values)
                            .unwrap_or_default();
                        let status = first_of(&values, wanted).unwrap_or_else(|| wanted[0].to_string());
                        object.insert(STATUS_OVERRIDE.to_string(), Value::String(status));
                    }
                }
                touch(object, now);
            }
            Some(document.clone())
        })
        .map_err(|_| ServiceError::internal())?
        .ok_or_else(|| call.not_found(noun, &key))?;
    Ok(render(call, noun, &document))
}

fn batch(call: &Call, noun: &str, verb: &str) -> Result<Value, ServiceError> {
    let Some(output) = call.output_shape() else { return Ok(json!({})) };
    let identifiers: Vec<String> = call
        .input
        .values()
        .find_map(Value::as_array)
        .map(|items| items.iter().filter_map(Value::as_str).map(str::to_string).collect())
        .unwrap_or_default();
    let collection = collection(call.service, noun);
    let model = call.model();
    let mut done = Vec::new();
    let mut errors = Vec::new();
    for identifier in identifiers {
        let removed = call
            .emulator
            .store
            .update(|state| {
                let found = find(state, &collection, "", &identifier);
                if let Some((key, _)) = &found
                    && verb == "Delete"
                {
                    state.remove(&collection, key);
                }
                found
            })
            .map_err(|_| ServiceError::internal())?;
        match removed {
            Some(_) => done.push(identifier),
            None => errors.push(identifier),
        }
    }
    // The output's lists: one for the errors, one for what was done.
    let mut document = Map::new();
    for (name, member) in &output.members {
        let Some(list) = model.shape(&member.shape).filter(|shape| shape.kind == Kind::List) else {
            continue;
        };
        let Some(element) = list.member.as_ref().and_then(|element| model.shape(&element.shape)) else {
            continue;
        };
        let sources = if name.to_ascii_lowercase().contains("error") { &errors } else { &done };
        let items: Vec<Value> = sources
            .iter()
            .map(|identifier| {
                let mut source = Map::new();
                for (member_name, _) in &element.members {
                    if member_name.ends_with("Identifier")
                        || member_name.ends_with("Arn")
                        || member_name.ends_with("Id")
                    {
                        source.insert(member_name.clone(), Value::String(identifier.clone()));
                    }
                }
                source.insert("code".into(), json!("ResourceNotFoundException"));
                source.insert("message".into(), json!(format!("{} {identifier} not found.", spaced(noun))));
                source.insert(STATUS_OVERRIDE.into(), json!("Deleting"));
                fill(call, element, &Value::Object(source), 0)
            })
            .collect();
        document.insert(name.clone(), Value::Array(items));
    }
    Ok(Value::Object(document))
}

fn list(call: &Call, noun: &str) -> Result<Value, ServiceError> {
    let model = call.model();
    let Some(output) = call.output_shape() else { return Ok(json!({})) };
    let paginator = model.paginator(&call.operation.name);
    let result_key = paginator.and_then(|paginator| paginator.result_key.first().cloned()).or_else(|| {
        output
            .members
            .iter()
            .find(|(_, member)| model.shape(&member.shape).is_some_and(|shape| shape.kind == Kind::List))
            .map(|(name, _)| name.clone())
    });
    let Some(result_key) = result_key else { return Ok(fill_output(call, &json!({}), &HashMap::new())) };
    let element = output
        .members
        .get(&result_key)
        .and_then(|member| model.shape(&member.shape))
        .and_then(|list| list.member.as_ref())
        .and_then(|element| model.shape(&element.shape));
    let labels = call.input_shape().map(|shape| path_labels(call.operation, shape)).unwrap_or_default();
    let collection = collection(call.service, noun);
    let mut documents: Vec<Value> =
        call.emulator.store.read(|state| -> Result<Vec<Value>, ServiceError> {
            let prefix = parent_prefix(state, call, &labels)?;
            Ok(state
                .documents_with_prefix(&collection, &prefix)
                .filter(|(key, _)| !key[prefix.len()..].contains('/'))
                .map(|(_, document)| document.clone())
                .collect())
        })?;
    documents = documents
        .into_iter()
        .filter_map(|document| live(call, noun, &document, element))
        .filter(|document| passes_filters(call, document))
        .collect();
    documents.sort_by_key(|document| {
        (
            document.get(CREATED).and_then(Value::as_u64).unwrap_or(0),
            document.get(OWN_ID).and_then(Value::as_str).unwrap_or("").to_string(),
        )
    });
    let descending = call.input.values().any(|value| {
        value
            .as_str()
            .is_some_and(|text| text.eq_ignore_ascii_case("Descending") || text.eq_ignore_ascii_case("DESC"))
    }) || newest_first_by_default(call);
    if descending {
        documents.reverse();
    }
    let limit_key = paginator
        .and_then(|paginator| paginator.limit_key.clone())
        .unwrap_or_else(|| "maxResults".to_string());
    let token_key = paginator
        .and_then(|paginator| paginator.input_token.first().cloned())
        .unwrap_or_else(|| "nextToken".to_string());
    let size = call
        .input
        .get(&limit_key)
        .and_then(Value::as_u64)
        .map(|size| size.max(1) as usize)
        .unwrap_or(super::bedrock::DEFAULT_PAGE_SIZE);
    let start = match call.input.get(&token_key).and_then(Value::as_str) {
        Some(token) => aws_smithy_types::base64::decode(token)
            .ok()
            .and_then(|bytes| String::from_utf8(bytes).ok())
            .and_then(|text| text.strip_prefix("page:").and_then(|offset| offset.parse::<usize>().ok()))
            .ok_or_else(|| ServiceError::validation("The nextToken is not valid."))?,
        None => 0,
    };
    let page: Vec<Value> = documents.iter().skip(start).take(size).cloned().collect();
    let mut answer = Map::new();
    let items: Vec<Value> = page
        .iter()
        .map(|document| match element {
            Some(element) => fill(call, element, document, 0),
            None => crate::emulator::control::public(document),
        })
        .collect();
    answer.insert(result_key.clone(), Value::Array(items));
    if start + size < documents.len() {
        let output_token = paginator
            .and_then(|paginator| paginator.output_token.first().cloned())
            .unwrap_or_else(|| "nextToken".to_string());
        answer.insert(
            output_token,
            Value::String(aws_smithy_types::base64::encode(format!("page:{}", start + size))),
        );
    }
    Ok(fill_output(call, &Value::Object(answer), &HashMap::new()))
}

/// Whether a list without a sort order given lists newest first: where its `sortOrder` member
/// can say `Descending`, the services' default.
fn newest_first_by_default(call: &Call) -> bool {
    let model = call.model();
    !call.input.contains_key("sortOrder")
        && call
            .input_shape()
            .and_then(|shape| shape.members.get("sortOrder"))
            .and_then(|member| model.shape(&member.shape))
            .is_some_and(|shape| shape.enumeration.iter().any(|value| value == "Descending"))
}

/// `statusEquals`, `nameContains`, `creationTimeAfter`/`Before`-style filters of a list input,
/// and enumerated members named like a member of the listed resource (`modelStatus`).
fn passes_filters(call: &Call, document: &Value) -> bool {
    let created = document.get(CREATED).and_then(Value::as_u64).unwrap_or(0);
    let model = call.model();
    let enumerated = |name: &str| {
        name != "sortOrder"
            && name != "sortBy"
            && call
                .input_shape()
                .and_then(|shape| shape.members.get(name))
                .filter(|member| member.location.as_deref() != Some("uri"))
                .and_then(|member| model.shape(&member.shape))
                .is_some_and(|shape| !shape.enumeration.is_empty())
    };
    call.input.iter().all(|(name, value)| {
        if enumerated(name)
            && let Some(stored) = document.get(name)
        {
            return stored == value;
        }
        if let Some(member) = name.strip_suffix("Equals") {
            let stored = document.get(member).or_else(|| document.get(format!("{member}Status")));
            return stored.is_none_or(|stored| stored == value);
        }
        if let Some(member) = name.strip_suffix("Contains") {
            let needle = value.as_str().unwrap_or_default();
            let stored = document
                .get(member)
                .or_else(|| document.get(OWN_NAME))
                .and_then(Value::as_str)
                .unwrap_or_default();
            return stored.to_lowercase().contains(&needle.to_lowercase());
        }
        let bound = value.as_str().and_then(clock::parse_timestamp);
        match (name.ends_with("After"), name.ends_with("Before"), bound) {
            (true, _, Some(bound)) => created > bound,
            (_, true, Some(bound)) => created < bound,
            _ => true,
        }
    })
}

/// A document rendered by the operation's output shape.
fn render(call: &Call, noun: &str, document: &Value) -> Value {
    let document = live(call, noun, document, call.output_shape()).unwrap_or_else(|| document.clone());
    fill_output(call, &document, &HashMap::new())
}

fn fill_output(call: &Call, document: &Value, _overrides: &HashMap<String, Value>) -> Value {
    match call.output_shape() {
        Some(shape) => fill(call, shape, document, 0),
        None => json!({}),
    }
}

/// A value for `shape` made from `source`: members the source has are copied (made to fit the
/// member's shape), structures named for the resource are filled from the whole source, and
/// required members it lacks are made up.
pub fn fill(call: &Call, shape: &Shape, source: &Value, depth: usize) -> Value {
    let model = call.model();
    let now = source
        .get(CREATED)
        .and_then(Value::as_u64)
        .map(clock::timestamp)
        .unwrap_or_else(clock::now_timestamp);
    if depth > 12 {
        return value_for(model, shape, &now, 0);
    }
    match shape.kind {
        Kind::Structure if shape.document => source.clone(),
        Kind::Structure => {
            let Value::Object(object) = source else { return value_for(model, shape, &now, 0) };
            let mut filled = Map::new();
            for (name, member) in &shape.members {
                if member.location.as_deref() == Some("statusCode") {
                    continue;
                }
                let Some(member_shape) = model.shape(&member.shape) else { continue };
                if let Some(value) = object.get(name).filter(|value| !value.is_null()) {
                    filled.insert(name.clone(), conform(call, member_shape, value, depth + 1));
                    continue;
                }
                let required = shape.required.contains(name);
                if member_shape.kind == Kind::Structure
                    && !member_shape.union
                    && !member_shape.document
                    && depth == 0
                {
                    let overlap =
                        member_shape.members.keys().filter(|member| object.contains_key(*member)).count();
                    if overlap >= 2 || (required && overlap >= 1) {
                        filled.insert(name.clone(), fill(call, member_shape, source, depth + 1));
                        continue;
                    }
                }
                if required {
                    filled.insert(name.clone(), made_up(call, name, member_shape, object, &now, depth));
                }
            }
            if shape.union && filled.len() > 1 {
                let first = filled.keys().next().cloned();
                filled.retain(|key, _| Some(key) == first.as_ref());
            }
            Value::Object(filled)
        }
        _ => conform(call, shape, source, depth),
    }
}

/// A stored value made to fit a shape.
fn conform(call: &Call, shape: &Shape, value: &Value, depth: usize) -> Value {
    let model = call.model();
    match (shape.kind, value) {
        (Kind::Structure, Value::Object(_)) if !shape.document => fill(call, shape, value, depth + 1),
        (Kind::Structure, _) if shape.document => value.clone(),
        (Kind::List, Value::Array(items)) => {
            match shape.member.as_ref().and_then(|member| model.shape(&member.shape)) {
                Some(element) => {
                    Value::Array(items.iter().map(|item| conform(call, element, item, depth + 1)).collect())
                }
                None => value.clone(),
            }
        }
        (Kind::Map, Value::Object(entries)) => {
            match shape.value.as_ref().and_then(|member| model.shape(&member.shape)) {
                Some(element) => Value::Object(
                    entries
                        .iter()
                        .map(|(key, entry)| (key.clone(), conform(call, element, entry, depth + 1)))
                        .collect(),
                ),
                None => value.clone(),
            }
        }
        (Kind::String, Value::String(text)) => Value::String(string_for(shape, Some(text))),
        (Kind::Timestamp, Value::String(_)) => value.clone(),
        (Kind::Timestamp, Value::Number(number)) => number
            .as_f64()
            .map(|seconds| Value::String(clock::timestamp((seconds * 1000.0) as u64)))
            .unwrap_or_else(|| value.clone()),
        (Kind::Integer | Kind::Long, Value::Number(number)) if number.is_i64() || number.is_u64() => {
            value.clone()
        }
        (Kind::Float | Kind::Double, Value::Number(_)) => value.clone(),
        (Kind::Boolean, Value::Bool(_)) => value.clone(),
        (Kind::Blob, Value::String(_)) => value.clone(),
        (Kind::String, Value::Number(number)) => Value::String(string_for(shape, Some(&number.to_string()))),
        _ => value_for(model, shape, &clock::now_timestamp(), 0),
    }
}

/// A required member the source lacks.
fn made_up(
    call: &Call,
    name: &str,
    shape: &Shape,
    source: &Map<String, Value>,
    now: &str,
    depth: usize,
) -> Value {
    let model = call.model();
    let text = |key: &str| source.get(key).and_then(Value::as_str).map(str::to_string);
    match shape.kind {
        Kind::Timestamp => {
            let updated = source.get(UPDATED).and_then(Value::as_u64).map(clock::timestamp);
            let is_update = name.contains("pdated") || name.contains("Modified");
            Value::String(if is_update {
                updated.unwrap_or_else(|| now.to_string())
            } else {
                now.to_string()
            })
        }
        Kind::String => {
            let preferred = if name == "arn" || name.ends_with("Arn") {
                text(OWN_ARN)
            } else if name == "id" || name.ends_with("Id") || name.ends_with("Identifier") {
                // A parent's id (`flowId` of an alias) comes from the path label that named it.
                let stem = name.trim_end_matches("Identifier").trim_end_matches("Id").to_string();
                source
                    .iter()
                    .find(|(key, _)| {
                        key.strip_prefix("_label:").is_some_and(|label| {
                            !stem.is_empty()
                                && label
                                    .trim_end_matches("Identifier")
                                    .trim_end_matches("Id")
                                    .trim_end_matches("Arn")
                                    == stem
                        })
                    })
                    .and_then(|(_, value)| {
                        value.as_str().map(|value| value.rsplit('/').next().unwrap_or(value).to_string())
                    })
                    .or_else(|| text(OWN_ID))
            } else if name == "name" || name.ends_with("Name") {
                text(OWN_NAME)
            } else if name == "version" || name.ends_with("Version") {
                Some(text("version").unwrap_or_else(|| "DRAFT".to_string()))
            } else if name.ends_with("Status") || name == "status" {
                text(STATUS_OVERRIDE)
            } else {
                None
            };
            Value::String(string_for(shape, preferred.as_deref()))
        }
        Kind::Structure if !shape.document && !shape.union && depth < 6 => {
            fill(call, shape, &Value::Object(source.clone()), depth + 2)
        }
        _ => value_for(model, shape, now, 0),
    }
}

/// The status an operation's declared errors give a code, for answers of hand-written handlers.
pub fn declared_code(operation: &Operation, code: &str) -> bool {
    operation.errors.iter().any(|error| error.shape == code)
}

/// A status code for a ServiceError's code (for errors the generic store raises).
pub fn status_of(code: &str) -> StatusCode {
    match code {
        "ResourceNotFoundException" => StatusCode::NOT_FOUND,
        "ConflictException" => StatusCode::CONFLICT,
        _ => StatusCode::BAD_REQUEST,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbs_and_nouns() {
        assert_eq!(verb_of("CreateFlowAlias"), Verb { verb: "Create".into(), noun: "FlowAlias".into() });
        assert_eq!(
            verb_of("BatchDeleteEvaluationJob"),
            Verb { verb: "BatchDelete".into(), noun: "EvaluationJob".into() }
        );
        assert_eq!(verb_of("Rerank"), Verb { verb: "Rerank".into(), noun: String::new() });
        let model = Service::BedrockAgent.model();
        assert_eq!(singular(model, "FlowAliases"), "FlowAlias");
        assert_eq!(singular(model, "Prompts"), "Prompt");
        assert_eq!(
            singular(Service::Bedrock.model(), "AutomatedReasoningPolicies"),
            "AutomatedReasoningPolicy"
        );
        assert_eq!(noun_of_label(model, "flowIdentifier").as_deref(), Some("Flow"));
        assert_eq!(
            noun_of_uri_label(
                Service::Bedrock.model(),
                "/automated-reasoning-policies/{policyArn}/build-workflows",
                "policyArn"
            )
            .as_deref(),
            Some("AutomatedReasoningPolicy")
        );
        assert_eq!(
            noun_of_uri_label(model, "/flows/{flowIdentifier}/aliases/{aliasIdentifier}", "aliasIdentifier")
                .as_deref(),
            Some("FlowAlias")
        );
    }
}
