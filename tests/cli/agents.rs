//! Agents end to end: an agent with a RETURN_CONTROL action group and a knowledge base,
//! prepared, aliased and invoked (knowledge-base answers with sources, return of control
//! answered by a local command, traces, sessions), the bad inputs, and the AWS CLI reading the
//! bedrock-agent documents of the emulator.

use std::path::PathBuf;
use std::process::Command;

use serde_json::Value;

use crate::awscli::{aws, aws_cli};
use crate::knowledge_bases::{emulator_over, ingested, s3_root};
use crate::support::{ACCESS_KEY, Emulator, SECRET_KEY, Sandbox, run};

const INSTRUCTION: &str =
    "You are the company assistant. Answer questions about the company and its weather.";

fn fixture(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/knowledge")
        .join(name)
        .display()
        .to_string()
}

fn create_agent(sandbox: &Sandbox, emulator: &Emulator) -> String {
    create_agent_with(sandbox, emulator, &[])
}

fn create_agent_with(sandbox: &Sandbox, emulator: &Emulator, extra: &[&str]) -> String {
    let created = run(sandbox
        .against(emulator)
        .args([
            "agents",
            "create",
            "--name",
            "assistant",
            "--model",
            "claude-3-haiku",
            "--role-arn",
            "arn:aws:iam::123456789012:role/agent-role",
            "--instruction",
            INSTRUCTION,
        ])
        .args(extra));
    created.expect_code(0);
    let agent = created.json()["agent"].clone();
    assert_eq!(agent["agentStatus"], "NOT_PREPARED");
    agent["agentId"].as_str().unwrap().to_string()
}

/// An agent with the weather action group (RETURN_CONTROL) and the test knowledge base,
/// prepared and aliased: (agent, alias).
fn ready_agent(sandbox: &Sandbox, emulator: &Emulator, kb: &str) -> (String, String) {
    let overrides = fixture("prompt-overrides.yaml");
    let agent = create_agent_with(sandbox, emulator, &["--prompt-overrides", &overrides]);
    run(sandbox.against(emulator).args([
        "action-groups",
        "create",
        "--agent",
        &agent,
        "--name",
        "weather",
        "--function-schema",
        &fixture("weather-functions.json"),
        "--return-control",
    ]))
    .expect_code(0);
    run(sandbox.against(emulator).args([
        "agents",
        "associate-knowledge-base",
        &agent,
        "--knowledge-base",
        kb,
        "--description",
        "Company documents",
    ]))
    .expect_code(0);

    // Not prepared yet: the test alias refuses.
    let early = run(sandbox.against(emulator).args(["invoke-agent", &agent, "TSTALIASID", "hello"]));
    early.expect_one_line_error(254, "ValidationException");
    assert!(
        early.stderr.contains("NOT_PREPARED") && early.stderr.contains("PrepareAgent"),
        "{}",
        early.stderr
    );

    let prepared =
        run(sandbox.against(emulator).args(["agents", "prepare", &agent, "--wait", "--timeout", "30"]));
    prepared.expect_code(0);
    assert_eq!(prepared.json()["agentStatus"], "PREPARED");
    let alias =
        run(sandbox.against(emulator).args(["agent-aliases", "create", "--agent", &agent, "--name", "live"]));
    alias.expect_code(0);
    let alias = alias.json()["agentAlias"].clone();
    assert_eq!(alias["routingConfiguration"][0]["agentVersion"], "1");
    (agent, alias["agentAliasId"].as_str().unwrap().to_string())
}

#[test]
fn an_agent_answers_from_its_knowledge_base_and_through_return_of_control() {
    let sandbox = Sandbox::new();
    let root = s3_root(&sandbox);
    let emulator = emulator_over(&root);
    let (kb, _, _) = ingested(&sandbox, &emulator);
    let (agent, alias) = ready_agent(&sandbox, &emulator, &kb);

    let aliases = run(sandbox.against(&emulator).args(["agent-aliases", "list", "--agent", &agent])).json();
    let ids: Vec<&str> = aliases["agentAliasSummaries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["agentAliasId"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"TSTALIASID") && ids.contains(&alias.as_str()), "{ids:?}");
    let versions = run(sandbox.against(&emulator).args(["agent-versions", "list", "--agent", &agent])).json();
    assert_eq!(versions["agentVersionSummaries"].as_array().unwrap().len(), 2, "DRAFT and 1");
    let groups = run(sandbox.against(&emulator).args([
        "action-groups",
        "list",
        "--agent",
        &agent,
        "--agent-version",
        "1",
    ]));
    assert_eq!(groups.json()["actionGroupSummaries"][0]["actionGroupName"], "weather");

    // A knowledge-base answer, cited, with the reasoning on stderr.
    let answered = run(sandbox.against(&emulator).args([
        "invoke-agent",
        &agent,
        &alias,
        "What is the launch code of Zephyr?",
        "--trace",
        "--session-id",
        "my-session-1",
    ]));
    answered.expect_code(0);
    assert!(answered.stdout.contains("4471.[1]"), "{}", answered.stdout);
    assert!(answered.stdout.contains("[1] s3://docs-bucket/guides/zephyr.txt"), "{}", answered.stdout);
    assert!(answered.stderr.contains("session: my-session-1"), "{}", answered.stderr);
    assert!(
        answered.stderr.contains(&format!("[orchestration] knowledge base {kb} lookup")),
        "{}",
        answered.stderr
    );
    assert!(answered.stderr.contains("[pre-processing]"), "{}", answered.stderr);
    assert!(
        answered.stderr.contains("[post-processing]"),
        "enabled by the prompt overrides: {}",
        answered.stderr
    );

    // Return of control, answered by a local command; the answer uses its result.
    let request_file = sandbox.path().join("request.json");
    let handler =
        format!("cat > '{}'; printf '{{\"forecast\": \"sunny, 21 degrees\"}}'", request_file.display());
    let weather = run(sandbox.against(&emulator).args([
        "invoke-agent",
        &agent,
        &alias,
        "What will the weather be? Use getWeather with city=Paris",
        "--on-return-control",
        &handler,
        "--trace",
    ]));
    weather.expect_code(0);
    assert!(weather.stdout.contains("sunny, 21 degrees"), "{}", weather.stdout);
    assert!(
        weather.stderr.contains("[orchestration] action weather → getWeather(city=Paris)"),
        "{}",
        weather.stderr
    );
    let request: Value = serde_json::from_str(&std::fs::read_to_string(&request_file).unwrap()).unwrap();
    let call = &request["invocationInputs"][0]["functionInvocationInput"];
    assert_eq!(call["function"], "getWeather");
    assert_eq!(call["parameters"][0]["name"], "city");
    assert_eq!(call["parameters"][0]["value"], "Paris");
    assert!(request["invocationId"].as_str().is_some_and(|id| !id.is_empty()));

    // NDJSON events with -o json.
    let events = run(sandbox.against(&emulator).args([
        "-o",
        "json",
        "invoke-agent",
        &agent,
        &alias,
        "When is lunch served?",
        "--prompt-attributes",
        r#"{"customer": "Ann Example"}"#,
        "--session-attributes",
        r#"{"tier": "gold"}"#,
    ]));
    events.expect_code(0);
    let lines: Vec<Value> = events.stdout.lines().map(|line| serde_json::from_str(line).unwrap()).collect();
    assert!(lines.iter().any(|event| event.get("trace").is_some()), "{}", events.stdout);
    let prompt = lines
        .iter()
        .find_map(|event| event.pointer("/trace/trace/orchestrationTrace/modelInvocationInput/text"))
        .and_then(Value::as_str)
        .unwrap();
    assert!(prompt.contains("Ann Example"), "prompt attributes reach the prompt: {prompt}");
    let chunk = lines.iter().find_map(|event| event.get("chunk")).unwrap();
    assert!(chunk["text"].as_str().unwrap().contains("noon"));
    assert_eq!(
        chunk["attribution"]["citations"][0]["retrievedReferences"][0]["location"]["s3Location"]["uri"],
        "s3://docs-bucket/guides/office.md"
    );

    // Without a handler: the invocation inputs on stdout, exit code 3, then the results later.
    let returned = run(sandbox.against(&emulator).args([
        "invoke-agent",
        &agent,
        &alias,
        "getWeather city=Oslo",
        "--session-id",
        "waiting-session",
    ]));
    returned.expect_code(3);
    let payload = returned.json();
    assert_eq!(payload["invocationInputs"][0]["functionInvocationInput"]["parameters"][0]["value"], "Oslo");
    let results = sandbox.path().join("results.json");
    std::fs::write(
        &results,
        serde_json::json!({
            "invocationId": payload["invocationId"],
            "returnControlInvocationResults": [{"functionResult": {
                "actionGroup": "weather", "function": "getWeather",
                "responseBody": {"TEXT": {"body": "snowing in Oslo"}}
            }}]
        })
        .to_string(),
    )
    .unwrap();
    let resumed = run(sandbox.against(&emulator).args([
        "invoke-agent",
        &agent,
        &alias,
        "--session-id",
        "waiting-session",
        "--return-control-results",
        &format!("@{}", results.display()),
    ]));
    resumed.expect_code(0);
    assert!(resumed.stdout.contains("snowing in Oslo"), "{}", resumed.stdout);
    // The session has nothing pending any more.
    run(sandbox.against(&emulator).args([
        "invoke-agent",
        &agent,
        &alias,
        "--session-id",
        "waiting-session",
        "--return-control-results",
        &format!("@{}", results.display()),
    ]))
    .expect_one_line_error(254, "no pending return of control");

    // A failing handler and one that prints something else than JSON.
    let failing = run(sandbox.against(&emulator).args([
        "invoke-agent",
        &agent,
        &alias,
        "getWeather city=Rome",
        "--on-return-control",
        "echo 'weather service down' >&2; exit 7",
    ]));
    failing.expect_code(252);
    assert!(
        failing.stderr.contains("error: usage: --on-return-control: `echo 'weather service down' >&2; exit 7` exited with status 7: weather service down"),
        "{}",
        failing.stderr
    );
    assert!(failing.stderr.contains("hint: the agent is still waiting"), "{}", failing.stderr);
    let silent = run(sandbox.against(&emulator).args([
        "invoke-agent",
        &agent,
        &alias,
        "getWeather city=Rome",
        "--on-return-control",
        "echo sunny",
    ]));
    silent.expect_code(252);
    assert!(silent.stderr.contains("the output of `echo sunny` is not JSON"), "{}", silent.stderr);
}

#[test]
fn an_inline_agent_answers_from_its_knowledge_base_and_through_return_of_control() {
    let sandbox = Sandbox::new();
    let root = s3_root(&sandbox);
    let emulator = emulator_over(&root);
    let (kb, _, _) = ingested(&sandbox, &emulator);
    let inline = |extra: &[&str]| {
        let mut command = sandbox.against(&emulator);
        command.args([
            "invoke-inline-agent",
            "--model",
            "claude-3-haiku",
            "--instruction",
            "You answer questions about launches and the weather, briefly and precisely.",
        ]);
        command.args(extra);
        run(&mut command)
    };
    let knowledge_base = format!("{kb}=Launch documents");

    // A knowledge-base answer, cited, with the reasoning on stderr.
    let answered = inline(&[
        "--knowledge-base",
        &knowledge_base,
        "What is the launch code of Zephyr?",
        "--trace",
        "--session-id",
        "inline-1",
    ]);
    answered.expect_code(0);
    assert!(answered.stdout.contains("4471.[1]"), "{}", answered.stdout);
    assert!(answered.stdout.contains("[1] s3://docs-bucket/guides/zephyr.txt"), "{}", answered.stdout);
    assert!(answered.stderr.contains("session: inline-1"), "{}", answered.stderr);
    assert!(
        answered.stderr.contains(&format!("[orchestration] knowledge base {kb} lookup")),
        "{}",
        answered.stderr
    );

    // The agent's own tools, answered by a local command.
    let groups = sandbox.path().join("groups.json");
    std::fs::write(
        &groups,
        serde_json::json!([{
            "actionGroupName": "weather",
            "actionGroupExecutor": {"customControl": "RETURN_CONTROL"},
            "functionSchema": {"functions": [{
                "name": "getWeather",
                "description": "The weather forecast of a city",
                "parameters": {"city": {"type": "string", "required": true}}
            }]}
        }])
        .to_string(),
    )
    .unwrap();
    let groups_flag = format!("@{}", groups.display());
    let request_file = sandbox.path().join("inline-request.json");
    let handler = format!("cat > '{}'; printf '{{\"forecast\": \"hail in Lyon\"}}'", request_file.display());
    let weather =
        inline(&["--action-groups", &groups_flag, "getWeather city=Lyon", "--on-return-control", &handler]);
    weather.expect_code(0);
    assert!(weather.stdout.contains("hail in Lyon"), "{}", weather.stdout);
    let request: Value = serde_json::from_str(&std::fs::read_to_string(&request_file).unwrap()).unwrap();
    let call = &request["invocationInputs"][0]["functionInvocationInput"];
    assert_eq!(
        (call["function"].as_str(), call["parameters"][0]["value"].as_str()),
        (Some("getWeather"), Some("Lyon"))
    );

    // NDJSON events as the service sends them; a chunk's bytes as text.
    let events =
        inline(&["-o", "json", "--knowledge-base", &knowledge_base, "What is the launch code of Zephyr?"]);
    events.expect_code(0);
    let lines: Vec<Value> = events.stdout.lines().map(|line| serde_json::from_str(line).unwrap()).collect();
    let trace = lines.iter().find_map(|event| event.get("trace")).expect("a trace event");
    assert!(trace["sessionId"].as_str().is_some() && trace.get("agentId").is_none(), "{trace}");
    let chunk = lines.iter().find_map(|event| event.get("chunk")).unwrap();
    assert!(chunk["text"].as_str().unwrap().contains("4471"), "{chunk}");
    assert!(chunk["attribution"]["citations"][0]["retrievedReferences"][0].is_object(), "{chunk}");

    // Without a handler: the invocation inputs and exit code 3, then the results later.
    let returned =
        inline(&["--action-groups", &groups_flag, "getWeather city=Oslo", "--session-id", "inline-wait"]);
    returned.expect_code(3);
    let payload = returned.json();
    let results = serde_json::json!({
        "invocationId": payload["invocationId"],
        "returnControlInvocationResults": [{"functionResult": {
            "actionGroup": "weather", "function": "getWeather",
            "responseBody": {"TEXT": {"body": "fog over Oslo"}}
        }}]
    })
    .to_string();
    let resumed = inline(&[
        "--action-groups",
        &groups_flag,
        "--session-id",
        "inline-wait",
        "--return-control-results",
        &results,
    ]);
    resumed.expect_code(0);
    assert!(resumed.stdout.contains("fog over Oslo"), "{}", resumed.stdout);

    // Bad input: refused before anything is sent, or the service's own error.
    inline(&["--knowledge-base", &kb, "Hi"]).expect_one_line_error(252, "expected ID=DESCRIPTION");
    inline(&["--action-groups", "{\"actionGroupName\": \"x\"}", "Hi"])
        .expect_one_line_error(252, "--action-groups must be a JSON list");
    inline(&["--request", "{\"sessionId\": \"x\"}", "Hi"]).expect_one_line_error(252, "sessionId is set by");
    inline(&["--request", "[1]", "Hi"]).expect_one_line_error(252, "--request must be a JSON object");
    inline(&["--knowledge-base", "NOSUCHKB00=Nothing", "Hi"]).expect_one_line_error(254, "NOSUCHKB00");
    let mut without_instruction = sandbox.against(&emulator);
    without_instruction.args(["invoke-inline-agent", "--model", "claude-3-haiku", "Hi"]);
    run(&mut without_instruction).expect_code(252);
}

#[test]
fn malformed_schemas_and_unknown_ids_are_clear_errors() {
    let sandbox = Sandbox::new();
    let emulator = Emulator::with_args(&["--job-seconds", "0"]);
    let agent = create_agent(&sandbox, &emulator);
    let broken = run(sandbox.against(&emulator).args([
        "action-groups",
        "create",
        "--agent",
        &agent,
        "--name",
        "weather",
        "--api-schema",
        &fixture("broken-openapi.yaml"),
        "--return-control",
    ]));
    broken.expect_one_line_error(252, "paths./weather.get.responses: missing");
    let bad_json = sandbox.path().join("bad.json");
    std::fs::write(&bad_json, "{\"openapi\": \"3.0.0\",\n \"paths\": {\n").unwrap();
    run(sandbox.against(&emulator).args([
        "action-groups",
        "create",
        "--agent",
        &agent,
        "--name",
        "weather",
        "--api-schema",
        bad_json.to_str().unwrap(),
        "--return-control",
    ]))
    .expect_one_line_error(252, "line 3");
    run(sandbox.against(&emulator).args([
        "action-groups",
        "create",
        "--agent",
        &agent,
        "--name",
        "weather",
        "--function-schema",
        &fixture("weather-functions.json"),
    ]))
    .expect_one_line_error(252, "--return-control");

    // A valid OpenAPI schema: naming its operation returns control with an API invocation.
    let schema = sandbox.path().join("orders.yaml");
    std::fs::write(
        &schema,
        "openapi: 3.0.0\ninfo:\n  title: Orders\n  version: '1'\npaths:\n  /orders/{orderId}:\n    get:\n      operationId: getOrder\n      description: One order\n      parameters:\n        - name: orderId\n          in: path\n          required: true\n          schema:\n            type: string\n      responses:\n        '200':\n          description: The order\n",
    )
    .unwrap();
    run(sandbox.against(&emulator).args([
        "action-groups",
        "create",
        "--agent",
        &agent,
        "--name",
        "orders",
        "--api-schema",
        schema.to_str().unwrap(),
        "--return-control",
    ]))
    .expect_code(0);
    run(sandbox.against(&emulator).args(["agents", "prepare", &agent, "--wait"])).expect_code(0);
    let returned = run(sandbox.against(&emulator).args([
        "invoke-agent",
        &agent,
        "TSTALIASID",
        "Please getOrder orderId=42",
    ]));
    returned.expect_code(3);
    let call = &returned.json()["invocationInputs"][0]["apiInvocationInput"];
    assert_eq!(call["apiPath"], "/orders/{orderId}");
    assert_eq!(call["httpMethod"], "GET");
    assert_eq!(call["parameters"][0]["value"], "42");

    // Post-processing is off unless a prompt override enables it.
    let traced = run(sandbox.against(&emulator).args([
        "invoke-agent",
        &agent,
        "TSTALIASID",
        "hello there",
        "--trace",
    ]));
    traced.expect_code(0);
    assert!(
        traced.stderr.contains("[pre-processing]") && !traced.stderr.contains("[post-processing]"),
        "{}",
        traced.stderr
    );
    let bad_overrides = sandbox.path().join("overrides.json");
    std::fs::write(
        &bad_overrides,
        r#"{"promptConfigurations": [{"promptType": "PRE_PROCESSING", "promptState": "MAYBE"}]}"#,
    )
    .unwrap();
    run(sandbox.against(&emulator).args([
        "agents",
        "update",
        &agent,
        "--prompt-overrides",
        bad_overrides.to_str().unwrap(),
    ]))
    .expect_one_line_error(252, "promptConfigurations[0].promptState");
    run(sandbox.against(&emulator).args([
        "agent-aliases",
        "delete",
        "TSTALIASID",
        "--agent",
        &agent,
        "--yes",
    ]))
    .expect_one_line_error(254, "TSTALIASID");

    run(sandbox.against(&emulator).args(["agents", "get", "NOSUCHAGNT"]))
        .expect_one_line_error(254, "ResourceNotFoundException");
    run(sandbox.against(&emulator).args(["invoke-agent", "NOSUCHAGNT", "TSTALIASID", "hi"]))
        .expect_one_line_error(254, "ResourceNotFoundException");
    run(sandbox.against(&emulator).args(["invoke-agent", &agent, "NOSUCHALIA", "hi"]))
        .expect_one_line_error(254, "ResourceNotFoundException");
    run(sandbox.against(&emulator).args([
        "agents",
        "associate-knowledge-base",
        &agent,
        "--knowledge-base",
        "NOSUCHKB00",
        "--description",
        "x",
    ]))
    .expect_one_line_error(254, "ResourceNotFoundException");
    // An alias needs a prepared agent; a changed draft must be prepared again.
    run(sandbox.against(&emulator).args(["agents", "update", &agent, "--description", "changed"]))
        .expect_code(0);
    run(sandbox.against(&emulator).args(["agent-aliases", "create", "--agent", &agent, "--name", "live"]))
        .expect_one_line_error(254, "not prepared");
    run(sandbox.against(&emulator).args(["agents", "delete", &agent, "--yes"])).expect_code(0);
    run(sandbox.against(&emulator).args(["agents", "get", &agent]))
        .expect_one_line_error(254, "ResourceNotFoundException");
}

#[test]
fn the_aws_cli_reads_knowledge_bases_and_agents() {
    if aws_cli().is_none() {
        return;
    }
    let sandbox = Sandbox::new();
    let root = s3_root(&sandbox);
    let emulator = emulator_over(&root);
    let (kb, ds, _) = ingested(&sandbox, &emulator);
    let agent = create_agent(&sandbox, &emulator);

    let theirs = aws(&sandbox, &emulator, &["bedrock-agent", "list-knowledge-bases"]);
    theirs.expect_code(0);
    let ours = run(sandbox.against(&emulator).args(["-o", "json", "knowledge-bases", "list"]));
    assert_eq!(ours.json(), theirs.json());

    let theirs = aws(&sandbox, &emulator, &["bedrock-agent", "get-agent", "--agent-id", &agent]);
    theirs.expect_code(0);
    let ours = run(sandbox.against(&emulator).args(["-o", "json", "agents", "get", &agent]));
    assert_eq!(ours.json(), theirs.json());
    assert_eq!(theirs.json()["agent"]["agentStatus"], "NOT_PREPARED");

    let theirs = aws(
        &sandbox,
        &emulator,
        &["bedrock-agent", "get-data-source", "--knowledge-base-id", &kb, "--data-source-id", &ds],
    );
    theirs.expect_code(0);
    assert_eq!(
        theirs.json()["dataSource"]["dataSourceConfiguration"]["s3Configuration"]["inclusionPrefixes"][0],
        "guides/"
    );
    let aliases = aws(&sandbox, &emulator, &["bedrock-agent", "list-agent-aliases", "--agent-id", &agent]);
    aliases.expect_code(0);
    assert_eq!(aliases.json()["agentAliasSummaries"][0]["agentAliasId"], "TSTALIASID");
    let retrieved = aws(
        &sandbox,
        &emulator,
        &[
            "bedrock-agent-runtime",
            "retrieve",
            "--knowledge-base-id",
            &kb,
            "--retrieval-query",
            "text=launch code Zephyr",
        ],
    );
    retrieved.expect_code(0);
    assert_eq!(
        retrieved.json()["retrievalResults"][0]["location"]["s3Location"]["uri"],
        "s3://docs-bucket/guides/zephyr.txt"
    );

    let missing = aws(&sandbox, &emulator, &["bedrock-agent", "get-agent", "--agent-id", "NOSUCHAGNT"]);
    assert!(missing.code == 254 || missing.code == 255, "{}", missing.stderr);
    assert!(missing.stderr.contains("(ResourceNotFoundException)"), "{}", missing.stderr);
}

#[test]
fn boto3_reads_the_agent_event_stream_and_knowledge_base_answers() {
    if aws_cli().is_none() {
        return;
    }
    let sandbox = Sandbox::new();
    let root = s3_root(&sandbox);
    let emulator = emulator_over(&root);
    let (kb, _, _) = ingested(&sandbox, &emulator);
    let (agent, alias) = ready_agent(&sandbox, &emulator, &kb);
    let result = python_script(&sandbox, "boto3_agents.py", &[&emulator.url, &kb, &agent, &alias]);
    assert_eq!(
        result.code, 0,
        "boto3_agents.py failed\nstdout: {}\nstderr: {}",
        result.stdout, result.stderr
    );
    assert!(result.stdout.starts_with("ok: "), "{}", result.stdout);
}

/// A script of tests/python run by the project's venv against the emulator.
fn python_script(sandbox: &Sandbox, script: &str, args: &[&str]) -> crate::support::Run {
    let python = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".venv").join("bin").join("python");
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests").join("python").join(script);
    let mut command = Command::new(python);
    command
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", sandbox.path())
        .env("AWS_CONFIG_FILE", sandbox.path().join("aws-config"))
        .env("AWS_SHARED_CREDENTIALS_FILE", sandbox.path().join("aws-credentials"))
        .env("AWS_EC2_METADATA_DISABLED", "true")
        .env("AWS_ACCESS_KEY_ID", ACCESS_KEY)
        .env("AWS_SECRET_ACCESS_KEY", SECRET_KEY)
        .arg(script)
        .args(args);
    run(&mut command)
}

#[test]
fn boto3_associates_collaborators_and_invokes_a_supervisor() {
    let sandbox = Sandbox::new();
    let root = s3_root(&sandbox);
    let emulator = emulator_over(&root);
    let (kb, _, _) = ingested(&sandbox, &emulator);
    let result = python_script(&sandbox, "boto3_collaborators.py", &[&emulator.url, &kb]);
    assert_eq!(
        result.code, 0,
        "boto3_collaborators.py failed\nstdout: {}\nstderr: {}",
        result.stdout, result.stderr
    );
    assert!(result.stdout.starts_with("ok: "), "{}", result.stdout);
}

#[test]
fn agent_lists_are_fetched_page_by_page() {
    let sandbox = Sandbox::new();
    let emulator = Emulator::start();
    for name in ["alpha", "bravo", "charlie"] {
        run(sandbox.against(&emulator).args([
            "agents",
            "create",
            "--name",
            name,
            "--model",
            "claude-3-haiku",
        ]))
        .expect_code(0);
    }
    let all = run(sandbox.against(&emulator).args(["--page-size", "1", "agents", "list"]));
    all.expect_code(0);
    let names: Vec<String> = all.json()["agentSummaries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|summary| summary["agentName"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(names, ["alpha", "bravo", "charlie"]);
    let first =
        run(sandbox.against(&emulator).args(["--page-size", "1", "--max-items", "2", "agents", "list"]));
    let document = first.json();
    assert_eq!(document["agentSummaries"].as_array().unwrap().len(), 2);
    let token = document["nextToken"].as_str().unwrap().to_string();
    let rest = run(sandbox.against(&emulator).args(["--starting-token", &token, "agents", "list"]));
    assert_eq!(rest.json()["agentSummaries"][0]["agentName"], "charlie");
    assert!(rest.json().get("nextToken").is_none());
}

#[test]
fn tags_of_new_resources_are_kept_by_arn_for_the_tag_apis() {
    let sandbox = Sandbox::new();
    let state = sandbox.path().join("state.json");
    let emulator = Emulator::with_args(&["--state", state.to_str().unwrap()]);
    let agent = run(sandbox.against(&emulator).args([
        "agents",
        "create",
        "--name",
        "tagged",
        "--model",
        "claude-3-haiku",
        "--tags",
        "team=support",
        "--tags",
        "stage=dev",
    ]));
    agent.expect_code(0);
    let arn = agent.json()["agent"]["agentArn"].as_str().unwrap().to_string();
    let kb = run(sandbox.against(&emulator).args([
        "knowledge-bases",
        "create",
        "--name",
        "tagged",
        "--role-arn",
        "arn:aws:iam::123456789012:role/kb",
        "--opensearch-serverless",
        "arn:aws:aoss:us-east-1:123456789012:collection/x",
        "--tags",
        "team=docs",
    ]));
    let kb_arn = kb.json()["knowledgeBase"]["knowledgeBaseArn"].as_str().unwrap().to_string();
    let export = || run(sandbox.command().args(["emulator", "--export-state", "--state"]).arg(&state)).json();
    let saved = export();
    let tags = &saved["collections"]["tags"];
    assert_eq!(tags[&arn], serde_json::json!({"team": "support", "stage": "dev"}));
    assert_eq!(tags[&kb_arn], serde_json::json!({"team": "docs"}));
    run(sandbox.against(&emulator).args(["agents", "delete", "--yes", arn.rsplit('/').next().unwrap()]))
        .expect_code(0);
    let saved = export();
    assert!(saved["collections"]["tags"].get(&arn).is_none(), "a deleted resource's tags go with it");
}

#[test]
fn curated_agent_side_reads_print_what_bedrock_api_prints() {
    let sandbox = Sandbox::new();
    let root = s3_root(&sandbox);
    let emulator = emulator_over(&root);
    let (kb, ds, job) = ingested(&sandbox, &emulator);
    let job = job["ingestionJob"]["ingestionJobId"].as_str().unwrap().to_string();
    let agent = create_agent(&sandbox, &emulator);
    let parents = ["--knowledge-base", kb.as_str(), "--data-source", ds.as_str()];
    // (curated command, the same operation through `bedrock api bedrock-agent`)
    let cases: Vec<(Vec<&str>, Vec<&str>)> = vec![
        (vec!["agents", "list"], vec!["list-agents"]),
        (vec!["agents", "get", &agent], vec!["get-agent", "--agent-id", &agent]),
        (vec!["agent-aliases", "list", "--agent", &agent], vec!["list-agent-aliases", "--agent-id", &agent]),
        (
            vec!["agent-versions", "list", "--agent", &agent],
            vec!["list-agent-versions", "--agent-id", &agent],
        ),
        (
            vec!["agents", "knowledge-bases", &agent],
            vec!["list-agent-knowledge-bases", "--agent-id", &agent, "--agent-version", "DRAFT"],
        ),
        (vec!["knowledge-bases", "list"], vec!["list-knowledge-bases"]),
        (vec!["knowledge-bases", "get", &kb], vec!["get-knowledge-base", "--knowledge-base-id", &kb]),
        (
            vec!["data-sources", "get", &ds, "--knowledge-base", &kb],
            vec!["get-data-source", "--knowledge-base-id", &kb, "--data-source-id", &ds],
        ),
        (
            [&["ingestion-jobs", "list"][..], &parents[..]].concat(),
            vec!["list-ingestion-jobs", "--knowledge-base-id", &kb, "--data-source-id", &ds],
        ),
        (
            [&["ingestion-jobs", "get", job.as_str()][..], &parents[..]].concat(),
            vec![
                "get-ingestion-job",
                "--knowledge-base-id",
                &kb,
                "--data-source-id",
                &ds,
                "--ingestion-job-id",
                &job,
            ],
        ),
    ];
    for (curated, api) in cases {
        let ours = run(sandbox.against(&emulator).args(["-o", "json"]).args(&curated));
        ours.expect_code(0);
        let theirs = run(sandbox.against(&emulator).args(["-o", "json", "api", "bedrock-agent"]).args(&api));
        theirs.expect_code(0);
        assert_eq!(ours.json(), theirs.json(), "{curated:?} against {api:?}");
    }
}

/// Agent sessions: a session, its invocation and its steps, with UUIDs for ids, the steps read
/// back with their payloads; an ended session keeps its content but takes nothing more.
#[test]
fn sessions_keep_invocation_steps_until_they_end() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let api = |args: &[&str]| {
        run(sandbox.against(&emulator).args(["-o", "json", "api", "bedrock-agent-runtime"]).args(args))
    };
    let session = api(&["create-session"]);
    session.expect_code(0);
    let session_id = session.json()["sessionId"].as_str().unwrap().to_string();
    let is_uuid = |text: &str| {
        text.len() == 36
            && text.as_bytes()[14] == b'4'
            && text.split('-').map(str::len).collect::<Vec<_>>() == [8, 4, 4, 4, 12]
    };
    assert!(is_uuid(&session_id), "{session_id}");
    let invocation = api(&["create-invocation", "--session-identifier", &session_id]);
    invocation.expect_code(0);
    let invocation_id = invocation.json()["invocationId"].as_str().unwrap().to_string();
    assert!(is_uuid(&invocation_id) && invocation_id != session_id, "{invocation_id}");
    let step = |text: &str| {
        api(&[
            "put-invocation-step",
            "--session-identifier",
            &session_id,
            "--invocation-identifier",
            &invocation_id,
            "--invocation-step-time",
            "2026-12-03T10:00:00Z",
            "--payload",
            &format!("contentBlocks=[{{text={text}}}]"),
        ])
    };
    let first = step("hello");
    first.expect_code(0);
    let first_id = first.json()["invocationStepId"].as_str().unwrap().to_string();
    step("again").expect_code(0);
    let steps = api(&["list-invocation-steps", "--session-identifier", &session_id]);
    steps.expect_code(0);
    assert_eq!(steps.json()["invocationStepSummaries"].as_array().unwrap().len(), 2, "{}", steps.stdout);
    let read = api(&[
        "get-invocation-step",
        "--session-identifier",
        &session_id,
        "--invocation-identifier",
        &invocation_id,
        "--invocation-step-id",
        &first_id,
    ]);
    read.expect_code(0);
    assert_eq!(read.json()["invocationStep"]["payload"]["contentBlocks"][0]["text"], "hello");
    let ended = api(&["end-session", "--session-identifier", &session_id]);
    ended.expect_code(0);
    assert_eq!(ended.json()["sessionStatus"], "ENDED");
    step("late").expect_one_line_error(254, "has ended");
    api(&["create-invocation", "--session-identifier", &session_id]).expect_one_line_error(254, "has ended");
    // Its content is still there.
    let steps = api(&["list-invocation-steps", "--session-identifier", &session_id]);
    assert_eq!(steps.json()["invocationStepSummaries"].as_array().unwrap().len(), 2);
}

/// Multi-agent collaboration: a supervisor takes another agent's alias as a collaborator
/// (through `bedrock api bedrock-agent …-agent-collaborator`), is prepared and aliased with it,
/// and hands matching questions to it: the collaborator's knowledge-base answer and its return
/// of control reach the caller, and the trace parts carry the caller chain; a router sends the
/// input straight to the collaborator; the bad inputs fail with the declared exceptions.
#[test]
fn a_supervisor_hands_questions_to_its_collaborator() {
    let sandbox = Sandbox::new();
    let root = s3_root(&sandbox);
    let emulator = emulator_over(&root);
    let (kb, _, _) = ingested(&sandbox, &emulator);
    let (collaborator, collaborator_alias) = ready_agent(&sandbox, &emulator, &kb);
    let api = |args: &[&str]| {
        run(sandbox.against(&emulator).args(["-o", "json", "api", "bedrock-agent"]).args(args))
    };
    let alias_arn =
        api(&["get-agent-alias", "--agent-id", &collaborator, "--agent-alias-id", &collaborator_alias])
            .json()["agentAlias"]["agentAliasArn"]
            .as_str()
            .unwrap()
            .to_string();
    let descriptor = format!("aliasArn={alias_arn}");
    let instruction = "Knows the Zephyr project and its launch codes, and gets the weather of a city.";
    let create = |name: &str, collaboration: &str| {
        let created = api(&[
            "create-agent",
            "--agent-name",
            name,
            "--foundation-model",
            "anthropic.claude-3-haiku-20240307-v1:0",
            "--agent-resource-role-arn",
            "arn:aws:iam::123456789012:role/agent-role",
            "--instruction",
            "You coordinate the company's specialists and answer the user's questions.",
            "--agent-collaboration",
            collaboration,
        ]);
        created.expect_code(0);
        created.json()["agent"]["agentId"].as_str().unwrap().to_string()
    };
    let associate = |agent: &str, name: &str, descriptor: &str| {
        api(&[
            "associate-agent-collaborator",
            "--agent-id",
            agent,
            "--agent-version",
            "DRAFT",
            "--agent-descriptor",
            descriptor,
            "--collaborator-name",
            name,
            "--collaboration-instruction",
            instruction,
            "--relay-conversation-history",
            "TO_COLLABORATOR",
        ])
    };

    // Only a supervisor takes collaborators.
    let plain = create("plain", "DISABLED");
    associate(&plain, "knowledge", &descriptor).expect_one_line_error(254, "ValidationException");
    let supervisor = create("supervisor", "SUPERVISOR");
    // A supervisor without collaborators is not prepared.
    let early = run(sandbox.against(&emulator).args(["agents", "prepare", &supervisor]));
    early.expect_one_line_error(254, "ValidationException");
    assert!(early.stderr.contains("no collaborators"), "{}", early.stderr);
    // The alias must exist, and its ARN must follow the pattern.
    let unknown =
        format!("aliasArn=arn:aws:bedrock:us-east-1:123456789012:agent-alias/{collaborator}/ZZZZZZZZZZ");
    associate(&supervisor, "knowledge", &unknown).expect_one_line_error(254, "ResourceNotFoundException");
    associate(&supervisor, "knowledge", "aliasArn=arn:aws:bedrock:us-east-1:123456789012:agent/X")
        .expect_one_line_error(252, "aliasArn");
    let own = format!("aliasArn=arn:aws:bedrock:us-east-1:123456789012:agent-alias/{supervisor}/TSTALIASID");
    associate(&supervisor, "knowledge", &own).expect_one_line_error(254, "ValidationException");

    let associated = associate(&supervisor, "knowledge", &descriptor);
    associated.expect_code(0);
    let document = associated.json()["agentCollaborator"].clone();
    let id = document["collaboratorId"].as_str().unwrap().to_string();
    assert!(id.len() == 10 && id.chars().all(|c| c.is_ascii_alphanumeric()), "{id}");
    assert_eq!(document["agentDescriptor"]["aliasArn"], alias_arn.as_str());
    assert_eq!(document["relayConversationHistory"], "TO_COLLABORATOR");
    // Names are unique per agent.
    associate(&supervisor, "knowledge", &descriptor).expect_one_line_error(254, "ConflictException");
    let listed = api(&["list-agent-collaborators", "--agent-id", &supervisor, "--agent-version", "DRAFT"]);
    listed.expect_code(0);
    assert_eq!(listed.json()["agentCollaboratorSummaries"].as_array().unwrap().len(), 1, "{}", listed.stdout);
    let read = api(&[
        "get-agent-collaborator",
        "--agent-id",
        &supervisor,
        "--agent-version",
        "DRAFT",
        "--collaborator-id",
        &id,
    ]);
    assert_eq!(read.json()["agentCollaborator"]["collaboratorName"], "knowledge");

    // Prepared and aliased: version 1 carries the collaborator.
    run(sandbox.against(&emulator).args(["agents", "prepare", &supervisor, "--wait", "--timeout", "30"]))
        .expect_code(0);
    let alias = run(sandbox.against(&emulator).args([
        "agent-aliases",
        "create",
        "--agent",
        &supervisor,
        "--name",
        "live",
    ]));
    alias.expect_code(0);
    let alias = alias.json()["agentAlias"].clone();
    let supervisor_arn = alias["agentAliasArn"].as_str().unwrap().to_string();
    let supervisor_alias = alias["agentAliasId"].as_str().unwrap().to_string();
    let versioned = api(&["list-agent-collaborators", "--agent-id", &supervisor, "--agent-version", "1"]);
    assert_eq!(versioned.json()["agentCollaboratorSummaries"][0]["collaboratorName"], "knowledge");

    // A question for the collaborator: its knowledge-base answer, with the caller chain.
    let events = run(sandbox.against(&emulator).args([
        "-o",
        "json",
        "invoke-agent",
        &supervisor,
        &supervisor_alias,
        "What is the launch code of Zephyr?",
    ]));
    events.expect_code(0);
    let lines: Vec<Value> = events.stdout.lines().map(|line| serde_json::from_str(line).unwrap()).collect();
    let text: String =
        lines.iter().filter_map(|event| event.pointer("/chunk/text").and_then(Value::as_str)).collect();
    assert!(text.contains("4471"), "{}", events.stdout);
    let traces: Vec<&Value> = lines.iter().filter_map(|event| event.get("trace")).collect();
    let call = traces
        .iter()
        .find_map(|part| {
            part.pointer("/trace/orchestrationTrace/invocationInput/agentCollaboratorInvocationInput")
        })
        .unwrap_or_else(|| panic!("no collaborator invocation: {}", events.stdout));
    assert_eq!(call["agentCollaboratorAliasArn"], alias_arn.as_str());
    assert_eq!(call["input"]["text"], "What is the launch code of Zephyr?");
    let output = traces
        .iter()
        .find_map(|part| {
            part.pointer("/trace/orchestrationTrace/observation/agentCollaboratorInvocationOutput")
        })
        .unwrap();
    assert!(output["output"]["text"].as_str().unwrap().contains("4471"), "{output}");
    let lookup = traces
        .iter()
        .find(|part| {
            part.pointer("/trace/orchestrationTrace/invocationInput/knowledgeBaseLookupInput").is_some()
        })
        .unwrap();
    assert_eq!(lookup["collaboratorName"], "knowledge");
    assert_eq!(lookup["agentId"], collaborator.as_str());
    let chain: Vec<&str> = lookup["callerChain"]
        .as_array()
        .unwrap()
        .iter()
        .map(|caller| caller["agentAliasArn"].as_str().unwrap())
        .collect();
    assert_eq!(chain, [supervisor_arn.as_str(), alias_arn.as_str()]);

    // Its return of control reaches the caller, and the results make its answer.
    let request_file = sandbox.path().join("request.json");
    let handler =
        format!("cat > '{}'; printf '{{\"forecast\": \"sunny, 21 degrees\"}}'", request_file.display());
    let weather = run(sandbox.against(&emulator).args([
        "invoke-agent",
        &supervisor,
        &supervisor_alias,
        "What will the weather be? Use getWeather with city=Paris",
        "--on-return-control",
        &handler,
        "--trace",
    ]));
    weather.expect_code(0);
    assert!(weather.stdout.contains("sunny, 21 degrees"), "{}", weather.stdout);
    assert!(
        weather.stderr.contains("[orchestration] collaborator knowledge ← \"What will"),
        "{}",
        weather.stderr
    );
    assert!(
        weather.stderr.contains("(knowledge) [orchestration] action weather → getWeather"),
        "{}",
        weather.stderr
    );
    assert!(weather.stderr.contains("collaborator knowledge returned control"), "{}", weather.stderr);
    let request: Value = serde_json::from_str(&std::fs::read_to_string(&request_file).unwrap()).unwrap();
    let call = &request["invocationInputs"][0]["functionInvocationInput"];
    assert_eq!(call["function"], "getWeather");
    assert_eq!(call["collaboratorName"], "knowledge");

    // No collaborator matches: the supervisor answers itself.
    let own = run(sandbox.against(&emulator).args([
        "-o",
        "json",
        "invoke-agent",
        &supervisor,
        &supervisor_alias,
        "Hello!",
    ]));
    own.expect_code(0);
    assert!(!own.stdout.contains("agentCollaboratorInvocationInput"), "{}", own.stdout);

    // A router sends the input straight to the collaborator.
    api(&[
        "update-agent",
        "--agent-id",
        &supervisor,
        "--agent-name",
        "supervisor",
        "--foundation-model",
        "anthropic.claude-3-haiku-20240307-v1:0",
        "--agent-resource-role-arn",
        "arn:aws:iam::123456789012:role/agent-role",
        "--instruction",
        "You route the user's questions to the company's specialists.",
        "--agent-collaboration",
        "SUPERVISOR_ROUTER",
    ])
    .expect_code(0);
    run(sandbox.against(&emulator).args(["agents", "prepare", &supervisor, "--wait", "--timeout", "30"]))
        .expect_code(0);
    let routed = run(sandbox.against(&emulator).args([
        "-o",
        "json",
        "invoke-agent",
        &supervisor,
        "TSTALIASID",
        "What is the launch code of Zephyr?",
    ]));
    routed.expect_code(0);
    let lines: Vec<Value> = routed.stdout.lines().map(|line| serde_json::from_str(line).unwrap()).collect();
    let routing = lines
        .iter()
        .find_map(|event| {
            event.pointer(
                "/trace/trace/routingClassifierTrace/invocationInput/agentCollaboratorInvocationInput",
            )
        })
        .unwrap_or_else(|| panic!("no routing: {}", routed.stdout));
    assert_eq!(routing["agentCollaboratorName"], "knowledge");
    assert!(
        !lines.iter().any(|event| event.pointer("/trace/agentId") == Some(&Value::from(supervisor.as_str()))
            && event.pointer("/trace/trace/preProcessingTrace").is_some()),
        "the router does not pre-process: {}",
        routed.stdout
    );
    assert!(routed.stdout.contains("4471"), "{}", routed.stdout);

    // Disassociated from the draft, the collaborator stays in version 1.
    api(&[
        "disassociate-agent-collaborator",
        "--agent-id",
        &supervisor,
        "--agent-version",
        "DRAFT",
        "--collaborator-id",
        &id,
    ])
    .expect_code(0);
    let listed = api(&["list-agent-collaborators", "--agent-id", &supervisor, "--agent-version", "DRAFT"]);
    assert_eq!(listed.json()["agentCollaboratorSummaries"].as_array().unwrap().len(), 0);
    let versioned = api(&["list-agent-collaborators", "--agent-id", &supervisor, "--agent-version", "1"]);
    assert_eq!(versioned.json()["agentCollaboratorSummaries"].as_array().unwrap().len(), 1);
}

#[test]
fn boto3_keeps_action_groups_of_drafts_and_versions_across_restarts() {
    let sandbox = Sandbox::new();
    let state = sandbox.path().join("agents-state.db");
    let state_arg = state.to_str().unwrap_or_default().to_string();
    for phase in ["make", "check"] {
        let emulator = Emulator::with_args(&["--state", &state_arg]);
        let result = python_script(&sandbox, "boto3_agent_children.py", &[&emulator.url, phase]);
        assert_eq!(
            result.code, 0,
            "boto3_agent_children.py {phase} failed\nstdout: {}\nstderr: {}",
            result.stdout, result.stderr
        );
        assert!(result.stdout.starts_with("ok: "), "{}", result.stdout);
    }
}
