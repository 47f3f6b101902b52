//! `bedrock api`: every operation of the four service models, sent by the real binary to the
//! emulator with a valid input made from the model (its required members, each a value of its
//! type, pattern and length); each must succeed or fail with an error its operation declares.

use std::collections::BTreeMap;

use bedrock::api::model::{Service, ServiceModel};
use bedrock::api::names::cli_name;
use bedrock::emulator::synthesize::value_for;
use serde_json::Value;

use crate::support::{Emulator, Sandbox, run};

/// The input made of an operation's required members.
fn minimal_input(model: &ServiceModel, operation: &str) -> Value {
    let operation = model.operation(operation).unwrap();
    match operation.input.as_ref().and_then(|reference| model.shape(&reference.shape)) {
        Some(shape) => value_for(model, shape, "2024-05-01T12:00:00Z", 0),
        None => Value::Object(Default::default()),
    }
}

#[test]
#[allow(clippy::print_stderr)] // the coverage per service is the test's report
fn every_operation_answers_or_fails_with_a_declared_error() {
    let emulator = Emulator::with_args(&["--job-seconds", "0"]);
    let sandbox = Sandbox::new();
    let mut outcomes: BTreeMap<&str, (usize, usize, usize)> = BTreeMap::new();
    let mut problems = Vec::new();
    for service in Service::ALL {
        let model = service.model();
        for name in model.operation_names() {
            let operation = model.operation(name).unwrap();
            if bedrock::commands::api::input_is_a_stream(model, operation) {
                // Input event streams need HTTP/2 both ways: refused before sending (its own test).
                continue;
            }
            let input = minimal_input(model, name);
            let mut command = sandbox.against(&emulator);
            command.args([
                "-o",
                "json",
                "api",
                service.name(),
                &cli_name(name),
                "--cli-input-json",
                &input.to_string(),
            ]);
            if bedrock::api::response::raw_payload(model, operation).is_some() {
                command.arg("-");
            }
            let result = run(&mut command);
            let counts = outcomes.entry(service.name()).or_default();
            let declared = |code: &str| operation.errors.iter().any(|error| error.shape == code);
            match result.code {
                0 => {
                    counts.0 += 1;
                    // The answer, as printed, is valid against the operation's output shape
                    // (types, required members, enums, lengths, patterns).
                    let printed = bedrock::api::response::event_stream_member(model, operation).is_none()
                        && bedrock::api::response::raw_payload(model, operation).is_none();
                    if let (true, Some(output)) = (printed, operation.output.as_ref()) {
                        let document: Value = if result.stdout.trim().is_empty() {
                            Value::Object(Default::default())
                        } else {
                            serde_json::from_str(&result.stdout).unwrap_or(Value::Null)
                        };
                        // The one known exception: an agent created without a role has none
                        // to report, though the model marks the output member required (the
                        // SDKs read it as an empty string).
                        let known = |violation: &bedrock::api::validate::Violation| {
                            name == "CreateAgent"
                                && violation.client_message().contains("agentResourceRoleArn is required")
                        };
                        if let Err(violation) = bedrock::api::validate::validate_shape(
                            model,
                            &output.shape,
                            &document,
                            "",
                            bedrock::api::validate::Strictness::Client,
                        ) && !known(&violation)
                        {
                            problems.push(format!(
                                "{} {name}: output breaks its shape: {}",
                                service.name(),
                                violation.client_message()
                            ));
                        }
                    }
                }
                254 => {
                    let code = result
                        .stderr
                        .lines()
                        .find_map(|line| line.strip_prefix("error: "))
                        .and_then(|line| line.split(':').next())
                        .unwrap_or_default()
                        .to_string();
                    if declared(&code) {
                        counts.1 += 1;
                    } else {
                        counts.2 += 1;
                        problems.push(format!(
                            "{} {name}: undeclared {code}: {}",
                            service.name(),
                            result.stderr.trim()
                        ));
                    }
                }
                other => {
                    counts.2 += 1;
                    problems.push(format!(
                        "{} {name}: exit {other}: {}",
                        service.name(),
                        result.stderr.trim()
                    ));
                }
            }
        }
    }
    for (service, (answered, declared, failed)) in &outcomes {
        eprintln!("{service}: {answered} answered, {declared} declared errors, {failed} problems");
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn bidirectional_streams_are_refused_before_sending() {
    let sandbox = Sandbox::new();
    let emulator = Emulator::start();
    let mut command = sandbox.against(&emulator);
    command.args([
        "api",
        "bedrock-runtime",
        "invoke-model-with-bidirectional-stream",
        "--model-id",
        "amazon.nova-sonic-v1:0",
    ]);
    let result = run(&mut command);
    assert_eq!(result.code, 252, "{}", result.stderr);
    assert!(result.stderr.contains("bidirectional HTTP/2"), "{}", result.stderr);
}

#[test]
fn count_tokens_matches_the_usage_the_runtime_reports() {
    let sandbox = Sandbox::new();
    let emulator = Emulator::start();
    let messages =
        r#"[{"role":"user","content":[{"text":"Count the tokens of this sentence, please, all of them."}]}]"#;
    let api = |args: &[&str]| {
        let result =
            run(sandbox.against(&emulator).args(["-o", "json", "api", "bedrock-runtime"]).args(args));
        result.expect_code(0);
        result.json()
    };
    let model = "anthropic.claude-3-haiku-20240307-v1:0";
    let input = format!(r#"{{"converse": {{"messages": {messages}, "system": [{{"text": "Be brief."}}]}}}}"#);
    let counted = api(&["count-tokens", "--model-id", model, "--input", &input]);
    let answered = api(&[
        "converse",
        "--model-id",
        model,
        "--messages",
        messages,
        "--system",
        r#"[{"text": "Be brief."}]"#,
    ]);
    assert!(counted["inputTokens"].as_u64().unwrap() > 5, "{counted}");
    assert_eq!(counted["inputTokens"], answered["usage"]["inputTokens"]);
    // The InvokeModel form counts what the model's own body is charged.
    let body = r#"{"anthropic_version":"bedrock-2023-05-31","max_tokens":50,"messages":[{"role":"user","content":"Hello there, how many tokens?"}]}"#;
    // Blobs inside JSON are given as their text, as everywhere (raw-in-base64-out).
    let input = serde_json::json!({"invokeModel": {"body": body}}).to_string();
    let counted = api(&["count-tokens", "--model-id", model, "--input", &input]);
    let invoked = api(&["invoke-model", "--model-id", model, "--body", body, "-"]);
    assert_eq!(counted["inputTokens"], invoked["usage"]["input_tokens"], "{invoked}");
    // An image model has no tokens to count.
    let result = run(sandbox.against(&emulator).args([
        "api",
        "bedrock-runtime",
        "count-tokens",
        "--model-id",
        "amazon.titan-image-generator-v1",
        "--input",
        r#"{"invokeModel": {"body": "{\"textToImageParams\": {\"text\": \"a cat\"}}"}}"#,
    ]));
    result.expect_one_line_error(254, "ValidationException");
}

#[test]
fn application_inference_profiles_copy_a_model_and_answer_as_it() {
    let sandbox = Sandbox::new();
    let emulator = Emulator::start();
    let api =
        |args: &[&str]| run(sandbox.against(&emulator).args(["-o", "json", "api", "bedrock"]).args(args));
    let source = "arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-micro-v1:0";
    let created = api(&[
        "create-inference-profile",
        "--inference-profile-name",
        "team-a",
        "--model-source",
        &format!("copyFrom={source}"),
        "--tags",
        "key=team,value=a",
    ]);
    created.expect_code(0);
    let arn = created.json()["inferenceProfileArn"].as_str().unwrap().to_string();
    assert!(arn.contains(":application-inference-profile/"), "{arn}");
    let listed = api(&["list-inference-profiles", "--type-equals", "APPLICATION"]);
    assert_eq!(listed.json()["inferenceProfileSummaries"][0]["inferenceProfileArn"], arn.as_str());
    let fetched = api(&["get-inference-profile", "--inference-profile-identifier", &arn]).json();
    assert_eq!(fetched["models"][0]["modelArn"], source);
    assert_eq!(fetched["type"], "APPLICATION");
    let tags = api(&["list-tags-for-resource", "--resource-arn", &arn]).json();
    assert_eq!(tags["tags"], serde_json::json!([{"key": "team", "value": "a"}]));
    // Usable as the model of a runtime call, through the curated command too.
    let answer = run(sandbox.against(&emulator).args(["-o", "json", "converse", &arn, "hello"]));
    answer.expect_code(0);
    api(&[
        "create-inference-profile",
        "--inference-profile-name",
        "team-a",
        "--model-source",
        &format!("copyFrom={source}"),
    ])
    .expect_one_line_error(254, "ConflictException");
    api(&[
        "create-inference-profile",
        "--inference-profile-name",
        "b",
        "--model-source",
        "copyFrom=arn:aws:bedrock:us-east-1::foundation-model/no.such-model-v1:0",
    ])
    .expect_one_line_error(254, "ValidationException");
    api(&["delete-inference-profile", "--inference-profile-identifier", &arn]).expect_code(0);
    api(&["get-inference-profile", "--inference-profile-identifier", &arn])
        .expect_one_line_error(254, "ResourceNotFoundException");
}

#[test]
fn a_prompt_version_runs_through_converse_with_its_variables() {
    let sandbox = Sandbox::new();
    let emulator = Emulator::start();
    let api = |args: &[&str]| run(sandbox.against(&emulator).args(["-o", "json", "api"]).args(args));
    let variants = r#"[{"name":"v1","templateType":"TEXT","modelId":"amazon.nova-micro-v1:0",
        "templateConfiguration":{"text":{"text":"Tell me about {{topic}} in one line.","inputVariables":[{"name":"topic"}]}},
        "inferenceConfiguration":{"text":{"maxTokens":12}}}]"#;
    let created = api(&[
        "bedrock-agent",
        "create-prompt",
        "--name",
        "about",
        "--default-variant",
        "v1",
        "--variants",
        variants,
    ]);
    created.expect_code(0);
    let id = created.json()["id"].as_str().unwrap().to_string();
    let version = api(&["bedrock-agent", "create-prompt-version", "--prompt-identifier", &id]);
    version.expect_code(0);
    let arn = version.json()["arn"].as_str().unwrap().to_string();
    assert!(arn.ends_with(":1"), "{arn}");
    let answer = api(&[
        "bedrock-runtime",
        "converse",
        "--model-id",
        &arn,
        "--prompt-variables",
        r#"{"topic": {"text": "otters"}}"#,
    ]);
    answer.expect_code(0);
    let answer = answer.json();
    assert_eq!(answer["stopReason"], "max_tokens", "the variant's maxTokens applies: {answer}");
    assert_eq!(answer["usage"]["outputTokens"], 12);
    // The filled template is what is charged: the same count as the text sent directly.
    let direct = api(&[
        "bedrock-runtime",
        "converse",
        "--model-id",
        "amazon.nova-micro-v1:0",
        "--messages",
        r#"[{"role":"user","content":[{"text":"Tell me about otters in one line."}]}]"#,
    ]);
    assert_eq!(answer["usage"]["inputTokens"], direct.json()["usage"]["inputTokens"]);
    api(&["bedrock-runtime", "converse", "--model-id", &arn])
        .expect_one_line_error(254, "The prompt variable topic has no value");
    let missing = arn.replace(&id, "ZZZZZZZZZZ");
    api(&[
        "bedrock-runtime",
        "converse",
        "--model-id",
        &missing,
        "--prompt-variables",
        r#"{"topic": {"text": "x"}}"#,
    ])
    .expect_one_line_error(254, "ResourceNotFoundException");
}
