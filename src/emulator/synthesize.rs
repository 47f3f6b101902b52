//! Values the emulator makes up where a model requires a member it has nothing stored for: a
//! string that matches the member's pattern (generated from the regex itself, so even the
//! models' long ARN patterns are satisfied), within its length bounds, the first value of an
//! enum, a number in range, a timestamp, or a structure with its required members. Used by the
//! generic resource store so that every answer is valid against its output shape.

use regex_syntax::hir::{Class, Hir, HirKind};
use serde_json::{Map, Value};

use crate::api::model::{Kind, ServiceModel, Shape};

/// Whether `text` satisfies a Smithy pattern (the validator's own matcher).
pub fn matches_pattern(pattern: &str, text: &str) -> bool {
    crate::api::validate::matches_pattern(pattern, text)
}

/// A string that matches `pattern`: each class gives a readable character it allows, each
/// repetition its minimum, each alternation its first branch.
pub fn string_for_pattern(pattern: &str) -> Option<String> {
    strings_for_pattern(pattern).into_iter().next()
}

/// Strings that match `pattern`: the shortest first, then one where optional parts are taken.
fn strings_for_pattern(pattern: &str) -> Vec<String> {
    let Ok(hir) = regex_syntax::ParserBuilder::new().build().parse(pattern) else { return Vec::new() };
    let mut candidates: Vec<String> = [(false, false), (true, false), (false, true), (true, true)]
        .into_iter()
        .map(|(take_optional, avoid_empty)| {
            let mut out = String::new();
            generate(&hir, &mut out, take_optional, avoid_empty);
            out
        })
        .filter(|out| matches_pattern(pattern, out))
        .collect();
    // An empty string reads worst: any other candidate comes first.
    candidates.sort_by_key(String::is_empty);
    candidates.dedup();
    candidates
}

fn generate(hir: &Hir, out: &mut String, take_optional: bool, avoid_empty: bool) {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => {}
        HirKind::Literal(literal) => out.push_str(&String::from_utf8_lossy(&literal.0)),
        HirKind::Class(class) => out.push(class_character(class)),
        HirKind::Repetition(repetition) => {
            let count = if take_optional && repetition.min == 0 && repetition.max.is_none_or(|max| max > 0) {
                1
            } else {
                repetition.min
            };
            for _ in 0..count {
                generate(&repetition.sub, out, take_optional, avoid_empty);
            }
        }
        HirKind::Capture(capture) => generate(&capture.sub, out, take_optional, avoid_empty),
        HirKind::Concat(parts) => {
            for part in parts {
                generate(part, out, take_optional, avoid_empty);
            }
        }
        HirKind::Alternation(branches) => {
            // The first branch that is not empty reads best (`arn:aws(|-cn)` → `arn:aws`).
            // (or, to avoid an empty string, the first branch that writes something).
            for branch in branches {
                let mut written = String::new();
                generate(branch, &mut written, take_optional, avoid_empty);
                if !avoid_empty || !written.is_empty() {
                    out.push_str(&written);
                    break;
                }
            }
        }
    }
}

/// A readable character of a class: a lower-case letter, then a digit, then anything it allows.
fn class_character(class: &Class) -> char {
    let allowed = |candidate: char| match class {
        Class::Unicode(unicode) => {
            unicode.ranges().iter().any(|range| range.start() <= candidate && candidate <= range.end())
        }
        Class::Bytes(bytes) => {
            let byte = candidate as u32;
            byte < 256
                && bytes
                    .ranges()
                    .iter()
                    .any(|range| u32::from(range.start()) <= byte && byte <= u32::from(range.end()))
        }
    };
    for candidate in ['a', 'b', 'c', 'x', '0', '1', 'A', '-', '_', '.'] {
        if allowed(candidate) {
            return candidate;
        }
    }
    match class {
        Class::Unicode(unicode) => unicode.ranges().first().map(|range| range.start()).unwrap_or('a'),
        Class::Bytes(bytes) => bytes.ranges().first().map(|range| range.start() as char).unwrap_or('a'),
    }
}

/// Fit a string into a shape's length bounds (padding with its last character, or cutting).
fn fit_length(mut text: String, shape: &Shape) -> String {
    let minimum = shape.min.unwrap_or(0.0).max(0.0) as usize;
    let maximum = shape.max.map(|max| max as usize);
    while text.chars().count() < minimum {
        let pad = text.chars().last().unwrap_or('a');
        text.push(pad);
    }
    if let Some(maximum) = maximum
        && text.chars().count() > maximum
    {
        text = text.chars().take(maximum).collect();
    }
    text
}

/// A string for a string shape: `preferred` when it is valid, else one made from the shape.
pub fn string_for(shape: &Shape, preferred: Option<&str>) -> String {
    if !shape.enumeration.is_empty() {
        if let Some(preferred) =
            preferred.filter(|preferred| shape.enumeration.iter().any(|value| value == preferred))
        {
            return preferred.to_string();
        }
        return shape.enumeration[0].clone();
    }
    let valid = |text: &str| {
        let length = text.chars().count() as f64;
        shape.min.is_none_or(|min| length >= min)
            && shape.max.is_none_or(|max| length <= max)
            && shape.pattern.as_deref().is_none_or(|pattern| matches_pattern(pattern, text))
    };
    if let Some(preferred) = preferred
        && valid(preferred)
    {
        return preferred.to_string();
    }
    if let Some(pattern) = &shape.pattern {
        for generated in strings_for_pattern(pattern) {
            let fitted = fit_length(generated, shape);
            if valid(&fitted) {
                return fitted;
            }
        }
    }
    fit_length(preferred.unwrap_or("emulated").to_string(), shape)
}

/// A value for any shape with only what it requires; `now` fills timestamps.
pub fn value_for(model: &ServiceModel, shape: &Shape, now: &str, depth: usize) -> Value {
    match shape.kind {
        Kind::String => Value::String(string_for(shape, None)),
        Kind::Integer | Kind::Long => Value::from(shape.min.unwrap_or(0.0).max(0.0) as i64),
        Kind::Float | Kind::Double => serde_json::Number::from_f64(shape.min.unwrap_or(0.0))
            .map(Value::Number)
            .unwrap_or(Value::from(0)),
        Kind::Boolean => Value::Bool(false),
        Kind::Timestamp => Value::String(now.to_string()),
        Kind::Blob => Value::String(String::new()),
        Kind::List => {
            let minimum = shape.min.unwrap_or(0.0) as usize;
            let element = shape.member.as_ref().and_then(|member| model.shape(&member.shape));
            match element {
                Some(element) if minimum > 0 && depth < 8 => {
                    Value::Array((0..minimum).map(|_| value_for(model, element, now, depth + 1)).collect())
                }
                _ => Value::Array(Vec::new()),
            }
        }
        Kind::Map => {
            let minimum = shape.min.unwrap_or(0.0) as usize;
            let key = shape.key.as_ref().and_then(|member| model.shape(&member.shape));
            let value = shape.value.as_ref().and_then(|member| model.shape(&member.shape));
            let mut object = Map::new();
            if let (Some(key), Some(value)) = (key, value)
                && depth < 8
            {
                for index in 0..minimum {
                    let name = match index {
                        0 => string_for(key, None),
                        _ => string_for(key, Some(&format!("key{index}"))),
                    };
                    object.insert(name, value_for(model, value, now, depth + 1));
                }
            }
            Value::Object(object)
        }
        Kind::Structure if shape.document => Value::Object(Map::new()),
        Kind::Structure if shape.union => {
            let mut object = Map::new();
            // Exactly one member: a scalar one where the union has one, else its first.
            let scalar = shape.members.iter().find(|(_, member)| {
                model
                    .shape(&member.shape)
                    .is_some_and(|member_shape| member_shape.kind != Kind::Structure || member_shape.document)
            });
            if let Some((name, member)) = scalar.or_else(|| shape.members.iter().next())
                && let Some(member_shape) = model.shape(&member.shape)
            {
                object.insert(name.clone(), value_for(model, member_shape, now, depth + 1));
            }
            Value::Object(object)
        }
        Kind::Structure => {
            let mut object = Map::new();
            if depth < 8 {
                for name in &shape.required {
                    if let Some(member_shape) =
                        shape.members.get(name).and_then(|member| model.shape(&member.shape))
                    {
                        object.insert(name.clone(), value_for(model, member_shape, now, depth + 1));
                    }
                }
            }
            Value::Object(object)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::model::Service;

    #[test]
    fn every_pattern_of_the_models_yields_a_matching_string() {
        let mut unreadable = Vec::new();
        for service in Service::ALL {
            let model = service.model();
            for name in model.shape_names() {
                let shape = model.shape(name).unwrap();
                if shape.kind != Kind::String || shape.pattern.is_none() || !shape.enumeration.is_empty() {
                    continue;
                }
                let text = string_for(shape, None);
                let pattern = shape.pattern.as_deref().unwrap();
                if regex::Regex::new(pattern).is_err() {
                    unreadable.push(name);
                    continue;
                }
                assert!(
                    matches_pattern(pattern, &text),
                    "{} {name}: {text:?} does not match {pattern}",
                    service.name()
                );
                let length = text.chars().count() as f64;
                assert!(shape.min.is_none_or(|min| length >= min), "{name}: {text:?} too short");
                assert!(shape.max.is_none_or(|max| length <= max), "{name}: {text:?} too long");
            }
        }
        // Only patterns with look-arounds, which the regex crate does not support.
        assert!(unreadable.len() <= 3, "patterns the regex crate cannot read: {unreadable:?}");
    }

    #[test]
    fn arn_patterns_give_arns() {
        let text =
            string_for_pattern("^arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:agent/[0-9a-zA-Z]{10}$")
                .unwrap();
        assert_eq!(text, "arn:aws:bedrock:a:000000000000:agent/aaaaaaaaaa");
    }
}
