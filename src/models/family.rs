//! Which request format a model speaks: the family of a model id, its names, and the dispatch of
//! body building and response reading to the family modules, plus the checks they share.

use serde_json::Value;

use super::{
    Completion, EmbedParams, GeneratedImage, ImageParams, Modality, Role, StreamPiece, TextParams, Turn,
    ai21, anthropic, cohere, deepseek, meta, mistral, nova, openai, stability, titan,
};
use crate::error::{Failure, Result};

/// A model family: models that share one request and response body format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    TitanText,
    TitanEmbedText,
    TitanEmbedTextV2,
    TitanEmbedImage,
    TitanImage,
    AnthropicCompletions,
    AnthropicMessages,
    Ai21Jurassic,
    CohereCommand,
    CohereCommandR,
    CohereEmbed,
    Llama2,
    Llama3,
    Mistral,
    StabilitySdxl,
    /// Stable Image Core and Ultra, Stable Diffusion 3.5 Large (`prompt`, `aspect_ratio`).
    StableImage,
    Nova,
    /// DeepSeek-R1 (`prompt` in its chat template → `choices[].text`).
    DeepSeek,
    /// OpenAI gpt-oss (OpenAI chat completions: `messages` → `choices[].message.content`).
    OpenAi,
    /// Writer Palmyra X4 and X5 (OpenAI chat completions, `max_tokens`).
    Writer,
}

/// Every family with its `--family` name, in the order `names()` lists them.
const FAMILY_NAMES: &[(Family, &str)] = &[
    (Family::TitanText, "titan-text"),
    (Family::TitanEmbedText, "titan-embed-text"),
    (Family::TitanEmbedTextV2, "titan-embed-text-v2"),
    (Family::TitanEmbedImage, "titan-embed-image"),
    (Family::TitanImage, "titan-image"),
    (Family::AnthropicCompletions, "claude-text"),
    (Family::AnthropicMessages, "claude"),
    (Family::Ai21Jurassic, "j2"),
    (Family::CohereCommand, "cohere-command"),
    (Family::CohereCommandR, "cohere-command-r"),
    (Family::CohereEmbed, "cohere-embed"),
    (Family::Llama2, "llama2"),
    (Family::Llama3, "llama3"),
    (Family::Mistral, "mistral"),
    (Family::StabilitySdxl, "sdxl"),
    (Family::StableImage, "stable-image"),
    (Family::Nova, "nova"),
    (Family::DeepSeek, "deepseek"),
    (Family::OpenAi, "openai"),
    (Family::Writer, "writer"),
];

const NAMES: &[&str] = &[
    "titan-text",
    "titan-embed-text",
    "titan-embed-text-v2",
    "titan-embed-image",
    "titan-image",
    "claude-text",
    "claude",
    "j2",
    "cohere-command",
    "cohere-command-r",
    "cohere-embed",
    "llama2",
    "llama3",
    "mistral",
    "sdxl",
    "stable-image",
    "nova",
    "deepseek",
    "openai",
    "writer",
];

/// Prefixes of cross-region inference profile ids (`us.anthropic.claude-…`).
const REGION_PREFIXES: &[&str] = &["us-gov.", "us.", "eu.", "apac.", "global.", "ca.", "jp.", "au."];

/// Model id prefixes, most specific first, and the family they belong to.
const ID_PREFIXES: &[(&str, Family)] = &[
    ("amazon.titan-text-", Family::TitanText),
    ("amazon.titan-tg1-", Family::TitanText),
    ("amazon.titan-embed-text-v2", Family::TitanEmbedTextV2),
    ("amazon.titan-embed-text-v1", Family::TitanEmbedText),
    ("amazon.titan-embed-g1-text-", Family::TitanEmbedText),
    ("amazon.titan-embed-image-v1", Family::TitanEmbedImage),
    ("amazon.titan-image-generator-", Family::TitanImage),
    ("amazon.nova-canvas-", Family::TitanImage),
    ("amazon.nova-micro-", Family::Nova),
    ("amazon.nova-lite-", Family::Nova),
    ("amazon.nova-pro-", Family::Nova),
    ("amazon.nova-premier-", Family::Nova),
    ("amazon.nova-2-lite-", Family::Nova),
    ("anthropic.claude-v2", Family::AnthropicCompletions),
    ("anthropic.claude-instant-", Family::AnthropicCompletions),
    ("anthropic.claude-", Family::AnthropicMessages),
    ("ai21.j2-", Family::Ai21Jurassic),
    ("cohere.command-r-", Family::CohereCommandR),
    ("cohere.command-text-", Family::CohereCommand),
    ("cohere.command-light-text-", Family::CohereCommand),
    ("cohere.embed-", Family::CohereEmbed),
    ("meta.llama2-", Family::Llama2),
    ("meta.llama3-", Family::Llama3),
    // Llama 4 takes the Llama 3 prompt format.
    ("meta.llama4-", Family::Llama3),
    ("mistral.mistral-7b-", Family::Mistral),
    ("mistral.mixtral-", Family::Mistral),
    ("mistral.mistral-large-", Family::Mistral),
    ("mistral.mistral-small-", Family::Mistral),
    ("mistral.pixtral-", Family::Mistral),
    ("stability.stable-diffusion-xl-", Family::StabilitySdxl),
    ("stability.stable-image-", Family::StableImage),
    ("stability.sd3-", Family::StableImage),
    ("deepseek.r1-", Family::DeepSeek),
    ("openai.gpt-oss-", Family::OpenAi),
    ("writer.palmyra-", Family::Writer),
];

impl Family {
    /// The family of a model id, a cross-region inference profile id (`us.…`), or a
    /// foundation-model / inference-profile ARN. Custom and provisioned model ARNs, imported
    /// models and models of other families give `None`.
    pub fn detect(model: &str) -> Option<Family> {
        let model = model.trim();
        let id = if model.starts_with("arn:") {
            if !model.contains(":foundation-model/") && !model.contains(":inference-profile/") {
                return None;
            }
            model.rsplit('/').next().unwrap_or_default()
        } else {
            model
        };
        let id = REGION_PREFIXES.iter().find_map(|prefix| id.strip_prefix(prefix)).unwrap_or(id);
        ID_PREFIXES.iter().find(|(prefix, _)| id.starts_with(prefix)).map(|(_, family)| *family)
    }

    /// The family for a `--family NAME` flag.
    pub fn from_name(name: &str) -> Option<Family> {
        let name = name.trim().to_ascii_lowercase();
        FAMILY_NAMES.iter().find(|(_, known)| *known == name).map(|(family, _)| *family)
    }

    /// Every name `from_name` accepts.
    pub fn names() -> &'static [&'static str] {
        NAMES
    }

    /// The `--family` name of this family.
    pub fn name(self) -> &'static str {
        FAMILY_NAMES.iter().find(|(family, _)| *family == self).map(|(_, name)| *name).unwrap_or_default()
    }

    /// The name people know the family by.
    pub fn display_name(self) -> &'static str {
        match self {
            Family::TitanText => "Amazon Titan Text",
            Family::TitanEmbedText => "Amazon Titan Embeddings G1 - Text",
            Family::TitanEmbedTextV2 => "Amazon Titan Text Embeddings V2",
            Family::TitanEmbedImage => "Amazon Titan Multimodal Embeddings G1",
            Family::TitanImage => "Amazon Titan Image Generator",
            Family::AnthropicCompletions => "Anthropic Claude (Text Completions API)",
            Family::AnthropicMessages => "Anthropic Claude (Messages API)",
            Family::Ai21Jurassic => "AI21 Labs Jurassic-2",
            Family::CohereCommand => "Cohere Command",
            Family::CohereCommandR => "Cohere Command R/R+",
            Family::CohereEmbed => "Cohere Embed",
            Family::Llama2 => "Meta Llama 2",
            Family::Llama3 => "Meta Llama 3",
            Family::Mistral => "Mistral AI",
            Family::StabilitySdxl => "Stability AI SDXL",
            Family::StableImage => "Stability AI Stable Image",
            Family::Nova => "Amazon Nova",
            Family::DeepSeek => "DeepSeek-R1",
            Family::OpenAi => "OpenAI gpt-oss",
            Family::Writer => "Writer Palmyra",
        }
    }

    /// What the family's models produce.
    pub fn modality(self) -> Modality {
        match self {
            Family::TitanEmbedText
            | Family::TitanEmbedTextV2
            | Family::TitanEmbedImage
            | Family::CohereEmbed => Modality::Embedding,
            Family::TitanImage | Family::StabilitySdxl | Family::StableImage => Modality::Image,
            _ => Modality::Text,
        }
    }

    /// Whether InvokeModelWithResponseStream works for the family's models.
    pub fn streams(self) -> bool {
        self.modality() == Modality::Text && self != Family::Ai21Jurassic
    }

    /// How many texts one embedding request can carry (0 for text and image families).
    pub fn texts_per_request(self) -> usize {
        match self {
            Family::TitanEmbedText | Family::TitanEmbedTextV2 | Family::TitanEmbedImage => 1,
            Family::CohereEmbed => cohere::EMBED_TEXTS_MAX,
            _ => 0,
        }
    }

    /// The request body for a text generation, with the limits every model of the family accepts.
    pub fn build_text(self, params: &TextParams) -> Result<Value> {
        self.build_text_with(None, params)
    }

    /// The request body for a text generation, with the limits of the given model where they
    /// differ within the family (Titan Text and Mistral `--max-tokens`, Nova Micro images).
    pub fn build_text_for_model(self, model: &str, params: &TextParams) -> Result<Value> {
        self.build_text_with(Some(model), params)
    }

    fn build_text_with(self, model: Option<&str>, params: &TextParams) -> Result<Value> {
        self.require_modality(Modality::Text)?;
        require_prompt(&params.prompt)?;
        check_history(&params.history)?;
        match self {
            Family::TitanText => titan::build_text(params, model),
            Family::AnthropicCompletions => anthropic::build_completions(params),
            Family::AnthropicMessages => anthropic::build_messages(params),
            Family::Ai21Jurassic => ai21::build(params),
            Family::CohereCommand => cohere::build_command(params),
            Family::CohereCommandR => cohere::build_command_r(params),
            Family::Llama2 => meta::build_llama2(params),
            Family::Llama3 => meta::build_llama3(params),
            Family::Mistral => mistral::build(params, model),
            Family::Nova => nova::build(params, model),
            Family::DeepSeek => deepseek::build(params),
            Family::OpenAi => openai::build(params),
            Family::Writer => openai::build_palmyra(params),
            _ => Err(self.wrong_command()),
        }
    }

    /// A text body made ready for InvokeModelWithResponseStream: Cohere models stream only when
    /// the body says `"stream": true`; other families' bodies are returned unchanged.
    pub fn streaming_body(self, mut body: Value) -> Value {
        if matches!(self, Family::CohereCommand | Family::CohereCommandR)
            && let Some(object) = body.as_object_mut()
        {
            object.insert("stream".to_string(), Value::Bool(true));
        }
        body
    }

    /// The generated text of an InvokeModel response body.
    pub fn extract_text(self, body: &Value) -> Result<Completion> {
        self.require_modality(Modality::Text)?;
        match self {
            Family::TitanText => titan::extract_text(body),
            Family::AnthropicCompletions => anthropic::extract_completions(body),
            Family::AnthropicMessages => anthropic::extract_messages(body),
            Family::Ai21Jurassic => ai21::extract(body),
            Family::CohereCommand => cohere::extract_command(body),
            Family::CohereCommandR => cohere::extract_command_r(body),
            Family::Llama2 | Family::Llama3 => meta::extract(body),
            Family::Mistral => mistral::extract(body),
            Family::Nova => nova::extract(body),
            Family::DeepSeek => deepseek::extract(body),
            Family::OpenAi | Family::Writer => openai::extract(body, self),
            _ => Err(self.wrong_command()),
        }
    }

    /// The text of one decoded InvokeModelWithResponseStream chunk (the JSON inside `bytes`).
    /// A chunk without text gives empty text; the token counts of the last chunk's
    /// `amazon-bedrock-invocationMetrics` win over the family's own counts.
    pub fn extract_stream_chunk(self, chunk: &Value) -> Result<StreamPiece> {
        self.require_modality(Modality::Text)?;
        let mut piece = match self {
            Family::TitanText => titan::extract_stream_chunk(chunk),
            Family::AnthropicCompletions => anthropic::stream_completions(chunk),
            Family::AnthropicMessages => anthropic::stream_messages(chunk),
            Family::CohereCommand => cohere::stream_command(chunk),
            Family::CohereCommandR => cohere::stream_command_r(chunk),
            Family::Llama2 | Family::Llama3 => meta::stream(chunk),
            Family::Mistral => mistral::stream(chunk),
            Family::Nova => nova::stream(chunk),
            Family::DeepSeek => deepseek::stream(chunk),
            Family::OpenAi | Family::Writer => openai::stream(chunk),
            _ => {
                return Err(Failure::usage(format!(
                    "{} does not stream responses: use `bedrock invoke`",
                    self.display_name()
                )));
            }
        }?;
        if let Some(metrics) = chunk.get("amazon-bedrock-invocationMetrics") {
            if let Some(count) = metrics.get("inputTokenCount").and_then(Value::as_u64) {
                piece.input_tokens = Some(count);
            }
            if let Some(count) = metrics.get("outputTokenCount").and_then(Value::as_u64) {
                piece.output_tokens = Some(count);
            }
        }
        Ok(piece)
    }

    /// [`Family::extract_stream_chunk`] read straight from a chunk's JSON bytes, for the events
    /// that make up almost all of a stream (a text delta without token counts or metrics), where
    /// the family has such a reading. `None`: read the chunk as a document instead.
    pub fn stream_delta(self, bytes: &[u8]) -> Option<StreamPiece> {
        match self {
            Family::AnthropicMessages => anthropic::stream_messages_delta(bytes),
            _ => None,
        }
    }

    /// The request body for an embedding.
    pub fn build_embedding(self, params: &EmbedParams) -> Result<Value> {
        self.require_modality(Modality::Embedding)?;
        match self {
            Family::TitanEmbedText => titan::build_embedding_v1(params),
            Family::TitanEmbedTextV2 => titan::build_embedding_v2(params),
            Family::TitanEmbedImage => titan::build_embedding_image(params),
            Family::CohereEmbed => cohere::build_embed(params),
            _ => Err(self.wrong_command()),
        }
    }

    /// The embedding vectors of an InvokeModel response body, one per input text (or one for a
    /// Titan request).
    pub fn extract_embeddings(self, body: &Value) -> Result<Vec<Vec<f64>>> {
        self.require_modality(Modality::Embedding)?;
        match self {
            Family::TitanEmbedText | Family::TitanEmbedTextV2 | Family::TitanEmbedImage => {
                titan::extract_embedding(self, body)
            }
            Family::CohereEmbed => cohere::extract_embed(body),
            _ => Err(self.wrong_command()),
        }
    }

    /// The request body for an image generation, with the limits every model of the family accepts.
    pub fn build_image(self, params: &ImageParams) -> Result<Value> {
        self.build_image_with(None, params)
    }

    /// The request body for an image generation, with the limits of the given model where they
    /// differ within the family (SDXL 0.8 `--steps` and `--cfg-scale`).
    pub fn build_image_for_model(self, model: &str, params: &ImageParams) -> Result<Value> {
        self.build_image_with(Some(model), params)
    }

    fn build_image_with(self, model: Option<&str>, params: &ImageParams) -> Result<Value> {
        self.require_modality(Modality::Image)?;
        match self {
            Family::TitanImage => titan::build_image(params),
            Family::StabilitySdxl => stability::build(params, model),
            Family::StableImage => stability::build_stable_image(params),
            _ => Err(self.wrong_command()),
        }
    }

    /// The generated images of an InvokeModel response body.
    pub fn extract_images(self, body: &Value) -> Result<Vec<GeneratedImage>> {
        self.require_modality(Modality::Image)?;
        match self {
            Family::TitanImage => titan::extract_images(body),
            Family::StabilitySdxl => stability::extract(body),
            Family::StableImage => stability::extract_stable_image(body),
            _ => Err(self.wrong_command()),
        }
    }

    fn require_modality(self, wanted: Modality) -> Result<()> {
        if self.modality() == wanted { Ok(()) } else { Err(self.wrong_command()) }
    }

    /// The error for a family used with the wrong command: it names the right one.
    fn wrong_command(self) -> Failure {
        let name = self.display_name();
        Failure::usage(match self.modality() {
            Modality::Text => {
                format!(
                    "{name} is a text model: use `bedrock invoke`, `bedrock stream` or `bedrock converse`"
                )
            }
            Modality::Embedding => format!("{name} is an embedding model: use `bedrock embed`"),
            Modality::Image => format!("{name} is an image model: use `bedrock image`"),
        })
    }
}

// ----- checks shared by the family modules -----

/// `--max-tokens`, `--temperature`, … in the order messages list them.
pub(super) const MAX_TOKENS: &str = "--max-tokens";
pub(super) const TEMPERATURE: &str = "--temperature";
pub(super) const TOP_P: &str = "--top-p";
pub(super) const TOP_K: &str = "--top-k";
pub(super) const STOP: &str = "--stop";
pub(super) const SYSTEM: &str = "--system";
pub(super) const SEED: &str = "--seed";
pub(super) const IMAGE: &str = "--image";
pub(super) const PRESENCE_PENALTY: &str = "--presence-penalty";
pub(super) const FREQUENCY_PENALTY: &str = "--frequency-penalty";
pub(super) const COUNT_PENALTY: &str = "--count-penalty";
pub(super) const DOCUMENT: &str = "--document";
pub(super) const DIMENSIONS: &str = "--dimensions";
pub(super) const NORMALIZE: &str = "--normalize";
pub(super) const INPUT_TYPE: &str = "--input-type";
pub(super) const TRUNCATE: &str = "--truncate";
pub(super) const NEGATIVE: &str = "--negative";
pub(super) const COUNT: &str = "--count";
pub(super) const WIDTH: &str = "--width";
pub(super) const HEIGHT: &str = "--height";
pub(super) const CFG_SCALE: &str = "--cfg-scale";
pub(super) const STEPS: &str = "--steps";
pub(super) const STYLE_PRESET: &str = "--style-preset";
pub(super) const SAMPLER: &str = "--sampler";
pub(super) const MASK_PROMPT: &str = "--mask-prompt";
pub(super) const MASK_IMAGE: &str = "--mask-image";
pub(super) const SIMILARITY_STRENGTH: &str = "--similarity-strength";
pub(super) const OUTPAINTING_MODE: &str = "--outpainting-mode";
pub(super) const QUALITY: &str = "--quality";
/// `bedrock image`: the image to edit (`ImageParams::source_image`).
pub(super) const SOURCE_IMAGE: &str = "--source-image";
/// `bedrock image`: an extra weighted prompt (`ImageParams::weighted_prompts`).
pub(super) const PROMPT_WEIGHT: &str = "--prompt-weight";

/// The flags a text request was given.
fn text_flags_given(params: &TextParams) -> Vec<&'static str> {
    let mut given = Vec::new();
    let mut add = |present: bool, flag: &'static str| {
        if present {
            given.push(flag);
        }
    };
    add(params.max_tokens.is_some(), MAX_TOKENS);
    add(params.temperature.is_some(), TEMPERATURE);
    add(params.top_p.is_some(), TOP_P);
    add(params.top_k.is_some(), TOP_K);
    add(!params.stop.is_empty(), STOP);
    add(!params.system.is_empty(), SYSTEM);
    add(params.seed.is_some(), SEED);
    add(!params.images.is_empty(), IMAGE);
    add(params.presence_penalty.is_some(), PRESENCE_PENALTY);
    add(params.frequency_penalty.is_some(), FREQUENCY_PENALTY);
    add(params.count_penalty.is_some(), COUNT_PENALTY);
    add(!params.documents.is_empty(), DOCUMENT);
    given
}

/// The flags an embedding request was given (the texts and `--image` are checked by each family).
fn embed_flags_given(params: &EmbedParams) -> Vec<&'static str> {
    let mut given = Vec::new();
    let mut add = |present: bool, flag: &'static str| {
        if present {
            given.push(flag);
        }
    };
    add(params.image.is_some(), IMAGE);
    add(params.dimensions.is_some(), DIMENSIONS);
    add(params.normalize.is_some(), NORMALIZE);
    add(params.input_type.is_some(), INPUT_TYPE);
    add(params.truncate.is_some(), TRUNCATE);
    given
}

/// The flags an image request was given (the source image is checked by each family).
fn image_flags_given(params: &ImageParams) -> Vec<&'static str> {
    let mut given = Vec::new();
    let mut add = |present: bool, flag: &'static str| {
        if present {
            given.push(flag);
        }
    };
    add(!params.weighted_prompts.is_empty(), PROMPT_WEIGHT);
    add(params.negative.is_some(), NEGATIVE);
    add(params.count.is_some(), COUNT);
    add(params.width.is_some(), WIDTH);
    add(params.height.is_some(), HEIGHT);
    add(params.cfg_scale.is_some(), CFG_SCALE);
    add(params.seed.is_some(), SEED);
    add(params.steps.is_some(), STEPS);
    add(params.style_preset.is_some(), STYLE_PRESET);
    add(params.sampler.is_some(), SAMPLER);
    add(params.mask_prompt.is_some(), MASK_PROMPT);
    add(params.mask_image.is_some(), MASK_IMAGE);
    add(params.similarity_strength.is_some(), SIMILARITY_STRENGTH);
    add(params.outpainting_mode.is_some(), OUTPAINTING_MODE);
    add(params.quality.is_some(), QUALITY);
    given
}

/// Reject the first given flag that `supported` does not list.
fn only_flags(given: &[&'static str], supported: &[&str], who: &str) -> Result<()> {
    match given.iter().find(|flag| !supported.contains(flag)) {
        None => Ok(()),
        Some(flag) => {
            let takes = if supported.is_empty() {
                "it takes no options".to_string()
            } else {
                format!("it takes {}", supported.join(", "))
            };
            Err(Failure::usage(format!("{flag} is not supported by {who} ({takes})")))
        }
    }
}

/// Reject text flags the family's body has no field for.
pub(super) fn only_text_flags(params: &TextParams, supported: &[&str], who: &str) -> Result<()> {
    only_flags(&text_flags_given(params), supported, who)
}

/// Reject embedding flags the family's body has no field for.
pub(super) fn only_embed_flags(params: &EmbedParams, supported: &[&str], who: &str) -> Result<()> {
    only_flags(&embed_flags_given(params), supported, who)
}

/// Reject image flags the family's body (for this task) has no field for.
pub(super) fn only_image_flags(params: &ImageParams, supported: &[&str], who: &str) -> Result<()> {
    only_flags(&image_flags_given(params), supported, who)
}

fn require_prompt(prompt: &str) -> Result<()> {
    if prompt.trim().is_empty() { Err(Failure::usage("the prompt is empty")) } else { Ok(()) }
}

/// History turns must alternate, starting with the user, and end with the assistant (the prompt
/// is the next user turn).
fn check_history(history: &[Turn]) -> Result<()> {
    for (index, turn) in history.iter().enumerate() {
        let expected = if index % 2 == 0 { Role::User } else { Role::Assistant };
        if turn.role != expected {
            return Err(Failure::usage(
                "the conversation history must alternate user and assistant turns, starting with a user turn",
            ));
        }
    }
    if history.len() % 2 == 1 {
        return Err(Failure::usage(
            "the conversation history must end with an assistant turn before the prompt",
        ));
    }
    Ok(())
}

/// `--system` texts as one string (several `--system` are separated by a blank line).
pub(super) fn system_text(params: &TextParams) -> Option<String> {
    if params.system.is_empty() { None } else { Some(params.system.join("\n\n")) }
}

/// The history as (user, assistant) pairs; `check_history` has made sure they pair up.
pub(super) fn history_pairs(history: &[Turn]) -> impl Iterator<Item = (&str, &str)> {
    history.chunks(2).map(|pair| {
        let user = pair.first().map(|turn| turn.text.as_str()).unwrap_or_default();
        let assistant = pair.get(1).map(|turn| turn.text.as_str()).unwrap_or_default();
        (user, assistant)
    })
}

/// A plain-text transcript for families without a chat template: the prompt alone without
/// history, else "User: …\n{assistant}: …\n…User: {prompt}\n{assistant}:".
pub(super) fn transcript(params: &TextParams, assistant_label: &str) -> String {
    if params.history.is_empty() {
        return params.prompt.clone();
    }
    let mut text = String::new();
    for (user, assistant) in history_pairs(&params.history) {
        text.push_str(&format!("User: {user}\n{assistant_label}: {assistant}\n"));
    }
    text.push_str(&format!("User: {}\n{assistant_label}:", params.prompt));
    text
}

/// A number for messages: `1` rather than `1.0`.
fn number(value: f64) -> String {
    format!("{value}")
}

fn out_of_range(flag: &str, value: String, who: &str, allowed: String) -> Failure {
    Failure::usage(format!("{flag} {value} is out of range for {who}: allowed {allowed}"))
}

/// A decimal flag within `minimum..=maximum`.
pub(super) fn check_decimal(
    flag: &str,
    value: Option<f64>,
    minimum: f64,
    maximum: f64,
    who: &str,
) -> Result<()> {
    match value {
        Some(value) if !(minimum..=maximum).contains(&value) => {
            Err(out_of_range(flag, number(value), who, format!("{} to {}", number(minimum), number(maximum))))
        }
        _ => Ok(()),
    }
}

/// An integer flag within `minimum..=maximum`.
pub(super) fn check_integer(
    flag: &str,
    value: Option<u64>,
    minimum: u64,
    maximum: u64,
    who: &str,
) -> Result<()> {
    match value {
        Some(value) if !(minimum..=maximum).contains(&value) => {
            Err(out_of_range(flag, value.to_string(), who, format!("{minimum} to {maximum}")))
        }
        _ => Ok(()),
    }
}

/// An integer flag of at least `minimum`.
pub(super) fn check_at_least(flag: &str, value: Option<u64>, minimum: u64, who: &str) -> Result<()> {
    match value {
        Some(value) if value < minimum => {
            Err(out_of_range(flag, value.to_string(), who, format!("{minimum} or more")))
        }
        _ => Ok(()),
    }
}

/// A flag whose value must be one of a fixed list.
pub(super) fn check_choice(flag: &str, value: &str, allowed: &[&str], who: &str) -> Result<()> {
    if allowed.contains(&value) {
        Ok(())
    } else {
        Err(Failure::usage(format!("{flag} {value} is not valid for {who}: allowed {}", allowed.join(", "))))
    }
}

/// At most `maximum` `--stop` sequences.
pub(super) fn check_stop_count(params: &TextParams, maximum: usize, who: &str) -> Result<()> {
    if params.stop.len() > maximum {
        Err(Failure::usage(format!(
            "--stop was given {} times: {who} takes at most {maximum} stop sequences",
            params.stop.len()
        )))
    } else {
        Ok(())
    }
}

/// At most `maximum` `--image` attachments.
pub(super) fn check_image_count(params: &TextParams, maximum: usize, who: &str) -> Result<()> {
    if params.images.len() > maximum {
        Err(Failure::usage(format!(
            "--image was given {} times: {who} takes at most {maximum} images",
            params.images.len()
        )))
    } else {
        Ok(())
    }
}

/// The attachments' media types must be among the ones the family takes.
pub(super) fn check_image_types(params: &TextParams, allowed: &[&str], who: &str) -> Result<()> {
    match params.images.iter().find(|image| !allowed.contains(&image.media_type.as_str())) {
        None => Ok(()),
        Some(image) => Err(Failure::usage(format!(
            "--image of type {} is not supported by {who}: allowed {}",
            image.media_type,
            allowed.join(", ")
        ))),
    }
}

/// `--width` and `--height` together, and one of the sizes the family lists.
pub(super) fn check_size(
    width: Option<u32>,
    height: Option<u32>,
    allowed: &[(u32, u32)],
    who: &str,
) -> Result<()> {
    match (width, height) {
        (None, None) => Ok(()),
        (Some(width), Some(height)) if allowed.contains(&(width, height)) => Ok(()),
        (Some(width), Some(height)) => {
            let sizes: Vec<String> =
                allowed.iter().map(|(width, height)| format!("{width}x{height}")).collect();
            Err(Failure::usage(format!(
                "--width {width} --height {height} is not a size {who} supports: allowed {}",
                sizes.join(", ")
            )))
        }
        _ => Err(Failure::usage(format!("--width and --height go together for {who}"))),
    }
}

/// An image given as bytes must be a PNG or a JPEG.
pub(super) fn require_png_or_jpeg(bytes: &[u8], flag: &str, who: &str) -> Result<()> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") || bytes.starts_with(b"\xff\xd8\xff") {
        Ok(())
    } else {
        Err(Failure::usage(format!("{flag}: {who} takes PNG or JPEG images only")))
    }
}

// ----- reading response bodies -----

/// A response body that does not have the documented shape.
pub(super) fn invalid_response(who: &str, missing: &str) -> Failure {
    Failure::other("invalid-response", format!("the {who} response has no {missing}"))
}

/// The string at a JSON pointer (`/results/0/outputText`).
pub(super) fn text_at<'body>(body: &'body Value, pointer: &str) -> Option<&'body str> {
    body.pointer(pointer).and_then(Value::as_str)
}

/// The string at a JSON pointer, which the documented shape requires.
pub(super) fn required_text(body: &Value, pointer: &str, who: &str) -> Result<String> {
    text_at(body, pointer).map(str::to_string).ok_or_else(|| invalid_response(who, pointer))
}

/// An optional string (absent and null give `None`).
pub(super) fn optional_text(body: &Value, pointer: &str) -> Option<String> {
    text_at(body, pointer).map(str::to_string)
}

/// An optional count.
pub(super) fn optional_count(body: &Value, pointer: &str) -> Option<u64> {
    body.pointer(pointer).and_then(Value::as_u64)
}

/// A vector of numbers.
pub(super) fn number_vector(value: &Value) -> Option<Vec<f64>> {
    value.as_array()?.iter().map(Value::as_f64).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_model_ids() {
        let cases = [
            ("amazon.titan-text-express-v1", Family::TitanText),
            ("amazon.titan-text-premier-v1:0:32k", Family::TitanText),
            ("amazon.titan-embed-text-v1", Family::TitanEmbedText),
            ("amazon.titan-embed-text-v2:0", Family::TitanEmbedTextV2),
            ("amazon.titan-embed-image-v1", Family::TitanEmbedImage),
            ("amazon.titan-image-generator-v2:0", Family::TitanImage),
            ("anthropic.claude-v2:1", Family::AnthropicCompletions),
            ("anthropic.claude-instant-v1", Family::AnthropicCompletions),
            ("anthropic.claude-3-haiku-20240307-v1:0", Family::AnthropicMessages),
            ("anthropic.claude-sonnet-4-20250514-v1:0", Family::AnthropicMessages),
            ("ai21.j2-ultra-v1:0:8k", Family::Ai21Jurassic),
            ("cohere.command-text-v14", Family::CohereCommand),
            ("cohere.command-light-text-v14:7:4k", Family::CohereCommand),
            ("cohere.command-r-plus-v1:0", Family::CohereCommandR),
            ("cohere.embed-multilingual-v3", Family::CohereEmbed),
            ("meta.llama2-13b-chat-v1", Family::Llama2),
            ("meta.llama3-1-8b-instruct-v1:0", Family::Llama3),
            ("mistral.mixtral-8x7b-instruct-v0:1", Family::Mistral),
            ("stability.stable-diffusion-xl-v1", Family::StabilitySdxl),
            ("amazon.nova-pro-v1:0", Family::Nova),
            ("amazon.nova-canvas-v1:0", Family::TitanImage),
            ("stability.stable-image-core-v1:1", Family::StableImage),
            ("stability.stable-image-ultra-v1:1", Family::StableImage),
            ("stability.sd3-5-large-v1:0", Family::StableImage),
            ("anthropic.claude-sonnet-4-5-20250929-v1:0", Family::AnthropicMessages),
            ("anthropic.claude-haiku-4-5-20251001-v1:0", Family::AnthropicMessages),
            ("anthropic.claude-opus-4-1-20250805-v1:0", Family::AnthropicMessages),
            ("meta.llama4-scout-17b-instruct-v1:0", Family::Llama3),
            ("meta.llama4-maverick-17b-instruct-v1:0", Family::Llama3),
            ("cohere.embed-v4:0", Family::CohereEmbed),
        ];
        for (id, family) in cases {
            assert_eq!(Family::detect(id), Some(family), "{id}");
        }
    }

    #[test]
    fn detects_profiles_and_arns() {
        assert_eq!(
            Family::detect("us.anthropic.claude-3-haiku-20240307-v1:0"),
            Some(Family::AnthropicMessages)
        );
        assert_eq!(Family::detect("eu.meta.llama3-2-1b-instruct-v1:0"), Some(Family::Llama3));
        assert_eq!(Family::detect("apac.amazon.nova-lite-v1:0"), Some(Family::Nova));
        assert_eq!(
            Family::detect("us-gov.anthropic.claude-3-haiku-20240307-v1:0"),
            Some(Family::AnthropicMessages)
        );
        assert_eq!(
            Family::detect("global.anthropic.claude-sonnet-4-20250514-v1:0"),
            Some(Family::AnthropicMessages)
        );
        assert_eq!(
            Family::detect("arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-v2"),
            Some(Family::AnthropicCompletions)
        );
        assert_eq!(
            Family::detect(
                "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.meta.llama3-1-70b-instruct-v1:0"
            ),
            Some(Family::Llama3)
        );
        assert_eq!(
            Family::detect(
                "arn:aws:bedrock:us-east-1:123456789012:custom-model/amazon.titan-text-express-v1:0:8k/abc123"
            ),
            None
        );
        assert_eq!(Family::detect("arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abc123"), None);
        assert_eq!(Family::detect("arn:aws:bedrock:us-east-1:123456789012:imported-model/abc123"), None);
        assert_eq!(
            Family::detect("arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/abc123"),
            None
        );
        assert_eq!(Family::detect("ai21.jamba-1-5-large-v1:0"), None);
        assert_eq!(Family::detect("amazon.nova-canvas-v1:0"), Some(Family::TitanImage));
        assert_eq!(Family::detect("us.meta.llama4-scout-17b-instruct-v1:0"), Some(Family::Llama3));
        assert_eq!(
            Family::detect("global.anthropic.claude-haiku-4-5-20251001-v1:0"),
            Some(Family::AnthropicMessages)
        );
        assert_eq!(Family::detect("openai.gpt-oss-20b-1:0"), Some(Family::OpenAi));
        assert_eq!(Family::detect("us.writer.palmyra-x5-v1:0"), Some(Family::Writer));
        assert_eq!(
            Family::detect("arn:aws:bedrock:us-west-2::foundation-model/openai.gpt-oss-120b-1:0"),
            Some(Family::OpenAi)
        );
        assert_eq!(Family::detect("something-else"), None);
    }

    /// Every text, embedding or image model of the emulator's catalog that belongs to one of the
    /// families is detected, with the modality the catalog gives it.
    #[test]
    fn detects_every_catalog_model_of_the_families() {
        let catalog: Vec<Value> =
            serde_json::from_str(include_str!("../emulator/data/foundation_models.json")).unwrap();
        let not_ours = ["ai21.jamba-1-5-large-v1:0", "ai21.jamba-1-5-mini-v1:0"];
        let mut checked = 0;
        for model in &catalog {
            let id = model["modelId"].as_str().unwrap();
            let output = model["outputModalities"][0].as_str().unwrap();
            let modality = match output {
                "TEXT" => Modality::Text,
                "EMBEDDING" => Modality::Embedding,
                "IMAGE" => Modality::Image,
                _ => continue,
            };
            // Rerankers are used through Rerank (`bedrock api bedrock-agent-runtime rerank`).
            if not_ours.contains(&id) || id.contains(".rerank-") {
                assert_eq!(Family::detect(id), None, "{id}");
                continue;
            }
            let family = Family::detect(id).unwrap_or_else(|| panic!("{id} is not detected"));
            assert_eq!(family.modality(), modality, "{id}");
            if let Some(streaming) = model["responseStreamingSupported"].as_bool() {
                assert_eq!(family.streams(), streaming, "{id}");
            }
            checked += 1;
        }
        assert!(checked >= 70, "only {checked} models checked");
    }

    #[test]
    fn names_round_trip() {
        assert_eq!(Family::names().len(), FAMILY_NAMES.len());
        for name in Family::names() {
            let family = Family::from_name(name).unwrap();
            assert_eq!(family.name(), *name);
        }
        assert_eq!(Family::from_name("Claude"), Some(Family::AnthropicMessages));
        assert_eq!(Family::from_name("gpt"), None);
    }

    #[test]
    fn modalities_and_streaming() {
        assert_eq!(Family::TitanEmbedImage.modality(), Modality::Embedding);
        assert_eq!(Family::StabilitySdxl.modality(), Modality::Image);
        assert_eq!(Family::Nova.modality(), Modality::Text);
        assert!(!Family::Ai21Jurassic.streams());
        assert!(!Family::CohereEmbed.streams());
        assert!(!Family::TitanImage.streams());
        assert!(Family::Mistral.streams());
        assert_eq!(Family::CohereEmbed.texts_per_request(), 128);
        assert_eq!(Family::TitanEmbedTextV2.texts_per_request(), 1);
    }

    #[test]
    fn wrong_command_names_the_right_one() {
        let text = TextParams { prompt: "hi".into(), ..Default::default() };
        let failure = Family::CohereEmbed.build_text(&text).unwrap_err();
        assert_eq!(failure.message, "Cohere Embed is an embedding model: use `bedrock embed`");
        assert_eq!(failure.exit_code(), 252);
        let failure = Family::TitanImage.build_text(&text).unwrap_err();
        assert_eq!(failure.message, "Amazon Titan Image Generator is an image model: use `bedrock image`");
        let failure = Family::Llama3.build_embedding(&EmbedParams::default()).unwrap_err();
        assert!(
            failure.message.starts_with("Meta Llama 3 is a text model: use `bedrock invoke`"),
            "{}",
            failure.message
        );
        let failure = Family::TitanEmbedText.build_image(&ImageParams::default()).unwrap_err();
        assert_eq!(
            failure.message,
            "Amazon Titan Embeddings G1 - Text is an embedding model: use `bedrock embed`"
        );
        let failure = Family::Ai21Jurassic.extract_stream_chunk(&serde_json::json!({})).unwrap_err();
        assert!(failure.message.contains("does not stream"));
    }

    #[test]
    fn empty_prompt_and_bad_history_are_rejected() {
        let failure = Family::TitanText
            .build_text(&TextParams { prompt: "  ".into(), ..Default::default() })
            .unwrap_err();
        assert_eq!(failure.message, "the prompt is empty");
        let params = TextParams {
            prompt: "hi".into(),
            history: vec![Turn { role: Role::Assistant, text: "hello".into() }],
            ..Default::default()
        };
        assert!(Family::Llama3.build_text(&params).unwrap_err().message.contains("alternate"));
        let params = TextParams {
            prompt: "hi".into(),
            history: vec![Turn { role: Role::User, text: "hello".into() }],
            ..Default::default()
        };
        assert!(
            Family::Llama3.build_text(&params).unwrap_err().message.contains("end with an assistant turn")
        );
    }

    #[test]
    fn streaming_body_asks_cohere_to_stream() {
        let body = serde_json::json!({"prompt": "hi"});
        assert_eq!(
            Family::CohereCommand.streaming_body(body.clone()),
            serde_json::json!({"prompt": "hi", "stream": true})
        );
        assert_eq!(Family::Mistral.streaming_body(body.clone()), body);
    }

    #[test]
    fn invocation_metrics_fill_token_counts() {
        let chunk = serde_json::json!({
            "generation": "",
            "stop_reason": "stop",
            "amazon-bedrock-invocationMetrics": {"inputTokenCount": 12, "outputTokenCount": 34, "invocationLatency": 100, "firstByteLatency": 20}
        });
        let piece = Family::Llama3.extract_stream_chunk(&chunk).unwrap();
        assert_eq!(piece.input_tokens, Some(12));
        assert_eq!(piece.output_tokens, Some(34));
        assert_eq!(piece.stop_reason.as_deref(), Some("stop"));
    }
}
