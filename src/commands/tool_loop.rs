//! Tools that run: `--tool NAME=COMMAND` on `converse`, `converse --stream` and `chat`. When the
//! model asks for a tool, its command runs (src/tool_command.rs) with the tool's input JSON on
//! stdin, and what it prints goes back to the model as the `toolResult`; the conversation goes on
//! until the model ends its turn, for `--max-tool-rounds` rounds at most.
//!
//! The contract (also in the commands' help):
//! - stdout holding a JSON object becomes `{"json": OBJECT}`; any other output becomes
//!   `{"text": STDOUT}` (trimmed; "(no output)" when empty), with `status: "success"`.
//! - A non-zero exit (or a signal) becomes `status: "error"` with the text "exited with status
//!   N: STDERR" (stderr trimmed, at most [`MAXIMUM_ERROR_TEXT`] characters); the loop goes on and
//!   the model answers knowing the tool failed. A call of a tool no `--tool` runs is answered the
//!   same way. A command that cannot be started stops with a usage error (exit 252).
//! - The command sees `BEDROCK_TOOL_NAME` and `BEDROCK_TOOL_USE_ID` in its environment.
//! - The model asking for tools once more after `--max-tool-rounds` rounds stops with the error
//!   `tool-rounds` (exit 255).
//! - `--trace` prints each call (tool, input) and a summary of its result (status, kind, size) on
//!   stderr, never the result itself.

use std::path::{Path, PathBuf};
use std::time::Instant;

use clap::Args;
use serde_json::{Map, Value, json};

use super::converse::{Display, Reply, stream_reply};
use crate::aws::converse::input_from_json;
use crate::context::Ctx;
use crate::error::{Failure, Result};

/// The most characters of a failing command's stderr sent to the model.
pub const MAXIMUM_ERROR_TEXT: usize = 2000;

/// The default of `--max-tool-rounds`.
pub const DEFAULT_TOOL_ROUNDS: u32 = 10;

/// The flags that make tools run (flattened into `converse` and `chat`).
#[derive(Debug, Clone, Default, Args)]
pub struct ToolFlags {
    /// Run COMMAND (with `sh -c`) when the model calls the tool NAME: the tool's input JSON on
    /// stdin, its stdout sent back as the result (repeatable; NAME needs a schema from --tools or
    /// --tool-schema).
    #[arg(long = "tool", value_name = "NAME=COMMAND")]
    pub tool: Vec<String>,

    /// The input JSON Schema of the tool NAME (its "description" describes the tool; a toolSpec
    /// object is accepted too), for a tool the --tools file does not define (repeatable).
    #[arg(long, value_name = "NAME=FILE")]
    pub tool_schema: Vec<String>,

    /// How many rounds of tool calls the commands answer at most before giving up.
    #[arg(long, value_name = "N", default_value_t = DEFAULT_TOOL_ROUNDS,
          value_parser = clap::value_parser!(u32).range(1..=1000), requires = "tool")]
    pub max_tool_rounds: u32,

    /// Show each tool call and a summary of its result on stderr.
    #[arg(long, requires = "tool")]
    pub trace: bool,
}

/// `chat`'s tool flags: the tools file and the flags that run them.
#[derive(Debug, Clone, Default, Args)]
pub struct ChatToolFlags {
    /// Tool configuration: a JSON file with the API's `toolConfig` (or just its `tools` list).
    #[arg(long, value_name = "FILE")]
    pub tools: Option<PathBuf>,

    #[command(flatten)]
    pub run: ToolFlags,
}

impl ChatToolFlags {
    /// The tool configuration the flags give (None without --tools and --tool-schema).
    pub fn config(&self) -> Result<Option<Value>> {
        let mut config = self.tools.as_deref().map(config_file).transpose()?;
        self.run.extend_config(&mut config)?;
        Ok(config.map(Value::Object))
    }
}

/// The `toolConfig` of `--tools FILE`: the API's object with `tools`, or a list of tools.
pub fn config_file(path: &Path) -> Result<Map<String, Value>> {
    match crate::input::json_file(path, "--tools")? {
        Value::Object(object) if object.contains_key("tools") => Ok(object),
        Value::Array(tools) => {
            let mut object = Map::new();
            object.insert("tools".into(), Value::Array(tools));
            Ok(object)
        }
        _ => Err(Failure::usage(format!(
            "--tools {}: expected a toolConfig object with `tools`, or a list of tools",
            path.display()
        ))),
    }
}

/// Split `NAME=VALUE` of `flag`, both parts non-empty.
fn name_value<'a>(pair: &'a str, flag: &str, what: &str) -> Result<(&'a str, &'a str)> {
    match pair.split_once('=') {
        Some((name, value)) if !name.trim().is_empty() && !value.trim().is_empty() => {
            Ok((name.trim(), value))
        }
        _ => Err(Failure::usage(format!("{flag} '{pair}' is not NAME={what}"))),
    }
}

/// The names of the tools a `toolConfig` defines.
fn defined_names(config: Option<&Map<String, Value>>) -> Vec<String> {
    let tools = config.and_then(|config| config.get("tools")).and_then(Value::as_array);
    tools
        .into_iter()
        .flatten()
        .filter_map(|tool| tool.pointer("/toolSpec/name").and_then(Value::as_str))
        .map(str::to_string)
        .collect()
}

/// The toolSpec of `--tool-schema NAME=FILE`.
fn schema_spec(name: &str, path: &Path) -> Result<Value> {
    let document = crate::input::json_file(path, "--tool-schema")?;
    let Value::Object(mut object) = document else {
        return Err(Failure::usage(format!(
            "--tool-schema {}: a JSON Schema must be an object",
            path.display()
        )));
    };
    if let Some(Value::Object(spec)) = object.remove("toolSpec") {
        object = spec;
    }
    let (description, schema) = match object.remove("inputSchema") {
        // A toolSpec: {"name"?, "description"?, "inputSchema": {"json": SCHEMA}}.
        Some(input_schema) => {
            let schema = input_schema.get("json").cloned().unwrap_or(input_schema);
            (object.get("description").cloned(), schema)
        }
        None => (object.get("description").cloned(), Value::Object(object)),
    };
    if !schema.is_object() {
        return Err(Failure::usage(format!(
            "--tool-schema {}: a JSON Schema must be an object",
            path.display()
        )));
    }
    let mut spec = json!({"name": name, "inputSchema": {"json": schema}});
    if let Some(description) = description.filter(Value::is_string) {
        spec["description"] = description;
    }
    Ok(json!({"toolSpec": spec}))
}

impl ToolFlags {
    /// Add the `--tool-schema` tools to the tool configuration (creating it when there is none).
    pub fn extend_config(&self, config: &mut Option<Map<String, Value>>) -> Result<()> {
        for pair in &self.tool_schema {
            let (name, file) = name_value(pair, "--tool-schema", "FILE")?;
            let spec = schema_spec(name, Path::new(file))?;
            if defined_names(config.as_ref()).iter().any(|defined| defined == name) {
                return Err(Failure::usage(format!(
                    "--tool-schema {name}: the tool {name} is already defined (by --tools or another --tool-schema)"
                )));
            }
            let config = config.get_or_insert_with(Map::new);
            if let Value::Array(tools) = config.entry("tools").or_insert_with(|| json!([])) {
                tools.push(spec);
            }
        }
        Ok(())
    }

    /// The runner of the `--tool` commands (None without `--tool`), each checked against the
    /// tools the request's `toolConfig` defines.
    pub fn runner(&self, config: Option<&Value>) -> Result<Option<ToolRunner>> {
        let defined = defined_names(config.and_then(Value::as_object));
        let mut commands: Vec<(String, String)> = Vec::new();
        for pair in &self.tool {
            let (name, command) = name_value(pair, "--tool", "COMMAND")?;
            if !defined.iter().any(|defined| defined == name) {
                let known = if defined.is_empty() { "none".to_string() } else { defined.join(", ") };
                return Err(Failure::usage(format!(
                    "--tool {name}: no schema for the tool {name} (tools defined: {known})"
                ))
                .with_hint(format!("define it in --tools FILE or give --tool-schema {name}=FILE")));
            }
            if commands.iter().any(|(known, _)| known == name) {
                return Err(Failure::usage(format!("--tool {name} is given twice")));
            }
            commands.push((name.to_string(), command.to_string()));
        }
        // A schema given for a tool is given to run it.
        for pair in &self.tool_schema {
            let name = pair.split_once('=').map(|(name, _)| name.trim()).unwrap_or(pair);
            if !commands.iter().any(|(known, _)| known == name) {
                return Err(Failure::usage(format!(
                    "--tool-schema {name} needs a --tool {name}=COMMAND to run it"
                )));
            }
        }
        if commands.is_empty() {
            return Ok(None);
        }
        Ok(Some(ToolRunner { commands, max_rounds: self.max_tool_rounds, trace: self.trace }))
    }
}

/// Runs the commands of the tools the model calls.
#[derive(Debug, Clone)]
pub struct ToolRunner {
    commands: Vec<(String, String)>,
    max_rounds: u32,
    trace: bool,
}

/// The first `limit` characters of a text, with "…" when cut.
fn shortened(text: &str, limit: usize) -> String {
    let mut short: String = text.chars().take(limit).collect();
    if short.len() < text.len() {
        short.push('…');
    }
    short
}

impl ToolRunner {
    /// The tool calls (`{"toolUse": …}`) of an assistant message that the loop should answer.
    pub fn calls_of(message: &Value) -> Vec<Value> {
        message["content"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|block| block.get("toolUse").is_some())
            .cloned()
            .collect()
    }

    fn trace_line(&self, ctx: &Ctx, text: &str) {
        if self.trace {
            crate::output::stderr_line(&crate::output::paint(
                &format!("[tool] {text}"),
                "2",
                ctx.output.stderr_color,
            ));
        }
    }

    /// The user message answering `calls` in the round after `rounds_done` rounds: each call's
    /// command run, in order. Past the round bound it is an error.
    pub fn answer(&self, ctx: &Ctx, rounds_done: u32, calls: &[Value]) -> Result<Value> {
        if rounds_done >= self.max_rounds {
            return Err(Failure::other(
                "tool-rounds",
                format!(
                    "the model still asked for tools after {rounds_done} round(s) of tool calls (--max-tool-rounds {})",
                    self.max_rounds
                ),
            )
            .with_hint("raise --max-tool-rounds, or check that the tools answer what the model asks"));
        }
        let mut content = Vec::new();
        for call in calls {
            let tool_use = &call["toolUse"];
            let id = tool_use["toolUseId"].as_str().unwrap_or_default();
            let name = tool_use["name"].as_str().unwrap_or_default();
            let input = tool_use.get("input").cloned().unwrap_or_else(|| json!({}));
            self.trace_line(
                ctx,
                &format!("round {}: {name} {}", rounds_done + 1, shortened(&input.to_string(), 200)),
            );
            let started = Instant::now();
            let (block, status) = self.run_one(name, id, &input)?;
            let seconds = started.elapsed().as_secs_f64();
            let summary = match (&block, status) {
                (_, "error") => {
                    format!("{name}: error, {}", shortened(block["text"].as_str().unwrap_or_default(), 120))
                }
                (block, _) if block.get("json").is_some() => {
                    format!("{name}: ok, JSON, {} bytes", block["json"].to_string().len())
                }
                (block, _) => {
                    format!("{name}: ok, text, {} bytes", block["text"].as_str().unwrap_or_default().len())
                }
            };
            self.trace_line(ctx, &format!("{summary} ({seconds:.2} s)"));
            content.push(json!({"toolResult": {"toolUseId": id, "content": [block], "status": status}}));
        }
        Ok(json!({"role": "user", "content": content}))
    }

    /// Run the command of one call: the result's content block and status.
    fn run_one(&self, name: &str, id: &str, input: &Value) -> Result<(Value, &'static str)> {
        let Some((_, command)) = self.commands.iter().find(|(known, _)| known == name) else {
            return Ok((json!({"text": format!("no --tool command runs the tool {name}")}), "error"));
        };
        let finished = crate::tool_command::run(
            command,
            input,
            &[("BEDROCK_TOOL_NAME", name), ("BEDROCK_TOOL_USE_ID", id)],
        )
        .map_err(|reason| Failure::usage(format!("--tool {name}: {reason}")))?;
        if !finished.success() {
            let stderr = finished.stderr.trim();
            let detail = if stderr.is_empty() {
                String::new()
            } else {
                format!(": {}", shortened(stderr, MAXIMUM_ERROR_TEXT))
            };
            return Ok((json!({"text": format!("exited with {}{detail}", finished.status())}), "error"));
        }
        Ok((result_block(&finished.stdout), "success"))
    }
}

/// A successful command's stdout as a tool result content block.
pub fn result_block(stdout: &str) -> Value {
    let trimmed = stdout.trim();
    match serde_json::from_str::<Value>(trimmed) {
        Ok(Value::Object(object)) => json!({"json": object}),
        _ if trimmed.is_empty() => json!({"text": "(no output)"}),
        _ => json!({"text": trimmed}),
    }
}

/// Stream turns of the conversation in `request` (ConverseStream) until the model ends its
/// turn: each reply's message is added to `request["messages"]`, and with a runner the tool calls
/// are answered and the conversation sent again. The result is the last reply, with the usage of
/// every round added up.
pub async fn stream_rounds(
    ctx: &Ctx,
    model: &str,
    request: &mut Value,
    runner: Option<&ToolRunner>,
    display: Display,
    show_reasoning: bool,
) -> Result<Reply> {
    // The loop runs the calls: they are not printed as JSON lines.
    let display = if runner.is_some() && display == Display::Text { Display::Answer } else { display };
    let mut rounds_done = 0;
    let mut total = crate::calllog::Tokens::default();
    let mut latency = 0;
    loop {
        let input = input_from_json(request)?;
        let mut reply = stream_reply(ctx, model, input, display, show_reasoning).await?;
        total.add(&reply.tokens());
        latency += reply.usage.map(|usage| usage.2).unwrap_or_default();
        let message = reply.assistant_message(runner.is_some());
        let calls = ToolRunner::calls_of(&message);
        if let Some(messages) = request.get_mut("messages").and_then(Value::as_array_mut) {
            messages.push(message);
        }
        let runner = match runner {
            Some(runner) if reply.stop_reason == "tool_use" && !calls.is_empty() => runner,
            _ => {
                if reply.usage.is_some() {
                    reply.usage =
                        Some((total.input.unwrap_or_default(), total.output.unwrap_or_default(), latency));
                    reply.cache_read_tokens = total.cache_read;
                    reply.cache_write_tokens = total.cache_write;
                }
                return Ok(reply);
            }
        };
        let results = runner.answer(ctx, rounds_done, &calls)?;
        rounds_done += 1;
        if let Some(messages) = request.get_mut("messages").and_then(Value::as_array_mut) {
            messages.push(results);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_becomes_the_result_content() {
        assert_eq!(result_block(" {\"t\": 21}\n"), json!({"json": {"t": 21}}));
        assert_eq!(result_block("[1, 2]"), json!({"text": "[1, 2]"}));
        assert_eq!(result_block("sunny\n"), json!({"text": "sunny"}));
        assert_eq!(result_block("\n"), json!({"text": "(no output)"}));
    }

    fn flags(tools: &[&str], schemas: &[&str]) -> ToolFlags {
        ToolFlags {
            tool: tools.iter().map(|text| text.to_string()).collect(),
            tool_schema: schemas.iter().map(|text| text.to_string()).collect(),
            max_tool_rounds: 2,
            trace: false,
        }
    }

    #[test]
    fn tools_need_a_schema_and_a_command() {
        let config = json!({"tools": [{"toolSpec": {"name": "get_weather", "inputSchema": {"json": {}}}}]});
        let runner = flags(&["get_weather=./weather.sh"], &[]).runner(Some(&config)).unwrap().unwrap();
        assert_eq!(runner.commands, vec![("get_weather".to_string(), "./weather.sh".to_string())]);
        assert!(flags(&[], &[]).runner(Some(&config)).unwrap().is_none());
        let error = flags(&["get_time=date"], &[]).runner(Some(&config)).unwrap_err();
        assert_eq!(error.exit_code(), 252);
        assert!(
            error.message.contains("no schema for the tool get_time (tools defined: get_weather)"),
            "{}",
            error.message
        );
        assert!(flags(&["get_weather"], &[]).runner(Some(&config)).is_err());
        assert!(flags(&["get_weather=a", "get_weather=b"], &[]).runner(Some(&config)).is_err());
        assert!(flags(&[], &["get_time=t.json"]).runner(Some(&config)).is_err());
    }

    #[test]
    fn schemas_become_tool_specs() {
        let directory = std::env::temp_dir().join(format!("bedrock-tool-schema-{}", std::process::id()));
        std::fs::create_dir_all(&directory).unwrap();
        let plain = directory.join("time.json");
        std::fs::write(&plain, r#"{"type": "object", "description": "The local time of a city"}"#).unwrap();
        let spec = directory.join("spec.json");
        std::fs::write(&spec, r#"{"toolSpec": {"name": "x", "description": "Stock prices", "inputSchema": {"json": {"type": "object"}}}}"#).unwrap();
        let mut config = None;
        let pairs = [format!("get_time={}", plain.display()), format!("get_stock={}", spec.display())];
        flags(&[], &[&pairs[0], &pairs[1]]).extend_config(&mut config).unwrap();
        let config = Value::Object(config.unwrap());
        assert_eq!(config["tools"][0]["toolSpec"]["name"], "get_time");
        assert_eq!(config["tools"][0]["toolSpec"]["description"], "The local time of a city");
        assert_eq!(config["tools"][0]["toolSpec"]["inputSchema"]["json"]["type"], "object");
        assert_eq!(config["tools"][1]["toolSpec"]["name"], "get_stock");
        assert_eq!(config["tools"][1]["toolSpec"]["description"], "Stock prices");
        let mut twice = Some(config.as_object().unwrap().clone());
        assert!(flags(&[], &[&pairs[0]]).extend_config(&mut twice).is_err(), "defined twice");
        std::fs::remove_dir_all(&directory).unwrap();
    }
}
