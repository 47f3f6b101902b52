//! `bedrock apply-guardrail ID [TEXT]`: ApplyGuardrail on text from an argument, a file or stdin.
//! Prints the action and the (masked) output text, a table of the assessments on a terminal, or
//! the full response with `-o json`; `--fail-on-intervention` turns an intervention into exit 254
//! so that a CI step can gate on it.

use std::path::PathBuf;

use aws_sdk_bedrockruntime::types::{GuardrailContentBlock, GuardrailContentSource, GuardrailTextBlock};
use clap::{Args, ValueEnum};
use serde_json::{Value, json};

use crate::cli::OutputFormat;
use crate::context::{Ctx, Service};
use crate::error::{Failure, Kind, Result};
use crate::output::{Column, View};

/// Whether the text is a user's input or a model's output.
#[derive(Debug, Clone, Copy, ValueEnum)]
#[value(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Source {
    Input,
    Output,
}

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  bedrock apply-guardrail abc123def456 \"My email is jane@example.com\"\n  bedrock apply-guardrail abc123def456 --version 2 --source OUTPUT --file answer.txt\n  git diff | bedrock apply-guardrail abc123def456 --fail-on-intervention   # gate a CI step"
)]
pub struct ApplyGuardrailArgs {
    /// Guardrail id or ARN.
    #[arg(value_name = "GUARDRAIL")]
    pub guardrail: String,

    /// The text to check ("-" or omitted with piped stdin: read it from stdin).
    #[arg(value_name = "TEXT")]
    pub text: Option<String>,

    /// Read the text from this file.
    #[arg(long, value_name = "FILE")]
    pub file: Option<PathBuf>,

    /// Whether the text is an input to or an output of a model.
    #[arg(long, value_enum, default_value = "INPUT", ignore_case = true)]
    pub source: Source,

    /// Guardrail version (default: DRAFT).
    #[arg(long, value_name = "VERSION", default_value = "DRAFT")]
    pub version: String,

    /// Exit 254 when the guardrail intervened.
    #[arg(long)]
    pub fail_on_intervention: bool,
}

const ASSESSMENT_COLUMNS: &[Column] = &[
    Column { header: "POLICY", path: "policy" },
    Column { header: "TYPE", path: "type" },
    Column { header: "ACTION", path: "action" },
    Column { header: "MATCH", path: "match" },
];

/// Flatten the assessments into rows of policy, type, action and match.
pub fn assessment_rows(response: &Value) -> Vec<Value> {
    let mut rows = Vec::new();
    let assessments = response.get("assessments").and_then(Value::as_array).cloned().unwrap_or_default();
    for assessment in &assessments {
        let mut push = |policy: &str, kind: &Value, action: &Value, matched: &Value| {
            rows.push(json!({"policy": policy, "type": kind, "action": action, "match": matched}));
        };
        for topic in list(assessment, &["topicPolicy", "topics"]) {
            push("topic", &topic["name"], &topic["action"], &Value::Null);
        }
        for filter in list(assessment, &["contentPolicy", "filters"]) {
            let detail = json!(format!("confidence {}", filter["confidence"].as_str().unwrap_or("?")));
            push("content", &filter["type"], &filter["action"], &detail);
        }
        for word in list(assessment, &["wordPolicy", "customWords"]) {
            push("word", &json!("CUSTOM"), &word["action"], &word["match"]);
        }
        for word in list(assessment, &["wordPolicy", "managedWordLists"]) {
            push("word", &word["type"], &word["action"], &word["match"]);
        }
        for entity in list(assessment, &["sensitiveInformationPolicy", "piiEntities"]) {
            push("sensitive", &entity["type"], &entity["action"], &entity["match"]);
        }
        for regex in list(assessment, &["sensitiveInformationPolicy", "regexes"]) {
            push("regex", &regex["name"], &regex["action"], &regex["match"]);
        }
        for filter in list(assessment, &["contextualGroundingPolicy", "filters"]) {
            let detail = json!(format!("score {} / threshold {}", filter["score"], filter["threshold"]));
            push("grounding", &filter["type"], &filter["action"], &detail);
        }
    }
    rows
}

fn list(value: &Value, path: &[&str]) -> Vec<Value> {
    path.iter()
        .try_fold(value, |current, key| current.get(*key))
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default()
}

pub async fn run(ctx: &Ctx, args: ApplyGuardrailArgs) -> Result<()> {
    ctx.output.validate_query()?;
    let text = crate::input::prompt(args.text.clone(), args.file.as_ref())
        .map_err(|failure| Failure::usage(failure.message.replace("prompt", "text")))?;
    let client = ctx.bedrock_runtime().await?;
    let block = GuardrailTextBlock::builder()
        .text(text.clone())
        .build()
        .map_err(|error| Failure::other("request", error.to_string()))?;
    let source = match args.source {
        Source::Input => GuardrailContentSource::Input,
        Source::Output => GuardrailContentSource::Output,
    };
    let response = client
        .apply_guardrail()
        .guardrail_identifier(&args.guardrail)
        .guardrail_version(&args.version)
        .source(source)
        .content(GuardrailContentBlock::Text(block))
        .send()
        .await;
    if let Err(error) = response {
        return Err(ctx.failure(Service::BedrockRuntime, error).await);
    }
    let document = ctx.capture.take_json()?;
    let action = document.get("action").and_then(Value::as_str).unwrap_or("NONE").to_string();
    let outputs: Vec<String> = list(&document, &["outputs"])
        .iter()
        .filter_map(|output| output["text"].as_str().map(str::to_string))
        .collect();
    let shown_text = if outputs.is_empty() { text.clone() } else { outputs.join("\n") };

    if ctx.output.wants_json() {
        ctx.output.json_document(&document)?;
    } else if ctx.output.format == OutputFormat::Table {
        ctx.output.line(&format!("action: {action}"))?;
        ctx.output.line(&shown_text)?;
        let rows = json!({"rows": assessment_rows(&document)});
        if !rows["rows"].as_array().is_some_and(Vec::is_empty) {
            ctx.output.document(&rows, &View::Rows { rows: "rows", columns: ASSESSMENT_COLUMNS })?;
        }
    } else {
        ctx.output.line(&action)?;
        ctx.output.line(&shown_text)?;
    }
    if action == "GUARDRAIL_INTERVENED" {
        if args.fail_on_intervention {
            return Err(Failure::new(
                Kind::Service,
                "GuardrailIntervened",
                format!("guardrail {} intervened", args.guardrail),
            ));
        }
        ctx.output.info("the guardrail intervened");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn assessments_flatten_into_rows() {
        let response = json!({"assessments": [{
            "wordPolicy": {"customWords": [{"match": "rival", "action": "BLOCKED"}]},
            "sensitiveInformationPolicy": {"piiEntities": [{"match": "a@b.c", "type": "EMAIL", "action": "ANONYMIZED"}]}
        }]});
        let rows = assessment_rows(&response);
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[1]["type"], "EMAIL");
        assert_eq!(rows[0]["match"], "rival");
    }
}
