//! `inference-profiles get`.

use crate::support::{Emulator, Sandbox, run};

#[test]
fn get_by_id_and_by_arn() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let by_id = run(sandbox.against(&emulator).args([
        "inference-profiles",
        "get",
        "us.anthropic.claude-3-haiku-20240307-v1:0",
    ]));
    by_id.expect_code(0);
    let document = by_id.json();
    assert_eq!(document["inferenceProfileId"], "us.anthropic.claude-3-haiku-20240307-v1:0");
    assert_eq!(document["type"], "SYSTEM_DEFINED");
    let arn = document["inferenceProfileArn"].as_str().unwrap().to_string();
    assert_eq!(
        arn,
        "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-haiku-20240307-v1:0"
    );
    assert!(document["models"].as_array().unwrap().iter().all(|model| {
        model["modelArn"]
            .as_str()
            .unwrap()
            .ends_with("foundation-model/anthropic.claude-3-haiku-20240307-v1:0")
    }));
    let by_arn = run(sandbox.against(&emulator).args(["inference-profiles", "get", &arn]));
    by_arn.expect_code(0);
    assert_eq!(by_arn.json(), document);
}

#[test]
fn unknown_profile_is_a_service_error() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    run(sandbox.against(&emulator).args(["inference-profiles", "get", "us.nothing.here-v1:0"]))
        .expect_one_line_error(254, "ResourceNotFoundException");
}
