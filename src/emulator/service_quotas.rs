//! Service Quotas in the emulator, for service code `bedrock`: ListServiceQuotas,
//! GetServiceQuota, ListAWSDefaultServiceQuotas and GetAWSDefaultServiceQuota over the AWS JSON
//! 1.1 protocol (a POST to `/` naming the operation in `X-Amz-Target`, signing name
//! `servicequotas`). Applied values are the emulator's configured limits (`--tokens-per-minute`,
//! `--tokens-per-day`), defaults the documented ones; names and codes come from
//! `crate::bedrock_quotas`. `--deny-service-quotas` answers every call AccessDeniedException, as
//! for a role without `servicequotas:*`.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Map, Value, json};

use super::{ACCOUNT_ID, Emulator, Shared, request_region, sts};
use crate::bedrock_quotas::{self, Quota, SERVICE_CODE, SERVICE_NAME};

/// The `X-Amz-Target` prefix of Service Quotas operations.
pub const TARGET_PREFIX: &str = "ServiceQuotasV20190624.";
const CONTENT_TYPE: &str = "application/x-amz-json-1.1";
/// Quotas per page when the request sets no MaxResults (the service's default).
const DEFAULT_PAGE: usize = 100;

/// POST /: Service Quotas when the request names one of its operations, STS otherwise.
pub async fn root(State(emulator): State<Shared>, headers: HeaderMap, body: Bytes) -> Response {
    let target = headers.get("x-amz-target").and_then(|value| value.to_str().ok()).unwrap_or_default();
    match target.strip_prefix(TARGET_PREFIX) {
        Some(operation) => {
            let region = request_region(&headers);
            match serve(&emulator, operation, &region, &body) {
                Ok(document) => respond(StatusCode::OK, &document),
                Err(error) => error.into_response(),
            }
        }
        None => sts::query(State(emulator), headers, body).await,
    }
}

fn respond(status: StatusCode, document: &Value) -> Response {
    let mut response = (status, serde_json::to_vec(document).unwrap_or_default()).into_response();
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(CONTENT_TYPE));
    response
}

/// An error in the JSON 1.1 shape (`__type` and `message` in the body).
#[derive(Debug, Clone, PartialEq)]
pub struct QuotaError {
    pub code: &'static str,
    pub message: String,
}

impl QuotaError {
    fn new(code: &'static str, message: impl Into<String>) -> Self {
        QuotaError { code, message: message.into() }
    }
}

impl IntoResponse for QuotaError {
    fn into_response(self) -> Response {
        respond(StatusCode::BAD_REQUEST, &json!({"__type": self.code, "message": self.message}))
    }
}

/// Every Bedrock quota of the catalog's models invoked on demand or through inference profiles.
pub fn all_quotas(emulator: &Emulator) -> Vec<Quota> {
    let mut quotas: Vec<Quota> = Vec::new();
    for model in bedrock_quotas::quota_models(&emulator.catalog.models) {
        for quota in bedrock_quotas::model_quotas(&model.id, &model.provider, &model.name, model.on_demand) {
            if !quotas.iter().any(|known| known.code == quota.code) {
                quotas.push(quota);
            }
        }
    }
    quotas
}

/// A quota in wire shape; `applied` for the account's value, otherwise the AWS default.
fn document(emulator: &Emulator, quota: &Quota, region: &str, applied: bool) -> Value {
    let value = if applied {
        let limits = emulator.quotas.limits();
        quota.kind.value(limits.per_minute(&quota.model_id), limits.per_day(&quota.model_id), &limits.batch)
    } else {
        quota.kind.default_value(&quota.model_id)
    };
    let account = if applied { ACCOUNT_ID } else { "" };
    json!({
        "ServiceCode": SERVICE_CODE,
        "ServiceName": SERVICE_NAME,
        "QuotaArn": format!("arn:aws:servicequotas:{region}:{account}:{SERVICE_CODE}/{}", quota.code),
        "QuotaCode": quota.code,
        "QuotaName": quota.name,
        "Value": value as f64,
        "Unit": "None",
        "Adjustable": quota.kind.adjustable(),
        "GlobalQuota": false,
        "QuotaAppliedAtLevel": "ACCOUNT",
    })
}

fn field<'a>(input: &'a Map<String, Value>, name: &str) -> Option<&'a str> {
    input.get(name).and_then(Value::as_str)
}

/// Serve one operation (its name without the target prefix).
pub fn serve(emulator: &Emulator, operation: &str, region: &str, body: &[u8]) -> Result<Value, QuotaError> {
    let known =
        ["ListServiceQuotas", "GetServiceQuota", "ListAWSDefaultServiceQuotas", "GetAWSDefaultServiceQuota"];
    if !known.contains(&operation) {
        return Err(QuotaError::new(
            "UnknownOperationException",
            format!("The bedrock emulator does not serve Service Quotas' {operation}"),
        ));
    }
    if emulator.deny_service_quotas {
        return Err(QuotaError::new(
            "AccessDeniedException",
            format!(
                "User: {} is not authorized to perform: servicequotas:{operation} because no identity-based policy allows the servicequotas:{operation} action",
                sts::CALLER_ARN
            ),
        ));
    }
    let input: Map<String, Value> =
        match serde_json::from_slice::<Value>(if body.is_empty() { b"{}" } else { body }) {
            Ok(Value::Object(input)) => input,
            _ => {
                return Err(QuotaError::new(
                    "SerializationException",
                    "Start of structure or map found where not expected",
                ));
            }
        };
    let Some(service_code) = field(&input, "ServiceCode") else {
        return Err(QuotaError::new(
            "ValidationException",
            "1 validation error detected: Value null at 'serviceCode' failed to satisfy constraint: Member must not be null",
        ));
    };
    if service_code != SERVICE_CODE {
        return Err(QuotaError::new(
            "NoSuchResourceException",
            format!("The request failed because the specified service {service_code} does not exist."),
        ));
    }
    let applied = !operation.contains("AWSDefault");
    let quotas = all_quotas(emulator);
    if operation.starts_with("Get") {
        let code = field(&input, "QuotaCode").unwrap_or_default();
        let quota = quotas.iter().find(|quota| quota.code == code).ok_or_else(|| {
            QuotaError::new(
                "NoSuchResourceException",
                format!("The request failed because the specified quota {code} does not exist."),
            )
        })?;
        return Ok(json!({"Quota": document(emulator, quota, region, applied)}));
    }
    let page = match input.get("MaxResults").and_then(Value::as_u64) {
        None => DEFAULT_PAGE,
        Some(size @ 1..=100) => size as usize,
        Some(size) => {
            return Err(QuotaError::new(
                "ValidationException",
                format!(
                    "1 validation error detected: Value '{size}' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 100"
                ),
            ));
        }
    };
    let start = match field(&input, "NextToken") {
        None => 0,
        Some(token) => token
            .strip_prefix("quotas-")
            .and_then(|index| index.parse::<usize>().ok())
            .filter(|index| *index < quotas.len())
            .ok_or_else(|| QuotaError::new("InvalidPaginationTokenException", "Invalid pagination token."))?,
    };
    let wanted = field(&input, "QuotaCode");
    let selected: Vec<&Quota> =
        quotas.iter().filter(|quota| wanted.is_none_or(|code| quota.code == code)).collect();
    let end = (start + page).min(selected.len());
    let items: Vec<Value> = selected
        .get(start..end)
        .unwrap_or_default()
        .iter()
        .map(|quota| document(emulator, quota, region, applied))
        .collect();
    let mut answer = json!({"Quotas": items});
    if end < selected.len() {
        answer["NextToken"] = json!(format!("quotas-{end}"));
    }
    Ok(answer)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::emulator::Options;

    fn emulator(options: Options) -> Emulator {
        Emulator::new(&options).unwrap()
    }

    fn call(emulator: &Emulator, operation: &str, body: Value) -> Result<Value, QuotaError> {
        serve(emulator, operation, "us-east-1", body.to_string().as_bytes())
    }

    const HAIKU_TPM: &str = "L-8CE99163";

    #[test]
    fn applied_values_are_the_configured_limits_and_defaults_the_documented_ones() {
        let mut limits = crate::emulator::quotas::Limits::default();
        limits.set(false, "anthropic.claude-3-haiku-20240307-v1:0=1234").unwrap();
        let emulator = emulator(Options { quotas: limits, ..Options::default() });
        let applied =
            call(&emulator, "GetServiceQuota", json!({"ServiceCode": "bedrock", "QuotaCode": HAIKU_TPM}))
                .unwrap();
        let quota = &applied["Quota"];
        assert_eq!(
            quota["QuotaName"],
            "On-demand model inference tokens per minute for Anthropic Claude 3 Haiku"
        );
        assert_eq!(quota["Value"], 1234.0);
        assert_eq!(quota["QuotaArn"], "arn:aws:servicequotas:us-east-1:123456789012:bedrock/L-8CE99163");
        let default = call(
            &emulator,
            "GetAWSDefaultServiceQuota",
            json!({"ServiceCode": "bedrock", "QuotaCode": HAIKU_TPM}),
        )
        .unwrap();
        assert_eq!(default["Quota"]["Value"], 2_000_000.0);
        assert_eq!(default["Quota"]["QuotaArn"], "arn:aws:servicequotas:us-east-1::bedrock/L-8CE99163");
    }

    #[test]
    fn lists_page_through_every_quota_once() {
        let emulator = emulator(Options::default());
        let total = all_quotas(&emulator).len();
        let mut seen = Vec::new();
        let mut token: Option<String> = None;
        loop {
            let mut input = json!({"ServiceCode": "bedrock", "MaxResults": 40});
            if let Some(token) = &token {
                input["NextToken"] = json!(token);
            }
            let page = call(&emulator, "ListServiceQuotas", input).unwrap();
            seen.extend(page["Quotas"].as_array().unwrap().iter().map(|quota| quota["QuotaCode"].clone()));
            match page.get("NextToken").and_then(Value::as_str) {
                Some(next) => token = Some(next.to_string()),
                None => break,
            }
        }
        assert_eq!(seen.len(), total);
        let unique: std::collections::HashSet<String> = seen.iter().map(Value::to_string).collect();
        assert_eq!(unique.len(), total);
        let names: Vec<String> = all_quotas(&emulator).into_iter().map(|quota| quota.name).collect();
        for wanted in [
            "Records per batch inference job for Claude 3 Haiku",
            "Batch inference job size (in GB) for Claude 3 Haiku",
            "Minimum number of records per batch inference job for Claude 3 Haiku",
            "Sum of in-progress and submitted batch inference jobs using a base model for Claude 3 Haiku",
            "Cross-region model inference tokens per minute for Anthropic Claude Sonnet 4",
        ] {
            assert!(names.iter().any(|name| name == wanted), "{wanted}");
        }
    }

    #[test]
    fn errors_are_the_services() {
        let emulator = emulator(Options::default());
        let error =
            call(&emulator, "GetServiceQuota", json!({"ServiceCode": "bedrock", "QuotaCode": "L-00000000"}))
                .unwrap_err();
        assert_eq!(error.code, "NoSuchResourceException");
        assert_eq!(
            call(&emulator, "ListServiceQuotas", json!({"ServiceCode": "ec2"})).unwrap_err().code,
            "NoSuchResourceException"
        );
        let bad_token = json!({"ServiceCode": "bedrock", "NextToken": "x"});
        assert_eq!(
            call(&emulator, "ListServiceQuotas", bad_token).unwrap_err().code,
            "InvalidPaginationTokenException"
        );
        assert_eq!(call(&emulator, "ListServices", json!({})).unwrap_err().code, "UnknownOperationException");
        let denied = self::emulator(Options { deny_service_quotas: true, ..Options::default() });
        let error = call(&denied, "ListServiceQuotas", json!({"ServiceCode": "bedrock"})).unwrap_err();
        assert_eq!(error.code, "AccessDeniedException");
        assert!(error.message.contains("servicequotas:ListServiceQuotas"));
    }
}
