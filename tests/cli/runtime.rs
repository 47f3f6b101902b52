//! Runtime commands end to end: invoke, stream, converse, embed, image, chat against the
//! emulator, for every family, with the bad inputs of DESIGN.md §4.

use std::io::Write;
use std::process::Stdio;

use serde_json::{Value, json};

use crate::support::{Emulator, Sandbox, run};

/// A text prompt and a model id per text family.
const TEXT_MODELS: &[&str] = &[
    "amazon.titan-text-express-v1",
    "amazon.titan-text-lite-v1",
    "amazon.titan-text-premier-v1:0",
    "anthropic.claude-v2:1",
    "anthropic.claude-instant-v1",
    "anthropic.claude-3-haiku-20240307-v1:0",
    "cohere.command-text-v14",
    "cohere.command-r-plus-v1:0",
    "meta.llama2-13b-chat-v1",
    "meta.llama3-8b-instruct-v1:0",
    "mistral.mistral-7b-instruct-v0:2",
    "mistral.mixtral-8x7b-instruct-v0:1",
    "amazon.nova-lite-v1:0",
];

fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

#[test]
fn invoke_and_stream_agree_for_every_streaming_family() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    for model in TEXT_MODELS {
        let invoked = run(sandbox.against(&emulator).args([
            "invoke",
            model,
            "Tell me about rivers",
            "--max-tokens",
            "12",
        ]));
        invoked.expect_code(0);
        assert!(!invoked.stdout.trim().is_empty(), "{model}: no text");
        assert!(words(&invoked.stdout) <= 12, "{model}: max tokens not honoured: {}", invoked.stdout);
        let streamed = run(sandbox.against(&emulator).args([
            "stream",
            model,
            "Tell me about rivers",
            "--max-tokens",
            "12",
        ]));
        streamed.expect_code(0);
        assert_eq!(streamed.stdout.trim(), invoked.stdout.trim(), "{model}: stream differs from invoke");
    }
}

#[test]
fn ai21_invokes_but_does_not_stream() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let invoked = run(sandbox.against(&emulator).args([
        "invoke",
        "j2-mid",
        "Hello there",
        "--presence-penalty",
        "0.5",
    ]));
    invoked.expect_code(0);
    assert!(!invoked.stdout.trim().is_empty());
    run(sandbox.against(&emulator).args(["stream", "j2-mid", "Hello"]))
        .expect_one_line_error(252, "does not stream");
}

#[test]
fn json_output_is_the_model_response_body() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let titan = run(sandbox.against(&emulator).args([
        "-o",
        "json",
        "invoke",
        "titan-text-express",
        "Hi",
        "--max-tokens",
        "5",
    ]));
    titan.expect_code(0);
    let body = titan.json();
    assert!(body["results"][0]["outputText"].is_string(), "{body}");
    assert!(body["inputTextTokenCount"].is_number());
    let claude = run(sandbox.against(&emulator).args(["-o", "json", "invoke", "claude-3-haiku", "Hi"]));
    let body = claude.json();
    assert_eq!(body["type"], "message");
    assert_eq!(body["content"][0]["type"], "text");
    assert!(body["usage"]["output_tokens"].is_number());
}

#[test]
fn stream_json_is_ndjson_with_metrics_last() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let result = run(sandbox.against(&emulator).args([
        "-o",
        "json",
        "stream",
        "claude-3-haiku",
        "Hello world",
        "--max-tokens",
        "6",
    ]));
    result.expect_code(0);
    let events: Vec<Value> = result.stdout.lines().map(|line| serde_json::from_str(line).unwrap()).collect();
    assert!(events.len() >= 4, "{}", result.stdout);
    assert_eq!(events[0]["type"], "message_start");
    let last = events.last().unwrap();
    assert!(last["amazon-bedrock-invocationMetrics"]["outputTokenCount"].is_number(), "{last}");
}

#[test]
fn usage_goes_to_stderr() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    for command in ["invoke", "stream"] {
        let result = run(sandbox.against(&emulator).args([
            command,
            "llama3-8b",
            "one two three",
            "--max-tokens",
            "4",
            "--usage",
        ]));
        result.expect_code(0);
        let line = result
            .stderr
            .lines()
            .find(|line| line.starts_with("usage:"))
            .unwrap_or_else(|| panic!("{}", result.stderr));
        assert!(line.contains("input tokens") && line.contains("output tokens 4"), "{line}");
        assert!(!result.stdout.contains("usage:"));
    }
}

#[test]
fn prompts_come_from_stdin_and_files() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let from_argument = run(sandbox.against(&emulator).args(["invoke", "mistral-7b", "Explain tides"]));
    let mut command = sandbox.against(&emulator);
    command
        .args(["invoke", "mistral-7b"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().unwrap();
    child.stdin.take().unwrap().write_all(b"Explain tides").unwrap();
    let from_stdin = child.wait_with_output().unwrap();
    assert_eq!(from_stdin.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&from_stdin.stdout), from_argument.stdout);
    let file = sandbox.path().join("prompt.txt");
    std::fs::write(&file, "Explain tides").unwrap();
    let from_file =
        run(sandbox.against(&emulator).args(["invoke", "mistral-7b", "--prompt-file"]).arg(&file));
    assert_eq!(from_file.stdout, from_argument.stdout);
}

#[test]
fn dry_run_prints_the_family_body_without_calling() {
    let sandbox = Sandbox::new();
    let titan = run(sandbox.configured().args([
        "--endpoint-url",
        "http://127.0.0.1:9",
        "invoke",
        "titan-text-express",
        "Hello",
        "--max-tokens",
        "50",
        "--temperature",
        "0.2",
        "--stop",
        "User:",
        "--dry-run",
    ]));
    titan.expect_code(0);
    let body = titan.json();
    assert_eq!(body["textGenerationConfig"]["maxTokenCount"], 50);
    assert_eq!(body["textGenerationConfig"]["temperature"], 0.2);
    assert_eq!(body["textGenerationConfig"]["stopSequences"], json!(["User:"]));
    assert!(body["inputText"].as_str().unwrap().contains("Hello"));

    let llama =
        run(sandbox.configured().args(["invoke", "llama3-8b", "Hi", "--system", "Be brief", "--dry-run"]))
            .json();
    let prompt = llama["prompt"].as_str().unwrap();
    assert!(prompt.starts_with("<|begin_of_text|>"), "{prompt}");
    assert!(prompt.contains("Be brief") && prompt.contains("Hi"));

    let claude = run(sandbox.configured().args(["invoke", "claude-v2", "Hi", "--dry-run"])).json();
    assert!(claude["prompt"].as_str().unwrap().contains("\n\nHuman:"));
    assert!(claude["prompt"].as_str().unwrap().ends_with("\n\nAssistant:"));

    let mistral = run(sandbox.configured().args(["invoke", "mistral-7b", "Hi", "--dry-run"])).json();
    assert!(mistral["prompt"].as_str().unwrap().starts_with("<s>[INST]"));
}

#[test]
fn raw_bodies_are_sent_as_is() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let body_file = sandbox.path().join("body.json");
    std::fs::write(
        &body_file,
        r#"{"inputText": "Rivers and lakes", "textGenerationConfig": {"maxTokenCount": 3}}"#,
    )
    .unwrap();
    let result = run(sandbox
        .against(&emulator)
        .args(["invoke", "amazon.titan-text-lite-v1", "--body"])
        .arg(format!("@{}", body_file.display())));
    result.expect_code(0);
    assert!(words(&result.stdout) <= 3);
}

#[test]
fn images_are_sent_to_messages_models() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let image = sandbox.path().join("dot.png");
    std::fs::write(&image, tiny_png()).unwrap();
    let dry = run(sandbox
        .configured()
        .args(["invoke", "claude-3-haiku", "What is this?", "--dry-run", "--image"])
        .arg(&image))
    .json();
    let content = &dry["messages"][0]["content"];
    assert!(content.as_array().unwrap().iter().any(|block| block["type"] == "image"), "{dry}");
    let result = run(sandbox
        .against(&emulator)
        .args(["invoke", "claude-3-haiku", "What is this?", "--image"])
        .arg(&image));
    result.expect_code(0);
}

/// A valid 1x1 PNG.
pub fn tiny_png() -> Vec<u8> {
    let mut bytes = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut bytes, 1, 1);
        encoder.set_color(png::ColorType::Rgb);
        let mut writer = encoder.write_header().unwrap();
        writer.write_image_data(&[255, 0, 0]).unwrap();
    }
    bytes
}

#[test]
fn bad_runtime_inputs_are_one_line_usage_errors() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    run(sandbox.against(&emulator).args(["invoke", "titan-text-express", "Hi", "--top-k", "5"]))
        .expect_one_line_error(252, "--top-k");
    run(sandbox.against(&emulator).args(["invoke", "titan-text-express", "Hi", "--temperature", "1.5"]))
        .expect_one_line_error(252, "--temperature 1.5");
    run(sandbox.against(&emulator).args(["invoke", "titan-text-express", "   "]))
        .expect_one_line_error(252, "empty");
    run(sandbox.against(&emulator).args(["invoke", "titan-text-express", "--body", "{\"inputText\": }"]))
        .expect_one_line_error(252, "line 1 column");
    run(sandbox.against(&emulator).args([
        "invoke",
        "claude-3-haiku",
        "Hi",
        "--image",
        "/nonexistent/cat.png",
    ]))
    .expect_one_line_error(252, "/nonexistent/cat.png");
    let big = sandbox.path().join("big.png");
    std::fs::write(&big, vec![0u8; 4_000_000]).unwrap();
    run(sandbox.against(&emulator).args(["invoke", "claude-3-haiku", "Hi", "--image"]).arg(&big))
        .expect_one_line_error(252, "the limit is");
    run(sandbox.against(&emulator).args(["invoke", "titan-text-express", "Hi", "--image"]).arg(&big))
        .expect_one_line_error(252, "");
    run(sandbox.against(&emulator).args(["invoke", "acme.unknown-model-v1", "Hi"]))
        .expect_one_line_error(252, "cannot tell the request format");
    run(sandbox.against(&emulator).args(["invoke", "acme.unknown-model-v1", "--body", "{}"]))
        .expect_one_line_error(254, "ValidationException");
    run(sandbox.against(&emulator).args(["invoke", "titan-embed-text", "Hi"]))
        .expect_one_line_error(252, "bedrock embed");

    let mut command = sandbox.against(&emulator);
    command
        .args(["invoke", "titan-text-express"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().unwrap();
    child.stdin.take().unwrap().write_all(&[0xff, 0xfe, 0x00, 0x80]).unwrap();
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(252));
    assert!(String::from_utf8_lossy(&output.stderr).contains("not UTF-8"));
}

#[test]
fn throttled_invocations_are_retried() {
    let emulator = Emulator::with_args(&["--fault-throttle", "0.4", "--seed", "11"]);
    let sandbox = Sandbox::new();
    for _ in 0..4 {
        run(sandbox.against(&emulator).args(["--max-attempts", "8", "invoke", "nova-micro", "Hi"]))
            .expect_code(0);
    }
}

#[test]
fn a_stream_cut_midway_keeps_what_arrived() {
    let emulator = Emulator::with_args(&["--fault-stream-cut", "1"]);
    let sandbox = Sandbox::new();
    let result = run(sandbox.against(&emulator).args([
        "stream",
        "claude-3-haiku",
        "Tell me a long story",
        "--max-tokens",
        "40",
    ]));
    result.expect_one_line_error(255, "broke off");
    assert!(!result.stdout.trim().is_empty(), "partial output kept");
    assert!(words(&result.stdout) < 40);
}

#[test]
fn an_exception_frame_midway_is_a_service_error() {
    let emulator = Emulator::with_args(&["--fault-stream-exception", "1"]);
    let sandbox = Sandbox::new();
    let result = run(sandbox.against(&emulator).args([
        "stream",
        "titan-text-express",
        "Tell me a long story",
        "--max-tokens",
        "40",
    ]));
    result.expect_one_line_error(254, "ModelStreamErrorException");
    assert!(!result.stdout.trim().is_empty(), "partial output kept");
    let converse = run(sandbox.against(&emulator).args([
        "converse",
        "nova-lite",
        "Tell me a long story",
        "--stream",
        "--max-tokens",
        "40",
    ]));
    converse.expect_one_line_error(254, "ModelStreamErrorException");
}

/// The numbers of a `--usage` line: "… model latency M ms, total T ms …".
fn latencies(line: &str) -> (u64, u64) {
    let number_after = |label: &str| -> u64 {
        let rest =
            &line[line.find(label).unwrap_or_else(|| panic!("{label:?} not in {line}")) + label.len()..];
        rest.split_whitespace().next().unwrap().parse().unwrap()
    };
    (number_after("model latency "), number_after("total "))
}

#[test]
fn the_usage_total_includes_the_model_latency() {
    // 40 ms of injected latency: the model's latency is at least that, and the total holds it.
    let emulator = Emulator::with_args(&["--latency", "40"]);
    let sandbox = Sandbox::new();
    let cases: &[&[&str]] = &[
        &["invoke", "llama3-8b", "one two", "--max-tokens", "4", "--usage"],
        &["stream", "llama3-8b", "one two", "--max-tokens", "4", "--usage"],
        &["converse", "nova-micro", "one two", "--max-tokens", "4", "--usage"],
        &["converse", "nova-micro", "one two", "--max-tokens", "4", "--usage", "--stream"],
    ];
    for args in cases {
        let result = run(sandbox.against(&emulator).args(*args));
        result.expect_code(0);
        let line = result
            .stderr
            .lines()
            .find(|line| line.starts_with("usage:"))
            .unwrap_or_else(|| panic!("{}", result.stderr));
        let (model, total) = latencies(line);
        assert!(model >= 40, "{args:?}: the model latency is the time the service took: {line}");
        assert!(total >= model, "{args:?}: the total includes the model's latency: {line}");
    }
}

#[test]
fn json_output_prints_a_body_the_family_reader_does_not_know() {
    // A newer model's answer, in a shape no family reader knows yet.
    let service =
        crate::support::RecordingServer::start(r#"{"futureOutput":{"text":"hello"},"usage":{"tokens":3}}"#);
    let sandbox = Sandbox::new();
    let result = run(sandbox.configured().args([
        "--endpoint-url",
        &service.url,
        "-o",
        "json",
        "invoke",
        "nova-micro",
        "hi",
    ]));
    result.expect_code(0);
    assert_eq!(result.json(), serde_json::json!({"futureOutput": {"text": "hello"}, "usage": {"tokens": 3}}));
}

#[test]
fn query_applies_to_runtime_documents_and_the_config_output_to_control_plane_documents() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    // No -o: --query still reads the model's JSON answer.
    let queried =
        run(sandbox.against(&emulator).args(["invoke", "nova-micro", "one two", "--query", "keys(@)"]));
    queried.expect_code(0);
    assert!(queried.json().as_array().unwrap().contains(&serde_json::json!("output")), "{}", queried.stdout);

    // The config file's `output = "json"` shapes documents, not generated text.
    std::fs::write(sandbox.path().join("bedrock-config.toml"), "output = \"json\"\n").unwrap();
    let text = run(sandbox.against(&emulator).args(["invoke", "nova-micro", "one two"]));
    text.expect_code(0);
    assert!(
        serde_json::from_str::<serde_json::Value>(&text.stdout).is_err(),
        "generated text expected: {}",
        text.stdout
    );
    std::fs::write(sandbox.path().join("bedrock-config.toml"), "output = \"text\"\n").unwrap();
    let listed = run(sandbox.against(&emulator).args(["models", "list", "--provider", "amazon"]));
    listed.expect_code(0);
    assert!(listed.stdout.lines().next().unwrap().contains('\t'), "text rows expected: {}", listed.stdout);
}

/// A prompt router as the model: short prompts go to its cheaper model, long ones to its
/// fallback, and the answer names the model it went to, in Converse and in its stream.
#[test]
fn prompt_routers_pick_a_model_and_say_which() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let micro = "arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-micro-v1:0";
    let lite = "arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-lite-v1:0";
    let created = run(sandbox.against(&emulator).args([
        "-o",
        "json",
        "api",
        "bedrock",
        "create-prompt-router",
        "--prompt-router-name",
        "nova",
        "--models",
        &format!("modelArn={micro}"),
        &format!("modelArn={lite}"),
        "--routing-criteria",
        "responseQualityDifference=0.1",
        "--fallback-model",
        &format!("modelArn={lite}"),
    ]));
    created.expect_code(0);
    let router = created.json()["promptRouterArn"].as_str().unwrap().to_string();
    let converse = |prompt: &str, stream: bool| {
        let mut command = sandbox.against(&emulator);
        command.args(["-o", "json", "converse", &router, prompt]);
        if stream {
            command.arg("--stream");
        }
        run(&mut command)
    };
    let short = converse("Name a colour.", false);
    short.expect_code(0);
    assert_eq!(short.json()["trace"]["promptRouter"]["invokedModelId"], micro, "{}", short.stdout);
    let long_prompt = "Explain in detail ".repeat(12);
    let long = converse(&long_prompt, false);
    long.expect_code(0);
    assert_eq!(long.json()["trace"]["promptRouter"]["invokedModelId"], lite);
    let streamed = converse("Name a colour.", true);
    streamed.expect_code(0);
    let metadata: Value = serde_json::from_str(streamed.stdout.lines().last().unwrap()).unwrap();
    assert_eq!(metadata["metadata"]["trace"]["promptRouter"]["invokedModelId"], micro, "{}", streamed.stdout);
    let unknown = router.rsplit_once('/').map(|(head, _)| format!("{head}/nosuchrouter")).unwrap();
    run(sandbox.against(&emulator).args(["converse", &unknown, "hi"]))
        .expect_one_line_error(254, "The provided model identifier is invalid");
}

/// The current Claude and Llama 4 models answer only through their cross-region profiles: the
/// bare id gets the service's on-demand refusal, the `us.` profile invokes and streams.
#[test]
fn current_profile_only_models_answer_through_their_profiles() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    for (alias, id) in [
        ("claude-sonnet-4.5", "anthropic.claude-sonnet-4-5-20250929-v1:0"),
        ("claude-haiku-4.5", "anthropic.claude-haiku-4-5-20251001-v1:0"),
        ("claude-opus-4.1", "anthropic.claude-opus-4-1-20250805-v1:0"),
        ("claude-opus-4.6", "anthropic.claude-opus-4-6-v1"),
        ("claude-sonnet-4.6", "anthropic.claude-sonnet-4-6"),
        ("nova-2-lite", "amazon.nova-2-lite-v1:0"),
        ("pixtral-large", "mistral.pixtral-large-2502-v1:0"),
        ("llama4-scout", "meta.llama4-scout-17b-instruct-v1:0"),
        ("llama4-maverick", "meta.llama4-maverick-17b-instruct-v1:0"),
    ] {
        let direct = run(sandbox.against(&emulator).args(["invoke", alias, "Tell me about rivers"]));
        direct.expect_one_line_error(
            254,
            &format!("Invocation of model ID {id} with on-demand throughput isn"),
        );
        let profile = format!("us.{id}");
        let invoked = run(sandbox.against(&emulator).args([
            "invoke",
            &profile,
            "Tell me about rivers",
            "--max-tokens",
            "12",
        ]));
        invoked.expect_code(0);
        assert!(!invoked.stdout.trim().is_empty(), "{profile}: no text");
        let streamed = run(sandbox.against(&emulator).args([
            "stream",
            &profile,
            "Tell me about rivers",
            "--max-tokens",
            "12",
        ]));
        streamed.expect_code(0);
        assert_eq!(streamed.stdout.trim(), invoked.stdout.trim(), "{profile}");
    }
    let global = run(sandbox.against(&emulator).args([
        "invoke",
        "global.anthropic.claude-haiku-4-5-20251001-v1:0",
        "hi",
    ]));
    global.expect_code(0);
    let nova = run(sandbox.against(&emulator).args([
        "-o",
        "json",
        "converse",
        "global.amazon.nova-2-lite-v1:0",
        "hi",
    ]));
    nova.expect_code(0);
    assert!(nova.json()["output"]["message"]["content"][0]["text"].is_string(), "{}", nova.stdout);
}

/// Claude Opus 4.6 and Sonnet 4.6 (dateless ids, the first from the 4.6 generation): the Messages
/// API body, the model named without its `-v1`, reasoning with a budget, and the geographies the
/// Claude documentation lists (Opus 4.6 also in apac., Sonnet 4.6 not).
#[test]
fn claude_4_6_models_answer_through_their_geography_profiles() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let bedrock = |args: &[&str]| run(sandbox.against(&emulator).args(args));
    let invoked =
        bedrock(&["-o", "json", "invoke", "global.anthropic.claude-opus-4-6-v1", "Hi", "--max-tokens", "20"]);
    invoked.expect_code(0);
    assert_eq!(invoked.json()["model"], "claude-opus-4-6", "{}", invoked.stdout);
    let sonnet =
        bedrock(&["-o", "json", "invoke", "jp.anthropic.claude-sonnet-4-6", "Hi", "--max-tokens", "20"]);
    sonnet.expect_code(0);
    assert_eq!(sonnet.json()["model"], "claude-sonnet-4-6", "{}", sonnet.stdout);
    let reasoned = bedrock(&[
        "-o",
        "json",
        "converse",
        "us.anthropic.claude-sonnet-4-6",
        "Why is the sky blue?",
        "--reasoning",
        "1024",
        "--max-tokens",
        "2048",
    ]);
    reasoned.expect_code(0);
    let content = reasoned.json()["output"]["message"]["content"].clone();
    assert!(content[0]["reasoningContent"]["reasoningText"]["text"].is_string(), "{content}");
    bedrock(&["invoke", "apac.anthropic.claude-opus-4-6-v1", "Hi", "--max-tokens", "20"]).expect_code(0);
    bedrock(&["invoke", "apac.anthropic.claude-sonnet-4-6", "Hi"])
        .expect_one_line_error(254, "The provided model identifier is invalid");
    let listed = bedrock(&[
        "api",
        "bedrock",
        "get-inference-profile",
        "--inference-profile-identifier",
        "eu.anthropic.claude-opus-4-6-v1",
    ]);
    listed.expect_code(0);
    assert_eq!(listed.json()["models"].as_array().map(Vec::len), Some(6), "{}", listed.stdout);
}

/// Pixtral Large takes only the Mistral AI chat completion body: `--image` files as data URLs
/// before the prompt, the answer read from `choices`, Converse with an image, its limits checked.
#[test]
fn pixtral_large_takes_chat_completions_with_images() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let image = sandbox.path().join("dot.png");
    std::fs::write(&image, tiny_png()).unwrap();
    let image = image.to_str().unwrap();
    let bedrock = |args: &[&str]| run(sandbox.against(&emulator).args(args));
    const PIXTRAL: &str = "us.mistral.pixtral-large-2502-v1:0";
    let dry = bedrock(&[
        "invoke",
        PIXTRAL,
        "What is this?",
        "--image",
        image,
        "--system",
        "Be brief.",
        "--dry-run",
    ]);
    dry.expect_code(0);
    let body: Value = serde_json::from_str(&dry.stdout).unwrap();
    assert_eq!(body["messages"][0], json!({"role": "system", "content": "Be brief."}), "{body}");
    let content = &body["messages"][1]["content"];
    assert!(content[0]["image_url"]["url"].as_str().unwrap().starts_with("data:image/png;base64,"), "{body}");
    assert_eq!(content[1], json!({"type": "text", "text": "What is this?"}));
    let whole = bedrock(&["-o", "json", "invoke", PIXTRAL, "What is this?", "--image", image]);
    whole.expect_code(0);
    assert!(whole.json()["choices"][0]["message"]["content"].is_string(), "{}", whole.stdout);
    let conversed = bedrock(&[
        "-o",
        "json",
        "converse",
        "eu.mistral.pixtral-large-2502-v1:0",
        "What is this?",
        "--image",
        image,
    ]);
    conversed.expect_code(0);
    assert!(conversed.json()["output"]["message"]["content"][0]["text"].is_string(), "{}", conversed.stdout);
    bedrock(&["invoke", PIXTRAL, "hi", "--top-k", "5"])
        .expect_one_line_error(252, "--top-k is not supported");
    bedrock(&["invoke", PIXTRAL, "hi", "--max-tokens", "16385"])
        .expect_one_line_error(252, "out of range for Pixtral Large: allowed 1 to 16384");
    bedrock(&["invoke", PIXTRAL, "--body", r#"{"prompt": "<s>[INST] hi [/INST]"}"#])
        .expect_one_line_error(254, "messages");
}

/// Nova Canvas takes the Titan Image Generator body and answers with PNGs `bedrock image` saves.
#[test]
fn nova_canvas_generates_images() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let dry = run(sandbox.configured().args(["image", "nova-canvas", "A lighthouse", "--dry-run"])).json();
    assert_eq!(dry["taskType"], "TEXT_IMAGE", "{dry}");
    assert_eq!(dry["textToImageParams"]["text"], "A lighthouse", "{dry}");
    let out = sandbox.path().join("canvas");
    let result = run(sandbox
        .against(&emulator)
        .args(["image", "nova-canvas", "A lighthouse", "--width", "1024", "--height", "1024", "--out-dir"])
        .arg(&out));
    result.expect_code(0);
    let path = result.stdout.lines().next().unwrap().to_string();
    let bytes = std::fs::read(&path).unwrap();
    assert_eq!(&bytes[1..4], b"PNG", "{path}");
    assert_eq!(u32::from_be_bytes(bytes[16..20].try_into().unwrap()), 1024);
}

/// Cohere Embed v4 answers by type (`{"float": [[…]]}`); `bedrock embed` reads the floats.
#[test]
fn cohere_embed_v4_vectors_are_read_by_type() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let result = run(sandbox.against(&emulator).args(["embed", "cohere-embed-v4", "one", "two"]));
    result.expect_code(0);
    let vectors = result.json();
    assert_eq!(vectors.as_array().unwrap().len(), 2, "{vectors}");
    assert_eq!(vectors[0].as_array().unwrap().len(), 1536);
    assert_ne!(vectors[0], vectors[1]);
}

/// Stable Image Core, Ultra and SD3.5 Large: `bedrock image` builds their body (`aspect_ratio`
/// from `--width`/`--height`) and saves the PNG the emulator answers with.
#[test]
fn stable_image_models_generate_and_save_images() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    for model in [
        "stability.stable-image-core-v1:1",
        "stability.stable-image-ultra-v1:1",
        "stability.sd3-5-large-v1:0",
    ] {
        let dry = run(sandbox.configured().args([
            "image",
            model,
            "A fox",
            "--width",
            "1344",
            "--height",
            "768",
            "--seed",
            "9",
            "--dry-run",
        ]))
        .json();
        assert_eq!(dry["aspect_ratio"], "16:9", "{dry}");
        assert_eq!(dry["prompt"], "A fox", "{dry}");
        let out = sandbox.path().join(model.replace([':', '.'], "-"));
        let result = run(sandbox
            .against(&emulator)
            .args(["image", model, "A fox", "--width", "1344", "--height", "768", "--seed", "9", "--out-dir"])
            .arg(&out));
        result.expect_code(0);
        let bytes = std::fs::read(result.stdout.lines().next().unwrap()).unwrap();
        assert_eq!(&bytes[1..4], b"PNG");
        assert_eq!(u32::from_be_bytes(bytes[16..20].try_into().unwrap()), 1344, "{model}");
    }
    let bad = run(sandbox.against(&emulator).args([
        "image",
        "stability.stable-image-core-v1:1",
        "A fox",
        "--width",
        "1000",
        "--height",
        "1000",
    ]));
    bad.expect_one_line_error(252, "is not a size");
}
