//! `bedrock api` and the AWS CLI (from the venv) run the same command lines against the same
//! emulator and print the same JSON: every read and every write operation of the four models with
//! an input made from the model, and a table of command lines in the forms AWS documentation uses (shorthand,
//! `file://`, `--cli-input-json`, `--max-items`/`--starting-token`, `--query`).

use std::sync::Mutex;

use bedrock::api::model::Service;
use bedrock::api::names::cli_name;
use bedrock::emulator::synthesize::value_for;
use serde_json::Value;

use crate::awscli::{aws, aws_cli};
use crate::support::{Emulator, Run, Sandbox, run};

fn ours(sandbox: &Sandbox, emulator: &Emulator, args: &[&str]) -> Run {
    run(sandbox.against(emulator).args(["-o", "json", "api"]).args(args))
}

/// Both tools' documents, parsed; an empty answer is `{}` for both (the AWS CLI prints nothing).
fn document(result: &Run) -> Value {
    if result.stdout.trim().is_empty() { Value::Object(Default::default()) } else { result.json() }
}

/// The AWS CLI in the venv may predate an operation or a member the bundled models have
/// (argparse's usage error, exit 2 in AWS CLI v1, 252 in v2).
fn aws_lacks(result: &Run) -> bool {
    matches!(result.code, 2 | 252)
        && (result.stderr.contains("Invalid choice")
            || result.stderr.contains("invalid choice")
            || result.stderr.contains("Unknown options"))
}

/// AWS CLI v1 exits 255 on a service error where v2 (and `bedrock`, DESIGN §4) exits 254.
fn aws_code(result: &Run) -> i32 {
    if result.code == 255 && result.stderr.contains("An error occurred (") { 254 } else { result.code }
}

#[test]
fn every_read_operation_prints_what_the_aws_cli_prints() {
    if aws_cli().is_none() {
        return;
    }
    let emulator = Emulator::with_args(&["--job-seconds", "0"]);
    let sandbox = Sandbox::new();
    // Something to read: a flow, a prompt and a custom model's job.
    ours(
        &sandbox,
        &emulator,
        &[
            "bedrock-agent",
            "create-flow",
            "--name",
            "f",
            "--execution-role-arn",
            "arn:aws:iam::123456789012:role/flows",
        ],
    )
    .expect_code(0);
    ours(&sandbox, &emulator, &["bedrock-agent", "create-prompt", "--name", "p"]).expect_code(0);
    let cases = model_cases(true);
    let tally = Tally::default();
    std::thread::scope(|scope| {
        for chunk in cases.chunks(cases.len().div_ceil(4)) {
            let (sandbox, emulator, tally) = (&sandbox, &emulator, &tally);
            scope.spawn(move || compare(sandbox, emulator, emulator, chunk, tally));
        }
    });
    tally.report("read operations", cases.len(), 60);
}

#[test]
fn documented_command_lines_print_what_the_aws_cli_prints() {
    if aws_cli().is_none() {
        return;
    }
    let emulator = Emulator::with_args(&["--job-seconds", "0"]);
    let sandbox = Sandbox::new();
    let role = "arn:aws:iam::123456789012:role/flows";
    for index in 0..5 {
        let name = format!("flow-{index}");
        ours(
            &sandbox,
            &emulator,
            &["bedrock-agent", "create-flow", "--name", &name, "--execution-role-arn", role],
        )
        .expect_code(0);
    }
    let input = sandbox.path().join("list.json");
    std::fs::write(&input, r#"{"byProvider": "Amazon", "byInferenceType": "ON_DEMAND"}"#).unwrap();
    let file = format!("file://{}", input.display());
    let lines: Vec<Vec<&str>> = vec![
        vec!["bedrock", "list-foundation-models"],
        vec![
            "bedrock",
            "list-foundation-models",
            "--by-provider",
            "Anthropic",
            "--query",
            "modelSummaries[].modelId",
        ],
        vec![
            "bedrock",
            "list-foundation-models",
            "--query",
            "modelSummaries[?providerName==`\"Meta\"`].modelId",
        ],
        vec!["bedrock", "list-foundation-models", "--query", "modelSummaries[?providerName==`Meta`].modelId"],
        vec!["bedrock", "list-foundation-models", "--cli-input-json", &file],
        vec!["bedrock", "get-foundation-model", "--model-identifier", "amazon.titan-text-express-v1"],
        vec!["bedrock", "list-inference-profiles", "--max-items", "2"],
        vec![
            "bedrock",
            "list-inference-profiles",
            "--type-equals",
            "SYSTEM_DEFINED",
            "--query",
            "length(inferenceProfileSummaries)",
        ],
        vec!["bedrock-agent", "list-flows", "--max-items", "2"],
        vec!["bedrock-agent", "list-flows", "--max-items", "2", "--query", "flowSummaries[].name"],
        vec!["bedrock-agent", "list-flows", "--page-size", "2", "--query", "flowSummaries[].name"],
        vec![
            "bedrock-agent",
            "list-flows",
            "--no-paginate",
            "--max-results",
            "3",
            "--query",
            "flowSummaries[].name",
        ],
        vec![
            "bedrock-agent",
            "create-prompt",
            "--name",
            "{name}",
            "--variants",
            "name=v1,templateType=TEXT,templateConfiguration={text={text=Hello}}",
            "--query",
            "variants[0].templateConfiguration",
        ],
        vec![
            "bedrock-agent",
            "create-flow-alias",
            "--flow-identifier",
            "MISSING000",
            "--name",
            "a",
            "--routing-configuration",
            "flowVersion=1",
        ],
        vec!["bedrock", "get-custom-model", "--model-identifier", "nope"],
        vec![
            "bedrock",
            "list-tags-for-resource",
            "--resource-arn",
            "arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abcdefabcdef",
        ],
    ];
    for line in &lines {
        // A create gets a name of each tool's own, so that the second is no conflict.
        let named =
            |tool: &str| -> Vec<String> { line.iter().map(|word| word.replace("{name}", tool)).collect() };
        let (their_line, my_line) = (named("from-aws"), named("from-bedrock"));
        let their_line: Vec<&str> = their_line.iter().map(String::as_str).collect();
        let my_line: Vec<&str> = my_line.iter().map(String::as_str).collect();
        let theirs = aws(&sandbox, &emulator, &their_line);
        if aws_lacks(&theirs) {
            continue;
        }
        let mine = ours(&sandbox, &emulator, &my_line);
        assert_eq!(mine.code, aws_code(&theirs), "{line:?}\nours: {}\naws: {}", mine.stderr, theirs.stderr);
        if mine.code == 0 {
            assert_eq!(document(&mine), document(&theirs), "{line:?}");
        }
    }
    // A token from --max-items continues where the AWS CLI's would.
    let first = aws(&sandbox, &emulator, &["bedrock-agent", "list-flows", "--max-items", "2"]).json();
    let token = first["NextToken"].as_str().expect("a NextToken when --max-items cut the list");
    let theirs = aws(
        &sandbox,
        &emulator,
        &["bedrock-agent", "list-flows", "--max-items", "2", "--starting-token", token],
    );
    let mine = ours(
        &sandbox,
        &emulator,
        &["bedrock-agent", "list-flows", "--max-items", "2", "--starting-token", token],
    );
    assert_eq!(document(&mine), document(&theirs));
}

#[test]
fn bad_input_is_named_before_anything_is_sent() {
    let sandbox = Sandbox::new();
    // No emulator: nothing may be sent, so the endpoint is never reached.
    let unreachable = |args: &[&str]| {
        run(sandbox
            .configured()
            .args(["--endpoint-url", "http://127.0.0.1:9", "-o", "json", "api"])
            .args(args))
    };
    let cases: &[(&[&str], i32, &str)] = &[
        (&["bedrock-agnet"], 252, "unknown service `bedrock-agnet`"),
        (&["bedrock-agent", "create-flw"], 252, "bedrock-agent has no operation `create-flw`"),
        (
            &["bedrock-agent", "create-flow", "--name", "f"],
            252,
            "required flag is missing: --execution-role-arn",
        ),
        (
            &["bedrock", "list-custom-models", "--max-results", "x"],
            252,
            "--max-results: `x` is not an integer",
        ),
        (&["bedrock", "list-custom-models", "--sort-by", "Name"], 252, "Member must satisfy enum value set"),
        (&["bedrock", "list-custom-models", "--max-results", "5000"], 252, "less than or equal to"),
        (
            &["bedrock-agent", "get-agent", "--agent-id", "short"],
            252,
            "--agent-id = \"short\": Member must satisfy regular expression pattern",
        ),
        (
            &["bedrock-agent", "create-flow", "--name", "f", "--execution-role-arn", "r", "--tags", "a=b,"],
            252,
            "--tags is not valid shorthand at column 5",
        ),
        (
            &["bedrock-agent", "create-flow", "--cli-input-json", "{\"name\": }"],
            252,
            "--cli-input-json is not valid JSON at line 1 column 10",
        ),
        (&["bedrock", "list-foundation-models", "--max-items", "2"], 252, "does not page"),
    ];
    for (args, code, fragment) in cases {
        let result = unreachable(args);
        result.expect_one_line_error(*code, fragment);
    }
    let hint = unreachable(&["bedrock-agent", "create-flw"]);
    assert!(
        hint.stderr.contains("hint: did you mean `bedrock api bedrock-agent create-flow`?"),
        "{}",
        hint.stderr
    );
    let hint = unreachable(&["bedrock", "list-custom-models", "--max-result", "3"]);
    assert!(hint.stderr.contains("did you mean --max-results?"), "{}", hint.stderr);
}

#[test]
fn help_comes_from_the_models() {
    let sandbox = Sandbox::new();
    let result = run(sandbox.configured().args(["api", "bedrock-agent", "create-flow", "--help"]));
    result.expect_code(0);
    for expected in
        ["create-flow (bedrock-agent CreateFlow", "--execution-role-arn (string) [required]", "Output:"]
    {
        assert!(result.stdout.contains(expected), "{expected}: {}", result.stdout);
    }
    // `bedrock help COMMAND…` is the command's --help, as `aws help`.
    let through_help = run(sandbox.configured().args(["help", "api", "bedrock-agent", "create-flow"]));
    through_help.expect_code(0);
    assert_eq!(through_help.stdout, result.stdout);
    let models = run(sandbox.configured().args(["help", "models"]));
    models.expect_code(0);
    assert!(models.stdout.contains("Usage: bedrock models"), "{}", models.stdout);
    let result = run(sandbox.configured().args(["api", "bedrock-runtime", "help"]));
    result.expect_code(0);
    assert!(result.stdout.contains("converse-stream"), "{}", result.stdout);
    let result = run(sandbox.configured().args(["-o", "json", "api", "bedrock-agent-runtime"]));
    result.expect_code(0);
    assert_eq!(result.json()["operations"].as_array().unwrap().len(), 35);
}

/// What differs between two emulators that saw the same requests at other moments, and between
/// the idempotency tokens each tool makes up: timestamps and UUIDs.
fn normalized(document: &Value) -> Value {
    match document {
        Value::String(text) => Value::String(placeholder(text)),
        Value::Array(items) => Value::Array(items.iter().map(normalized).collect()),
        Value::Object(members) => {
            Value::Object(members.iter().map(|(key, value)| (key.clone(), normalized(value))).collect())
        }
        other => other.clone(),
    }
}

/// A string that is a timestamp or a UUID becomes a placeholder.
fn placeholder(text: &str) -> String {
    let bytes = text.as_bytes();
    let is_time = text.len() >= 19
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes[10] == b'T'
        && bytes[13] == b':'
        && text[..4].bytes().all(|byte| byte.is_ascii_digit());
    let is_uuid = text.len() == 36
        && text.bytes().enumerate().all(|(index, byte)| match index {
            8 | 13 | 18 | 23 => byte == b'-',
            _ => byte.is_ascii_hexdigit(),
        });
    if is_time {
        "[TIME]".to_string()
    } else if is_uuid {
        "[UUID]".to_string()
    } else {
        text.to_string()
    }
}

/// Every operation that changes something (create, update, delete, start, stop, tag …), with an
/// input made from the model: the AWS CLI against one fresh emulator and `bedrock api` against
/// another, in the same order, so both emulators see the same requests; each pair must exit alike
/// (the same error code on failure) and print the same document, timestamps and UUIDs aside.
#[test]
fn every_write_operation_prints_what_the_aws_cli_prints() {
    if aws_cli().is_none() {
        return;
    }
    let cases = model_cases(false);
    let tally = Tally::default();
    // Four groups, each with its own pair of emulators, the operations of a group in order.
    std::thread::scope(|scope| {
        for chunk in cases.chunks(cases.len().div_ceil(4)) {
            let tally = &tally;
            scope.spawn(move || {
                let sandbox = Sandbox::new();
                let for_aws = Emulator::with_args(&["--job-seconds", "0"]);
                let for_us = Emulator::with_args(&["--job-seconds", "0"]);
                compare(&sandbox, &for_aws, &for_us, chunk, tally);
            });
        }
    });
    tally.report("write operations", cases.len(), 100);
}

/// One operation of a model with an input made from it: (service, CLI name, input JSON).
type Case = (&'static str, String, String);

/// The read operations (`readonly`, List*, Get*) or the others, of the four models, that both
/// tools can run: no event stream, no raw payload, no input stream.
fn model_cases(read: bool) -> Vec<Case> {
    let mut cases = Vec::new();
    for service in Service::ALL {
        let model = service.model();
        for name in model.operation_names() {
            let operation = model.operation(name).unwrap();
            let readonly = operation.readonly || name.starts_with("List") || name.starts_with("Get");
            if readonly != read
                || bedrock::api::response::event_stream_member(model, operation).is_some()
                || bedrock::api::response::raw_payload(model, operation).is_some()
                || bedrock::commands::api::input_is_a_stream(model, operation)
            {
                continue;
            }
            let input = match operation.input.as_ref().and_then(|reference| model.shape(&reference.shape)) {
                Some(shape) => value_for(model, shape, "2024-05-01T12:00:00Z", 0),
                None => Value::Object(Default::default()),
            };
            cases.push((service.name(), cli_name(name), input.to_string()));
        }
    }
    cases
}

/// What the comparisons found, shared by their threads.
#[derive(Default)]
struct Tally {
    compared: Mutex<usize>,
    skipped: Mutex<Vec<String>>,
    problems: Mutex<Vec<String>>,
}

impl Tally {
    /// Print the coverage, and fail on any difference or when too few operations were compared.
    fn report(self, what: &str, total: usize, at_least: usize) {
        let compared = self.compared.into_inner().unwrap();
        let skipped = self.skipped.into_inner().unwrap();
        let problems = self.problems.into_inner().unwrap();
        #[allow(clippy::print_stderr)]
        {
            eprintln!(
                "{compared} of {total} {what} compared, {} not in the venv's AWS CLI: {}",
                skipped.len(),
                skipped.join(", ")
            );
        }
        assert!(problems.is_empty(), "{} differences:\n{}", problems.len(), problems.join("\n"));
        assert!(compared > at_least, "most {what} are compared");
    }
}

/// Run each case with the AWS CLI against `for_aws` and with `bedrock api` against `for_us`, in
/// order; an operation the venv's AWS CLI lacks is sent to neither (so twin emulators stay alike).
fn compare(sandbox: &Sandbox, for_aws: &Emulator, for_us: &Emulator, cases: &[Case], tally: &Tally) {
    for (service, operation, input) in cases {
        let args = [*service, operation.as_str(), "--cli-input-json", input.as_str()];
        let theirs = aws(sandbox, for_aws, &args);
        if aws_lacks(&theirs) {
            tally.skipped.lock().unwrap().push(format!("{service} {operation}"));
            continue;
        }
        let mine = ours(sandbox, for_us, &args);
        match difference(&mine, &theirs) {
            Some(problem) => tally.problems.lock().unwrap().push(format!("{service} {operation}: {problem}")),
            None => *tally.compared.lock().unwrap() += 1,
        }
    }
}

/// How two runs of one command line differ: the exit code, the error code of a service error,
/// or the document (timestamps and UUIDs aside).
fn difference(mine: &Run, theirs: &Run) -> Option<String> {
    let error_code = |result: &Run| {
        result
            .stderr
            .split(['(', ')', ':', ' '])
            .find(|word| word.ends_with("Exception") || word.ends_with("Error"))
            .map(str::to_string)
    };
    if mine.code != aws_code(theirs) {
        Some(format!(
            "exit {} vs the AWS CLI's {}: {} | {}",
            mine.code,
            theirs.code,
            mine.stderr.trim(),
            theirs.stderr.trim()
        ))
    } else if mine.code == 254 && error_code(mine) != error_code(theirs) {
        Some(format!("errors differ: {} | {}", mine.stderr.trim(), theirs.stderr.trim()))
    } else if mine.code == 0 && normalized(&document(mine)) != normalized(&document(theirs)) {
        Some(format!("documents differ:\n  ours: {}\n  aws:  {}", mine.stdout.trim(), theirs.stdout.trim()))
    } else {
        None
    }
}
