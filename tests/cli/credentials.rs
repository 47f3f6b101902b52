//! Which identity signs a request: `--profile` beats keys in the environment, keys in the
//! environment beat `AWS_PROFILE` (the AWS CLI's order), and `doctor` says which one is used.

use crate::support::{ACCESS_KEY, RecordingServer, SECRET_KEY, Sandbox, run};

const PROFILE_KEY: &str = "AKIDPROFILEKEY00001";

/// A sandbox whose shared files hold profile `work` (its own keys and region).
fn sandbox_with_profile() -> Sandbox {
    let sandbox = Sandbox::new();
    std::fs::write(sandbox.path().join("aws-config"), "[profile work]\nregion = eu-west-1\n").unwrap();
    std::fs::write(
        sandbox.path().join("aws-credentials"),
        format!("[work]\naws_access_key_id = {PROFILE_KEY}\naws_secret_access_key = profilesecret\n"),
    )
    .unwrap();
    sandbox
}

#[test]
fn the_profile_flag_wins_over_keys_in_the_environment() {
    let server = RecordingServer::start(r#"{"modelSummaries":[]}"#);
    let sandbox = sandbox_with_profile();
    let result = run(sandbox
        .command()
        .env("AWS_ACCESS_KEY_ID", ACCESS_KEY)
        .env("AWS_SECRET_ACCESS_KEY", SECRET_KEY)
        .args(["--profile", "work", "--endpoint-url", &server.url, "models", "list"]));
    result.expect_code(0);
    let scopes = server.credential_scopes();
    assert!(!scopes.is_empty(), "no signed request: {:?}", server.heads());
    for scope in scopes {
        assert!(scope.starts_with(&format!("{PROFILE_KEY}/")), "signed with {scope}");
        assert!(scope.contains("/eu-west-1/bedrock/"), "{scope}");
    }
}

#[test]
fn keys_in_the_environment_win_over_aws_profile() {
    let server = RecordingServer::start(r#"{"modelSummaries":[]}"#);
    let sandbox = sandbox_with_profile();
    let result = run(sandbox
        .command()
        .env("AWS_PROFILE", "work")
        .env("AWS_ACCESS_KEY_ID", ACCESS_KEY)
        .env("AWS_SECRET_ACCESS_KEY", SECRET_KEY)
        .args(["--endpoint-url", &server.url, "models", "list"]));
    result.expect_code(0);
    let scopes = server.credential_scopes();
    assert!(!scopes.is_empty(), "no signed request: {:?}", server.heads());
    for scope in scopes {
        assert!(scope.starts_with(&format!("{ACCESS_KEY}/")), "signed with {scope}");
        assert!(scope.contains("/eu-west-1/bedrock/"), "the profile's region is still used: {scope}");
    }
}

#[test]
fn doctor_names_the_profile_and_the_ignored_environment_keys() {
    let sandbox = sandbox_with_profile();
    let result = run(sandbox
        .command()
        .env("AWS_ACCESS_KEY_ID", ACCESS_KEY)
        .env("AWS_SECRET_ACCESS_KEY", SECRET_KEY)
        .args(["--profile", "work", "doctor", "--no-check", "-o", "json"]));
    result.expect_code(0);
    let report = result.json();
    assert_eq!(report["credentials"]["source"], "shared credentials/config file");
    assert_eq!(report["credentials"]["accessKeyId"], "AKID****0001");
    assert!(report["credentials"]["note"].as_str().unwrap().contains("--profile work"), "{report}");
    let from_environment = run(sandbox
        .command()
        .env("AWS_PROFILE", "work")
        .env("AWS_ACCESS_KEY_ID", ACCESS_KEY)
        .env("AWS_SECRET_ACCESS_KEY", SECRET_KEY)
        .args(["doctor", "--no-check", "-o", "json"]));
    from_environment.expect_code(0);
    let report = from_environment.json();
    assert_eq!(report["credentials"]["source"], "environment variables");
    assert!(report["credentials"]["note"].as_str().unwrap().contains("AWS_PROFILE"), "{report}");
    assert!(!from_environment.stdout.contains(SECRET_KEY) && !from_environment.stdout.contains(ACCESS_KEY));
}
