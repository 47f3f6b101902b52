//! converse (plain, streamed, tools, structured output, history), embed, image and chat against
//! the emulator.

use std::io::Write;
use std::process::Stdio;

use serde_json::{Value, json};

use crate::support::{Emulator, Sandbox, run, run_with_stdin};

#[test]
fn converse_and_converse_stream_agree() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    for model in ["nova-lite", "claude-3-haiku", "llama3-8b", "mistral-large", "command-r"] {
        let plain = run(sandbox.against(&emulator).args([
            "converse",
            model,
            "Describe the sea",
            "--max-tokens",
            "10",
        ]));
        plain.expect_code(0);
        assert!(!plain.stdout.trim().is_empty(), "{model}");
        let streamed = run(sandbox.against(&emulator).args([
            "converse",
            model,
            "Describe the sea",
            "--max-tokens",
            "10",
            "--stream",
        ]));
        streamed.expect_code(0);
        assert_eq!(streamed.stdout, plain.stdout, "{model}");
    }
}

#[test]
fn converse_json_and_stream_events() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let document = run(sandbox
        .against(&emulator)
        .args(["-o", "json", "converse", "nova-pro", "Hello", "--system", "Be brief"]))
    .json();
    assert_eq!(document["output"]["message"]["role"], "assistant");
    assert!(document["usage"]["totalTokens"].is_number());
    assert_eq!(document["stopReason"], "end_turn");

    let events =
        run(sandbox.against(&emulator).args(["-o", "json", "converse", "nova-pro", "Hello", "--stream"]));
    events.expect_code(0);
    let names: Vec<String> = events
        .stdout
        .lines()
        .map(|line| {
            serde_json::from_str::<Value>(line).unwrap().as_object().unwrap().keys().next().unwrap().clone()
        })
        .collect();
    assert_eq!(names.first().map(String::as_str), Some("messageStart"));
    assert_eq!(names.last().map(String::as_str), Some("metadata"));
    assert!(names.contains(&"contentBlockDelta".to_string()) && names.contains(&"messageStop".to_string()));
}

#[test]
fn structured_output_is_validated_json() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let schema = sandbox.path().join("person.json");
    std::fs::write(
        &schema,
        json!({"type": "object", "required": ["name", "age"], "properties": {"name": {"type": "string"}, "age": {"type": "integer"}, "role": {"enum": ["admin", "user"]}}}).to_string(),
    )
    .unwrap();
    for stream in [false, true] {
        let mut command = sandbox.against(&emulator);
        command.args(["converse", "claude-3-haiku", "Ada Lovelace, 36, admin", "--json-schema"]).arg(&schema);
        if stream {
            command.arg("--stream");
        }
        let result = run(&mut command);
        result.expect_code(0);
        let person = result.json();
        assert!(person["name"].is_string() && person["age"].is_i64(), "{person}");
    }
    let bad_schema = sandbox.path().join("bad.json");
    std::fs::write(&bad_schema, "[1, 2]").unwrap();
    run(sandbox
        .against(&emulator)
        .args(["converse", "claude-3-haiku", "x", "--json-schema"])
        .arg(&bad_schema))
    .expect_one_line_error(252, "must be an object");
}

#[test]
fn tool_use_round_trip_through_messages() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let tools = sandbox.path().join("tools.json");
    std::fs::write(
        &tools,
        json!({"tools": [{"toolSpec": {"name": "get_weather", "description": "Weather for a city", "inputSchema": {"json": {"type": "object", "required": ["city"], "properties": {"city": {"type": "string"}}}}}}], "toolChoice": {"any": {}}}).to_string(),
    )
    .unwrap();
    let first = run(sandbox
        .against(&emulator)
        .args(["-o", "json", "converse", "claude-3-haiku", "What is the weather in Paris?", "--tools"])
        .arg(&tools));
    first.expect_code(0);
    let document = first.json();
    assert_eq!(document["stopReason"], "tool_use");
    let tool_use = document["output"]["message"]["content"]
        .as_array()
        .unwrap()
        .iter()
        .find_map(|block| block.get("toolUse"))
        .unwrap()
        .clone();
    assert_eq!(tool_use["name"], "get_weather");
    assert!(tool_use["input"]["city"].is_string());

    let history = sandbox.path().join("history.json");
    std::fs::write(
        &history,
        json!([
            {"role": "user", "content": [{"text": "What is the weather in Paris?"}]},
            {"role": "assistant", "content": [{"toolUse": tool_use}]},
            {"role": "user", "content": [{"toolResult": {"toolUseId": tool_use["toolUseId"], "content": [{"text": "sunny and 24 degrees"}], "status": "success"}}]}
        ])
        .to_string(),
    )
    .unwrap();
    let tools_auto = sandbox.path().join("tools-auto.json");
    std::fs::write(
        &tools_auto,
        json!([{"toolSpec": {"name": "get_weather", "inputSchema": {"json": {"type": "object"}}}}])
            .to_string(),
    )
    .unwrap();
    let answer = run(sandbox
        .against(&emulator)
        .args(["converse", "claude-3-haiku", "--messages"])
        .arg(&history)
        .arg("--tools")
        .arg(&tools_auto));
    answer.expect_code(0);
    assert!(answer.stdout.contains("sunny"), "the answer uses the tool result: {}", answer.stdout);

    let text_mode = run(sandbox
        .against(&emulator)
        .args(["converse", "claude-3-haiku", "What is the weather in Paris?", "--tools"])
        .arg(&tools));
    let call: Value = serde_json::from_str(text_mode.stdout.lines().last().unwrap()).unwrap();
    assert_eq!(call["toolUse"]["name"], "get_weather");
}

#[test]
fn converse_bad_inputs() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let broken = sandbox.path().join("messages.json");
    std::fs::write(&broken, r#"[{"role": "user", "content": [{"txt": "x"}]}]"#).unwrap();
    run(sandbox.against(&emulator).args(["converse", "nova-lite", "--messages"]).arg(&broken))
        .expect_one_line_error(252, "messages[0].content[0]");
    run(sandbox.against(&emulator).args([
        "converse",
        "nova-lite",
        "Hi",
        "--document",
        "/nonexistent/report.pdf",
    ]))
    .expect_one_line_error(252, "/nonexistent/report.pdf");
    let odd = sandbox.path().join("notes.exe");
    std::fs::write(&odd, "x").unwrap();
    run(sandbox.against(&emulator).args(["converse", "nova-lite", "Hi", "--document"]).arg(&odd))
        .expect_one_line_error(252, "unsupported document type");
    run(sandbox.against(&emulator).args(["converse", "titan-embed-text", "Hi"]))
        .expect_one_line_error(254, "ValidationException");
    run(sandbox.against(&emulator).args(["converse", "nova-lite", "Hi", "--temperature", "3"]))
        .expect_one_line_error(252, "--temperature 3");
}

#[test]
fn documents_and_dry_run() {
    let sandbox = Sandbox::new();
    let notes = sandbox.path().join("meeting notes.txt");
    std::fs::write(&notes, "We agreed on Tuesday.").unwrap();
    let request = run(sandbox
        .configured()
        .args([
            "converse",
            "nova-lite",
            "When?",
            "--cache-point",
            "--request-metadata",
            "team=search",
            "--latency",
            "optimized",
            "--dry-run",
            "--document",
        ])
        .arg(&notes));
    request.expect_code(0);
    let request = request.json();
    let content = request["messages"][0]["content"].as_array().unwrap();
    assert_eq!(content[0]["document"]["name"], "meeting notes");
    assert_eq!(content[0]["document"]["format"], "txt");
    assert!(content.iter().any(|block| block.get("cachePoint").is_some()));
    assert_eq!(content.last().unwrap()["text"], "When?");
    assert_eq!(request["requestMetadata"]["team"], "search");
    assert_eq!(request["performanceConfig"]["latency"], "optimized");
}

#[test]
fn embeddings_have_the_requested_dimensions() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let v2 = run(sandbox.against(&emulator).args([
        "embed",
        "titan-embed-text-v2",
        "hello world",
        "--dimensions",
        "256",
    ]));
    v2.expect_code(0);
    let vectors = v2.json();
    assert_eq!(vectors.as_array().unwrap().len(), 1);
    let vector: Vec<f64> = vectors[0].as_array().unwrap().iter().map(|x| x.as_f64().unwrap()).collect();
    assert_eq!(vector.len(), 256);
    let norm: f64 = vector.iter().map(|x| x * x).sum::<f64>().sqrt();
    assert!((norm - 1.0).abs() < 1e-6, "normalised by default: {norm}");

    let v1 = run(sandbox.against(&emulator).args(["embed", "titan-embed-text-v1", "a", "b"])).json();
    assert_eq!(v1.as_array().unwrap().len(), 2);
    assert_eq!(v1[0].as_array().unwrap().len(), 1536);
    let same = run(sandbox.against(&emulator).args(["embed", "titan-embed-text-v1", "a"])).json();
    assert_eq!(same[0], v1[0], "deterministic");

    let cohere = run(sandbox.against(&emulator).args([
        "embed",
        "cohere-embed-english",
        "one",
        "two",
        "three",
        "--input-type",
        "search_query",
    ]))
    .json();
    assert_eq!(cohere.as_array().unwrap().len(), 3);
    assert_eq!(cohere[0].as_array().unwrap().len(), 1024);

    let image = sandbox.path().join("dot.png");
    std::fs::write(&image, crate::runtime::tiny_png()).unwrap();
    let multimodal = run(sandbox
        .against(&emulator)
        .args(["embed", "titan-embed-image", "--dimensions", "384", "--image"])
        .arg(&image));
    multimodal.expect_code(0);
    assert_eq!(multimodal.json()[0].as_array().unwrap().len(), 384);

    run(sandbox.against(&emulator).args(["embed", "titan-embed-text-v2", "x", "--dimensions", "100"]))
        .expect_one_line_error(252, "--dimensions");
    run(sandbox.against(&emulator).args(["embed", "nova-lite", "x"]))
        .expect_one_line_error(252, "not an embedding model");
}

#[test]
fn embedding_lines_give_ndjson_with_ids() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let input = sandbox.path().join("texts.jsonl");
    std::fs::write(&input, "{\"id\": \"a\", \"text\": \"first\"}\n\"second\"\n\n{\"text\": \"third\"}\n")
        .unwrap();
    let result = run(sandbox
        .against(&emulator)
        .args(["embed", "titan-embed-text-v2", "--dimensions", "256", "--input"])
        .arg(&input));
    result.expect_code(0);
    let lines: Vec<Value> = result.stdout.lines().map(|line| serde_json::from_str(line).unwrap()).collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[1]["id"], 2);
    assert_eq!(lines[2]["id"], 4);
    assert_eq!(lines[2]["embedding"].as_array().unwrap().len(), 256);

    let mut command = sandbox.against(&emulator);
    command
        .args(["embed", "titan-embed-text-v2"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().unwrap();
    child.stdin.take().unwrap().write_all(b"alpha\nbeta\n").unwrap();
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&output.stdout).lines().count(), 2);
}

fn png_size(path: &std::path::Path) -> (u32, u32) {
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(path).unwrap()));
    let reader = decoder.read_info().unwrap();
    let info = reader.info();
    (info.width, info.height)
}

#[test]
fn images_are_real_pngs_written_safely() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let out = sandbox.path().join("art");
    std::fs::create_dir(&out).unwrap();
    let result = run(sandbox
        .against(&emulator)
        .args([
            "image",
            "titan-image",
            "A lighthouse at dawn",
            "--count",
            "2",
            "--width",
            "512",
            "--height",
            "512",
            "--seed",
            "7",
            "--out-dir",
        ])
        .arg(&out));
    result.expect_code(0);
    let paths: Vec<&str> = result.stdout.lines().collect();
    assert_eq!(paths.len(), 2);
    assert!(paths[0].ends_with("a-lighthouse-at-dawn-1.png"));
    for path in &paths {
        assert_eq!(png_size(std::path::Path::new(path)), (512, 512));
    }
    let before = std::fs::read(paths[0]).unwrap();
    let refused = run(sandbox
        .against(&emulator)
        .args(["image", "titan-image", "A lighthouse at dawn", "--seed", "8", "--out-dir"])
        .arg(&out));
    refused.expect_one_line_error(252, "already exists");
    assert_eq!(std::fs::read(paths[0]).unwrap(), before, "not overwritten");
    run(sandbox
        .against(&emulator)
        .args(["image", "titan-image", "A lighthouse at dawn", "--seed", "8", "--force", "--out-dir"])
        .arg(&out))
    .expect_code(0);
    let leftovers = std::fs::read_dir(&out)
        .unwrap()
        .filter(|entry| entry.as_ref().unwrap().file_name().to_string_lossy().starts_with('.'))
        .count();
    assert_eq!(leftovers, 0, "no temporary files left");

    let sdxl = run(sandbox
        .against(&emulator)
        .args([
            "-o",
            "json",
            "image",
            "sdxl",
            "a fox",
            "--seed",
            "42",
            "--width",
            "1024",
            "--height",
            "1024",
            "--name",
            "fox",
            "--out-dir",
        ])
        .arg(&out));
    sdxl.expect_code(0);
    let written = sdxl.json();
    assert_eq!(written[0]["seed"], 42);
    assert_eq!(png_size(std::path::Path::new(written[0]["path"].as_str().unwrap())), (1024, 1024));

    run(sandbox.against(&emulator).args(["image", "titan-image", "x", "--count", "9"]))
        .expect_one_line_error(252, "--count");
    run(sandbox.against(&emulator).args(["image", "nova-lite", "x"]))
        .expect_one_line_error(252, "not an image model");
    run(sandbox.against(&emulator).args(["image", "titan-image", "x", "--task", "variation"]))
        .expect_one_line_error(252, "--source-image");
}

#[test]
fn chat_without_a_terminal_answers_one_turn_and_saves_the_session() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let ask = |text: &str, extra: &[&str]| {
        run_with_stdin(sandbox.against(&emulator).args(["chat", "nova-lite"]).args(extra), text)
    };
    let first = ask("Hello there", &["--session", "work"]);
    first.expect_code(0);
    assert!(!first.stdout.is_empty());
    let session_file = sandbox.path().join("data").join("chat").join("work.json");
    let session: Value = serde_json::from_slice(&std::fs::read(&session_file).unwrap()).unwrap();
    assert_eq!(session["messages"].as_array().unwrap().len(), 2);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&session_file).unwrap().permissions().mode() & 0o777, 0o600);
    }
    let second = ask("And again", &["--continue"]);
    second.expect_code(0);
    let session: Value = serde_json::from_slice(&std::fs::read(&session_file).unwrap()).unwrap();
    assert_eq!(session["messages"].as_array().unwrap().len(), 4);

    let refused = run(sandbox.against(&emulator).args(["chat", "nova-lite"]));
    refused.expect_one_line_error(252, "chat needs a terminal");
}

#[test]
fn image_out_dir_is_created_when_missing() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let out = sandbox.path().join("art").join("lighthouses");
    let result = run(sandbox
        .against(&emulator)
        .args(["image", "titan-image", "A lighthouse at dawn", "--seed", "3", "--out-dir"])
        .arg(&out));
    result.expect_code(0);
    let path = out.join("a-lighthouse-at-dawn-1.png");
    assert_eq!(result.stdout.trim(), path.display().to_string());
    assert!(path.is_file());
    let file = sandbox.path().join("a-file");
    std::fs::write(&file, "x").unwrap();
    run(sandbox.against(&emulator).args(["image", "titan-image", "x", "--out-dir"]).arg(&file))
        .expect_one_line_error(252, "is not a directory");
}

fn saved_session(sandbox: &Sandbox, name: &str) -> Value {
    let path = sandbox.path().join("data").join("chat").join(format!("{name}.json"));
    serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
}

/// `converse --continue` adds one turn to the last (or the named) chat session and saves it.
#[test]
fn converse_continue_adds_a_turn_to_a_chat_session() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    run(sandbox.against(&emulator).args(["converse", "--continue", "Hello"]))
        .expect_one_line_error(252, "no saved chat session to continue");
    run_with_stdin(
        sandbox.against(&emulator).args(["chat", "nova-lite", "--session", "work"]),
        "Hello there",
    )
    .expect_code(0);
    let messages = |sandbox: &Sandbox| saved_session(sandbox, "work")["messages"].as_array().unwrap().clone();

    let next = run(sandbox.against(&emulator).args(["converse", "--continue", "And then?"]));
    next.expect_code(0);
    assert!(!next.stdout.trim().is_empty());
    let saved = messages(&sandbox);
    assert_eq!(saved.len(), 4);
    assert_eq!(saved[2]["content"][0]["text"], "And then?");
    assert_eq!(saved[3]["role"], "assistant");
    assert_eq!(saved[3]["content"][0]["text"], next.stdout.trim_end());

    run(sandbox.against(&emulator).args(["converse", "--continue=work", "Third", "--stream"])).expect_code(0);
    let document =
        run(sandbox.against(&emulator).args(["-o", "json", "converse", "Fourth", "--continue=work"]));
    document.expect_code(0);
    let saved = messages(&sandbox);
    assert_eq!(saved.len(), 8);
    assert_eq!(saved[7], document.json()["output"]["message"]);
    let session = saved_session(&sandbox, "work");
    assert!(session["inputTokens"].as_u64().unwrap() > 0);

    // A dry run shows the whole conversation and saves nothing; MODEL still chooses the model.
    let dry = run(sandbox.against(&emulator).args([
        "converse",
        "claude-3-haiku",
        "Fifth",
        "--continue",
        "--dry-run",
    ]));
    dry.expect_code(0);
    let request = dry.json();
    assert_eq!(request["modelId"], "anthropic.claude-3-haiku-20240307-v1:0");
    assert_eq!(request["messages"].as_array().unwrap().len(), 9);
    assert_eq!(request["messages"][8]["content"][0]["text"], "Fifth");
    assert_eq!(messages(&sandbox).len(), 8);
}

#[test]
fn converse_continue_refuses_unknown_sessions_and_conflicting_flags() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    run_with_stdin(sandbox.against(&emulator).args(["chat", "nova-lite", "--session", "work"]), "Hello")
        .expect_code(0);
    let history = sandbox.path().join("history.json");
    std::fs::write(&history, "[]").unwrap();
    let cases: &[(&[&str], &str)] = &[
        (&["converse", "--continue=nope", "Hi"], "no saved chat session named 'nope'"),
        (&["converse", "--continue=../work", "Hi"], "invalid session name '../work'"),
        (&["converse", "--continue", "--messages", history.to_str().unwrap(), "Hi"], "cannot be used with"),
        (&["converse", "--continue=work"], "prompt"),
    ];
    for (args, fragment) in cases {
        run(sandbox.against(&emulator).args(*args)).expect_one_line_error(252, fragment);
    }
    assert_eq!(saved_session(&sandbox, "work")["messages"].as_array().unwrap().len(), 2);
}

/// `chat --list` shows the saved sessions newest first; `chat --delete NAME` removes one.
#[test]
fn chat_sessions_are_listed_newest_first_and_deleted() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let listed = |sandbox: &Sandbox| {
        let result = run(sandbox.against(&emulator).args(["-o", "json", "chat", "--list"]));
        result.expect_code(0);
        result.json()["sessions"].as_array().unwrap().clone()
    };
    assert!(listed(&sandbox).is_empty());
    for name in ["older", "newer"] {
        run_with_stdin(sandbox.against(&emulator).args(["chat", "nova-lite", "--session", name]), "Hello")
            .expect_code(0);
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let sessions = listed(&sandbox);
    let names: Vec<&str> = sessions.iter().map(|session| session["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["newer", "older"]);
    assert_eq!(sessions[0]["model"], "nova-lite");
    assert_eq!(sessions[0]["messages"], 2);
    let tokens = sessions[0]["tokens"].as_u64().unwrap();
    assert!(tokens > 0);
    assert_eq!(
        tokens,
        sessions[0]["inputTokens"].as_u64().unwrap() + sessions[0]["outputTokens"].as_u64().unwrap()
    );
    assert!(sessions[0]["modified"].as_str().unwrap().ends_with('Z'));
    let text = run(sandbox.against(&emulator).args(["-o", "text", "chat", "--list"]));
    assert!(text.stdout.starts_with("newer\tnova-lite\t2\t"), "{}", text.stdout);

    let deleted = run(sandbox.against(&emulator).args(["chat", "--delete", "older"]));
    deleted.expect_code(0);
    assert!(deleted.stdout.is_empty());
    let names: Vec<Value> = listed(&sandbox).iter().map(|session| session["name"].clone()).collect();
    assert_eq!(names, [json!("newer")]);
    let cases: &[(&[&str], &str)] = &[
        (&["chat", "--delete", "older"], "no saved chat session named 'older'"),
        (&["chat", "--delete", "../etc"], "invalid session name"),
        (&["chat", "--list", "nova-lite"], "cannot be used with"),
        (&["chat", "--delete", "newer", "--session", "newer"], "cannot be used with"),
    ];
    for (args, fragment) in cases {
        run(sandbox.against(&emulator).args(*args)).expect_one_line_error(252, fragment);
    }
}
