//! Request-body checks for InvokeModel in the service's wording: the model bodies are validated
//! against JSON schemas, and the service reports the first violation as
//! "Malformed input request: #/path: problem, please reformat your input and try again."

use serde_json::{Map, Value};

use super::super::errors::ServiceError;

/// The service's error for a body that breaks its schema.
pub fn malformed(pointer: &str, problem: &str) -> ServiceError {
    ServiceError::validation(format!(
        "Malformed input request: {pointer}: {problem}, please reformat your input and try again."
    ))
}

/// The JSON type names the service's validator reports.
pub fn type_name(value: &Value) -> &'static str {
    match value {
        Value::Null => "Null",
        Value::Bool(_) => "Boolean",
        Value::Number(number) if number.is_i64() || number.is_u64() => "Integer",
        Value::Number(_) => "BigDecimal",
        Value::String(_) => "String",
        Value::Array(_) => "JSONArray",
        Value::Object(_) => "JSONObject",
    }
}

/// Parse a request body into a JSON object.
pub fn parse_body(body: &[u8]) -> Result<Map<String, Value>, ServiceError> {
    let value: Value = serde_json::from_slice(body).map_err(|error| {
        ServiceError::validation(format!(
            "Malformed input request: the body is not valid JSON ({error}), please reformat your input and try again."
        ))
    })?;
    match value {
        Value::Object(object) => Ok(object),
        other => Err(malformed("#", &format!("expected type: JSONObject, found: {}", type_name(&other)))),
    }
}

/// A nested object and its pointer.
pub type Nested<'a> = (&'a Map<String, Value>, String);

/// A JSON object being checked, with its pointer (`#`, `#/textGenerationConfig`, …).
#[derive(Clone, Copy)]
pub struct Checked<'a> {
    pub object: &'a Map<String, Value>,
    pub pointer: &'a str,
}

/// Format a limit as the validator does: integers without a fraction.
fn limit_text(limit: f64) -> String {
    if limit.fract() == 0.0 && limit.abs() < 1e15 { format!("{}", limit as i64) } else { limit.to_string() }
}

impl<'a> Checked<'a> {
    pub fn root(object: &'a Map<String, Value>) -> Self {
        Checked { object, pointer: "#" }
    }

    fn field_pointer(&self, key: &str) -> String {
        format!("{}/{key}", self.pointer)
    }

    /// Refuse keys the schema does not have.
    pub fn no_extra_keys(&self, allowed: &[&str]) -> Result<(), ServiceError> {
        match self.object.keys().find(|key| !allowed.contains(&key.as_str())) {
            Some(key) => Err(malformed(self.pointer, &format!("extraneous key [{key}] is not permitted"))),
            None => Ok(()),
        }
    }

    fn present(&self, key: &str) -> Option<&'a Value> {
        self.object.get(key).filter(|value| !value.is_null())
    }

    fn required(&self, key: &str) -> Result<&'a Value, ServiceError> {
        self.present(key).ok_or_else(|| malformed(self.pointer, &format!("required key [{key}] not found")))
    }

    fn wrong_type(&self, key: &str, expected: &str, found: &Value) -> ServiceError {
        malformed(
            &self.field_pointer(key),
            &format!("expected type: {expected}, found: {}", type_name(found)),
        )
    }

    pub fn required_string(&self, key: &str) -> Result<&'a str, ServiceError> {
        let value = self.required(key)?;
        value.as_str().ok_or_else(|| self.wrong_type(key, "String", value))
    }

    pub fn optional_string(&self, key: &str) -> Result<Option<&'a str>, ServiceError> {
        match self.present(key) {
            None => Ok(None),
            Some(value) => value.as_str().map(Some).ok_or_else(|| self.wrong_type(key, "String", value)),
        }
    }

    pub fn optional_bool(&self, key: &str) -> Result<Option<bool>, ServiceError> {
        match self.present(key) {
            None => Ok(None),
            Some(value) => value.as_bool().map(Some).ok_or_else(|| self.wrong_type(key, "Boolean", value)),
        }
    }

    /// A string that must be one of `allowed`.
    pub fn optional_enum(&self, key: &str, allowed: &[&str]) -> Result<Option<&'a str>, ServiceError> {
        match self.optional_string(key)? {
            Some(value) if !allowed.contains(&value) => {
                Err(malformed(&self.field_pointer(key), &format!("{value} is not a valid enum value")))
            }
            other => Ok(other),
        }
    }

    fn check_range(
        &self,
        key: &str,
        value: &Value,
        number: f64,
        minimum: f64,
        maximum: f64,
    ) -> Result<(), ServiceError> {
        if number < minimum {
            return Err(malformed(
                &self.field_pointer(key),
                &format!("{value} is not greater or equal to {}", limit_text(minimum)),
            ));
        }
        if number > maximum {
            return Err(malformed(
                &self.field_pointer(key),
                &format!("{value} is not less or equal to {}", limit_text(maximum)),
            ));
        }
        Ok(())
    }

    /// A number within `[minimum, maximum]`.
    pub fn optional_number(
        &self,
        key: &str,
        minimum: f64,
        maximum: f64,
    ) -> Result<Option<f64>, ServiceError> {
        let Some(value) = self.present(key) else { return Ok(None) };
        let number = value.as_f64().ok_or_else(|| self.wrong_type(key, "Number", value))?;
        self.check_range(key, value, number, minimum, maximum)?;
        Ok(Some(number))
    }

    /// An integer within `[minimum, maximum]` (a number with no fraction counts).
    pub fn optional_integer(
        &self,
        key: &str,
        minimum: f64,
        maximum: f64,
    ) -> Result<Option<u64>, ServiceError> {
        let Some(value) = self.present(key) else { return Ok(None) };
        let number = value
            .as_f64()
            .filter(|number| number.fract() == 0.0)
            .ok_or_else(|| self.wrong_type(key, "Integer", value))?;
        self.check_range(key, value, number, minimum, maximum)?;
        Ok(Some(number.max(0.0) as u64))
    }

    pub fn required_integer(&self, key: &str, minimum: f64, maximum: f64) -> Result<u64, ServiceError> {
        self.required(key)?;
        self.optional_integer(key, minimum, maximum).map(|value| value.unwrap_or_default())
    }

    pub fn required_array(&self, key: &str) -> Result<&'a Vec<Value>, ServiceError> {
        let value = self.required(key)?;
        value.as_array().ok_or_else(|| self.wrong_type(key, "JSONArray", value))
    }

    pub fn optional_array(&self, key: &str) -> Result<Option<&'a Vec<Value>>, ServiceError> {
        match self.present(key) {
            None => Ok(None),
            Some(value) => value.as_array().map(Some).ok_or_else(|| self.wrong_type(key, "JSONArray", value)),
        }
    }

    /// An array of strings with at most `maximum_items` items.
    pub fn string_array(&self, key: &str, maximum_items: usize) -> Result<Vec<String>, ServiceError> {
        let Some(items) = self.optional_array(key)? else { return Ok(Vec::new()) };
        if items.len() > maximum_items {
            return Err(malformed(
                &self.field_pointer(key),
                &format!("expected maximum item count: {maximum_items}, found: {}", items.len()),
            ));
        }
        items
            .iter()
            .enumerate()
            .map(|(index, item)| {
                item.as_str().map(str::to_string).ok_or_else(|| {
                    malformed(
                        &format!("{}/{key}/{index}", self.pointer),
                        &format!("expected type: String, found: {}", type_name(item)),
                    )
                })
            })
            .collect()
    }

    /// A nested object, checked with its own pointer; `None` when absent.
    pub fn optional_object(&self, key: &str) -> Result<Option<Nested<'a>>, ServiceError> {
        match self.present(key) {
            None => Ok(None),
            Some(Value::Object(object)) => Ok(Some((object, self.field_pointer(key)))),
            Some(value) => Err(self.wrong_type(key, "JSONObject", value)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn object(value: Value) -> Map<String, Value> {
        value.as_object().unwrap().clone()
    }

    #[test]
    fn messages_follow_the_service_wording() {
        let body = object(json!({"textGenerationConfig": {"temperature": 5.0}}));
        let root = Checked::root(&body);
        assert_eq!(
            root.required_string("inputText").unwrap_err().message,
            "Malformed input request: #: required key [inputText] not found, please reformat your input and try again."
        );
        let (config, pointer) = root.optional_object("textGenerationConfig").unwrap().unwrap();
        let config = Checked { object: config, pointer: &pointer };
        assert_eq!(
            config.optional_number("temperature", 0.0, 1.0).unwrap_err().message,
            "Malformed input request: #/textGenerationConfig/temperature: 5.0 is not less or equal to 1, please reformat your input and try again."
        );
        let body = object(json!({"max_tokens": -1, "extra": true, "text": 3}));
        let root = Checked::root(&body);
        assert!(
            root.optional_integer("max_tokens", 0.0, 10.0)
                .unwrap_err()
                .message
                .contains("#/max_tokens: -1 is not greater or equal to 0")
        );
        assert!(
            root.no_extra_keys(&["max_tokens", "text"])
                .unwrap_err()
                .message
                .contains("#: extraneous key [extra] is not permitted")
        );
        assert!(
            root.required_string("text")
                .unwrap_err()
                .message
                .contains("#/text: expected type: String, found: Integer")
        );
    }

    #[test]
    fn bodies_must_be_json_objects() {
        assert!(parse_body(b"not json").unwrap_err().message.starts_with("Malformed input request: "));
        assert!(
            parse_body(b"[1]").unwrap_err().message.contains("expected type: JSONObject, found: JSONArray")
        );
        assert!(parse_body(b"{}").unwrap().is_empty());
    }
}
