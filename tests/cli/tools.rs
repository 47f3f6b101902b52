//! Tools that run: `converse --tool NAME=COMMAND` (plain and streamed) and `chat --tool` against
//! the emulator, whose model calls every tool a request asks for, one per round, then answers
//! with the results.

use serde_json::{Value, json};

use crate::support::{Emulator, Sandbox, run, run_with_stdin};

const TWO_THINGS: &str = "What is the weather and the local time in Paris?";

/// A sandbox with the tool files: get_weather in tools.json, get_time's schema in time.json,
/// and the scripts weather.sh (records its stdin, prints JSON), time.sh (prints text) and
/// fail.sh (fails with a message on stderr). The JSON has one key: the SDK's documents are hash
/// maps, so the order of several keys on the way to the model is not fixed.
fn tool_sandbox() -> Sandbox {
    let sandbox = Sandbox::new();
    let path = sandbox.path();
    std::fs::write(
        path.join("tools.json"),
        json!([{"toolSpec": {"name": "get_weather", "description": "Weather of a city", "inputSchema": {"json": {"type": "object", "required": ["city"], "properties": {"city": {"type": "string"}}}}}}]).to_string(),
    )
    .unwrap();
    std::fs::write(
        path.join("time.json"),
        json!({"type": "object", "description": "The local time in a city", "properties": {"city": {"type": "string"}}, "required": ["city"]}).to_string(),
    )
    .unwrap();
    let weather = format!(
        "#!/bin/sh\ncat > '{}'\necho \"$BEDROCK_TOOL_NAME\" > '{}'\necho '{{\"forecast\": \"sunny, 21 C\"}}'\n",
        path.join("weather-input.json").display(),
        path.join("weather-name.txt").display()
    );
    for (name, body) in [
        ("weather.sh", weather.as_str()),
        ("time.sh", "#!/bin/sh\ncat > /dev/null\necho '14:05 local time'\n"),
        ("fail.sh", "#!/bin/sh\necho 'station offline' >&2\nexit 3\n"),
    ] {
        let script = path.join(name);
        std::fs::write(&script, body).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
        }
    }
    sandbox
}

/// The flags of both tools: `--tools tools.json --tool-schema get_time=time.json` and the
/// commands, get_weather running `weather`.
fn tool_flags(sandbox: &Sandbox, weather: &str) -> Vec<String> {
    let path = sandbox.path();
    vec![
        "--tools".into(),
        path.join("tools.json").display().to_string(),
        "--tool-schema".into(),
        format!("get_time={}", path.join("time.json").display()),
        "--tool".into(),
        format!("get_weather={}", path.join(weather).display()),
        "--tool".into(),
        format!("get_time={}", path.join("time.sh").display()),
    ]
}

const BOTH_RESULTS: &str = "The get_time tool returned: 14:05 local time The get_weather tool returned: {\"forecast\":\"sunny, 21 C\"}";

#[test]
fn a_tool_loop_of_two_rounds_through_shell_commands() {
    let emulator = Emulator::start();
    let sandbox = tool_sandbox();
    let flags = tool_flags(&sandbox, "weather.sh");
    let answer = run(sandbox
        .against(&emulator)
        .args(["converse", "claude-3-haiku", TWO_THINGS])
        .args(&flags)
        .arg("--trace"));
    answer.expect_code(0);
    assert_eq!(answer.stdout.trim_end(), BOTH_RESULTS, "stderr: {}", answer.stderr);
    assert!(answer.stderr.contains("[tool] round 1: get_time {\"city\":"), "{}", answer.stderr);
    assert!(answer.stderr.contains("[tool] get_time: ok, text, 16 bytes"), "{}", answer.stderr);
    assert!(answer.stderr.contains("[tool] round 2: get_weather {\"city\":"), "{}", answer.stderr);
    assert!(answer.stderr.contains("[tool] get_weather: ok, JSON, 26 bytes"), "{}", answer.stderr);
    let input: Value =
        serde_json::from_slice(&std::fs::read(sandbox.path().join("weather-input.json")).unwrap()).unwrap();
    assert_eq!(input, json!({"city": "local time Paris"}), "the tool's input JSON arrives on stdin");
    let name = std::fs::read_to_string(sandbox.path().join("weather-name.txt")).unwrap();
    assert_eq!(name.trim(), "get_weather");

    // -o json: the final response document.
    let document = run(sandbox
        .against(&emulator)
        .args(["-o", "json", "converse", "claude-3-haiku", TWO_THINGS])
        .args(&flags))
    .json();
    assert_eq!(document["stopReason"], "end_turn");
    assert_eq!(document["output"]["message"]["content"][0]["text"], BOTH_RESULTS);

    // --dry-run shows the --tool-schema tool in the request.
    let request = run(sandbox
        .against(&emulator)
        .args(["converse", "claude-3-haiku", TWO_THINGS, "--dry-run"])
        .args(&flags))
    .json();
    assert_eq!(request["toolConfig"]["tools"][1]["toolSpec"]["name"], "get_time");
    assert_eq!(request["toolConfig"]["tools"][1]["toolSpec"]["description"], "The local time in a city");
}

#[test]
fn a_failing_tool_is_reported_to_the_model() {
    let emulator = Emulator::start();
    let sandbox = tool_sandbox();
    let flags = tool_flags(&sandbox, "fail.sh");
    let answer = run(sandbox
        .against(&emulator)
        .args(["converse", "claude-3-haiku", "What is the weather in Paris?"])
        .args(&flags)
        .arg("--trace"));
    answer.expect_code(0);
    assert_eq!(
        answer.stdout.trim_end(),
        "The get_weather tool failed: exited with status 3: station offline",
        "stderr: {}",
        answer.stderr
    );
    assert!(answer.stderr.contains("[tool] get_weather: error, exited with status 3"), "{}", answer.stderr);

    // A tool the file defines but no --tool runs is answered with an error too.
    let both = sandbox.path().join("both.json");
    let mut tools: Value =
        serde_json::from_slice(&std::fs::read(sandbox.path().join("tools.json")).unwrap()).unwrap();
    tools.as_array_mut().unwrap().push(json!({"toolSpec": {"name": "get_time", "description": "The local time in a city", "inputSchema": {"json": {"type": "object"}}}}));
    std::fs::write(&both, tools.to_string()).unwrap();
    let answer = run(sandbox
        .against(&emulator)
        .args(["converse", "claude-3-haiku", TWO_THINGS, "--tools"])
        .arg(&both)
        .arg("--tool")
        .arg(format!("get_time={}", sandbox.path().join("time.sh").display())));
    answer.expect_code(0);
    assert_eq!(
        answer.stdout.trim_end(),
        "The get_time tool returned: 14:05 local time The get_weather tool failed: no --tool command runs the tool get_weather"
    );

    // A command that is not there fails the same way (sh reports it, status 127).
    let missing = sandbox.path().join("missing.sh").display().to_string();
    let answer = run(sandbox
        .against(&emulator)
        .args(["converse", "claude-3-haiku", "What is the weather in Paris?", "--tools"])
        .arg(sandbox.path().join("tools.json"))
        .arg("--tool")
        .arg(format!("get_weather={missing}")));
    answer.expect_code(0);
    assert!(
        answer.stdout.starts_with("The get_weather tool failed: exited with status 127"),
        "{}",
        answer.stdout
    );
}

#[test]
fn the_round_bound_stops_the_loop() {
    let emulator = Emulator::start();
    let sandbox = tool_sandbox();
    let flags = tool_flags(&sandbox, "weather.sh");
    for stream in [false, true] {
        let mut command = sandbox.against(&emulator);
        command
            .args(["converse", "claude-3-haiku", TWO_THINGS])
            .args(&flags)
            .args(["--max-tool-rounds", "1"]);
        if stream {
            command.arg("--stream");
        }
        let stopped = run(&mut command);
        stopped.expect_one_line_error(255, "tool-rounds: the model still asked for tools after 1 round(s)");
    }
    let bad = run(sandbox
        .against(&emulator)
        .args(["converse", "claude-3-haiku", TWO_THINGS])
        .args(&flags)
        .args(["--max-tool-rounds", "0"]));
    assert_eq!(bad.code, 252, "clap rejects 0: {}", bad.stderr);
}

#[test]
fn tools_need_a_schema() {
    let emulator = Emulator::start();
    let sandbox = tool_sandbox();
    let tools = sandbox.path().join("tools.json").display().to_string();
    let cases: &[(&str, &[&str], &str)] = &[
        (
            "not in the schema",
            &["--tools", &tools, "--tool", "get_stock=true"],
            "no schema for the tool get_stock (tools defined: get_weather)",
        ),
        (
            "no schema at all",
            &["--tool", "get_weather=true"],
            "no schema for the tool get_weather (tools defined: none)",
        ),
        ("no command", &["--tools", &tools, "--tool", "get_weather"], "is not NAME=COMMAND"),
        (
            "given twice",
            &["--tools", &tools, "--tool", "get_weather=a", "--tool", "get_weather=b"],
            "given twice",
        ),
        (
            "schema without command",
            &["--tools", &tools, "--tool", "get_weather=a", "--tool-schema", "get_time=t.json"],
            "cannot read",
        ),
        (
            "with --json-schema",
            &["--tools", &tools, "--tool", "get_weather=a", "--json-schema", "s.json"],
            "cannot be combined with --json-schema",
        ),
    ];
    for (name, flags, fragment) in cases {
        let failed = run(sandbox.against(&emulator).args(["converse", "claude-3-haiku", "Hi"]).args(*flags));
        assert_eq!(failed.code, 252, "{name}: {}", failed.stderr);
        failed.expect_one_line_error(252, fragment);
    }
    let time = format!("get_time={}", sandbox.path().join("time.json").display());
    run(sandbox.against(&emulator).args([
        "converse",
        "claude-3-haiku",
        "Hi",
        "--tools",
        &tools,
        "--tool",
        "get_weather=a",
        "--tool-schema",
        &time,
    ]))
    .expect_one_line_error(252, "--tool-schema get_time needs a --tool get_time=COMMAND");
    let trace_alone = run(sandbox.against(&emulator).args(["converse", "claude-3-haiku", "Hi", "--trace"]));
    assert_eq!(trace_alone.code, 252, "--trace needs --tool: {}", trace_alone.stderr);
}

#[test]
fn the_stream_variant_runs_the_same_loop() {
    let emulator = Emulator::start();
    let sandbox = tool_sandbox();
    let flags = tool_flags(&sandbox, "weather.sh");
    let streamed = run(sandbox
        .against(&emulator)
        .args(["converse", "claude-3-haiku", TWO_THINGS, "--stream"])
        .args(&flags));
    streamed.expect_code(0);
    assert_eq!(streamed.stdout.trim_end(), BOTH_RESULTS, "no tool-call lines, only the answer");

    let events = run(sandbox
        .against(&emulator)
        .args(["-o", "json", "converse", "claude-3-haiku", TWO_THINGS, "--stream"])
        .args(&flags));
    events.expect_code(0);
    let events: Vec<Value> = events.stdout.lines().map(|line| serde_json::from_str(line).unwrap()).collect();
    let stops: Vec<&str> = events
        .iter()
        .filter_map(|event| event.pointer("/messageStop/stopReason").and_then(Value::as_str))
        .collect();
    assert_eq!(stops, ["tool_use", "tool_use", "end_turn"], "every round's events, one per line");
    let tools: Vec<&str> = events
        .iter()
        .filter_map(|event| event.pointer("/contentBlockStart/start/toolUse/name").and_then(Value::as_str))
        .collect();
    assert_eq!(tools, ["get_time", "get_weather"]);
}

#[test]
fn chat_runs_tools_for_a_turn_from_stdin_and_keeps_the_rounds() {
    let emulator = Emulator::start();
    let sandbox = tool_sandbox();
    let flags = tool_flags(&sandbox, "weather.sh");
    let first = run_with_stdin(
        sandbox.against(&emulator).args(["chat", "nova-lite", "--session", "tools"]).args(&flags),
        TWO_THINGS,
    );
    first.expect_code(0);
    assert_eq!(first.stdout.trim_end(), BOTH_RESULTS, "stderr: {}", first.stderr);
    let session_file = sandbox.path().join("data").join("chat").join("tools.json");
    let session: Value = serde_json::from_slice(&std::fs::read(&session_file).unwrap()).unwrap();
    let messages = session["messages"].as_array().unwrap();
    assert_eq!(messages.len(), 6, "the question, two calls with their results, the answer: {messages:?}");
    assert_eq!(messages[1]["content"][0]["toolUse"]["name"], "get_time");
    assert_eq!(messages[2]["content"][0]["toolResult"]["content"][0]["text"], "14:05 local time");
    assert_eq!(messages[4]["content"][0]["toolResult"]["status"], "success");
    assert_eq!(session["toolConfig"]["tools"].as_array().unwrap().len(), 2);

    // A later turn without the tool flags: the saved toolConfig goes with the tool history.
    let second = run_with_stdin(
        sandbox.against(&emulator).args(["chat", "nova-lite", "--session", "tools"]),
        "Thanks, and rivers?",
    );
    second.expect_code(0);
    let session: Value = serde_json::from_slice(&std::fs::read(&session_file).unwrap()).unwrap();
    assert_eq!(session["messages"].as_array().unwrap().len(), 8);
}
