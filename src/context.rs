//! Ctx: the resolved settings, the output, and the SDK config and clients, built lazily so that
//! commands that need no AWS call (help, completions, emulator) pay nothing for them.

use std::time::Duration;

use aws_config::meta::credentials::CredentialsProviderChain;
use aws_config::meta::region::ProvideRegion;
use aws_config::provider_config::ProviderConfig;
use aws_config::retry::RetryConfig;
use aws_config::timeout::TimeoutConfig;
use aws_config::{BehaviorVersion, Region, SdkConfig};
use aws_credential_types::Credentials;
use aws_smithy_runtime_api::client::http::SharedHttpClient;
use aws_smithy_runtime_api::client::orchestrator::HttpResponse;
use aws_smithy_runtime_api::client::result::SdkError;
use aws_smithy_types::error::metadata::ProvideErrorMetadata;
use aws_types::service_config::ServiceConfigKey;
use tokio::sync::OnceCell;

use crate::aws::capture::RawBodyCapture;
use crate::aws::debug::DebugTrace;
use crate::cli::RetryMode;
use crate::emulator;
use crate::error::{Failure, Result};
use crate::output::Output;
use crate::settings::{Environment, Settings};

/// The SDK's default connect timeout, kept when only a read timeout is given.
const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_millis(3100);

/// The region used by `--local` when none is configured.
pub const LOCAL_DEFAULT_REGION: &str = "us-east-1";

/// The four Bedrock services.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Service {
    Bedrock,
    BedrockRuntime,
    BedrockAgent,
    BedrockAgentRuntime,
}

impl Service {
    pub const ALL: [Service; 4] =
        [Service::Bedrock, Service::BedrockRuntime, Service::BedrockAgent, Service::BedrockAgentRuntime];

    /// The endpoint prefix, also the name used in `AWS_ENDPOINT_URL_<NAME>`.
    pub fn endpoint_prefix(self) -> &'static str {
        match self {
            Service::Bedrock => "bedrock",
            Service::BedrockRuntime => "bedrock-runtime",
            Service::BedrockAgent => "bedrock-agent",
            Service::BedrockAgentRuntime => "bedrock-agent-runtime",
        }
    }

    /// The SDK service id used for service-specific configuration.
    fn service_id(self) -> &'static str {
        match self {
            Service::Bedrock => "Bedrock",
            Service::BedrockRuntime => "Bedrock Runtime",
            Service::BedrockAgent => "Bedrock Agent",
            Service::BedrockAgentRuntime => "Bedrock Agent Runtime",
        }
    }
}

/// Whether the command itself handles Ctrl-C for now (interactive `chat`, where Ctrl-C cancels
/// the reply being streamed, not the command). While claimed, SIGINT does not end the command.
#[derive(Debug, Clone, Default)]
pub struct Interrupts(std::sync::Arc<std::sync::atomic::AtomicBool>);

impl Interrupts {
    /// Handle Ctrl-C in the command until the guard is dropped.
    pub fn claim(&self) -> InterruptClaim {
        self.0.store(true, std::sync::atomic::Ordering::SeqCst);
        InterruptClaim(self.0.clone())
    }

    /// Whether the command handles Ctrl-C itself at the moment.
    pub fn claimed(&self) -> bool {
        self.0.load(std::sync::atomic::Ordering::SeqCst)
    }
}

/// Ctrl-C is the command's own until this is dropped (see [`Interrupts::claim`]).
pub struct InterruptClaim(std::sync::Arc<std::sync::atomic::AtomicBool>);

impl Drop for InterruptClaim {
    fn drop(&mut self) {
        self.0.store(false, std::sync::atomic::Ordering::SeqCst);
    }
}

/// Where the effective region came from (for `doctor`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RegionSource {
    Flag,
    Environment(&'static str),
    ConfigFiles,
    LocalDefault,
}

pub struct Ctx {
    pub settings: Settings,
    pub output: Output,
    pub environment: Environment,
    pub capture: RawBodyCapture,
    /// The runtime calls this process made, logged when it ends.
    pub call_log: crate::calllog::CallLog,
    sdk_config: OnceCell<SdkConfig>,
    trust_store: std::sync::OnceLock<String>,
    local_emulator: OnceCell<emulator::RunningEmulator>,
    bedrock: OnceCell<aws_sdk_bedrock::Client>,
    bedrock_runtime: OnceCell<aws_sdk_bedrockruntime::Client>,
    bedrock_agent: OnceCell<aws_sdk_bedrockagent::Client>,
    bedrock_agent_runtime: OnceCell<aws_sdk_bedrockagentruntime::Client>,
    /// The command retries runtime calls itself (see `retry_runtime_calls_here`).
    runtime_retries_here: std::sync::atomic::AtomicBool,
    /// Whether Ctrl-C is the command's to handle (see [`Interrupts`]).
    pub interrupts: Interrupts,
}

impl Ctx {
    pub fn new(settings: Settings, environment: Environment) -> Self {
        let output = Output::from_settings(&settings);
        Ctx {
            settings,
            output,
            environment,
            capture: RawBodyCapture::default(),
            call_log: crate::calllog::CallLog::default(),
            sdk_config: OnceCell::new(),
            trust_store: std::sync::OnceLock::new(),
            local_emulator: OnceCell::new(),
            bedrock: OnceCell::new(),
            bedrock_runtime: OnceCell::new(),
            runtime_retries_here: std::sync::atomic::AtomicBool::new(false),
            bedrock_agent: OnceCell::new(),
            bedrock_agent_runtime: OnceCell::new(),
            interrupts: Interrupts::default(),
        }
    }

    /// The URL of the in-process emulator started by `--local`.
    async fn local_endpoint(&self) -> Result<String> {
        let running = self
            .local_emulator
            .get_or_try_init(|| async {
                let state_path = self.settings.data_dir.as_deref().map(emulator::state::local_state_path);
                // Knowledge-base data sources of the local emulator: s3://bucket/key is
                // $BEDROCK_S3_ROOT/bucket/key, or DATA_DIR/s3/bucket/key.
                let s3_root = self
                    .environment
                    .variable("BEDROCK_S3_ROOT")
                    .map(std::path::PathBuf::from)
                    .or_else(|| self.settings.data_dir.as_ref().map(|dir| dir.join("s3")));
                let options = emulator::Options {
                    host: "127.0.0.1".to_string(),
                    port: 0,
                    state_path,
                    s3_root,
                    ..emulator::Options::default()
                };
                emulator::start(options).await
            })
            .await?;
        Ok(running.url.clone())
    }

    /// The explicit endpoint for every service: `--endpoint-url`, or the `--local` emulator.
    pub async fn endpoint_override(&self) -> Result<Option<String>> {
        if self.settings.local {
            return self.local_endpoint().await.map(Some);
        }
        Ok(self.settings.endpoint_url.clone())
    }

    /// The shared SDK config: profile, region, credentials, endpoint, timeouts, retries.
    pub async fn sdk_config(&self) -> Result<&SdkConfig> {
        self.sdk_config.get_or_try_init(|| self.load_sdk_config()).await
    }

    async fn load_sdk_config(&self) -> Result<SdkConfig> {
        let settings = &self.settings;
        let mut loader = aws_config::defaults(BehaviorVersion::latest());
        if let Some(profile) = &settings.profile {
            loader = loader.profile_name(profile);
        }
        // The default chains look at the environment first. When it answers, hand the answer
        // over directly: building the chains (profile, web identity, SSO, container and
        // instance-metadata providers) is a large share of start-up, and none of them would be
        // asked.
        let region_variable =
            ["AWS_REGION", "AWS_DEFAULT_REGION"].into_iter().find_map(|name| self.environment.variable(name));
        if let Some(region) = settings.region.as_deref().or(region_variable) {
            loader = loader.region(Region::new(region.to_string()));
        }
        let ca_bundle = if settings.local { None } else { self.check_profile().await? };
        let endpoint = self.endpoint_override().await?;
        let http_client = match &endpoint {
            // Plain HTTP (the emulator): no TLS stack, no certificate loading.
            Some(url) if url.starts_with("http://") => aws_smithy_http_client::Builder::new().build_http(),
            _ => {
                let profile = ca_bundle.as_ref().map(|(profile, path)| (profile.as_str(), path.as_str()));
                let trust = crate::aws::tls::TrustStore::resolve(&self.environment, profile)?;
                let _ = self.trust_store.set(trust.description.clone());
                trust.https_client()
            }
        };
        crate::aws::errors::set_network_context(crate::aws::errors::NetworkContext {
            endpoint_given: settings.local
                || settings.endpoint_url.is_some()
                || self.environment.variables.keys().any(|name| name.starts_with("AWS_ENDPOINT_URL")),
            trust_store: self.trust_store.get().cloned(),
            proxies: ["HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"]
                .into_iter()
                .filter_map(|name| self.environment.variable(name).map(|value| (name, value.to_string())))
                .collect(),
        });
        loader = loader.http_client(http_client.clone());
        let has_environment_credentials = ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"]
            .iter()
            .all(|name| self.environment.variable(name).is_some());
        match &settings.profile {
            // An explicit --profile selects that profile's credentials, as in the AWS CLI
            // (botocore drops its environment provider when a profile is given explicitly): keys
            // in the environment must not sign requests meant for another identity.
            Some(profile) if !settings.local && self.has_any_environment_key() => {
                let region = match settings.region.as_deref().or(region_variable) {
                    Some(region) => Some(Region::new(region.to_string())),
                    None => {
                        aws_config::profile::ProfileFileRegionProvider::builder()
                            .profile_name(profile)
                            .build()
                            .region()
                            .await
                    }
                };
                loader = loader.credentials_provider(profile_credentials_chain(profile, region, http_client));
            }
            // AWS_PROFILE does not beat keys in the environment (the AWS CLI's order either).
            _ if has_environment_credentials && !settings.local => {
                loader = loader.credentials_provider(
                    aws_config::environment::EnvironmentVariableCredentialsProvider::new(),
                );
            }
            _ => {}
        }
        if let Some(url) = &endpoint {
            loader = loader.endpoint_url(url);
        }
        if settings.local {
            loader = loader.credentials_provider(Credentials::new(
                "AKIDLOCALEMULATOR",
                "local-emulator-secret",
                None,
                None,
                "bedrock-local",
            ));
        }
        let mut timeouts = TimeoutConfig::builder()
            .connect_timeout(settings.connect_timeout.unwrap_or(DEFAULT_CONNECT_TIMEOUT));
        if let Some(read_timeout) = settings.read_timeout {
            timeouts = timeouts.read_timeout(read_timeout);
        }
        loader = loader.timeout_config(timeouts.build());
        if settings.max_attempts.is_some() || settings.retry_mode.is_some() {
            let base = match settings.retry_mode {
                Some(RetryMode::Adaptive) => RetryConfig::adaptive(),
                _ => RetryConfig::standard(),
            };
            let attempts = settings
                .max_attempts
                .or_else(|| self.environment.variable("AWS_MAX_ATTEMPTS").and_then(|v| v.parse().ok()))
                .unwrap_or(3);
            loader = loader.retry_config(base.with_max_attempts(attempts));
        }
        let mut config = loader.load().await;
        if config.region().is_none() {
            if settings.local {
                config = config.into_builder().region(Region::new(LOCAL_DEFAULT_REGION)).build();
            } else {
                return Err(Failure::configuration("no AWS region is configured").with_hint(
                    "pass --region, set AWS_REGION, or add `region = us-east-1` to the profile in ~/.aws/config",
                ));
            }
        }
        Ok(config)
    }

    /// The profile named by `--profile` or `AWS_PROFILE`, and which of the two named it.
    pub fn named_profile(&self) -> Option<(String, &'static str)> {
        match (&self.settings.profile, self.environment.variable("AWS_PROFILE")) {
            (Some(name), _) => Some((name.clone(), "--profile")),
            (None, Some(name)) => Some((name.to_string(), "AWS_PROFILE")),
            (None, None) => None,
        }
    }

    /// A named profile must exist, as in the AWS CLI ("the config profile (prod) could not be
    /// found"), rather than surface later as a missing region or missing credentials. Records
    /// what the credentials chain will try, for its error messages, and returns the profile's
    /// `ca_bundle` (with the profile's name), which the SDK itself does not read.
    async fn check_profile(&self) -> Result<Option<(String, String)>> {
        let named = self.named_profile();
        let mut context = crate::aws::errors::CredentialsContext {
            profile: named.clone(),
            role_arn: None,
            skips_environment: self.settings.profile.is_some() && self.has_any_environment_key(),
            instance_metadata_disabled: self
                .environment
                .variable("AWS_EC2_METADATA_DISABLED")
                .is_some_and(|value| value.eq_ignore_ascii_case("true")),
        };
        let selected = named.as_ref().map(|(name, _)| name.clone()).unwrap_or_else(|| "default".to_string());
        let environment = aws_types::os_shim_internal::Env::from(self.environment.variables.clone());
        let files = aws_runtime::env_config::file::EnvConfigFiles::default();
        let profiles = aws_config::profile::load(
            &aws_types::os_shim_internal::Fs::real(),
            &environment,
            &files,
            Some(std::borrow::Cow::Owned(selected.clone())),
        )
        .await
        .map_err(|error| {
            Failure::configuration(format!(
                "the AWS config files cannot be read: {}",
                crate::error::single_line(&error.to_string())
            ))
        })?;
        let ca_bundle = profiles
            .get_profile(&selected)
            .and_then(|profile| profile.get("ca_bundle"))
            .filter(|path| !path.is_empty())
            .map(|path| (selected.clone(), path.to_string()));
        if let Some((name, source)) = &named {
            let Some(profile) = profiles.get_profile(name) else {
                let mut known: Vec<&str> = profiles.profiles().collect();
                known.sort_unstable();
                let hint = if known.is_empty() {
                    format!("no profiles are defined; run `aws configure --profile {name}`")
                } else {
                    format!("the profiles defined are: {}", known.join(", "))
                };
                crate::aws::errors::set_credentials_context(context);
                return Err(Failure::configuration(format!(
                    "the config profile ({name}) could not be found (named by {source})"
                ))
                .with_hint(hint));
            };
            context.role_arn = profile.get("role_arn").map(str::to_string);
        }
        crate::aws::errors::set_credentials_context(context);
        Ok(ca_bundle)
    }

    /// Which certificates HTTPS connections trust (after loading the config); None for a plain
    /// HTTP endpoint.
    pub fn trust_store(&self) -> Option<&str> {
        self.trust_store.get().map(String::as_str)
    }

    /// Whether the environment holds any static key (`AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`,
    /// `AWS_SESSION_TOKEN`), which the default chain would try before any profile.
    pub fn has_any_environment_key(&self) -> bool {
        ENVIRONMENT_KEYS.iter().any(|name| self.environment.variable(name).is_some())
    }

    /// The region requests go to (after loading the config).
    pub async fn region(&self) -> Result<String> {
        let config = self.sdk_config().await?;
        Ok(config.region().map(|region| region.to_string()).unwrap_or_default())
    }

    /// Where the region came from.
    pub fn region_source(&self) -> RegionSource {
        if self.settings.region.is_some() {
            RegionSource::Flag
        } else if self.environment.variable("AWS_REGION").is_some() {
            RegionSource::Environment("AWS_REGION")
        } else if self.environment.variable("AWS_DEFAULT_REGION").is_some() {
            RegionSource::Environment("AWS_DEFAULT_REGION")
        } else if self.settings.local {
            RegionSource::LocalDefault
        } else {
            RegionSource::ConfigFiles
        }
    }

    /// The endpoint a service's requests go to, resolved the way the SDK resolves it.
    pub async fn endpoint(&self, service: Service) -> Result<String> {
        let config = self.sdk_config().await?;
        let configured = config
            .service_config()
            .and_then(|loader| {
                loader.load_config(
                    ServiceConfigKey::builder()
                        .service_id(service.service_id())
                        .env("AWS_ENDPOINT_URL")
                        .profile("endpoint_url")
                        .build()
                        .ok()?,
                )
            })
            .or_else(|| config.endpoint_url().map(str::to_string));
        if let Some(url) = self.endpoint_override().await? {
            return Ok(url);
        }
        if let Some(url) = configured {
            return Ok(url);
        }
        let region = config.region().map(|region| region.to_string()).unwrap_or_default();
        Ok(default_endpoint(service, &region))
    }

    /// The control-plane client.
    pub async fn bedrock(&self) -> Result<&aws_sdk_bedrock::Client> {
        let config = self.sdk_config().await?;
        self.bedrock
            .get_or_try_init(|| async {
                let mut builder =
                    aws_sdk_bedrock::config::Builder::from(config).interceptor(self.capture.clone());
                if self.settings.debug {
                    builder = builder.interceptor(DebugTrace);
                }
                Ok(aws_sdk_bedrock::Client::from_conf(builder.build()))
            })
            .await
    }

    /// The runtime client (invoke, stream, converse).
    /// Say, before the runtime client is first made, that the command retries its runtime calls
    /// itself (bulk runs pace and retry every line): unless the user chose a retry policy
    /// (`--max-attempts`, `--retry-mode`, `AWS_MAX_ATTEMPTS`), the client then makes a single
    /// attempt, so that a throttled call comes back to the command at once instead of sleeping
    /// out the SDK's backoff in a place of the run.
    pub fn retry_runtime_calls_here(&self) {
        self.runtime_retries_here.store(true, std::sync::atomic::Ordering::Relaxed);
    }

    pub async fn bedrock_runtime(&self) -> Result<&aws_sdk_bedrockruntime::Client> {
        let config = self.sdk_config().await?;
        self.bedrock_runtime
            .get_or_try_init(|| async {
                let mut builder =
                    aws_sdk_bedrockruntime::config::Builder::from(config).interceptor(self.capture.clone());
                let user_policy = self.settings.max_attempts.is_some()
                    || self.settings.retry_mode.is_some()
                    || self.environment.variable("AWS_MAX_ATTEMPTS").is_some()
                    || self.environment.variable("AWS_RETRY_MODE").is_some();
                if self.runtime_retries_here.load(std::sync::atomic::Ordering::Relaxed) && !user_policy {
                    builder = builder.retry_config(RetryConfig::disabled());
                }
                if self.settings.debug {
                    builder = builder.interceptor(DebugTrace);
                }
                Ok(aws_sdk_bedrockruntime::Client::from_conf(builder.build()))
            })
            .await
    }

    /// The agents and knowledge-bases control-plane client (bedrock-agent).
    pub async fn bedrock_agent(&self) -> Result<&aws_sdk_bedrockagent::Client> {
        let config = self.sdk_config().await?;
        self.bedrock_agent
            .get_or_try_init(|| async {
                let mut builder =
                    aws_sdk_bedrockagent::config::Builder::from(config).interceptor(self.capture.clone());
                if self.settings.debug {
                    builder = builder.interceptor(DebugTrace);
                }
                Ok(aws_sdk_bedrockagent::Client::from_conf(builder.build()))
            })
            .await
    }

    /// The agents and knowledge-bases runtime client (bedrock-agent-runtime).
    pub async fn bedrock_agent_runtime(&self) -> Result<&aws_sdk_bedrockagentruntime::Client> {
        let config = self.sdk_config().await?;
        self.bedrock_agent_runtime
            .get_or_try_init(|| async {
                let mut builder = aws_sdk_bedrockagentruntime::config::Builder::from(config)
                    .interceptor(self.capture.clone());
                if self.settings.debug {
                    builder = builder.interceptor(DebugTrace);
                }
                Ok(aws_sdk_bedrockagentruntime::Client::from_conf(builder.build()))
            })
            .await
    }

    /// An S3 client (batch inputs and results), from the same SDK config (credentials, region,
    /// endpoint, timeouts, retries) and with the debug trace. With an endpoint override (the
    /// emulator, or an S3-compatible store) buckets are addressed path-style, since such hosts
    /// do not serve `bucket.host` names. Cheap to build, so it is not cached.
    pub async fn s3(&self) -> Result<aws_sdk_s3::Client> {
        let config = self.sdk_config().await?;
        let mut builder = aws_sdk_s3::config::Builder::from(config);
        if self.endpoint_override().await?.is_some() || config.endpoint_url().is_some() {
            builder = builder.force_path_style(true);
        }
        if self.settings.debug {
            builder = builder.interceptor(DebugTrace);
        }
        Ok(aws_sdk_s3::Client::from_conf(builder.build()))
    }

    /// Map an S3 error to a Failure that names the S3 endpoint.
    pub async fn s3_failure<E>(&self, error: SdkError<E, HttpResponse>) -> Failure
    where
        E: ProvideErrorMetadata + std::error::Error + Send + Sync + 'static,
    {
        let region = self.region().await.unwrap_or_default();
        let endpoint = match self.endpoint_override().await {
            Ok(Some(url)) => url,
            _ => format!("https://s3.{region}.amazonaws.com"),
        };
        crate::aws::errors::classify(error, &endpoint)
    }

    /// Map an SDK error to a Failure that names the endpoint of `service`.
    pub async fn failure<E>(&self, service: Service, error: SdkError<E, HttpResponse>) -> Failure
    where
        E: ProvideErrorMetadata + std::error::Error + Send + Sync + 'static,
    {
        let endpoint = self
            .endpoint(service)
            .await
            .unwrap_or_else(|_| format!("the {} endpoint", service.endpoint_prefix()));
        crate::aws::errors::classify(error, &endpoint)
    }
}

/// The variables of the SDK's environment credentials provider.
pub const ENVIRONMENT_KEYS: [&str; 3] = ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"];

/// The default credentials chain without its first link (the environment): the named profile
/// (static keys, assume-role, SSO, credential_process), then web identity, the container
/// endpoint and instance metadata, as botocore orders them for an explicit profile.
fn profile_credentials_chain(
    profile: &str,
    region: Option<Region>,
    http_client: SharedHttpClient,
) -> CredentialsProviderChain {
    let config = ProviderConfig::default()
        .with_region(region)
        .with_http_client(http_client)
        .with_behavior_version(Some(BehaviorVersion::latest()));
    CredentialsProviderChain::first_try(
        "Profile",
        aws_config::profile::ProfileFileCredentialsProvider::builder()
            .configure(&config)
            .profile_name(profile)
            .build(),
    )
    .or_else(
        "WebIdentityToken",
        aws_config::web_identity_token::WebIdentityTokenCredentialsProvider::builder()
            .configure(&config)
            .build(),
    )
    .or_else("EcsContainer", aws_config::ecs::EcsCredentialsProvider::builder().configure(&config).build())
    .or_else(
        "Ec2InstanceMetadata",
        aws_config::imds::credentials::ImdsCredentialsProvider::builder().configure(&config).build(),
    )
}

/// The public endpoint of a service in a region (partition-aware for China).
pub fn default_endpoint(service: Service, region: &str) -> String {
    let suffix = if region.starts_with("cn-") { "amazonaws.com.cn" } else { "amazonaws.com" };
    format!("https://{}.{region}.{suffix}", service.endpoint_prefix())
}
