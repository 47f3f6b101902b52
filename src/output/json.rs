//! JSON rendering: four-space indentation, as the AWS CLI prints, and a final newline.

use serde::Serialize;
use serde_json::Value;

/// Pretty-print a document the way the AWS CLI does.
pub fn render(value: &Value) -> String {
    let mut buffer = Vec::with_capacity(256);
    let formatter = serde_json::ser::PrettyFormatter::with_indent(b"    ");
    let mut serializer = serde_json::Serializer::with_formatter(&mut buffer, formatter);
    // Serializing a serde_json::Value into memory cannot fail.
    if value.serialize(&mut serializer).is_err() {
        return format!("{value}\n");
    }
    buffer.push(b'\n');
    String::from_utf8(buffer).unwrap_or_default()
}

/// One compact line (NDJSON).
pub fn render_line(value: &Value) -> String {
    let mut line = value.to_string();
    line.push('\n');
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indents_with_four_spaces_and_keeps_key_order() {
        let value: Value = serde_json::from_str(r#"{"z":1,"a":[true]}"#).unwrap();
        assert_eq!(render(&value), "{\n    \"z\": 1,\n    \"a\": [\n        true\n    ]\n}\n");
    }

    #[test]
    fn compact_line_for_ndjson() {
        let value: Value = serde_json::from_str(r#"{"a": 1}"#).unwrap();
        assert_eq!(render_line(&value), "{\"a\":1}\n");
    }
}
