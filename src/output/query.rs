//! `--query`: JMESPath over the JSON document, applied before formatting (as the AWS CLI).

use serde_json::Value;

use crate::error::{Failure, Result};

/// Compile an expression, turning a syntax error into a one-line usage error.
pub fn compile(expression: &str) -> Result<jmespath::Expression<'static>> {
    jmespath::compile(expression).map_err(|error| {
        Failure::usage(format!(
            "--query: invalid JMESPath expression '{expression}' at column {}: {}",
            error.offset + 1,
            crate::error::single_line(&error.reason.to_string())
        ))
    })
}

/// Evaluate an expression against a document.
pub fn apply(expression: &str, document: &Value) -> Result<Value> {
    search(&compile(expression)?, document)
}

/// Evaluate a compiled expression against a document.
pub fn search(compiled: &jmespath::Expression<'static>, document: &Value) -> Result<Value> {
    let result = compiled.search(document).map_err(|error| {
        Failure::usage(format!(
            "--query: cannot evaluate '{compiled}': {}",
            crate::error::single_line(&error.reason.to_string())
        ))
    })?;
    serde_json::to_value(&*result)
        .map_err(|error| Failure::other("query", format!("--query result is not JSON: {error}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn projects_a_list() {
        let document = json!({"modelSummaries": [{"modelId": "a"}, {"modelId": "b"}]});
        assert_eq!(apply("modelSummaries[].modelId", &document).unwrap(), json!(["a", "b"]));
    }

    #[test]
    fn filters_and_keeps_numbers() {
        let document = json!({"items": [{"n": 1, "ok": true}, {"n": 2, "ok": false}]});
        assert_eq!(apply("items[?ok].n", &document).unwrap(), json!([1]));
        assert_eq!(apply("length(items)", &document).unwrap(), json!(2));
    }

    #[test]
    fn missing_field_is_null() {
        assert_eq!(apply("nothing", &json!({})).unwrap(), Value::Null);
    }

    #[test]
    fn syntax_error_is_a_one_line_usage_error() {
        let error = apply("items[?", &json!({})).unwrap_err();
        assert_eq!(error.exit_code(), 252);
        assert!(!error.message.contains('\n'));
        assert!(error.message.contains("items[?"));
    }
}
