//! Table rendering (comfy-table): the view's chosen columns, or a generic layout for whatever
//! `--query` returned.

use comfy_table::{Attribute, Cell, Color, ContentArrangement, Table, presets};
use serde_json::Value;

use super::{Column, View, cell, lookup};

/// Render a document as a table; `view` is None after `--query`.
pub fn render(document: &Value, view: Option<&View>, color: bool) -> String {
    match view {
        Some(View::Rows { rows, columns }) => {
            let items = lookup(document, rows).and_then(Value::as_array);
            let headers: Vec<&str> = columns.iter().map(|column| column.header).collect();
            let body = items
                .map(|items| items.iter().map(|item| row_cells(item, columns)).collect())
                .unwrap_or_default();
            finish(build(&headers, body, color))
        }
        Some(View::Record { record, fields }) => match lookup(document, record) {
            Some(object) => finish(record_table(object, fields, color)),
            None => String::new(),
        },
        None => generic(document, color),
    }
}

fn row_cells(item: &Value, columns: &[Column]) -> Vec<String> {
    columns.iter().map(|column| cell(lookup(item, column.path), ", ")).collect()
}

fn record_table(object: &Value, fields: &[Column], color: bool) -> Table {
    let body = fields
        .iter()
        .map(|field| vec![field.header.to_string(), cell(lookup(object, field.path), ", ")])
        .collect();
    build(&["FIELD", "VALUE"], body, color)
}

/// A layout for any JSON value: arrays of objects get a column per key, objects get
/// field/value rows, scalars are printed bare.
fn generic(document: &Value, color: bool) -> String {
    match document {
        Value::Null => String::new(),
        Value::Array(items) if items.iter().all(Value::is_object) && !items.is_empty() => {
            let mut keys: Vec<String> = Vec::new();
            for item in items {
                if let Some(object) = item.as_object() {
                    for key in object.keys() {
                        if !keys.contains(key) {
                            keys.push(key.clone());
                        }
                    }
                }
            }
            let body =
                items.iter().map(|item| keys.iter().map(|key| cell(item.get(key), ", ")).collect()).collect();
            let headers: Vec<&str> = keys.iter().map(String::as_str).collect();
            finish(build(&headers, body, color))
        }
        Value::Array(items) => {
            let body = items.iter().map(|item| vec![cell(Some(item), ", ")]).collect();
            finish(build(&["VALUE"], body, color))
        }
        Value::Object(object) => {
            let body = object.iter().map(|(key, value)| vec![key.clone(), cell(Some(value), ", ")]).collect();
            finish(build(&["FIELD", "VALUE"], body, color))
        }
        scalar => format!("{}\n", cell(Some(scalar), ", ")),
    }
}

fn build(headers: &[&str], body: Vec<Vec<String>>, color: bool) -> Table {
    let mut table = Table::new();
    table.load_style(presets::UTF8_FULL_CONDENSED.with_rounded_corners());
    table.set_content_arrangement(ContentArrangement::Dynamic);
    if color {
        table.enforce_styling();
    }
    table.set_header(headers.iter().map(|header| {
        let header_cell = Cell::new(header);
        if color { header_cell.add_attribute(Attribute::Bold).fg(Color::Cyan) } else { header_cell }
    }));
    for row in body {
        table.add_row(row);
    }
    table
}

fn finish(table: Table) -> String {
    let mut text = table.to_string();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const COLUMNS: &[Column] = &[
        Column { header: "ID", path: "id" },
        Column { header: "STATUS", path: "life.status" },
        Column { header: "IN", path: "in" },
    ];

    #[test]
    fn rows_view_shows_chosen_columns() {
        let document =
            json!({"items": [{"id": "m1", "life": {"status": "ACTIVE"}, "in": ["TEXT", "IMAGE"], "x": 1}]});
        let text = render(&document, Some(&View::Rows { rows: "items", columns: COLUMNS }), false);
        assert!(text.contains("ID") && text.contains("m1") && text.contains("ACTIVE"));
        assert!(text.contains("TEXT, IMAGE"));
        assert!(!text.contains('\u{1b}'));
    }

    #[test]
    fn generic_layout_for_query_results() {
        let text = render(&json!([{"a": 1}, {"b": "x"}]), None, false);
        assert!(text.contains('a') && text.contains('b') && text.contains('x'));
        assert_eq!(render(&json!("plain"), None, false), "plain\n");
        assert_eq!(render(&Value::Null, None, false), "");
    }

    #[test]
    fn colour_only_when_asked() {
        let text = render(&json!({"k": "v"}), None, true);
        assert!(text.contains('\u{1b}'));
    }
}
