//! Reasoning (extended thinking), service tiers and cache tokens against the emulator: signed
//! reasoning blocks that must come back unchanged on the next turn, streamed reasoning events,
//! the usage errors of `--reasoning`, the tier echoed, and cache tokens in `--usage`.

use std::process::Stdio;

use serde_json::{Value, json};

use crate::support::{Emulator, Sandbox, run, run_with_stdin};

const MODEL: &str = "us.anthropic.claude-3-7-sonnet-20250219-v1:0";

fn write_json(sandbox: &Sandbox, name: &str, value: &Value) -> std::path::PathBuf {
    let path = sandbox.path().join(name);
    std::fs::write(&path, serde_json::to_vec(value).unwrap()).unwrap();
    path
}

#[test]
fn a_second_turn_is_accepted_with_the_first_turns_signature_and_refused_without_it() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let first = run(sandbox.against(&emulator).args([
        "-o",
        "json",
        "converse",
        MODEL,
        "Why is the sky blue?",
        "--reasoning",
        "1024",
    ]));
    first.expect_code(0);
    let document = first.json();
    let message = document["output"]["message"].clone();
    let reasoning = &message["content"][0]["reasoningContent"]["reasoningText"];
    assert!(reasoning["text"].as_str().unwrap().starts_with("Thinking about: Why is the sky blue?"));
    assert!(!reasoning["signature"].as_str().unwrap().is_empty());
    assert!(message["content"][1]["text"].is_string());
    // Reasoning is counted in the output tokens.
    let usage = &document["usage"];
    assert_eq!(
        usage["totalTokens"].as_u64().unwrap(),
        usage["inputTokens"].as_u64().unwrap() + usage["outputTokens"].as_u64().unwrap()
    );

    let history = |assistant: Value| {
        json!([
            {"role": "user", "content": [{"text": "Why is the sky blue?"}]},
            assistant,
            {"role": "user", "content": [{"text": "And at sunset?"}]}
        ])
    };
    let second = |path: &std::path::Path| {
        run(sandbox
            .against(&emulator)
            .args(["-o", "json", "converse", MODEL, "--reasoning", "1024", "--messages"])
            .arg(path))
    };
    let kept = write_json(&sandbox, "kept.json", &history(message.clone()));
    let accepted = second(&kept);
    accepted.expect_code(0);
    let answer = accepted.json();
    assert!(
        answer["output"]["message"]["content"][0]["reasoningContent"]["reasoningText"]["text"]
            .as_str()
            .unwrap()
            .starts_with("Thinking about: And at sunset?")
    );

    let mut tampered = message.clone();
    let signature =
        tampered["content"][0]["reasoningContent"]["reasoningText"]["signature"].as_str().unwrap();
    let changed = format!("{}{}", if signature.starts_with('A') { "B" } else { "A" }, &signature[1..]);
    tampered["content"][0]["reasoningContent"]["reasoningText"]["signature"] = json!(changed);
    let tampered = write_json(&sandbox, "tampered.json", &history(tampered));
    second(&tampered).expect_one_line_error(254, "Invalid `signature`");

    let mut edited = message.clone();
    edited["content"][0]["reasoningContent"]["reasoningText"]["text"] = json!("I changed my mind.");
    let edited = write_json(&sandbox, "edited.json", &history(edited));
    second(&edited).expect_one_line_error(254, "Invalid `signature`");

    let mut dropped = message.clone();
    dropped["content"].as_array_mut().unwrap().remove(0);
    let dropped = write_json(&sandbox, "dropped.json", &history(dropped));
    second(&dropped).expect_one_line_error(254, "must start with a thinking block");
    // Without thinking, a turn without reasoning is fine.
    run(sandbox.against(&emulator).args(["converse", MODEL, "--messages"]).arg(&dropped)).expect_code(0);
}

#[test]
fn redacted_reasoning_round_trips() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let trigger = "ANTHROPIC_MAGIC_STRING_TRIGGER_REDACTED_THINKING_46C9A13E193C177646C7398A98432ECCCE4C1253D5E2D82641AC0E52CC2876CB";
    let prompt = format!("Think about this {trigger}");
    let first = run(sandbox.against(&emulator).args([
        "-o",
        "json",
        "converse",
        MODEL,
        &prompt,
        "--reasoning",
        "1024",
    ]));
    first.expect_code(0);
    let message = first.json()["output"]["message"].clone();
    assert!(message["content"][0]["reasoningContent"]["redactedContent"].is_string(), "{message}");
    let history = json!([
        {"role": "user", "content": [{"text": prompt}]},
        message,
        {"role": "user", "content": [{"text": "Go on"}]}
    ]);
    let path = write_json(&sandbox, "redacted.json", &history);
    run(sandbox.against(&emulator).args(["converse", MODEL, "--reasoning", "1024", "--messages"]).arg(&path))
        .expect_code(0);
}

#[test]
fn streamed_reasoning_is_its_own_ndjson_events_before_the_answer() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let streamed = run(sandbox.against(&emulator).args([
        "-o",
        "json",
        "converse",
        MODEL,
        "Why is the sky blue?",
        "--stream",
        "--reasoning",
        "1024",
        "--max-tokens",
        "1200",
    ]));
    streamed.expect_code(0);
    let events: Vec<Value> =
        streamed.stdout.lines().map(|line| serde_json::from_str(line).unwrap()).collect();
    let reasoning: Vec<&Value> = events
        .iter()
        .filter_map(|event| event.pointer("/contentBlockDelta/delta/reasoningContent"))
        .collect();
    assert!(reasoning.len() >= 2);
    let text: String = reasoning.iter().filter_map(|delta| delta["text"].as_str()).collect();
    assert!(text.starts_with("Thinking about: Why is the sky blue?"), "{text}");
    assert!(reasoning.last().unwrap()["signature"].is_string(), "the signature comes after the text");
    let first_answer =
        events.iter().position(|event| event.pointer("/contentBlockDelta/delta/text").is_some()).unwrap();
    let last_reasoning = events
        .iter()
        .rposition(|event| event.pointer("/contentBlockDelta/delta/reasoningContent").is_some())
        .unwrap();
    assert!(last_reasoning < first_answer);
    assert_eq!(events[first_answer]["contentBlockDelta"]["contentBlockIndex"], 1);

    // The same answer in the non-streamed document.
    let whole = run(sandbox.against(&emulator).args([
        "-o",
        "json",
        "converse",
        MODEL,
        "Why is the sky blue?",
        "--reasoning",
        "1024",
        "--max-tokens",
        "1200",
    ]));
    let document = whole.json();
    assert_eq!(
        document["output"]["message"]["content"][0]["reasoningContent"]["reasoningText"]["text"],
        json!(text)
    );

    // Piped text output is the answer only.
    let plain = run(sandbox.against(&emulator).args([
        "converse",
        MODEL,
        "Why is the sky blue?",
        "--stream",
        "--reasoning",
        "1024",
    ]));
    plain.expect_code(0);
    assert!(!plain.stdout.contains("Thinking about"), "{}", plain.stdout);
    assert!(!plain.stdout.trim().is_empty());
}

#[test]
fn chat_sessions_keep_the_reasoning_blocks_for_the_next_turn() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let ask = |text: &str, extra: &[&str]| {
        run_with_stdin(
            sandbox.against(&emulator).args(["chat", MODEL, "--reasoning", "1024"]).args(extra),
            text,
        )
    };
    let first = ask("Why is the sky blue?", &["--session", "thinking"]);
    first.expect_code(0);
    let session_file = sandbox.path().join("data").join("chat").join("thinking.json");
    let session: Value = serde_json::from_slice(&std::fs::read(&session_file).unwrap()).unwrap();
    let assistant = &session["messages"][1];
    assert!(
        assistant["content"][0]["reasoningContent"]["reasoningText"]["signature"].is_string(),
        "{assistant}"
    );
    let second = ask("And at sunset?", &["--session", "thinking"]);
    second.expect_code(0);
    let session: Value = serde_json::from_slice(&std::fs::read(&session_file).unwrap()).unwrap();
    assert_eq!(session["messages"].as_array().unwrap().len(), 4);
}

#[test]
fn invoke_and_stream_use_the_messages_thinking_field() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let dry =
        run(sandbox.against(&emulator).args(["invoke", MODEL, "Hello", "--reasoning", "2048", "--dry-run"]));
    dry.expect_code(0);
    let body = dry.json();
    assert_eq!(body["thinking"], json!({"type": "enabled", "budget_tokens": 2048}));
    assert_eq!(body["max_tokens"], 2048 + 4096);

    let whole =
        run(sandbox.against(&emulator).args(["-o", "json", "invoke", MODEL, "Hello", "--reasoning", "1024"]));
    whole.expect_code(0);
    let document = whole.json();
    assert_eq!(document["content"][0]["type"], "thinking");
    assert!(document["content"][0]["signature"].is_string());
    assert_eq!(document["content"][1]["type"], "text");

    let plain = run(sandbox.against(&emulator).args(["invoke", MODEL, "Hello", "--reasoning", "1024"]));
    plain.expect_code(0);
    assert_eq!(plain.stdout.trim(), document["content"][1]["text"].as_str().unwrap());

    let streamed =
        run(sandbox.against(&emulator).args(["-o", "json", "stream", MODEL, "Hello", "--reasoning", "1024"]));
    streamed.expect_code(0);
    let chunks: Vec<Value> =
        streamed.stdout.lines().map(|line| serde_json::from_str(line).unwrap()).collect();
    let kinds: Vec<&str> =
        chunks.iter().filter_map(|chunk| chunk.pointer("/delta/type")).filter_map(Value::as_str).collect();
    assert!(
        kinds.contains(&"thinking_delta")
            && kinds.contains(&"signature_delta")
            && kinds.contains(&"text_delta")
    );
    let plain_stream =
        run(sandbox.against(&emulator).args(["stream", MODEL, "Hello", "--reasoning", "1024"]));
    assert_eq!(plain_stream.stdout.trim(), plain.stdout.trim());
}

#[test]
fn bad_reasoning_inputs_are_usage_errors() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let cases: &[(&str, &[&str], &str)] = &[
        ("budget below the minimum", &["converse", MODEL, "Hi", "--reasoning", "1000"], "at least 1024"),
        (
            "budget at max tokens",
            &["converse", MODEL, "Hi", "--reasoning", "2000", "--max-tokens", "2000"],
            "less than --max-tokens",
        ),
        (
            "budget above max tokens",
            &["converse", MODEL, "Hi", "--stream", "--reasoning", "4000", "--max-tokens", "2000"],
            "less than --max-tokens",
        ),
        (
            "model without reasoning",
            &["converse", "nova-lite", "Hi", "--reasoning", "2000"],
            "has no extended thinking",
        ),
        (
            "older claude",
            &["converse", "claude-3-haiku", "Hi", "--reasoning", "2000"],
            "has no extended thinking",
        ),
        (
            "invoke without reasoning",
            &["invoke", "nova-lite", "Hi", "--reasoning", "2000"],
            "has no extended thinking",
        ),
        (
            "stream budget",
            &["stream", MODEL, "Hi", "--reasoning", "3000", "--max-tokens", "1500"],
            "less than --max-tokens",
        ),
        ("raw body", &["invoke", MODEL, "--body", "{}", "--reasoning", "2000"], "raw --body"),
        ("chat without reasoning", &["chat", "nova-lite", "--reasoning", "2000"], "has no extended thinking"),
    ];
    for (name, args, fragment) in cases {
        let result = run(sandbox.against(&emulator).args(*args).stdin(Stdio::null()));
        assert_eq!(result.code, 252, "{name}: {}", result.stderr);
        result.expect_one_line_error(252, fragment);
    }
    // The emulator checks too, with the service's wording, for requests that bypass the flags.
    let fields = r#"{"thinking": {"type": "enabled", "budget_tokens": 500}}"#;
    run(sandbox.against(&emulator).args(["converse", MODEL, "Hi", "--additional-fields", fields]))
        .expect_one_line_error(254, "greater than or equal to 1024");
    let fields = r#"{"thinking": {"type": "enabled", "budget_tokens": 2000}}"#;
    run(sandbox.against(&emulator).args(["converse", "nova-lite", "Hi", "--additional-fields", fields]))
        .expect_one_line_error(254, "Extra inputs are not permitted");
}

#[test]
fn service_tiers_are_sent_and_echoed() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let converse = run(sandbox.against(&emulator).args([
        "-o",
        "json",
        "converse",
        "nova-lite",
        "Hi",
        "--service-tier",
        "priority",
    ]));
    converse.expect_code(0);
    assert_eq!(converse.json()["serviceTier"], json!({"type": "priority"}));

    let streamed = run(sandbox.against(&emulator).args([
        "-o",
        "json",
        "converse",
        "nova-lite",
        "Hi",
        "--stream",
        "--service-tier",
        "flex",
        "--latency",
        "optimized",
    ]));
    streamed.expect_code(0);
    let metadata: Value =
        streamed.stdout.lines().last().map(|line| serde_json::from_str(line).unwrap()).unwrap();
    assert_eq!(metadata["metadata"]["serviceTier"], json!({"type": "flex"}));
    assert_eq!(metadata["metadata"]["performanceConfig"], json!({"latency": "optimized"}));

    let invoked = run(sandbox.against(&emulator).args([
        "invoke",
        "nova-lite",
        "Hi",
        "--service-tier",
        "flex",
        "--latency",
        "optimized",
        "--usage",
    ]));
    invoked.expect_code(0);
    assert!(invoked.stderr.contains("service tier flex"), "{}", invoked.stderr);

    let usage = run(sandbox.against(&emulator).args([
        "converse",
        "nova-lite",
        "Hi",
        "--service-tier",
        "default",
        "--usage",
    ]));
    assert!(usage.stderr.contains("service tier default"), "{}", usage.stderr);

    let streamed = run(sandbox.against(&emulator).args([
        "stream",
        "nova-lite",
        "Hi",
        "--service-tier",
        "reserved",
        "--usage",
    ]));
    streamed.expect_code(0);
    assert!(streamed.stderr.contains("service tier reserved"), "{}", streamed.stderr);

    let bad =
        run(sandbox.against(&emulator).args(["converse", "nova-lite", "Hi", "--service-tier", "fastest"]));
    assert_eq!(bad.code, 252, "{}", bad.stderr);
}

#[test]
fn usage_reports_cache_tokens() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let system = "You are a careful assistant who answers in full sentences about the weather";
    for stream in [false, true] {
        let mut command = sandbox.against(&emulator);
        command.args(["converse", "nova-lite", "Hi", "--system", system, "--cache-point", "--usage"]);
        if stream {
            command.arg("--stream");
        }
        let result = run(&mut command);
        result.expect_code(0);
        assert!(
            result.stderr.contains("cache read 0 tokens, cache write 13 tokens"),
            "stream {stream}: {}",
            result.stderr
        );
    }
    let document = run(sandbox.against(&emulator).args([
        "-o",
        "json",
        "converse",
        "nova-lite",
        "Hi",
        "--system",
        system,
        "--cache-point",
    ]))
    .json();
    assert_eq!(document["usage"]["cacheWriteInputTokens"], 13);
    assert_eq!(document["usage"]["cacheReadInputTokens"], 0);
    // Without a cache point nothing is said about the cache.
    let plain = run(sandbox.against(&emulator).args(["converse", "nova-lite", "Hi", "--usage"]));
    assert!(!plain.stderr.contains("cache"), "{}", plain.stderr);
}

#[test]
fn deepseek_r1_reasons_on_every_call_through_its_profile() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    const R1: &str = "us.deepseek.r1-v1:0";
    // InvokeModel: the body built in the model's chat template; the text holds the reasoning,
    // closed by </think>, then the answer.
    let invoked =
        run(sandbox.against(&emulator).args(["invoke", R1, "Why is the sky blue?", "--max-tokens", "400"]));
    invoked.expect_code(0);
    let (reasoning, answer) = invoked.stdout.split_once("</think>").expect("the reasoning is closed");
    assert!(reasoning.contains("Thinking about: Why is the sky blue?"), "{}", invoked.stdout);
    assert!(!answer.trim().is_empty(), "{}", invoked.stdout);
    let dry = run(sandbox.against(&emulator).args(["invoke", R1, "Hi", "--dry-run"]));
    dry.expect_code(0);
    assert!(dry.stdout.contains("<｜User｜>Hi<｜Assistant｜><think>"), "{}", dry.stdout);
    let streamed =
        run(sandbox.against(&emulator).args(["stream", R1, "Why is the sky blue?", "--max-tokens", "400"]));
    streamed.expect_code(0);
    assert_eq!(streamed.stdout, invoked.stdout, "the stream says what InvokeModel says");

    // Converse: a reasoningContent block before the answer, without asking for one.
    let conversed =
        run(sandbox.against(&emulator).args(["-o", "json", "converse", R1, "Why is the sky blue?"]));
    conversed.expect_code(0);
    let content = conversed.json()["output"]["message"]["content"].clone();
    assert!(content[0]["reasoningContent"]["reasoningText"]["text"].is_string(), "{content}");
    assert!(content[1]["text"].is_string(), "{content}");

    // The model is profile-only, and takes no budget.
    let direct = run(sandbox.against(&emulator).args(["converse", "deepseek-r1", "Hi"]));
    direct.expect_one_line_error(254, "with on-demand throughput isn");
    assert!(direct.stderr.contains("`us.deepseek.r1-v1:0`"), "{}", direct.stderr);
    run(sandbox.against(&emulator).args(["converse", R1, "Hi", "--reasoning", "2048"]))
        .expect_one_line_error(252, "reasons on every call and takes no budget");
    run(sandbox.against(&emulator).args(["invoke", R1, "Hi", "--max-tokens", "40000"]))
        .expect_one_line_error(252, "32768");
}
