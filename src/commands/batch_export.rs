//! `bedrock batch export-sfn`: Step Functions as the distributed engine for a batch. Prints a
//! state machine (Amazon States Language) whose Distributed Map state reads JSON Lines records
//! from S3, invokes the model once per record with the family's body, retries throttling with
//! backoff, catches a failed record instead of failing the map, and writes the results to an S3
//! prefix; or, with `--policy`, the least-privilege IAM policy of the state machine's role.

use clap::{Args, ValueEnum};

use super::invoke::{self, GenerationFlags, InvokeArgs, Template};
use crate::context::Ctx;
use crate::error::{Failure, Result};
use crate::models::Modality;
use crate::stepfunctions::{self, DistributedMap, ExecutionType, RecordFormat, S3Location};

/// What each line of the records file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Records {
    /// {"prompt": "...", ...}: the model family's body is built around the line's prompt.
    Prompt,
    /// {"recordId": ..., "modelInput": {...}} (a batch inference record): modelInput is the body.
    Batch,
}

/// The kind of child workflow executions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Execution {
    /// Exactly once, up to a year each; billed per state transition.
    Standard,
    /// At least once, up to five minutes each; billed per duration (cheaper for many short calls).
    Express,
}

#[derive(Debug, Args)]
pub struct ExportSfnArgs {
    /// The model (id, alias, ARN or inference profile).
    #[arg(long, value_name = "MODEL")]
    pub model: String,

    /// The records: a JSON Lines object in S3, one JSON object per line.
    #[arg(long, value_name = "s3://BUCKET/KEY.jsonl")]
    pub input: String,

    /// Where the Distributed Map writes its results (a manifest and JSONL files): s3://bucket/prefix.
    #[arg(long, value_name = "s3://BUCKET/PREFIX")]
    pub results: String,

    /// What each line of the records file is.
    #[arg(long, value_enum, value_name = "FORMAT", default_value = "prompt")]
    pub records: Records,

    /// The child workflow executions' type.
    #[arg(long, value_enum, value_name = "TYPE", default_value = "standard")]
    pub execution_type: Execution,

    /// How many records are invoked at once (1 to 10000); keep it under the model's quota of
    /// requests per minute.
    #[arg(long, value_name = "N", default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..=10000))]
    pub max_concurrency: u32,

    /// Let the map run succeed while up to this percentage of child executions fail (0 to 100).
    #[arg(long, value_name = "PERCENT", value_parser = clap::value_parser!(u8).range(0..=100))]
    pub tolerated_failure_percentage: Option<u8>,

    /// Read at most this many records (ReaderConfig MaxItems; 1 to 100000000).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..=100_000_000))]
    pub max_records: Option<u64>,

    /// The model family, for custom or provisioned model ARNs (see `--family help`).
    #[arg(long, value_name = "NAME")]
    pub family: Option<String>,

    #[command(flatten)]
    pub generation: GenerationFlags,

    /// Print the least-privilege IAM policy of the state machine's role instead of the state
    /// machine.
    #[arg(long, requires = "name")]
    pub policy: bool,

    /// The state machine's name (with --policy: it starts and follows its own child executions).
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,

    /// The account id for the policy's ARNs (default: the caller's, from STS GetCallerIdentity).
    #[arg(long, value_name = "ID", requires = "policy")]
    pub account: Option<String>,
}

/// The `after_help` of the command.
pub const EXAMPLES: &str = "Examples:\n  bedrock batch export-sfn --model claude-3-haiku --input s3://my-bucket/prompts.jsonl \\\n      --results s3://my-bucket/results --max-tokens 512 > state-machine.json\n  bedrock batch export-sfn --model titan-text-express --input s3://my-bucket/prompts.jsonl \\\n      --results s3://my-bucket/results --execution-type express --max-concurrency 50\n  bedrock batch export-sfn --model claude-3-haiku --records batch --input s3://my-bucket/in.jsonl \\\n      --results s3://my-bucket/results --tolerated-failure-percentage 5\n  bedrock batch export-sfn --model claude-3-haiku --input s3://my-bucket/prompts.jsonl \\\n      --results s3://my-bucket/results --policy --name BedrockBatch --account 123456789012\n\nRecords (--records): `prompt` lines are JSON objects with a \"prompt\" string (other members,\nlike an \"id\", are kept in the result); the model family's body is built around it with the\ngeneration flags, as `bedrock invoke` builds it. `batch` lines are batch inference records,\n{\"recordId\": ..., \"modelInput\": {...}}, as `bedrock batch run` writes them: modelInput is sent\nas the body. Every line must be a JSON object (a bare prompt string, which `bedrock invoke\n--input` takes, is not: the state machine finds the prompt by its path).\n\nEach record runs in a child workflow execution with {\"index\", \"record\"} as its input; its\noutput adds \"output\" ({\"result\": the generated text}) or, when the call failed after the\nretries, \"error\" ({\"Error\", \"Cause\"}), so one failed call does not fail the map run.\nThrottling, ServiceUnavailable and ModelNotReady are retried 8 times with exponential backoff\n(2 s doubling, at most 60 s, full jitter), internal errors and model timeouts 3 times. A record\nwithout the member the body needs fails its child execution (States.Runtime, which no Catch\ntakes): --tolerated-failure-percentage says how many such failures the map run survives\n(default 0). The results go under PREFIX: a manifest.json and JSON Lines files of the succeeded\nand failed child executions.\n\nCreate the state machine with a role that has the --policy document, for example:\n  aws stepfunctions create-state-machine --name BedrockBatch \\\n      --definition file://state-machine.json --role-arn ARN";

/// An S3 URI's bucket and key (or prefix).
fn location(flag: &str, uri: &str) -> Result<S3Location> {
    let (bucket, key) = super::batch::split_uri(flag, uri)?;
    Ok(S3Location { bucket, key })
}

/// A state machine name as Step Functions takes it: 1 to 80 letters, digits, `-` or `_`.
fn state_machine_name(name: &str) -> Result<&str> {
    let valid = !name.is_empty()
        && name.len() <= 80
        && name.chars().all(|character| character.is_ascii_alphanumeric() || matches!(character, '-' | '_'));
    if valid {
        Ok(name)
    } else {
        Err(Failure::usage(format!(
            "--name {name:?} is not a state machine name (1 to 80 letters, digits, '-' or '_')"
        )))
    }
}

fn invoke_args(args: &ExportSfnArgs) -> InvokeArgs {
    InvokeArgs::for_records(&args.model, &args.generation, args.family.clone())
}

pub async fn run(ctx: &Ctx, mut args: ExportSfnArgs) -> Result<()> {
    let input = location("--input", &args.input)?;
    if input.key.is_empty() || input.key.ends_with('/') {
        return Err(Failure::usage(format!(
            "--input {:?} names a prefix: give the records object (s3://bucket/key.jsonl)",
            args.input
        )));
    }
    let results = location("--results", &args.results)?;
    args.model = super::throughput::model_for_name(ctx, &args.model).await?;
    args.family = invoke::looked_up_family(ctx, &args.model, args.family.take()).await?;
    let invoke = invoke_args(&args);
    let template: Template = invoke::template(ctx, &invoke)?;
    let family = invoke::known_family(&ctx.settings, &template)?;
    if family.modality() != Modality::Text {
        return Err(Failure::usage(format!(
            "model '{}' ({}) is not a text model: export-sfn invokes text models",
            template.model,
            family.display_name()
        )));
    }
    let placeholder =
        invoke::body_for_prompt(&invoke, &template, stepfunctions::PROMPT_PLACEHOLDER.to_string(), false)?;
    let placeholder_body: serde_json::Value = serde_json::from_slice(&placeholder)
        .map_err(|_| Failure::usage("the family's request body is not JSON"))?;
    let generation = &args.generation;
    let tuned = generation.max_tokens.is_some()
        || generation.temperature.is_some()
        || generation.top_p.is_some()
        || generation.top_k.is_some()
        || generation.seed.is_some()
        || !generation.stop.is_empty()
        || !generation.system.is_empty();
    if args.records == Records::Batch && tuned && !args.policy {
        ctx.output.warn(
            "--records batch sends each record's modelInput as it is: the generation flags are not used",
        );
    }
    if args.policy {
        let name = state_machine_name(args.name.as_deref().unwrap_or_default())?;
        let region = ctx.region().await?;
        let account = super::iam_policy::account(ctx, args.account.as_deref()).await?;
        let models = [stepfunctions::model_resource(&template.model)];
        let document =
            stepfunctions::distributed_map_policy(&models, &region, &account, name, &input, &results);
        return ctx.output.json_document(&document);
    }
    let map = DistributedMap {
        model_id: &template.model,
        family,
        placeholder_body: &placeholder_body,
        records: match args.records {
            Records::Prompt => RecordFormat::Prompt,
            Records::Batch => RecordFormat::Batch,
        },
        input: &input,
        results: &results,
        execution_type: match args.execution_type {
            Execution::Standard => ExecutionType::Standard,
            Execution::Express => ExecutionType::Express,
        },
        max_concurrency: args.max_concurrency,
        tolerated_failure_percentage: args.tolerated_failure_percentage,
        max_records: args.max_records,
    };
    let document = stepfunctions::distributed_map_state_machine(&map).map_err(|problem| {
        Failure::usage(format!("cannot build a state machine for model '{}': {problem}", template.model))
    })?;
    ctx.output.json_document(&document)
}
