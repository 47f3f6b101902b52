//! `bedrock async start|get|list|wait` end to end against the emulator with an S3 directory: a
//! Nova Reel invocation waited for and its real MP4 downloaded; get, list with its status
//! filter, order and pages; idempotent starts; tags; progress on a terminal; and bad input (a
//! model without asynchronous invocation, a bad S3 URI, bad bodies, an unwritable output) as
//! one-line errors.

use std::path::Path;

use serde_json::Value;

use crate::support::{Emulator, Run, Sandbox, run};

const REEL: &str = "amazon.nova-reel-v1:0";
const OUTPUT: &str = "s3://reel-bucket/videos";

/// An emulator whose invocations take `job_seconds`, with the bucket `reel-bucket`.
fn emulator(job_seconds: &str) -> (Emulator, tempfile::TempDir) {
    let root = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(root.path().join("reel-bucket")).unwrap();
    let emulator =
        Emulator::with_args(&["--s3-root", root.path().to_str().unwrap(), "--job-seconds", job_seconds]);
    (emulator, root)
}

fn bedrock(sandbox: &Sandbox, emulator: &Emulator, args: &[&str]) -> Run {
    run(sandbox.against(emulator).args(["-o", "json"]).args(args))
}

fn start(sandbox: &Sandbox, emulator: &Emulator, prompt: &str) -> String {
    let result = bedrock(sandbox, emulator, &["async", "start", REEL, prompt, "--output-s3", OUTPUT]);
    result.expect_code(0);
    result.json()["invocationArn"].as_str().unwrap().to_string()
}

/// The top-level boxes of an ISO BMFF file: (type, content).
fn boxes(bytes: &[u8]) -> Vec<(String, &[u8])> {
    let mut found = Vec::new();
    let mut offset = 0;
    while offset + 8 <= bytes.len() {
        let size = u32::from_be_bytes(bytes[offset..offset + 4].try_into().unwrap()) as usize;
        let kind = String::from_utf8_lossy(&bytes[offset + 4..offset + 8]).into_owned();
        assert!(size >= 8 && offset + size <= bytes.len(), "box {kind} overruns the file");
        found.push((kind, &bytes[offset + 8..offset + size]));
        offset += size;
    }
    assert_eq!(offset, bytes.len(), "bytes after the last box");
    found
}

fn child<'a>(bytes: &'a [u8], name: &str) -> &'a [u8] {
    boxes(bytes).into_iter().find(|(kind, _)| kind == name).unwrap_or_else(|| panic!("no {name} box")).1
}

/// The movie's duration in seconds (mvhd: version, flags, times, timescale, duration).
fn duration_seconds(video: &[u8]) -> f64 {
    let header = child(child(video, "moov"), "mvhd");
    let timescale = u32::from_be_bytes(header[12..16].try_into().unwrap());
    let duration = u32::from_be_bytes(header[16..20].try_into().unwrap());
    f64::from(duration) / f64::from(timescale)
}

fn names_in(directory: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(directory)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn start_waits_and_downloads_a_playable_video() {
    let (emulator, root) = emulator("0.5");
    let sandbox = Sandbox::new();
    let directory = sandbox.path().join("videos");
    let result = bedrock(
        &sandbox,
        &emulator,
        &[
            "async",
            "start",
            "amazon.nova-reel-v1:1",
            "A paper boat on a river",
            "--duration",
            "12",
            "--seed",
            "9",
            "--output-s3",
            OUTPUT,
            "--download",
            directory.to_str().unwrap(),
        ],
    );
    result.expect_code(0);
    let document = result.json();
    assert_eq!(document["status"], "Completed", "{document}");
    assert!(document["endTime"].is_string() && document["submitTime"].is_string());
    assert_eq!(document["outputDataConfig"]["s3OutputDataConfig"]["s3Uri"], OUTPUT);
    assert!(result.stderr.contains("downloaded manifest.json, output.mp4"), "{}", result.stderr);
    // Only the finished files: no temporary ones left behind.
    assert_eq!(names_in(&directory), ["manifest.json", "output.mp4"]);
    let video = std::fs::read(directory.join("output.mp4")).unwrap();
    let kinds: Vec<String> = boxes(&video).into_iter().map(|(kind, _)| kind).collect();
    assert_eq!(kinds.first().map(String::as_str), Some("ftyp"));
    assert!(kinds.contains(&"moov".to_string()) && kinds.contains(&"mdat".to_string()), "{kinds:?}");
    assert!(child(&video, "ftyp").starts_with(b"isom"));
    assert_eq!(duration_seconds(&video), 12.0);
    // The same file as the emulator's S3 holds, under <s3Uri>/<invocation id>/.
    let id = document["invocationArn"].as_str().unwrap().rsplit('/').next().unwrap().to_string();
    let stored = std::fs::read(root.path().join("reel-bucket/videos").join(&id).join("output.mp4")).unwrap();
    assert_eq!(stored, video);
    let manifest: Value =
        serde_json::from_slice(&std::fs::read(directory.join("manifest.json")).unwrap()).unwrap();
    assert_eq!(manifest["outputs"][0]["durationSeconds"], 12);

    // `wait --download` into a directory that has the files refuses without --force.
    let arn = document["invocationArn"].as_str().unwrap();
    let wait = |extra: &[&str]| {
        let mut args = vec!["async", "wait", arn, "--download", directory.to_str().unwrap()];
        args.extend_from_slice(extra);
        bedrock(&sandbox, &emulator, &args)
    };
    wait(&[]).expect_one_line_error(252, "exists; pass --force");
    wait(&["--force"]).expect_code(0);
    assert_eq!(names_in(&directory), ["manifest.json", "output.mp4"]);
}

#[test]
fn get_list_filters_and_pages() {
    let (emulator, _root) = emulator("600");
    let sandbox = Sandbox::new();
    let arns: Vec<String> =
        ["one", "two", "three"].iter().map(|prompt| start(&sandbox, &emulator, prompt)).collect();
    for arn in &arns {
        assert!(
            arn.starts_with("arn:aws:bedrock:us-east-1:123456789012:async-invoke/")
                && arn.rsplit('/').next().unwrap().len() == 12,
            "{arn}"
        );
    }
    let got = bedrock(&sandbox, &emulator, &["async", "get", &arns[0]]);
    got.expect_code(0);
    let got = got.json();
    assert_eq!(got["status"], "InProgress");
    assert_eq!(got["modelArn"], "arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-reel-v1:0");
    assert!(got.get("endTime").is_none());

    let listed = |args: &[&str]| -> Vec<String> {
        let mut command = vec!["async", "list"];
        command.extend_from_slice(args);
        let result = bedrock(&sandbox, &emulator, &command);
        result.expect_code(0);
        result.json()["asyncInvokeSummaries"]
            .as_array()
            .unwrap()
            .iter()
            .map(|summary| summary["invocationArn"].as_str().unwrap().to_string())
            .collect()
    };
    let newest_first: Vec<String> = arns.iter().rev().cloned().collect();
    // Every page merged, whatever the page size.
    assert_eq!(listed(&["--page-size", "1"]), newest_first);
    assert_eq!(listed(&["--sort-order", "ascending"]), arns);
    assert_eq!(listed(&["--status", "InProgress"]), newest_first);
    assert!(listed(&["--status", "Completed"]).is_empty());
    assert!(listed(&["--submitted-after", "2999-01-01"]).is_empty());
    assert_eq!(listed(&["--submitted-before", "2999-01-01"]).len(), 3);
    // --max-items cuts the list and hands out the token to go on from.
    let cut = bedrock(&sandbox, &emulator, &["async", "list", "--max-items", "2"]);
    cut.expect_code(0);
    let token = cut.json()["nextToken"].as_str().unwrap().to_string();
    assert_eq!(listed(&["--starting-token", &token]), newest_first[2..]);
    // The raw operation pages as the service does.
    let page = bedrock(
        &sandbox,
        &emulator,
        &["api", "bedrock-runtime", "list-async-invokes", "--max-results", "1", "--no-paginate"],
    );
    page.expect_code(0);
    assert_eq!(page.json()["asyncInvokeSummaries"].as_array().unwrap().len(), 1);
    assert!(page.json()["nextToken"].is_string());

    // The same client token starts one invocation only.
    let again = |token: &str| {
        let result = bedrock(
            &sandbox,
            &emulator,
            &["async", "start", REEL, "same", "--output-s3", OUTPUT, "--client-token", token],
        );
        result.expect_code(0);
        result.json()["invocationArn"].as_str().unwrap().to_string()
    };
    assert_eq!(again("token-1"), again("token-1"));
    assert_ne!(again("token-1"), again("token-2"));
}

#[test]
fn a_failed_invocation_exits_254_with_its_message() {
    let (emulator, _root) = emulator("0");
    let sandbox = Sandbox::new();
    let result = bedrock(
        &sandbox,
        &emulator,
        &["async", "start", REEL, "a lighthouse", "--output-s3", "s3://missing-bucket/videos", "--wait"],
    );
    result.expect_one_line_error(254, "is Failed: Unable to write to the output S3 bucket missing-bucket");
    let failed = bedrock(&sandbox, &emulator, &["async", "list", "--status", "Failed"]);
    failed.expect_code(0);
    let summaries = failed.json()["asyncInvokeSummaries"].as_array().unwrap().clone();
    assert_eq!(summaries.len(), 1);
    assert!(summaries[0]["failureMessage"].as_str().unwrap().contains("missing-bucket"));
}

/// (name, arguments after `async start`, exit code, fragment of the error line).
const BAD_STARTS: &[(&str, &[&str], i32, &str)] = &[
    (
        "model without asynchronous invocation",
        &["amazon.titan-text-express-v1", "--body", "{\"inputText\":\"hi\"}", "--output-s3", OUTPUT],
        254,
        "The provided request is not valid",
    ),
    (
        "unknown model",
        &["example.nothing-v1", "--body", "{}", "--output-s3", OUTPUT],
        254,
        "model identifier is invalid",
    ),
    (
        "prompt for a model without a body builder",
        &["amazon.titan-text-express-v1", "hi", "--output-s3", OUTPUT],
        252,
        "--body is required",
    ),
    ("bad S3 URI", &[REEL, "a fox", "--output-s3", "reel-bucket/videos"], 252, "--output-s3"),
    ("upper-case bucket", &[REEL, "a fox", "--output-s3", "s3://Reel-Bucket/x"], 252, "--output-s3"),
    (
        "duration Nova Reel does not make",
        &[REEL, "a fox", "--duration", "7", "--output-s3", OUTPUT],
        252,
        "--duration: 7",
    ),
    (
        "body that is not JSON",
        &[REEL, "--body", "{taskType", "--output-s3", OUTPUT],
        252,
        "--body is not valid JSON",
    ),
    (
        "body without a task type",
        &[REEL, "--body", "{\"textToVideoParams\":{\"text\":\"x\"}}", "--output-s3", OUTPUT],
        254,
        "#: required key [taskType] not found",
    ),
    (
        "body with a bad duration",
        &[
            REEL,
            "--body",
            "{\"taskType\":\"TEXT_VIDEO\",\"textToVideoParams\":{\"text\":\"x\"},\"videoGenerationConfig\":{\"durationSeconds\":7}}",
            "--output-s3",
            OUTPUT,
        ],
        254,
        "#/videoGenerationConfig/durationSeconds: 7 is not a valid enum value",
    ),
    (
        "multi-shot video on Nova Reel 1.0",
        &[REEL, "a fox", "--duration", "12", "--output-s3", OUTPUT],
        254,
        "MULTI_SHOT_AUTOMATED is not a valid enum value",
    ),
    ("empty prompt", &[REEL, " ", "--output-s3", OUTPUT], 252, "the prompt is empty"),
    ("bad KMS key", &[REEL, "a fox", "--output-s3", OUTPUT, "--kms-key", "key"], 252, "kmsKeyId"),
];

#[test]
fn bad_input_is_one_line_errors() {
    let (emulator, _root) = emulator("0");
    let sandbox = Sandbox::new();
    for (name, args, code, fragment) in BAD_STARTS {
        let mut command = vec!["async", "start"];
        command.extend_from_slice(args);
        let result = bedrock(&sandbox, &emulator, &command);
        assert_eq!(result.code, *code, "{name}: {}", result.stderr);
        result.expect_one_line_error(*code, fragment);
    }
    let unknown = "arn:aws:bedrock:us-east-1:123456789012:async-invoke/abcdefghijkl";
    bedrock(&sandbox, &emulator, &["async", "get", unknown]).expect_one_line_error(254, "does not exist");
    bedrock(&sandbox, &emulator, &["async", "get", "not-an-arn"]).expect_one_line_error(254, "invocationArn");
    bedrock(&sandbox, &emulator, &["async", "list", "--submitted-after", "yesterday"])
        .expect_one_line_error(252, "--submitted-after");
    // Nothing was started by any of them.
    let listed = bedrock(&sandbox, &emulator, &["async", "list"]);
    assert_eq!(listed.json()["asyncInvokeSummaries"], Value::Array(Vec::new()));
    // Video models run only asynchronously.
    run(sandbox.against(&emulator).args(["invoke", REEL, "--body", "{}"]))
        .expect_one_line_error(254, "StartAsyncInvoke");
}

#[test]
fn waiting_on_a_terminal_shows_progress_then_a_table() {
    let (emulator, _root) = emulator("2");
    let sandbox = Sandbox::new();
    let tagged = bedrock(
        &sandbox,
        &emulator,
        &["async", "start", REEL, "a windmill", "--output-s3", OUTPUT, "--tags", "team=video"],
    );
    tagged.expect_code(0);
    let arn = tagged.json()["invocationArn"].as_str().unwrap().to_string();
    let tags = bedrock(&sandbox, &emulator, &["tags", "list", &arn]);
    tags.expect_code(0);
    assert_eq!(tags.json()["tags"], serde_json::json!([{"key": "team", "value": "video"}]));
    let (code, screen) = crate::control_terminal::on_terminal(
        &sandbox,
        &["--endpoint-url", &emulator.url, "async", "wait", &arn],
        "",
    );
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains(&format!("async invocation {arn}: InProgress")), "no progress in {screen}");
    assert!(screen.contains("│ status") && screen.contains("Completed"), "no table in {screen}");
}

#[test]
fn local_videos_go_to_the_data_directory() {
    let sandbox = Sandbox::new();
    let local = |args: &[&str]| {
        let mut command = sandbox.configured();
        command.args(["--local", "-o", "json", "async", "start", REEL, "a lantern"]).args(args);
        run(&mut command)
    };
    let bucket = sandbox.path().join("data").join("s3").join("local-bucket");
    let output = ["--output-s3", "s3://local-bucket/clips", "--wait"];
    let failed = local(&output);
    failed.expect_one_line_error(254, "Unable to write to the output S3 bucket local-bucket");
    assert!(
        failed.stderr.contains(&format!(
            "hint: with --local, s3://local-bucket is the directory {}",
            bucket.display()
        )),
        "{}",
        failed.stderr
    );
    std::fs::create_dir_all(&bucket).unwrap();
    let directory = sandbox.path().join("downloaded");
    let mut args = output.to_vec();
    args.extend(["--download", directory.to_str().unwrap()]);
    local(&args).expect_code(0);
    assert_eq!(duration_seconds(&std::fs::read(directory.join("output.mp4")).unwrap()), 6.0);
}

#[test]
fn the_aws_cli_and_bedrock_see_the_same_invocation() {
    if crate::awscli::aws_cli().is_none() {
        return;
    }
    let (emulator, _root) = emulator("0.5");
    let sandbox = Sandbox::new();
    let body = r#"{"taskType":"TEXT_VIDEO","textToVideoParams":{"text":"a kite"},"videoGenerationConfig":{"durationSeconds":6,"seed":3}}"#;
    let started = crate::awscli::aws(
        &sandbox,
        &emulator,
        &[
            "bedrock-runtime",
            "start-async-invoke",
            "--model-id",
            REEL,
            "--model-input",
            body,
            "--output-data-config",
            r#"{"s3OutputDataConfig":{"s3Uri":"s3://reel-bucket/aws"}}"#,
        ],
    );
    started.expect_code(0);
    let arn = started.json()["invocationArn"].as_str().unwrap().to_string();
    let directory = sandbox.path().join("from-aws");
    let ours =
        bedrock(&sandbox, &emulator, &["async", "wait", &arn, "--download", directory.to_str().unwrap()]);
    ours.expect_code(0);
    let theirs = crate::awscli::aws(
        &sandbox,
        &emulator,
        &["bedrock-runtime", "get-async-invoke", "--invocation-arn", &arn],
    );
    theirs.expect_code(0);
    assert_eq!(ours.json(), theirs.json());
    assert_eq!(duration_seconds(&std::fs::read(directory.join("output.mp4")).unwrap()), 6.0);
}

#[test]
fn help_shows_examples() {
    let sandbox = Sandbox::new();
    for command in ["start", "get", "list", "wait"] {
        let result = run(sandbox.command().args(["async", command, "--help"]));
        result.expect_code(0);
        assert!(result.stdout.contains("Examples:\n  bedrock async"), "{command}: {}", result.stdout);
    }
}
