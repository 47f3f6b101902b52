//! Progress on stderr for long waits: an indicatif spinner with a status line, shown only when
//! stderr is a terminal and `--quiet` is not given; otherwise nothing is printed.
//!
//! A spinner for the wait before an answer's first byte (`chat`) is kept here instead of by its
//! caller, so that whatever the output module prints next (the first piece of the answer on
//! stdout, a warning or an error on stderr) erases it first, and the caller's streaming code
//! need not know it is there.

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::Output;

/// A spinner, or nothing when progress is not wanted.
pub struct Spinner {
    bar: Option<ProgressBar>,
}

impl Spinner {
    /// Start a spinner with a first message.
    pub fn start(output: &Output, message: &str) -> Self {
        if output.quiet || !output.stderr_is_terminal {
            return Spinner { bar: None };
        }
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        let style = ProgressStyle::with_template("{spinner} {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner())
            .tick_chars("⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏ ");
        bar.set_style(style);
        bar.set_message(message.to_string());
        bar.enable_steady_tick(Duration::from_millis(100));
        Spinner { bar: Some(bar) }
    }

    /// Replace the status line.
    pub fn update(&self, message: &str) {
        if let Some(bar) = &self.bar {
            bar.set_message(message.to_string());
        }
    }

    /// Whether anything is drawn.
    pub fn visible(&self) -> bool {
        self.bar.is_some()
    }

    /// Remove the spinner from the terminal.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

/// The spinner shown until the next output, if any (see [`wait_for_output`]).
static WAITING: Mutex<Option<Spinner>> = Mutex::new(None);
/// Whether [`WAITING`] holds a spinner: the check every write makes, without the lock.
static IS_WAITING: AtomicBool = AtomicBool::new(false);

/// Show a spinner with this message until the output module next prints anything (or
/// [`end_waiting`] is called). Nothing is shown when progress is not wanted.
pub fn wait_for_output(output: &Output, message: &str) {
    let spinner = Spinner::start(output, message);
    if !spinner.visible() {
        return;
    }
    if let Ok(mut waiting) = WAITING.lock() {
        *waiting = Some(spinner);
        IS_WAITING.store(true, Ordering::SeqCst);
    }
}

/// Erase the waiting spinner, if one is shown.
pub fn end_waiting() {
    if !IS_WAITING.swap(false, Ordering::SeqCst) {
        return;
    }
    if let Ok(mut waiting) = WAITING.lock()
        && let Some(spinner) = waiting.take()
    {
        spinner.finish();
    }
}

impl Drop for Spinner {
    fn drop(&mut self) {
        self.finish();
    }
}
