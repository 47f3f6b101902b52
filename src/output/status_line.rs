//! A one-line status display on stderr for commands that wait (ingestion jobs, agent
//! preparation): a spinner with the latest message, only when stderr is a terminal and not
//! `--quiet`; nothing at all otherwise.

use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::Output;

/// The status line; dropped or finished, it clears itself.
pub struct StatusLine {
    bar: Option<ProgressBar>,
}

impl StatusLine {
    pub fn start(output: &Output) -> Self {
        if output.quiet || !output.stderr_is_terminal {
            return StatusLine { bar: None };
        }
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        if let Ok(style) = ProgressStyle::with_template("{spinner} {msg} ({elapsed})") {
            bar.set_style(style);
        }
        bar.enable_steady_tick(Duration::from_millis(120));
        StatusLine { bar: Some(bar) }
    }

    /// Show a new message.
    pub fn show(&self, message: &str) {
        if let Some(bar) = &self.bar {
            bar.set_message(message.to_string());
        }
    }

    /// Clear the line.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

impl Drop for StatusLine {
    fn drop(&mut self) {
        self.finish();
    }
}
