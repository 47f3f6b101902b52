//! Every exit code of DESIGN.md §4, each with a one-line error.

use std::io::Read;
use std::process::Stdio;
use std::time::Duration;

use crate::support::{Emulator, Sandbox, run};

#[test]
fn unknown_subcommand_is_252_with_a_suggestion() {
    let sandbox = Sandbox::new();
    let result = run(sandbox.command().arg("modles"));
    result.expect_one_line_error(252, "unrecognized subcommand 'modles'");
    assert!(result.stderr.contains("hint: a similar subcommand exists: 'models'"));
}

#[test]
fn unknown_flag_is_252() {
    let sandbox = Sandbox::new();
    run(sandbox.command().args(["models", "list", "--providr", "x"])).expect_one_line_error(252, "--providr");
}

#[test]
fn invalid_output_format_is_252() {
    let sandbox = Sandbox::new();
    run(sandbox.command().args(["-o", "xml", "models", "list"])).expect_one_line_error(252, "xml");
    run(sandbox.command().env("BEDROCK_OUTPUT", "xml").args(["models", "list"]))
        .expect_one_line_error(252, "BEDROCK_OUTPUT");
}

#[test]
fn invalid_filter_value_is_252() {
    let sandbox = Sandbox::new();
    run(sandbox.command().args(["models", "list", "--output-modality", "VIDEO"]))
        .expect_one_line_error(252, "VIDEO");
}

#[test]
fn invalid_jmespath_is_252_before_any_request() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let result =
        run(sandbox.against(&emulator).args(["--debug", "models", "list", "--query", "modelSummaries[?"]));
    result.expect_one_line_error(252, "invalid JMESPath");
    assert!(!result.stderr.contains("attempt 1"), "no request was sent");
}

#[test]
fn unknown_model_is_a_service_error_254() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let result = run(sandbox.against(&emulator).args(["models", "get", "acme.imaginary-v9"]));
    result.expect_one_line_error(254, "ValidationException: The provided model identifier is invalid.");
    assert!(result.stderr.contains("(request id "));
    assert!(result.stdout.is_empty());
}

#[test]
fn malformed_endpoint_url_is_252() {
    let sandbox = Sandbox::new();
    for url in ["localhost:4010", "ftp://example.com", "http://"] {
        run(sandbox.configured().args(["--endpoint-url", url, "models", "list"]))
            .expect_one_line_error(252, "--endpoint-url");
    }
}

#[test]
fn unreachable_endpoint_is_255() {
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let sandbox = Sandbox::new();
    let url = format!("http://127.0.0.1:{port}");
    let result =
        run(sandbox.configured().args(["--endpoint-url", &url, "--max-attempts", "1", "models", "list"]));
    result.expect_one_line_error(255, &format!("cannot reach {url}"));
    assert!(result.stderr.to_lowercase().contains("connection refused"), "{}", result.stderr);
}

#[test]
fn missing_region_is_253_with_a_hint() {
    let sandbox = Sandbox::new();
    let result = run(sandbox
        .command()
        .env("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE")
        .env("AWS_SECRET_ACCESS_KEY", "secret")
        .args(["models", "list"]));
    result.expect_one_line_error(253, "no AWS region");
    assert!(result.stderr.contains("hint: pass --region"));
}

#[test]
fn missing_credentials_are_253_with_a_hint() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let result = run(sandbox.command().env("AWS_REGION", "us-east-1").args([
        "--endpoint-url",
        &emulator.url,
        "models",
        "list",
    ]));
    result.expect_one_line_error(253, "no credentials");
    assert!(result.stderr.contains("hint: "));
}

#[test]
fn broken_pipe_exits_zero_silently() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let mut command = sandbox.against(&emulator);
    command.args(["models", "list"]).stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = command.spawn().unwrap();
    drop(child.stdout.take());
    let status = child.wait().unwrap();
    let mut stderr = String::new();
    child.stderr.take().unwrap().read_to_string(&mut stderr).unwrap();
    assert_eq!(status.code(), Some(0), "stderr: {stderr}");
    assert!(stderr.is_empty(), "nothing printed for a closed pipe: {stderr}");
}

#[test]
fn ctrl_c_exits_130() {
    let emulator = Emulator::with_args(&["--latency", "10000"]);
    let sandbox = Sandbox::new();
    let mut command = sandbox.against(&emulator);
    command.args(["models", "list"]).stdout(Stdio::piped()).stderr(Stdio::piped());
    let child = command.spawn().unwrap();
    std::thread::sleep(Duration::from_millis(700));
    let killed = std::process::Command::new("kill").args(["-INT", &child.id().to_string()]).status().unwrap();
    assert!(killed.success());
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(130), "stderr: {stderr}");
    assert!(stderr.starts_with("error: interrupted"), "{stderr}");
}

#[test]
fn help_and_version_exit_zero_and_bare_command_is_252() {
    let sandbox = Sandbox::new();
    let help = run(sandbox.command().arg("--help"));
    help.expect_code(0);
    assert!(help.stdout.contains("Examples:") && help.stdout.contains("Exit codes:"));
    let version = run(sandbox.command().arg("--version"));
    version.expect_code(0);
    assert!(version.stdout.starts_with("bedrock "));
    let subcommand_help = run(sandbox.command().args(["models", "list", "--help"]));
    subcommand_help.expect_code(0);
    assert!(subcommand_help.stdout.contains("--provider"));
    let bare = run(&mut sandbox.command());
    bare.expect_code(252);
    assert!(bare.stderr.contains("Usage:"));
}

#[test]
fn debug_traces_redact_secrets() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let result = run(sandbox.against(&emulator).env("AWS_SESSION_TOKEN", "SESSIONTOKENSECRETVALUE").args([
        "--debug",
        "models",
        "get",
        "claude-3-haiku",
    ]));
    result.expect_code(0);
    assert!(
        result.stderr.contains("authorization: AWS4-HMAC-SHA256 Credential=AKID****/"),
        "{}",
        result.stderr
    );
    assert!(result.stderr.contains("Signature=<redacted>"));
    assert!(result.stderr.contains("x-amz-security-token: <redacted>"));
    for secret in [crate::support::SECRET_KEY, "SESSIONTOKENSECRETVALUE", crate::support::ACCESS_KEY] {
        assert!(!result.stderr.contains(secret), "{secret} leaked");
        assert!(!result.stdout.contains(secret), "{secret} leaked");
    }
}

/// Flags that take JSON name themselves (and their file) when the JSON is bad.
const JSON_FLAG_CASES: &[(&[&str], &str)] = &[
    (
        &["retrieve", "KB12345678", "tides", "--filter", "{\"equals\": "],
        "--filter is not valid JSON at line 1",
    ),
    (
        &["invoke-agent", "AGENT12345", "TSTALIASID", "hello", "--session-attributes", "{bad"],
        "--session-attributes is not valid JSON",
    ),
    (
        &["invoke-agent", "AGENT12345", "TSTALIASID", "hello", "--prompt-attributes", "[1,"],
        "--prompt-attributes is not valid JSON",
    ),
    (
        &["invoke-agent", "AGENT12345", "TSTALIASID", "--session-id", "s-1", "--return-control-results", "{"],
        "--return-control-results is not valid JSON",
    ),
    (&["retrieve", "KB12345678", "tides", "--filter", "@FILE"], "--filter file "),
];

#[test]
fn json_flags_name_themselves_in_errors() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let file = sandbox.path().join("filter.json");
    std::fs::write(&file, "{\"equals\": {\"key\": \"a\",}}").unwrap();
    let file_argument = format!("@{}", file.display());
    for (args, fragment) in JSON_FLAG_CASES {
        let args: Vec<&str> =
            args.iter().map(|arg| if *arg == "@FILE" { file_argument.as_str() } else { arg }).collect();
        let result = run(sandbox.against(&emulator).args(&args));
        result.expect_one_line_error(252, fragment);
        assert!(!result.stderr.contains("--body"), "{args:?}: {}", result.stderr);
    }
}

#[test]
fn an_instruction_naming_a_file_without_at_warns() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let file = sandbox.path().join("instruction.txt");
    std::fs::write(&file, "You are a helpdesk agent. Answer questions politely.").unwrap();
    let path = file.display().to_string();
    let result = run(sandbox.against(&emulator).args([
        "agents",
        "create",
        "--name",
        "helpdesk",
        "--model",
        "claude-3-haiku",
        "--instruction",
        &path,
    ]));
    // The service refuses a path as an instruction (too short): the warning said why.
    result.expect_code(254);
    assert!(
        result.stderr.contains(&format!("warning: --instruction {path}: the file's name is used as the instruction; to use its contents write --instruction @{path}")),
        "{}",
        result.stderr
    );
    let quiet = run(sandbox.against(&emulator).args([
        "agents",
        "create",
        "--name",
        "helpdesk-2",
        "--model",
        "claude-3-haiku",
        "--instruction",
        &format!("@{path}"),
    ]));
    quiet.expect_code(0);
    assert!(!quiet.stderr.contains("warning"), "{}", quiet.stderr);
}
