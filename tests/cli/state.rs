//! The emulator's state under concurrent processes: `--local` commands sharing one data
//! directory, two emulators sharing one `--state` file, an emulator killed while it writes, and
//! the JSON state files of earlier versions.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::support::{Emulator, Sandbox, binary, run};

fn create_guardrail(command: &mut Command, name: &str) -> Command {
    let mut command = std::mem::replace(command, Command::new("true"));
    command.args([
        "guardrails",
        "create",
        "--name",
        name,
        "--blocked-input-message",
        "no",
        "--blocked-output-message",
        "no",
        "--content-filter",
        "HATE=HIGH",
    ]);
    command
}

/// Run the commands all at once and wait for every one; returns (stdout, exit code) by index.
fn all_at_once(commands: Vec<Command>) -> Vec<(String, i32)> {
    let children: Vec<_> = commands
        .into_iter()
        .map(|mut command| command.stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap())
        .collect();
    children
        .into_iter()
        .map(|child| {
            let output = child.wait_with_output().unwrap();
            assert!(
                output.status.success(),
                "a concurrent command failed: {}",
                String::from_utf8_lossy(&output.stderr)
            );
            (String::from_utf8_lossy(&output.stdout).to_string(), output.status.code().unwrap_or(-1))
        })
        .collect()
}

#[test]
fn fifty_concurrent_local_creates_keep_fifty_distinct_guardrails() {
    let sandbox = Sandbox::new();
    let names: Vec<String> = (0..50).map(|index| format!("lg{index}")).collect();
    let commands = names
        .iter()
        .map(|name| {
            let mut command = sandbox.command();
            command.args(["--local", "-o", "json"]);
            create_guardrail(&mut command, name)
        })
        .collect();
    let outputs = all_at_once(commands);
    let mut ids_by_name = BTreeMap::new();
    for (name, (stdout, _)) in names.iter().zip(&outputs) {
        let document: Value = serde_json::from_str(stdout).unwrap();
        ids_by_name.insert(name.clone(), document["guardrailId"].as_str().unwrap().to_string());
    }
    let distinct: BTreeSet<&String> = ids_by_name.values().collect();
    assert_eq!(distinct.len(), 50, "every create got its own id: {ids_by_name:?}");

    let listed = run(sandbox.command().args(["--local", "-o", "json", "guardrails", "list"]));
    listed.expect_code(0);
    assert_eq!(listed.json()["guardrails"].as_array().unwrap().len(), 50, "all 50 are listed");
    for (name, id) in &ids_by_name {
        let got = run(sandbox.command().args(["--local", "-o", "json", "guardrails", "get", id]));
        got.expect_code(0);
        assert_eq!(got.json()["name"], json!(name), "{id} answers its own name");
    }
}

#[test]
fn two_emulators_share_one_state_file() {
    let sandbox = Sandbox::new();
    let state = sandbox.path().join("shared.db");
    let state_argument = state.to_str().unwrap();
    let first = Emulator::with_args(&["--state", state_argument]);
    let second = Emulator::with_args(&["--state", state_argument]);
    let commands = (0..24)
        .map(|index| {
            let emulator = if index % 2 == 0 { &first } else { &second };
            let mut command = sandbox.against(emulator);
            command.args(["-o", "json"]);
            create_guardrail(&mut command, &format!("shared{index}"))
        })
        .collect();
    let outputs = all_at_once(commands);
    let ids: BTreeSet<String> = outputs
        .iter()
        .map(|(stdout, _)| {
            serde_json::from_str::<Value>(stdout).unwrap()["guardrailId"].as_str().unwrap().to_string()
        })
        .collect();
    assert_eq!(ids.len(), 24, "no id handed out twice across the two emulators");
    for emulator in [&first, &second] {
        let listed = run(sandbox.against(emulator).args(["-o", "json", "guardrails", "list"])).json();
        assert_eq!(listed["guardrails"].as_array().unwrap().len(), 24, "each emulator sees every create");
    }
    // A delete through one is seen by the other.
    let id = ids.iter().next().unwrap();
    run(sandbox.against(&first).args(["guardrails", "delete", id, "--yes"])).expect_code(0);
    run(sandbox.against(&second).args(["guardrails", "get", id])).expect_code(254);
}

/// One raw HTTP/1.1 request; returns the status code, or None when the connection broke.
fn post(address: &str, path: &str, body: &str) -> Option<u16> {
    let mut stream = TcpStream::connect(address).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(30))).ok()?;
    write!(
        stream,
        "POST {path} HTTP/1.1\r\nHost: {address}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .ok()?;
    let mut status_line = String::new();
    BufReader::new(stream).read_line(&mut status_line).ok()?;
    status_line.split_whitespace().nth(1)?.parse().ok()
}

#[test]
fn creates_acknowledged_before_a_kill_are_kept() {
    let sandbox = Sandbox::new();
    let state = sandbox.path().join("killed.db");
    let mut child = Command::new(binary())
        .args(["emulator", "--port", "0", "--state"])
        .arg(&state)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
    let address = line.trim().trim_start_matches("http://").to_string();

    // Four writers create guardrails as fast as they can; the emulator is killed (SIGKILL) while
    // they are at it. Every create that was answered 202 must be in the state afterwards.
    let acknowledged = std::sync::Mutex::new(Vec::new());
    let started = Instant::now();
    std::thread::scope(|scope| {
        for writer in 0..4 {
            let address = &address;
            let acknowledged = &acknowledged;
            scope.spawn(move || {
                // 96 at most: the service's default quota is 100 guardrails an account.
                for index in 0..24 {
                    let name = format!("k{writer}-{index}");
                    let body = json!({
                        "name": name,
                        "blockedInputMessaging": "no",
                        "blockedOutputsMessaging": "no",
                        "contentPolicyConfig": {"filtersConfig": [{"type": "HATE", "inputStrength": "HIGH", "outputStrength": "HIGH"}]},
                    })
                    .to_string();
                    match post(address, "/guardrails", &body) {
                        Some(202) => acknowledged.lock().unwrap().push(name),
                        Some(status) => panic!("create {name} answered {status}"),
                        None => break,
                    }
                }
            });
        }
        // Kill once a good number of creates went through (bounded, so a slow machine still ends).
        while acknowledged.lock().unwrap().len() < 60 && started.elapsed() < Duration::from_secs(60) {
            std::thread::sleep(Duration::from_millis(5));
        }
        child.kill().unwrap();
        child.wait().unwrap();
    });
    let acknowledged = acknowledged.into_inner().unwrap();
    assert!(!acknowledged.is_empty());
    let exported = run(sandbox.command().args(["emulator", "--export-state", "--state"]).arg(&state));
    exported.expect_code(0);
    let stored: BTreeSet<String> = exported.json()["collections"]["guardrails"]
        .as_object()
        .map(|drafts| drafts.values().map(|draft| draft["name"].as_str().unwrap().to_string()).collect())
        .unwrap_or_default();
    let lost: Vec<&String> = acknowledged.iter().filter(|name| !stored.contains(*name)).collect();
    assert!(
        lost.is_empty(),
        "{} of {} acknowledged creates were lost: {lost:?}",
        lost.len(),
        acknowledged.len()
    );
}

#[test]
fn a_json_state_file_of_an_earlier_version_is_converted_and_served() {
    let sandbox = Sandbox::new();
    let state = sandbox.path().join("state.json");
    let agent = "arn:aws:bedrock:us-east-1:123456789012:agent/ABCDEFGHIJ";
    std::fs::write(
        &state,
        json!({"formatVersion": 1, "collections": {"agents": {"ABCDEFGHIJ": {"agentId": "ABCDEFGHIJ", "agentArn": agent}}}, "counters": {}})
            .to_string(),
    )
    .unwrap();
    // Several emulators start on it at once: it is converted once, and each serves its content.
    let emulators: Vec<Emulator> =
        (0..4).map(|_| Emulator::with_args(&["--state", state.to_str().unwrap()])).collect();
    for emulator in &emulators {
        run(sandbox.against(emulator).args(["tags", "add", agent, "team=search"])).expect_code(0);
        let listed = run(sandbox.against(emulator).args(["-o", "json", "tags", "list", agent])).json();
        assert_eq!(listed, json!({"tags": {"team": "search"}}));
    }
    let head = std::fs::read(&state).unwrap();
    assert!(head.starts_with(b"SQLite format 3\0"), "converted in place");
}

#[test]
fn the_local_state_of_an_earlier_version_is_carried_over() {
    let sandbox = Sandbox::new();
    let data = sandbox.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    std::fs::write(
        data.join("local-emulator-state.json"),
        json!({"formatVersion": 1, "collections": {}, "counters": {}}).to_string(),
    )
    .unwrap();
    let created = run(&mut create_guardrail(sandbox.command().args(["--local", "-o", "json"]), "carried"));
    created.expect_code(0);
    assert!(data.join("local-emulator-state.db").exists());
    assert!(!data.join("local-emulator-state.json").exists());
}

#[test]
fn a_state_file_of_another_application_is_refused_untouched() {
    let sandbox = Sandbox::new();
    let state = sandbox.path().join("other.db");
    let bytes = b"SQLite format 3\0 but not really a database at all".to_vec();
    std::fs::write(&state, &bytes).unwrap();
    run(sandbox.command().args(["emulator", "--port", "0", "--state"]).arg(&state))
        .expect_one_line_error(252, "is not a bedrock emulator state file");
    assert_eq!(std::fs::read(&state).unwrap(), bytes);
}
