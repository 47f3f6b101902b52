//! `bedrock throughput create|list|get|update|delete|wait`: provisioned throughput
//! (*ProvisionedModelThroughput). Creating and deleting cost money, so both ask first on a
//! terminal and refuse without `--yes` elsewhere.

use clap::{Args, Subcommand, ValueEnum};
use serde_json::{Value, json};

use super::operation::{self, Flags, InputArgs, ListFilters};
use super::resource::{self, Resource};
use super::wait;
use crate::api::model::Service as ApiService;
use crate::context::Ctx;
use crate::error::Result;
use crate::output::{Column, View};

#[derive(Debug, Subcommand)]
pub enum ThroughputCommand {
    /// Buy provisioned throughput for a foundation or custom model (CreateProvisionedModelThroughput).
    #[command(
        after_help = "Examples:\n  bedrock throughput create --name support-pt --model support-v1 --model-units 1 --yes --wait\n  bedrock throughput create --name titan-pt --model amazon.titan-text-express-v1:0:8k --model-units 2 --commitment-duration OneMonth --yes\n  bedrock throughput create --generate-skeleton"
    )]
    Create(CreateArgs),

    /// List provisioned throughputs (ListProvisionedModelThroughputs).
    #[command(
        visible_alias = "ls",
        after_help = "Examples:\n  bedrock throughput list --status InService\n  bedrock throughput list --model arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-text-express-v1:0:8k"
    )]
    List(ListArgs),

    /// Describe a provisioned throughput (GetProvisionedModelThroughput).
    #[command(after_help = "Examples:\n  bedrock throughput get support-pt --query status")]
    Get(ThroughputArgs),

    /// Rename a provisioned throughput or move it to another custom model of the same base (UpdateProvisionedModelThroughput).
    #[command(
        after_help = "Examples:\n  bedrock throughput update support-pt --new-name support-prod\n  bedrock throughput update support-pt --model support-v2 --wait"
    )]
    Update(UpdateArgs),

    /// Delete a provisioned throughput (DeleteProvisionedModelThroughput).
    #[command(after_help = "Examples:\n  bedrock throughput delete support-pt --yes")]
    Delete(DeleteArgs),

    /// Wait until a provisioned throughput is InService (254 if it Failed).
    #[command(after_help = "Examples:\n  bedrock throughput wait support-pt --timeout 1800")]
    Wait(WaitArgs),
}

/// Commitment terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Commitment {
    #[value(name = "OneMonth")]
    OneMonth,
    #[value(name = "SixMonths")]
    SixMonths,
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Name of the provisioned throughput.
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,

    /// The model to serve: foundation model id, alias or ARN, or a custom model name or ARN.
    #[arg(long, value_name = "MODEL")]
    pub model: Option<String>,

    /// Number of model units to buy.
    #[arg(long, value_name = "N")]
    pub model_units: Option<u32>,

    /// Commitment term (none: hourly, no commitment).
    #[arg(long, value_enum, value_name = "TERM")]
    pub commitment_duration: Option<Commitment>,

    /// Tag KEY=VALUE (repeatable).
    #[arg(long = "tags", value_name = "KEY=VALUE")]
    pub tags: Vec<String>,

    /// Do not ask for confirmation (required when not on a terminal).
    #[arg(long, short = 'y')]
    pub yes: bool,

    /// Wait until the throughput is InService and print it.
    #[arg(long)]
    pub wait: bool,

    /// With --wait: give up after this many seconds (exit 255).
    #[arg(long, value_name = "SECONDS", requires = "wait")]
    pub timeout: Option<f64>,

    #[command(flatten)]
    pub input: InputArgs,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only throughputs in this status.
    #[arg(long, value_parser = ["Creating", "InService", "Updating", "Failed"], value_name = "STATUS")]
    pub status: Option<String>,

    /// Only throughputs serving this model ARN.
    #[arg(long, value_name = "MODEL_ARN")]
    pub model: Option<String>,

    #[command(flatten)]
    pub filters: ListFilters,
}

#[derive(Debug, Args)]
pub struct ThroughputArgs {
    /// Provisioned throughput name, id or ARN.
    #[arg(value_name = "THROUGHPUT")]
    pub throughput: String,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// Provisioned throughput name, id or ARN.
    #[arg(value_name = "THROUGHPUT")]
    pub throughput: String,

    /// New name.
    #[arg(long, value_name = "NAME")]
    pub new_name: Option<String>,

    /// Serve this custom model instead (same base model).
    #[arg(long, value_name = "MODEL")]
    pub model: Option<String>,

    /// Wait until the update has taken effect.
    #[arg(long)]
    pub wait: bool,

    /// With --wait: give up after this many seconds (exit 255).
    #[arg(long, value_name = "SECONDS", requires = "wait")]
    pub timeout: Option<f64>,

    #[command(flatten)]
    pub input: InputArgs,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// Provisioned throughput name, id or ARN.
    #[arg(value_name = "THROUGHPUT")]
    pub throughput: String,

    /// Do not ask for confirmation (required when not on a terminal).
    #[arg(long, short = 'y')]
    pub yes: bool,
}

#[derive(Debug, Args)]
pub struct WaitArgs {
    /// Provisioned throughput name, id or ARN.
    #[arg(value_name = "THROUGHPUT")]
    pub throughput: String,

    /// Give up after this many seconds (exit 255).
    #[arg(long, value_name = "SECONDS")]
    pub timeout: Option<f64>,
}

const LIST_COLUMNS: &[Column] = &[
    Column { header: "NAME", path: "provisionedModelName" },
    Column { header: "STATUS", path: "status" },
    Column { header: "UNITS", path: "modelUnits" },
    Column { header: "COMMITMENT", path: "commitmentDuration" },
    Column { header: "MODEL", path: "modelArn" },
];

const DETAIL_FIELDS: &[Column] = &[
    Column { header: "provisionedModelName", path: "provisionedModelName" },
    Column { header: "provisionedModelArn", path: "provisionedModelArn" },
    Column { header: "status", path: "status" },
    Column { header: "modelArn", path: "modelArn" },
    Column { header: "desiredModelArn", path: "desiredModelArn" },
    Column { header: "foundationModelArn", path: "foundationModelArn" },
    Column { header: "modelUnits", path: "modelUnits" },
    Column { header: "commitmentDuration", path: "commitmentDuration" },
    Column { header: "commitmentExpirationTime", path: "commitmentExpirationTime" },
    Column { header: "creationTime", path: "creationTime" },
    Column { header: "failureMessage", path: "failureMessage" },
];

const CREATED_FIELDS: &[Column] = &[Column { header: "provisionedModelArn", path: "provisionedModelArn" }];

/// Provisioned throughputs for the generic verbs.
pub const THROUGHPUTS: Resource = Resource {
    service: ApiService::Bedrock,
    what: "provisioned throughput",
    command: "throughput",
    get: "GetProvisionedModelThroughput",
    identifier: "provisionedModelId",
    record: "",
    fields: DETAIL_FIELDS,
    list: "ListProvisionedModelThroughputs",
    list_key: "provisionedModelSummaries",
    columns: LIST_COLUMNS,
    delete: Some("DeleteProvisionedModelThroughput"),
    stop: None,
    status: "status",
    success: &["InService"],
    failure: &["Failed"],
    reasons: &["failureMessage"],
};

pub async fn run(ctx: &Ctx, command: ThroughputCommand) -> Result<()> {
    ctx.output.validate_query()?;
    match command {
        ThroughputCommand::Create(args) => create(ctx, args).await,
        ThroughputCommand::List(args) => {
            let mut input = resource::filter_members(&args.filters)?;
            resource::optional(&mut input, "statusEquals", &args.status);
            resource::optional(&mut input, "modelArnEquals", &args.model);
            THROUGHPUTS.list(ctx, &Vec::new(), input).await
        }
        ThroughputCommand::Get(args) => THROUGHPUTS.get(ctx, &Vec::new(), &args.throughput).await,
        ThroughputCommand::Update(args) => update(ctx, args).await,
        ThroughputCommand::Delete(args) => {
            THROUGHPUTS.delete(ctx, &Vec::new(), &args.throughput, args.yes).await?;
            Ok(())
        }
        ThroughputCommand::Wait(args) => {
            let timeout = wait::timeout(args.timeout)?;
            let document = THROUGHPUTS.wait(ctx, &Vec::new(), &args.throughput, timeout).await?;
            THROUGHPUTS.show(ctx, &document)
        }
    }
}

async fn create(ctx: &Ctx, args: CreateArgs) -> Result<()> {
    let timeout = wait::timeout(args.timeout)?;
    let mut flags = Flags::new();
    flags
        .string("provisionedModelName", &args.name)
        .set(
            "modelId",
            args.model.as_ref().map(|model| json!(crate::models::resolve_model(&ctx.settings, model))),
        )
        .set("modelUnits", args.model_units.map(|units| json!(units)))
        .set(
            "commitmentDuration",
            args.commitment_duration.map(|term| json!(super::models::value_name(term))),
        )
        .set("tags", operation::tags(&args.tags, "--tags")?);
    let required =
        [("provisionedModelName", "--name"), ("modelId", "--model"), ("modelUnits", "--model-units")];
    let operation_name = "CreateProvisionedModelThroughput";
    let Some(input) = operation::prepare(ctx, operation_name, &args.input, flags.into_map(), &required)?
    else {
        return Ok(());
    };
    let term = match operation::text(&input, "commitmentDuration") {
        "" => "no commitment, billed hourly".to_string(),
        term => format!("a {term} commitment"),
    };
    crate::output::confirm(
        &ctx.output,
        &format!(
            "Buy {} model unit(s) of provisioned throughput for {} ({term})?",
            input.get("modelUnits").and_then(Value::as_u64).unwrap_or(0),
            operation::text(&input, "modelId")
        ),
        args.yes,
    )?;
    let created = resource::send(ctx, ApiService::Bedrock, operation_name, input.clone()).await?;
    if !args.wait {
        return ctx.output.document(&created, &View::Record { record: "", fields: CREATED_FIELDS });
    }
    let arn = created.get("provisionedModelArn").and_then(Value::as_str).unwrap_or_default().to_string();
    let name = operation::text(&input, "provisionedModelName");
    let document = THROUGHPUTS.wait_named(ctx, &Vec::new(), &arn, name, timeout).await?;
    THROUGHPUTS.show(ctx, &document)
}

async fn update(ctx: &Ctx, args: UpdateArgs) -> Result<()> {
    let timeout = wait::timeout(args.timeout)?;
    let mut flags = Flags::new();
    flags
        .set("provisionedModelId", Some(json!(args.throughput)))
        .string("desiredProvisionedModelName", &args.new_name)
        .set(
            "desiredModelId",
            args.model.as_ref().map(|model| json!(crate::models::resolve_model(&ctx.settings, model))),
        );
    let operation_name = "UpdateProvisionedModelThroughput";
    let Some(input) = operation::prepare(ctx, operation_name, &args.input, flags.into_map(), &[])? else {
        return Ok(());
    };
    resource::send(ctx, ApiService::Bedrock, operation_name, input.clone()).await?;
    ctx.output.info(&format!("updating provisioned throughput {}", args.throughput));
    if args.wait {
        let name =
            input.get("desiredProvisionedModelName").and_then(Value::as_str).unwrap_or(&args.throughput);
        let document = THROUGHPUTS.wait(ctx, &Vec::new(), name, timeout).await?;
        return THROUGHPUTS.show(ctx, &document);
    }
    Ok(())
}

/// A model as the runtime takes it: a provisioned throughput's *name* becomes its ARN (the
/// runtime takes only ARNs, GetProvisionedModelThroughput takes both), so a name works wherever
/// the ARN does. Only a word that cannot be a model id, alias, profile id or ARN is looked up —
/// ids hold a `.`, ARNs a `:`, and throughput names neither — so other models cost no call; a
/// name no throughput has is returned unchanged, for the caller's own "unknown model" error.
pub async fn model_for_name(ctx: &Ctx, model: &str) -> Result<String> {
    let resolved = crate::models::resolve_model(&ctx.settings, model);
    if !could_be_a_throughput_name(&resolved) {
        return Ok(model.to_string());
    }
    let client = ctx.bedrock().await?;
    let answer = client.get_provisioned_model_throughput().provisioned_model_id(&resolved).send().await;
    let _ = ctx.capture.take();
    match answer {
        Ok(output) => Ok(output.provisioned_model_arn().to_string()),
        Err(error)
            if error.as_service_error().is_some_and(|error| error.is_resource_not_found_exception()) =>
        {
            Ok(model.to_string())
        }
        Err(error) => Err(ctx.failure(crate::context::Service::Bedrock, error).await),
    }
}

/// Whether a word could name a provisioned throughput (the model's pattern for
/// provisionedModelName: letters and digits, single `-` or `_` between them, up to 63).
fn could_be_a_throughput_name(word: &str) -> bool {
    let mut previous_separator = true;
    !word.is_empty()
        && word.len() <= 63
        && word.chars().all(|character| {
            let separator = matches!(character, '-' | '_');
            let fine = character.is_ascii_alphanumeric() || separator && !previous_separator;
            previous_separator = separator;
            fine
        })
}

#[cfg(test)]
mod name_tests {
    use super::could_be_a_throughput_name;

    #[test]
    fn only_words_no_model_id_can_be_are_throughput_names() {
        for name in ["nightly", "pt-claude_1", "A1"] {
            assert!(could_be_a_throughput_name(name), "{name}");
        }
        for word in [
            "amazon.nova-micro-v1:0",
            "us.anthropic.claude-3-haiku-20240307-v1:0",
            "arn:aws:bedrock:x",
            "a--b",
            "-a",
            "",
            "a b",
        ] {
            assert!(!could_be_a_throughput_name(word), "{word}");
        }
        assert!(!could_be_a_throughput_name(&"a".repeat(64)));
    }
}
