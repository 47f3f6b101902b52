//! Token quotas in the emulator (reservation of input plus max tokens, settling on the real
//! usage, the daily cap, the service's messages), Service Quotas served to the AWS CLI, and
//! `bedrock quotas list`.

use serde_json::Value;

use crate::awscli::{aws, aws_cli};
use crate::support::{Emulator, Sandbox, run};

const TITAN: &str = "amazon.titan-text-express-v1";
const HAIKU: &str = "anthropic.claude-3-haiku-20240307-v1:0";
const TOKENS_MESSAGE: &str = "ThrottlingException: Too many tokens, please wait before trying again.";
const DAILY_MESSAGE: &str = "ThrottlingException: Too many tokens per day, please wait before trying again.";

fn once(sandbox: &Sandbox, emulator: &Emulator, args: &[&str]) -> crate::support::Run {
    run(sandbox.against(emulator).args(["--max-attempts", "1"]).args(args))
}

#[test]
fn admission_reserves_the_max_tokens_of_every_runtime_operation() {
    let emulator =
        Emulator::with_args(&["--tokens-per-minute", &format!("{TITAN}=500"), "--tokens-per-minute", "450"]);
    let sandbox = Sandbox::new();
    // Input plus 600 reserved tokens can never fit in 500 a minute, whatever the answer's length.
    for command in ["invoke", "stream", "converse"] {
        once(&sandbox, &emulator, &[command, TITAN, "hello there", "--max-tokens", "600"])
            .expect_one_line_error(254, TOKENS_MESSAGE);
    }
    once(&sandbox, &emulator, &["converse", "claude-3-haiku", "hello", "--max-tokens", "500", "--stream"])
        .expect_one_line_error(254, TOKENS_MESSAGE);
    // Smaller maximums fit.
    once(&sandbox, &emulator, &["invoke", TITAN, "hello there", "--max-tokens", "100"]).expect_code(0);
    once(&sandbox, &emulator, &["converse", "claude-3-haiku", "hello", "--max-tokens", "100"]).expect_code(0);
}

#[test]
fn settling_counts_the_real_usage_until_the_minute_is_spent() {
    let emulator = Emulator::with_args(&["--tokens-per-minute", &format!("{TITAN}=500")]);
    let sandbox = Sandbox::new();
    // Each request reserves about 400 tokens: two in a row only fit because the first was
    // settled on what it really used, and the minute fills up with real usage.
    let mut used = 0;
    let mut served = 0;
    let throttled = loop {
        let answer =
            once(&sandbox, &emulator, &["invoke", TITAN, "hello there", "--max-tokens", "400", "--usage"]);
        if answer.code != 0 {
            break answer;
        }
        served += 1;
        used += usage_total(&answer.stderr);
        assert!(served < 200, "never throttled after {used} tokens");
    };
    throttled.expect_one_line_error(254, TOKENS_MESSAGE);
    assert!(served >= 2, "the first reservation was not settled");
    assert!(used + 400 > 500 && used <= 500, "throttled after {used} tokens used");
}

/// The input plus output tokens `--usage` reports on stderr.
fn usage_total(stderr: &str) -> u64 {
    let numbers: Vec<u64> = stderr
        .lines()
        .filter(|line| line.contains("tokens"))
        .flat_map(|line| {
            line.split(|c: char| !c.is_ascii_digit()).filter_map(|word| word.parse::<u64>().ok()).take(2)
        })
        .collect();
    assert!(numbers.len() >= 2, "no token counts in {stderr:?}");
    numbers[0] + numbers[1]
}

#[test]
fn the_daily_cap_refuses_with_its_own_message() {
    let emulator = Emulator::with_args(&["--tokens-per-day", &format!("{HAIKU}=300")]);
    let sandbox = Sandbox::new();
    once(&sandbox, &emulator, &["converse", "claude-3-haiku", "hello", "--max-tokens", "400"])
        .expect_one_line_error(254, DAILY_MESSAGE);
    once(&sandbox, &emulator, &["converse", "claude-3-haiku", "hello", "--max-tokens", "50"]).expect_code(0);
    // Other models keep their own (default) quotas.
    once(&sandbox, &emulator, &["invoke", TITAN, "hello", "--max-tokens", "400"]).expect_code(0);
}

#[test]
fn random_capacity_throttling_keeps_its_own_message() {
    let emulator = Emulator::with_args(&["--fault-throttle", "1"]);
    let sandbox = Sandbox::new();
    once(&sandbox, &emulator, &["invoke", TITAN, "hello"]).expect_one_line_error(
        254,
        "ThrottlingException: Too many requests, please wait before trying again.",
    );
}

#[test]
fn quota_flags_are_validated() {
    let sandbox = Sandbox::new();
    for (value, fragment) in [
        ("0", "--tokens-per-minute: 0: give a number of tokens (1 or more)"),
        ("many", "--tokens-per-minute: many: give a number"),
        ("=5", "the model before = is empty"),
        ("acme.nothing-v1=5", "acme.nothing-v1 is no model id of the emulator's catalog"),
    ] {
        run(sandbox.command().args(["emulator", "--port", "0", "--tokens-per-minute", value]))
            .expect_one_line_error(252, fragment);
    }
}

fn quota_named<'a>(quotas: &'a [Value], name: &str) -> &'a Value {
    quotas.iter().find(|quota| quota["QuotaName"] == name).unwrap_or_else(|| panic!("no quota {name:?}"))
}

#[test]
fn service_quotas_answer_the_aws_cli_with_the_configured_limits() {
    if aws_cli().is_none() {
        return;
    }
    let emulator = Emulator::with_args(&["--tokens-per-minute", &format!("{HAIKU}=123456")]);
    let sandbox = Sandbox::new();
    let listed =
        aws(&sandbox, &emulator, &["service-quotas", "list-service-quotas", "--service-code", "bedrock"]);
    listed.expect_code(0);
    let quotas = listed.json()["Quotas"].as_array().unwrap().clone();
    assert!(quotas.len() > 100, "the AWS CLI did not page through every quota: {}", quotas.len());
    let tpm =
        quota_named(&quotas, "On-demand model inference tokens per minute for Anthropic Claude 3 Haiku");
    assert_eq!((tpm["QuotaCode"].as_str(), tpm["Value"].as_f64()), (Some("L-8CE99163"), Some(123456.0)));
    let daily = quota_named(
        &quotas,
        "Model invocation max tokens per day for Anthropic Claude 3 Haiku (doubled for cross-region calls)",
    );
    assert_eq!(daily["Value"].as_f64(), Some(123456.0 * 1440.0));
    assert_eq!(
        quota_named(&quotas, "Records per batch inference job for Claude 3 Haiku")["Value"].as_f64(),
        Some(50000.0)
    );
    assert_eq!(
        quota_named(&quotas, "Batch inference job size (in GB) for Claude 3 Haiku")["Value"].as_f64(),
        Some(5.0)
    );
    for quota in &quotas {
        let code = quota["QuotaCode"].as_str().unwrap();
        assert!(code.len() == 10 && code.starts_with("L-"), "{code}");
        assert_eq!(quota["ServiceCode"], "bedrock");
    }

    let got = aws(
        &sandbox,
        &emulator,
        &["service-quotas", "get-service-quota", "--service-code", "bedrock", "--quota-code", "L-8CE99163"],
    );
    assert_eq!(got.expect_code(0).json()["Quota"]["Value"].as_f64(), Some(123456.0));
    let default = aws(
        &sandbox,
        &emulator,
        &[
            "service-quotas",
            "get-aws-default-service-quota",
            "--service-code",
            "bedrock",
            "--quota-code",
            "L-8CE99163",
        ],
    );
    assert_eq!(default.expect_code(0).json()["Quota"]["Value"].as_f64(), Some(2_000_000.0));
    let defaults = aws(
        &sandbox,
        &emulator,
        &["service-quotas", "list-aws-default-service-quotas", "--service-code", "bedrock"],
    );
    assert_eq!(defaults.expect_code(0).json()["Quotas"].as_array().unwrap().len(), quotas.len());

    let missing = aws(
        &sandbox,
        &emulator,
        &["service-quotas", "get-service-quota", "--service-code", "bedrock", "--quota-code", "L-00000000"],
    );
    assert_ne!(missing.code, 0);
    assert!(missing.stderr.contains("(NoSuchResourceException)"), "{}", missing.stderr);

    let denied_emulator = Emulator::with_args(&["--deny-service-quotas"]);
    let denied = aws(
        &sandbox,
        &denied_emulator,
        &["service-quotas", "list-service-quotas", "--service-code", "bedrock"],
    );
    assert_ne!(denied.code, 0);
    assert!(denied.stderr.contains("(AccessDeniedException)"), "{}", denied.stderr);
    // STS still answers on the same path.
    aws(&sandbox, &denied_emulator, &["sts", "get-caller-identity"]).expect_code(0);
}

fn quota_rows(run: &crate::support::Run) -> Vec<Value> {
    run.json()["quotas"].as_array().unwrap().clone()
}

#[test]
fn quotas_list_reads_service_quotas_for_every_model_or_one() {
    let emulator = Emulator::with_args(&["--tokens-per-minute", &format!("{HAIKU}=777")]);
    let sandbox = Sandbox::new();
    let all = run(sandbox.against(&emulator).args(["quotas", "list"]));
    let rows = quota_rows(all.expect_code(0));
    assert!(rows.iter().all(|row| row["source"] == "service-quotas"), "{rows:?}");
    let models: std::collections::BTreeSet<&str> =
        rows.iter().map(|row| row["modelId"].as_str().unwrap()).collect();
    assert!(models.contains(TITAN) && models.contains("amazon.titan-embed-text-v2:0"), "{models:?}");
    assert!(!models.contains("stability.stable-diffusion-xl-v1"), "image models have no token quotas");

    for model in ["claude-3-haiku", HAIKU, &format!("us.{HAIKU}")] {
        let one = run(sandbox.against(&emulator).args(["quotas", "list", "--model", model]));
        let rows = quota_rows(one.expect_code(0));
        assert_eq!(rows.len(), 8, "{model}: {rows:?}");
        assert!(rows.iter().all(|row| row["modelId"] == HAIKU));
        let tpm = rows.iter().find(|row| row["quotaCode"] == "L-8CE99163").unwrap();
        assert_eq!((tpm["value"].as_u64(), tpm["source"].as_str()), (Some(777), Some("service-quotas")));
        assert!(one.stderr.is_empty(), "{}", one.stderr);
    }
    let query = run(sandbox.against(&emulator).args([
        "quotas",
        "list",
        "--model",
        "claude-3-haiku",
        "--query",
        "quotas[?contains(quotaName, 'Records per batch')].value",
    ]));
    assert_eq!(query.expect_code(0).json(), serde_json::json!([50000]));
    let table =
        run(sandbox.against(&emulator).args(["-o", "table", "quotas", "list", "--model", "claude-3-haiku"]));
    assert!(table.expect_code(0).stdout.contains("Records per batch inference job for Claude 3 Haiku"));

    run(sandbox.against(&emulator).args(["quotas", "list", "--model", "stability.stable-diffusion-xl-v1"]))
        .expect_one_line_error(252, "not a text or embedding model");
    run(sandbox.against(&emulator).args(["quotas", "list", "--model", " "]))
        .expect_one_line_error(252, "--model is empty");
}

#[test]
fn quotas_list_falls_back_to_the_documented_defaults_when_denied() {
    let emulator =
        Emulator::with_args(&["--deny-service-quotas", "--tokens-per-minute", &format!("{HAIKU}=777")]);
    let sandbox = Sandbox::new();
    let denied = run(sandbox.against(&emulator).args(["quotas", "list", "--model", "claude-3-haiku"]));
    let rows = quota_rows(denied.expect_code(0));
    assert_eq!(rows.len(), 8);
    assert!(rows.iter().all(|row| row["source"] == "default"), "{rows:?}");
    let tpm = rows.iter().find(|row| row["quotaCode"] == "L-8CE99163").unwrap();
    // The documented default, not the emulator's configured 777 that Service Quotas would show.
    assert_eq!(tpm["value"].as_u64(), Some(2_000_000));
    let lines: Vec<&str> = denied.stderr.lines().collect();
    assert_eq!(lines.len(), 1, "{}", denied.stderr);
    assert!(
        lines[0].starts_with("warning: Service Quotas is not allowed")
            && lines[0].contains("documented defaults")
    );
    // Denied listing of every model still answers, from the catalog's models.
    let all = run(sandbox.against(&emulator).args(["quotas", "list", "--query", "length(quotas)"]));
    assert!(all.expect_code(0).json().as_u64().unwrap() > 100);
}
