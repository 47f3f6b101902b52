//! The progress of a bulk run on stderr: done/total, rate, errors, throttles, tokens and ETA,
//! drawn only when stderr is a terminal and `--quiet` is not set, and replaced by a one-line
//! summary at the end.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::Output;

/// The counts a bulk run reports.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub answered: u64,
    pub failed: u64,
    pub skipped: u64,
    pub throttles: u64,
    pub tokens: u64,
}

impl Tally {
    fn done(&self) -> u64 {
        self.answered + self.failed + self.skipped
    }

    fn message(&self) -> String {
        let mut parts = vec![format!("{} errors", self.failed), format!("{} tokens", self.tokens)];
        if self.throttles > 0 {
            parts.push(format!("{} throttled", self.throttles));
        }
        if self.skipped > 0 {
            parts.push(format!("{} resumed", self.skipped));
        }
        parts.join(", ")
    }
}

/// The progress display of one bulk run.
pub struct BulkProgress {
    bar: Option<ProgressBar>,
}

impl BulkProgress {
    /// Start showing progress; `total` is the number of input lines when known.
    pub fn start(output: &Output, total: Option<u64>) -> Self {
        let show = output.stderr_is_terminal && !output.quiet;
        let bar = show.then(|| {
            let bar = match total {
                Some(total) => ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr()),
                None => ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()),
            };
            let template = if total.is_some() {
                "{bar:30} {pos}/{len} lines, {per_sec}, {msg}, ETA {eta}"
            } else {
                "{spinner} {pos} lines, {per_sec}, {msg}"
            };
            if let Ok(style) = ProgressStyle::with_template(template) {
                bar.set_style(style);
            }
            bar.enable_steady_tick(std::time::Duration::from_millis(200));
            bar
        });
        BulkProgress { bar }
    }

    pub fn update(&self, tally: &Tally) {
        if let Some(bar) = &self.bar {
            bar.set_position(tally.done());
            bar.set_message(tally.message());
        }
    }

    /// Clear the bar and print the summary line.
    pub fn finish(&self, tally: &Tally) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
            super::stderr_line(&format!(
                "{} lines answered, {}",
                tally.answered + tally.skipped,
                tally.message()
            ));
        }
    }
}
