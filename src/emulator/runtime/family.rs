//! Model families: which request and response body shapes a model id speaks, and what each
//! family can do (stream, chat through Converse, call tools).

/// A family of models sharing one InvokeModel body format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    TitanText,
    TitanEmbedTextV1,
    TitanEmbedTextV2,
    TitanEmbedImage,
    TitanImage,
    /// Anthropic text completions (`prompt`, `max_tokens_to_sample`); Claude 2 and Instant also
    /// accept the Messages API, chosen by the body.
    ClaudeText,
    ClaudeMessages,
    Jurassic,
    Jamba,
    CohereCommand,
    CohereCommandR,
    CohereEmbed,
    Llama,
    Mistral,
    StableDiffusion,
    /// Stable Image Core and Ultra, Stable Diffusion 3.5 Large: `prompt`, `aspect_ratio` → `images`.
    StableImage,
    Nova,
    /// DeepSeek-R1: `prompt` → `choices[].text`; it reasons on every call.
    DeepSeek,
    /// OpenAI gpt-oss: OpenAI chat completions (`messages` → `choices[].message.content`), the
    /// reasoning in `<reasoning>` tags before the answer.
    OpenAi,
    /// Writer Palmyra X4 and X5: OpenAI chat completions, like gpt-oss without the reasoning.
    Writer,
}

/// What a family produces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Output {
    Text,
    Embedding,
    Image,
}

impl Family {
    /// The family of a foundation model id (not a profile id).
    pub fn of(model_id: &str) -> Option<Family> {
        let id = model_id;
        let family = if id.starts_with("amazon.titan-text-") || id.starts_with("amazon.titan-tg1") {
            Family::TitanText
        } else if id.starts_with("amazon.titan-embed-text-v2") {
            Family::TitanEmbedTextV2
        } else if id.starts_with("amazon.titan-embed-text-v1") || id.starts_with("amazon.titan-embed-g1-text")
        {
            Family::TitanEmbedTextV1
        } else if id.starts_with("amazon.titan-embed-image-") {
            Family::TitanEmbedImage
        } else if id.starts_with("amazon.titan-image-generator-") || id.starts_with("amazon.nova-canvas") {
            Family::TitanImage
        } else if id.starts_with("amazon.nova-") {
            Family::Nova
        } else if id.starts_with("anthropic.claude-v2") || id.starts_with("anthropic.claude-instant") {
            Family::ClaudeText
        } else if id.starts_with("anthropic.claude-") {
            Family::ClaudeMessages
        } else if id.starts_with("ai21.j2-") {
            Family::Jurassic
        } else if id.starts_with("ai21.jamba") {
            Family::Jamba
        } else if id.starts_with("cohere.command-r") {
            Family::CohereCommandR
        } else if id.starts_with("cohere.command-") {
            Family::CohereCommand
        } else if id.starts_with("cohere.embed-") {
            Family::CohereEmbed
        } else if id.starts_with("meta.llama") {
            Family::Llama
        } else if id.starts_with("mistral.") {
            Family::Mistral
        } else if id.starts_with("deepseek.") {
            Family::DeepSeek
        } else if id.starts_with("openai.gpt-oss-") {
            Family::OpenAi
        } else if id.starts_with("writer.palmyra-") {
            Family::Writer
        } else if id.starts_with("stability.stable-diffusion-xl") {
            Family::StableDiffusion
        } else if id.starts_with("stability.stable-image-") || id.starts_with("stability.sd3-") {
            Family::StableImage
        } else {
            return None;
        };
        Some(family)
    }

    pub fn output(self) -> Output {
        match self {
            Family::TitanEmbedTextV1
            | Family::TitanEmbedTextV2
            | Family::TitanEmbedImage
            | Family::CohereEmbed => Output::Embedding,
            Family::TitanImage | Family::StableDiffusion | Family::StableImage => Output::Image,
            _ => Output::Text,
        }
    }

    /// Whether InvokeModelWithResponseStream and ConverseStream serve the family.
    pub fn streams(self) -> bool {
        self.output() == Output::Text && self != Family::Jurassic
    }

    /// Whether Converse accepts tools for the model.
    pub fn supports_tools(self, model_id: &str) -> bool {
        match self {
            Family::ClaudeMessages | Family::Nova | Family::CohereCommandR | Family::Jamba => true,
            Family::Llama => {
                !(model_id.starts_with("meta.llama2")
                    || model_id.starts_with("meta.llama3-8b")
                    || model_id.starts_with("meta.llama3-70b"))
            }
            Family::Mistral => {
                model_id.starts_with("mistral.mistral-large")
                    || model_id.starts_with("mistral.mistral-small")
                    || model_id.starts_with("mistral.pixtral-large")
            }
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn families_from_model_ids() {
        let cases = [
            ("amazon.titan-text-express-v1", Family::TitanText),
            ("amazon.titan-embed-text-v1", Family::TitanEmbedTextV1),
            ("amazon.titan-embed-text-v2:0", Family::TitanEmbedTextV2),
            ("amazon.titan-embed-image-v1", Family::TitanEmbedImage),
            ("amazon.titan-image-generator-v2:0", Family::TitanImage),
            ("anthropic.claude-v2:1", Family::ClaudeText),
            ("anthropic.claude-instant-v1", Family::ClaudeText),
            ("anthropic.claude-3-haiku-20240307-v1:0", Family::ClaudeMessages),
            ("anthropic.claude-sonnet-4-20250514-v1:0", Family::ClaudeMessages),
            ("anthropic.claude-opus-4-20250514-v1:0", Family::ClaudeMessages),
            ("ai21.j2-ultra-v1", Family::Jurassic),
            ("ai21.jamba-1-5-mini-v1:0", Family::Jamba),
            ("cohere.command-text-v14", Family::CohereCommand),
            ("cohere.command-light-text-v14", Family::CohereCommand),
            ("cohere.command-r-plus-v1:0", Family::CohereCommandR),
            ("cohere.embed-english-v3", Family::CohereEmbed),
            ("meta.llama2-13b-chat-v1", Family::Llama),
            ("meta.llama3-8b-instruct-v1:0", Family::Llama),
            ("mistral.mixtral-8x7b-instruct-v0:1", Family::Mistral),
            ("stability.stable-diffusion-xl-v1", Family::StableDiffusion),
            ("amazon.nova-pro-v1:0", Family::Nova),
            ("amazon.nova-canvas-v1:0", Family::TitanImage),
            ("stability.stable-image-core-v1:1", Family::StableImage),
            ("stability.stable-image-ultra-v1:1", Family::StableImage),
            ("stability.sd3-5-large-v1:0", Family::StableImage),
            ("meta.llama4-scout-17b-instruct-v1:0", Family::Llama),
            ("deepseek.r1-v1:0", Family::DeepSeek),
            ("openai.gpt-oss-20b-1:0", Family::OpenAi),
            ("openai.gpt-oss-120b-1:0", Family::OpenAi),
            ("writer.palmyra-x4-v1:0", Family::Writer),
            ("writer.palmyra-x5-v1:0", Family::Writer),
        ];
        for (id, family) in cases {
            assert_eq!(Family::of(id), Some(family), "{id}");
        }
        assert_eq!(Family::of("acme.unknown-v1"), None);
        assert!(!Family::Jurassic.streams());
        assert!(!Family::CohereEmbed.streams());
        assert!(Family::Mistral.streams());
        assert!(Family::DeepSeek.streams() && !Family::DeepSeek.supports_tools("deepseek.r1-v1:0"));
        assert!(Family::OpenAi.streams());
        assert!(Family::Llama.supports_tools("meta.llama3-1-8b-instruct-v1:0"));
        assert!(!Family::Llama.supports_tools("meta.llama3-8b-instruct-v1:0"));
    }

    #[test]
    fn every_catalog_model_has_a_family() {
        let catalog = super::super::super::catalog::Catalog::load().unwrap();
        for model in &catalog.models {
            let id = model["modelId"].as_str().unwrap();
            // Rerankers are served by Rerank (behaviours::retrieval), not by a body family.
            if id.contains(".rerank-") {
                continue;
            }
            assert!(Family::of(id).is_some(), "{id}");
        }
    }
}
