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

#[test]
fn the_aws_cli_uses_the_emulators_s3() {
    if aws_cli().is_none() {
        return;
    }
    let sandbox = Sandbox::new();
    let root = sandbox.path().join("s3");
    std::fs::create_dir_all(&root).unwrap();
    let emulator = Emulator::with_args(&["--s3-root", root.to_str().unwrap()]);
    aws(&sandbox, &emulator, &["s3", "mb", "s3://notes-bucket"]).expect_code(0);
    let local = sandbox.path().join("hello world.txt");
    std::fs::write(&local, "hello from s3\n").unwrap();
    aws(
        &sandbox,
        &emulator,
        &["s3", "cp", local.to_str().unwrap(), "s3://notes-bucket/a dir/hello world.txt"],
    )
    .expect_code(0);
    assert_eq!(
        std::fs::read_to_string(root.join("notes-bucket/a dir/hello world.txt")).unwrap(),
        "hello from s3\n"
    );
    for number in 0..3 {
        std::fs::write(root.join(format!("notes-bucket/k{number}.txt")), "x").unwrap();
    }
    let listed = aws(
        &sandbox,
        &emulator,
        &["s3api", "list-objects-v2", "--bucket", "notes-bucket", "--max-items", "2"],
    );
    listed.expect_code(0);
    let listed = listed.json();
    assert_eq!(listed["Contents"].as_array().unwrap().len(), 2);
    assert_eq!(listed["Contents"][0]["Key"], "a dir/hello world.txt");
    let all = aws(
        &sandbox,
        &emulator,
        &["s3api", "list-objects-v2", "--bucket", "notes-bucket", "--prefix", "k", "--page-size", "1"],
    )
    .json();
    assert_eq!(all["Contents"].as_array().unwrap().len(), 3);
    let fetched = sandbox.path().join("fetched.txt");
    aws(
        &sandbox,
        &emulator,
        &["s3", "cp", "s3://notes-bucket/a dir/hello world.txt", fetched.to_str().unwrap()],
    )
    .expect_code(0);
    assert_eq!(std::fs::read_to_string(&fetched).unwrap(), "hello from s3\n");
    let missing =
        aws(&sandbox, &emulator, &["s3api", "head-object", "--bucket", "notes-bucket", "--key", "nope"]);
    assert_ne!(missing.code, 0);
    assert!(missing.stderr.contains("404"), "{}", missing.stderr);
    let no_bucket = aws(&sandbox, &emulator, &["s3", "ls", "s3://no-such-bucket/"]);
    assert!(no_bucket.stderr.contains("NoSuchBucket"), "{}", no_bucket.stderr);

    // Without --s3-root the emulator says how to give it storage.
    let bare = Emulator::start();
    let refused = aws(&sandbox, &bare, &["s3", "ls", "s3://notes-bucket/"]);
    assert_ne!(refused.code, 0);
    assert!(refused.stderr.contains("--s3-root"), "{}", refused.stderr);
}
