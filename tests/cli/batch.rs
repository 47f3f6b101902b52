//! `batch run` and `batch collect` end to end against the emulator with an S3 directory: records
//! uploaded, the job really processing them, results downloaded and joined in input order; the
//! batch quotas refused before upload; a failing job exiting 254; an input spanning several jobs
//! (order, manifest, resume after a failed job, the concurrent-jobs quota); and the AWS CLI
//! reading the uploaded input through the emulator's S3 API.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::support::{Emulator, Run, Sandbox, run};

const ROLE: &str = "arn:aws:iam::123456789012:role/Batch";
const MODEL: &str = "amazon.titan-text-express-v1";
/// Lines of the test input (more than the 100 records a job needs at least).
const LINES: usize = 1_020;
const PROMPT_CHARACTERS: usize = 300;

/// An emulator whose jobs finish at once, with its S3 directory holding the bucket `batch-data`.
fn emulator_with_bucket(job_seconds: &str) -> (Emulator, tempfile::TempDir) {
    let root = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(root.path().join("batch-data")).unwrap();
    let emulator =
        Emulator::with_args(&["--s3-root", root.path().to_str().unwrap(), "--job-seconds", job_seconds]);
    (emulator, root)
}

fn bedrock(sandbox: &Sandbox, emulator: &Emulator, args: &[&str]) -> Run {
    run(sandbox.against(emulator).args(["-o", "json"]).args(args))
}

/// A distinct long prompt per line.
fn prompt(number: usize) -> String {
    let words = format!("line {number} asks about batch inference ");
    words.repeat(PROMPT_CHARACTERS / words.len() + 1)
}

/// The input file: line 2 has its own id, line 3 (when `with_invalid`) a raw body Titan rejects.
fn write_input(directory: &Path, with_invalid: bool) -> PathBuf {
    let mut text = String::new();
    for number in 1..=LINES {
        let line = match number {
            2 => serde_json::json!({"id": "second", "prompt": prompt(number)}),
            3 if with_invalid => serde_json::json!({"body": {"prompt": "Titan takes inputText"}}),
            _ => Value::String(prompt(number)),
        };
        text.push_str(&line.to_string());
        text.push('\n');
    }
    let path = directory.join("prompts.jsonl");
    std::fs::write(&path, text).unwrap();
    path
}

fn ndjson(text: &str) -> Vec<Value> {
    text.lines().map(|line| serde_json::from_str(line).unwrap()).collect()
}

/// Every file under a directory.
fn files_under(directory: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![directory.to_path_buf()];
    while let Some(directory) = pending.pop() {
        for entry in std::fs::read_dir(&directory).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path);
            } else {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

fn check_results(lines: &[Value], with_invalid: bool) {
    assert_eq!(lines.len(), LINES);
    for (index, line) in lines.iter().enumerate() {
        let number = index + 1;
        match number {
            2 => assert_eq!(line["id"], "second"),
            _ => assert_eq!(line["id"], number, "line {number} out of order"),
        }
        if number == 3 && with_invalid {
            assert_eq!(line["error"]["code"], 400, "{line}");
            assert!(line["error"]["message"].as_str().unwrap().contains("extraneous key [prompt]"), "{line}");
            continue;
        }
        assert!(line["text"].as_str().is_some_and(|text| !text.is_empty()), "{line}");
        assert!(line["usage"]["inputTokens"].as_u64().unwrap() > 0, "{line}");
    }
}

#[test]
fn batch_run_uploads_runs_downloads_and_joins_in_order() {
    let sandbox = Sandbox::new();
    let (emulator, root) = emulator_with_bucket("0");
    let input = write_input(sandbox.path(), true);
    let args = [
        "batch",
        "run",
        input.to_str().unwrap(),
        "--model",
        MODEL,
        "--role-arn",
        ROLE,
        "--s3-uri",
        "s3://batch-data/runs",
        "--job-name",
        "e2e",
        "--max-tokens",
        "40",
    ];
    let done = bedrock(&sandbox, &emulator, &args);
    // One record failed: every line is printed, then the run exits as a service error.
    done.expect_code(254);
    assert!(done.stderr.contains("1 of 1020 records failed"), "{}", done.stderr);
    let lines = ndjson(&done.stdout);
    check_results(&lines, true);

    // The job's files in S3: the records, the results with the job id, and the manifest.
    let uploaded = std::fs::read_to_string(root.path().join("batch-data/runs/input/e2e.jsonl")).unwrap();
    let first: Value = serde_json::from_str(uploaded.lines().next().unwrap()).unwrap();
    assert_eq!(first["recordId"], "1");
    assert_eq!(first["modelInput"]["textGenerationConfig"]["maxTokenCount"], 40);
    let listed = bedrock(&sandbox, &emulator, &["batch-jobs", "list", "--name-contains", "e2e"]).json();
    let arn = listed["invocationJobSummaries"][0]["jobArn"].as_str().unwrap().to_string();
    let job = bedrock(&sandbox, &emulator, &["batch-jobs", "get", &arn]).json();
    assert_eq!(job["status"], "Completed");
    assert_eq!(job["totalRecordCount"], LINES);
    assert_eq!(job["processedRecordCount"], LINES);
    assert_eq!(job["errorRecordCount"], 1);
    let job_id = job["jobArn"].as_str().unwrap().rsplit('/').next().unwrap().to_string();
    let results = root.path().join(format!("batch-data/runs/output/{job_id}/e2e.jsonl.out"));
    let manifest_path = root.path().join(format!("batch-data/runs/output/{job_id}/manifest.json.out"));
    let manifest: Value = serde_json::from_str(&std::fs::read_to_string(&manifest_path).unwrap()).unwrap();
    assert_eq!(manifest["totalRecordCount"], LINES);
    assert_eq!(manifest["successRecordCount"], LINES - 1);
    assert_eq!(manifest["errorRecordCount"], 1);
    assert!(manifest["outputTokenCount"].as_u64().unwrap() > 0);
    let out_line: Value =
        serde_json::from_str(std::fs::read_to_string(&results).unwrap().lines().nth(2).unwrap()).unwrap();
    assert_eq!(out_line["error"]["errorCode"], 400);

    // The output is written once: later reads of the job leave the files alone.
    let written = std::fs::metadata(&results).unwrap().modified().unwrap();
    bedrock(&sandbox, &emulator, &["batch-jobs", "list"]).expect_code(0);
    bedrock(&sandbox, &emulator, &["batch-jobs", "get", &job_id]).expect_code(0);
    assert_eq!(std::fs::metadata(&results).unwrap().modified().unwrap(), written);
}

#[test]
fn batch_run_no_wait_then_collect_matches_on_demand_answers() {
    let sandbox = Sandbox::new();
    let (emulator, _root) = emulator_with_bucket("1");
    let input = write_input(sandbox.path(), false);
    let started = bedrock(
        &sandbox,
        &emulator,
        &[
            "batch",
            "run",
            input.to_str().unwrap(),
            "--model",
            "titan-text-express",
            "--role-arn",
            ROLE,
            "--s3-uri",
            "s3://batch-data/later/",
            "--no-wait",
        ],
    );
    started.expect_code(0);
    let arn = started.json()["jobArn"].as_str().unwrap().to_string();
    assert!(arn.contains(":model-invocation-job/"), "{arn}");
    let collected = bedrock(&sandbox, &emulator, &["batch", "collect", &arn]);
    collected.expect_code(0);
    let lines = ndjson(&collected.stdout);
    check_results(&lines, false);
    // The batch answer is the model's own: the same text as an on-demand invoke of that prompt.
    let direct = run(sandbox.against(&emulator).args(["-o", "text", "invoke", MODEL, &prompt(5)]));
    direct.expect_code(0);
    assert_eq!(lines[4]["text"].as_str().unwrap(), direct.stdout.trim_end_matches('\n'));
}

#[test]
fn batch_quota_violations_are_refused_before_upload() {
    let sandbox = Sandbox::new();
    let (emulator, root) = emulator_with_bucket("0");
    let input = sandbox.path().join("small.jsonl");
    std::fs::write(&input, "\"one\"\n\"two\"\n").unwrap();
    let refused = bedrock(
        &sandbox,
        &emulator,
        &[
            "batch",
            "run",
            input.to_str().unwrap(),
            "--model",
            MODEL,
            "--role-arn",
            ROLE,
            "--s3-uri",
            "s3://batch-data/q",
        ],
    );
    refused.expect_one_line_error(
        252,
        "2 records are fewer than the minimum of 100 records per batch inference job",
    );
    assert!(refused.stderr.contains("invoke --input"), "{}", refused.stderr);
    assert!(files_under(&root.path().join("batch-data")).is_empty());
    let jobs = bedrock(&sandbox, &emulator, &["batch-jobs", "list"]).json();
    assert_eq!(jobs["invocationJobSummaries"].as_array().unwrap().len(), 0);

    // A line that cannot become a record stops the run before upload too, naming the line.
    std::fs::write(&input, "\"one\"\n{\"id\": 7}\n").unwrap();
    bedrock(
        &sandbox,
        &emulator,
        &[
            "batch",
            "run",
            input.to_str().unwrap(),
            "--model",
            MODEL,
            "--role-arn",
            ROLE,
            "--s3-uri",
            "s3://batch-data/q",
        ],
    )
    .expect_one_line_error(252, "line 2");
    assert!(files_under(&root.path().join("batch-data")).is_empty());
}

#[test]
fn a_batch_job_whose_input_vanished_fails_with_254() {
    let sandbox = Sandbox::new();
    let (emulator, root) = emulator_with_bucket("2");
    let input = write_input(sandbox.path(), false);
    let started = bedrock(
        &sandbox,
        &emulator,
        &[
            "batch",
            "run",
            input.to_str().unwrap(),
            "--model",
            MODEL,
            "--role-arn",
            ROLE,
            "--s3-uri",
            "s3://batch-data/gone",
            "--job-name",
            "vanishing",
            "--no-wait",
        ],
    );
    started.expect_code(0);
    let arn = started.json()["jobArn"].as_str().unwrap().to_string();
    std::fs::remove_file(root.path().join("batch-data/gone/input/vanishing.jsonl")).unwrap();
    let failed = bedrock(&sandbox, &emulator, &["batch", "collect", &arn]);
    failed.expect_one_line_error(254, "s3://batch-data/gone/input/vanishing.jsonl does not exist");
    assert!(failed.stdout.is_empty());
    let job = bedrock(&sandbox, &emulator, &["batch-jobs", "get", &arn]).json();
    assert_eq!(job["status"], "Failed");
}

#[test]
fn the_aws_cli_lists_and_copies_the_uploaded_batch_input() {
    if crate::awscli::aws_cli().is_none() {
        return;
    }
    let sandbox = Sandbox::new();
    let (emulator, root) = emulator_with_bucket("600");
    let input = write_input(sandbox.path(), false);
    bedrock(
        &sandbox,
        &emulator,
        &[
            "batch",
            "run",
            input.to_str().unwrap(),
            "--model",
            MODEL,
            "--role-arn",
            ROLE,
            "--s3-uri",
            "s3://batch-data/cli",
            "--job-name",
            "listed",
            "--no-wait",
        ],
    )
    .expect_code(0);
    let local = root.path().join("batch-data/cli/input/listed.jsonl");
    let size = std::fs::metadata(&local).unwrap().len();
    let listed = crate::awscli::aws(&sandbox, &emulator, &["s3", "ls", "s3://batch-data/cli/input/"]);
    listed.expect_code(0);
    assert!(listed.stdout.contains(&format!("{size} listed.jsonl")), "{}", listed.stdout);
    let copy = sandbox.path().join("copy.jsonl");
    crate::awscli::aws(
        &sandbox,
        &emulator,
        &["s3", "cp", "s3://batch-data/cli/input/listed.jsonl", copy.to_str().unwrap()],
    )
    .expect_code(0);
    assert!(
        std::fs::read(&copy).unwrap() == std::fs::read(&local).unwrap(),
        "the copy differs from the object"
    );
}

#[test]
fn collect_joins_a_job_over_a_prefix_of_input_files() {
    let sandbox = Sandbox::new();
    let root = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(root.path().join("batch-data")).unwrap();
    // Three records: below the service's minimum, so this emulator's minimum is one.
    let emulator = Emulator::with_args(&[
        "--s3-root",
        root.path().to_str().unwrap(),
        "--job-seconds",
        "0",
        "--batch-limit",
        "minimum-records=1",
    ]);
    let inputs = root.path().join("batch-data/many");
    std::fs::create_dir_all(&inputs).unwrap();
    let record = |id: &str, prompt: &str| {
        format!("{}\n", serde_json::json!({"recordId": id, "modelInput": {"inputText": prompt}}))
    };
    std::fs::write(inputs.join("a.jsonl"), record("A1", "first") + &record("A2", "second")).unwrap();
    std::fs::write(inputs.join("b.jsonl"), record("B1", "third")).unwrap();
    std::fs::write(inputs.join("notes.txt"), "not a batch file").unwrap();
    let created = bedrock(
        &sandbox,
        &emulator,
        &[
            "batch-jobs",
            "create",
            "--job-name",
            "many",
            "--model",
            MODEL,
            "--role-arn",
            ROLE,
            "--input-data",
            "s3://batch-data/many/",
            "--output-data",
            "s3://batch-data/results/",
        ],
    );
    created.expect_code(0);
    let arn = created.json()["jobArn"].as_str().unwrap().to_string();
    let collected = bedrock(&sandbox, &emulator, &["batch", "collect", &arn]);
    collected.expect_code(0);
    let lines = ndjson(&collected.stdout);
    let ids: Vec<&str> = lines.iter().map(|line| line["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["A1", "A2", "B1"]);
    assert!(lines.iter().all(|line| line["text"].is_string()));
    let job = bedrock(&sandbox, &emulator, &["batch-jobs", "get", &arn]).json();
    assert_eq!(job["totalRecordCount"], 3);
    assert_eq!(job["successRecordCount"], 3);
}

/// The batch run's temporary files in a directory.
#[cfg(unix)]
fn temporary_batch_files(directory: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(directory)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.file_name().unwrap().to_string_lossy().starts_with("bedrock-batch-"))
        .collect()
}

#[cfg(unix)]
#[test]
fn the_temporary_records_file_is_private_and_removed_on_sigterm_and_sigint() {
    use std::os::unix::fs::PermissionsExt;
    let sandbox = Sandbox::new();
    // Jobs that take an hour: the run waits with its records file in place.
    let (emulator, _root) = emulator_with_bucket("3600");
    let input = write_input(sandbox.path(), false);
    for (signal, code) in [(libc::SIGTERM, 143), (libc::SIGINT, 130)] {
        let temporary = sandbox.path().join(format!("tmp-{signal}"));
        std::fs::create_dir_all(&temporary).unwrap();
        let child = sandbox
            .against(&emulator)
            .env("TMPDIR", &temporary)
            .args(["-o", "json", "batch", "run"])
            .arg(&input)
            .args(["--model", MODEL, "--role-arn", ROLE, "--s3-uri", "s3://batch-data/signals"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // Bounded: the file appears as soon as the records are written.
        let mut found = Vec::new();
        for _ in 0..3000 {
            found = temporary_batch_files(&temporary);
            if !found.is_empty() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        assert_eq!(found.len(), 1, "no temporary records file appeared");
        let mode = std::fs::metadata(&found[0]).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "the records file holds every prompt: {mode:o}");
        // SAFETY: a signal to the child this test started.
        assert_eq!(unsafe { libc::kill(child.id() as libc::pid_t, signal) }, 0);
        let output = child.wait_with_output().unwrap();
        assert_eq!(output.status.code(), Some(code), "{}", String::from_utf8_lossy(&output.stderr));
        assert_eq!(
            temporary_batch_files(&temporary),
            Vec::<PathBuf>::new(),
            "left behind after signal {signal}"
        );
    }
}

/// `count` short prompts, line 7 with its own id.
fn write_short_input(directory: &Path, count: usize) -> PathBuf {
    let mut text = String::new();
    for number in 1..=count {
        let line = if number == 7 {
            serde_json::json!({"id": "seventh", "prompt": format!("prompt {number}")})
        } else {
            Value::String(format!("prompt {number} about sharded batch runs"))
        };
        text.push_str(&line.to_string());
        text.push('\n');
    }
    let path = directory.join("short.jsonl");
    std::fs::write(&path, text).unwrap();
    path
}

fn expected_short_ids(count: usize) -> Vec<Value> {
    (1..=count).map(|number| if number == 7 { Value::from("seventh") } else { Value::from(number) }).collect()
}

#[test]
fn ninety_nine_records_are_below_the_services_minimum() {
    let sandbox = Sandbox::new();
    let (emulator, root) = emulator_with_bucket("0");
    let input = write_short_input(sandbox.path(), 99);
    let args = [
        "batch",
        "run",
        input.to_str().unwrap(),
        "--model",
        MODEL,
        "--role-arn",
        ROLE,
        "--s3-uri",
        "s3://batch-data/few",
    ];
    let refused = bedrock(&sandbox, &emulator, &args);
    refused.expect_one_line_error(
        252,
        "99 records are fewer than the minimum of 100 records per batch inference job",
    );
    assert!(files_under(&root.path().join("batch-data")).is_empty(), "nothing was uploaded");

    // A lower minimum given by flag is the user's call: the job goes to the service, which
    // refuses it when it validates the job, with its own message.
    let mut lower = args.to_vec();
    lower.extend(["--min-records", "50"]);
    let failed = bedrock(&sandbox, &emulator, &lower);
    failed.expect_code(254);
    assert!(failed.stderr.contains("fewer than the minimum of 100 records"), "{}", failed.stderr);
    assert!(failed.stderr.contains("hint: run the same command again"), "{}", failed.stderr);
}

#[test]
fn an_input_spanning_three_jobs_runs_in_order_and_resumes_after_a_failed_job() {
    let sandbox = Sandbox::new();
    let root = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(root.path().join("batch-data")).unwrap();
    let state = sandbox.path().join("emulator.db");
    let emulator_args = |limits: &[&str]| {
        let mut args = vec!["--s3-root", root.path().to_str().unwrap(), "--job-seconds", "1"];
        args.extend(["--state", state.to_str().unwrap()]);
        args.extend(limits.iter().copied());
        args.iter().map(|arg| arg.to_string()).collect::<Vec<_>>()
    };
    let input = write_short_input(sandbox.path(), 100);
    let args = [
        "batch",
        "run",
        input.to_str().unwrap(),
        "--model",
        MODEL,
        "--role-arn",
        ROLE,
        "--s3-uri",
        "s3://batch-data/big",
        "--job-name",
        "big",
        "--max-tokens",
        "5",
        // Limits overridden by flags: 100 records make jobs of 34, 33 and 33.
        "--min-records",
        "1",
        "--records-per-job",
        "40",
        "--concurrent-jobs",
        "2",
    ];
    // The service's minimum is 34 here: the two jobs of 33 records fail validation.
    let first = {
        let strict: Vec<String> = emulator_args(&["--batch-limit", "minimum-records=34"]);
        let emulator = Emulator::with_args(&strict.iter().map(String::as_str).collect::<Vec<_>>());
        bedrock(&sandbox, &emulator, &args)
    };
    first.expect_code(254);
    let last_lines: Vec<&str> = first.stderr.lines().rev().take(2).collect();
    assert!(
        last_lines[1].starts_with("error: BatchJobsFailed: 2 of 3 jobs did not finish"),
        "{}",
        first.stderr
    );
    assert!(last_lines[1].contains("fewer than the minimum of 34 records"), "{}", first.stderr);
    assert!(last_lines[0].starts_with("hint: run the same command again"), "{}", first.stderr);
    assert!(
        first.stderr.contains("submitted job big-part-0002 (part 2 of 3, 33 records)"),
        "{}",
        first.stderr
    );
    let printed = ndjson(&first.stdout);
    assert_eq!(
        printed.iter().map(|line| line["id"].clone()).collect::<Vec<_>>(),
        expected_short_ids(34),
        "the results of the finished first job, in order"
    );
    let manifest_path = sandbox.path().join("short.jsonl.batch-run.json");
    let manifest: Value = serde_json::from_str(&std::fs::read_to_string(&manifest_path).unwrap()).unwrap();
    let shards = manifest["shards"].as_array().unwrap();
    assert_eq!(shards.len(), 3);
    assert_eq!(
        shards.iter().map(|shard| shard["records"].as_u64().unwrap()).collect::<Vec<_>>(),
        [34, 33, 33]
    );
    assert_eq!(shards[0]["status"], "Completed");
    assert_eq!(shards[1]["status"], "Failed");
    assert_eq!(shards[0]["jobName"], "big-part-0001");
    assert!(root.path().join("batch-data/big/input/big-part-0003.jsonl").exists());

    // The same command again, against a service whose concurrent-jobs quota is one job: only
    // the failed jobs are submitted again, one at a time, and every result is printed in order.
    let lenient =
        emulator_args(&["--batch-limit", "minimum-records=1", "--batch-limit", "concurrent-jobs=1"]);
    let emulator = Emulator::with_args(&lenient.iter().map(String::as_str).collect::<Vec<_>>());
    let second = bedrock(&sandbox, &emulator, &args);
    second.expect_code(0);
    assert!(second.stderr.contains("resuming the run"), "{}", second.stderr);
    let lines = ndjson(&second.stdout);
    assert_eq!(lines.iter().map(|line| line["id"].clone()).collect::<Vec<_>>(), expected_short_ids(100));
    assert!(lines.iter().all(|line| line["text"].is_string()), "every record answered");
    let jobs = bedrock(&sandbox, &emulator, &["batch-jobs", "list", "--name-contains", "big"]).json();
    let mut names: Vec<String> = jobs["invocationJobSummaries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|job| job["jobName"].as_str().unwrap().to_string())
        .collect();
    names.sort();
    assert_eq!(
        names,
        ["big-part-0001", "big-part-0002", "big-part-0002-r2", "big-part-0003", "big-part-0003-r2"],
        "the finished job was not submitted again"
    );

    // A manifest of another input is not resumed over it.
    std::fs::write(&input, "\"changed\"\n".repeat(100)).unwrap();
    bedrock(&sandbox, &emulator, &args).expect_one_line_error(252, "is another run's");
}

#[test]
fn bad_batch_limit_flags_are_usage_errors() {
    let sandbox = Sandbox::new();
    let input = write_short_input(sandbox.path(), 100);
    let base = [
        "--local",
        "batch",
        "run",
        input.to_str().unwrap(),
        "--model",
        MODEL,
        "--role-arn",
        ROLE,
        "--s3-uri",
        "s3://bucket/p",
    ];
    for (flag, value, fragment) in [
        ("--records-per-job", "0", "--records-per-job 0"),
        ("--file-size", "lots", "--file-size"),
        ("--job-name", "has spaces", "--job-name"),
    ] {
        run(sandbox.command().args(base).args([flag, value])).expect_one_line_error(252, fragment);
    }
    run(sandbox.command().args(base).args(["--min-records", "60", "--records-per-job", "50"]))
        .expect_one_line_error(252, "minimum of 60 records a job is above the 50");
}

#[test]
fn batch_records_carry_reasoning_for_either_invocation_type() {
    let sandbox = Sandbox::new();
    let (emulator, root) = emulator_with_bucket("0");
    let input = sandbox.path().join("questions.jsonl");
    let text: String = (1..=100).map(|number| format!("\"Why is question {number} hard?\"\n")).collect();
    std::fs::write(&input, text).unwrap();
    let claude = "us.anthropic.claude-3-7-sonnet-20250219-v1:0";
    for (invocation, name) in [("invoke-model", "thinking"), ("converse", "thinking-converse")] {
        let done = bedrock(
            &sandbox,
            &emulator,
            &[
                "batch",
                "run",
                input.to_str().unwrap(),
                "--model",
                claude,
                "--role-arn",
                ROLE,
                "--s3-uri",
                &format!("s3://batch-data/{name}"),
                "--job-name",
                name,
                "--invocation-type",
                invocation,
                "--reasoning",
                "1024",
                "--max-tokens",
                "2048",
                "--manifest",
                sandbox.path().join(format!("{name}.manifest.json")).to_str().unwrap(),
            ],
        );
        done.expect_code(0);
        let lines = ndjson(&done.stdout);
        assert_eq!(lines.len(), 100);
        assert!(
            lines.iter().all(|line| line["text"].as_str().is_some_and(|text| !text.is_empty())),
            "{lines:?}"
        );
        let uploaded =
            std::fs::read_to_string(root.path().join(format!("batch-data/{name}/input/{name}.jsonl")))
                .unwrap();
        let record: Value = serde_json::from_str(uploaded.lines().next().unwrap()).unwrap();
        let input = &record["modelInput"];
        let (thinking, max_tokens) = match invocation {
            "converse" => {
                (&input["additionalModelRequestFields"]["thinking"], &input["inferenceConfig"]["maxTokens"])
            }
            _ => (&input["thinking"], &input["max_tokens"]),
        };
        assert_eq!(thinking["budget_tokens"], 1024, "{record}");
        assert_eq!(*max_tokens, 2048, "{record}");
    }
    // A model without extended thinking is refused before anything is uploaded.
    bedrock(
        &sandbox,
        &emulator,
        &[
            "batch",
            "run",
            input.to_str().unwrap(),
            "--model",
            MODEL,
            "--role-arn",
            ROLE,
            "--s3-uri",
            "s3://batch-data/none",
            "--reasoning",
            "1024",
        ],
    )
    .expect_one_line_error(252, "has no extended thinking");
    assert!(!root.path().join("batch-data/none").exists());
}
