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
