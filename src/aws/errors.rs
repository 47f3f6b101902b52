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
            }
            failure
        }
        SdkError::TimeoutError(_) => timeout_failure(endpoint),
        SdkError::DispatchFailure(dispatch) => {
            if dispatch.is_timeout() {
                timeout_failure(endpoint)
            } else {
                let cause = root_cause(&error);
                Failure::network(format!("cannot reach {endpoint}: {cause}"))
                    .with_hint("check --endpoint-url, the network, and that the service (or `bedrock emulator`) is running")
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

fn is_throttling(code: &str, status: u16) -> bool {
    status == 429 || matches!(code, "ThrottlingException" | "TooManyRequestsException" | "Throttling")
}

fn timeout_failure(endpoint: &str) -> Failure {
    Failure::new(Kind::Other, "timeout", format!("the request to {endpoint} timed out"))
        .with_hint("raise --read-timeout or --connect-timeout if the service is slow")
}

pub fn credentials_failure(error: &CredentialsError) -> Failure {
    let detail = match error {
        CredentialsError::CredentialsNotLoaded(_) => "no credentials were found".to_string(),
        other => match credential_process_failure(other) {
            Some(reason) => format!("the credentials could not be loaded: {reason}"),
            None => format!("the credentials could not be loaded: {}", chain_text(other)),
        },
    };
    Failure::configuration(detail).with_hint(
        "set AWS_PROFILE or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, run `aws configure` or `aws sso login`, or try `bedrock --local`",
    )
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
