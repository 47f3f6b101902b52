//! The bundled service models (DESIGN.md §9): the four Bedrock services' botocore models under
//! `src/aws/data/`, read without parsing them whole. `scripts/refresh_service_models.py` writes
//! each model with one operation and one shape per line, so a service is indexed by scanning its
//! lines once (names only), and an operation or shape is parsed the first time it is asked for.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use indexmap::IndexMap;
use serde::Deserialize;
use serde_json::Value;

/// The botocore release the models come from (`src/aws/data/VERSION`).
pub const VERSION: &str = include_str!("../aws/data/VERSION");

/// The services the models describe, by the names the AWS CLI gives them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Service {
    Bedrock,
    BedrockRuntime,
    BedrockAgent,
    BedrockAgentRuntime,
}

impl Service {
    pub const ALL: [Service; 4] =
        [Service::Bedrock, Service::BedrockRuntime, Service::BedrockAgent, Service::BedrockAgentRuntime];

    /// The AWS CLI's name of the service (`aws bedrock-agent …`), also its endpoint prefix.
    pub fn name(self) -> &'static str {
        match self {
            Service::Bedrock => "bedrock",
            Service::BedrockRuntime => "bedrock-runtime",
            Service::BedrockAgent => "bedrock-agent",
            Service::BedrockAgentRuntime => "bedrock-agent-runtime",
        }
    }

    pub fn from_name(name: &str) -> Option<Service> {
        Service::ALL.into_iter().find(|service| service.name() == name)
    }

    /// The service in the tool's service list (endpoints, clients).
    pub fn context_service(self) -> crate::context::Service {
        match self {
            Service::Bedrock => crate::context::Service::Bedrock,
            Service::BedrockRuntime => crate::context::Service::BedrockRuntime,
            Service::BedrockAgent => crate::context::Service::BedrockAgent,
            Service::BedrockAgentRuntime => crate::context::Service::BedrockAgentRuntime,
        }
    }

    fn text(self) -> &'static str {
        match self {
            Service::Bedrock => include_str!("../aws/data/bedrock.json"),
            Service::BedrockRuntime => include_str!("../aws/data/bedrock-runtime.json"),
            Service::BedrockAgent => include_str!("../aws/data/bedrock-agent.json"),
            Service::BedrockAgentRuntime => include_str!("../aws/data/bedrock-agent-runtime.json"),
        }
    }

    fn paginators_text(self) -> &'static str {
        match self {
            Service::Bedrock => include_str!("../aws/data/bedrock.paginators.json"),
            Service::BedrockRuntime => include_str!("../aws/data/bedrock-runtime.paginators.json"),
            Service::BedrockAgent => include_str!("../aws/data/bedrock-agent.paginators.json"),
            Service::BedrockAgentRuntime => include_str!("../aws/data/bedrock-agent-runtime.paginators.json"),
        }
    }

    /// The service's model.
    pub fn model(self) -> &'static ServiceModel {
        static MODELS: [OnceLock<ServiceModel>; 4] =
            [OnceLock::new(), OnceLock::new(), OnceLock::new(), OnceLock::new()];
        let index = Service::ALL.iter().position(|service| *service == self).unwrap_or(0);
        MODELS[index].get_or_init(|| ServiceModel::index(self))
    }
}

/// One service's model: an index of its lines, and what was parsed of it so far.
pub struct ServiceModel {
    pub service: Service,
    head: &'static str,
    operation_lines: IndexMap<&'static str, &'static str>,
    shape_lines: HashMap<&'static str, &'static str>,
    operations: Mutex<HashMap<&'static str, &'static Operation>>,
    shapes: Mutex<HashMap<&'static str, &'static Shape>>,
    paginators: OnceLock<HashMap<String, Paginator>>,
    metadata: OnceLock<Metadata>,
}

/// The `metadata` of a model.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Metadata {
    pub api_version: String,
    #[serde(default)]
    pub auth: Vec<String>,
    pub endpoint_prefix: String,
    pub protocol: String,
    pub service_full_name: String,
    pub service_id: String,
    pub signing_name: String,
}

#[derive(Deserialize)]
struct Head {
    metadata: Metadata,
    #[serde(default)]
    documentation: String,
}

/// An operation of a model.
#[derive(Debug, Clone, Deserialize)]
pub struct Operation {
    pub name: String,
    pub http: Http,
    pub input: Option<ShapeReference>,
    pub output: Option<ShapeReference>,
    #[serde(default)]
    pub errors: Vec<ShapeReference>,
    #[serde(default)]
    pub documentation: String,
    #[serde(default)]
    pub idempotent: bool,
    #[serde(default)]
    pub readonly: bool,
    #[serde(default)]
    pub deprecated: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Http {
    pub method: String,
    pub request_uri: String,
    pub response_code: Option<u16>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct ShapeReference {
    pub shape: String,
}

/// What a shape is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Structure,
    List,
    Map,
    String,
    Integer,
    Long,
    Float,
    Double,
    Boolean,
    Blob,
    Timestamp,
}

/// A shape of a model: a structure (with members), a list, a map or a scalar, with its
/// constraints.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Shape {
    #[serde(rename = "type")]
    pub kind: Kind,
    #[serde(default)]
    pub members: IndexMap<String, Member>,
    #[serde(default)]
    pub required: Vec<String>,
    /// The element of a list.
    pub member: Option<Member>,
    pub key: Option<Member>,
    pub value: Option<Member>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub pattern: Option<String>,
    #[serde(rename = "enum", default)]
    pub enumeration: Vec<String>,
    /// Exactly one member is set (a tagged union).
    #[serde(default)]
    pub union: bool,
    /// Free-form JSON (a Smithy document).
    #[serde(default)]
    pub document: bool,
    #[serde(default)]
    pub sensitive: bool,
    #[serde(default)]
    pub exception: bool,
    #[serde(default)]
    pub fault: bool,
    pub error: Option<ErrorTrait>,
    /// The member that is the HTTP payload.
    pub payload: Option<String>,
    /// A union whose members are the events of an event stream.
    #[serde(default)]
    pub eventstream: bool,
    #[serde(default)]
    pub event: bool,
    #[serde(default)]
    pub streaming: bool,
    pub timestamp_format: Option<String>,
    #[serde(default)]
    pub documentation: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ErrorTrait {
    pub code: Option<String>,
    pub http_status_code: Option<u16>,
    #[serde(default)]
    pub sender_fault: bool,
}

/// A member of a structure (or the element, key or value of a list or map).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Member {
    pub shape: String,
    /// `uri`, `querystring`, `header`, `headers` or `statusCode`; none is the body.
    pub location: Option<String>,
    pub location_name: Option<String>,
    #[serde(default)]
    pub idempotency_token: bool,
    /// A header whose value is base64-encoded JSON.
    #[serde(default)]
    pub jsonvalue: bool,
    #[serde(default)]
    pub eventpayload: bool,
    #[serde(default)]
    pub eventheader: bool,
    #[serde(default)]
    pub deprecated: bool,
    #[serde(default)]
    pub documentation: String,
    pub timestamp_format: Option<String>,
}

impl Member {
    /// The member's name on the wire: its `locationName`, or its name.
    pub fn wire_name<'a>(&'a self, name: &'a str) -> &'a str {
        self.location_name.as_deref().unwrap_or(name)
    }
}

/// A paginator (`paginators-1.json`): how pages of an operation chain.
#[derive(Debug, Clone, Deserialize)]
pub struct Paginator {
    #[serde(deserialize_with = "one_or_many")]
    pub input_token: Vec<String>,
    #[serde(deserialize_with = "one_or_many")]
    pub output_token: Vec<String>,
    pub limit_key: Option<String>,
    #[serde(deserialize_with = "one_or_many")]
    pub result_key: Vec<String>,
    #[serde(default, deserialize_with = "one_or_many")]
    pub non_aggregate_keys: Vec<String>,
}

fn one_or_many<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Vec<String>, D::Error> {
    match Value::deserialize(deserializer)? {
        Value::String(one) => Ok(vec![one]),
        Value::Array(many) => {
            Ok(many.into_iter().filter_map(|item| item.as_str().map(str::to_string)).collect())
        }
        _ => Ok(Vec::new()),
    }
}

#[derive(Deserialize)]
struct Paginators {
    pagination: HashMap<String, Paginator>,
}

impl ServiceModel {
    /// Index the lines of a model written by the refresh script.
    fn index(service: Service) -> ServiceModel {
        let text = service.text();
        let mut lines = text.lines();
        let head = lines.next().unwrap_or("{").trim_end_matches(',');
        let mut operation_lines = IndexMap::new();
        let mut shape_lines = HashMap::new();
        let mut section = None;
        for line in lines {
            match line {
                "\"operations\":{" => section = Some(true),
                "\"shapes\":{" => section = Some(false),
                "}," | "}" => section = None,
                _ => {
                    let Some((name, value)) = split_line(line) else {
                        continue;
                    };
                    match section {
                        Some(true) => {
                            operation_lines.insert(name, value);
                        }
                        Some(false) => {
                            shape_lines.insert(name, value);
                        }
                        None => {}
                    }
                }
            }
        }
        ServiceModel {
            service,
            head,
            operation_lines,
            shape_lines,
            operations: Mutex::new(HashMap::new()),
            shapes: Mutex::new(HashMap::new()),
            paginators: OnceLock::new(),
            metadata: OnceLock::new(),
        }
    }

    fn head(&self) -> Head {
        let text = format!("{}}}", self.head);
        serde_json::from_str(&text)
            .unwrap_or(Head { metadata: Metadata::default(), documentation: String::new() })
    }

    /// The model's metadata (protocol, signing name, auth schemes).
    pub fn metadata(&self) -> &Metadata {
        self.metadata.get_or_init(|| self.head().metadata)
    }

    /// The service's documentation (HTML, as in the model).
    pub fn documentation(&self) -> String {
        self.head().documentation
    }

    /// The operation names, in the model's order.
    pub fn operation_names(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.operation_lines.keys().copied()
    }

    /// An operation by its model name (`CreateFlow`).
    pub fn operation(&self, name: &str) -> Option<&'static Operation> {
        let (&key, &line) = self.operation_lines.get_key_value(name)?;
        let mut parsed = self.operations.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(operation) = parsed.get(key) {
            return Some(operation);
        }
        let operation: &'static Operation = Box::leak(Box::new(serde_json::from_str(line).ok()?));
        parsed.insert(key, operation);
        Some(operation)
    }

    /// A shape by name.
    pub fn shape(&self, name: &str) -> Option<&'static Shape> {
        let (&key, &line) = self.shape_lines.get_key_value(name)?;
        let mut parsed = self.shapes.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(shape) = parsed.get(key) {
            return Some(shape);
        }
        let shape: &'static Shape = Box::leak(Box::new(serde_json::from_str(line).ok()?));
        parsed.insert(key, shape);
        Some(shape)
    }

    /// The names of every shape.
    pub fn shape_names(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.shape_lines.keys().copied()
    }

    /// The paginator of an operation, if it pages.
    pub fn paginator(&self, operation: &str) -> Option<&Paginator> {
        self.paginators
            .get_or_init(|| {
                serde_json::from_str::<Paginators>(self.service.paginators_text())
                    .map(|paginators| paginators.pagination)
                    .unwrap_or_default()
            })
            .get(operation)
    }

    /// Whether the service accepts a bearer token (a Bedrock API key) instead of SigV4.
    pub fn accepts_bearer_tokens(&self) -> bool {
        self.metadata().auth.iter().any(|scheme| scheme == "smithy.api#httpBearerAuth")
    }
}

/// `"Name":{…},` → (`Name`, `{…}`).
fn split_line(line: &'static str) -> Option<(&'static str, &'static str)> {
    let rest = line.strip_prefix('"')?;
    let end = rest.find("\":")?;
    let name = &rest[..end];
    let value = rest[end + 2..].strip_suffix(',').unwrap_or(&rest[end + 2..]);
    Some((name, value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_parses_and_the_index_is_the_whole_document() {
        for service in Service::ALL {
            let whole: Value = serde_json::from_str(service.text()).unwrap();
            let model = service.model();
            let operations = whole["operations"].as_object().unwrap();
            let shapes = whole["shapes"].as_object().unwrap();
            assert_eq!(model.operation_names().count(), operations.len(), "{}", service.name());
            assert_eq!(model.shape_names().count(), shapes.len(), "{}", service.name());
            for (name, value) in operations {
                let line: Value = serde_json::from_str(model.operation_lines[name.as_str()]).unwrap();
                assert_eq!(&line, value, "{name}");
                assert!(model.operation(name).is_some(), "{name} parses");
            }
            for (name, value) in shapes {
                let line: Value = serde_json::from_str(model.shape_lines[name.as_str()]).unwrap();
                assert_eq!(&line, value, "{name}");
                assert!(model.shape(name).is_some(), "{name} parses as a shape");
            }
            assert_eq!(model.metadata().protocol, "rest-json");
            assert_eq!(model.metadata().signing_name, "bedrock");
        }
    }

    #[test]
    fn counts_match_botocore() {
        let counts: Vec<usize> =
            Service::ALL.iter().map(|service| service.model().operation_names().count()).collect();
        assert_eq!(counts, vec![133, 11, 86, 35]);
        assert_eq!(VERSION.trim(), "botocore 1.44.8");
    }

    #[test]
    fn paginators_and_bearer_auth() {
        let bedrock = Service::Bedrock.model();
        let paginator = bedrock.paginator("ListFoundationModels");
        assert!(paginator.is_none(), "ListFoundationModels does not page");
        let paginator = bedrock.paginator("ListCustomModels").unwrap();
        assert_eq!(paginator.result_key, vec!["modelSummaries"]);
        assert_eq!(paginator.limit_key.as_deref(), Some("maxResults"));
        assert!(Service::BedrockRuntime.model().accepts_bearer_tokens());
        assert!(!Service::BedrockAgent.model().accepts_bearer_tokens());
    }
}
