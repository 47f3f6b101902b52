//! `-o yaml` and `-o yaml-stream`: the document as YAML, as the AWS CLI prints it (block style,
//! keys in the service's order), and as a YAML list of documents.

use serde_json::Value;

/// The document as one YAML document.
pub fn render(document: &Value) -> String {
    match document {
        Value::Null => String::new(),
        _ => serde_norway::to_string(document).unwrap_or_default(),
    }
}

/// The document as a YAML stream: a list with the document (the pages, merged) as its item.
pub fn render_stream(document: &Value) -> String {
    render(&Value::Array(vec![document.clone()]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn documents_keep_their_order_and_types() {
        let document =
            json!({"modelSummaries": [{"modelId": "a", "streaming": true, "count": 2}], "b": null});
        assert_eq!(
            render(&document),
            "modelSummaries:\n- modelId: a\n  streaming: true\n  count: 2\nb: null\n"
        );
        assert_eq!(render_stream(&json!({"a": 1})), "- a: 1\n");
        assert_eq!(render(&json!("0123")), "'0123'\n", "strings that read as numbers stay strings");
    }
}
