//! `bedrock embed MODEL [TEXT…]`: embeddings for Titan (v1, v2, multimodal) and Cohere Embed.
//! Texts from arguments give one JSON array of vectors; `--input FILE.jsonl` or stdin lines give
//! one NDJSON line per input with its id.

use std::io::BufRead;
use std::path::PathBuf;

use aws_smithy_types::Blob;
use clap::Args;
use serde_json::{Value, json};

use super::invoke::{family_for, read_images};
use crate::context::{Ctx, Service};
use crate::error::{Failure, Result};
use crate::models::{EmbedParams, Family, Modality};

#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Examples:\n  bedrock embed titan-embed-text-v2 \"hello world\" --dimensions 256\n  bedrock embed cohere.embed-english-v3 \"first\" \"second\" --input-type search_query\n  bedrock embed titan-embed-image --image cat.png\n  cut -f2 notes.tsv | bedrock embed titan-embed-text     # one NDJSON line per input line\n  bedrock embed titan-embed-text --input texts.jsonl --concurrency 16   # lines: \"text\" or {\"id\": …, \"text\": …}"
)]
pub struct EmbedArgs {
    /// Model id, alias, ARN or provisioned throughput name of an embedding model.
    #[arg(value_name = "MODEL")]
    pub model: String,

    /// Texts to embed (each gets a vector).
    #[arg(value_name = "TEXT")]
    pub texts: Vec<String>,

    #[command(flatten)]
    pub bulk: crate::bulk::BulkFlags,

    /// An image to embed (Titan Multimodal Embeddings).
    #[arg(long, value_name = "PATH")]
    pub image: Option<PathBuf>,

    /// Vector length (Titan v2: 256, 512, 1024; multimodal: 256, 384, 1024).
    #[arg(long, value_name = "N")]
    pub dimensions: Option<u32>,

    /// Normalise vectors to unit length (Titan v2).
    #[arg(long, value_name = "BOOL")]
    pub normalize: Option<bool>,

    /// Cohere input type: search_document, search_query, classification, clustering.
    #[arg(long, value_name = "TYPE")]
    pub input_type: Option<String>,

    /// Cohere truncation: NONE, START, END.
    #[arg(long, value_name = "MODE")]
    pub truncate: Option<String>,

    /// The model family, for custom or provisioned model ARNs.
    #[arg(long, value_name = "NAME")]
    pub family: Option<String>,

    /// Print the request body of the first request instead of sending it.
    #[arg(long)]
    pub dry_run: bool,
}

/// The text of one input line: a plain or JSON string, or an object with `text` (or
/// `inputText`, `prompt`).
fn line_text(line: &crate::bulk::Line) -> Result<String> {
    let text = match &line.record {
        Value::String(text) => text.clone(),
        Value::Object(object) => ["text", "inputText", "prompt"]
            .iter()
            .find_map(|key| object.get(*key).and_then(Value::as_str))
            .ok_or_else(|| Failure::usage(format!("input line {}: no `text` field", line.number)))?
            .to_string(),
        _ => {
            return Err(Failure::usage(format!(
                "input line {}: expected a string or an object with `text`",
                line.number
            )));
        }
    };
    if text.trim().is_empty() {
        return Err(Failure::usage(format!("input line {}: the text is empty", line.number)));
    }
    Ok(text)
}

struct Embedder<'a> {
    ctx: &'a Ctx,
    model: String,
    family: Family,
    template: EmbedParams,
}

impl Embedder<'_> {
    /// The request body for some texts (and the image, if any).
    fn body(&self, texts: Vec<String>) -> Result<Value> {
        let params = EmbedParams { texts, ..self.template.clone() };
        self.family.build_embedding(&params)
    }

    async fn call(&self, body: Value) -> Result<Vec<Vec<f64>>> {
        let client = self.ctx.bedrock_runtime().await?;
        let response = client
            .invoke_model()
            .model_id(&self.model)
            .content_type("application/json")
            .accept("application/json")
            .body(Blob::new(body.to_string()))
            .send()
            .await;
        let output = match response {
            Ok(output) => output,
            Err(error) => return Err(self.ctx.failure(Service::BedrockRuntime, error).await),
        };
        let _ = self.ctx.capture.take();
        let document = crate::input::parse_json(output.body.as_ref(), "the model's response")
            .map_err(|failure| Failure::other("invalid-response", failure.message))?;
        self.family.extract_embeddings(&document)
    }

    /// Embed texts: one request for families that take many texts, else one per text.
    async fn embed(&self, texts: Vec<String>) -> Result<Vec<Vec<f64>>> {
        let per_request = self.family.texts_per_request().max(1);
        let mut vectors = Vec::with_capacity(texts.len());
        for batch in texts.chunks(per_request) {
            vectors.extend(self.call(self.body(batch.to_vec())?).await?);
        }
        if texts.is_empty() {
            vectors.extend(self.call(self.body(Vec::new())?).await?);
        }
        Ok(vectors)
    }
}

pub async fn run(ctx: &Ctx, mut args: EmbedArgs) -> Result<()> {
    ctx.output.validate_query()?;
    args.model = super::throughput::model_for_name(ctx, &args.model).await?;
    args.family = super::invoke::looked_up_family(ctx, &args.model, args.family.take()).await?;
    let model = crate::models::resolve_model(&ctx.settings, &args.model);
    let family = family_for(&model, args.family.as_deref())?.ok_or_else(|| {
        Failure::usage(format!("cannot tell the request format of model '{model}'"))
            .with_hint("pass --family NAME")
    })?;
    if family.modality() != Modality::Embedding {
        return Err(Failure::usage(format!("{model} is not an embedding model ({})", family.display_name())));
    }
    let image = match &args.image {
        Some(path) => read_images(std::slice::from_ref(path))?.into_iter().next(),
        None => None,
    };
    let template = EmbedParams {
        texts: Vec::new(),
        image,
        dimensions: args.dimensions,
        normalize: args.normalize,
        input_type: args.input_type.clone(),
        truncate: args.truncate.clone(),
    };
    let embedder = Embedder { ctx, model, family, template };

    let lines_source = match (&args.bulk.input, args.texts.is_empty()) {
        (Some(_), false) => return Err(Failure::usage("give TEXT arguments or --input, not both")),
        (Some(path), true) => Some(path.clone()),
        (None, true) if embedder.template.image.is_none() && crate::input::stdin_is_piped() => {
            Some(PathBuf::from("-"))
        }
        _ => None,
    };
    let Some(source) = lines_source else {
        if args.texts.is_empty() && embedder.template.image.is_none() {
            return Err(Failure::usage(
                "nothing to embed: pass TEXT, --image, --input FILE or lines on stdin",
            ));
        }
        if args.texts.iter().any(|text| text.trim().is_empty()) {
            return Err(Failure::usage("a TEXT argument is empty"));
        }
        if args.dry_run {
            let body = embedder.body(args.texts.iter().take(1).cloned().collect())?;
            return ctx.output.json_document(&body);
        }
        let vectors = embedder.embed(args.texts.clone()).await?;
        return print_vectors(ctx, &vectors);
    };
    let mut options = args.bulk.options();
    ctx.retry_runtime_calls_here();
    options.plain_lines = true;
    if !args.dry_run {
        options.tokens_per_minute = super::quotas::bulk_budget(ctx, args.bulk.tpm, &embedder.model).await?;
    }
    let (reader, total) = crate::bulk::open_input(&source)?;
    if args.dry_run {
        return dry_run_first_line(ctx, &embedder, reader);
    }
    let summary = crate::bulk::run(&ctx.output, &options, reader, total, |line| {
        let text = line_text(&line);
        let embedder = &embedder;
        async move {
            let vectors = embedder.embed(vec![text?]).await?;
            let mut answer = crate::bulk::Answer::default();
            answer.members.insert("embedding".into(), json!(vectors.into_iter().next().unwrap_or_default()));
            Ok(answer)
        }
    })
    .await?;
    crate::bulk::check_summary(&summary)
}

/// `--dry-run` with lines: the request body of the first line.
fn dry_run_first_line(
    ctx: &Ctx,
    embedder: &Embedder<'_>,
    reader: Box<dyn std::io::Read + Send>,
) -> Result<()> {
    for (index, text) in std::io::BufReader::new(reader).lines().enumerate() {
        let text = text.map_err(|error| {
            Failure::usage(format!(
                "cannot read input line {}: {}",
                index + 1,
                crate::error::io_reason(&error)
            ))
        })?;
        if text.trim().is_empty() {
            continue;
        }
        let number = index as u64 + 1;
        let line = if text.trim_start().starts_with(['{', '"']) {
            crate::bulk::parse_line(number, text.trim()).map_err(Failure::usage)?
        } else {
            crate::bulk::Line { number, id: json!(number), record: Value::String(text) }
        };
        return ctx.output.json_document(&embedder.body(vec![line_text(&line)?])?);
    }
    Err(Failure::usage("nothing to embed: the input has no lines"))
}

fn print_vectors(ctx: &Ctx, vectors: &[Vec<f64>]) -> Result<()> {
    if ctx.output.format_chosen && ctx.output.format == crate::cli::OutputFormat::Text {
        let mut text = String::new();
        for vector in vectors {
            let fields: Vec<String> = vector.iter().map(f64::to_string).collect();
            text.push_str(&fields.join("\t"));
            text.push('\n');
        }
        return ctx.output.write_stdout(text.as_bytes());
    }
    // Vectors are long: one compact line rather than one number per line.
    ctx.output.ndjson(&json!(vectors))
}
