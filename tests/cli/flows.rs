//! Amazon Bedrock Flows end to end through `bedrock api`: a flow is validated, created,
//! prepared (Preparing → Prepared on the emulator's clock), versioned, aliased and invoked —
//! a Condition routes to a KnowledgeBase node over ingested documents or to a plain answer, an
//! Iterator runs a Prompt node per item and a Collector gathers the answers — and bad
//! definitions are named in the validations, fail preparation and cannot be invoked.

use serde_json::{Value, json};

use crate::knowledge_bases::{emulator_over, ingested, s3_root};
use crate::support::{Emulator, Sandbox, run};

const ROLE: &str = "arn:aws:iam::123456789012:role/flows";
const MODEL: &str = "amazon.nova-lite-v1:0";

fn data(name: &str, source: &str, output: &str, target: &str, input: &str) -> Value {
    json!({"name": name, "type": "Data", "source": source, "target": target,
           "configuration": {"data": {"sourceOutput": output, "targetInput": input}}})
}

fn conditional(name: &str, source: &str, condition: &str, target: &str) -> Value {
    json!({"name": name, "type": "Conditional", "source": source, "target": target,
           "configuration": {"conditional": {"condition": condition}}})
}

fn output(name: &str, kind: &str) -> Value {
    json!({"name": name, "type": "Output", "configuration": {"output": {}},
           "inputs": [{"name": "document", "type": kind, "expression": "$.data"}]})
}

/// A triage flow: `lookup` questions go to the knowledge base, others are echoed; every item of
/// `items` is summarised by a prompt and the summaries are collected.
fn triage(knowledge_base: &str) -> Value {
    json!({
        "nodes": [
            {"name": "Start", "type": "Input", "configuration": {"input": {}},
             "outputs": [{"name": "document", "type": "Object"}]},
            {"name": "Route", "type": "Condition",
             "configuration": {"condition": {"conditions": [
                 {"name": "lookup", "expression": "kind == \"lookup\" and priority >= 2"},
                 {"name": "default"},
             ]}},
             "inputs": [
                 {"name": "kind", "type": "String", "expression": "$.data.kind"},
                 {"name": "priority", "type": "Number", "expression": "$.data.priority"},
             ]},
            {"name": "Docs", "type": "KnowledgeBase",
             "configuration": {"knowledgeBase": {"knowledgeBaseId": knowledge_base, "modelId": MODEL}},
             "inputs": [{"name": "retrievalQuery", "type": "String", "expression": "$.data.question"}],
             "outputs": [{"name": "outputText", "type": "String"}]},
            output("Answer", "String"),
            output("Echo", "Object"),
            {"name": "Each", "type": "Iterator", "configuration": {"iterator": {}},
             "inputs": [{"name": "array", "type": "Array", "expression": "$.data.items"}],
             "outputs": [{"name": "arrayItem", "type": "String"}, {"name": "arraySize", "type": "Number"}]},
            {"name": "Summarise", "type": "Prompt",
             "configuration": {"prompt": {"sourceConfiguration": {"inline": {
                 "templateType": "TEXT", "modelId": MODEL,
                 "templateConfiguration": {"text": {"text": "Summarise {{item}} in one line."}},
                 "inferenceConfiguration": {"text": {"maxTokens": 12}},
             }}}},
             "inputs": [{"name": "item", "type": "String", "expression": "$.data"}],
             "outputs": [{"name": "modelCompletion", "type": "String"}]},
            {"name": "Gather", "type": "Collector", "configuration": {"collector": {}},
             "inputs": [
                 {"name": "arrayItem", "type": "String", "expression": "$.data"},
                 {"name": "arraySize", "type": "Number", "expression": "$.data"},
             ],
             "outputs": [{"name": "collectedArray", "type": "Array"}]},
            output("Summaries", "Array"),
        ],
        "connections": [
            data("kind", "Start", "document", "Route", "kind"),
            data("priority", "Start", "document", "Route", "priority"),
            data("question", "Start", "document", "Docs", "retrievalQuery"),
            data("answer", "Docs", "outputText", "Answer", "document"),
            conditional("toDocs", "Route", "lookup", "Docs"),
            data("echo", "Start", "document", "Echo", "document"),
            conditional("toEcho", "Route", "default", "Echo"),
            data("items", "Start", "document", "Each", "array"),
            data("item", "Each", "arrayItem", "Summarise", "item"),
            data("summary", "Summarise", "modelCompletion", "Gather", "arrayItem"),
            data("size", "Each", "arraySize", "Gather", "arraySize"),
            data("summaries", "Gather", "collectedArray", "Summaries", "document"),
        ],
    })
}

struct Api<'a> {
    sandbox: &'a Sandbox,
    emulator: &'a Emulator,
}

impl Api<'_> {
    fn agent(&self, args: &[&str]) -> crate::support::Run {
        run(self.sandbox.against(self.emulator).args(["-o", "json", "api", "bedrock-agent"]).args(args))
    }

    fn runtime(&self, args: &[&str]) -> crate::support::Run {
        run(self
            .sandbox
            .against(self.emulator)
            .args(["-o", "json", "api", "bedrock-agent-runtime"])
            .args(args))
    }

    fn create(&self, name: &str, definition: &Value) -> String {
        let created = self.agent(&[
            "create-flow",
            "--name",
            name,
            "--execution-role-arn",
            ROLE,
            "--definition",
            &definition.to_string(),
        ]);
        created.expect_code(0);
        assert_eq!(created.json()["status"], "NotPrepared", "{}", created.stdout);
        created.json()["id"].as_str().unwrap().to_string()
    }

    fn status(&self, flow: &str) -> Value {
        let got = self.agent(&["get-flow", "--flow-identifier", flow]);
        got.expect_code(0);
        got.json()
    }

    /// Prepare, and wait until the flow is no longer Preparing.
    fn prepare(&self, flow: &str) -> Value {
        let prepared = self.agent(&["prepare-flow", "--flow-identifier", flow]);
        prepared.expect_code(0);
        for _ in 0..100 {
            let flow = self.status(flow);
            if flow["status"] != "Preparing" {
                return flow;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        panic!("flow {flow} is still Preparing");
    }

    fn invoke(&self, flow: &str, alias: &str, document: &Value, trace: bool) -> crate::support::Run {
        let inputs =
            json!([{"nodeName": "Start", "nodeOutputName": "document", "content": {"document": document}}]);
        let mut args = vec![
            "invoke-flow".to_string(),
            "--flow-identifier".to_string(),
            flow.to_string(),
            "--flow-alias-identifier".to_string(),
            alias.to_string(),
            "--inputs".to_string(),
            inputs.to_string(),
        ];
        if trace {
            args.push("--enable-trace".to_string());
        }
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        self.runtime(&args)
    }
}

/// The events of a streamed answer, one JSON document a line.
fn events(printed: &str) -> Vec<Value> {
    printed
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| serde_json::from_str(line).unwrap())
        .collect()
}

/// (node name, document) of each flowOutputEvent.
fn outputs(events: &[Value]) -> Vec<(String, Value)> {
    events
        .iter()
        .filter_map(|event| event.get("flowOutputEvent"))
        .map(|event| (event["nodeName"].as_str().unwrap().to_string(), event["content"]["document"].clone()))
        .collect()
}

#[test]
fn flows_are_validated_prepared_versioned_aliased_and_invoked() {
    let sandbox = Sandbox::new();
    let root = s3_root(&sandbox);
    let emulator = emulator_over(&root);
    let (kb, _, _) = ingested(&sandbox, &emulator);
    let api = Api { sandbox: &sandbox, emulator: &emulator };
    let definition = triage(&kb);

    let validated = api.agent(&["validate-flow-definition", "--definition", &definition.to_string()]);
    validated.expect_code(0);
    assert_eq!(validated.json()["validations"], json!([]), "{}", validated.stdout);

    let flow = api.create("triage", &definition);
    // The draft cannot run before it is prepared.
    api.invoke(&flow, "TSTALIASID", &json!({}), false).expect_one_line_error(254, "NotPrepared");
    let version = api.agent(&["create-flow-version", "--flow-identifier", &flow]);
    version.expect_one_line_error(254, "prepare it");

    let prepared = api.agent(&["prepare-flow", "--flow-identifier", &flow]);
    prepared.expect_code(0);
    assert_eq!(prepared.json()["id"], flow.as_str());
    assert!(
        ["Preparing", "Prepared"].contains(&prepared.json()["status"].as_str().unwrap()),
        "{}",
        prepared.stdout
    );
    assert_eq!(api.prepare(&flow)["status"], "Prepared");

    let version = api.agent(&["create-flow-version", "--flow-identifier", &flow]);
    version.expect_code(0);
    let version = version.json();
    assert_eq!(version["version"], "1");
    assert_eq!(version["status"], "Prepared");
    assert_eq!(version["arn"], api.status(&flow)["arn"]);
    let alias = api.agent(&[
        "create-flow-alias",
        "--flow-identifier",
        &flow,
        "--name",
        "live",
        "--routing-configuration",
        "flowVersion=1",
    ]);
    alias.expect_code(0);
    let alias_id = alias.json()["id"].as_str().unwrap().to_string();
    let alias_arn = alias.json()["arn"].as_str().unwrap().to_string();
    let missing_version = api.agent(&[
        "create-flow-alias",
        "--flow-identifier",
        &flow,
        "--name",
        "future",
        "--routing-configuration",
        "flowVersion=7",
    ]);
    missing_version.expect_one_line_error(254, "no version 7");

    // A lookup question goes to the knowledge base, whose answer cites the launch code.
    let question = json!({"kind": "lookup", "priority": 3, "question": "What is the launch code of Zephyr?",
                          "items": ["solar panels", "vacuum tests"]});
    let answered = api.invoke(&flow, &alias_id, &question, false);
    answered.expect_code(0);
    let streamed = events(&answered.stdout);
    let found = outputs(&streamed);
    let names: Vec<&str> = found.iter().map(|(name, _)| name.as_str()).collect();
    assert_eq!(names, ["Answer", "Summaries"], "{}", answered.stdout);
    assert!(found[0].1.as_str().unwrap().contains("4471"), "{}", answered.stdout);
    let summaries = found[1].1.as_array().unwrap();
    assert_eq!(summaries.len(), 2, "{}", answered.stdout);
    assert!(summaries.iter().all(|summary| summary.as_str().is_some_and(|text| !text.is_empty())));
    assert_ne!(summaries[0], summaries[1], "one answer per item");
    assert_eq!(streamed.last().unwrap(), &json!({"flowCompletionEvent": {"completionReason": "SUCCESS"}}));
    assert!(streamed.iter().all(|event| event.get("flowTraceEvent").is_none()), "no trace unless asked");
    let again = api.invoke(&flow, &alias_arn, &question, false);
    again.expect_code(0);
    assert_eq!(outputs(&events(&again.stdout)), found, "the same input answers the same, by id or ARN");

    // Anything else takes the default branch: the document comes back as it was sent.
    let other = json!({"kind": "lookup", "priority": 1, "question": "hello", "items": []});
    let echoed = api.invoke(&flow, &alias_id, &other, true);
    echoed.expect_code(0);
    let streamed = events(&echoed.stdout);
    assert_eq!(
        outputs(&streamed),
        [("Echo".to_string(), other.clone()), ("Summaries".to_string(), json!([]))]
    );
    let traces: Vec<&Value> =
        streamed.iter().filter_map(|event| event.pointer("/flowTraceEvent/trace")).collect();
    let condition = traces.iter().find_map(|trace| trace.get("conditionNodeResultTrace")).unwrap();
    assert_eq!(condition["nodeName"], "Route");
    assert_eq!(condition["satisfiedConditions"], json!([{"conditionName": "default"}]));
    assert!(traces.iter().any(|trace| trace.pointer("/nodeInputTrace/nodeName") == Some(&json!("Echo"))));

    // Unknown flows and aliases, and an input node that is not the flow's.
    api.invoke("ABCDEFGHIJ", &alias_id, &other, false).expect_one_line_error(254, "ABCDEFGHIJ not found");
    api.invoke(&flow, "NOALIAS123", &other, false).expect_one_line_error(254, "NOALIAS123");
    let wrong = api.runtime(&[
        "invoke-flow",
        "--flow-identifier",
        &flow,
        "--flow-alias-identifier",
        &alias_id,
        "--inputs",
        r#"[{"nodeName":"Begin","content":{"document":"x"}}]"#,
    ]);
    wrong.expect_one_line_error(254, "no Input node named Begin");

    // Changing the draft makes it NotPrepared again; the version the alias runs still answers.
    let updated = api.agent(&[
        "update-flow",
        "--flow-identifier",
        &flow,
        "--name",
        "triage",
        "--execution-role-arn",
        ROLE,
        "--definition",
        &definition.to_string(),
    ]);
    updated.expect_code(0);
    assert_eq!(updated.json()["status"], "NotPrepared");
    api.invoke(&flow, "TSTALIASID", &other, false).expect_one_line_error(254, "NotPrepared");
    api.invoke(&flow, &alias_id, &other, false).expect_code(0);
}

#[test]
fn bad_definitions_are_named_in_validations_and_fail_preparation() {
    let emulator = Emulator::with_args(&["--job-seconds", "0"]);
    let sandbox = Sandbox::new();
    let api = Api { sandbox: &sandbox, emulator: &emulator };
    let bad = json!({
        "nodes": [
            {"name": "Start", "type": "Input", "configuration": {"input": {}},
             "outputs": [{"name": "document", "type": "String"}]},
            {"name": "Check", "type": "Condition",
             "configuration": {"condition": {"conditions": [{"name": "yes", "expression": "answer =="}]}},
             "inputs": [{"name": "answer", "type": "String", "expression": "$.data"}]},
            {"name": "Stray", "type": "Prompt",
             "configuration": {"prompt": {"sourceConfiguration": {"inline": {
                 "templateType": "TEXT", "modelId": MODEL,
                 "templateConfiguration": {"text": {"text": "Say {{word}}"}}}}}},
             "inputs": [{"name": "word", "type": "String", "expression": "$.data"}],
             "outputs": [{"name": "modelCompletion", "type": "String"}]},
            output("End", "String"),
        ],
        "connections": [
            data("check", "Start", "document", "Check", "answer"),
            data("out", "Start", "document", "End", "document"),
            data("ghost", "Nobody", "document", "End", "document"),
        ],
    });
    let validated = api.agent(&["validate-flow-definition", "--definition", &bad.to_string()]);
    validated.expect_code(0);
    let validations = validated.json()["validations"].as_array().unwrap().clone();
    let find = |kind: &str| {
        validations
            .iter()
            .find(|validation| validation["type"] == kind)
            .unwrap_or_else(|| panic!("no {kind} in {validations:#?}"))
            .clone()
    };
    let source = find("UnknownConnectionSource");
    assert!(source["message"].as_str().unwrap().contains("ghost"), "{source}");
    assert!(source["message"].as_str().unwrap().contains("Nobody"), "{source}");
    assert_eq!(source["details"], json!({"unknownConnectionSource": {"connection": "ghost"}}));
    assert_eq!(source["severity"], "Error");
    assert_eq!(
        find("MalformedConditionExpression")["details"]["malformedConditionExpression"]["condition"],
        "yes"
    );
    assert_eq!(
        find("MissingDefaultCondition")["details"],
        json!({"missingDefaultCondition": {"node": "Check"}})
    );
    assert_eq!(find("UnreachableNode")["details"], json!({"unreachableNode": {"node": "Stray"}}));
    assert_eq!(
        find("UnfulfilledNodeInput")["details"],
        json!({"unfulfilledNodeInput": {"node": "Stray", "input": "word"}})
    );
    assert_eq!(
        find("MultipleNodeInputConnections")["details"],
        json!({"multipleNodeInputConnections": {"node": "End", "input": "document"}})
    );

    let empty = api.agent(&["validate-flow-definition", "--definition", r#"{"nodes":[],"connections":[]}"#]);
    empty.expect_code(0);
    let kinds: Vec<Value> = empty.json()["validations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|validation| validation["type"].clone())
        .collect();
    assert_eq!(kinds, [json!("MissingStartingNodes"), json!("MissingEndingNodes")]);

    // Preparing it fails, and GetFlow keeps the reasons; the draft cannot be invoked.
    let flow = api.create("broken", &bad);
    let prepared = api.agent(&["prepare-flow", "--flow-identifier", &flow]);
    prepared.expect_code(0);
    assert_eq!(prepared.json()["status"], "Failed");
    let got = api.status(&flow);
    assert_eq!(got["status"], "Failed");
    assert!(
        got["validations"]
            .as_array()
            .unwrap()
            .iter()
            .any(|validation| validation["type"] == "UnknownConnectionSource")
    );
    api.invoke(&flow, "TSTALIASID", &json!("hi"), false).expect_one_line_error(254, "Failed");
    api.agent(&["prepare-flow", "--flow-identifier", "ZZZZZZZZZZ"]).expect_one_line_error(254, "ZZZZZZZZZZ");
}

#[test]
fn boto3_creates_prepares_aliases_and_invokes_a_flow_reading_its_event_stream() {
    let Some(python) = crate::boto3::python() else { return };
    let emulator = Emulator::with_args(&["--job-seconds", "0.2"]);
    crate::boto3::run_script(python, "boto3_flows.py", &[&emulator.url]);
}

/// A Prompt node answers what Converse answers for the same filled prompt: inline, and from
/// Prompt management by a prompt version's ARN.
#[test]
fn prompt_nodes_answer_as_converse_answers_the_filled_prompt() {
    let emulator = Emulator::with_args(&["--job-seconds", "0"]);
    let sandbox = Sandbox::new();
    let api = Api { sandbox: &sandbox, emulator: &emulator };
    let variants = json!([{"name": "v1", "templateType": "TEXT", "modelId": MODEL,
        "templateConfiguration": {"text": {"text": "Tell me about {{topic}} in one line.", "inputVariables": [{"name": "topic"}]}},
        "inferenceConfiguration": {"text": {"maxTokens": 20}}}]);
    let created = api.agent(&[
        "create-prompt",
        "--name",
        "about",
        "--default-variant",
        "v1",
        "--variants",
        &variants.to_string(),
    ]);
    created.expect_code(0);
    let prompt = created.json()["id"].as_str().unwrap().to_string();
    let version = api.agent(&["create-prompt-version", "--prompt-identifier", &prompt]);
    version.expect_code(0);
    let prompt_arn = version.json()["arn"].as_str().unwrap().to_string();

    let prompt_node = |name: &str, source: Value| {
        json!({"name": name, "type": "Prompt", "configuration": {"prompt": {"sourceConfiguration": source}},
               "inputs": [{"name": "topic", "type": "String", "expression": "$.data"}],
               "outputs": [{"name": "modelCompletion", "type": "String"}]})
    };
    let definition = json!({
        "nodes": [
            {"name": "Start", "type": "Input", "configuration": {"input": {}},
             "outputs": [{"name": "document", "type": "String"}]},
            prompt_node("Inline", json!({"inline": {"templateType": "TEXT", "modelId": MODEL,
                "templateConfiguration": {"text": {"text": "Tell me about {{topic}} in one line."}},
                "inferenceConfiguration": {"text": {"maxTokens": 20}}}})),
            prompt_node("Managed", json!({"resource": {"promptArn": prompt_arn}})),
            output("InlineAnswer", "String"),
            output("ManagedAnswer", "String"),
        ],
        "connections": [
            data("inline", "Start", "document", "Inline", "topic"),
            data("managed", "Start", "document", "Managed", "topic"),
            data("inlineOut", "Inline", "modelCompletion", "InlineAnswer", "document"),
            data("managedOut", "Managed", "modelCompletion", "ManagedAnswer", "document"),
        ],
    });
    let flow = api.create("prompts", &definition);
    assert_eq!(api.prepare(&flow)["status"], "Prepared");
    let invoked = api.invoke(&flow, "TSTALIASID", &json!("otters"), false);
    invoked.expect_code(0);
    let answers: std::collections::HashMap<String, Value> =
        outputs(&events(&invoked.stdout)).into_iter().collect();

    let converse = run(sandbox.against(&emulator).args([
        "-o",
        "json",
        "api",
        "bedrock-runtime",
        "converse",
        "--model-id",
        MODEL,
        "--messages",
        r#"[{"role":"user","content":[{"text":"Tell me about otters in one line."}]}]"#,
        "--inference-config",
        "maxTokens=20",
    ]));
    converse.expect_code(0);
    let expected = &converse.json()["output"]["message"]["content"][0]["text"];
    assert!(expected.as_str().is_some_and(|text| !text.is_empty()), "{}", converse.stdout);
    assert_eq!(&answers["InlineAnswer"], expected, "{}", invoked.stdout);
    assert_eq!(&answers["ManagedAnswer"], expected, "{}", invoked.stdout);
}
