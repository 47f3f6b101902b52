//! `--query` in the AWS CLI's JMESPath dialect: expressions from AWS documentation (the legacy
//! unquoted backtick literal included) give what the AWS CLI gives on the same documents.

use crate::awscli::{aws, aws_cli};
use crate::support::{Emulator, Sandbox, run};

/// (AWS CLI operation, bedrock command, expression), in the forms AWS's documentation uses.
const CASES: &[(&str, &str, &str)] = &[
    ("list-foundation-models", "models", "modelSummaries[?providerName==`Anthropic`].modelId"),
    ("list-foundation-models", "models", "modelSummaries[?providerName=='Anthropic'].modelId"),
    ("list-foundation-models", "models", "modelSummaries[?providerName==` Meta`].modelId"),
    ("list-foundation-models", "models", "modelSummaries[?contains(modelId, `claude`)].modelId"),
    (
        "list-foundation-models",
        "models",
        "modelSummaries[?starts_with(modelId, `amazon.nova`)].[modelId, modelName]",
    ),
    ("list-foundation-models", "models", "modelSummaries[?responseStreamingSupported==`true`] | length(@)"),
    ("list-foundation-models", "models", "modelSummaries[?modelLifecycle.status==`ACTIVE`].modelId | [0]"),
    (
        "list-foundation-models",
        "models",
        "modelSummaries[?contains(inferenceTypesSupported, `ON_DEMAND`) && contains(outputModalities, `TEXT`)].modelId",
    ),
    (
        "list-foundation-models",
        "models",
        "sort_by(modelSummaries, &modelId)[:3].{id: modelId, provider: providerName}",
    ),
    ("list-foundation-models", "models", "max_by(modelSummaries, &length(modelId)).modelId"),
    ("list-foundation-models", "models", "modelSummaries[*].providerName | sort(@) | [0]"),
    ("list-foundation-models", "models", "length(modelSummaries[?providerName!=`Amazon`])"),
    (
        "list-inference-profiles",
        "inference-profiles",
        "inferenceProfileSummaries[?type==`SYSTEM_DEFINED`].inferenceProfileId",
    ),
    ("list-inference-profiles", "inference-profiles", "inferenceProfileSummaries[].models[0].modelArn"),
];

#[test]
fn aws_documentation_expressions_agree_with_the_aws_cli() {
    if aws_cli().is_none() {
        return;
    }
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    for (operation, resource, expression) in CASES {
        let theirs = aws(&sandbox, &emulator, &["bedrock", operation, "--query", expression]);
        theirs.expect_code(0);
        let ours =
            run(sandbox.against(&emulator).args([resource, "list", "-o", "json", "--query", expression]));
        ours.expect_code(0);
        assert_eq!(ours.json(), theirs.json(), "{expression}");
        assert!(!ours.json().is_null(), "{expression} selects nothing");
    }
}

#[test]
fn a_deeply_nested_query_is_252_in_one_line() {
    let sandbox = Sandbox::new();
    let deep = format!("{}modelSummaries{}", "(".repeat(15_000), ")".repeat(15_000));
    let result = run(sandbox.command().args(["--local", "models", "list", "--query", &deep]));
    result.expect_one_line_error(252, "nested 15000 levels deep");
    let allowed = format!("{}modelSummaries[0].modelId{}", "(".repeat(250), ")".repeat(250));
    let result =
        run(sandbox.command().args(["--local", "models", "list", "-o", "json", "--query", &allowed]));
    result.expect_code(0);
    assert!(result.json().is_string());
}
