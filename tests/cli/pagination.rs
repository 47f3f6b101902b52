//! Auto-pagination: pages merged, --max-items with a resumable nextToken, --page-size,
//! --starting-token, --no-paginate.

use serde_json::Value;

use crate::support::{Emulator, Sandbox, catalog_profile_count, run};

fn ids(document: &Value) -> Vec<String> {
    document["inferenceProfileSummaries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|profile| profile["inferenceProfileId"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn all_pages_are_merged_into_one_list() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let result = run(sandbox.against(&emulator).args(["--debug", "inference-profiles", "list"]));
    result.expect_code(0);
    let document = result.json();
    let all = ids(&document);
    assert_eq!(all.len(), catalog_profile_count());
    assert!(document.get("nextToken").is_none());
    let requests = result
        .stderr
        .lines()
        .filter(|line| line.contains("GET ") && line.contains("/inference-profiles"))
        .count();
    assert!(requests >= 5, "expected several small pages, saw {requests} requests");
    let mut unique = all.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), all.len(), "no duplicates across pages");
}

#[test]
fn max_items_cuts_the_list_and_the_token_resumes_it() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let full = ids(&run(sandbox.against(&emulator).args(["inference-profiles", "list"])).json());

    // 7 is not a multiple of the emulator's page size: the cut falls inside a page.
    let first = run(sandbox.against(&emulator).args(["inference-profiles", "list", "--max-items", "7"]));
    first.expect_code(0);
    let first_document = first.json();
    assert_eq!(ids(&first_document), full[..7].to_vec());
    let token = first_document["nextToken"].as_str().unwrap().to_string();

    let second = run(sandbox.against(&emulator).args([
        "inference-profiles",
        "list",
        "--max-items",
        "10",
        "--starting-token",
        &token,
    ]));
    second.expect_code(0);
    let second_document = second.json();
    assert_eq!(ids(&second_document), full[7..17].to_vec());
    let token = second_document["nextToken"].as_str().unwrap().to_string();

    let rest =
        run(sandbox.against(&emulator).args(["inference-profiles", "list", "--starting-token", &token]));
    rest.expect_code(0);
    let rest_document = rest.json();
    assert_eq!(ids(&rest_document), full[17..].to_vec());
    assert!(rest_document.get("nextToken").is_none());
}

#[test]
fn max_items_at_a_page_boundary_still_resumes() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let full = ids(&run(sandbox.against(&emulator).args(["inference-profiles", "list"])).json());
    let first =
        run(sandbox.against(&emulator).args(["inference-profiles", "list", "--max-items", "5"])).json();
    assert_eq!(ids(&first), full[..5].to_vec());
    let token = first["nextToken"].as_str().unwrap().to_string();
    let rest =
        run(sandbox.against(&emulator).args(["inference-profiles", "list", "--starting-token", &token]))
            .json();
    assert_eq!(ids(&rest), full[5..].to_vec());
}

#[test]
fn page_size_changes_requests_not_results() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let full = ids(&run(sandbox.against(&emulator).args(["inference-profiles", "list"])).json());
    let result =
        run(sandbox.against(&emulator).args(["--debug", "inference-profiles", "list", "--page-size", "20"]));
    result.expect_code(0);
    assert_eq!(ids(&result.json()), full);
    assert!(result.stderr.contains("maxResults=20"), "page size sent to the service");
    let requests = result
        .stderr
        .lines()
        .filter(|line| line.contains("GET ") && line.contains("/inference-profiles"))
        .count();
    assert_eq!(requests, full.len().div_ceil(20));
}

#[test]
fn no_paginate_returns_the_first_page_and_the_service_token() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let result = run(sandbox.against(&emulator).args(["inference-profiles", "list", "--no-paginate"]));
    result.expect_code(0);
    let document = result.json();
    assert_eq!(ids(&document).len(), 5);
    assert!(document["nextToken"].is_string());
}

#[test]
fn type_filter_is_applied() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let system =
        run(sandbox.against(&emulator).args(["inference-profiles", "list", "--type", "SYSTEM_DEFINED"]));
    assert_eq!(ids(&system.json()).len(), catalog_profile_count());
    let application =
        run(sandbox.against(&emulator).args(["inference-profiles", "list", "--type", "application"]));
    application.expect_code(0);
    assert!(ids(&application.json()).is_empty());
}

#[test]
fn yaml_text_tokens_and_table_notes_follow_the_aws_cli() {
    let emulator = crate::support::Emulator::start();
    let sandbox = crate::support::Sandbox::new();
    let run = |args: &[&str]| crate::support::run(sandbox.against(&emulator).args(args));
    let yaml = run(&["-o", "yaml", "inference-profiles", "list", "--max-items", "1"]);
    yaml.expect_code(0);
    let parsed: serde_json::Value = serde_norway::from_str(&yaml.stdout).unwrap();
    let json = run(&["-o", "json", "inference-profiles", "list", "--max-items", "1"]).json();
    assert_eq!(parsed, json, "-o yaml is the JSON document as YAML");
    let stream = run(&["-o", "yaml-stream", "inference-profiles", "list", "--max-items", "1"]);
    let parsed: serde_json::Value = serde_norway::from_str(&stream.stdout).unwrap();
    assert_eq!(parsed, serde_json::json!([json.clone()]));
    let token = json["nextToken"].as_str().unwrap();
    let text = run(&["-o", "text", "inference-profiles", "list", "--max-items", "1"]);
    assert_eq!(text.stdout.lines().last().unwrap(), format!("NEXTTOKEN\t{token}"));
    let table = run(&["-o", "table", "inference-profiles", "list", "--max-items", "1"]);
    table.expect_code(0);
    assert!(
        table.stderr.contains(&format!("more results: add --starting-token {token}")),
        "{}",
        table.stderr
    );
    run(&["-o", "yml", "inference-profiles", "list"]).expect_one_line_error(252, "yml");
}
