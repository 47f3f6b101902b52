//! `bedrock usage [--since 7d] [--by model|day] [--prices FILE]`: tokens of the logged runtime
//! calls summed per model or per day, with an estimated cost from a price table (the one that
//! ships, src/models/prices.json, with its date and source; or the user's).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::calllog::Filter;
use crate::context::Ctx;
use crate::error::{Failure, Result};
use crate::output::{Column, View};

/// The shipped price table.
const SHIPPED_PRICES: &str = include_str!("../models/prices.json");

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum By {
    Model,
    Day,
}

#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Costs are estimates: tokens × the on-demand price per 1,000 tokens of the price table (its date and \
source are in the JSON output). A table of your own has the same layout as the shipped one: \
{\"date\": …, \"source\": …, \"models\": {\"MODEL-ID\": {\"input\": USD, \"output\": USD, \"cacheRead\": USD, \"cacheWrite\": USD}}}.\n\n\
Examples:\n  bedrock usage                      # the last 7 days by model\n  bedrock usage --since 30d --by day\n  bedrock usage --since 2026-01-01 --prices my-prices.json\n  bedrock usage -o json | jq '.total.estimatedCost'"
)]
pub struct UsageArgs {
    /// The period: back from now (30m, 24h, 7d) or since a date (2026-01-31).
    #[arg(long, value_name = "PERIOD|DATE", default_value = "7d")]
    pub since: String,
    /// Sum per model or per day (UTC).
    #[arg(long, value_enum, default_value_t = By::Model)]
    pub by: By,
    /// Price table to use instead of the shipped one (JSON; also `prices = "FILE"` in the config file).
    #[arg(long, value_name = "FILE")]
    pub prices: Option<PathBuf>,
}

/// USD per 1,000 tokens of one model.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Price {
    pub input: f64,
    pub output: f64,
    pub cache_read: Option<f64>,
    pub cache_write: Option<f64>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PriceTable {
    pub date: String,
    pub source: String,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default = "usd")]
    pub currency: String,
    pub models: BTreeMap<String, Price>,
}

fn usd() -> String {
    "USD".into()
}

impl PriceTable {
    pub fn parse(text: &str) -> std::result::Result<PriceTable, String> {
        let table: PriceTable = serde_json::from_str(text).map_err(|error| error.to_string())?;
        for (model, price) in &table.models {
            let figures = [Some(price.input), Some(price.output), price.cache_read, price.cache_write];
            if figures.into_iter().flatten().any(|figure| !figure.is_finite() || figure < 0.0) {
                return Err(format!("the price of {model} is negative or not a number"));
            }
        }
        Ok(table)
    }

    /// The price of a model id, inference profile id (`us.…`) or ARN.
    pub fn price(&self, model: &str) -> Option<&Price> {
        let id = model.rsplit('/').next().unwrap_or(model);
        self.models.get(id).or_else(|| self.models.get(crate::models::profile_model_id(id)?))
    }
}

/// The price table: `--prices`, else the config file's `prices`, else the shipped one.
fn price_table(ctx: &Ctx, flag: Option<&Path>) -> Result<(PriceTable, Option<PathBuf>)> {
    let (path, from_config) = match (flag, &ctx.settings.prices_file) {
        (Some(path), _) => (path.to_path_buf(), false),
        (None, Some(path)) => (path.clone(), true),
        (None, None) => {
            let table = PriceTable::parse(SHIPPED_PRICES)
                .map_err(|reason| Failure::other("internal", format!("the shipped price table: {reason}")))?;
            return Ok((table, None));
        }
    };
    let origin = if from_config { "the config file's `prices`" } else { "--prices" };
    let fail = |reason: String| {
        let message = format!("{origin} {}: {reason}", path.display());
        if from_config { Failure::configuration(message) } else { Failure::usage(message) }
    };
    let text = std::fs::read_to_string(&path).map_err(|error| fail(crate::error::io_reason(&error)))?;
    let table = PriceTable::parse(&text).map_err(|reason| fail(format!("not a price table: {reason}")))?;
    Ok((table, Some(path)))
}

#[derive(Debug, Default, Clone)]
struct Sum {
    calls: u64,
    input: u64,
    output: u64,
    cache_read: u64,
    cache_write: u64,
    cost: f64,
    unpriced_calls: u64,
}

impl Sum {
    fn add(&mut self, row: &Value, price: Option<&Price>) {
        let tokens = |name: &str| row[name].as_u64().unwrap_or(0);
        let (input, output, cache_read, cache_write) = (
            tokens("inputTokens"),
            tokens("outputTokens"),
            tokens("cacheReadTokens"),
            tokens("cacheWriteTokens"),
        );
        self.calls += 1;
        self.input += input;
        self.output += output;
        self.cache_read += cache_read;
        self.cache_write += cache_write;
        match price {
            Some(price) => {
                let per_token = |figure: f64, count: u64| figure * count as f64 / 1000.0;
                self.cost += per_token(price.input, input)
                    + per_token(price.output, output)
                    + per_token(price.cache_read.unwrap_or(price.input), cache_read)
                    + per_token(price.cache_write.unwrap_or(price.input), cache_write);
            }
            None => self.unpriced_calls += 1,
        }
    }

    fn json(&self, key: Option<(&str, &str)>) -> Value {
        let mut object = json!({
            "calls": self.calls,
            "inputTokens": self.input,
            "outputTokens": self.output,
            "cacheReadTokens": self.cache_read,
            "cacheWriteTokens": self.cache_write,
            "estimatedCost": (self.cost * 1_000_000.0).round() / 1_000_000.0,
            "unpricedCalls": self.unpriced_calls,
        });
        if let Some((name, value)) = key {
            object[name] = json!(value);
        }
        object
    }
}

const MODEL_COLUMNS: &[Column] = &[
    Column { header: "MODEL", path: "model" },
    Column { header: "CALLS", path: "calls" },
    Column { header: "INPUT", path: "inputTokens" },
    Column { header: "OUTPUT", path: "outputTokens" },
    Column { header: "CACHE READ", path: "cacheReadTokens" },
    Column { header: "CACHE WRITE", path: "cacheWriteTokens" },
    Column { header: "EST. COST", path: "estimatedCost" },
    Column { header: "UNPRICED", path: "unpricedCalls" },
];

const DAY_COLUMNS: &[Column] = &[
    Column { header: "DAY", path: "day" },
    Column { header: "CALLS", path: "calls" },
    Column { header: "INPUT", path: "inputTokens" },
    Column { header: "OUTPUT", path: "outputTokens" },
    Column { header: "CACHE READ", path: "cacheReadTokens" },
    Column { header: "CACHE WRITE", path: "cacheWriteTokens" },
    Column { header: "EST. COST", path: "estimatedCost" },
    Column { header: "UNPRICED", path: "unpricedCalls" },
];

/// The summary document of logged rows.
pub fn summary(rows: &[Value], by: By, table: &PriceTable) -> Value {
    let (key_name, columns_key) = match by {
        By::Model => ("model", "model"),
        By::Day => ("day", "time"),
    };
    let mut groups: BTreeMap<String, Sum> = BTreeMap::new();
    let mut total = Sum::default();
    for row in rows {
        let model = row["model"].as_str().unwrap_or_default();
        let price = table.price(model);
        let key = row[columns_key].as_str().unwrap_or_default();
        let key = if by == By::Day { key.get(..10).unwrap_or(key) } else { key };
        groups.entry(key.to_owned()).or_default().add(row, price);
        total.add(row, price);
    }
    let rows: Vec<Value> = groups.iter().map(|(key, sum)| sum.json(Some((key_name, key)))).collect();
    json!({
        "by": key_name,
        "rows": rows,
        "total": total.json(None),
        "currency": table.currency,
        "prices": {"date": table.date, "source": table.source, "note": table.note},
    })
}

pub async fn run(ctx: &Ctx, args: UsageArgs) -> Result<()> {
    ctx.output.validate_query()?;
    let since_ms = super::logs::since_ms(&args.since, super::logs::now_ms())?;
    let (table, file) = price_table(ctx, args.prices.as_deref())?;
    let rows = super::logs::read(ctx, &Filter { since_ms: Some(since_ms), ..Filter::default() })?;
    let mut document = summary(&rows, args.by, &table);
    document["since"] = json!(crate::calllog::timestamp(since_ms));
    if let Some(file) = file {
        document["prices"]["file"] = json!(file.display().to_string());
    }
    let columns = if args.by == By::Model { MODEL_COLUMNS } else { DAY_COLUMNS };
    ctx.output.document(&document, &View::Rows { rows: "rows", columns })?;
    if ctx.output.query.is_none() && !ctx.output.wants_json() {
        ctx.output.info(&format!(
            "total {} calls, estimated {:.4} {} (prices of {} from {})",
            total_calls(&document),
            document["total"]["estimatedCost"].as_f64().unwrap_or(0.0),
            table.currency,
            table.date,
            table.source
        ));
    }
    Ok(())
}

fn total_calls(document: &Value) -> u64 {
    document["total"]["calls"].as_u64().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_table_parses_and_prices_profiles_like_their_model() {
        let table = PriceTable::parse(SHIPPED_PRICES).unwrap();
        assert!(table.source.contains("aws.amazon.com/bedrock/pricing"));
        let haiku = table.price("anthropic.claude-3-haiku-20240307-v1:0").unwrap();
        assert_eq!(table.price("us.anthropic.claude-3-haiku-20240307-v1:0"), Some(haiku));
        assert!(table.price("arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-lite-v1:0").is_some());
        assert!(table.price("xx.anthropic.claude-3-haiku-20240307-v1:0").is_none());
    }

    #[test]
    fn sums_per_model_and_day_with_costs() {
        let table = PriceTable::parse(
            r#"{"date": "d", "source": "s", "models": {"m": {"input": 1.0, "output": 2.0, "cacheRead": 0.1}}}"#,
        )
        .unwrap();
        let rows = vec![
            json!({"model": "m", "time": "2026-01-01T10:00:00Z", "inputTokens": 1000, "outputTokens": 500, "cacheReadTokens": 1000}),
            json!({"model": "m", "time": "2026-01-02T10:00:00Z", "inputTokens": 2000, "outputTokens": 0}),
            json!({"model": "other", "time": "2026-01-02T11:00:00Z", "inputTokens": 7, "outputTokens": 7}),
        ];
        let by_model = summary(&rows, By::Model, &table);
        assert_eq!(by_model["rows"][0]["model"], "m");
        assert_eq!(by_model["rows"][0]["estimatedCost"], json!(4.1));
        assert_eq!(by_model["rows"][1]["unpricedCalls"], 1);
        assert_eq!(by_model["total"]["calls"], 3);
        let by_day = summary(&rows, By::Day, &table);
        let days: Vec<&str> =
            by_day["rows"].as_array().unwrap().iter().map(|row| row["day"].as_str().unwrap()).collect();
        assert_eq!(days, ["2026-01-01", "2026-01-02"]);
        assert!(
            PriceTable::parse(r#"{"date": "d", "source": "s", "models": {"m": {"input": -1, "output": 0}}}"#)
                .is_err()
        );
        assert!(PriceTable::parse("[]").is_err());
    }
}
