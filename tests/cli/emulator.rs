//! The emulator process: state file handling, wire-level errors, bad options.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};

use crate::support::{Emulator, Sandbox, binary, run};

#[test]
fn refuses_a_state_file_that_is_not_json_and_leaves_it_alone() {
    let sandbox = Sandbox::new();
    let state = sandbox.path().join("state.json");
    std::fs::write(&state, "this is { not json").unwrap();
    let result = run(sandbox.command().args(["emulator", "--port", "0", "--state"]).arg(&state));
    result.expect_one_line_error(252, "is not a bedrock emulator state file");
    assert!(result.stderr.contains("line 1 column"));
    assert_eq!(std::fs::read_to_string(&state).unwrap(), "this is { not json");
}

#[test]
fn creates_the_state_file_and_exports_it_as_json() {
    let sandbox = Sandbox::new();
    let state = sandbox.path().join("deep").join("state.json");
    let mut child = Command::new(binary())
        .args(["emulator", "--port", "0", "--state"])
        .arg(&state)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut first = [0u8; 7];
    child.stdout.as_mut().unwrap().read_exact(&mut first).unwrap();
    assert_eq!(&first, b"http://");
    let _ = child.kill();
    let _ = child.wait();
    let exported = run(sandbox.command().args(["emulator", "--export-state", "--state"]).arg(&state));
    exported.expect_code(0);
    let document = exported.json();
    assert_eq!(document["formatVersion"], 2);
    assert!(document["collections"].is_object());
    let temporaries: Vec<String> = std::fs::read_dir(state.parent().unwrap())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().to_string())
        .filter(|name| name.ends_with(".tmp"))
        .collect();
    assert!(temporaries.is_empty(), "no temporary file left: {temporaries:?}");
}

#[test]
fn a_port_in_use_is_a_clear_error() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port().to_string();
    let sandbox = Sandbox::new();
    run(sandbox.command().args(["emulator", "--port", &port]))
        .expect_one_line_error(255, "cannot listen on 127.0.0.1");
}

#[test]
fn fault_rates_are_validated() {
    let sandbox = Sandbox::new();
    run(sandbox.command().args(["emulator", "--port", "0", "--fault-throttle", "1.5"]))
        .expect_one_line_error(252, "--fault-throttle");
}

/// Send one raw HTTP request and return the response text.
fn raw_request(url: &str, request_line: &str) -> String {
    let address = url.trim_start_matches("http://");
    let mut stream = TcpStream::connect(address).unwrap();
    write!(stream, "{request_line}\r\nHost: {address}\r\nConnection: close\r\n\r\n").unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    response
}

#[test]
fn errors_carry_the_service_wire_shape() {
    let emulator = Emulator::start();
    let unknown = raw_request(&emulator.url, "GET /no-such-operation HTTP/1.1");
    assert!(unknown.starts_with("HTTP/1.1 404"), "{unknown}");
    assert!(unknown.contains("x-amzn-errortype: UnknownOperationException"));
    assert!(unknown.contains("x-amzn-requestid: "));
    let invalid = raw_request(&emulator.url, "GET /foundation-models?byOutputModality=VIDEO HTTP/1.1");
    assert!(invalid.starts_with("HTTP/1.1 400"), "{invalid}");
    assert!(invalid.contains("x-amzn-errortype: ValidationException"));
    assert!(invalid.contains(
        "Value 'VIDEO' at 'byOutputModality' failed to satisfy constraint: Member must satisfy enum value set: [TEXT, IMAGE, EMBEDDING]"
    ));
    let page = raw_request(&emulator.url, "GET /inference-profiles?maxResults=0 HTTP/1.1");
    assert!(page.contains("Member must have value greater than or equal to 1"), "{page}");
}

#[test]
fn request_ids_are_reproducible_for_a_seed() {
    let first = Emulator::with_args(&["--seed", "9"]);
    let second = Emulator::with_args(&["--seed", "9"]);
    let id = |url: &str| {
        let response = raw_request(url, "GET /foundation-models HTTP/1.1");
        response.lines().find(|line| line.starts_with("x-amzn-requestid")).unwrap().to_string()
    };
    assert_eq!(id(&first.url), id(&second.url));
}
