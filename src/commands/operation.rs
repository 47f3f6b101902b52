//! Create and update commands build the operation's JSON input (as `aws bedrock … --cli-input-json`
//! takes it) from `--cli-input-json FILE` and their flags, check it against the operation's input
//! shape (an unknown or mistyped field is named), and send it through the SDK client, which signs,
//! retries and parses the answer. `--generate-skeleton` prints the input template and
//! `--dry-run` the input that would be sent.

use std::path::PathBuf;

use aws_smithy_runtime_api::client::orchestrator::{HttpRequest, HttpResponse};
use aws_smithy_runtime_api::client::result::SdkError;
use aws_smithy_types::DateTime;
use aws_smithy_types::body::SdkBody;
use aws_smithy_types::date_time::Format;
use aws_smithy_types::error::metadata::ProvideErrorMetadata;
use clap::Args;
use serde_json::{Map, Value};

use crate::api::model::{self as api_model, Operation, ServiceModel};
use crate::api::validate::{self, Problem, Strictness};
use crate::context::{Ctx, Service};
use crate::error::{Failure, Result};

/// The raw-input options of a create or update command.
#[derive(Debug, Clone, Default, Args)]
#[command(next_help_heading = "Raw input")]
pub struct InputArgs {
    /// Read the operation's JSON input from FILE (or file://FILE, or - for stdin), as the AWS CLI
    /// takes it; flags override its members.
    #[arg(long, value_name = "FILE")]
    pub cli_input_json: Option<String>,

    /// Print the operation's JSON input template (all members) and exit.
    #[arg(long)]
    pub generate_skeleton: bool,

    /// Print the JSON input that would be sent, and send nothing.
    #[arg(long)]
    pub dry_run: bool,
}

/// A member the operation requires and the flag that sets it.
pub type Required<'a> = &'a [(&'a str, &'a str)];

/// The checked input of an operation, or None when the command only printed something.
pub fn prepare(
    ctx: &Ctx,
    operation: &str,
    args: &InputArgs,
    flags: Map<String, Value>,
    required: Required<'_>,
) -> Result<Option<Value>> {
    if args.generate_skeleton {
        ctx.output.json_document(&validate::skeleton(model(), described(operation)?))?;
        return Ok(None);
    }
    let mut input = match &args.cli_input_json {
        Some(source) => read_input(source)?,
        None => Map::new(),
    };
    for (key, value) in flags {
        input.insert(key, value);
    }
    if let Some(member) = validate::idempotency_member(model(), described(operation)?)
        && !input.contains_key(&member)
    {
        input.insert(member, Value::String(client_token()));
    }
    let input = Value::Object(input);
    let origin = if args.cli_input_json.is_some() { "--cli-input-json" } else { "input" };
    if let Err(violation) = validate::validate_named(model(), operation, &input, Strictness::Structure) {
        return Err(Failure::usage(format!("{origin}: {}", violation.client_message())));
    }
    let missing = required.iter().find(|(member, _)| input.get(*member).is_none_or(Value::is_null));
    if let Err(violation) = validate::validate_named(model(), operation, &input, Strictness::Client) {
        // Name the flag for a missing top-level member, unless the file has another problem first.
        if let (Problem::Missing, Some((member, flag))) = (&violation.problem, missing)
            && !violation.path.contains('.')
        {
            return Err(missing_flag(flag, member));
        }
        return Err(Failure::usage(format!("{origin}: {}", violation.client_message())));
    }
    if let Some((member, flag)) = missing {
        return Err(missing_flag(flag, member));
    }
    if args.dry_run {
        ctx.output.json_document(&input)?;
        return Ok(None);
    }
    Ok(Some(input))
}

/// The curated commands' operations are bedrock's.
fn model() -> &'static ServiceModel {
    api_model::Service::Bedrock.model()
}

fn described(operation: &str) -> Result<&'static Operation> {
    model()
        .operation(operation)
        .ok_or_else(|| Failure::other("internal", format!("the bundled bedrock model has no {operation}")))
}

fn missing_flag(flag: &str, member: &str) -> Failure {
    Failure::usage(format!("{flag} is required (or `{member}` in --cli-input-json)"))
}

fn read_input(source: &str) -> Result<Map<String, Value>> {
    let path = source.strip_prefix("file://").unwrap_or(source);
    let bytes = if path == "-" {
        crate::input::read_stdin_text("--cli-input-json")?.into_bytes()
    } else {
        let path = PathBuf::from(path);
        std::fs::read(&path).map_err(|error| Failure::file(&path, "read --cli-input-json", &error))?
    };
    match crate::input::parse_json(&bytes, "--cli-input-json")? {
        Value::Object(object) => Ok(object),
        _ => Err(Failure::usage("--cli-input-json must hold a JSON object (the operation's input)")),
    }
}

/// A fresh idempotency token, as the AWS CLI fills one in.
fn client_token() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|elapsed| elapsed.as_nanos())
        .unwrap_or(0);
    format!("bedrock-cli-{:x}-{:x}", nanos, std::process::id())
}

/// The request body of an input: every member not bound to the URI.
pub fn body(operation: &str, input: &Value) -> Vec<u8> {
    let mut object = input.as_object().cloned().unwrap_or_default();
    let members = model().operation(operation).map(|found| validate::location_members(model(), found));
    for member in members.unwrap_or_default() {
        object.remove(&member);
    }
    serde_json::to_vec(&Value::Object(object)).unwrap_or_default()
}

/// A request customisation that sends `body` as the operation's JSON body.
pub fn with_body(body: Vec<u8>) -> impl Fn(&mut HttpRequest) + Send + Sync + 'static {
    move |request: &mut HttpRequest| {
        *request.body_mut() = SdkBody::from(body.clone());
        request.headers_mut().insert("content-length", body.len().to_string());
        request.headers_mut().insert("content-type", "application/json");
    }
}

/// The raw document of a sent request, or the request's failure.
pub async fn document<T, E>(
    ctx: &Ctx,
    result: std::result::Result<T, SdkError<E, HttpResponse>>,
) -> Result<Value>
where
    E: ProvideErrorMetadata + std::error::Error + Send + Sync + 'static,
{
    match result {
        Ok(_) => ctx.capture.take_json(),
        Err(error) => Err(ctx.failure(Service::Bedrock, error).await),
    }
}

/// A time flag (RFC 3339, or a date meaning its midnight UTC).
pub fn time(flag: &str, text: &str) -> Result<DateTime> {
    let full = if text.len() == 10 { format!("{text}T00:00:00Z") } else { text.to_string() };
    DateTime::from_str(&full, Format::DateTime).map_err(|_| {
        Failure::usage(format!("{flag}: {text:?} is not a time (use 2024-05-01 or 2024-05-01T12:00:00Z)"))
    })
}

/// A string member of an input.
pub fn text<'a>(input: &'a Value, key: &str) -> &'a str {
    input.get(key).and_then(Value::as_str).unwrap_or("")
}

/// Builds the flag part of an input.
#[derive(Debug, Default)]
pub struct Flags(pub Map<String, Value>);

impl Flags {
    pub fn new() -> Self {
        Flags(Map::new())
    }

    /// Set a member when the flag was given.
    pub fn set(&mut self, member: &str, value: Option<Value>) -> &mut Self {
        if let Some(value) = value {
            self.0.insert(member.to_string(), value);
        }
        self
    }

    pub fn string(&mut self, member: &str, value: &Option<String>) -> &mut Self {
        self.set(member, value.clone().map(Value::String))
    }

    pub fn into_map(self) -> Map<String, Value> {
        self.0
    }
}

/// Check an S3 URI flag the way the service will (s3://bucket[/key]).
pub fn s3_uri(flag: &str, value: &str) -> Result<Value> {
    if crate::models::customization::valid_s3_uri(value) {
        Ok(Value::String(value.to_string()))
    } else {
        Err(Failure::usage(format!(
            "{flag}: {value:?} is not an S3 URI (s3://bucket/key, lower-case bucket of 3 to 63 characters)"
        )))
    }
}

/// `--tags k=v` flags as the API's tag list.
pub fn tags(values: &[String], flag: &str) -> Result<Option<Value>> {
    if values.is_empty() {
        return Ok(None);
    }
    let mut tags = Vec::new();
    for pair in values {
        let (key, value) = crate::input::key_value(pair, flag)?;
        tags.push(serde_json::json!({"key": key, "value": value}));
    }
    Ok(Some(Value::Array(tags)))
}

/// `--vpc-subnets`/`--vpc-security-groups` as a VpcConfig (both or neither).
pub fn vpc(subnets: &[String], groups: &[String]) -> Result<Option<Value>> {
    match (subnets.is_empty(), groups.is_empty()) {
        (true, true) => Ok(None),
        (false, false) => Ok(Some(serde_json::json!({"subnetIds": subnets, "securityGroupIds": groups}))),
        _ => Err(Failure::usage("--vpc-subnets and --vpc-security-groups go together (a VPC needs both)")),
    }
}

/// Filters every list command shares.
#[derive(Debug, Clone, Default, Args)]
pub struct ListFilters {
    /// Only those whose name contains this text.
    #[arg(long, value_name = "TEXT")]
    pub name_contains: Option<String>,

    /// Only those created after this time (2024-05-01 or 2024-05-01T12:00:00Z).
    #[arg(long, value_name = "TIME")]
    pub created_after: Option<String>,

    /// Only those created before this time.
    #[arg(long, value_name = "TIME")]
    pub created_before: Option<String>,

    /// Order by creation time (default: newest first).
    #[arg(long, value_enum, ignore_case = true, value_name = "ORDER")]
    pub sort_order: Option<SortDirection>,
}

/// Sort directions of list operations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SortDirection {
    Ascending,
    Descending,
}

impl ListFilters {
    pub fn after(&self) -> Result<Option<DateTime>> {
        self.created_after.as_deref().map(|text| time("--created-after", text)).transpose()
    }

    pub fn before(&self) -> Result<Option<DateTime>> {
        self.created_before.as_deref().map(|text| time("--created-before", text)).transpose()
    }

    pub fn order(&self) -> Option<aws_sdk_bedrock::types::SortOrder> {
        self.sort_order.map(|order| match order {
            SortDirection::Ascending => aws_sdk_bedrock::types::SortOrder::Ascending,
            SortDirection::Descending => aws_sdk_bedrock::types::SortOrder::Descending,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn bodies_leave_out_uri_members() {
        let input = json!({"provisionedModelId": "abc", "desiredProvisionedModelName": "new"});
        let body: Value = serde_json::from_slice(&body("UpdateProvisionedModelThroughput", &input)).unwrap();
        assert_eq!(body, json!({"desiredProvisionedModelName": "new"}));
    }

    #[test]
    fn flag_helpers_check_their_values() {
        assert!(s3_uri("--training-data", "s3://bucket/train.jsonl").is_ok());
        let error = s3_uri("--training-data", "bucket/train.jsonl").unwrap_err();
        assert!(error.message.starts_with("--training-data: "), "{}", error.message);
        assert_eq!(tags(&["a=b".into()], "--tags").unwrap().unwrap(), json!([{"key": "a", "value": "b"}]));
        assert!(vpc(&["subnet-1".into()], &[]).is_err());
    }
}
