//! The call log: every runtime call a row in DATA_DIR/calls.db, written by many processes at once,
//! with no secret in it, `log = "metadata"` and `--no-log` honoured, and a log error only a warning.

use std::path::Path;

use crate::support::{ACCESS_KEY, Emulator, SECRET_KEY, Sandbox, run};

/// (command, model, prompt, answer, input tokens, output tokens, exit status, conversation)
type Row = (String, String, Option<String>, Option<String>, Option<i64>, Option<i64>, i64, Option<String>);

fn rows(sandbox: &Sandbox) -> Vec<Row> {
    // Calls wait in the spool until a reader moves them into the database.
    run(sandbox.command().args(["logs", "list", "-o", "json"])).expect_code(0);
    let path = sandbox.path().join("data").join("calls.db");
    let connection = rusqlite::Connection::open(path).unwrap();
    let mut statement = connection
        .prepare(
            "SELECT command, model, prompt, answer, input_tokens, output_tokens, exit_status, conversation \
             FROM calls ORDER BY id",
        )
        .unwrap();
    statement
        .query_map([], |row| {
            Ok((
                row.get(0)?,
                row.get(1)?,
                row.get(2)?,
                row.get(3)?,
                row.get(4)?,
                row.get(5)?,
                row.get(6)?,
                row.get(7)?,
            ))
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

#[test]
fn every_runtime_command_is_logged_with_tokens_and_status() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let converse = run(sandbox.against(&emulator).args(["converse", "nova-lite", "Hello there"]));
    converse.expect_code(0);
    run(sandbox.against(&emulator).args(["converse", "nova-lite", "Streamed", "--stream"])).expect_code(0);
    run(sandbox.against(&emulator).args(["invoke", "claude-3-haiku", "Invoked"])).expect_code(0);
    run(sandbox.against(&emulator).args(["stream", "claude-3-haiku", "Streamed raw"])).expect_code(0);
    let missing = run(sandbox.against(&emulator).args(["converse", "no.such-model-v1:0", "Hi"]));
    assert_ne!(missing.code, 0);
    // Bad arguments fail before any call: nothing to log.
    run(sandbox.against(&emulator).args(["converse", "nova-lite"])).expect_code(252);

    let rows = rows(&sandbox);
    let commands: Vec<&str> = rows.iter().map(|row| row.0.as_str()).collect();
    assert_eq!(commands, ["converse", "converse --stream", "invoke", "stream", "converse"], "{rows:?}");
    let first = &rows[0];
    assert_eq!(first.1, "amazon.nova-lite-v1:0");
    assert_eq!(first.2.as_deref(), Some("Hello there"));
    assert_eq!(first.3.as_deref(), Some(converse.stdout.trim_end()));
    assert!(first.4.unwrap() > 0 && first.5.unwrap() > 0, "{first:?}");
    assert_eq!(first.6, 0);
    for row in &rows[..4] {
        assert!(row.3.as_deref().is_some_and(|answer| !answer.is_empty()), "{row:?}");
        assert!(row.4.is_some() && row.5.is_some(), "{row:?}");
    }
    assert_eq!(rows[4].6, i64::from(missing.code));
    assert_eq!(rows[4].3, None);
}

#[test]
fn chat_turns_carry_the_session_name() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let mut command = sandbox.against(&emulator);
    command.args(["chat", "nova-lite", "--session", "work"]).stdin(std::process::Stdio::piped());
    let mut child = command.stdout(std::process::Stdio::piped()).spawn().unwrap();
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), b"Tell me a story").unwrap();
    assert!(child.wait_with_output().unwrap().status.success());
    let rows = rows(&sandbox);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].0, "chat");
    assert_eq!(rows[0].2.as_deref(), Some("Tell me a story"));
    assert_eq!(rows[0].7.as_deref(), Some("work"));
}

#[test]
fn sixteen_processes_at_once_leave_sixteen_rows() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    // Sixteen writers, and readers moving the spool into the database while they write.
    let children: Vec<_> = (0..20)
        .map(|index| {
            let mut command = if index % 5 == 4 {
                let mut reader = sandbox.command();
                reader.args(["logs", "list", "-o", "json"]);
                reader
            } else {
                let mut writer = sandbox.against(&emulator);
                writer.args(["converse", "nova-lite", &format!("prompt number {}", index - index / 5)]);
                writer
            };
            command.stdout(std::process::Stdio::null()).stderr(std::process::Stdio::piped());
            command.spawn().unwrap()
        })
        .collect();
    for child in children {
        let output = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(output.status.success() && !stderr.contains("warning"), "{stderr}");
    }
    let rows = rows(&sandbox);
    assert_eq!(rows.len(), 16);
    let mut prompts: Vec<String> = rows.into_iter().map(|row| row.2.unwrap()).collect();
    prompts.sort();
    let mut expected: Vec<String> = (0..16).map(|index| format!("prompt number {index}")).collect();
    expected.sort();
    assert_eq!(prompts, expected);
}

#[test]
fn metadata_mode_and_no_log() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    std::fs::write(sandbox.path().join("bedrock-config.toml"), "log = \"metadata\"\n").unwrap();
    run(sandbox.against(&emulator).args(["converse", "nova-lite", "private words"])).expect_code(0);
    run(sandbox.against(&emulator).args(["--no-log", "converse", "nova-lite", "unlogged"])).expect_code(0);
    let logged = rows(&sandbox);
    assert_eq!(logged.len(), 1);
    assert_eq!((logged[0].2.as_deref(), logged[0].3.as_deref()), (None, None));
    assert!(logged[0].4.is_some());

    std::fs::write(sandbox.path().join("bedrock-config.toml"), "log = \"off\"\n").unwrap();
    run(sandbox.against(&emulator).args(["converse", "nova-lite", "off"])).expect_code(0);
    assert_eq!(rows(&sandbox).len(), 1);

    std::fs::write(sandbox.path().join("bedrock-config.toml"), "log = \"sometimes\"\n").unwrap();
    run(sandbox.against(&emulator).args(["converse", "nova-lite", "x"])).expect_one_line_error(253, "`log`");
}

#[test]
fn no_secret_reaches_the_log_and_a_log_error_is_a_warning() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    run(sandbox.against(&emulator).args(["--debug", "converse", "nova-lite", "Hi"])).expect_code(0);
    let data = sandbox.path().join("data");
    let mut everything = Vec::new();
    for entry in std::fs::read_dir(&data).unwrap() {
        let path = entry.unwrap().path();
        if path.file_name().unwrap().to_string_lossy().starts_with("calls.") {
            everything.extend(std::fs::read(&path).unwrap());
        }
    }
    assert!(!everything.is_empty());
    let text = String::from_utf8_lossy(&everything);
    for secret in [ACCESS_KEY, SECRET_KEY, "Authorization", "x-amz-date"] {
        assert!(!text.contains(secret), "{secret} is in the call log");
    }
    check_mode(&data.join("calls.spool"));
    rows(&sandbox);
    check_mode(&data.join("calls.db"));
    let text = String::from_utf8_lossy(&std::fs::read(data.join("calls.db")).unwrap()).into_owned();
    for secret in [ACCESS_KEY, SECRET_KEY, "Authorization", "x-amz-date"] {
        assert!(!text.contains(secret), "{secret} is in the call log database");
    }

    // An unwritable log: the call succeeds, with one warning.
    let broken = Sandbox::new();
    std::fs::create_dir_all(broken.path().join("data").join("calls.spool")).unwrap();
    let answered = run(broken.against(&emulator).args(["converse", "nova-lite", "Hi"]));
    answered.expect_code(0);
    assert!(!answered.stdout.is_empty());
    let warnings: Vec<&str> = answered.stderr.lines().collect();
    assert_eq!(warnings.len(), 1, "{}", answered.stderr);
    assert!(warnings[0].starts_with("warning: the call was not logged"), "{}", answered.stderr);
}

#[cfg(unix)]
fn check_mode(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(std::fs::metadata(path).unwrap().permissions().mode() & 0o777, 0o600);
}

#[cfg(not(unix))]
fn check_mode(_: &Path) {}

#[test]
fn logs_list_show_search_and_usage_read_the_log_back() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    run(sandbox.against(&emulator).args(["converse", "nova-lite", "About invoices"])).expect_code(0);
    run(sandbox.against(&emulator).args(["invoke", "claude-3-haiku", "About rivers"])).expect_code(0);

    let list = run(sandbox.command().args(["logs"]));
    list.expect_code(0);
    let calls = list.json()["calls"].as_array().unwrap().clone();
    assert_eq!(calls.len(), 2);
    assert_eq!(calls[0]["command"], "invoke", "newest first");
    assert_eq!(calls[1]["prompt"], "About invoices");

    let found = run(sandbox.command().args(["logs", "search", "INVOICE"])).json();
    assert_eq!(found["calls"].as_array().unwrap().len(), 1);
    let id = found["calls"][0]["id"].as_i64().unwrap();
    let shown = run(sandbox.command().args(["logs", "show", &id.to_string()])).json();
    assert_eq!(shown["call"]["model"], "amazon.nova-lite-v1:0");
    assert!(shown["call"]["answer"].as_str().is_some_and(|answer| !answer.is_empty()));
    let queried = run(sandbox.command().args(["logs", "list", "--query", "calls[].model"])).json();
    assert_eq!(
        queried,
        serde_json::json!(["anthropic.claude-3-haiku-20240307-v1:0", "amazon.nova-lite-v1:0"])
    );
    run(sandbox.command().args(["logs", "show", "999"])).expect_one_line_error(252, "no call 999");
    run(sandbox.command().args(["logs", "list", "--since", "soon"])).expect_one_line_error(252, "--since");

    let usage = run(sandbox.command().args(["usage", "--since", "1d"]));
    usage.expect_code(0);
    let document = usage.json();
    assert_eq!(document["total"]["calls"], 2);
    assert!(document["prices"]["source"].as_str().unwrap().contains("aws.amazon.com/bedrock/pricing"));
    let rows = document["rows"].as_array().unwrap();
    let input: u64 = rows.iter().map(|row| row["inputTokens"].as_u64().unwrap()).sum();
    assert_eq!(input, calls.iter().map(|call| call["inputTokens"].as_u64().unwrap()).sum::<u64>());
    assert!(document["total"]["estimatedCost"].as_f64().unwrap() > 0.0);
    let by_day = run(sandbox.command().args(["usage", "--by", "day"])).json();
    assert_eq!(by_day["rows"].as_array().unwrap().len(), 1);

    // A price table of the user's: its figures are used.
    let prices = sandbox.path().join("prices.json");
    std::fs::write(
        &prices,
        r#"{"date": "2026-12-01", "source": "mine", "models": {"amazon.nova-lite-v1:0": {"input": 1000, "output": 0}}}"#,
    )
    .unwrap();
    let nova_input = calls[1]["inputTokens"].as_f64().unwrap();
    let mine = run(sandbox.command().args(["usage", "--prices", prices.to_str().unwrap()])).json();
    assert_eq!(mine["total"]["estimatedCost"].as_f64().unwrap(), nova_input);
    assert_eq!(mine["total"]["unpricedCalls"], 1);
    std::fs::write(
        sandbox.path().join("bedrock-config.toml"),
        format!("prices = {:?}\n", prices.to_str().unwrap()),
    )
    .unwrap();
    let configured = run(sandbox.command().args(["usage"])).json();
    assert_eq!(configured["prices"]["source"], "mine");

    // Unreadable and invalid price files: one line, bad input (or configuration from the config file).
    run(sandbox.command().args(["usage", "--prices", "/nonexistent/prices.json"]))
        .expect_one_line_error(252, "--prices /nonexistent/prices.json");
    std::fs::write(&prices, "{\"models\": 3}").unwrap();
    run(sandbox.command().args(["usage", "--prices", prices.to_str().unwrap()]))
        .expect_one_line_error(252, "not a price table");
    run(sandbox.command().args(["usage"])).expect_one_line_error(253, "the config file's `prices`");
}

#[test]
fn count_tokens_counts_and_estimates_where_the_model_cannot() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let counted = run(sandbox.against(&emulator).args([
        "count-tokens",
        "--model",
        "claude-3-haiku",
        "How long is this?",
    ]));
    counted.expect_code(0);
    let counted = counted.json();
    assert_eq!(counted["estimated"], false);
    // The count is the input tokens a Converse call of the same prompt reports.
    let conversed = run(sandbox.against(&emulator).args([
        "-o",
        "json",
        "converse",
        "claude-3-haiku",
        "How long is this?",
    ]))
    .json();
    assert_eq!(counted["inputTokens"], conversed["usage"]["inputTokens"]);

    // An image model does not count tokens: an explained estimate, with a warning.
    let estimated = run(sandbox.against(&emulator).args([
        "count-tokens",
        "--model",
        "amazon.titan-image-generator-v2:0",
        "abcdefgh",
    ]));
    estimated.expect_code(0);
    assert!(estimated.stderr.starts_with("warning:"), "{}", estimated.stderr);
    let estimated = estimated.json();
    assert_eq!((estimated["inputTokens"].as_u64(), estimated["estimated"].as_bool()), (Some(2), Some(true)));
    assert!(estimated["method"].as_str().unwrap().contains("4 characters"));

    run(sandbox.against(&emulator).args(["count-tokens", "--model", "nova-lite"]))
        .expect_one_line_error(252, "");
    let unknown =
        run(sandbox.against(&emulator).args(["count-tokens", "--model", "no.such-model-v9:0", "hi"]));
    assert!(unknown.code == 254 || unknown.code == 252, "{}", unknown.stderr);
    // count-tokens is not a model call: only the converse is logged.
    let logged = rows(&sandbox);
    assert_eq!(logged.iter().map(|row| row.0.as_str()).collect::<Vec<_>>(), ["converse"]);
}
