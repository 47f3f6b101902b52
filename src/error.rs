//! One error type for the whole tool. Every failure carries the exit code of DESIGN.md §4 and
//! renders as a single `error:` line (plus an optional `hint:` line).

use std::fmt;

/// The class of a failure; each maps onto one exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Bad flags, bad arguments, bad input files: exit 252.
    Usage,
    /// Missing or broken configuration or credentials: exit 253.
    Configuration,
    /// The service answered with an error: exit 254.
    Service,
    /// Network, timeouts, anything else: exit 255.
    Other,
    /// Ctrl-C: exit 130.
    Interrupted,
    /// SIGTERM: exit 143 (128 + 15, as a shell reports a process the signal ended).
    Terminated,
    /// stdout was closed by the reader (`| head`): exit 0, print nothing.
    BrokenPipe,
    /// An agent returned control and no handler was given (`invoke-agent`): exit 3; the command
    /// already printed what the agent asked for.
    ControlReturned,
}

impl Kind {
    /// The process exit code for this kind of failure.
    pub fn exit_code(self) -> i32 {
        match self {
            Kind::Usage => 252,
            Kind::Configuration => 253,
            Kind::Service => 254,
            Kind::Other => 255,
            Kind::Interrupted => 130,
            Kind::Terminated => 143,
            Kind::BrokenPipe => 0,
            Kind::ControlReturned => 3,
        }
    }
}

/// A failure on its way to the user.
#[derive(Debug, Clone)]
pub struct Failure {
    pub kind: Kind,
    /// A short code: the service's error code (`ValidationException`) or a category (`usage`).
    pub code: String,
    pub message: String,
    pub request_id: Option<String>,
    pub hint: Option<String>,
}

impl Failure {
    pub fn new(kind: Kind, code: impl Into<String>, message: impl Into<String>) -> Self {
        Failure { kind, code: code.into(), message: message.into(), request_id: None, hint: None }
    }

    /// Bad input from the user (exit 252).
    pub fn usage(message: impl Into<String>) -> Self {
        Failure::new(Kind::Usage, "usage", message)
    }

    /// Missing or invalid configuration (exit 253).
    pub fn configuration(message: impl Into<String>) -> Self {
        Failure::new(Kind::Configuration, "configuration", message)
    }

    /// A network-level failure (exit 255).
    pub fn network(message: impl Into<String>) -> Self {
        Failure::new(Kind::Other, "network", message)
    }

    /// Anything else that went wrong on our side (exit 255).
    pub fn other(code: impl Into<String>, message: impl Into<String>) -> Self {
        Failure::new(Kind::Other, code, message)
    }

    pub fn interrupted() -> Self {
        Failure::new(Kind::Interrupted, "interrupted", "interrupted")
    }

    pub fn terminated() -> Self {
        Failure::new(Kind::Terminated, "terminated", "terminated by SIGTERM")
    }

    pub fn broken_pipe() -> Self {
        Failure::new(Kind::BrokenPipe, "broken-pipe", "broken pipe")
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn with_request_id(mut self, request_id: Option<String>) -> Self {
        self.request_id = request_id;
        self
    }

    pub fn exit_code(&self) -> i32 {
        self.kind.exit_code()
    }

    /// An I/O error while writing output: a closed pipe is not an error for the user.
    pub fn from_write(error: std::io::Error) -> Self {
        if error.kind() == std::io::ErrorKind::BrokenPipe {
            Failure::broken_pipe()
        } else {
            Failure::other("io", format!("cannot write output: {error}"))
        }
    }

    /// An I/O error on a named file: bad input (a missing file, a directory, no permission) is a
    /// usage error (252); the machine failing (a full disk, an I/O error) is `io` (255).
    pub fn file(path: &std::path::Path, action: &str, error: &std::io::Error) -> Self {
        use std::io::ErrorKind;
        let message = format!("cannot {action} {}: {}", path.display(), io_reason(error));
        let bad_input = matches!(
            error.kind(),
            ErrorKind::NotFound
                | ErrorKind::PermissionDenied
                | ErrorKind::AlreadyExists
                | ErrorKind::InvalidInput
                | ErrorKind::InvalidData
                | ErrorKind::IsADirectory
                | ErrorKind::NotADirectory
                | ErrorKind::InvalidFilename
        );
        if bad_input { Failure::usage(message) } else { Failure::other("io", message) }
    }
}

/// The reason of an I/O error without the "(os error N)" noise.
pub fn io_reason(error: &std::io::Error) -> String {
    let text = error.to_string();
    match text.find(" (os error") {
        Some(position) => text[..position].to_lowercase(),
        None => text,
    }
}

impl fmt::Display for Failure {
    /// The one-line rendering: `<code>: <message> (request id …)`, without the `error: ` prefix.
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        let message = single_line(&self.message);
        write!(formatter, "{}: {}", self.code, message)?;
        if let Some(request_id) = &self.request_id {
            write!(formatter, " (request id {request_id})")?;
        }
        Ok(())
    }
}

impl std::error::Error for Failure {}

/// Collapse a multi-line message into one line.
pub fn single_line(text: &str) -> String {
    let mut joined = String::with_capacity(text.len());
    for part in text.split(['\n', '\r']).map(str::trim).filter(|part| !part.is_empty()) {
        if !joined.is_empty() {
            joined.push(' ');
        }
        joined.push_str(part);
    }
    joined
}

pub type Result<T, E = Failure> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_one_line_with_request_id() {
        let failure = Failure::new(Kind::Service, "ValidationException", "bad\nthing")
            .with_request_id(Some("abc".into()));
        assert_eq!(failure.to_string(), "ValidationException: bad thing (request id abc)");
        assert_eq!(failure.exit_code(), 254);
    }

    #[test]
    fn exit_codes_follow_the_design() {
        assert_eq!(Kind::Usage.exit_code(), 252);
        assert_eq!(Kind::Configuration.exit_code(), 253);
        assert_eq!(Kind::Other.exit_code(), 255);
        assert_eq!(Kind::Interrupted.exit_code(), 130);
        assert_eq!(Kind::BrokenPipe.exit_code(), 0);
    }

    #[test]
    fn io_reason_drops_os_error_suffix() {
        let error = std::io::Error::from_raw_os_error(2);
        assert_eq!(io_reason(&error), "no such file or directory");
    }
}
