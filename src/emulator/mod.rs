//! The local Bedrock emulator (DESIGN.md §6): all four services on one port over the real wire
//! protocol (REST-JSON; SigV4 accepted, not checked), stateful, with injectable faults.

pub mod bedrock;
pub mod behaviours;
pub mod catalog;
pub mod clock;
pub mod control;
pub mod dispatch;
pub mod errors;
pub mod faults;
pub mod guardrails;
pub mod input_check;
pub mod logging;
pub mod operations;
pub mod quotas;
pub mod runtime;
pub mod server;
pub mod service_quotas;
pub mod signature;
pub mod state;
pub mod store;
pub mod sts;
pub mod synthesize;
pub mod tags;
pub mod wire;
// Knowledge bases and agents (bedrock-agent, bedrock-agent-runtime) and the S3 directory.
pub mod agent;
pub mod knowledge;
pub mod resources;
pub mod s3;
pub mod s3_service;
pub mod s3_stream;
// Batch jobs that process their records from the S3 directory.
pub mod batch_runner;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use axum::Router;
use axum::http::HeaderMap;
use axum::routing::{get, post};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

pub use faults::Faults;

use crate::error::{Failure, Result};

/// The account id the emulator puts in ARNs.
pub const ACCOUNT_ID: &str = "123456789012";

/// The region used when a request carries no SigV4 credential scope.
pub const DEFAULT_REGION: &str = "us-east-1";

/// How to run the emulator.
#[derive(Debug, Clone)]
pub struct Options {
    pub host: String,
    pub port: u16,
    pub state_path: Option<PathBuf>,
    pub faults: Faults,
    /// How fast simulated jobs move through their statuses.
    pub clock: clock::Clock,
    /// The directory behind `s3://` URIs: `s3://bucket/key` is `DIR/bucket/key`.
    pub s3_root: Option<PathBuf>,
    /// Timeouts and the connection limit of the server.
    pub limits: server::Limits,
    /// The only key pair whose SigV4 signatures are accepted (`--require-credentials`).
    pub required_credentials: Option<signature::RequiredCredentials>,
    /// Token quotas of the runtime and the batch limits Service Quotas reports.
    pub quotas: quotas::Limits,
    /// Answer every Service Quotas call with AccessDeniedException (`--deny-service-quotas`).
    pub deny_service_quotas: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            host: "127.0.0.1".into(),
            port: 4010,
            state_path: None,
            faults: Faults::default(),
            clock: clock::Clock::default(),
            s3_root: None,
            limits: server::Limits::default(),
            required_credentials: None,
            quotas: quotas::Limits::default(),
            deny_service_quotas: false,
        }
    }
}

/// Everything the request handlers share.
pub struct Emulator {
    pub catalog: catalog::Catalog,
    pub store: state::Store,
    pub faults: faults::FaultGenerator,
    pub clock: clock::Clock,
    /// Objects of `s3://` URIs (data sources of knowledge bases).
    pub s3: s3::ObjectStore,
    /// When set, only requests signed with this key pair are served.
    pub required_credentials: Option<signature::RequiredCredentials>,
    /// The tokens each model used against its quotas.
    pub quotas: Arc<quotas::Ledger>,
    pub deny_service_quotas: bool,
    request_counter: AtomicU64,
    request_id_seed: u64,
}

impl Emulator {
    /// The shared state for `options`: the state file loaded (or created) and the catalog read.
    pub fn new(options: &Options) -> Result<Self> {
        Ok(Emulator {
            catalog: catalog::Catalog::load()?,
            store: state::Store::open(options.state_path.clone())?,
            faults: faults::FaultGenerator::new(options.faults.clone()),
            clock: options.clock,
            s3: s3::ObjectStore::new(options.s3_root.clone()),
            required_credentials: options.required_credentials.clone(),
            quotas: quotas::Ledger::new(options.quotas.clone()),
            deny_service_quotas: options.deny_service_quotas,
            request_counter: AtomicU64::new(0),
            request_id_seed: faults::mix(options.faults.seed ^ 0x5eed),
        })
    }

    /// A fresh request id, shaped like the service's (a UUID), deterministic for a seed.
    pub fn next_request_id(&self) -> String {
        let count = self.request_counter.fetch_add(1, Ordering::Relaxed);
        let high = faults::mix(self.request_id_seed ^ count.wrapping_mul(0x9e37_79b9_7f4a_7c15));
        let low = faults::mix(high ^ count);
        format!(
            "{:08x}-{:04x}-4{:03x}-a{:03x}-{:012x}",
            (high >> 32) as u32,
            (high >> 16) as u16,
            (high & 0xfff) as u16,
            (low >> 52) as u16 & 0xfff,
            low & 0xffff_ffff_ffff
        )
    }
}

pub type Shared = Arc<Emulator>;

/// A running emulator; dropping it leaves the server running until the runtime ends.
pub struct RunningEmulator {
    pub url: String,
    pub address: SocketAddr,
    shutdown: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<()>>,
}

impl RunningEmulator {
    /// Stop accepting requests and wait for the server to finish.
    pub async fn stop(mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

/// The routes of all services.
pub fn router(shared: Shared) -> Router {
    Router::new()
        .route("/foundation-models", get(bedrock::list_foundation_models))
        .route("/foundation-models/{model}", get(bedrock::get_foundation_model))
        .route("/inference-profiles", get(bedrock::list_inference_profiles))
        .route("/inference-profiles/{profile}", get(bedrock::get_inference_profile))
        .route("/model/{model}/invoke", post(runtime::invoke_model).layer(runtime::body_limit()))
        .route(
            "/model/{model}/invoke-with-response-stream",
            post(runtime::invoke_model_with_response_stream).layer(runtime::body_limit()),
        )
        .route("/model/{model}/converse", post(runtime::converse).layer(runtime::body_limit()))
        .route("/model/{model}/converse-stream", post(runtime::converse_stream).layer(runtime::body_limit()))
        .merge(guardrails::routes())
        .merge(logging::routes())
        .merge(tags::routes())
        .route("/", post(service_quotas::root))
        .merge(knowledge::routes())
        .merge(agent::routes())
        .fallback(dispatch::serve)
        .method_not_allowed_fallback(dispatch::serve)
        .layer(axum::middleware::from_fn(dispatch::fidelity))
        .layer(axum::middleware::from_fn_with_state(shared.clone(), s3_service::middleware))
        .layer(axum::middleware::from_fn_with_state(shared.clone(), faults::middleware))
        .layer(axum::middleware::from_fn_with_state(shared.clone(), signature::middleware))
        .with_state(shared)
}

/// Load state and catalog, bind, and serve in the background.
pub async fn start(options: Options) -> Result<RunningEmulator> {
    let shared = Arc::new(Emulator::new(&options)?);
    let listener =
        tokio::net::TcpListener::bind((options.host.as_str(), options.port)).await.map_err(|error| {
            Failure::other(
                "emulator",
                format!(
                    "cannot listen on {}:{}: {}",
                    options.host,
                    options.port,
                    crate::error::io_reason(&error)
                ),
            )
            .with_hint("pick another --port, or --port 0 for any free port")
        })?;
    let address = listener
        .local_addr()
        .map_err(|error| Failure::other("emulator", format!("cannot read the listening address: {error}")))?;
    let (shutdown, shutdown_signal) = oneshot::channel::<()>();
    let app = router(shared);
    let task = tokio::spawn(server::serve(listener, app, options.limits, shutdown_signal));
    let host = if address.is_ipv6() { format!("[{}]", address.ip()) } else { address.ip().to_string() };
    Ok(RunningEmulator {
        url: format!("http://{host}:{}", address.port()),
        address,
        shutdown: Some(shutdown),
        task: Some(task),
    })
}

/// Decode `%XX` escapes of a URL path or query value; `plus_is_space` for query values, where
/// `+` stands for a space (in paths it is a plus). Invalid escapes are kept as they are.
pub fn percent_decode(text: &str, plus_is_space: bool) -> String {
    let bytes = text.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        let escaped = (bytes[index] == b'%')
            .then(|| bytes.get(index + 1..index + 3))
            .flatten()
            .and_then(|hex| std::str::from_utf8(hex).ok())
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match (escaped, bytes[index]) {
            (Some(byte), _) => {
                decoded.push(byte);
                index += 3;
            }
            (None, b'+') if plus_is_space => {
                decoded.push(b' ');
                index += 1;
            }
            (None, byte) => {
                decoded.push(byte);
                index += 1;
            }
        }
    }
    String::from_utf8_lossy(&decoded).into_owned()
}

/// The region of a request, from its SigV4 credential scope.
pub fn request_region(headers: &HeaderMap) -> String {
    headers
        .get("authorization")
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.split("Credential=").nth(1))
        .and_then(|credential| credential.split('/').nth(2))
        .filter(|region| !region.is_empty() && region.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        .unwrap_or(DEFAULT_REGION)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_escapes_are_decoded() {
        assert_eq!(percent_decode("team%20a", true), "team a");
        assert_eq!(percent_decode("a+b", true), "a b");
        assert_eq!(percent_decode("a+b", false), "a+b");
        assert_eq!(percent_decode("100%", true), "100%");
        assert_eq!(percent_decode("%zz", true), "%zz");
        assert_eq!(percent_decode("dir%2Fkey", false), "dir/key");
    }

    #[test]
    fn region_comes_from_the_credential_scope() {
        let mut headers = HeaderMap::new();
        assert_eq!(request_region(&headers), "us-east-1");
        headers.insert(
            "authorization",
            "AWS4-HMAC-SHA256 Credential=AKID/20240101/eu-west-3/bedrock/aws4_request, SignedHeaders=host, Signature=00"
                .parse()
                .unwrap(),
        );
        assert_eq!(request_region(&headers), "eu-west-3");
    }
}
