//! The generic verbs of the curated resource commands (list, get, delete, stop, wait): one
//! implementation over the model-driven core (`crate::api::call`), driven by a declarative
//! [`Resource`] table each resource file states once. They print the same JSON `bedrock api`
//! prints for the same operation.

use std::time::Duration;

use aws_smithy_types::date_time::Format;
use serde_json::{Map, Value};

use super::operation::{ListFilters, SortDirection};
use super::wait::{self, Target};
use crate::api::call::{call, call_paged};
use crate::api::model::Service;
use crate::context::Ctx;
use crate::error::Result;
use crate::output::{Column, View};

/// A resource of the curated commands, as its operations and views.
#[derive(Debug)]
pub struct Resource {
    pub service: Service,
    /// How messages name one ("import job").
    pub what: &'static str,
    /// The command group ("import-jobs"), for hints that name a command.
    pub command: &'static str,
    /// The Get operation and its identifier member.
    pub get: &'static str,
    pub identifier: &'static str,
    /// Where the resource is in the Get document ("" for the whole document, "knowledgeBase").
    pub record: &'static str,
    pub fields: &'static [Column],
    /// The List operation, its result list and columns.
    pub list: &'static str,
    pub list_key: &'static str,
    pub columns: &'static [Column],
    /// The Delete and Stop operations, if the resource has them (same identifier member).
    pub delete: Option<&'static str>,
    pub stop: Option<&'static str>,
    /// The waiter: the status (dotted path in the Get document), the statuses that end a wait
    /// well or badly, and the members holding a failure's reasons.
    pub status: &'static str,
    pub success: &'static [&'static str],
    pub failure: &'static [&'static str],
    pub reasons: &'static [&'static str],
}

/// Members naming a resource's parents (`knowledgeBaseId`), for nested resources.
pub type Parents = Vec<(&'static str, String)>;

fn input_of(parents: &Parents) -> Map<String, Value> {
    parents.iter().map(|(member, value)| ((*member).to_string(), Value::String(value.clone()))).collect()
}

impl Resource {
    /// The resource's Get document.
    pub async fn fetch(&self, ctx: &Ctx, parents: &Parents, identifier: &str) -> Result<Value> {
        let mut input = input_of(parents);
        input.insert(self.identifier.to_string(), Value::String(identifier.to_string()));
        call(ctx, self.service, self.get, input).await
    }

    /// Print a Get document as a record.
    pub fn show(&self, ctx: &Ctx, document: &Value) -> Result<()> {
        ctx.output.document(document, &View::Record { record: self.record, fields: self.fields })
    }

    /// `get`: fetch and print.
    pub async fn get(&self, ctx: &Ctx, parents: &Parents, identifier: &str) -> Result<()> {
        let document = self.fetch(ctx, parents, identifier).await?;
        self.show(ctx, &document)
    }

    /// `list`: every page merged (with `--max-items` and friends), printed as rows. `input`
    /// holds the filters.
    pub async fn list(&self, ctx: &Ctx, parents: &Parents, mut input: Map<String, Value>) -> Result<()> {
        input.extend(input_of(parents));
        let document = call_paged(ctx, self.service, self.list, input).await?;
        ctx.output.document(&document, &View::Rows { rows: self.list_key, columns: self.columns })
    }

    /// `delete`: after a confirmation (or `--yes`).
    pub async fn delete(&self, ctx: &Ctx, parents: &Parents, identifier: &str, yes: bool) -> Result<Value> {
        let operation = self.delete.unwrap_or("Delete");
        crate::output::confirm(&ctx.output, &format!("Delete {} {identifier}?", self.what), yes)?;
        let mut input = input_of(parents);
        input.insert(self.identifier.to_string(), Value::String(identifier.to_string()));
        let document = call(ctx, self.service, operation, input).await?;
        ctx.output.info(&format!("deleted {} {identifier}", self.what));
        Ok(document)
    }

    /// `stop`: ask the service to stop it.
    pub async fn stop(&self, ctx: &Ctx, parents: &Parents, identifier: &str) -> Result<()> {
        let operation = self.stop.unwrap_or("Stop");
        let mut input = input_of(parents);
        input.insert(self.identifier.to_string(), Value::String(identifier.to_string()));
        call(ctx, self.service, operation, input).await?;
        ctx.output.info(&format!(
            "stopping {} {identifier} (`bedrock {} wait {identifier}` waits for it)",
            self.what, self.command
        ));
        Ok(())
    }

    /// `wait`: poll Get until the status is final (254 with the reason when it failed).
    pub async fn wait(
        &self,
        ctx: &Ctx,
        parents: &Parents,
        identifier: &str,
        timeout: Option<Duration>,
    ) -> Result<Value> {
        self.wait_named(ctx, parents, identifier, identifier, timeout).await
    }

    /// [`Resource::wait`] for a resource named in messages by `name` (its name rather than the
    /// ARN it is polled by).
    pub async fn wait_named(
        &self,
        ctx: &Ctx,
        parents: &Parents,
        identifier: &str,
        name: &str,
        timeout: Option<Duration>,
    ) -> Result<Value> {
        let target = Target {
            what: format!("{} {name}", self.what),
            get_command: format!("bedrock {} get {identifier}", self.command),
            status: self.status,
            success: self.success,
            failure: self.failure,
            reason: self.reasons,
        };
        wait::until_done(ctx, &target, timeout, || self.fetch(ctx, parents, identifier)).await
    }
}

/// Send a create (or any) operation with a prepared input document, returning the answer.
pub async fn send(ctx: &Ctx, service: Service, operation: &str, input: Value) -> Result<Value> {
    let input = match input {
        Value::Object(members) => members,
        _ => Map::new(),
    };
    call(ctx, service, operation, input).await
}

/// The standard list filters as the members most list operations take.
pub fn filter_members(filters: &ListFilters) -> Result<Map<String, Value>> {
    filter_members_as(filters, "creationTimeAfter", "creationTimeBefore")
}

/// [`filter_members`] for operations whose time filters have other names (`submitTimeAfter`).
pub fn filter_members_as(filters: &ListFilters, after: &str, before: &str) -> Result<Map<String, Value>> {
    let mut input = Map::new();
    if let Some(text) = &filters.name_contains {
        input.insert("nameContains".into(), Value::String(text.clone()));
    }
    for (member, time) in [(after, filters.after()?), (before, filters.before()?)] {
        if let Some(time) = time
            && let Ok(text) = time.fmt(Format::DateTime)
        {
            input.insert(member.into(), Value::String(text));
        }
    }
    if let Some(order) = filters.sort_order {
        let order = match order {
            SortDirection::Ascending => "Ascending",
            SortDirection::Descending => "Descending",
        };
        input.insert("sortOrder".into(), Value::String(order.into()));
    }
    Ok(input)
}

/// A member set when its flag was given.
pub fn optional(input: &mut Map<String, Value>, member: &str, value: &Option<String>) {
    if let Some(value) = value {
        input.insert(member.to_string(), Value::String(value.clone()));
    }
}
