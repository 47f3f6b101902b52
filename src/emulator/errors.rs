//! Service errors in the REST-JSON shape: HTTP status, `x-amzn-errortype` header and a
//! `{"message": …}` body, which both the Rust SDK and botocore parse.

use axum::Json;
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use serde_json::json;

/// An error answer from the emulator.
#[derive(Debug, Clone)]
pub struct ServiceError {
    pub status: StatusCode,
    pub code: &'static str,
    pub message: String,
}

impl ServiceError {
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        ServiceError { status, code, message: message.into() }
    }

    pub fn validation(message: impl Into<String>) -> Self {
        ServiceError::new(StatusCode::BAD_REQUEST, "ValidationException", message)
    }

    pub fn not_found(message: impl Into<String>) -> Self {
        ServiceError::new(StatusCode::NOT_FOUND, "ResourceNotFoundException", message)
    }

    pub fn conflict(message: impl Into<String>) -> Self {
        ServiceError::new(StatusCode::CONFLICT, "ConflictException", message)
    }

    pub fn access_denied(message: impl Into<String>) -> Self {
        ServiceError::new(StatusCode::FORBIDDEN, "AccessDeniedException", message)
    }

    pub fn throttling() -> Self {
        ServiceError::new(
            StatusCode::TOO_MANY_REQUESTS,
            "ThrottlingException",
            "Too many requests, please wait before trying again.",
        )
    }

    pub fn internal() -> Self {
        ServiceError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "InternalServerException",
            "An internal server error occurred. Retry your request.",
        )
    }

    pub fn unavailable() -> Self {
        ServiceError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "ServiceUnavailableException",
            "The service is temporarily unable to handle the request. Retry your request.",
        )
    }

    /// The service's wording for one failed input constraint.
    pub fn constraint(value: &str, field: &str, constraint: &str) -> Self {
        ServiceError::validation(format!(
            "1 validation error detected: Value '{value}' at '{field}' failed to satisfy constraint: {constraint}"
        ))
    }
}

impl IntoResponse for ServiceError {
    fn into_response(self) -> Response {
        let mut response = (self.status, Json(json!({"message": self.message}))).into_response();
        if let Ok(value) = self.code.parse() {
            response.headers_mut().insert("x-amzn-errortype", value);
        }
        response
    }
}

/// Any route the emulator does not serve.
pub async fn unknown_operation(uri: Uri) -> ServiceError {
    ServiceError::new(
        StatusCode::NOT_FOUND,
        "UnknownOperationException",
        format!("The bedrock emulator does not serve {}", uri.path()),
    )
}
