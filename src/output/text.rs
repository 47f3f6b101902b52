//! Text rendering: the view's columns, tab-separated, one line per row, no header, for `cut`
//! and `awk`. After `--query`, the layout of the AWS CLI's text output.

use serde_json::Value;

use super::{View, cell, lookup};

/// Render a document as tab-separated text; `view` is None after `--query`.
pub fn render(document: &Value, view: Option<&View>) -> String {
    let mut out = String::new();
    match view {
        Some(View::Rows { rows, columns }) => {
            if let Some(items) = lookup(document, rows).and_then(Value::as_array) {
                for item in items {
                    let fields: Vec<String> =
                        columns.iter().map(|column| cell(lookup(item, column.path), ",")).collect();
                    push_line(&mut out, &fields);
                }
            }
        }
        Some(View::Record { record, fields }) => {
            if let Some(object) = lookup(document, record) {
                let values: Vec<String> =
                    fields.iter().map(|field| cell(lookup(object, field.path), ",")).collect();
                push_line(&mut out, &values);
            }
        }
        None => generic(document, &mut out),
    }
    // A list cut by --max-items ends with its token, as the AWS CLI's text output does.
    if view.is_some()
        && let Some(token) =
            ["nextToken", "NextToken"].iter().find_map(|key| document.get(*key)).and_then(Value::as_str)
    {
        push_line(&mut out, &["NEXTTOKEN".to_string(), token.to_string()]);
    }
    out
}

fn push_line(out: &mut String, fields: &[String]) {
    out.push_str(&fields.join("\t"));
    out.push('\n');
}

fn generic(document: &Value, out: &mut String) {
    match document {
        Value::Null => out.push_str("None\n"),
        Value::Array(items) if items.iter().all(|item| !item.is_object() && !item.is_array()) => {
            let fields: Vec<String> = items.iter().map(|item| cell(Some(item), ",")).collect();
            if !fields.is_empty() {
                push_line(out, &fields);
            }
        }
        Value::Array(items) => {
            for item in items {
                generic_row(item, out);
            }
        }
        other => generic_row(other, out),
    }
}

fn generic_row(item: &Value, out: &mut String) {
    match item {
        Value::Object(object) => {
            let fields: Vec<String> = object.values().map(|value| cell(Some(value), ",")).collect();
            push_line(out, &fields);
        }
        Value::Array(values) => {
            let fields: Vec<String> = values.iter().map(|value| cell(Some(value), ",")).collect();
            push_line(out, &fields);
        }
        scalar => push_line(out, &[cell(Some(scalar), ",")]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::Column;
    use serde_json::json;

    #[test]
    fn rows_are_tab_separated_without_header() {
        const COLUMNS: &[Column] =
            &[Column { header: "ID", path: "id" }, Column { header: "IN", path: "in" }];
        let document = json!({"items": [{"id": "a", "in": ["TEXT", "IMAGE"]}, {"id": "b"}]});
        assert_eq!(
            render(&document, Some(&View::Rows { rows: "items", columns: COLUMNS })),
            "a\tTEXT,IMAGE\nb\t\n"
        );
    }

    #[test]
    fn query_results_follow_the_aws_cli_layout() {
        assert_eq!(render(&json!(["a", "b"]), None), "a\tb\n");
        assert_eq!(render(&json!([["a", 1], ["b", 2]]), None), "a\t1\nb\t2\n");
        assert_eq!(render(&json!([{"x": 1, "y": "z"}]), None), "1\tz\n");
        assert_eq!(render(&json!("s"), None), "s\n");
        assert_eq!(render(&Value::Null, None), "None\n");
    }
}
