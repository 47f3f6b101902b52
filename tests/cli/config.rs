//! The tool's config file: aliases and defaults; a broken file is a configuration error.

use crate::support::{Emulator, Sandbox, run};

#[test]
fn aliases_from_the_config_file_are_resolved() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    std::fs::write(
        sandbox.path().join("bedrock-config.toml"),
        "[aliases]\nfast = \"amazon.nova-micro-v1:0\"\n",
    )
    .unwrap();
    let result =
        run(sandbox.against(&emulator).args(["models", "get", "fast", "--query", "modelDetails.modelId"]));
    result.expect_code(0);
    assert_eq!(result.json(), "amazon.nova-micro-v1:0");
}

#[test]
fn a_broken_config_file_is_253_naming_the_problem() {
    let sandbox = Sandbox::new();
    std::fs::write(sandbox.path().join("bedrock-config.toml"), "ouput = \"json\"\n").unwrap();
    let result = run(sandbox.configured().args(["models", "list"]));
    result.expect_one_line_error(253, "invalid config file");
    assert!(result.stderr.contains("ouput"));
}

/// The config file's `model` (or BEDROCK_MODEL) is used when MODEL is left out; a lone
/// positional is then the prompt, unless another flag gives the message.
#[test]
fn a_default_model_lets_converse_chat_and_invoke_leave_the_model_out() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    std::fs::write(sandbox.path().join("bedrock-config.toml"), "model = \"nova-lite\"\n").unwrap();
    let dry = |args: &[&str], environment: &[(&str, &str)]| {
        let mut command = sandbox.against(&emulator);
        command.args(args).arg("--dry-run");
        for (name, value) in environment {
            command.env(name, value);
        }
        let result = run(&mut command);
        result.expect_code(0);
        result.json()
    };
    let request = dry(&["converse", "Hello"], &[]);
    assert_eq!(request["modelId"], "amazon.nova-lite-v1:0");
    assert_eq!(request["messages"][0]["content"][0]["text"], "Hello");
    let request = dry(&["converse", "claude-3-haiku", "Hello"], &[]);
    assert_eq!(request["modelId"], "anthropic.claude-3-haiku-20240307-v1:0");
    let request = dry(&["converse", "Hello"], &[("BEDROCK_MODEL", "claude-3-haiku")]);
    assert_eq!(request["modelId"], "anthropic.claude-3-haiku-20240307-v1:0");
    let prompt_file = sandbox.path().join("prompt.txt");
    std::fs::write(&prompt_file, "From a file").unwrap();
    let file = prompt_file.to_str().unwrap();
    let request = dry(&["converse", "claude-3-haiku", "--prompt-file", file], &[]);
    assert_eq!(request["modelId"], "anthropic.claude-3-haiku-20240307-v1:0");
    assert_eq!(request["messages"][0]["content"][0]["text"], "From a file");
    // invoke builds the default model's own body.
    let body = dry(&["invoke", "Hello"], &[]);
    assert!(body.get("anthropic_version").is_none(), "{body}");
    let body = dry(&["invoke", "Hello"], &[("BEDROCK_MODEL", "claude-3-haiku")]);
    assert!(body.get("anthropic_version").is_some(), "{body}");

    let answered = run(sandbox.against(&emulator).args(["converse", "Hello"]));
    answered.expect_code(0);
    assert!(answered.stdout.starts_with("Hello"), "{}", answered.stdout);
    run(sandbox.against(&emulator).args(["invoke", "Hello"])).expect_code(0);
    run(sandbox.against(&emulator).args(["stream", "Hello"])).expect_code(0);
    crate::support::run_with_stdin(sandbox.against(&emulator).args(["chat"]), "Hello").expect_code(0);
    let saved = std::fs::read_to_string(sandbox.path().join("data").join("chat").join("last.json")).unwrap();
    assert!(saved.contains("\"model\": \"nova-lite\""), "{saved}");
}

#[test]
fn without_a_default_model_a_missing_model_is_a_usage_error() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    for command in [&["converse"][..], &["invoke"], &["stream"]] {
        run(sandbox.against(&emulator).args(command).arg("--dry-run")).expect_one_line_error(252, "no model");
    }
    crate::support::run_with_stdin(sandbox.against(&emulator).args(["chat"]), "Hello")
        .expect_one_line_error(252, "no model");
    std::fs::write(sandbox.path().join("bedrock-config.toml"), "model = \"\"\n").unwrap();
    run(sandbox.against(&emulator).args(["converse", "Hello"]))
        .expect_one_line_error(253, "`model` is empty");
}
