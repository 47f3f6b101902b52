//! An operation's member flags, read as the AWS CLI reads them: `--member-name VALUE` for each
//! member of the input shape; JSON or the AWS CLI's shorthand (`Key=a,Value=b`, `k={a=1}`,
//! `k=[a,b]`) for structures, lists and maps; several words for a list (`--ids a b c`); booleans as
//! `--flag`/`--no-flag`; numbers checked as numbers; `file://` (text) and `fileb://` (bytes) for
//! any value; `--cli-input-json`/`--cli-input-yaml` under the flags; `--generate-cli-skeleton
//! [input|output|yaml-input]`. The whole input is then checked against the model before anything
//! is sent, and a problem names the flag.

use indexmap::IndexMap;
use serde_json::{Map, Value};

use super::model::{Kind, Operation, ServiceModel, Shape};
use super::names::{cli_name, nearest};
use super::validate::{self, Problem, Strictness};
use crate::error::{Failure, Result};

/// What the words ask for.
#[derive(Debug)]
pub enum Request {
    /// Send the operation with this input; `paging_members_given` when the user set the
    /// paginator's own token or limit member (which turns automatic paging off, as in the AWS CLI).
    Send { input: Map<String, Value>, paging_members_given: bool },
    /// Print this template and send nothing.
    Skeleton(String),
}

/// A member flag of the operation.
struct Flag {
    member: &'static str,
    shape: &'static Shape,
}

/// The member flags of an operation, by their AWS CLI names.
fn flags(model: &ServiceModel, operation: &Operation) -> IndexMap<String, Flag> {
    let mut flags = IndexMap::new();
    if let Some(shape) = validate::input_shape(model, operation) {
        for (name, member) in &shape.members {
            if let Some(member_shape) = model.shape(&member.shape) {
                flags.insert(cli_name(name), Flag { member: name.as_str(), shape: member_shape });
            }
        }
    }
    flags
}

/// The flags `bedrock api` reads itself, besides the members.
const OWN_FLAGS: &[&str] = &["--cli-input-json", "--cli-input-yaml", "--generate-cli-skeleton"];

pub fn parse(
    model: &'static ServiceModel,
    operation: &'static Operation,
    words: &[String],
) -> Result<Request> {
    let flags = flags(model, operation);
    let mut from_flags = Map::new();
    let mut given = Vec::new();
    let mut base: Option<Map<String, Value>> = None;
    let mut index = 0;
    while index < words.len() {
        let word = &words[index];
        index += 1;
        let Some(flag_text) = word.strip_prefix("--") else {
            return Err(Failure::usage(format!(
                "unexpected argument `{word}` (member values follow their --flag)"
            )));
        };
        let (name, inline) = match flag_text.split_once('=') {
            Some((name, value)) => (name, Some(value.to_string())),
            None => (flag_text, None),
        };
        // The values of this flag: the inline one, or the words up to the next flag.
        let mut take_values = |many: bool| -> Vec<String> {
            if let Some(value) = &inline {
                return vec![value.clone()];
            }
            let mut values = Vec::new();
            while index < words.len() && !is_flag(&words[index]) {
                values.push(words[index].clone());
                index += 1;
                if !many {
                    break;
                }
            }
            values
        };
        match name {
            "generate-cli-skeleton" => {
                let what = take_values(false).into_iter().next().unwrap_or_else(|| "input".to_string());
                return skeleton(model, operation, &what).map(Request::Skeleton);
            }
            "cli-input-json" | "cli-input-yaml" => {
                let flag = format!("--{name}");
                let value = single(&flag, take_values(false))?;
                let text = resolve_text(&flag, &value)?;
                let document = if name == "cli-input-json" {
                    parse_json_text(&flag, &text)?
                } else {
                    serde_norway::from_str::<Value>(&text)
                        .map_err(|error| Failure::usage(format!("{flag} is not valid YAML: {error}")))?
                };
                match document {
                    Value::Object(members) => base = Some(members),
                    _ => {
                        return Err(Failure::usage(format!(
                            "{flag} must hold an object (the operation's input)"
                        )));
                    }
                }
            }
            _ => {
                let negated = name.strip_prefix("no-");
                let (flag, value) = if let Some(flag) = flags.get(name) {
                    if flag.shape.kind == Kind::Boolean && inline.is_none() {
                        (flag, Value::Bool(true))
                    } else {
                        let many = flag.shape.kind == Kind::List;
                        let values = take_values(many);
                        (flag, member_value(model, &format!("--{name}"), flag, values)?)
                    }
                } else if let Some(flag) =
                    negated.and_then(|name| flags.get(name)).filter(|flag| flag.shape.kind == Kind::Boolean)
                {
                    (flag, Value::Bool(false))
                } else {
                    return Err(unknown_flag(operation, &flags, name));
                };
                if given.contains(&flag.member) {
                    return Err(Failure::usage(format!("--{name} is given more than once")));
                }
                given.push(flag.member);
                from_flags.insert(flag.member.to_string(), value);
            }
        }
    }
    let mut input = base.unwrap_or_default();
    input.extend(from_flags);
    check(model, operation, &flags, &input)?;
    let paging_members_given = model.paginator(&operation.name).is_some_and(|paginator| {
        paginator
            .input_token
            .iter()
            .chain(paginator.limit_key.iter())
            .any(|member| given.contains(&member.as_str()))
    });
    Ok(Request::Send { input, paging_members_given })
}

/// A word that starts a flag (a negative number is a value).
fn is_flag(word: &str) -> bool {
    word.starts_with("--") && word.len() > 2
}

fn single(flag: &str, values: Vec<String>) -> Result<String> {
    let mut values = values.into_iter();
    match (values.next(), values.next()) {
        (Some(value), None) => Ok(value),
        (None, _) => Err(Failure::usage(format!("{flag} needs a value"))),
        (Some(_), Some(extra)) => {
            Err(Failure::usage(format!("{flag} takes one value (unexpected `{extra}`)")))
        }
    }
}

fn unknown_flag(operation: &Operation, flags: &IndexMap<String, Flag>, name: &str) -> Failure {
    let mut known: Vec<String> = flags.keys().cloned().collect();
    known.extend(OWN_FLAGS.iter().map(|flag| flag.trim_start_matches("--").to_string()));
    let failure = Failure::usage(format!("{} has no flag --{name}", cli_name(&operation.name)));
    match nearest(name, known.iter().map(String::as_str)).first() {
        Some(best) => failure.with_hint(format!("did you mean --{best}?")),
        None => failure
            .with_hint(format!("`bedrock api SERVICE {} --help` lists its flags", cli_name(&operation.name))),
    }
}

/// `file://PATH` is the file's text; anything else is itself.
fn resolve_text(flag: &str, value: &str) -> Result<String> {
    match value.strip_prefix("file://") {
        Some(path) => {
            let path = std::path::Path::new(path);
            let bytes =
                std::fs::read(path).map_err(|error| Failure::file(path, &format!("read {flag}"), &error))?;
            String::from_utf8(bytes).map_err(|_| {
                Failure::usage(format!("{flag}: {} is not UTF-8 text (fileb:// reads bytes)", path.display()))
            })
        }
        None => Ok(value.to_string()),
    }
}

fn parse_json_text(flag: &str, text: &str) -> Result<Value> {
    crate::input::parse_json(text.as_bytes(), flag)
}

/// The value of one member flag from its words.
fn member_value(model: &ServiceModel, flag: &str, member: &Flag, values: Vec<String>) -> Result<Value> {
    if values.is_empty() {
        return Err(Failure::usage(format!("{flag} needs a value")));
    }
    let shape = member.shape;
    if shape.kind == Kind::List {
        if values.len() == 1 {
            let text = values[0].clone();
            if let Some(bytes) = text.strip_prefix("fileb://") {
                return Err(Failure::usage(format!("{flag}: fileb://{bytes} is for blob members")));
            }
            let text = resolve_text(flag, &text)?;
            if text.trim_start().starts_with('[') {
                let parsed = parse_json_text(flag, &text)?;
                return coerce(model, flag, shape, parsed);
            }
            return list_from_words(model, flag, shape, vec![text]);
        }
        let resolved = values.iter().map(|value| resolve_text(flag, value)).collect::<Result<Vec<_>>>()?;
        return list_from_words(model, flag, shape, resolved);
    }
    let value = single(flag, values)?;
    if let Some(path) = value.strip_prefix("fileb://") {
        if shape.kind != Kind::Blob {
            return Err(Failure::usage(format!(
                "{flag}: fileb:// reads bytes, for blob members; use file:// for text"
            )));
        }
        let path = std::path::Path::new(path);
        let bytes =
            std::fs::read(path).map_err(|error| Failure::file(path, &format!("read {flag}"), &error))?;
        return Ok(Value::String(aws_smithy_types::base64::encode(&bytes)));
    }
    let text = resolve_text(flag, &value)?;
    scalar_or_complex(model, flag, shape, &text)
}

/// A list from several words: each word one element, scalars split on commas (`a,b`).
fn list_from_words(model: &ServiceModel, flag: &str, shape: &Shape, words: Vec<String>) -> Result<Value> {
    let Some(element) = shape.member.as_ref().and_then(|member| model.shape(&member.shape)) else {
        return Ok(Value::Array(words.into_iter().map(Value::String).collect()));
    };
    let mut items = Vec::new();
    for word in words {
        match element.kind {
            Kind::Structure | Kind::Map | Kind::List => {
                items.push(scalar_or_complex(model, flag, element, &word)?)
            }
            _ => {
                for part in shorthand::split_values(&word).map_err(|error| error.failure(flag))? {
                    items.push(coerce(model, flag, element, Value::String(part))?);
                }
            }
        }
    }
    Ok(Value::Array(items))
}

/// One value for a shape: JSON or shorthand for structures and maps, the text for scalars.
fn scalar_or_complex(model: &ServiceModel, flag: &str, shape: &Shape, text: &str) -> Result<Value> {
    match shape.kind {
        Kind::Structure | Kind::Map | Kind::List => {
            let trimmed = text.trim_start();
            let parsed = if shape.document || trimmed.starts_with('{') || trimmed.starts_with('[') {
                parse_json_text(flag, text)?
            } else {
                shorthand::parse(text).map_err(|error| error.failure(flag))?
            };
            coerce(model, flag, shape, parsed)
        }
        _ => coerce(model, flag, shape, Value::String(text.to_string())),
    }
}

/// Give shorthand's strings the member types (numbers, booleans, blobs), recursively; JSON values
/// keep their types except blobs, which the user gives as text.
fn coerce(model: &ServiceModel, flag: &str, shape: &Shape, value: Value) -> Result<Value> {
    if shape.document {
        return Ok(value);
    }
    Ok(match (shape.kind, value) {
        (Kind::Structure | Kind::Map, Value::Object(object)) => {
            let value_shape = shape.value.as_ref().and_then(|member| model.shape(&member.shape));
            let mut out = Map::new();
            for (key, item) in object {
                // A structure's member by its name; a map's values all of one shape.
                let item_shape = match shape.kind {
                    Kind::Structure => shape.members.get(&key).and_then(|member| model.shape(&member.shape)),
                    _ => value_shape,
                };
                let item = match item_shape {
                    Some(item_shape) => coerce(model, flag, item_shape, item)?,
                    None => item,
                };
                out.insert(key, item);
            }
            Value::Object(out)
        }
        (Kind::List, Value::Array(items)) => {
            let element = shape.member.as_ref().and_then(|member| model.shape(&member.shape));
            let mut out = Vec::new();
            for item in items {
                out.push(match element {
                    Some(element) => coerce(model, flag, element, item)?,
                    None => item,
                });
            }
            Value::Array(out)
        }
        // Shorthand's `k=a` for a one-element list.
        (Kind::List, Value::String(text)) => {
            let element = shape.member.as_ref().and_then(|member| model.shape(&member.shape));
            match element {
                Some(element) => Value::Array(vec![coerce(model, flag, element, Value::String(text))?]),
                None => Value::Array(vec![Value::String(text)]),
            }
        }
        (Kind::Integer | Kind::Long, Value::String(text)) => match text.trim().parse::<i64>() {
            Ok(number) => Value::from(number),
            Err(_) => return Err(Failure::usage(format!("{flag}: `{text}` is not an integer"))),
        },
        (Kind::Float | Kind::Double, Value::String(text)) => match text.trim().parse::<f64>() {
            Ok(number) if number.is_finite() => Value::from(number),
            _ => return Err(Failure::usage(format!("{flag}: `{text}` is not a number"))),
        },
        (Kind::Boolean, Value::String(text)) => match text.to_ascii_lowercase().as_str() {
            "true" => Value::Bool(true),
            "false" => Value::Bool(false),
            _ => return Err(Failure::usage(format!("{flag}: `{text}` is not true or false"))),
        },
        // Blobs are given as their text (or bytes through fileb://) and sent base64-encoded.
        (Kind::Blob, Value::String(text)) => Value::String(aws_smithy_types::base64::encode(text.as_bytes())),
        (Kind::Blob, other @ (Value::Object(_) | Value::Array(_))) => {
            Value::String(aws_smithy_types::base64::encode(other.to_string().as_bytes()))
        }
        (_, other) => other,
    })
}

/// Check the whole input before sending: every missing required flag at once, then the first
/// value the model refuses, named by its flag.
fn check(
    model: &ServiceModel,
    operation: &Operation,
    flags: &IndexMap<String, Flag>,
    input: &Map<String, Value>,
) -> Result<()> {
    let flag_of = |member: &str| {
        flags
            .iter()
            .find(|(_, flag)| flag.member == member)
            .map(|(name, _)| format!("--{name}"))
            .unwrap_or_else(|| member.to_string())
    };
    if let Some(shape) = validate::input_shape(model, operation) {
        let missing: Vec<String> = shape
            .required
            .iter()
            .filter(|member| input.get(member.as_str()).is_none_or(Value::is_null))
            .filter(|member| {
                !shape.members.get(member.as_str()).is_some_and(|definition| definition.idempotency_token)
            })
            .map(|member| flag_of(member))
            .collect();
        if !missing.is_empty() {
            let noun = if missing.len() == 1 { "flag is" } else { "flags are" };
            return Err(Failure::usage(format!(
                "{}: the following required {noun} missing: {}",
                cli_name(&operation.name),
                missing.join(", ")
            )));
        }
    }
    let document = Value::Object(input.clone());
    if let Err(violation) = validate::validate(model, operation, &document, Strictness::Request) {
        let (top, rest) = match violation.path.split_once('.') {
            Some((top, rest)) => (top.to_string(), Some(rest.to_string())),
            None => (violation.path.clone(), None),
        };
        let place = match (&violation.problem, violation.path.is_empty()) {
            (Problem::Unknown { .. }, true) => "--cli-input-json".to_string(),
            _ => match rest {
                Some(rest) => format!("{} (at {top}.{rest})", flag_of(&top)),
                None => flag_of(&top),
            },
        };
        return Err(Failure::usage(violation.message_at(&place)));
    }
    Ok(())
}

/// The template of `--generate-cli-skeleton input|output|yaml-input`.
fn skeleton(model: &ServiceModel, operation: &Operation, what: &str) -> Result<String> {
    let document = match what {
        "input" | "yaml-input" => validate::skeleton(model, operation),
        "output" => validate::output_skeleton(model, operation),
        other => {
            return Err(Failure::usage(format!(
                "--generate-cli-skeleton: `{other}` is not one of input, output, yaml-input"
            )));
        }
    };
    if what == "yaml-input" {
        return serde_norway::to_string(&document)
            .map_err(|error| Failure::other("internal", format!("cannot write the YAML skeleton: {error}")));
    }
    let mut text = serde_json::to_string_pretty(&document).unwrap_or_default();
    text.push('\n');
    Ok(text)
}

/// The AWS CLI's shorthand syntax: `key=value,key2=value2`, with `key={a=b}` structures,
/// `key=[a,b]` lists, `key=a,b` trailing value lists, quoted values ('…' or "…") and
/// backslash escapes.
pub mod shorthand {
    use serde_json::{Map, Value};

    use crate::error::Failure;

    /// A shorthand error at a column (from 1).
    #[derive(Debug, PartialEq)]
    pub struct Error {
        pub column: usize,
        pub message: String,
    }

    impl Error {
        pub fn failure(&self, flag: &str) -> Failure {
            Failure::usage(format!(
                "{flag} is not valid shorthand at column {}: {}",
                self.column, self.message
            ))
        }
    }

    struct Parser {
        chars: Vec<char>,
        at: usize,
    }

    /// Parse `key=value,…` into an object of strings, objects and lists.
    pub fn parse(text: &str) -> Result<Value, Error> {
        let mut parser = Parser { chars: text.chars().collect(), at: 0 };
        let object = parser.pairs(None)?;
        if parser.at < parser.chars.len() {
            return Err(parser.error(format!("unexpected `{}`", parser.chars[parser.at])));
        }
        Ok(Value::Object(object))
    }

    /// Split a list of scalars written `a,b,'c,d'`.
    pub fn split_values(text: &str) -> Result<Vec<String>, Error> {
        let mut parser = Parser { chars: text.chars().collect(), at: 0 };
        let mut values = vec![parser.scalar(&[','])?];
        while parser.peek() == Some(',') {
            parser.at += 1;
            values.push(parser.scalar(&[','])?);
        }
        if parser.at < parser.chars.len() {
            return Err(parser.error(format!("unexpected `{}`", parser.chars[parser.at])));
        }
        Ok(values)
    }

    impl Parser {
        fn error(&self, message: String) -> Error {
            Error { column: self.at + 1, message }
        }

        fn peek(&self) -> Option<char> {
            self.chars.get(self.at).copied()
        }

        fn skip_spaces(&mut self) {
            while self.peek().is_some_and(|c| c == ' ' || c == '\t' || c == '\n') {
                self.at += 1;
            }
        }

        /// `key=value` pairs separated by commas, up to `close` (or the end).
        fn pairs(&mut self, close: Option<char>) -> Result<Map<String, Value>, Error> {
            let mut object = Map::new();
            loop {
                self.skip_spaces();
                if close.is_some() && self.peek() == close {
                    return Ok(object);
                }
                let start = self.at;
                let key = self.key()?;
                if key.is_empty() {
                    return Err(Error { column: start + 1, message: "expected a key".to_string() });
                }
                self.skip_spaces();
                if self.peek() != Some('=') {
                    return Err(self.error(format!("expected `=` after `{key}`")));
                }
                self.at += 1;
                let value = self.value(close)?;
                if object.contains_key(&key) {
                    return Err(Error { column: start + 1, message: format!("`{key}` is given twice") });
                }
                object.insert(key, value);
                self.skip_spaces();
                match self.peek() {
                    Some(',') => self.at += 1,
                    None => return Ok(object),
                    Some(c) if Some(c) == close => return Ok(object),
                    Some(c) => return Err(self.error(format!("expected `,` but found `{c}`"))),
                }
            }
        }

        fn key(&mut self) -> Result<String, Error> {
            let mut key = String::new();
            while let Some(c) = self.peek() {
                if c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | ':' | '/' | '#' | '@' | '$') {
                    key.push(c);
                    self.at += 1;
                } else {
                    break;
                }
            }
            Ok(key.trim().to_string())
        }

        /// A value after `=`: `{…}`, `[…]`, or a scalar, which may be followed by more scalars
        /// (`k=a,b` is a list) as long as they are not the next `key=`.
        fn value(&mut self, close: Option<char>) -> Result<Value, Error> {
            self.skip_spaces();
            match self.peek() {
                Some('{') => {
                    self.at += 1;
                    let object = self.pairs(Some('}'))?;
                    if self.peek() != Some('}') {
                        return Err(self.error("expected `}`".to_string()));
                    }
                    self.at += 1;
                    Ok(Value::Object(object))
                }
                Some('[') => {
                    self.at += 1;
                    let mut items = Vec::new();
                    loop {
                        self.skip_spaces();
                        if self.peek() == Some(']') {
                            self.at += 1;
                            return Ok(Value::Array(items));
                        }
                        let item = match self.peek() {
                            Some('{') | Some('[') => self.value(Some(']'))?,
                            _ => Value::String(self.scalar(&[',', ']'])?),
                        };
                        items.push(item);
                        self.skip_spaces();
                        match self.peek() {
                            Some(',') => self.at += 1,
                            Some(']') => {}
                            Some(c) => return Err(self.error(format!("expected `,` or `]` but found `{c}`"))),
                            None => return Err(self.error("expected `]`".to_string())),
                        }
                    }
                }
                _ => {
                    let mut stops = vec![','];
                    stops.extend(close);
                    let first = self.scalar(&stops)?;
                    let mut values = vec![first];
                    while self.peek() == Some(',') && !self.next_is_pair() {
                        self.at += 1;
                        if self.peek().is_none_or(|next| stops.contains(&next)) {
                            return Err(self.error("expected a value after `,`".to_string()));
                        }
                        values.push(self.scalar(&stops)?);
                    }
                    if values.len() == 1 {
                        Ok(Value::String(values.remove(0)))
                    } else {
                        Ok(Value::Array(values.into_iter().map(Value::String).collect()))
                    }
                }
            }
        }

        /// Whether the text after the comma here is `key=`.
        fn next_is_pair(&self) -> bool {
            let mut index = self.at + 1;
            while index < self.chars.len() && self.chars[index] == ' ' {
                index += 1;
            }
            let start = index;
            while index < self.chars.len()
                && (self.chars[index].is_alphanumeric()
                    || matches!(self.chars[index], '-' | '_' | '.' | ':' | '/' | '#' | '@' | '$'))
            {
                index += 1;
            }
            let end = index;
            while index < self.chars.len() && self.chars[index] == ' ' {
                index += 1;
            }
            end > start && self.chars.get(index) == Some(&'=')
        }

        /// A scalar: quoted, or up to one of `stops`, with `\` escaping the next character.
        fn scalar(&mut self, stops: &[char]) -> Result<String, Error> {
            self.skip_spaces();
            if let Some(quote @ ('\'' | '"')) = self.peek() {
                let start = self.at;
                self.at += 1;
                let mut text = String::new();
                loop {
                    match self.peek() {
                        None => {
                            return Err(Error { column: start + 1, message: format!("unclosed {quote}") });
                        }
                        Some('\\') if self.chars.get(self.at + 1) == Some(&quote) => {
                            text.push(quote);
                            self.at += 2;
                        }
                        Some(c) if c == quote => {
                            self.at += 1;
                            self.skip_spaces();
                            return Ok(text);
                        }
                        Some(c) => {
                            text.push(c);
                            self.at += 1;
                        }
                    }
                }
            }
            let mut text = String::new();
            while let Some(c) = self.peek() {
                if c == '\\'
                    && let Some(next) = self.chars.get(self.at + 1)
                {
                    text.push(*next);
                    self.at += 2;
                    continue;
                }
                if stops.contains(&c) || c == '}' || c == ']' || c == '{' || c == '[' {
                    if (c == '{' || c == '[') && !text.is_empty() {
                        return Err(self.error(format!("unexpected `{c}` inside a value (quote the value)")));
                    }
                    if c == '{' || c == '[' {
                        return Err(self.error(format!("unexpected `{c}`")));
                    }
                    break;
                }
                text.push(c);
                self.at += 1;
            }
            Ok(text.trim_end().to_string())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::shorthand;
    use super::*;
    use crate::api::model::Service;
    use serde_json::json;

    fn words(text: &[&str]) -> Vec<String> {
        text.iter().map(|word| word.to_string()).collect()
    }

    fn run(service: Service, operation: &str, text: &[&str]) -> Result<Request> {
        let model = service.model();
        parse(model, model.operation(operation).unwrap(), &words(text))
    }

    fn input(service: Service, operation: &str, text: &[&str]) -> Map<String, Value> {
        match run(service, operation, text) {
            Ok(Request::Send { input, .. }) => input,
            other => panic!("{operation} {text:?}: {other:?}"),
        }
    }

    fn error(service: Service, operation: &str, text: &[&str]) -> String {
        match run(service, operation, text) {
            Err(failure) => failure.to_string(),
            Ok(other) => panic!("{operation} {text:?} should fail: {other:?}"),
        }
    }

    #[test]
    fn shorthand_cases() {
        let cases: &[(&str, Value)] = &[
            ("a=b", json!({"a": "b"})),
            ("a=b,c=d", json!({"a": "b", "c": "d"})),
            ("a=b,c,d", json!({"a": ["b", "c", "d"]})),
            ("a=b,c,d=e", json!({"a": ["b", "c"], "d": "e"})),
            ("a={b=c,d=e},f=g", json!({"a": {"b": "c", "d": "e"}, "f": "g"})),
            ("a=[b,c],d=[]", json!({"a": ["b", "c"], "d": []})),
            ("a=[{b=c},{b=d}]", json!({"a": [{"b": "c"}, {"b": "d"}]})),
            ("a='b,c',d=\"e=f\"", json!({"a": "b,c", "d": "e=f"})),
            ("a=b\\,c", json!({"a": "b,c"})),
            ("Key=Name , Value = x y ", json!({"Key": "Name", "Value": "x y"})),
            ("uri=s3://bucket/key", json!({"uri": "s3://bucket/key"})),
        ];
        for (text, expected) in cases {
            assert_eq!(&shorthand::parse(text).unwrap(), expected, "{text}");
        }
        let bad: &[(&str, usize)] =
            &[("a", 2), ("=b", 1), ("a=b,", 5), ("a={b=c", 7), ("a='b", 3), ("a=b,a=c", 5), ("a=[b", 5)];
        for (text, column) in bad {
            let error = shorthand::parse(text).unwrap_err();
            assert_eq!(error.column, *column, "{text}: {error:?}");
        }
        assert_eq!(shorthand::split_values("a,'b,c',d").unwrap(), ["a", "b,c", "d"]);
    }

    #[test]
    fn member_flags_follow_the_aws_cli() {
        let agent = Service::BedrockAgent;
        let flow = input(
            agent,
            "CreateFlow",
            &[
                "--name",
                "f",
                "--execution-role-arn",
                "arn:aws:iam::123456789012:role/flows",
                "--tags",
                "team=ml,env=dev",
            ],
        );
        assert_eq!(flow["name"], "f");
        assert_eq!(flow["tags"], json!({"team": "ml", "env": "dev"}));
        let bedrock = Service::Bedrock;
        let listed = input(
            bedrock,
            "ListFoundationModels",
            &["--by-provider", "anthropic", "--by-output-modality=TEXT"],
        );
        assert_eq!(
            listed,
            json!({"byProvider": "anthropic", "byOutputModality": "TEXT"}).as_object().unwrap().clone()
        );
        let custom = input(bedrock, "ListCustomModels", &["--max-results", "5", "--is-owned"]);
        assert_eq!(custom["maxResults"], 5);
        assert_eq!(custom["isOwned"], true);
        let custom = input(bedrock, "ListCustomModels", &["--no-is-owned"]);
        assert_eq!(custom["isOwned"], false);
        let Ok(Request::Send { paging_members_given, .. }) =
            run(bedrock, "ListCustomModels", &["--next-token", "abc"])
        else {
            panic!("sends")
        };
        assert!(paging_members_given);
        // Lists: several words, commas, JSON; lists of structures in shorthand.
        let tags = input(
            bedrock,
            "TagResource",
            &[
                "--resource-arn",
                "arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abcdefabcdef",
                "--tags",
                "key=a,value=b",
                "key=c,value=d",
            ],
        );
        assert_eq!(tags["tags"], json!([{"key": "a", "value": "b"}, {"key": "c", "value": "d"}]));
        let untag = input(
            bedrock,
            "UntagResource",
            &[
                "--resource-arn",
                "arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abcdefabcdef",
                "--tag-keys",
                "a",
                "b,c",
            ],
        );
        assert_eq!(untag["tagKeys"], json!(["a", "b", "c"]));
        let untag = input(
            bedrock,
            "UntagResource",
            &[
                "--resource-arn",
                "arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abcdefabcdef",
                "--tag-keys",
                "[\"a\"]",
            ],
        );
        assert_eq!(untag["tagKeys"], json!(["a"]));
    }

    #[test]
    fn inputs_merge_with_flags_on_top() {
        let directory = tempfile::tempdir().unwrap();
        let path = directory.path().join("input.json");
        std::fs::write(&path, r#"{"byProvider": "amazon", "byOutputModality": "TEXT"}"#).unwrap();
        let file = format!("file://{}", path.display());
        let merged = input(
            Service::Bedrock,
            "ListFoundationModels",
            &["--cli-input-json", &file, "--by-provider", "meta"],
        );
        assert_eq!(merged["byProvider"], "meta");
        assert_eq!(merged["byOutputModality"], "TEXT");
        let yaml =
            input(Service::Bedrock, "ListFoundationModels", &["--cli-input-yaml", "byProvider: cohere\n"]);
        assert_eq!(yaml["byProvider"], "cohere");
        let body = directory.path().join("body.bin");
        std::fs::write(&body, [0u8, 159, 146, 150]).unwrap();
        let invoke = input(
            Service::BedrockRuntime,
            "InvokeModel",
            &["--model-id", "amazon.nova-micro-v1:0", "--body", &format!("fileb://{}", body.display())],
        );
        assert_eq!(invoke["body"], aws_smithy_types::base64::encode([0u8, 159, 146, 150]));
        let invoke = input(Service::BedrockRuntime, "InvokeModel", &["--model-id", "m", "--body", "{}"]);
        assert_eq!(invoke["body"], aws_smithy_types::base64::encode("{}"));
    }

    #[test]
    fn bad_input_names_the_flag() {
        let bedrock = Service::Bedrock;
        let agent = Service::BedrockAgent;
        let cases: &[(Service, &str, &[&str], &str)] = &[
            (
                agent,
                "CreateFlow",
                &["--name", "f"],
                "the following required flag is missing: --execution-role-arn",
            ),
            (agent, "CreateFlow", &[], "flags are missing: --name, --execution-role-arn"),
            (bedrock, "ListCustomModels", &["--max-result", "5"], "has no flag --max-result"),
            (
                bedrock,
                "ListCustomModels",
                &["--max-results", "five"],
                "--max-results: `five` is not an integer",
            ),
            (
                bedrock,
                "ListCustomModels",
                &["--max-results", "0"],
                "--max-results = \"0\": Member must have value greater than or equal to 1",
            ),
            (
                bedrock,
                "ListCustomModels",
                &["--sort-by", "Name"],
                "--sort-by = \"Name\": Member must satisfy enum value set",
            ),
            (bedrock, "ListCustomModels", &["--max-results"], "--max-results needs a value"),
            (
                bedrock,
                "ListCustomModels",
                &["--max-results", "1", "--max-results", "2"],
                "given more than once",
            ),
            (
                agent,
                "CreateFlow",
                &["--name", "f", "--execution-role-arn", "x", "--tags", "a"],
                "--tags is not valid shorthand at column 2",
            ),
            (
                agent,
                "CreateFlow",
                &["--name", "f", "--execution-role-arn", "x", "--tags", "{\"a\":"],
                "--tags is not valid JSON at line 1 column 5",
            ),
            (
                agent,
                "GetFlow",
                &["--flow-identifier", "bad id"],
                "--flow-identifier = \"bad id\": Member must satisfy regular expression pattern",
            ),
            (
                bedrock,
                "ListFoundationModels",
                &["--cli-input-json", "{\"byProvidr\": \"x\"}"],
                "unknown field `byProvidr` at --cli-input-json",
            ),
            (bedrock, "ListFoundationModels", &["stray"], "unexpected argument `stray`"),
            (
                bedrock,
                "ListFoundationModels",
                &["--generate-cli-skeleton", "json"],
                "not one of input, output, yaml-input",
            ),
        ];
        for (service, operation, text, expected) in cases {
            let message = error(*service, operation, text);
            assert!(message.contains(expected), "{operation} {text:?}: {message}");
        }
        let hint = run(bedrock, "ListCustomModels", &["--max-result", "5"]).unwrap_err();
        assert!(format!("{hint:?}").contains("--max-results"), "{hint:?}");
    }

    #[test]
    fn skeletons() {
        let Ok(Request::Skeleton(text)) =
            run(Service::BedrockAgent, "CreateFlow", &["--generate-cli-skeleton"])
        else {
            panic!("skeleton")
        };
        let document: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(document["name"], "");
        let Ok(Request::Skeleton(text)) =
            run(Service::BedrockAgent, "CreateFlow", &["--generate-cli-skeleton", "output"])
        else {
            panic!("skeleton")
        };
        assert!(serde_json::from_str::<Value>(&text).unwrap().get("arn").is_some());
        let Ok(Request::Skeleton(text)) =
            run(Service::BedrockAgent, "CreateFlow", &["--generate-cli-skeleton", "yaml-input"])
        else {
            panic!("skeleton")
        };
        assert!(text.contains("executionRoleArn: ''"), "{text}");
    }
}
