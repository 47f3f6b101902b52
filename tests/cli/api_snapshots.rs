//! Whole runs of `bedrock api`, as insta snapshots: the exit code, stdout and stderr of the real
//! binary against the emulator, with what changes from run to run (ids, ARNs, timestamps,
//! latencies, the emulator's port) filtered. A change to what a user sees shows up as a diff to
//! review (`cargo insta review`).

use crate::support::{Emulator, Run, Sandbox, run};

/// The run as one document: the code, then stdout, then stderr.
fn transcript(result: &Run) -> String {
    format!("exit: {}\n--- stdout\n{}--- stderr\n{}", result.code, result.stdout, result.stderr)
}

/// Filters for what differs between runs, applied to every snapshot of this module.
fn filtered(test: impl FnOnce()) {
    let mut settings = insta::Settings::clone_current();
    settings.add_filter(r"arn:aws:[a-z-]+:[a-z0-9-]*:\d{12}:[A-Za-z0-9/_.:-]+", "[ARN]");
    settings.add_filter(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})", "[TIME]");
    settings.add_filter(r"\b[0-9A-Z]{10}\b", "[ID]");
    settings.add_filter(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b", "[UUID]");
    settings.add_filter(r#""latencyMs": ?\d+"#, r#""latencyMs": [MS]"#);
    settings.add_filter(r"127\.0\.0\.1:\d+", "[EMULATOR]");
    settings.bind(test);
}

fn bedrock(sandbox: &Sandbox, emulator: &Emulator, args: &[&str]) -> String {
    transcript(&run(sandbox.against(emulator).args(args)))
}

#[test]
fn a_flow_created_listed_and_fetched() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let created = run(sandbox.against(&emulator).args([
        "-o",
        "json",
        "api",
        "bedrock-agent",
        "create-flow",
        "--name",
        "triage",
        "--execution-role-arn",
        "arn:aws:iam::123456789012:role/flows",
        "--tags",
        "team=support",
    ]));
    created.expect_code(0);
    let id = serde_json::from_str::<serde_json::Value>(&created.stdout).unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    filtered(|| {
        insta::assert_snapshot!("api_create_flow", transcript(&created));
        insta::assert_snapshot!(
            "api_list_flows",
            bedrock(&sandbox, &emulator, &["-o", "json", "api", "bedrock-agent", "list-flows"])
        );
        insta::assert_snapshot!(
            "api_get_flow_text",
            bedrock(
                &sandbox,
                &emulator,
                &["-o", "text", "api", "bedrock-agent", "get-flow", "--flow-identifier", &id]
            )
        );
        insta::assert_snapshot!(
            "api_get_missing_flow",
            bedrock(
                &sandbox,
                &emulator,
                &["api", "bedrock-agent", "get-flow", "--flow-identifier", "ABCDE12345"]
            )
        );
    });
}

#[test]
fn converse_and_its_event_stream() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let messages = r#"[{"role":"user","content":[{"text":"Name one colour."}]}]"#;
    filtered(|| {
        insta::assert_snapshot!(
            "api_converse",
            bedrock(
                &sandbox,
                &emulator,
                &[
                    "-o",
                    "json",
                    "api",
                    "bedrock-runtime",
                    "converse",
                    "--model-id",
                    "amazon.nova-micro-v1:0",
                    "--messages",
                    messages
                ]
            )
        );
        insta::assert_snapshot!(
            "api_converse_stream",
            bedrock(
                &sandbox,
                &emulator,
                &[
                    "api",
                    "bedrock-runtime",
                    "converse-stream",
                    "--model-id",
                    "amazon.nova-micro-v1:0",
                    "--messages",
                    messages
                ]
            )
        );
    });
}

#[test]
fn listings_skeletons_and_bad_input() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    filtered(|| {
        insta::assert_snapshot!("api_services", bedrock(&sandbox, &emulator, &["-o", "json", "api"]));
        insta::assert_snapshot!(
            "api_skeleton",
            bedrock(
                &sandbox,
                &emulator,
                &["api", "bedrock", "create-inference-profile", "--generate-cli-skeleton"]
            )
        );
        insta::assert_snapshot!(
            "api_query_models",
            bedrock(
                &sandbox,
                &emulator,
                &[
                    "api",
                    "bedrock",
                    "list-foundation-models",
                    "--by-provider",
                    "ai21",
                    "--query",
                    "modelSummaries[].[modelId, modelLifecycle.status]",
                    "-o",
                    "text"
                ]
            )
        );
        insta::assert_snapshot!(
            "api_missing_required",
            bedrock(&sandbox, &emulator, &["api", "bedrock-agent", "create-flow", "--name", "f"])
        );
        insta::assert_snapshot!(
            "api_bad_enum",
            bedrock(
                &sandbox,
                &emulator,
                &["api", "bedrock", "list-custom-models", "--sort-order", "Sideways"]
            )
        );
        insta::assert_snapshot!(
            "api_misspelt_operation",
            bedrock(&sandbox, &emulator, &["api", "bedrock-agent", "create-flwo"])
        );
    });
}
