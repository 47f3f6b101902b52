//! TEMPORARY (not committed): a minimal stand-in until the real argument parser lands.
use super::model::{Kind, Operation, ServiceModel};
use crate::error::{Failure, Result};
use serde_json::{Map, Value};
pub enum Request {
    Send { input: Map<String, Value>, paging_members_given: bool },
    Skeleton(String),
}
pub fn parse(
    model: &'static ServiceModel,
    operation: &'static Operation,
    words: &[String],
) -> Result<Request> {
    let mut input = Map::new();
    let shape = operation.input.as_ref().and_then(|r| model.shape(&r.shape));
    let mut i = 0;
    while i < words.len() {
        let w = &words[i];
        if w == "--cli-input-json" {
            let v: Value = serde_json::from_str(&words[i + 1]).map_err(|e| Failure::usage(e.to_string()))?;
            if let Value::Object(o) = v {
                input.extend(o);
            }
            i += 2;
            continue;
        }
        let name = w.trim_start_matches("--");
        let Some(shape) = shape else { return Err(Failure::usage("no input")) };
        let Some((member_name, member)) =
            shape.members.iter().find(|(n, _)| super::names::cli_name(n) == name)
        else {
            return Err(Failure::usage(format!("unknown {w}")));
        };
        let kind = model.shape(&member.shape).map(|s| s.kind);
        let raw = words.get(i + 1).cloned().unwrap_or_default();
        let value = match kind {
            Some(Kind::Integer | Kind::Long) => Value::from(raw.parse::<i64>().unwrap_or(0)),
            Some(Kind::Boolean) => Value::Bool(raw == "true"),
            Some(Kind::Blob) => Value::String(aws_smithy_types::base64::encode(&raw)),
            Some(Kind::String | Kind::Timestamp) => Value::String(raw),
            _ => serde_json::from_str(&raw).map_err(|e| Failure::usage(e.to_string()))?,
        };
        input.insert(member_name.clone(), value);
        i += 2;
    }
    Ok(Request::Send { input, paging_members_given: false })
}
