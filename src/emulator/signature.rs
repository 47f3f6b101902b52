//! `bedrock emulator --require-credentials KEY:SECRET`: every request must carry a SigV4
//! signature made with that key pair, checked by signing the request again with the SDK's own
//! signer (`aws-sigv4`) over the headers the client signed, and comparing. For shared CI hosts,
//! where the emulator (and its S3 root) must not answer anyone who can reach the port.

use std::time::{Duration, SystemTime};

use aws_credential_types::Credentials;
use aws_sigv4::http_request::{
    PercentEncodingMode, SignableBody, SignableRequest, SigningSettings, UriPathNormalizationMode, sign,
};
use aws_sigv4::sign::v4;
use axum::body::{Body, to_bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::Shared;
use super::errors::ServiceError;

/// Bodies hashed to check a signature at most (larger ones carry `x-amz-content-sha256`).
const MAXIMUM_HASHED_BODY: usize = 600 * 1024 * 1024;

/// The one key pair the emulator accepts.
#[derive(Clone, PartialEq, Eq)]
pub struct RequiredCredentials {
    pub access_key: String,
    pub secret_key: String,
}

impl std::fmt::Debug for RequiredCredentials {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(formatter, "RequiredCredentials({}, <secret>)", self.access_key)
    }
}

impl RequiredCredentials {
    /// `KEY:SECRET`.
    pub fn parse(text: &str) -> Option<Self> {
        let (access_key, secret_key) = text.split_once(':')?;
        (!access_key.is_empty() && !secret_key.is_empty()).then(|| RequiredCredentials {
            access_key: access_key.to_string(),
            secret_key: secret_key.to_string(),
        })
    }
}

/// The parts of an `Authorization: AWS4-HMAC-SHA256 …` header.
#[derive(Debug, PartialEq)]
struct Authorization {
    access_key: String,
    date: String,
    region: String,
    service: String,
    signed_headers: Vec<String>,
    signature: String,
}

fn parse_authorization(value: &str) -> Option<Authorization> {
    let rest = value.trim().strip_prefix("AWS4-HMAC-SHA256")?;
    let mut credential = None;
    let mut signed_headers = None;
    let mut signature = None;
    for part in rest.split(',') {
        let (name, value) = part.trim().split_once('=')?;
        match name {
            "Credential" => credential = Some(value),
            "SignedHeaders" => signed_headers = Some(value),
            "Signature" => signature = Some(value),
            _ => {}
        }
    }
    let scope: Vec<&str> = credential?.split('/').collect();
    let [access_key, date, region, service, "aws4_request"] = scope.as_slice() else {
        return None;
    };
    Some(Authorization {
        access_key: access_key.to_string(),
        date: date.to_string(),
        region: region.to_string(),
        service: service.to_string(),
        signed_headers: signed_headers?.split(';').map(str::to_ascii_lowercase).collect(),
        signature: signature?.to_ascii_lowercase(),
    })
}

/// `YYYYMMDDTHHMMSSZ` (x-amz-date) as a time.
fn parse_amz_date(text: &str) -> Option<SystemTime> {
    let bytes = text.as_bytes();
    if bytes.len() != 16 || bytes[8] != b'T' || bytes[15] != b'Z' {
        return None;
    }
    let number = |range: std::ops::Range<usize>| text.get(range)?.parse::<i64>().ok();
    let (year, month, day) = (number(0..4)?, number(4..6)?, number(6..8)?);
    let (hour, minute, second) = (number(9..11)?, number(11..13)?, number(13..15)?);
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) || hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    // Days from the civil date (Howard Hinnant's algorithm).
    let shifted_year = if month <= 2 { year - 1 } else { year };
    let era = shifted_year.div_euclid(400);
    let year_of_era = shifted_year - era * 400;
    let day_of_year = (153 * ((month + 9) % 12) + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    let days = era * 146_097 + day_of_era - 719_468;
    let seconds = days * 86_400 + hour * 3600 + minute * 60 + second;
    u64::try_from(seconds).ok().map(|seconds| SystemTime::UNIX_EPOCH + Duration::from_secs(seconds))
}

/// The signature the request should carry, signed again with the required key pair over the
/// headers it says it signed; the body hash from `x-amz-content-sha256` when it has one.
fn expected_signature(
    required: &RequiredCredentials,
    authorization: &Authorization,
    method: &str,
    uri: &str,
    headers: &HeaderMap,
    body: &[u8],
) -> Option<String> {
    let date = headers.get("x-amz-date")?.to_str().ok()?;
    if !date.starts_with(&authorization.date) {
        return None;
    }
    let time = parse_amz_date(date)?;
    let mut signed: Vec<(String, String)> = Vec::new();
    for name in &authorization.signed_headers {
        for value in headers.get_all(name.as_str()) {
            signed.push((name.clone(), value.to_str().ok()?.to_string()));
        }
    }
    let session_token = headers.get("x-amz-security-token").and_then(|value| value.to_str().ok());
    let identity = Credentials::new(
        &required.access_key,
        &required.secret_key,
        session_token.map(str::to_string),
        None,
        "required-credentials",
    )
    .into();
    let mut settings = SigningSettings::default();
    settings.excluded_headers = Some(Vec::new());
    if authorization.service == "s3" {
        settings.percent_encoding_mode = PercentEncodingMode::Single;
        settings.uri_path_normalization_mode = UriPathNormalizationMode::Disabled;
    }
    let content_hash = headers.get("x-amz-content-sha256").and_then(|value| value.to_str().ok());
    let body = match content_hash {
        Some(hash) => SignableBody::Precomputed(hash.to_string()),
        None => SignableBody::Bytes(body),
    };
    let request = SignableRequest::new(
        method,
        uri,
        signed.iter().map(|(name, value)| (name.as_str(), value.as_str())),
        body,
    )
    .ok()?;
    let params = v4::SigningParams::builder()
        .identity(&identity)
        .region(&authorization.region)
        .name(&authorization.service)
        .time(time)
        .settings(settings)
        .build()
        .ok()?
        .into();
    let (_, signature) = sign(request, &params).ok()?.into_parts();
    Some(signature)
}

/// A refusal in the shape of the service the request was for (S3's XML, or REST-JSON).
fn refusal(service: Option<&str>, code: &'static str, message: &str) -> Response {
    if service == Some("s3") {
        let body = format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>{code}</Code><Message>{message}</Message></Error>"
        );
        let mut response = (StatusCode::FORBIDDEN, body).into_response();
        response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/xml"));
        return response;
    }
    ServiceError::new(StatusCode::FORBIDDEN, code, message).into_response()
}

/// Refuse every request not signed with the required key pair.
pub async fn middleware(State(emulator): State<Shared>, request: Request, next: Next) -> Response {
    let Some(required) = emulator.required_credentials.as_ref() else {
        return next.run(request).await;
    };
    let Some(authorization) = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(parse_authorization)
    else {
        return refusal(
            None,
            "MissingAuthenticationTokenException",
            "The request is not signed with SigV4; this emulator requires credentials (--require-credentials).",
        );
    };
    let service = Some(authorization.service.as_str());
    if authorization.access_key != required.access_key {
        let code = if service == Some("s3") { "InvalidAccessKeyId" } else { "UnrecognizedClientException" };
        return refusal(service, code, "The security token included in the request is invalid.");
    }
    let (parts, body) = request.into_parts();
    // The body is hashed here unless the client sent its hash (S3, streaming uploads).
    let (untouched, bytes) = if parts.headers.contains_key("x-amz-content-sha256") {
        (Some(body), None)
    } else {
        match to_bytes(body, MAXIMUM_HASHED_BODY).await {
            Ok(bytes) => (None, Some(bytes)),
            Err(_) => {
                return refusal(service, "InvalidSignatureException", "The request body could not be read.");
            }
        }
    };
    let host = parts.headers.get(header::HOST).and_then(|value| value.to_str().ok()).unwrap_or("localhost");
    let path_and_query = parts.uri.path_and_query().map(|value| value.as_str()).unwrap_or("/");
    let uri = format!("http://{host}{path_and_query}");
    let expected = expected_signature(
        required,
        &authorization,
        parts.method.as_str(),
        &uri,
        &parts.headers,
        bytes.as_deref().unwrap_or(&[]),
    );
    if expected.as_deref() != Some(authorization.signature.as_str()) {
        let code = if service == Some("s3") { "SignatureDoesNotMatch" } else { "InvalidSignatureException" };
        return refusal(
            service,
            code,
            "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.",
        );
    }
    let body = match (untouched, bytes) {
        (Some(body), _) => body,
        (None, bytes) => Body::from(bytes.unwrap_or_default()),
    };
    next.run(Request::from_parts(parts, body)).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn authorization_headers_and_dates_parse() {
        let parsed = parse_authorization(
            "AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/bedrock/aws4_request, SignedHeaders=host;x-amz-date, Signature=ABC0",
        )
        .unwrap();
        assert_eq!(parsed.access_key, "AKID");
        assert_eq!(parsed.service, "bedrock");
        assert_eq!(parsed.signed_headers, ["host", "x-amz-date"]);
        assert_eq!(parsed.signature, "abc0");
        assert!(parse_authorization("Bearer token").is_none());
        let time = parse_amz_date("20260101T000001Z").unwrap();
        assert_eq!(time.duration_since(SystemTime::UNIX_EPOCH).unwrap().as_secs(), 1_767_225_601);
        assert!(parse_amz_date("2026-01-01").is_none());
        assert_eq!(RequiredCredentials::parse("KEY:SE:CRET").unwrap().secret_key, "SE:CRET");
        assert!(RequiredCredentials::parse("KEY").is_none());
    }
}
