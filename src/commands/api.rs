//! `bedrock api SERVICE OPERATION [member flags]`: any operation of the four Bedrock services,
//! from the bundled service models (DESIGN.md §9), spelled as the AWS CLI spells it, so that an
//! `aws bedrock…` command line runs unchanged with `aws` replaced by `bedrock api`. Pages are
//! merged by the model's paginators; event streams (which the AWS CLI cannot run) print one
//! NDJSON line per event as it arrives.

use clap::Args;
use serde_json::{Map, Value, json};

use crate::api::arguments::{self, Request};
use crate::api::events::EventReader;
use crate::api::model::{Kind, Operation, Service, ServiceModel};
use crate::api::names::{cli_name, nearest, operation_by_cli_name};
use crate::api::request::{self, RequestParts};
use crate::api::response::{self, Response};

use crate::api::send::{Answer, Sender};
use crate::context::Ctx;
use crate::error::{Failure, Result};
use crate::output::{Column, View};

const EXAMPLES: &str = "\
Examples:
  bedrock api                                          # the services
  bedrock api bedrock-agent                            # the operations of a service
  bedrock api bedrock-agent create-flow --help         # an operation's members and documentation
  bedrock api bedrock list-foundation-models --by-provider anthropic --query 'modelSummaries[].modelId'
  bedrock api bedrock-agent create-flow --name f --execution-role-arn arn:aws:iam::123456789012:role/flows
  bedrock api bedrock create-model-customization-job --cli-input-json file://job.json
  bedrock api bedrock list-custom-models --max-items 10          # then --starting-token TOKEN
  bedrock api bedrock-runtime invoke-model --model-id amazon.nova-micro-v1:0 \\
      --body '{\"messages\":[{\"role\":\"user\",\"content\":[{\"text\":\"hi\"}]}]}' answer.json
  bedrock api bedrock-runtime converse-stream --model-id amazon.nova-micro-v1:0 \\
      --messages '[{\"role\":\"user\",\"content\":[{\"text\":\"hi\"}]}]'   # one NDJSON line per event

Member flags follow the AWS CLI: --member-name VALUE, JSON or shorthand (key=value,key2=value2)
for structures, lists and maps, file:// and fileb:// for file contents, --flag/--no-flag for
booleans, --cli-input-json/--cli-input-yaml, --generate-cli-skeleton [input|output|yaml-input].";

#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct ApiArgs {
    /// The service: bedrock, bedrock-runtime, bedrock-agent or bedrock-agent-runtime (none lists them).
    pub service: Option<String>,

    /// The operation, as the AWS CLI spells it (create-flow) or as the model does (CreateFlow);
    /// none lists the service's operations.
    pub operation: Option<String>,

    /// The operation's member flags, as for the AWS CLI (see --help of the operation); an output
    /// file for operations that return raw bytes (invoke-model), `-` for stdout.
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, value_name = "MEMBER FLAGS")]
    pub arguments: Vec<String>,
}

const SERVICE_COLUMNS: &[Column] = &[
    Column { header: "SERVICE", path: "service" },
    Column { header: "OPERATIONS", path: "operations" },
    Column { header: "NAME", path: "serviceFullName" },
];

const OPERATION_COLUMNS: &[Column] =
    &[Column { header: "OPERATION", path: "operation" }, Column { header: "SUMMARY", path: "summary" }];

pub async fn run(ctx: &Ctx, args: ApiArgs) -> Result<()> {
    let Some(service_name) = args.service.as_deref() else {
        return list_services(ctx);
    };
    let service = Service::from_name(service_name).ok_or_else(|| {
        let names: Vec<&str> = Service::ALL.iter().map(|service| service.name()).collect();
        let failure = Failure::usage(format!(
            "unknown service `{service_name}` (the services are {})",
            names.join(", ")
        ));
        match nearest(service_name, names.into_iter()).first() {
            Some(best) => failure.with_hint(format!("did you mean `bedrock api {best}`?")),
            None => failure,
        }
    })?;
    let model = service.model();
    let Some(operation_name) = args.operation.as_deref() else {
        return list_operations(ctx, model);
    };
    if operation_name == "help" {
        return ctx.output.write_stdout(crate::api::help::service_help(model).as_bytes());
    }
    let operation = operation_by_cli_name(model, operation_name)
        .and_then(|name| model.operation(name))
        .ok_or_else(|| unknown_operation(model, operation_name))?;
    let mut words = args.arguments;
    let wants_help = words.iter().any(|word| word == "--help" || word == "-h");
    if !wants_help && input_is_a_stream(model, operation) {
        return Err(Failure::usage(format!(
            "{} streams its input as events over a bidirectional HTTP/2 connection, which `bedrock api` does not send",
            cli_name(&operation.name)
        ))
        .with_hint("for a streamed conversation use `bedrock api bedrock-runtime converse-stream` or `bedrock chat`"));
    }
    if wants_help || words.first().is_some_and(|word| word == "help") {
        return ctx.output.write_stdout(crate::api::help::operation_help(model, operation).as_bytes());
    }
    let binary_format = take_option(&mut words, "--cli-binary-format")?;
    let raw_payload = response::raw_payload(model, operation);
    let outfile = match raw_payload {
        Some(_) if !words.iter().any(|word| word == "--generate-cli-skeleton") => {
            Some(take_outfile(&mut words, operation)?)
        }
        _ => None,
    };
    let (mut input, paging_members_given) = match arguments::parse(model, operation, &words)? {
        Request::Skeleton(text) => return ctx.output.write_stdout(text.as_bytes()),
        Request::Send { input, paging_members_given } => (input, paging_members_given),
    };
    if binary_format.as_deref() == Some("base64") {
        take_blobs_as_base64(model, operation, &mut input);
    } else if let Some(format) = binary_format.as_deref().filter(|format| *format != "raw-in-base64-out") {
        return Err(Failure::usage(format!(
            "--cli-binary-format: `{format}` is not one of base64, raw-in-base64-out"
        )));
    }
    let paginator = model.paginator(&operation.name);
    let pagination = &ctx.settings.pagination;
    let paging_flags_given = pagination.max_items.is_some()
        || pagination.page_size.is_some()
        || pagination.starting_token.is_some();
    if paginator.is_none() && paging_flags_given {
        return Err(Failure::usage(format!(
            "{} does not page: --max-items, --page-size and --starting-token apply only to operations with a paginator",
            cli_name(&operation.name)
        )));
    }
    ctx.output.validate_query()?;
    let stream = response::event_stream_member(model, operation);
    let sender = Sender::new(ctx, service, operation, stream.is_some()).await?;

    if let Some(paginator) = paginator.filter(|_| !paging_members_given && !pagination.no_paginate) {
        let mut document = crate::api::call::pages(ctx, model, operation, paginator, &sender, input).await?;
        // The AWS CLI names the token of a cut list `NextToken`, whatever the service calls its own
        // (the curated commands keep the service's name).
        let output_token = paginator.output_token.first().map(String::as_str).unwrap_or("nextToken");
        if let Some(members) = document.as_object_mut()
            && let Some(token) = members.remove(output_token)
        {
            members.insert("NextToken".to_string(), token);
        }
        return print_document(ctx, &document);
    }
    if pagination.no_paginate
        && let Some(items) = pagination.max_items
        && operation_input_has(model, operation, "maxItems")
    {
        // --max-items is the operation's own member once pagination is off (as in the AWS CLI).
        input.insert("maxItems".to_string(), Value::from(items));
    }
    let parts: RequestParts = request::build(model, operation, &input)?;
    match sender.send(parts).await? {
        Answer::Complete(response) => {
            response::check_body(model, operation, &response)?;
            if let Some(payload) = raw_payload {
                write_payload(ctx, outfile.as_deref().unwrap_or("-"), &response.body, payload)?;
                if outfile.as_deref() == Some("-") {
                    return Ok(());
                }
            }
            print_document(ctx, &response::output_document(model, operation, &response))
        }
        Answer::Streaming { status, headers, body } => {
            let Some((_, stream_shape)) = stream else {
                return Err(Failure::other(
                    "invalid-response",
                    "an event stream arrived for an operation without one",
                ));
            };
            response::check_event_stream(&headers)?;
            let head =
                response::output_document(model, operation, &Response { status, headers, body: Vec::new() });
            if head.as_object().is_some_and(|members| !members.is_empty()) {
                ctx.output.ndjson(&head)?;
            }
            let mut reader = EventReader::new(model, stream_shape, body);
            while let Some(event) = reader.next().await? {
                ctx.output.ndjson(&event)?;
            }
            Ok(())
        }
    }
}

/// Whether the operation's input is itself an event stream (InvokeModelWithBidirectionalStream).
pub fn input_is_a_stream(model: &ServiceModel, operation: &Operation) -> bool {
    operation.input.as_ref().and_then(|reference| model.shape(&reference.shape)).is_some_and(|shape| {
        shape
            .members
            .values()
            .any(|member| model.shape(&member.shape).is_some_and(|member| member.eventstream))
    })
}

fn operation_input_has(model: &ServiceModel, operation: &Operation, member: &str) -> bool {
    operation
        .input
        .as_ref()
        .and_then(|reference| model.shape(&reference.shape))
        .is_some_and(|shape| shape.members.contains_key(member))
}

/// Print an output document as the AWS CLI does: nothing when it is empty.
fn print_document(ctx: &Ctx, document: &Value) -> Result<()> {
    if document.as_object().is_some_and(Map::is_empty) && ctx.output.query.is_none() {
        return Ok(());
    }
    ctx.output.any_document(document)
}

fn list_services(ctx: &Ctx) -> Result<()> {
    let services: Vec<Value> = Service::ALL
        .iter()
        .map(|service| {
            let model = service.model();
            json!({
                "service": service.name(),
                "operations": model.operation_names().count(),
                "serviceFullName": model.metadata().service_full_name,
                "apiVersion": model.metadata().api_version,
            })
        })
        .collect();
    let document = json!({"services": services, "modelSource": crate::api::model::VERSION.trim()});
    ctx.output.document(&document, &View::Rows { rows: "services", columns: SERVICE_COLUMNS })
}

fn list_operations(ctx: &Ctx, model: &ServiceModel) -> Result<()> {
    let operations: Vec<Value> = model
        .operation_names()
        .map(|name| {
            let documentation =
                model.operation(name).map(|operation| operation.documentation.clone()).unwrap_or_default();
            json!({
                "operation": cli_name(name),
                "name": name,
                "summary": crate::api::help::first_sentence(&documentation),
            })
        })
        .collect();
    let document = json!({"service": model.service.name(), "operations": operations});
    ctx.output.document(&document, &View::Rows { rows: "operations", columns: OPERATION_COLUMNS })
}

fn unknown_operation(model: &ServiceModel, wanted: &str) -> Failure {
    let names: Vec<String> = model.operation_names().map(cli_name).collect();
    let failure = Failure::usage(format!("{} has no operation `{wanted}`", model.service.name()));
    let suggestions = nearest(wanted, names.iter().map(String::as_str));
    match suggestions.first() {
        Some(best) => {
            failure.with_hint(format!("did you mean `bedrock api {} {best}`?", model.service.name()))
        }
        None => failure.with_hint(format!("`bedrock api {}` lists its operations", model.service.name())),
    }
}

/// Remove `--name VALUE` (or `--name=VALUE`) from the words and return VALUE.
fn take_option(words: &mut Vec<String>, name: &str) -> Result<Option<String>> {
    let prefix = format!("{name}=");
    if let Some(position) = words.iter().position(|word| word == name || word.starts_with(&prefix)) {
        let word = words.remove(position);
        if let Some(value) = word.strip_prefix(&prefix) {
            return Ok(Some(value.to_string()));
        }
        if position < words.len() {
            return Ok(Some(words.remove(position)));
        }
        return Err(Failure::usage(format!("{name} needs a value")));
    }
    Ok(None)
}

/// The output file of an operation whose answer is raw bytes: the last word, which is not a flag.
fn take_outfile(words: &mut Vec<String>, operation: &Operation) -> Result<String> {
    let missing = || {
        Failure::usage(format!(
            "{} writes its answer to a file: give the file as the last argument (`-` for stdout)",
            cli_name(&operation.name)
        ))
    };
    let last = words.last().ok_or_else(missing)?;
    if last.starts_with("--") {
        return Err(missing());
    }
    // The word before a file is a flag's value, or a boolean flag; a flag right before the last
    // word that takes a value means the last word is that value, not a file.
    if words.len() >= 2 && words[words.len() - 2].starts_with("--") {
        let flag = &words[words.len() - 2];
        let is_switch = flag.starts_with("--no-") || flag == "--generate-cli-skeleton";
        if !is_switch {
            return Err(missing());
        }
    }
    Ok(words.pop().unwrap_or_default())
}

/// With `--cli-binary-format base64`, blob members given as text are already base64.
fn take_blobs_as_base64(model: &ServiceModel, operation: &Operation, input: &mut Map<String, Value>) {
    let Some(shape) = operation.input.as_ref().and_then(|reference| model.shape(&reference.shape)) else {
        return;
    };
    for (name, member) in &shape.members {
        if model.shape(&member.shape).is_some_and(|member_shape| member_shape.kind == Kind::Blob)
            && let Some(Value::String(encoded)) = input.get_mut(name)
            && let Ok(text) = aws_smithy_types::base64::decode(encoded.as_str())
            && let Ok(text) = String::from_utf8(text)
        {
            *encoded = text;
        }
    }
}

/// Write a raw answer to its file (atomically), or to stdout for `-`.
fn write_payload(ctx: &Ctx, outfile: &str, body: &[u8], member: &str) -> Result<()> {
    if outfile == "-" {
        return ctx.output.write_stdout(body);
    }
    let path = std::path::Path::new(outfile);
    crate::files::write_bytes_atomically(path, body, true).map_err(|error| {
        Failure::other(
            "io",
            format!("cannot write the {member} to {outfile}: {}", crate::error::io_reason(&error)),
        )
    })
}
