//! Model invocation logging in the emulator: Put/Get/DeleteModelInvocationLoggingConfiguration,
//! one configuration per account and region, kept in the store.

use axum::Json;
use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::get;
use serde_json::{Value, json};

use super::control::{self, Answer};
use super::errors::ServiceError;
use super::{Shared, request_region};

/// The store collection, keyed by region.
pub const LOGGING: &str = "model-invocation-logging";

pub fn routes() -> Router<Shared> {
    Router::new().route(
        "/logging/modelinvocations",
        get(get_configuration).put(put_configuration).delete(delete_configuration),
    )
}

/// PUT /logging/modelinvocations
pub async fn put_configuration(State(emulator): State<Shared>, headers: HeaderMap, body: Bytes) -> Answer {
    let region = request_region(&headers);
    let input = control::input("PutModelInvocationLoggingConfiguration", &body, &[])?;
    let config = input.get("loggingConfig").cloned().unwrap_or(json!({}));
    if config.get("s3Config").is_none() && config.get("cloudWatchConfig").is_none() {
        return Err(ServiceError::validation(
            "The logging configuration must have a destination: s3Config, cloudWatchConfig or both.",
        ));
    }
    let delivers = [
        "textDataDeliveryEnabled",
        "imageDataDeliveryEnabled",
        "embeddingDataDeliveryEnabled",
        "videoDataDeliveryEnabled",
        "audioDataDeliveryEnabled",
    ]
    .iter()
    .any(|key| config.get(*key).and_then(Value::as_bool) == Some(true));
    if !delivers {
        return Err(ServiceError::validation(
            "At least one data type must be delivered (text, image, embedding, video or audio).",
        ));
    }
    emulator
        .store
        .update(|state| {
            state.insert(LOGGING, &region, config);
        })
        .map_err(control::store_failure)?;
    Ok((StatusCode::OK, Json(json!({}))))
}

/// GET /logging/modelinvocations
pub async fn get_configuration(State(emulator): State<Shared>, headers: HeaderMap) -> Answer {
    let region = request_region(&headers);
    let config = emulator.store.read(|state| state.document(LOGGING, &region).cloned());
    Ok((
        StatusCode::OK,
        Json(match config {
            Some(config) => json!({"loggingConfig": config}),
            None => json!({}),
        }),
    ))
}

/// DELETE /logging/modelinvocations
pub async fn delete_configuration(State(emulator): State<Shared>, headers: HeaderMap) -> Answer {
    let region = request_region(&headers);
    emulator
        .store
        .update(|state| {
            state.remove(LOGGING, &region);
        })
        .map_err(control::store_failure)?;
    Ok((StatusCode::OK, Json(json!({}))))
}
