//! `bedrock quotas list [--model M]`: the Bedrock quotas that bound a run (on-demand tokens per
//! minute and per day, batch inference limits) for each text and embedding model, from Service
//! Quotas. When Service Quotas is not allowed (AccessDenied), the documented defaults are shown,
//! each row saying where its value comes from (`source`: `service-quotas` or `default`).

use aws_sdk_servicequotas::error::ProvideErrorMetadata;
use clap::{Args, Subcommand};
use serde_json::{Value, json};

use crate::bedrock_quotas::{self, QuotaModel as Model, SERVICE_CODE};
use crate::context::{Ctx, Service};
use crate::error::{Failure, Result};
use crate::output::{Column, View};

#[derive(Debug, Subcommand)]
pub enum QuotasCommand {
    /// List the Bedrock quotas of each text and embedding model (tokens per minute and per day,
    /// batch inference limits), from Service Quotas or, when it is not allowed, the documented
    /// defaults.
    #[command(
        visible_alias = "ls",
        after_help = "Each row's source is service-quotas (the account's applied value) or default (the documented default, shown when Service Quotas answers AccessDenied; a note on stderr says so).\n\nExamples:\n  bedrock quotas list --model claude-3-haiku\n  bedrock quotas list --model anthropic.claude-3-haiku-20240307-v1:0 --query 'quotas[?contains(quotaName, `per minute`)].value'\n  bedrock quotas list -o json | jq '.quotas[] | select(.source == \"default\")'\n  bedrock --local quotas list --model nova-lite -o table"
    )]
    List(ListArgs),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only the quotas of this model (id, alias or cross-region inference profile id).
    #[arg(long, value_name = "MODEL")]
    pub model: Option<String>,
}

const COLUMNS: &[Column] = &[
    Column { header: "MODEL", path: "modelId" },
    Column { header: "QUOTA", path: "quotaName" },
    Column { header: "CODE", path: "quotaCode" },
    Column { header: "VALUE", path: "value" },
    Column { header: "SOURCE", path: "source" },
];

pub async fn run(ctx: &Ctx, command: QuotasCommand) -> Result<()> {
    ctx.output.validate_query()?;
    match command {
        QuotasCommand::List(args) => list(ctx, args).await,
    }
}

/// The base model of an id or a cross-region inference profile id (`us.`, `eu.`, `apac.`,
/// `global.` …).
fn base_model_id(identifier: &str) -> &str {
    crate::models::profile_model_id(identifier).unwrap_or(identifier)
}

/// The text and embedding models served on demand or through inference profiles.
fn counted_models(document: &Value) -> Vec<Model> {
    let summaries = document.get("modelSummaries").and_then(Value::as_array).into_iter().flatten();
    crate::bedrock_quotas::quota_models(summaries.filter_map(Value::as_object))
}

/// One applied quota read from Service Quotas.
struct Applied {
    name: String,
    code: String,
    value: f64,
}

/// Every Bedrock quota Service Quotas reports, or `None` when it is not allowed (saying so, and
/// what is shown instead: `instead`).
async fn applied_quotas(ctx: &Ctx, instead: &str) -> Result<Option<Vec<Applied>>> {
    let config = ctx.sdk_config().await?;
    let mut builder = aws_sdk_servicequotas::config::Builder::from(config);
    if ctx.settings.debug {
        builder = builder.interceptor(crate::aws::debug::DebugTrace);
    }
    let client = aws_sdk_servicequotas::Client::from_conf(builder.build());
    let mut pages =
        client.list_service_quotas().service_code(SERVICE_CODE).max_results(100).into_paginator().send();
    let mut quotas = Vec::new();
    while let Some(page) = pages.next().await {
        let page = match page {
            Ok(page) => page,
            Err(error) if error.code() == Some("AccessDeniedException") => {
                ctx.output.warn(&format!(
                    "Service Quotas is not allowed ({}): {instead}",
                    error.message().unwrap_or("AccessDeniedException")
                ));
                return Ok(None);
            }
            Err(error) => {
                let region = ctx.region().await.unwrap_or_default();
                let endpoint = match ctx.endpoint_override().await {
                    Ok(Some(url)) => url,
                    _ => format!("https://servicequotas.{region}.amazonaws.com"),
                };
                return Err(crate::aws::errors::classify(error, &endpoint));
            }
        };
        for quota in page.quotas() {
            quotas.push(Applied {
                name: quota.quota_name().unwrap_or_default().to_string(),
                code: quota.quota_code().unwrap_or_default().to_string(),
                value: quota.value().unwrap_or_default(),
            });
        }
    }
    Ok(Some(quotas))
}

/// Whether a quota name is about this model (its name ends with the model's name in either form,
/// before any parenthesised note).
fn names_model(quota_name: &str, short: &str, long: &str) -> bool {
    let stem = quota_name.split(" (doubled").next().unwrap_or(quota_name).trim_end();
    [short, long].iter().any(|name| stem.ends_with(&format!(" for {name}")))
}

fn row(model: &str, name: &str, code: &str, value: f64, source: &str) -> Value {
    let value = if value.fract() == 0.0 && value.abs() < 9e15 { json!(value as i64) } else { json!(value) };
    json!({"modelId": model, "quotaName": name, "quotaCode": code, "value": value, "source": source})
}

async fn list(ctx: &Ctx, args: ListArgs) -> Result<()> {
    let wanted = match &args.model {
        Some(model) if model.trim().is_empty() => return Err(Failure::usage("--model is empty")),
        Some(model) => Some(base_model_id(&crate::models::resolve_model(&ctx.settings, model)).to_string()),
        None => None,
    };
    let client = ctx.bedrock().await?;
    if let Err(error) = client.list_foundation_models().send().await {
        return Err(ctx.failure(Service::Bedrock, error).await);
    }
    let catalog = ctx.capture.take_json()?;
    let mut models = counted_models(&catalog);
    if let Some(wanted) = &wanted {
        models.retain(|model| model.id == *wanted);
        if models.is_empty() {
            return Err(Failure::usage(format!(
                "--model {wanted}: not a text or embedding model Bedrock serves on demand or through an inference profile in this region"
            ))
            .with_hint("`bedrock models list --inference-type ON_DEMAND` lists them"));
        }
    }
    let applied =
        applied_quotas(ctx, "showing the documented defaults (source \"default\"), not the account's values")
            .await?;
    let mut rows = Vec::new();
    for model in &models {
        let (short, long) = bedrock_quotas::display_names(&model.id, &model.provider, &model.name);
        match &applied {
            Some(applied) => {
                for quota in applied.iter().filter(|quota| names_model(&quota.name, &short, &long)) {
                    rows.push(row(&model.id, &quota.name, &quota.code, quota.value, "service-quotas"));
                }
            }
            None => {
                for quota in
                    bedrock_quotas::model_quotas(&model.id, &model.provider, &model.name, model.on_demand)
                {
                    let value = quota.kind.default_value(&model.id) as f64;
                    rows.push(row(&model.id, &quota.name, &quota.code, value, "default"));
                }
            }
        }
    }
    ctx.output.document(&json!({"quotas": rows}), &View::Rows { rows: "quotas", columns: COLUMNS })
}

/// A model's names in its quotas (without and with the provider), from GetFoundationModel;
/// `None` when the service does not describe it as a foundation model (a custom or imported
/// model's ARN, say).
async fn quota_names(ctx: &Ctx, model_id: &str) -> Result<Option<(String, String)>> {
    let client = ctx.bedrock().await?;
    let details = match client.get_foundation_model().model_identifier(model_id).send().await {
        Ok(output) => output.model_details().cloned(),
        Err(error) => {
            let failure = ctx.failure(Service::Bedrock, error).await;
            if failure.kind == crate::error::Kind::Service {
                return Ok(None);
            }
            return Err(failure);
        }
    };
    let _ = ctx.capture.take_json();
    Ok(details.map(|details| {
        bedrock_quotas::display_names(
            model_id,
            details.provider_name().unwrap_or(""),
            details.model_name().unwrap_or(""),
        )
    }))
}

/// The tokens-per-minute budget of a bulk run (`--tpm`): the number given, or with `--tpm auto`
/// the model's quota read from Service Quotas (the cross-Region quota for an inference profile
/// id). When the quota cannot be read the run learns its budget from throttling, and says so.
pub async fn bulk_budget(ctx: &Ctx, tpm: Option<crate::bulk::Tpm>, model: &str) -> Result<Option<u64>> {
    let model_id = match tpm {
        None => return Ok(None),
        Some(crate::bulk::Tpm::Tokens(tokens)) => return Ok(Some(tokens)),
        Some(crate::bulk::Tpm::Auto) => base_model_id(model),
    };
    let learning = "the run learns its tokens-per-minute budget from throttling (give --tpm N to set it)";
    let Some((short, long)) = quota_names(ctx, model_id).await? else {
        ctx.output
            .warn(&format!("--tpm auto: {model_id} is not a foundation model Bedrock describes; {learning}"));
        return Ok(None);
    };
    let Some(applied) = applied_quotas(ctx, learning).await? else { return Ok(None) };
    let profile = model_id != model;
    let found = [!profile, profile].iter().find_map(|on_demand| {
        let name =
            bedrock_quotas::quota_name(bedrock_quotas::Kind::TokensPerMinute, &short, &long, *on_demand);
        applied.iter().find(|quota| quota.name == name)
    });
    match found {
        Some(quota) if quota.value >= 1.0 => {
            ctx.output
                .info(&format!("--tpm auto: {} tokens per minute ({})", quota.value as u64, quota.name));
            Ok(Some(quota.value as u64))
        }
        _ => {
            ctx.output.warn(&format!(
                "--tpm auto: Service Quotas has no tokens-per-minute quota for {model_id}; {learning}"
            ));
            Ok(None)
        }
    }
}

/// The batch inference limits of a model: its quotas in Service Quotas where they can be read,
/// the documented defaults otherwise (saying so), and where it came from.
pub async fn batch_limits(ctx: &Ctx, model: &str) -> Result<(bedrock_quotas::BatchLimits, &'static str)> {
    use bedrock_quotas::Kind;
    let defaults = bedrock_quotas::BatchLimits::default();
    let model_id = base_model_id(model);
    let Some((short, long)) = quota_names(ctx, model_id).await? else {
        return Ok((defaults, "the documented defaults"));
    };
    let Some(applied) = applied_quotas(
        ctx,
        "using the documented batch limits (flags such as --records-per-job override them)",
    )
    .await?
    else {
        return Ok((defaults, "the documented defaults"));
    };
    let mut limits = defaults;
    let mut found = false;
    for (kind, field) in [
        (Kind::MinimumRecordsPerBatchJob, &mut limits.minimum_records_per_job),
        (Kind::RecordsPerBatchJob, &mut limits.records_per_job),
        (Kind::RecordsPerBatchInputFile, &mut limits.records_per_input_file),
        (Kind::BatchInputFileGigabytes, &mut limits.input_file_gigabytes),
        (Kind::BatchJobGigabytes, &mut limits.job_gigabytes),
        (Kind::ConcurrentBatchJobs, &mut limits.concurrent_jobs),
    ] {
        let name = bedrock_quotas::quota_name(kind, &short, &long, true);
        if let Some(quota) = applied.iter().find(|quota| quota.name == name && quota.value >= 0.0) {
            *field = quota.value as u64;
            found = true;
        }
    }
    Ok((limits, if found { "Service Quotas" } else { "the documented defaults" }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profiles_name_their_base_model() {
        assert_eq!(
            base_model_id("us.anthropic.claude-3-haiku-20240307-v1:0"),
            "anthropic.claude-3-haiku-20240307-v1:0"
        );
        assert_eq!(
            base_model_id("global.anthropic.claude-sonnet-4-20250514-v1:0"),
            "anthropic.claude-sonnet-4-20250514-v1:0"
        );
        assert_eq!(base_model_id("amazon.titan-text-express-v1"), "amazon.titan-text-express-v1");
        assert_eq!(base_model_id("meta.llama3-8b-instruct-v1:0"), "meta.llama3-8b-instruct-v1:0");
    }

    #[test]
    fn quota_names_are_matched_to_exactly_their_model() {
        let (short, long) = ("Claude 3.5 Sonnet", "Anthropic Claude 3.5 Sonnet");
        assert!(names_model(
            "On-demand model inference tokens per minute for Anthropic Claude 3.5 Sonnet",
            short,
            long
        ));
        assert!(names_model("Records per batch inference job for Claude 3.5 Sonnet", short, long));
        assert!(names_model(
            "Model invocation max tokens per day for Anthropic Claude 3.5 Sonnet (doubled for cross-region calls)",
            short,
            long
        ));
        assert!(!names_model("Records per batch inference job for Claude 3.5 Sonnet v2", short, long));
        assert!(!names_model(
            "On-demand model inference tokens per minute for Anthropic Claude 3.5 Sonnet V2",
            short,
            long
        ));
    }
}
