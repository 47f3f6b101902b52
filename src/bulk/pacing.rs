//! Token pacing of a bulk run. Bedrock counts a model's on-demand quota in tokens per rolling
//! minute: a request is admitted by reserving its input tokens plus its maximum output, and is
//! then counted at the tokens it really used. The pacer keeps the same ledger on the client side,
//! so that requests wait for room in the budget instead of being throttled:
//!
//! - each request reserves its estimated input (the line's length in characters over four,
//!   times a correction learnt from the input tokens the answers report) plus its max tokens;
//! - an answer settles its reservation on the tokens it reports; a failed request frees it;
//! - the budget is `--tpm N`, the account's quota (`--tpm auto`), or learnt: a token throttle
//!   sets it just under what the ledger held when the service refused, and a budget that keeps
//!   binding without throttles creeps back up (never above `--tpm`).
//!
//! Random capacity throttling ("Too many requests") says nothing about tokens; the runner retries
//! it without touching the budget (see `classify`).

use std::cell::RefCell;
use std::collections::VecDeque;
use std::time::{Duration, Instant};

/// The span over which the service counts tokens.
const SPAN: Duration = Duration::from_secs(60);
/// Added to the span: the service admits a request a little after it is sent and counts in whole
/// seconds, so an entry is kept a little longer than a minute.
const SPAN_MARGIN: Duration = Duration::from_millis(1_500);
/// The share of the budget the pacer fills; the rest absorbs estimation error.
const FILL: f64 = 0.97;
/// How long a waiting request sleeps at most before it looks at the ledger again.
const RECHECK: Duration = Duration::from_millis(50);
/// A learnt budget is cut at most this often (throttles of one burst come back together).
const CUT_INTERVAL: Duration = Duration::from_secs(2);
/// A cut budget is raised by `RAISE` after this long with the budget binding and no throttle.
const RAISE_INTERVAL: Duration = Duration::from_secs(10);
const RAISE: f64 = 0.02;
/// Characters per token of the first estimate, before any answer reported its input tokens; on
/// the low side, so that the first requests over-reserve rather than under-reserve.
const CHARACTERS_PER_TOKEN: f64 = 3.0;
/// Weight of the newest answer in the input-token correction.
const CORRECTION_WEIGHT: f64 = 0.1;

/// What a throttling error says about its cause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Throttle {
    /// Shared capacity or a request-rate quota: retry after a pause.
    Capacity,
    /// The model's tokens-per-minute quota: wait for room in the budget.
    TokensPerMinute,
    /// The model's daily token quota: nothing more runs today.
    TokensPerDay,
}

/// Tell a token-quota throttle from a capacity throttle by the service's wording ("Too many
/// tokens, please wait before trying again.", "Too many tokens per day, …", "Too many requests,
/// …").
pub fn classify(message: &str) -> Throttle {
    let message = message.to_ascii_lowercase();
    if message.contains("tokens per day") {
        Throttle::TokensPerDay
    } else if message.contains("too many tokens") || message.contains("tokens per minute") {
        Throttle::TokensPerMinute
    } else {
        Throttle::Capacity
    }
}

/// The ledger counts tokens in slots of this length (its memory is bounded by the span, not
/// by the number of requests).
const SLOT: Duration = Duration::from_millis(100);

/// An admitted request's place in the ledger.
#[derive(Debug, Clone, Copy)]
pub struct Ticket {
    /// The ledger slot the request was admitted in.
    slot: u64,
    /// The tokens the request holds in that slot.
    held: f64,
    /// The raw input estimate (characters over `CHARACTERS_PER_TOKEN`), before the correction.
    raw_input: f64,
    /// The input tokens reserved (the corrected estimate).
    input: f64,
}

#[derive(Debug)]
struct State {
    /// The most the budget may be (`--tpm`, or the quota read with `--tpm auto`).
    ceiling: Option<f64>,
    /// The tokens per minute the pacer fills; `None` until a budget is given or learnt.
    budget: Option<f64>,
    /// Where slot 0 starts.
    origin: Instant,
    /// Tokens admitted per slot, oldest first (only slots that admitted something).
    slots: VecDeque<(u64, f64)>,
    /// The tokens the slots hold.
    total: f64,
    /// Real input tokens over the raw estimate, learnt from answers.
    correction: Option<f64>,
    last_cut: Option<Instant>,
    last_change: Instant,
    closed: bool,
}

impl State {
    fn slot(&self, at: Instant) -> u64 {
        (at.saturating_duration_since(self.origin).as_millis() / SLOT.as_millis()) as u64
    }

    /// When the tokens of a slot leave the span.
    fn expiry(&self, slot: u64) -> Instant {
        self.origin + SLOT * (slot as u32 + 1) + SPAN + SPAN_MARGIN
    }

    fn expire(&mut self, now: Instant) {
        while let Some(&(slot, tokens)) = self.slots.front() {
            if self.expiry(slot) > now {
                break;
            }
            self.total -= tokens;
            self.slots.pop_front();
        }
        if self.slots.is_empty() {
            self.total = 0.0;
        }
    }

    /// Count `tokens` instead of what `ticket` holds (nothing if its slot has left the span).
    fn set_tokens(&mut self, ticket: &Ticket, tokens: f64) {
        if let Some((_, count)) = self.slots.iter_mut().rev().find(|(slot, _)| *slot == ticket.slot) {
            *count += tokens - ticket.held;
            self.total += tokens - ticket.held;
        }
    }

    /// Raise a budget below its ceiling that has been binding for a while without a throttle.
    fn raise(&mut self, now: Instant) {
        let Some(budget) = self.budget else { return };
        if self.ceiling.is_some_and(|ceiling| budget >= ceiling)
            || now.duration_since(self.last_change) < RAISE_INTERVAL
            || self.total < budget * FILL * 0.9
        {
            return;
        }
        let raised = budget * (1.0 + RAISE);
        self.budget = Some(self.ceiling.map_or(raised, |ceiling| raised.min(ceiling)));
        self.last_change = now;
    }
}

/// The client-side token ledger of one run, shared by its requests (all polled by one task).
#[derive(Debug)]
pub struct Pacer {
    state: RefCell<State>,
}

impl Pacer {
    /// A pacer filling `tokens_per_minute` (learnt from throttling when `None`).
    pub fn new(tokens_per_minute: Option<u64>) -> Self {
        let budget = tokens_per_minute.map(|tokens| tokens as f64);
        let now = Instant::now();
        Pacer {
            state: RefCell::new(State {
                ceiling: budget,
                budget,
                origin: now,
                slots: VecDeque::new(),
                total: 0.0,
                correction: None,
                last_cut: None,
                last_change: now,
                closed: false,
            }),
        }
    }

    /// The raw input estimate of a request of `characters` characters.
    pub fn estimate(characters: usize) -> f64 {
        (characters as f64 / CHARACTERS_PER_TOKEN).ceil().max(1.0)
    }

    /// Admit a request now, or say how long to wait before trying again.
    fn try_admit(&self, now: Instant, raw_input: f64, output_tokens: u64) -> Result<Ticket, Duration> {
        let mut state = self.state.borrow_mut();
        state.expire(now);
        state.raise(now);
        let input = raw_input * state.correction.unwrap_or(1.0);
        let cost = input + output_tokens as f64;
        if let Some(budget) = state.budget {
            let limit = budget * FILL;
            // A request larger than the whole budget still runs, alone, once the ledger is empty.
            if !state.slots.is_empty() && state.total + cost > limit {
                let mut freed = 0.0;
                let mut expiry = now + RECHECK;
                for &(slot, tokens) in &state.slots {
                    freed += tokens;
                    expiry = state.expiry(slot);
                    if state.total - freed + cost <= limit {
                        break;
                    }
                }
                return Err(expiry.saturating_duration_since(now));
            }
        }
        let slot = state.slot(now);
        match state.slots.back_mut() {
            Some((last, count)) if *last == slot => *count += cost,
            _ => state.slots.push_back((slot, cost)),
        }
        state.total += cost;
        Ok(Ticket { slot, held: cost, raw_input, input })
    }

    /// Wait for room for a request of `raw_input` estimated input tokens that may produce
    /// `output_tokens`, and reserve it; `None` once the pacer is closed (the daily quota is spent).
    pub async fn acquire(&self, raw_input: f64, output_tokens: u64) -> Option<Ticket> {
        loop {
            if self.state.borrow().closed {
                return None;
            }
            match self.try_admit(Instant::now(), raw_input, output_tokens) {
                Ok(ticket) => return Some(ticket),
                Err(wait) => tokio::time::sleep(wait.clamp(Duration::from_millis(1), RECHECK)).await,
            }
        }
    }

    /// Count an answered request at the tokens it reports (its reserved input when it reports
    /// none), and learn the input estimate's correction from it.
    pub fn settle(&self, ticket: Ticket, input_tokens: u64, output_tokens: u64) {
        let mut state = self.state.borrow_mut();
        let used = if input_tokens + output_tokens == 0 {
            ticket.input
        } else {
            (input_tokens + output_tokens) as f64
        };
        state.set_tokens(&ticket, used);
        if input_tokens > 0 {
            let ratio = input_tokens as f64 / ticket.raw_input;
            state.correction = Some(match state.correction {
                None => ratio,
                Some(correction) => correction * (1.0 - CORRECTION_WEIGHT) + ratio * CORRECTION_WEIGHT,
            });
        }
    }

    /// Free the reservation of a request that failed (the service counts nothing for it).
    pub fn release(&self, ticket: Ticket) {
        self.state.borrow_mut().set_tokens(&ticket, 0.0);
    }

    /// A request was refused for the tokens-per-minute quota: free its reservation and lower the
    /// budget to just under what the ledger held with it.
    pub fn token_throttled(&self, ticket: Ticket, now: Instant) {
        let mut state = self.state.borrow_mut();
        state.expire(now);
        let held = state.total;
        state.set_tokens(&ticket, 0.0);
        state.last_change = now;
        if state.last_cut.is_some_and(|last| now.duration_since(last) < CUT_INTERVAL) {
            return;
        }
        // The service refused this request on top of what it held: its limit is below `held`.
        let learnt = (held.max(ticket.held) * 0.95 / FILL).max(1.0);
        if state.budget.is_none_or(|budget| learnt < budget) {
            state.budget = Some(learnt);
            state.last_cut = Some(now);
        }
    }

    /// Admit nothing more (the daily quota is spent); waiting requests give up.
    pub fn close(&self) {
        self.state.borrow_mut().closed = true;
    }

    pub fn is_closed(&self) -> bool {
        self.state.borrow().closed
    }

    /// The tokens of the last minute (answered, and reserved by requests in flight), and the
    /// budget, for the progress display.
    pub fn usage(&self) -> (u64, Option<u64>) {
        let mut state = self.state.borrow_mut();
        state.expire(Instant::now());
        (state.total.max(0.0).round() as u64, state.budget.map(|budget| budget.round() as u64))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn throttles_are_told_apart_by_the_service_wording() {
        assert_eq!(classify("Too many tokens, please wait before trying again."), Throttle::TokensPerMinute);
        assert_eq!(
            classify("Too many tokens per day, please wait before trying again."),
            Throttle::TokensPerDay
        );
        assert_eq!(classify("Too many requests, please wait before trying again."), Throttle::Capacity);
        assert_eq!(classify("Rate exceeded"), Throttle::Capacity);
    }

    #[test]
    fn requests_wait_for_room_in_the_budget_and_settle_on_their_usage() {
        let pacer = Pacer::new(Some(1_000));
        let start = Instant::now();
        // 970 tokens fit (the fill share); each request reserves 100 input + 200 output.
        let tickets: Vec<Ticket> = (0..3).map(|_| pacer.try_admit(start, 100.0, 200).unwrap()).collect();
        let wait = pacer.try_admit(start, 100.0, 200).unwrap_err();
        assert!(
            wait > SPAN + SPAN_MARGIN && wait <= SLOT + SPAN + SPAN_MARGIN,
            "room comes back when the first requests leave the span: {wait:?}"
        );
        // The first answer used far less than its reservation: room for one more now.
        pacer.settle(tickets[0], 50, 10);
        assert!(pacer.try_admit(start, 100.0, 200).is_ok());
        assert!(pacer.try_admit(start, 100.0, 200).is_err());
        // The correction learnt from the answer halves the next estimates.
        assert_eq!(pacer.state.borrow().correction, Some(0.5));
        // A failed request frees everything it reserved.
        pacer.release(tickets[1]);
        assert!(pacer.try_admit(start, 100.0, 200).is_ok());
        // After a minute the ledger is empty again.
        let later = start + SLOT + SPAN + SPAN_MARGIN;
        assert!(pacer.try_admit(later, 100.0, 200).is_ok());
        assert_eq!(pacer.state.borrow().slots.len(), 1);
    }

    #[test]
    fn a_request_larger_than_the_budget_runs_alone() {
        let pacer = Pacer::new(Some(100));
        let now = Instant::now();
        assert!(pacer.try_admit(now, 10.0, 500).is_ok());
        assert!(pacer.try_admit(now, 1.0, 1).is_err());
    }

    #[test]
    fn the_budget_is_learnt_from_token_throttles_and_creeps_back_up() {
        let pacer = Pacer::new(None);
        let start = Instant::now();
        let tickets: Vec<Ticket> = (0..10).map(|_| pacer.try_admit(start, 100.0, 0).unwrap()).collect();
        pacer.token_throttled(tickets[9], start);
        let learnt = pacer.usage().1.unwrap();
        assert!((900..1000).contains(&learnt), "{learnt}");
        // Another throttle of the same burst does not cut again.
        pacer.token_throttled(tickets[8], start + Duration::from_millis(10));
        assert_eq!(pacer.usage().1.unwrap(), learnt);
        // Binding for a while without throttles, the budget rises.
        let later = start + RAISE_INTERVAL + Duration::from_millis(10);
        let mut admitted = 0;
        while pacer.try_admit(later, 10.0, 0).is_ok() {
            admitted += 1;
        }
        assert!(admitted > 0);
        let _ = pacer.try_admit(later + RAISE_INTERVAL, 10.0, 0);
        assert!(pacer.state.borrow().budget.unwrap() > learnt as f64);
    }

    #[test]
    fn a_given_budget_is_never_raised_above_its_ceiling() {
        let pacer = Pacer::new(Some(1_000));
        let start = Instant::now();
        let tickets: Vec<Ticket> = (0..3).map(|_| pacer.try_admit(start, 300.0, 0).unwrap()).collect();
        pacer.token_throttled(tickets[2], start);
        assert!(pacer.state.borrow().budget.unwrap() < 1_000.0);
        for step in 1..200u32 {
            let _ = pacer.try_admit(start + RAISE_INTERVAL * step, 300.0, 0);
        }
        assert!(pacer.state.borrow().budget.unwrap() <= 1_000.0);
    }

    #[tokio::test]
    async fn a_closed_pacer_admits_nothing() {
        let pacer = Pacer::new(Some(1_000));
        assert!(pacer.acquire(1.0, 1).await.is_some());
        pacer.close();
        assert!(pacer.acquire(1.0, 1).await.is_none());
    }

    /// The service's side of a simulation: a rolling minute in one-second slots that reserves
    /// input plus max tokens at admission and settles on the real usage (as the emulator does).
    struct Service {
        limit: f64,
        slots: VecDeque<(u64, f64)>,
    }

    impl Service {
        fn total(&mut self, second: u64) -> f64 {
            while self.slots.front().is_some_and(|(slot, _)| *slot + 60 <= second) {
                self.slots.pop_front();
            }
            self.slots.iter().map(|(_, tokens)| tokens).sum()
        }

        fn admit(&mut self, second: u64, tokens: f64) -> bool {
            if self.total(second) + tokens > self.limit {
                return false;
            }
            match self.slots.back_mut() {
                Some((slot, count)) if *slot == second => *count += tokens,
                _ => self.slots.push_back((second, tokens)),
            }
            true
        }

        fn settle(&mut self, second: u64, reserved: f64, used: f64) {
            if let Some((_, count)) = self.slots.iter_mut().find(|(slot, _)| *slot == second) {
                *count += used - reserved;
            }
        }
    }

    /// Run 32 requests in flight at 50 ms each against a 100,000-token-per-minute quota for six
    /// virtual minutes; each request has 400 characters (100 real input tokens), max tokens 200
    /// and answers 150. Returns (tokens the service counted in minutes 2 to 6 per minute,
    /// throttled share of attempts).
    fn simulate(budget: Option<u64>) -> (f64, f64) {
        let pacer = Pacer::new(budget);
        let start = pacer.state.borrow().origin;
        let mut service = Service { limit: 100_000.0, slots: VecDeque::new() };
        let latency = Duration::from_millis(50);
        let mut running: Vec<(Duration, Ticket, u64)> = Vec::new();
        let (mut attempts, mut throttled, mut counted) = (0u64, 0u64, 0.0);
        let mut elapsed = Duration::ZERO;
        while elapsed < Duration::from_secs(360) {
            let now = start + elapsed;
            let second = elapsed.as_secs();
            running.retain(|(done, ticket, admitted)| {
                if *done > elapsed {
                    return true;
                }
                service.settle(*admitted, 300.0, 250.0);
                pacer.settle(*ticket, 100, 150);
                if second >= 60 {
                    counted += 250.0;
                }
                false
            });
            while running.len() < 32 {
                let Ok(ticket) = pacer.try_admit(now, Pacer::estimate(400), 200) else { break };
                attempts += 1;
                if service.admit(second, 300.0) {
                    running.push((elapsed + latency, ticket, second));
                } else {
                    throttled += 1;
                    pacer.token_throttled(ticket, now);
                    break;
                }
            }
            elapsed += Duration::from_millis(10);
        }
        (counted / 5.0, throttled as f64 / attempts as f64)
    }

    #[test]
    fn a_run_under_a_known_quota_sustains_its_token_rate_with_few_throttles() {
        let (per_minute, throttled) = simulate(Some(100_000));
        assert!(per_minute >= 90_000.0, "{per_minute} tokens per minute");
        assert!(per_minute <= 100_000.0, "{per_minute} tokens per minute");
        assert!(throttled < 0.05, "{throttled}");
    }

    #[test]
    fn a_run_learns_an_unknown_quota_without_collapsing() {
        let (per_minute, throttled) = simulate(None);
        assert!(per_minute >= 80_000.0, "{per_minute} tokens per minute");
        assert!(throttled < 0.05, "{throttled}");
    }
}
