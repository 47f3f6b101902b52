//! An independent client: the AWS CLI (botocore, installed into .venv by `.ci/python-env`)
//! accepts the emulator, and `bedrock -o json` prints the same documents it does.

use std::path::PathBuf;
use std::process::Command;

use serde_json::Value;

use crate::support::{ACCESS_KEY, Emulator, SECRET_KEY, Sandbox, run};

/// The AWS CLI from the project's venv. Missing is a failure, not a skip, unless
/// BEDROCK_SKIP_PYTHON_TESTS is set on purpose.
pub fn aws_cli() -> Option<PathBuf> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".venv").join("bin").join("aws");
    if path.exists() {
        return Some(path);
    }
    if std::env::var_os("BEDROCK_SKIP_PYTHON_TESTS").is_some() {
        return None;
    }
    panic!("{} is missing: run `.ci/python-env` (or set BEDROCK_SKIP_PYTHON_TESTS=1)", path.display());
}

pub fn aws(sandbox: &Sandbox, emulator: &Emulator, args: &[&str]) -> crate::support::Run {
    let cli = aws_cli().unwrap();
    let mut command = Command::new(cli);
    command
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", sandbox.path())
        .env("AWS_CONFIG_FILE", sandbox.path().join("aws-config"))
        .env("AWS_SHARED_CREDENTIALS_FILE", sandbox.path().join("aws-credentials"))
        .env("AWS_EC2_METADATA_DISABLED", "true")
        .env("AWS_ACCESS_KEY_ID", ACCESS_KEY)
        .env("AWS_SECRET_ACCESS_KEY", SECRET_KEY)
        .env("AWS_DEFAULT_REGION", "us-east-1")
        .args(args)
        .args(["--endpoint-url", &emulator.url, "--output", "json"]);
    run(&mut command)
}

#[test]
fn list_foundation_models_matches_the_aws_cli() {
    if aws_cli().is_none() {
        return;
    }
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let theirs = aws(&sandbox, &emulator, &["bedrock", "list-foundation-models"]);
    theirs.expect_code(0);
    let ours = run(sandbox.against(&emulator).args(["-o", "json", "models", "list"]));
    ours.expect_code(0);
    assert_eq!(ours.json(), theirs.json());

    let theirs = aws(
        &sandbox,
        &emulator,
        &["bedrock", "list-foundation-models", "--by-provider", "meta", "--by-output-modality", "TEXT"],
    );
    let ours = run(sandbox.against(&emulator).args([
        "models",
        "list",
        "--provider",
        "meta",
        "--output-modality",
        "TEXT",
    ]));
    assert_eq!(ours.json(), theirs.json());
    assert!(!ours.json()["modelSummaries"].as_array().unwrap().is_empty());
}

#[test]
fn get_foundation_model_matches_the_aws_cli() {
    if aws_cli().is_none() {
        return;
    }
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    for model in [
        "anthropic.claude-3-haiku-20240307-v1:0",
        "amazon.titan-embed-text-v2:0",
        "stability.stable-diffusion-xl-v1",
    ] {
        let theirs =
            aws(&sandbox, &emulator, &["bedrock", "get-foundation-model", "--model-identifier", model]);
        theirs.expect_code(0);
        let ours = run(sandbox.against(&emulator).args(["models", "get", model]));
        assert_eq!(ours.json(), theirs.json(), "{model}");
    }
}

#[test]
fn the_aws_cli_reads_errors_and_pages() {
    if aws_cli().is_none() {
        return;
    }
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let error = aws(
        &sandbox,
        &emulator,
        &["bedrock", "get-foundation-model", "--model-identifier", "acme.nothing-v1"],
    );
    // AWS CLI v1 exits 255 on a service error (v2, whose codes we follow, exits 254).
    assert!(error.code == 254 || error.code == 255, "{}", error.stderr);
    assert!(error.stderr.contains("(ValidationException)"), "{}", error.stderr);
    assert!(error.stderr.contains("The provided model identifier is invalid."));

    let theirs = aws(&sandbox, &emulator, &["bedrock", "list-inference-profiles"]);
    theirs.expect_code(0);
    let ours = run(sandbox.against(&emulator).args(["inference-profiles", "list"]));
    let ids = |document: Value| -> Vec<Value> {
        document["inferenceProfileSummaries"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["inferenceProfileId"].clone())
            .collect()
    };
    let (theirs, ours) = (ids(theirs.json()), ids(ours.json()));
    assert_eq!(theirs, ours);
    assert_eq!(ours.len(), crate::support::catalog_profile_count());
}
