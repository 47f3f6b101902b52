//! Model families and model names: built-in aliases (`claude-3-haiku`), aliases from the config
//! file, and the ids they stand for.

mod ai21;
mod anthropic;
mod cohere;
pub mod customization;
mod deepseek;
mod family;
mod meta;
mod mistral;
mod nova;
mod openai;
mod stability;
mod titan;

pub use family::Family;

use crate::settings::Settings;

/// Who speaks in a conversation turn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    User,
    Assistant,
}

/// One earlier turn of a conversation.
#[derive(Debug, Clone)]
pub struct Turn {
    pub role: Role,
    pub text: String,
}

/// An image sent along with a prompt (`--image`).
#[derive(Debug, Clone)]
pub struct ImageAttachment {
    /// "image/png", "image/jpeg", "image/gif" or "image/webp".
    pub media_type: String,
    pub data: Vec<u8>,
}

/// A document a Cohere Command R/R+ model may cite (`--document`).
#[derive(Debug, Clone)]
pub struct Document {
    pub title: String,
    pub snippet: String,
}

/// Everything a text generation request can carry, whatever the family; each family takes the
/// fields its request body has and rejects the others.
#[derive(Debug, Clone, Default)]
pub struct TextParams {
    pub prompt: String,
    pub system: Vec<String>,
    /// Earlier turns, oldest first.
    pub history: Vec<Turn>,
    pub max_tokens: Option<u32>,
    pub temperature: Option<f64>,
    pub top_p: Option<f64>,
    pub top_k: Option<u32>,
    pub stop: Vec<String>,
    pub seed: Option<u64>,
    pub images: Vec<ImageAttachment>,
    /// AI21 Jurassic-2 and Cohere Command R/R+.
    pub presence_penalty: Option<f64>,
    /// AI21 Jurassic-2 and Cohere Command R/R+.
    pub frequency_penalty: Option<f64>,
    /// AI21 Jurassic-2.
    pub count_penalty: Option<f64>,
    /// Cohere Command R/R+.
    pub documents: Vec<Document>,
}

/// The text of a whole response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Completion {
    pub text: String,
    pub stop_reason: Option<String>,
    pub input_tokens: Option<u64>,
    pub output_tokens: Option<u64>,
}

/// What one stream chunk adds: text (possibly empty), and the stop reason and token counts when
/// the chunk carries them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StreamPiece {
    pub text: String,
    pub stop_reason: Option<String>,
    pub input_tokens: Option<u64>,
    pub output_tokens: Option<u64>,
}

/// An embedding request.
#[derive(Debug, Clone, Default)]
pub struct EmbedParams {
    pub texts: Vec<String>,
    pub image: Option<ImageAttachment>,
    pub dimensions: Option<u32>,
    pub normalize: Option<bool>,
    pub input_type: Option<String>,
    pub truncate: Option<String>,
}

/// What an image request asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ImageTask {
    #[default]
    TextToImage,
    Variation,
    Inpainting,
    Outpainting,
}

/// An image generation request.
#[derive(Debug, Clone, Default)]
pub struct ImageParams {
    pub prompt: String,
    /// SDXL: extra `text_prompts` entries with their weights.
    pub weighted_prompts: Vec<(String, f64)>,
    pub negative: Option<String>,
    pub count: Option<u32>,
    pub width: Option<u32>,
    pub height: Option<u32>,
    pub cfg_scale: Option<f64>,
    pub seed: Option<u64>,
    pub steps: Option<u32>,
    pub style_preset: Option<String>,
    pub sampler: Option<String>,
    pub task: ImageTask,
    pub source_image: Option<Vec<u8>>,
    pub mask_prompt: Option<String>,
    pub mask_image: Option<Vec<u8>>,
    pub similarity_strength: Option<f64>,
    pub outpainting_mode: Option<String>,
    pub quality: Option<String>,
}

/// One generated image.
#[derive(Debug, Clone, PartialEq)]
pub struct GeneratedImage {
    pub png_base64: String,
    pub seed: Option<u64>,
}

/// What a model produces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Modality {
    Text,
    Embedding,
    Image,
}

/// Built-in aliases: short names for the model ids people type most.
pub const BUILTIN_ALIASES: &[(&str, &str)] = &[
    ("titan-text-express", "amazon.titan-text-express-v1"),
    ("titan-text-lite", "amazon.titan-text-lite-v1"),
    ("titan-text-premier", "amazon.titan-text-premier-v1:0"),
    ("titan-embed-text", "amazon.titan-embed-text-v2:0"),
    ("titan-embed-text-v1", "amazon.titan-embed-text-v1"),
    ("titan-embed-text-v2", "amazon.titan-embed-text-v2:0"),
    ("titan-embed-image", "amazon.titan-embed-image-v1"),
    ("titan-image", "amazon.titan-image-generator-v1"),
    ("titan-image-v2", "amazon.titan-image-generator-v2:0"),
    ("nova-canvas", "amazon.nova-canvas-v1:0"),
    ("nova-micro", "amazon.nova-micro-v1:0"),
    ("nova-lite", "amazon.nova-lite-v1:0"),
    ("nova-pro", "amazon.nova-pro-v1:0"),
    ("nova-premier", "amazon.nova-premier-v1:0"),
    ("nova-2-lite", "amazon.nova-2-lite-v1:0"),
    ("claude-v2", "anthropic.claude-v2"),
    ("claude-v2.1", "anthropic.claude-v2:1"),
    ("claude-instant", "anthropic.claude-instant-v1"),
    ("claude-3-haiku", "anthropic.claude-3-haiku-20240307-v1:0"),
    ("claude-3-sonnet", "anthropic.claude-3-sonnet-20240229-v1:0"),
    ("claude-3-opus", "anthropic.claude-3-opus-20240229-v1:0"),
    ("claude-3.5-sonnet", "anthropic.claude-3-5-sonnet-20240620-v1:0"),
    ("claude-3.5-sonnet-v2", "anthropic.claude-3-5-sonnet-20241022-v2:0"),
    ("claude-3.5-haiku", "anthropic.claude-3-5-haiku-20241022-v1:0"),
    ("claude-3.7-sonnet", "anthropic.claude-3-7-sonnet-20250219-v1:0"),
    ("claude-sonnet-4", "anthropic.claude-sonnet-4-20250514-v1:0"),
    ("claude-opus-4", "anthropic.claude-opus-4-20250514-v1:0"),
    ("claude-opus-4.1", "anthropic.claude-opus-4-1-20250805-v1:0"),
    ("claude-opus-4.5", "anthropic.claude-opus-4-5-20251101-v1:0"),
    ("claude-sonnet-4.5", "anthropic.claude-sonnet-4-5-20250929-v1:0"),
    ("claude-haiku-4.5", "anthropic.claude-haiku-4-5-20251001-v1:0"),
    ("claude-opus-4.6", "anthropic.claude-opus-4-6-v1"),
    ("claude-sonnet-4.6", "anthropic.claude-sonnet-4-6"),
    ("j2-mid", "ai21.j2-mid-v1"),
    ("j2-ultra", "ai21.j2-ultra-v1"),
    ("command", "cohere.command-text-v14"),
    ("command-light", "cohere.command-light-text-v14"),
    ("command-r", "cohere.command-r-v1:0"),
    ("command-r-plus", "cohere.command-r-plus-v1:0"),
    ("cohere-embed-english", "cohere.embed-english-v3"),
    ("cohere-embed-multilingual", "cohere.embed-multilingual-v3"),
    ("cohere-embed-v4", "cohere.embed-v4:0"),
    ("llama2-13b", "meta.llama2-13b-chat-v1"),
    ("llama2-70b", "meta.llama2-70b-chat-v1"),
    ("llama3-8b", "meta.llama3-8b-instruct-v1:0"),
    ("llama3-70b", "meta.llama3-70b-instruct-v1:0"),
    ("llama3.1-8b", "meta.llama3-1-8b-instruct-v1:0"),
    ("llama3.1-70b", "meta.llama3-1-70b-instruct-v1:0"),
    ("llama3.1-405b", "meta.llama3-1-405b-instruct-v1:0"),
    ("llama3.2-1b", "meta.llama3-2-1b-instruct-v1:0"),
    ("llama3.2-3b", "meta.llama3-2-3b-instruct-v1:0"),
    ("llama3.2-11b", "meta.llama3-2-11b-instruct-v1:0"),
    ("llama3.2-90b", "meta.llama3-2-90b-instruct-v1:0"),
    ("llama3.3-70b", "meta.llama3-3-70b-instruct-v1:0"),
    ("llama4-scout", "meta.llama4-scout-17b-instruct-v1:0"),
    ("llama4-maverick", "meta.llama4-maverick-17b-instruct-v1:0"),
    ("mistral-7b", "mistral.mistral-7b-instruct-v0:2"),
    ("mixtral-8x7b", "mistral.mixtral-8x7b-instruct-v0:1"),
    ("mistral-large", "mistral.mistral-large-2402-v1:0"),
    ("mistral-small", "mistral.mistral-small-2402-v1:0"),
    ("pixtral-large", "mistral.pixtral-large-2502-v1:0"),
    ("sdxl", "stability.stable-diffusion-xl-v1"),
    ("deepseek-r1", "deepseek.r1-v1:0"),
    ("gpt-oss-20b", "openai.gpt-oss-20b-1:0"),
    ("gpt-oss-120b", "openai.gpt-oss-120b-1:0"),
    ("palmyra-x4", "writer.palmyra-x4-v1:0"),
    ("palmyra-x5", "writer.palmyra-x5-v1:0"),
];

/// The geographies of cross-region (system) inference profile ids: `us.anthropic.claude-…`.
const PROFILE_GEOGRAPHIES: &[&str] = &["us", "us-gov", "eu", "apac", "global", "ca", "jp", "au"];

/// The model id inside a cross-region inference profile id (`us.amazon.nova-micro-v1:0` →
/// `amazon.nova-micro-v1:0`), or None when the id is no such profile.
pub fn profile_model_id(id: &str) -> Option<&str> {
    let (prefix, rest) = id.split_once('.')?;
    (PROFILE_GEOGRAPHIES.contains(&prefix) && rest.contains('.')).then_some(rest)
}

/// The names closest to a model name that is no id, alias or ARN (for "did you mean"): aliases
/// (configured ones first) and the ids they stand for.
pub fn nearest_names(settings: &Settings, wanted: &str) -> Vec<String> {
    let mut names: Vec<&str> = settings.aliases.keys().map(String::as_str).collect();
    names.extend(BUILTIN_ALIASES.iter().flat_map(|(alias, id)| [*alias, *id]));
    crate::api::names::nearest(wanted, names.into_iter()).into_iter().map(str::to_string).collect()
}

/// Resolve a model name: a user alias from the config file wins over a built-in alias; anything
/// else (ids, ARNs, profile ids) is returned unchanged.
pub fn resolve_model(settings: &Settings, name: &str) -> String {
    if let Some(id) = settings.aliases.get(name) {
        return id.clone();
    }
    BUILTIN_ALIASES
        .iter()
        .find(|(alias, _)| *alias == name)
        .map(|(_, id)| id.to_string())
        .unwrap_or_else(|| name.to_string())
}

/// The failure for a command given no model and no default model.
pub fn no_model() -> crate::error::Failure {
    crate::error::Failure::usage("no model: pass MODEL, or set a default model")
        .with_hint("add `model = \"nova-lite\"` to the config file, or set BEDROCK_MODEL")
}

/// The MODEL and PROMPT positionals of `converse`, `invoke` and `stream`, where MODEL may be left
/// to `default` (a continued session's model, else the `model` setting). With a default, a lone
/// positional is the prompt, unless `message_elsewhere` (the message comes from `--prompt-file`,
/// `--messages`, `--body` or `--input`): then it is the model.
pub fn model_and_prompt(
    first: Option<String>,
    second: Option<String>,
    default: Option<&str>,
    message_elsewhere: bool,
) -> crate::error::Result<(String, Option<String>)> {
    match (first, second, default) {
        (Some(model), Some(prompt), _) => Ok((model, Some(prompt))),
        (Some(prompt), None, Some(default)) if !message_elsewhere => Ok((default.to_string(), Some(prompt))),
        (Some(model), None, _) => Ok((model, None)),
        (None, prompt, Some(default)) => Ok((default.to_string(), prompt)),
        (None, _, None) => Err(no_model()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::GlobalArgs;

    #[test]
    fn a_lone_positional_is_the_prompt_when_a_default_model_is_set() {
        // (positionals, default model, message elsewhere) → (model, prompt)
        type Case<'a> =
            ((Option<&'a str>, Option<&'a str>), Option<&'a str>, bool, (&'a str, Option<&'a str>));
        let cases: &[Case] = &[
            ((Some("m"), Some("p")), Some("d"), false, ("m", Some("p"))),
            ((Some("m"), Some("p")), None, false, ("m", Some("p"))),
            ((Some("hello"), None), Some("d"), false, ("d", Some("hello"))),
            ((Some("m"), None), Some("d"), true, ("m", None)),
            ((Some("m"), None), None, false, ("m", None)),
            ((None, None), Some("d"), false, ("d", None)),
        ];
        for ((first, second), default, elsewhere, (model, prompt)) in cases {
            let owned = |text: &Option<&str>| text.map(str::to_string);
            let (found_model, found_prompt) =
                model_and_prompt(owned(first), owned(second), *default, *elsewhere).unwrap();
            assert_eq!(
                (found_model.as_str(), found_prompt.as_deref()),
                (*model, *prompt),
                "{first:?} {second:?}"
            );
        }
        assert_eq!(model_and_prompt(None, None, None, false).unwrap_err().exit_code(), 252);
    }
    use crate::settings::{ConfigFile, Environment, resolve};

    #[test]
    fn aliases_resolve_with_user_aliases_first() {
        let config =
            ConfigFile::parse("[aliases]\nclaude-3-haiku = \"custom.model\"\nmine = \"x.y\"\n", "t").unwrap();
        let settings = resolve(&GlobalArgs::default(), &Environment::default(), Some(&config)).unwrap();
        assert_eq!(resolve_model(&settings, "claude-3-haiku"), "custom.model");
        assert_eq!(resolve_model(&settings, "mine"), "x.y");
        assert_eq!(resolve_model(&settings, "llama3-8b"), "meta.llama3-8b-instruct-v1:0");
        assert_eq!(resolve_model(&settings, "anthropic.claude-v2"), "anthropic.claude-v2");
    }

    #[test]
    fn builtin_aliases_are_unique() {
        let mut names: Vec<&str> = BUILTIN_ALIASES.iter().map(|(alias, _)| *alias).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), BUILTIN_ALIASES.len());
    }
}

/// How a model reasons (extended thinking).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reasoning {
    /// It does not.
    None,
    /// When the request enables thinking with a token budget (Claude 3.7 Sonnet, Claude 4 and 4.5).
    Budget,
    /// On every call, with no budget to set (DeepSeek-R1).
    Always,
}

/// Smallest reasoning budget the service accepts.
pub const MINIMUM_REASONING_BUDGET: u32 = 1024;

/// How a model id (a foundation model or a cross-region profile id) reasons.
pub fn reasoning(model: &str) -> Reasoning {
    let base = model.rsplit('/').next().unwrap_or(model);
    let base = match base.split_once('.') {
        Some((region, rest)) if region.len() <= 4 && rest.contains('.') => rest,
        _ => base,
    };
    if base.starts_with("deepseek.r1") {
        return Reasoning::Always;
    }
    let Some(name) = base.strip_prefix("anthropic.claude-") else { return Reasoning::None };
    let budget = name.starts_with("3-7-sonnet")
        || ["sonnet-4", "opus-4", "haiku-4"].iter().any(|family| name.starts_with(family));
    if budget { Reasoning::Budget } else { Reasoning::None }
}

/// Check `--reasoning BUDGET` for a model whose answer may be `max_tokens` long (when given)
/// and return the max tokens to send: the flag's, or the budget plus 4096 when none was given.
pub fn check_reasoning(model: &str, budget: u32, max_tokens: Option<u32>) -> crate::error::Result<u32> {
    use crate::error::Failure;
    match reasoning(model) {
        Reasoning::Budget => {}
        Reasoning::Always => {
            return Err(Failure::usage(format!(
                "--reasoning: model '{model}' reasons on every call and takes no budget"
            )));
        }
        Reasoning::None => {
            return Err(Failure::usage(format!("--reasoning: model '{model}' has no extended thinking"))
                .with_hint("models with reasoning: Claude 3.7 Sonnet, Claude Sonnet/Opus 4 and 4.5, Claude Haiku 4.5"));
        }
    }
    if budget < MINIMUM_REASONING_BUDGET {
        return Err(Failure::usage(format!(
            "--reasoning {budget}: the budget must be at least {MINIMUM_REASONING_BUDGET} tokens"
        )));
    }
    match max_tokens {
        Some(max) if budget >= max => {
            Err(Failure::usage(format!("--reasoning {budget} must be less than --max-tokens {max}")))
        }
        _ => Ok(reasoning_max_tokens(budget, max_tokens)),
    }
}

/// The `max_tokens` of a request that reasons with `budget`: --max-tokens, or the budget plus
/// 4096 tokens for the answer.
pub fn reasoning_max_tokens(budget: u32, max_tokens: Option<u32>) -> u32 {
    max_tokens.unwrap_or(budget.saturating_add(4096))
}

/// The reasoning text of an Anthropic Messages response body (its `thinking` blocks).
pub fn messages_reasoning(body: &serde_json::Value) -> String {
    body.get("content")
        .and_then(serde_json::Value::as_array)
        .map(|blocks| {
            blocks
                .iter()
                .filter(|block| block.get("type").and_then(serde_json::Value::as_str) == Some("thinking"))
                .filter_map(|block| block.get("thinking").and_then(serde_json::Value::as_str))
                .collect()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod reasoning_tests {
    use super::*;

    #[test]
    fn reasoning_models_and_budgets() {
        assert_eq!(reasoning("us.anthropic.claude-3-7-sonnet-20250219-v1:0"), Reasoning::Budget);
        assert_eq!(reasoning("anthropic.claude-sonnet-4-5-20250929-v1:0"), Reasoning::Budget);
        assert_eq!(reasoning("us.deepseek.r1-v1:0"), Reasoning::Always);
        assert_eq!(reasoning("anthropic.claude-3-haiku-20240307-v1:0"), Reasoning::None);
        let model = "anthropic.claude-sonnet-4-20250514-v1:0";
        assert_eq!(check_reasoning(model, 2000, Some(3000)).unwrap(), 3000);
        assert_eq!(check_reasoning(model, 2000, None).unwrap(), 6096);
        assert!(check_reasoning(model, 2000, Some(2000)).is_err());
        assert!(check_reasoning(model, 1000, None).is_err());
        assert!(check_reasoning("amazon.nova-pro-v1:0", 2000, None).is_err());
    }
}
