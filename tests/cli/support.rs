//! Helpers: a `bedrock` command with a clean, hermetic environment, and an emulator process.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use assert_cmd::cargo::CommandCargoExt;
use serde_json::Value;

/// Fake credentials the tests put in the environment; they must never be printed.
pub const ACCESS_KEY: &str = "AKIDTESTACCESSKEY123";
pub const SECRET_KEY: &str = "TESTSECRETKEYwJalrXUtnFEMIK7MDENGbPxRfiCY";

/// The path of the built binary.
pub fn binary() -> PathBuf {
    assert_cmd::cargo::cargo_bin("bedrock")
}

/// A private home, config and data directory for one test.
pub struct Sandbox {
    pub directory: tempfile::TempDir,
}

impl Sandbox {
    pub fn new() -> Self {
        Sandbox { directory: tempfile::tempdir().unwrap() }
    }

    pub fn path(&self) -> &Path {
        self.directory.path()
    }

    /// `bedrock` with only the environment a test sets: no real AWS config, no IMDS.
    pub fn command(&self) -> Command {
        let mut command = Command::cargo_bin("bedrock").unwrap();
        command.env_clear();
        command.env("PATH", std::env::var("PATH").unwrap_or_default());
        command.env("HOME", self.path());
        command.env("AWS_CONFIG_FILE", self.path().join("aws-config"));
        command.env("AWS_SHARED_CREDENTIALS_FILE", self.path().join("aws-credentials"));
        command.env("AWS_EC2_METADATA_DISABLED", "true");
        command.env("BEDROCK_CONFIG", self.path().join("bedrock-config.toml"));
        command.env("BEDROCK_DATA_DIR", self.path().join("data"));
        command.stdin(Stdio::null());
        command
    }

    /// `bedrock` with region and credentials in the environment.
    pub fn configured(&self) -> Command {
        let mut command = self.command();
        command.env("AWS_REGION", "us-east-1");
        command.env("AWS_ACCESS_KEY_ID", ACCESS_KEY);
        command.env("AWS_SECRET_ACCESS_KEY", SECRET_KEY);
        command
    }

    /// `bedrock --endpoint-url URL` with region and credentials.
    pub fn against(&self, emulator: &Emulator) -> Command {
        let mut command = self.configured();
        command.args(["--endpoint-url", &emulator.url]);
        command
    }
}

/// `bedrock ARGS` for a pseudo-terminal, with the sandbox's environment as `Sandbox::configured`
/// gives it (private home, config and data directory, region and credentials, no IMDS).
pub fn terminal_command(sandbox: &Sandbox, args: &[&str]) -> portable_pty::CommandBuilder {
    let mut command = portable_pty::CommandBuilder::new(binary());
    command.args(args);
    command.env_clear();
    command.env("HOME", sandbox.path());
    command.env("TERM", "xterm-256color");
    command.env("AWS_CONFIG_FILE", sandbox.path().join("aws-config"));
    command.env("AWS_SHARED_CREDENTIALS_FILE", sandbox.path().join("aws-credentials"));
    command.env("AWS_EC2_METADATA_DISABLED", "true");
    command.env("BEDROCK_CONFIG", sandbox.path().join("bedrock-config.toml"));
    command.env("BEDROCK_DATA_DIR", sandbox.path().join("data"));
    command.env("AWS_REGION", "us-east-1");
    command.env("AWS_ACCESS_KEY_ID", ACCESS_KEY);
    command.env("AWS_SECRET_ACCESS_KEY", SECRET_KEY);
    command
}

/// An emulator process on an ephemeral port, killed when dropped.
pub struct Emulator {
    pub url: String,
    child: Child,
}

impl Emulator {
    pub fn start() -> Self {
        Emulator::with_args(&[])
    }

    pub fn with_args(args: &[&str]) -> Self {
        let mut command = Command::new(binary());
        command.args(["emulator", "--port", "0"]).args(args);
        command.env("AWS_EC2_METADATA_DISABLED", "true");
        command.stdout(Stdio::piped()).stderr(Stdio::null()).stdin(Stdio::null());
        let mut child = command.spawn().unwrap();
        let stdout = child.stdout.take().unwrap();
        let mut line = String::new();
        BufReader::new(stdout).read_line(&mut line).unwrap();
        let url = line.trim().to_string();
        assert!(url.starts_with("http://127.0.0.1:"), "emulator did not start: {url:?}");
        Emulator { url, child }
    }
}

impl Drop for Emulator {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The finished output of a command.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    fn of(output: std::process::Output) -> Self {
        Run {
            code: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }

    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|error| {
            panic!("stdout is not JSON ({error}): {}\nstderr: {}", self.stdout, self.stderr)
        })
    }

    /// Assert the exit code, showing the streams when it differs.
    pub fn expect_code(&self, code: i32) -> &Self {
        assert_eq!(self.code, code, "exit code\nstdout: {}\nstderr: {}", self.stdout, self.stderr);
        self
    }

    /// Assert that stderr holds exactly one `error:` line (and at most a `hint:` line).
    pub fn expect_one_line_error(&self, code: i32, fragment: &str) -> &Self {
        self.expect_code(code);
        let lines: Vec<&str> = self.stderr.lines().filter(|line| !line.starts_with("[debug]")).collect();
        assert!(!lines.is_empty(), "no error printed");
        assert!(lines[0].starts_with("error: "), "first line is not an error: {:?}", self.stderr);
        assert!(lines.len() <= 2, "more than an error and a hint: {:?}", self.stderr);
        if lines.len() == 2 {
            assert!(lines[1].starts_with("hint: "), "second line is not a hint: {:?}", self.stderr);
        }
        assert!(lines[0].contains(fragment), "{fragment:?} not in {:?}", lines[0]);
        assert!(!self.stderr.contains("panicked"), "panic: {}", self.stderr);
        self
    }
}

/// Run a command to completion.
pub fn run(command: &mut Command) -> Run {
    Run::of(command.output().unwrap())
}

/// Run a command to completion with `stdin` written to its standard input (a pipe, not a
/// terminal).
pub fn run_with_stdin(command: &mut Command, stdin: &str) -> Run {
    use std::io::Write;
    use std::process::Stdio;
    let mut child =
        command.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    // A command that fails before reading its input closes the pipe first: its exit is what the
    // test checks, not the write.
    if let Err(error) = child.stdin.take().unwrap().write_all(stdin.as_bytes()) {
        assert_eq!(error.kind(), std::io::ErrorKind::BrokenPipe, "writing stdin: {error}");
    }
    Run::of(child.wait_with_output().unwrap())
}

/// The number of foundation models in the emulator's catalog.
pub fn catalog_model_count() -> usize {
    let text = include_str!("../../src/emulator/data/foundation_models.json");
    serde_json::from_str::<Vec<Value>>(text).unwrap().len()
}

/// The number of the emulator catalog's inference profiles listed to a caller in the sandbox's
/// region (us-east-1): the service lists only the profiles of the caller's geography.
pub fn catalog_profile_count() -> usize {
    let text = include_str!("../../src/emulator/data/inference_profiles.json");
    serde_json::from_str::<Vec<Value>>(text)
        .unwrap()
        .iter()
        .filter(|profile| profile["regions"].as_array().unwrap().iter().any(|region| region == "us-east-1"))
        .count()
}

/// A plain-HTTP server on 127.0.0.1 that answers every request with 200 and a fixed JSON body
/// and keeps each request's head (request line and headers), so that a test can see which
/// identity signed a request. Its thread lives as long as the test binary.
pub struct RecordingServer {
    pub url: String,
    heads: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
}

impl RecordingServer {
    pub fn start(body: &'static str) -> Self {
        RecordingServer::answering("200 OK", "application/json", body)
    }

    /// A server that answers every request with `status` (`"403 Forbidden"`) and `body`.
    pub fn answering(status: &'static str, content_type: &'static str, body: &'static str) -> Self {
        use std::io::Write;
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let heads = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let recorded = heads.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { continue };
                let Some((head, _body)) = read_request(&mut stream) else { continue };
                recorded.lock().unwrap().push(head);
                let response = format!(
                    "HTTP/1.1 {status}\r\ncontent-type: {content_type}\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                    body.len()
                );
                let _ = stream.write_all(response.as_bytes());
            }
        });
        RecordingServer { url, heads }
    }

    /// The heads of the requests received so far.
    pub fn heads(&self) -> Vec<String> {
        self.heads.lock().unwrap().clone()
    }

    /// The SigV4 credential scopes (`AKID/date/region/service/aws4_request`) of the requests.
    pub fn credential_scopes(&self) -> Vec<String> {
        self.heads()
            .iter()
            .filter_map(|head| {
                let line =
                    head.lines().find(|line| line.to_ascii_lowercase().starts_with("authorization:"))?;
                let scope = line.split("Credential=").nth(1)?;
                Some(scope.split([',', ' ']).next()?.to_string())
            })
            .collect()
    }
}

/// Read one HTTP/1.1 request: its head (request line and headers) and its body (by
/// content-length). None when the connection ends first.
pub fn read_request(stream: &mut impl std::io::Read) -> Option<(String, Vec<u8>)> {
    let mut received = Vec::new();
    let mut buffer = [0u8; 8192];
    let head_end = loop {
        match stream.read(&mut buffer) {
            Ok(0) | Err(_) => return None,
            Ok(count) => received.extend_from_slice(&buffer[..count]),
        }
        if let Some(position) = received.windows(4).position(|window| window == b"\r\n\r\n") {
            break position;
        }
    };
    let head = String::from_utf8_lossy(&received[..head_end]).into_owned();
    let length = head
        .lines()
        .find_map(|line| {
            let (name, value) = line.split_once(':')?;
            name.eq_ignore_ascii_case("content-length").then(|| value.trim().parse::<usize>().ok())?
        })
        .unwrap_or(0);
    while received.len() < head_end + 4 + length {
        match stream.read(&mut buffer) {
            Ok(0) | Err(_) => return None,
            Ok(count) => received.extend_from_slice(&buffer[..count]),
        }
    }
    Some((head, received[head_end + 4..].to_vec()))
}
