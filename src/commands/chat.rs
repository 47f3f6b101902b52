//! `bedrock chat MODEL`: an interactive conversation over ConverseStream, with line editing and
//! history (rustyline), slash commands, and sessions saved under the data directory (owner-only
//! files) that `--continue` or `--session NAME` resume. Without a terminal it answers one turn
//! from stdin or `--messages`, like `converse --stream`.

use std::path::{Path, PathBuf};

use clap::Args;
use rustyline::error::ReadlineError;
use serde_json::{Value, json};

use super::converse::Display;
use super::invoke::{GenerationFlags, ReasoningFlags};
use super::tool_loop::{ToolRunner, stream_rounds};
use crate::aws::converse::input_from_json;
use crate::context::Ctx;
use crate::error::{Failure, Result};

#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Slash commands: /system TEXT, /clear, /save FILE, /model ID, /usage, /help, /exit.\nEnd a line with \\ to continue it on the next line.\n\nExamples:\n  bedrock chat claude-3-haiku --system \"You are terse\"\n  bedrock chat nova-lite --session work      # resumed next time with --session work\n  bedrock chat nova-lite --continue          # resume the most recent session\n  echo \"hi\" | bedrock chat nova-lite           # one turn, like converse --stream\n  bedrock chat us.anthropic.claude-sonnet-4-20250514-v1:0 --reasoning 2048   # reasoning kept across turns\n  bedrock chat nova-lite --tools tools.json --tool get_weather=./weather.sh --trace\n\nTools: --tool NAME=COMMAND runs `sh -c COMMAND` when the model calls NAME, as in converse (see\n`bedrock converse --help`); the session keeps every round's tool calls and results, and the tool\nconfiguration, so a resumed session can go on."
)]
pub struct ChatArgs {
    /// Model id, alias, inference profile id, ARN, or provisioned throughput name.
    #[arg(value_name = "MODEL")]
    pub model: String,

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
        Err(Failure::usage(format!("--session '{name}': use letters, digits, '-', '_' and '.'")))
    }
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
    let directory = sessions_dir(ctx)?;
    let name = match (&args.session, args.r#continue) {
        (Some(name), _) => {
            valid_session_name(name)?;
            name.clone()
        }
        (None, true) => latest_session(&directory)
            .and_then(|path| path.file_stem().map(|stem| stem.to_string_lossy().into_owned()))
            .ok_or_else(|| Failure::usage("no saved chat session to continue"))?,
        (None, false) => "last".to_string(),
    };
    let path = directory.join(format!("{name}.json"));
    let resuming = args.r#continue || (args.session.is_some() && path.exists());
    let mut session = if resuming {
        load(&path)?
    } else {
        Session {
            model: args.model.clone(),
            system: Vec::new(),
            messages: Vec::new(),
            input_tokens: 0,
            output_tokens: 0,
            tool_config: None,
        }
    };
    session.model = super::throughput::model_for_name(ctx, &args.model).await?;
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

const HELP: &str = "/system TEXT  set the system prompt\n/clear        forget the conversation\n/save FILE    write the conversation (the API's messages JSON) to FILE\n/model ID     switch model\n/usage        tokens used in this session\n/exit         leave (Ctrl-D also works)";

async fn interactive(
    ctx: &Ctx,
    args: &ChatArgs,
    session: &mut Session,
    path: &Path,
    runner: Option<&ToolRunner>,
) -> Result<()> {
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
                    return save(path, session);
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
                    ctx.output.info("conversation cleared");
                }
                "system" if !rest.is_empty() => {
                    session.system = vec![rest.to_string()];
                    ctx.output.info("system prompt set");
                }
                "model" if !rest.is_empty() => {
                    session.model = rest.to_string();
                    ctx.output.info(&format!("now talking to {rest}"));
                }
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
        if let Err(failure) =
            turn(ctx, session, (&args.generation, &args.reasoning, runner), text, Display::Text, path).await
        {
            // A failed turn is reported and the chat goes on.
            ctx.output.warn(&failure.to_string());
            continue;
        }
        save(path, session)?;
    }
    let _ = editor.save_history(&history);
    save(path, session)
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
