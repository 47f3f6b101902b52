//! `models list|get` in piped mode: JSON by default, text, filters, --query, aliases.

use serde_json::Value;

use crate::support::{Emulator, Sandbox, catalog_model_count, run};

#[test]
fn list_prints_the_service_document_when_piped() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let result = run(sandbox.against(&emulator).args(["models", "list"]));
    result.expect_code(0);
    let document = result.json();
    let models = document["modelSummaries"].as_array().unwrap();
    assert_eq!(models.len(), catalog_model_count());
    let first = &models[0];
    assert!(first["modelArn"].as_str().unwrap().starts_with("arn:aws:bedrock:us-east-1::foundation-model/"));
    assert_eq!(first.as_object().unwrap().keys().next().unwrap(), "modelArn");
    assert!(result.stderr.is_empty(), "stderr: {}", result.stderr);
    assert!(result.stdout.starts_with("{\n    \"modelSummaries\""), "four-space indent like the AWS CLI");
}

#[test]
fn arns_follow_the_region() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let result = run(sandbox.against(&emulator).args([
        "--region",
        "eu-central-1",
        "models",
        "get",
        "anthropic.claude-v2",
    ]));
    result.expect_code(0);
    assert_eq!(
        result.json()["modelDetails"]["modelArn"],
        "arn:aws:bedrock:eu-central-1::foundation-model/anthropic.claude-v2"
    );
}

#[test]
fn filters_are_sent_to_the_service() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let ids = |args: &[&str]| -> Vec<Value> {
        let mut command = sandbox.against(&emulator);
        command.args(["models", "list"]).args(args);
        let result = run(&mut command);
        result.expect_code(0);
        result.json()["modelSummaries"].as_array().unwrap().clone()
    };
    let anthropic = ids(&["--provider", "Anthropic"]);
    assert!(!anthropic.is_empty());
    assert!(anthropic.iter().all(|model| model["providerName"] == "Anthropic"));
    let embeddings = ids(&["--output-modality", "embedding"]);
    assert!(!embeddings.is_empty());
    assert!(
        embeddings
            .iter()
            .all(|model| model["outputModalities"].as_array().unwrap().contains(&"EMBEDDING".into()))
    );
    let provisioned = ids(&["--inference-type", "PROVISIONED"]);
    assert!(provisioned.iter().all(|model| {
        model["inferenceTypesSupported"].as_array().unwrap().contains(&"PROVISIONED".into())
    }));
    let tunable = ids(&["--customization-type", "FINE_TUNING", "--provider", "amazon"]);
    assert!(!tunable.is_empty());
    assert!(tunable.iter().all(|model| model["modelId"].as_str().unwrap().starts_with("amazon.")));
    assert!(ids(&["--provider", "nobody"]).is_empty());
}

#[test]
fn text_output_is_tab_separated_without_header() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let result = run(sandbox.against(&emulator).args(["models", "list", "--provider", "meta", "-o", "text"]));
    result.expect_code(0);
    let lines: Vec<&str> = result.stdout.lines().collect();
    assert!(lines.len() > 3);
    for line in &lines {
        let fields: Vec<&str> = line.split('\t').collect();
        assert_eq!(fields.len(), 8, "{line}");
        assert!(fields[0].starts_with("meta."), "{line}");
        assert_eq!(fields[1], "Meta");
    }
    assert!(!result.stdout.contains("MODEL ID"));
}

#[test]
fn table_output_can_be_forced_when_piped() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let result =
        run(sandbox.against(&emulator).args(["-o", "table", "models", "list", "--provider", "mistral"]));
    result.expect_code(0);
    assert!(result.stdout.contains("MODEL ID") && result.stdout.contains("mistral.mistral-7b-instruct-v0:2"));
    assert!(!result.stdout.contains('\u{1b}'), "no colour when piped");
}

#[test]
fn query_is_applied_before_formatting() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let result = run(sandbox.against(&emulator).args([
        "models",
        "list",
        "--provider",
        "cohere",
        "--query",
        "modelSummaries[?outputModalities[0]=='EMBEDDING'].modelId",
    ]));
    result.expect_code(0);
    let ids = result.json();
    let ids = ids.as_array().unwrap();
    assert!(ids.contains(&"cohere.embed-english-v3".into()));
    assert!(ids.iter().all(|id| id.as_str().unwrap().starts_with("cohere.embed")));

    let text = run(sandbox.against(&emulator).args([
        "models",
        "get",
        "titan-text-express",
        "-o",
        "text",
        "--query",
        "modelDetails.[modelId, providerName]",
    ]));
    text.expect_code(0);
    assert_eq!(text.stdout, "amazon.titan-text-express-v1\tAmazon\n");
}

#[test]
fn get_resolves_aliases_and_matches_the_snapshot() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let result = run(sandbox.against(&emulator).args(["models", "get", "claude-3-haiku"]));
    result.expect_code(0);
    insta::assert_snapshot!("models_get_json", result.stdout);
}

#[test]
fn environment_and_config_file_choose_the_default_format() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let from_env = run(sandbox.against(&emulator).env("BEDROCK_OUTPUT", "text").args([
        "models",
        "get",
        "llama3-8b",
        "--query",
        "modelDetails.modelId",
    ]));
    from_env.expect_code(0);
    assert_eq!(from_env.stdout, "meta.llama3-8b-instruct-v1:0\n");
    std::fs::write(sandbox.path().join("bedrock-config.toml"), "output = \"text\"\n").unwrap();
    let from_config = run(sandbox.against(&emulator).args([
        "models",
        "get",
        "llama3-8b",
        "--query",
        "modelDetails.modelId",
    ]));
    assert_eq!(from_config.stdout, "meta.llama3-8b-instruct-v1:0\n");
    let flag_wins = run(sandbox.against(&emulator).args([
        "-o",
        "json",
        "models",
        "get",
        "llama3-8b",
        "--query",
        "modelDetails.modelId",
    ]));
    assert_eq!(flag_wins.stdout, "\"meta.llama3-8b-instruct-v1:0\"\n");
}

#[test]
fn local_mode_needs_no_account() {
    let sandbox = Sandbox::new();
    let result =
        run(sandbox.command().args(["--local", "models", "list", "--query", "length(modelSummaries)"]));
    result.expect_code(0);
    assert_eq!(result.json(), catalog_model_count());
    assert!(sandbox.path().join("data").join("local-emulator-state.db").exists());
}

#[test]
fn aliases_are_listed_and_a_misspelt_model_gets_did_you_mean() {
    let emulator = crate::support::Emulator::start();
    let sandbox = crate::support::Sandbox::new();
    std::fs::write(
        sandbox.path().join("bedrock-config.toml"),
        "[aliases]\nmine = \"amazon.nova-lite-v1:0\"\n",
    )
    .unwrap();
    let listed = crate::support::run(sandbox.against(&emulator).args(["-o", "json", "models", "aliases"]));
    listed.expect_code(0);
    let aliases = listed.json()["aliases"].as_array().unwrap().clone();
    assert_eq!(
        aliases[0],
        serde_json::json!({"alias": "mine", "modelId": "amazon.nova-lite-v1:0", "source": "config"})
    );
    let catalog = include_str!("../../src/emulator/data/foundation_models.json");
    for alias in aliases.iter().filter(|alias| alias["source"] == "built-in") {
        let id = alias["modelId"].as_str().unwrap();
        assert!(catalog.contains(&format!("\"{id}\"")), "{id} is a model the catalog knows");
    }
    for wanted in ["claude-3.7-sonnet", "claude-sonnet-4", "llama3.1-70b", "nova-premier"] {
        assert!(aliases.iter().any(|alias| alias["alias"] == wanted), "{wanted}");
    }
    let misspelt = crate::support::run(sandbox.against(&emulator).args(["invoke", "claude-3-haiky", "hi"]));
    misspelt.expect_one_line_error(252, "cannot tell the request format of model 'claude-3-haiky'");
    assert!(misspelt.stderr.contains("hint: did you mean `claude-3-haiku`?"), "{}", misspelt.stderr);
}

#[test]
fn a_model_served_only_through_a_profile_gets_the_profile_named() {
    let emulator = crate::support::Emulator::start();
    let sandbox = crate::support::Sandbox::new();
    let direct =
        crate::support::run(sandbox.against(&emulator).args(["converse", "claude-3.7-sonnet", "hi"]));
    direct.expect_one_line_error(254, "with on-demand throughput isn");
    let hint = "use an inference profile that contains it: `us.anthropic.claude-3-7-sonnet-20250219-v1:0`";
    assert!(direct.stderr.contains(hint), "{}", direct.stderr);
    // The hinted profile works.
    let through = crate::support::run(sandbox.against(&emulator).args([
        "converse",
        "us.anthropic.claude-3-7-sonnet-20250219-v1:0",
        "hi",
    ]));
    through.expect_code(0);
}
