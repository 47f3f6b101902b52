//! The control plane on a terminal: a waiter shows a spinner with the job's status and finishes
//! with a table; a costly action asks before it acts and goes ahead on "y".

use std::io::{Read, Write};

use portable_pty::{PtySize, native_pty_system};

use crate::support::{Emulator, Sandbox, run};

/// Run bedrock on a pseudo-terminal, typing `input` once it starts; returns (exit code, screen).
pub fn on_terminal(sandbox: &Sandbox, args: &[&str], input: &str) -> (u32, String) {
    let system = native_pty_system();
    let pair = system.openpty(PtySize { rows: 50, cols: 160, pixel_width: 0, pixel_height: 0 }).unwrap();
    let mut command = crate::support::terminal_command(sandbox, args);
    command.env("NO_COLOR", "1");
    let mut child = pair.slave.spawn_command(command).unwrap();
    drop(pair.slave);
    if !input.is_empty() {
        let mut writer = pair.master.take_writer().unwrap();
        writer.write_all(input.as_bytes()).unwrap();
        writer.flush().unwrap();
    }
    let mut reader = pair.master.try_clone_reader().unwrap();
    let mut bytes = Vec::new();
    let mut buffer = [0u8; 8192];
    loop {
        match reader.read(&mut buffer) {
            Ok(0) | Err(_) => break,
            Ok(count) => bytes.extend_from_slice(&buffer[..count]),
        }
    }
    let status = child.wait().unwrap();
    (status.exit_code(), String::from_utf8_lossy(&bytes).replace('\r', ""))
}

#[test]
fn a_waiter_shows_progress_and_then_a_table() {
    let emulator = Emulator::with_args(&["--job-seconds", "2"]);
    let sandbox = Sandbox::new();
    run(sandbox.against(&emulator).args([
        "customization-jobs",
        "create",
        "--base-model",
        "amazon.titan-text-lite-v1",
        "--job-name",
        "tty-job",
        "--custom-model-name",
        "tty-model",
        "--role-arn",
        "arn:aws:iam::123456789012:role/Bedrock",
        "--training-data",
        "s3://my-bucket/train.jsonl",
        "--output-data",
        "s3://my-bucket/out/",
    ]))
    .expect_code(0);
    let (code, screen) = on_terminal(
        &sandbox,
        &["--endpoint-url", &emulator.url, "customization-jobs", "wait", "tty-job"],
        "",
    );
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("tty-job: InProgress"), "no spinner status in {screen}");
    assert!(screen.contains("training InProgress"), "no progress figures in {screen}");
    assert!(screen.contains("│ status") && screen.contains("Completed"), "no table in {screen}");
}

#[test]
fn deleting_asks_first_on_a_terminal() {
    let emulator = Emulator::with_args(&["--job-seconds", "0"]);
    let sandbox = Sandbox::new();
    run(sandbox.against(&emulator).args([
        "throughput",
        "create",
        "--name",
        "tty-pt",
        "--model",
        "amazon.titan-text-express-v1:0:8k",
        "--model-units",
        "1",
        "--yes",
    ]))
    .expect_code(0);
    let args = ["--endpoint-url", &emulator.url, "throughput", "delete", "tty-pt"];
    let (code, screen) = on_terminal(&sandbox, &args, "n\n");
    assert_eq!(code, 252, "{screen}");
    assert!(screen.contains("Delete provisioned throughput tty-pt? [y/N]"), "{screen}");
    assert!(screen.contains("cancelled; nothing was changed"), "{screen}");
    run(sandbox.against(&emulator).args(["throughput", "get", "tty-pt"])).expect_code(0);
    let (code, screen) = on_terminal(&sandbox, &args, "y\n");
    assert_eq!(code, 0, "{screen}");
    run(sandbox.against(&emulator).args(["throughput", "get", "tty-pt"]))
        .expect_one_line_error(254, "ResourceNotFoundException");
}
