//! Facts about Amazon Bedrock's quotas in Service Quotas that both the emulator (which serves
//! them) and `bedrock quotas list` (which reads them, and falls back to the documented defaults)
//! need: how the service names each model's quotas, their codes, and their default values.
//!
//! Names follow the service's wording ("On-demand model inference tokens per minute for Anthropic
//! Claude 3 Haiku", "Records per batch inference job for Claude 3 Haiku"). Codes are the
//! service's where known; others are derived from the name in the same `L-XXXXXXXX` shape, stable
//! from run to run.

/// A foundation model that has quotas in Service Quotas: a text or embedding model served on
/// demand or through inference profiles.
#[derive(Debug, Clone, PartialEq)]
pub struct QuotaModel {
    pub id: String,
    pub provider: String,
    pub name: String,
    pub on_demand: bool,
}

/// The models of a list of foundation-model summaries (the catalog's, or ListFoundationModels')
/// that have quotas, each once.
pub fn quota_models<'a>(
    models: impl IntoIterator<Item = &'a serde_json::Map<String, serde_json::Value>>,
) -> Vec<QuotaModel> {
    use serde_json::Value;
    let text = |model: &serde_json::Map<String, Value>, key: &str| {
        model.get(key).and_then(Value::as_str).unwrap_or("").to_string()
    };
    let has = |model: &serde_json::Map<String, Value>, key: &str, wanted: &str| {
        model
            .get(key)
            .and_then(Value::as_array)
            .is_some_and(|values| values.iter().any(|value| value.as_str() == Some(wanted)))
    };
    let mut found: Vec<QuotaModel> = Vec::new();
    for model in models {
        let on_demand = has(model, "inferenceTypesSupported", "ON_DEMAND");
        let served = on_demand || has(model, "inferenceTypesSupported", "INFERENCE_PROFILE");
        let counted = has(model, "outputModalities", "TEXT") || has(model, "outputModalities", "EMBEDDING");
        let id = text(model, "modelId");
        if served && counted && !found.iter().any(|known| known.id == id) {
            found.push(QuotaModel {
                provider: text(model, "providerName"),
                name: text(model, "modelName"),
                on_demand,
                id,
            });
        }
    }
    found
}

/// The service code of Bedrock in Service Quotas.
pub const SERVICE_CODE: &str = "bedrock";
/// The service name Service Quotas reports.
pub const SERVICE_NAME: &str = "Amazon Bedrock";

/// Tokens per minute of a model with no documented default of its own.
pub const DEFAULT_TOKENS_PER_MINUTE: u64 = 200_000;
/// Documented per-model defaults (us-east-1): model id, tokens per minute.
const KNOWN_TOKENS_PER_MINUTE: &[(&str, u64)] = &[("anthropic.claude-3-haiku-20240307-v1:0", 2_000_000)];
/// The daily quota is by default the per-minute quota over a whole day (24 × 60 minutes).
pub const MINUTES_PER_DAY: u64 = 24 * 60;

/// The service's default tokens per minute for a model.
pub fn default_tokens_per_minute(model_id: &str) -> u64 {
    KNOWN_TOKENS_PER_MINUTE
        .iter()
        .find(|(known, _)| *known == model_id)
        .map(|(_, tokens)| *tokens)
        .unwrap_or(DEFAULT_TOKENS_PER_MINUTE)
}

/// The output tokens reserved for a request that names no maximum.
pub const DEFAULT_RESERVED_OUTPUT_TOKENS: u64 = 4096;

/// The output tokens a request may produce, which the service reserves when it admits the
/// request: the family's maximum-tokens field of an InvokeModel body (`max_tokens`,
/// `max_completion_tokens` of OpenAI gpt-oss, `maxTokens`, `max_tokens_to_sample`, `max_gen_len`,
/// `textGenerationConfig.maxTokenCount`, `inferenceConfig.max_new_tokens`) or Converse's
/// `inferenceConfig.maxTokens`; `None` when the request names none.
pub fn requested_max_tokens(body: &serde_json::Map<String, serde_json::Value>) -> Option<u64> {
    use serde_json::Value;
    let number = |value: Option<&Value>| value.and_then(Value::as_u64);
    let nested = |object: &str, field: &str| number(body.get(object).and_then(|inner| inner.get(field)));
    number(body.get("max_tokens"))
        .or_else(|| number(body.get("max_completion_tokens")))
        .or_else(|| number(body.get("maxTokens")))
        .or_else(|| number(body.get("max_tokens_to_sample")))
        .or_else(|| number(body.get("max_gen_len")))
        .or_else(|| nested("textGenerationConfig", "maxTokenCount"))
        .or_else(|| nested("inferenceConfig", "max_new_tokens"))
        .or_else(|| nested("inferenceConfig", "maxTokens"))
}

/// Batch inference limits (the service's documented defaults, per model).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BatchLimits {
    pub minimum_records_per_job: u64,
    pub records_per_job: u64,
    pub records_per_input_file: u64,
    pub input_file_gigabytes: u64,
    pub job_gigabytes: u64,
    pub concurrent_jobs: u64,
}

impl Default for BatchLimits {
    fn default() -> Self {
        BatchLimits {
            minimum_records_per_job: 100,
            records_per_job: 50_000,
            records_per_input_file: 50_000,
            input_file_gigabytes: 1,
            job_gigabytes: 5,
            concurrent_jobs: 20,
        }
    }
}

/// What a quota limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    TokensPerMinute,
    TokensPerDay,
    MinimumRecordsPerBatchJob,
    RecordsPerBatchJob,
    RecordsPerBatchInputFile,
    BatchInputFileGigabytes,
    BatchJobGigabytes,
    ConcurrentBatchJobs,
}

impl Kind {
    pub const ALL: [Kind; 8] = [
        Kind::TokensPerMinute,
        Kind::TokensPerDay,
        Kind::MinimumRecordsPerBatchJob,
        Kind::RecordsPerBatchJob,
        Kind::RecordsPerBatchInputFile,
        Kind::BatchInputFileGigabytes,
        Kind::BatchJobGigabytes,
        Kind::ConcurrentBatchJobs,
    ];

    /// Whether a quota increase can be requested through Service Quotas.
    pub fn adjustable(self) -> bool {
        !matches!(self, Kind::TokensPerDay | Kind::MinimumRecordsPerBatchJob)
    }

    /// The value of this quota under the given limits.
    pub fn value(self, tokens_per_minute: u64, tokens_per_day: u64, batch: &BatchLimits) -> u64 {
        match self {
            Kind::TokensPerMinute => tokens_per_minute,
            Kind::TokensPerDay => tokens_per_day,
            Kind::MinimumRecordsPerBatchJob => batch.minimum_records_per_job,
            Kind::RecordsPerBatchJob => batch.records_per_job,
            Kind::RecordsPerBatchInputFile => batch.records_per_input_file,
            Kind::BatchInputFileGigabytes => batch.input_file_gigabytes,
            Kind::BatchJobGigabytes => batch.job_gigabytes,
            Kind::ConcurrentBatchJobs => batch.concurrent_jobs,
        }
    }

    /// The documented default for a model.
    pub fn default_value(self, model_id: &str) -> u64 {
        let per_minute = default_tokens_per_minute(model_id);
        self.value(per_minute, per_minute * MINUTES_PER_DAY, &BatchLimits::default())
    }
}

/// The name the quotas give a model where the catalog's name differs (or is shared).
const DISPLAY_NAMES: &[(&str, &str)] = &[
    ("anthropic.claude-v2", "Claude V2"),
    ("anthropic.claude-v2:1", "Claude V2.1"),
    ("amazon.titan-text-express-v1", "Titan Text Express"),
    ("amazon.titan-text-lite-v1", "Titan Text Lite"),
    ("amazon.titan-text-premier-v1:0", "Titan Text Premier"),
];

/// Quota codes the service uses (by quota name).
const KNOWN_CODES: &[(&str, &str)] = &[
    ("On-demand model inference tokens per minute for Anthropic Claude 3 Haiku", "L-8CE99163"),
    ("On-demand model inference tokens per minute for Anthropic Claude 3 Sonnet", "L-4C35BB2A"),
    ("On-demand model inference tokens per minute for Amazon Titan Text Express", "L-44992E63"),
    ("On-demand model inference tokens per minute for Cohere Command R", "L-17F95AA4"),
    ("On-demand model inference tokens per minute for Cohere Command", "L-4E833B8F"),
    ("On-demand model inference tokens per minute for Meta Llama 2 Chat 13B", "L-6DB35E51"),
    ("On-demand model inference tokens per minute for Mistral AI Mistral 7B Instruct", "L-02D831F1"),
    ("Records per batch inference job for Claude 3 Haiku", "L-1F644C2A"),
    ("Records per batch inference job for Claude 3 Sonnet", "L-16E25672"),
    ("Records per batch inference job for Claude 3.5 Sonnet", "L-1E2B9998"),
    ("Records per batch inference job for Claude 3.5 Haiku", "L-274AA31F"),
    ("Records per input file per batch inference job for Claude 3.5 Sonnet", "L-5AB0EE48"),
    ("Records per input file per batch inference job for Claude 3 Opus", "L-642905B5"),
    ("Minimum number of records per batch inference job for Claude 3.5 Sonnet", "L-1E0DA3DF"),
    ("Batch inference input file size (in GB) for Claude 3 Haiku", "L-42ABE687"),
    ("Batch inference input file size (in GB) for Claude 3 Sonnet", "L-067F7E01"),
    ("Batch inference input file size (in GB) for Claude 3 Opus", "L-0E729086"),
    ("Batch inference job size (in GB) for Claude 3.5 Sonnet", "L-6284B54D"),
    ("Batch inference job size (in GB) for Claude 3.7 Sonnet", "L-02D6293C"),
    ("Batch inference job size (in GB) for Claude 3 Opus", "L-320F5AFC"),
    (
        "Sum of in-progress and submitted batch inference jobs using a base model for Claude 3.5 Sonnet",
        "L-4E7EE0B5",
    ),
    (
        "Sum of in-progress and submitted batch inference jobs using a base model for Claude 3 Sonnet",
        "L-67BD0D49",
    ),
];

/// One quota of one model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quota {
    pub kind: Kind,
    pub model_id: String,
    pub name: String,
    pub code: String,
}

/// The model's name in its quotas: without and with the provider.
pub fn display_names(model_id: &str, provider: &str, model_name: &str) -> (String, String) {
    let short = DISPLAY_NAMES
        .iter()
        .find(|(id, _)| *id == model_id)
        .map(|(_, name)| name.to_string())
        .unwrap_or_else(|| model_name.to_string());
    let long = format!("{provider} {short}");
    (short, long)
}

/// The quota name for a kind: on-demand models are invoked in a Region, the others only through
/// cross-Region inference profiles.
pub fn quota_name(kind: Kind, short: &str, long: &str, on_demand: bool) -> String {
    let scope = if on_demand { "On-demand" } else { "Cross-region" };
    match kind {
        Kind::TokensPerMinute => format!("{scope} model inference tokens per minute for {long}"),
        Kind::TokensPerDay => {
            format!("Model invocation max tokens per day for {long} (doubled for cross-region calls)")
        }
        Kind::MinimumRecordsPerBatchJob => {
            format!("Minimum number of records per batch inference job for {short}")
        }
        Kind::RecordsPerBatchJob => format!("Records per batch inference job for {short}"),
        Kind::RecordsPerBatchInputFile => {
            format!("Records per input file per batch inference job for {short}")
        }
        Kind::BatchInputFileGigabytes => format!("Batch inference input file size (in GB) for {short}"),
        Kind::BatchJobGigabytes => format!("Batch inference job size (in GB) for {short}"),
        Kind::ConcurrentBatchJobs => {
            format!("Sum of in-progress and submitted batch inference jobs using a base model for {short}")
        }
    }
}

/// The code of a quota: the service's where known, otherwise derived from the name.
pub fn quota_code(name: &str) -> String {
    if let Some((_, code)) = KNOWN_CODES.iter().find(|(known, _)| *known == name) {
        return code.to_string();
    }
    // FNV-1a over the name: stable across runs and builds.
    let hash =
        name.bytes().fold(0x811c_9dc5u32, |hash, byte| (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193));
    format!("L-{hash:08X}")
}

/// Every quota of one model.
pub fn model_quotas(model_id: &str, provider: &str, model_name: &str, on_demand: bool) -> Vec<Quota> {
    let (short, long) = display_names(model_id, provider, model_name);
    Kind::ALL
        .iter()
        .map(|kind| {
            let name = quota_name(*kind, &short, &long, on_demand);
            Quota { kind: *kind, model_id: model_id.to_string(), code: quota_code(&name), name }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotas_are_named_and_coded_as_the_service_does() {
        let quotas =
            model_quotas("anthropic.claude-3-haiku-20240307-v1:0", "Anthropic", "Claude 3 Haiku", true);
        assert_eq!(quotas.len(), Kind::ALL.len());
        assert_eq!(
            quotas[0].name,
            "On-demand model inference tokens per minute for Anthropic Claude 3 Haiku"
        );
        assert_eq!(quotas[0].code, "L-8CE99163");
        assert_eq!(
            quotas[1].name,
            "Model invocation max tokens per day for Anthropic Claude 3 Haiku (doubled for cross-region calls)"
        );
        assert_eq!(quotas[3].code, "L-1F644C2A");
        let derived = &quotas[1].code;
        assert!(derived.starts_with("L-") && derived.len() == 10, "{derived}");
        assert!(derived[2..].chars().all(|c| c.is_ascii_hexdigit() && !c.is_ascii_lowercase()));
        assert_eq!(quota_code(&quotas[1].name), *derived);
        let sonnet =
            model_quotas("anthropic.claude-sonnet-4-20250514-v1:0", "Anthropic", "Claude Sonnet 4", false);
        assert_eq!(
            sonnet[0].name,
            "Cross-region model inference tokens per minute for Anthropic Claude Sonnet 4"
        );
        let titan = model_quotas("amazon.titan-text-express-v1", "Amazon", "Titan Text G1 - Express", true);
        assert_eq!(titan[0].code, "L-44992E63");
    }

    #[test]
    fn defaults_look_like_the_service() {
        assert_eq!(Kind::TokensPerMinute.default_value("anthropic.claude-3-haiku-20240307-v1:0"), 2_000_000);
        assert_eq!(Kind::TokensPerDay.default_value("amazon.titan-text-express-v1"), 200_000 * 1440);
        assert_eq!(Kind::MinimumRecordsPerBatchJob.default_value("x"), 100);
        assert_eq!(Kind::BatchJobGigabytes.default_value("x"), 5);
        assert!(!Kind::TokensPerDay.adjustable() && Kind::TokensPerMinute.adjustable());
    }
}
