//! `bedrock retrieve-and-generate KB QUERY` (alias `ask`): an answer generated from a knowledge
//! base (RetrieveAndGenerate), printed with citation markers [1], [2] and the cited sources
//! underneath; the session id goes to stderr so that a follow-up can reuse it.

use aws_sdk_bedrockagentruntime::operation::retrieve_and_generate_stream::builders::RetrieveAndGenerateStreamFluentBuilder;
use aws_sdk_bedrockagentruntime::types::{
    GeneratedResponsePart, GenerationConfiguration, KnowledgeBaseRetrieveAndGenerateConfiguration,
    PromptTemplate, RetrieveAndGenerateConfiguration, RetrieveAndGenerateInput,
    RetrieveAndGenerateStreamResponseOutput, RetrieveAndGenerateType, RetrievedReference,
};
use clap::Args;
use serde_json::{Value, json};

use super::retrieve::{SearchFlags, retrieval_configuration};
use crate::context::{Ctx, Service};
use crate::error::{Failure, Result};
use crate::output::citations::{Mark, Numbering, Source};

#[derive(Debug, Args)]
#[command(
    after_help = "The session id is printed on stderr (\"session: ID\"); pass it with --session-id to ask a follow-up.\n\nExamples:\n  bedrock ask KB12345678 \"What is the warranty period?\"\n  bedrock ask KB12345678 \"And for batteries?\" --session-id 3f1c…\n  bedrock ask KB12345678 \"What is the warranty period?\" --stream   # text as it is written\n  bedrock retrieve-and-generate KB12345678 \"Summarise the release notes\" --model claude-3-haiku --top-k 8 -o json"
)]
pub struct RetrieveAndGenerateArgs {
    /// Knowledge base id.
    #[arg(value_name = "KB")]
    pub knowledge_base: String,

    /// The question ("-" or nothing with piped stdin reads it from stdin).
    #[arg(value_name = "QUERY")]
    pub question: Option<String>,

    /// The model that writes the answer (alias, id or ARN).
    #[arg(long, value_name = "MODEL", default_value = "anthropic.claude-3-haiku-20240307-v1:0")]
    pub model: String,

    /// Continue this session (the id a previous answer printed).
    #[arg(long, value_name = "ID")]
    pub session_id: Option<String>,

    /// Prompt template for the model (text or @file); must contain $search_results$.
    #[arg(long, value_name = "TEMPLATE")]
    pub prompt_template: Option<String>,

    /// Stream the answer as it is generated (RetrieveAndGenerateStream); with -o json, one NDJSON
    /// line per event.
    #[arg(long)]
    pub stream: bool,

    #[command(flatten)]
    pub search: SearchFlags,
}

fn build_error(error: impl std::fmt::Display) -> Failure {
    Failure::usage(format!("invalid request: {error}"))
}

/// The source URI of a retrieved reference.
fn source(reference: &Value) -> String {
    let location = &reference["location"];
    for path in
        ["/s3Location/uri", "/webLocation/url", "/confluenceLocation/url", "/customDocumentLocation/id"]
    {
        if let Some(uri) = location.pointer(path).and_then(Value::as_str) {
            return uri.to_string();
        }
    }
    reference
        .pointer("/metadata/x-amz-bedrock-kb-source-uri")
        .and_then(Value::as_str)
        .unwrap_or("(unknown source)")
        .to_string()
}

/// The sources a citation's references name (their URIs).
fn references(citation: &Value) -> Vec<Source> {
    citation["retrievedReferences"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|reference| Source { label: source(reference), quote: None })
        .collect()
}

/// The marks of RetrieveAndGenerate citations: after each cited span (its inclusive `end`), its
/// references' source URIs.
fn marks(citations: &[Value]) -> Vec<Mark> {
    citations
        .iter()
        .filter_map(|citation| {
            let end = citation
                .pointer("/generatedResponsePart/textResponsePart/span/end")
                .and_then(Value::as_u64)?;
            let sources = references(citation);
            (!sources.is_empty()).then(|| Mark { position: end as usize + 1, sources })
        })
        .collect()
}

/// An answer with a marker [n] after each cited span, and the numbered sources (one number per
/// distinct source).
pub fn with_citations(text: &str, citations: &[Value]) -> (String, Vec<String>) {
    crate::output::citations::with_markers(text, &marks(citations))
}

/// The answer and its sources as printed text.
pub fn render(text: &str, citations: &[Value]) -> String {
    crate::output::citations::render(text, &marks(citations))
}

pub async fn run(ctx: &Ctx, args: RetrieveAndGenerateArgs) -> Result<()> {
    ctx.output.validate_query()?;
    let query = crate::input::prompt(args.question, None)?;
    let model = super::agent_common::model_arn(ctx, &args.model).await?;
    let generation = match &args.prompt_template {
        Some(template) => {
            let text = match template.strip_prefix('@') {
                Some(path) => {
                    crate::input::read_text_file(std::path::Path::new(path), "the prompt template")?
                }
                None => template.clone(),
            };
            if !text.contains("$search_results$") {
                return Err(Failure::usage(
                    "--prompt-template must contain the $search_results$ placeholder",
                ));
            }
            Some(
                GenerationConfiguration::builder()
                    .prompt_template(PromptTemplate::builder().text_prompt_template(text).build())
                    .build(),
            )
        }
        None => None,
    };
    let knowledge = KnowledgeBaseRetrieveAndGenerateConfiguration::builder()
        .knowledge_base_id(&args.knowledge_base)
        .model_arn(model)
        .set_retrieval_configuration(retrieval_configuration(&args.search)?)
        .set_generation_configuration(generation)
        .build()
        .map_err(build_error)?;
    let configuration = RetrieveAndGenerateConfiguration::builder()
        .r#type(RetrieveAndGenerateType::KnowledgeBase)
        .knowledge_base_configuration(knowledge)
        .build()
        .map_err(build_error)?;
    let client = ctx.bedrock_agent_runtime().await?;
    let input = RetrieveAndGenerateInput::builder().text(query).build().map_err(build_error)?;
    if args.stream {
        let request = client
            .retrieve_and_generate_stream()
            .input(input)
            .retrieve_and_generate_configuration(configuration)
            .set_session_id(args.session_id.clone());
        return stream(ctx, request).await;
    }
    let result = client
        .retrieve_and_generate()
        .input(input)
        .retrieve_and_generate_configuration(configuration)
        .set_session_id(args.session_id.clone())
        .send()
        .await;
    let (output, document) = super::agent_common::fetch(ctx, Service::BedrockAgentRuntime, result).await?;
    ctx.output.info(&format!("session: {}", output.session_id));
    if ctx.output.runtime_wants_json() {
        return ctx.output.json_document(&document);
    }
    let text = document.pointer("/output/text").and_then(Value::as_str).unwrap_or_default();
    let citations = document["citations"].as_array().cloned().unwrap_or_default();
    ctx.output.write_stdout(render(text, &citations).as_bytes())
}

fn opt(text: &Option<String>) -> Value {
    text.as_ref().map(|text| json!(text)).unwrap_or(Value::Null)
}

fn prune(value: Value) -> Value {
    match value {
        Value::Object(object) => Value::Object(
            object.into_iter().filter(|(_, v)| !v.is_null()).map(|(k, v)| (k, prune(v))).collect(),
        ),
        Value::Array(items) => Value::Array(items.into_iter().map(prune).collect()),
        other => other,
    }
}

fn reference_json(reference: &RetrievedReference) -> Value {
    json!({
        "content": {"text": opt(&reference.content.as_ref().map(|content| content.text.clone()))},
        "location": {
            "type": reference.location.as_ref().map(|location| location.r#type.as_str().to_string()),
            "s3Location": {"uri": opt(&reference.location.as_ref().and_then(|location| location.s3_location.as_ref()).and_then(|s3| s3.uri.clone()))},
        },
    })
}

/// A citation (an agent's attribution, a RetrieveAndGenerateStream event) as the service's JSON:
/// the cited part of the answer and the references it cites.
pub fn citation_json(part: Option<&GeneratedResponsePart>, references: &[RetrievedReference]) -> Value {
    let part = part.and_then(|part| part.text_response_part.as_ref());
    prune(json!({
        "generatedResponsePart": {"textResponsePart": {
            "text": part.and_then(|part| part.text.clone()),
            "span": part.and_then(|part| part.span.as_ref()).map(|span| json!({"start": span.start, "end": span.end})),
        }},
        "retrievedReferences": references.iter().map(reference_json).collect::<Vec<_>>(),
    }))
}

/// Stream an answer: its text as it arrives with a marker after each cited part, then the
/// sources; with -o json, each event as one NDJSON line.
async fn stream(ctx: &Ctx, request: RetrieveAndGenerateStreamFluentBuilder) -> Result<()> {
    let mut output = match request.send().await {
        Ok(output) => output,
        Err(error) => return Err(ctx.failure(Service::BedrockAgentRuntime, error).await),
    };
    ctx.capture.check_event_stream()?;
    ctx.output.info(&format!("session: {}", output.session_id));
    let json_mode = ctx.output.runtime_wants_json();
    let mut numbering = Numbering::default();
    loop {
        let event = match output.stream.recv().await {
            Ok(Some(event)) => event,
            Ok(None) => break,
            Err(error) => {
                let _ = ctx.output.end_stream_text();
                return Err(crate::aws::errors::classify_stream(error));
            }
        };
        match event {
            RetrieveAndGenerateStreamResponseOutput::Output(part) if json_mode => {
                ctx.output.ndjson(&json!({"output": {"text": part.text}}))?
            }
            RetrieveAndGenerateStreamResponseOutput::Output(part) => ctx.output.stream_text(&part.text)?,
            RetrieveAndGenerateStreamResponseOutput::Citation(event) => {
                let citation = citation_json(
                    event.generated_response_part.as_ref(),
                    event.retrieved_references.as_deref().unwrap_or_default(),
                );
                if json_mode {
                    ctx.output.ndjson(&json!({"citation": citation}))?;
                } else {
                    ctx.output.stream_text(&numbering.marker(&references(&citation)))?;
                }
            }
            RetrieveAndGenerateStreamResponseOutput::Guardrail(event) => {
                let action = event.action.as_ref().map(|action| action.as_str().to_string());
                if json_mode {
                    ctx.output.ndjson(&json!({"guardrail": {"action": action}}))?;
                } else if action.as_deref() == Some("INTERVENED") {
                    ctx.output.warn("the guardrail intervened");
                }
            }
            _ => {}
        }
    }
    if json_mode {
        return Ok(());
    }
    ctx.output.stream_text(numbering.listing().trim_end_matches('\n'))?;
    ctx.output.end_stream_text()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn markers_follow_spans_and_sources_are_numbered_once() {
        let reference = |uri: &str| json!({"location": {"type": "S3", "s3Location": {"uri": uri}}});
        let citations = vec![
            json!({"generatedResponsePart": {"textResponsePart": {"text": "Alpha.", "span": {"start": 0, "end": 5}}},
                   "retrievedReferences": [reference("s3://b/a.txt")]}),
            json!({"generatedResponsePart": {"textResponsePart": {"text": "Beta.", "span": {"start": 7, "end": 11}}},
                   "retrievedReferences": [reference("s3://b/b.txt"), reference("s3://b/a.txt")]}),
        ];
        let rendered = render("Alpha. Beta.", &citations);
        assert_eq!(rendered, "Alpha.[1] Beta.[2][1]\n\nSources:\n[1] s3://b/a.txt\n[2] s3://b/b.txt\n");
        assert_eq!(render("No sources.", &[]), "No sources.\n");
    }
}
