//! Stability AI SDXL request bodies (text to image, image to image, masking) and response
//! reading, as the Bedrock user guide documents them.

use aws_smithy_types::base64;
use serde_json::{Map, Value, json};

use super::family::{
    CFG_SCALE, COUNT, Family, HEIGHT, MASK_IMAGE, NEGATIVE, PROMPT_WEIGHT, SAMPLER, SEED,
    SIMILARITY_STRENGTH, SOURCE_IMAGE, STEPS, STYLE_PRESET, WIDTH, check_choice, check_decimal,
    check_integer, check_size, invalid_response, only_image_flags, require_png_or_jpeg, text_at,
};
use super::{GeneratedImage, ImageParams, ImageTask};
use crate::error::{Failure, Kind, Result};

/// The output sizes (width, height) the user guide lists.
const SIZES: &[(u32, u32)] = &[
    (1024, 1024),
    (1152, 896),
    (1216, 832),
    (1344, 768),
    (1536, 640),
    (640, 1536),
    (768, 1344),
    (832, 1216),
    (896, 1152),
];

const STYLE_PRESETS: &[&str] = &[
    "3d-model",
    "analog-film",
    "anime",
    "cinematic",
    "comic-book",
    "digital-art",
    "enhance",
    "fantasy-art",
    "isometric",
    "line-art",
    "low-poly",
    "modeling-compound",
    "neon-punk",
    "origami",
    "photographic",
    "pixel-art",
    "tile-texture",
];

const SAMPLERS: &[&str] = &[
    "DDIM",
    "DDPM",
    "K_DPMPP_2M",
    "K_DPMPP_2S_ANCESTRAL",
    "K_DPM_2",
    "K_DPM_2_ANCESTRAL",
    "K_EULER",
    "K_EULER_ANCESTRAL",
    "K_HEUN",
    "K_LMS",
];

/// The longest text of one `text_prompts` entry, in characters.
const TEXT_MAX: usize = 2000;

/// The documented `cfg_scale` and `steps` maxima of a model, and the name to report them under:
/// SDXL 0.8 takes 0-30 and 10-150, SDXL 1.0 0-35 and 10-50.
fn limits(model: Option<&str>) -> (f64, u64, &'static str) {
    match model {
        Some(model) if model.contains("stable-diffusion-xl-v0") => (30.0, 150, "Stability AI SDXL 0.8"),
        Some(model) if model.contains("stable-diffusion-xl-v1") => (35.0, 50, "Stability AI SDXL 1.0"),
        _ => (35.0, 50, Family::StabilitySdxl.display_name()),
    }
}

fn check_text(flag: &str, text: &str, who: &str) -> Result<()> {
    let length = text.chars().count();
    if length > TEXT_MAX {
        Err(Failure::usage(format!("{flag} is {length} characters long: {who} takes at most {TEXT_MAX}")))
    } else {
        Ok(())
    }
}

/// `{"text_prompts": [{"text", "weight"}…], "init_image", "init_image_mode", "image_strength",
/// "mask_source", "mask_image", "height", "width", "cfg_scale", "sampler", "samples", "seed",
/// "steps", "style_preset"}`; `--negative` is a prompt of weight -1. Image variation is SDXL's
/// image to image (`--similarity-strength` is `image_strength`), inpainting its masking with
/// black mask pixels replaced (as Titan's masks).
pub(super) fn build(params: &ImageParams, model: Option<&str>) -> Result<Value> {
    let who = Family::StabilitySdxl.display_name();
    let common = [PROMPT_WEIGHT, NEGATIVE, COUNT, CFG_SCALE, SEED, STEPS, STYLE_PRESET, SAMPLER];
    let (task_name, extra): (_, &[&str]) = match params.task {
        ImageTask::TextToImage => ("text-to-image generation", &[WIDTH, HEIGHT]),
        ImageTask::Variation => ("image variation", &[SIMILARITY_STRENGTH]),
        ImageTask::Inpainting => ("inpainting", &[MASK_IMAGE]),
        ImageTask::Outpainting => {
            return Err(Failure::usage(format!(
                "{who} does not do outpainting: use an Amazon Titan Image Generator model"
            )));
        }
    };
    let supported: Vec<&str> = common.iter().chain(extra).copied().collect();
    only_image_flags(params, &supported, &format!("{who} for {task_name}"))?;

    if params.prompt.trim().is_empty() {
        return Err(Failure::usage("the prompt is empty"));
    }
    check_text("the prompt", &params.prompt, who)?;
    if let Some(negative) = &params.negative {
        check_text(NEGATIVE, negative, who)?;
    }
    for (text, weight) in &params.weighted_prompts {
        check_text("a weighted prompt", text, who)?;
        if !weight.is_finite() {
            return Err(Failure::usage(format!("the weight {weight} of a prompt is not a number")));
        }
    }
    let (cfg_scale_maximum, steps_maximum, model_name) = limits(model);
    check_integer(COUNT, params.count.map(u64::from), 1, 1, who)?;
    check_size(params.width, params.height, SIZES, who)?;
    check_decimal(CFG_SCALE, params.cfg_scale, 0.0, cfg_scale_maximum, model_name)?;
    check_integer(SEED, params.seed, 0, 4_294_967_295, who)?;
    check_integer(STEPS, params.steps.map(u64::from), 10, steps_maximum, model_name)?;
    if let Some(style_preset) = &params.style_preset {
        check_choice(STYLE_PRESET, style_preset, STYLE_PRESETS, who)?;
    }
    if let Some(sampler) = &params.sampler {
        check_choice(SAMPLER, sampler, SAMPLERS, who)?;
    }
    check_decimal(SIMILARITY_STRENGTH, params.similarity_strength, 0.0, 1.0, who)?;

    let mut text_prompts = vec![json!({"text": params.prompt, "weight": 1.0})];
    text_prompts
        .extend(params.weighted_prompts.iter().map(|(text, weight)| json!({"text": text, "weight": weight})));
    if let Some(negative) = &params.negative {
        text_prompts.push(json!({"text": negative, "weight": -1.0}));
    }
    let mut body = Map::new();
    body.insert("text_prompts".into(), Value::Array(text_prompts));
    match params.task {
        ImageTask::TextToImage => {
            if params.source_image.is_some() {
                return Err(Failure::usage(format!(
                    "a source image ({SOURCE_IMAGE}) is not used by {who} for text-to-image generation"
                )));
            }
        }
        ImageTask::Variation => {
            body.insert("init_image".into(), json!(source_image(params, task_name, who)?));
            if let Some(strength) = params.similarity_strength {
                body.insert("init_image_mode".into(), json!("IMAGE_STRENGTH"));
                body.insert("image_strength".into(), json!(strength));
            }
        }
        ImageTask::Inpainting | ImageTask::Outpainting => {
            body.insert("init_image".into(), json!(source_image(params, task_name, who)?));
            let Some(mask) = &params.mask_image else {
                return Err(Failure::usage(format!(
                    "{task_name} with {who} needs a mask image ({MASK_IMAGE})"
                )));
            };
            require_png_or_jpeg(mask, MASK_IMAGE, who)?;
            body.insert("mask_source".into(), json!("MASK_IMAGE_BLACK"));
            body.insert("mask_image".into(), json!(base64::encode(mask)));
        }
    }
    if let Some(height) = params.height {
        body.insert("height".into(), json!(height));
    }
    if let Some(width) = params.width {
        body.insert("width".into(), json!(width));
    }
    if let Some(cfg_scale) = params.cfg_scale {
        body.insert("cfg_scale".into(), json!(cfg_scale));
    }
    if let Some(sampler) = &params.sampler {
        body.insert("sampler".into(), json!(sampler));
    }
    if let Some(count) = params.count {
        body.insert("samples".into(), json!(count));
    }
    if let Some(seed) = params.seed {
        body.insert("seed".into(), json!(seed));
    }
    if let Some(steps) = params.steps {
        body.insert("steps".into(), json!(steps));
    }
    if let Some(style_preset) = &params.style_preset {
        body.insert("style_preset".into(), json!(style_preset));
    }
    Ok(Value::Object(body))
}

/// The base64 source image image-to-image and masking require.
fn source_image(params: &ImageParams, task_name: &str, who: &str) -> Result<String> {
    match &params.source_image {
        Some(bytes) => {
            require_png_or_jpeg(bytes, SOURCE_IMAGE, who)?;
            Ok(base64::encode(bytes))
        }
        None => Err(Failure::usage(format!("{task_name} needs a source image ({SOURCE_IMAGE})"))),
    }
}

/// `{"result", "artifacts": [{"seed", "base64", "finishReason"}]}`; an artifact that ended in
/// `ERROR` or `CONTENT_FILTERED` is an error.
pub(super) fn extract(body: &Value) -> Result<Vec<GeneratedImage>> {
    let who = Family::StabilitySdxl.display_name();
    let artifacts =
        body.get("artifacts").and_then(Value::as_array).ok_or_else(|| invalid_response(who, "artifacts"))?;
    artifacts
        .iter()
        .map(|artifact| {
            match text_at(artifact, "/finishReason") {
                Some("ERROR") => {
                    return Err(Failure::new(
                        Kind::Service,
                        "model-error",
                        format!("{who}: image generation failed"),
                    ));
                }
                Some("CONTENT_FILTERED") => {
                    return Err(Failure::new(
                        Kind::Service,
                        "model-error",
                        format!("{who}: the image was filtered by the content filter"),
                    ));
                }
                _ => {}
            }
            let png_base64 = text_at(artifact, "/base64")
                .ok_or_else(|| invalid_response(who, "base64 in artifacts"))?
                .to_string();
            Ok(GeneratedImage { png_base64, seed: artifact.get("seed").and_then(Value::as_u64) })
        })
        .collect()
}

/// The aspect ratios Stable Image Core, Ultra and SD3.5 take, with the size they render.
const ASPECT_RATIOS: &[(&str, u32, u32)] = &[
    ("1:1", 1024, 1024),
    ("16:9", 1344, 768),
    ("21:9", 1536, 640),
    ("2:3", 832, 1216),
    ("3:2", 1216, 832),
    ("4:5", 896, 1088),
    ("5:4", 1088, 896),
    ("9:16", 768, 1344),
    ("9:21", 640, 1536),
];

/// Stable Image Core/Ultra and SD3.5 Large: `{"prompt", "negative_prompt", "aspect_ratio",
/// "seed", "output_format": "png", "mode": "text-to-image"}`; `--width`/`--height` choose the
/// aspect ratio whose size they are.
pub(super) fn build_stable_image(params: &ImageParams) -> Result<Value> {
    let who = Family::StableImage.display_name();
    if params.task != ImageTask::TextToImage {
        return Err(Failure::usage(format!("{who} does text-to-image generation only")));
    }
    only_image_flags(params, &[NEGATIVE, SEED, WIDTH, HEIGHT], who)?;
    if params.prompt.chars().count() > 10_000 {
        return Err(Failure::usage(format!("the prompt is too long: {who} takes at most 10000 characters")));
    }
    let mut body = Map::new();
    body.insert("prompt".into(), json!(params.prompt));
    if let Some(negative) = &params.negative {
        body.insert("negative_prompt".into(), json!(negative));
    }
    match (params.width, params.height) {
        (None, None) => {}
        (Some(width), Some(height)) => {
            let ratio = ASPECT_RATIOS
                .iter()
                .find(|(_, w, h)| (*w, *h) == (width, height))
                .map(|(ratio, _, _)| *ratio)
                .ok_or_else(|| {
                    let sizes: Vec<String> =
                        ASPECT_RATIOS.iter().map(|(_, w, h)| format!("{w}x{h}")).collect();
                    Failure::usage(format!(
                        "--width {width} --height {height} is not a size {who} supports (one of {})",
                        sizes.join(", ")
                    ))
                })?;
            body.insert("aspect_ratio".into(), json!(ratio));
        }
        _ => return Err(Failure::usage(format!("--width and --height go together for {who}"))),
    }
    if let Some(seed) = params.seed {
        check_integer(SEED, Some(seed), 0, 4_294_967_295, who)?;
        body.insert("seed".into(), json!(seed));
    }
    body.insert("output_format".into(), json!("png"));
    body.insert("mode".into(), json!("text-to-image"));
    Ok(Value::Object(body))
}

/// `{"images": [base64], "seeds": [n], "finish_reasons": [null | "Filter reason: …"]}`; a
/// non-null finish reason is an error.
pub(super) fn extract_stable_image(body: &Value) -> Result<Vec<GeneratedImage>> {
    let who = Family::StableImage.display_name();
    let images =
        body.get("images").and_then(Value::as_array).ok_or_else(|| invalid_response(who, "images"))?;
    let reasons = body.get("finish_reasons").and_then(Value::as_array);
    let seeds = body.get("seeds").and_then(Value::as_array);
    images
        .iter()
        .enumerate()
        .map(|(index, image)| {
            if let Some(reason) = reasons.and_then(|reasons| reasons.get(index)).and_then(Value::as_str) {
                return Err(Failure::new(Kind::Service, "model-error", format!("{who}: {reason}")));
            }
            let png_base64 = image.as_str().ok_or_else(|| invalid_response(who, "images"))?.to_string();
            let seed = seeds.and_then(|seeds| seeds.get(index)).and_then(Value::as_u64);
            Ok(GeneratedImage { png_base64, seed })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const PNG: &[u8] = b"\x89PNG\r\n\x1a\nrest";

    fn image(prompt: &str) -> ImageParams {
        ImageParams { prompt: prompt.into(), ..Default::default() }
    }

    #[test]
    fn text_to_image_body_has_the_documented_shape() {
        let params = ImageParams {
            weighted_prompts: vec![("green hills".into(), 0.5)],
            negative: Some("people".into()),
            count: Some(1),
            width: Some(1152),
            height: Some(896),
            cfg_scale: Some(10.0),
            seed: Some(0),
            steps: Some(50),
            style_preset: Some("photographic".into()),
            sampler: Some("K_DPMPP_2M".into()),
            ..image("Sri lanka tea plantation.")
        };
        assert_eq!(
            Family::StabilitySdxl.build_image(&params).unwrap(),
            json!({
                "text_prompts": [
                    {"text": "Sri lanka tea plantation.", "weight": 1.0},
                    {"text": "green hills", "weight": 0.5},
                    {"text": "people", "weight": -1.0}
                ],
                "height": 896,
                "width": 1152,
                "cfg_scale": 10.0,
                "sampler": "K_DPMPP_2M",
                "samples": 1,
                "seed": 0,
                "steps": 50,
                "style_preset": "photographic"
            })
        );
        assert_eq!(
            Family::StabilitySdxl.build_image(&image("A space ship.")).unwrap(),
            json!({"text_prompts": [{"text": "A space ship.", "weight": 1.0}]})
        );
    }

    #[test]
    fn image_to_image_and_masking_bodies() {
        let encoded = base64::encode(PNG);
        let variation = ImageParams {
            task: ImageTask::Variation,
            source_image: Some(PNG.to_vec()),
            similarity_strength: Some(0.35),
            style_preset: Some("isometric".into()),
            ..image("A space ship.")
        };
        assert_eq!(
            Family::StabilitySdxl.build_image(&variation).unwrap(),
            json!({
                "text_prompts": [{"text": "A space ship.", "weight": 1.0}],
                "init_image": encoded,
                "init_image_mode": "IMAGE_STRENGTH",
                "image_strength": 0.35,
                "style_preset": "isometric"
            })
        );
        let masking = ImageParams {
            task: ImageTask::Inpainting,
            source_image: Some(PNG.to_vec()),
            mask_image: Some(PNG.to_vec()),
            ..image("a red door")
        };
        assert_eq!(
            Family::StabilitySdxl.build_image(&masking).unwrap(),
            json!({
                "text_prompts": [{"text": "a red door", "weight": 1.0}],
                "init_image": encoded,
                "mask_source": "MASK_IMAGE_BLACK",
                "mask_image": encoded
            })
        );
    }

    #[test]
    fn flags_are_checked() {
        let family = Family::StabilitySdxl;
        let failure = family.build_image(&ImageParams { cfg_scale: Some(36.0), ..image("x") }).unwrap_err();
        assert_eq!(failure.message, "--cfg-scale 36 is out of range for Stability AI SDXL: allowed 0 to 35");
        let failure = family.build_image(&ImageParams { steps: Some(60), ..image("x") }).unwrap_err();
        assert_eq!(failure.message, "--steps 60 is out of range for Stability AI SDXL: allowed 10 to 50");
        let params = ImageParams { steps: Some(100), ..image("x") };
        assert!(family.build_image_for_model("stability.stable-diffusion-xl-v0", &params).is_ok());
        let failure = family.build_image_for_model("stability.stable-diffusion-xl-v1", &params).unwrap_err();
        assert_eq!(
            failure.message,
            "--steps 100 is out of range for Stability AI SDXL 1.0: allowed 10 to 50"
        );
        let failure =
            family.build_image(&ImageParams { seed: Some(4_294_967_296), ..image("x") }).unwrap_err();
        assert!(failure.message.ends_with("allowed 0 to 4294967295"));
        let failure = family.build_image(&ImageParams { count: Some(2), ..image("x") }).unwrap_err();
        assert_eq!(failure.message, "--count 2 is out of range for Stability AI SDXL: allowed 1 to 1");
        let failure = family
            .build_image(&ImageParams { width: Some(512), height: Some(512), ..image("x") })
            .unwrap_err();
        assert!(failure.message.contains("allowed 1024x1024, 1152x896"));
        let failure = family
            .build_image(&ImageParams { style_preset: Some("watercolor".into()), ..image("x") })
            .unwrap_err();
        assert!(
            failure.message.starts_with(
                "--style-preset watercolor is not valid for Stability AI SDXL: allowed 3d-model"
            )
        );
        let failure =
            family.build_image(&ImageParams { sampler: Some("EULER".into()), ..image("x") }).unwrap_err();
        assert!(
            failure.message.starts_with("--sampler EULER is not valid for Stability AI SDXL: allowed DDIM")
        );
        let failure =
            family.build_image(&ImageParams { quality: Some("premium".into()), ..image("x") }).unwrap_err();
        assert!(
            failure
                .message
                .starts_with("--quality is not supported by Stability AI SDXL for text-to-image generation")
        );
        let failure = family
            .build_image(&ImageParams {
                mask_prompt: Some("sky".into()),
                task: ImageTask::Inpainting,
                ..image("x")
            })
            .unwrap_err();
        assert!(
            failure.message.starts_with("--mask-prompt is not supported by Stability AI SDXL for inpainting")
        );
        let failure =
            family.build_image(&ImageParams { task: ImageTask::Outpainting, ..image("x") }).unwrap_err();
        assert!(failure.message.contains("does not do outpainting"));
        assert_eq!(family.build_image(&image("")).unwrap_err().message, "the prompt is empty");
        let failure =
            family.build_image(&ImageParams { task: ImageTask::Variation, ..image("x") }).unwrap_err();
        assert_eq!(failure.message, "image variation needs a source image (--source-image)");
    }

    #[test]
    fn response_is_read() {
        let body = json!({"result": "success", "artifacts": [{"seed": 1234, "base64": "iVBORw0KGgo=", "finishReason": "SUCCESS"}]});
        assert_eq!(
            Family::StabilitySdxl.extract_images(&body).unwrap(),
            vec![GeneratedImage { png_base64: "iVBORw0KGgo=".into(), seed: Some(1234) }]
        );
        let filtered = json!({"result": "success", "artifacts": [{"seed": 1, "base64": "x", "finishReason": "CONTENT_FILTERED"}]});
        assert_eq!(Family::StabilitySdxl.extract_images(&filtered).unwrap_err().exit_code(), 254);
        assert_eq!(
            Family::StabilitySdxl.extract_images(&json!({"result": "success"})).unwrap_err().code,
            "invalid-response"
        );
    }

    #[test]
    fn stable_image_bodies_and_responses() {
        let family = Family::StableImage;
        let params = ImageParams {
            negative: Some("fog".into()),
            seed: Some(7),
            width: Some(1344),
            height: Some(768),
            ..image("A lighthouse")
        };
        assert_eq!(
            family.build_image(&params).unwrap(),
            json!({"prompt": "A lighthouse", "negative_prompt": "fog", "aspect_ratio": "16:9", "seed": 7,
                "output_format": "png", "mode": "text-to-image"})
        );
        let odd = family.build_image(&ImageParams { width: Some(1000), height: Some(1000), ..image("x") });
        assert!(odd.unwrap_err().message.starts_with("--width 1000 --height 1000 is not a size"));
        assert_eq!(
            family.build_image(&ImageParams { steps: Some(30), ..image("x") }).unwrap_err().exit_code(),
            252
        );
        let body = json!({"images": ["aGk="], "seeds": [42], "finish_reasons": [null]});
        let images = family.extract_images(&body).unwrap();
        assert_eq!(images[0].png_base64, "aGk=");
        assert_eq!(images[0].seed, Some(42));
        let filtered = json!({"images": [""], "seeds": [1], "finish_reasons": ["Filter reason: prompt"]});
        assert_eq!(family.extract_images(&filtered).unwrap_err().exit_code(), 254);
    }
}
