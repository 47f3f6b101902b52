//! `bedrock batch export-sfn` end to end: the Distributed Map state machine's structure for
//! every text family, every exported document checked by the real `asl-validator` (npm,
//! installed by `.ci/run` into `.ci/node`), the role's least-privilege policy (account from the
//! emulator's STS or `--account`), and the bad inputs.

use std::path::PathBuf;
use std::process::Command;

use serde_json::{Value, json};

use crate::support::{Emulator, Sandbox, run};

const INPUT: &str = "s3://my-bucket/prompts/records.jsonl";
const RESULTS: &str = "s3://out-bucket/runs/";

/// The validator `.ci/run` installs (`npm ci --prefix .ci/node`); a missing one fails the test.
fn validator() -> PathBuf {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".ci/node/node_modules/.bin/asl-validator");
    assert!(
        path.exists(),
        "{} is missing: install it with `npm ci --no-audit --no-fund --prefix .ci/node` (the install step of .ci/run)",
        path.display()
    );
    path
}

/// Whether an error of asl-validator 4.0.0 is its known false positive: a string array element
/// of a payload template must match `not_jsonata` (`^(?!\\{% )(.+)(?! %\\})$` in its
/// `schemas/jsonata.json`), whose `.+` does not match a line break, so an element with a newline
/// (Claude's `"stop_sequences": ["\n\nHuman:"]`) is refused although Step Functions takes it.
fn known_false_positive(document: &Value, error: &str) -> bool {
    let Some(rest) = error.strip_prefix("SCHEMA_VALIDATION_FAILED: ") else { return false };
    let Some((pointer, message)) = rest.split_once(" is invalid. ") else { return false };
    let in_array = pointer.rsplit('/').next().is_some_and(|last| last.parse::<usize>().is_ok());
    let with_newline =
        document.pointer(pointer).and_then(Value::as_str).is_some_and(|text| text.contains('\n'));
    in_array && with_newline && message == "must match exactly one schema in oneOf"
}

/// Run asl-validator on a state machine: the errors it reports (but its known false positive),
/// and everything it said.
fn validate(document: &Value) -> (Vec<String>, String) {
    let directory = tempfile::tempdir().unwrap();
    let file = directory.path().join("state-machine.json");
    std::fs::write(&file, serde_json::to_vec_pretty(document).unwrap()).unwrap();
    let output = Command::new(validator()).arg("--json-path").arg(&file).output().unwrap();
    let said =
        format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    if output.status.success() {
        return (Vec::new(), said);
    }
    let reported: Vec<String> = said
        .lines()
        .map(str::trim)
        .filter(|line| {
            line.split_once(": ").is_some_and(|(code, _)| {
                !code.is_empty() && code.chars().all(|c| c.is_ascii_uppercase() || c == '_')
            })
        })
        .map(str::to_string)
        .collect();
    assert!(!reported.is_empty(), "asl-validator failed without naming an error: {said}");
    let errors = reported.into_iter().filter(|error| !known_false_positive(document, error)).collect();
    (errors, said)
}

fn export(sandbox: &Sandbox, extra: &[&str]) -> Value {
    let mut args = vec!["batch", "export-sfn", "--input", INPUT, "--results", RESULTS];
    args.extend_from_slice(extra);
    let result = run(sandbox.configured().args(&args));
    result.expect_code(0);
    assert!(result.stderr.is_empty(), "stderr: {}", result.stderr);
    result.json()
}

fn task(machine: &Value) -> &Value {
    &machine["States"]["InvokeEachRecord"]["ItemProcessor"]["States"]["InvokeModel"]
}

/// One case per text family (and per variant of the document): the flags, the body member that
/// carries the prompt and the path the result is read from.
const CASES: &[(&str, &[&str], &str, &str)] = &[
    (
        "titan",
        &["--model", "titan-text-express", "--max-tokens", "100"],
        "/inputText.$",
        "$.Body.results[0].outputText",
    ),
    ("claude-completions", &["--model", "claude-v2"], "/prompt.$", "$.Body.completion"),
    (
        "claude-messages",
        &["--model", "claude-3-haiku", "--system", "Be brief", "--temperature", "0.2"],
        "/messages/0/content/0/text.$",
        "$.Body.content[0].text",
    ),
    ("jurassic", &["--model", "j2-mid"], "/prompt.$", "$.Body.completions[0].data.text"),
    ("cohere-command", &["--model", "command"], "/prompt.$", "$.Body.generations[0].text"),
    ("cohere-command-r", &["--model", "command-r"], "/message.$", "$.Body.text"),
    ("llama2", &["--model", "llama2-13b", "--system", "It's {braces}"], "/prompt.$", "$.Body.generation"),
    ("llama3", &["--model", "llama3-8b", "--max-tokens", "64"], "/prompt.$", "$.Body.generation"),
    ("mistral-completion", &["--model", "mistral-7b"], "/prompt.$", "$.Body.outputs[0].text"),
    ("mistral-large", &["--model", "mistral-large"], "/prompt.$", "$.Body.outputs[0].text"),
    (
        "nova",
        &["--model", "nova-lite"],
        "/messages/0/content/0/text.$",
        "$.Body.output.message.content[0].text",
    ),
    (
        "express-batch-records",
        &["--model", "claude-3-haiku", "--records", "batch", "--execution-type", "express"],
        "",
        "$.Body.content[0].text",
    ),
    (
        "thresholds",
        &[
            "--model",
            "titan-text-express",
            "--max-concurrency",
            "100",
            "--tolerated-failure-percentage",
            "3",
            "--max-records",
            "5000",
        ],
        "/inputText.$",
        "$.Body.results[0].outputText",
    ),
];

#[test]
fn every_exported_state_machine_is_valid_asl() {
    let sandbox = Sandbox::new();
    for (name, flags, prompt_member, result_path) in CASES {
        let machine = export(&sandbox, flags);
        let (errors, said) = validate(&machine);
        assert!(errors.is_empty(), "{name}: asl-validator refused the state machine: {said}\n{machine:#}");
        let task = task(&machine);
        assert_eq!(task["ResultSelector"]["result.$"], *result_path, "{name}");
        let parameters = &task["Parameters"];
        if prompt_member.is_empty() {
            assert_eq!(parameters["Body.$"], "$.record.modelInput", "{name}");
        } else {
            let reference = parameters["Body"].pointer(prompt_member).and_then(Value::as_str);
            let reference =
                reference.unwrap_or_else(|| panic!("{name}: no {prompt_member} in {parameters:#}"));
            assert!(reference.contains("$.record.prompt"), "{name}: {reference}");
            assert!(
                !parameters.to_string().contains("placeholder"),
                "{name}: the placeholder prompt is left in {parameters}"
            );
        }
    }
}

#[test]
fn the_validator_refuses_a_broken_state_machine() {
    // The check above can fail: a Catch that leads nowhere, and a body path that is not a path.
    let sandbox = Sandbox::new();
    let machine = export(&sandbox, &["--model", "claude-3-haiku"]);
    let mut broken = machine.clone();
    broken["States"]["InvokeEachRecord"]["ItemProcessor"]["States"]["InvokeModel"]["Catch"][0]["Next"] =
        json!("NoSuchState");
    let (errors, said) = validate(&broken);
    assert!(
        errors.iter().any(|error| error.contains("NoSuchState")),
        "a Catch to a missing state passed: {said}"
    );
    let mut broken = machine;
    broken["States"]["InvokeEachRecord"]["ItemProcessor"]["States"]["InvokeModel"]["Parameters"]["Body"]["messages"]
        [0]["content"][0]["text.$"] = json!("$.record[prompt");
    let (errors, said) = validate(&broken);
    assert!(errors.iter().any(|error| error.contains("text.$")), "a malformed path passed: {said}");
    // The false positive is recognised only where it applies: a newline in an array element.
    let claude_v2 = export(&sandbox, &["--model", "claude-v2"]);
    let stop = "/States/InvokeEachRecord/ItemProcessor/States/InvokeModel/Parameters/Body/stop_sequences/0";
    assert!(claude_v2.pointer(stop).and_then(Value::as_str).is_some_and(|text| text.contains('\n')));
    let error =
        format!("SCHEMA_VALIDATION_FAILED: {stop} is invalid. must match exactly one schema in oneOf");
    assert!(known_false_positive(&claude_v2, &error));
    let comment = "SCHEMA_VALIDATION_FAILED: /Comment is invalid. must match exactly one schema in oneOf";
    assert!(!known_false_positive(&claude_v2, comment));
}

#[test]
fn the_state_machine_reads_invokes_retries_catches_and_writes() {
    let sandbox = Sandbox::new();
    let machine = export(
        &sandbox,
        &[
            "--model",
            "claude-3-haiku",
            "--max-tokens",
            "300",
            "--execution-type",
            "express",
            "--max-concurrency",
            "40",
        ],
    );
    assert_eq!(machine["StartAt"], "InvokeEachRecord");
    let state = &machine["States"]["InvokeEachRecord"];
    assert_eq!(state["Type"], "Map");
    assert_eq!(
        state["ItemReader"],
        json!({"Resource": "arn:aws:states:::s3:getObject", "ReaderConfig": {"InputType": "JSONL"},
            "Parameters": {"Bucket": "my-bucket", "Key": "prompts/records.jsonl"}})
    );
    assert_eq!(
        state["ItemProcessor"]["ProcessorConfig"],
        json!({"Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS"})
    );
    assert_eq!(state["MaxConcurrency"], 40);
    assert!(state.get("ToleratedFailurePercentage").is_none());
    assert_eq!(
        state["ResultWriter"],
        json!({"Resource": "arn:aws:states:::s3:putObject", "Parameters": {"Bucket": "out-bucket", "Prefix": "runs"},
            "WriterConfig": {"OutputType": "JSONL", "Transformation": "COMPACT"}})
    );
    let task = task(&machine);
    assert_eq!(task["Resource"], "arn:aws:states:::bedrock:invokeModel");
    // The alias is resolved, and the body is the family's, with the prompt from the record.
    assert_eq!(task["Parameters"]["ModelId"], "anthropic.claude-3-haiku-20240307-v1:0");
    assert_eq!(task["Parameters"]["Body"]["max_tokens"], 300);
    assert_eq!(task["Parameters"]["Body"]["anthropic_version"], "bedrock-2023-05-31");
    assert_eq!(task["Parameters"]["Body"]["messages"][0]["content"][0]["text.$"], "$.record.prompt");
    let throttling = &task["Retry"][0];
    assert_eq!(throttling["ErrorEquals"][0], "Bedrock.ThrottlingException");
    assert_eq!(throttling["JitterStrategy"], "FULL");
    assert_eq!(throttling["MaxDelaySeconds"], 60);
    assert!(throttling["BackoffRate"].as_f64().unwrap() > 1.0);
    assert_eq!(task["Catch"][0]["ErrorEquals"], json!(["States.ALL"]));
    assert_eq!(task["Catch"][0]["Next"], "RecordFailed");
    // The default concurrency is bounded, and the standard execution type is the default.
    let defaults = export(&sandbox, &["--model", "titan-text-express"]);
    let state = &defaults["States"]["InvokeEachRecord"];
    assert_eq!(state["MaxConcurrency"], 10);
    assert_eq!(state["ItemProcessor"]["ProcessorConfig"]["ExecutionType"], "STANDARD");
    // Batch records are sent as they are: generation flags are said to be unused.
    let batch = run(sandbox
        .configured()
        .args(["batch", "export-sfn", "--input", INPUT, "--results", RESULTS])
        .args(["--model", "claude-3-haiku", "--records", "batch", "--max-tokens", "10"]));
    batch.expect_code(0);
    assert!(batch.stderr.contains("generation flags are not used"), "{}", batch.stderr);
    assert_eq!(
        batch
            .json()
            .pointer("/States/InvokeEachRecord/ItemProcessor/States/InvokeModel/Parameters/Body.$")
            .unwrap(),
        "$.record.modelInput"
    );
    // Help shows examples and says what a record is.
    let help = run(sandbox.configured().args(["batch", "export-sfn", "--help"]));
    help.expect_code(0);
    assert!(help.stdout.contains("Examples:") && help.stdout.contains("\"modelInput\""), "{}", help.stdout);
}

#[test]
fn the_policy_is_least_privilege_for_the_state_machine() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let flags =
        ["batch", "export-sfn", "--model", "titan-text-express", "--input", INPUT, "--results", RESULTS];
    let policy = run(sandbox.against(&emulator).args(["--region", "us-east-2"]).args(flags).args([
        "--policy",
        "--name",
        "BedrockBatch",
    ]));
    policy.expect_code(0);
    // The whole document is checked against the generator in `stepfunctions`' unit tests; here,
    // that the flags reach it: the model, the input object, the results prefix, the region, the
    // caller's account and the state machine's name.
    let resources = |sid: &str| -> Vec<String> {
        let statements = policy.json()["Statement"].as_array().unwrap().clone();
        let statement = statements.iter().find(|statement| statement["Sid"] == sid).unwrap().clone();
        statement["Resource"]
            .as_array()
            .unwrap()
            .iter()
            .map(|value| value.as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        resources("InvokeModel1"),
        ["arn:aws:bedrock:us-east-2::foundation-model/amazon.titan-text-express-v1"]
    );
    assert_eq!(resources("ReadRecords"), ["arn:aws:s3:::my-bucket/prompts/records.jsonl"]);
    assert_eq!(resources("WriteResults"), ["arn:aws:s3:::out-bucket/runs/*"]);
    assert_eq!(
        resources("StartChildExecutions"),
        ["arn:aws:states:us-east-2:123456789012:stateMachine:BedrockBatch"]
    );
    assert_eq!(
        resources("FollowChildExecutions"),
        ["arn:aws:states:us-east-2:123456789012:execution:BedrockBatch/*"]
    );
    // The invoke statement is `bedrock iam-policy invoke`'s, for a profile as for a model.
    let profile = "us.anthropic.claude-3-haiku-20240307-v1:0";
    let exported = run(sandbox
        .configured()
        .args(["batch", "export-sfn", "--model", profile, "--input", INPUT])
        .args(["--results", RESULTS, "--policy", "--name", "M", "--account", "111122223333"]));
    exported.expect_code(0);
    let iam = run(sandbox.configured().args([
        "iam-policy",
        "invoke",
        "--model",
        profile,
        "--account",
        "111122223333",
    ]));
    assert_eq!(exported.json()["Statement"][0], iam.json()["Statement"][0]);
    assert_eq!(
        exported.json()["Statement"][3]["Resource"][0],
        "arn:aws:states:us-east-1:111122223333:stateMachine:M"
    );
}

#[test]
fn bad_inputs_are_one_line_errors() {
    let sandbox = Sandbox::new();
    let cases: &[(&[&str], i32, &str)] = &[
        (
            &["--model", "claude-3-haiku", "--input", "my-bucket/records.jsonl", "--results", RESULTS],
            252,
            "--input",
        ),
        (
            &["--model", "claude-3-haiku", "--input", "s3://my-bucket/dir/", "--results", RESULTS],
            252,
            "names a prefix",
        ),
        (
            &["--model", "claude-3-haiku", "--input", INPUT, "--results", "https://out-bucket/runs"],
            252,
            "--results",
        ),
        (&["--model", "not.a-model-v1", "--input", INPUT, "--results", RESULTS], 252, "request format"),
        (&["--model", "titan-image", "--input", INPUT, "--results", RESULTS], 252, "not a text model"),
        (
            &["--model", "titan-embed-text-v2", "--input", INPUT, "--results", RESULTS],
            252,
            "not a text model",
        ),
        (
            &["--model", "claude-3-haiku", "--input", INPUT, "--results", RESULTS, "--max-concurrency", "0"],
            252,
            "--max-concurrency",
        ),
        (
            &[
                "--model",
                "claude-3-haiku",
                "--input",
                INPUT,
                "--results",
                RESULTS,
                "--tolerated-failure-percentage",
                "150",
            ],
            252,
            "percentage",
        ),
        (
            &["--model", "claude-3-haiku", "--input", INPUT, "--results", RESULTS, "--records", "csv"],
            252,
            "--records",
        ),
        (&["--model", "claude-3-haiku", "--input", INPUT, "--results", RESULTS, "--policy"], 252, "--name"),
        (
            &[
                "--model",
                "claude-3-haiku",
                "--input",
                INPUT,
                "--results",
                RESULTS,
                "--policy",
                "--name",
                "bad name!",
                "--account",
                "123456789012",
            ],
            252,
            "state machine name",
        ),
        (
            &[
                "--model",
                "claude-3-haiku",
                "--input",
                INPUT,
                "--results",
                RESULTS,
                "--policy",
                "--name",
                "M",
                "--account",
                "12ab",
            ],
            252,
            "12-digit",
        ),
    ];
    for (flags, code, fragment) in cases {
        let result = run(sandbox.configured().args(["batch", "export-sfn"]).args(*flags));
        result.expect_one_line_error(*code, fragment);
        assert!(result.stdout.is_empty(), "{flags:?} printed {}", result.stdout);
    }
}
