//! Sending a model-built request: the SDK's own orchestrator (`aws-smithy-runtime`'s
//! `Operation`) with the HTTP client, endpoint, timeouts and retry settings of the shared SDK
//! config, so `bedrock api` retries, times out and traces (`--debug`) like every other command.
//! Each attempt is signed with the SDK's SigV4 signer (`aws-sigv4`) for the service's signing
//! name, or carries a Bedrock API key (`AWS_BEARER_TOKEN_BEDROCK`) where the model allows bearer
//! authentication.

use std::fmt;
use std::sync::Arc;
use std::time::SystemTime;

use aws_runtime::retries::classifiers::AwsErrorCodeClassifier;
use aws_sigv4::http_request::{SignableBody, SignableRequest, SigningSettings, sign};
use aws_sigv4::sign::v4;
use aws_smithy_runtime::client::orchestrator::operation::Operation;
use aws_smithy_runtime::client::retries::classifiers::{HttpStatusCodeClassifier, TransientErrorClassifier};
use aws_smithy_runtime_api::box_error::BoxError;
use aws_smithy_runtime_api::client::identity::Identity;
use aws_smithy_runtime_api::client::interceptors::Intercept;
use aws_smithy_runtime_api::client::interceptors::context::{
    BeforeTransmitInterceptorContextMut, Error, Output,
};
use aws_smithy_runtime_api::client::orchestrator::{HttpRequest, HttpResponse, OrchestratorError};
use aws_smithy_runtime_api::client::runtime_components::RuntimeComponents;
use aws_smithy_runtime_api::client::ser_de::DeserializeResponse;
use aws_smithy_types::body::SdkBody;
use aws_smithy_types::config_bag::ConfigBag;
use aws_smithy_types::error::ErrorMetadata;
use aws_smithy_types::error::metadata::ProvideErrorMetadata;

use super::model::{Operation as ModelOperation, Service};
use super::request::RequestParts;
use super::response::{Response, error_of};
use crate::context::Ctx;
use crate::error::{Failure, Result};

/// The environment variable that holds a Bedrock API key.
pub const BEARER_TOKEN_VARIABLE: &str = "AWS_BEARER_TOKEN_BEDROCK";

/// What came back.
pub enum Answer {
    Complete(Response),
    /// A streaming body (an event stream), with the status and headers.
    Streaming {
        status: u16,
        headers: Vec<(String, String)>,
        body: SdkBody,
    },
}

impl fmt::Debug for Answer {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Answer::Complete(response) => write!(formatter, "Complete(HTTP {})", response.status),
            Answer::Streaming { status, .. } => write!(formatter, "Streaming(HTTP {status})"),
        }
    }
}

/// A service error, with the metadata the SDK's error classification reads.
#[derive(Debug)]
pub struct ApiError {
    metadata: ErrorMetadata,
    status: u16,
}

impl fmt::Display for ApiError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            formatter,
            "{}: {} (HTTP {})",
            self.metadata.code().unwrap_or("error"),
            self.metadata.message().unwrap_or(""),
            self.status
        )
    }
}

impl std::error::Error for ApiError {}

impl ProvideErrorMetadata for ApiError {
    fn meta(&self) -> &ErrorMetadata {
        &self.metadata
    }
}

/// How requests are authenticated.
#[derive(Debug, Clone)]
enum Authentication {
    SigV4 { identity: Identity, region: String, signing_name: String },
    Bearer(String),
}

#[derive(Debug)]
struct Sign(Authentication);

impl Intercept for Sign {
    fn name(&self) -> &'static str {
        "BedrockApiSign"
    }

    fn modify_before_transmit(
        &self,
        context: &mut BeforeTransmitInterceptorContextMut<'_>,
        _runtime_components: &RuntimeComponents,
        _cfg: &mut ConfigBag,
    ) -> std::result::Result<(), BoxError> {
        let request = context.request_mut();
        match &self.0 {
            Authentication::Bearer(token) => {
                request.headers_mut().insert("authorization", format!("Bearer {token}"));
            }
            Authentication::SigV4 { identity, region, signing_name } => {
                let body = request.body().bytes().unwrap_or(&[]).to_vec();
                let headers: Vec<(String, String)> = request
                    .headers()
                    .iter()
                    .map(|(name, value)| (name.to_string(), value.to_string()))
                    .collect();
                let uri = request.uri().to_string();
                let method = request.method().to_string();
                let signable = SignableRequest::new(
                    &method,
                    uri.as_str(),
                    headers.iter().map(|(name, value)| (name.as_str(), value.as_str())),
                    SignableBody::Bytes(&body),
                )?;
                let params = v4::SigningParams::builder()
                    .identity(identity)
                    .region(region)
                    .name(signing_name)
                    .time(SystemTime::now())
                    .settings(SigningSettings::default())
                    .build()?
                    .into();
                let (instructions, _signature) = sign(signable, &params)?.into_parts();
                for (name, value) in instructions.headers() {
                    request.headers_mut().insert(name.to_string(), value.to_string());
                }
            }
        }
        Ok(())
    }
}

/// Reads a response: a complete body, or (for event streams) the body left to stream.
#[derive(Debug)]
struct Deserializer {
    streaming: bool,
}

fn headers_of(response: &HttpResponse) -> Vec<(String, String)> {
    response.headers().iter().map(|(name, value)| (name.to_string(), value.to_string())).collect()
}

impl Deserializer {
    fn failure(response: &HttpResponse) -> OrchestratorError<Error> {
        let complete = Response {
            status: response.status().as_u16(),
            headers: headers_of(response),
            body: response.body().bytes().unwrap_or(&[]).to_vec(),
        };
        let (code, message) = error_of(&complete);
        let mut metadata = ErrorMetadata::builder().code(code);
        if let Some(message) = message {
            metadata = metadata.message(message);
        }
        if let Some(request_id) = complete.header("x-amzn-requestid") {
            metadata = metadata.custom("request_id", request_id);
        }
        OrchestratorError::operation(Error::erase(ApiError {
            metadata: metadata.build(),
            status: complete.status,
        }))
    }
}

impl DeserializeResponse for Deserializer {
    fn deserialize_streaming_with_config(
        &self,
        response: &mut HttpResponse,
        _cfg: &ConfigBag,
    ) -> Option<std::result::Result<Output, OrchestratorError<Error>>> {
        if !self.streaming || !response.status().is_success() {
            return None;
        }
        let body = std::mem::replace(response.body_mut(), SdkBody::taken());
        Some(Ok(Output::erase(Answer::Streaming {
            status: response.status().as_u16(),
            headers: headers_of(response),
            body,
        })))
    }

    fn deserialize_nonstreaming_with_config(
        &self,
        response: &HttpResponse,
        _cfg: &ConfigBag,
    ) -> std::result::Result<Output, OrchestratorError<Error>> {
        if !response.status().is_success() {
            return Err(Self::failure(response));
        }
        Ok(Output::erase(Answer::Complete(Response {
            status: response.status().as_u16(),
            headers: headers_of(response),
            body: response.body().bytes().unwrap_or(&[]).to_vec(),
        })))
    }
}

/// The authentication of a service's requests: a Bedrock API key where the service accepts one
/// and it is set, otherwise SigV4 with the resolved credentials.
async fn authentication(ctx: &Ctx, service: Service) -> Result<Authentication> {
    let model = service.model();
    if !ctx.settings.local
        && model.accepts_bearer_tokens()
        && let Some(token) = ctx.environment.variable(BEARER_TOKEN_VARIABLE).filter(|token| !token.is_empty())
    {
        return Ok(Authentication::Bearer(token.to_string()));
    }
    let config = ctx.sdk_config().await?;
    let provider = config.credentials_provider().ok_or_else(crate::aws::errors::no_credentials_failure)?;
    let credentials = cached_credentials(&provider).await?;
    Ok(Authentication::SigV4 {
        identity: Identity::from(credentials),
        region: ctx.region().await?,
        signing_name: model.metadata().signing_name.clone(),
    })
}

/// Credentials resolved once per process and reused until a minute before they expire (a
/// waiter polls for hours; an assumed role must not be assumed again for every poll).
async fn cached_credentials(
    provider: &aws_credential_types::provider::SharedCredentialsProvider,
) -> Result<aws_credential_types::Credentials> {
    use aws_credential_types::provider::ProvideCredentials;
    static CACHE: tokio::sync::Mutex<Option<aws_credential_types::Credentials>> =
        tokio::sync::Mutex::const_new(None);
    let mut cached = CACHE.lock().await;
    let fresh = |credentials: &aws_credential_types::Credentials| {
        credentials
            .expiry()
            .is_none_or(|expiry| expiry > SystemTime::now() + std::time::Duration::from_secs(60))
    };
    if let Some(credentials) = cached.as_ref().filter(|credentials| fresh(credentials)) {
        return Ok(credentials.clone());
    }
    let credentials = provider
        .provide_credentials()
        .await
        .map_err(|error| crate::aws::errors::credentials_failure(&error))?;
    *cached = Some(credentials.clone());
    Ok(credentials)
}

/// A ready-to-send operation of one service.
pub struct Sender {
    operation: Operation<RequestParts, Answer, ApiError>,
    pub endpoint: String,
}

impl Sender {
    pub async fn new(
        ctx: &Ctx,
        service: Service,
        operation: &ModelOperation,
        streaming: bool,
    ) -> Result<Sender> {
        let endpoint = ctx.endpoint(service.context_service()).await?;
        let config = ctx.sdk_config().await?;
        let http_client = config
            .http_client()
            .ok_or_else(|| Failure::other("configuration", "no HTTP client is configured"))?;
        let authentication = authentication(ctx, service).await?;
        let mut builder = Operation::builder()
            .service_name(service.name())
            .operation_name(operation.name.clone())
            .http_client(http_client)
            .endpoint_url(&endpoint)
            .no_auth()
            .timeout_config(
                config
                    .timeout_config()
                    .cloned()
                    .unwrap_or_else(aws_smithy_types::timeout::TimeoutConfig::disabled),
            )
            .standard_retry(
                &config
                    .retry_config()
                    .cloned()
                    .unwrap_or_else(aws_smithy_types::retry::RetryConfig::standard),
            )
            .retry_classifier(AwsErrorCodeClassifier::<ApiError>::new())
            .retry_classifier(TransientErrorClassifier::<ApiError>::new())
            .retry_classifier(HttpStatusCodeClassifier::default())
            .interceptor(Sign(authentication));
        if let Some(sleep) = config.sleep_impl() {
            builder = builder.sleep_impl(sleep);
        }
        if let Some(time) = config.time_source() {
            builder = builder.time_source(time);
        }
        if ctx.settings.debug {
            builder = builder.interceptor(crate::aws::debug::DebugTrace);
        }
        let user_agent = Arc::new(format!("bedrock-cli/{}", env!("CARGO_PKG_VERSION")));
        let operation = builder
            .serializer(move |parts: RequestParts| -> std::result::Result<HttpRequest, BoxError> {
                let mut request =
                    http::Request::builder().method(parts.method.as_str()).uri(parts.path_and_query.as_str());
                for (name, value) in &parts.headers {
                    request = request.header(name.as_str(), value.as_str());
                }
                request = request
                    .header("content-length", parts.body.len().to_string())
                    .header("user-agent", user_agent.as_str());
                let request = request.body(SdkBody::from(parts.body))?;
                Ok(HttpRequest::try_from(request)?)
            })
            .deserializer_impl(Deserializer { streaming })
            .build();
        Ok(Sender { operation, endpoint })
    }

    /// Send the request (retrying as configured).
    pub async fn send(&self, parts: RequestParts) -> Result<Answer> {
        self.operation
            .invoke(parts)
            .await
            .map_err(|error| crate::aws::errors::classify(error, &self.endpoint))
    }
}
