//! Which operation a request is, from the bundled service models: every operation of the four
//! services, matched by method and path template (literal segments before labels; trailing
//! slashes ignored, since botocore's models write some paths with one and the Rust SDK sends
//! them without). The one pair of operations that share a path, bedrock-agent's PrepareAgent
//! and bedrock-agent-runtime's InvokeInlineAgent (`POST /agents/{id}`), is told apart by the
//! body: an inline agent names its foundation model.

use std::sync::OnceLock;

use crate::api::model::{Operation, Service};

/// An operation a request names, with its path labels (decoded).
#[derive(Debug, Clone)]
pub struct Found {
    pub service: Service,
    pub operation: &'static Operation,
    pub labels: Vec<(String, String)>,
}

#[derive(Debug)]
enum Segment {
    Literal(String),
    Label(String),
}

#[derive(Debug)]
struct Route {
    service: Service,
    operation: &'static Operation,
    method: String,
    segments: Vec<Segment>,
}

fn routes() -> &'static [Route] {
    static ROUTES: OnceLock<Vec<Route>> = OnceLock::new();
    ROUTES.get_or_init(|| {
        let mut routes = Vec::new();
        for service in Service::ALL {
            let model = service.model();
            for name in model.operation_names() {
                let Some(operation) = model.operation(name) else { continue };
                let path = operation.http.request_uri.split('?').next().unwrap_or("");
                let segments = path
                    .split('/')
                    .filter(|segment| !segment.is_empty())
                    .map(|segment| match segment.strip_prefix('{').and_then(|rest| rest.strip_suffix('}')) {
                        Some(label) => Segment::Label(label.trim_end_matches('+').to_string()),
                        None => Segment::Literal(segment.to_string()),
                    })
                    .collect();
                routes.push(Route { service, operation, method: operation.http.method.clone(), segments });
            }
        }
        routes
    })
}

/// Percent-decode a path segment.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        let escaped = (bytes[index] == b'%')
            .then(|| bytes.get(index + 1..index + 3))
            .flatten()
            .and_then(|hex| std::str::from_utf8(hex).ok())
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        if let Some(byte) = escaped {
            decoded.push(byte);
            index += 3;
            continue;
        }
        decoded.push(bytes[index]);
        index += 1;
    }
    String::from_utf8_lossy(&decoded).into_owned()
}

/// The operations a request may be, best match first.
pub fn find_all(method: &str, path: &str) -> Vec<Found> {
    let segments: Vec<&str> = path.split('/').filter(|segment| !segment.is_empty()).collect();
    let mut found: Vec<(usize, Found)> = Vec::new();
    for route in routes() {
        if !route.method.eq_ignore_ascii_case(method) || route.segments.len() != segments.len() {
            continue;
        }
        let mut labels = Vec::new();
        let mut literals = 0;
        let matches = route.segments.iter().zip(&segments).all(|(expected, actual)| match expected {
            Segment::Literal(literal) => {
                literals += 1;
                literal == actual
            }
            Segment::Label(label) => {
                labels.push((label.clone(), percent_decode(actual)));
                true
            }
        });
        if matches {
            found.push((literals, Found { service: route.service, operation: route.operation, labels }));
        }
    }
    found.sort_by_key(|(literals, _)| std::cmp::Reverse(*literals));
    found.into_iter().map(|(_, found)| found).collect()
}

/// The operation a request is.
pub fn find(method: &str, path: &str, body: &[u8]) -> Option<Found> {
    let mut candidates = find_all(method, path);
    if candidates.len() > 1 {
        let inline_agent = candidates.iter().position(|found| found.operation.name == "InvokeInlineAgent");
        if let Some(position) = inline_agent {
            let names_a_model = serde_json::from_slice::<serde_json::Value>(body)
                .ok()
                .is_some_and(|body| body.get("foundationModel").is_some());
            if names_a_model {
                return Some(candidates.swap_remove(position));
            }
            candidates.remove(position);
        }
    }
    candidates.into_iter().next()
}

/// The operation a model names, by service and name.
pub fn by_name(service: Service, name: &str) -> Option<&'static Operation> {
    service.model().operation(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(method: &str, path: &str, body: &str) -> String {
        find(method, path, body.as_bytes()).map(|found| found.operation.name.clone()).unwrap_or_default()
    }

    #[test]
    fn finds_operations_by_path() {
        assert_eq!(name("GET", "/foundation-models", ""), "ListFoundationModels");
        assert_eq!(name("GET", "/foundation-models/amazon.titan-text-express-v1", ""), "GetFoundationModel");
        assert_eq!(name("POST", "/flows/validate-definition", ""), "ValidateFlowDefinition");
        assert_eq!(name("POST", "/flows/ABCDEFGHIJ/", ""), "PrepareFlow");
        assert_eq!(name("POST", "/flows/ABCDEFGHIJ", ""), "PrepareFlow");
        assert_eq!(name("POST", "/agents/ABCDEFGHIJ", ""), "PrepareAgent");
        assert_eq!(name("POST", "/agents/session-1", "{\"foundationModel\": \"m\"}"), "InvokeInlineAgent");
        assert_eq!(name("POST", "/model/m/converse-stream", ""), "ConverseStream");
        assert_eq!(name("DELETE", "/nothing/here", ""), "");
        let found = find("GET", "/custom-models/arn%3Aaws%3Abedrock%3Aus-east-1%3A1%3Acustom-model%2Fx", b"")
            .unwrap();
        assert_eq!(
            found.labels,
            vec![("modelIdentifier".to_string(), "arn:aws:bedrock:us-east-1:1:custom-model/x".to_string())]
        );
    }

    #[test]
    fn every_operation_is_found_by_its_own_path() {
        for service in Service::ALL {
            let model = service.model();
            for operation in model.operation_names() {
                let operation = model.operation(operation).unwrap();
                let path: String = operation
                    .http
                    .request_uri
                    .split('/')
                    .map(|segment| if segment.starts_with('{') { "X1234567890" } else { segment })
                    .collect::<Vec<_>>()
                    .join("/");
                let body =
                    if operation.name == "InvokeInlineAgent" { "{\"foundationModel\":\"m\"}" } else { "" };
                let found = find(&operation.http.method, &path, body.as_bytes()).unwrap();
                let same = found.operation.name == operation.name
                    // Tags are served alike by bedrock-agent and bedrock-agent-runtime.
                    || operation.name.ends_with("TagResource") || operation.name == "ListTagsForResource";
                assert!(same, "{} {} found {}", service.name(), operation.name, found.operation.name);
            }
        }
    }
}
