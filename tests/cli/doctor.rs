//! `doctor`: resolved settings, credential source, endpoints and a live check; never a secret.

use crate::support::{ACCESS_KEY, Emulator, SECRET_KEY, Sandbox, run};

#[test]
fn reports_the_resolved_configuration() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let result = run(sandbox.against(&emulator).args(["doctor"]));
    result.expect_code(0);
    let report = result.json();
    assert_eq!(report["region"]["name"], "us-east-1");
    assert_eq!(report["region"]["source"], "AWS_REGION");
    assert_eq!(report["credentials"]["source"], "environment variables");
    assert_eq!(report["credentials"]["accessKeyId"], "AKID****Y123");
    for service in ["bedrock", "bedrock-runtime", "bedrock-agent", "bedrock-agent-runtime"] {
        assert_eq!(report["endpoints"][service], emulator.url.as_str());
    }
    assert_eq!(report["check"]["result"], "ok");
    assert!(report["check"]["foundationModels"].as_u64().unwrap() > 50);
    assert!(!result.stdout.contains(SECRET_KEY) && !result.stdout.contains(ACCESS_KEY));
}

#[test]
fn service_specific_endpoint_variables_and_profiles_are_honoured() {
    let sandbox = Sandbox::new();
    std::fs::write(sandbox.path().join("aws-config"), "[profile work]\nregion = eu-west-1\n").unwrap();
    std::fs::write(
        sandbox.path().join("aws-credentials"),
        "[work]\naws_access_key_id = AKIDPROFILEKEY00001\naws_secret_access_key = profilesecret\n",
    )
    .unwrap();
    let result = run(sandbox.command().env("AWS_ENDPOINT_URL_BEDROCK_RUNTIME", "http://127.0.0.1:9").args([
        "--profile",
        "work",
        "doctor",
        "--no-check",
    ]));
    result.expect_code(0);
    let report = result.json();
    assert_eq!(report["profile"]["name"], "work");
    assert_eq!(report["profile"]["source"], "--profile");
    assert_eq!(report["region"]["name"], "eu-west-1");
    assert_eq!(report["region"]["source"], "AWS config file");
    assert_eq!(report["credentials"]["source"], "shared credentials/config file");
    assert_eq!(report["endpoints"]["bedrock"], "https://bedrock.eu-west-1.amazonaws.com");
    assert_eq!(report["endpoints"]["bedrock-runtime"], "http://127.0.0.1:9");
    assert!(!result.stdout.contains("profilesecret"));
}

#[test]
fn an_unreachable_endpoint_fails_the_check_with_255() {
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let sandbox = Sandbox::new();
    let url = format!("http://127.0.0.1:{port}");
    let result = run(sandbox.configured().args(["--endpoint-url", &url, "--max-attempts", "1", "doctor"]));
    result.expect_code(255);
    assert!(result.json()["check"]["result"].as_str().unwrap().starts_with("failed"));
    assert!(result.stderr.starts_with("error: network: cannot reach"));
}

#[test]
fn missing_credentials_are_reported_with_253() {
    let sandbox = Sandbox::new();
    let result = run(sandbox.command().env("AWS_REGION", "us-east-1").args(["doctor"]));
    result.expect_code(253);
    assert!(result.json()["credentials"]["error"].is_string());
}

#[test]
fn local_mode_reports_the_in_process_emulator() {
    let sandbox = Sandbox::new();
    let result = run(sandbox.command().args(["--local", "doctor"]));
    result.expect_code(0);
    let report = result.json();
    assert!(report["endpoints"]["bedrock"].as_str().unwrap().starts_with("http://127.0.0.1:"));
    assert_eq!(report["region"]["source"], "--local default");
}

#[test]
fn a_bedrock_api_key_alone_is_reported_usable() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let result = run(sandbox
        .command()
        .env("AWS_REGION", "us-east-1")
        .env("AWS_BEARER_TOKEN_BEDROCK", "ABSKQmVkcm9ja0FQSUtleS10ZXN0")
        .args(["--endpoint-url", &emulator.url, "doctor", "-o", "json"]));
    result.expect_code(0);
    let report = result.json();
    assert_eq!(report["bearerToken"], "set (AWS_BEARER_TOKEN_BEDROCK): used for bedrock, bedrock-runtime");
    assert_eq!(report["check"]["result"], "ok");
    let note = report["credentials"]["note"].as_str().unwrap();
    assert!(note.contains("bedrock-agent, bedrock-agent-runtime need AWS credentials"), "{note}");
    assert!(!result.stdout.contains("ABSKQmVkcm9ja0FQSUtleS10ZXN0"));
}
