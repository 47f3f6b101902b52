//! Running a local command on behalf of a model or an agent: `sh -c COMMAND` with a JSON document
//! on stdin, its stdout and stderr captured. `invoke-agent --on-return-control` and the tool loop
//! of `converse --tool` / `chat --tool` (src/commands/tool_loop.rs) both run their commands here;
//! each decides what a failure means for it.

use std::io::Write;
use std::process::{Command, Stdio};

use serde_json::Value;

/// What a finished command left behind.
#[derive(Debug, Clone)]
pub struct Finished {
    /// The exit status code; None when a signal ended the command.
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl Finished {
    pub fn success(&self) -> bool {
        self.code == Some(0)
    }

    /// "status N" or "a signal".
    pub fn status(&self) -> String {
        self.code.map(|code| format!("status {code}")).unwrap_or_else(|| "a signal".into())
    }

    /// The last non-empty line of stderr, trimmed (empty when there is none).
    pub fn last_stderr_line(&self) -> &str {
        self.stderr.lines().rev().find(|line| !line.trim().is_empty()).unwrap_or("").trim()
    }
}

/// Run `sh -c command` with `input` as compact JSON on stdin and `environment` added to its
/// environment; wait for it. The error is a sentence naming the command ("cannot run `…`: …")
/// when it cannot be started or waited for.
pub fn run(command: &str, input: &Value, environment: &[(&str, &str)]) -> Result<Finished, String> {
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(command)
        .envs(environment.iter().copied())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|error| format!("cannot run `{command}`: {}", crate::error::io_reason(&error)))?;
    let text = input.to_string();
    // Written from a thread: a command that prints a lot before reading must not block us.
    let writer = child.stdin.take().map(|mut stdin| {
        std::thread::spawn(move || {
            let _ = stdin.write_all(text.as_bytes());
        })
    });
    let output = child
        .wait_with_output()
        .map_err(|error| format!("`{command}` failed: {}", crate::error::io_reason(&error)))?;
    if let Some(writer) = writer {
        let _ = writer.join();
    }
    Ok(Finished {
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn input_goes_in_and_output_comes_back() {
        let finished =
            run("cat; echo \" $EXTRA\"; echo oops >&2", &json!({"a": 1}), &[("EXTRA", "x")]).unwrap();
        assert!(finished.success());
        assert_eq!(finished.stdout, "{\"a\":1} x\n");
        assert_eq!(finished.last_stderr_line(), "oops");
        let failed = run("echo first >&2; echo last >&2; exit 4", &json!({}), &[]).unwrap();
        assert!(!failed.success());
        assert_eq!(failed.status(), "status 4");
        assert_eq!(failed.last_stderr_line(), "last");
        let killed = run("kill -9 $$", &json!({}), &[]).unwrap();
        assert_eq!(killed.status(), "a signal");
    }
}
