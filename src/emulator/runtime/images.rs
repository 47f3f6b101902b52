//! InvokeModel for the image families (Titan Image Generator and Nova Canvas, Stable Diffusion
//! XL): real PNG files of the requested size with deterministic pixels (a gradient with a disc,
//! coloured by the prompt, the seed and the image's index).

use std::io::Cursor;

use serde_json::{Map, Value, json};

use super::super::errors::ServiceError;
use super::super::faults::mix;
use super::family::Family;
use super::generation::{count_words, hash_text};
use super::schema::{Checked, malformed};
use super::text_models::Outcome;

/// Titan Image Generator's sizes (width, height).
const TITAN_SIZES: &[(u64, u64)] = &[
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

/// Stable Diffusion XL's sizes (width, height).
const STABLE_DIFFUSION_SIZES: &[(u64, u64)] = &[
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

/// Render one RGB image as PNG bytes.
pub fn render_png(width: u32, height: u32, seed: u64) -> Result<Vec<u8>, ServiceError> {
    let colour = |salt: u64| {
        let bits = mix(seed ^ salt);
        [(bits & 0xff) as f64, ((bits >> 8) & 0xff) as f64, ((bits >> 16) & 0xff) as f64]
    };
    let (start, end, disc) = (colour(1), colour(2), colour(3));
    let centre_x = (mix(seed ^ 4) % u64::from(width.max(1))) as f64;
    let centre_y = (mix(seed ^ 5) % u64::from(height.max(1))) as f64;
    let radius = f64::from(width.min(height)) * (0.15 + (mix(seed ^ 6) % 20) as f64 / 100.0);
    let mut pixels = Vec::with_capacity(width as usize * height as usize * 3);
    for y in 0..height {
        for x in 0..width {
            let across = f64::from(x) / f64::from(width.max(2) - 1);
            let down = f64::from(y) / f64::from(height.max(2) - 1);
            let mix_ratio = (across + down) / 2.0;
            let (dx, dy) = (f64::from(x) - centre_x, f64::from(y) - centre_y);
            let inside = dx * dx + dy * dy <= radius * radius;
            for channel in 0..3 {
                let value = if inside {
                    disc[channel]
                } else {
                    start[channel] * (1.0 - mix_ratio) + end[channel] * mix_ratio
                };
                pixels.push(value.clamp(0.0, 255.0) as u8);
            }
        }
    }
    let mut bytes = Vec::new();
    let failed = |_| ServiceError::internal();
    let mut encoder = png::Encoder::new(&mut bytes, width, height);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Fast);
    let mut writer = encoder.write_header().map_err(failed)?;
    writer.write_image_data(&pixels).map_err(failed)?;
    writer.finish().map_err(failed)?;
    Ok(bytes)
}

/// The size of a PNG given as base64, if it is one.
fn png_size(base64: &str) -> Option<(u64, u64)> {
    let bytes = aws_smithy_types::base64::decode(base64).ok()?;
    let mut decoder = png::Decoder::new(Cursor::new(bytes));
    let info = decoder.read_header_info().ok()?;
    Some((u64::from(info.width), u64::from(info.height)))
}

/// Invoke an image model.
pub fn invoke(family: Family, model_id: &str, body: &Map<String, Value>) -> Result<Outcome, ServiceError> {
    match family {
        Family::TitanImage => titan(model_id, body),
        Family::StableDiffusion => stable_diffusion(body),
        Family::StableImage => stable_image(model_id, body),
        _ => Err(ServiceError::validation("The provided model identifier is invalid.")),
    }
}

const TASK_PARAMETERS: &[(&str, &str)] = &[
    ("TEXT_IMAGE", "textToImageParams"),
    ("INPAINTING", "inPaintingParams"),
    ("OUTPAINTING", "outPaintingParams"),
    ("IMAGE_VARIATION", "imageVariationParams"),
    ("COLOR_GUIDED_GENERATION", "colorGuidedGenerationParams"),
    ("BACKGROUND_REMOVAL", "backgroundRemovalParams"),
];

fn titan(model_id: &str, body: &Map<String, Value>) -> Result<Outcome, ServiceError> {
    let root = Checked::root(body);
    let task = root.required_string("taskType")?;
    let Some((_, parameters_key)) = TASK_PARAMETERS.iter().find(|(name, _)| *name == task) else {
        return Err(malformed("#/taskType", &format!("{task} is not a valid enum value")));
    };
    let Some((parameters, pointer)) = root.optional_object(parameters_key)? else {
        return Err(malformed("#", &format!("required key [{parameters_key}] not found")));
    };
    let parameters = Checked { object: parameters, pointer: &pointer };
    let text = match task {
        "TEXT_IMAGE" | "OUTPAINTING" | "COLOR_GUIDED_GENERATION" => parameters.required_string("text")?,
        _ => parameters.optional_string("text")?.unwrap_or_default(),
    };
    if text.chars().count() > 512 {
        return Err(malformed(
            &format!("{pointer}/text"),
            &format!("expected maxLength: 512, actual: {}", text.chars().count()),
        ));
    }
    parameters.optional_string("negativeText")?;
    let input_image = match task {
        "INPAINTING" | "OUTPAINTING" | "BACKGROUND_REMOVAL" => Some(parameters.required_string("image")?),
        "IMAGE_VARIATION" => {
            let images = parameters.required_array("images")?;
            if images.is_empty() || images.len() > 5 {
                return Err(malformed(
                    &format!("{pointer}/images"),
                    &format!("expected between 1 and 5 items, found: {}", images.len()),
                ));
            }
            images.first().and_then(Value::as_str)
        }
        _ => None,
    };
    let mut count = 1;
    let mut size = input_image.and_then(png_size).unwrap_or((1024, 1024));
    let mut seed = 0;
    if let Some((config, config_pointer)) = root.optional_object("imageGenerationConfig")? {
        let config = Checked { object: config, pointer: &config_pointer };
        count = config.optional_integer("numberOfImages", 1.0, 5.0)?.unwrap_or(1);
        config.optional_number("cfgScale", 1.1, 10.0)?;
        config.optional_enum("quality", &["standard", "premium"])?;
        seed = config.optional_integer("seed", 0.0, 2_147_483_646.0)?.unwrap_or(0);
        let width = config.optional_integer("width", 1.0, 4096.0)?;
        let height = config.optional_integer("height", 1.0, 4096.0)?;
        if width.is_some() || height.is_some() {
            size = (width.unwrap_or(size.0), height.unwrap_or(size.1));
            let valid = if model_id.starts_with("amazon.nova-canvas") {
                (320..=4096).contains(&size.0)
                    && (320..=4096).contains(&size.1)
                    && size.0 % 16 == 0
                    && size.1 % 16 == 0
            } else {
                TITAN_SIZES.contains(&size)
            };
            if !valid {
                return Err(malformed(
                    &config_pointer,
                    &format!("the image size {}x{} (width x height) is not supported", size.0, size.1),
                ));
            }
        }
    }
    let base = hash_text(&format!("{task}\n{text}\n{seed}"));
    let images = (0..count)
        .map(|index| {
            render_png(size.0 as u32, size.1 as u32, base ^ mix(index)).map(aws_smithy_types::base64::encode)
        })
        .collect::<Result<Vec<_>, _>>()?;
    let tokens = count_words(text);
    Ok(Outcome {
        body: json!({"images": images, "error": null}),
        chunks: Default::default(),
        input_tokens: tokens,
        output_tokens: 0,
    })
}

fn stable_diffusion(body: &Map<String, Value>) -> Result<Outcome, ServiceError> {
    let root = Checked::root(body);
    let prompts = root.required_array("text_prompts")?;
    if prompts.is_empty() {
        return Err(malformed("#/text_prompts", "expected minimum item count: 1, found: 0"));
    }
    let mut texts = Vec::new();
    for (index, prompt) in prompts.iter().enumerate() {
        let pointer = format!("#/text_prompts/{index}");
        let Some(object) = prompt.as_object() else {
            return Err(malformed(&pointer, "expected type: JSONObject"));
        };
        let prompt = Checked { object, pointer: &pointer };
        let text = prompt.required_string("text")?;
        if text.chars().count() > 2000 {
            return Err(malformed(&format!("{pointer}/text"), "expected maxLength: 2000"));
        }
        prompt.optional_number("weight", -10.0, 10.0)?;
        texts.push(text.to_string());
    }
    root.optional_number("cfg_scale", 0.0, 35.0)?;
    root.optional_integer("steps", 10.0, 150.0)?;
    root.optional_integer("samples", 1.0, 1.0)?;
    root.optional_enum(
        "clip_guidance_preset",
        &["FAST_BLUE", "FAST_GREEN", "NONE", "SIMPLE", "SLOW", "SLOWER", "SLOWEST"],
    )?;
    root.optional_enum(
        "sampler",
        &[
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
        ],
    )?;
    root.optional_enum(
        "style_preset",
        &[
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
        ],
    )?;
    let joined = texts.join("\n");
    let requested_seed = root.optional_integer("seed", 0.0, 4_294_967_295.0)?.unwrap_or(0);
    let seed = if requested_seed == 0 { hash_text(&joined) % 4_294_967_295 + 1 } else { requested_seed };
    let init_size = root.optional_string("init_image")?.and_then(png_size);
    let width = root.optional_integer("width", 1.0, 4096.0)?;
    let height = root.optional_integer("height", 1.0, 4096.0)?;
    let size = match (width, height, init_size) {
        (None, None, Some(size)) => size,
        _ => {
            let size = (width.unwrap_or(1024), height.unwrap_or(1024));
            if !STABLE_DIFFUSION_SIZES.contains(&size) {
                return Err(malformed(
                    "#",
                    &format!("the image size {}x{} (width x height) is not supported", size.0, size.1),
                ));
            }
            size
        }
    };
    let image = render_png(size.0 as u32, size.1 as u32, hash_text(&format!("{joined}\n{seed}")))?;
    let tokens = count_words(&joined);
    Ok(Outcome {
        body: json!({
            "result": "success",
            "artifacts": [{"seed": seed, "base64": aws_smithy_types::base64::encode(image), "finishReason": "SUCCESS"}],
        }),
        chunks: Default::default(),
        input_tokens: tokens,
        output_tokens: 0,
    })
}

/// Stable Image Core/Ultra and SD3.5 Large: `{"prompt", "negative_prompt", "aspect_ratio",
/// "seed", "output_format", "mode"}` (SD3.5 also image to image with `image` and `strength`) →
/// `{"seeds", "finish_reasons": [null], "images"}`.
fn stable_image(model_id: &str, body: &Map<String, Value>) -> Result<Outcome, ServiceError> {
    let root = Checked::root(body);
    let sd3 = model_id.starts_with("stability.sd3-");
    let mut allowed = vec!["prompt", "negative_prompt", "aspect_ratio", "seed", "output_format", "mode"];
    if sd3 {
        allowed.extend(["image", "strength"]);
    }
    root.no_extra_keys(&allowed)?;
    let prompt = root.required_string("prompt")?;
    if prompt.chars().count() > 10_000 {
        return Err(malformed("#/prompt", "expected maxLength: 10000"));
    }
    if root.optional_string("negative_prompt")?.is_some_and(|text| text.chars().count() > 10_000) {
        return Err(malformed("#/negative_prompt", "expected maxLength: 10000"));
    }
    let modes: &[&str] = if sd3 { &["text-to-image", "image-to-image"] } else { &["text-to-image"] };
    let mode = root.optional_enum("mode", modes)?.unwrap_or("text-to-image");
    let ratio = root
        .optional_enum("aspect_ratio", &["16:9", "1:1", "21:9", "2:3", "3:2", "4:5", "5:4", "9:16", "9:21"])?
        .unwrap_or("1:1");
    let format = root.optional_enum("output_format", &["png", "jpeg", "webp"])?.unwrap_or("png");
    if format != "png" {
        return Err(ServiceError::validation(format!(
            "The emulator renders PNG images only: output_format {format} is not emulated."
        )));
    }
    let mut size = match ratio {
        "16:9" => (1344, 768),
        "21:9" => (1536, 640),
        "2:3" => (832, 1216),
        "3:2" => (1216, 832),
        "4:5" => (896, 1088),
        "5:4" => (1088, 896),
        "9:16" => (768, 1344),
        "9:21" => (640, 1536),
        _ => (1024, 1024),
    };
    if mode == "image-to-image" {
        let image =
            root.optional_string("image")?.ok_or_else(|| malformed("#", "required key [image] not found"))?;
        root.optional_number("strength", 0.0, 1.0)?;
        let bytes = aws_smithy_types::base64::decode(image)
            .map_err(|_| malformed("#/image", "the image is not valid base64"))?;
        if let Some((width, height)) = png_size(&aws_smithy_types::base64::encode(&bytes)) {
            size = (width as u32, height as u32);
        }
    }
    let requested_seed = root.optional_integer("seed", 0.0, 4_294_967_295.0)?.unwrap_or(0);
    let seed = if requested_seed == 0 { hash_text(prompt) % 4_294_967_295 + 1 } else { requested_seed };
    let image = render_png(size.0, size.1, hash_text(&format!("{prompt}\n{seed}")))?;
    Ok(Outcome {
        body: json!({
            "seeds": [seed],
            "finish_reasons": [null],
            "images": [aws_smithy_types::base64::encode(image)],
        }),
        chunks: Default::default(),
        input_tokens: count_words(prompt),
        output_tokens: 0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(base64: &str) -> (u32, u32, Vec<u8>) {
        let bytes = aws_smithy_types::base64::decode(base64).unwrap();
        let mut reader = png::Decoder::new(Cursor::new(bytes)).read_info().unwrap();
        let mut buffer = vec![0; reader.output_buffer_size().unwrap()];
        let frame = reader.next_frame(&mut buffer).unwrap();
        buffer.truncate(frame.buffer_size());
        (frame.width, frame.height, buffer)
    }

    #[test]
    fn titan_images_decode_to_the_requested_size() {
        let body = json!({
            "taskType": "TEXT_IMAGE",
            "textToImageParams": {"text": "a lighthouse at dusk"},
            "imageGenerationConfig": {"numberOfImages": 2, "width": 512, "height": 512, "seed": 7},
        });
        let outcome =
            invoke(Family::TitanImage, "amazon.titan-image-generator-v1", body.as_object().unwrap()).unwrap();
        let images = outcome.body["images"].as_array().unwrap();
        assert_eq!(images.len(), 2);
        let (width, height, first) = decode(images[0].as_str().unwrap());
        assert_eq!((width, height), (512, 512));
        let (_, _, second) = decode(images[1].as_str().unwrap());
        assert_ne!(first, second, "each image differs");
        let again =
            invoke(Family::TitanImage, "amazon.titan-image-generator-v1", body.as_object().unwrap()).unwrap();
        assert_eq!(again.body, outcome.body, "deterministic");
        assert!(outcome.body["error"].is_null());
    }

    #[test]
    fn titan_defaults_and_errors() {
        let body = json!({"taskType": "TEXT_IMAGE", "textToImageParams": {"text": "x"}});
        let outcome =
            invoke(Family::TitanImage, "amazon.titan-image-generator-v2:0", body.as_object().unwrap())
                .unwrap();
        let (width, height, _) = decode(outcome.body["images"][0].as_str().unwrap());
        assert_eq!((width, height), (1024, 1024));
        let bad = json!({"taskType": "TEXT_IMAGE", "textToImageParams": {"text": "x"}, "imageGenerationConfig": {"width": 1000, "height": 1000}});
        assert!(
            invoke(Family::TitanImage, "amazon.titan-image-generator-v1", bad.as_object().unwrap()).is_err()
        );
        let missing = json!({"taskType": "TEXT_IMAGE", "textToImageParams": {}});
        let error =
            invoke(Family::TitanImage, "amazon.titan-image-generator-v1", missing.as_object().unwrap())
                .unwrap_err();
        assert!(
            error.message.contains("#/textToImageParams: required key [text] not found"),
            "{}",
            error.message
        );
        let variation_input = aws_smithy_types::base64::encode(render_png(384, 576, 1).unwrap());
        let variation =
            json!({"taskType": "IMAGE_VARIATION", "imageVariationParams": {"images": [variation_input]}});
        let outcome =
            invoke(Family::TitanImage, "amazon.titan-image-generator-v1", variation.as_object().unwrap())
                .unwrap();
        let (width, height, _) = decode(outcome.body["images"][0].as_str().unwrap());
        assert_eq!((width, height), (384, 576));
    }

    #[test]
    fn stable_diffusion_artifacts_report_seeds() {
        let body = json!({"text_prompts": [{"text": "a red fox"}], "width": 1152, "height": 896, "seed": 42});
        let outcome =
            invoke(Family::StableDiffusion, "stability.stable-diffusion-xl-v1", body.as_object().unwrap())
                .unwrap();
        assert_eq!(outcome.body["result"], "success");
        let artifact = &outcome.body["artifacts"][0];
        assert_eq!(artifact["seed"], 42);
        assert_eq!(artifact["finishReason"], "SUCCESS");
        let (width, height, _) = decode(artifact["base64"].as_str().unwrap());
        assert_eq!((width, height), (1152, 896));
        let random = json!({"text_prompts": [{"text": "a red fox"}]});
        let outcome =
            invoke(Family::StableDiffusion, "stability.stable-diffusion-xl-v1", random.as_object().unwrap())
                .unwrap();
        let seed = outcome.body["artifacts"][0]["seed"].as_u64().unwrap();
        assert!(seed > 0);
        let bad = json!({"text_prompts": [{"text": "x"}], "width": 1000});
        assert!(
            invoke(Family::StableDiffusion, "stability.stable-diffusion-xl-v1", bad.as_object().unwrap())
                .is_err()
        );
        assert!(
            invoke(
                Family::StableDiffusion,
                "stability.stable-diffusion-xl-v1",
                json!({}).as_object().unwrap()
            )
            .is_err()
        );
    }

    #[test]
    fn stable_image_models_answer_with_images_and_seeds() {
        let call = |model: &str, body: Value| invoke(Family::StableImage, model, body.as_object().unwrap());
        let outcome = call(
            "stability.stable-image-core-v1:1",
            json!({"prompt": "a fox", "aspect_ratio": "16:9", "seed": 5}),
        )
        .unwrap();
        assert_eq!(outcome.body["seeds"], json!([5]));
        assert_eq!(outcome.body["finish_reasons"], json!([null]));
        let (width, height, _) = decode(outcome.body["images"][0].as_str().unwrap());
        assert_eq!((width, height), (1344, 768));
        let missing = call("stability.stable-image-ultra-v1:1", json!({"aspect_ratio": "1:1"})).unwrap_err();
        assert!(missing.message.contains("required key [prompt] not found"), "{}", missing.message);
        let ratio =
            call("stability.sd3-5-large-v1:0", json!({"prompt": "x", "aspect_ratio": "7:3"})).unwrap_err();
        assert!(ratio.message.contains("#/aspect_ratio"), "{}", ratio.message);
        assert!(
            call("stability.stable-image-core-v1:1", json!({"prompt": "x", "mode": "image-to-image"}))
                .is_err()
        );
        assert!(
            call("stability.sd3-5-large-v1:0", json!({"prompt": "x", "mode": "image-to-image"})).is_err()
        );
        assert!(call("stability.stable-image-core-v1:1", json!({"prompt": "x", "cfg_scale": 7})).is_err());
    }
}
