//! Guardrails end to end: lifecycle from flags and spec files, ApplyGuardrail evaluations,
//! --fail-on-intervention, a guarded converse, and the bad inputs.

use serde_json::Value;

use crate::support::{Emulator, Sandbox, run};

fn create(sandbox: &Sandbox, emulator: &Emulator, extra: &[&str]) -> String {
    let result = run(sandbox
        .against(emulator)
        .args([
            "guardrails",
            "create",
            "--name",
            "support-bot",
            "--blocked-input-message",
            "Sorry, I cannot help with that.",
            "--blocked-output-message",
            "Sorry, I cannot answer that.",
        ])
        .args(extra));
    result.expect_code(0);
    let document = result.json();
    assert_eq!(document["version"], "DRAFT");
    document["guardrailId"].as_str().unwrap().to_string()
}

fn apply(sandbox: &Sandbox, emulator: &Emulator, id: &str, text: &str, extra: &[&str]) -> Value {
    let result = run(sandbox.against(emulator).args(["-o", "json", "apply-guardrail", id, text]).args(extra));
    result.expect_code(0);
    result.json()
}

#[test]
fn lifecycle_from_flags() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let id = create(
        &sandbox,
        &emulator,
        &["--content-filter", "HATE=HIGH", "--word", "rivalcorp", "--tags", "team=support"],
    );
    let listed = run(sandbox.against(&emulator).args(["guardrails", "list"])).json();
    assert!(listed["guardrails"].as_array().unwrap().iter().any(|guardrail| guardrail["id"] == id.as_str()));

    let got = run(sandbox.against(&emulator).args(["guardrails", "get", &id])).json();
    assert_eq!(got["name"], "support-bot");
    assert_eq!(got["contentPolicy"]["filters"][0]["type"], "HATE");
    assert_eq!(got["wordPolicy"]["words"][0]["text"], "rivalcorp");

    run(sandbox.against(&emulator).args([
        "guardrails",
        "update",
        &id,
        "--word",
        "othercorp",
        "--description",
        "v2",
    ]))
    .expect_code(0);
    let updated = run(sandbox.against(&emulator).args(["guardrails", "get", &id])).json();
    assert_eq!(updated["description"], "v2");
    assert_eq!(updated["name"], "support-bot", "name kept from the DRAFT");

    let published = run(sandbox.against(&emulator).args(["guardrails", "publish", &id])).json();
    assert_eq!(published["version"], "1");
    let versions = run(sandbox.against(&emulator).args(["guardrails", "versions", &id])).json();
    let names: Vec<&str> =
        versions["guardrails"].as_array().unwrap().iter().map(|v| v["version"].as_str().unwrap()).collect();
    assert!(names.contains(&"DRAFT") && names.contains(&"1"), "{names:?}");
    let version_one =
        run(sandbox.against(&emulator).args(["guardrails", "get", &id, "--version", "1"])).json();
    assert_eq!(version_one["version"], "1");

    run(sandbox.against(&emulator).args(["guardrails", "delete", &id])).expect_one_line_error(252, "--yes");
    run(sandbox.against(&emulator).args(["guardrails", "delete", &id, "--yes"])).expect_code(0);
    run(sandbox.against(&emulator).args(["guardrails", "get", &id]))
        .expect_one_line_error(254, "ResourceNotFoundException");
}

#[test]
fn create_from_a_yaml_spec() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let spec = sandbox.path().join("guardrail.yaml");
    std::fs::write(
        &spec,
        "name: from-spec\nblockedInputMessaging: Blocked input.\nblockedOutputsMessaging: Blocked output.\n\
         topicPolicyConfig:\n  topicsConfig:\n    - name: Investment advice\n      definition: Recommendations about which stocks, bonds or funds to buy or sell.\n      type: DENY\n      examples:\n        - Which stocks should I buy this year?\n\
         sensitiveInformationPolicyConfig:\n  piiEntitiesConfig:\n    - type: EMAIL\n      action: ANONYMIZE\n    - type: US_SOCIAL_SECURITY_NUMBER\n      action: BLOCK\n  regexesConfig:\n    - name: order-id\n      pattern: 'ORD-[0-9]{6}'\n      action: ANONYMIZE\n",
    )
    .unwrap();
    let result = run(sandbox.against(&emulator).args(["guardrails", "create", "--spec"]).arg(&spec));
    result.expect_code(0);
    let id = result.json()["guardrailId"].as_str().unwrap().to_string();
    let got = run(sandbox.against(&emulator).args(["guardrails", "get", &id])).json();
    assert_eq!(got["topicPolicy"]["topics"][0]["name"], "Investment advice");
    assert_eq!(got["sensitiveInformationPolicy"]["regexes"][0]["name"], "order-id");
}

#[test]
fn apply_guardrail_evaluates_text() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let id = create(
        &sandbox,
        &emulator,
        &[
            "--word",
            "rivalcorp",
            "--profanity",
            "--pii",
            "EMAIL=ANONYMIZE",
            "--pii",
            "US_SOCIAL_SECURITY_NUMBER=BLOCK",
            "--pii",
            "CREDIT_DEBIT_CARD_NUMBER=BLOCK",
            "--regex-anonymize",
            "order-id=ORD-[0-9]{6}",
            "--deny-topic",
            "Investment advice=Recommendations about which stocks, bonds or funds to buy or sell",
            "--topic-example",
            "Which stocks should I buy this year?",
        ],
    );
    let clean = apply(&sandbox, &emulator, &id, "What are your opening hours?", &[]);
    assert_eq!(clean["action"], "NONE");

    let word = apply(&sandbox, &emulator, &id, "Is RivalCorp better than you?", &[]);
    assert_eq!(word["action"], "GUARDRAIL_INTERVENED");
    assert_eq!(word["outputs"][0]["text"], "Sorry, I cannot help with that.");
    let output_side =
        apply(&sandbox, &emulator, &id, "Is RivalCorp better than you?", &["--source", "OUTPUT"]);
    assert_eq!(output_side["outputs"][0]["text"], "Sorry, I cannot answer that.");

    let email = apply(&sandbox, &emulator, &id, "Mail me at jane.doe@example.com about ORD-123456", &[]);
    assert_eq!(email["action"], "GUARDRAIL_INTERVENED");
    let text = email["outputs"][0]["text"].as_str().unwrap();
    assert!(text.contains("{EMAIL}") && !text.contains("jane.doe@example.com"), "{text}");
    assert!(text.contains("{order-id}"), "{text}");

    let ssn = apply(&sandbox, &emulator, &id, "My SSN is 123-45-6789", &[]);
    assert_eq!(ssn["outputs"][0]["text"], "Sorry, I cannot help with that.");
    let card = apply(&sandbox, &emulator, &id, "card 4111 1111 1111 1111", &[]);
    assert_eq!(card["action"], "GUARDRAIL_INTERVENED");
    let not_a_card = apply(&sandbox, &emulator, &id, "ticket 4111 1111 1111 1112", &[]);
    assert_eq!(not_a_card["action"], "NONE", "fails the Luhn check");

    let topic = apply(&sandbox, &emulator, &id, "Which stocks should I buy to get rich?", &[]);
    assert_eq!(topic["action"], "GUARDRAIL_INTERVENED");
    assert_eq!(topic["assessments"][0]["topicPolicy"]["topics"][0]["name"], "Investment advice");
}

#[test]
fn fail_on_intervention_gates_ci() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let id = create(&sandbox, &emulator, &["--word", "secretproject"]);
    let passed = run(sandbox.against(&emulator).args([
        "apply-guardrail",
        &id,
        "all good here",
        "--fail-on-intervention",
    ]));
    passed.expect_code(0);
    assert!(passed.stdout.starts_with("NONE"), "{}", passed.stdout);
    let blocked = run(sandbox.against(&emulator).args([
        "apply-guardrail",
        &id,
        "about secretproject",
        "--fail-on-intervention",
    ]));
    blocked.expect_one_line_error(254, "GuardrailIntervened");
    assert!(blocked.stdout.starts_with("GUARDRAIL_INTERVENED"));
}

#[test]
fn a_guarded_converse_is_blocked() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let id = create(&sandbox, &emulator, &["--word", "forbiddenword"]);
    let result = run(sandbox.against(&emulator).args([
        "converse",
        "nova-lite",
        "tell me about forbiddenword",
        "--guardrail",
        &id,
    ]));
    result.expect_code(0);
    assert!(result.stdout.contains("Sorry, I cannot help with that."), "{}", result.stdout);
    assert!(result.stderr.contains("the guardrail intervened"));
    let json = run(sandbox.against(&emulator).args([
        "-o",
        "json",
        "converse",
        "nova-lite",
        "tell me about forbiddenword",
        "--guardrail",
        &format!("{id}:DRAFT"),
        "--guardrail-trace",
    ]))
    .json();
    assert_eq!(json["stopReason"], "guardrail_intervened");
    let invoked = run(sandbox.against(&emulator).args([
        "invoke",
        "claude-3-haiku",
        "tell me about forbiddenword",
        "--guardrail",
        &id,
    ]));
    invoked.expect_code(0);
    assert!(invoked.stderr.contains("the guardrail intervened"));
    let clean = run(sandbox.against(&emulator).args([
        "converse",
        "nova-lite",
        "tell me about rivers",
        "--guardrail",
        &id,
    ]));
    assert!(!clean.stderr.contains("intervened"));
}

#[test]
fn bad_guardrail_inputs() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let spec = sandbox.path().join("bad.json");
    std::fs::write(&spec, r#"{"name": "x", "contentPolicyConfig": {"filtersConfig": [{"type": "HATE", "inputStrength": "HIGH", "outputStrength": "HIGH", "colour": "red"}]}}"#).unwrap();
    run(sandbox.against(&emulator).args(["guardrails", "create", "--spec"]).arg(&spec))
        .expect_one_line_error(252, "contentPolicyConfig.filtersConfig[0]");
    let wrong_type = sandbox.path().join("wrong.yaml");
    std::fs::write(&wrong_type, "name: x\nwordPolicyConfig:\n  wordsConfig: nope\n").unwrap();
    run(sandbox.against(&emulator).args(["guardrails", "create", "--spec"]).arg(&wrong_type))
        .expect_one_line_error(252, "wordPolicyConfig.wordsConfig");
    run(sandbox.against(&emulator).args([
        "guardrails",
        "create",
        "--name",
        "x",
        "--blocked-input-message",
        "a",
        "--blocked-output-message",
        "b",
        "--content-filter",
        "HATE=EXTREME",
    ]))
    .expect_one_line_error(252, "invalid strength 'EXTREME'");
    run(sandbox.against(&emulator).args([
        "guardrails",
        "create",
        "--name",
        "x",
        "--blocked-input-message",
        "a",
        "--blocked-output-message",
        "b",
        "--regex",
        "bad=([a-z",
    ]))
    .expect_one_line_error(252, "invalid pattern");
    run(sandbox.against(&emulator).args(["guardrails", "create", "--name", "x"]))
        .expect_one_line_error(252, "--blocked-input-message");
    run(sandbox.against(&emulator).args(["guardrails", "get", "abcdefghijkl"]))
        .expect_one_line_error(254, "ResourceNotFoundException");
    let id = create(&sandbox, &emulator, &[]);
    run(sandbox.against(&emulator).args(["guardrails", "get", &id, "--version", "7"]))
        .expect_one_line_error(254, "ResourceNotFoundException");
    run(sandbox.against(&emulator).args(["apply-guardrail", &id, "hi", "--version", "9"]))
        .expect_one_line_error(254, "ResourceNotFoundException");
}
