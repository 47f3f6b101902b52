//! `bedrock guardrails create|list|get|update|delete|publish|versions`: guardrails from flags or
//! from a spec file (JSON or YAML, the shape of the CreateGuardrail input). A spec with an
//! unknown field or a wrong type is refused naming the path of the bad field.

use std::path::{Path, PathBuf};

use aws_sdk_bedrock::types::{
    GuardrailContentFilterConfig, GuardrailContentFilterType, GuardrailContentPolicyConfig,
    GuardrailContextualGroundingFilterConfig, GuardrailContextualGroundingFilterType,
    GuardrailContextualGroundingPolicyConfig, GuardrailFilterStrength, GuardrailManagedWordsConfig,
    GuardrailManagedWordsType, GuardrailPiiEntityConfig, GuardrailPiiEntityType, GuardrailRegexConfig,
    GuardrailSensitiveInformationAction, GuardrailSensitiveInformationPolicyConfig, GuardrailTopicConfig,
    GuardrailTopicPolicyConfig, GuardrailTopicType, GuardrailWordConfig, GuardrailWordPolicyConfig, Tag,
};
use clap::{Args, Subcommand};
use serde::Deserialize;
use serde_json::json;

use crate::context::{Ctx, Service};
use crate::error::{Failure, Result};
use crate::output::{Column, View};

#[derive(Debug, Subcommand)]
pub enum GuardrailsCommand {
    /// Create a guardrail from flags and/or a spec file.
    #[command(
        after_help = "Examples:\n  bedrock guardrails create --name support --blocked-input-message \"Sorry.\" --blocked-output-message \"Sorry.\" \\\n      --content-filter HATE=HIGH --content-filter PROMPT_ATTACK=HIGH/NONE --pii EMAIL=ANONYMIZE --pii US_SOCIAL_SECURITY_NUMBER=BLOCK \\\n      --deny-topic \"investment advice=Recommendations about stocks or funds\" --word competitor --profanity\n  bedrock guardrails create --spec guardrail.yaml"
    )]
    Create(CreateArgs),

    /// List guardrails (their DRAFT versions).
    #[command(visible_alias = "ls")]
    List,

    /// Describe a guardrail (DRAFT, or --version N).
    Get(GetArgs),

    /// Replace a guardrail's DRAFT from flags and/or a spec file.
    Update(UpdateArgs),

    /// Delete a guardrail (or one --version of it).
    Delete(DeleteArgs),

    /// Publish the DRAFT as a new numbered version.
    Publish(PublishArgs),

    /// List the versions of a guardrail.
    Versions(VersionsArgs),
}

/// Policy settings shared by create and update.
#[derive(Debug, Clone, Default, Args)]
pub struct PolicyFlags {
    /// A spec file (JSON or YAML) in the shape of the CreateGuardrail input; flags add to it.
    #[arg(long, value_name = "FILE")]
    pub spec: Option<PathBuf>,

    /// Description of the guardrail.
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,

    /// Message returned when an input is blocked.
    #[arg(long, value_name = "TEXT")]
    pub blocked_input_message: Option<String>,

    /// Message returned when an output is blocked.
    #[arg(long, value_name = "TEXT")]
    pub blocked_output_message: Option<String>,

    /// Content filter TYPE=STRENGTH or TYPE=INPUT/OUTPUT (types HATE, INSULTS, SEXUAL, VIOLENCE, MISCONDUCT, PROMPT_ATTACK; strengths NONE, LOW, MEDIUM, HIGH).
    #[arg(long, value_name = "TYPE=STRENGTH")]
    pub content_filter: Vec<String>,

    /// Denied topic NAME=DEFINITION (repeatable).
    #[arg(long, value_name = "NAME=DEFINITION")]
    pub deny_topic: Vec<String>,

    /// Example phrase for the last --deny-topic (repeatable).
    #[arg(long, value_name = "TEXT")]
    pub topic_example: Vec<String>,

    /// Block this word or phrase (repeatable).
    #[arg(long, value_name = "TEXT")]
    pub word: Vec<String>,

    /// Block the managed profanity list.
    #[arg(long)]
    pub profanity: bool,

    /// Sensitive information TYPE=BLOCK|ANONYMIZE (e.g. EMAIL=ANONYMIZE; repeatable).
    #[arg(long, value_name = "TYPE=ACTION")]
    pub pii: Vec<String>,

    /// Custom regex NAME=PATTERN, blocked (repeatable).
    #[arg(long, value_name = "NAME=PATTERN")]
    pub regex: Vec<String>,

    /// Custom regex NAME=PATTERN, anonymized (repeatable).
    #[arg(long, value_name = "NAME=PATTERN")]
    pub regex_anonymize: Vec<String>,

    /// Contextual grounding threshold (0 to 0.99).
    #[arg(long, value_name = "X")]
    pub grounding_threshold: Option<f64>,

    /// Contextual relevance threshold (0 to 0.99).
    #[arg(long, value_name = "X")]
    pub relevance_threshold: Option<f64>,

    /// KMS key id or ARN to encrypt the guardrail.
    #[arg(long, value_name = "KEY")]
    pub kms_key: Option<String>,
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Name of the guardrail (letters, digits, - and _).
    #[arg(long)]
    pub name: Option<String>,

    #[command(flatten)]
    pub policy: PolicyFlags,

    /// Tags key=value (repeatable).
    #[arg(long = "tags", value_name = "KEY=VALUE")]
    pub tags: Vec<String>,

    /// Print the request instead of sending it.
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// Guardrail id or ARN.
    #[arg(value_name = "GUARDRAIL")]
    pub guardrail: String,

    /// New name (default: keep the spec's or the current name).
    #[arg(long)]
    pub name: Option<String>,

    #[command(flatten)]
    pub policy: PolicyFlags,

    /// Print the request instead of sending it.
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
#[command(disable_version_flag = true)]
pub struct GetArgs {
    /// Guardrail id or ARN.
    #[arg(value_name = "GUARDRAIL")]
    pub guardrail: String,

    /// Version number (default: DRAFT).
    #[arg(long, value_name = "VERSION")]
    pub version: Option<String>,
}

#[derive(Debug, Args)]
#[command(disable_version_flag = true)]
pub struct DeleteArgs {
    /// Guardrail id or ARN.
    #[arg(value_name = "GUARDRAIL")]
    pub guardrail: String,

    /// Delete only this numbered version.
    #[arg(long, value_name = "VERSION")]
    pub version: Option<String>,

    /// Do not ask for confirmation.
    #[arg(long, short = 'y')]
    pub yes: bool,
}

#[derive(Debug, Args)]
pub struct PublishArgs {
    /// Guardrail id or ARN.
    #[arg(value_name = "GUARDRAIL")]
    pub guardrail: String,

    /// Description of the version.
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
}

#[derive(Debug, Args)]
pub struct VersionsArgs {
    /// Guardrail id or ARN.
    #[arg(value_name = "GUARDRAIL")]
    pub guardrail: String,
}

// The spec file: the CreateGuardrail input, strictly typed so mistakes are named by path.

#[derive(Debug, Clone, Default, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Spec {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topic_policy_config: Option<TopicPolicy>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_policy_config: Option<ContentPolicy>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub word_policy_config: Option<WordPolicy>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sensitive_information_policy_config: Option<SensitivePolicy>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contextual_grounding_policy_config: Option<GroundingPolicy>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub blocked_input_messaging: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub blocked_outputs_messaging: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_key_id: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<TagSpec>,
}

#[derive(Debug, Clone, Default, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct TopicPolicy {
    pub topics_config: Vec<Topic>,
}

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Topic {
    pub name: String,
    pub definition: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub examples: Vec<String>,
    #[serde(rename = "type")]
    pub kind: TopicKind,
}

#[derive(Debug, Clone, Copy, Deserialize, serde::Serialize)]
pub enum TopicKind {
    #[serde(rename = "DENY")]
    Deny,
}

#[derive(Debug, Clone, Default, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ContentPolicy {
    pub filters_config: Vec<ContentFilter>,
}

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ContentFilter {
    #[serde(rename = "type")]
    pub kind: FilterKind,
    pub input_strength: Strength,
    pub output_strength: Strength,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum FilterKind {
    Sexual,
    Violence,
    Hate,
    Insults,
    Misconduct,
    PromptAttack,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Strength {
    None,
    Low,
    Medium,
    High,
}

#[derive(Debug, Clone, Default, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct WordPolicy {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub words_config: Vec<WordSpec>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub managed_word_lists_config: Vec<ManagedList>,
}

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct WordSpec {
    pub text: String,
}

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct ManagedList {
    #[serde(rename = "type")]
    pub kind: ManagedKind,
}

#[derive(Debug, Clone, Copy, Deserialize, serde::Serialize)]
pub enum ManagedKind {
    #[serde(rename = "PROFANITY")]
    Profanity,
}

#[derive(Debug, Clone, Default, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct SensitivePolicy {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pii_entities_config: Vec<PiiEntity>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub regexes_config: Vec<RegexSpec>,
}

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct PiiEntity {
    #[serde(rename = "type")]
    pub kind: String,
    pub action: Action,
}

#[derive(Debug, Clone, Copy, Deserialize, serde::Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Action {
    Block,
    Anonymize,
}

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct RegexSpec {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub pattern: String,
    pub action: Action,
}

#[derive(Debug, Clone, Default, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct GroundingPolicy {
    pub filters_config: Vec<GroundingFilter>,
}

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct GroundingFilter {
    #[serde(rename = "type")]
    pub kind: GroundingKind,
    pub threshold: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum GroundingKind {
    Grounding,
    Relevance,
}

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct TagSpec {
    pub key: String,
    pub value: String,
}

/// The PII entity types the service knows.
pub const PII_TYPES: &[&str] = &[
    "ADDRESS",
    "AGE",
    "AWS_ACCESS_KEY",
    "AWS_SECRET_KEY",
    "CA_HEALTH_NUMBER",
    "CA_SOCIAL_INSURANCE_NUMBER",
    "CREDIT_DEBIT_CARD_CVV",
    "CREDIT_DEBIT_CARD_EXPIRY",
    "CREDIT_DEBIT_CARD_NUMBER",
    "DRIVER_ID",
    "EMAIL",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "IP_ADDRESS",
    "LICENSE_PLATE",
    "MAC_ADDRESS",
    "NAME",
    "PASSWORD",
    "PHONE",
    "PIN",
    "SWIFT_CODE",
    "UK_NATIONAL_HEALTH_SERVICE_NUMBER",
    "UK_NATIONAL_INSURANCE_NUMBER",
    "UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER",
    "URL",
    "USERNAME",
    "US_BANK_ACCOUNT_NUMBER",
    "US_BANK_ROUTING_NUMBER",
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "US_PASSPORT_NUMBER",
    "US_SOCIAL_SECURITY_NUMBER",
    "VEHICLE_IDENTIFICATION_NUMBER",
];

/// Read a spec file; YAML for .yaml/.yml, JSON otherwise. Errors name the path of the bad field.
pub fn read_spec(path: &Path) -> Result<Spec> {
    let text = crate::input::read_text_file(path, "the spec file")?;
    let yaml = path.extension().is_some_and(|extension| extension == "yaml" || extension == "yml");
    let describe = |location: String, inner: String| {
        let location =
            if location == "." || location.is_empty() { String::new() } else { format!(" at {location}") };
        Failure::usage(format!("spec file {}{location}: {inner}", path.display()))
    };
    if yaml {
        let deserializer = serde_norway::Deserializer::from_str(&text);
        serde_path_to_error::deserialize(deserializer).map_err(|error| {
            describe(error.path().to_string(), crate::error::single_line(&error.inner().to_string()))
        })
    } else {
        let mut deserializer = serde_json::Deserializer::from_str(&text);
        serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
            let inner = error.inner().to_string();
            let inner = inner.split(" at line ").next().unwrap_or_default().to_string();
            describe(error.path().to_string(), inner)
        })
    }
}

fn parse_strength(text: &str, flag: &str) -> Result<Strength> {
    match text.trim().to_ascii_uppercase().as_str() {
        "NONE" => Ok(Strength::None),
        "LOW" => Ok(Strength::Low),
        "MEDIUM" => Ok(Strength::Medium),
        "HIGH" => Ok(Strength::High),
        other => Err(Failure::usage(format!(
            "{flag}: invalid strength '{other}' (expected NONE, LOW, MEDIUM or HIGH)"
        ))),
    }
}

fn parse_filter_kind(text: &str) -> Result<FilterKind> {
    match text.trim().to_ascii_uppercase().as_str() {
        "SEXUAL" => Ok(FilterKind::Sexual),
        "VIOLENCE" => Ok(FilterKind::Violence),
        "HATE" => Ok(FilterKind::Hate),
        "INSULTS" => Ok(FilterKind::Insults),
        "MISCONDUCT" => Ok(FilterKind::Misconduct),
        "PROMPT_ATTACK" => Ok(FilterKind::PromptAttack),
        other => Err(Failure::usage(format!(
            "--content-filter: unknown type '{other}' (expected HATE, INSULTS, SEXUAL, VIOLENCE, MISCONDUCT or PROMPT_ATTACK)"
        ))),
    }
}

/// Merge the flags into the spec (flags add filters and override scalars).
pub fn apply_flags(spec: &mut Spec, flags: &PolicyFlags) -> Result<()> {
    if let Some(value) = &flags.description {
        spec.description = Some(value.clone());
    }
    if let Some(value) = &flags.blocked_input_message {
        spec.blocked_input_messaging = Some(value.clone());
    }
    if let Some(value) = &flags.blocked_output_message {
        spec.blocked_outputs_messaging = Some(value.clone());
    }
    if let Some(value) = &flags.kms_key {
        spec.kms_key_id = Some(value.clone());
    }
    for filter in &flags.content_filter {
        let (kind, strengths) = crate::input::key_value(filter, "--content-filter")?;
        let kind = parse_filter_kind(&kind)?;
        let (input, output) = match strengths.split_once('/') {
            Some((input, output)) => {
                (parse_strength(input, "--content-filter")?, parse_strength(output, "--content-filter")?)
            }
            None => {
                let strength = parse_strength(&strengths, "--content-filter")?;
                (strength, if kind == FilterKind::PromptAttack { Strength::None } else { strength })
            }
        };
        let policy = spec.content_policy_config.get_or_insert_with(Default::default);
        policy.filters_config.retain(|existing| existing.kind != kind);
        policy.filters_config.push(ContentFilter { kind, input_strength: input, output_strength: output });
    }
    for topic in &flags.deny_topic {
        let (name, definition) = crate::input::key_value(topic, "--deny-topic")?;
        let policy = spec.topic_policy_config.get_or_insert_with(Default::default);
        policy.topics_config.push(Topic { name, definition, examples: Vec::new(), kind: TopicKind::Deny });
    }
    if !flags.topic_example.is_empty() {
        let last = spec
            .topic_policy_config
            .as_mut()
            .and_then(|policy| policy.topics_config.last_mut())
            .ok_or_else(|| Failure::usage("--topic-example needs a --deny-topic to belong to"))?;
        last.examples.extend(flags.topic_example.iter().cloned());
    }
    if !flags.word.is_empty() || flags.profanity {
        let policy = spec.word_policy_config.get_or_insert_with(Default::default);
        policy.words_config.extend(flags.word.iter().map(|text| WordSpec { text: text.clone() }));
        if flags.profanity && policy.managed_word_lists_config.is_empty() {
            policy.managed_word_lists_config.push(ManagedList { kind: ManagedKind::Profanity });
        }
    }
    for pair in &flags.pii {
        let (kind, action) = crate::input::key_value(pair, "--pii")?;
        let action = match action.to_ascii_uppercase().as_str() {
            "BLOCK" => Action::Block,
            "ANONYMIZE" => Action::Anonymize,
            other => {
                return Err(Failure::usage(format!(
                    "--pii {pair}: invalid action '{other}' (expected BLOCK or ANONYMIZE)"
                )));
            }
        };
        let policy = spec.sensitive_information_policy_config.get_or_insert_with(Default::default);
        policy.pii_entities_config.push(PiiEntity { kind: kind.to_ascii_uppercase(), action });
    }
    for (pairs, action, flag) in [
        (&flags.regex, Action::Block, "--regex"),
        (&flags.regex_anonymize, Action::Anonymize, "--regex-anonymize"),
    ] {
        for pair in pairs {
            let (name, pattern) = crate::input::key_value(pair, flag)?;
            let policy = spec.sensitive_information_policy_config.get_or_insert_with(Default::default);
            policy.regexes_config.push(RegexSpec { name, description: None, pattern, action });
        }
    }
    for (threshold, kind) in [
        (flags.grounding_threshold, GroundingKind::Grounding),
        (flags.relevance_threshold, GroundingKind::Relevance),
    ] {
        if let Some(threshold) = threshold {
            let policy = spec.contextual_grounding_policy_config.get_or_insert_with(Default::default);
            policy.filters_config.retain(|existing| existing.kind != kind);
            policy.filters_config.push(GroundingFilter { kind, threshold });
        }
    }
    Ok(())
}

/// Client-side checks the service would also make, so mistakes cost no call.
pub fn validate(spec: &Spec) -> Result<()> {
    if let Some(name) = &spec.name {
        let valid = !name.is_empty()
            && name.len() <= 50
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !valid {
            return Err(Failure::usage(format!("--name '{name}': use 1 to 50 letters, digits, '-' and '_'")));
        }
    }
    if let Some(policy) = &spec.content_policy_config {
        for filter in &policy.filters_config {
            if filter.kind == FilterKind::PromptAttack && filter.output_strength != Strength::None {
                return Err(Failure::usage(
                    "the PROMPT_ATTACK filter applies to inputs only: its output strength must be NONE",
                ));
            }
        }
    }
    if let Some(policy) = &spec.sensitive_information_policy_config {
        for entity in &policy.pii_entities_config {
            if !PII_TYPES.contains(&entity.kind.as_str()) {
                return Err(Failure::usage(format!("unknown PII entity type '{}'", entity.kind))
                    .with_hint("types include EMAIL, PHONE, NAME, ADDRESS, CREDIT_DEBIT_CARD_NUMBER, US_SOCIAL_SECURITY_NUMBER, IP_ADDRESS, AWS_ACCESS_KEY"));
            }
        }
        for regex in &policy.regexes_config {
            if let Err(error) = regex_lite::Regex::new(&regex.pattern) {
                return Err(Failure::usage(format!(
                    "regex '{}': invalid pattern '{}': {}",
                    regex.name,
                    regex.pattern,
                    crate::error::single_line(&error.to_string())
                )));
            }
        }
    }
    if let Some(policy) = &spec.contextual_grounding_policy_config {
        for filter in &policy.filters_config {
            if !(0.0..=0.99).contains(&filter.threshold) {
                return Err(Failure::usage(format!(
                    "contextual grounding threshold {} is out of range: allowed 0 to 0.99",
                    filter.threshold
                )));
            }
        }
    }
    Ok(())
}

fn build_error(error: impl std::fmt::Display) -> Failure {
    Failure::usage(format!("invalid guardrail: {error}"))
}

fn strength(value: Strength) -> GuardrailFilterStrength {
    match value {
        Strength::None => GuardrailFilterStrength::None,
        Strength::Low => GuardrailFilterStrength::Low,
        Strength::Medium => GuardrailFilterStrength::Medium,
        Strength::High => GuardrailFilterStrength::High,
    }
}

fn filter_type(value: FilterKind) -> GuardrailContentFilterType {
    match value {
        FilterKind::Sexual => GuardrailContentFilterType::Sexual,
        FilterKind::Violence => GuardrailContentFilterType::Violence,
        FilterKind::Hate => GuardrailContentFilterType::Hate,
        FilterKind::Insults => GuardrailContentFilterType::Insults,
        FilterKind::Misconduct => GuardrailContentFilterType::Misconduct,
        FilterKind::PromptAttack => GuardrailContentFilterType::PromptAttack,
    }
}

fn action(value: Action) -> GuardrailSensitiveInformationAction {
    match value {
        Action::Block => GuardrailSensitiveInformationAction::Block,
        Action::Anonymize => GuardrailSensitiveInformationAction::Anonymize,
    }
}

/// The SDK policy configs of a spec.
pub struct Policies {
    pub topics: Option<GuardrailTopicPolicyConfig>,
    pub content: Option<GuardrailContentPolicyConfig>,
    pub words: Option<GuardrailWordPolicyConfig>,
    pub sensitive: Option<GuardrailSensitiveInformationPolicyConfig>,
    pub grounding: Option<GuardrailContextualGroundingPolicyConfig>,
}

pub fn policies(spec: &Spec) -> Result<Policies> {
    let topics = match &spec.topic_policy_config {
        Some(policy) => {
            let mut configs = Vec::new();
            for topic in &policy.topics_config {
                configs.push(
                    GuardrailTopicConfig::builder()
                        .name(&topic.name)
                        .definition(&topic.definition)
                        .set_examples(if topic.examples.is_empty() {
                            None
                        } else {
                            Some(topic.examples.clone())
                        })
                        .r#type(GuardrailTopicType::Deny)
                        .build()
                        .map_err(build_error)?,
                );
            }
            Some(
                GuardrailTopicPolicyConfig::builder()
                    .set_topics_config(Some(configs))
                    .build()
                    .map_err(build_error)?,
            )
        }
        None => None,
    };
    let content = match &spec.content_policy_config {
        Some(policy) => {
            let mut configs = Vec::new();
            for filter in &policy.filters_config {
                configs.push(
                    GuardrailContentFilterConfig::builder()
                        .r#type(filter_type(filter.kind))
                        .input_strength(strength(filter.input_strength))
                        .output_strength(strength(filter.output_strength))
                        .build()
                        .map_err(build_error)?,
                );
            }
            Some(
                GuardrailContentPolicyConfig::builder()
                    .set_filters_config(Some(configs))
                    .build()
                    .map_err(build_error)?,
            )
        }
        None => None,
    };
    let words = match &spec.word_policy_config {
        Some(policy) => {
            let mut words = Vec::new();
            for word in &policy.words_config {
                words.push(GuardrailWordConfig::builder().text(&word.text).build().map_err(build_error)?);
            }
            let mut lists = Vec::new();
            for _ in &policy.managed_word_lists_config {
                lists.push(
                    GuardrailManagedWordsConfig::builder()
                        .r#type(GuardrailManagedWordsType::Profanity)
                        .build()
                        .map_err(build_error)?,
                );
            }
            Some(
                GuardrailWordPolicyConfig::builder()
                    .set_words_config(if words.is_empty() { None } else { Some(words) })
                    .set_managed_word_lists_config(if lists.is_empty() { None } else { Some(lists) })
                    .build(),
            )
        }
        None => None,
    };
    let sensitive = match &spec.sensitive_information_policy_config {
        Some(policy) => {
            let mut entities = Vec::new();
            for entity in &policy.pii_entities_config {
                entities.push(
                    GuardrailPiiEntityConfig::builder()
                        .r#type(GuardrailPiiEntityType::from(entity.kind.as_str()))
                        .action(action(entity.action))
                        .build()
                        .map_err(build_error)?,
                );
            }
            let mut regexes = Vec::new();
            for regex in &policy.regexes_config {
                regexes.push(
                    GuardrailRegexConfig::builder()
                        .name(&regex.name)
                        .set_description(regex.description.clone())
                        .pattern(&regex.pattern)
                        .action(action(regex.action))
                        .build()
                        .map_err(build_error)?,
                );
            }
            Some(
                GuardrailSensitiveInformationPolicyConfig::builder()
                    .set_pii_entities_config(if entities.is_empty() { None } else { Some(entities) })
                    .set_regexes_config(if regexes.is_empty() { None } else { Some(regexes) })
                    .build(),
            )
        }
        None => None,
    };
    let grounding = match &spec.contextual_grounding_policy_config {
        Some(policy) => {
            let mut filters = Vec::new();
            for filter in &policy.filters_config {
                let kind = match filter.kind {
                    GroundingKind::Grounding => GuardrailContextualGroundingFilterType::Grounding,
                    GroundingKind::Relevance => GuardrailContextualGroundingFilterType::Relevance,
                };
                filters.push(
                    GuardrailContextualGroundingFilterConfig::builder()
                        .r#type(kind)
                        .threshold(filter.threshold)
                        .build()
                        .map_err(build_error)?,
                );
            }
            Some(
                GuardrailContextualGroundingPolicyConfig::builder()
                    .set_filters_config(Some(filters))
                    .build()
                    .map_err(build_error)?,
            )
        }
        None => None,
    };
    Ok(Policies { topics, content, words, sensitive, grounding })
}

const LIST_COLUMNS: &[Column] = &[
    Column { header: "ID", path: "id" },
    Column { header: "NAME", path: "name" },
    Column { header: "VERSION", path: "version" },
    Column { header: "STATUS", path: "status" },
    Column { header: "UPDATED", path: "updatedAt" },
];

const DETAIL_FIELDS: &[Column] = &[
    Column { header: "guardrailId", path: "guardrailId" },
    Column { header: "name", path: "name" },
    Column { header: "version", path: "version" },
    Column { header: "status", path: "status" },
    Column { header: "description", path: "description" },
    Column { header: "topics", path: "topicPolicy.topics" },
    Column { header: "contentFilters", path: "contentPolicy.filters" },
    Column { header: "words", path: "wordPolicy.words" },
    Column { header: "managedWordLists", path: "wordPolicy.managedWordLists" },
    Column { header: "piiEntities", path: "sensitiveInformationPolicy.piiEntities" },
    Column { header: "regexes", path: "sensitiveInformationPolicy.regexes" },
    Column { header: "grounding", path: "contextualGroundingPolicy.filters" },
    Column { header: "blockedInputMessaging", path: "blockedInputMessaging" },
    Column { header: "blockedOutputsMessaging", path: "blockedOutputsMessaging" },
    Column { header: "guardrailArn", path: "guardrailArn" },
    Column { header: "updatedAt", path: "updatedAt" },
];

const CHANGE_FIELDS: &[Column] = &[
    Column { header: "guardrailId", path: "guardrailId" },
    Column { header: "version", path: "version" },
    Column { header: "guardrailArn", path: "guardrailArn" },
];

pub async fn run(ctx: &Ctx, command: GuardrailsCommand) -> Result<()> {
    ctx.output.validate_query()?;
    match command {
        GuardrailsCommand::Create(args) => create(ctx, args).await,
        GuardrailsCommand::List => list(ctx, None).await,
        GuardrailsCommand::Versions(args) => list(ctx, Some(args.guardrail)).await,
        GuardrailsCommand::Get(args) => get(ctx, args).await,
        GuardrailsCommand::Update(args) => update(ctx, args).await,
        GuardrailsCommand::Delete(args) => delete(ctx, args).await,
        GuardrailsCommand::Publish(args) => publish(ctx, args).await,
    }
}

fn spec_from(flags: &PolicyFlags, name: Option<&String>) -> Result<Spec> {
    let mut spec = match &flags.spec {
        Some(path) => read_spec(path)?,
        None => Spec::default(),
    };
    if let Some(name) = name {
        spec.name = Some(name.clone());
    }
    apply_flags(&mut spec, flags)?;
    validate(&spec)?;
    Ok(spec)
}

fn require(value: &Option<String>, what: &str) -> Result<String> {
    value.clone().ok_or_else(|| Failure::usage(format!("{what} is required (flag or spec file)")))
}

async fn create(ctx: &Ctx, args: CreateArgs) -> Result<()> {
    let mut spec = spec_from(&args.policy, args.name.as_ref())?;
    for pair in &args.tags {
        let (key, value) = crate::input::key_value(pair, "--tags")?;
        spec.tags.push(TagSpec { key, value });
    }
    let name = require(&spec.name, "--name")?;
    let blocked_input = require(&spec.blocked_input_messaging, "--blocked-input-message")?;
    let blocked_output = require(&spec.blocked_outputs_messaging, "--blocked-output-message")?;
    if args.dry_run {
        let document =
            serde_json::to_value(&spec).map_err(|error| Failure::other("internal", error.to_string()))?;
        return ctx.output.json_document(&document);
    }
    let policies = policies(&spec)?;
    let mut tags = Vec::new();
    for tag in &spec.tags {
        tags.push(Tag::builder().key(&tag.key).value(&tag.value).build().map_err(build_error)?);
    }
    let client = ctx.bedrock().await?;
    let response = client
        .create_guardrail()
        .name(name)
        .set_description(spec.description.clone())
        .set_topic_policy_config(policies.topics)
        .set_content_policy_config(policies.content)
        .set_word_policy_config(policies.words)
        .set_sensitive_information_policy_config(policies.sensitive)
        .set_contextual_grounding_policy_config(policies.grounding)
        .blocked_input_messaging(blocked_input)
        .blocked_outputs_messaging(blocked_output)
        .set_kms_key_id(spec.kms_key_id.clone())
        .set_tags(if tags.is_empty() { None } else { Some(tags) })
        .send()
        .await;
    if let Err(error) = response {
        return Err(ctx.failure(Service::Bedrock, error).await);
    }
    let document = ctx.capture.take_json()?;
    ctx.output.document(&document, &View::Record { record: "", fields: CHANGE_FIELDS })
}

async fn update(ctx: &Ctx, args: UpdateArgs) -> Result<()> {
    let mut spec = spec_from(&args.policy, args.name.as_ref())?;
    let client = ctx.bedrock().await?;
    // Fill what the update needs but was not given from the current DRAFT.
    if spec.name.is_none()
        || spec.blocked_input_messaging.is_none()
        || spec.blocked_outputs_messaging.is_none()
    {
        let current = match client.get_guardrail().guardrail_identifier(&args.guardrail).send().await {
            Ok(current) => current,
            Err(error) => return Err(ctx.failure(Service::Bedrock, error).await),
        };
        let _ = ctx.capture.take();
        spec.name.get_or_insert_with(|| current.name().to_string());
        spec.blocked_input_messaging.get_or_insert_with(|| current.blocked_input_messaging().to_string());
        spec.blocked_outputs_messaging.get_or_insert_with(|| current.blocked_outputs_messaging().to_string());
    }
    if args.dry_run {
        let document =
            serde_json::to_value(&spec).map_err(|error| Failure::other("internal", error.to_string()))?;
        return ctx.output.json_document(&document);
    }
    let policies = policies(&spec)?;
    let response = client
        .update_guardrail()
        .guardrail_identifier(&args.guardrail)
        .set_name(spec.name.clone())
        .set_description(spec.description.clone())
        .set_topic_policy_config(policies.topics)
        .set_content_policy_config(policies.content)
        .set_word_policy_config(policies.words)
        .set_sensitive_information_policy_config(policies.sensitive)
        .set_contextual_grounding_policy_config(policies.grounding)
        .set_blocked_input_messaging(spec.blocked_input_messaging.clone())
        .set_blocked_outputs_messaging(spec.blocked_outputs_messaging.clone())
        .set_kms_key_id(spec.kms_key_id.clone())
        .send()
        .await;
    if let Err(error) = response {
        return Err(ctx.failure(Service::Bedrock, error).await);
    }
    let document = ctx.capture.take_json()?;
    ctx.output.document(&document, &View::Record { record: "", fields: CHANGE_FIELDS })
}

async fn list(ctx: &Ctx, guardrail: Option<String>) -> Result<()> {
    let client = ctx.bedrock().await?;
    let document = crate::aws::paginate::collect(ctx, "guardrails", |token, page_size| {
        let request = client
            .list_guardrails()
            .set_guardrail_identifier(guardrail.clone())
            .set_next_token(token)
            .set_max_results(page_size);
        async move {
            match request.send().await {
                Ok(output) => Ok(output.next_token),
                Err(error) => Err(ctx.failure(Service::Bedrock, error).await),
            }
        }
    })
    .await?;
    ctx.output.document(&document, &View::Rows { rows: "guardrails", columns: LIST_COLUMNS })
}

async fn get(ctx: &Ctx, args: GetArgs) -> Result<()> {
    let client = ctx.bedrock().await?;
    let response = client
        .get_guardrail()
        .guardrail_identifier(&args.guardrail)
        .set_guardrail_version(args.version)
        .send()
        .await;
    if let Err(error) = response {
        return Err(ctx.failure(Service::Bedrock, error).await);
    }
    let document = ctx.capture.take_json()?;
    ctx.output.document(&document, &View::Record { record: "", fields: DETAIL_FIELDS })
}

async fn publish(ctx: &Ctx, args: PublishArgs) -> Result<()> {
    let client = ctx.bedrock().await?;
    let response = client
        .create_guardrail_version()
        .guardrail_identifier(&args.guardrail)
        .set_description(args.description)
        .send()
        .await;
    if let Err(error) = response {
        return Err(ctx.failure(Service::Bedrock, error).await);
    }
    let document = ctx.capture.take_json()?;
    ctx.output.document(&document, &View::Record { record: "", fields: CHANGE_FIELDS })
}

async fn delete(ctx: &Ctx, args: DeleteArgs) -> Result<()> {
    let what = match &args.version {
        Some(version) => format!("version {version} of guardrail {}", args.guardrail),
        None => format!("guardrail {} and all its versions", args.guardrail),
    };
    crate::output::confirm(&ctx.output, &format!("Delete {what}?"), args.yes)?;
    let client = ctx.bedrock().await?;
    let response = client
        .delete_guardrail()
        .guardrail_identifier(&args.guardrail)
        .set_guardrail_version(args.version.clone())
        .send()
        .await;
    if let Err(error) = response {
        return Err(ctx.failure(Service::Bedrock, error).await);
    }
    let _ = ctx.capture.take();
    ctx.output.info(&format!("deleted {what}"));
    if ctx.output.wants_json() {
        return ctx.output.json_document(
            &json!({"guardrailId": args.guardrail, "version": args.version, "deleted": true}),
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(directory: &tempfile::TempDir, name: &str, text: &str) -> PathBuf {
        let path = directory.path().join(name);
        std::fs::write(&path, text).unwrap();
        path
    }

    #[test]
    fn yaml_and_json_specs_parse() {
        let directory = tempfile::tempdir().unwrap();
        let yaml = write(
            &directory,
            "g.yaml",
            "name: support\nblockedInputMessaging: no\nblockedOutputsMessaging: no\ncontentPolicyConfig:\n  filtersConfig:\n    - type: HATE\n      inputStrength: HIGH\n      outputStrength: HIGH\n",
        );
        let spec = read_spec(&yaml).unwrap();
        assert_eq!(spec.content_policy_config.unwrap().filters_config[0].kind, FilterKind::Hate);
        let json = write(
            &directory,
            "g.json",
            r#"{"name": "x", "wordPolicyConfig": {"wordsConfig": [{"text": "foo"}]}}"#,
        );
        assert_eq!(read_spec(&json).unwrap().word_policy_config.unwrap().words_config[0].text, "foo");
    }

    #[test]
    fn spec_errors_name_the_field_path() {
        let directory = tempfile::tempdir().unwrap();
        let unknown = write(
            &directory,
            "u.json",
            r#"{"name": "x", "contentPolicyConfig": {"filtersConfig": [{"type": "HATE", "inputStrength": "HIGH", "outputStrength": "HIGH", "colour": 1}]}}"#,
        );
        let error = read_spec(&unknown).unwrap_err();
        assert!(error.message.contains("contentPolicyConfig.filtersConfig[0]"), "{}", error.message);
        assert!(error.message.contains("colour"), "{}", error.message);
        let wrong_type = write(
            &directory,
            "w.yaml",
            "name: x\ntopicPolicyConfig:\n  topicsConfig:\n    - name: t\n      definition: d\n      type: DENY\n      examples: 5\n",
        );
        let error = read_spec(&wrong_type).unwrap_err();
        assert!(error.message.contains("topicPolicyConfig.topicsConfig[0].examples"), "{}", error.message);
        let bad_strength = write(
            &directory,
            "s.json",
            r#"{"contentPolicyConfig": {"filtersConfig": [{"type": "HATE", "inputStrength": "EXTREME", "outputStrength": "HIGH"}]}}"#,
        );
        let error = read_spec(&bad_strength).unwrap_err();
        assert!(
            error.message.contains("inputStrength") && error.message.contains("EXTREME"),
            "{}",
            error.message
        );
    }

    #[test]
    fn flags_build_policies_and_are_validated() {
        let flags = PolicyFlags {
            content_filter: vec!["hate=high".into(), "PROMPT_ATTACK=HIGH".into()],
            pii: vec!["EMAIL=ANONYMIZE".into()],
            regex: vec!["order=ORD-[0-9]{6}".into()],
            deny_topic: vec!["investing=advice on stocks".into()],
            topic_example: vec!["which stock should I buy".into()],
            word: vec!["competitor".into()],
            profanity: true,
            ..Default::default()
        };
        let mut spec = Spec { name: Some("ok".into()), ..Default::default() };
        apply_flags(&mut spec, &flags).unwrap();
        validate(&spec).unwrap();
        let content = spec.content_policy_config.as_ref().unwrap();
        assert_eq!(
            content.filters_config[1].output_strength,
            Strength::None,
            "prompt attack output defaults to NONE"
        );
        assert_eq!(spec.topic_policy_config.as_ref().unwrap().topics_config[0].examples.len(), 1);
        assert!(policies(&spec).is_ok());

        let mut bad = Spec::default();
        apply_flags(&mut bad, &PolicyFlags { regex: vec!["broken=([a-z".into()], ..Default::default() })
            .unwrap();
        assert!(validate(&bad).unwrap_err().message.contains("invalid pattern"));
        let mut bad = Spec::default();
        let error = apply_flags(
            &mut bad,
            &PolicyFlags { content_filter: vec!["HATE=EXTREME".into()], ..Default::default() },
        )
        .unwrap_err();
        assert!(error.message.contains("invalid strength 'EXTREME'"));
        let mut bad = Spec::default();
        apply_flags(&mut bad, &PolicyFlags { pii: vec!["SHOE_SIZE=BLOCK".into()], ..Default::default() })
            .unwrap();
        assert!(validate(&bad).is_err());
    }
}
