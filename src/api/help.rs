//! Help for `bedrock api` from the service models: a service's operations with their summaries,
//! and an operation's synopsis, description, member flags (type, required, allowed values,
//! constraints, documentation) and output members, the model's HTML turned into wrapped text.

use std::fmt::Write as _;

use super::model::{Kind, Operation, ServiceModel, Shape};
use super::names::cli_name;

const WIDTH: usize = 100;

/// `bedrock api SERVICE help`: the service's description and its operations.
pub fn service_help(model: &ServiceModel) -> String {
    let mut text = String::new();
    let service = model.service.name();
    let _ = writeln!(text, "{} ({service})\n", model.metadata().service_full_name);
    for paragraph in paragraphs(&model.documentation()) {
        text.push_str(&wrap(&paragraph, "  "));
    }
    let _ = writeln!(text, "\nOperations (bedrock api {service} OPERATION --help):");
    let width = model.operation_names().map(|name| cli_name(name).len()).max().unwrap_or(0);
    for name in model.operation_names() {
        let summary = model
            .operation(name)
            .map(|operation| first_sentence(&operation.documentation))
            .unwrap_or_default();
        let _ = writeln!(text, "  {:width$}  {summary}", cli_name(name));
    }
    text
}

/// `bedrock api SERVICE OPERATION --help`.
pub fn operation_help(model: &ServiceModel, operation: &Operation) -> String {
    let service = model.service.name();
    let name = cli_name(&operation.name);
    let mut text = String::new();
    let _ = writeln!(
        text,
        "{name} ({service} {}, {} {})\n",
        operation.name, operation.http.method, operation.http.request_uri
    );
    if operation.deprecated {
        text.push_str("  Deprecated by the service.\n\n");
    }
    for paragraph in paragraphs(&operation.documentation) {
        text.push_str(&wrap(&paragraph, "  "));
        text.push('\n');
    }
    let input = operation.input.as_ref().and_then(|reference| model.shape(&reference.shape));
    let paginator = model.paginator(&operation.name);
    // Synopsis: required flags first, then the optional ones in brackets.
    let mut synopsis = format!("bedrock api {service} {name}");
    if let Some(shape) = input {
        for (member_name, member) in &shape.members {
            let Some(member_shape) = model.shape(&member.shape) else { continue };
            let flag = format!("--{}", cli_name(member_name));
            let usage = match member_shape.kind {
                Kind::Boolean => format!("{flag} | --no-{}", cli_name(member_name)),
                _ => format!("{flag} <{}>", type_name(model, member_shape)),
            };
            if shape.required.contains(member_name) && !member.idempotency_token {
                let _ = write!(synopsis, " {usage}");
            } else {
                let _ = write!(synopsis, " [{usage}]");
            }
        }
    }
    synopsis.push_str(" [--cli-input-json <value> | --cli-input-yaml <value>] [--generate-cli-skeleton <input|output|yaml-input>]");
    if paginator.is_some() {
        synopsis.push_str(" [--max-items <n>] [--starting-token <token>] [--page-size <n>] [--no-paginate]");
    }
    if super::response::raw_payload(model, operation).is_some() {
        synopsis.push_str(" <outfile>");
    }
    text.push_str("Synopsis:\n");
    text.push_str(&wrap(&synopsis, "  "));
    if let Some(shape) = input.filter(|shape| !shape.members.is_empty()) {
        text.push_str("\nOptions:\n");
        for (member_name, member) in &shape.members {
            let Some(member_shape) = model.shape(&member.shape) else { continue };
            let required = shape.required.contains(member_name) && !member.idempotency_token;
            let mut head = format!("  --{} ({})", cli_name(member_name), type_name(model, member_shape));
            if required {
                head.push_str(" [required]");
            }
            if member.idempotency_token {
                head.push_str(" [filled in when omitted]");
            }
            if paginator.is_some_and(|paginator| {
                paginator.input_token.contains(member_name)
                    || paginator.limit_key.as_deref() == Some(member_name)
            }) {
                head.push_str(" [turns automatic paging off]");
            }
            text.push_str(&head);
            text.push('\n');
            let documentation = if member.documentation.is_empty() {
                &member_shape.documentation
            } else {
                &member.documentation
            };
            if let Some(first) = paragraphs(documentation).into_iter().next() {
                text.push_str(&wrap(&first, "      "));
            }
            if let Some(constraints) = constraints(member_shape) {
                text.push_str(&wrap(&constraints, "      "));
            }
            if member_shape.kind == Kind::Structure
                && !member_shape.document
                && !member_shape.members.is_empty()
            {
                let members: Vec<String> = member_shape
                    .members
                    .keys()
                    .map(|key| {
                        if member_shape.required.contains(key) {
                            format!("{key} (required)")
                        } else {
                            key.clone()
                        }
                    })
                    .collect();
                text.push_str(&wrap(
                    &format!("Members: {}. JSON or shorthand (key=value,…).", members.join(", ")),
                    "      ",
                ));
            }
        }
    }
    if let Some(output) = operation.output.as_ref().and_then(|reference| model.shape(&reference.shape))
        && !output.members.is_empty()
    {
        text.push_str("\nOutput:\n");
        for (member_name, member) in &output.members {
            let Some(member_shape) = model.shape(&member.shape) else { continue };
            let stream = if member_shape.eventstream { ", printed as one NDJSON line per event" } else { "" };
            let _ = writeln!(text, "  {member_name} ({}{stream})", type_name(model, member_shape));
        }
    }
    let _ = writeln!(
        text,
        "\nExample:\n  bedrock api {service} {name} --generate-cli-skeleton > input.json\n  bedrock api {service} {name} --cli-input-json file://input.json"
    );
    text
}

/// A shape's type as the AWS CLI's help words it.
fn type_name(model: &ServiceModel, shape: &Shape) -> String {
    match shape.kind {
        Kind::Structure if shape.document => "document".to_string(),
        Kind::Structure if shape.union => "tagged union structure".to_string(),
        Kind::Structure => "structure".to_string(),
        Kind::List => {
            let element = shape.member.as_ref().and_then(|member| model.shape(&member.shape));
            match element {
                Some(element) => format!("list of {}", type_name(model, element)),
                None => "list".to_string(),
            }
        }
        Kind::Map => "map".to_string(),
        Kind::String if !shape.enumeration.is_empty() => "string, one of".to_string(),
        Kind::String => "string".to_string(),
        Kind::Integer => "integer".to_string(),
        Kind::Long => "long".to_string(),
        Kind::Float => "float".to_string(),
        Kind::Double => "double".to_string(),
        Kind::Boolean => "boolean".to_string(),
        Kind::Blob if shape.streaming => "streaming blob: text, or fileb://FILE".to_string(),
        Kind::Blob => "blob: text, or fileb://FILE".to_string(),
        Kind::Timestamp => "timestamp".to_string(),
    }
}

fn constraints(shape: &Shape) -> Option<String> {
    let mut parts = Vec::new();
    if !shape.enumeration.is_empty() {
        parts.push(format!("Allowed: {}", shape.enumeration.join(", ")));
    }
    let noun = match shape.kind {
        Kind::String | Kind::List | Kind::Map | Kind::Blob => "length",
        _ => "value",
    };
    match (shape.min, shape.max) {
        (Some(min), Some(max)) => parts.push(format!("{noun} {min}–{max}")),
        (Some(min), None) => parts.push(format!("{noun} ≥ {min}")),
        (None, Some(max)) => parts.push(format!("{noun} ≤ {max}")),
        (None, None) => {}
    }
    if let Some(pattern) = &shape.pattern
        && pattern.len() <= 120
    {
        parts.push(format!("pattern {pattern}"));
    }
    (!parts.is_empty()).then(|| parts.join("; "))
}

/// The first sentence of an operation's documentation, as plain text.
pub fn first_sentence(documentation: &str) -> String {
    let text = paragraphs(documentation).into_iter().next().unwrap_or_default();
    let end = text
        .char_indices()
        .find(|(index, character)| *character == '.' && text[index + 1..].starts_with(' '))
        .map(|(index, _)| index + 1)
        .unwrap_or(text.len());
    text[..end].to_string()
}

/// The model's HTML documentation as paragraphs of plain text: tags dropped (`<code>` kept as
/// backticks, list items as bullets), entities decoded, whitespace collapsed.
pub fn paragraphs(html: &str) -> Vec<String> {
    let mut paragraphs = Vec::new();
    let mut current = String::new();
    let mut rest = html;
    let flush = |current: &mut String, paragraphs: &mut Vec<String>| {
        let collapsed = current.split_whitespace().collect::<Vec<_>>().join(" ");
        if collapsed == "•" {
            // A list item whose text is in a paragraph of its own.
            return;
        }
        if !collapsed.is_empty() {
            paragraphs.push(collapsed);
        }
        current.clear();
    };
    while let Some(start) = rest.find('<') {
        current.push_str(&decode(&rest[..start]));
        let Some(end) = rest[start..].find('>') else {
            current.push_str(&decode(&rest[start..]));
            rest = "";
            break;
        };
        let tag = rest[start + 1..start + end].trim().to_ascii_lowercase();
        let name =
            tag.trim_start_matches('/').split_whitespace().next().unwrap_or_default().trim_end_matches('/');
        match name {
            "p" | "ul" | "ol" | "br" | "note" | "important" | "dl" => flush(&mut current, &mut paragraphs),
            "li" if !tag.starts_with('/') => {
                flush(&mut current, &mut paragraphs);
                current.push_str("• ");
            }
            "code" => current.push('`'),
            _ => {}
        }
        rest = &rest[start + end + 1..];
    }
    current.push_str(&decode(rest));
    flush(&mut current, &mut paragraphs);
    paragraphs
}

fn decode(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
}

/// Wrap a paragraph at the help width with an indent.
fn wrap(paragraph: &str, indent: &str) -> String {
    let mut text = String::new();
    let mut line = String::from(indent);
    for word in paragraph.split_whitespace() {
        if line.len() > indent.len() && line.len() + 1 + word.len() > WIDTH {
            text.push_str(line.trim_end());
            text.push('\n');
            line = String::from(indent);
        }
        if line.len() > indent.len() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if line.len() > indent.len() {
        text.push_str(&line);
        text.push('\n');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::model::Service;

    #[test]
    fn html_becomes_text() {
        let html =
            "<p>Creates a <code>flow</code> &amp; more. Second.</p><ul><li><p>One</p></li><li>Two</li></ul>";
        assert_eq!(paragraphs(html), ["Creates a `flow` & more. Second.", "• One", "• Two"]);
        assert_eq!(first_sentence(html), "Creates a `flow` & more.");
    }

    #[test]
    fn operation_help_names_every_member() {
        let model = Service::BedrockAgent.model();
        let help = operation_help(model, model.operation("CreateFlow").unwrap());
        assert!(help.starts_with("create-flow (bedrock-agent CreateFlow, POST /flows/)"), "{help}");
        for expected in [
            "--name <string>",
            "--execution-role-arn <string>",
            "[--client-token <string>]",
            "--definition (structure)",
            "--tags (map)",
            "[required]",
            "Output:",
            "--generate-cli-skeleton",
        ] {
            assert!(help.contains(expected), "{expected} in {help}");
        }
        let model = Service::Bedrock.model();
        let help = operation_help(model, model.operation("ListCustomModels").unwrap());
        assert!(
            help.contains("--sort-by (string, one of)") && help.contains("Allowed: CreationTime"),
            "{help}"
        );
        assert!(help.contains("[--max-items <n>]"));
        assert!(help.lines().all(|line| line.chars().count() <= WIDTH + 40), "{help}");
    }

    #[test]
    fn service_help_lists_operations() {
        let model = Service::BedrockRuntime.model();
        let help = service_help(model);
        assert!(help.contains("converse-stream"), "{help}");
        assert!(help.contains("Operations (bedrock api bedrock-runtime OPERATION --help):"));
    }
}
