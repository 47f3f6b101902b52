//! The same control-plane commands against moto (`moto_server`, PyPI `moto[server]`), a third-party
//! Bedrock mock: what works (customization job create and stop, invocation logging, tags) is
//! checked end to end; where moto's answers are not valid for the Rust SDK, the test pins the
//! reason. moto 5.2.5 writes timestamps as `2024-05-01 12:00:00` (no `T`, no zone), which
//! botocore's lenient parser takes and RFC 3339 (the Rust SDK) does not; the curated get/list
//! commands read answers through the model-driven core, which passes them through as botocore
//! does. moto also names the custom model `<name>-<job>` in GetModelCustomizationJob while
//! listing it as `<name>`.

use std::net::TcpStream;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::json;

use crate::support::{Run, Sandbox, run};

/// moto_server from BEDROCK_MOTO_SERVER or the project's venv. On CI a missing moto is a failure
/// (unless BEDROCK_SKIP_PYTHON_TESTS); on a developer machine without it the test has nothing to run.
fn moto_server() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("BEDROCK_MOTO_SERVER") {
        return Some(PathBuf::from(path));
    }
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".venv").join("bin").join("moto_server");
    if path.exists() {
        return Some(path);
    }
    if std::env::var_os("CI").is_some() && std::env::var_os("BEDROCK_SKIP_PYTHON_TESTS").is_none() {
        panic!("{} is missing: run `.ci/python-env` (or set BEDROCK_SKIP_PYTHON_TESTS=1)", path.display());
    }
    None
}

struct Moto {
    url: String,
    child: Child,
}

impl Moto {
    fn start(server: &PathBuf) -> Moto {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let child = Command::new(server)
            .args(["-H", "127.0.0.1", "-p", &port.to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let started = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(started.elapsed() < Duration::from_secs(30), "moto_server did not start");
            std::thread::sleep(Duration::from_millis(100));
        }
        Moto { url: format!("http://127.0.0.1:{port}"), child }
    }
}

impl Drop for Moto {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn bedrock(sandbox: &Sandbox, moto: &Moto, args: &[&str]) -> Run {
    run(sandbox.configured().args(["--endpoint-url", &moto.url]).args(args))
}

#[test]
fn the_same_commands_against_moto() {
    let Some(server) = moto_server() else {
        return;
    };
    let moto = Moto::start(&server);
    let sandbox = Sandbox::new();

    let created = bedrock(
        &sandbox,
        &moto,
        &[
            "customization-jobs",
            "create",
            "--base-model",
            "amazon.titan-text-express-v1",
            "--job-name",
            "moto-job",
            "--custom-model-name",
            "moto-model",
            "--role-arn",
            "arn:aws:iam::123456789012:role/Bedrock",
            "--training-data",
            "s3://my-bucket/train.jsonl",
            "--output-data",
            "s3://my-bucket/out/",
        ],
    );
    created.expect_code(0);
    let job_arn = created.json()["jobArn"].as_str().unwrap().to_string();
    assert!(job_arn.ends_with(":model-customization-job/moto-job"), "{job_arn}");

    // moto's timestamps are not RFC 3339; the model-driven core reads answers as botocore does
    // and passes them through, so these work against moto too.
    let job = bedrock(&sandbox, &moto, &["customization-jobs", "get", "moto-job"]);
    job.expect_code(0);
    assert_eq!(job.json()["jobName"], "moto-job");
    let jobs = bedrock(&sandbox, &moto, &["customization-jobs", "list"]);
    jobs.expect_code(0);
    assert_eq!(jobs.json()["modelCustomizationJobSummaries"][0]["jobName"], "moto-job");
    bedrock(&sandbox, &moto, &["custom-models", "list"]).expect_code(0);

    bedrock(&sandbox, &moto, &["tags", "add", &job_arn, "team=ml"]).expect_code(0);
    assert_eq!(
        bedrock(&sandbox, &moto, &["tags", "list", &job_arn]).json(),
        json!({"tags": [{"key": "team", "value": "ml"}]})
    );
    bedrock(&sandbox, &moto, &["tags", "remove", &job_arn, "team"]).expect_code(0);
    assert_eq!(bedrock(&sandbox, &moto, &["tags", "list", &job_arn]).json(), json!({"tags": []}));
    bedrock(&sandbox, &moto, &["customization-jobs", "stop", "moto-job"]).expect_code(0);

    bedrock(&sandbox, &moto, &["logging", "put", "--s3-bucket", "my-logs", "--data", "text,image"])
        .expect_code(0);
    assert_eq!(
        bedrock(&sandbox, &moto, &["logging", "get"]).json(),
        json!({"loggingConfig": {"s3Config": {"bucketName": "my-logs"}, "textDataDeliveryEnabled": true, "imageDataDeliveryEnabled": true, "embeddingDataDeliveryEnabled": false, "videoDataDeliveryEnabled": false, "audioDataDeliveryEnabled": false}})
    );
    bedrock(&sandbox, &moto, &["logging", "delete", "--yes"]).expect_code(0);
}
