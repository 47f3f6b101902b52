//! The process around a command: what `main` sets up in place of Rust's own start-up
//! (src/main.rs): SIGPIPE ignored, closed standard streams reopened on /dev/null.

use std::io::Read;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::process::Stdio;

use crate::support::{Emulator, Sandbox, run};

#[test]
fn a_reader_that_goes_away_ends_a_stream_quietly_with_exit_0() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    // A body of its own: the emulator writes as many words as max_tokens allows, more than a
    // pipe holds.
    let body = r#"{"anthropic_version": "bedrock-2023-05-31", "max_tokens": 200000,
        "messages": [{"role": "user", "content": [{"type": "text", "text": "Write 200000 words"}]}]}"#;
    let mut child = sandbox
        .against(&emulator)
        .args(["stream", "anthropic.claude-3-haiku-20240307-v1:0", "--body", body])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 64];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.signal(), None, "killed by a signal: {:?}", output.status);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
}

#[test]
fn closed_standard_streams_are_reopened_on_dev_null() {
    let sandbox = Sandbox::new();
    let mut command = sandbox.command();
    command.args(["completions", "bash"]);
    // SAFETY: close(2) between fork and exec, on the child's own descriptors.
    unsafe {
        command.pre_exec(|| {
            libc::close(0);
            libc::close(1);
            Ok(())
        });
    }
    // Stdout is closed: a write to descriptor 1 would fail with EBADF unless it is /dev/null.
    let result = run(&mut command);
    result.expect_code(0);
    assert_eq!(result.stderr, "");
}
