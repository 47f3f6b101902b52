//! `bedrock customization-jobs validate-data FILE --base-model M`: check a JSONL training or
//! validation dataset offline against the base model family's documented line format and quotas
//! (user guide: dataset preparation and customization quotas). The file is streamed line by line,
//! so memory stays flat whatever its size; every bad line is reported with its number.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;

use clap::Args;
use serde_json::{Value, json};

use super::customization_jobs::CustomizationKind;
use crate::cli::OutputFormat;
use crate::context::Ctx;
use crate::error::{Failure, Result};
use crate::models::customization::{self, CustomizationType, Family};

/// Bad lines kept in the `-o json` report (all are counted).
const REPORTED_ERRORS: usize = 1000;

#[derive(Debug, Args)]
pub struct ValidateDataArgs {
    /// The dataset: a JSONL file, one record per line.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,

    /// The base model the dataset is for (id, alias or ARN); picks the format and quotas.
    #[arg(long, value_name = "MODEL")]
    pub base_model: String,

    /// The customization the dataset is for.
    #[arg(long = "type", value_enum, ignore_case = true, value_name = "TYPE", default_value = "FINE_TUNING")]
    pub kind: CustomizationKind,

    /// The file is a validation dataset (its own record and size quotas).
    #[arg(long)]
    pub validation: bool,
}

/// The outcome of a check.
#[derive(Debug, Default)]
struct Report {
    records: u64,
    invalid: u64,
    errors: Vec<(u64, String)>,
    problems: Vec<String>,
}

pub fn run(ctx: &Ctx, args: ValidateDataArgs) -> Result<()> {
    let model = crate::models::resolve_model(&ctx.settings, &args.base_model);
    let family = customization::family(&model).ok_or_else(|| {
        Failure::usage(format!(
            "the user guide documents no customization dataset format for {model}; known families: Amazon Titan Text, Titan Image Generator, Titan Multimodal Embeddings, Cohere Command, Meta Llama"
        ))
    })?;
    let kind = args.kind.model();
    if kind == CustomizationType::ContinuedPreTraining && !family.continued_pre_training {
        return Err(Failure::usage(format!("{} does not support CONTINUED_PRE_TRAINING", family.name)));
    }
    if args.validation && !family.validation_supported {
        return Err(Failure::usage(format!("{} takes no validation dataset", family.name)));
    }
    let streaming = ctx.output.format != OutputFormat::Json && ctx.output.query.is_none();
    let report = check_file(&args, family, kind, |line, reason| {
        if streaming { ctx.output.line(&format!("{}:{line}: {reason}", args.file.display())) } else { Ok(()) }
    })?;
    let summary = format!(
        "{}: {} records, {} invalid ({}, {}{})",
        args.file.display(),
        report.records,
        report.invalid,
        family.name,
        kind.wire_name(),
        if args.validation { ", validation" } else { "" }
    );
    let valid = report.invalid == 0 && report.problems.is_empty();
    if streaming {
        for problem in &report.problems {
            ctx.output.line(&format!("{}: {problem}", args.file.display()))?;
        }
        ctx.output.line(&summary)?;
    } else {
        let errors: Vec<Value> =
            report.errors.iter().map(|(line, reason)| json!({"line": line, "reason": reason})).collect();
        let document = json!({
            "file": args.file.display().to_string(),
            "baseModel": model,
            "family": family.name,
            "customizationType": kind.wire_name(),
            "validation": args.validation,
            "records": report.records,
            "invalidRecords": report.invalid,
            "errors": errors,
            "errorsTruncated": report.invalid as usize > report.errors.len(),
            "problems": report.problems,
            "valid": valid,
        });
        ctx.output.json_document(&document)?;
    }
    if valid {
        Ok(())
    } else {
        let count = report.invalid + report.problems.len() as u64;
        Err(Failure::usage(format!("{} is not a valid dataset ({count} problem(s))", args.file.display())))
    }
}

/// Check every line, calling `bad(line, reason)` as bad lines are found.
fn check_file(
    args: &ValidateDataArgs,
    family: &Family,
    kind: CustomizationType,
    mut bad: impl FnMut(u64, &str) -> Result<()>,
) -> Result<Report> {
    let file = std::fs::File::open(&args.file).map_err(|error| Failure::file(&args.file, "read", &error))?;
    let size = file.metadata().map(|metadata| metadata.len()).unwrap_or(0);
    let format = family.line_format(kind);
    let mut report = Report::default();
    let mut reader = BufReader::with_capacity(64 * 1024, file);
    let mut buffer = Vec::new();
    let mut number = 0u64;
    loop {
        buffer.clear();
        let read = reader
            .read_until(b'\n', &mut buffer)
            .map_err(|error| Failure::file(&args.file, "read", &error))?;
        if read == 0 {
            break;
        }
        number += 1;
        let line = buffer.strip_suffix(b"\n").unwrap_or(&buffer);
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        let outcome = match std::str::from_utf8(line) {
            Err(_) => Err("the line is not UTF-8 text".to_string()),
            Ok(text) if text.trim().is_empty() => {
                Err("empty line (JSONL has one record per line)".to_string())
            }
            Ok(text) => match serde_json::from_str::<Value>(text) {
                Ok(record) => customization::check_record(family, format, &record),
                Err(error) => {
                    let text = error.to_string();
                    let reason = text.split(" at line ").next().unwrap_or(&text).to_string();
                    Err(format!("not valid JSON at column {}: {reason}", error.column()))
                }
            },
        };
        report.records += 1;
        if let Err(reason) = outcome {
            report.invalid += 1;
            if report.errors.len() < REPORTED_ERRORS {
                report.errors.push((number, reason.clone()));
            }
            bad(number, &reason)?;
        }
    }
    let (minimum, maximum, size_limit) = if args.validation {
        (1, family.validation_records, family.validation_bytes)
    } else if kind == CustomizationType::ContinuedPreTraining {
        (1, family.pre_training_records, family.pre_training_bytes)
    } else {
        (family.training_records.0, family.training_records.1, family.training_bytes)
    };
    if report.records < minimum {
        report.problems.push(format!("{} records; {} needs at least {minimum}", report.records, family.name));
    }
    if report.records > maximum {
        report.problems.push(format!("{} records; {} allows at most {maximum}", report.records, family.name));
    }
    if size > size_limit {
        report.problems.push(format!("{size} bytes; {} allows at most {size_limit} bytes", family.name));
    }
    Ok(report)
}
