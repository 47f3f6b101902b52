//! `bedrock models list|get`: ListFoundationModels and GetFoundationModel.

use aws_sdk_bedrock::types::{InferenceType, ModelCustomization, ModelModality};
use clap::{Args, Subcommand, ValueEnum};

use crate::context::{Ctx, Service};
use crate::error::Result;
use crate::output::{Column, View};

#[derive(Debug, Subcommand)]
pub enum ModelsCommand {
    /// List foundation models, optionally filtered.
    #[command(
        visible_alias = "ls",
        after_help = "Examples:\n  bedrock models list --provider anthropic\n  bedrock models list --output-modality EMBEDDING -o text\n  bedrock models list --query 'modelSummaries[?responseStreamingSupported].modelId'"
    )]
    List(ListArgs),

    /// Describe one foundation model.
    #[command(
        after_help = "Examples:\n  bedrock models get anthropic.claude-3-haiku-20240307-v1:0\n  bedrock models get claude-3-haiku --query modelDetails.modelLifecycle.status"
    )]
    Get(GetArgs),

    /// List the model aliases: the built-in ones and those of the config file's [aliases].
    #[command(
        after_help = "Examples:\n  bedrock models aliases\n  bedrock models aliases -o json --query 'aliases[?source==`config`]'"
    )]
    Aliases,
}

/// Output modalities a model can have.
#[derive(Debug, Clone, Copy, ValueEnum)]
#[value(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Modality {
    Text,
    Image,
    Embedding,
}

/// How a model can be invoked.
#[derive(Debug, Clone, Copy, ValueEnum)]
#[value(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum InferenceKind {
    OnDemand,
    Provisioned,
}

/// How a model can be customised.
#[derive(Debug, Clone, Copy, ValueEnum)]
#[value(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum CustomizationKind {
    FineTuning,
    ContinuedPreTraining,
    Distillation,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only models of this provider (e.g. anthropic, amazon, meta; case-insensitive).
    #[arg(long, value_name = "PROVIDER")]
    pub provider: Option<String>,

    /// Only models that produce this modality.
    #[arg(long, value_enum, ignore_case = true, value_name = "MODALITY")]
    pub output_modality: Option<Modality>,

    /// Only models that support this inference type.
    #[arg(long, value_enum, ignore_case = true, value_name = "TYPE")]
    pub inference_type: Option<InferenceKind>,

    /// Only models that support this customization.
    #[arg(long, value_enum, ignore_case = true, value_name = "TYPE")]
    pub customization_type: Option<CustomizationKind>,
}

#[derive(Debug, Args)]
pub struct GetArgs {
    /// Model id, alias or ARN.
    #[arg(value_name = "MODEL")]
    pub model: String,
}

const LIST_COLUMNS: &[Column] = &[
    Column { header: "MODEL ID", path: "modelId" },
    Column { header: "PROVIDER", path: "providerName" },
    Column { header: "NAME", path: "modelName" },
    Column { header: "INPUT", path: "inputModalities" },
    Column { header: "OUTPUT", path: "outputModalities" },
    Column { header: "STREAMING", path: "responseStreamingSupported" },
    Column { header: "INFERENCE", path: "inferenceTypesSupported" },
    Column { header: "STATUS", path: "modelLifecycle.status" },
];

const DETAIL_FIELDS: &[Column] = &[
    Column { header: "modelId", path: "modelId" },
    Column { header: "modelArn", path: "modelArn" },
    Column { header: "modelName", path: "modelName" },
    Column { header: "providerName", path: "providerName" },
    Column { header: "inputModalities", path: "inputModalities" },
    Column { header: "outputModalities", path: "outputModalities" },
    Column { header: "responseStreamingSupported", path: "responseStreamingSupported" },
    Column { header: "customizationsSupported", path: "customizationsSupported" },
    Column { header: "inferenceTypesSupported", path: "inferenceTypesSupported" },
    Column { header: "status", path: "modelLifecycle.status" },
];

pub async fn run(ctx: &Ctx, command: ModelsCommand) -> Result<()> {
    ctx.output.validate_query()?;
    match command {
        ModelsCommand::List(args) => list(ctx, args).await,
        ModelsCommand::Get(args) => get(ctx, args).await,
        ModelsCommand::Aliases => aliases(ctx),
    }
}

const ALIAS_COLUMNS: &[Column] = &[
    Column { header: "ALIAS", path: "alias" },
    Column { header: "MODEL", path: "modelId" },
    Column { header: "SOURCE", path: "source" },
];

/// `models aliases`: configured aliases first (they win over built-in ones of the same name).
fn aliases(ctx: &Ctx) -> Result<()> {
    let mut rows: Vec<serde_json::Value> = Vec::new();
    let mut configured: Vec<(&String, &String)> = ctx.settings.aliases.iter().collect();
    configured.sort();
    for (alias, id) in configured {
        rows.push(serde_json::json!({"alias": alias, "modelId": id, "source": "config"}));
    }
    for (alias, id) in crate::models::BUILTIN_ALIASES {
        if !ctx.settings.aliases.contains_key(*alias) {
            rows.push(serde_json::json!({"alias": alias, "modelId": id, "source": "built-in"}));
        }
    }
    ctx.output.document(
        &serde_json::json!({"aliases": rows}),
        &View::Rows { rows: "aliases", columns: ALIAS_COLUMNS },
    )
}

async fn list(ctx: &Ctx, args: ListArgs) -> Result<()> {
    let client = ctx.bedrock().await?;
    let mut request = client.list_foundation_models();
    if let Some(provider) = &args.provider {
        request = request.by_provider(provider.to_ascii_lowercase());
    }
    if let Some(modality) = args.output_modality {
        request = request.by_output_modality(ModelModality::from(value_name(modality).as_str()));
    }
    if let Some(kind) = args.inference_type {
        request = request.by_inference_type(InferenceType::from(value_name(kind).as_str()));
    }
    if let Some(kind) = args.customization_type {
        request = request.by_customization_type(ModelCustomization::from(value_name(kind).as_str()));
    }
    if let Err(error) = request.send().await {
        return Err(ctx.failure(Service::Bedrock, error).await);
    }
    let document = ctx.capture.take_json()?;
    ctx.output.document(&document, &View::Rows { rows: "modelSummaries", columns: LIST_COLUMNS })
}

async fn get(ctx: &Ctx, args: GetArgs) -> Result<()> {
    let model = crate::models::resolve_model(&ctx.settings, &args.model);
    let client = ctx.bedrock().await?;
    if let Err(error) = client.get_foundation_model().model_identifier(model).send().await {
        return Err(ctx.failure(Service::Bedrock, error).await);
    }
    let document = ctx.capture.take_json()?;
    ctx.output.document(&document, &View::Record { record: "modelDetails", fields: DETAIL_FIELDS })
}

/// The wire name of a clap value (`FINE_TUNING`).
pub fn value_name(value: impl ValueEnum) -> String {
    value.to_possible_value().map(|possible| possible.get_name().to_string()).unwrap_or_default()
}

/// Which control-plane call tells whether a model exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lookup {
    FoundationModel,
    InferenceProfile,
    ProvisionedThroughput,
    CustomModel,
    ImportedModel,
    /// Nothing cheap tells (marketplace endpoints, prompt ARNs, a bare word): not checked.
    None,
}

fn lookup_for(model: &str) -> Lookup {
    if model.starts_with("arn:") {
        return match model.split(':').nth(5).and_then(|resource| resource.split('/').next()) {
            Some("foundation-model") => Lookup::FoundationModel,
            Some("inference-profile" | "application-inference-profile") => Lookup::InferenceProfile,
            Some("provisioned-model") => Lookup::ProvisionedThroughput,
            Some("custom-model") => Lookup::CustomModel,
            Some("imported-model") => Lookup::ImportedModel,
            _ => Lookup::None,
        };
    }
    if crate::models::profile_model_id(model).is_some() {
        Lookup::InferenceProfile
    } else if model.contains('.') {
        Lookup::FoundationModel
    } else {
        Lookup::None
    }
}

/// Check that a model (already resolved: aliases and throughput names replaced) exists, with
/// the control-plane call that describes it, before a conversation starts. Only the service's
/// "no such model" (ResourceNotFoundException, ValidationException) refuses it: a caller not
/// allowed to describe models (AccessDeniedException) may still be allowed to invoke them, and
/// any other failure is left for the first turn to report.
pub async fn confirm_exists(ctx: &Ctx, model: &str) -> Result<()> {
    use aws_smithy_types::error::metadata::ProvideErrorMetadata;
    let lookup = lookup_for(model);
    if lookup == Lookup::None {
        return Ok(());
    }
    let client = ctx.bedrock().await?;
    macro_rules! ask {
        ($request:expr) => {
            match $request.send().await {
                Ok(_) => None,
                Err(error) => {
                    let code = error.code().map(str::to_string);
                    Some((code, ctx.failure(Service::Bedrock, error).await))
                }
            }
        };
    }
    let refused = match lookup {
        Lookup::FoundationModel => ask!(client.get_foundation_model().model_identifier(model)),
        Lookup::InferenceProfile => ask!(client.get_inference_profile().inference_profile_identifier(model)),
        Lookup::ProvisionedThroughput => {
            ask!(client.get_provisioned_model_throughput().provisioned_model_id(model))
        }
        Lookup::CustomModel => ask!(client.get_custom_model().model_identifier(model)),
        Lookup::ImportedModel => ask!(client.get_imported_model().model_identifier(model)),
        Lookup::None => None,
    };
    let _ = ctx.capture.take();
    let Some((code, failure)) = refused else { return Ok(()) };
    match code.as_deref() {
        Some("ResourceNotFoundException" | "ValidationException") => {
            let hint = match crate::models::nearest_names(&ctx.settings, model).first() {
                Some(best) if !model.starts_with("arn:") => {
                    format!("did you mean `{best}`? (`bedrock models list` lists the models)")
                }
                _ => "`bedrock models list` and `bedrock inference-profiles list` list what there is"
                    .to_string(),
            };
            // The service's failure (its code, exit status and request id), saying which model.
            let message = format!("model '{model}' does not exist: {}", failure.message);
            Err(crate::error::Failure { message, ..failure }.with_hint(hint))
        }
        Some("AccessDeniedException") => {
            ctx.output.debug(&format!("cannot confirm that {model} exists (access denied); going on"));
            Ok(())
        }
        _ if failure.kind == crate::error::Kind::Configuration => Err(failure),
        _ => {
            ctx.output.warn(&format!("cannot confirm that {model} exists: {failure}"));
            Ok(())
        }
    }
}

#[cfg(test)]
mod lookup_tests {
    use super::{Lookup, lookup_for};

    #[test]
    fn each_kind_of_model_name_is_looked_up_by_its_own_call() {
        let cases = [
            ("amazon.nova-lite-v1:0", Lookup::FoundationModel),
            ("us.anthropic.claude-3-7-sonnet-20250219-v1:0", Lookup::InferenceProfile),
            ("arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-lite-v1:0", Lookup::FoundationModel),
            (
                "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/abc",
                Lookup::InferenceProfile,
            ),
            ("arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abc", Lookup::ProvisionedThroughput),
            ("arn:aws:bedrock:us-east-1:123456789012:custom-model/m/abc", Lookup::CustomModel),
            ("arn:aws:bedrock:us-east-1:123456789012:imported-model/abc", Lookup::ImportedModel),
            ("arn:aws:sagemaker:us-east-1:123456789012:endpoint/x", Lookup::None),
            ("nightly", Lookup::None),
        ];
        for (model, lookup) in cases {
            assert_eq!(lookup_for(model), lookup, "{model}");
        }
    }
}
