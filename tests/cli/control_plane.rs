//! The control plane end to end: customization jobs and custom models, provisioned throughput,
//! batch, evaluation and import jobs, invocation logging and tags, against the emulator; list
//! filters and pagination; waiters reaching Completed, Failed (254) and timing out (255); raw
//! input through --cli-input-json; and the bad inputs.

use serde_json::{Value, json};

use crate::support::{Emulator, Run, Sandbox, run};

const ROLE: &str = "arn:aws:iam::123456789012:role/Bedrock";

fn instant() -> Emulator {
    Emulator::with_args(&["--job-seconds", "0"])
}

fn bedrock(sandbox: &Sandbox, emulator: &Emulator, args: &[&str]) -> Run {
    run(sandbox.against(emulator).args(args))
}

fn create_job(
    sandbox: &Sandbox,
    emulator: &Emulator,
    job: &str,
    model: &str,
    training: &str,
    extra: &[&str],
) -> Run {
    let mut args = vec![
        "customization-jobs",
        "create",
        "--base-model",
        "titan-text-express",
        "--job-name",
        job,
        "--custom-model-name",
        model,
        "--role-arn",
        ROLE,
        "--training-data",
        training,
        "--output-data",
        "s3://my-bucket/out/",
    ];
    args.extend_from_slice(extra);
    bedrock(sandbox, emulator, &args)
}

fn names(document: &Value, list: &str, member: &str) -> Vec<String> {
    document[list].as_array().unwrap().iter().map(|item| item[member].as_str().unwrap().to_string()).collect()
}

#[test]
fn customization_job_lifecycle_produces_a_custom_model() {
    let emulator = instant();
    let sandbox = Sandbox::new();
    let created = create_job(
        &sandbox,
        &emulator,
        "tune-1",
        "support-v1",
        "s3://my-bucket/train.jsonl",
        &[
            "--hyper-parameter",
            "epochCount=2",
            "--validation-data",
            "s3://my-bucket/valid.jsonl",
            "--tags",
            "team=ml",
        ],
    );
    created.expect_code(0);
    let arn = created.json()["jobArn"].as_str().unwrap().to_string();
    assert!(arn.starts_with(
        "arn:aws:bedrock:us-east-1:123456789012:model-customization-job/amazon.titan-text-express-v1/"
    ));

    let job = bedrock(&sandbox, &emulator, &["customization-jobs", "get", "tune-1"]).json();
    assert_eq!(job["status"], "Completed");
    assert_eq!(job["jobArn"], arn.as_str());
    assert_eq!(job["hyperParameters"], json!({"epochCount": "2"}));
    assert_eq!(
        job["baseModelArn"],
        "arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-text-express-v1"
    );
    assert!(job["trainingMetrics"]["trainingLoss"].as_f64().unwrap() > 0.0);
    assert_eq!(job["validationMetrics"].as_array().unwrap().len(), 1);
    let model_arn = job["outputModelArn"].as_str().unwrap().to_string();

    let model = bedrock(&sandbox, &emulator, &["custom-models", "get", "support-v1"]).json();
    assert_eq!(model["modelArn"], model_arn.as_str());
    assert_eq!(model["modelStatus"], "Active");
    assert_eq!(model["jobArn"], arn.as_str());
    let listed =
        bedrock(&sandbox, &emulator, &["custom-models", "list", "--base-model", "titan-text-express"]).json();
    assert_eq!(names(&listed, "modelSummaries", "modelName"), ["support-v1"]);
    let other =
        bedrock(&sandbox, &emulator, &["custom-models", "list", "--base-model", "cohere.command-text-v14"])
            .json();
    assert!(other["modelSummaries"].as_array().unwrap().is_empty());

    let table = bedrock(&sandbox, &emulator, &["-o", "table", "customization-jobs", "list"]);
    table.expect_code(0);
    for expected in ["JOB NAME", "STATUS", "tune-1", "Completed", "FINE_TUNING", "support-v1"] {
        assert!(table.stdout.contains(expected), "{expected} missing from\n{}", table.stdout);
    }
    let text = bedrock(&sandbox, &emulator, &["-o", "text", "custom-models", "list"]);
    assert!(text.stdout.starts_with("support-v1\tActive\t"), "{}", text.stdout);

    let tags = bedrock(&sandbox, &emulator, &["tags", "list", &arn]).json();
    assert_eq!(tags, json!({"tags": [{"key": "team", "value": "ml"}]}));

    bedrock(&sandbox, &emulator, &["custom-models", "delete", "support-v1"])
        .expect_one_line_error(252, "--yes");
    bedrock(&sandbox, &emulator, &["custom-models", "delete", "support-v1", "--yes"]).expect_code(0);
    bedrock(&sandbox, &emulator, &["custom-models", "get", "support-v1"])
        .expect_one_line_error(254, "ResourceNotFoundException");
}

#[test]
fn list_filters_and_pagination() {
    let emulator = instant();
    let sandbox = Sandbox::new();
    for number in 1..=7 {
        let training =
            if number % 3 == 0 { "s3://my-bucket/invalid-train.jsonl" } else { "s3://my-bucket/train.jsonl" };
        create_job(&sandbox, &emulator, &format!("job-{number}"), &format!("model-{number}"), training, &[])
            .expect_code(0);
    }
    // The emulator pages by 5: all pages are merged.
    let all = bedrock(&sandbox, &emulator, &["customization-jobs", "list"]).json();
    assert_eq!(names(&all, "modelCustomizationJobSummaries", "jobName").len(), 7);
    assert_eq!(all["modelCustomizationJobSummaries"][0]["jobName"], "job-7", "newest first");
    let ascending =
        bedrock(&sandbox, &emulator, &["customization-jobs", "list", "--sort-order", "ascending"]).json();
    assert_eq!(ascending["modelCustomizationJobSummaries"][0]["jobName"], "job-1");

    let failed = bedrock(&sandbox, &emulator, &["customization-jobs", "list", "--status", "Failed"]).json();
    let mut failed = names(&failed, "modelCustomizationJobSummaries", "jobName");
    failed.sort();
    assert_eq!(failed, ["job-3", "job-6"]);
    let named =
        bedrock(&sandbox, &emulator, &["customization-jobs", "list", "--name-contains", "JOB-5"]).json();
    assert_eq!(names(&named, "modelCustomizationJobSummaries", "jobName"), ["job-5"]);
    let future =
        bedrock(&sandbox, &emulator, &["customization-jobs", "list", "--created-after", "2999-01-01"]).json();
    assert!(future["modelCustomizationJobSummaries"].as_array().unwrap().is_empty());
    let past = bedrock(
        &sandbox,
        &emulator,
        &["customization-jobs", "list", "--created-after", "2001-01-01T00:00:00Z"],
    )
    .json();
    assert_eq!(past["modelCustomizationJobSummaries"].as_array().unwrap().len(), 7);

    let first = bedrock(&sandbox, &emulator, &["customization-jobs", "list", "--max-items", "3"]).json();
    assert_eq!(names(&first, "modelCustomizationJobSummaries", "jobName"), ["job-7", "job-6", "job-5"]);
    let token = first["nextToken"].as_str().unwrap();
    let rest =
        bedrock(&sandbox, &emulator, &["customization-jobs", "list", "--starting-token", token]).json();
    assert_eq!(
        names(&rest, "modelCustomizationJobSummaries", "jobName"),
        ["job-4", "job-3", "job-2", "job-1"]
    );
    assert!(rest.get("nextToken").is_none());

    let models = bedrock(&sandbox, &emulator, &["custom-models", "list", "--status", "Failed"]).json();
    let mut models = names(&models, "modelSummaries", "modelName");
    models.sort();
    assert_eq!(models, ["model-3", "model-6"]);
    bedrock(&sandbox, &emulator, &["customization-jobs", "list", "--status", "Bogus"])
        .expect_one_line_error(252, "Bogus");
    bedrock(&sandbox, &emulator, &["customization-jobs", "list", "--created-after", "yesterday"])
        .expect_one_line_error(252, "--created-after");
}

#[test]
fn waiters_complete_fail_and_time_out() {
    let sandbox = Sandbox::new();
    let slow = Emulator::with_args(&["--job-seconds", "1.5"]);
    let done = create_job(&sandbox, &slow, "tune-ok", "ok-model", "s3://my-bucket/train.jsonl", &["--wait"]);
    done.expect_code(0);
    let done = done.json();
    assert_eq!(done["status"], "Completed");
    assert_eq!(done["jobName"], "tune-ok");
    assert!(done["endTime"].is_string());

    let failed =
        create_job(&sandbox, &slow, "tune-bad", "bad-model", "s3://my-bucket/invalid.jsonl", &["--wait"]);
    failed.expect_one_line_error(
        254,
        "customization job tune-bad is Failed: Validation of the input data failed",
    );
    assert!(failed.stdout.is_empty(), "nothing on stdout: {}", failed.stdout);

    let stuck = Emulator::with_args(&["--job-seconds", "600"]);
    create_job(&sandbox, &stuck, "tune-long", "long-model", "s3://my-bucket/train.jsonl", &[]).expect_code(0);
    let started = std::time::Instant::now();
    let timed_out = bedrock(&sandbox, &stuck, &["customization-jobs", "wait", "tune-long", "--timeout", "1"]);
    timed_out.expect_one_line_error(
        255,
        "gave up waiting for customization job tune-long after 1s; it is still InProgress",
    );
    assert!(started.elapsed().as_secs_f64() < 10.0);

    // A stopped job ends the wait as a failure, with its status named.
    bedrock(&sandbox, &stuck, &["customization-jobs", "stop", "tune-long"]).expect_code(0);
    let stopping = bedrock(&sandbox, &stuck, &["customization-jobs", "get", "tune-long"]).json();
    assert_eq!(stopping["status"], "Stopping");
    bedrock(&sandbox, &stuck, &["customization-jobs", "stop", "tune-long"])
        .expect_one_line_error(254, "ValidationException");
    bedrock(&sandbox, &stuck, &["customization-jobs", "wait", "tune-long", "--timeout", "0"])
        .expect_one_line_error(252, "--timeout");
}

#[test]
fn throughput_lifecycle_and_runtime_use() {
    let sandbox = Sandbox::new();
    let emulator = instant();
    create_job(&sandbox, &emulator, "tune-pt", "pt-model", "s3://my-bucket/train.jsonl", &[]).expect_code(0);

    let args = ["throughput", "create", "--name", "support-pt", "--model", "pt-model", "--model-units", "1"];
    bedrock(&sandbox, &emulator, &args).expect_one_line_error(252, "Refusing without --yes");
    let created = bedrock(&sandbox, &emulator, &[&args[..], &["--yes", "--wait"]].concat());
    created.expect_code(0);
    let throughput = created.json();
    assert_eq!(throughput["status"], "InService");
    assert_eq!(
        throughput["foundationModelArn"],
        "arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-text-express-v1"
    );
    let arn = throughput["provisionedModelArn"].as_str().unwrap().to_string();
    assert!(arn.starts_with("arn:aws:bedrock:us-east-1:123456789012:provisioned-model/"));

    // The runtime serves the provisioned model through its base model.
    let answer =
        bedrock(&sandbox, &emulator, &["-o", "json", "invoke", &arn, "Hello", "--family", "titan-text"]);
    answer.expect_code(0);
    assert!(answer.json()["results"][0]["outputText"].is_string(), "{}", answer.stdout);
    // Without --family the request format comes from the base model, looked up through the
    // throughput (and through the custom model).
    let looked_up = bedrock(&sandbox, &emulator, &["invoke", &arn, "Hello", "--max-tokens", "5"]);
    looked_up.expect_code(0);
    assert!(!looked_up.stdout.trim().is_empty());
    // The throughput's name works wherever its ARN does (looked up client-side: the runtime
    // takes ARNs only).
    let by_name =
        bedrock(&sandbox, &emulator, &["--debug", "invoke", "support-pt", "Hello", "--max-tokens", "5"]);
    by_name.expect_code(0);
    assert_eq!(by_name.stdout, looked_up.stdout);
    assert!(by_name.stderr.contains("provisioned-model%2F"), "{}", by_name.stderr);
    let streamed = bedrock(&sandbox, &emulator, &["stream", "support-pt", "Hello", "--max-tokens", "5"]);
    streamed.expect_code(0);
    let conversed = bedrock(&sandbox, &emulator, &["-o", "json", "converse", "support-pt", "Hello"]);
    conversed.expect_code(0);
    assert!(conversed.json()["output"]["message"]["content"][0]["text"].is_string(), "{}", conversed.stdout);
    // A name no throughput has is an unknown model, with the nearest names.
    let misspelt = bedrock(&sandbox, &emulator, &["invoke", "nova-mikro", "Hi"]);
    misspelt.expect_one_line_error(252, "nova-mikro");
    assert!(misspelt.stderr.contains("did you mean `nova-micro`"), "{}", misspelt.stderr);
    let dry =
        bedrock(&sandbox, &emulator, &["invoke", &arn, "Hello", "--max-tokens", "5", "--dry-run"]).json();
    assert_eq!(dry["textGenerationConfig"]["maxTokenCount"], 5);
    let custom = bedrock(&sandbox, &emulator, &["custom-models", "get", "pt-model"]).json();
    let custom_arn = custom["modelArn"].as_str().unwrap().to_string();
    let dry = bedrock(&sandbox, &emulator, &["invoke", &custom_arn, "Hi", "--dry-run"]).json();
    assert_eq!(dry["inputText"], "Hi");
    let unknown = format!("{}zzzzzzzzzzzz", &arn[..arn.len() - 12]);
    bedrock(&sandbox, &emulator, &["invoke", &unknown, "Hi"])
        .expect_one_line_error(254, "ResourceNotFoundException");

    // The no-commitment quota is 2 model units.
    bedrock(
        &sandbox,
        &emulator,
        &["throughput", "create", "--name", "big", "--model", "pt-model", "--model-units", "2", "--yes"],
    )
    .expect_one_line_error(254, "ServiceQuotaExceededException");
    bedrock(
        &sandbox,
        &emulator,
        &[
            "throughput",
            "create",
            "--name",
            "support-pt",
            "--model",
            "pt-model",
            "--model-units",
            "1",
            "--yes",
        ],
    )
    .expect_one_line_error(254, "ValidationException: A provisioned throughput with the name");
    bedrock(
        &sandbox,
        &emulator,
        &[
            "throughput",
            "create",
            "--name",
            "od",
            "--model",
            "amazon.titan-text-express-v1",
            "--model-units",
            "1",
            "--yes",
        ],
    )
    .expect_one_line_error(254, "does not support provisioned throughput");

    let committed = bedrock(
        &sandbox,
        &emulator,
        &[
            "throughput",
            "create",
            "--name",
            "committed",
            "--model",
            "amazon.titan-text-express-v1:0:8k",
            "--model-units",
            "3",
            "--commitment-duration",
            "OneMonth",
            "--yes",
            "--tags",
            "env=prod",
        ],
    );
    committed.expect_code(0);
    let listed = bedrock(&sandbox, &emulator, &["throughput", "list", "--status", "InService"]).json();
    let mut listed = names(&listed, "provisionedModelSummaries", "provisionedModelName");
    listed.sort();
    assert_eq!(listed, ["committed", "support-pt"]);
    let table =
        bedrock(&sandbox, &emulator, &["-o", "table", "throughput", "list", "--name-contains", "commit"]);
    assert!(
        table.stdout.contains("committed")
            && table.stdout.contains("OneMonth")
            && !table.stdout.contains("support-pt")
    );

    bedrock(&sandbox, &emulator, &["throughput", "update", "support-pt", "--new-name", "support-prod"])
        .expect_code(0);
    let renamed = bedrock(&sandbox, &emulator, &["throughput", "get", &arn]).json();
    assert_eq!(renamed["provisionedModelName"], "support-prod");
    bedrock(&sandbox, &emulator, &["throughput", "wait", "support-prod"]).expect_code(0);

    bedrock(&sandbox, &emulator, &["custom-models", "delete", "pt-model", "--yes"])
        .expect_one_line_error(254, "in use");
    bedrock(&sandbox, &emulator, &["throughput", "delete", "committed", "--yes"])
        .expect_one_line_error(254, "commitment");
    bedrock(&sandbox, &emulator, &["throughput", "delete", "support-prod", "--yes"]).expect_code(0);
    bedrock(&sandbox, &emulator, &["throughput", "get", &arn])
        .expect_one_line_error(254, "ResourceNotFoundException");
}

#[test]
fn batch_jobs_count_records_and_stop() {
    let sandbox = Sandbox::new();
    let emulator = Emulator::with_args(&["--job-seconds", "3"]);
    let base = [
        "batch-jobs",
        "create",
        "--model",
        "claude-3-haiku",
        "--role-arn",
        ROLE,
        "--output-data",
        "s3://my-bucket/batch/out/",
    ];
    let done = bedrock(
        &sandbox,
        &emulator,
        &[&base[..], &["--job-name", "nightly", "--input-data", "s3://my-bucket/batch/in.jsonl", "--wait"]]
            .concat(),
    );
    done.expect_code(0);
    let job = done.json();
    assert_eq!(job["status"], "Completed");
    assert_eq!(job["modelId"], "anthropic.claude-3-haiku-20240307-v1:0");
    assert_eq!(job["processedRecordCount"], job["totalRecordCount"]);
    assert!(job["totalRecordCount"].as_u64().unwrap() >= 100);

    let failed = bedrock(
        &sandbox,
        &emulator,
        &[
            &base[..],
            &["--job-name", "broken", "--input-data", "s3://my-bucket/batch/invalid.jsonl", "--wait"],
        ]
        .concat(),
    );
    failed.expect_one_line_error(
        254,
        "batch job broken is Failed: The input s3://my-bucket/batch/invalid.jsonl contains no valid records",
    );

    let started = bedrock(
        &sandbox,
        &emulator,
        &[&base[..], &["--job-name", "later", "--input-data", "s3://my-bucket/batch/in2.jsonl"]].concat(),
    );
    let arn = started.json()["jobArn"].as_str().unwrap().to_string();
    let id = arn.rsplit('/').next().unwrap().to_string();
    bedrock(&sandbox, &emulator, &["batch-jobs", "stop", &id]).expect_code(0);
    let stopped = bedrock(&sandbox, &emulator, &["batch-jobs", "wait", &id]);
    stopped.expect_one_line_error(254, "is Stopped");

    let listed = bedrock(&sandbox, &emulator, &["batch-jobs", "list", "--status", "Completed"]).json();
    assert_eq!(names(&listed, "invocationJobSummaries", "jobName"), ["nightly"]);
    let table = bedrock(&sandbox, &emulator, &["-o", "table", "batch-jobs", "list"]);
    for expected in ["nightly", "broken", "later", "PROCESSED"] {
        assert!(table.stdout.contains(expected), "{expected}: {}", table.stdout);
    }
    bedrock(
        &sandbox,
        &emulator,
        &[&base[..], &["--job-name", "nightly", "--input-data", "s3://my-bucket/batch/in.jsonl"]].concat(),
    )
    .expect_one_line_error(254, "ConflictException");
    bedrock(&sandbox, &emulator, &["batch-jobs", "get", "abcdefabcdef"])
        .expect_one_line_error(254, "ResourceNotFoundException");
    bedrock(
        &sandbox,
        &emulator,
        &[&base[..], &["--job-name", "x", "--input-data", "my-bucket/in.jsonl"]].concat(),
    )
    .expect_one_line_error(252, "--input-data");
}

#[test]
fn evaluation_and_import_jobs() {
    let sandbox = Sandbox::new();
    let emulator = instant();
    let created = bedrock(
        &sandbox,
        &emulator,
        &[
            "eval-jobs",
            "create",
            "--job-name",
            "eval-1",
            "--role-arn",
            ROLE,
            "--model",
            "claude-3-haiku",
            "--task-type",
            "QuestionAndAnswer",
            "--dataset",
            "Builtin.BoolQ",
            "--metric",
            "Builtin.Accuracy",
            "--output-data",
            "s3://my-bucket/eval/",
        ],
    );
    created.expect_code(0);
    let arn = created.json()["jobArn"].as_str().unwrap().to_string();
    let job = bedrock(&sandbox, &emulator, &["eval-jobs", "wait", &arn]).json();
    assert_eq!(job["status"], "Completed");
    assert_eq!(job["jobType"], "Automated");
    assert_eq!(
        job["evaluationConfig"]["automated"]["datasetMetricConfigs"][0]["taskType"],
        "QuestionAndAnswer"
    );
    let listed =
        bedrock(&sandbox, &emulator, &["eval-jobs", "list", "--application-type", "ModelEvaluation"]).json();
    assert_eq!(listed["jobSummaries"][0]["evaluationTaskTypes"], json!(["QuestionAndAnswer"]));
    assert_eq!(
        listed["jobSummaries"][0]["modelIdentifiers"],
        json!(["anthropic.claude-3-haiku-20240307-v1:0"])
    );

    // A human-worker evaluation through --cli-input-json.
    let file = sandbox.path().join("human.json");
    std::fs::write(
        &file,
        json!({
            "jobName": "human-1",
            "roleArn": ROLE,
            "evaluationConfig": {"human": {
                "humanWorkflowConfig": {"flowDefinitionArn": "arn:aws:sagemaker:us-east-1:123456789012:flow-definition/review", "instructions": "Rate it"},
                "customMetrics": [{"name": "Helpfulness", "ratingMethod": "ThumbsUpDown"}],
                "datasetMetricConfigs": [{"taskType": "Generation", "dataset": {"name": "prompts", "datasetLocation": {"s3Uri": "s3://my-bucket/prompts.jsonl"}}, "metricNames": ["Helpfulness"]}]
            }},
            "inferenceConfig": {"models": [{"bedrockModel": {"modelIdentifier": "anthropic.claude-3-haiku-20240307-v1:0", "inferenceParams": "{}"}}]},
            "outputDataConfig": {"s3Uri": "s3://my-bucket/eval/"}
        })
        .to_string(),
    )
    .unwrap();
    let human =
        bedrock(&sandbox, &emulator, &["eval-jobs", "create", "--cli-input-json", file.to_str().unwrap()]);
    human.expect_code(0);
    let human_arn = human.json()["jobArn"].as_str().unwrap().to_string();
    let human = bedrock(&sandbox, &emulator, &["eval-jobs", "get", &human_arn]).json();
    assert_eq!(human["jobType"], "Human");
    assert_eq!(human["jobName"], "human-1");
    bedrock(&sandbox, &emulator, &["eval-jobs", "stop", &human_arn])
        .expect_one_line_error(254, "cannot be stopped");
    bedrock(&sandbox, &emulator, &["eval-jobs", "get", "human-1"])
        .expect_one_line_error(254, "at 'jobIdentifier' failed to satisfy constraint");

    let import = bedrock(
        &sandbox,
        &emulator,
        &[
            "import-jobs",
            "create",
            "--job-name",
            "import-1",
            "--model-name",
            "my-llama",
            "--role-arn",
            ROLE,
            "--model-data",
            "s3://my-bucket/llama/",
            "--wait",
        ],
    );
    import.expect_code(0);
    assert_eq!(import.json()["status"], "Completed");
    let jobs = bedrock(&sandbox, &emulator, &["import-jobs", "list"]).json();
    assert_eq!(names(&jobs, "modelImportJobSummaries", "importedModelName"), ["my-llama"]);
    let model = bedrock(&sandbox, &emulator, &["imported-models", "get", "my-llama"]).json();
    assert_eq!(model["modelArchitecture"], "llama");
    let models = bedrock(&sandbox, &emulator, &["-o", "text", "imported-models", "list"]);
    assert!(models.stdout.starts_with("my-llama\tllama\ttrue\t"), "{}", models.stdout);
    bedrock(&sandbox, &emulator, &["imported-models", "delete", "my-llama", "--yes"]).expect_code(0);
    bedrock(&sandbox, &emulator, &["imported-models", "get", "my-llama"])
        .expect_one_line_error(254, "ResourceNotFoundException");
    let failed = bedrock(
        &sandbox,
        &emulator,
        &[
            "import-jobs",
            "create",
            "--job-name",
            "import-2",
            "--model-name",
            "bad",
            "--role-arn",
            ROLE,
            "--model-data",
            "s3://my-bucket/invalid/",
            "--wait",
        ],
    );
    failed.expect_one_line_error(254, "import job import-2 is Failed");
    bedrock(&sandbox, &emulator, &["import-jobs", "wait", "import-2"]).expect_one_line_error(
        254,
        "import job import-2 is Failed: The model files at s3://my-bucket/invalid/",
    );
    bedrock(&sandbox, &emulator, &["import-jobs", "wait", "import-1"]).expect_code(0);
}

#[test]
fn logging_configuration() {
    let sandbox = Sandbox::new();
    let emulator = instant();
    let off = bedrock(&sandbox, &emulator, &["logging", "get"]);
    off.expect_code(0);
    assert_eq!(off.json(), json!({}));
    bedrock(
        &sandbox,
        &emulator,
        &["logging", "put", "--s3-bucket", "my-logs", "--s3-prefix", "bedrock/", "--data", "text,embedding"],
    )
    .expect_code(0);
    let on = bedrock(&sandbox, &emulator, &["logging", "get"]).json();
    assert_eq!(
        on,
        json!({"loggingConfig": {"s3Config": {"bucketName": "my-logs", "keyPrefix": "bedrock/"}, "textDataDeliveryEnabled": true, "imageDataDeliveryEnabled": false, "embeddingDataDeliveryEnabled": true, "videoDataDeliveryEnabled": false, "audioDataDeliveryEnabled": false}})
    );
    let table = bedrock(&sandbox, &emulator, &["-o", "table", "logging", "get"]);
    assert!(table.stdout.contains("my-logs") && table.stdout.contains("embedding"), "{}", table.stdout);
    bedrock(&sandbox, &emulator, &["logging", "put", "--data", "text"])
        .expect_one_line_error(252, "destination");
    bedrock(&sandbox, &emulator, &["logging", "put", "--cloudwatch-log-group", "/bedrock"])
        .expect_one_line_error(252, "cloudwatch-role-arn");
    bedrock(&sandbox, &emulator, &["logging", "delete", "--yes"]).expect_code(0);
    assert_eq!(bedrock(&sandbox, &emulator, &["logging", "get"]).json(), json!({}));
}

#[test]
fn tags_route_to_bedrock_and_bedrock_agent() {
    let sandbox = Sandbox::new();
    // An agent as the bedrock-agent part of the emulator stores it (only its ARN matters here).
    let agent = "arn:aws:bedrock:us-east-1:123456789012:agent/ABCDEFGHIJ";
    let state = sandbox.path().join("state.json");
    std::fs::write(
        &state,
        json!({"formatVersion": 1, "collections": {"agents": {"ABCDEFGHIJ": {"agentId": "ABCDEFGHIJ", "agentArn": agent}}}, "counters": {}})
            .to_string(),
    )
    .unwrap();
    let emulator = Emulator::with_args(&["--job-seconds", "0", "--state", state.to_str().unwrap()]);
    bedrock(&sandbox, &emulator, &["tags", "add", agent, "team=search", "env=dev"]).expect_code(0);
    let listed = bedrock(&sandbox, &emulator, &["tags", "list", agent]).json();
    assert_eq!(listed, json!({"tags": {"team": "search", "env": "dev"}}), "bedrock-agent's map shape");
    bedrock(&sandbox, &emulator, &["tags", "remove", agent, "env"]).expect_code(0);
    let table = bedrock(&sandbox, &emulator, &["-o", "table", "tags", "list", agent]);
    assert!(
        table.stdout.contains("team") && table.stdout.contains("search") && !table.stdout.contains("env")
    );

    create_job(
        &sandbox,
        &emulator,
        "tune-tags",
        "tagged",
        "s3://my-bucket/train.jsonl",
        &["--model-tags", "owner=me"],
    )
    .expect_code(0);
    let model_arn = bedrock(&sandbox, &emulator, &["custom-models", "get", "tagged"]).json()["modelArn"]
        .as_str()
        .unwrap()
        .to_string();
    bedrock(&sandbox, &emulator, &["tags", "add", &model_arn, "stage=beta"]).expect_code(0);
    let listed = bedrock(&sandbox, &emulator, &["tags", "list", &model_arn]).json();
    assert_eq!(listed, json!({"tags": [{"key": "owner", "value": "me"}, {"key": "stage", "value": "beta"}]}));

    // Guardrails keep the tags they were created with; the tag APIs see and change them.
    let guardrail = bedrock(
        &sandbox,
        &emulator,
        &[
            "guardrails",
            "create",
            "--name",
            "tagged",
            "--blocked-input-message",
            "no",
            "--blocked-output-message",
            "no",
            "--tags",
            "team=safety",
        ],
    );
    guardrail.expect_code(0);
    let guardrail_arn = guardrail.json()["guardrailArn"].as_str().unwrap().to_string();
    assert_eq!(
        bedrock(&sandbox, &emulator, &["tags", "list", &guardrail_arn]).json(),
        json!({"tags": [{"key": "team", "value": "safety"}]})
    );
    bedrock(&sandbox, &emulator, &["tags", "remove", &guardrail_arn, "team"]).expect_code(0);
    assert_eq!(bedrock(&sandbox, &emulator, &["tags", "list", &guardrail_arn]).json(), json!({"tags": []}));

    let missing =
        "arn:aws:bedrock:us-east-1:123456789012:custom-model/amazon.titan-text-express-v1/zzzzzzzzzzzz";
    bedrock(&sandbox, &emulator, &["tags", "list", missing])
        .expect_one_line_error(254, "ResourceNotFoundException");
    bedrock(&sandbox, &emulator, &["tags", "list", "nonsense"]).expect_one_line_error(252, "not an ARN");
    bedrock(&sandbox, &emulator, &["tags", "add", &model_arn, "novalue"])
        .expect_one_line_error(252, "key=value");
}

#[test]
fn bad_inputs_are_named() {
    let sandbox = Sandbox::new();
    let emulator = instant();
    bedrock(&sandbox, &emulator, &["customization-jobs", "create", "--job-name", "x"])
        .expect_one_line_error(252, "--base-model is required");
    bedrock(&sandbox, &emulator, &["batch-jobs", "create", "--job-name", "x", "--model", "claude-3-haiku"])
        .expect_one_line_error(252, "--role-arn is required");
    bedrock(&sandbox, &emulator, &["throughput", "create", "--name", "x", "--model", "m"])
        .expect_one_line_error(252, "--model-units is required");
    create_job(&sandbox, &emulator, "x", "y", "https://my-bucket/train.jsonl", &[])
        .expect_one_line_error(252, "--training-data: \"https://my-bucket/train.jsonl\" is not an S3 URI");
    create_job(
        &sandbox,
        &emulator,
        "x",
        "y",
        "s3://my-bucket/train.jsonl",
        &["--hyper-parameter", "epochCount=11"],
    )
    .expect_one_line_error(
        252,
        "epochCount = 11 is out of range for Amazon Titan Text (Lite, Express) (1 to 10)",
    );
    create_job(
        &sandbox,
        &emulator,
        "x",
        "y",
        "s3://my-bucket/train.jsonl",
        &["--hyper-parameter", "stepCount=5"],
    )
    .expect_one_line_error(252, "stepCount is not a hyperparameter");
    create_job(&sandbox, &emulator, "bad name!", "y", "s3://my-bucket/train.jsonl", &[])
        .expect_one_line_error(254, "Value 'bad name!' at 'jobName' failed to satisfy constraint");
    bedrock(&sandbox, &emulator, &["customization-jobs", "get", "no-such-job"])
        .expect_one_line_error(254, "ResourceNotFoundException");
    bedrock(&sandbox, &emulator, &["throughput", "get", "no-such"])
        .expect_one_line_error(254, "ResourceNotFoundException");
    bedrock(
        &sandbox,
        &emulator,
        &["eval-jobs", "get", "arn:aws:bedrock:us-east-1:123456789012:evaluation-job/abcdefabcdef"],
    )
    .expect_one_line_error(254, "ResourceNotFoundException");
    bedrock(&sandbox, &emulator, &["import-jobs", "get", "nothing"])
        .expect_one_line_error(254, "ResourceNotFoundException");
    let bad_model = bedrock(
        &sandbox,
        &emulator,
        &[
            "customization-jobs",
            "create",
            "--base-model",
            "acme.unknown-v1",
            "--job-name",
            "x",
            "--custom-model-name",
            "y",
            "--role-arn",
            ROLE,
            "--training-data",
            "s3://my-bucket/t.jsonl",
            "--output-data",
            "s3://my-bucket/o/",
        ],
    );
    bad_model.expect_one_line_error(
        254,
        "ValidationException: The provided base model identifier acme.unknown-v1 is invalid",
    );
    create_job(&sandbox, &emulator, "dup", "dup-model", "s3://my-bucket/train.jsonl", &[]).expect_code(0);
    create_job(&sandbox, &emulator, "dup", "other", "s3://my-bucket/train.jsonl", &[])
        .expect_one_line_error(254, "ConflictException");
    create_job(&sandbox, &emulator, "dup-2", "dup-model", "s3://my-bucket/train.jsonl", &[])
        .expect_one_line_error(
            254,
            "ConflictException: A custom model with the name dup-model already exists",
        );
}

#[test]
fn raw_input_skeleton_and_dry_run() {
    let sandbox = Sandbox::new();
    let emulator = instant();
    let skeleton = bedrock(&sandbox, &emulator, &["customization-jobs", "create", "--generate-skeleton"]);
    skeleton.expect_code(0);
    let skeleton = skeleton.json();
    for member in [
        "jobName",
        "customModelName",
        "roleArn",
        "baseModelIdentifier",
        "trainingDataConfig",
        "hyperParameters",
        "vpcConfig",
    ] {
        assert!(skeleton.get(member).is_some(), "{member} missing from the skeleton");
    }
    let throughput = bedrock(&sandbox, &emulator, &["throughput", "create", "--generate-skeleton"]).json();
    assert_eq!(throughput["commitmentDuration"], "OneMonth");
    assert_eq!(throughput["modelUnits"], 0);

    let file = sandbox.path().join("job.json");
    let input = json!({
        "jobName": "from-file",
        "customModelName": "file-model",
        "roleArn": ROLE,
        "baseModelIdentifier": "amazon.titan-text-lite-v1",
        "customizationType": "CONTINUED_PRE_TRAINING",
        "trainingDataConfig": {"s3Uri": "s3://my-bucket/corpus.jsonl"},
        "outputDataConfig": {"s3Uri": "s3://my-bucket/out/"},
        "hyperParameters": {"epochCount": "1"}
    });
    std::fs::write(&file, input.to_string()).unwrap();
    let path = file.to_str().unwrap();
    let dry = bedrock(
        &sandbox,
        &emulator,
        &["customization-jobs", "create", "--cli-input-json", path, "--job-name", "overridden", "--dry-run"],
    );
    dry.expect_code(0);
    let dry = dry.json();
    assert_eq!(dry["jobName"], "overridden", "flags override the file");
    assert_eq!(dry["customizationType"], "CONTINUED_PRE_TRAINING");
    assert!(dry["clientRequestToken"].is_string());
    assert!(bedrock(&sandbox, &emulator, &["customization-jobs", "list"]).json()["modelCustomizationJobSummaries"].as_array().unwrap().is_empty(), "dry run sends nothing");

    bedrock(
        &sandbox,
        &emulator,
        &["customization-jobs", "create", "--cli-input-json", &format!("file://{path}")],
    )
    .expect_code(0);
    let job = bedrock(&sandbox, &emulator, &["customization-jobs", "get", "from-file"]).json();
    assert_eq!(job["customizationType"], "CONTINUED_PRE_TRAINING");

    let mut wrong = input.clone();
    wrong["trainingDataConfig"] = json!({"s3url": "s3://my-bucket/corpus.jsonl"});
    std::fs::write(&file, wrong.to_string()).unwrap();
    bedrock(&sandbox, &emulator, &["customization-jobs", "create", "--cli-input-json", path])
        .expect_one_line_error(252, "--cli-input-json: unknown field `s3url` at trainingDataConfig (expected one of: s3Uri, invocationLogsConfig)");
    let mut wrong = input.clone();
    wrong["hyperParameters"] = json!({"epochCount": 2});
    std::fs::write(&file, wrong.to_string()).unwrap();
    bedrock(&sandbox, &emulator, &["customization-jobs", "create", "--cli-input-json", path])
        .expect_one_line_error(252, "hyperParameters.epochCount must be a string");
    std::fs::write(&file, "{\"jobName\": ").unwrap();
    bedrock(&sandbox, &emulator, &["customization-jobs", "create", "--cli-input-json", path])
        .expect_one_line_error(252, "--cli-input-json is not valid JSON at line 1");
    bedrock(
        &sandbox,
        &emulator,
        &["customization-jobs", "create", "--cli-input-json", "/nonexistent/job.json"],
    )
    .expect_one_line_error(252, "cannot read --cli-input-json");
}

#[test]
fn ctrl_c_stops_waiting_and_leaves_the_job_running() {
    let sandbox = Sandbox::new();
    let emulator = Emulator::with_args(&["--job-seconds", "600"]);
    create_job(
        &sandbox,
        &emulator,
        "tune-interrupted",
        "interrupted-model",
        "s3://my-bucket/train.jsonl",
        &[],
    )
    .expect_code(0);
    let child = sandbox
        .against(&emulator)
        .args(["customization-jobs", "wait", "tune-interrupted"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Let the waiter start polling before the interrupt.
    std::thread::sleep(std::time::Duration::from_millis(2500));
    let signal = std::process::Command::new("kill").args(["-INT", &child.id().to_string()]).status().unwrap();
    assert!(signal.success());
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(130), "{stderr}");
    assert!(stderr.contains("stopped waiting; customization job tune-interrupted keeps running"), "{stderr}");
    assert!(output.stdout.is_empty());
    let job = bedrock(&sandbox, &emulator, &["customization-jobs", "get", "tune-interrupted"]).json();
    assert_eq!(job["status"], "InProgress");
}

/// A model copy job copies a custom model into the call's region: the job completes, names the
/// copy, and the copy is a custom model of its own that answers at once.
#[test]
fn model_copy_jobs_copy_a_custom_model() {
    let sandbox = Sandbox::new();
    let emulator = instant();
    create_job(&sandbox, &emulator, "tune-copy", "to-copy", "s3://my-bucket/train.jsonl", &[]).expect_code(0);
    let source = bedrock(&sandbox, &emulator, &["custom-models", "get", "to-copy"]).json();
    let source_arn = source["modelArn"].as_str().unwrap().to_string();
    let copy = |name: &str, arn: &str| {
        bedrock(
            &sandbox,
            &emulator,
            &[
                "--region",
                "us-west-2",
                "-o",
                "json",
                "api",
                "bedrock",
                "create-model-copy-job",
                "--source-model-arn",
                arn,
                "--target-model-name",
                name,
            ],
        )
    };
    let created = copy("copied", &source_arn);
    created.expect_code(0);
    let job_arn = created.json()["jobArn"].as_str().unwrap().to_string();
    let job = bedrock(
        &sandbox,
        &emulator,
        &["-o", "json", "api", "bedrock", "get-model-copy-job", "--job-arn", &job_arn],
    );
    job.expect_code(0);
    let job = job.json();
    assert_eq!(job["status"], "Completed");
    assert_eq!(job["sourceModelArn"], source_arn.as_str());
    assert_eq!(job["sourceAccountId"], "123456789012");
    let target = job["targetModelArn"].as_str().unwrap().to_string();
    assert!(target.starts_with("arn:aws:bedrock:us-west-2:123456789012:custom-model/"), "{target}");
    assert_ne!(target, source_arn);
    let copied = bedrock(&sandbox, &emulator, &["custom-models", "get", "copied"]).json();
    assert_eq!(copied["modelArn"], target.as_str());
    assert_eq!(copied["baseModelArn"], source["baseModelArn"]);
    bedrock(&sandbox, &emulator, &["invoke", &target, "Hello", "--max-tokens", "5"]).expect_code(0);
    // The copy's name is taken now; a source the emulator does not know is not found.
    copy("copied", &source_arn).expect_one_line_error(254, "already exists");
    let unknown = format!("{}zzzzzzzzzzzz", &source_arn[..source_arn.len() - 12]);
    copy("other", &unknown).expect_one_line_error(254, "ResourceNotFoundException");
}

#[test]
fn control_plane_resources_survive_a_restart_and_share_the_store() {
    let sandbox = Sandbox::new();
    let state = sandbox.path().join("state.db");
    let state = state.to_str().unwrap();
    let args = ["--job-seconds", "0", "--state", state];
    let evaluation_arn = {
        let emulator = Emulator::with_args(&args);
        create_job(&sandbox, &emulator, "tune-kept", "kept-model", "s3://my-bucket/train.jsonl", &[])
            .expect_code(0);
        bedrock(
            &sandbox,
            &emulator,
            &[
                "throughput",
                "create",
                "--name",
                "kept-pt",
                "--model",
                "kept-model",
                "--model-units",
                "1",
                "--yes",
            ],
        )
        .expect_code(0);
        let created = bedrock(
            &sandbox,
            &emulator,
            &[
                "eval-jobs",
                "create",
                "--job-name",
                "eval-kept",
                "--role-arn",
                ROLE,
                "--model",
                "claude-3-haiku",
                "--task-type",
                "QuestionAndAnswer",
                "--dataset",
                "Builtin.BoolQ",
                "--metric",
                "Builtin.Accuracy",
                "--output-data",
                "s3://my-bucket/eval/",
            ],
        );
        created.expect_code(0);
        created.json()["jobArn"].as_str().unwrap().to_string()
    };
    let emulator = Emulator::with_args(&args);
    let model = bedrock(&sandbox, &emulator, &["custom-models", "get", "kept-model"]).json();
    assert_eq!(model["modelStatus"], "Active");
    let throughput = bedrock(&sandbox, &emulator, &["throughput", "get", "kept-pt"]).json();
    assert_eq!(throughput["status"], "InService");
    assert_eq!(throughput["modelArn"], model["modelArn"]);
    let jobs = bedrock(&sandbox, &emulator, &["customization-jobs", "list"]).json();
    assert_eq!(names(&jobs, "modelCustomizationJobSummaries", "customModelName"), ["kept-model"]);

    // A model made by CreateCustomModel is listed beside the jobs' models, under an ARN of its own.
    let api =
        |args: &[&str]| bedrock(&sandbox, &emulator, &[&["-o", "json", "api", "bedrock"][..], args].concat());
    let imported = api(&["create-custom-model", "--model-name", "from-sagemaker"]);
    imported.expect_code(0);
    let imported_arn = imported.json()["modelArn"].as_str().unwrap().to_string();
    assert!(imported_arn.contains(":custom-model/imported/"), "{imported_arn}");
    let listed = bedrock(&sandbox, &emulator, &["custom-models", "list", "--sort-order", "ascending"]).json();
    assert_eq!(names(&listed, "modelSummaries", "modelName"), ["kept-model", "from-sagemaker"]);

    // The store's batch delete removes evaluation jobs.
    let deleted = api(&["batch-delete-evaluation-job", "--job-identifiers", &evaluation_arn]);
    deleted.expect_code(0);
    assert_eq!(deleted.json()["evaluationJobs"][0]["jobIdentifier"], evaluation_arn.as_str());
    bedrock(&sandbox, &emulator, &["eval-jobs", "get", &evaluation_arn])
        .expect_one_line_error(254, "ResourceNotFoundException");
}
