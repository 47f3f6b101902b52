//! Amazon Titan request bodies and response reading: Titan Text, Titan Embeddings (G1 - Text,
//! Text V2, Multimodal G1) and Titan Image Generator, as the Bedrock user guide documents them.

use aws_smithy_types::base64;
use serde_json::{Map, Value, json};

use super::family::{
    CFG_SCALE, COUNT, DIMENSIONS, Family, HEIGHT, IMAGE, MASK_IMAGE, MASK_PROMPT, MAX_TOKENS, NEGATIVE,
    NORMALIZE, OUTPAINTING_MODE, QUALITY, SEED, SIMILARITY_STRENGTH, SOURCE_IMAGE, STOP, TEMPERATURE, TOP_P,
    WIDTH, check_choice, check_decimal, check_integer, check_size, invalid_response, number_vector,
    only_embed_flags, only_image_flags, only_text_flags, optional_count, optional_text, require_png_or_jpeg,
    required_text, text_at, transcript,
};
use super::{Completion, EmbedParams, GeneratedImage, ImageParams, ImageTask, StreamPiece, TextParams};
use crate::error::{Failure, Kind, Result};

// ----- Titan Text -----

/// The largest `maxTokenCount` of any Titan Text model (Express).
const TEXT_MAX_TOKENS: u64 = 8192;

/// The documented `maxTokenCount` maximum of a Titan Text model, and the name to report it under.
fn text_max_tokens(model: Option<&str>) -> (u64, &'static str) {
    let model = model.unwrap_or_default();
    if model.contains("titan-text-lite") {
        (4096, "Amazon Titan Text Lite")
    } else if model.contains("titan-text-premier") {
        (3072, "Amazon Titan Text Premier")
    } else if model.contains("titan-text-express") {
        (8192, "Amazon Titan Text Express")
    } else {
        (TEXT_MAX_TOKENS, Family::TitanText.display_name())
    }
}

/// `{"inputText", "textGenerationConfig": {maxTokenCount, stopSequences, temperature, topP}}`;
/// history turns make the prompt a "User: …\nBot: …" conversation.
pub(super) fn build_text(params: &TextParams, model: Option<&str>) -> Result<Value> {
    let who = Family::TitanText.display_name();
    only_text_flags(params, &[MAX_TOKENS, TEMPERATURE, TOP_P, STOP], who)?;
    let (maximum, model_name) = text_max_tokens(model);
    check_integer(MAX_TOKENS, params.max_tokens.map(u64::from), 0, maximum, model_name)?;
    check_decimal(TEMPERATURE, params.temperature, 0.0, 1.0, who)?;
    check_decimal(TOP_P, params.top_p, 0.0, 1.0, who)?;
    let mut config = Map::new();
    if let Some(max_tokens) = params.max_tokens {
        config.insert("maxTokenCount".into(), json!(max_tokens));
    }
    if !params.stop.is_empty() {
        config.insert("stopSequences".into(), json!(params.stop));
    }
    if let Some(temperature) = params.temperature {
        config.insert("temperature".into(), json!(temperature));
    }
    if let Some(top_p) = params.top_p {
        config.insert("topP".into(), json!(top_p));
    }
    let mut body = Map::new();
    body.insert("inputText".into(), json!(transcript(params, "Bot")));
    if !config.is_empty() {
        body.insert("textGenerationConfig".into(), Value::Object(config));
    }
    Ok(Value::Object(body))
}

/// `{inputTextTokenCount, results: [{tokenCount, outputText, completionReason}]}`.
pub(super) fn extract_text(body: &Value) -> Result<Completion> {
    let who = Family::TitanText.display_name();
    Ok(Completion {
        text: required_text(body, "/results/0/outputText", who)?,
        stop_reason: optional_text(body, "/results/0/completionReason"),
        input_tokens: optional_count(body, "/inputTextTokenCount"),
        output_tokens: optional_count(body, "/results/0/tokenCount"),
    })
}

/// `{index, inputTextTokenCount, totalOutputTextTokenCount, outputText, completionReason}`.
pub(super) fn extract_stream_chunk(chunk: &Value) -> Result<StreamPiece> {
    Ok(StreamPiece {
        text: text_at(chunk, "/outputText").unwrap_or_default().to_string(),
        stop_reason: optional_text(chunk, "/completionReason"),
        input_tokens: optional_count(chunk, "/inputTextTokenCount"),
        output_tokens: optional_count(chunk, "/totalOutputTextTokenCount"),
    })
}

// ----- Titan Embeddings -----

/// The one text of a Titan embedding request, which must not be empty.
fn single_text<'params>(params: &'params EmbedParams, who: &str) -> Result<&'params str> {
    match params.texts.as_slice() {
        [] => Err(Failure::usage("there is no text to embed")),
        [text] if text.trim().is_empty() => Err(Failure::usage("the text to embed is empty")),
        [text] => Ok(text),
        many => Err(Failure::usage(format!("{who} embeds one text per request (got {})", many.len()))),
    }
}

/// Titan Embeddings G1 - Text: `{"inputText"}`.
pub(super) fn build_embedding_v1(params: &EmbedParams) -> Result<Value> {
    let who = Family::TitanEmbedText.display_name();
    only_embed_flags(params, &[], who)?;
    Ok(json!({"inputText": single_text(params, who)?}))
}

/// Titan Text Embeddings V2: `{"inputText", "dimensions": 256|512|1024, "normalize"}`.
pub(super) fn build_embedding_v2(params: &EmbedParams) -> Result<Value> {
    let who = Family::TitanEmbedTextV2.display_name();
    only_embed_flags(params, &[DIMENSIONS, NORMALIZE], who)?;
    let text = single_text(params, who)?;
    if let Some(dimensions) = params.dimensions {
        check_choice(DIMENSIONS, &dimensions.to_string(), &["256", "512", "1024"], who)?;
    }
    let mut body = Map::new();
    body.insert("inputText".into(), json!(text));
    if let Some(dimensions) = params.dimensions {
        body.insert("dimensions".into(), json!(dimensions));
    }
    if let Some(normalize) = params.normalize {
        body.insert("normalize".into(), json!(normalize));
    }
    Ok(Value::Object(body))
}

/// Titan Multimodal Embeddings G1: `{"inputText"?, "inputImage"?, "embeddingConfig":
/// {"outputEmbeddingLength": 256|384|1024}}`, at least one of text and image.
pub(super) fn build_embedding_image(params: &EmbedParams) -> Result<Value> {
    let who = Family::TitanEmbedImage.display_name();
    only_embed_flags(params, &[IMAGE, DIMENSIONS], who)?;
    let text = match (params.texts.is_empty(), &params.image) {
        (true, None) => {
            return Err(Failure::usage(format!("{who} needs a text or an image (--image) to embed")));
        }
        (true, Some(_)) => None,
        (false, _) => Some(single_text(params, who)?),
    };
    if let Some(dimensions) = params.dimensions {
        check_choice(DIMENSIONS, &dimensions.to_string(), &["256", "384", "1024"], who)?;
    }
    if let Some(image) = &params.image
        && !matches!(image.media_type.as_str(), "image/png" | "image/jpeg")
    {
        return Err(Failure::usage(format!(
            "--image of type {} is not supported by {who}: allowed image/png, image/jpeg",
            image.media_type
        )));
    }
    let mut body = Map::new();
    if let Some(text) = text {
        body.insert("inputText".into(), json!(text));
    }
    if let Some(image) = &params.image {
        body.insert("inputImage".into(), json!(base64::encode(&image.data)));
    }
    if let Some(dimensions) = params.dimensions {
        body.insert("embeddingConfig".into(), json!({"outputEmbeddingLength": dimensions}));
    }
    Ok(Value::Object(body))
}

/// `{"embedding": [float, …], "inputTextTokenCount", "message"?}`: one vector.
pub(super) fn extract_embedding(family: Family, body: &Value) -> Result<Vec<Vec<f64>>> {
    let who = family.display_name();
    match body.get("embedding").and_then(number_vector) {
        Some(vector) => Ok(vec![vector]),
        None => match text_at(body, "/message") {
            Some(message) if !message.is_empty() => {
                Err(Failure::new(Kind::Service, "model-error", format!("{who}: {message}")))
            }
            _ => Err(invalid_response(who, "embedding")),
        },
    }
}

// ----- Titan Image Generator -----

/// The output sizes (width, height) the user guide lists.
const IMAGE_SIZES: &[(u32, u32)] = &[
    (1024, 1024),
    (768, 768),
    (512, 512),
    (768, 1152),
    (384, 576),
    (1152, 768),
    (576, 384),
    (768, 1280),
    (384, 640),
    (1280, 768),
    (640, 384),
    (896, 1152),
    (448, 576),
    (1152, 896),
    (576, 448),
    (768, 1408),
    (384, 704),
    (1408, 768),
    (704, 384),
    (640, 1408),
    (320, 704),
    (1408, 640),
    (704, 320),
    (1152, 640),
    (1173, 640),
];

/// The longest `text` and `negativeText`, in characters.
const IMAGE_TEXT_MAX: usize = 512;

fn check_image_text(flag: &str, text: &str, who: &str) -> Result<()> {
    let length = text.chars().count();
    if length > IMAGE_TEXT_MAX {
        Err(Failure::usage(format!(
            "{flag} is {length} characters long: {who} takes at most {IMAGE_TEXT_MAX}"
        )))
    } else {
        Ok(())
    }
}

/// The task's body fields: `taskType`, the task parameter object, and the shared
/// `imageGenerationConfig` {numberOfImages, quality, height, width, cfgScale, seed}.
pub(super) fn build_image(params: &ImageParams) -> Result<Value> {
    let who = Family::TitanImage.display_name();
    let common = [NEGATIVE, COUNT, WIDTH, HEIGHT, CFG_SCALE, QUALITY];
    let (task_type, parameters_field, task_name, extra): (_, _, _, &[&str]) = match params.task {
        ImageTask::TextToImage => ("TEXT_IMAGE", "textToImageParams", "text-to-image generation", &[SEED]),
        ImageTask::Variation => {
            ("IMAGE_VARIATION", "imageVariationParams", "image variation", &[SIMILARITY_STRENGTH])
        }
        ImageTask::Inpainting => ("INPAINTING", "inPaintingParams", "inpainting", &[MASK_PROMPT, MASK_IMAGE]),
        ImageTask::Outpainting => {
            ("OUTPAINTING", "outPaintingParams", "outpainting", &[MASK_PROMPT, MASK_IMAGE, OUTPAINTING_MODE])
        }
    };
    let supported: Vec<&str> = common.iter().chain(extra).copied().collect();
    only_image_flags(params, &supported, &format!("{who} for {task_name}"))?;

    let prompt = params.prompt.trim();
    let prompt_required = matches!(params.task, ImageTask::TextToImage | ImageTask::Outpainting);
    if prompt_required && prompt.is_empty() {
        return Err(Failure::usage("the prompt is empty"));
    }
    check_image_text("the prompt", &params.prompt, who)?;
    if let Some(negative) = &params.negative {
        check_image_text(NEGATIVE, negative, who)?;
    }
    check_integer(COUNT, params.count.map(u64::from), 1, 5, who)?;
    check_size(params.width, params.height, IMAGE_SIZES, who)?;
    check_decimal(CFG_SCALE, params.cfg_scale, 1.1, 10.0, who)?;
    check_integer(SEED, params.seed, 0, 2_147_483_646, who)?;
    if let Some(quality) = &params.quality {
        check_choice(QUALITY, quality, &["standard", "premium"], who)?;
    }
    check_decimal(SIMILARITY_STRENGTH, params.similarity_strength, 0.2, 1.0, who)?;
    if let Some(mode) = &params.outpainting_mode {
        check_choice(OUTPAINTING_MODE, mode, &["DEFAULT", "PRECISE"], who)?;
    }

    let mut task = Map::new();
    if !prompt.is_empty() {
        task.insert("text".into(), json!(params.prompt));
    }
    if let Some(negative) = &params.negative {
        task.insert("negativeText".into(), json!(negative));
    }
    match params.task {
        ImageTask::TextToImage => {
            if params.source_image.is_some() {
                return Err(Failure::usage(format!(
                    "a source image ({SOURCE_IMAGE}) is not used by {who} for text-to-image generation"
                )));
            }
        }
        ImageTask::Variation => {
            let source = source_image(params, task_name, who)?;
            task.insert("images".into(), json!([source]));
            if let Some(strength) = params.similarity_strength {
                task.insert("similarityStrength".into(), json!(strength));
            }
        }
        ImageTask::Inpainting | ImageTask::Outpainting => {
            task.insert("image".into(), json!(source_image(params, task_name, who)?));
            match (&params.mask_prompt, &params.mask_image) {
                (Some(mask_prompt), None) => {
                    task.insert("maskPrompt".into(), json!(mask_prompt));
                }
                (None, Some(mask_image)) => {
                    require_png_or_jpeg(mask_image, MASK_IMAGE, who)?;
                    task.insert("maskImage".into(), json!(base64::encode(mask_image)));
                }
                (None, None) => {
                    return Err(Failure::usage(format!(
                        "{task_name} needs a mask: give {MASK_PROMPT} or {MASK_IMAGE}"
                    )));
                }
                (Some(_), Some(_)) => {
                    return Err(Failure::usage(format!(
                        "give either {MASK_PROMPT} or {MASK_IMAGE}, not both"
                    )));
                }
            }
            if let Some(mode) = &params.outpainting_mode {
                task.insert("outPaintingMode".into(), json!(mode));
            }
        }
    }

    let mut config = Map::new();
    if let Some(count) = params.count {
        config.insert("numberOfImages".into(), json!(count));
    }
    if let Some(quality) = &params.quality {
        config.insert("quality".into(), json!(quality));
    }
    if let Some(height) = params.height {
        config.insert("height".into(), json!(height));
    }
    if let Some(width) = params.width {
        config.insert("width".into(), json!(width));
    }
    if let Some(cfg_scale) = params.cfg_scale {
        config.insert("cfgScale".into(), json!(cfg_scale));
    }
    if let Some(seed) = params.seed {
        config.insert("seed".into(), json!(seed));
    }
    let mut body = Map::new();
    body.insert("taskType".into(), json!(task_type));
    body.insert(parameters_field.into(), Value::Object(task));
    if !config.is_empty() {
        body.insert("imageGenerationConfig".into(), Value::Object(config));
    }
    Ok(Value::Object(body))
}

/// The base64 source image an editing task requires.
fn source_image(params: &ImageParams, task_name: &str, who: &str) -> Result<String> {
    match &params.source_image {
        Some(bytes) => {
            require_png_or_jpeg(bytes, SOURCE_IMAGE, who)?;
            Ok(base64::encode(bytes))
        }
        None => Err(Failure::usage(format!("{task_name} needs a source image ({SOURCE_IMAGE})"))),
    }
}

/// `{"images": [base64, …], "error": string}`.
pub(super) fn extract_images(body: &Value) -> Result<Vec<GeneratedImage>> {
    let who = Family::TitanImage.display_name();
    if let Some(error) = text_at(body, "/error")
        && !error.is_empty()
    {
        return Err(Failure::new(Kind::Service, "model-error", format!("{who}: {error}")));
    }
    let images =
        body.get("images").and_then(Value::as_array).ok_or_else(|| invalid_response(who, "images"))?;
    images
        .iter()
        .map(|image| {
            image
                .as_str()
                .map(|data| GeneratedImage { png_base64: data.to_string(), seed: None })
                .ok_or_else(|| invalid_response(who, "base64 image in images"))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::{ImageAttachment, Role, Turn};

    const PNG: &[u8] = b"\x89PNG\r\n\x1a\nrest";

    fn text(prompt: &str) -> TextParams {
        TextParams { prompt: prompt.into(), ..Default::default() }
    }

    #[test]
    fn text_body_has_the_documented_shape() {
        let params = TextParams {
            max_tokens: Some(3072),
            temperature: Some(0.7),
            top_p: Some(0.9),
            stop: vec!["|".into()],
            ..text("Summarize this.")
        };
        assert_eq!(
            Family::TitanText.build_text(&params).unwrap(),
            json!({
                "inputText": "Summarize this.",
                "textGenerationConfig": {"maxTokenCount": 3072, "stopSequences": ["|"], "temperature": 0.7, "topP": 0.9}
            })
        );
        assert_eq!(Family::TitanText.build_text(&text("hi")).unwrap(), json!({"inputText": "hi"}));
    }

    #[test]
    fn text_history_becomes_a_user_bot_conversation() {
        let params = TextParams {
            history: vec![
                Turn { role: Role::User, text: "Hello".into() },
                Turn { role: Role::Assistant, text: "Hi there".into() },
            ],
            ..text("How are you?")
        };
        assert_eq!(
            Family::TitanText.build_text(&params).unwrap(),
            json!({"inputText": "User: Hello\nBot: Hi there\nUser: How are you?\nBot:"})
        );
    }

    #[test]
    fn text_flags_are_checked() {
        let failure = Family::TitanText.build_text(&TextParams { top_k: Some(5), ..text("hi") }).unwrap_err();
        assert_eq!(
            failure.message,
            "--top-k is not supported by Amazon Titan Text (it takes --max-tokens, --temperature, --top-p, --stop)"
        );
        let failure =
            Family::TitanText.build_text(&TextParams { temperature: Some(1.5), ..text("hi") }).unwrap_err();
        assert_eq!(
            failure.message,
            "--temperature 1.5 is out of range for Amazon Titan Text: allowed 0 to 1"
        );
        assert_eq!(failure.exit_code(), 252);
        let failure = Family::TitanText
            .build_text(&TextParams { system: vec!["be brief".into()], ..text("hi") })
            .unwrap_err();
        assert!(failure.message.starts_with("--system is not supported by Amazon Titan Text"));
    }

    #[test]
    fn text_max_tokens_follow_the_model() {
        let params = TextParams { max_tokens: Some(5000), ..text("hi") };
        assert!(Family::TitanText.build_text(&params).is_ok());
        assert!(Family::TitanText.build_text_for_model("amazon.titan-text-express-v1", &params).is_ok());
        let failure =
            Family::TitanText.build_text_for_model("amazon.titan-text-lite-v1", &params).unwrap_err();
        assert_eq!(
            failure.message,
            "--max-tokens 5000 is out of range for Amazon Titan Text Lite: allowed 0 to 4096"
        );
        let failure =
            Family::TitanText.build_text_for_model("us.amazon.titan-text-premier-v1:0", &params).unwrap_err();
        assert_eq!(
            failure.message,
            "--max-tokens 5000 is out of range for Amazon Titan Text Premier: allowed 0 to 3072"
        );
        let failure =
            Family::TitanText.build_text(&TextParams { max_tokens: Some(9000), ..text("hi") }).unwrap_err();
        assert!(failure.message.contains("allowed 0 to 8192"));
    }

    #[test]
    fn text_response_is_read() {
        let body = json!({
            "inputTextTokenCount": 12,
            "results": [{"tokenCount": 40, "outputText": "\nAction items: ...\n", "completionReason": "FINISHED"}]
        });
        assert_eq!(
            Family::TitanText.extract_text(&body).unwrap(),
            Completion {
                text: "\nAction items: ...\n".into(),
                stop_reason: Some("FINISHED".into()),
                input_tokens: Some(12),
                output_tokens: Some(40)
            }
        );
        let failure = Family::TitanText.extract_text(&json!({"results": []})).unwrap_err();
        assert_eq!(failure.code, "invalid-response");
        assert_eq!(failure.exit_code(), 255);
    }

    #[test]
    fn text_stream_chunks_are_read() {
        let chunk = json!({"index": 0, "inputTextTokenCount": 5, "totalOutputTextTokenCount": 3, "outputText": "Hel", "completionReason": null});
        assert_eq!(
            Family::TitanText.extract_stream_chunk(&chunk).unwrap(),
            StreamPiece {
                text: "Hel".into(),
                stop_reason: None,
                input_tokens: Some(5),
                output_tokens: Some(3)
            }
        );
        let last = json!({"outputText": "", "completionReason": "LENGTH", "totalOutputTextTokenCount": 9});
        let piece = Family::TitanText.extract_stream_chunk(&last).unwrap();
        assert_eq!(piece.stop_reason.as_deref(), Some("LENGTH"));
        assert_eq!(piece.text, "");
    }

    fn embed(text: &str) -> EmbedParams {
        EmbedParams { texts: vec![text.into()], ..Default::default() }
    }

    #[test]
    fn embedding_bodies_have_the_documented_shapes() {
        assert_eq!(
            Family::TitanEmbedText.build_embedding(&embed("hello")).unwrap(),
            json!({"inputText": "hello"})
        );
        let params = EmbedParams {
            dimensions: Some(512),
            normalize: Some(true),
            ..embed("What are the different services that you offer?")
        };
        assert_eq!(
            Family::TitanEmbedTextV2.build_embedding(&params).unwrap(),
            json!({"inputText": "What are the different services that you offer?", "dimensions": 512, "normalize": true})
        );
        let params = EmbedParams {
            image: Some(ImageAttachment { media_type: "image/png".into(), data: PNG.to_vec() }),
            dimensions: Some(256),
            ..embed("hi")
        };
        assert_eq!(
            Family::TitanEmbedImage.build_embedding(&params).unwrap(),
            json!({"inputText": "hi", "inputImage": base64::encode(PNG), "embeddingConfig": {"outputEmbeddingLength": 256}})
        );
    }

    #[test]
    fn embedding_flags_are_checked() {
        let failure = Family::TitanEmbedText
            .build_embedding(&EmbedParams { dimensions: Some(256), ..embed("hi") })
            .unwrap_err();
        assert_eq!(
            failure.message,
            "--dimensions is not supported by Amazon Titan Embeddings G1 - Text (it takes no options)"
        );
        let failure = Family::TitanEmbedTextV2
            .build_embedding(&EmbedParams { dimensions: Some(384), ..embed("hi") })
            .unwrap_err();
        assert_eq!(
            failure.message,
            "--dimensions 384 is not valid for Amazon Titan Text Embeddings V2: allowed 256, 512, 1024"
        );
        let failure = Family::TitanEmbedImage
            .build_embedding(&EmbedParams { dimensions: Some(512), ..embed("hi") })
            .unwrap_err();
        assert!(failure.message.ends_with("allowed 256, 384, 1024"));
        let failure = Family::TitanEmbedTextV2
            .build_embedding(&EmbedParams { input_type: Some("search_query".into()), ..embed("hi") })
            .unwrap_err();
        assert_eq!(
            failure.message,
            "--input-type is not supported by Amazon Titan Text Embeddings V2 (it takes --dimensions, --normalize)"
        );
        let two = EmbedParams { texts: vec!["a".into(), "b".into()], ..Default::default() };
        assert_eq!(
            Family::TitanEmbedTextV2.build_embedding(&two).unwrap_err().message,
            "Amazon Titan Text Embeddings V2 embeds one text per request (got 2)"
        );
        assert_eq!(
            Family::TitanEmbedText.build_embedding(&EmbedParams::default()).unwrap_err().message,
            "there is no text to embed"
        );
        assert!(Family::TitanEmbedImage.build_embedding(&EmbedParams::default()).is_err());
    }

    #[test]
    fn embedding_response_is_read() {
        let body = json!({"embedding": [0.5, -1, 2.25], "inputTextTokenCount": 3});
        assert_eq!(Family::TitanEmbedTextV2.extract_embeddings(&body).unwrap(), vec![vec![0.5, -1.0, 2.25]]);
        let failure =
            Family::TitanEmbedImage.extract_embeddings(&json!({"message": "bad image"})).unwrap_err();
        assert_eq!(failure.exit_code(), 254);
        assert_eq!(
            Family::TitanEmbedText.extract_embeddings(&json!({})).unwrap_err().code,
            "invalid-response"
        );
    }

    fn image(prompt: &str) -> ImageParams {
        ImageParams { prompt: prompt.into(), ..Default::default() }
    }

    #[test]
    fn text_to_image_body_has_the_documented_shape() {
        let params = ImageParams {
            negative: Some("mirrors".into()),
            count: Some(1),
            width: Some(1024),
            height: Some(1024),
            cfg_scale: Some(8.0),
            seed: Some(0),
            quality: Some("standard".into()),
            ..image("A photograph of a cup of coffee from the side.")
        };
        assert_eq!(
            Family::TitanImage.build_image(&params).unwrap(),
            json!({
                "taskType": "TEXT_IMAGE",
                "textToImageParams": {"text": "A photograph of a cup of coffee from the side.", "negativeText": "mirrors"},
                "imageGenerationConfig": {"numberOfImages": 1, "quality": "standard", "height": 1024, "width": 1024, "cfgScale": 8.0, "seed": 0}
            })
        );
        assert_eq!(
            Family::TitanImage.build_image(&image("a cat")).unwrap(),
            json!({"taskType": "TEXT_IMAGE", "textToImageParams": {"text": "a cat"}})
        );
    }

    #[test]
    fn editing_bodies_have_the_documented_shapes() {
        let encoded = base64::encode(PNG);
        let variation = ImageParams {
            task: ImageTask::Variation,
            source_image: Some(PNG.to_vec()),
            similarity_strength: Some(0.7),
            ..image("")
        };
        assert_eq!(
            Family::TitanImage.build_image(&variation).unwrap(),
            json!({"taskType": "IMAGE_VARIATION", "imageVariationParams": {"images": [encoded], "similarityStrength": 0.7}})
        );
        let inpainting = ImageParams {
            task: ImageTask::Inpainting,
            source_image: Some(PNG.to_vec()),
            mask_prompt: Some("window".into()),
            ..image("a sea view")
        };
        assert_eq!(
            Family::TitanImage.build_image(&inpainting).unwrap(),
            json!({"taskType": "INPAINTING", "inPaintingParams": {"text": "a sea view", "image": encoded, "maskPrompt": "window"}})
        );
        let outpainting = ImageParams {
            task: ImageTask::Outpainting,
            source_image: Some(PNG.to_vec()),
            mask_image: Some(PNG.to_vec()),
            outpainting_mode: Some("PRECISE".into()),
            ..image("a garden")
        };
        assert_eq!(
            Family::TitanImage.build_image(&outpainting).unwrap(),
            json!({
                "taskType": "OUTPAINTING",
                "outPaintingParams": {"text": "a garden", "image": encoded, "maskImage": encoded, "outPaintingMode": "PRECISE"}
            })
        );
    }

    #[test]
    fn image_flags_are_checked() {
        let family = Family::TitanImage;
        let failure = family.build_image(&ImageParams { count: Some(6), ..image("a cat") }).unwrap_err();
        assert_eq!(
            failure.message,
            "--count 6 is out of range for Amazon Titan Image Generator: allowed 1 to 5"
        );
        let failure =
            family.build_image(&ImageParams { cfg_scale: Some(1.0), ..image("a cat") }).unwrap_err();
        assert_eq!(
            failure.message,
            "--cfg-scale 1 is out of range for Amazon Titan Image Generator: allowed 1.1 to 10"
        );
        let failure =
            family.build_image(&ImageParams { seed: Some(2_147_483_647), ..image("a cat") }).unwrap_err();
        assert!(failure.message.ends_with("allowed 0 to 2147483646"));
        let failure = family
            .build_image(&ImageParams { width: Some(1000), height: Some(1000), ..image("a cat") })
            .unwrap_err();
        assert!(
            failure.message.starts_with(
                "--width 1000 --height 1000 is not a size Amazon Titan Image Generator supports"
            )
        );
        let failure = family.build_image(&ImageParams { width: Some(1024), ..image("a cat") }).unwrap_err();
        assert_eq!(failure.message, "--width and --height go together for Amazon Titan Image Generator");
        let failure = family.build_image(&ImageParams { steps: Some(30), ..image("a cat") }).unwrap_err();
        assert!(failure.message.starts_with(
            "--steps is not supported by Amazon Titan Image Generator for text-to-image generation"
        ));
        let failure = family
            .build_image(&ImageParams {
                task: ImageTask::Variation,
                seed: Some(1),
                source_image: Some(PNG.to_vec()),
                ..image("")
            })
            .unwrap_err();
        assert!(
            failure
                .message
                .starts_with("--seed is not supported by Amazon Titan Image Generator for image variation")
        );
        assert_eq!(family.build_image(&image(" ")).unwrap_err().message, "the prompt is empty");
        let failure =
            family.build_image(&ImageParams { task: ImageTask::Inpainting, ..image("x") }).unwrap_err();
        assert_eq!(failure.message, "inpainting needs a source image (--source-image)");
        let failure = family
            .build_image(&ImageParams {
                task: ImageTask::Inpainting,
                source_image: Some(PNG.to_vec()),
                ..image("x")
            })
            .unwrap_err();
        assert_eq!(failure.message, "inpainting needs a mask: give --mask-prompt or --mask-image");
        let failure = family
            .build_image(&ImageParams {
                task: ImageTask::Variation,
                source_image: Some(b"GIF89a".to_vec()),
                ..image("")
            })
            .unwrap_err();
        assert!(failure.message.contains("PNG or JPEG"), "{}", failure.message);
        let failure = family.build_image(&image(&"x".repeat(513))).unwrap_err();
        assert!(failure.message.contains("at most 512"));
        let failure = family
            .build_image(&ImageParams {
                task: ImageTask::Variation,
                source_image: Some(PNG.to_vec()),
                similarity_strength: Some(0.1),
                ..image("")
            })
            .unwrap_err();
        assert!(failure.message.ends_with("allowed 0.2 to 1"));
    }

    #[test]
    fn image_response_is_read() {
        let body = json!({"images": ["aW1hZ2Ux", "aW1hZ2Uy"], "error": null});
        assert_eq!(
            Family::TitanImage.extract_images(&body).unwrap(),
            vec![
                GeneratedImage { png_base64: "aW1hZ2Ux".into(), seed: None },
                GeneratedImage { png_base64: "aW1hZ2Uy".into(), seed: None }
            ]
        );
        let failure =
            Family::TitanImage.extract_images(&json!({"error": "blocked by content filters"})).unwrap_err();
        assert_eq!(failure.exit_code(), 254);
        assert!(failure.message.contains("blocked by content filters"));
        assert_eq!(Family::TitanImage.extract_images(&json!({})).unwrap_err().code, "invalid-response");
    }
}
