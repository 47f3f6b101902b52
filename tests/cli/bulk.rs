//! Bulk on-demand invocation end to end: `invoke --input` with concurrency against an emulator
//! that is slow and throttles, order and completeness of the results, resume after a kill, and
//! the bad inputs.

use std::io::{BufRead, BufReader, Write};
use std::process::Stdio;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::support::{Emulator, Sandbox, run};

fn prompts(sandbox: &Sandbox, count: usize) -> std::path::PathBuf {
    let path = sandbox.path().join("prompts.jsonl");
    let mut file = std::fs::File::create(&path).unwrap();
    for number in 1..=count {
        if number % 3 == 0 {
            writeln!(file, "{{\"id\": \"q{number}\", \"prompt\": \"Tell me about river {number}\"}}")
                .unwrap();
        } else {
            writeln!(file, "\"Describe mountain {number}\"").unwrap();
        }
    }
    path
}

fn ids(ndjson: &str) -> Vec<Value> {
    ndjson.lines().map(|line| serde_json::from_str::<Value>(line).unwrap()["id"].clone()).collect()
}

fn expected_ids(count: usize) -> Vec<Value> {
    (1..=count)
        .map(|number| if number % 3 == 0 { Value::from(format!("q{number}")) } else { Value::from(number) })
        .collect()
}

#[test]
fn ten_thousand_lines_through_throttling_in_order() {
    let emulator = Emulator::with_args(&["--fault-throttle", "0.05", "--latency", "2", "--seed", "11"]);
    let sandbox = Sandbox::new();
    let input = prompts(&sandbox, 10_000);
    let result = run(sandbox
        .against(&emulator)
        .args([
            "--max-attempts",
            "1",
            "invoke",
            "titan-text-express",
            "--max-tokens",
            "8",
            "--concurrency",
            "32",
            "--input",
        ])
        .arg(&input));
    result.expect_code(0);
    let lines: Vec<Value> = result.stdout.lines().map(|line| serde_json::from_str(line).unwrap()).collect();
    assert_eq!(lines.len(), 10_000);
    assert_eq!(ids(&result.stdout), expected_ids(10_000));
    assert!(lines.iter().all(|line| line.get("error").is_none()), "no error line left after retries");
    assert!(lines.iter().all(|line| line["text"].as_str().is_some_and(|text| !text.is_empty())));
    assert!(lines[0]["usage"]["outputTokens"].as_u64().unwrap() <= 8);
    // The same prompt alone gives the same text.
    let single = run(sandbox.against(&emulator).args([
        "invoke",
        "titan-text-express",
        "--max-tokens",
        "8",
        "Describe mountain 1",
    ]));
    single.expect_code(0);
    assert_eq!(single.stdout.trim_end(), lines[0]["text"].as_str().unwrap().trim_end());
}

#[test]
fn unordered_output_has_every_line_once() {
    let emulator = Emulator::with_args(&["--latency", "3"]);
    let sandbox = Sandbox::new();
    let input = prompts(&sandbox, 300);
    let result = run(sandbox
        .against(&emulator)
        .args([
            "invoke",
            "claude-3-haiku",
            "--max-tokens",
            "5",
            "--concurrency",
            "16",
            "--unordered",
            "--input",
        ])
        .arg(&input));
    result.expect_code(0);
    let mut seen: Vec<String> = ids(&result.stdout).iter().map(Value::to_string).collect();
    let mut expected: Vec<String> = expected_ids(300).iter().map(Value::to_string).collect();
    seen.sort();
    expected.sort();
    assert_eq!(seen, expected);
}

#[test]
fn a_killed_run_resumes_to_the_same_output() {
    // Under random throttling too: retried lines are neither lost nor written twice.
    let emulator = Emulator::with_args(&["--latency", "5", "--fault-throttle", "0.05", "--seed", "3"]);
    let sandbox = Sandbox::new();
    let input = prompts(&sandbox, 600);
    let args = ["invoke", "llama3-8b", "--max-tokens", "6", "--concurrency", "4", "--input"];
    let whole = run(sandbox.against(&emulator).args(args).arg(&input));
    whole.expect_code(0);

    let output = sandbox.path().join("resumed.jsonl");
    let mut child = sandbox
        .against(&emulator)
        .args(args)
        .arg(&input)
        .arg("--resume")
        .arg(&output)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let started = Instant::now();
    loop {
        let written = std::fs::read_to_string(&output).map(|text| text.lines().count()).unwrap_or(0);
        if written >= 100 || started.elapsed() > Duration::from_secs(60) {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let partial = std::fs::read_to_string(&output).unwrap();
    assert!(partial.lines().count() < 600, "the run was killed half-way");

    let resumed = run(sandbox.against(&emulator).args(args).arg(&input).arg("--resume").arg(&output));
    resumed.expect_code(0);
    assert!(resumed.stdout.is_empty(), "results go to the --resume file");
    assert_eq!(std::fs::read_to_string(&output).unwrap(), whole.stdout);
}

#[test]
fn failed_lines_get_error_lines_and_exit_254() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let input = sandbox.path().join("mixed.jsonl");
    std::fs::write(
        &input,
        "\"a good prompt\"\n{\"id\": \"raw\", \"body\": {\"inputText\": \"x\", \"textGenerationConfig\": {\"maxTokenCount\": 99999}}}\nnot json\n\n{\"id\": 7}\n",
    )
    .unwrap();
    let result =
        run(sandbox.against(&emulator).args(["invoke", "titan-text-express", "--input"]).arg(&input));
    result.expect_one_line_error(254, "3 of 4 lines failed");
    let lines: Vec<Value> = result.stdout.lines().map(|line| serde_json::from_str(line).unwrap()).collect();
    assert_eq!(lines.len(), 4);
    assert!(lines[0]["text"].is_string());
    assert_eq!(lines[1]["id"], "raw");
    assert_eq!(lines[1]["error"]["code"], "ValidationException");
    assert_eq!(lines[2]["id"], 3);
    assert_eq!(lines[2]["error"]["code"], "InvalidInput");
    assert_eq!(lines[3]["id"], 7);
    assert!(lines[3]["error"]["message"].as_str().unwrap().contains("no \"prompt\""));
}

#[test]
fn stdin_input_and_bad_flags() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let mut child = sandbox
        .against(&emulator)
        .args(["invoke", "nova-lite", "--max-tokens", "4", "--input", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"\"one\"\n\"two\"\n").unwrap();
    let lines: Vec<String> =
        BufReader::new(child.stdout.take().unwrap()).lines().map(Result::unwrap).collect();
    assert!(child.wait().unwrap().success());
    assert_eq!(lines.len(), 2);

    run(sandbox.against(&emulator).args(["invoke", "nova-lite", "a prompt", "--input", "x.jsonl"]))
        .expect_one_line_error(252, "--input gives the prompts");
    run(sandbox.against(&emulator).args(["invoke", "nova-lite", "--concurrency", "4"]))
        .expect_one_line_error(252, "--input");
    run(sandbox.against(&emulator).args(["invoke", "nova-lite", "--input", "missing.jsonl"]))
        .expect_one_line_error(252, "missing.jsonl");
    let input = sandbox.path().join("one.jsonl");
    std::fs::write(&input, "\"hi\"\n").unwrap();
    run(sandbox
        .against(&emulator)
        .args(["invoke", "nova-lite", "--concurrency", "0", "--input"])
        .arg(&input))
    .expect_one_line_error(252, "--concurrency 0");
    let not_ours = sandbox.path().join("notes.txt");
    std::fs::write(&not_ours, "some notes\n").unwrap();
    run(sandbox
        .against(&emulator)
        .args(["invoke", "nova-lite", "--input"])
        .arg(&input)
        .arg("--resume")
        .arg(&not_ours))
    .expect_one_line_error(252, "is not JSON");
    assert_eq!(
        std::fs::read_to_string(&not_ours).unwrap(),
        "some notes\n",
        "a foreign file is left untouched"
    );
}

#[test]
fn converse_and_embed_take_input_lines_too() {
    let emulator = Emulator::with_args(&["--latency", "2"]);
    let sandbox = Sandbox::new();
    let input = sandbox.path().join("conversations.jsonl");
    std::fs::write(
        &input,
        concat!(
            "\"Describe the sea\"\n",
            "{\"id\": \"history\", \"messages\": [{\"role\": \"user\", \"content\": [{\"text\": \"Describe the desert\"}]}]}\n",
            "{\"id\": \"empty\", \"prompt\": \"  \"}\n",
        ),
    )
    .unwrap();
    let result = run(sandbox
        .against(&emulator)
        .args([
            "converse",
            "nova-lite",
            "--max-tokens",
            "6",
            "--system",
            "Be brief",
            "--concurrency",
            "3",
            "--input",
        ])
        .arg(&input));
    result.expect_one_line_error(254, "1 of 3 lines failed");
    let lines: Vec<Value> = result.stdout.lines().map(|line| serde_json::from_str(line).unwrap()).collect();
    assert_eq!(lines.len(), 3);
    let single = run(sandbox.against(&emulator).args([
        "converse",
        "nova-lite",
        "--max-tokens",
        "6",
        "--system",
        "Be brief",
        "Describe the sea",
    ]));
    assert_eq!(lines[0]["text"].as_str().unwrap().trim_end(), single.stdout.trim_end());
    assert_eq!(lines[0]["stopReason"], "max_tokens");
    assert!(lines[0]["usage"]["outputTokens"].as_u64().unwrap() <= 6);
    assert_eq!(lines[1]["id"], "history");
    assert!(lines[1]["text"].as_str().unwrap().len() > 1);
    assert!(lines[2]["error"]["message"].as_str().unwrap().contains("prompt is empty"));
    run(sandbox.against(&emulator).args(["converse", "nova-lite", "--stream", "--input"]).arg(&input))
        .expect_one_line_error(252, "--stream");

    let texts = sandbox.path().join("texts.txt");
    let body: String = (1..=50).map(|number| format!("plain text number {number}\n")).collect();
    std::fs::write(&texts, body).unwrap();
    let embedded = run(sandbox
        .against(&emulator)
        .args(["embed", "titan-embed-text-v2", "--dimensions", "256", "--concurrency", "8", "--input"])
        .arg(&texts));
    embedded.expect_code(0);
    let vectors: Vec<Value> =
        embedded.stdout.lines().map(|line| serde_json::from_str(line).unwrap()).collect();
    assert_eq!(ids(&embedded.stdout), (1..=50).map(Value::from).collect::<Vec<_>>());
    assert!(vectors.iter().all(|line| line["embedding"].as_array().unwrap().len() == 256));
}

fn result_lines(text: &str) -> Vec<Value> {
    text.lines().map(|line| serde_json::from_str(line).unwrap()).collect()
}

#[test]
fn a_line_that_is_not_utf8_gets_an_error_line_and_the_run_goes_on() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let input = sandbox.path().join("latin1.jsonl");
    std::fs::write(&input, b"\"first\"\n\"caf\xe9 au lait\"\n\"third\"\n").unwrap();
    let args = ["invoke", "titan-text-express", "--max-tokens", "8", "--input"];
    let result = run(sandbox.against(&emulator).args(args).arg(&input));
    result.expect_one_line_error(254, "1 of 3 lines failed");
    let lines = result_lines(&result.stdout);
    assert_eq!(lines.len(), 3, "{}", result.stdout);
    assert!(lines[0]["text"].is_string() && lines[2]["text"].is_string());
    assert_eq!(lines[1]["id"], 2);
    assert_eq!(lines[1]["error"]["code"], "InvalidInput");
    let message = lines[1]["error"]["message"].as_str().unwrap();
    assert!(message.contains("not UTF-8") && message.contains("0xe9"), "{message}");

    // A resumed run gets past it too.
    let output = sandbox.path().join("out.jsonl");
    let resumed = run(sandbox.against(&emulator).args(args).arg(&input).arg("--resume").arg(&output));
    resumed.expect_code(254);
    assert_eq!(ids(&std::fs::read_to_string(&output).unwrap()), [Value::from(1), 2.into(), 3.into()]);
}

#[test]
fn resume_runs_error_lines_again_unless_told_to_keep_them() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let input = sandbox.path().join("prompts.jsonl");
    std::fs::write(&input, "\"one\"\n\"two\"\n\"three\"\n").unwrap();
    let args = ["invoke", "titan-text-express", "--max-tokens", "8", "--input"];
    // What a run left when line 2 failed for a reason that has gone since (and was cut off).
    let previous = "{\"id\":1,\"text\":\"a\"}\n{\"id\":2,\"line\":2,\"error\":{\"code\":\"ThrottlingException\",\"message\":\"slow down\"}}\n";
    let output = sandbox.path().join("out.jsonl");

    std::fs::write(&output, previous).unwrap();
    let kept = run(sandbox
        .against(&emulator)
        .args(args)
        .arg(&input)
        .arg("--resume")
        .arg(&output)
        .arg("--resume-keep-errors"));
    kept.expect_code(0);
    let kept_lines = result_lines(&std::fs::read_to_string(&output).unwrap());
    assert_eq!(kept_lines.len(), 3);
    assert_eq!(kept_lines[1]["error"]["code"], "ThrottlingException", "the error line is kept");
    assert_eq!(kept_lines[2]["id"], 3);
    assert!(!kept.stderr.contains("running again"), "{}", kept.stderr);

    std::fs::write(&output, previous).unwrap();
    let retried = run(sandbox.against(&emulator).args(args).arg(&input).arg("--resume").arg(&output));
    retried.expect_code(0);
    assert!(retried.stderr.contains("running again 1 line whose result was an error"), "{}", retried.stderr);
    let lines = result_lines(&std::fs::read_to_string(&output).unwrap());
    assert_eq!(lines.len(), 3, "one result line per input line: {lines:?}");
    assert!(lines.iter().all(|line| line.get("error").is_none()), "{lines:?}");
    let mut answered: Vec<u64> = lines.iter().map(|line| line["id"].as_u64().unwrap()).collect();
    answered.sort_unstable();
    assert_eq!(answered, [1, 2, 3]);
}

#[test]
fn ids_are_unique_in_a_run_and_a_duplicate_names_both_lines() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let input = sandbox.path().join("ids.jsonl");
    std::fs::write(
        &input,
        concat!(
            "{\"id\": 3, \"prompt\": \"explicit three\"}\n",
            "\"default two\"\n",
            "\"default three\"\n",
            "{\"id\": \"x\", \"prompt\": \"first x\"}\n",
            "{\"id\": \"x\", \"prompt\": \"second x\"}\n",
            "{\"id\": 2, \"prompt\": \"explicit two\"}\n",
            "{\"id\": \"2\", \"prompt\": \"a string is not a number\"}\n",
        ),
    )
    .unwrap();
    let args = ["invoke", "titan-text-express", "--max-tokens", "8", "--concurrency", "3", "--input"];
    let result = run(sandbox.against(&emulator).args(args).arg(&input));
    result.expect_one_line_error(254, "3 of 7 lines failed");
    let lines = result_lines(&result.stdout);
    assert_eq!(lines.len(), 7, "{}", result.stdout);
    let codes: Vec<&str> = lines.iter().map(|line| line["error"]["code"].as_str().unwrap_or("ok")).collect();
    assert_eq!(codes, ["ok", "ok", "DuplicateId", "ok", "DuplicateId", "DuplicateId", "ok"]);
    let message = |index: usize| lines[index]["error"]["message"].as_str().unwrap().to_string();
    assert!(message(2).contains("line 3") && message(2).contains("line 1"), "{}", message(2));
    assert!(message(4).contains("line 5") && message(4).contains("line 4"), "{}", message(4));
    assert!(message(5).contains("line 6") && message(5).contains("line 2"), "{}", message(5));
    assert_eq!(lines[4]["line"], 5);

    // Resumed with the duplicates' error lines kept, nothing is run or written again.
    let output = sandbox.path().join("out.jsonl");
    run(sandbox.against(&emulator).args(args).arg(&input).arg("--resume").arg(&output)).expect_code(254);
    let first = std::fs::read_to_string(&output).unwrap();
    assert_eq!(first, result.stdout);
    run(sandbox
        .against(&emulator)
        .args(args)
        .arg(&input)
        .arg("--resume")
        .arg(&output)
        .arg("--resume-keep-errors"))
    .expect_code(0);
    assert_eq!(std::fs::read_to_string(&output).unwrap(), first);
    // Run again by default, the duplicates get their error lines again, once each.
    let again = run(sandbox.against(&emulator).args(args).arg(&input).arg("--resume").arg(&output));
    again.expect_code(254);
    let lines = result_lines(&std::fs::read_to_string(&output).unwrap());
    assert_eq!(lines.len(), 7);
    assert_eq!(lines.iter().filter(|line| line["error"]["code"] == "DuplicateId").count(), 3);
}

/// Run `bedrock ARGS` (the sandbox's environment) with a 16 KiB tmpfs mounted on `directory`
/// in a mount namespace of its own; what the tmpfs held afterwards is copied into `copy`. None
/// (the test is skipped, with a message) where such a mount is not allowed here.
#[cfg(target_os = "linux")]
#[allow(clippy::print_stderr)] // the skip message is the test's report
fn run_on_a_small_tmpfs(
    sandbox: &Sandbox,
    directory: &std::path::Path,
    copy: &std::path::Path,
    before: &str,
    args: &[&str],
) -> Option<crate::support::Run> {
    std::fs::create_dir_all(directory).unwrap();
    std::fs::create_dir_all(copy).unwrap();
    let template = sandbox.command();
    let mut command = std::process::Command::new("unshare");
    command.env_clear();
    for (name, value) in template.get_envs() {
        if let Some(value) = value {
            command.env(name, value);
        }
    }
    let script = format!(
        "mount -t tmpfs -o size=16k tmpfs \"$1\" || exit 97; shift; cd \"$1\" && shift; {before}; \"$@\"; code=$?; cp -a . \"$OLDPWD_COPY\"/ 2>/dev/null; exit $code"
    );
    command
        .env("OLDPWD_COPY", copy)
        .args(["--user", "--map-root-user", "--mount", "sh", "-c", &script, "sh"])
        .arg(directory)
        .arg(directory)
        .arg(crate::support::binary())
        .args(args)
        .stdin(Stdio::null());
    let result = run(&mut command);
    if result.code == 97 || result.stderr.contains("unshare:") {
        eprintln!("skipped: a tmpfs cannot be mounted here ({})", result.stderr.trim());
        return None;
    }
    Some(result)
}

#[test]
fn a_full_disk_is_an_io_error_for_stdout_resume_files_and_images() {
    let sandbox = Sandbox::new();
    let input = prompts(&sandbox, 400);
    // stdout on a full device.
    let full = std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap();
    let output = sandbox
        .command()
        .args(["--local", "invoke", "titan-text-express", "--max-tokens", "8", "--input"])
        .arg(&input)
        .stdout(full)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(255), "{stderr}");
    assert!(stderr.contains("error: io:") && stderr.contains("No space left"), "{stderr}");

    #[cfg(target_os = "linux")]
    {
        let directory = sandbox.path().join("small");
        let copy = sandbox.path().join("copy");
        let input = input.to_str().unwrap();
        let args = ["--local", "invoke", "titan-text-express", "--max-tokens", "8", "--input", input];
        let mut resume_args = args.to_vec();
        resume_args.extend(["--resume", "out.jsonl"]);
        let Some(resumed) = run_on_a_small_tmpfs(&sandbox, &directory, &copy, "true", &resume_args) else {
            return;
        };
        resumed.expect_one_line_error(255, "cannot write results to out.jsonl: no space left on device");
        let written = std::fs::read_to_string(copy.join("out.jsonl")).unwrap();
        assert!(
            !written.is_empty() && written.ends_with('\n'),
            "a torn last line was left: {:?}",
            &written[written.len().saturating_sub(80)..]
        );
        for line in written.lines() {
            serde_json::from_str::<Value>(line).unwrap();
        }

        let copy = sandbox.path().join("copy-images");
        let filler = "head -c 12000 /dev/zero > filler";
        let image = ["--local", "image", "titan-image", "a cat on a full disk", "--out-dir", "."];
        let drawn = run_on_a_small_tmpfs(&sandbox, &directory, &copy, filler, &image).unwrap();
        drawn.expect_one_line_error(255, "no space left on device");
        let left: Vec<String> = std::fs::read_dir(&copy)
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(left, ["filler"], "a partial image or a temporary file was left");
    }
}

/// Start a bulk run, wait until `file` has some result lines, and interrupt it with Ctrl-C.
#[cfg(unix)]
fn interrupt_when_written(mut command: std::process::Command, file: &std::path::Path) -> crate::support::Run {
    let child = command.stderr(Stdio::piped()).spawn().unwrap();
    let started = Instant::now();
    loop {
        let written = std::fs::read_to_string(file).map(|text| text.lines().count()).unwrap_or(0);
        if written >= 20 || started.elapsed() > Duration::from_secs(60) {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    unsafe { libc::kill(child.id() as i32, libc::SIGINT) };
    let output = child.wait_with_output().unwrap();
    crate::support::Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

#[cfg(unix)]
#[test]
fn an_interrupted_run_names_the_command_that_resumes_it() {
    let emulator = Emulator::with_args(&["--latency", "5"]);
    let sandbox = Sandbox::new();
    let input = prompts(&sandbox, 600);
    let args = ["invoke", "llama3-8b", "--max-tokens", "6", "--concurrency", "4", "--input"];
    let whole = run(sandbox.against(&emulator).args(args).arg(&input));
    whole.expect_code(0);

    // Results redirected to a file: the hint adds `--resume` that file.
    let redirected = sandbox.path().join("out.jsonl");
    let mut command = sandbox.against(&emulator);
    command.args(args).arg(&input).stdout(std::fs::File::create(&redirected).unwrap());
    let interrupted = interrupt_when_written(command, &redirected);
    interrupted.expect_one_line_error(130, "interrupted");
    let hint =
        interrupted.stderr.lines().find_map(|line| line.strip_prefix("hint: resume with: ")).unwrap_or_else(
            || {
                panic!("no resume hint: {}", interrupted.stderr);
            },
        );
    let expected = format!(
        "{} --endpoint-url {} {} {} --resume {} (it appends",
        crate::support::binary().display(),
        emulator.url,
        args.join(" "),
        input.display(),
        redirected.display()
    );
    assert!(hint.starts_with(&expected), "{hint}\n{expected}");
    let partial = std::fs::read_to_string(&redirected).unwrap().lines().count();
    assert!(partial < 600, "the run was interrupted half-way");

    // The hinted command finishes the run; interrupted again, it names itself.
    let resumed = sandbox
        .against(&emulator)
        .args(args)
        .arg(&input)
        .arg("--resume")
        .arg(&redirected)
        .stdout(Stdio::null())
        .spawn();
    let mut resumed = resumed.unwrap();
    resumed.wait().unwrap();
    let mut finished: Vec<String> =
        std::fs::read_to_string(&redirected).unwrap().lines().map(str::to_string).collect();
    let mut expected_lines: Vec<String> = whole.stdout.lines().map(str::to_string).collect();
    finished.sort();
    expected_lines.sort();
    assert_eq!(finished, expected_lines);

    let file = sandbox.path().join("again.jsonl");
    let mut command = sandbox.against(&emulator);
    command.args(args).arg(&input).arg("--resume").arg(&file).stdout(Stdio::null());
    let again = interrupt_when_written(command, &file);
    again.expect_one_line_error(130, "interrupted");
    assert!(
        again
            .stderr
            .contains(&format!("hint: resume with the same command: {}", crate::support::binary().display()))
    );
    assert!(again.stderr.trim_end().ends_with(&format!("--resume {}", file.display())), "{}", again.stderr);
}

/// The ids of a result file, each once, sorted (a resumed file holds the lines run later at
/// its end).
fn sorted_ids(ndjson: &str) -> Vec<String> {
    let mut ids: Vec<String> = ids(ndjson).iter().map(Value::to_string).collect();
    ids.sort();
    ids
}

#[test]
fn tpm_auto_paces_a_run_under_the_quota_service_quotas_reports() {
    // 200 prompts of about 13 tokens each (5 words in, 8 out) against 2,000 tokens a minute: the
    // run needs two minutes of the quota, so it must wait for the first to pass, not fail.
    let emulator =
        Emulator::with_args(&["--tokens-per-minute", "amazon.titan-text-express-v1=2000", "--latency", "2"]);
    let sandbox = Sandbox::new();
    let input = prompts(&sandbox, 200);
    let result = run(sandbox
        .against(&emulator)
        .args(["invoke", "titan-text-express", "--max-tokens", "8", "--concurrency", "16"])
        .args(["--tpm", "auto", "--input"])
        .arg(&input));
    result.expect_code(0);
    assert!(
        result.stderr.contains("--tpm auto: 2000 tokens per minute"),
        "the budget is the account's quota: {}",
        result.stderr
    );
    assert_eq!(ids(&result.stdout), expected_ids(200), "every line once, in order");
    let lines: Vec<Value> = result.stdout.lines().map(|line| serde_json::from_str(line).unwrap()).collect();
    assert!(lines.iter().all(|line| line.get("error").is_none()));
}

#[test]
fn an_unknown_quota_is_learnt_from_token_throttling_and_no_line_is_lost() {
    let emulator = Emulator::with_args(&[
        "--tokens-per-minute",
        "2000",
        "--fault-throttle",
        "0.05",
        "--seed",
        "5",
        "--latency",
        "2",
    ]);
    let sandbox = Sandbox::new();
    let input = prompts(&sandbox, 200);
    let result = run(sandbox
        .against(&emulator)
        .args(["--max-attempts", "1", "converse", "nova-lite", "--max-tokens", "8"])
        .args(["--concurrency", "32", "--input"])
        .arg(&input));
    result.expect_code(0);
    assert_eq!(ids(&result.stdout), expected_ids(200), "every line once, in order");
    let lines: Vec<Value> = result.stdout.lines().map(|line| serde_json::from_str(line).unwrap()).collect();
    assert!(lines.iter().all(|line| line.get("error").is_none()), "throttled lines are retried");
}

#[test]
fn a_spent_daily_quota_stops_the_run_resumably() {
    let sandbox = Sandbox::new();
    let input = prompts(&sandbox, 300);
    let output = sandbox.path().join("answers.jsonl");
    let args = ["invoke", "titan-text-express", "--max-tokens", "8", "--concurrency", "8", "--input"];
    let spent = Emulator::with_args(&["--tokens-per-day", "1000", "--latency", "2"]);
    let stopped = run(sandbox.against(&spent).args(args).arg(&input).arg("--resume").arg(&output));
    stopped.expect_one_line_error(254, "daily token quota is spent");
    assert!(stopped.stderr.contains("Too many tokens per day"), "{}", stopped.stderr);
    assert!(stopped.stderr.contains("hint: resume with the same command"), "{}", stopped.stderr);
    let partial = std::fs::read_to_string(&output).unwrap();
    let answered = partial.lines().count();
    assert!(answered > 0 && answered < 300, "{answered} lines answered before the quota was spent");
    assert!(!partial.contains("\"error\""), "a line the quota stopped is not an error line");

    // The next day (a fresh quota), the same command runs the rest, each line once.
    let fresh = Emulator::with_args(&["--latency", "2"]);
    run(sandbox.against(&fresh).args(args).arg(&input).arg("--resume").arg(&output)).expect_code(0);
    let whole = std::fs::read_to_string(&output).unwrap();
    let mut expected: Vec<String> = expected_ids(300).iter().map(Value::to_string).collect();
    expected.sort();
    assert_eq!(sorted_ids(&whole), expected);
}

#[test]
fn bad_tpm_values_are_usage_errors() {
    let sandbox = Sandbox::new();
    let input = sandbox.path().join("one.jsonl");
    std::fs::write(&input, "\"hi\"\n").unwrap();
    for bad in ["0", "lots", "-5", "1.5M"] {
        run(sandbox
            .command()
            .args(["--local", "invoke", "nova-lite", &format!("--tpm={bad}"), "--input"])
            .arg(&input))
        .expect_one_line_error(252, "--tpm");
    }
    run(sandbox.command().args(["--local", "invoke", "nova-lite", "--tpm", "2M", "hello"]))
        .expect_one_line_error(252, "--input");
}
