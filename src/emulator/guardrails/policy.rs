//! CreateGuardrail / UpdateGuardrail input: validated like the service (every failed constraint
//! listed in its wording, then the rules the service checks after: PROMPT_ATTACK output strength,
//! regex syntax, duplicates) and turned into the stored policies, with the service's renames
//! (topicsConfig → topics, filtersConfig → filters, wordsConfig → words, …).

use axum::http::StatusCode;
use serde_json::{Map, Value, json};

use super::super::errors::ServiceError;

/// The PII entity types the service accepts, in the service's order.
pub const PII_TYPES: &[&str] = &[
    "ADDRESS",
    "AGE",
    "AWS_ACCESS_KEY",
    "AWS_SECRET_KEY",
    "CA_HEALTH_NUMBER",
    "CA_SOCIAL_INSURANCE_NUMBER",
    "CREDIT_DEBIT_CARD_CVV",
    "CREDIT_DEBIT_CARD_EXPIRY",
    "CREDIT_DEBIT_CARD_NUMBER",
    "DRIVER_ID",
    "EMAIL",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "IP_ADDRESS",
    "LICENSE_PLATE",
    "MAC_ADDRESS",
    "NAME",
    "PASSWORD",
    "PHONE",
    "PIN",
    "SWIFT_CODE",
    "UK_NATIONAL_HEALTH_SERVICE_NUMBER",
    "UK_NATIONAL_INSURANCE_NUMBER",
    "UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER",
    "URL",
    "USERNAME",
    "US_BANK_ACCOUNT_NUMBER",
    "US_BANK_ROUTING_NUMBER",
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "US_PASSPORT_NUMBER",
    "US_SOCIAL_SECURITY_NUMBER",
    "VEHICLE_IDENTIFICATION_NUMBER",
];

pub const CONTENT_FILTER_TYPES: &[&str] =
    &["SEXUAL", "VIOLENCE", "HATE", "INSULTS", "MISCONDUCT", "PROMPT_ATTACK"];
pub const STRENGTHS: &[&str] = &["NONE", "LOW", "MEDIUM", "HIGH"];
const SENSITIVE_ACTIONS: &[&str] = &["BLOCK", "ANONYMIZE", "NONE"];
const BLOCK_ACTIONS: &[&str] = &["BLOCK", "NONE"];
const MODALITIES: &[&str] = &["TEXT", "IMAGE"];
const TIERS: &[&str] = &["CLASSIC", "STANDARD"];
const GROUNDING_TYPES: &[&str] = &["GROUNDING", "RELEVANCE"];

pub const NAME_PATTERN: &str = "^[0-9a-zA-Z-_]+$";
const TOPIC_NAME_PATTERN: &str = "^[0-9a-zA-Z-_ !?.]+$";
const TOKEN_PATTERN: &str = "^[a-zA-Z0-9](-*[a-zA-Z0-9])*$";

/// A guardrail name: 1 to 50 letters, digits, `-` and `_`.
pub fn valid_name(name: &str) -> bool {
    name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

fn valid_topic_name(name: &str) -> bool {
    name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ' ' | '!' | '?' | '.'))
}

/// A client request token: alphanumeric runs joined by hyphens.
pub fn valid_token(token: &str) -> bool {
    let characters: Vec<char> = token.chars().collect();
    characters.first().is_some_and(char::is_ascii_alphanumeric)
        && characters.last().is_some_and(char::is_ascii_alphanumeric)
        && characters.iter().all(|c| c.is_ascii_alphanumeric() || *c == '-')
}

/// One failed input constraint.
#[derive(Debug, Clone)]
struct Violation {
    value: Option<String>,
    path: String,
    constraint: String,
}

/// Collects what is wrong with an input document, in the order the service reports it: member
/// types (SerializationException), then constraints (one ValidationException listing them all),
/// then the service's own rules.
#[derive(Default)]
pub struct Checker {
    type_error: Option<String>,
    violations: Vec<Violation>,
    rule: Option<String>,
}

impl Checker {
    /// The error to answer with, if anything is wrong.
    pub fn finish(self) -> Result<(), ServiceError> {
        if let Some(message) = self.type_error {
            return Err(ServiceError::new(StatusCode::BAD_REQUEST, "SerializationException", message));
        }
        match self.violations.as_slice() {
            [] => {}
            [Violation { value: Some(value), path, constraint }] => {
                return Err(ServiceError::constraint(value, path, constraint));
            }
            violations => {
                let details: Vec<String> = violations
                    .iter()
                    .map(|violation| {
                        let value = match &violation.value {
                            Some(value) => format!("'{value}'"),
                            None => "null".to_string(),
                        };
                        format!(
                            "Value {value} at '{}' failed to satisfy constraint: {}",
                            violation.path, violation.constraint
                        )
                    })
                    .collect();
                let count = violations.len();
                let plural = if count == 1 { "" } else { "s" };
                return Err(ServiceError::validation(format!(
                    "{count} validation error{plural} detected: {}",
                    details.join("; ")
                )));
            }
        }
        match self.rule {
            Some(message) => Err(ServiceError::validation(message)),
            None => Ok(()),
        }
    }

    fn type_mismatch(&mut self, path: &str, expected: &str) {
        if self.type_error.is_none() {
            self.type_error = Some(format!("Expected {expected} at '{path}'."));
        }
    }

    fn violate(&mut self, value: Option<String>, path: &str, constraint: impl Into<String>) {
        self.violations.push(Violation { value, path: path.to_string(), constraint: constraint.into() });
    }

    /// Record a rule the service checks after the constraints (the first one wins).
    pub fn rule(&mut self, message: impl Into<String>) {
        if self.rule.is_none() {
            self.rule = Some(message.into());
        }
    }

    /// A string member, if present.
    pub fn string(&mut self, object: &Map<String, Value>, key: &str, path: &str) -> Option<String> {
        match object.get(key) {
            None | Some(Value::Null) => None,
            Some(Value::String(text)) => Some(text.clone()),
            Some(_) => {
                self.type_mismatch(path, "a string");
                None
            }
        }
    }

    /// A string member that must be present.
    pub fn required_string(&mut self, object: &Map<String, Value>, key: &str, path: &str) -> Option<String> {
        let value = self.string(object, key, path);
        if value.is_none() && !matches!(object.get(key), Some(value) if !value.is_null()) {
            self.violate(None, path, "Member must not be null");
        }
        value
    }

    /// Check the length of a string in characters.
    pub fn length(&mut self, value: &str, path: &str, minimum: usize, maximum: usize) -> bool {
        let count = value.chars().count();
        if count < minimum {
            self.violate(
                Some(value.to_string()),
                path,
                format!("Member must have length greater than or equal to {minimum}"),
            );
            false
        } else if count > maximum {
            self.violate(
                Some(value.to_string()),
                path,
                format!("Member must have length less than or equal to {maximum}"),
            );
            false
        } else {
            true
        }
    }

    /// Check a string against a pattern (given as text for the message, and as a predicate).
    pub fn pattern(&mut self, value: &str, path: &str, pattern: &str, matches: bool) {
        if !matches {
            self.violate(
                Some(value.to_string()),
                path,
                format!("Member must satisfy regular expression pattern: {pattern}"),
            );
        }
    }

    /// Check an enum value.
    pub fn enumeration(&mut self, value: &str, path: &str, allowed: &[&str]) -> bool {
        let valid = allowed.contains(&value);
        if !valid {
            self.violate(
                Some(value.to_string()),
                path,
                format!("Member must satisfy enum value set: [{}]", allowed.join(", ")),
            );
        }
        valid
    }

    fn optional_enumeration(
        &mut self,
        object: &Map<String, Value>,
        key: &str,
        path: &str,
        allowed: &[&str],
    ) -> Option<String> {
        let value = self.string(object, key, &format!("{path}.{key}"))?;
        self.enumeration(&value, &format!("{path}.{key}"), allowed).then_some(value)
    }

    fn required_enumeration(
        &mut self,
        object: &Map<String, Value>,
        key: &str,
        path: &str,
        allowed: &[&str],
    ) -> Option<String> {
        let value = self.required_string(object, key, &format!("{path}.{key}"))?;
        self.enumeration(&value, &format!("{path}.{key}"), allowed).then_some(value)
    }

    fn boolean(&mut self, object: &Map<String, Value>, key: &str, path: &str) -> Option<bool> {
        match object.get(key) {
            None | Some(Value::Null) => None,
            Some(Value::Bool(flag)) => Some(*flag),
            Some(_) => {
                self.type_mismatch(&format!("{path}.{key}"), "a boolean");
                None
            }
        }
    }

    /// An object member, if present.
    pub fn object(
        &mut self,
        object: &Map<String, Value>,
        key: &str,
        path: &str,
    ) -> Option<Map<String, Value>> {
        match object.get(key) {
            None | Some(Value::Null) => None,
            Some(Value::Object(inner)) => Some(inner.clone()),
            Some(_) => {
                self.type_mismatch(path, "an object");
                None
            }
        }
    }

    /// A list member, if present, with its length checked.
    pub fn list(
        &mut self,
        object: &Map<String, Value>,
        key: &str,
        path: &str,
        minimum: usize,
        maximum: usize,
    ) -> Option<Vec<Value>> {
        match object.get(key) {
            None | Some(Value::Null) => None,
            Some(Value::Array(items)) => {
                let shown = || Some(Value::Array(items.clone()).to_string());
                if items.len() < minimum {
                    self.violate(
                        shown(),
                        path,
                        format!("Member must have length greater than or equal to {minimum}"),
                    );
                } else if items.len() > maximum {
                    self.violate(
                        shown(),
                        path,
                        format!("Member must have length less than or equal to {maximum}"),
                    );
                }
                Some(items.clone())
            }
            Some(_) => {
                self.type_mismatch(path, "a list");
                None
            }
        }
    }

    /// A list member that must be present.
    pub fn required_list(
        &mut self,
        object: &Map<String, Value>,
        key: &str,
        path: &str,
        minimum: usize,
        maximum: usize,
    ) -> Vec<Value> {
        match self.list(object, key, path, minimum, maximum) {
            Some(items) => items,
            None => {
                if !matches!(object.get(key), Some(value) if !value.is_null()) {
                    self.violate(None, path, "Member must not be null");
                }
                Vec::new()
            }
        }
    }

    /// The members of a list that are objects (others are type errors).
    fn members(&mut self, items: &[Value], path: &str) -> Vec<(String, Map<String, Value>)> {
        let mut members = Vec::new();
        for (index, item) in items.iter().enumerate() {
            let member_path = format!("{path}.{}.member", index + 1);
            match item {
                Value::Object(object) => members.push((member_path, object.clone())),
                _ => self.type_mismatch(&member_path, "an object"),
            }
        }
        members
    }
}

/// Copy the per-direction action and enabled switches of a policy entry.
fn directions(
    checker: &mut Checker,
    source: &Map<String, Value>,
    path: &str,
    actions: &[&str],
    target: &mut Map<String, Value>,
) {
    for key in ["inputAction", "outputAction"] {
        if let Some(action) = checker.optional_enumeration(source, key, path, actions) {
            target.insert(key.to_string(), json!(action));
        }
    }
    for key in ["inputEnabled", "outputEnabled"] {
        if let Some(flag) = checker.boolean(source, key, path) {
            target.insert(key.to_string(), json!(flag));
        }
    }
}

fn tier(checker: &mut Checker, config: &Map<String, Value>, path: &str, policy: &mut Map<String, Value>) {
    let tier_path = format!("{path}.tierConfig");
    if let Some(tier) = checker.object(config, "tierConfig", &tier_path)
        && let Some(name) = checker.required_enumeration(&tier, "tierName", &tier_path, TIERS)
    {
        policy.insert("tier".to_string(), json!({"tierName": name}));
    }
}

fn topic_policy(checker: &mut Checker, config: &Map<String, Value>) -> Value {
    let path = "topicPolicyConfig";
    let items = checker.required_list(config, "topicsConfig", &format!("{path}.topicsConfig"), 1, 30);
    let mut topics = Vec::new();
    let mut names: Vec<String> = Vec::new();
    for (member, item) in checker.members(&items, &format!("{path}.topicsConfig")) {
        let mut topic = Map::new();
        if let Some(name) = checker.required_string(&item, "name", &format!("{member}.name")) {
            let name_path = format!("{member}.name");
            if checker.length(&name, &name_path, 1, 100) {
                checker.pattern(&name, &name_path, TOPIC_NAME_PATTERN, valid_topic_name(&name));
            }
            if names.contains(&name.to_lowercase()) {
                checker.rule(format!("The topic name {name} is duplicated. Topic names must be unique."));
            }
            names.push(name.to_lowercase());
            topic.insert("name".to_string(), json!(name));
        }
        if let Some(definition) =
            checker.required_string(&item, "definition", &format!("{member}.definition"))
        {
            checker.length(&definition, &format!("{member}.definition"), 1, 200);
            topic.insert("definition".to_string(), json!(definition));
        }
        if let Some(examples) = checker.list(&item, "examples", &format!("{member}.examples"), 0, 5) {
            let mut kept = Vec::new();
            for (index, example) in examples.iter().enumerate() {
                let example_path = format!("{member}.examples.{}.member", index + 1);
                match example {
                    Value::String(text) => {
                        checker.length(text, &example_path, 1, 100);
                        kept.push(json!(text));
                    }
                    _ => checker.type_mismatch(&example_path, "a string"),
                }
            }
            topic.insert("examples".to_string(), Value::Array(kept));
        }
        if let Some(kind) = checker.required_enumeration(&item, "type", &member, &["DENY"]) {
            topic.insert("type".to_string(), json!(kind));
        }
        directions(checker, &item, &member, BLOCK_ACTIONS, &mut topic);
        topics.push(Value::Object(topic));
    }
    let mut policy = Map::new();
    policy.insert("topics".to_string(), Value::Array(topics));
    tier(checker, config, path, &mut policy);
    Value::Object(policy)
}

fn content_policy(checker: &mut Checker, config: &Map<String, Value>) -> Value {
    let path = "contentPolicyConfig";
    let items = checker.required_list(config, "filtersConfig", &format!("{path}.filtersConfig"), 1, 6);
    let mut filters = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    for (member, item) in checker.members(&items, &format!("{path}.filtersConfig")) {
        let mut filter = Map::new();
        let kind = checker.required_enumeration(&item, "type", &member, CONTENT_FILTER_TYPES);
        let input = checker.required_enumeration(&item, "inputStrength", &member, STRENGTHS);
        let output = checker.required_enumeration(&item, "outputStrength", &member, STRENGTHS);
        if let Some(kind) = &kind {
            if seen.contains(kind) {
                checker.rule(format!(
                    "The content filter type {kind} is duplicated. Each filter type can appear only once."
                ));
            }
            seen.push(kind.clone());
            if kind == "PROMPT_ATTACK" && output.as_deref().is_some_and(|strength| strength != "NONE") {
                checker.rule("PROMPT ATTACK content filter strength for response must be NONE");
            }
            filter.insert("type".to_string(), json!(kind));
        }
        if let Some(input) = input {
            filter.insert("inputStrength".to_string(), json!(input));
        }
        if let Some(output) = output {
            filter.insert("outputStrength".to_string(), json!(output));
        }
        for key in ["inputModalities", "outputModalities"] {
            let modalities_path = format!("{member}.{key}");
            if let Some(modalities) = checker.list(&item, key, &modalities_path, 1, 2) {
                let mut kept = Vec::new();
                for (index, modality) in modalities.iter().enumerate() {
                    let modality_path = format!("{modalities_path}.{}.member", index + 1);
                    match modality {
                        Value::String(text) => {
                            if checker.enumeration(text, &modality_path, MODALITIES) {
                                kept.push(json!(text));
                            }
                        }
                        _ => checker.type_mismatch(&modality_path, "a string"),
                    }
                }
                filter.insert(key.to_string(), Value::Array(kept));
            }
        }
        directions(checker, &item, &member, BLOCK_ACTIONS, &mut filter);
        filters.push(Value::Object(filter));
    }
    let mut policy = Map::new();
    policy.insert("filters".to_string(), Value::Array(filters));
    tier(checker, config, path, &mut policy);
    Value::Object(policy)
}

fn word_policy(checker: &mut Checker, config: &Map<String, Value>) -> Value {
    let path = "wordPolicyConfig";
    let mut policy = Map::new();
    if let Some(items) = checker.list(config, "wordsConfig", &format!("{path}.wordsConfig"), 1, 10_000) {
        let mut words = Vec::new();
        for (member, item) in checker.members(&items, &format!("{path}.wordsConfig")) {
            let mut word = Map::new();
            if let Some(text) = checker.required_string(&item, "text", &format!("{member}.text")) {
                checker.length(&text, &format!("{member}.text"), 1, 100);
                word.insert("text".to_string(), json!(text));
            }
            directions(checker, &item, &member, BLOCK_ACTIONS, &mut word);
            words.push(Value::Object(word));
        }
        policy.insert("words".to_string(), Value::Array(words));
    }
    if let Some(items) =
        checker.list(config, "managedWordListsConfig", &format!("{path}.managedWordListsConfig"), 1, 1)
    {
        let mut lists = Vec::new();
        for (member, item) in checker.members(&items, &format!("{path}.managedWordListsConfig")) {
            let mut list = Map::new();
            if let Some(kind) = checker.required_enumeration(&item, "type", &member, &["PROFANITY"]) {
                list.insert("type".to_string(), json!(kind));
            }
            directions(checker, &item, &member, BLOCK_ACTIONS, &mut list);
            lists.push(Value::Object(list));
        }
        policy.insert("managedWordLists".to_string(), Value::Array(lists));
    }
    Value::Object(policy)
}

fn sensitive_information_policy(checker: &mut Checker, config: &Map<String, Value>) -> Value {
    let path = "sensitiveInformationPolicyConfig";
    let mut policy = Map::new();
    if let Some(items) =
        checker.list(config, "piiEntitiesConfig", &format!("{path}.piiEntitiesConfig"), 1, 50)
    {
        let mut entities = Vec::new();
        let mut seen: Vec<String> = Vec::new();
        for (member, item) in checker.members(&items, &format!("{path}.piiEntitiesConfig")) {
            let mut entity = Map::new();
            if let Some(kind) = checker.required_enumeration(&item, "type", &member, PII_TYPES) {
                if seen.contains(&kind) {
                    checker.rule(format!(
                        "The PII entity type {kind} is duplicated. Each entity type can appear only once."
                    ));
                }
                seen.push(kind.clone());
                entity.insert("type".to_string(), json!(kind));
            }
            if let Some(action) = checker.required_enumeration(&item, "action", &member, SENSITIVE_ACTIONS) {
                entity.insert("action".to_string(), json!(action));
            }
            directions(checker, &item, &member, SENSITIVE_ACTIONS, &mut entity);
            entities.push(Value::Object(entity));
        }
        policy.insert("piiEntities".to_string(), Value::Array(entities));
    }
    if let Some(items) = checker.list(config, "regexesConfig", &format!("{path}.regexesConfig"), 1, 10) {
        let mut regexes = Vec::new();
        let mut names: Vec<String> = Vec::new();
        for (member, item) in checker.members(&items, &format!("{path}.regexesConfig")) {
            let mut regex = Map::new();
            let name = checker.required_string(&item, "name", &format!("{member}.name"));
            if let Some(name) = &name {
                checker.length(name, &format!("{member}.name"), 1, 100);
                if names.contains(name) {
                    checker.rule(format!("The regex name {name} is duplicated. Regex names must be unique."));
                }
                names.push(name.clone());
                regex.insert("name".to_string(), json!(name));
            }
            if let Some(description) = checker.string(&item, "description", &format!("{member}.description"))
            {
                checker.length(&description, &format!("{member}.description"), 1, 1000);
                regex.insert("description".to_string(), json!(description));
            }
            if let Some(pattern) = checker.required_string(&item, "pattern", &format!("{member}.pattern")) {
                if checker.length(&pattern, &format!("{member}.pattern"), 1, 500)
                    && let Err(error) = regex_lite::Regex::new(&pattern)
                    && !beyond_the_emulator(&pattern)
                {
                    let reason = error.to_string();
                    let reason = reason.lines().last().unwrap_or("").trim().trim_start_matches("error: ");
                    checker.rule(format!(
                        "The regex pattern '{pattern}' of regex {} is invalid: {reason}",
                        name.as_deref().unwrap_or("")
                    ));
                }
                regex.insert("pattern".to_string(), json!(pattern));
            }
            if let Some(action) = checker.required_enumeration(&item, "action", &member, SENSITIVE_ACTIONS) {
                regex.insert("action".to_string(), json!(action));
            }
            directions(checker, &item, &member, SENSITIVE_ACTIONS, &mut regex);
            regexes.push(Value::Object(regex));
        }
        policy.insert("regexes".to_string(), Value::Array(regexes));
    }
    Value::Object(policy)
}

fn contextual_grounding_policy(checker: &mut Checker, config: &Map<String, Value>) -> Value {
    let path = "contextualGroundingPolicyConfig.filtersConfig";
    let items = checker.required_list(config, "filtersConfig", path, 1, 2);
    let mut filters = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    for (member, item) in checker.members(&items, path) {
        let mut filter = Map::new();
        if let Some(kind) = checker.required_enumeration(&item, "type", &member, GROUNDING_TYPES) {
            if seen.contains(&kind) {
                checker.rule(format!("The contextual grounding filter type {kind} is duplicated."));
            }
            seen.push(kind.clone());
            filter.insert("type".to_string(), json!(kind));
        }
        let threshold_path = format!("{member}.threshold");
        match item.get("threshold") {
            None | Some(Value::Null) => checker.violate(None, &threshold_path, "Member must not be null"),
            Some(Value::Number(number)) => {
                let threshold = number.as_f64().unwrap_or(-1.0);
                if threshold < 0.0 {
                    checker.violate(
                        Some(number.to_string()),
                        &threshold_path,
                        "Member must have value greater than or equal to 0",
                    );
                } else if threshold > 0.99 {
                    checker.violate(
                        Some(number.to_string()),
                        &threshold_path,
                        "Member must have value less than or equal to 0.99",
                    );
                }
                filter.insert("threshold".to_string(), Value::Number(number.clone()));
            }
            Some(_) => checker.type_mismatch(&threshold_path, "a number"),
        }
        if let Some(action) = checker.optional_enumeration(&item, "action", &member, BLOCK_ACTIONS) {
            filter.insert("action".to_string(), json!(action));
        }
        if let Some(enabled) = checker.boolean(&item, "enabled", &member) {
            filter.insert("enabled".to_string(), json!(enabled));
        }
        filters.push(Value::Object(filter));
    }
    json!({"filters": filters})
}

/// Whether a pattern uses syntax the service's (Java) regexes have and the emulator's do not:
/// lookaround, atomic groups, backreferences, possessive quantifiers. Such patterns are accepted
/// like the service does, and never match in the emulator.
fn beyond_the_emulator(pattern: &str) -> bool {
    let constructs = ["(?=", "(?!", "(?<=", "(?<!", "(?>", "*+", "++", "?+", "}+"];
    let backreference =
        pattern.as_bytes().windows(2).any(|pair| pair[0] == b'\\' && (b'1'..=b'9').contains(&pair[1]));
    backreference || constructs.iter().any(|construct| pattern.contains(construct))
}

/// A validated CreateGuardrail or UpdateGuardrail input.
#[derive(Debug, Clone)]
pub struct GuardrailInput {
    pub name: String,
    pub description: Option<String>,
    pub blocked_input_messaging: String,
    pub blocked_outputs_messaging: String,
    pub kms_key_id: Option<String>,
    pub tags: Vec<Value>,
    pub client_request_token: Option<String>,
    /// The stored policies by their GetGuardrail names (topicPolicy, contentPolicy, …).
    pub policies: Map<String, Value>,
}

/// Validate a CreateGuardrail (`creating`) or UpdateGuardrail input.
pub fn parse_guardrail(body: &Map<String, Value>, creating: bool) -> Result<GuardrailInput, ServiceError> {
    let mut checker = Checker::default();
    let name = checker.required_string(body, "name", "name");
    if let Some(name) = &name
        && checker.length(name, "name", 1, 50)
    {
        checker.pattern(name, "name", NAME_PATTERN, valid_name(name));
    }
    let description = checker.string(body, "description", "description");
    if let Some(description) = &description {
        checker.length(description, "description", 1, 200);
    }
    let mut policies = Map::new();
    if let Some(config) = checker.object(body, "topicPolicyConfig", "topicPolicyConfig") {
        policies.insert("topicPolicy".to_string(), topic_policy(&mut checker, &config));
    }
    if let Some(config) = checker.object(body, "contentPolicyConfig", "contentPolicyConfig") {
        policies.insert("contentPolicy".to_string(), content_policy(&mut checker, &config));
    }
    if let Some(config) = checker.object(body, "wordPolicyConfig", "wordPolicyConfig") {
        policies.insert("wordPolicy".to_string(), word_policy(&mut checker, &config));
    }
    if let Some(config) =
        checker.object(body, "sensitiveInformationPolicyConfig", "sensitiveInformationPolicyConfig")
    {
        policies.insert(
            "sensitiveInformationPolicy".to_string(),
            sensitive_information_policy(&mut checker, &config),
        );
    }
    if let Some(config) =
        checker.object(body, "contextualGroundingPolicyConfig", "contextualGroundingPolicyConfig")
    {
        policies.insert(
            "contextualGroundingPolicy".to_string(),
            contextual_grounding_policy(&mut checker, &config),
        );
    }
    let blocked_input = checker.required_string(body, "blockedInputMessaging", "blockedInputMessaging");
    if let Some(message) = &blocked_input {
        checker.length(message, "blockedInputMessaging", 1, 500);
    }
    let blocked_outputs = checker.required_string(body, "blockedOutputsMessaging", "blockedOutputsMessaging");
    if let Some(message) = &blocked_outputs {
        checker.length(message, "blockedOutputsMessaging", 1, 500);
    }
    let kms_key_id = checker.string(body, "kmsKeyId", "kmsKeyId");
    if let Some(key) = &kms_key_id {
        checker.length(key, "kmsKeyId", 1, 2048);
    }
    let mut tags = Vec::new();
    let mut client_request_token = None;
    if creating {
        if let Some(items) = checker.list(body, "tags", "tags", 0, 200) {
            for (member, item) in checker.members(&items, "tags") {
                let key = checker.required_string(&item, "key", &format!("{member}.key"));
                let value = checker.required_string(&item, "value", &format!("{member}.value"));
                if let Some(key) = &key {
                    checker.length(key, &format!("{member}.key"), 1, 128);
                }
                if let Some(value) = &value {
                    checker.length(value, &format!("{member}.value"), 0, 256);
                }
                if let (Some(key), Some(value)) = (key, value) {
                    tags.push(json!({"key": key, "value": value}));
                }
            }
        }
        client_request_token = checker.string(body, "clientRequestToken", "clientRequestToken");
        if let Some(token) = &client_request_token
            && checker.length(token, "clientRequestToken", 1, 256)
        {
            checker.pattern(token, "clientRequestToken", TOKEN_PATTERN, valid_token(token));
        }
    }
    checker.finish()?;
    Ok(GuardrailInput {
        name: name.unwrap_or_default(),
        description,
        blocked_input_messaging: blocked_input.unwrap_or_default(),
        blocked_outputs_messaging: blocked_outputs.unwrap_or_default(),
        kms_key_id,
        tags,
        client_request_token,
        policies,
    })
}

/// Validate a CreateGuardrailVersion input: an optional description and request token.
pub fn parse_version(body: &Map<String, Value>) -> Result<(Option<String>, Option<String>), ServiceError> {
    let mut checker = Checker::default();
    let description = checker.string(body, "description", "description");
    if let Some(description) = &description {
        checker.length(description, "description", 1, 200);
    }
    let token = checker.string(body, "clientRequestToken", "clientRequestToken");
    if let Some(token) = &token
        && checker.length(token, "clientRequestToken", 1, 256)
    {
        checker.pattern(token, "clientRequestToken", TOKEN_PATTERN, valid_token(token));
    }
    checker.finish()?;
    Ok((description, token))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(value: Value) -> Map<String, Value> {
        value.as_object().cloned().unwrap()
    }

    fn minimal() -> Value {
        json!({"name": "bot", "blockedInputMessaging": "no", "blockedOutputsMessaging": "nope"})
    }

    #[test]
    fn renames_configs_to_policies() {
        let mut body = minimal();
        body["topicPolicyConfig"] = json!({"topicsConfig": [{"name": "Investing", "definition": "Advice on stocks", "examples": ["Buy stocks?"], "type": "DENY"}]});
        body["contentPolicyConfig"] =
            json!({"filtersConfig": [{"type": "HATE", "inputStrength": "HIGH", "outputStrength": "LOW"}]});
        body["wordPolicyConfig"] = json!({"wordsConfig": [{"text": "rivalcorp"}], "managedWordListsConfig": [{"type": "PROFANITY"}]});
        body["sensitiveInformationPolicyConfig"] = json!({"piiEntitiesConfig": [{"type": "EMAIL", "action": "ANONYMIZE"}], "regexesConfig": [{"name": "order", "pattern": "ORD-[0-9]+", "action": "BLOCK"}]});
        body["contextualGroundingPolicyConfig"] =
            json!({"filtersConfig": [{"type": "GROUNDING", "threshold": 0.5}]});
        let parsed = parse_guardrail(&input(body), true).unwrap();
        assert_eq!(parsed.policies["topicPolicy"]["topics"][0]["examples"][0], "Buy stocks?");
        assert_eq!(parsed.policies["contentPolicy"]["filters"][0]["outputStrength"], "LOW");
        assert_eq!(parsed.policies["wordPolicy"]["words"][0]["text"], "rivalcorp");
        assert_eq!(parsed.policies["wordPolicy"]["managedWordLists"][0]["type"], "PROFANITY");
        assert_eq!(parsed.policies["sensitiveInformationPolicy"]["piiEntities"][0]["action"], "ANONYMIZE");
        assert_eq!(parsed.policies["sensitiveInformationPolicy"]["regexes"][0]["pattern"], "ORD-[0-9]+");
        assert_eq!(parsed.policies["contextualGroundingPolicy"]["filters"][0]["threshold"], 0.5);
    }

    #[test]
    fn a_bad_strength_names_its_member() {
        let mut body = minimal();
        body["contentPolicyConfig"] = json!({"filtersConfig": [
            {"type": "HATE", "inputStrength": "HIGH", "outputStrength": "HIGH"},
            {"type": "VIOLENCE", "inputStrength": "EXTREME", "outputStrength": "HIGH"}
        ]});
        let error = parse_guardrail(&input(body), true).unwrap_err();
        assert_eq!(error.code, "ValidationException");
        assert_eq!(
            error.message,
            "1 validation error detected: Value 'EXTREME' at 'contentPolicyConfig.filtersConfig.2.member.inputStrength' failed to satisfy constraint: Member must satisfy enum value set: [NONE, LOW, MEDIUM, HIGH]"
        );
    }

    #[test]
    fn missing_members_are_listed_together() {
        let error = parse_guardrail(&input(json!({"name": "bad name!"})), true).unwrap_err();
        assert!(error.message.starts_with("3 validation errors detected: "), "{}", error.message);
        assert!(error.message.contains("Value 'bad name!' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[0-9a-zA-Z-_]+$"));
        assert!(error.message.contains(
            "Value null at 'blockedInputMessaging' failed to satisfy constraint: Member must not be null"
        ));
        let long = "x".repeat(51);
        let error = parse_guardrail(
            &input(json!({"name": long, "blockedInputMessaging": "a", "blockedOutputsMessaging": "b"})),
            true,
        )
        .unwrap_err();
        assert!(
            error.message.ends_with("Member must have length less than or equal to 50"),
            "{}",
            error.message
        );
    }

    #[test]
    fn prompt_attack_output_must_be_none() {
        let mut body = minimal();
        body["contentPolicyConfig"] = json!({"filtersConfig": [{"type": "PROMPT_ATTACK", "inputStrength": "HIGH", "outputStrength": "LOW"}]});
        let error = parse_guardrail(&input(body.clone()), true).unwrap_err();
        assert_eq!(error.message, "PROMPT ATTACK content filter strength for response must be NONE");
        body["contentPolicyConfig"]["filtersConfig"][0]["outputStrength"] = json!("NONE");
        assert!(parse_guardrail(&input(body), true).is_ok());
    }

    #[test]
    fn an_invalid_regex_is_named() {
        let mut body = minimal();
        body["sensitiveInformationPolicyConfig"] =
            json!({"regexesConfig": [{"name": "bad", "pattern": "([a-z", "action": "BLOCK"}]});
        let error = parse_guardrail(&input(body), true).unwrap_err();
        assert_eq!(error.code, "ValidationException");
        assert!(
            error.message.starts_with("The regex pattern '([a-z' of regex bad is invalid"),
            "{}",
            error.message
        );
        let mut java = minimal();
        java["sensitiveInformationPolicyConfig"] =
            json!({"regexesConfig": [{"name": "lookbehind", "pattern": "(?<=id:)\\d+", "action": "BLOCK"}]});
        assert!(
            parse_guardrail(&input(java), true).is_ok(),
            "valid for the service, though the emulator cannot run it"
        );
    }

    #[test]
    fn wrong_member_types_are_serialization_errors() {
        let mut body = minimal();
        body["wordPolicyConfig"] = json!({"wordsConfig": "nope"});
        let error = parse_guardrail(&input(body), true).unwrap_err();
        assert_eq!(error.code, "SerializationException");
        assert!(error.message.contains("wordPolicyConfig.wordsConfig"));
    }

    #[test]
    fn duplicates_and_tokens() {
        let mut body = minimal();
        body["topicPolicyConfig"] = json!({"topicsConfig": [
            {"name": "A", "definition": "x", "type": "DENY"}, {"name": "a", "definition": "y", "type": "DENY"}
        ]});
        assert!(parse_guardrail(&input(body), true).unwrap_err().message.contains("duplicated"));
        assert!(valid_token("abc-123"));
        assert!(!valid_token("-abc"));
        assert!(parse_version(&input(json!({"clientRequestToken": "bad token"}))).is_err());
        assert_eq!(parse_version(&input(json!({"description": "v1"}))).unwrap().0.as_deref(), Some("v1"));
    }
}
