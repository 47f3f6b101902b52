//! A small JSON Schema checker for structured output (`converse --json-schema`): type, required,
//! properties, additionalProperties, items, enum, minimum/maximum, minItems/maxItems. It names
//! the path of the first value that does not match.

use serde_json::Value;

/// Check `value` against `schema`; the error names the JSON path and the reason.
pub fn validate(value: &Value, schema: &Value) -> Result<(), String> {
    check(value, schema, "$")
}

fn type_matches(value: &Value, name: &str) -> bool {
    match name {
        "object" => value.is_object(),
        "array" => value.is_array(),
        "string" => value.is_string(),
        "number" => value.is_number(),
        "integer" => value.as_i64().is_some() || value.as_u64().is_some(),
        "boolean" => value.is_boolean(),
        "null" => value.is_null(),
        _ => true,
    }
}

fn check(value: &Value, schema: &Value, path: &str) -> Result<(), String> {
    let Some(schema) = schema.as_object() else { return Ok(()) };
    if let Some(expected) = schema.get("type") {
        let names: Vec<&str> = match expected {
            Value::String(name) => vec![name.as_str()],
            Value::Array(names) => names.iter().filter_map(Value::as_str).collect(),
            _ => Vec::new(),
        };
        if !names.is_empty() && !names.iter().any(|name| type_matches(value, name)) {
            return Err(format!("{path}: expected {}, found {}", names.join(" or "), describe(value)));
        }
    }
    if let Some(allowed) = schema.get("enum").and_then(Value::as_array)
        && !allowed.contains(value)
    {
        return Err(format!("{path}: {value} is not one of {}", Value::Array(allowed.clone())));
    }
    if let Some(number) = value.as_f64() {
        if let Some(minimum) = schema.get("minimum").and_then(Value::as_f64)
            && number < minimum
        {
            return Err(format!("{path}: {number} is less than the minimum {minimum}"));
        }
        if let Some(maximum) = schema.get("maximum").and_then(Value::as_f64)
            && number > maximum
        {
            return Err(format!("{path}: {number} is greater than the maximum {maximum}"));
        }
    }
    if let Some(object) = value.as_object() {
        if let Some(required) = schema.get("required").and_then(Value::as_array) {
            for name in required.iter().filter_map(Value::as_str) {
                if !object.contains_key(name) {
                    return Err(format!("{path}: the required property `{name}` is missing"));
                }
            }
        }
        let properties = schema.get("properties").and_then(Value::as_object);
        for (key, item) in object {
            match properties.and_then(|properties| properties.get(key)) {
                Some(property_schema) => check(item, property_schema, &format!("{path}.{key}"))?,
                None if schema.get("additionalProperties") == Some(&Value::Bool(false)) => {
                    return Err(format!("{path}: the property `{key}` is not allowed"));
                }
                None => {}
            }
        }
    }
    if let Some(items) = value.as_array() {
        if let Some(minimum) = schema.get("minItems").and_then(Value::as_u64)
            && (items.len() as u64) < minimum
        {
            return Err(format!("{path}: {} items, fewer than {minimum}", items.len()));
        }
        if let Some(maximum) = schema.get("maxItems").and_then(Value::as_u64)
            && items.len() as u64 > maximum
        {
            return Err(format!("{path}: {} items, more than {maximum}", items.len()));
        }
        if let Some(item_schema) = schema.get("items") {
            for (index, item) in items.iter().enumerate() {
                check(item, item_schema, &format!("{path}[{index}]"))?;
            }
        }
    }
    Ok(())
}

fn describe(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn schema() -> Value {
        json!({
            "type": "object",
            "required": ["name", "age"],
            "additionalProperties": false,
            "properties": {
                "name": {"type": "string"},
                "age": {"type": "integer", "minimum": 0},
                "tags": {"type": "array", "items": {"enum": ["a", "b"]}, "maxItems": 2}
            }
        })
    }

    #[test]
    fn accepts_a_matching_document() {
        assert!(validate(&json!({"name": "x", "age": 3, "tags": ["a"]}), &schema()).is_ok());
    }

    #[test]
    fn names_the_failing_path() {
        assert_eq!(
            validate(&json!({"name": "x"}), &schema()).unwrap_err(),
            "$: the required property `age` is missing"
        );
        assert_eq!(
            validate(&json!({"name": 1, "age": 1}), &schema()).unwrap_err(),
            "$.name: expected string, found a number"
        );
        assert_eq!(
            validate(&json!({"name": "x", "age": -1}), &schema()).unwrap_err(),
            "$.age: -1 is less than the minimum 0"
        );
        assert!(
            validate(&json!({"name": "x", "age": 1, "tags": ["c"]}), &schema())
                .unwrap_err()
                .starts_with("$.tags[0]")
        );
        assert!(
            validate(&json!({"name": "x", "age": 1, "extra": 1}), &schema()).unwrap_err().contains("`extra`")
        );
    }
}
