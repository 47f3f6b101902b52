//! The models that speak OpenAI chat completions on InvokeModel, against the emulator: OpenAI
//! gpt-oss (`openai.gpt-oss-20b-1:0`, `openai.gpt-oss-120b-1:0`), on-demand text models whose
//! answer has the reasoning in `<reasoning>` tags before it, and Writer Palmyra X4 and X5,
//! served through their `us.` profiles. `invoke`, `stream`, `converse` and `batch` build the
//! body and read the chat completion object and its chunks; bad flags and bodies are refused.

use serde_json::Value;

use crate::support::{Emulator, Sandbox, run};

const SMALL: &str = "openai.gpt-oss-20b-1:0";
const LARGE: &str = "openai.gpt-oss-120b-1:0";

#[test]
fn gpt_oss_models_are_in_the_catalog_on_demand() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    for (id, name) in [(SMALL, "gpt-oss-20b"), (LARGE, "gpt-oss-120b")] {
        let got = run(sandbox.against(&emulator).args(["-o", "json", "models", "get", id]));
        got.expect_code(0);
        let details = &got.json()["modelDetails"];
        assert_eq!(details["modelName"], name, "{details}");
        assert_eq!(details["providerName"], "OpenAI");
        assert_eq!(details["inputModalities"], serde_json::json!(["TEXT"]));
        assert_eq!(details["outputModalities"], serde_json::json!(["TEXT"]));
        assert_eq!(details["inferenceTypesSupported"], serde_json::json!(["ON_DEMAND"]));
        assert_eq!(details["responseStreamingSupported"], true);
    }
    let listed = run(sandbox.against(&emulator).args([
        "api",
        "bedrock",
        "list-foundation-models",
        "--by-provider",
        "OpenAI",
        "--query",
        "modelSummaries[].modelId",
        "--output",
        "json",
    ]));
    listed.expect_code(0);
    let mut ids: Vec<String> = serde_json::from_str(&listed.stdout).unwrap();
    ids.sort();
    assert_eq!(ids, [LARGE, SMALL]);
}

#[test]
fn gpt_oss_invokes_streams_and_converses_through_chat_completions() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let bedrock = |args: &[&str]| run(sandbox.against(&emulator).args(args));

    // The body: a developer message for --system, the prompt as the user's, the budget as
    // max_completion_tokens.
    let dry = bedrock(&[
        "invoke",
        "gpt-oss-20b",
        "Hi",
        "--system",
        "Be brief.",
        "--max-tokens",
        "300",
        "--dry-run",
    ]);
    dry.expect_code(0);
    let body: Value = serde_json::from_str(&dry.stdout).unwrap();
    assert_eq!(
        body,
        serde_json::json!({
            "messages": [{"role": "developer", "content": "Be brief."}, {"role": "user", "content": "Hi"}],
            "max_completion_tokens": 300,
        })
    );

    // InvokeModel: the chat completion object, the reasoning before the answer.
    let invoked = bedrock(&["invoke", LARGE, "Why is the sky blue?", "--max-tokens", "400"]);
    invoked.expect_code(0);
    let (reasoning, answer) = invoked.stdout.split_once("</reasoning>").expect("the reasoning is closed");
    assert!(reasoning.starts_with("<reasoning>Thinking about: Why is the sky blue?"), "{}", invoked.stdout);
    assert!(!answer.trim().is_empty(), "{}", invoked.stdout);
    let whole = bedrock(&["-o", "json", "invoke", LARGE, "Why is the sky blue?", "--max-tokens", "400"]);
    whole.expect_code(0);
    let document = whole.json();
    assert_eq!(document["object"], "chat.completion");
    assert_eq!(document["model"], LARGE);
    assert_eq!(document["choices"][0]["finish_reason"], "stop");
    assert!(document["usage"]["completion_tokens"].as_u64().unwrap() <= 400, "{document}");

    // InvokeModelWithResponseStream: the deltas say what InvokeModel says.
    let streamed = bedrock(&["stream", LARGE, "Why is the sky blue?", "--max-tokens", "400"]);
    streamed.expect_code(0);
    assert_eq!(streamed.stdout, invoked.stdout, "the stream says what InvokeModel says");
    let usage = bedrock(&["stream", "gpt-oss-20b", "Hi", "--max-tokens", "20", "--usage"]);
    usage.expect_code(0);
    assert!(usage.stderr.contains("usage: input tokens 1, output tokens "), "{}", usage.stderr);

    // Converse and ConverseStream.
    let conversed =
        bedrock(&["-o", "json", "converse", "gpt-oss-120b", "Why is the sky blue?", "--system", "Be brief."]);
    conversed.expect_code(0);
    let output = conversed.json();
    assert!(output["output"]["message"]["content"][0]["text"].is_string(), "{output}");
    assert_eq!(output["stopReason"], "end_turn", "{output}");
    let converse_streamed = bedrock(&["converse", "gpt-oss-120b", "Why is the sky blue?", "--stream"]);
    converse_streamed.expect_code(0);
    assert!(!converse_streamed.stdout.trim().is_empty());
}

#[test]
fn gpt_oss_refuses_what_its_body_cannot_carry() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let bedrock = |args: &[&str]| run(sandbox.against(&emulator).args(args));

    // Flags the chat-completions body has no field for, or out of its range: usage errors.
    bedrock(&["invoke", "gpt-oss-20b", "Hi", "--top-k", "5"])
        .expect_one_line_error(252, "--top-k is not supported by OpenAI gpt-oss");
    bedrock(&["stream", "gpt-oss-20b", "Hi", "--temperature", "2.5"])
        .expect_one_line_error(252, "allowed 0 to 2");
    bedrock(&[
        "invoke",
        "gpt-oss-20b",
        "Hi",
        "--stop",
        "a",
        "--stop",
        "b",
        "--stop",
        "c",
        "--stop",
        "d",
        "--stop",
        "e",
    ])
    .expect_one_line_error(252, "at most 4 stop sequences");

    // A body whose `stream` or `model` disagrees with the operation or the model id.
    bedrock(&[
        "invoke",
        SMALL,
        "--body",
        r#"{"messages": [{"role": "user", "content": "Hi"}], "stream": true}"#,
    ])
    .expect_one_line_error(254, "stream must be false for InvokeModel");
    bedrock(&[
        "invoke",
        SMALL,
        "--body",
        &format!(r#"{{"messages": [{{"role": "user", "content": "Hi"}}], "model": "{LARGE}"}}"#),
    ])
    .expect_one_line_error(254, "does not match the model ID");
    bedrock(&["invoke", SMALL, "--body", r#"{"prompt": "Hi"}"#]).expect_one_line_error(254, "messages");

    // gpt-oss is served on demand: there is no cross-region profile of it.
    bedrock(&["converse", "us.openai.gpt-oss-20b-1:0", "Hi"])
        .expect_one_line_error(254, "The provided model identifier is invalid");
}

#[test]
fn gpt_oss_batch_records_carry_the_same_answers() {
    let root = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(root.path().join("batch-data")).unwrap();
    let emulator = Emulator::with_args(&["--s3-root", root.path().to_str().unwrap(), "--job-seconds", "0"]);
    let sandbox = Sandbox::new();
    // The service's minimum of 100 records a job.
    let prompts: Vec<String> = (1..=100).map(|number| format!("question {number} about rivers")).collect();
    let input = sandbox.path().join("prompts.jsonl");
    let lines: Vec<String> = prompts.iter().map(|prompt| Value::String(prompt.clone()).to_string()).collect();
    std::fs::write(&input, lines.join("\n") + "\n").unwrap();
    let ran = run(sandbox.against(&emulator).args([
        "-o",
        "json",
        "batch",
        "run",
        input.to_str().unwrap(),
        "--model",
        "gpt-oss-20b",
        "--max-tokens",
        "80",
        "--role-arn",
        "arn:aws:iam::123456789012:role/Batch",
        "--s3-uri",
        "s3://batch-data/gpt-oss/",
    ]));
    ran.expect_code(0);
    let records: Vec<Value> = ran.stdout.lines().map(|line| serde_json::from_str(line).unwrap()).collect();
    assert_eq!(records.len(), 100);
    let direct = run(sandbox.against(&emulator).args(["invoke", SMALL, &prompts[6], "--max-tokens", "80"]));
    direct.expect_code(0);
    assert_eq!(records[6]["text"].as_str().unwrap(), direct.stdout.trim_end_matches('\n'));
    assert!(records[6]["text"].as_str().unwrap().starts_with("<reasoning>"), "{}", records[6]);
}

#[test]
fn palmyra_answers_through_its_us_profile() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let bedrock = |args: &[&str]| run(sandbox.against(&emulator).args(args));
    const X5: &str = "us.writer.palmyra-x5-v1:0";

    let dry = bedrock(&[
        "invoke",
        X5,
        "Hi",
        "--system",
        "Be brief.",
        "--max-tokens",
        "300",
        "--presence-penalty=-1.5",
        "--dry-run",
    ]);
    dry.expect_code(0);
    let body: Value = serde_json::from_str(&dry.stdout).unwrap();
    assert_eq!(
        body,
        serde_json::json!({
            "messages": [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hi"}],
            "max_tokens": 300,
            "presence_penalty": -1.5,
        })
    );

    // Without --max-tokens the service's default of 16 tokens ends the answer.
    let short = bedrock(&["-o", "json", "invoke", X5, "Tell me about rivers"]);
    short.expect_code(0);
    let document = short.json();
    assert_eq!(document["object"], "chat.completion");
    assert_eq!(document["model"], "writer.palmyra-x5-v1:0");
    assert_eq!(document["usage"]["completion_tokens"], 16, "{document}");
    assert_eq!(document["choices"][0]["finish_reason"], "length");
    assert!(!document["choices"][0]["message"]["content"].as_str().unwrap().contains("<reasoning>"));

    let invoked =
        bedrock(&["invoke", "us.writer.palmyra-x4-v1:0", "Tell me about rivers", "--max-tokens", "200"]);
    invoked.expect_code(0);
    let streamed =
        bedrock(&["stream", "us.writer.palmyra-x4-v1:0", "Tell me about rivers", "--max-tokens", "200"]);
    streamed.expect_code(0);
    assert_eq!(streamed.stdout, invoked.stdout, "the stream says what InvokeModel says");
    let conversed = bedrock(&["-o", "json", "converse", X5, "Tell me about rivers", "--system", "Be brief."]);
    conversed.expect_code(0);
    assert!(conversed.json()["output"]["message"]["content"][0]["text"].is_string(), "{}", conversed.stdout);

    // Profile-only, and the documented limits.
    bedrock(&["invoke", "palmyra-x5", "Hi"]).expect_one_line_error(254, "with on-demand throughput isn");
    bedrock(&["invoke", X5, "Hi", "--max-tokens", "8193"])
        .expect_one_line_error(252, "out of range for Writer Palmyra: allowed 1 to 8192");
    bedrock(&["invoke", X5, "Hi", "--top-k", "3"])
        .expect_one_line_error(252, "--top-k is not supported by Writer Palmyra");
    bedrock(&[
        "invoke",
        X5,
        "--body",
        r#"{"messages": [{"role": "user", "content": "Hi"}], "max_tokens": 10, "min_tokens": 20}"#,
    ])
    .expect_one_line_error(254, "min_tokens");
}
