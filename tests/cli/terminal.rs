//! Terminal mode: the same commands on a pseudo-terminal default to tables and colour.

use std::io::Read;

use portable_pty::{PtySize, native_pty_system};

use crate::support::{Emulator, Sandbox};

/// Run bedrock on a 160-column pseudo-terminal; returns (exit code, screen text without \r).
pub fn on_terminal(sandbox: &Sandbox, args: &[&str], extra_env: &[(&str, &str)]) -> (u32, String) {
    on_terminal_of_width(sandbox, 160, args, extra_env)
}

fn on_terminal_of_width(
    sandbox: &Sandbox,
    cols: u16,
    args: &[&str],
    extra_env: &[(&str, &str)],
) -> (u32, String) {
    let system = native_pty_system();
    let pair = system.openpty(PtySize { rows: 60, cols, pixel_width: 0, pixel_height: 0 }).unwrap();
    let mut command = crate::support::terminal_command(sandbox, args);
    for (name, value) in extra_env {
        command.env(name, value);
    }
    let mut child = pair.slave.spawn_command(command).unwrap();
    drop(pair.slave);
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
fn models_list_is_a_table_on_a_terminal() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let (code, screen) = on_terminal(
        &sandbox,
        &["--endpoint-url", &emulator.url, "models", "list", "--provider", "ai21"],
        &[("NO_COLOR", "1")],
    );
    assert_eq!(code, 0, "{screen}");
    insta::assert_snapshot!("models_list_ai21_table", screen);
}

/// A table narrower than its content wraps its prose at spaces and never breaks an id or ARN;
/// when not even the words fit, the table runs wider than the terminal instead.
#[test]
fn tables_fit_the_terminal_without_breaking_ids() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let ids = |provider: &str| -> Vec<String> {
        let listed = crate::support::run(sandbox.against(&emulator).args([
            "-o",
            "json",
            "models",
            "list",
            "--provider",
            provider,
        ]));
        let document: serde_json::Value = serde_json::from_str(&listed.stdout).unwrap();
        document["modelSummaries"]
            .as_array()
            .unwrap()
            .iter()
            .map(|model| model["modelId"].as_str().unwrap().to_string())
            .collect()
    };
    let args = ["--endpoint-url", emulator.url.as_str(), "models", "list", "--provider", "ai21"];
    let (code, wide) = on_terminal_of_width(&sandbox, 160, &args, &[("NO_COLOR", "1")]);
    assert_eq!(code, 0, "{wide}");
    let (code, narrow) = on_terminal_of_width(&sandbox, 110, &args, &[("NO_COLOR", "1")]);
    assert_eq!(code, 0, "{narrow}");
    assert!(narrow.lines().all(|line| line.chars().count() <= 110), "{narrow}");
    assert!(narrow.lines().count() > wide.lines().count(), "nothing wrapped:\n{narrow}");
    for id in ids("ai21") {
        assert!(narrow.contains(&format!(" {id} ")), "{id} broken:\n{narrow}");
    }
    // Record tables: an ARN longer than the terminal is whole on its line.
    let (code, record) = on_terminal_of_width(
        &sandbox,
        60,
        &["--endpoint-url", &emulator.url, "models", "get", "claude-3-haiku"],
        &[("NO_COLOR", "1")],
    );
    assert_eq!(code, 0, "{record}");
    assert!(
        record.contains("arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0"),
        "{record}"
    );
    let (_, anthropic) = on_terminal_of_width(
        &sandbox,
        100,
        &["--endpoint-url", &emulator.url, "models", "list", "--provider", "anthropic"],
        &[("NO_COLOR", "1")],
    );
    for id in ids("anthropic") {
        assert!(anthropic.contains(&format!(" {id} ")), "{id} broken:\n{anthropic}");
    }
}

#[test]
fn headers_are_coloured_unless_no_color() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let args = ["--endpoint-url", emulator.url.as_str(), "models", "list", "--provider", "ai21"];
    let (_, coloured) = on_terminal(&sandbox, &args, &[]);
    assert!(coloured.contains("\u{1b}["), "expected colour: {coloured}");
    let (_, plain) = on_terminal(&sandbox, &args, &[("NO_COLOR", "1")]);
    assert!(!plain.contains("\u{1b}["), "unexpected colour: {plain}");
    let (_, never) = on_terminal(&sandbox, &["--color", "never", args[0], args[1], "models", "list"], &[]);
    assert!(!never.contains("\u{1b}["));
}

#[test]
fn model_details_are_a_field_table_on_a_terminal() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let (code, screen) = on_terminal(
        &sandbox,
        &["--endpoint-url", &emulator.url, "models", "get", "claude-3-haiku"],
        &[("NO_COLOR", "1")],
    );
    assert_eq!(code, 0, "{screen}");
    insta::assert_snapshot!("models_get_table", screen);
}

#[test]
fn errors_on_a_terminal_are_one_red_line() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let (code, screen) =
        on_terminal(&sandbox, &["--endpoint-url", &emulator.url, "models", "get", "nobody.nothing-v1"], &[]);
    assert_eq!(code, 254);
    assert!(screen.contains("\u{1b}[31;1merror:\u{1b}[0m ValidationException"), "{screen:?}");
    assert_eq!(screen.trim_end().lines().count(), 1, "{screen}");
}

#[test]
fn json_is_still_available_on_a_terminal() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let (code, screen) = on_terminal(
        &sandbox,
        &["--endpoint-url", &emulator.url, "-o", "json", "inference-profiles", "list", "--max-items", "1"],
        &[],
    );
    assert_eq!(code, 0);
    let document: serde_json::Value = serde_json::from_str(&screen).unwrap();
    assert_eq!(document["inferenceProfileSummaries"].as_array().unwrap().len(), 1);
}

/// On a terminal the reasoning is shown dimmed before the answer; --no-show-reasoning hides it.
#[test]
fn reasoning_is_dimmed_before_the_answer_on_a_terminal() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let model = "us.anthropic.claude-3-7-sonnet-20250219-v1:0";
    for stream in [false, true] {
        let mut args = vec![
            "--endpoint-url",
            &emulator.url,
            "converse",
            model,
            "Why is the sky blue?",
            "--reasoning",
            "1024",
        ];
        if stream {
            args.push("--stream");
        }
        let (code, screen) = on_terminal(&sandbox, &args, &[]);
        assert_eq!(code, 0, "{screen}");
        // Streamed pieces are dimmed one by one.
        let screen = screen.replace("\u{1b}[0m\u{1b}[2m", "");
        let dimmed = screen
            .find("\u{1b}[2mThinking about: Why is the sky blue?")
            .unwrap_or_else(|| panic!("{screen:?}"));
        let answer = screen.find("Sky blue").unwrap_or_else(|| panic!("{screen:?}"));
        let after_reasoning = screen[dimmed..].find("\n").map(|offset| dimmed + offset).unwrap();
        assert!(screen[after_reasoning..].contains("Sky blue") && answer > dimmed, "{screen:?}");
        args.push("--no-show-reasoning");
        let (code, hidden) = on_terminal(&sandbox, &args, &[]);
        assert_eq!(code, 0, "{hidden}");
        assert!(!hidden.contains("Thinking about"), "{hidden:?}");
        assert!(hidden.contains("Sky blue"), "{hidden:?}");
    }
    let args =
        ["--endpoint-url", &emulator.url, "invoke", model, "Why is the sky blue?", "--reasoning", "1024"];
    let (code, screen) = on_terminal(&sandbox, &args, &[]);
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("\u{1b}[2mThinking about"), "{screen:?}");
    let args =
        ["--endpoint-url", &emulator.url, "stream", model, "Why is the sky blue?", "--reasoning", "1024"];
    let (code, screen) = on_terminal(&sandbox, &args, &[]);
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("\u{1b}[2mThinking about"), "{screen:?}");
}

/// bedrock on a pseudo-terminal, driven as a person would: type, wait for the screen, type again.
struct Session {
    child: Box<dyn portable_pty::Child + Send + Sync>,
    writer: Box<dyn std::io::Write + Send>,
    screen: std::sync::Arc<std::sync::Mutex<Vec<u8>>>,
    _master: Box<dyn portable_pty::MasterPty + Send>,
}

impl Session {
    fn start(sandbox: &Sandbox, args: &[&str]) -> Session {
        let system = native_pty_system();
        let pair = system.openpty(PtySize { rows: 60, cols: 160, pixel_width: 0, pixel_height: 0 }).unwrap();
        let mut command = crate::support::terminal_command(sandbox, args);
        command.env("NO_COLOR", "1");
        let child = pair.slave.spawn_command(command).unwrap();
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().unwrap();
        let writer = pair.master.take_writer().unwrap();
        let screen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let filled = screen.clone();
        std::thread::spawn(move || {
            let mut buffer = [0u8; 8192];
            while let Ok(count @ 1..) = reader.read(&mut buffer) {
                filled.lock().unwrap().extend_from_slice(&buffer[..count]);
            }
        });
        Session { child, writer, screen, _master: pair.master }
    }

    fn screen(&self) -> String {
        String::from_utf8_lossy(&self.screen.lock().unwrap()).replace('\r', "")
    }

    /// Wait until `text` is on the screen `count` times.
    fn wait_for(&self, text: &str, count: usize) {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
        while self.screen().matches(text).count() < count {
            assert!(std::time::Instant::now() < deadline, "{text:?} x{count} never came:\n{}", self.screen());
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
    }

    fn type_text(&mut self, text: &str) {
        use std::io::Write;
        self.writer.write_all(text.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    /// Wait for the process to end; its exit code.
    fn finish(&mut self) -> u32 {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.exit_code();
            }
            assert!(std::time::Instant::now() < deadline, "the process did not end:\n{}", self.screen());
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
    }
}

fn session_messages(sandbox: &Sandbox, name: &str) -> Vec<serde_json::Value> {
    let path = sandbox.path().join("data").join("chat").join(format!("{name}.json"));
    let session: serde_json::Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    session["messages"].as_array().unwrap().clone()
}

/// Ctrl-C while a reply is awaited cancels that turn only: the chat goes on, and the session
/// file holds every completed turn and nothing of the cancelled one.
#[test]
fn ctrl_c_in_chat_cancels_the_turn_and_keeps_the_session() {
    let sandbox = Sandbox::new();
    {
        let plain = Emulator::start();
        crate::support::run_with_stdin(
            sandbox.against(&plain).args(["chat", "nova-lite", "--session", "work"]),
            "First question",
        )
        .expect_code(0);
    }
    // The first two requests (the model check, then the turn to cancel) take 4 s each.
    let emulator = Emulator::with_args(&["--latency", "4000", "--fault-first", "2"]);
    let mut chat = Session::start(&sandbox, &["--endpoint-url", &emulator.url, "chat", "--session", "work"]);
    chat.wait_for("you> ", 1);
    chat.type_text("Tell me a long story\r");
    chat.wait_for("waiting for the answer", 1);
    std::thread::sleep(std::time::Duration::from_millis(300));
    chat.type_text("\u{3}");
    chat.wait_for("cancelled", 1);
    chat.wait_for("you> ", 2);
    chat.type_text("Second question\r");
    chat.wait_for("you> ", 3);
    chat.type_text("\u{4}");
    assert_eq!(chat.finish(), 0, "{}", chat.screen());
    // The spinner was erased before "cancelled" was written on its line.
    let screen = chat.screen();
    let cancelled = screen.find("cancelled").unwrap();
    assert!(screen[..cancelled].ends_with("\u{1b}[2K"), "{screen:?}");
    let messages = session_messages(&sandbox, "work");
    let texts: Vec<&str> =
        messages.iter().map(|message| message["content"][0]["text"].as_str().unwrap_or_default()).collect();
    assert_eq!(messages.len(), 4, "{texts:?}");
    assert_eq!(texts[0], "First question");
    assert_eq!(texts[2], "Second question");
    assert!(!texts.iter().any(|text| text.contains("long story")), "{texts:?}");
}

/// Ctrl-C while the answer is being written (the emulator paces its frames) cancels the turn:
/// the partial answer ends its line, and neither it nor its question is kept.
#[test]
fn ctrl_c_in_the_middle_of_a_streamed_answer_cancels_the_turn() {
    let sandbox = Sandbox::new();
    let emulator = Emulator::with_args(&["--frame-delay", "150"]);
    let mut chat = Session::start(
        &sandbox,
        &["--endpoint-url", &emulator.url, "chat", "nova-lite", "--session", "slow", "--max-tokens", "40"],
    );
    chat.wait_for("you> ", 1);
    chat.type_text("Tell me a long story\r");
    chat.wait_for("waiting for the answer", 1);
    // Six frames in: the answer has begun and has most of its 40 words to go.
    std::thread::sleep(std::time::Duration::from_millis(900));
    chat.type_text("\u{3}");
    chat.wait_for("cancelled", 1);
    chat.wait_for("you> ", 2);
    let screen = chat.screen();
    let asked = screen.find("Tell me a long story").unwrap() + "Tell me a long story".len();
    let cancelled = screen.find("cancelled").unwrap();
    // What came after the spinner (erased at the first token) and before "cancelled".
    let after_spinner =
        screen[asked..cancelled].rfind("cancels)").map(|at| asked + at + "cancels)".len()).unwrap();
    let partial: String = screen[after_spinner..cancelled].chars().filter(|c| c.is_alphabetic()).collect();
    assert!(partial.len() > 3, "the answer had begun: {screen:?}");
    chat.type_text("Short one\r");
    chat.wait_for("you> ", 3);
    chat.type_text("\u{4}");
    assert_eq!(chat.finish(), 0, "{}", chat.screen());
    let messages = session_messages(&sandbox, "slow");
    assert_eq!(messages.len(), 2, "{messages:?}");
    assert_eq!(messages[0]["content"][0]["text"], "Short one");
}

/// Starting a chat and leaving at once does not replace the saved session.
#[test]
fn leaving_a_chat_without_a_message_keeps_the_saved_session() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    crate::support::run_with_stdin(sandbox.against(&emulator).args(["chat", "nova-lite"]), "Remember me")
        .expect_code(0);
    let path = sandbox.path().join("data").join("chat").join("last.json");
    let saved = std::fs::read(&path).unwrap();
    for leave in ["\u{4}", "/exit\r"] {
        let mut chat = Session::start(&sandbox, &["--endpoint-url", &emulator.url, "chat", "nova-lite"]);
        chat.wait_for("you> ", 1);
        chat.type_text(leave);
        assert_eq!(chat.finish(), 0);
        assert_eq!(std::fs::read(&path).unwrap(), saved, "{leave:?} replaced the session");
    }
}

/// A model that does not exist is refused before the first prompt, as one error line; /model
/// refuses one too and the chat goes on with its model.
#[test]
fn chat_checks_the_model_before_the_first_prompt() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let mut chat =
        Session::start(&sandbox, &["--endpoint-url", &emulator.url, "chat", "amazon.nova-lyte-v1:0"]);
    assert_eq!(chat.finish(), 254);
    chat.wait_for("error:", 1);
    let screen = chat.screen();
    assert!(!screen.contains("you> "), "{screen}");
    assert!(screen.contains("model 'amazon.nova-lyte-v1:0' does not exist"), "{screen}");
    assert!(screen.contains("did you mean `amazon.nova-lite-v1:0`?"), "{screen}");

    let mut chat = Session::start(&sandbox, &["--endpoint-url", &emulator.url, "chat", "nova-lite"]);
    chat.wait_for("you> ", 1);
    chat.type_text("/model us.nobody.nothing-v1:0\r");
    chat.wait_for("still talking to nova-lite", 1);
    chat.type_text("Hello\r");
    chat.wait_for("you> ", 3);
    chat.type_text("\u{4}");
    assert_eq!(chat.finish(), 0, "{}", chat.screen());
    assert_eq!(session_messages(&sandbox, "last").len(), 2);
}

#[test]
fn chat_sessions_are_a_table_on_a_terminal() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    crate::support::run_with_stdin(
        sandbox.against(&emulator).args(["chat", "nova-lite", "--session", "work"]),
        "Hi",
    )
    .expect_code(0);
    let (code, screen) = on_terminal(&sandbox, &["chat", "--list"], &[("NO_COLOR", "1")]);
    assert_eq!(code, 0, "{screen}");
    for header in ["NAME", "MODEL", "MESSAGES", "TOKENS", "MODIFIED"] {
        assert!(screen.contains(header), "{screen}");
    }
    assert!(screen.contains(" work ") && screen.contains(" nova-lite "), "{screen}");
}

/// A caller not allowed to describe models may still be allowed to use them: AccessDenied on
/// the check does not refuse the model (the service has the last word at the first turn).
#[test]
fn chat_does_not_refuse_a_model_it_may_not_describe() {
    let server = crate::support::RecordingServer::answering(
        "403 Forbidden",
        "application/json",
        r#"{"__type":"AccessDeniedException","message":"User is not authorized to perform: bedrock:GetFoundationModel"}"#,
    );
    let sandbox = Sandbox::new();
    let mut chat = Session::start(&sandbox, &["--endpoint-url", &server.url, "chat", "nova-lite"]);
    chat.wait_for("you> ", 1);
    chat.type_text("Hello\r");
    chat.wait_for("you> ", 2);
    chat.type_text("\u{4}");
    assert_eq!(chat.finish(), 0, "{}", chat.screen());
    let screen = chat.screen();
    assert!(screen.contains("warning: AccessDeniedException"), "{screen}");
    let heads = server.heads();
    assert!(heads[0].starts_with("GET /foundation-models/amazon.nova-lite-v1%3A0 "), "{heads:?}");
    assert!(
        !sandbox.path().join("data").join("chat").join("last.json").exists(),
        "a failed turn saved the session"
    );
}
