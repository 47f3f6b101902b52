//! Fault injection: throttling, server errors, latency and broken response streams, drawn from a
//! seeded generator so a run's faults can be reproduced. Every response also gets its request id
//! here.

use std::sync::Mutex;
use std::time::Duration;

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::Shared;
use super::errors::ServiceError;

/// What to inject.
#[derive(Debug, Clone, Default)]
pub struct Faults {
    /// Fraction of requests answered with ThrottlingException (429).
    pub throttle_rate: f64,
    /// Fraction of requests answered with InternalServerException (500).
    pub error_rate: f64,
    /// Latency added to every request.
    pub latency_ms: u64,
    /// Fraction of response streams whose connection is cut after about half of the frames.
    pub stream_cut_rate: f64,
    /// Fraction of response streams that end with a modelStreamErrorException frame after about
    /// half of the frames.
    pub stream_exception_rate: f64,
    /// Seed of the generator.
    pub seed: u64,
}

/// The outcome drawn for one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Draw {
    Pass,
    Throttle,
    ServerError,
}

/// The outcome drawn for one response stream.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StreamFault {
    None,
    Cut,
    Exception,
}

/// A seeded SplitMix64 stream behind a lock.
pub struct FaultGenerator {
    faults: Faults,
    state: Mutex<u64>,
}

/// One SplitMix64 finalisation step: a well-mixed 64-bit value from any input.
pub fn mix(mut value: u64) -> u64 {
    value = value.wrapping_add(0x9e37_79b9_7f4a_7c15);
    value = (value ^ (value >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    value = (value ^ (value >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    value ^ (value >> 31)
}

impl FaultGenerator {
    pub fn new(faults: Faults) -> Self {
        let seed = faults.seed;
        FaultGenerator { faults, state: Mutex::new(seed) }
    }

    /// A uniform number in [0, 1).
    fn next_unit(&self) -> f64 {
        let mut state = self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        *state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let value = mix(*state);
        (value >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Draw the fate of one request.
    pub fn draw(&self) -> Draw {
        if self.faults.throttle_rate <= 0.0 && self.faults.error_rate <= 0.0 {
            return Draw::Pass;
        }
        let roll = self.next_unit();
        if roll < self.faults.throttle_rate {
            Draw::Throttle
        } else if roll < self.faults.throttle_rate + self.faults.error_rate {
            Draw::ServerError
        } else {
            Draw::Pass
        }
    }

    /// Draw the fate of one response stream.
    pub fn draw_stream(&self) -> StreamFault {
        if self.faults.stream_cut_rate <= 0.0 && self.faults.stream_exception_rate <= 0.0 {
            return StreamFault::None;
        }
        let roll = self.next_unit();
        if roll < self.faults.stream_cut_rate {
            StreamFault::Cut
        } else if roll < self.faults.stream_cut_rate + self.faults.stream_exception_rate {
            StreamFault::Exception
        } else {
            StreamFault::None
        }
    }

    pub fn latency(&self) -> Duration {
        Duration::from_millis(self.faults.latency_ms)
    }
}

/// The middleware in front of every route.
pub async fn middleware(State(emulator): State<Shared>, request: Request, next: Next) -> Response {
    let request_id = emulator.next_request_id();
    let latency = emulator.faults.latency();
    if !latency.is_zero() {
        tokio::time::sleep(latency).await;
    }
    let mut response = match emulator.faults.draw() {
        Draw::Pass => next.run(request).await,
        Draw::Throttle => ServiceError::throttling().into_response(),
        Draw::ServerError => ServiceError::internal().into_response(),
    };
    if let Ok(value) = request_id.parse() {
        response.headers_mut().insert("x-amzn-requestid", value);
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_are_reproducible_and_match_rates() {
        let faults = Faults { throttle_rate: 0.3, error_rate: 0.1, seed: 42, ..Faults::default() };
        let first: Vec<Draw> = {
            let generator = FaultGenerator::new(faults.clone());
            (0..2000).map(|_| generator.draw()).collect()
        };
        let second: Vec<Draw> = {
            let generator = FaultGenerator::new(faults);
            (0..2000).map(|_| generator.draw()).collect()
        };
        assert_eq!(first, second);
        let throttled = first.iter().filter(|draw| **draw == Draw::Throttle).count();
        let errors = first.iter().filter(|draw| **draw == Draw::ServerError).count();
        assert!((500..700).contains(&throttled), "{throttled}");
        assert!((140..260).contains(&errors), "{errors}");
    }

    #[test]
    fn no_faults_means_pass() {
        let generator = FaultGenerator::new(Faults::default());
        assert!((0..100).all(|_| generator.draw() == Draw::Pass));
        assert!((0..100).all(|_| generator.draw_stream() == StreamFault::None));
    }

    #[test]
    fn stream_faults_are_reproducible_and_match_rates() {
        let faults =
            Faults { stream_cut_rate: 0.2, stream_exception_rate: 0.5, seed: 7, ..Faults::default() };
        let draws = |faults: Faults| -> Vec<StreamFault> {
            let generator = FaultGenerator::new(faults);
            (0..1000).map(|_| generator.draw_stream()).collect()
        };
        let first = draws(faults.clone());
        assert_eq!(first, draws(faults));
        let cut = first.iter().filter(|draw| **draw == StreamFault::Cut).count();
        let exception = first.iter().filter(|draw| **draw == StreamFault::Exception).count();
        assert!((150..250).contains(&cut), "{cut}");
        assert!((440..560).contains(&exception), "{exception}");
        let always = FaultGenerator::new(Faults { stream_exception_rate: 1.0, ..Faults::default() });
        assert!((0..20).all(|_| always.draw_stream() == StreamFault::Exception));
        assert_eq!(always.draw(), Draw::Pass);
    }
}
