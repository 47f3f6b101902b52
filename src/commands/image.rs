//! `bedrock image MODEL PROMPT`: Titan Image Generator and Stability SDXL. Writes real PNG files to
//! `--out-dir`, named predictably, atomically, never over an existing file without `--force`;
//! prints the paths (or JSON with paths and seeds).

use std::path::{Path, PathBuf};

use aws_smithy_types::Blob;
use clap::{Args, ValueEnum};
use serde_json::json;

use super::invoke::family_for;
use crate::context::{Ctx, Service};
use crate::error::{Failure, Result};
use crate::models::{ImageParams, ImageTask, Modality};

/// What to do with the source image.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Task {
    TextToImage,
    Variation,
    Inpainting,
    Outpainting,
}

#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Examples:\n  bedrock image titan-image \"a lighthouse at dawn\" --count 2 --width 512 --height 512\n  bedrock image sdxl \"a fox, watercolour\" --style-preset digital-art --seed 42 --out-dir art\n  bedrock image titan-image \"same, in winter\" --task variation --source-image photo.png\n  bedrock image titan-image \"a red door\" --task inpainting --source-image house.png --mask-prompt door"
)]
pub struct ImageArgs {
    /// Model id, alias, ARN or provisioned throughput name of an image model.
    #[arg(value_name = "MODEL")]
    pub model: String,

    /// What to draw.
    #[arg(value_name = "PROMPT")]
    pub prompt: String,

    /// What not to draw.
    #[arg(long, value_name = "TEXT")]
    pub negative: Option<String>,

    /// Number of images.
    #[arg(long, value_name = "N")]
    pub count: Option<u32>,

    /// Width in pixels.
    #[arg(long, value_name = "PX")]
    pub width: Option<u32>,

    /// Height in pixels.
    #[arg(long, value_name = "PX")]
    pub height: Option<u32>,

    /// How closely to follow the prompt.
    #[arg(long, value_name = "X")]
    pub cfg_scale: Option<f64>,

    /// Random seed, for reproducible images.
    #[arg(long, value_name = "N")]
    pub seed: Option<u64>,

    /// Diffusion steps (SDXL).
    #[arg(long, value_name = "N")]
    pub steps: Option<u32>,

    /// Style preset (SDXL), e.g. photographic, digital-art, anime.
    #[arg(long, value_name = "NAME")]
    pub style_preset: Option<String>,

    /// Sampler (SDXL), e.g. K_DPMPP_2M.
    #[arg(long, value_name = "NAME")]
    pub sampler: Option<String>,

    /// Extra weighted prompt (SDXL): TEXT=WEIGHT (repeatable).
    #[arg(long, value_name = "TEXT=WEIGHT")]
    pub prompt_weight: Vec<String>,

    /// Quality (Titan): standard or premium.
    #[arg(long, value_name = "QUALITY")]
    pub quality: Option<String>,

    /// Task (Titan): text-to-image, variation, inpainting, outpainting.
    #[arg(long, value_enum, default_value = "text-to-image")]
    pub task: Task,

    /// The source image of a variation, inpainting or outpainting task.
    #[arg(long, value_name = "PATH")]
    pub source_image: Option<PathBuf>,

    /// Describe the region to change (inpainting/outpainting).
    #[arg(long, value_name = "TEXT")]
    pub mask_prompt: Option<String>,

    /// A mask image of the region to change (inpainting/outpainting).
    #[arg(long, value_name = "PATH")]
    pub mask_image: Option<PathBuf>,

    /// How similar a variation stays to the source (0.2 to 1.0).
    #[arg(long, value_name = "X")]
    pub similarity_strength: Option<f64>,

    /// Outpainting mode: DEFAULT or PRECISE.
    #[arg(long, value_name = "MODE")]
    pub outpainting_mode: Option<String>,

    /// Directory for the PNG files (created when missing).
    #[arg(long, value_name = "DIR", default_value = ".")]
    pub out_dir: PathBuf,

    /// File name prefix (default: from the prompt); files are PREFIX-1.png, PREFIX-2.png, …
    #[arg(long, value_name = "PREFIX")]
    pub name: Option<String>,

    /// Overwrite existing files.
    #[arg(long)]
    pub force: bool,

    /// The model family, for custom or provisioned model ARNs.
    #[arg(long, value_name = "NAME")]
    pub family: Option<String>,

    /// Print the request body instead of sending it.
    #[arg(long)]
    pub dry_run: bool,
}

/// A file-name prefix from the prompt: lower-case words joined by dashes, at most 40 characters.
pub fn slug(prompt: &str) -> String {
    let mut slug = String::new();
    for word in prompt.split(|c: char| !c.is_alphanumeric()).filter(|word| !word.is_empty()) {
        let word = word.to_lowercase();
        if slug.len() + word.len() + 1 > 40 {
            break;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(&word);
    }
    if slug.is_empty() { "image".to_string() } else { slug }
}

const PNG_SIGNATURE: &[u8] = &[0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a];

fn read_image(path: &Path, flag: &str) -> Result<Vec<u8>> {
    crate::input::attachment(path, flag, 50_000_000)
}

/// Write bytes to `path` through a temporary file in the same directory.
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    crate::files::write_bytes_atomically(path, bytes, false)
        .map_err(|error| Failure::file(path, "write", &error))
}

pub async fn run(ctx: &Ctx, mut args: ImageArgs) -> Result<()> {
    ctx.output.validate_query()?;
    args.model = super::throughput::model_for_name(ctx, &args.model).await?;
    args.family = super::invoke::looked_up_family(ctx, &args.model, args.family.take()).await?;
    let model = crate::models::resolve_model(&ctx.settings, &args.model);
    let family = family_for(&model, args.family.as_deref())?.ok_or_else(|| {
        Failure::usage(format!("cannot tell the request format of model '{model}'"))
            .with_hint("pass --family NAME")
    })?;
    if family.modality() != Modality::Image {
        return Err(Failure::usage(format!("{model} is not an image model ({})", family.display_name())));
    }
    if args.prompt.trim().is_empty() {
        return Err(Failure::usage("the prompt is empty"));
    }
    let weighted_prompts = args
        .prompt_weight
        .iter()
        .map(|pair| {
            let (text, weight) = crate::input::key_value(pair, "--prompt-weight")?;
            let weight: f64 = weight.parse().map_err(|_| {
                Failure::usage(format!("--prompt-weight '{pair}': the weight is not a number"))
            })?;
            Ok((text, weight))
        })
        .collect::<Result<Vec<_>>>()?;
    let task = match args.task {
        Task::TextToImage => ImageTask::TextToImage,
        Task::Variation => ImageTask::Variation,
        Task::Inpainting => ImageTask::Inpainting,
        Task::Outpainting => ImageTask::Outpainting,
    };
    if task != ImageTask::TextToImage && args.source_image.is_none() {
        return Err(Failure::usage("--task variation, inpainting and outpainting need --source-image"));
    }
    let params = ImageParams {
        prompt: args.prompt.clone(),
        weighted_prompts,
        negative: args.negative.clone(),
        count: args.count,
        width: args.width,
        height: args.height,
        cfg_scale: args.cfg_scale,
        seed: args.seed,
        steps: args.steps,
        style_preset: args.style_preset.clone(),
        sampler: args.sampler.clone(),
        task,
        source_image: args
            .source_image
            .as_deref()
            .map(|path| read_image(path, "--source-image"))
            .transpose()?,
        mask_prompt: args.mask_prompt.clone(),
        mask_image: args.mask_image.as_deref().map(|path| read_image(path, "--mask-image")).transpose()?,
        similarity_strength: args.similarity_strength,
        outpainting_mode: args.outpainting_mode.clone(),
        quality: args.quality.clone(),
    };
    let body = family.build_image_for_model(&model, &params)?;
    if args.dry_run {
        return ctx.output.json_document(&body);
    }

    // Decide the file names before calling, so an existing file stops us before any cost.
    let expected = args.count.unwrap_or(1).max(1) as usize;
    let prefix = args.name.clone().unwrap_or_else(|| slug(&args.prompt));
    // A missing --out-dir is created (after the call succeeds); a file in its place is an error.
    if args.out_dir.exists() && !args.out_dir.is_dir() {
        return Err(Failure::usage(format!("--out-dir {} is not a directory", args.out_dir.display())));
    }
    let path_for = |index: usize| args.out_dir.join(format!("{prefix}-{}.png", index + 1));
    if !args.force
        && let Some(existing) = (0..expected).map(path_for).find(|path| path.exists())
    {
        return Err(Failure::usage(format!("{} already exists", existing.display()))
            .with_hint("pass --force to overwrite, or --name/--out-dir to write elsewhere"));
    }

    let client = ctx.bedrock_runtime().await?;
    let response = client
        .invoke_model()
        .model_id(&model)
        .content_type("application/json")
        .accept("application/json")
        .body(Blob::new(body.to_string()))
        .send()
        .await;
    let output = match response {
        Ok(output) => output,
        Err(error) => return Err(ctx.failure(Service::BedrockRuntime, error).await),
    };
    let _ = ctx.capture.take();
    let document = crate::input::parse_json(output.body.as_ref(), "the model's response")
        .map_err(|failure| Failure::other("invalid-response", failure.message))?;
    let images = family.extract_images(&document)?;
    if images.is_empty() {
        return Err(Failure::other("invalid-response", "the model returned no image"));
    }
    if !args.out_dir.is_dir() {
        std::fs::create_dir_all(&args.out_dir)
            .map_err(|error| Failure::file(&args.out_dir, "create the --out-dir directory", &error))?;
    }
    let mut decoded = Vec::with_capacity(images.len());
    for image in &images {
        let bytes = aws_smithy_types::base64::decode(&image.png_base64)
            .map_err(|_| Failure::other("invalid-response", "an image is not valid base64"))?;
        if !bytes.starts_with(PNG_SIGNATURE) {
            return Err(Failure::other("invalid-response", "an image is not a PNG file"));
        }
        decoded.push(bytes);
    }
    if !args.force
        && let Some(existing) = (0..decoded.len()).map(path_for).find(|path| path.exists())
    {
        return Err(Failure::usage(format!("{} already exists", existing.display()))
            .with_hint("pass --force to overwrite"));
    }
    let mut written = Vec::with_capacity(decoded.len());
    for (index, bytes) in decoded.iter().enumerate() {
        let path = path_for(index);
        write_atomically(&path, bytes)?;
        written.push(
            json!({"path": path.display().to_string(), "seed": images[index].seed, "bytes": bytes.len()}),
        );
    }
    if ctx.output.runtime_wants_json() {
        return ctx.output.json_document(&json!(written));
    }
    let mut text = String::new();
    for entry in &written {
        text.push_str(entry["path"].as_str().unwrap_or_default());
        text.push('\n');
    }
    ctx.output.write_stdout(text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_predictable() {
        assert_eq!(slug("A lighthouse at dawn!"), "a-lighthouse-at-dawn");
        assert_eq!(slug("***"), "image");
        assert!(slug(&"word ".repeat(30)).len() <= 40);
    }
}
