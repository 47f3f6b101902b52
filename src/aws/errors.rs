//! Classification of SDK errors into the exit codes of DESIGN.md §4, with one-line messages.

use aws_credential_types::provider::error::CredentialsError;
use aws_smithy_runtime_api::client::orchestrator::HttpResponse;
use aws_smithy_runtime_api::client::result::SdkError;
use aws_smithy_types::error::metadata::ProvideErrorMetadata;
use aws_types::request_id::RequestId;

use crate::error::{Failure, Kind};

/// Turn any SDK error into a Failure. `endpoint` names where the request went, for messages.
pub fn classify<E>(error: SdkError<E, HttpResponse>, endpoint: &str) -> Failure
where
    E: ProvideErrorMetadata + std::error::Error + Send + Sync + 'static,
{
    if let Some(credentials) = find_in_chain::<CredentialsError>(&error) {
        return credentials_failure(credentials);
    }
    match &error {
        SdkError::ServiceError(context) if context.raw().status().is_success() => {
            // A successful answer the SDK could not parse (e.g. a timestamp in the wrong format).
            let status = context.raw().status().as_u16();
            Failure::other(
                "invalid-response",
                format!(
                    "the response from {endpoint} (HTTP {status}) could not be read: {}",
                    root_cause(&error)
                ),
            )
        }
        SdkError::ServiceError(context) => {
            let service_error = context.err();
            let code = error_code(service_error);
            let status = context.raw().status().as_u16();
            let message = service_error
                .message()
                .map(str::to_string)
                .unwrap_or_else(|| format!("the service answered HTTP {status} without a message"));
            let request_id = error
                .request_id()
                .map(str::to_string)
                .or_else(|| context.raw().headers().get("x-amzn-requestid").map(str::to_string));
            let mut failure = Failure::new(Kind::Service, code.clone(), message).with_request_id(request_id);
            if is_throttling(&code, status) {
                failure = failure.with_hint(
                    "still throttled after the SDK's retries; raise --max-attempts or use --retry-mode adaptive",
                );
            } else if code == "UnrecognizedClientException" || code == "InvalidSignatureException" {
                failure.kind = Kind::Configuration;
                failure = failure.with_hint("check the credentials of the profile in use (`bedrock doctor`)");
            } else if code == "AccessDeniedException" {
                failure = failure.with_hint(
                    "the credentials lack permission for this call, or the model needs access granted in the Bedrock console",
                );
            } else if let Some(hint) = inference_profile_hint(&failure.message) {
                failure = failure.with_hint(hint);
            }
            failure
        }
        SdkError::TimeoutError(_) => timeout_failure(endpoint),
        SdkError::DispatchFailure(dispatch) => {
            if dispatch.is_timeout() {
                timeout_failure(endpoint)
            } else {
                network_failure(endpoint, &root_cause(&error))
            }
        }
        SdkError::ResponseError(response) => {
            let status = response.raw().status().as_u16();
            let cause = root_cause(&error);
            if cause.to_ascii_lowercase().contains("timed out") {
                return timeout_failure(endpoint);
            }
            Failure::other(
                "invalid-response",
                format!("the response from {endpoint} (HTTP {status}) could not be read: {cause}"),
            )
        }
        SdkError::ConstructionFailure(_) => {
            Failure::other("request", format!("could not build the request: {}", root_cause(&error)))
        }
        _ => Failure::other("unknown", root_cause(&error)),
    }
}

/// Turn an error received inside an event stream into a Failure: an exception frame from the
/// service is 254; a stream that broke off (connection cut, bad frame) is 255.
pub fn classify_stream<E, R>(error: SdkError<E, R>) -> Failure
where
    E: ProvideErrorMetadata + std::error::Error + Send + Sync + 'static,
    R: std::fmt::Debug + Send + Sync + 'static,
{
    match &error {
        SdkError::ServiceError(context) => {
            let service_error = context.err();
            let message = service_error.message().unwrap_or("the stream failed");
            stream_exception(error_code(service_error), message.to_string())
        }
        _ => stream_broke_off(root_cause(&error)),
    }
}

/// An exception or error the service sent inside an event stream (254), with the throttling hint.
pub fn stream_exception(code: String, message: String) -> Failure {
    let throttled = is_throttling(&code, 0);
    let failure = Failure::new(Kind::Service, code, message);
    if throttled {
        return failure.with_hint("the stream was throttled; retry later or use --retry-mode adaptive");
    }
    failure
}

/// An event stream that broke off: the connection was cut or a frame is damaged (255).
pub fn stream_broke_off(cause: impl std::fmt::Display) -> Failure {
    Failure::network(format!("the response stream broke off: {cause}"))
}

/// The error's code: from its metadata, or else from the modelled exception's name, which the
/// SDK's Display puts first ("ModelStreamErrorException: …"), as event-stream exception frames
/// carry no code in their payload.
fn error_code<E: ProvideErrorMetadata + std::error::Error>(error: &E) -> String {
    if let Some(code) = error.code() {
        return code.to_string();
    }
    let shown = error.to_string();
    let name = shown.split(':').next().unwrap_or_default().trim();
    if name.len() > 1 && name.ends_with("Exception") && name.chars().all(|c| c.is_ascii_alphanumeric()) {
        name.to_string()
    } else {
        "UnknownError".to_string()
    }
}

/// A model served on demand only through a cross-region inference profile: name the profiles.
fn inference_profile_hint(message: &str) -> Option<String> {
    let rest = message.split_once("Invocation of model ID ")?.1;
    let (model, _) = rest.split_once(" with on-demand throughput")?;
    let id = model.rsplit_once("foundation-model/").map(|(_, id)| id).unwrap_or(model);
    Some(format!(
        "use an inference profile that contains it: `us.{id}` (or `eu.`, `apac.` … for those regions; `bedrock inference-profiles list` shows them)"
    ))
}

fn is_throttling(code: &str, status: u16) -> bool {
    status == 429 || matches!(code, "ThrottlingException" | "TooManyRequestsException" | "Throttling")
}

fn timeout_failure(endpoint: &str) -> Failure {
    Failure::new(Kind::Other, "timeout", format!("the request to {endpoint} timed out"))
        .with_hint("raise --read-timeout or --connect-timeout if the service is slow")
}

/// How requests travel, for messages about network failures: set once, when the SDK config is
/// loaded.
#[derive(Debug, Clone, Default)]
pub struct NetworkContext {
    /// Whether the endpoint was chosen (`--endpoint-url`, `--local`, `AWS_ENDPOINT_URL*`).
    pub endpoint_given: bool,
    /// The trust store of HTTPS connections (None for plain HTTP).
    pub trust_store: Option<String>,
    /// Proxy variables that are set, with their values.
    pub proxies: Vec<(&'static str, String)>,
}

static NETWORK_CONTEXT: std::sync::OnceLock<NetworkContext> = std::sync::OnceLock::new();

/// Record how requests travel (the first call wins).
pub fn set_network_context(context: NetworkContext) {
    let _ = NETWORK_CONTEXT.set(context);
}

/// A request that never got an answer: name the certificate problem, the proxy, or the
/// endpoint, with the hint that fits.
fn network_failure(endpoint: &str, cause: &str) -> Failure {
    let context = NETWORK_CONTEXT.get().cloned().unwrap_or_default();
    let lower = cause.to_ascii_lowercase();
    if lower.contains("certificate") || lower.contains("unknownissuer") || lower.contains("tls handshake") {
        let trust = context.trust_store.as_deref().unwrap_or("the system's certificates");
        return Failure::network(format!(
            "cannot reach {endpoint}: the server's TLS certificate is not trusted ({cause}; trust store: {trust})"
        ))
        .with_hint(
            "behind TLS inspection or a private CA, point AWS_CA_BUNDLE (or ca_bundle in the profile, or SSL_CERT_FILE) at its PEM certificate",
        );
    }
    let https = endpoint.starts_with("https://") || !endpoint.starts_with("http://");
    let proxy = context.proxies.iter().find(|(name, _)| {
        let upper = name.to_ascii_uppercase();
        upper == "ALL_PROXY" || (https && upper == "HTTPS_PROXY") || (!https && upper == "HTTP_PROXY")
    });
    let connect_level =
        ["connection refused", "dns", "resolve", "no such host", "name or service", "reset", "unreachable"]
            .iter()
            .any(|fragment| lower.contains(fragment));
    if let Some((name, url)) = proxy
        && (connect_level || lower.contains("proxy"))
    {
        return Failure::network(format!(
            "cannot reach the proxy {url} ({name}) on the way to {endpoint}: {cause}"
        ))
        .with_hint(format!(
            "check that the proxy is running, or unset {name} (or list the host in NO_PROXY)"
        ));
    }
    let failure = Failure::network(format!("cannot reach {endpoint}: {cause}"));
    if context.endpoint_given {
        failure.with_hint("check the endpoint URL, and that the service (or `bedrock emulator`) is running")
    } else {
        failure.with_hint(
            "check the network connection, the region, and HTTPS_PROXY/NO_PROXY if a proxy is needed",
        )
    }
}

/// What the credentials chain was asked to do, for messages about credentials: set once, when
/// the SDK config is loaded (one process resolves one configuration).
#[derive(Debug, Clone, Default)]
pub struct CredentialsContext {
    /// The profile named by `--profile` or `AWS_PROFILE`, and which of the two named it.
    pub profile: Option<(String, &'static str)>,
    /// The profile's `role_arn`, when it assumes a role.
    pub role_arn: Option<String>,
    /// Whether the environment link of the chain is skipped (an explicit `--profile`).
    pub skips_environment: bool,
    /// Whether instance metadata is disabled (`AWS_EC2_METADATA_DISABLED=true`).
    pub instance_metadata_disabled: bool,
}

static CREDENTIALS_CONTEXT: std::sync::OnceLock<CredentialsContext> = std::sync::OnceLock::new();

/// Record what the credentials chain is asked to do (the first call wins).
pub fn set_credentials_context(context: CredentialsContext) {
    let _ = CREDENTIALS_CONTEXT.set(context);
}

fn credentials_context() -> CredentialsContext {
    CREDENTIALS_CONTEXT.get().cloned().unwrap_or_default()
}

/// The links of the credentials chain, as a user reads them.
fn chain_tried(context: &CredentialsContext) -> String {
    let profile = context.profile.as_ref().map(|(name, _)| name.as_str()).unwrap_or("default");
    let mut links = Vec::new();
    if !context.skips_environment {
        links.push("environment variables".to_string());
    }
    links.push(format!("profile {profile} in the shared config and credentials files"));
    links.push("web identity token".to_string());
    links.push("container credentials endpoint".to_string());
    links.push(if context.instance_metadata_disabled {
        "EC2 instance metadata (disabled)".to_string()
    } else {
        "EC2 instance metadata".to_string()
    });
    links.join(", ")
}

/// "No credentials were found", naming the chain that was tried, with a hint fitting what is set.
pub fn no_credentials_failure() -> Failure {
    let context = credentials_context();
    let hint = match &context.profile {
        Some((name, _)) => format!(
            "add keys to profile {name} (`aws configure --profile {name}`), run `aws sso login --profile {name}`, or try `bedrock --local`"
        ),
        None => "set AWS_PROFILE or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, run `aws configure` or `aws sso login`, or try `bedrock --local`".to_string(),
    };
    Failure::configuration(format!("no credentials were found (tried: {})", chain_tried(&context)))
        .with_hint(hint)
}

pub fn credentials_failure(error: &CredentialsError) -> Failure {
    let context = credentials_context();
    if let CredentialsError::CredentialsNotLoaded(_) = error {
        return no_credentials_failure();
    }
    // Off EC2, instance metadata answers with a refusal or not at all: that is the end of the
    // chain, not the reason, when nothing else is configured.
    if find_in_chain::<aws_config::imds::client::error::ImdsError>(error).is_some() {
        return no_credentials_failure();
    }
    if let Some(assume_role) = find_in_chain::<aws_sdk_sts::operation::assume_role::AssumeRoleError>(error) {
        let reason = match (assume_role.code(), assume_role.message()) {
            (Some(code), Some(message)) => format!("{code}: {message}"),
            (Some(code), None) => code.to_string(),
            (None, Some(message)) => message.to_string(),
            (None, None) => root_cause(error),
        };
        return assume_role_failure(&context, &reason)
            .with_request_id(assume_role.request_id().map(str::to_string));
    }
    // A failing credential_process: its status and a redacted first line, never its output.
    let reason = credential_process_failure(error).unwrap_or_else(|| readable_chain(error));
    if context.role_arn.is_some() && reason.to_ascii_lowercase().contains("assum") {
        return assume_role_failure(&context, &reason);
    }
    let hint = match &context.profile {
        Some((name, _)) => format!("check profile {name} in ~/.aws/config and ~/.aws/credentials (`bedrock doctor`)"),
        None => "set AWS_PROFILE or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, run `aws configure` or `aws sso login`, or try `bedrock --local`".to_string(),
    };
    Failure::configuration(format!("the credentials could not be loaded: {reason}")).with_hint(hint)
}

fn assume_role_failure(context: &CredentialsContext, reason: &str) -> Failure {
    let role = context.role_arn.as_deref().unwrap_or("the profile's role");
    let profile = match &context.profile {
        Some((name, _)) => format!(" (profile {name})"),
        None => String::new(),
    };
    Failure::configuration(format!("could not assume role {role}{profile}: {}", crate::error::single_line(reason)))
        .with_hint("check the profile's role_arn and source_profile, and that the role's trust policy lets the source identity assume it")
}

/// An error chain without the SDK's `Debug` dumps (`Error { code: …, … }`): each message up to
/// the first such dump, joined.
fn readable_chain(error: &(dyn std::error::Error + 'static)) -> String {
    let text = chain_text(error);
    match text.find(" Error {").or_else(|| text.find("Error {")) {
        Some(position) => text[..position].trim_end_matches([':', ' ']).to_string(),
        None => text,
    }
}

/// A failing `credential_process`: its exit status and a redacted first line of its stderr,
/// never its output as it was (it may hold a token or a password).
pub fn credential_process_failure(error: &(dyn std::error::Error + 'static)) -> Option<String> {
    const MARK: &str = "external process exited with code ";
    let mut current: Option<&(dyn std::error::Error + 'static)> = Some(error);
    while let Some(item) = current {
        let text = item.to_string();
        if let Some(position) = text.find(MARK) {
            let rest = &text[position + MARK.len()..];
            let (status, stderr) = rest.split_once(". Stderr: ").unwrap_or((rest, ""));
            let first_line = super::redact::foreign_line(stderr);
            let said = if first_line.is_empty() {
                "nothing on stderr".to_string()
            } else {
                format!("stderr: {first_line}")
            };
            return Some(format!("credential_process failed ({}; {said})", status.trim()));
        }
        current = item.source();
    }
    None
}

/// Search an error's source chain for a given type.
fn find_in_chain<'a, T: std::error::Error + 'static>(
    error: &'a (dyn std::error::Error + 'static),
) -> Option<&'a T> {
    let mut current: Option<&(dyn std::error::Error + 'static)> = Some(error);
    while let Some(item) = current {
        if let Some(found) = item.downcast_ref::<T>() {
            return Some(found);
        }
        current = item.source();
    }
    None
}

/// The innermost message of an error chain, lower-cased and without "(os error N)".
pub fn root_cause(error: &(dyn std::error::Error + 'static)) -> String {
    let mut current: &(dyn std::error::Error + 'static) = error;
    while let Some(next) = current.source() {
        current = next;
    }
    let text = current.to_string();
    let text = match text.find(" (os error") {
        Some(position) => text[..position].to_string(),
        None => text,
    };
    crate::error::single_line(&text)
}

/// Every message of an error chain, joined.
fn chain_text(error: &(dyn std::error::Error + 'static)) -> String {
    let mut parts = vec![error.to_string()];
    let mut current = error.source();
    while let Some(item) = current {
        let text = item.to_string();
        if !parts.iter().any(|part| part.contains(&text)) {
            parts.push(text);
        }
        current = item.source();
    }
    crate::error::single_line(&parts.join(": "))
}
