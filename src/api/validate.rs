//! Inputs checked against a model's input shapes: the one validator of the tool. The CLI checks
//! what it is about to send (`bedrock api`, `--cli-input-json` of the curated commands) and names
//! the member or flag at fault; the emulator checks what it receives and answers with the
//! service's ValidationException wording. Also the AWS CLI's `--generate-cli-skeleton` templates.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use serde_json::{Map, Value};

use super::model::{Kind, Member, Operation, ServiceModel, Shape};

/// How strictly an input is checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strictness {
    /// Unknown members, types and required members (the AWS CLI's own checks).
    Client,
    /// Unknown members and types only (a first pass, so a misspelt field is named before the
    /// members it fails to provide).
    Structure,
    /// The service: types, required members, lengths, ranges, patterns, enums and unions;
    /// unknown members are ignored.
    Service,
    /// Everything: unknown members as the client, constraints as the service (`bedrock api`
    /// checks a request before anything is sent).
    Request,
}

impl Strictness {
    fn unknown_members(self) -> bool {
        matches!(self, Strictness::Client | Strictness::Structure | Strictness::Request)
    }

    fn required_members(self) -> bool {
        self != Strictness::Structure
    }

    fn constraints(self) -> bool {
        matches!(self, Strictness::Service | Strictness::Request)
    }
}

/// The first problem found in an input.
#[derive(Debug, Clone, PartialEq)]
pub struct Violation {
    /// Dotted path of the member (`trainingDataConfig.s3Uri`, list items from 1); empty for the
    /// whole input.
    pub path: String,
    pub problem: Problem,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    Unknown { member: String, expected: Vec<String> },
    WrongType { expected: &'static str },
    Missing,
    Constraint { value: String, constraint: String },
}

impl Violation {
    /// The service's ValidationException message.
    pub fn service_message(&self) -> String {
        let at = &self.path;
        match &self.problem {
            Problem::Missing => format!(
                "1 validation error detected: Value null at '{at}' failed to satisfy constraint: Member must not be null"
            ),
            Problem::Constraint { value, constraint } => format!(
                "1 validation error detected: Value '{value}' at '{at}' failed to satisfy constraint: {constraint}"
            ),
            Problem::WrongType { expected } => format!("Invalid value at '{at}': expected {expected}"),
            Problem::Unknown { member, .. } => format!("Unknown member '{member}' at '{at}'"),
        }
    }

    /// Our one-line message for a JSON input document.
    pub fn client_message(&self) -> String {
        let place = if self.path.is_empty() { "the top level".to_string() } else { self.path.clone() };
        self.message_at(&place)
    }

    /// Our one-line message, with the member's place given by the caller (a flag's name).
    pub fn message_at(&self, place: &str) -> String {
        match &self.problem {
            Problem::Unknown { member, expected } => {
                format!("unknown field `{member}` at {place} (expected one of: {})", expected.join(", "))
            }
            Problem::WrongType { expected } => format!("{place} must be {expected}"),
            Problem::Missing => format!("{place} is required"),
            Problem::Constraint { value, constraint } => format!("{place} = {value:?}: {constraint}"),
        }
    }
}

fn join(path: &str, member: &str) -> String {
    if path.is_empty() { member.to_string() } else { format!("{path}.{member}") }
}

/// The input shape of an operation.
pub fn input_shape(model: &ServiceModel, operation: &Operation) -> Option<&'static Shape> {
    operation.input.as_ref().and_then(|reference| model.shape(&reference.shape))
}

/// Check an operation's input (all members, including those bound to the URI, query and headers).
pub fn validate(
    model: &ServiceModel,
    operation: &Operation,
    input: &Value,
    strictness: Strictness,
) -> Result<(), Violation> {
    let Some(reference) = &operation.input else {
        return Ok(());
    };
    check(model, &reference.shape, input, "", strictness, 0)
}

/// Check an operation's input by the operation's name (the curated commands' form).
pub fn validate_named(
    model: &ServiceModel,
    operation: &str,
    input: &Value,
    strictness: Strictness,
) -> Result<(), Violation> {
    match model.operation(operation) {
        Some(operation) => validate(model, operation, input, strictness),
        None => Ok(()),
    }
}

/// Check a value against a named shape (for parts of an input).
pub fn validate_shape(
    model: &ServiceModel,
    name: &str,
    value: &Value,
    path: &str,
    strictness: Strictness,
) -> Result<(), Violation> {
    check(model, name, value, path, strictness, 0)
}

fn wrong(path: &str, expected: &'static str) -> Violation {
    Violation { path: path.to_string(), problem: Problem::WrongType { expected } }
}

fn constraint(path: &str, value: String, text: String) -> Violation {
    Violation { path: path.to_string(), problem: Problem::Constraint { value, constraint: text } }
}

/// Models are recursive (guardrail and flow definitions nest); documents deeper than this are
/// not looked into further, as no service input nests that deep.
const MAX_DEPTH: usize = 64;

fn check(
    model: &ServiceModel,
    name: &str,
    value: &Value,
    path: &str,
    strictness: Strictness,
    depth: usize,
) -> Result<(), Violation> {
    let Some(shape) = model.shape(name) else {
        return Ok(());
    };
    if depth > MAX_DEPTH || shape.document {
        return Ok(());
    }
    let constraints = strictness.constraints();
    match shape.kind {
        Kind::Structure => {
            let Value::Object(object) = value else {
                return Err(wrong(path, "an object"));
            };
            if strictness.unknown_members() {
                for key in object.keys() {
                    if !shape.members.contains_key(key) {
                        return Err(Violation {
                            path: path.to_string(),
                            problem: Problem::Unknown {
                                member: key.clone(),
                                expected: shape.members.keys().cloned().collect(),
                            },
                        });
                    }
                }
            }
            if strictness.required_members() {
                for member in &shape.required {
                    if object.get(member).is_none_or(Value::is_null) {
                        return Err(Violation { path: join(path, member), problem: Problem::Missing });
                    }
                }
            }
            if constraints && shape.union {
                let set: Vec<&str> =
                    object.iter().filter(|(_, v)| !v.is_null()).map(|(k, _)| k.as_str()).collect();
                if set.len() > 1 {
                    return Err(constraint(
                        path,
                        format!("{{{}}}", set.join(", ")),
                        "Member must have exactly one member set".to_string(),
                    ));
                }
            }
            for (key, member_value) in object {
                if member_value.is_null() {
                    continue;
                }
                if let Some(member) = shape.members.get(key) {
                    check(model, &member.shape, member_value, &join(path, key), strictness, depth + 1)?;
                }
            }
            Ok(())
        }
        Kind::List => {
            let Value::Array(items) = value else {
                return Err(wrong(path, "a list"));
            };
            if constraints {
                check_length(shape, items.len(), || value.to_string(), path)?;
            }
            if let Some(member) = &shape.member {
                for (index, item) in items.iter().enumerate() {
                    check(
                        model,
                        &member.shape,
                        item,
                        &format!("{path}.{}", index + 1),
                        strictness,
                        depth + 1,
                    )?;
                }
            }
            Ok(())
        }
        Kind::Map => {
            let Value::Object(object) = value else {
                return Err(wrong(path, "an object (a map)"));
            };
            if constraints {
                check_length(shape, object.len(), || format!("{{{} entries}}", object.len()), path)?;
            }
            for (key, item) in object {
                if let Some(key_member) = &shape.key {
                    check(
                        model,
                        &key_member.shape,
                        &Value::String(key.clone()),
                        path,
                        strictness,
                        depth + 1,
                    )?;
                }
                if let Some(value_member) = &shape.value {
                    check(model, &value_member.shape, item, &join(path, key), strictness, depth + 1)?;
                }
            }
            Ok(())
        }
        Kind::String => {
            let Value::String(text) = value else {
                return Err(wrong(path, "a string"));
            };
            if constraints {
                check_string(shape, text, path)?;
            }
            Ok(())
        }
        Kind::Integer | Kind::Long => {
            let Some(number) = value.as_i64() else {
                return Err(wrong(path, "an integer"));
            };
            if constraints {
                check_range(shape, number as f64, &number.to_string(), path)?;
            }
            Ok(())
        }
        Kind::Float | Kind::Double => {
            let Some(number) = value.as_f64() else {
                return Err(wrong(path, "a number"));
            };
            if constraints {
                check_range(shape, number, &number.to_string(), path)?;
            }
            Ok(())
        }
        Kind::Boolean => match value {
            Value::Bool(_) => Ok(()),
            _ => Err(wrong(path, "true or false")),
        },
        Kind::Timestamp => match value {
            Value::String(_) | Value::Number(_) => Ok(()),
            _ => Err(wrong(path, "a timestamp")),
        },
        Kind::Blob => match value {
            Value::String(_) => Ok(()),
            _ => Err(wrong(path, "a base64 string")),
        },
    }
}

fn check_length(
    shape: &Shape,
    length: usize,
    shown: impl Fn() -> String,
    path: &str,
) -> Result<(), Violation> {
    if let Some(minimum) = shape.min
        && (length as f64) < minimum
    {
        return Err(constraint(
            path,
            shown(),
            format!("Member must have length greater than or equal to {}", number_text(minimum)),
        ));
    }
    if let Some(maximum) = shape.max
        && (length as f64) > maximum
    {
        return Err(constraint(
            path,
            shown(),
            format!("Member must have length less than or equal to {}", number_text(maximum)),
        ));
    }
    Ok(())
}

fn check_range(shape: &Shape, number: f64, shown: &str, path: &str) -> Result<(), Violation> {
    if let Some(minimum) = shape.min
        && number < minimum
    {
        return Err(constraint(
            path,
            shown.to_string(),
            format!("Member must have value greater than or equal to {}", number_text(minimum)),
        ));
    }
    if let Some(maximum) = shape.max
        && number > maximum
    {
        return Err(constraint(
            path,
            shown.to_string(),
            format!("Member must have value less than or equal to {}", number_text(maximum)),
        ));
    }
    Ok(())
}

fn number_text(number: f64) -> String {
    if number.fract() == 0.0 && number.abs() < 1e15 {
        format!("{}", number as i64)
    } else {
        number.to_string()
    }
}

fn check_string(shape: &Shape, text: &str, path: &str) -> Result<(), Violation> {
    // Sensitive values are never echoed back.
    let shown =
        if shape.sensitive { "*** Sensitive Data Redacted ***".to_string() } else { text.to_string() };
    check_length(shape, text.chars().count(), || shown.clone(), path)?;
    if !shape.enumeration.is_empty() {
        if !shape.enumeration.iter().any(|allowed| allowed == text) {
            return Err(constraint(
                path,
                shown,
                format!("Member must satisfy enum value set: [{}]", shape.enumeration.join(", ")),
            ));
        }
        return Ok(());
    }
    if let Some(pattern) = &shape.pattern
        && !matches_pattern(pattern, text)
    {
        return Err(constraint(
            path,
            shown,
            format!("Member must satisfy regular expression pattern: {}", anchored_text(pattern)),
        ));
    }
    Ok(())
}

fn anchored_text(pattern: &str) -> String {
    let start = if pattern.starts_with('^') { "" } else { "^" };
    let end = if pattern.ends_with('$') { "" } else { "$" };
    format!("{start}{pattern}{end}")
}

/// Whether the whole of `text` matches a model pattern, as the services check them (the models'
/// patterns are written unanchored, yet `bad name!` fails `[a-zA-Z0-9](-*[a-zA-Z0-9+.])*` at the
/// service). Patterns the regex engine cannot read are treated as satisfied, so an engine gap
/// never rejects good input.
pub fn matches_pattern(pattern: &str, text: &str) -> bool {
    static COMPILED: OnceLock<Mutex<HashMap<String, Option<regex::Regex>>>> = OnceLock::new();
    let cache = COMPILED.get_or_init(Default::default);
    let compiled = {
        let mut cache = cache.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        cache
            .entry(pattern.to_string())
            .or_insert_with(|| regex::Regex::new(&format!("^(?:{pattern})$")).ok())
            .clone()
    };
    compiled.is_none_or(|regex| regex.is_match(text))
}

/// The members of an operation's input bound to the URI, query string or headers.
pub fn location_members(model: &ServiceModel, operation: &Operation) -> Vec<String> {
    input_shape(model, operation)
        .map(|shape| {
            shape
                .members
                .iter()
                .filter(|(_, member)| member.location.is_some())
                .map(|(key, _)| key.clone())
                .collect()
        })
        .unwrap_or_default()
}

/// The member of an operation's input that carries the idempotency token, if any.
pub fn idempotency_member(model: &ServiceModel, operation: &Operation) -> Option<String> {
    input_shape(model, operation)?
        .members
        .iter()
        .find(|(_, member)| member.idempotency_token)
        .map(|(key, _)| key.clone())
}

/// The input template the AWS CLI prints with `--generate-cli-skeleton`: every member, strings
/// empty (or the first enum value), numbers 0, booleans true, one element per list.
pub fn skeleton(model: &ServiceModel, operation: &Operation) -> Value {
    match &operation.input {
        Some(reference) => template(model, &reference.shape, &mut Vec::new()),
        None => Value::Object(Map::new()),
    }
}

/// The output template (`--generate-cli-skeleton output`).
pub fn output_skeleton(model: &ServiceModel, operation: &Operation) -> Value {
    match &operation.output {
        Some(reference) => template(model, &reference.shape, &mut Vec::new()),
        None => Value::Object(Map::new()),
    }
}

fn template(model: &ServiceModel, name: &str, stack: &mut Vec<String>) -> Value {
    let Some(shape) = model.shape(name) else {
        return Value::String(String::new());
    };
    if stack.iter().any(|seen| seen == name) {
        return match shape.kind {
            Kind::List => Value::Array(Vec::new()),
            _ => Value::Object(Map::new()),
        };
    }
    stack.push(name.to_string());
    let member_template = |member: &Option<Member>, stack: &mut Vec<String>| {
        member.as_ref().map(|member| template(model, &member.shape, stack)).unwrap_or(Value::Null)
    };
    let value = match shape.kind {
        Kind::Structure if shape.document => Value::Object(Map::new()),
        Kind::Structure => {
            let mut object = Map::new();
            for (key, member) in &shape.members {
                if model.shape(&member.shape).is_some_and(|member_shape| member_shape.streaming) {
                    continue;
                }
                object.insert(key.clone(), template(model, &member.shape, stack));
            }
            Value::Object(object)
        }
        Kind::List => Value::Array(vec![member_template(&shape.member, stack)]),
        Kind::Map => {
            let mut object = Map::new();
            object.insert("KeyName".to_string(), member_template(&shape.value, stack));
            Value::Object(object)
        }
        Kind::String => shape
            .enumeration
            .first()
            .map(|first| Value::String(first.clone()))
            .unwrap_or_else(|| Value::String(String::new())),
        Kind::Integer | Kind::Long => Value::from(0),
        Kind::Float | Kind::Double => Value::from(0.0),
        Kind::Boolean => Value::Bool(true),
        Kind::Timestamp => Value::String("1970-01-01T00:00:00".to_string()),
        Kind::Blob => Value::Null,
    };
    stack.pop();
    value
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::model::Service;
    use serde_json::json;

    fn job() -> Value {
        json!({
            "jobName": "tune-1",
            "customModelName": "my-model",
            "roleArn": "arn:aws:iam::123456789012:role/Bedrock",
            "baseModelIdentifier": "amazon.titan-text-express-v1",
            "trainingDataConfig": {"s3Uri": "s3://bucket/train.jsonl"},
            "outputDataConfig": {"s3Uri": "s3://bucket/out/"}
        })
    }

    fn bedrock() -> &'static ServiceModel {
        Service::Bedrock.model()
    }

    fn named(operation: &str, input: &Value, strictness: Strictness) -> Result<(), Violation> {
        validate_named(bedrock(), operation, input, strictness)
    }

    #[test]
    fn a_valid_input_passes_every_strictness() {
        for strictness in
            [Strictness::Client, Strictness::Structure, Strictness::Service, Strictness::Request]
        {
            assert!(named("CreateModelCustomizationJob", &job(), strictness).is_ok(), "{strictness:?}");
        }
    }

    #[test]
    fn client_names_unknown_fields_and_missing_members() {
        let mut input = job();
        input["trainingDataConfig"]["s3uri"] = json!("x");
        let violation = named("CreateModelCustomizationJob", &input, Strictness::Client).unwrap_err();
        assert!(violation.client_message().contains("unknown field `s3uri` at trainingDataConfig"));
        assert!(
            named("CreateModelCustomizationJob", &input, Strictness::Service).is_ok(),
            "the service ignores it"
        );
        let mut input = job();
        input.as_object_mut().unwrap().remove("roleArn");
        let violation = named("CreateModelCustomizationJob", &input, Strictness::Client).unwrap_err();
        assert_eq!(violation.path, "roleArn");
        assert!(named("CreateModelCustomizationJob", &input, Strictness::Structure).is_ok());
        input["roleArn"] = json!(5);
        let violation = named("CreateModelCustomizationJob", &input, Strictness::Client).unwrap_err();
        assert!(violation.client_message().contains("roleArn must be a string"));
    }

    #[test]
    fn service_checks_patterns_ranges_enums_and_unions() {
        let mut input = job();
        input["jobName"] = json!("bad name!");
        let message =
            named("CreateModelCustomizationJob", &input, Strictness::Service).unwrap_err().service_message();
        assert!(
            message.starts_with("1 validation error detected: Value 'bad name!' at 'jobName'"),
            "{message}"
        );
        assert!(message.contains("regular expression pattern: ^"));
        let mut input = job();
        input["trainingDataConfig"]["s3Uri"] = json!("https://bucket/x");
        let violation = named("CreateModelCustomizationJob", &input, Strictness::Service).unwrap_err();
        assert_eq!(violation.path, "trainingDataConfig.s3Uri");
        let throughput = json!({"modelUnits": 0, "provisionedModelName": "p", "modelId": "m.x"});
        let message = named("CreateProvisionedModelThroughput", &throughput, Strictness::Service)
            .unwrap_err()
            .service_message();
        assert!(message.contains("greater than or equal to 1"), "{message}");
        let mut input = job();
        input["customizationType"] = json!("SOMETHING");
        let message =
            named("CreateModelCustomizationJob", &input, Strictness::Request).unwrap_err().client_message();
        assert!(message.starts_with("customizationType = \"SOMETHING\": Member must satisfy enum value set"));
        // bedrock-agent's path labels are 10-character ids.
        let agent = Service::BedrockAgent.model();
        let violation =
            validate_named(agent, "GetAgent", &json!({"agentId": "short"}), Strictness::Service).unwrap_err();
        assert_eq!(violation.path, "agentId");
    }

    #[test]
    fn skeletons_hold_every_member() {
        let operation = bedrock().operation("CreateModelCustomizationJob").unwrap();
        let skeleton = skeleton(bedrock(), operation);
        assert_eq!(skeleton["customizationType"], "FINE_TUNING");
        assert_eq!(skeleton["trainingDataConfig"]["s3Uri"], "");
        assert!(skeleton["hyperParameters"].get("KeyName").is_some());
        assert!(skeleton["jobTags"].as_array().is_some_and(|tags| tags.len() == 1));
        let update = bedrock().operation("UpdateProvisionedModelThroughput").unwrap();
        assert_eq!(location_members(bedrock(), update), vec!["provisionedModelId"]);
        assert_eq!(idempotency_member(bedrock(), operation).as_deref(), Some("clientRequestToken"));
        let output = output_skeleton(bedrock(), operation);
        assert!(output.get("jobArn").is_some());
    }

    #[test]
    fn patterns_match_whole_values() {
        assert!(matches_pattern("[a-z]+", "abcdef"));
        assert!(!matches_pattern("[a-z]+", "ABCdef"));
        assert!(matches_pattern("^[a-z]+$", "abc"));
        assert!(matches_pattern("(?<!x)y", "y"), "an engine gap never rejects good input");
    }
}
