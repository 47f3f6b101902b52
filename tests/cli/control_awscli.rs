//! The AWS CLI (botocore) as an independent client of the emulator's control plane: it accepts the
//! wire shapes of customization jobs, custom models, provisioned throughput, logging and tags,
//! and `bedrock -o json` prints the same documents it does.

use serde_json::{Value, json};

use crate::awscli::aws_cli;
use crate::support::{Emulator, Run, Sandbox, run};

/// `aws bedrock ARGS` against the emulator.
fn aws(sandbox: &Sandbox, emulator: &Emulator, args: &[&str]) -> Run {
    crate::awscli::aws(sandbox, emulator, &[&["bedrock"], args].concat())
}

#[test]
fn the_aws_cli_drives_customization_and_throughput() {
    if aws_cli().is_none() {
        return;
    }
    let emulator = Emulator::with_args(&["--job-seconds", "0"]);
    let sandbox = Sandbox::new();
    let created = aws(
        &sandbox,
        &emulator,
        &[
            "create-model-customization-job",
            "--job-name",
            "cli-job",
            "--custom-model-name",
            "cli-model",
            "--role-arn",
            "arn:aws:iam::123456789012:role/Bedrock",
            "--base-model-identifier",
            "amazon.titan-text-express-v1",
            "--training-data-config",
            "s3Uri=s3://my-bucket/train.jsonl",
            "--output-data-config",
            "s3Uri=s3://my-bucket/out/",
            "--hyper-parameters",
            "epochCount=1,learningRate=0.00001",
            "--custom-model-tags",
            "key=team,value=ml",
        ],
    );
    created.expect_code(0);
    let job_arn = created.json()["jobArn"].as_str().unwrap().to_string();

    let theirs = aws(&sandbox, &emulator, &["get-model-customization-job", "--job-identifier", &job_arn]);
    theirs.expect_code(0);
    let ours = run(sandbox.against(&emulator).args(["-o", "json", "customization-jobs", "get", &job_arn]));
    assert_eq!(ours.json(), theirs.json());
    assert_eq!(theirs.json()["status"], "Completed");
    assert_eq!(theirs.json()["hyperParameters"], json!({"epochCount": "1", "learningRate": "0.00001"}));

    let theirs = aws(&sandbox, &emulator, &["list-model-customization-jobs"]);
    let ours = run(sandbox.against(&emulator).args(["-o", "json", "customization-jobs", "list"]));
    assert_eq!(ours.json(), theirs.json());
    let theirs = aws(&sandbox, &emulator, &["list-custom-models"]);
    let ours = run(sandbox.against(&emulator).args(["-o", "json", "custom-models", "list"]));
    assert_eq!(ours.json(), theirs.json());
    let model_arn = theirs.json()["modelSummaries"][0]["modelArn"].as_str().unwrap().to_string();
    let tags = aws(&sandbox, &emulator, &["list-tags-for-resource", "--resource-arn", &model_arn]);
    assert_eq!(tags.json(), json!({"tags": [{"key": "team", "value": "ml"}]}));

    let throughput = aws(
        &sandbox,
        &emulator,
        &[
            "create-provisioned-model-throughput",
            "--provisioned-model-name",
            "cli-pt",
            "--model-id",
            &model_arn,
            "--model-units",
            "1",
        ],
    );
    throughput.expect_code(0);
    let arn = throughput.json()["provisionedModelArn"].as_str().unwrap().to_string();
    let theirs =
        aws(&sandbox, &emulator, &["get-provisioned-model-throughput", "--provisioned-model-id", &arn]);
    theirs.expect_code(0);
    let ours = run(sandbox.against(&emulator).args(["-o", "json", "throughput", "get", "cli-pt"]));
    assert_eq!(ours.json(), theirs.json());
    assert_eq!(theirs.json()["status"], "InService");
    aws(
        &sandbox,
        &emulator,
        &[
            "update-provisioned-model-throughput",
            "--provisioned-model-id",
            &arn,
            "--desired-provisioned-model-name",
            "cli-pt-2",
        ],
    )
    .expect_code(0);
    let listed = aws(&sandbox, &emulator, &["list-provisioned-model-throughputs", "--name-contains", "pt-2"]);
    assert_eq!(listed.json()["provisionedModelSummaries"][0]["provisionedModelName"], "cli-pt-2");
    aws(&sandbox, &emulator, &["delete-provisioned-model-throughput", "--provisioned-model-id", &arn])
        .expect_code(0);

    let error = aws(&sandbox, &emulator, &["get-model-customization-job", "--job-identifier", "missing-job"]);
    assert!(error.code == 254 || error.code == 255, "{}", error.stderr);
    assert!(error.stderr.contains("(ResourceNotFoundException)"), "{}", error.stderr);
}

#[test]
fn the_aws_cli_drives_batch_jobs_and_logging() {
    if aws_cli().is_none() {
        return;
    }
    let emulator = Emulator::with_args(&["--job-seconds", "0"]);
    let sandbox = Sandbox::new();
    let created = aws(
        &sandbox,
        &emulator,
        &[
            "create-model-invocation-job",
            "--job-name",
            "cli-batch",
            "--role-arn",
            "arn:aws:iam::123456789012:role/Batch",
            "--model-id",
            "anthropic.claude-3-haiku-20240307-v1:0",
            "--input-data-config",
            r#"{"s3InputDataConfig": {"s3Uri": "s3://my-bucket/in.jsonl"}}"#,
            "--output-data-config",
            r#"{"s3OutputDataConfig": {"s3Uri": "s3://my-bucket/out/"}}"#,
        ],
    );
    created.expect_code(0);
    let arn = created.json()["jobArn"].as_str().unwrap().to_string();
    let theirs = aws(&sandbox, &emulator, &["get-model-invocation-job", "--job-identifier", &arn]);
    theirs.expect_code(0);
    let ours = run(sandbox.against(&emulator).args(["-o", "json", "batch-jobs", "get", &arn]));
    assert_eq!(ours.json(), theirs.json());
    let theirs = aws(&sandbox, &emulator, &["list-model-invocation-jobs"]);
    let ours = run(sandbox.against(&emulator).args(["-o", "json", "batch-jobs", "list"]));
    assert_eq!(ours.json(), theirs.json());

    aws(
        &sandbox,
        &emulator,
        &[
            "put-model-invocation-logging-configuration",
            "--logging-config",
            r#"{"s3Config": {"bucketName": "my-logs"}, "textDataDeliveryEnabled": true}"#,
        ],
    )
    .expect_code(0);
    let theirs = aws(&sandbox, &emulator, &["get-model-invocation-logging-configuration"]);
    let ours = run(sandbox.against(&emulator).args(["-o", "json", "logging", "get"]));
    assert_eq!(ours.json(), theirs.json());
    assert_eq!(ours.json()["loggingConfig"]["s3Config"]["bucketName"], "my-logs");
    let _: Value = ours.json();
}
