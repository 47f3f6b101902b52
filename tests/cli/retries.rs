//! Injected faults: the SDK's retries are visible and succeed; exhausted retries are 254;
//! timeouts are 255.

use crate::support::{Emulator, Sandbox, run};

#[test]
fn throttling_is_retried_until_it_succeeds() {
    // With this seed the emulator throttles the first draw and then lets requests through.
    let emulator = Emulator::with_args(&["--fault-throttle", "0.5", "--seed", "3"]);
    let sandbox = Sandbox::new();
    let mut succeeded_after_retry = false;
    for _ in 0..6 {
        let result =
            run(sandbox.against(&emulator).args(["--debug", "--max-attempts", "10", "models", "list"]));
        result.expect_code(0);
        assert!(result.json()["modelSummaries"].is_array());
        if result.stderr.contains("attempt 2:") {
            assert!(result.stderr.contains("< HTTP 429"), "{}", result.stderr);
            succeeded_after_retry = true;
            break;
        }
    }
    assert!(succeeded_after_retry, "no run needed a retry at a 50% throttle rate");
}

#[test]
fn exhausted_retries_report_throttling_with_a_hint() {
    let emulator = Emulator::with_args(&["--fault-throttle", "1"]);
    let sandbox = Sandbox::new();
    let result = run(sandbox.against(&emulator).args(["--max-attempts", "2", "models", "list"]));
    result.expect_one_line_error(254, "ThrottlingException");
    assert!(result.stderr.contains("request id"));
    assert!(result.stderr.contains("hint: "));
    assert!(result.stdout.is_empty());
}

#[test]
fn server_errors_are_retried_then_reported() {
    let emulator = Emulator::with_args(&["--fault-error", "1"]);
    let sandbox = Sandbox::new();
    let result = run(sandbox.against(&emulator).args(["--debug", "--max-attempts", "2", "models", "list"]));
    result.expect_one_line_error(254, "InternalServerException");
    assert!(result.stderr.contains("attempt 2:"), "the 500 was retried");
}

#[test]
fn a_slow_service_times_out_with_255() {
    let emulator = Emulator::with_args(&["--latency", "3000"]);
    let sandbox = Sandbox::new();
    let result = run(sandbox.against(&emulator).args([
        "--read-timeout",
        "0.3",
        "--max-attempts",
        "1",
        "models",
        "list",
    ]));
    result.expect_one_line_error(255, "timeout");
}
