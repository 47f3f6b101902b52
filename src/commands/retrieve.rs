//! `bedrock retrieve KB QUERY`: the chunks of a knowledge base that best match a query
//! (Retrieve), with `--top-k`, `--search-type` and a metadata `--filter`; a table of score,
//! source and excerpt, or the service's JSON.

use aws_sdk_bedrockagentruntime::types::{
    FilterAttribute, KnowledgeBaseQuery, KnowledgeBaseRetrievalConfiguration,
    KnowledgeBaseVectorSearchConfiguration, RetrievalFilter, SearchType,
};
use aws_smithy_types::{Document, Number};
use clap::{Args, ValueEnum};
use serde_json::Value;

use crate::cli::OutputFormat;
use crate::context::{Ctx, Service};
use crate::error::{Failure, Result};
use crate::output::{Column, View};

/// How chunks are matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Search {
    /// Keyword and vector search combined.
    Hybrid,
    /// Vector search only.
    Semantic,
}

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  bedrock retrieve KB12345678 \"How do I reset the router?\"\n  bedrock retrieve KB12345678 \"warranty\" --top-k 3 --search-type semantic -o json\n  bedrock retrieve KB12345678 \"pricing\" --filter '{\"equals\": {\"key\": \"year\", \"value\": 2024}}'"
)]
pub struct RetrieveArgs {
    /// Knowledge base id.
    #[arg(value_name = "KB")]
    pub knowledge_base: String,

    /// The query ("-" or nothing with piped stdin reads it from stdin).
    #[arg(value_name = "QUERY")]
    pub question: Option<String>,

    #[command(flatten)]
    pub search: SearchFlags,
}

/// Search settings shared by retrieve and retrieve-and-generate.
#[derive(Debug, Clone, Args)]
pub struct SearchFlags {
    /// How many chunks to return (1 to 100).
    #[arg(long, value_name = "N")]
    pub top_k: Option<i32>,

    /// Override the knowledge base's search type.
    #[arg(long, value_enum)]
    pub search_type: Option<Search>,

    /// Metadata filter: a RetrievalFilter as JSON (inline or @file), e.g.
    /// '{"equals": {"key": "team", "value": "ops"}}'.
    #[arg(long, value_name = "JSON")]
    pub filter: Option<String>,
}

fn document(value: &Value) -> Document {
    match value {
        Value::Null => Document::Null,
        Value::Bool(flag) => Document::Bool(*flag),
        Value::Number(number) => match (number.as_u64(), number.as_i64(), number.as_f64()) {
            (Some(unsigned), _, _) => Document::Number(Number::PosInt(unsigned)),
            (_, Some(signed), _) => Document::Number(Number::NegInt(signed)),
            (_, _, Some(float)) => Document::Number(Number::Float(float)),
            _ => Document::Null,
        },
        Value::String(text) => Document::String(text.clone()),
        Value::Array(items) => Document::Array(items.iter().map(document).collect()),
        Value::Object(object) => {
            Document::Object(object.iter().map(|(k, v)| (k.clone(), document(v))).collect())
        }
    }
}

/// A RetrievalFilter from its JSON form; errors name the path.
pub fn retrieval_filter(value: &Value, path: &str) -> Result<RetrievalFilter> {
    let bad = |message: String| Failure::usage(format!("--filter: {message}"));
    let Value::Object(object) = value else {
        return Err(bad(format!("{path} must be an object")));
    };
    let mut entries = object.iter();
    let (Some((operator, operand)), None) = (entries.next(), entries.next()) else {
        return Err(bad(format!("{path} must have exactly one operator")));
    };
    let at = format!("{path}.{operator}");
    if operator == "andAll" || operator == "orAll" {
        let parts = operand.as_array().ok_or_else(|| bad(format!("{at} must be a list of filters")))?;
        let mut filters = Vec::new();
        for (index, part) in parts.iter().enumerate() {
            filters.push(retrieval_filter(part, &format!("{at}[{index}]"))?);
        }
        return Ok(if operator == "andAll" {
            RetrievalFilter::AndAll(filters)
        } else {
            RetrievalFilter::OrAll(filters)
        });
    }
    let key =
        operand.get("key").and_then(Value::as_str).ok_or_else(|| bad(format!("{at}.key is missing")))?;
    let expected = operand.get("value").ok_or_else(|| bad(format!("{at}.value is missing")))?;
    let attribute = FilterAttribute::builder()
        .key(key)
        .value(document(expected))
        .build()
        .map_err(|error| bad(error.to_string()))?;
    Ok(match operator.as_str() {
        "equals" => RetrievalFilter::Equals(attribute),
        "notEquals" => RetrievalFilter::NotEquals(attribute),
        "greaterThan" => RetrievalFilter::GreaterThan(attribute),
        "greaterThanOrEquals" => RetrievalFilter::GreaterThanOrEquals(attribute),
        "lessThan" => RetrievalFilter::LessThan(attribute),
        "lessThanOrEquals" => RetrievalFilter::LessThanOrEquals(attribute),
        "in" => RetrievalFilter::In(attribute),
        "notIn" => RetrievalFilter::NotIn(attribute),
        "startsWith" => RetrievalFilter::StartsWith(attribute),
        "listContains" => RetrievalFilter::ListContains(attribute),
        "stringContains" => RetrievalFilter::StringContains(attribute),
        other => return Err(bad(format!("{path}: unknown operator '{other}'"))),
    })
}

/// The retrieval configuration of the flags (None when nothing is set).
pub fn retrieval_configuration(flags: &SearchFlags) -> Result<Option<KnowledgeBaseRetrievalConfiguration>> {
    if flags.top_k.is_none() && flags.search_type.is_none() && flags.filter.is_none() {
        return Ok(None);
    }
    if let Some(count) = flags.top_k
        && !(1..=100).contains(&count)
    {
        return Err(Failure::usage(format!("--top-k {count}: use 1 to 100")));
    }
    let filter = match &flags.filter {
        Some(text) => {
            Some(retrieval_filter(&super::agent_common::json_argument(text, "--filter")?, "filter")?)
        }
        None => None,
    };
    let vector = KnowledgeBaseVectorSearchConfiguration::builder()
        .set_number_of_results(flags.top_k)
        .set_override_search_type(flags.search_type.map(|search| match search {
            Search::Hybrid => SearchType::Hybrid,
            Search::Semantic => SearchType::Semantic,
        }))
        .set_filter(filter)
        .build();
    Ok(Some(KnowledgeBaseRetrievalConfiguration::builder().vector_search_configuration(vector).build()))
}

const COLUMNS: &[Column] = &[
    Column { header: "SCORE", path: "score" },
    Column { header: "SOURCE", path: "location.s3Location.uri" },
    Column { header: "EXCERPT", path: "content.text" },
];

/// The length of an excerpt in a table.
const EXCERPT_CHARACTERS: usize = 120;

pub async fn run(ctx: &Ctx, args: RetrieveArgs) -> Result<()> {
    ctx.output.validate_query()?;
    let query = crate::input::prompt(args.question, None)?;
    let configuration = retrieval_configuration(&args.search)?;
    let client = ctx.bedrock_agent_runtime().await?;
    let result = client
        .retrieve()
        .knowledge_base_id(&args.knowledge_base)
        .retrieval_query(KnowledgeBaseQuery::builder().text(query).build())
        .set_retrieval_configuration(configuration)
        .send()
        .await;
    let (_, mut document) = super::agent_common::fetch(ctx, Service::BedrockAgentRuntime, result).await?;
    if ctx.output.format != OutputFormat::Json && ctx.output.query.is_none() {
        shorten_excerpts(&mut document);
    }
    ctx.output.document(&document, &View::Rows { rows: "retrievalResults", columns: COLUMNS })
}

/// Excerpts for a table: one line, at most [`EXCERPT_CHARACTERS`].
fn shorten_excerpts(document: &mut Value) {
    let Some(results) = document.get_mut("retrievalResults").and_then(Value::as_array_mut) else { return };
    for result in results {
        if let Some(text) = result.pointer_mut("/content/text")
            && let Some(full) = text.as_str()
        {
            let single = crate::error::single_line(full);
            let mut short: String = single.chars().take(EXCERPT_CHARACTERS).collect();
            if single.chars().count() > EXCERPT_CHARACTERS {
                short.push('…');
            }
            *text = Value::String(short);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn filters_convert_and_errors_name_the_path() {
        let filter = retrieval_filter(
            &json!({"andAll": [{"equals": {"key": "team", "value": "ops"}}, {"greaterThan": {"key": "year", "value": 2020}}]}),
            "filter",
        )
        .unwrap();
        assert!(matches!(filter, RetrievalFilter::AndAll(ref parts) if parts.len() == 2));
        let error = retrieval_filter(&json!({"andAll": [{"equals": {"value": 1}}]}), "filter").unwrap_err();
        assert!(error.message.contains("filter.andAll[0].equals.key"), "{}", error.message);
        assert!(retrieval_filter(&json!({"like": {"key": "a", "value": 1}}), "filter").is_err());
    }
}
