//! Terminal mode: the same commands on a pseudo-terminal default to tables and colour.

use std::io::Read;

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

use crate::support::{ACCESS_KEY, Emulator, SECRET_KEY, Sandbox, binary};

/// Run bedrock on a 160-column pseudo-terminal; returns (exit code, screen text without \r).
pub fn on_terminal(sandbox: &Sandbox, args: &[&str], extra_env: &[(&str, &str)]) -> (u32, String) {
    on_terminal_of_width(sandbox, 160, args, extra_env)
}

fn on_terminal_of_width(
    sandbox: &Sandbox,
    cols: u16,
    args: &[&str],
    extra_env: &[(&str, &str)],
) -> (u32, String) {
    let system = native_pty_system();
    let pair = system.openpty(PtySize { rows: 60, cols, pixel_width: 0, pixel_height: 0 }).unwrap();
    let mut command = CommandBuilder::new(binary());
    command.args(args);
    command.env_clear();
    command.env("HOME", sandbox.path());
    command.env("TERM", "xterm-256color");
    command.env("AWS_CONFIG_FILE", sandbox.path().join("aws-config"));
    command.env("AWS_SHARED_CREDENTIALS_FILE", sandbox.path().join("aws-credentials"));
    command.env("AWS_EC2_METADATA_DISABLED", "true");
    command.env("BEDROCK_CONFIG", sandbox.path().join("bedrock-config.toml"));
    command.env("BEDROCK_DATA_DIR", sandbox.path().join("data"));
    command.env("AWS_REGION", "us-east-1");
    command.env("AWS_ACCESS_KEY_ID", ACCESS_KEY);
    command.env("AWS_SECRET_ACCESS_KEY", SECRET_KEY);
    for (name, value) in extra_env {
        command.env(name, value);
    }
    let mut child = pair.slave.spawn_command(command).unwrap();
    drop(pair.slave);
    let mut reader = pair.master.try_clone_reader().unwrap();
    let mut bytes = Vec::new();
    let mut buffer = [0u8; 8192];
    loop {
        match reader.read(&mut buffer) {
            Ok(0) | Err(_) => break,
            Ok(count) => bytes.extend_from_slice(&buffer[..count]),
        }
    }
    let status = child.wait().unwrap();
    (status.exit_code(), String::from_utf8_lossy(&bytes).replace('\r', ""))
}

#[test]
fn models_list_is_a_table_on_a_terminal() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let (code, screen) = on_terminal(
        &sandbox,
        &["--endpoint-url", &emulator.url, "models", "list", "--provider", "ai21"],
        &[("NO_COLOR", "1")],
    );
    assert_eq!(code, 0, "{screen}");
    insta::assert_snapshot!("models_list_ai21_table", screen);
}

/// A table narrower than its content wraps its prose at spaces and never breaks an id or ARN;
/// when not even the words fit, the table runs wider than the terminal instead.
#[test]
fn tables_fit_the_terminal_without_breaking_ids() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let ids = |provider: &str| -> Vec<String> {
        let listed = crate::support::run(sandbox.against(&emulator).args([
            "-o",
            "json",
            "models",
            "list",
            "--provider",
            provider,
        ]));
        let document: serde_json::Value = serde_json::from_str(&listed.stdout).unwrap();
        document["modelSummaries"]
            .as_array()
            .unwrap()
            .iter()
            .map(|model| model["modelId"].as_str().unwrap().to_string())
            .collect()
    };
    let args = ["--endpoint-url", emulator.url.as_str(), "models", "list", "--provider", "ai21"];
    let (code, wide) = on_terminal_of_width(&sandbox, 160, &args, &[("NO_COLOR", "1")]);
    assert_eq!(code, 0, "{wide}");
    let (code, narrow) = on_terminal_of_width(&sandbox, 110, &args, &[("NO_COLOR", "1")]);
    assert_eq!(code, 0, "{narrow}");
    assert!(narrow.lines().all(|line| line.chars().count() <= 110), "{narrow}");
    assert!(narrow.lines().count() > wide.lines().count(), "nothing wrapped:\n{narrow}");
    for id in ids("ai21") {
        assert!(narrow.contains(&format!(" {id} ")), "{id} broken:\n{narrow}");
    }
    // Record tables: an ARN longer than the terminal is whole on its line.
    let (code, record) = on_terminal_of_width(
        &sandbox,
        60,
        &["--endpoint-url", &emulator.url, "models", "get", "claude-3-haiku"],
        &[("NO_COLOR", "1")],
    );
    assert_eq!(code, 0, "{record}");
    assert!(
        record.contains("arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0"),
        "{record}"
    );
    let (_, anthropic) = on_terminal_of_width(
        &sandbox,
        100,
        &["--endpoint-url", &emulator.url, "models", "list", "--provider", "anthropic"],
        &[("NO_COLOR", "1")],
    );
    for id in ids("anthropic") {
        assert!(anthropic.contains(&format!(" {id} ")), "{id} broken:\n{anthropic}");
    }
}

#[test]
fn headers_are_coloured_unless_no_color() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let args = ["--endpoint-url", emulator.url.as_str(), "models", "list", "--provider", "ai21"];
    let (_, coloured) = on_terminal(&sandbox, &args, &[]);
    assert!(coloured.contains("\u{1b}["), "expected colour: {coloured}");
    let (_, plain) = on_terminal(&sandbox, &args, &[("NO_COLOR", "1")]);
    assert!(!plain.contains("\u{1b}["), "unexpected colour: {plain}");
    let (_, never) = on_terminal(&sandbox, &["--color", "never", args[0], args[1], "models", "list"], &[]);
    assert!(!never.contains("\u{1b}["));
}

#[test]
fn model_details_are_a_field_table_on_a_terminal() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let (code, screen) = on_terminal(
        &sandbox,
        &["--endpoint-url", &emulator.url, "models", "get", "claude-3-haiku"],
        &[("NO_COLOR", "1")],
    );
    assert_eq!(code, 0, "{screen}");
    insta::assert_snapshot!("models_get_table", screen);
}

#[test]
fn errors_on_a_terminal_are_one_red_line() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let (code, screen) =
        on_terminal(&sandbox, &["--endpoint-url", &emulator.url, "models", "get", "nobody.nothing-v1"], &[]);
    assert_eq!(code, 254);
    assert!(screen.contains("\u{1b}[31;1merror:\u{1b}[0m ValidationException"), "{screen:?}");
    assert_eq!(screen.trim_end().lines().count(), 1, "{screen}");
}

#[test]
fn json_is_still_available_on_a_terminal() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let (code, screen) = on_terminal(
        &sandbox,
        &["--endpoint-url", &emulator.url, "-o", "json", "inference-profiles", "list", "--max-items", "1"],
        &[],
    );
    assert_eq!(code, 0);
    let document: serde_json::Value = serde_json::from_str(&screen).unwrap();
    assert_eq!(document["inferenceProfileSummaries"].as_array().unwrap().len(), 1);
}

/// On a terminal the reasoning is shown dimmed before the answer; --no-show-reasoning hides it.
#[test]
fn reasoning_is_dimmed_before_the_answer_on_a_terminal() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let model = "us.anthropic.claude-3-7-sonnet-20250219-v1:0";
    for stream in [false, true] {
        let mut args = vec![
            "--endpoint-url",
            &emulator.url,
            "converse",
            model,
            "Why is the sky blue?",
            "--reasoning",
            "1024",
        ];
        if stream {
            args.push("--stream");
        }
        let (code, screen) = on_terminal(&sandbox, &args, &[]);
        assert_eq!(code, 0, "{screen}");
        // Streamed pieces are dimmed one by one.
        let screen = screen.replace("\u{1b}[0m\u{1b}[2m", "");
        let dimmed = screen
            .find("\u{1b}[2mThinking about: Why is the sky blue?")
            .unwrap_or_else(|| panic!("{screen:?}"));
        let answer = screen.find("Sky blue").unwrap_or_else(|| panic!("{screen:?}"));
        let after_reasoning = screen[dimmed..].find("\n").map(|offset| dimmed + offset).unwrap();
        assert!(screen[after_reasoning..].contains("Sky blue") && answer > dimmed, "{screen:?}");
        args.push("--no-show-reasoning");
        let (code, hidden) = on_terminal(&sandbox, &args, &[]);
        assert_eq!(code, 0, "{hidden}");
        assert!(!hidden.contains("Thinking about"), "{hidden:?}");
        assert!(hidden.contains("Sky blue"), "{hidden:?}");
    }
    let args =
        ["--endpoint-url", &emulator.url, "invoke", model, "Why is the sky blue?", "--reasoning", "1024"];
    let (code, screen) = on_terminal(&sandbox, &args, &[]);
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("\u{1b}[2mThinking about"), "{screen:?}");
    let args =
        ["--endpoint-url", &emulator.url, "stream", model, "Why is the sky blue?", "--reasoning", "1024"];
    let (code, screen) = on_terminal(&sandbox, &args, &[]);
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("\u{1b}[2mThinking about"), "{screen:?}");
}
