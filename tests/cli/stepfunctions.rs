//! Step Functions export end to end: `invoke --emit-sfn-task` and `iam-policy` compared with the
//! Step Functions guide's examples, the account from the emulator's STS (also read by the AWS
//! CLI), and the bad inputs.

use serde_json::{Value, json};

use crate::awscli::{aws, aws_cli};
use crate::support::{Emulator, Sandbox, run};

#[test]
fn invoke_task_state_matches_the_guide() {
    let sandbox = Sandbox::new();
    let result = run(sandbox.configured().args([
        "invoke",
        "cohere.command-text-v14",
        "hello",
        "--max-tokens",
        "250",
        "--accept",
        "*/*",
        "--emit-sfn-task",
    ]));
    result.expect_code(0);
    let task = result.json();
    assert_eq!(task["Resource"], "arn:aws:states:::bedrock:invokeModel");
    assert_eq!(task["Parameters"]["ModelId"], "cohere.command-text-v14");
    assert_eq!(task["Parameters"]["Body"]["max_tokens"], 250);
    assert_eq!(task["Parameters"]["Body"]["prompt"], "hello");
    assert_eq!(task["Parameters"]["Accept"], "*/*");
    assert_eq!(task["ResultSelector"]["result.$"], "$.Body.generations[0].text");
    assert_eq!(task["End"], true);
    // An alias is resolved to the model id the task calls.
    let claude = run(sandbox.configured().args(["invoke", "claude-3-haiku", "hi", "--emit-sfn-task"])).json();
    assert_eq!(claude["Parameters"]["ModelId"], "anthropic.claude-3-haiku-20240307-v1:0");
    assert_eq!(claude["ResultSelector"]["result.$"], "$.Body.content[0].text");
    run(sandbox.configured().args(["invoke", "claude-3-haiku", "hi", "--emit-sfn-task", "--dry-run"]))
        .expect_one_line_error(252, "--emit-sfn-task");
}

#[test]
fn policies_use_the_account_from_sts_and_match_the_guide() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let invoke = run(sandbox.against(&emulator).args([
        "--region",
        "us-east-2",
        "iam-policy",
        "invoke",
        "--model",
        "*",
    ]));
    invoke.expect_code(0);
    assert_eq!(
        invoke.json(),
        json!({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Sid": "InvokeModel1", "Action": ["bedrock:InvokeModel"],
            "Resource": ["arn:aws:bedrock:us-east-2::foundation-model/*", "arn:aws:bedrock:us-east-2:123456789012:provisioned-model/*"]}]})
    );
    let customize = run(sandbox.against(&emulator).args([
        "--region",
        "us-east-2",
        "iam-policy",
        "customize",
        "--model",
        "titan-text-express",
        "--role-arn",
        "myRole",
        "--sync",
    ]));
    customize.expect_code(0);
    let document: Value = customize.json();
    assert_eq!(
        document["Statement"][0]["Resource"][0],
        "arn:aws:bedrock:us-east-2::foundation-model/amazon.titan-text-express-v1"
    );
    assert_eq!(
        document["Statement"][1]["Action"],
        json!(["bedrock:GetModelCustomizationJob", "bedrock:StopModelCustomizationJob"])
    );
    assert_eq!(document["Statement"][2]["Sid"], "CreateModelCustomizationJob3");
    assert_eq!(document["Statement"][2]["Resource"][0], "arn:aws:iam::123456789012:role/myRole");

    // --account needs no call at all.
    let offline = run(sandbox.configured().args([
        "iam-policy",
        "invoke",
        "--model",
        "llama3-8b",
        "--account",
        "111122223333",
        "--stream",
    ]));
    offline.expect_code(0);
    assert_eq!(
        offline.json()["Statement"][0]["Resource"][0],
        "arn:aws:bedrock:us-east-1::foundation-model/meta.llama3-8b-instruct-v1:0"
    );

    if aws_cli().is_some() {
        let identity = aws(&sandbox, &emulator, &["sts", "get-caller-identity"]);
        identity.expect_code(0);
        assert_eq!(identity.json()["Account"], "123456789012");
    }
}

#[test]
fn bad_policy_inputs() {
    let sandbox = Sandbox::new();
    run(sandbox.configured().args(["iam-policy", "invoke", "--model", "x", "--account", "12ab"]))
        .expect_one_line_error(252, "12-digit");
    run(sandbox.configured().args(["iam-policy", "invoke"])).expect_one_line_error(252, "--model");
    run(sandbox.configured().args([
        "iam-policy",
        "customize",
        "--model",
        "titan-text-express",
        "--role-arn",
        "arn:aws:s3:::bucket",
        "--account",
        "123456789012",
    ]))
    .expect_one_line_error(252, "not an IAM role ARN");
    run(sandbox.configured().args([
        "iam-policy",
        "customize",
        "--model",
        "us.anthropic.claude-3-haiku-20240307-v1:0",
        "--role-arn",
        "r",
        "--account",
        "123456789012",
    ]))
    .expect_one_line_error(252, "cannot be customized");
    // No STS reachable and no --account: a network error that says how to avoid the call.
    let unreachable = run(sandbox.configured().args([
        "--endpoint-url",
        "http://127.0.0.1:9",
        "iam-policy",
        "invoke",
        "--model",
        "x",
    ]));
    unreachable.expect_one_line_error(255, "cannot reach");
    assert!(unreachable.stderr.contains("--account"));
}

#[test]
fn customization_task_state_creates_nothing() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let args = [
        "customization-jobs",
        "create",
        "--base-model",
        "titan-text-express",
        "--job-name",
        "sfn-job",
        "--custom-model-name",
        "sfn-model",
        "--role-arn",
        "arn:aws:iam::123456789012:role/myRole",
        "--training-data",
        "s3://my-bucket/train.jsonl",
        "--output-data",
        "s3://my-bucket/out/",
        "--hyper-parameter",
        "epochCount=2",
        "--emit-sfn-task",
    ];
    let task = run(sandbox.against(&emulator).args(args));
    task.expect_code(0);
    let task = task.json();
    assert_eq!(task["Resource"], "arn:aws:states:::bedrock:createModelCustomizationJob");
    assert_eq!(task["Parameters"]["BaseModelIdentifier"], "amazon.titan-text-express-v1");
    assert_eq!(task["Parameters"]["TrainingDataConfig"]["S3Uri"], "s3://my-bucket/train.jsonl");
    assert_eq!(task["Parameters"]["HyperParameters"]["epochCount"], "2");
    assert!(task["Parameters"].get("ClientRequestToken").is_none());
    let sync = run(sandbox.against(&emulator).args(args).arg("--wait")).json();
    assert_eq!(sync["Resource"], "arn:aws:states:::bedrock:createModelCustomizationJob.sync");
    let listed = run(sandbox.against(&emulator).args(["-o", "json", "customization-jobs", "list"])).json();
    assert_eq!(listed["modelCustomizationJobSummaries"], json!([]), "nothing was created");
    // The same checks as a real create: a hyperparameter out of range is refused.
    let mut bad: Vec<&str> = args.to_vec();
    bad[16] = "epochCount=999";
    run(sandbox.against(&emulator).args(&bad)).expect_one_line_error(252, "epochCount");
}
