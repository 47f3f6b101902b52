//! Fault injection: throttling, server errors, unavailability, connection resets, malformed
//! bodies, latency and broken response streams, drawn from a seeded generator so a run's faults
//! can be reproduced, optionally limited to the first N requests. Every response also gets its
//! request id here.

use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

use axum::extract::connect_info::ConnectInfo;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;

use super::Shared;
use super::errors::ServiceError;

/// What to inject.
#[derive(Debug, Clone, Default)]
pub struct Faults {
    /// Fraction of requests answered with ThrottlingException (429).
    pub throttle_rate: f64,
    /// Fraction of requests answered with InternalServerException (500).
    pub error_rate: f64,
    /// Fraction of requests answered with ServiceUnavailableException (503).
    pub unavailable_rate: f64,
    /// Fraction of requests whose connection is reset before any response byte.
    pub reset_rate: f64,
    /// Fraction of requests answered with HTTP 200 and a body that is not valid JSON.
    pub malformed_rate: f64,
    /// Latency added to every request (within `first`).
    pub latency_ms: u64,
    /// Fraction of response streams whose connection is cut after about half of the frames.
    pub stream_cut_rate: f64,
    /// Fraction of response streams that end with a modelStreamErrorException frame after about
    /// half of the frames.
    pub stream_exception_rate: f64,
    /// Milliseconds between the frames of a response stream (a slow model); 0 sends them as
    /// fast as the connection takes them.
    pub frame_delay_ms: u64,
    /// Only the first this many requests can be faulted or delayed (request faults, stream
    /// faults and latency alike); `None` puts no limit.
    pub first: Option<u64>,
    /// Seed of the generator.
    pub seed: u64,
}

/// The body of a malformed answer: a JSON document cut short.
pub const MALFORMED_BODY: &str = "{\"message\": \"the emulator cut this body short (--fault-malformed)";

/// The outcome drawn for one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Draw {
    Pass,
    Throttle,
    ServerError,
    Unavailable,
    Reset,
    Malformed,
}

/// Whether a request may be faulted (it is within `--fault-first`); the middleware puts it in
/// the request's extensions for the handlers that draw stream faults.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FaultBudget {
    pub eligible: bool,
}

/// The outcome drawn for one response stream.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StreamFault {
    None,
    Cut,
    Exception,
    /// Every frame, each after a pause (`--frame-delay`): a model that writes slowly.
    Paced(std::time::Duration),
}

/// A seeded SplitMix64 stream behind a lock.
pub struct FaultGenerator {
    faults: Faults,
    state: Mutex<u64>,
    requests: AtomicU64,
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
        FaultGenerator { faults, state: Mutex::new(seed), requests: AtomicU64::new(0) }
    }

    /// A uniform number in [0, 1).
    fn next_unit(&self) -> f64 {
        let mut state = self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        *state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let value = mix(*state);
        (value >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Count one request and say whether it may be faulted (it is within `--fault-first`).
    pub fn admit(&self) -> FaultBudget {
        let ordinal = self.requests.fetch_add(1, Ordering::Relaxed);
        FaultBudget { eligible: self.faults.first.is_none_or(|first| ordinal < first) }
    }

    /// Draw the fate of one request.
    pub fn draw(&self) -> Draw {
        let faults = &self.faults;
        let outcomes = [
            (faults.throttle_rate, Draw::Throttle),
            (faults.error_rate, Draw::ServerError),
            (faults.unavailable_rate, Draw::Unavailable),
            (faults.reset_rate, Draw::Reset),
            (faults.malformed_rate, Draw::Malformed),
        ];
        if outcomes.iter().all(|(rate, _)| *rate <= 0.0) {
            return Draw::Pass;
        }
        let roll = self.next_unit();
        let mut bound = 0.0;
        for (rate, outcome) in outcomes {
            bound += rate;
            if roll < bound {
                return outcome;
            }
        }
        Draw::Pass
    }

    /// Draw the fate of one response stream, for a request with this budget (none: no limit).
    pub fn draw_stream(&self, budget: Option<FaultBudget>) -> StreamFault {
        let unfaulted = match self.faults.frame_delay_ms {
            0 => StreamFault::None,
            delay => StreamFault::Paced(std::time::Duration::from_millis(delay)),
        };
        if self.faults.stream_cut_rate <= 0.0 && self.faults.stream_exception_rate <= 0.0 {
            return unfaulted;
        }
        if budget.is_some_and(|budget| !budget.eligible) {
            return unfaulted;
        }
        let roll = self.next_unit();
        if roll < self.faults.stream_cut_rate {
            StreamFault::Cut
        } else if roll < self.faults.stream_cut_rate + self.faults.stream_exception_rate {
            StreamFault::Exception
        } else {
            unfaulted
        }
    }

    pub fn latency(&self) -> Duration {
        Duration::from_millis(self.faults.latency_ms)
    }
}

/// The middleware in front of every route.
pub async fn middleware(State(emulator): State<Shared>, mut request: Request, next: Next) -> Response {
    request.extensions_mut().insert(super::runtime::Arrival(std::time::Instant::now()));
    let request_id = emulator.next_request_id();
    let budget = emulator.faults.admit();
    let latency = emulator.faults.latency();
    if budget.eligible && !latency.is_zero() {
        tokio::time::sleep(latency).await;
    }
    let draw = if budget.eligible { emulator.faults.draw() } else { Draw::Pass };
    let mut response = match draw {
        Draw::Pass => {
            request.extensions_mut().insert(budget);
            next.run(request).await
        }
        Draw::Throttle => ServiceError::throttling().into_response(),
        Draw::ServerError => ServiceError::internal().into_response(),
        Draw::Unavailable => ServiceError::unavailable().into_response(),
        Draw::Reset => match request.extensions().get::<ConnectInfo<Peer>>() {
            Some(ConnectInfo(peer)) => {
                peer.connection.reset();
                // Never written: the connection is reset at its first write.
                StatusCode::INTERNAL_SERVER_ERROR.into_response()
            }
            // Served without the fault listener (in-process tests): no socket to reset.
            None => ServiceError::internal().into_response(),
        },
        Draw::Malformed => {
            let mut response = (StatusCode::OK, MALFORMED_BODY).into_response();
            response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
            response
        }
    };
    if let Ok(value) = request_id.parse() {
        response.headers_mut().insert("x-amzn-requestid", value);
    }
    response
}

/// A connection's handle: once reset, the connection is aborted (TCP RST) at its next read or
/// write, so the client receives no response byte.
#[derive(Debug, Clone, Default)]
pub struct Connection {
    reset: Arc<AtomicBool>,
    /// Requests whose response has not been written yet (see `server.rs`).
    in_flight: Arc<AtomicUsize>,
}

impl Connection {
    /// The connection's count of requests in flight.
    pub fn in_flight(&self) -> Arc<AtomicUsize> {
        self.in_flight.clone()
    }

    pub fn reset(&self) {
        self.reset.store(true, Ordering::SeqCst);
    }

    fn is_reset(&self) -> bool {
        self.reset.load(Ordering::SeqCst)
    }
}

/// What the handlers learn about the connection of a request (as `ConnectInfo<Peer>`).
#[derive(Debug, Clone)]
pub struct Peer {
    pub address: SocketAddr,
    pub connection: Connection,
}

/// A served TCP connection that fails with a reset once its [`Connection`] is reset.
pub struct FaultStream {
    stream: TcpStream,
    connection: Connection,
}

impl FaultStream {
    pub fn new(stream: TcpStream, connection: Connection) -> Self {
        FaultStream { stream, connection }
    }

    pub fn connection(&self) -> &Connection {
        &self.connection
    }
    /// If the connection was reset: abort it (linger 0 makes the close a TCP RST) and fail.
    fn check(&self) -> io::Result<()> {
        if self.connection.is_reset() {
            let _ = self.stream.set_zero_linger();
            return Err(io::Error::new(io::ErrorKind::ConnectionReset, "reset by --fault-reset"));
        }
        Ok(())
    }
}

impl AsyncRead for FaultStream {
    fn poll_read(
        mut self: Pin<&mut Self>,
        context: &mut Context<'_>,
        buffer: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        self.check()?;
        Pin::new(&mut self.stream).poll_read(context, buffer)
    }
}

impl AsyncWrite for FaultStream {
    fn poll_write(
        mut self: Pin<&mut Self>,
        context: &mut Context<'_>,
        data: &[u8],
    ) -> Poll<io::Result<usize>> {
        self.check()?;
        Pin::new(&mut self.stream).poll_write(context, data)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        context: &mut Context<'_>,
        buffers: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        self.check()?;
        Pin::new(&mut self.stream).poll_write_vectored(context, buffers)
    }

    fn is_write_vectored(&self) -> bool {
        self.stream.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, context: &mut Context<'_>) -> Poll<io::Result<()>> {
        self.check()?;
        Pin::new(&mut self.stream).poll_flush(context)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, context: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.stream).poll_shutdown(context)
    }
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
        assert!((0..100).all(|_| generator.draw_stream(None) == StreamFault::None));
    }

    #[test]
    fn stream_faults_are_reproducible_and_match_rates() {
        let faults =
            Faults { stream_cut_rate: 0.2, stream_exception_rate: 0.5, seed: 7, ..Faults::default() };
        let draws = |faults: Faults| -> Vec<StreamFault> {
            let generator = FaultGenerator::new(faults);
            (0..1000).map(|_| generator.draw_stream(None)).collect()
        };
        let first = draws(faults.clone());
        assert_eq!(first, draws(faults));
        let cut = first.iter().filter(|draw| **draw == StreamFault::Cut).count();
        let exception = first.iter().filter(|draw| **draw == StreamFault::Exception).count();
        assert!((150..250).contains(&cut), "{cut}");
        assert!((440..560).contains(&exception), "{exception}");
        let always = FaultGenerator::new(Faults { stream_exception_rate: 1.0, ..Faults::default() });
        assert!((0..20).all(|_| always.draw_stream(None) == StreamFault::Exception));
        assert_eq!(always.draw(), Draw::Pass);
        let spent = Some(FaultBudget { eligible: false });
        assert_eq!(always.draw_stream(spent), StreamFault::None);
    }

    #[test]
    fn new_request_faults_share_the_roll_after_the_old_ones() {
        let faults = Faults {
            throttle_rate: 0.2,
            error_rate: 0.2,
            unavailable_rate: 0.2,
            reset_rate: 0.2,
            malformed_rate: 0.2,
            seed: 5,
            ..Faults::default()
        };
        let generator = FaultGenerator::new(faults);
        let draws: Vec<Draw> = (0..2000).map(|_| generator.draw()).collect();
        for outcome in [Draw::Throttle, Draw::ServerError, Draw::Unavailable, Draw::Reset, Draw::Malformed] {
            let count = draws.iter().filter(|draw| **draw == outcome).count();
            assert!((320..480).contains(&count), "{outcome:?}: {count}");
        }
        assert!(!draws.contains(&Draw::Pass));
    }

    #[test]
    fn fault_first_admits_only_the_first_requests() {
        let limited = FaultGenerator::new(Faults { first: Some(2), ..Faults::default() });
        let admitted: Vec<bool> = (0..5).map(|_| limited.admit().eligible).collect();
        assert_eq!(admitted, [true, true, false, false, false]);
        let unlimited = FaultGenerator::new(Faults::default());
        assert!((0..50).all(|_| unlimited.admit().eligible));
    }
}
