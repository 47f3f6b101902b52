//! Reading what the user hands us: prompts from an argument, a file or stdin; raw bodies from a
//! string, `@file` or `-`; attachments with size limits. Every failure names the source.

use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::error::{Failure, Result};

/// Read all of stdin as UTF-8 text.
pub fn read_stdin_text(what: &str) -> Result<String> {
    let mut bytes = Vec::new();
    std::io::stdin().read_to_end(&mut bytes).map_err(|error| {
        Failure::usage(format!("cannot read {what} from stdin: {}", crate::error::io_reason(&error)))
    })?;
    String::from_utf8(bytes)
        .map_err(|_| Failure::usage(format!("{what} on stdin is not UTF-8 text (binary input?)")))
}

/// Whether stdin can supply input (it is not an interactive terminal).
pub fn stdin_is_piped() -> bool {
    !std::io::stdin().is_terminal()
}

/// Read a file as UTF-8 text.
pub fn read_text_file(path: &Path, what: &str) -> Result<String> {
    let bytes = std::fs::read(path).map_err(|error| Failure::file(path, &format!("read {what}"), &error))?;
    String::from_utf8(bytes)
        .map_err(|_| Failure::usage(format!("{what} {} is not UTF-8 text", path.display())))
}

/// The prompt: the argument, else `--prompt-file`, else piped stdin. Empty prompts are refused.
pub fn prompt(argument: Option<String>, file: Option<&PathBuf>) -> Result<String> {
    let text = match (argument, file) {
        (Some(_), Some(_)) => {
            return Err(Failure::usage("give the prompt as an argument or with --prompt-file, not both"));
        }
        (Some(text), None) if text == "-" => read_stdin_text("the prompt")?,
        (Some(text), None) => text,
        (None, Some(path)) => read_text_file(path, "the prompt file")?,
        (None, None) if stdin_is_piped() => read_stdin_text("the prompt")?,
        (None, None) => {
            return Err(Failure::usage("no prompt: pass it as an argument, with --prompt-file, or on stdin"));
        }
    };
    if text.trim().is_empty() {
        return Err(Failure::usage("the prompt is empty"));
    }
    Ok(text)
}

/// A raw request body: a JSON string, `@file`, or `-` for stdin. JSON is checked (with line and
/// column) when `must_be_json`.
pub fn body(spec: &str, must_be_json: bool) -> Result<Vec<u8>> {
    let (bytes, origin) = flag_bytes(spec, "--body")?;
    if must_be_json {
        parse_json(&bytes, &origin)?;
    }
    Ok(bytes)
}

/// The value of a flag that takes inline text, `@file` or `-` for stdin, with its origin named
/// after the flag for messages ("--filter file f.json").
pub fn flag_bytes(spec: &str, flag: &str) -> Result<(Vec<u8>, String)> {
    if spec == "-" {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes).map_err(|error| {
            Failure::usage(format!("cannot read {flag} from stdin: {}", crate::error::io_reason(&error)))
        })?;
        Ok((bytes, format!("{flag} (stdin)")))
    } else if let Some(path) = spec.strip_prefix('@') {
        let path = Path::new(path);
        let bytes =
            std::fs::read(path).map_err(|error| Failure::file(path, &format!("read {flag} file"), &error))?;
        Ok((bytes, format!("{flag} file {}", path.display())))
    } else {
        Ok((spec.as_bytes().to_vec(), flag.to_string()))
    }
}

/// Parse JSON, naming the origin, line and column on failure.
pub fn parse_json(bytes: &[u8], origin: &str) -> Result<Value> {
    serde_json::from_slice(bytes).map_err(|error| {
        Failure::usage(format!(
            "{origin} is not valid JSON at line {} column {}: {}",
            error.line(),
            error.column(),
            json_reason(&error)
        ))
    })
}

/// Read and parse a JSON file.
pub fn json_file(path: &Path, what: &str) -> Result<Value> {
    let bytes = std::fs::read(path).map_err(|error| Failure::file(path, &format!("read {what}"), &error))?;
    parse_json(&bytes, &format!("{what} {}", path.display()))
}

/// serde_json's message without its " at line L column C" suffix.
fn json_reason(error: &serde_json::Error) -> String {
    let text = error.to_string();
    match text.find(" at line ") {
        Some(position) => text[..position].to_string(),
        None => text,
    }
}

/// Read an attachment, refusing files over `limit` bytes.
pub fn attachment(path: &Path, what: &str, limit: u64) -> Result<Vec<u8>> {
    let metadata =
        std::fs::metadata(path).map_err(|error| Failure::file(path, &format!("read {what}"), &error))?;
    if !metadata.is_file() {
        return Err(Failure::usage(format!("{what} {} is not a file", path.display())));
    }
    if metadata.len() > limit {
        return Err(Failure::usage(format!(
            "{what} {} is {} bytes; the limit is {} bytes",
            path.display(),
            metadata.len(),
            limit
        )));
    }
    std::fs::read(path).map_err(|error| Failure::file(path, &format!("read {what}"), &error))
}

/// Parse `key=value`.
pub fn key_value(text: &str, flag: &str) -> Result<(String, String)> {
    match text.split_once('=') {
        Some((key, value)) if !key.is_empty() => Ok((key.to_string(), value.to_string())),
        _ => Err(Failure::usage(format!("{flag} '{text}' is not of the form key=value"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_errors_name_line_and_column() {
        let error = parse_json(b"{\n  \"a\": ,\n}", "--body").unwrap_err();
        assert_eq!(error.exit_code(), 252);
        assert!(
            error.message.starts_with("--body is not valid JSON at line 2 column 8"),
            "{}",
            error.message
        );
    }

    #[test]
    fn inline_bodies_are_checked() {
        assert!(body("{\"inputText\": \"hi\"}", true).is_ok());
        assert!(body("not json", true).is_err());
        assert!(body("not json", false).is_ok());
    }

    #[test]
    fn missing_body_file_is_named() {
        let error = body("@/nonexistent/body.json", true).unwrap_err();
        assert!(error.message.contains("/nonexistent/body.json"), "{}", error.message);
    }

    #[test]
    fn attachments_over_the_limit_are_refused() {
        let directory = tempfile::tempdir().unwrap();
        let path = directory.path().join("big.png");
        std::fs::write(&path, vec![0u8; 100]).unwrap();
        assert!(attachment(&path, "--image", 1000).is_ok());
        let error = attachment(&path, "--image", 10).unwrap_err();
        assert!(error.message.contains("the limit is 10 bytes"));
    }

    #[test]
    fn key_values() {
        assert_eq!(key_value("a=b=c", "--tags").unwrap(), ("a".into(), "b=c".into()));
        assert!(key_value("=x", "--tags").is_err());
        assert!(key_value("novalue", "--tags").is_err());
    }

    #[test]
    fn prompt_sources_conflict_and_empty_is_refused() {
        assert!(prompt(Some("x".into()), Some(&PathBuf::from("f"))).is_err());
        assert_eq!(prompt(Some("  ".into()), None).unwrap_err().message, "the prompt is empty");
    }
}
