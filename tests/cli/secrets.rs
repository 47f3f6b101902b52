//! Secret hygiene: representative commands run with `--debug` and credentials in the
//! environment, in a profile's credentials file, and with a session token; no secret key,
//! session token, signature or access key may appear in stdout, stderr or any file the tool
//! wrote, and files holding conversation data are readable by the owner only.

use std::path::Path;

use crate::support::{Emulator, Sandbox, run};

const ACCESS: &str = "AKIDHYGIENETEST00042";
const SECRET: &str = "hygieneSECRETkeyDoNotPrint/0123456789abcd";
const TOKEN: &str = "hygieneSESSIONtokenDoNotPrint0123456789";

/// Every file under `directory` except the credentials file the test wrote itself.
fn written_files(directory: &Path, skip: &Path, found: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(directory).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            written_files(&path, skip, found);
        } else if path != skip {
            found.push(path);
        }
    }
}

fn assert_clean(text: &str, what: &str) {
    for secret in [ACCESS, SECRET, TOKEN] {
        assert!(!text.contains(secret), "{secret} leaked into {what}:\n{text}");
    }
    for line in text.lines().filter(|line| line.contains("Signature=")) {
        assert!(line.contains("Signature=<redacted>"), "a signature leaked into {what}: {line}");
    }
}

#[test]
fn no_secret_reaches_output_logs_or_files() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let credentials = sandbox.path().join("aws-credentials");
    std::fs::write(
        &credentials,
        format!("[hygiene]\naws_access_key_id = {ACCESS}\naws_secret_access_key = {SECRET}\naws_session_token = {TOKEN}\n"),
    )
    .unwrap();
    let input = sandbox.path().join("prompts.jsonl");
    std::fs::write(&input, "\"first\"\n\"second\"\n").unwrap();
    let results = sandbox.path().join("results.jsonl");
    let messages = sandbox.path().join("messages.json");
    std::fs::write(&messages, r#"[{"role": "user", "content": [{"text": "hello"}]}]"#).unwrap();
    let commands: Vec<Vec<String>> =
        vec![
            vec!["models", "list"],
            vec!["models", "get", "claude-3-haiku"],
            vec!["invoke", "claude-3-haiku", "hello", "--usage"],
            vec!["stream", "titan-text-express", "hello"],
            vec!["converse", "nova-lite", "hello", "--stream"],
            vec!["chat", "nova-lite", "--messages", "MESSAGES", "--session", "hygiene"],
            vec!["embed", "titan-embed-text-v2", "hello"],
            vec![
                "guardrails",
                "create",
                "--name",
                "GUARDRAIL",
                "--blocked-input-message",
                "no",
                "--blocked-output-message",
                "no",
            ],
            vec!["iam-policy", "invoke", "--model", "claude-3-haiku"],
            vec!["doctor"],
        ]
        .into_iter()
        .map(|command| {
            command
                .into_iter()
                .map(|argument| {
                    if argument == "MESSAGES" { messages.display().to_string() } else { argument.to_string() }
                })
                .collect()
        })
        .collect();
    for (source, index) in [("environment", 0), ("profile", 1)] {
        for command in &commands {
            let mut process = sandbox.command();
            process.env("AWS_REGION", "us-east-1").args(["--endpoint-url", &emulator.url, "--debug"]);
            if index == 0 {
                process
                    .env("AWS_ACCESS_KEY_ID", ACCESS)
                    .env("AWS_SECRET_ACCESS_KEY", SECRET)
                    .env("AWS_SESSION_TOKEN", TOKEN);
            } else {
                process.args(["--profile", "hygiene"]);
            }
            let command: Vec<String> = command
                .iter()
                .map(|argument| argument.replace("GUARDRAIL", &format!("hygiene-{source}")))
                .collect();
            let result = run(process.args(&command));
            assert_eq!(result.code, 0, "{source} {command:?}: {}", result.stderr);
            assert!(result.stderr.contains("[debug]"), "{command:?} traced nothing");
            assert_clean(&result.stdout, &format!("stdout of {command:?} ({source})"));
            assert_clean(&result.stderr, &format!("stderr of {command:?} ({source})"));
        }
    }
    let bulk = run(sandbox
        .against(&emulator)
        .env("AWS_SESSION_TOKEN", TOKEN)
        .args(["--debug", "invoke", "nova-lite", "--input"])
        .arg(&input)
        .arg("--resume")
        .arg(&results));
    assert_eq!(bulk.code, 0, "{}", bulk.stderr);
    assert_clean(&bulk.stderr, "stderr of a bulk run");

    let mut files = Vec::new();
    written_files(sandbox.path(), &credentials, &mut files);
    assert!(
        files.iter().any(|path| path.starts_with(sandbox.path().join("data"))),
        "the chat session was saved"
    );
    for path in &files {
        let text = String::from_utf8_lossy(&std::fs::read(path).unwrap()).into_owned();
        assert_clean(&text, &path.display().to_string());
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let private: Vec<&std::path::PathBuf> = files
            .iter()
            .filter(|path| path.to_string_lossy().contains("chat") || **path == results)
            .collect();
        assert!(private.len() >= 2, "{files:?}");
        for path in private {
            let mode = std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "{} holds conversation data", path.display());
        }
    }
}

/// A password in an endpoint URL, and what a credential helper printed on failure.
const URL_PASSWORD: &str = "hunter2PasswordInUrl";
const HELPER_SECRET: &str = "helperSessionSecret0123456789";

#[test]
fn passwords_in_endpoint_urls_are_never_printed() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let address = emulator.url.trim_start_matches("http://");
    let with_password = format!("http://someone:{URL_PASSWORD}@{address}");
    let listed =
        run(sandbox.configured().args(["--debug", "--endpoint-url", &with_password, "models", "list"]));
    assert!(listed.stderr.contains("[debug]"), "{}", listed.stderr);
    assert!(
        listed.stderr.contains("someone:<redacted>@"),
        "the URL is shown, its password hidden: {}",
        listed.stderr
    );
    // A request that fails (nothing listens) names its endpoint in the error line.
    let unreachable = run(sandbox.configured().args([
        "--debug",
        "--max-attempts",
        "1",
        "--endpoint-url",
        &format!("http://someone:{URL_PASSWORD}@127.0.0.1:9"),
        "models",
        "list",
    ]));
    assert_ne!(unreachable.code, 0);
    let doctor = run(sandbox.configured().args(["-o", "json", "--endpoint-url", &with_password, "doctor"]));
    assert!(doctor.stdout.contains("someone:<redacted>@"), "{}", doctor.stdout);
    for (what, text) in [
        ("stderr of --debug", &listed.stderr),
        ("stdout", &listed.stdout),
        ("stderr of a failing request", &unreachable.stderr),
        ("doctor's report", &doctor.stdout),
        ("doctor's stderr", &doctor.stderr),
    ] {
        assert!(!text.contains(URL_PASSWORD), "the URL password leaked into {what}:\n{text}");
    }
}

#[cfg(unix)]
#[test]
fn a_failing_credential_process_shows_its_status_not_its_output() {
    let sandbox = Sandbox::new();
    std::fs::write(
        sandbox.path().join("aws-config"),
        format!(
            "[profile helper]\nregion = us-east-1\ncredential_process = sh -c \"echo 'login failed token={HELPER_SECRET}' >&2; echo 'second line {HELPER_SECRET}' >&2; exit 3\"\n"
        ),
    )
    .unwrap();
    let failed = run(sandbox.command().env("AWS_PROFILE", "helper").args(["models", "list"]));
    failed.expect_one_line_error(253, "credential_process failed (exit status: 3");
    assert!(failed.stderr.contains("login failed"), "the first line, redacted: {}", failed.stderr);
    let doctor = run(sandbox.command().env("AWS_PROFILE", "helper").args(["-o", "json", "doctor"]));
    for (what, text) in
        [("stderr", &failed.stderr), ("doctor's report", &doctor.stdout), ("doctor's stderr", &doctor.stderr)]
    {
        assert!(!text.contains(HELPER_SECRET), "the helper's output leaked into {what}:\n{text}");
        assert!(!text.contains("second line"), "more than the first line in {what}:\n{text}");
    }
}
