//! Amazon Bedrock Flows: a flow definition (nodes joined by connections) is checked as the
//! service checks it (ValidateFlowDefinition, and PrepareFlow, which fails a flow whose
//! definition has errors and keeps the validations for GetFlow), versions snapshot a prepared
//! draft, and InvokeFlow runs the definition an alias routes to over its nodes — Input, Prompt
//! (the emulator's deterministic model answer), KnowledgeBase (the emulator's retrieval),
//! Condition (expressions over the node's inputs), Iterator and Collector, Output — answering
//! the service's event stream: `flowOutputEvent` per Output node reached, `flowTraceEvent`s when
//! tracing is on, and `flowCompletionEvent`.

use std::collections::{HashMap, HashSet, VecDeque};

use serde_json::{Map, Value, json};

use super::Answer;
use crate::api::model::Service;
use crate::emulator::errors::ServiceError;
use crate::emulator::knowledge::{self, search};
use crate::emulator::runtime::event_stream;
use crate::emulator::store::{self, Call, OWN_ARN, OWN_ID, PREPARING, STATUS_OVERRIDE, collection};
use crate::emulator::{Emulator, clock, runtime};

// ---------------------------------------------------------------------------------------------
// The definition
// ---------------------------------------------------------------------------------------------

fn text<'a>(value: &'a Value, key: &str) -> &'a str {
    value.get(key).and_then(Value::as_str).unwrap_or_default()
}

fn lower_first(text: &str) -> String {
    let mut letters = text.chars();
    letters.next().map(|first| first.to_ascii_lowercase()).into_iter().chain(letters).collect()
}

/// One node of a definition.
#[derive(Debug, Clone)]
struct Node<'a> {
    name: &'a str,
    kind: &'a str,
    value: &'a Value,
}

impl<'a> Node<'a> {
    /// The node's inputs: (name, type, expression).
    fn inputs(&self) -> Vec<(&'a str, &'a str, &'a str)> {
        let list = self.value.get("inputs").and_then(Value::as_array);
        list.into_iter()
            .flatten()
            .map(|input| (text(input, "name"), text(input, "type"), text(input, "expression")))
            .collect()
    }

    /// The node's outputs: (name, type).
    fn outputs(&self) -> Vec<(&'a str, &'a str)> {
        let list = self.value.get("outputs").and_then(Value::as_array);
        list.into_iter().flatten().map(|output| (text(output, "name"), text(output, "type"))).collect()
    }

    /// The configuration of the node's type (`configuration.prompt` of a Prompt node).
    fn configuration(&self) -> Option<&'a Value> {
        self.value.get("configuration")?.get(lower_first(self.kind))
    }

    /// A Condition node's conditions: (name, expression).
    fn conditions(&self) -> Vec<(&'a str, Option<&'a str>)> {
        let list = self.configuration().and_then(|configuration| configuration.get("conditions"));
        list.and_then(Value::as_array)
            .into_iter()
            .flatten()
            .map(|condition| (text(condition, "name"), condition.get("expression").and_then(Value::as_str)))
            .collect()
    }
}

/// One connection of a definition.
#[derive(Debug, Clone)]
struct Connection<'a> {
    name: &'a str,
    kind: &'a str,
    source: &'a str,
    target: &'a str,
    /// `configuration.data`'s (sourceOutput, targetInput).
    data: Option<(&'a str, &'a str)>,
    /// `configuration.conditional.condition`.
    condition: Option<&'a str>,
}

fn nodes(definition: &Value) -> Vec<Node<'_>> {
    let list = definition.get("nodes").and_then(Value::as_array);
    list.into_iter()
        .flatten()
        .map(|node| Node { name: text(node, "name"), kind: text(node, "type"), value: node })
        .collect()
}

fn connections(definition: &Value) -> Vec<Connection<'_>> {
    let list = definition.get("connections").and_then(Value::as_array);
    list.into_iter()
        .flatten()
        .map(|connection| {
            let configuration = connection.get("configuration");
            let data = configuration
                .and_then(|configuration| configuration.get("data"))
                .map(|data| (text(data, "sourceOutput"), text(data, "targetInput")));
            let condition = configuration
                .and_then(|configuration| configuration.get("conditional"))
                .map(|conditional| text(conditional, "condition"));
            Connection {
                name: text(connection, "name"),
                kind: text(connection, "type"),
                source: text(connection, "source"),
                target: text(connection, "target"),
                data,
                condition,
            }
        })
        .collect()
}

/// The `{{variables}}` of a prompt template, in order, once each.
fn template_variables(template: &str) -> Vec<String> {
    let mut variables: Vec<String> = Vec::new();
    let mut rest = template;
    while let Some(start) = rest.find("{{") {
        let after = &rest[start + 2..];
        let Some(end) = after.find("}}") else { break };
        let name = after[..end].trim().to_string();
        if !name.is_empty() && !variables.contains(&name) {
            variables.push(name);
        }
        rest = &after[end + 2..];
    }
    variables
}

/// Every text of an inline prompt's template (a text template, or a chat template's messages
/// and system blocks).
fn template_texts(template: &Value) -> Vec<&str> {
    if let Some(text_template) = template.get("text") {
        return vec![text(text_template, "text")];
    }
    let Some(chat) = template.get("chat") else { return Vec::new() };
    let mut texts = Vec::new();
    for block in chat.get("system").and_then(Value::as_array).into_iter().flatten() {
        texts.push(text(block, "text"));
    }
    for message in chat.get("messages").and_then(Value::as_array).into_iter().flatten() {
        for block in message.get("content").and_then(Value::as_array).into_iter().flatten() {
            texts.push(text(block, "text"));
        }
    }
    texts
}

// ---------------------------------------------------------------------------------------------
// Input expressions (`$.data`, `$.data.field[0]`)
// ---------------------------------------------------------------------------------------------

/// One step of a path into a value.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    Key(String),
    Index(usize),
}

/// The steps of a node input expression: `$.data` then `.key`, `[index]` or `['key']`.
pub fn parse_input_expression(expression: &str) -> Result<Vec<Step>, String> {
    let rest = expression
        .trim()
        .strip_prefix("$.data")
        .ok_or_else(|| format!("the expression {expression:?} does not start with $.data"))?;
    let mut steps = Vec::new();
    let characters: Vec<char> = rest.chars().collect();
    let mut position = 0;
    while position < characters.len() {
        match characters[position] {
            '.' => {
                let start = position + 1;
                let mut end = start;
                while end < characters.len() && (characters[end].is_alphanumeric() || characters[end] == '_')
                {
                    end += 1;
                }
                if end == start {
                    return Err(format!("a field name is missing after '.' in {expression:?}"));
                }
                steps.push(Step::Key(characters[start..end].iter().collect()));
                position = end;
            }
            '[' => {
                let close = characters[position..]
                    .iter()
                    .position(|character| *character == ']')
                    .map(|offset| position + offset)
                    .ok_or_else(|| format!("'[' is not closed in {expression:?}"))?;
                let inside: String = characters[position + 1..close].iter().collect();
                let inside = inside.trim();
                if let Ok(index) = inside.parse::<usize>() {
                    steps.push(Step::Index(index));
                } else if inside.len() >= 2
                    && ((inside.starts_with('\'') && inside.ends_with('\''))
                        || (inside.starts_with('"') && inside.ends_with('"')))
                {
                    steps.push(Step::Key(inside[1..inside.len() - 1].to_string()));
                } else {
                    return Err(format!("[{inside}] is neither an index nor a quoted key in {expression:?}"));
                }
                position = close + 1;
            }
            other => return Err(format!("unexpected {other:?} in {expression:?}")),
        }
    }
    Ok(steps)
}

/// The part of a value a path selects.
pub fn select(value: &Value, steps: &[Step]) -> Option<Value> {
    let mut current = value;
    for step in steps {
        current = match step {
            Step::Key(key) => current.get(key)?,
            Step::Index(index) => current.get(*index)?,
        };
    }
    Some(current.clone())
}

// ---------------------------------------------------------------------------------------------
// Condition expressions
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Number(f64),
    Text(String),
    Name(String),
    Operator(&'static str),
    Open,
    Close,
    Dot,
    OpenBracket,
    CloseBracket,
}

fn tokens(expression: &str) -> Result<Vec<Token>, String> {
    let characters: Vec<char> = expression.chars().collect();
    let mut found = Vec::new();
    let mut position = 0;
    while position < characters.len() {
        let character = characters[position];
        let next = characters.get(position + 1).copied();
        if character.is_whitespace() {
            position += 1;
            continue;
        }
        let two: Option<&'static str> = match (character, next) {
            ('=', Some('=')) => Some("=="),
            ('!', Some('=')) => Some("!="),
            ('>', Some('=')) => Some(">="),
            ('<', Some('=')) => Some("<="),
            ('&', Some('&')) => Some("and"),
            ('|', Some('|')) => Some("or"),
            _ => None,
        };
        if let Some(operator) = two {
            found.push(Token::Operator(operator));
            position += 2;
            continue;
        }
        match character {
            '>' => found.push(Token::Operator(">")),
            '<' => found.push(Token::Operator("<")),
            '!' => found.push(Token::Operator("not")),
            '-' => found.push(Token::Operator("-")),
            '(' => found.push(Token::Open),
            ')' => found.push(Token::Close),
            '[' => found.push(Token::OpenBracket),
            ']' => found.push(Token::CloseBracket),
            '.' if !next.is_some_and(|next| next.is_ascii_digit()) => found.push(Token::Dot),
            '"' | '\'' => {
                let mut value = String::new();
                position += 1;
                loop {
                    let Some(&inner) = characters.get(position) else {
                        return Err(format!("the string starting {character}{value} is not closed"));
                    };
                    if inner == character {
                        break;
                    }
                    if inner == '\\' {
                        position += 1;
                        if let Some(&escaped) = characters.get(position) {
                            value.push(escaped);
                        }
                    } else {
                        value.push(inner);
                    }
                    position += 1;
                }
                found.push(Token::Text(value));
            }
            digit if digit.is_ascii_digit() || digit == '.' => {
                let start = position;
                while position < characters.len()
                    && (characters[position].is_ascii_digit() || characters[position] == '.')
                {
                    position += 1;
                }
                let number: String = characters[start..position].iter().collect();
                let value = number.parse::<f64>().map_err(|_| format!("{number} is not a number"))?;
                found.push(Token::Number(value));
                continue;
            }
            letter if letter.is_alphabetic() || letter == '_' => {
                let start = position;
                while position < characters.len()
                    && (characters[position].is_alphanumeric() || characters[position] == '_')
                {
                    position += 1;
                }
                let word: String = characters[start..position].iter().collect();
                found.push(match word.as_str() {
                    "and" => Token::Operator("and"),
                    "or" => Token::Operator("or"),
                    "not" => Token::Operator("not"),
                    _ => Token::Name(word),
                });
                continue;
            }
            other => return Err(format!("unexpected character {other:?}")),
        }
        position += 1;
    }
    Ok(found)
}

/// A parsed condition expression.
#[derive(Debug, Clone, PartialEq)]
pub enum Expression {
    Literal(Value),
    /// An input of the node, and a path into it (`input.count`, `items[0]`).
    Input(String, Vec<Step>),
    Compare(Box<Expression>, &'static str, Box<Expression>),
    And(Box<Expression>, Box<Expression>),
    Or(Box<Expression>, Box<Expression>),
    Not(Box<Expression>),
}

struct Parser {
    tokens: Vec<Token>,
    position: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.position)
    }

    fn take(&mut self) -> Option<Token> {
        let token = self.tokens.get(self.position).cloned();
        self.position += 1;
        token
    }

    fn operator(&mut self, wanted: &str) -> bool {
        if self.peek()
            == Some(&Token::Operator(match wanted {
                "and" => "and",
                "or" => "or",
                _ => "not",
            }))
        {
            self.position += 1;
            return true;
        }
        false
    }

    fn or(&mut self) -> Result<Expression, String> {
        let mut left = self.and()?;
        while self.operator("or") {
            left = Expression::Or(Box::new(left), Box::new(self.and()?));
        }
        Ok(left)
    }

    fn and(&mut self) -> Result<Expression, String> {
        let mut left = self.not()?;
        while self.operator("and") {
            left = Expression::And(Box::new(left), Box::new(self.not()?));
        }
        Ok(left)
    }

    fn not(&mut self) -> Result<Expression, String> {
        if self.operator("not") {
            return Ok(Expression::Not(Box::new(self.not()?)));
        }
        self.comparison()
    }

    fn comparison(&mut self) -> Result<Expression, String> {
        let left = self.primary()?;
        if let Some(Token::Operator(operator)) = self.peek().cloned()
            && ["==", "!=", ">", ">=", "<", "<="].contains(&operator)
        {
            self.position += 1;
            let right = self.primary()?;
            return Ok(Expression::Compare(Box::new(left), operator, Box::new(right)));
        }
        Ok(left)
    }

    fn primary(&mut self) -> Result<Expression, String> {
        match self.take() {
            Some(Token::Number(number)) => Ok(Expression::Literal(json!(number))),
            Some(Token::Operator("-")) => match self.take() {
                Some(Token::Number(number)) => Ok(Expression::Literal(json!(-number))),
                _ => Err("'-' must come before a number".to_string()),
            },
            Some(Token::Text(value)) => Ok(Expression::Literal(Value::String(value))),
            Some(Token::Open) => {
                let inner = self.or()?;
                match self.take() {
                    Some(Token::Close) => Ok(inner),
                    _ => Err("'(' is not closed".to_string()),
                }
            }
            Some(Token::Name(name)) => match name.as_str() {
                "true" => Ok(Expression::Literal(json!(true))),
                "false" => Ok(Expression::Literal(json!(false))),
                "null" => Ok(Expression::Literal(Value::Null)),
                _ => {
                    let mut steps = Vec::new();
                    loop {
                        match self.peek() {
                            Some(Token::Dot) => {
                                self.position += 1;
                                match self.take() {
                                    Some(Token::Name(key)) => steps.push(Step::Key(key)),
                                    _ => return Err(format!("a field name is missing after {name}.")),
                                }
                            }
                            Some(Token::OpenBracket) => {
                                self.position += 1;
                                let step = match self.take() {
                                    Some(Token::Number(index)) if index >= 0.0 && index.fract() == 0.0 => {
                                        Step::Index(index as usize)
                                    }
                                    Some(Token::Text(key)) => Step::Key(key),
                                    _ => {
                                        return Err(format!(
                                            "[…] after {name} needs an index or a quoted key"
                                        ));
                                    }
                                };
                                if self.take() != Some(Token::CloseBracket) {
                                    return Err(format!("'[' after {name} is not closed"));
                                }
                                steps.push(step);
                            }
                            _ => break,
                        }
                    }
                    Ok(Expression::Input(name, steps))
                }
            },
            Some(token) => Err(format!("unexpected {}", describe(&token))),
            None => Err("the expression ends too early".to_string()),
        }
    }
}

fn describe(token: &Token) -> String {
    match token {
        Token::Number(number) => format!("number {number}"),
        Token::Text(value) => format!("string {value:?}"),
        Token::Name(name) => format!("name {name}"),
        Token::Operator(operator) => format!("operator {operator}"),
        Token::Open => "'('".to_string(),
        Token::Close => "')'".to_string(),
        Token::Dot => "'.'".to_string(),
        Token::OpenBracket => "'['".to_string(),
        Token::CloseBracket => "']'".to_string(),
    }
}

/// Parse a condition expression (`==`, `!=`, `>`, `>=`, `<`, `<=`, `and`, `or`, `not`, numbers,
/// quoted strings, `true`/`false`/`null`, inputs with `.field` and `[index]`, parentheses).
pub fn parse_condition(expression: &str) -> Result<Expression, String> {
    let found = tokens(expression)?;
    if found.is_empty() {
        return Err("the expression is empty".to_string());
    }
    let mut parser = Parser { tokens: found, position: 0 };
    let parsed = parser.or()?;
    match parser.take() {
        None => Ok(parsed),
        Some(token) => Err(format!("unexpected {} after a complete expression", describe(&token))),
    }
}

/// The inputs an expression names.
fn inputs_named(expression: &Expression, names: &mut Vec<String>) {
    match expression {
        Expression::Literal(_) => {}
        Expression::Input(name, _) => {
            if !names.contains(name) {
                names.push(name.clone());
            }
        }
        Expression::Compare(left, _, right) | Expression::And(left, right) | Expression::Or(left, right) => {
            inputs_named(left, names);
            inputs_named(right, names);
        }
        Expression::Not(inner) => inputs_named(inner, names),
    }
}

fn value_of(expression: &Expression, inputs: &Map<String, Value>) -> Result<Value, String> {
    Ok(match expression {
        Expression::Literal(value) => value.clone(),
        Expression::Input(name, steps) => {
            let input = inputs.get(name).ok_or_else(|| format!("the node has no input {name}"))?;
            select(input, steps).unwrap_or(Value::Null)
        }
        other => Value::Bool(holds(other, inputs)?),
    })
}

fn same(left: &Value, right: &Value) -> bool {
    match (left.as_f64(), right.as_f64()) {
        (Some(left), Some(right)) => left == right,
        _ => left == right,
    }
}

/// Whether a condition expression holds for a node's inputs.
pub fn holds(expression: &Expression, inputs: &Map<String, Value>) -> Result<bool, String> {
    match expression {
        Expression::And(left, right) => Ok(holds(left, inputs)? && holds(right, inputs)?),
        Expression::Or(left, right) => Ok(holds(left, inputs)? || holds(right, inputs)?),
        Expression::Not(inner) => Ok(!holds(inner, inputs)?),
        Expression::Compare(left, operator, right) => {
            let (left, right) = (value_of(left, inputs)?, value_of(right, inputs)?);
            match *operator {
                "==" => return Ok(same(&left, &right)),
                "!=" => return Ok(!same(&left, &right)),
                _ => {}
            }
            let order = match (&left, &right) {
                (Value::Number(_), Value::Number(_)) => {
                    left.as_f64().unwrap_or_default().partial_cmp(&right.as_f64().unwrap_or_default())
                }
                (Value::String(left), Value::String(right)) => Some(left.cmp(right)),
                _ => None,
            }
            .ok_or_else(|| format!("{left} and {right} cannot be compared with {operator}"))?;
            Ok(match *operator {
                ">" => order.is_gt(),
                ">=" => order.is_ge(),
                "<" => order.is_lt(),
                _ => order.is_le(),
            })
        }
        other => match value_of(other, inputs)? {
            Value::Bool(value) => Ok(value),
            value => Err(format!("{value} is not a boolean")),
        },
    }
}

// ---------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------

/// One finding about a definition, in the service's `FlowValidation` terms.
#[derive(Debug, Clone, PartialEq)]
pub struct Validation {
    /// The `FlowValidationType` (`CyclicConnection`, …).
    pub kind: &'static str,
    pub severity: &'static str,
    pub message: String,
    /// The members of the type's details structure.
    pub details: Value,
}

impl Validation {
    fn error(kind: &'static str, message: String, details: Value) -> Self {
        Validation { kind, severity: "Error", message, details }
    }

    fn warning(kind: &'static str, message: String, details: Value) -> Self {
        Validation { kind, severity: "Warning", message, details }
    }

    /// The `FlowValidation` document.
    pub fn wire(&self) -> Value {
        json!({
            "message": self.message,
            "severity": self.severity,
            "type": self.kind,
            "details": { lower_first(self.kind): self.details },
        })
    }
}

/// The inputs a node of a type must have, whatever its configuration.
fn required_inputs(node: &Node) -> Vec<String> {
    let fixed: &[&str] = match node.kind {
        "Output" => &["document"],
        "KnowledgeBase" => &["retrievalQuery"],
        "Iterator" => &["array"],
        "Collector" => &["arrayItem", "arraySize"],
        _ => &[],
    };
    let mut names: Vec<String> = fixed.iter().map(|name| name.to_string()).collect();
    if node.kind == "Prompt"
        && let Some(inline) =
            node.configuration().and_then(|prompt| prompt.pointer("/sourceConfiguration/inline"))
        && let Some(template) = inline.get("templateConfiguration")
    {
        for text in template_texts(template) {
            for variable in template_variables(text) {
                if !names.contains(&variable) {
                    names.push(variable);
                }
            }
        }
    }
    names
}

/// Check a definition as the service does; an empty list for a valid flow.
pub fn validate(definition: &Value) -> Vec<Validation> {
    let nodes = nodes(definition);
    let connections = connections(definition);
    let by_name: HashMap<&str, &Node> = nodes.iter().map(|node| (node.name, node)).collect();
    let mut found = Vec::new();

    let starting: Vec<&str> =
        nodes.iter().filter(|node| node.kind == "Input").map(|node| node.name).collect();
    match starting.len() {
        0 => found.push(Validation::error(
            "MissingStartingNodes",
            "The flow has no Input node: a flow starts at exactly one Input node.".to_string(),
            json!({}),
        )),
        1 => {}
        _ => found.push(Validation::error(
            "Unspecified",
            format!(
                "The flow has {} Input nodes ({}): a flow starts at exactly one Input node.",
                starting.len(),
                starting.join(", ")
            ),
            json!({}),
        )),
    }
    if !nodes.iter().any(|node| node.kind == "Output") {
        found.push(Validation::error(
            "MissingEndingNodes",
            "The flow has no Output node: a flow needs at least one.".to_string(),
            json!({}),
        ));
    }

    for node in &nodes {
        if node.configuration().is_none() {
            found.push(Validation::error(
                "MissingNodeConfiguration",
                format!(
                    "Node {} of type {} has no configuration.{}.",
                    node.name,
                    node.kind,
                    lower_first(node.kind)
                ),
                json!({"node": node.name}),
            ));
        }
        let input_names: Vec<&str> = node.inputs().iter().map(|(name, _, _)| *name).collect();
        for required in required_inputs(node) {
            if !input_names.contains(&required.as_str()) {
                found.push(Validation::error(
                    "MissingNodeInput",
                    format!("Node {} has no input named {required}.", node.name),
                    json!({"node": node.name, "input": required}),
                ));
            }
        }
        let required_output = match node.kind {
            "Input" | "Prompt" | "KnowledgeBase" | "Iterator" => node.outputs().is_empty(),
            "Collector" => !node.outputs().iter().any(|(name, _)| *name == "collectedArray"),
            _ => false,
        };
        if required_output {
            let output = match node.kind {
                "Input" => "document",
                "Prompt" => "modelCompletion",
                "KnowledgeBase" => "outputText",
                "Iterator" => "arrayItem",
                _ => "collectedArray",
            };
            found.push(Validation::error(
                "MissingNodeOutput",
                format!("Node {} has no output named {output}.", node.name),
                json!({"node": node.name, "output": output}),
            ));
        }
        for (name, _, expression) in node.inputs() {
            if let Err(cause) = parse_input_expression(expression) {
                found.push(Validation::error(
                    "MalformedNodeInputExpression",
                    format!("The expression of input {name} of node {}: {cause}.", node.name),
                    json!({"node": node.name, "input": name, "cause": cause}),
                ));
            }
        }
        if node.kind == "Condition" {
            let conditions = node.conditions();
            if !conditions.iter().any(|(name, expression)| expression.is_none() || *name == "default") {
                found.push(Validation::error(
                    "MissingDefaultCondition",
                    format!(
                        "Condition node {} has no default condition (one without an expression).",
                        node.name
                    ),
                    json!({"node": node.name}),
                ));
            }
            let mut expressions: Vec<String> = Vec::new();
            for (condition, expression) in conditions {
                let Some(expression) = expression else { continue };
                let normalised: String = expression.split_whitespace().collect::<Vec<_>>().join(" ");
                if expressions.contains(&normalised) {
                    found.push(Validation::error(
                        "DuplicateConditionExpression",
                        format!(
                            "Condition node {} has the expression {expression:?} more than once.",
                            node.name
                        ),
                        json!({"node": node.name, "expression": expression}),
                    ));
                }
                expressions.push(normalised);
                let cause = match parse_condition(expression) {
                    Err(cause) => Some(cause),
                    Ok(parsed) => {
                        let mut named = Vec::new();
                        inputs_named(&parsed, &mut named);
                        named
                            .iter()
                            .find(|name| !input_names.contains(&name.as_str()))
                            .map(|name| format!("{name} is not an input of the node"))
                    }
                };
                if let Some(cause) = cause {
                    found.push(Validation::error(
                        "MalformedConditionExpression",
                        format!("Condition {condition} of node {}: {cause}.", node.name),
                        json!({"node": node.name, "condition": condition, "cause": cause}),
                    ));
                }
            }
        }
    }

    let mut seen: HashSet<String> = HashSet::new();
    for connection in &connections {
        let name = connection.name;
        let source = by_name.get(connection.source);
        let target = by_name.get(connection.target);
        if source.is_none() {
            found.push(Validation::error(
                "UnknownConnectionSource",
                format!(
                    "Connection {name} starts at {}, which is not a node of the flow.",
                    connection.source
                ),
                json!({"connection": name}),
            ));
        }
        if target.is_none() {
            found.push(Validation::error(
                "UnknownConnectionTarget",
                format!("Connection {name} ends at {}, which is not a node of the flow.", connection.target),
                json!({"connection": name}),
            ));
        }
        let key = match (connection.kind, connection.data, connection.condition) {
            ("Data", Some((output, input)), _) => {
                if let Some(source) = source
                    && !source.outputs().iter().any(|(name, _)| *name == output)
                {
                    found.push(Validation::error(
                        "UnknownConnectionSourceOutput",
                        format!(
                            "Connection {name} starts at output {output}, which node {} does not have.",
                            source.name
                        ),
                        json!({"connection": name}),
                    ));
                }
                if let Some(target) = target
                    && !target.inputs().iter().any(|(name, _, _)| *name == input)
                {
                    found.push(Validation::error(
                        "UnknownConnectionTargetInput",
                        format!(
                            "Connection {name} ends at input {input}, which node {} does not have.",
                            target.name
                        ),
                        json!({"connection": name}),
                    ));
                }
                let output_type = source
                    .and_then(|source| source.outputs().into_iter().find(|(name, _)| *name == output))
                    .map(|(_, kind)| kind);
                // Only a whole output (`$.data`) has the output's type; a part of it may not.
                let input_type = target
                    .and_then(|target| target.inputs().into_iter().find(|(name, _, _)| *name == input))
                    .filter(|(_, _, expression)| expression.trim() == "$.data")
                    .map(|(_, kind, _)| kind);
                if let (Some(output_type), Some(input_type)) = (output_type, input_type)
                    && output_type != input_type
                {
                    // The service converts what it can at run time; a mismatch is worth a warning.
                    found.push(Validation::warning(
                        "IncompatibleConnectionDataType",
                        format!("Connection {name} joins an output of type {output_type} to an input of type {input_type}."),
                        json!({"connection": name}),
                    ));
                }
                format!("{}\u{0}{}\u{0}{output}\u{0}{input}", connection.source, connection.target)
            }
            ("Conditional", _, Some(condition)) => {
                if let Some(source) = source
                    && (source.kind != "Condition"
                        || !source.conditions().iter().any(|(name, _)| *name == condition))
                {
                    found.push(Validation::error(
                        "UnknownConnectionCondition",
                        format!(
                            "Connection {name} follows condition {condition}, which node {} does not have.",
                            source.name
                        ),
                        json!({"connection": name}),
                    ));
                }
                format!("{}\u{0}{}\u{0}?{condition}", connection.source, connection.target)
            }
            (kind, _, _) => {
                found.push(Validation::error(
                    "MissingConnectionConfiguration",
                    format!(
                        "Connection {name} of type {kind} needs configuration.{}.",
                        if kind == "Conditional" {
                            "conditional.condition"
                        } else {
                            "data (sourceOutput, targetInput)"
                        }
                    ),
                    json!({"connection": name}),
                ));
                continue;
            }
        };
        if !seen.insert(key) {
            found.push(Validation::error(
                "DuplicateConnections",
                format!(
                    "Node {} is connected to node {} the same way more than once.",
                    connection.source, connection.target
                ),
                json!({"source": connection.source, "target": connection.target}),
            ));
        }
    }

    for node in &nodes {
        for (input, _, _) in node.inputs() {
            let feeding = connections
                .iter()
                .filter(|connection| {
                    connection.target == node.name
                        && connection.data.is_some_and(|(_, target)| target == input)
                })
                .count();
            if feeding == 0 {
                found.push(Validation::error(
                    "UnfulfilledNodeInput",
                    format!("Input {input} of node {} is not connected to any node's output.", node.name),
                    json!({"node": node.name, "input": input}),
                ));
            } else if feeding > 1 {
                found.push(Validation::error(
                    "MultipleNodeInputConnections",
                    format!("Input {input} of node {} has {feeding} connections: it takes one.", node.name),
                    json!({"node": node.name, "input": input}),
                ));
            }
        }
    }

    // Cycles: a connection back to a node on the current path.
    let known: Vec<&Connection> = connections
        .iter()
        .filter(|connection| {
            by_name.contains_key(connection.source) && by_name.contains_key(connection.target)
        })
        .collect();
    let mut state: HashMap<&str, u8> = HashMap::new();
    let mut cyclic: Vec<&str> = Vec::new();
    fn visit<'a>(
        node: &'a str,
        known: &[&Connection<'a>],
        state: &mut HashMap<&'a str, u8>,
        cyclic: &mut Vec<&'a str>,
    ) {
        state.insert(node, 1);
        for connection in known.iter().filter(|connection| connection.source == node) {
            match state.get(connection.target).copied().unwrap_or(0) {
                0 => visit(connection.target, known, state, cyclic),
                1 => cyclic.push(connection.name),
                _ => {}
            }
        }
        state.insert(node, 2);
    }
    for node in &nodes {
        if state.get(node.name).copied().unwrap_or(0) == 0 {
            visit(node.name, &known, &mut state, &mut cyclic);
        }
    }
    for connection in cyclic {
        found.push(Validation::error(
            "CyclicConnection",
            format!("Connection {connection} closes a cycle: a flow's connections must not loop back."),
            json!({"connection": connection}),
        ));
    }

    if starting.len() == 1 {
        let mut reached: HashSet<&str> = HashSet::from([starting[0]]);
        let mut queue = VecDeque::from([starting[0]]);
        while let Some(node) = queue.pop_front() {
            for connection in known.iter().filter(|connection| connection.source == node) {
                if reached.insert(connection.target) {
                    queue.push_back(connection.target);
                }
            }
        }
        for node in &nodes {
            if !reached.contains(node.name) {
                found.push(Validation::error(
                    "UnreachableNode",
                    format!("Node {} cannot be reached from the Input node {}.", node.name, starting[0]),
                    json!({"node": node.name}),
                ));
            }
        }
    }
    found
}

fn has_errors(validations: &[Validation]) -> bool {
    validations.iter().any(|validation| validation.severity == "Error")
}

/// ValidateFlowDefinition.
pub fn validate_definition(call: &Call) -> Result<Answer, ServiceError> {
    let definition = call.input.get("definition").cloned().unwrap_or(Value::Null);
    let validations: Vec<Value> = validate(&definition).iter().map(Validation::wire).collect();
    Ok(Answer::Document(json!({ "validations": validations })))
}

// ---------------------------------------------------------------------------------------------
// The stored flows
// ---------------------------------------------------------------------------------------------

fn flows() -> String {
    collection(Service::BedrockAgent, "Flow")
}

/// The last segment of an identifier that may be an ARN (`…:flow/ID`, `…/alias/ID`).
fn own_id(identifier: &str) -> &str {
    identifier.rsplit(['/', ':']).next().unwrap_or(identifier)
}

fn names(document: &Value, key: &str, identifier: &str) -> bool {
    key.rsplit('/').next() == Some(own_id(identifier))
        || [OWN_ID, OWN_ARN].iter().any(|member| text(document, member) == identifier)
}

/// A stored flow by id or ARN: its key and document.
fn find_flow(emulator: &Emulator, identifier: &str) -> Result<(String, Value), ServiceError> {
    let flow_id = identifier.split_once(":flow/").map(|(_, rest)| own_id(rest)).unwrap_or(identifier);
    emulator
        .store
        .read(|state| {
            state
                .documents(&flows())
                .find(|(key, document)| {
                    names(document, key, flow_id) || text(document, OWN_ARN) == identifier
                })
                .map(|(key, document)| (key.clone(), document.clone()))
        })
        .ok_or_else(|| ServiceError::not_found(format!("Flow {identifier} not found.")))
}

/// A flow's status now: set by preparation (Failed), moving Preparing → Prepared on the
/// emulator's clock, else NotPrepared.
pub fn flow_status(emulator: &Emulator, flow: &Value) -> String {
    if let Some(status) = flow.get(STATUS_OVERRIDE).and_then(Value::as_str) {
        return status.to_string();
    }
    match flow.get(PREPARING).and_then(Value::as_u64) {
        Some(since) if emulator.clock.progress(since) >= 1.0 => "Prepared".to_string(),
        Some(_) => "Preparing".to_string(),
        None => "NotPrepared".to_string(),
    }
}

fn failure(error: impl std::fmt::Debug) -> ServiceError {
    let _ = error;
    ServiceError::internal()
}

/// PrepareFlow: a definition with errors fails the flow (its validations kept for GetFlow);
/// a valid one is prepared as the store prepares (Preparing → Prepared on the clock).
pub fn prepare(call: &Call) -> Result<Answer, ServiceError> {
    let identifier = text(&Value::Object(call.input.clone()), "flowIdentifier").to_string();
    let (key, flow) = find_flow(call.emulator, &identifier)?;
    let validations = validate(flow.get("definition").unwrap_or(&Value::Null));
    let wire: Vec<Value> = validations.iter().map(Validation::wire).collect();
    let failed = has_errors(&validations);
    call.emulator
        .store
        .update(|state| {
            if let Some(Value::Object(document)) = state.document_mut(&flows(), &key) {
                document.insert("validations".to_string(), Value::Array(wire.clone()));
                if failed {
                    document.insert(STATUS_OVERRIDE.to_string(), json!("Failed"));
                    document.remove(PREPARING);
                    document.insert("updatedAt".to_string(), json!(clock::now_timestamp()));
                }
            }
        })
        .map_err(failure)?;
    if failed {
        return Ok(Answer::Document(json!({"id": text(&flow, OWN_ID), "status": "Failed"})));
    }
    store::serve(call)
}

/// UpdateFlow: the store's update, after which the draft must be prepared again.
pub fn update(call: &Call) -> Result<Answer, ServiceError> {
    let answer = store::serve(call)?;
    let identifier = text(&Value::Object(call.input.clone()), "flowIdentifier").to_string();
    let (key, _) = find_flow(call.emulator, &identifier)?;
    call.emulator
        .store
        .update(|state| {
            if let Some(Value::Object(document)) = state.document_mut(&flows(), &key) {
                document.remove(PREPARING);
                document.remove(STATUS_OVERRIDE);
                document.remove("validations");
            }
        })
        .map_err(failure)?;
    Ok(match answer {
        Answer::Document(mut document) => {
            document["status"] = json!("NotPrepared");
            Answer::Document(document)
        }
        other => other,
    })
}

/// CreateFlowVersion: only of a prepared draft; the version is prepared from the start.
pub fn create_version(call: &Call) -> Result<Answer, ServiceError> {
    let identifier = text(&Value::Object(call.input.clone()), "flowIdentifier").to_string();
    let (key, flow) = find_flow(call.emulator, &identifier)?;
    let status = flow_status(call.emulator, &flow);
    if status != "Prepared" {
        return Err(ServiceError::validation(format!(
            "Flow {identifier} is {status}: prepare it (PrepareFlow) before creating a version."
        )));
    }
    let Answer::Document(mut document) = store::serve(call)? else {
        return Err(ServiceError::internal());
    };
    let version = text(&document, "version").to_string();
    let flow_arn = text(&flow, OWN_ARN).to_string();
    call.emulator
        .store
        .update(|state| {
            let versions = collection(Service::BedrockAgent, "FlowVersion");
            if let Some(Value::Object(stored)) = state.document_mut(&versions, &format!("{key}/{version}")) {
                stored.insert(STATUS_OVERRIDE.to_string(), json!("Prepared"));
                // A version answers with its flow's ARN (GetFlowVersion's `arn` is a FlowArn).
                stored.insert("arn".to_string(), json!(flow_arn));
            }
        })
        .map_err(failure)?;
    document["status"] = json!("Prepared");
    document["arn"] = json!(flow_arn);
    Ok(Answer::Document(document))
}

/// CreateFlowAlias: the versions it routes to must exist (DRAFT, or a created version).
pub fn create_alias(call: &Call) -> Result<Answer, ServiceError> {
    let identifier = text(&Value::Object(call.input.clone()), "flowIdentifier").to_string();
    let (key, _) = find_flow(call.emulator, &identifier)?;
    let routes =
        call.input.get("routingConfiguration").and_then(Value::as_array).cloned().unwrap_or_default();
    for route in &routes {
        let version = text(route, "flowVersion");
        if version.is_empty() || version == "DRAFT" {
            continue;
        }
        let exists = call.emulator.store.read(|state| {
            state
                .document(&collection(Service::BedrockAgent, "FlowVersion"), &format!("{key}/{version}"))
                .is_some()
        });
        if !exists {
            return Err(ServiceError::not_found(format!("Flow {identifier} has no version {version}.")));
        }
    }
    store::serve(call)
}

/// The definition an alias of a flow runs, and the version it is.
fn definition_to_run(
    emulator: &Emulator,
    flow_identifier: &str,
    alias_identifier: &str,
) -> Result<(Value, String), ServiceError> {
    let (key, flow) = find_flow(emulator, flow_identifier)?;
    let version = if alias_identifier == "TSTALIASID" {
        "DRAFT".to_string()
    } else {
        let aliases = collection(Service::BedrockAgent, "FlowAlias");
        let alias = emulator
            .store
            .read(|state| {
                state
                    .documents_with_prefix(&aliases, &format!("{key}/"))
                    .find(|(alias_key, document)| names(document, alias_key, alias_identifier))
                    .map(|(_, document)| document.clone())
            })
            .ok_or_else(|| {
                ServiceError::not_found(format!(
                    "Flow alias {alias_identifier} of flow {flow_identifier} not found."
                ))
            })?;
        alias
            .pointer("/routingConfiguration/0/flowVersion")
            .and_then(Value::as_str)
            .unwrap_or("DRAFT")
            .to_string()
    };
    if version == "DRAFT" {
        let status = flow_status(emulator, &flow);
        if status != "Prepared" {
            return Err(ServiceError::validation(format!(
                "Flow {flow_identifier} is {status}: call PrepareFlow and wait until it is Prepared, then try again."
            )));
        }
        return Ok((flow.get("definition").cloned().unwrap_or(Value::Null), version));
    }
    let versions = collection(Service::BedrockAgent, "FlowVersion");
    let stored = emulator
        .store
        .read(|state| state.document(&versions, &format!("{key}/{version}")).cloned())
        .ok_or_else(|| {
            ServiceError::not_found(format!("Flow {flow_identifier} has no version {version}."))
        })?;
    Ok((stored.get("definition").cloned().unwrap_or(Value::Null), version))
}

// ---------------------------------------------------------------------------------------------
// Running a flow
// ---------------------------------------------------------------------------------------------

/// What one run has computed so far (copied into each iteration of an Iterator).
#[derive(Debug, Clone, Default)]
struct State {
    /// (node, output) → value.
    values: HashMap<(String, String), Value>,
    /// Nodes that ran, and nodes that were skipped (a branch not taken, an input never made).
    ran: HashSet<String>,
    skipped: HashSet<String>,
    /// A Condition node's satisfied condition.
    satisfied: HashMap<String, String>,
    /// A Collector's items so far.
    collected: HashMap<String, Vec<Value>>,
}

struct Run<'a> {
    emulator: &'a Emulator,
    nodes: Vec<Node<'a>>,
    connections: Vec<Connection<'a>>,
    trace: bool,
    events: Vec<(&'static str, Value)>,
    seed: u64,
}

/// The event-stream name of a node type (`NodeType`).
fn node_type(kind: &str) -> &'static str {
    match kind {
        "Input" => "FlowInputNode",
        "Output" => "FlowOutputNode",
        "KnowledgeBase" => "KnowledgeBaseNode",
        "Condition" => "ConditionNode",
        "Lex" => "LexNode",
        "LambdaFunction" => "LambdaFunctionNode",
        _ => "PromptNode",
    }
}

/// A value as a prompt variable: strings as they are, anything else as JSON.
fn as_text(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

fn fill_template(template: &str, inputs: &Map<String, Value>) -> String {
    let mut filled = template.to_string();
    for (name, value) in inputs {
        for pattern in [format!("{{{{{name}}}}}"), format!("{{{{ {name} }}}}")] {
            filled = filled.replace(&pattern, &as_text(value));
        }
    }
    filled
}

impl<'a> Run<'a> {
    fn node(&self, name: &str) -> Option<&Node<'a>> {
        self.nodes.iter().find(|node| node.name == name)
    }

    fn trace_event(&mut self, kind: &str, mut body: Value) {
        if !self.trace {
            return;
        }
        body["timestamp"] = json!(clock::now_timestamp());
        self.events.push(("flowTraceEvent", json!({"trace": { kind: body }})));
    }

    /// Nodes in an order where every node comes after what it depends on; an Iterator comes
    /// after everything its loop body depends on from outside the loop.
    fn order(&self) -> Result<Vec<String>, ServiceError> {
        let names: Vec<&str> = self.nodes.iter().map(|node| node.name).collect();
        let mut edges: Vec<(String, String)> = self
            .connections
            .iter()
            .filter(|connection| names.contains(&connection.source) && names.contains(&connection.target))
            .map(|connection| (connection.source.to_string(), connection.target.to_string()))
            .collect();
        for iterator in self.nodes.iter().filter(|node| node.kind == "Iterator") {
            let body = self.body_of(iterator.name);
            for (source, target) in edges.clone() {
                if body.contains(&target) && !body.contains(&source) && source != iterator.name {
                    edges.push((source, iterator.name.to_string()));
                }
            }
        }
        let mut waiting: HashMap<&str, usize> = names.iter().map(|name| (*name, 0)).collect();
        for (_, target) in &edges {
            if let Some(count) = waiting.get_mut(target.as_str()) {
                *count += 1;
            }
        }
        let mut ready: VecDeque<&str> = names.iter().copied().filter(|name| waiting[name] == 0).collect();
        let mut order = Vec::new();
        while let Some(name) = ready.pop_front() {
            order.push(name.to_string());
            for (_, target) in edges.iter().filter(|(source, _)| source == name) {
                if let Some(count) = waiting.get_mut(target.as_str()) {
                    *count -= 1;
                    if *count == 0 {
                        ready
                            .push_back(names.iter().copied().find(|name| name == target).unwrap_or_default());
                    }
                }
            }
        }
        if order.len() != names.len() {
            return Err(ServiceError::validation(
                "The flow's connections form a cycle: validate the definition (ValidateFlowDefinition).",
            ));
        }
        Ok(order)
    }

    /// The nodes an Iterator runs once per item: those reachable from it short of a Collector.
    fn body_of(&self, iterator: &str) -> HashSet<String> {
        let mut body = HashSet::new();
        let mut queue = VecDeque::from([iterator.to_string()]);
        while let Some(node) = queue.pop_front() {
            for connection in self.connections.iter().filter(|connection| connection.source == node) {
                let is_collector =
                    self.node(connection.target).is_some_and(|target| target.kind == "Collector");
                if !is_collector
                    && connection.target != iterator
                    && body.insert(connection.target.to_string())
                {
                    queue.push_back(connection.target.to_string());
                }
            }
        }
        body
    }

    /// A node's inputs from the outputs they are connected to; `None` if one of them was not
    /// made (its source did not run).
    fn gather(&self, node: &Node, state: &State) -> Option<Map<String, Value>> {
        let mut inputs = Map::new();
        for (input, _, expression) in node.inputs() {
            let connection = self.connections.iter().find(|connection| {
                connection.target == node.name && connection.data.is_some_and(|(_, target)| target == input)
            })?;
            let (output, _) = connection.data?;
            let value = state.values.get(&(connection.source.to_string(), output.to_string()))?;
            let steps = parse_input_expression(expression).unwrap_or_default();
            inputs.insert(input.to_string(), select(value, &steps).unwrap_or(Value::Null));
        }
        Some(inputs)
    }

    /// Whether the conditional connections into a node (if any) let it run.
    fn allowed(&self, node: &Node, state: &State) -> bool {
        let gates: Vec<&Connection> = self
            .connections
            .iter()
            .filter(|connection| connection.target == node.name && connection.condition.is_some())
            .collect();
        gates.is_empty()
            || gates.iter().any(|gate| {
                state.satisfied.get(gate.source).map(String::as_str) == gate.condition
                    && state.ran.contains(gate.source)
            })
    }

    fn set_outputs(&mut self, node: &Node, state: &mut State, value: &Value) {
        let outputs = node.outputs();
        for (output, _) in &outputs {
            state.values.insert((node.name.to_string(), output.to_string()), value.clone());
        }
        if !outputs.is_empty() {
            let fields: Vec<Value> = outputs
                .iter()
                .take(2)
                .map(|(output, kind)| {
                    let next: Vec<Value> = self
                        .connections
                        .iter()
                        .filter(|connection| {
                            connection.source == node.name
                                && connection.data.is_some_and(|(from, _)| from == *output)
                        })
                        .filter_map(|connection| {
                            connection.data.map(
                                |(_, input)| json!({"nodeName": connection.target, "inputFieldName": input}),
                            )
                        })
                        .collect();
                    let mut field =
                        json!({"nodeOutputName": output, "content": {"document": value}, "next": next});
                    if !kind.is_empty() {
                        field["type"] = json!(kind);
                    }
                    field
                })
                .collect();
            self.trace_event("nodeOutputTrace", json!({"nodeName": node.name, "fields": fields}));
        }
    }

    /// Run nodes in order; an Iterator runs its loop body once per item.
    fn execute(&mut self, order: &[String], state: &mut State) -> Result<(), ServiceError> {
        let mut handled: HashSet<String> = HashSet::new();
        for name in order {
            if handled.contains(name) || state.ran.contains(name) || state.skipped.contains(name) {
                continue;
            }
            let Some(node) = self.node(name).cloned() else { continue };
            if node.kind == "Input" {
                continue;
            }
            if node.kind == "Iterator" {
                let body = self.body_of(node.name);
                handled.extend(body.iter().cloned());
                let inputs = match (self.allowed(&node, state), self.gather(&node, state)) {
                    (true, Some(inputs)) => inputs,
                    _ => {
                        state.skipped.insert(node.name.to_string());
                        state.skipped.extend(body);
                        continue;
                    }
                };
                self.trace_inputs(&node, &inputs);
                let items = match inputs.get("array") {
                    Some(Value::Array(items)) => items.clone(),
                    other => {
                        return Err(ServiceError::validation(format!(
                            "Iterator node {} needs an array as its input array, not {}.",
                            node.name,
                            other.cloned().unwrap_or(Value::Null)
                        )));
                    }
                };
                state.ran.insert(node.name.to_string());
                let body_order: Vec<String> =
                    order.iter().filter(|name| body.contains(*name)).cloned().collect();
                let collectors: Vec<(String, String, String, String)> = self
                    .connections
                    .iter()
                    .filter(|connection| body.contains(connection.source) || connection.source == node.name)
                    .filter(|connection| {
                        self.node(connection.target).is_some_and(|target| target.kind == "Collector")
                    })
                    .filter_map(|connection| {
                        let (output, input) = connection.data?;
                        (input == "arrayItem").then(|| {
                            let expression = self
                                .node(connection.target)
                                .and_then(|target| {
                                    target.inputs().into_iter().find(|(name, _, _)| *name == "arrayItem")
                                })
                                .map(|(_, _, expression)| expression.to_string())
                                .unwrap_or_default();
                            (
                                connection.target.to_string(),
                                connection.source.to_string(),
                                output.to_string(),
                                expression,
                            )
                        })
                    })
                    .collect();
                for item in &items {
                    let mut inner = state.clone();
                    let size = json!(items.len());
                    for (output, _) in node.outputs() {
                        let value = if output == "arraySize" { size.clone() } else { item.clone() };
                        inner.values.insert((node.name.to_string(), output.to_string()), value);
                    }
                    self.trace_event(
                        "nodeOutputTrace",
                        json!({"nodeName": node.name, "fields": [{"nodeOutputName": "arrayItem", "content": {"document": item}}]}),
                    );
                    self.execute(&body_order, &mut inner)?;
                    for (collector, source, output, expression) in &collectors {
                        if let Some(value) = inner.values.get(&(source.clone(), output.clone())) {
                            let steps = parse_input_expression(expression).unwrap_or_default();
                            state
                                .collected
                                .entry(collector.clone())
                                .or_default()
                                .push(select(value, &steps).unwrap_or(Value::Null));
                        }
                    }
                }
                for (output, _) in node.outputs() {
                    if output == "arraySize" {
                        state.values.insert((node.name.to_string(), output.to_string()), json!(items.len()));
                    }
                }
                continue;
            }
            if node.kind == "Collector" {
                if !self.allowed(&node, state) {
                    state.skipped.insert(node.name.to_string());
                    continue;
                }
                let collected = Value::Array(state.collected.remove(node.name).unwrap_or_default());
                state.ran.insert(node.name.to_string());
                self.set_outputs(&node, state, &collected);
                continue;
            }
            let inputs = match (self.allowed(&node, state), self.gather(&node, state)) {
                (true, Some(inputs)) => inputs,
                _ => {
                    state.skipped.insert(node.name.to_string());
                    continue;
                }
            };
            self.trace_inputs(&node, &inputs);
            state.ran.insert(node.name.to_string());
            self.run_node(&node, &inputs, state)?;
        }
        Ok(())
    }

    fn trace_inputs(&mut self, node: &Node, inputs: &Map<String, Value>) {
        if inputs.is_empty() {
            return;
        }
        let fields: Vec<Value> = node
            .inputs()
            .iter()
            .take(5)
            .map(|(input, kind, expression)| {
                let mut field = json!({
                    "nodeInputName": input,
                    "content": {"document": inputs.get(*input).cloned().unwrap_or(Value::Null)},
                });
                if !kind.is_empty() {
                    field["type"] = json!(kind);
                }
                if let Some(connection) = self.connections.iter().find(|connection| {
                    connection.target == node.name && connection.data.is_some_and(|(_, target)| target == *input)
                }) && let Some((output, _)) = connection.data
                {
                    field["source"] =
                        json!({"nodeName": connection.source, "outputFieldName": output, "expression": expression});
                }
                field
            })
            .collect();
        self.trace_event("nodeInputTrace", json!({"nodeName": node.name, "fields": fields}));
    }

    fn action_trace(&mut self, node: &Node, service: &str, operation: &str, request: Value, response: Value) {
        self.seed = crate::emulator::faults::mix(self.seed.wrapping_add(1));
        let request_id = crate::emulator::runtime::text_models::uuid_from(self.seed);
        self.trace_event(
            "nodeActionTrace",
            json!({
                "nodeName": node.name,
                "serviceName": service,
                "operationName": operation,
                "requestId": request_id,
                "operationRequest": request,
                "operationResponse": response,
            }),
        );
    }

    fn run_node(
        &mut self,
        node: &Node,
        inputs: &Map<String, Value>,
        state: &mut State,
    ) -> Result<(), ServiceError> {
        match node.kind {
            "Output" => {
                let document = inputs.get("document").cloned().unwrap_or(Value::Null);
                self.events.push((
                    "flowOutputEvent",
                    json!({"content": {"document": document}, "nodeName": node.name, "nodeType": node_type(node.kind)}),
                ));
            }
            "Condition" => {
                let mut satisfied = None;
                for (condition, expression) in node.conditions() {
                    let holds = match expression {
                        None => true,
                        Some(expression) => parse_condition(expression)
                            .and_then(|parsed| holds(&parsed, inputs))
                            .unwrap_or(false),
                    };
                    let is_default = expression.is_none();
                    if holds && !is_default {
                        satisfied = Some(condition.to_string());
                        break;
                    }
                    if is_default && satisfied.is_none() {
                        satisfied = Some(format!("\u{0}{condition}"));
                    }
                }
                // A default condition is chosen only when no other holds.
                if let Some(condition) = satisfied {
                    let condition = condition.trim_start_matches('\u{0}').to_string();
                    self.trace_event(
                        "conditionNodeResultTrace",
                        json!({"nodeName": node.name, "satisfiedConditions": [{"conditionName": condition}]}),
                    );
                    state.satisfied.insert(node.name.to_string(), condition);
                }
            }
            "Prompt" => {
                let answer = self.prompt(node, inputs)?;
                self.set_outputs(node, state, &json!(answer));
            }
            "KnowledgeBase" => {
                let produced = self.knowledge_base(node, inputs)?;
                self.set_outputs(node, state, &produced);
            }
            other => {
                return Err(ServiceError::validation(format!(
                    "Node {} is of type {other}, which the emulator does not run (it runs Input, Output, Prompt, KnowledgeBase, Condition, Iterator and Collector nodes).",
                    node.name
                )));
            }
        }
        Ok(())
    }

    /// A Prompt node: its template filled with the inputs, answered by the model.
    fn prompt(&mut self, node: &Node, inputs: &Map<String, Value>) -> Result<String, ServiceError> {
        let source = node.configuration().and_then(|prompt| prompt.get("sourceConfiguration"));
        let (template, model_id, inference) = match source {
            Some(source) if source.get("inline").is_some() => {
                let inline = &source["inline"];
                (
                    inline.get("templateConfiguration").cloned().unwrap_or(Value::Null),
                    text(inline, "modelId").to_string(),
                    inline.pointer("/inferenceConfiguration/text").cloned(),
                )
            }
            Some(source) if source.get("resource").is_some() => {
                let arn = text(&source["resource"], "promptArn");
                let variant = self.managed_prompt(arn).ok_or_else(|| {
                    ServiceError::not_found(format!("Prompt {arn} of node {} not found.", node.name))
                })?;
                (
                    variant.get("templateConfiguration").cloned().unwrap_or(Value::Null),
                    text(&variant, "modelId").to_string(),
                    variant.pointer("/inferenceConfiguration/text").cloned(),
                )
            }
            _ => {
                return Err(ServiceError::validation(format!("Prompt node {} has no prompt.", node.name)));
            }
        };
        let fill_blocks = |blocks: Option<&Value>| -> Vec<Value> {
            blocks
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(|block| block.get("text").and_then(Value::as_str))
                .map(|block| json!({"text": fill_template(block, inputs)}))
                .collect()
        };
        let mut body = if let Some(chat) = template.get("chat") {
            let messages: Vec<Value> = chat
                .get("messages")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .map(|message| json!({"role": text(message, "role"), "content": fill_blocks(message.get("content"))}))
                .collect();
            let mut body = json!({"messages": messages});
            let system = fill_blocks(chat.get("system"));
            if !system.is_empty() {
                body["system"] = json!(system);
            }
            body
        } else {
            let prompt = fill_template(
                template.pointer("/text/text").and_then(Value::as_str).unwrap_or_default(),
                inputs,
            );
            json!({"messages": [{"role": "user", "content": [{"text": prompt}]}]})
        };
        if let Some(Value::Object(inference)) = inference {
            let mut configuration = Map::new();
            for key in ["maxTokens", "temperature", "topP", "stopSequences"] {
                if let Some(value) = inference.get(key) {
                    configuration.insert(key.to_string(), value.clone());
                }
            }
            body["inferenceConfig"] = Value::Object(configuration);
        }
        let resolved = runtime::resolve_model(self.emulator, &model_id)?;
        let request = serde_json::to_vec(&body).map_err(failure)?;
        let outcome = runtime::converse_outcome(&resolved, &request)?;
        let answer = outcome
            .body
            .pointer("/output/message/content")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|block| block.get("text").and_then(Value::as_str))
            .collect::<Vec<_>>()
            .join("");
        let response = json!({"output": outcome.body.get("output"), "usage": outcome.body.get("usage")});
        let mut request = body;
        request["modelId"] = json!(model_id);
        self.action_trace(node, "Amazon Bedrock Runtime", "Converse", request, response);
        Ok(answer)
    }

    /// The variant of a managed prompt (Prompt management) a Prompt node names by ARN.
    fn managed_prompt(&self, arn: &str) -> Option<Value> {
        let prompts = collection(Service::BedrockAgent, "Prompt");
        let versions = collection(Service::BedrockAgent, "PromptVersion");
        let prompt = self.emulator.store.read(|state| {
            state
                .documents(&versions)
                .chain(state.documents(&prompts))
                .find(|(key, document)| {
                    text(document, OWN_ARN) == arn || (!key.contains('/') && names(document, key, arn))
                })
                .map(|(_, document)| document.clone())
        })?;
        let variants = prompt.get("variants").and_then(Value::as_array)?;
        let wanted = text(&prompt, "defaultVariant");
        variants
            .iter()
            .find(|variant| !wanted.is_empty() && text(variant, "name") == wanted)
            .or(variants.first())
            .cloned()
    }

    /// A KnowledgeBase node: the retrieved results, or an answer composed from them when the
    /// node names a model.
    fn knowledge_base(&mut self, node: &Node, inputs: &Map<String, Value>) -> Result<Value, ServiceError> {
        let configuration = node.configuration().cloned().unwrap_or(Value::Null);
        let knowledge_base = text(&configuration, "knowledgeBaseId").to_string();
        self.emulator.store.read(|state| knowledge::find_knowledge_base(state, &knowledge_base))?;
        let query = inputs.get("retrievalQuery").map(as_text).unwrap_or_default();
        let limit = configuration.get("numberOfResults").and_then(Value::as_u64).unwrap_or(5) as usize;
        let hits = search::rank(
            search::chunks(self.emulator, &knowledge_base),
            &query,
            search::SearchType::Hybrid,
            None,
            limit,
        )?;
        let model_id = text(&configuration, "modelId").to_string();
        let request = json!({"knowledgeBaseId": knowledge_base, "retrievalQuery": {"text": query}});
        if model_id.is_empty() {
            let results: Vec<Value> = hits.iter().map(|hit| hit.reference(true)).collect();
            let produced = Value::Array(results);
            self.action_trace(
                node,
                "Amazon Bedrock Agent Runtime",
                "Retrieve",
                request,
                json!({"retrievalResults": produced}),
            );
            return Ok(produced);
        }
        runtime::resolve_model(self.emulator, &model_id)?;
        let composed = search::compose(&query, &hits);
        self.action_trace(
            node,
            "Amazon Bedrock Agent Runtime",
            "RetrieveAndGenerate",
            request,
            json!({"output": {"text": composed.text}, "citations": composed.citations_wire()}),
        );
        Ok(json!(composed.text))
    }
}

/// Run a definition on an input document: the events of the stream, in order.
fn run_definition(
    emulator: &Emulator,
    definition: &Value,
    input: &Value,
    trace: bool,
    seed: u64,
) -> Result<Vec<(&'static str, Value)>, ServiceError> {
    let node_name = text(input, "nodeName");
    let document = input.pointer("/content/document").cloned().ok_or_else(|| {
        ServiceError::validation(
            "inputs[0].content.document is required: the document the Input node passes on.",
        )
    })?;
    let mut run = Run {
        emulator,
        nodes: nodes(definition),
        connections: connections(definition),
        trace,
        events: Vec::new(),
        seed,
    };
    let start =
        run.nodes.iter().find(|node| node.kind == "Input" && node.name == node_name).cloned().ok_or_else(
            || ServiceError::validation(format!("The flow has no Input node named {node_name}.")),
        )?;
    let order = run.order()?;
    let mut state = State::default();
    state.ran.insert(start.name.to_string());
    run.set_outputs(&start, &mut state, &document);
    run.execute(&order, &mut state)?;
    run.events.push(("flowCompletionEvent", json!({"completionReason": "SUCCESS"})));
    Ok(run.events)
}

/// InvokeFlow (bedrock-agent-runtime): the flow version an alias routes to, run on the input.
pub fn invoke(call: &Call) -> Result<Answer, ServiceError> {
    let input = Value::Object(call.input.clone());
    let flow = text(&input, "flowIdentifier");
    let alias = text(&input, "flowAliasIdentifier");
    let (definition, _) = definition_to_run(call.emulator, flow, alias)?;
    let first = input.pointer("/inputs/0").cloned().unwrap_or(Value::Null);
    let trace = input.get("enableTrace").and_then(Value::as_bool) == Some(true);
    let seed = crate::emulator::runtime::generation::hash_text(&format!("{flow}/{alias}/{first}"))
        ^ clock::now_millis();
    let events = run_definition(call.emulator, &definition, &first, trace, seed)?;
    let execution_id = match text(&input, "executionId") {
        "" => crate::emulator::runtime::text_models::uuid_from(seed),
        given => given.to_string(),
    };
    let fault = call.stream_fault();
    Ok(Answer::Response(event_stream::frames_response(
        event_stream::Events(events.into_iter()),
        fault,
        "dependencyFailedException",
        &[("x-amz-bedrock-flow-execution-id", execution_id)],
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(name: &str, kind: &str, inputs: Value, outputs: Value) -> Value {
        json!({"name": name, "type": kind, "configuration": {lower_first(kind): {}}, "inputs": inputs, "outputs": outputs})
    }

    fn data(name: &str, source: &str, output: &str, target: &str, input: &str) -> Value {
        json!({"name": name, "type": "Data", "source": source, "target": target,
               "configuration": {"data": {"sourceOutput": output, "targetInput": input}}})
    }

    fn simple() -> Value {
        json!({
            "nodes": [
                node("Start", "Input", json!([]), json!([{"name": "document", "type": "String"}])),
                node("End", "Output", json!([{"name": "document", "type": "String", "expression": "$.data"}]), json!([])),
            ],
            "connections": [data("c1", "Start", "document", "End", "document")],
        })
    }

    fn kinds(definition: &Value) -> Vec<&'static str> {
        validate(definition).iter().map(|validation| validation.kind).collect()
    }

    #[test]
    fn a_valid_definition_has_no_validations() {
        assert_eq!(validate(&simple()), Vec::new());
    }

    #[test]
    fn starting_and_ending_nodes_are_required() {
        let found = kinds(&json!({"nodes": [], "connections": []}));
        assert_eq!(found, ["MissingStartingNodes", "MissingEndingNodes"]);
        let mut definition = simple();
        definition["nodes"].as_array_mut().unwrap().push(node(
            "Second",
            "Input",
            json!([]),
            json!([{"name": "document", "type": "String"}]),
        ));
        let validations = validate(&definition);
        assert!(
            validations.iter().any(|validation| validation.message.contains("2 Input nodes (Start, Second)"))
        );
    }

    #[test]
    fn connections_must_name_existing_nodes_outputs_and_inputs() {
        let mut definition = simple();
        let connections = definition["connections"].as_array_mut().unwrap();
        connections.push(data("c2", "Nowhere", "document", "End", "document"));
        connections.push(data("c3", "Start", "document", "Missing", "document"));
        connections.push(data("c4", "Start", "nothing", "End", "other"));
        let validations = validate(&definition);
        let kinds: Vec<&str> = validations.iter().map(|validation| validation.kind).collect();
        for kind in [
            "UnknownConnectionSource",
            "UnknownConnectionTarget",
            "UnknownConnectionSourceOutput",
            "UnknownConnectionTargetInput",
            "MultipleNodeInputConnections",
        ] {
            assert!(kinds.contains(&kind), "{kind} in {kinds:?}");
        }
        let source =
            validations.iter().find(|validation| validation.kind == "UnknownConnectionSource").unwrap();
        assert!(source.message.contains("Nowhere"), "{}", source.message);
        assert_eq!(source.wire()["details"], json!({"unknownConnectionSource": {"connection": "c2"}}));
        assert_eq!(source.wire()["severity"], "Error");
    }

    #[test]
    fn duplicates_cycles_unfulfilled_inputs_and_unreachable_nodes_are_found() {
        let mut definition = simple();
        definition["connections"]
            .as_array_mut()
            .unwrap()
            .push(data("again", "Start", "document", "End", "document"));
        assert!(kinds(&definition).contains(&"DuplicateConnections"));

        let definition = json!({
            "nodes": [
                node("Start", "Input", json!([]), json!([{"name": "document", "type": "String"}])),
                node("A", "Prompt", json!([{"name": "x", "type": "String", "expression": "$.data"}]), json!([{"name": "modelCompletion", "type": "String"}])),
                node("B", "Prompt", json!([{"name": "x", "type": "String", "expression": "$.data"}]), json!([{"name": "modelCompletion", "type": "String"}])),
                node("Lonely", "Prompt", json!([{"name": "x", "type": "String", "expression": "$.data"}]), json!([{"name": "modelCompletion", "type": "String"}])),
                node("End", "Output", json!([{"name": "document", "type": "String", "expression": "$.data"}]), json!([])),
            ],
            "connections": [
                data("toA", "Start", "document", "A", "x"),
                data("toB", "A", "modelCompletion", "B", "x"),
                data("back", "B", "modelCompletion", "A", "x"),
                data("out", "B", "modelCompletion", "End", "document"),
            ],
        });
        let validations = validate(&definition);
        let cyclic = validations.iter().find(|validation| validation.kind == "CyclicConnection").unwrap();
        assert_eq!(cyclic.details, json!({"connection": "back"}));
        let unreachable = validations.iter().find(|validation| validation.kind == "UnreachableNode").unwrap();
        assert_eq!(unreachable.details, json!({"node": "Lonely"}));
        let unfulfilled =
            validations.iter().find(|validation| validation.kind == "UnfulfilledNodeInput").unwrap();
        assert_eq!(unfulfilled.details, json!({"node": "Lonely", "input": "x"}));
    }

    #[test]
    fn node_inputs_configurations_and_expressions_are_checked() {
        let definition = json!({
            "nodes": [
                {"name": "Start", "type": "Input", "outputs": [{"name": "document", "type": "String"}]},
                {"name": "Ask", "type": "Prompt",
                 "configuration": {"prompt": {"sourceConfiguration": {"inline": {
                     "templateType": "TEXT", "modelId": "amazon.nova-lite-v1:0",
                     "templateConfiguration": {"text": {"text": "Tell me about {{topic}} in {{style}}"}}}}}},
                 "inputs": [{"name": "topic", "type": "String", "expression": "data.topic"}],
                 "outputs": [{"name": "modelCompletion", "type": "String"}]},
                node("End", "Output", json!([]), json!([])),
            ],
            "connections": [data("c1", "Start", "document", "Ask", "topic")],
        });
        let validations = validate(&definition);
        let kinds: Vec<&str> = validations.iter().map(|validation| validation.kind).collect();
        assert!(kinds.contains(&"MissingNodeConfiguration"), "{kinds:?}");
        let missing: Vec<&Value> = validations
            .iter()
            .filter(|validation| validation.kind == "MissingNodeInput")
            .map(|validation| &validation.details)
            .collect();
        assert_eq!(
            missing,
            [&json!({"node": "Ask", "input": "style"}), &json!({"node": "End", "input": "document"})]
        );
        assert!(kinds.contains(&"MalformedNodeInputExpression"), "{kinds:?}");
    }

    #[test]
    fn condition_nodes_need_a_default_distinct_and_well_formed_expressions() {
        let definition = json!({
            "nodes": [
                node("Start", "Input", json!([]), json!([{"name": "document", "type": "Number"}])),
                {"name": "Check", "type": "Condition",
                 "configuration": {"condition": {"conditions": [
                     {"name": "big", "expression": "n > 5"},
                     {"name": "alsoBig", "expression": "n  >  5"},
                     {"name": "broken", "expression": "n >"},
                     {"name": "stranger", "expression": "m == 1"},
                 ]}},
                 "inputs": [{"name": "n", "type": "Number", "expression": "$.data"}]},
                node("End", "Output", json!([{"name": "document", "type": "Number", "expression": "$.data"}]), json!([])),
            ],
            "connections": [
                data("c1", "Start", "document", "Check", "n"),
                data("c2", "Start", "document", "End", "document"),
                {"name": "gate", "type": "Conditional", "source": "Check", "target": "End",
                 "configuration": {"conditional": {"condition": "huge"}}},
            ],
        });
        let validations = validate(&definition);
        let kinds: Vec<&str> = validations.iter().map(|validation| validation.kind).collect();
        for kind in ["MissingDefaultCondition", "DuplicateConditionExpression", "UnknownConnectionCondition"]
        {
            assert!(kinds.contains(&kind), "{kind} in {kinds:?}");
        }
        let malformed: Vec<&str> = validations
            .iter()
            .filter(|validation| validation.kind == "MalformedConditionExpression")
            .map(|validation| validation.details["condition"].as_str().unwrap())
            .collect();
        assert_eq!(malformed, ["broken", "stranger"]);
    }

    fn check(expression: &str, inputs: Value) -> Result<bool, String> {
        let Value::Object(inputs) = inputs else { unreachable!() };
        holds(&parse_condition(expression)?, &inputs)
    }

    #[test]
    fn conditions_compare_numbers_strings_and_combine() {
        assert_eq!(check("input == \"x\"", json!({"input": "x"})), Ok(true));
        assert_eq!(check("input == 'x'", json!({"input": "y"})), Ok(false));
        assert_eq!(check("input != 'x'", json!({"input": "y"})), Ok(true));
        assert_eq!(check("input > 5", json!({"input": 7})), Ok(true));
        assert_eq!(check("input >= 5.5", json!({"input": 5})), Ok(false));
        assert_eq!(check("input < -1", json!({"input": -2})), Ok(true));
        assert_eq!(check("input == 5", json!({"input": 5.0})), Ok(true));
        assert_eq!(check("a > 1 and b == 'go'", json!({"a": 2, "b": "go"})), Ok(true));
        assert_eq!(check("a > 1 and b == 'go'", json!({"a": 0, "b": "go"})), Ok(false));
        assert_eq!(check("a > 1 or b == 'go'", json!({"a": 0, "b": "go"})), Ok(true));
        assert_eq!(check("not (a > 1) && !(b == 'stop')", json!({"a": 0, "b": "go"})), Ok(true));
        assert_eq!(check("a > 1 or b > 1 and c > 1", json!({"a": 2, "b": 0, "c": 0})), Ok(true));
        assert_eq!(check("order.total >= 100", json!({"order": {"total": 120}})), Ok(true));
        assert_eq!(check("items[1] == 'b'", json!({"items": ["a", "b"]})), Ok(true));
        assert_eq!(check("flag", json!({"flag": true})), Ok(true));
        assert_eq!(check("name < 'm'", json!({"name": "alice"})), Ok(true));
        assert!(check("input > 'x'", json!({"input": 3})).is_err());
        assert!(check("flag", json!({"flag": "yes"})).is_err());
        assert!(check("missing == 1", json!({})).is_err());
        for malformed in ["", "a ==", "(a == 1", "a == 1 b", "a === 1", "'open"] {
            assert!(parse_condition(malformed).is_err(), "{malformed}");
        }
    }

    #[test]
    fn input_expressions_select_parts_of_the_data() {
        let data = json!({"order": {"items": [{"sku": "A1"}, {"sku": "B2"}]}});
        let steps = parse_input_expression("$.data.order.items[1].sku").unwrap();
        assert_eq!(select(&data, &steps), Some(json!("B2")));
        assert_eq!(
            select(&data, &parse_input_expression("$.data['order']").unwrap()),
            Some(data["order"].clone())
        );
        assert_eq!(select(&data, &parse_input_expression("$.data").unwrap()), Some(data.clone()));
        for malformed in ["data", "$.data.", "$.data[x]", "$.data[1", "$.data order"] {
            assert!(parse_input_expression(malformed).is_err(), "{malformed}");
        }
    }

    fn emulator() -> Emulator {
        Emulator::new(&crate::emulator::Options::default()).unwrap()
    }

    fn outputs_of(events: &[(&str, Value)]) -> Vec<(String, Value)> {
        events
            .iter()
            .filter(|(kind, _)| *kind == "flowOutputEvent")
            .map(|(_, event)| {
                (event["nodeName"].as_str().unwrap().to_string(), event["content"]["document"].clone())
            })
            .collect()
    }

    fn start_input(document: Value) -> Value {
        json!({"nodeName": "Start", "content": {"document": document}})
    }

    #[test]
    fn conditions_route_to_one_branch_and_skip_the_others() {
        let definition = json!({
            "nodes": [
                node("Start", "Input", json!([]), json!([{"name": "document", "type": "Number"}])),
                {"name": "Check", "type": "Condition",
                 "configuration": {"condition": {"conditions": [
                     {"name": "big", "expression": "n > 100"},
                     {"name": "medium", "expression": "n > 10"},
                     {"name": "default"},
                 ]}},
                 "inputs": [{"name": "n", "type": "Number", "expression": "$.data"}]},
                node("Big", "Output", json!([{"name": "document", "type": "Number", "expression": "$.data"}]), json!([])),
                node("Medium", "Output", json!([{"name": "document", "type": "Number", "expression": "$.data"}]), json!([])),
                node("Small", "Output", json!([{"name": "document", "type": "Number", "expression": "$.data"}]), json!([])),
            ],
            "connections": [
                data("n", "Start", "document", "Check", "n"),
                data("b", "Start", "document", "Big", "document"),
                data("m", "Start", "document", "Medium", "document"),
                data("s", "Start", "document", "Small", "document"),
                {"name": "toBig", "type": "Conditional", "source": "Check", "target": "Big", "configuration": {"conditional": {"condition": "big"}}},
                {"name": "toMedium", "type": "Conditional", "source": "Check", "target": "Medium", "configuration": {"conditional": {"condition": "medium"}}},
                {"name": "toSmall", "type": "Conditional", "source": "Check", "target": "Small", "configuration": {"conditional": {"condition": "default"}}},
            ],
        });
        assert_eq!(validate(&definition), Vec::new());
        let emulator = emulator();
        for (number, branch) in [(500, "Big"), (50, "Medium"), (5, "Small")] {
            let events =
                run_definition(&emulator, &definition, &start_input(json!(number)), false, 1).unwrap();
            assert_eq!(outputs_of(&events), [(branch.to_string(), json!(number))], "{number}");
            assert_eq!(events.last().unwrap().1, json!({"completionReason": "SUCCESS"}));
        }
        let traced = run_definition(&emulator, &definition, &start_input(json!(50)), true, 1).unwrap();
        let condition =
            traced.iter().find_map(|(_, event)| event.pointer("/trace/conditionNodeResultTrace")).unwrap();
        assert_eq!(condition["satisfiedConditions"], json!([{"conditionName": "medium"}]));
    }

    #[test]
    fn iterators_run_their_body_per_item_and_collectors_gather_the_results() {
        let definition = json!({
            "nodes": [
                node("Start", "Input", json!([]), json!([{"name": "document", "type": "Object"}])),
                node("Each", "Iterator", json!([{"name": "array", "type": "Array", "expression": "$.data.orders"}]),
                     json!([{"name": "arrayItem", "type": "Object"}, {"name": "arraySize", "type": "Number"}])),
                {"name": "Large", "type": "Condition",
                 "configuration": {"condition": {"conditions": [{"name": "large", "expression": "total >= 100"}, {"name": "default"}]}},
                 "inputs": [{"name": "total", "type": "Number", "expression": "$.data.total"}]},
                node("Flagged", "Output", json!([{"name": "document", "type": "String", "expression": "$.data.id"}]), json!([])),
                node("Gather", "Collector",
                     json!([{"name": "arrayItem", "type": "String", "expression": "$.data.id"},
                            {"name": "arraySize", "type": "Number", "expression": "$.data"}]),
                     json!([{"name": "collectedArray", "type": "Array"}])),
                node("All", "Output", json!([{"name": "document", "type": "Array", "expression": "$.data"}]), json!([])),
            ],
            "connections": [
                data("orders", "Start", "document", "Each", "array"),
                data("total", "Each", "arrayItem", "Large", "total"),
                data("flag", "Each", "arrayItem", "Flagged", "document"),
                {"name": "ifLarge", "type": "Conditional", "source": "Large", "target": "Flagged", "configuration": {"conditional": {"condition": "large"}}},
                data("item", "Each", "arrayItem", "Gather", "arrayItem"),
                data("size", "Each", "arraySize", "Gather", "arraySize"),
                data("all", "Gather", "collectedArray", "All", "document"),
            ],
        });
        assert_eq!(validate(&definition), Vec::new());
        let orders = json!({"orders": [{"id": "a", "total": 120}, {"id": "b", "total": 5}, {"id": "c", "total": 300}]});
        let events = run_definition(&emulator(), &definition, &start_input(orders), false, 1).unwrap();
        assert_eq!(
            outputs_of(&events),
            [
                ("Flagged".to_string(), json!("a")),
                ("Flagged".to_string(), json!("c")),
                ("All".to_string(), json!(["a", "b", "c"])),
            ]
        );
        let error = run_definition(&emulator(), &definition, &start_input(json!({"orders": 3})), false, 1);
        assert!(error.is_err(), "an iterator over a number");
    }

    #[test]
    fn runs_refuse_unknown_input_nodes_and_node_types_the_emulator_does_not_run() {
        let emulator = emulator();
        let wrong = run_definition(
            &emulator,
            &simple(),
            &json!({"nodeName": "Begin", "content": {"document": 1}}),
            false,
            1,
        );
        assert!(wrong.is_err());
        let events = run_definition(&emulator, &simple(), &start_input(json!("hello")), false, 1).unwrap();
        assert_eq!(outputs_of(&events), [("End".to_string(), json!("hello"))]);
        let mut lambda = simple();
        lambda["nodes"].as_array_mut().unwrap().push(node(
            "Call",
            "LambdaFunction",
            json!([{"name": "payload", "type": "String", "expression": "$.data"}]),
            json!([{"name": "functionResponse", "type": "String"}]),
        ));
        lambda["connections"]
            .as_array_mut()
            .unwrap()
            .push(data("call", "Start", "document", "Call", "payload"));
        let Err(error) = run_definition(&emulator, &lambda, &start_input(json!("x")), false, 1) else {
            panic!("a Lambda node ran");
        };
        assert!(format!("{error:?}").contains("LambdaFunction"), "{error:?}");
    }

    #[test]
    fn template_variables_are_read_once_each() {
        assert_eq!(template_variables("{{a}} and {{ b }} and {{a}} {{unclosed"), ["a", "b"]);
        let mut inputs = Map::new();
        inputs.insert("a".into(), json!("x"));
        inputs.insert("b".into(), json!({"k": 1}));
        assert_eq!(fill_template("{{a}}-{{ b }}", &inputs), "x-{\"k\":1}");
    }
}
