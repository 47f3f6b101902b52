//! The emulator as a server that anyone who can reach it may connect to: idle connections are
//! closed, slow senders (slowloris) are dropped, a stalled body fails its request, and
//! connections over the limit are answered 503. Every wait is bounded by a socket timeout (a
//! hung server fails the test instead of blocking it); nothing asserts how long anything took.

use std::io::{ErrorKind, Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use crate::support::{Emulator, Sandbox, run};

/// How long a test waits for the emulator to act at most.
const BOUND: Duration = Duration::from_secs(30);

fn address(emulator: &Emulator) -> String {
    emulator.url.trim_start_matches("http://").to_string()
}

/// Read until the server closes the connection: the bytes it sent, or None when the bound
/// passed with the connection still open.
fn read_until_closed(stream: &mut TcpStream) -> Option<Vec<u8>> {
    stream.set_read_timeout(Some(BOUND)).unwrap();
    let mut received = Vec::new();
    let mut buffer = [0u8; 4096];
    loop {
        match stream.read(&mut buffer) {
            Ok(0) => return Some(received),
            Ok(count) => received.extend_from_slice(&buffer[..count]),
            Err(error) if matches!(error.kind(), ErrorKind::ConnectionReset | ErrorKind::BrokenPipe) => {
                return Some(received);
            }
            Err(error) if matches!(error.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => return None,
            Err(error) => panic!("reading: {error}"),
        }
    }
}

/// One request on a fresh connection; the status of the answer.
fn status_of_request(address: &str) -> u16 {
    let mut stream = TcpStream::connect(address).unwrap();
    // A server over its limit may answer and close before the request is written.
    let _ = write!(stream, "GET /foundation-models HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n");
    let answer = read_until_closed(&mut stream).expect("no answer");
    let text = String::from_utf8_lossy(&answer);
    text.split(' ').nth(1).and_then(|status| status.parse().ok()).unwrap_or(0)
}

/// Idle connections to open: 2,000 where the descriptor limit allows (both ends are in this
/// machine's processes), fewer where it is low.
fn idle_connection_count() -> usize {
    let mut limit = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
    // SAFETY: getrlimit fills the struct it is given.
    let soft =
        if unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) } == 0 { limit.rlim_cur } else { 1024 };
    (soft as usize / 2).saturating_sub(200).clamp(100, 2000)
}

#[test]
fn idle_connections_are_closed_by_the_idle_timeout() {
    let count = idle_connection_count();
    let maximum = (count + 100).to_string();
    let emulator = Emulator::with_args(&["--idle-timeout", "1", "--max-connections", &maximum]);
    let address = address(&emulator);
    let mut idle: Vec<TcpStream> = (0..count).map(|_| TcpStream::connect(&address).unwrap()).collect();
    // One connection that made a request and is kept alive is closed the same way.
    let mut kept_alive = TcpStream::connect(&address).unwrap();
    write!(kept_alive, "GET /foundation-models HTTP/1.1\r\nHost: {address}\r\n\r\n").unwrap();
    let mut first = [0u8; 12];
    kept_alive.read_exact(&mut first).unwrap();
    assert_eq!(&first, b"HTTP/1.1 200");
    idle.push(kept_alive);
    for (index, stream) in idle.iter_mut().enumerate() {
        assert!(read_until_closed(stream).is_some(), "idle connection {index} of {count} is still open");
    }
    assert_eq!(status_of_request(&address), 200, "the emulator still serves new connections");
}

#[test]
fn slowloris_is_dropped_by_the_header_timeout() {
    let emulator = Emulator::with_args(&["--header-timeout", "1", "--idle-timeout", "600"]);
    let address = address(&emulator);
    let mut stream = TcpStream::connect(&address).unwrap();
    write!(stream, "GET /foundation-models HTTP/1.1\r\nHost: {address}\r\nX-Slow: ").unwrap();
    // A byte every 100 ms, for at most as long as the bound: the emulator must hang up first.
    let mut dropped = false;
    for _ in 0..(BOUND.as_millis() / 100) {
        std::thread::sleep(Duration::from_millis(100));
        if stream.write_all(b"a").is_err() {
            dropped = true;
            break;
        }
        stream.set_nonblocking(true).unwrap();
        let mut buffer = [0u8; 64];
        let closed = match stream.read(&mut buffer) {
            Ok(_) => true,
            Err(error) => error.kind() != ErrorKind::WouldBlock,
        };
        stream.set_nonblocking(false).unwrap();
        if closed {
            dropped = true;
            break;
        }
    }
    assert!(dropped, "a client sending its headers a byte at a time was never dropped");
    assert_eq!(status_of_request(&address), 200);
}

#[test]
fn a_request_body_that_stops_arriving_fails_the_request() {
    let emulator = Emulator::with_args(&["--body-timeout", "1", "--idle-timeout", "600"]);
    let address = address(&emulator);
    let mut stream = TcpStream::connect(&address).unwrap();
    write!(
        stream,
        "POST /model/amazon.titan-text-express-v1/invoke HTTP/1.1\r\nHost: {address}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{{\"inputText\": \""
    )
    .unwrap();
    let answer = read_until_closed(&mut stream).expect("a stalled body held its connection");
    let text = String::from_utf8_lossy(&answer);
    let status: u16 = text.split(' ').nth(1).and_then(|status| status.parse().ok()).unwrap_or(0);
    assert!(text.is_empty() || (400..500).contains(&status), "{text}");
    assert_eq!(status_of_request(&address), 200);
}

#[test]
fn connections_over_the_limit_are_answered_503_and_places_free_up() {
    let emulator = Emulator::with_args(&["--max-connections", "4", "--idle-timeout", "600"]);
    let address = address(&emulator);
    let held: Vec<TcpStream> = (0..4).map(|_| TcpStream::connect(&address).unwrap()).collect();
    // The held connections are accepted in order; the next one is over the limit.
    let mut over = None;
    for _ in 0..50 {
        let status = status_of_request(&address);
        if status == 503 {
            over = Some(status);
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(over, Some(503), "a fifth connection was served");
    drop(held);
    let mut served = false;
    for _ in 0..200 {
        if status_of_request(&address) == 200 {
            served = true;
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(served, "closed connections did not free their places");
}

#[test]
fn server_limits_are_validated() {
    let sandbox = Sandbox::new();
    for (flag, value) in [("--idle-timeout", "0"), ("--header-timeout", "-1"), ("--body-timeout", "inf")] {
        run(sandbox.command().args(["emulator", "--port", "0", &format!("{flag}={value}")]))
            .expect_one_line_error(252, flag);
    }
    run(sandbox.command().args(["emulator", "--port", "0", "--max-connections", "0"]))
        .expect_one_line_error(252, "--max-connections");
}

#[test]
fn a_host_beyond_loopback_is_warned_about() {
    let sandbox = Sandbox::new();
    for (host, warned) in [("0.0.0.0", true), ("127.0.0.1", false), ("localhost", false)] {
        let mut child = sandbox
            .command()
            .args(["emulator", "--port", "0", "--host", host])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let mut line = String::new();
        std::io::BufRead::read_line(&mut std::io::BufReader::new(child.stdout.take().unwrap()), &mut line)
            .unwrap();
        assert!(line.starts_with("http://"), "{host}: {line:?}");
        child.kill().unwrap();
        let output = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(stderr.contains("warning:"), warned, "{host}: {stderr}");
        if warned {
            assert!(
                stderr.contains("checks no signature") && stderr.contains("--require-credentials"),
                "{stderr}"
            );
        }
    }
}

#[test]
fn require_credentials_serves_only_requests_signed_with_that_key_pair() {
    use crate::support::{ACCESS_KEY, SECRET_KEY};
    let sandbox = Sandbox::new();
    let root = sandbox.path().join("s3");
    std::fs::create_dir_all(root.join("signed-bucket")).unwrap();
    let required = format!("{ACCESS_KEY}:{SECRET_KEY}");
    let emulator =
        Emulator::with_args(&["--require-credentials", &required, "--s3-root", root.to_str().unwrap()]);

    // The right key pair: reads, writes with a body, and a streamed answer.
    run(sandbox.against(&emulator).args(["-o", "json", "models", "list"])).expect_code(0);
    run(sandbox.against(&emulator).args([
        "invoke",
        "titan-text-express",
        "--max-tokens",
        "8",
        "hello there",
    ]))
    .expect_code(0);
    run(sandbox.against(&emulator).args(["stream", "claude-3-haiku", "--max-tokens", "8", "hello"]))
        .expect_code(0);
    run(sandbox.against(&emulator).args([
        "guardrails",
        "create",
        "--name",
        "signed",
        "--blocked-input-message",
        "no",
        "--blocked-output-message",
        "no",
    ]))
    .expect_code(0);

    // A wrong secret, another access key, no signature at all.
    let wrong_secret = run(sandbox
        .against(&emulator)
        .env("AWS_SECRET_ACCESS_KEY", "notTheSecretKeyAtAll0123456789")
        .args(["--max-attempts", "1", "models", "list"]));
    wrong_secret.expect_one_line_error(253, "InvalidSignatureException");
    let other_key = run(sandbox.against(&emulator).env("AWS_ACCESS_KEY_ID", "AKIDSOMEONEELSE00000").args([
        "--max-attempts",
        "1",
        "models",
        "list",
    ]));
    other_key.expect_one_line_error(253, "UnrecognizedClientException");
    let address = address(&emulator);
    let mut unsigned = TcpStream::connect(&address).unwrap();
    write!(unsigned, "GET /foundation-models HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n")
        .unwrap();
    let answer = String::from_utf8_lossy(&read_until_closed(&mut unsigned).unwrap()).into_owned();
    assert!(answer.starts_with("HTTP/1.1 403"), "{answer}");
    assert!(answer.contains("MissingAuthenticationTokenException"), "{answer}");
    // S3 with a signature that does not verify (the emulator's raw S3 requests are not signed).
    let forged = crate::s3::s3_request(&address, "GET", "/signed-bucket?list-type=2", b"");
    assert_eq!(forged.status, 403, "{}", forged.text());
    assert!(forged.text().contains("<Code>InvalidAccessKeyId</Code>"), "{}", forged.text());

    // An independent signer: botocore, for the control plane and for S3 (a signed upload).
    if crate::awscli::aws_cli().is_some() {
        crate::awscli::aws(&sandbox, &emulator, &["bedrock", "list-foundation-models"]).expect_code(0);
        let local = sandbox.path().join("object.txt");
        std::fs::write(&local, "signed upload\n").unwrap();
        crate::awscli::aws(
            &sandbox,
            &emulator,
            &["s3", "cp", local.to_str().unwrap(), "s3://signed-bucket/a b/object.txt"],
        )
        .expect_code(0);
        assert_eq!(
            std::fs::read_to_string(root.join("signed-bucket/a b/object.txt")).unwrap(),
            "signed upload\n"
        );
        crate::awscli::aws(&sandbox, &emulator, &["s3api", "list-objects-v2", "--bucket", "signed-bucket"])
            .expect_code(0);
    }
}
