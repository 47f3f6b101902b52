//! Waiters (the AWS CLI has none for Bedrock): poll a resource's Get operation with backoff until
//! its status is final, with a spinner on a terminal. Success exits 0; a failed or stopped job is
//! a service error (254) carrying the job's failure message; `--timeout` gives up with 255;
//! Ctrl-C stops waiting with 130 and says the job keeps running.

use std::future::Future;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::context::Ctx;
use crate::error::{Failure, Kind, Result};
use crate::output::progress::Spinner;

/// What to wait for.
pub struct Target<'a> {
    /// How the resource is named in messages ("customization job tune-1").
    pub what: String,
    /// The command that shows the resource later ("bedrock customization-jobs get tune-1").
    pub get_command: String,
    /// Where the status is (a dotted path: `status`, `knowledgeBase.status`).
    pub status: &'a str,
    /// Statuses that end the wait successfully.
    pub success: &'a [&'a str],
    /// Statuses that end the wait with a failure.
    pub failure: &'a [&'a str],
    /// Where the failure reason is (dotted paths; a string or a list of strings).
    pub reason: &'a [&'a str],
}

/// The first and the longest pause between polls.
const FIRST_DELAY: Duration = Duration::from_millis(250);
const LONGEST_DELAY: Duration = Duration::from_secs(15);

/// Turn a `--timeout` flag into a duration, refusing nonsense.
pub fn timeout(seconds: Option<f64>) -> Result<Option<Duration>> {
    match seconds {
        None => Ok(None),
        Some(seconds) if seconds.is_finite() && seconds > 0.0 => Ok(Some(Duration::from_secs_f64(seconds))),
        Some(seconds) => {
            Err(Failure::usage(format!("--timeout: {seconds} is not a number of seconds above 0")))
        }
    }
}

/// Poll `get` (which returns the resource's document) until the status is final.
pub async fn until_done<F, Fut>(
    ctx: &Ctx,
    target: &Target<'_>,
    timeout: Option<Duration>,
    mut get: F,
) -> Result<Value>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<Value>>,
{
    let started = Instant::now();
    let spinner = Spinner::start(&ctx.output, &format!("waiting for {}", target.what));
    let interrupt = tokio::signal::ctrl_c();
    tokio::pin!(interrupt);
    let mut delay = FIRST_DELAY;
    loop {
        let document = tokio::select! {
            biased;
            _ = &mut interrupt => return Err(interrupted(target)),
            document = get() => document?,
        };
        let status =
            crate::output::lookup(&document, target.status).and_then(Value::as_str).unwrap_or("").to_string();
        spinner.update(&format!(
            "{}: {status} ({}s){}",
            target.what,
            started.elapsed().as_secs(),
            figures(&document)
        ));
        if target.success.contains(&status.as_str()) {
            spinner.finish();
            return Ok(document);
        }
        if target.failure.contains(&status.as_str()) {
            spinner.finish();
            let reason = target
                .reason
                .iter()
                .find_map(|key| reason_text(crate::output::lookup(&document, key)))
                .map(|reason| format!(": {reason}"))
                .unwrap_or_default();
            return Err(Failure::new(
                Kind::Service,
                format!("Job{status}"),
                format!("{} is {status}{reason}", target.what),
            ));
        }
        let mut pause = delay;
        if let Some(limit) = timeout {
            let elapsed = started.elapsed();
            if elapsed >= limit {
                spinner.finish();
                return Err(Failure::new(
                    Kind::Other,
                    "timeout",
                    format!(
                        "gave up waiting for {} after {}s; it is still {status} and keeps running (`{}` shows it)",
                        target.what,
                        limit.as_secs_f64(),
                        target.get_command
                    ),
                ));
            }
            pause = pause.min(limit - elapsed);
        }
        tokio::select! {
            biased;
            _ = &mut interrupt => return Err(interrupted(target)),
            _ = tokio::time::sleep(pause) => {}
        }
        delay = (delay.mul_f64(1.5)).min(LONGEST_DELAY);
    }
}

fn interrupted(target: &Target<'_>) -> Failure {
    Failure::new(
        Kind::Interrupted,
        "interrupted",
        format!("stopped waiting; {} keeps running (`{}` shows it)", target.what, target.get_command),
    )
}

fn reason_text(value: Option<&Value>) -> Option<String> {
    match value? {
        Value::String(text) if !text.is_empty() => Some(text.clone()),
        Value::Array(items) => {
            let texts: Vec<&str> = items.iter().filter_map(Value::as_str).collect();
            (!texts.is_empty()).then(|| texts.join("; "))
        }
        _ => None,
    }
}

/// Progress figures the API returns: record counts of batch jobs, the training step of
/// customization jobs.
fn figures(document: &Value) -> String {
    let number = |key: &str| document.get(key).and_then(Value::as_u64);
    if let (Some(processed), Some(total)) = (number("processedRecordCount"), number("totalRecordCount")) {
        return format!(" {processed}/{total} records");
    }
    if let Some(training) = document.pointer("/statusDetails/trainingDetails/status").and_then(Value::as_str)
    {
        return format!(" training {training}");
    }
    String::new()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn timeouts_must_be_positive() {
        assert!(timeout(Some(0.0)).is_err());
        assert!(timeout(Some(-1.0)).is_err());
        assert_eq!(timeout(Some(1.5)).unwrap(), Some(Duration::from_millis(1500)));
        assert_eq!(timeout(None).unwrap(), None);
    }

    #[test]
    fn reasons_and_figures() {
        assert_eq!(reason_text(Some(&json!(["a", "b"]))).as_deref(), Some("a; b"));
        assert_eq!(reason_text(Some(&json!(""))), None);
        assert_eq!(figures(&json!({"processedRecordCount": 3, "totalRecordCount": 9})), " 3/9 records");
        assert_eq!(
            figures(&json!({"statusDetails": {"trainingDetails": {"status": "InProgress"}}})),
            " training InProgress"
        );
    }
}
