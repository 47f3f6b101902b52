//! `--query`: JMESPath over the JSON document, applied before formatting (as the AWS CLI).

use serde_json::Value;

use crate::error::{Failure, Result};

/// The deepest nesting of brackets, parentheses, braces and prefix operators an expression may
/// have. The parser recurses once per level; thousands of levels would overflow the stack.
pub const MAX_NESTING: usize = 256;

/// Compile an expression in the AWS CLI's dialect, turning a syntax error into a one-line usage
/// error.
pub fn compile(expression: &str) -> Result<jmespath::Expression<'static>> {
    check_nesting(expression)?;
    let dialect = legacy_literals_as_strings(expression);
    jmespath::compile(&dialect).map_err(|error| {
        Failure::usage(format!(
            "--query: invalid JMESPath expression '{expression}' at column {}: {}",
            error.offset + 1,
            crate::error::single_line(&error.reason.to_string())
        ))
    })
}

/// A piece of an expression, as far as nesting and literals are concerned.
enum Piece<'a> {
    /// A character outside any literal.
    Code(char),
    /// A backtick literal, without its backticks and still escaped.
    Backtick(&'a str),
    /// A raw string `'…'` or quoted identifier `"…"`, with its quotes.
    Quoted(&'a str),
}

/// Split an expression into characters outside literals and whole literals. An unterminated
/// literal runs to the end (the compiler reports it).
fn pieces(expression: &str) -> Vec<Piece<'_>> {
    let mut pieces = Vec::new();
    let mut characters = expression.char_indices();
    while let Some((start, character)) = characters.next() {
        if !matches!(character, '`' | '\'' | '"') {
            pieces.push(Piece::Code(character));
            continue;
        }
        let mut end = expression.len();
        let mut escaped = false;
        for (position, inner) in characters.by_ref() {
            if escaped {
                escaped = false;
            } else if inner == '\\' {
                escaped = true;
            } else if inner == character {
                end = position;
                break;
            }
        }
        let closed = end < expression.len();
        if character == '`' {
            pieces.push(Piece::Backtick(&expression[start + 1..end]));
            if !closed {
                // Keep an unterminated literal unterminated, so the compiler says so.
                pieces.push(Piece::Code('\u{0}'));
            }
        } else {
            let stop = if closed { end + 1 } else { end };
            pieces.push(Piece::Quoted(&expression[start..stop]));
        }
    }
    pieces
}

/// Refuse expressions nested deeper than [`MAX_NESTING`] before the recursive parser sees them.
fn check_nesting(expression: &str) -> Result<()> {
    let mut depth = 0usize;
    let mut deepest = 0usize;
    let mut prefix_run = 0usize;
    for piece in pieces(expression) {
        let Piece::Code(character) = piece else {
            prefix_run = 0;
            continue;
        };
        match character {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        match character {
            '!' | '&' => prefix_run += 1,
            ' ' | '\t' | '\n' | '\r' => {}
            _ => prefix_run = 0,
        }
        deepest = deepest.max(depth + prefix_run);
    }
    if deepest > MAX_NESTING {
        return Err(Failure::usage(format!(
            "--query: the JMESPath expression is nested {deepest} levels deep (at most {MAX_NESTING})"
        )));
    }
    Ok(())
}

/// The AWS CLI's (jmespath.py's) legacy literals: a backtick literal that is not JSON is the
/// string of its text without leading spaces (``[?providerName==`Anthropic`]``, as across AWS
/// documentation). Such literals are rewritten as JSON strings; everything else is unchanged.
fn legacy_literals_as_strings(expression: &str) -> std::borrow::Cow<'_, str> {
    if !expression.contains('`') {
        return std::borrow::Cow::Borrowed(expression);
    }
    let mut rewritten = String::with_capacity(expression.len() + 8);
    let mut changed = false;
    for piece in pieces(expression) {
        match piece {
            Piece::Code('\u{0}') => {}
            Piece::Code(character) => rewritten.push(character),
            Piece::Quoted(text) => rewritten.push_str(text),
            Piece::Backtick(text) => {
                let unescaped = text.replace("\\`", "`");
                let as_string = || {
                    let quoted = format!("\"{}\"", unescaped.trim_start());
                    serde_json::from_str::<String>(&quoted).ok()
                };
                match serde_json::from_str::<Value>(&unescaped) {
                    Err(_) if let Some(string) = as_string() => {
                        let json = serde_json::to_string(&string).unwrap_or_default();
                        rewritten.push('`');
                        rewritten.push_str(&json.replace('`', "\\`"));
                        rewritten.push('`');
                        changed = true;
                    }
                    _ => {
                        rewritten.push('`');
                        rewritten.push_str(text);
                        rewritten.push('`');
                    }
                }
            }
        }
    }
    if changed { std::borrow::Cow::Owned(rewritten) } else { std::borrow::Cow::Borrowed(expression) }
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
    fn legacy_backtick_literals_are_strings() {
        let document = json!({"models": [
            {"id": "a", "provider": "Anthropic", "streaming": true},
            {"id": "b", "provider": "Meta", "streaming": false},
            {"id": "c`d", "provider": "it's", "streaming": true},
        ]});
        let cases = [
            ("models[?provider==`Anthropic`].id", json!(["a"])),
            ("models[?provider==` Meta`].id", json!(["b"])),
            ("models[?provider==`\"Meta\"`].id", json!(["b"])),
            ("models[?streaming==`true`].id", json!(["a", "c`d"])),
            ("models[?id==`c\\`d`].provider", json!(["it's"])),
            ("models[?provider=='it\\'s'].id", json!(["c`d"])),
            ("models[?contains(id, `a`)].id", json!(["a"])),
            ("length(`[1, 2]`)", json!(2)),
            ("`foo`", json!("foo")),
        ];
        for (expression, expected) in cases {
            assert_eq!(apply(expression, &document).unwrap(), expected, "{expression}");
        }
        assert_eq!(legacy_literals_as_strings("a[?b==`1`]"), "a[?b==`1`]");
        assert!(apply("a[?b==`unterminated", &document).is_err());
    }

    #[test]
    fn deep_nesting_is_refused_before_parsing() {
        let deep = format!("{}a{}", "(".repeat(15_000), ")".repeat(15_000));
        let error = apply(&deep, &json!({})).unwrap_err();
        assert_eq!(error.exit_code(), 252);
        assert!(error.message.contains("nested 15000 levels"), "{}", error.message);
        let nots = format!("{}a", "!".repeat(10_000));
        assert_eq!(apply(&nots, &json!({})).unwrap_err().exit_code(), 252);
        let fine = format!("{}a{}", "(".repeat(100), ")".repeat(100));
        assert_eq!(apply(&fine, &json!({"a": 1})).unwrap(), json!(1));
        assert_eq!(apply("'((((((((('", &json!({})).unwrap(), json!("((((((((("));
    }

    #[test]
    fn syntax_error_is_a_one_line_usage_error() {
        let error = apply("items[?", &json!({})).unwrap_err();
        assert_eq!(error.exit_code(), 252);
        assert!(!error.message.contains('\n'));
        assert!(error.message.contains("items[?"));
    }
}
