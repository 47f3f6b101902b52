//! `bedrock chat MODEL`: an interactive conversation over ConverseStream, with line editing and
//! history (rustyline), slash commands, and sessions saved under the data directory (owner-only
//! files) that `--continue` or `--session NAME` resume (and `converse --continue`, through
//! [`Continued`]). Without a terminal it answers one turn from stdin or `--messages`, like
//! `converse --stream`. `--list` and `--delete NAME` manage the saved sessions.
//!
//! On a terminal, Ctrl-C while a reply streams cancels that turn only (the conversation stays as
//! it was before it); a session file is written only when the session changed.

use std::path::{Path, PathBuf};

use clap::Args;
use rustyline::error::ReadlineError;
use serde_json::{Value, json};

use super::converse::{Answer, Display};
use super::invoke::{GenerationFlags, ReasoningFlags};
use super::tool_loop::{ToolRunner, stream_rounds};
use crate::aws::converse::input_from_json;
use crate::context::Ctx;
use crate::error::{Failure, Result};
use crate::output::{Column, View};

#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Slash commands: /system TEXT, /clear, /save FILE, /model ID, /usage, /help, /exit.\nEnd a line with \\ to continue it on the next line. Ctrl-C while a reply streams cancels that turn; Ctrl-D leaves.\nMODEL may be left out when resuming a session (its model is used) or when a default model is set\n(`model = \"...\"` in the config file, or BEDROCK_MODEL). The model is checked before the first prompt.\nThe session file is written when a turn completes or /clear, /system or /model changed it, never otherwise.\n\nExamples:\n  bedrock chat claude-3-haiku --system \"You are terse\"\n  bedrock chat nova-lite --session work      # resumed next time with --session work\n  bedrock chat --continue                    # resume the most recent session, with its model\n  bedrock chat --list                        # the saved sessions, newest first\n  bedrock chat --delete work\n  bedrock converse --continue=work \"One more thing\"   # a turn of the session from the shell\n  echo \"hi\" | bedrock chat nova-lite           # one turn, like converse --stream\n  bedrock chat us.anthropic.claude-sonnet-4-20250514-v1:0 --reasoning 2048   # reasoning kept across turns\n  bedrock chat nova-lite --tools tools.json --tool get_weather=./weather.sh --trace\n\nTools: --tool NAME=COMMAND runs `sh -c COMMAND` when the model calls NAME, as in converse (see\n`bedrock converse --help`); the session keeps every round's tool calls and results, and the tool\nconfiguration, so a resumed session can go on."
)]
pub struct ChatArgs {
    /// Model id, alias, inference profile id, ARN, or provisioned throughput name; may be left out
    /// when resuming a session or when a default model is set.
    #[arg(value_name = "MODEL")]
    pub model: Option<String>,

    #[command(flatten)]
    pub generation: GenerationFlags,

    #[command(flatten)]
    pub reasoning: ReasoningFlags,

    /// Resume the most recent session.
    #[arg(long, conflicts_with = "session")]
    pub r#continue: bool,

    /// Name of the session to resume or create.
    #[arg(long, value_name = "NAME")]
    pub session: Option<String>,

    /// Start from this conversation (the API's `messages` list as JSON).
    #[arg(long, value_name = "FILE")]
    pub messages: Option<PathBuf>,

    #[command(flatten)]
    pub tools: super::tool_loop::ChatToolFlags,

    /// List the saved sessions (name, model, messages, tokens, last change), newest first.
    #[arg(long, conflicts_with_all = ["model", "continue", "session", "messages", "delete"])]
    pub list: bool,

    /// Delete the saved session NAME.
    #[arg(long, value_name = "NAME", conflicts_with_all = ["model", "continue", "session", "messages"])]
    pub delete: Option<String>,
}

/// A saved conversation.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Session {
    pub model: String,
    #[serde(default)]
    pub system: Vec<String>,
    #[serde(default)]
    pub messages: Vec<Value>,
    #[serde(default)]
    pub input_tokens: u64,
    #[serde(default)]
    pub output_tokens: u64,
    /// The `toolConfig` of the conversation (sent with every turn: the history may hold tool use).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tool_config: Option<Value>,
}

impl Session {
    /// The Converse request for the conversation so far, to `model` (the resolved id).
    fn request(
        &self,
        generation: &GenerationFlags,
        reasoning: &ReasoningFlags,
        model: &str,
    ) -> Result<Value> {
        let mut request = json!({"messages": self.messages});
        if !self.system.is_empty() {
            request["system"] =
                json!(self.system.iter().map(|text| json!({"text": text})).collect::<Vec<_>>());
        }
        let mut inference = serde_json::Map::new();
        let max_tokens = match reasoning.reasoning {
            Some(budget) => {
                request["additionalModelRequestFields"] =
                    json!({"thinking": {"type": "enabled", "budget_tokens": budget}});
                Some(crate::models::check_reasoning(model, budget, generation.max_tokens)?)
            }
            None => generation.max_tokens,
        };
        if let Some(value) = max_tokens {
            inference.insert("maxTokens".into(), json!(value));
        }
        if let Some(value) = generation.temperature {
            inference.insert("temperature".into(), json!(value));
        }
        if let Some(value) = generation.top_p {
            inference.insert("topP".into(), json!(value));
        }
        if !generation.stop.is_empty() {
            inference.insert("stopSequences".into(), json!(generation.stop));
        }
        if !inference.is_empty() {
            request["inferenceConfig"] = Value::Object(inference);
        }
        if let Some(tier) = reasoning.service_tier {
            request["serviceTier"] = json!({"type": tier.name()});
        }
        if let Some(config) = &self.tool_config {
            request["toolConfig"] = config.clone();
        }
        Ok(request)
    }
}

fn sessions_dir(ctx: &Ctx) -> Result<PathBuf> {
    ctx.settings.data_dir.as_ref().map(|dir| dir.join("chat")).ok_or_else(|| {
        Failure::configuration("no data directory for chat sessions").with_hint("set BEDROCK_DATA_DIR")
    })
}

fn valid_session_name(name: &str) -> Result<()> {
    let valid = !name.is_empty()
        && name.len() <= 64
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.')
        && !name.starts_with('.');
    if valid {
        Ok(())
    } else {
        Err(Failure::usage(format!("invalid session name '{name}': use letters, digits, '-', '_' and '.'")))
    }
}

/// A saved session's name and file: the one named, or with `None` the most recent one.
fn existing_session(ctx: &Ctx, name: Option<&str>) -> Result<(String, PathBuf)> {
    let directory = sessions_dir(ctx)?;
    match name {
        Some(name) => {
            valid_session_name(name)?;
            let path = directory.join(format!("{name}.json"));
            if path.is_file() {
                Ok((name.to_string(), path))
            } else {
                Err(Failure::usage(format!("no saved chat session named '{name}'"))
                    .with_hint("`bedrock chat --list` lists the saved sessions"))
            }
        }
        None => latest_session(&directory)
            .and_then(|path| {
                let name = path.file_stem()?.to_string_lossy().into_owned();
                Some((name, path))
            })
            .ok_or_else(|| Failure::usage("no saved chat session to continue")),
    }
}

/// A chat session continued by `converse --continue`: one turn from the shell, saved to it.
pub struct Continued {
    pub name: String,
    path: PathBuf,
    pub session: Session,
}

impl Continued {
    /// The session named, or the most recent one for an empty name.
    pub fn open(ctx: &Ctx, name: &str) -> Result<Self> {
        let (name, path) = existing_session(ctx, Some(name).filter(|name| !name.is_empty()))?;
        let session = load(&path)?;
        Ok(Continued { name, path, session })
    }

    /// Put the session's conversation before the request's new message, and its system prompt
    /// unless `--system` gave one.
    pub fn extend(&self, request: &mut Value, system_given: bool) {
        let mut messages = self.session.messages.clone();
        if let Some(Value::Array(new)) = request.get_mut("messages").map(Value::take) {
            messages.extend(new);
        }
        request["messages"] = Value::Array(messages);
        // A history holding tool calls is sent with the tools it used.
        if request.get("toolConfig").is_none()
            && let Some(config) = &self.session.tool_config
        {
            request["toolConfig"] = config.clone();
        }
        if !system_given && !self.session.system.is_empty() {
            let mut system: Vec<Value> =
                self.session.system.iter().map(|text| json!({"text": text})).collect();
            if let Some(Value::Array(blocks)) = request.get("system") {
                system.extend(blocks.iter().cloned());
            }
            request["system"] = Value::Array(system);
        }
    }

    /// Record the turn (the request's messages after the session's: the new message, and the
    /// rounds of tool calls and results if tools ran; then the answer) and save the session.
    pub fn record(&mut self, request: &Value, answer: Answer, model: &str, system: &[String]) -> Result<()> {
        let Some(messages) = request["messages"].as_array() else { return Ok(()) };
        let mut new = messages.get(self.session.messages.len()..).unwrap_or_default();
        // The streamed rounds leave the answer in the request too: it is recorded once, below.
        if let Some((last, before)) = new.split_last()
            && last["role"] == "assistant"
        {
            new = before;
        }
        if new.is_empty() {
            return Ok(());
        }
        let mut reply = answer.message;
        // An empty text block (an answer that was only a tool call) is refused in a request.
        if let Some(content) = reply["content"].as_array_mut() {
            content.retain(|block| block.get("text").is_none_or(|text| text != ""));
        }
        self.session.messages.extend(new.iter().cloned());
        self.session.messages.push(reply);
        // The tools go with the history (not structured output's forced tool, which is no tool
        // of the conversation).
        let structured = |config: &Value| {
            config["tools"].as_array().into_iter().flatten().any(|tool| {
                tool.pointer("/toolSpec/name").and_then(Value::as_str)
                    == Some(super::converse::STRUCTURED_TOOL)
            })
        };
        if let Some(config) = request.get("toolConfig").filter(|config| !structured(config)) {
            self.session.tool_config = Some(config.clone());
        }
        self.session.model = model.to_string();
        if !system.is_empty() {
            self.session.system = system.to_vec();
        }
        self.session.input_tokens += answer.tokens.input.unwrap_or_default();
        self.session.output_tokens += answer.tokens.output.unwrap_or_default();
        save(&self.path, &self.session)
    }
}

const SESSION_COLUMNS: &[Column] = &[
    Column { header: "NAME", path: "name" },
    Column { header: "MODEL", path: "model" },
    Column { header: "MESSAGES", path: "messages" },
    Column { header: "TOKENS", path: "tokens" },
    Column { header: "MODIFIED", path: "modified" },
];

/// `chat --list`: the saved sessions, newest first.
fn list(ctx: &Ctx) -> Result<()> {
    let directory = sessions_dir(ctx)?;
    let entries = match std::fs::read_dir(&directory) {
        Ok(entries) => entries.filter_map(|entry| entry.ok()).map(|entry| entry.path()).collect(),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Vec::new(),
        Err(error) => return Err(Failure::file(&directory, "read", &error)),
    };
    let mut sessions = Vec::new();
    for path in entries {
        if path.extension().is_none_or(|extension| extension != "json") {
            continue;
        }
        let Some(name) = path.file_stem().map(|stem| stem.to_string_lossy().into_owned()) else { continue };
        let modified = std::fs::metadata(&path)
            .and_then(|metadata| metadata.modified())
            .ok()
            .and_then(|time| time.duration_since(std::time::UNIX_EPOCH).ok())
            .map(|since| i64::try_from(since.as_millis()).unwrap_or(i64::MAX))
            .unwrap_or_default();
        let session = match load(&path) {
            Ok(session) => session,
            Err(failure) => {
                ctx.output.warn(&failure.to_string());
                continue;
            }
        };
        sessions.push((modified, name, session));
    }
    sessions.sort_by(|left, right| right.0.cmp(&left.0).then_with(|| left.1.cmp(&right.1)));
    let rows: Vec<Value> = sessions
        .into_iter()
        .map(|(modified, name, session)| {
            json!({
                "name": name,
                "model": session.model,
                "messages": session.messages.len(),
                "inputTokens": session.input_tokens,
                "outputTokens": session.output_tokens,
                "tokens": session.input_tokens + session.output_tokens,
                "modified": crate::calllog::timestamp(modified),
            })
        })
        .collect();
    ctx.output
        .document(&json!({"sessions": rows}), &View::Rows { rows: "sessions", columns: SESSION_COLUMNS })
}

/// `chat --delete NAME`.
fn delete(ctx: &Ctx, name: &str) -> Result<()> {
    let (name, path) = existing_session(ctx, Some(name))?;
    std::fs::remove_file(&path).map_err(|error| Failure::file(&path, "delete", &error))?;
    ctx.output.info(&format!("deleted chat session '{name}'"));
    Ok(())
}

/// Write a file readable by the owner only, atomically.
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    crate::files::write_bytes_atomically(path, bytes, true)
        .map_err(|error| Failure::file(path, "write", &error))
}

fn save(path: &Path, session: &Session) -> Result<()> {
    let bytes = serde_json::to_vec_pretty(session)
        .map_err(|error| Failure::other("chat", format!("cannot serialise the session: {error}")))?;
    write_private(path, &bytes)
}

fn load(path: &Path) -> Result<Session> {
    let bytes = std::fs::read(path).map_err(|error| Failure::file(path, "read the session", &error))?;
    serde_json::from_slice(&bytes)
        .map_err(|error| Failure::usage(format!("the session file {} is damaged: {error}", path.display())))
}

/// The most recently saved session file.
fn latest_session(directory: &Path) -> Option<PathBuf> {
    let entries = std::fs::read_dir(directory).ok()?;
    entries
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|extension| extension == "json"))
        .max_by_key(|path| std::fs::metadata(path).and_then(|metadata| metadata.modified()).ok())
}

fn user_message(text: &str) -> Value {
    json!({"role": "user", "content": [{"text": text}]})
}

/// One turn: send the conversation, stream the answer (running the tools it calls), record it.
async fn turn(
    ctx: &Ctx,
    session: &mut Session,
    flags: (&GenerationFlags, &ReasoningFlags, Option<&ToolRunner>),
    text: &str,
    display: Display,
    conversation: &Path,
) -> Result<String> {
    let (generation, reasoning, runner) = flags;
    let model = crate::models::resolve_model(&ctx.settings, &session.model);
    session.messages.push(user_message(text));
    let request = session.request(generation, reasoning, &model);
    let mut request = match request.and_then(|request| input_from_json(&request).map(|_| request)) {
        Ok(request) => request,
        Err(failure) => {
            session.messages.pop();
            return Err(failure);
        }
    };
    let conversation = conversation.file_stem().map(|stem| stem.to_string_lossy());
    ctx.call_log.begin("chat", &model, Some(text.to_owned()), conversation.as_deref());
    match stream_rounds(ctx, &model, &mut request, runner, display, reasoning.show(&ctx.output)).await {
        Ok(reply) => {
            ctx.call_log.finish(Some(reply.text.clone()), reply.tokens());
            // Every round's messages (reasoning blocks with their signatures, tool calls and
            // results) go back with the turn: the next request must carry them.
            if let Some(Value::Array(messages)) = request.get_mut("messages").map(Value::take) {
                session.messages = messages;
            }
            if let Some((input_tokens, output_tokens, _)) = reply.usage {
                session.input_tokens += input_tokens;
                session.output_tokens += output_tokens;
            }
            Ok(reply.text)
        }
        Err(failure) => {
            // The turn failed: the conversation stays as it was before it.
            ctx.call_log.failed(failure.exit_code());
            session.messages.pop();
            Err(failure)
        }
    }
}

pub async fn run(ctx: &Ctx, args: ChatArgs) -> Result<()> {
    if args.list {
        return list(ctx);
    }
    if let Some(name) = &args.delete {
        return delete(ctx, name);
    }
    let directory = sessions_dir(ctx)?;
    let name = match (&args.session, args.r#continue) {
        (Some(name), _) => {
            valid_session_name(name)?;
            name.clone()
        }
        (None, true) => existing_session(ctx, None)?.0,
        (None, false) => "last".to_string(),
    };
    let path = directory.join(format!("{name}.json"));
    let resuming = args.r#continue || (args.session.is_some() && path.exists());
    let mut session = if resuming {
        load(&path)?
    } else {
        Session {
            model: String::new(),
            system: Vec::new(),
            messages: Vec::new(),
            input_tokens: 0,
            output_tokens: 0,
            tool_config: None,
        }
    };
    // MODEL, else a resumed session's own model, else the default model.
    let model = match (&args.model, resuming) {
        (Some(model), _) => Some(model.clone()),
        (None, true) => Some(session.model.clone()),
        (None, false) => ctx.settings.default_model.clone(),
    };
    let model = model.filter(|model| !model.is_empty()).ok_or_else(crate::models::no_model)?;
    session.model = super::throughput::model_for_name(ctx, &model).await?;
    if let Some(budget) = args.reasoning.reasoning {
        let model = crate::models::resolve_model(&ctx.settings, &session.model);
        crate::models::check_reasoning(&model, budget, args.generation.max_tokens)?;
    }
    if !args.generation.system.is_empty() {
        session.system = args.generation.system.clone();
    }
    if let Some(messages_path) = &args.messages {
        match crate::input::json_file(messages_path, "--messages")? {
            Value::Array(messages) => session.messages = messages,
            Value::Object(mut object) => match object.remove("messages") {
                Some(Value::Array(messages)) => session.messages = messages,
                _ => return Err(Failure::usage("--messages: expected a `messages` list")),
            },
            _ => return Err(Failure::usage("--messages: expected a JSON list of messages")),
        }
    }
    if let Some(config) = args.tools.config()? {
        session.tool_config = Some(config);
    }
    let runner = args.tools.run.runner(session.tool_config.as_ref())?;
    let runner = runner.as_ref();

    if !crate::input::stdin_is_piped() && ctx.output.stdout_is_terminal {
        // A model that does not exist is refused before the first prompt, not after it.
        let model = crate::models::resolve_model(&ctx.settings, &session.model);
        super::models::confirm_exists(ctx, &model).await?;
        return interactive(ctx, &args, &mut session, &path, runner).await;
    }
    // Not a terminal: one turn from stdin (or answer the last user message of --messages).
    let text = if crate::input::stdin_is_piped() {
        crate::input::read_stdin_text("the message")?
    } else {
        String::new()
    };
    if text.trim().is_empty() {
        let ends_with_user = session.messages.last().is_some_and(|message| message["role"] == "user");
        if args.messages.is_none() || !ends_with_user {
            return Err(Failure::usage("chat needs a terminal, or a message on stdin or --messages")
                .with_hint("in scripts use `bedrock converse MODEL PROMPT --stream`"));
        }
        let last = session.messages.pop().unwrap_or_default();
        let last_text = last["content"][0]["text"].as_str().unwrap_or_default().to_string();
        turn(
            ctx,
            &mut session,
            (&args.generation, &args.reasoning, runner),
            &last_text,
            Display::Text,
            &path,
        )
        .await?;
    } else {
        turn(
            ctx,
            &mut session,
            (&args.generation, &args.reasoning, runner),
            text.trim_end(),
            Display::Text,
            &path,
        )
        .await?;
    }
    save(&path, &session)
}

const HELP: &str = "/system TEXT  set the system prompt\n/clear        forget the conversation\n/save FILE    write the conversation (the API's messages JSON) to FILE\n/model ID     switch model\n/usage        tokens used in this session\n/exit         leave (Ctrl-D also works)\nCtrl-C while a reply streams cancels that turn.";

/// Completes on Ctrl-C (never when no handler can be installed).
async fn interrupted() {
    if tokio::signal::ctrl_c().await.is_err() {
        std::future::pending::<()>().await;
    }
}

/// `/model ID`: the new model, once it is known to exist.
async fn switch_model(ctx: &Ctx, wanted: &str) -> Result<String> {
    let model = super::throughput::model_for_name(ctx, wanted).await?;
    super::models::confirm_exists(ctx, &crate::models::resolve_model(&ctx.settings, &model)).await?;
    Ok(model)
}

async fn interactive(
    ctx: &Ctx,
    args: &ChatArgs,
    session: &mut Session,
    path: &Path,
    runner: Option<&ToolRunner>,
) -> Result<()> {
    // Ctrl-C while a reply streams is this loop's to handle: it cancels the turn, not the chat.
    let _claim = ctx.interrupts.claim();
    // Whether the session changed since it was last saved: quitting saves only then, so that
    // starting a chat and leaving at once never replaces the saved session.
    let mut changed = false;
    let mut editor = rustyline::DefaultEditor::new()
        .map_err(|error| Failure::other("terminal", format!("cannot start line editing: {error}")))?;
    let history = path.with_file_name("history.txt");
    let _ = editor.load_history(&history);
    ctx.output.info(&format!(
        "chatting with {} — session '{}' ({} earlier messages). /help for commands, Ctrl-D to leave.",
        session.model,
        path.file_stem().map(|stem| stem.to_string_lossy().into_owned()).unwrap_or_default(),
        session.messages.len()
    ));
    loop {
        let mut text = String::new();
        let mut prompt = "you> ";
        loop {
            match editor.readline(prompt) {
                Ok(line) => {
                    if let Some(stripped) = line.strip_suffix('\\') {
                        text.push_str(stripped);
                        text.push('\n');
                        prompt = "...> ";
                        continue;
                    }
                    text.push_str(&line);
                    break;
                }
                Err(ReadlineError::Interrupted) => {
                    text.clear();
                    break;
                }
                Err(ReadlineError::Eof) => {
                    let _ = editor.save_history(&history);
                    return if changed { save(path, session) } else { Ok(()) };
                }
                Err(error) => return Err(Failure::other("terminal", format!("cannot read input: {error}"))),
            }
        }
        let text = text.trim();
        if text.is_empty() {
            continue;
        }
        let _ = editor.add_history_entry(text);
        if let Some(command) = text.strip_prefix('/') {
            let (name, rest) =
                command.split_once(' ').map(|(name, rest)| (name, rest.trim())).unwrap_or((command, ""));
            match name {
                "exit" | "quit" => break,
                "help" => ctx.output.info(HELP),
                "clear" => {
                    session.messages.clear();
                    changed = true;
                    ctx.output.info("conversation cleared");
                }
                "system" if !rest.is_empty() => {
                    session.system = vec![rest.to_string()];
                    changed = true;
                    ctx.output.info("system prompt set");
                }
                "model" if !rest.is_empty() => match switch_model(ctx, rest).await {
                    Ok(model) => {
                        session.model = model;
                        changed = true;
                        ctx.output.info(&format!("now talking to {rest}"));
                    }
                    Err(failure) => {
                        ctx.output.warn(&format!("{failure}; still talking to {}", session.model))
                    }
                },
                "usage" => ctx.output.usage(&format!(
                    "input tokens {}, output tokens {} in this session",
                    session.input_tokens, session.output_tokens
                )),
                "save" if !rest.is_empty() => {
                    let target = PathBuf::from(rest);
                    let document = json!({"messages": session.messages});
                    match write_private(&target, crate::output::json::render(&document).as_bytes()) {
                        Ok(()) => ctx.output.info(&format!("saved to {}", target.display())),
                        Err(failure) => ctx.output.warn(&failure.to_string()),
                    }
                }
                _ => ctx.output.warn(&format!("unknown command /{name} (try /help)")),
            }
            continue;
        }
        let before = session.clone();
        crate::output::progress::wait_for_output(&ctx.output, "waiting for the answer (Ctrl-C cancels)");
        let outcome = {
            let reply =
                turn(ctx, session, (&args.generation, &args.reasoning, runner), text, Display::Text, path);
            tokio::select! {
                result = reply => Some(result),
                () = interrupted() => None,
            }
        };
        crate::output::progress::end_waiting();
        match outcome {
            None => {
                // Ctrl-C: the turn is dropped, and the conversation is as it was before it.
                *session = before;
                crate::output::finish_open_line();
                ctx.call_log.failed(Failure::interrupted().exit_code());
                ctx.output.info("cancelled");
            }
            // A failed turn is reported and the chat goes on.
            Some(Err(failure)) => ctx.output.warn(&failure.to_string()),
            Some(Ok(_)) => {
                save(path, session)?;
                changed = false;
            }
        }
    }
    let _ = editor.save_history(&history);
    if changed { save(path, session) } else { Ok(()) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn session_names_are_checked() {
        assert!(valid_session_name("work-2024").is_ok());
        assert!(valid_session_name("../etc").is_err());
        assert!(valid_session_name("").is_err());
    }

    #[test]
    fn requests_carry_system_and_settings() {
        let session = Session {
            model: "m".into(),
            system: vec!["terse".into()],
            messages: vec![user_message("hi")],
            input_tokens: 0,
            output_tokens: 0,
            tool_config: None,
        };
        let generation = GenerationFlags { max_tokens: Some(5), ..Default::default() };
        let request =
            session.request(&generation, &ReasoningFlags::default(), "amazon.nova-lite-v1:0").unwrap();
        assert_eq!(request["system"][0]["text"], "terse");
        assert_eq!(request["inferenceConfig"]["maxTokens"], 5);
    }
}
