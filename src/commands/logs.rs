//! `bedrock logs [list|show ID|search TEXT]`: the local log of runtime calls (see `calllog`),
//! newest first; `-o json` gives the rows for jq.

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use crate::calllog::{self, Filter};
use crate::context::Ctx;
use crate::error::{Failure, Result};
use crate::output::{Column, View};

#[derive(Debug, Clone, Args)]
#[command(after_help = "Every converse, chat turn, invoke and stream call is logged in DATA_DIR/calls.db \
(`log = \"metadata\"` in the config file keeps no prompt or answer, `log = \"off\"` or --no-log nothing).\n\n\
Examples:\n  bedrock logs                       # the last 20 calls\n  bedrock logs list --limit 100 --since 1d\n  bedrock logs show 42\n  bedrock logs search \"invoice\"\n  bedrock logs -o json | jq '.calls[] | select(.exitStatus != 0)'")]
pub struct LogsArgs {
    #[command(subcommand)]
    pub command: Option<LogsCommand>,
}

#[derive(Debug, Clone, Subcommand)]
pub enum LogsCommand {
    /// The most recent calls (the default).
    List(ListArgs),
    /// One call with its prompt and answer.
    Show(ShowArgs),
    /// Calls whose prompt, answer, model or session contains TEXT (any case).
    Search(SearchArgs),
}

#[derive(Debug, Clone, Args)]
pub struct ListArgs {
    /// Show at most N calls.
    #[arg(long, value_name = "N", default_value_t = 20)]
    pub limit: u32,
    /// Only calls of this recent period (30m, 24h, 7d) or since a date (2026-01-31).
    #[arg(long, value_name = "PERIOD|DATE")]
    pub since: Option<String>,
}

#[derive(Debug, Clone, Args)]
pub struct ShowArgs {
    /// The call's id (the first column of `bedrock logs`).
    #[arg(value_name = "ID")]
    pub id: i64,
}

#[derive(Debug, Clone, Args)]
pub struct SearchArgs {
    /// The text to look for.
    #[arg(value_name = "TEXT")]
    pub text: String,
    /// Show at most N calls.
    #[arg(long, value_name = "N", default_value_t = 20)]
    pub limit: u32,
}

const LIST_COLUMNS: &[Column] = &[
    Column { header: "ID", path: "id" },
    Column { header: "TIME", path: "time" },
    Column { header: "COMMAND", path: "command" },
    Column { header: "MODEL", path: "model" },
    Column { header: "IN", path: "inputTokens" },
    Column { header: "OUT", path: "outputTokens" },
    Column { header: "MS", path: "latencyMs" },
    Column { header: "EXIT", path: "exitStatus" },
    Column { header: "PROMPT", path: "preview" },
];

const SHOW_FIELDS: &[Column] = &[
    Column { header: "id", path: "id" },
    Column { header: "time", path: "time" },
    Column { header: "command", path: "command" },
    Column { header: "model", path: "model" },
    Column { header: "session", path: "conversation" },
    Column { header: "input tokens", path: "inputTokens" },
    Column { header: "output tokens", path: "outputTokens" },
    Column { header: "cache read tokens", path: "cacheReadTokens" },
    Column { header: "cache write tokens", path: "cacheWriteTokens" },
    Column { header: "latency ms", path: "latencyMs" },
    Column { header: "exit status", path: "exitStatus" },
    Column { header: "prompt", path: "prompt" },
    Column { header: "answer", path: "answer" },
];

/// The log database, or the error that there is no data dir.
pub fn database(ctx: &Ctx) -> Result<std::path::PathBuf> {
    ctx.settings
        .data_dir
        .as_deref()
        .map(calllog::database_path)
        .ok_or_else(|| Failure::configuration("no data directory: set BEDROCK_DATA_DIR"))
}

/// Read rows, an unreadable log being the machine's error.
pub fn read(ctx: &Ctx, filter: &Filter) -> Result<Vec<Value>> {
    let path = database(ctx)?;
    // The calls still in the spool first; if they cannot be moved, the database alone is read.
    if let Err(reason) = calllog::import(&path, calllog::Wait::Yes) {
        ctx.output.warn(&format!("the newest calls are not shown: {reason}"));
    }
    calllog::read(&path, filter).map_err(|reason| {
        Failure::other("io", format!("cannot read the call log {}: {reason}", path.display()))
    })
}

/// Unix milliseconds of `--since`: a period back from now (`30m`, `24h`, `7d`) or a UTC date.
pub fn since_ms(text: &str, now_ms: i64) -> Result<i64> {
    let invalid = || {
        Failure::usage(format!(
            "--since '{text}': expected a period such as 30m, 24h or 7d, or a date YYYY-MM-DD"
        ))
    };
    let trimmed = text.trim();
    if let Some(unit) = trimmed.chars().last().filter(|unit| "mhdw".contains(*unit)) {
        let count: i64 = trimmed[..trimmed.len() - 1].parse().map_err(|_| invalid())?;
        let unit_ms = match unit {
            'm' => 60_000,
            'h' => 3_600_000,
            'd' => 86_400_000,
            _ => 7 * 86_400_000,
        };
        return count
            .checked_mul(unit_ms)
            .map(|back| now_ms - back)
            .filter(|_| count >= 0)
            .ok_or_else(invalid);
    }
    if trimmed.len() != 10 {
        return Err(invalid());
    }
    let parsed = aws_smithy_types::DateTime::from_str(
        &format!("{trimmed}T00:00:00Z"),
        aws_smithy_types::date_time::Format::DateTime,
    )
    .map_err(|_| invalid())?;
    parsed.to_millis().map_err(|_| invalid())
}

/// Now, in Unix milliseconds.
pub fn now_ms() -> i64 {
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    i64::try_from(now.as_millis()).unwrap_or(i64::MAX)
}

/// The first line of a prompt, cut to fit a table.
fn preview(prompt: Option<&str>) -> String {
    let line = prompt.unwrap_or_default().lines().next().unwrap_or_default();
    if line.chars().count() > 40 {
        format!("{}…", line.chars().take(39).collect::<String>())
    } else {
        line.to_owned()
    }
}

fn list_document(mut rows: Vec<Value>) -> Value {
    for row in &mut rows {
        let shown = preview(row["prompt"].as_str());
        row["preview"] = json!(shown);
    }
    json!({"calls": rows})
}

pub async fn run(ctx: &Ctx, args: LogsArgs) -> Result<()> {
    ctx.output.validate_query()?;
    let command = args.command.unwrap_or(LogsCommand::List(ListArgs { limit: 20, since: None }));
    match command {
        LogsCommand::List(list) => {
            let since_ms = list.since.as_deref().map(|since| since_ms(since, now_ms())).transpose()?;
            let rows = read(ctx, &Filter { since_ms, limit: Some(list.limit), ..Filter::default() })?;
            ctx.output.document(&list_document(rows), &View::Rows { rows: "calls", columns: LIST_COLUMNS })
        }
        LogsCommand::Search(search) => {
            if search.text.is_empty() {
                return Err(Failure::usage("search TEXT is empty"));
            }
            let filter = Filter { text: Some(search.text), limit: Some(search.limit), ..Filter::default() };
            let rows = read(ctx, &filter)?;
            ctx.output.document(&list_document(rows), &View::Rows { rows: "calls", columns: LIST_COLUMNS })
        }
        LogsCommand::Show(show) => {
            let mut rows = read(ctx, &Filter { id: Some(show.id), ..Filter::default() })?;
            let Some(row) = rows.pop() else {
                return Err(Failure::usage(format!("no call {} in the call log", show.id))
                    .with_hint("`bedrock logs` lists the calls and their ids"));
            };
            ctx.output.document(&json!({"call": row}), &View::Record { record: "call", fields: SHOW_FIELDS })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn since_takes_periods_and_dates() {
        let now = 1_000_000_000_000;
        assert_eq!(since_ms("7d", now).unwrap(), now - 7 * 86_400_000);
        assert_eq!(since_ms("30m", now).unwrap(), now - 1_800_000);
        assert_eq!(since_ms("2026-01-31", now).unwrap(), 1_769_817_600_000);
        for bad in ["", "7", "d", "-1d", "7y", "2026-13-01", "yesterday"] {
            assert!(since_ms(bad, now).is_err(), "{bad}");
        }
    }

    #[test]
    fn previews_are_one_short_line() {
        assert_eq!(preview(Some("first\nsecond")), "first");
        assert_eq!(preview(Some(&"x".repeat(50))).chars().count(), 40);
        assert_eq!(preview(None), "");
    }
}
