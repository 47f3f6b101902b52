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
    /// Tokens of the last minute (answered and reserved in flight).
    pub tokens_per_minute: u64,
    /// The tokens-per-minute budget the run paces to, once known.
    pub budget: Option<u64>,
}

/// A token count in a few characters: 950, 12.3k, 2.0M.
fn short_count(count: u64) -> String {
    match count {
        0..1_000 => count.to_string(),
        1_000..1_000_000 => format!("{:.1}k", count as f64 / 1e3),
        _ => format!("{:.1}M", count as f64 / 1e6),
    }
}

impl Tally {
    fn done(&self) -> u64 {
        self.answered + self.failed + self.skipped
    }

    pub fn message(&self) -> String {
        let mut parts = vec![format!("{} errors", self.failed), format!("{} tokens", self.tokens)];
        match self.budget {
            Some(budget) => parts.push(format!(
                "{}/{} tokens/min",
                short_count(self.tokens_per_minute),
                short_count(budget)
            )),
            None if self.tokens_per_minute > 0 => {
                parts.push(format!("{} tokens/min", short_count(self.tokens_per_minute)));
            }
            None => {}
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_message_shows_tokens_per_minute_against_the_budget() {
        let tally = Tally {
            answered: 5,
            tokens: 1_500,
            tokens_per_minute: 12_345,
            budget: Some(2_000_000),
            ..Tally::default()
        };
        assert_eq!(tally.message(), "0 errors, 1500 tokens, 12.3k/2.0M tokens/min");
        let learning = Tally { tokens_per_minute: 950, throttles: 2, ..Tally::default() };
        assert_eq!(learning.message(), "0 errors, 0 tokens, 950 tokens/min, 2 throttled");
    }
}
