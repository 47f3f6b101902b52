//! An independent client of the runtime service: boto3 (installed into .venv by
//! `.ci/python-env`) runs `tests/python/boto3_streams.py` against the emulator — InvokeModel,
//! response streams, Converse and ConverseStream, and stream faults (an exception frame, a cut);
//! and `tests/python/boto3_async.py` — asynchronous invocation, its video read back through S3.

use std::path::PathBuf;
use std::process::Command;

use crate::support::{ACCESS_KEY, Emulator, SECRET_KEY, Sandbox, run};

/// Python from the project's venv. Missing is a failure, not a skip, unless
/// BEDROCK_SKIP_PYTHON_TESTS is set on purpose.
pub fn python() -> Option<PathBuf> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".venv").join("bin").join("python");
    if path.exists() {
        return Some(path);
    }
    if std::env::var_os("BEDROCK_SKIP_PYTHON_TESTS").is_some() {
        return None;
    }
    panic!("{} is missing: run `.ci/python-env` (or set BEDROCK_SKIP_PYTHON_TESTS=1)", path.display());
}

/// Run one of `tests/python/` with the sandbox's hermetic environment and dummy credentials,
/// and check that it reported success.
pub fn run_script(python: PathBuf, name: &str, arguments: &[&str]) {
    let sandbox = Sandbox::new();
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests").join("python").join(name);
    let mut command = Command::new(python);
    command
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", sandbox.path())
        .env("AWS_CONFIG_FILE", sandbox.path().join("aws-config"))
        .env("AWS_SHARED_CREDENTIALS_FILE", sandbox.path().join("aws-credentials"))
        .env("AWS_EC2_METADATA_DISABLED", "true")
        .env("AWS_ACCESS_KEY_ID", ACCESS_KEY)
        .env("AWS_SECRET_ACCESS_KEY", SECRET_KEY)
        .arg(script)
        .args(arguments);
    let result = run(&mut command);
    assert_eq!(result.code, 0, "{name} failed\nstdout: {}\nstderr: {}", result.stdout, result.stderr);
    assert!(result.stdout.starts_with("ok: "), "{}", result.stdout);
}

#[test]
fn boto3_reads_invocations_streams_and_stream_faults() {
    let Some(python) = python() else { return };
    let emulator = Emulator::start();
    let exception = Emulator::with_args(&["--fault-stream-exception", "1"]);
    let cut = Emulator::with_args(&["--fault-stream-cut", "1"]);
    run_script(python, "boto3_streams.py", &[&emulator.url, &exception.url, &cut.url]);
}

#[test]
fn boto3_starts_an_async_invoke_polls_it_and_reads_the_video_through_s3() {
    let Some(python) = python() else { return };
    let root = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(root.path().join("reel-bucket")).unwrap();
    let emulator = Emulator::with_args(&["--s3-root", root.path().to_str().unwrap(), "--job-seconds", "0.5"]);
    run_script(python, "boto3_async.py", &[&emulator.url]);
}
