//! `bedrock count-tokens --model M [PROMPT]`: the input tokens a Converse request with PROMPT as
//! the user's message would be charged (CountTokens). Models without CountTokens get an
//! estimate of about four characters per token, marked `"estimated": true`.

use std::path::PathBuf;

use clap::Args;
use serde_json::{Map, Value, json};

use crate::api::model::Service;
use crate::context::Ctx;
use crate::error::Result;
use crate::output::{Column, View};

#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Examples:\n  bedrock count-tokens --model claude-3-5-haiku \"How long is this?\"\n  bedrock count-tokens --model nova-lite --prompt-file essay.txt -o json\n  cat essay.txt | bedrock count-tokens --model claude-3-7-sonnet --query inputTokens"
)]
pub struct CountTokensArgs {
    /// Model id, alias, inference profile id or ARN.
    #[arg(long, value_name = "MODEL")]
    pub model: String,

    /// The user's message ("-" or omitted with piped stdin: read it from stdin).
    #[arg(value_name = "PROMPT")]
    pub prompt: Option<String>,

    /// Read the message from this file.
    #[arg(long, value_name = "FILE")]
    pub prompt_file: Option<PathBuf>,
}

const FIELDS: &[Column] = &[
    Column { header: "model", path: "modelId" },
    Column { header: "input tokens", path: "inputTokens" },
    Column { header: "estimated", path: "estimated" },
    Column { header: "method", path: "method" },
];

/// About four characters per token: the rule of thumb the providers give for English text.
pub fn estimate(text: &str) -> u64 {
    (text.chars().count() as u64).div_ceil(4).max(1)
}

/// Whether a failure is the service saying the model cannot count tokens.
fn unsupported(failure: &crate::error::Failure) -> bool {
    let message = failure.message.to_ascii_lowercase();
    failure.code == "ValidationException"
        && (message.contains("counting tokens") || message.contains("doesn't support the model"))
}

pub async fn run(ctx: &Ctx, args: CountTokensArgs) -> Result<()> {
    ctx.output.validate_query()?;
    let model = crate::models::resolve_model(&ctx.settings, &args.model);
    let prompt = crate::input::prompt(args.prompt.clone(), args.prompt_file.as_ref())?;
    let mut input = Map::new();
    input.insert("modelId".into(), json!(model));
    input.insert(
        "input".into(),
        json!({"converse": {"messages": [{"role": "user", "content": [{"text": prompt}]}]}}),
    );
    let document = match crate::api::call::call(ctx, Service::BedrockRuntime, "CountTokens", input).await {
        Ok(answer) => json!({
            "modelId": model,
            "inputTokens": answer.get("inputTokens").cloned().unwrap_or(Value::Null),
            "estimated": false,
            "method": "CountTokens",
        }),
        Err(failure) if unsupported(&failure) => {
            ctx.output.warn(&format!("{model} does not count tokens (CountTokens): this is an estimate"));
            json!({
                "modelId": model,
                "inputTokens": estimate(&prompt),
                "estimated": true,
                "method": "about 4 characters per token; the model's tokenizer may differ",
            })
        }
        Err(failure) => return Err(failure),
    };
    ctx.output.document(&document, &View::Record { record: "", fields: FIELDS })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn estimates_round_up_and_count_characters() {
        assert_eq!(estimate("a"), 1);
        assert_eq!(estimate("abcd"), 1);
        assert_eq!(estimate("abcde"), 2);
        assert_eq!(estimate("ééééé"), 2);
    }
}
