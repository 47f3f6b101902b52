//! The only module that prints. Data goes to stdout as json, table or text (DESIGN.md §3);
//! errors, warnings, hints, debug traces and progress go to stderr.

pub mod bulk;
pub mod citations;
pub mod json;
pub mod progress;
pub mod query;
pub mod stream;
pub mod table;
pub mod text;
pub mod yaml;

use std::borrow::Cow;
use std::io::Write;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};

use serde_json::Value;

use crate::cli::OutputFormat;
use crate::error::{Failure, Kind, Result};
use crate::settings::Settings;

/// A column of a table view: a header and a dotted path into one row object.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub header: &'static str,
    pub path: &'static str,
}

/// How a JSON document is shown as a table or as text when no `--query` is given.
#[derive(Debug, Clone, Copy)]
pub enum View {
    /// One row per element of the array found at `rows` (dotted path).
    Rows { rows: &'static str, columns: &'static [Column] },
    /// One object, found at `record` (dotted path), shown as field/value pairs.
    Record { record: &'static str, fields: &'static [Column] },
}

/// Everything the printers need to know, resolved once.
#[derive(Debug, Clone)]
pub struct Output {
    pub format: OutputFormat,
    /// The format was chosen by the user, not defaulted from the terminal.
    pub format_chosen: bool,
    /// The format was chosen by flag or BEDROCK_OUTPUT (not the config file).
    pub format_chosen_for_text: bool,
    pub query: Option<String>,
    /// `--query` compiled, once, on first use (a stream or a bulk run applies it to every line).
    compiled_query: OnceLock<jmespath::Expression<'static>>,
    pub stdout_color: bool,
    pub stderr_color: bool,
    pub stdout_is_terminal: bool,
    pub stderr_is_terminal: bool,
    pub quiet: bool,
    pub debug: bool,
}

impl Output {
    pub fn from_settings(settings: &Settings) -> Self {
        Output {
            format: settings.output_format,
            format_chosen: settings.output_format_chosen,
            format_chosen_for_text: settings.output_format_chosen_for_text,
            query: settings.query.clone(),
            compiled_query: OnceLock::new(),
            stdout_color: settings.stdout_color,
            stderr_color: settings.stderr_color,
            stdout_is_terminal: settings.stdout_is_terminal,
            stderr_is_terminal: settings.stderr_is_terminal,
            quiet: settings.quiet,
            debug: settings.debug,
        }
    }

    /// Check `--query` before any request is sent, so a typo costs no call.
    pub fn validate_query(&self) -> Result<()> {
        self.compiled_query().map(|_| ())
    }

    /// `--query`, compiled the first time it is needed.
    fn compiled_query(&self) -> Result<Option<&jmespath::Expression<'static>>> {
        let Some(expression) = &self.query else { return Ok(None) };
        if let Some(compiled) = self.compiled_query.get() {
            return Ok(Some(compiled));
        }
        let compiled = query::compile(expression)?;
        Ok(Some(self.compiled_query.get_or_init(|| compiled)))
    }

    /// A document after `--query` (the document itself without one).
    pub fn queried<'v>(&self, document: &'v Value) -> Result<Cow<'v, Value>> {
        match self.compiled_query()? {
            Some(compiled) => query::search(compiled, document).map(Cow::Owned),
            None => Ok(Cow::Borrowed(document)),
        }
    }

    /// Print a JSON document in the chosen format, after `--query`.
    pub fn document(&self, document: &Value, view: &View) -> Result<()> {
        let rendered = self.render_document(document, view)?;
        self.write_stdout(rendered.as_bytes())?;
        // A table has no place for the token of a list cut by --max-items: say it on stderr.
        if self.format == OutputFormat::Table
            && self.query.is_none()
            && let Some(token) = document.get("nextToken").and_then(Value::as_str)
        {
            self.info(&format!("more results: add --starting-token {token}"));
        }
        Ok(())
    }

    /// Render a document to the text that `document` would print.
    pub fn render_document(&self, document: &Value, view: &View) -> Result<String> {
        let shown = self.queried(document)?;
        // A queried result no longer has the shape the view describes.
        let view = if self.query.is_some() { None } else { Some(view) };
        let shown = shown.as_ref();
        Ok(match self.format {
            OutputFormat::Json => json::render(shown),
            OutputFormat::Table => table::render(shown, view, self.stdout_color),
            OutputFormat::Text => text::render(shown, view),
            OutputFormat::Yaml => yaml::render(shown),
            OutputFormat::YamlStream => yaml::render_stream(shown),
        })
    }

    /// Print a document that has no view of its own (`bedrock api`): JSON as it is, tables and
    /// text in the generic layout, after `--query`.
    pub fn any_document(&self, document: &Value) -> Result<()> {
        let shown = self.queried(document)?;
        let rendered = match self.format {
            OutputFormat::Json => json::render(&shown),
            OutputFormat::Table => table::render(&shown, None, self.stdout_color),
            OutputFormat::Text => text::render(&shown, None),
            OutputFormat::Yaml => yaml::render(&shown),
            OutputFormat::YamlStream => yaml::render_stream(&shown),
        };
        self.write_stdout(rendered.as_bytes())
    }

    /// Print a JSON document as JSON whatever the format (runtime responses), after `--query`.
    pub fn json_document(&self, document: &Value) -> Result<()> {
        let shown = self.queried(document)?;
        self.write_stdout(json::render(&shown).as_bytes())
    }

    /// Write raw bytes to stdout and flush (generated text, scripts).
    pub fn write_stdout(&self, bytes: &[u8]) -> Result<()> {
        progress::end_waiting();
        let mut stdout = std::io::stdout().lock();
        stdout.write_all(bytes).map_err(Failure::from_write)?;
        stdout.flush().map_err(Failure::from_write)
    }

    /// A line on stdout.
    pub fn line(&self, text: &str) -> Result<()> {
        progress::end_waiting();
        let mut stdout = std::io::stdout().lock();
        writeln!(stdout, "{text}").map_err(Failure::from_write)?;
        stdout.flush().map_err(Failure::from_write)
    }

    /// A note for a person on stderr (suppressed by --quiet).
    pub fn info(&self, text: &str) {
        if !self.quiet {
            stderr_line(text);
        }
    }

    /// Whether a control-plane command should print its JSON document instead of a message.
    pub fn wants_json(&self) -> bool {
        self.format_chosen && self.format == OutputFormat::Json
    }

    /// Whether a runtime command should print the service's JSON documents instead of generated
    /// text: `-o json` (or BEDROCK_OUTPUT=json), or a `--query` to apply to them. The config
    /// file's `output` is for control-plane documents.
    pub fn runtime_wants_json(&self) -> bool {
        (self.format_chosen_for_text && self.format == OutputFormat::Json) || self.query.is_some()
    }

    /// Requested figures (`--usage`) on stderr, shown even with --quiet.
    pub fn usage(&self, text: &str) {
        let prefix = paint("usage:", "2", self.stderr_color);
        stderr_line(&format!("{prefix} {text}"));
    }

    /// A warning on stderr (shown even with --quiet).
    pub fn warn(&self, text: &str) {
        let prefix = paint("warning:", "33", self.stderr_color);
        stderr_line(&format!("{prefix} {text}"));
    }

    /// A debug trace line on stderr, only with --debug. Callers redact secrets first.
    pub fn debug(&self, text: &str) {
        if self.debug {
            debug_line(text);
        }
    }
}

/// Whether streamed text left stdout in the middle of a line.
static LINE_OPEN: AtomicBool = AtomicBool::new(false);

impl Output {
    /// Streamed text, written and flushed as it arrives.
    pub fn stream_text(&self, text: &str) -> Result<()> {
        if text.is_empty() {
            return Ok(());
        }
        progress::end_waiting();
        let mut stdout = std::io::stdout().lock();
        stdout.write_all(text.as_bytes()).map_err(Failure::from_write)?;
        stdout.flush().map_err(Failure::from_write)?;
        LINE_OPEN.store(!text.ends_with('\n'), Ordering::Relaxed);
        Ok(())
    }

    /// End streamed text with a newline unless it already ended with one.
    pub fn end_stream_text(&self) -> Result<()> {
        if LINE_OPEN.swap(false, Ordering::Relaxed) {
            return self.write_stdout(b"\n");
        }
        Ok(())
    }

    /// One NDJSON line, flushed; `--query` is applied to each event and null results are skipped.
    pub fn ndjson(&self, value: &Value) -> Result<()> {
        let shown = self.queried(value)?;
        if shown.is_null() {
            return Ok(());
        }
        self.write_stdout(json::render_line(&shown).as_bytes())
    }
}

#[cfg(test)]
impl Output {
    /// Piped JSON output without a query, quiet (unit tests).
    pub fn quiet_json() -> Output {
        Output {
            format: OutputFormat::Json,
            format_chosen: true,
            format_chosen_for_text: true,
            query: None,
            compiled_query: OnceLock::new(),
            stdout_color: false,
            stderr_color: false,
            stdout_is_terminal: false,
            stderr_is_terminal: false,
            quiet: true,
            debug: false,
        }
    }
}

/// After an interrupted stream, finish the open line so the error starts on its own line.
pub fn finish_open_line() {
    progress::end_waiting();
    if LINE_OPEN.swap(false, Ordering::Relaxed) {
        let mut stdout = std::io::stdout().lock();
        let _ = stdout.write_all(b"\n");
        let _ = stdout.flush();
    }
}

/// Ask before a destructive action. `--yes` skips the question; without a terminal to ask on,
/// the action is refused unless `--yes` was given.
pub fn confirm(output: &Output, question: &str, yes: bool) -> Result<()> {
    use std::io::IsTerminal;
    if yes {
        return Ok(());
    }
    if !std::io::stdin().is_terminal() || !output.stderr_is_terminal {
        return Err(Failure::usage(format!("{question} Refusing without --yes when not on a terminal")));
    }
    {
        let mut stderr = std::io::stderr().lock();
        let _ = write!(stderr, "{question} [y/N] ");
        let _ = stderr.flush();
    }
    let mut answer = String::new();
    std::io::stdin()
        .read_line(&mut answer)
        .map_err(|error| Failure::usage(format!("cannot read the answer: {error}")))?;
    match answer.trim().to_ascii_lowercase().as_str() {
        "y" | "yes" => Ok(()),
        _ => Err(Failure::usage("cancelled; nothing was changed")),
    }
}

/// Print a failure as the one `error:` line, plus its `hint:` line.
pub fn failure(failure: &Failure, color: bool) {
    if failure.kind == Kind::BrokenPipe || failure.kind == Kind::ControlReturned {
        return;
    }
    finish_open_line();
    let prefix = paint("error:", "31;1", color);
    stderr_line(&format!("{prefix} {failure}"));
    if let Some(hint) = &failure.hint {
        let prefix = paint("hint:", "36", color);
        stderr_line(&format!("{prefix} {}", crate::error::single_line(hint)));
    }
}

/// Print text that clap rendered (help, version) to stdout.
pub fn clap_text(text: &str) -> Result<()> {
    progress::end_waiting();
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(text.as_bytes()).map_err(Failure::from_write)?;
    stdout.flush().map_err(Failure::from_write)
}

/// One line of a debug trace on stderr (used by the SDK interceptors).
pub fn debug_line(text: &str) {
    stderr_line(&format!("[debug] {text}"));
}

/// One line on stderr, with URL passwords hidden (an endpoint or proxy URL in a trace, a
/// warning or an error); a closed stderr is ignored (there is nowhere left to report it).
pub fn stderr_line(text: &str) {
    progress::end_waiting();
    let text = crate::aws::redact::url_passwords(text);
    let mut stderr = std::io::stderr().lock();
    let _ = writeln!(stderr, "{text}");
}

/// Wrap text in an ANSI colour when colour is on.
pub fn paint(text: &str, code: &str, color: bool) -> String {
    if color { format!("\u{1b}[{code}m{text}\u{1b}[0m") } else { text.to_string() }
}

/// Follow a dotted path (`modelLifecycle.status`) into a JSON value.
pub fn lookup<'a>(value: &'a Value, path: &str) -> Option<&'a Value> {
    if path.is_empty() {
        return Some(value);
    }
    path.split('.').try_fold(value, |current, key| current.get(key))
}

/// A JSON value as a table or text cell: strings bare, arrays joined, nothing as empty.
pub fn cell(value: Option<&Value>, separator: &str) -> String {
    match value {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(text)) => text.clone(),
        Some(Value::Bool(flag)) => flag.to_string(),
        Some(Value::Number(number)) => number.to_string(),
        Some(Value::Array(items)) => {
            items.iter().map(|item| cell(Some(item), separator)).collect::<Vec<_>>().join(separator)
        }
        Some(object @ Value::Object(_)) => object.to_string(),
    }
}
