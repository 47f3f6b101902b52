//! On-demand token quotas of the runtime (InvokeModel, InvokeModelWithResponseStream, Converse,
//! ConverseStream), counted as the service counts them: per model, input plus output tokens in a
//! rolling minute and a rolling day. A request is admitted by reserving its input tokens plus the
//! output it may produce (its max tokens), and settled on the tokens it really used once its
//! answer is done; a request that does not fit is refused with the service's ThrottlingException,
//! worded apart from the random capacity throttling of `faults.rs`.
//!
//! Time is passed in (milliseconds, from `clock::now_millis` when served) so the ledger can be
//! driven by tests.

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::sync::{Arc, Mutex};

use serde_json::{Map, Value};

use super::errors::ServiceError;
use crate::bedrock_quotas::{BatchLimits, MINUTES_PER_DAY, default_tokens_per_minute};

/// The service's answer when the tokens of a minute are spent.
pub const TOKENS_PER_MINUTE_MESSAGE: &str = "Too many tokens, please wait before trying again.";
/// The service's answer when the tokens of a day are spent.
pub const TOKENS_PER_DAY_MESSAGE: &str = "Too many tokens per day, please wait before trying again.";

/// The output tokens reserved for a request that names no maximum.
pub const DEFAULT_RESERVED_OUTPUT_TOKENS: u64 = crate::bedrock_quotas::DEFAULT_RESERVED_OUTPUT_TOKENS;

/// The configured quotas: an override for every model, per model, or the model's default.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Limits {
    pub tokens_per_minute: Option<u64>,
    pub tokens_per_minute_by_model: BTreeMap<String, u64>,
    pub tokens_per_day: Option<u64>,
    pub tokens_per_day_by_model: BTreeMap<String, u64>,
    pub batch: BatchLimits,
}

impl Limits {
    pub fn per_minute(&self, model_id: &str) -> u64 {
        self.tokens_per_minute_by_model
            .get(model_id)
            .copied()
            .or(self.tokens_per_minute)
            .unwrap_or_else(|| default_tokens_per_minute(model_id))
    }

    pub fn per_day(&self, model_id: &str) -> u64 {
        self.tokens_per_day_by_model
            .get(model_id)
            .copied()
            .or(self.tokens_per_day)
            .unwrap_or_else(|| self.per_minute(model_id).saturating_mul(MINUTES_PER_DAY))
    }

    /// Apply one `--tokens-per-minute`/`--tokens-per-day` value: `N` for every model or
    /// `MODEL=N` for one. Returns what is wrong with the value.
    pub fn set(&mut self, per_day: bool, value: &str) -> Result<(), String> {
        let (model, number) = match value.rsplit_once('=') {
            Some((model, number)) => (Some(model.trim()), number),
            None => (None, value),
        };
        let tokens = number
            .trim()
            .replace('_', "")
            .parse::<u64>()
            .ok()
            .filter(|tokens| *tokens > 0)
            .ok_or_else(|| format!("{value}: give a number of tokens (1 or more), or MODEL=N"))?;
        match (model, per_day) {
            (Some(""), _) => return Err(format!("{value}: the model before = is empty")),
            (Some(model), false) => {
                self.tokens_per_minute_by_model.insert(model.to_string(), tokens);
            }
            (Some(model), true) => {
                self.tokens_per_day_by_model.insert(model.to_string(), tokens);
            }
            (None, false) => self.tokens_per_minute = Some(tokens),
            (None, true) => self.tokens_per_day = Some(tokens),
        }
        Ok(())
    }
}

/// Token counts in time slots over a rolling span (a minute in seconds, a day in minutes).
#[derive(Debug)]
struct Window {
    slot_millis: u64,
    slots: u64,
    counts: VecDeque<(u64, u64)>,
}

impl Window {
    fn new(slot_millis: u64, slots: u64) -> Self {
        Window { slot_millis, slots, counts: VecDeque::new() }
    }

    fn slot(&self, now: u64) -> u64 {
        now / self.slot_millis
    }

    /// The tokens counted in the span that ends now.
    fn total(&mut self, now: u64) -> u64 {
        let oldest = self.slot(now).saturating_sub(self.slots - 1);
        while self.counts.front().is_some_and(|(slot, _)| *slot < oldest) {
            self.counts.pop_front();
        }
        self.counts.iter().map(|(_, tokens)| tokens).sum()
    }

    fn add(&mut self, at: u64, tokens: u64) {
        let slot = self.slot(at);
        match self.counts.iter_mut().rev().find(|(counted, _)| *counted == slot) {
            Some((_, count)) => *count += tokens,
            None => self.counts.push_back((slot, tokens)),
        }
    }

    /// Replace `reserved` tokens counted at `at` by `used` (nothing if the slot has left the span).
    fn settle(&mut self, at: u64, reserved: u64, used: u64) {
        let slot = self.slot(at);
        if let Some((_, count)) = self.counts.iter_mut().find(|(counted, _)| *counted == slot) {
            *count = count.saturating_sub(reserved) + used;
        }
    }
}

#[derive(Debug)]
struct ModelLedger {
    minute: Window,
    day: Window,
}

impl ModelLedger {
    fn new() -> Self {
        ModelLedger { minute: Window::new(1_000, 60), day: Window::new(60_000, MINUTES_PER_DAY) }
    }
}

/// The tokens every model used, against the configured limits.
#[derive(Debug)]
pub struct Ledger {
    limits: Limits,
    models: Mutex<HashMap<String, ModelLedger>>,
}

/// Tokens reserved for one admitted request; settled on the real usage, or released (counted as
/// nothing) if dropped unsettled because the request failed.
#[derive(Debug)]
pub struct Reservation {
    ledger: Arc<Ledger>,
    model_id: String,
    at: u64,
    tokens: u64,
    settled: bool,
}

impl Reservation {
    /// Count the tokens the request really used instead of the reservation.
    pub fn settle(mut self, used: u64) {
        self.ledger.settle(&self.model_id, self.at, self.tokens, used);
        self.settled = true;
    }

    pub fn tokens(&self) -> u64 {
        self.tokens
    }
}

impl Drop for Reservation {
    fn drop(&mut self) {
        if !self.settled {
            self.ledger.settle(&self.model_id, self.at, self.tokens, 0);
        }
    }
}

impl Ledger {
    pub fn new(limits: Limits) -> Arc<Self> {
        Arc::new(Ledger { limits, models: Mutex::new(HashMap::new()) })
    }

    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    fn models(&self) -> std::sync::MutexGuard<'_, HashMap<String, ModelLedger>> {
        self.models.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Admit a request of `model_id` that may use `tokens` (input plus max tokens) at `now`, or
    /// refuse it with the service's ThrottlingException.
    pub fn admit(
        self: &Arc<Self>,
        model_id: &str,
        tokens: u64,
        now: u64,
    ) -> Result<Reservation, ServiceError> {
        let mut models = self.models();
        let ledger = models.entry(model_id.to_string()).or_insert_with(ModelLedger::new);
        if ledger.day.total(now) + tokens > self.limits.per_day(model_id) {
            return Err(throttled(TOKENS_PER_DAY_MESSAGE));
        }
        if ledger.minute.total(now) + tokens > self.limits.per_minute(model_id) {
            return Err(throttled(TOKENS_PER_MINUTE_MESSAGE));
        }
        ledger.minute.add(now, tokens);
        ledger.day.add(now, tokens);
        Ok(Reservation {
            ledger: self.clone(),
            model_id: model_id.to_string(),
            at: now,
            tokens,
            settled: false,
        })
    }

    fn settle(&self, model_id: &str, at: u64, reserved: u64, used: u64) {
        if let Some(ledger) = self.models().get_mut(model_id) {
            ledger.minute.settle(at, reserved, used);
            ledger.day.settle(at, reserved, used);
        }
    }

    /// The tokens `model_id` has counted in the minute and in the day that end at `now`.
    pub fn usage(&self, model_id: &str, now: u64) -> (u64, u64) {
        match self.models().get_mut(model_id) {
            Some(ledger) => (ledger.minute.total(now), ledger.day.total(now)),
            None => (0, 0),
        }
    }
}

fn throttled(message: &str) -> ServiceError {
    ServiceError::new(axum::http::StatusCode::TOO_MANY_REQUESTS, "ThrottlingException", message)
}

/// The output tokens an InvokeModel body may produce (see
/// `bedrock_quotas::requested_max_tokens`), or the default reservation when it names none.
pub fn requested_max_tokens(body: &Map<String, Value>) -> u64 {
    crate::bedrock_quotas::requested_max_tokens(body).unwrap_or(DEFAULT_RESERVED_OUTPUT_TOKENS)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    const HAIKU: &str = "anthropic.claude-3-haiku-20240307-v1:0";
    const TITAN: &str = "amazon.titan-text-express-v1";

    fn limits(per_minute: u64, per_day: Option<u64>) -> Limits {
        Limits { tokens_per_minute: Some(per_minute), tokens_per_day: per_day, ..Limits::default() }
    }

    #[test]
    fn defaults_look_like_the_service() {
        let limits = Limits::default();
        assert_eq!(limits.per_minute(HAIKU), 2_000_000);
        assert_eq!(limits.per_minute(TITAN), crate::bedrock_quotas::DEFAULT_TOKENS_PER_MINUTE);
        assert_eq!(limits.per_day(HAIKU), 2_000_000 * 1440);
    }

    #[test]
    fn flags_set_every_model_or_one() {
        let mut limits = Limits::default();
        limits.set(false, "1000").unwrap();
        limits.set(false, &format!("{HAIKU}=50_000")).unwrap();
        limits.set(true, &format!("{TITAN}=9000")).unwrap();
        assert_eq!(limits.per_minute(TITAN), 1000);
        assert_eq!(limits.per_minute(HAIKU), 50_000);
        assert_eq!(limits.per_day(TITAN), 9000);
        assert_eq!(limits.per_day(HAIKU), 50_000 * 1440);
        assert!(limits.set(false, "0").unwrap_err().contains("1 or more"));
        assert!(limits.set(false, "=5").unwrap_err().contains("empty"));
        assert!(limits.set(true, "many").is_err());
    }

    #[test]
    fn admission_reserves_and_settling_counts_the_real_usage() {
        let ledger = Ledger::new(limits(1_000, None));
        let first = ledger.admit(TITAN, 600, 0).unwrap();
        assert_eq!(ledger.usage(TITAN, 0).0, 600);
        // The reservation holds the room until it is settled.
        let error = ledger.admit(TITAN, 500, 10).unwrap_err();
        assert_eq!((error.status.as_u16(), error.code), (429, "ThrottlingException"));
        assert_eq!(error.message, TOKENS_PER_MINUTE_MESSAGE);
        first.settle(150);
        assert_eq!(ledger.usage(TITAN, 20), (150, 150));
        let second = ledger.admit(TITAN, 500, 20).unwrap();
        assert_eq!(second.tokens(), 500);
        // Dropped unsettled (the request failed): it counts nothing.
        drop(second);
        assert_eq!(ledger.usage(TITAN, 30).0, 150);
        // Other models have their own quota.
        assert!(ledger.admit(HAIKU, 900, 30).is_ok());
    }

    #[test]
    fn the_minute_rolls_and_the_day_caps() {
        let ledger = Ledger::new(limits(1_000, Some(2_500)));
        ledger.admit(TITAN, 1_000, 0).unwrap().settle(1_000);
        assert_eq!(ledger.admit(TITAN, 1, 59_999).unwrap_err().message, TOKENS_PER_MINUTE_MESSAGE);
        ledger.admit(TITAN, 1_000, 60_000).unwrap().settle(1_000);
        ledger.admit(TITAN, 400, 120_000).unwrap().settle(400);
        // 2,400 of the day's 2,500 are spent: a minute with room is still refused for the day.
        assert_eq!(ledger.usage(TITAN, 180_000), (0, 2_400));
        let error = ledger.admit(TITAN, 200, 180_000).unwrap_err();
        assert_eq!((error.status.as_u16(), error.message.as_str()), (429, TOKENS_PER_DAY_MESSAGE));
        assert!(ledger.admit(TITAN, 100, 180_000).is_ok());
        // A day later the first minutes have left the span.
        let next_day = 24 * 60 * 60_000;
        assert_eq!(ledger.usage(TITAN, next_day + 60_000).1, 400);
        assert!(ledger.admit(TITAN, 900, next_day + 180_000).is_ok());
    }

    #[test]
    fn a_request_larger_than_the_quota_never_fits() {
        let ledger = Ledger::new(limits(1_000, None));
        assert_eq!(ledger.admit(TITAN, 1_001, 0).unwrap_err().message, TOKENS_PER_MINUTE_MESSAGE);
    }

    #[test]
    fn max_tokens_are_read_from_every_family_field() {
        let body = |value: Value| value.as_object().cloned().unwrap();
        assert_eq!(requested_max_tokens(&body(json!({"max_tokens": 300}))), 300);
        assert_eq!(requested_max_tokens(&body(json!({"max_completion_tokens": 120}))), 120);
        assert_eq!(requested_max_tokens(&body(json!({"max_tokens_to_sample": 40}))), 40);
        assert_eq!(requested_max_tokens(&body(json!({"max_gen_len": 64}))), 64);
        assert_eq!(requested_max_tokens(&body(json!({"maxTokens": 9}))), 9);
        assert_eq!(requested_max_tokens(&body(json!({"textGenerationConfig": {"maxTokenCount": 77}}))), 77);
        assert_eq!(requested_max_tokens(&body(json!({"inferenceConfig": {"max_new_tokens": 5}}))), 5);
        assert_eq!(requested_max_tokens(&body(json!({"inputText": "x"}))), DEFAULT_RESERVED_OUTPUT_TOKENS);
    }
}
