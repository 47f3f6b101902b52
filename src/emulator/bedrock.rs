//! The control plane (`bedrock`): foundation models and inference profiles.

use std::collections::HashMap;

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use serde_json::{Value, json};

use super::errors::ServiceError;
use super::{Shared, request_region};

/// Items per page when the client gives no maxResults: small, so pagination is exercised.
pub const DEFAULT_PAGE_SIZE: usize = 5;

type Answer = Result<Json<Value>, ServiceError>;

fn enum_value<'a>(
    query: &'a HashMap<String, String>,
    field: &str,
    allowed: &[&str],
) -> Result<Option<&'a str>, ServiceError> {
    match query.get(field) {
        None => Ok(None),
        Some(value) if allowed.contains(&value.as_str()) => Ok(Some(value.as_str())),
        Some(value) => Err(ServiceError::constraint(
            value,
            field,
            &format!("Member must satisfy enum value set: [{}]", allowed.join(", ")),
        )),
    }
}

/// GET /foundation-models
pub async fn list_foundation_models(
    State(emulator): State<Shared>,
    headers: HeaderMap,
    Query(query): Query<HashMap<String, String>>,
) -> Answer {
    let region = request_region(&headers);
    let provider = query.get("byProvider").map(String::as_str);
    if let Some(provider) = provider {
        let valid = !provider.is_empty()
            && provider.len() <= 63
            && provider.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == ' ');
        if !valid {
            return Err(ServiceError::constraint(
                provider,
                "byProvider",
                "Member must satisfy regular expression pattern: ^[A-Za-z0-9- ]{1,63}$",
            ));
        }
    }
    let modality = enum_value(&query, "byOutputModality", &["TEXT", "IMAGE", "EMBEDDING"])?;
    let inference = enum_value(&query, "byInferenceType", &["ON_DEMAND", "PROVISIONED"])?;
    let customization = enum_value(
        &query,
        "byCustomizationType",
        &["FINE_TUNING", "CONTINUED_PRE_TRAINING", "DISTILLATION"],
    )?;
    let summaries: Vec<Value> = emulator
        .catalog
        .filter_models(provider, modality, inference, customization)
        .map(|model| emulator.catalog.model_document(model, &region))
        .collect();
    Ok(Json(json!({"modelSummaries": summaries})))
}

/// Model identifiers: an id like `vendor.name-v1:0` or a foundation-model ARN.
fn valid_model_identifier(identifier: &str) -> bool {
    let allowed = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | ':' | '-' | '_' | '/');
    !identifier.is_empty()
        && identifier.len() <= 2048
        && identifier.chars().all(allowed)
        && identifier.contains('.')
}

/// GET /foundation-models/{model}
pub async fn get_foundation_model(
    State(emulator): State<Shared>,
    headers: HeaderMap,
    Path(model): Path<String>,
) -> Answer {
    let region = request_region(&headers);
    if !valid_model_identifier(&model) {
        return Err(ServiceError::validation("The provided model identifier is invalid."));
    }
    match emulator.catalog.model(&model) {
        Some(found) => Ok(Json(json!({"modelDetails": emulator.catalog.model_document(found, &region)}))),
        None => Err(ServiceError::validation("The provided model identifier is invalid.")),
    }
}

/// Page tokens are the offset of the next item, opaque to clients.
pub fn encode_token(offset: usize) -> String {
    aws_smithy_types::base64::encode(format!("offset:{offset}"))
}

/// Read a page token; an unreadable one is the service's ValidationException.
pub fn decode_token(token: &str) -> Result<usize, ServiceError> {
    aws_smithy_types::base64::decode(token)
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .and_then(|text| text.strip_prefix("offset:").and_then(|offset| offset.parse().ok()))
        .ok_or_else(|| ServiceError::validation("The provided pagination token is invalid."))
}

/// Read `maxResults` (1 to `maximum`) from the query string.
pub fn page_size(query: &HashMap<String, String>, maximum: usize) -> Result<usize, ServiceError> {
    match query.get("maxResults") {
        None => Ok(DEFAULT_PAGE_SIZE),
        Some(raw) => match raw.parse::<i64>() {
            Ok(value) if value < 1 => Err(ServiceError::constraint(
                raw,
                "maxResults",
                "Member must have value greater than or equal to 1",
            )),
            Ok(value) if value as usize > maximum => Err(ServiceError::constraint(
                raw,
                "maxResults",
                &format!("Member must have value less than or equal to {maximum}"),
            )),
            Ok(value) => Ok(value as usize),
            Err(_) => Err(ServiceError::validation(format!("Value '{raw}' at 'maxResults' is not a number"))),
        },
    }
}

/// One page of `items` and the token of the next page.
pub fn paginate(
    items: Vec<Value>,
    query: &HashMap<String, String>,
    maximum: usize,
) -> Result<(Vec<Value>, Option<String>), ServiceError> {
    let size = page_size(query, maximum)?;
    let offset = match query.get("nextToken") {
        Some(token) => decode_token(token)?,
        None => 0,
    };
    if offset > items.len() {
        return Err(ServiceError::validation("The provided pagination token is invalid."));
    }
    let end = (offset + size).min(items.len());
    let next = (end < items.len()).then(|| encode_token(end));
    Ok((items[offset..end].to_vec(), next))
}

/// GET /inference-profiles
pub async fn list_inference_profiles(
    State(emulator): State<Shared>,
    headers: HeaderMap,
    Query(query): Query<HashMap<String, String>>,
) -> Answer {
    let region = request_region(&headers);
    let wanted = enum_value(&query, "type", &["SYSTEM_DEFINED", "APPLICATION"])?;
    let profiles: Vec<Value> = emulator
        .catalog
        .profiles
        .iter()
        .filter(|profile| wanted.is_none_or(|kind| profile.get("type").and_then(Value::as_str) == Some(kind)))
        .filter(|profile| emulator.catalog.profile_listed_in(profile, &region))
        .map(|profile| emulator.catalog.profile_document(profile, &region))
        .chain(
            super::behaviours::profiles::application_profiles(&emulator)
                .into_iter()
                .filter(|_| wanted.is_none_or(|kind| kind == "APPLICATION")),
        )
        .collect();
    let (page, next) = paginate(profiles, &query, 1000)?;
    let mut body = json!({"inferenceProfileSummaries": page});
    if let Some(next) = next {
        body["nextToken"] = json!(next);
    }
    Ok(Json(body))
}

/// GET /inference-profiles/{profile}
pub async fn get_inference_profile(
    State(emulator): State<Shared>,
    headers: HeaderMap,
    Path(profile): Path<String>,
) -> Answer {
    let region = request_region(&headers);
    match emulator.catalog.profile(&profile) {
        Some(found) => Ok(Json(emulator.catalog.profile_document(found, &region))),
        None => super::behaviours::profiles::application_profile(&emulator, &profile)
            .map(Json)
            .ok_or_else(|| ServiceError::not_found(format!("Inference profile {profile} not found."))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_and_tokens() {
        let items: Vec<Value> = (0..12).map(|n| json!(n)).collect();
        let mut query = HashMap::new();
        let (first, next) = paginate(items.clone(), &query, 1000).unwrap();
        assert_eq!(first.len(), DEFAULT_PAGE_SIZE);
        query.insert("nextToken".to_string(), next.unwrap());
        query.insert("maxResults".to_string(), "100".to_string());
        let (rest, next) = paginate(items.clone(), &query, 1000).unwrap();
        assert_eq!(rest.len(), 7);
        assert!(next.is_none());
        query.insert("nextToken".to_string(), "garbage".to_string());
        assert_eq!(paginate(items.clone(), &query, 1000).unwrap_err().code, "ValidationException");
        let mut bad = HashMap::new();
        bad.insert("maxResults".to_string(), "0".to_string());
        assert!(paginate(items, &bad, 1000).unwrap_err().message.contains("greater than or equal to 1"));
    }

    #[test]
    fn model_identifiers() {
        assert!(valid_model_identifier("anthropic.claude-v2:1"));
        assert!(valid_model_identifier("arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-v2"));
        assert!(!valid_model_identifier("no spaces allowed"));
        assert!(!valid_model_identifier("nodot"));
    }
}
