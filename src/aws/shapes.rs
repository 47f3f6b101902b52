//! The input shapes of the control-plane operations (from the service model the AWS CLI ships):
//! one source for checking `--cli-input-json` on our side, printing `--generate-skeleton`, and
//! validating requests in the emulator with the service's wording.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use serde_json::{Map, Value};

const MODEL_TEXT: &str = include_str!("data/bedrock-inputs.json");

fn model() -> &'static Value {
    static MODEL: OnceLock<Value> = OnceLock::new();
    MODEL.get_or_init(|| serde_json::from_str(MODEL_TEXT).unwrap_or(Value::Null))
}

fn shape(name: &str) -> &'static Value {
    static NULL: Value = Value::Null;
    model().get("shapes").and_then(|shapes| shapes.get(name)).unwrap_or(&NULL)
}

/// The input shape name of an operation (`CreateModelCustomizationJob`).
pub fn input_shape(operation: &str) -> Option<&'static str> {
    model().get("operations")?.get(operation)?.get("input")?.as_str()
}

/// How strictly an input is checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strictness {
    /// Our side, like the AWS CLI: unknown members, types and required members.
    Client,
    /// Unknown members and types only (a first pass, so a misspelt field is named before the
    /// members it fails to provide).
    Structure,
    /// The service: types, required members, lengths, ranges, patterns and enums; unknown
    /// members are ignored.
    Service,
}

/// The first problem found in an input.
#[derive(Debug, Clone, PartialEq)]
pub struct Violation {
    /// Dotted path of the member (`trainingDataConfig.s3Uri`); empty for the whole input.
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
            Problem::WrongType { expected } => {
                format!("Invalid value at '{at}': expected {expected}")
            }
            Problem::Unknown { member, .. } => format!("Unknown member '{member}' at '{at}'"),
        }
    }

    /// Our one-line message for a `--cli-input-json` document.
    pub fn client_message(&self) -> String {
        let place = if self.path.is_empty() { "the top level".to_string() } else { self.path.clone() };
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

/// Check an operation's input (all members, including those bound to the URI).
pub fn validate(operation: &str, input: &Value, strictness: Strictness) -> Result<(), Violation> {
    let Some(name) = input_shape(operation) else {
        return Ok(());
    };
    check(name, input, "", strictness)
}

/// Check a value against a named shape (for parts of an input).
pub fn validate_shape(
    name: &str,
    value: &Value,
    path: &str,
    strictness: Strictness,
) -> Result<(), Violation> {
    check(name, value, path, strictness)
}

fn wrong(path: &str, expected: &'static str) -> Violation {
    Violation { path: path.to_string(), problem: Problem::WrongType { expected } }
}

fn constraint(path: &str, value: String, text: String) -> Violation {
    Violation { path: path.to_string(), problem: Problem::Constraint { value, constraint: text } }
}

fn check(name: &str, value: &Value, path: &str, strictness: Strictness) -> Result<(), Violation> {
    let definition = shape(name);
    let kind = definition.get("type").and_then(Value::as_str).unwrap_or("");
    let service = strictness == Strictness::Service;
    let bound = |key: &str| definition.get(key).and_then(Value::as_f64);
    match kind {
        "structure" => {
            let Value::Object(object) = value else {
                return Err(wrong(path, "an object"));
            };
            let members = definition.get("members").and_then(Value::as_object);
            let empty = Map::new();
            let members = members.unwrap_or(&empty);
            for key in object.keys() {
                if !members.contains_key(key) && strictness != Strictness::Service {
                    return Err(Violation {
                        path: path.to_string(),
                        problem: Problem::Unknown {
                            member: key.clone(),
                            expected: members.keys().cloned().collect(),
                        },
                    });
                }
            }
            if let Some(required) = definition.get("required").and_then(Value::as_array)
                && strictness != Strictness::Structure
            {
                for member in required.iter().filter_map(Value::as_str) {
                    if object.get(member).is_none_or(Value::is_null) {
                        return Err(Violation { path: join(path, member), problem: Problem::Missing });
                    }
                }
            }
            if service && definition.get("union").is_some() {
                let set: Vec<&String> = object.iter().filter(|(_, v)| !v.is_null()).map(|(k, _)| k).collect();
                if set.len() > 1 {
                    return Err(constraint(
                        path,
                        format!("{{{}}}", set.iter().map(|k| k.as_str()).collect::<Vec<_>>().join(", ")),
                        "Member must have exactly one member set".to_string(),
                    ));
                }
            }
            for (key, member_value) in object {
                if member_value.is_null() {
                    continue;
                }
                if let Some(member_shape) =
                    members.get(key).and_then(|member| member.get("shape")).and_then(Value::as_str)
                {
                    check(member_shape, member_value, &join(path, key), strictness)?;
                }
            }
            Ok(())
        }
        "list" => {
            let Value::Array(items) = value else {
                return Err(wrong(path, "a list"));
            };
            if service {
                if let Some(minimum) = bound("min")
                    && (items.len() as f64) < minimum
                {
                    return Err(constraint(
                        path,
                        value.to_string(),
                        format!("Member must have length greater than or equal to {minimum}"),
                    ));
                }
                if let Some(maximum) = bound("max")
                    && (items.len() as f64) > maximum
                {
                    return Err(constraint(
                        path,
                        format!("[{} items]", items.len()),
                        format!("Member must have length less than or equal to {maximum}"),
                    ));
                }
            }
            let member = definition.get("member").and_then(Value::as_str).unwrap_or("");
            for (index, item) in items.iter().enumerate() {
                check(member, item, &format!("{path}.{}", index + 1), strictness)?;
            }
            Ok(())
        }
        "map" => {
            let Value::Object(object) = value else {
                return Err(wrong(path, "an object (a map)"));
            };
            if service
                && let Some(maximum) = bound("max")
                && (object.len() as f64) > maximum
            {
                return Err(constraint(
                    path,
                    format!("{{{} entries}}", object.len()),
                    format!("Member must have length less than or equal to {maximum}"),
                ));
            }
            let key_shape = definition.get("key").and_then(Value::as_str).unwrap_or("");
            let value_shape = definition.get("value").and_then(Value::as_str).unwrap_or("");
            for (key, item) in object {
                check(key_shape, &Value::String(key.clone()), path, strictness)?;
                check(value_shape, item, &join(path, key), strictness)?;
            }
            Ok(())
        }
        "string" => {
            let Value::String(text) = value else {
                return Err(wrong(path, "a string"));
            };
            if service {
                check_string(definition, text, path)?;
            }
            Ok(())
        }
        "integer" | "long" => {
            let Some(number) = value.as_i64() else {
                return Err(wrong(path, "an integer"));
            };
            if service {
                check_range(definition, number as f64, &number.to_string(), path)?;
            }
            Ok(())
        }
        "float" | "double" => {
            let Some(number) = value.as_f64() else {
                return Err(wrong(path, "a number"));
            };
            if service {
                check_range(definition, number, &number.to_string(), path)?;
            }
            Ok(())
        }
        "boolean" => match value {
            Value::Bool(_) => Ok(()),
            _ => Err(wrong(path, "true or false")),
        },
        "timestamp" => match value {
            Value::String(_) | Value::Number(_) => Ok(()),
            _ => Err(wrong(path, "a timestamp")),
        },
        "blob" => match value {
            Value::String(_) => Ok(()),
            _ => Err(wrong(path, "a base64 string")),
        },
        _ => Ok(()),
    }
}

fn check_range(definition: &Value, number: f64, shown: &str, path: &str) -> Result<(), Violation> {
    if let Some(minimum) = definition.get("min").and_then(Value::as_f64)
        && number < minimum
    {
        return Err(constraint(
            path,
            shown.to_string(),
            format!("Member must have value greater than or equal to {}", number_text(minimum)),
        ));
    }
    if let Some(maximum) = definition.get("max").and_then(Value::as_f64)
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

fn check_string(definition: &Value, text: &str, path: &str) -> Result<(), Violation> {
    let length = text.chars().count() as f64;
    if let Some(minimum) = definition.get("min").and_then(Value::as_f64)
        && length < minimum
    {
        return Err(constraint(
            path,
            text.to_string(),
            format!("Member must have length greater than or equal to {}", number_text(minimum)),
        ));
    }
    if let Some(maximum) = definition.get("max").and_then(Value::as_f64)
        && length > maximum
    {
        return Err(constraint(
            path,
            text.to_string(),
            format!("Member must have length less than or equal to {}", number_text(maximum)),
        ));
    }
    if let Some(values) = definition.get("enum").and_then(Value::as_array) {
        let allowed: Vec<&str> = values.iter().filter_map(Value::as_str).collect();
        if !allowed.contains(&text) {
            return Err(constraint(
                path,
                text.to_string(),
                format!("Member must satisfy enum value set: [{}]", allowed.join(", ")),
            ));
        }
        return Ok(());
    }
    if let Some(pattern) = definition.get("pattern").and_then(Value::as_str)
        && !matches_pattern(pattern, text)
    {
        return Err(constraint(
            path,
            text.to_string(),
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

/// Whether the whole text matches a model pattern (patterns the regex engine cannot compile are
/// treated as matching, so an engine gap never rejects good input).
pub fn matches_pattern(pattern: &str, text: &str) -> bool {
    static CACHE: OnceLock<Mutex<HashMap<String, Option<regex_lite::Regex>>>> = OnceLock::new();
    let cache = CACHE.get_or_init(|| Mutex::new(HashMap::new()));
    let mut cache = cache.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    let compiled = cache
        .entry(pattern.to_string())
        .or_insert_with(|| regex_lite::Regex::new(&format!("^(?:{pattern})$")).ok());
    compiled.as_ref().is_none_or(|regex| regex.is_match(text))
}

/// The members of an operation's input bound to the URI path or query string.
pub fn location_members(operation: &str) -> Vec<String> {
    let Some(name) = input_shape(operation) else {
        return Vec::new();
    };
    shape(name)
        .get("members")
        .and_then(Value::as_object)
        .map(|members| {
            members
                .iter()
                .filter(|(_, member)| member.get("location").is_some())
                .map(|(key, _)| key.clone())
                .collect()
        })
        .unwrap_or_default()
}

/// The member of an operation's input that carries the idempotency token, if any.
pub fn idempotency_member(operation: &str) -> Option<String> {
    let name = input_shape(operation)?;
    shape(name)
        .get("members")?
        .as_object()?
        .iter()
        .find(|(_, member)| member.get("idempotencyToken").and_then(Value::as_bool) == Some(true))
        .map(|(key, _)| key.clone())
}

/// The input template the AWS CLI prints with `--generate-cli-skeleton`: every member, strings
/// empty (or the first enum value), numbers 0, booleans true, one element per list.
pub fn skeleton(operation: &str) -> Value {
    match input_shape(operation) {
        Some(name) => template(name, &mut Vec::new()),
        None => Value::Object(Map::new()),
    }
}

fn template(name: &str, stack: &mut Vec<String>) -> Value {
    let definition = shape(name);
    let kind = definition.get("type").and_then(Value::as_str).unwrap_or("");
    if stack.iter().any(|seen| seen == name) {
        return match kind {
            "list" => Value::Array(Vec::new()),
            _ => Value::Object(Map::new()),
        };
    }
    stack.push(name.to_string());
    let value = match kind {
        "structure" => {
            let mut object = Map::new();
            if let Some(members) = definition.get("members").and_then(Value::as_object) {
                for (key, member) in members {
                    let member_shape = member.get("shape").and_then(Value::as_str).unwrap_or("");
                    object.insert(key.clone(), template(member_shape, stack));
                }
            }
            Value::Object(object)
        }
        "list" => {
            let member = definition.get("member").and_then(Value::as_str).unwrap_or("");
            Value::Array(vec![template(member, stack)])
        }
        "map" => {
            let value_shape = definition.get("value").and_then(Value::as_str).unwrap_or("");
            let mut object = Map::new();
            object.insert("KeyName".to_string(), template(value_shape, stack));
            Value::Object(object)
        }
        "string" => definition
            .get("enum")
            .and_then(Value::as_array)
            .and_then(|values| values.first())
            .cloned()
            .unwrap_or_else(|| Value::String(String::new())),
        "integer" | "long" => Value::from(0),
        "float" | "double" => Value::from(0.0),
        "boolean" => Value::Bool(true),
        "timestamp" => Value::String("1970-01-01T00:00:00".to_string()),
        _ => Value::String(String::new()),
    };
    stack.pop();
    value
}

#[cfg(test)]
mod tests {
    use super::*;
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

    #[test]
    fn the_model_is_embedded() {
        assert_eq!(input_shape("CreateModelCustomizationJob"), Some("CreateModelCustomizationJobRequest"));
        assert!(validate("CreateModelCustomizationJob", &job(), Strictness::Service).is_ok());
    }

    #[test]
    fn client_names_unknown_fields_and_missing_members() {
        let mut input = job();
        input["trainingDataConfig"]["s3uri"] = json!("x");
        let violation = validate("CreateModelCustomizationJob", &input, Strictness::Client).unwrap_err();
        assert!(violation.client_message().contains("unknown field `s3uri` at trainingDataConfig"));
        let mut input = job();
        input.as_object_mut().unwrap().remove("roleArn");
        let violation = validate("CreateModelCustomizationJob", &input, Strictness::Client).unwrap_err();
        assert_eq!(violation.path, "roleArn");
        input["roleArn"] = json!(5);
        let violation = validate("CreateModelCustomizationJob", &input, Strictness::Client).unwrap_err();
        assert!(violation.client_message().contains("roleArn must be a string"));
    }

    #[test]
    fn service_checks_patterns_and_ranges() {
        let mut input = job();
        input["jobName"] = json!("bad name!");
        let message = validate("CreateModelCustomizationJob", &input, Strictness::Service)
            .unwrap_err()
            .service_message();
        assert!(
            message.starts_with("1 validation error detected: Value 'bad name!' at 'jobName'"),
            "{message}"
        );
        assert!(message.contains("regular expression pattern: ^"));
        let mut input = job();
        input["trainingDataConfig"]["s3Uri"] = json!("https://bucket/x");
        let violation = validate("CreateModelCustomizationJob", &input, Strictness::Service).unwrap_err();
        assert_eq!(violation.path, "trainingDataConfig.s3Uri");
        let throughput = json!({"modelUnits": 0, "provisionedModelName": "p", "modelId": "m.x"});
        let message = validate("CreateProvisionedModelThroughput", &throughput, Strictness::Service)
            .unwrap_err()
            .service_message();
        assert!(message.contains("greater than or equal to 1"), "{message}");
    }

    #[test]
    fn skeletons_hold_every_member() {
        let skeleton = skeleton("CreateModelCustomizationJob");
        assert_eq!(skeleton["customizationType"], "FINE_TUNING");
        assert_eq!(skeleton["trainingDataConfig"]["s3Uri"], "");
        assert!(skeleton["hyperParameters"].get("KeyName").is_some());
        assert!(skeleton["jobTags"].as_array().is_some_and(|tags| tags.len() == 1));
        assert_eq!(location_members("UpdateProvisionedModelThroughput"), vec!["provisionedModelId"]);
        assert_eq!(idempotency_member("CreateModelCustomizationJob").as_deref(), Some("clientRequestToken"));
    }
}
