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

#[test]
fn a_missing_profile_is_253_naming_it() {
    let sandbox = sandbox_with_profile();
    let by_flag = run(sandbox.command().args(["--profile", "prod", "models", "list"]));
    by_flag.expect_one_line_error(253, "the config profile (prod) could not be found");
    assert!(by_flag.stderr.contains("hint: the profiles defined are: work"), "{}", by_flag.stderr);
    let by_variable = run(sandbox.configured().env("AWS_PROFILE", "prod").args(["models", "list"]));
    by_variable.expect_one_line_error(253, "the config profile (prod) could not be found");
    let doctor = run(sandbox.command().args(["--profile", "prod", "doctor", "-o", "json"]));
    doctor.expect_code(253);
    assert!(doctor.json()["profile"]["error"].as_str().unwrap().contains("could not be found"));
}

/// An instance-metadata endpoint that refuses, as outside EC2 or in a locked-down container.
const REFUSED: &str = "<html>forbidden</html>";

#[test]
fn no_credentials_names_the_chain_tried_not_the_instance_metadata_refusal() {
    let metadata = RecordingServer::answering("403 Forbidden", "text/html", REFUSED);
    let sandbox = Sandbox::new();
    let result = run(sandbox
        .command()
        .env_remove("AWS_EC2_METADATA_DISABLED")
        .env("AWS_EC2_METADATA_SERVICE_ENDPOINT", &metadata.url)
        .env("AWS_REGION", "us-east-1")
        .args(["--endpoint-url", "http://127.0.0.1:9", "models", "list"]));
    result.expect_one_line_error(
        253,
        "no credentials were found (tried: environment variables, profile default",
    );
    assert!(result.stderr.contains("EC2 instance metadata"), "{}", result.stderr);
    assert!(!result.stderr.contains("IMDS"), "{}", result.stderr);
    let doctor =
        run(sandbox.command().env("AWS_REGION", "us-east-1").args(["doctor", "--no-check", "-o", "json"]));
    doctor.expect_code(253);
    assert!(
        doctor.json()["credentials"]["error"]
            .as_str()
            .unwrap()
            .starts_with("no credentials were found (tried:"),
        "{}",
        doctor.stdout
    );
}

const ACCESS_DENIED: &str = r#"<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>User: arn:aws:iam::123456789012:user/dev is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/prod</Message></Error><RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId></ErrorResponse>"#;

#[test]
fn a_failed_assume_role_names_the_role_and_the_reason() {
    let security_token_service = RecordingServer::answering("403 Forbidden", "text/xml", ACCESS_DENIED);
    let sandbox = sandbox_with_profile();
    std::fs::write(
        sandbox.path().join("aws-config"),
        "[profile work]\nregion = eu-west-1\n[profile prod]\nrole_arn = arn:aws:iam::123456789012:role/prod\nsource_profile = work\nregion = eu-west-1\n",
    )
    .unwrap();
    for profile_flag in [true, false] {
        let mut command = sandbox.command();
        command.env("AWS_ENDPOINT_URL_STS", &security_token_service.url);
        if profile_flag {
            command.args(["--profile", "prod"]);
        } else {
            command.env("AWS_PROFILE", "prod");
        }
        let result = run(command.args(["--endpoint-url", "http://127.0.0.1:9", "models", "list"]));
        result.expect_one_line_error(
            253,
            "could not assume role arn:aws:iam::123456789012:role/prod (profile prod)",
        );
        assert!(
            result
                .stderr
                .contains("AccessDenied: User: arn:aws:iam::123456789012:user/dev is not authorized")
        );
        assert!(!result.stderr.contains("Error {"), "{}", result.stderr);
        assert!(!result.stderr.contains("AWS_PROFILE"), "{}", result.stderr);
    }
    assert!(!security_token_service.heads().is_empty());
}

/// A role profile end to end through the emulator's STS: the source profile's keys sign
/// AssumeRole, the role's temporary credentials sign what follows, and the emulator, asked who
/// signed (GetCallerIdentity), names the assumed role — here in another account, so the policy's
/// ARNs carry that account.
#[test]
fn a_role_profile_signs_with_the_assumed_role() {
    let emulator = crate::support::Emulator::start();
    let sandbox = sandbox_with_profile();
    std::fs::write(
        sandbox.path().join("aws-config"),
        "[profile work]\nregion = us-east-1\n[profile prod]\nrole_arn = arn:aws:iam::210987654321:role/prod\nsource_profile = work\nrole_session_name = ci-run\nregion = us-east-1\n",
    )
    .unwrap();
    let policy = |profile: &str| {
        run(sandbox.command().env("AWS_ENDPOINT_URL_STS", &emulator.url).args([
            "--profile",
            profile,
            "--endpoint-url",
            &emulator.url,
            "iam-policy",
            "invoke",
            "--model",
            "us.anthropic.claude-3-haiku-20240307-v1:0",
        ]))
    };
    let assumed = policy("prod");
    assumed.expect_code(0);
    assert!(assumed.stdout.contains("210987654321"), "{}", assumed.stdout);
    assert!(!assumed.stdout.contains("123456789012"), "{}", assumed.stdout);
    // The source profile itself is the emulator's own account.
    let source = policy("work");
    source.expect_code(0);
    assert!(
        source.stdout.contains("123456789012") && !source.stdout.contains("210987654321"),
        "{}",
        source.stdout
    );
    // Web identity: a token file and a role, no keys at all.
    let token = sandbox.path().join("token.jwt");
    std::fs::write(&token, "eyJhbGciOiJub25lIn0.eyJzdWIiOiJyZXBvOmFjbWUvYXBwIn0.").unwrap();
    std::fs::write(
        sandbox.path().join("aws-config"),
        format!(
            "[profile ci]\nrole_arn = arn:aws:iam::333333333333:role/ci\nweb_identity_token_file = {}\nregion = us-east-1\n",
            token.display()
        ),
    )
    .unwrap();
    let web = policy("ci");
    web.expect_code(0);
    assert!(web.stdout.contains("333333333333"), "{}", web.stdout);
    // A role ARN STS refuses is named, with STS's reason.
    std::fs::write(
        sandbox.path().join("aws-config"),
        "[profile work]\nregion = us-east-1\n[profile bad]\nrole_arn = arn:aws:iam::12:role/x\nsource_profile = work\nregion = us-east-1\n",
    )
    .unwrap();
    let refused = policy("bad");
    refused.expect_one_line_error(253, "could not assume role arn:aws:iam::12:role/x (profile bad)");
    assert!(refused.stderr.contains("is invalid"), "{}", refused.stderr);
}
