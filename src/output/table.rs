//! Table rendering (comfy-table): the view's chosen columns, or a generic layout for whatever
//! `--query` returned.

use comfy_table::{Attribute, Cell, Color, ColumnConstraint, ContentArrangement, Table, Width, presets};
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

/// A table; `finish` fits it to the terminal.
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
    let widths = column_widths(headers, &body);
    for row in body {
        table.add_row(row);
    }
    if let Some(terminal) = table.width() {
        let layout = fit(&widths, usize::from(terminal));
        for (column, width) in table.column_iter_mut().zip(layout) {
            // comfy-table's widths include the space either side.
            let width = u16::try_from(width + 2).unwrap_or(u16::MAX);
            column.set_constraint(ColumnConstraint::Absolute(Width::Fixed(width)));
        }
    }
    table
}

/// A column's widest line and its longest word.
#[derive(Debug, Clone, Copy, PartialEq)]
struct ColumnWidth {
    content: usize,
    word: usize,
}

fn column_widths(headers: &[&str], body: &[Vec<String>]) -> Vec<ColumnWidth> {
    (0..headers.len())
        .map(|column| {
            let cells = body.iter().filter_map(|row| row.get(column).map(String::as_str));
            let mut width = ColumnWidth { content: 0, word: 0 };
            for cell in cells.chain(headers.get(column).copied()) {
                for line in cell.lines() {
                    width.content = width.content.max(line.chars().count());
                    for word in line.split_whitespace() {
                        width.word = width.word.max(word.chars().count());
                    }
                }
            }
            width
        })
        .collect()
}

/// The width of each column for a terminal `terminal` columns wide: wrapping happens at spaces
/// only, so no column gets narrower than its longest word — ids, ARNs, statuses and timestamps
/// (one word each) are never broken — and the room left goes to the columns of prose, shared out
/// evenly up to what each needs. When the words alone do not fit, the table is wider than the
/// terminal rather than break one.
fn fit(columns: &[ColumnWidth], terminal: usize) -> Vec<usize> {
    // Each column has a space either side and a border after it, and the table one before.
    let borders = 3 * columns.len() + 1;
    let mut widths: Vec<usize> = columns.iter().map(|column| column.word).collect();
    let mut room = terminal.saturating_sub(borders).saturating_sub(widths.iter().sum());
    while room > 0 {
        let growing: Vec<usize> =
            (0..columns.len()).filter(|&index| widths[index] < columns[index].content).collect();
        if growing.is_empty() {
            break;
        }
        let share = (room / growing.len()).max(1);
        for index in growing {
            let grow = share.min(columns[index].content - widths[index]).min(room);
            widths[index] += grow;
            room -= grow;
        }
    }
    widths
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
    fn fitting_wraps_prose_and_never_breaks_a_word() {
        let columns = [
            ColumnWidth { content: 40, word: 40 }, // an ARN
            ColumnWidth { content: 60, word: 9 },  // a description
            ColumnWidth { content: 6, word: 6 },   // a status
        ];
        // Everything fits: each column as wide as its content.
        assert_eq!(fit(&columns, 200), [40, 60, 6]);
        // 80 columns: 10 for borders, the ARN and status whole, the description gets the rest.
        assert_eq!(fit(&columns, 80), [40, 24, 6]);
        // Too narrow even for the words: nothing is broken, the table is wider than the screen.
        assert_eq!(fit(&columns, 30), [40, 9, 6]);
        let two_prose = [ColumnWidth { content: 50, word: 5 }, ColumnWidth { content: 10, word: 4 }];
        assert_eq!(fit(&two_prose, 7 + 30), [20, 10]);
    }

    #[test]
    fn widths_count_headers_and_lines() {
        let widths =
            column_widths(&["STATUS", "NOTE"], &[vec!["ok".into(), "two words\nlonger line here".into()]]);
        assert_eq!(widths, [ColumnWidth { content: 6, word: 6 }, ColumnWidth { content: 16, word: 6 }]);
    }

    #[test]
    fn colour_only_when_asked() {
        let text = render(&json!({"k": "v"}), None, true);
        assert!(text.contains('\u{1b}'));
    }
}
