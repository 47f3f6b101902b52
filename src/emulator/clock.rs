//! Time in the emulator: service-shaped timestamps, and the sped-up clock on which long-running
//! jobs (customization, import, batch, evaluation, ingestion, provisioning) move through their
//! statuses. A job's status is derived from its start time when it is read, so nothing runs in
//! the background and a restarted emulator picks up where the state file left off.

use std::time::{SystemTime, UNIX_EPOCH};

use aws_smithy_types::DateTime;
use aws_smithy_types::date_time::Format;

/// The default wall-clock seconds a simulated job takes from submission to completion.
pub const DEFAULT_JOB_SECONDS: f64 = 6.0;

/// Milliseconds since the Unix epoch, now.
pub fn now_millis() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|elapsed| elapsed.as_millis() as u64).unwrap_or(0)
}

/// A time as the service writes timestamps: RFC 3339, UTC, with milliseconds.
pub fn timestamp(millis: u64) -> String {
    DateTime::from_millis(millis as i64)
        .fmt(Format::DateTime)
        .unwrap_or_else(|_| "1970-01-01T00:00:00Z".to_string())
}

/// Now, as the service writes timestamps.
pub fn now_timestamp() -> String {
    timestamp(now_millis())
}

/// Parse a timestamp written by `timestamp` back to milliseconds.
pub fn parse_timestamp(text: &str) -> Option<u64> {
    let parsed = DateTime::from_str(text, Format::DateTime).ok()?;
    u64::try_from(parsed.to_millis().ok()?).ok()
}

/// How fast simulated jobs run.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Clock {
    /// Wall-clock seconds from a job's submission to its completion.
    pub job_seconds: f64,
}

impl Default for Clock {
    fn default() -> Self {
        Clock { job_seconds: DEFAULT_JOB_SECONDS }
    }
}

impl Clock {
    /// The fraction (0 to 1) of a job's run that has passed, for a job started at `started_millis`.
    pub fn progress(&self, started_millis: u64) -> f64 {
        self.progress_at(started_millis, now_millis())
    }

    /// `progress` at a given time (for tests).
    pub fn progress_at(&self, started_millis: u64, now: u64) -> f64 {
        if self.job_seconds <= 0.0 {
            return 1.0;
        }
        let elapsed = now.saturating_sub(started_millis) as f64 / 1000.0;
        (elapsed / self.job_seconds).clamp(0.0, 1.0)
    }

    /// Which of `phases` a job is in: the run is split evenly between them and the last one is
    /// reached when the run is complete (e.g. `["InProgress", "Completed"]`).
    pub fn phase<'a>(&self, started_millis: u64, phases: &[&'a str]) -> &'a str {
        self.phase_at(started_millis, now_millis(), phases)
    }

    /// `phase` at a given time (for tests).
    pub fn phase_at<'a>(&self, started_millis: u64, now: u64, phases: &[&'a str]) -> &'a str {
        let Some(last) = phases.len().checked_sub(1) else {
            return "";
        };
        let progress = self.progress_at(started_millis, now);
        if progress >= 1.0 || last == 0 {
            return phases[last];
        }
        phases[((progress * last as f64) as usize).min(last - 1)]
    }

    /// When a job started at `started_millis` ends (or ended).
    pub fn end_millis(&self, started_millis: u64) -> u64 {
        started_millis + (self.job_seconds.max(0.0) * 1000.0) as u64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_round_trip() {
        let text = timestamp(1_700_000_000_123);
        assert_eq!(text, "2023-11-14T22:13:20.123Z");
        assert_eq!(parse_timestamp(&text), Some(1_700_000_000_123));
        assert_eq!(parse_timestamp("yesterday"), None);
    }

    #[test]
    fn jobs_move_through_their_phases() {
        let clock = Clock { job_seconds: 10.0 };
        let phases = ["Submitted", "InProgress", "Completed"];
        assert_eq!(clock.phase_at(0, 0, &phases), "Submitted");
        assert_eq!(clock.phase_at(0, 4_000, &phases), "Submitted");
        assert_eq!(clock.phase_at(0, 6_000, &phases), "InProgress");
        assert_eq!(clock.phase_at(0, 10_000, &phases), "Completed");
        assert_eq!(clock.phase_at(0, 99_000, &phases), "Completed");
        assert!((clock.progress_at(0, 2_500) - 0.25).abs() < 1e-9);
        let instant = Clock { job_seconds: 0.0 };
        assert_eq!(instant.phase_at(5, 5, &phases), "Completed");
        assert_eq!(clock.end_millis(1_000), 11_000);
    }
}
