//! Action group schemas: validation of CreateAgentActionGroup input (executor, OpenAPI payload,
//! function schema) and the operations an agent can call, with their parameters, so that
//! InvokeAgent can tell when an input names one of them.

use serde_json::{Map, Value};

use super::super::errors::ServiceError;
use super::super::resources;

const PARAMETER_TYPES: &[&str] = &["string", "number", "integer", "boolean", "array"];
const METHODS: &[&str] = &["get", "put", "post", "delete", "patch", "head", "options"];

/// An operation of an action group.
#[derive(Debug, Clone, PartialEq)]
pub struct Operation {
    /// Function name, or None for an API operation.
    pub function: Option<String>,
    pub method: String,
    pub path: String,
    /// Names the input may use for the operation (function name, operationId, path).
    pub names: Vec<String>,
    /// Parameters: name and type.
    pub parameters: Vec<(String, String)>,
}

/// Parse an OpenAPI payload (JSON or YAML).
pub fn parse_openapi(payload: &str) -> Result<Value, String> {
    let value: Value = match serde_json::from_str(payload) {
        Ok(value) => value,
        Err(json_error) => serde_norway::from_str(payload).map_err(|yaml_error| {
            if payload.trim_start().starts_with('{') {
                format!("invalid JSON: {json_error}")
            } else {
                format!("invalid YAML: {yaml_error}")
            }
        })?,
    };
    let Value::Object(document) = &value else {
        return Err("the schema is not an object".to_string());
    };
    match document.get("openapi").and_then(Value::as_str) {
        Some(version) if version.starts_with("3.") => {}
        Some(version) => return Err(format!("openapi: version {version} is not supported (use 3.0.x)")),
        None => return Err("openapi: the version field is missing".to_string()),
    }
    let paths = document.get("paths").and_then(Value::as_object).ok_or("paths: missing or not an object")?;
    for (path, item) in paths {
        let item = item.as_object().ok_or_else(|| format!("paths.{path}: not an object"))?;
        for (method, operation) in item {
            if !METHODS.contains(&method.as_str()) {
                continue;
            }
            let operation =
                operation.as_object().ok_or_else(|| format!("paths.{path}.{method}: not an object"))?;
            if !operation.contains_key("responses") {
                return Err(format!("paths.{path}.{method}.responses: missing"));
            }
        }
    }
    Ok(value)
}

/// Validate an action group's configurable members, as the service does.
pub fn check_action_group(body: &Map<String, Value>) -> Result<(), ServiceError> {
    resources::check_name(resources::required(body, "actionGroupName")?, "actionGroupName")?;
    resources::check_description(body, 200)?;
    if body.get("parentActionGroupSignature").is_some() {
        return Ok(());
    }
    match body.get("actionGroupExecutor") {
        Some(Value::Object(executor)) => {
            let lambda = executor.get("lambda").and_then(Value::as_str);
            let control = executor.get("customControl").and_then(Value::as_str);
            match (lambda, control) {
                (Some(arn), None) if arn.starts_with("arn:") && arn.contains(":lambda:") => {}
                (None, Some("RETURN_CONTROL")) => {}
                _ => {
                    return Err(ServiceError::validation(
                        "actionGroupExecutor must set either lambda (a Lambda function ARN) or customControl RETURN_CONTROL.",
                    ));
                }
            }
        }
        _ => return Err(ServiceError::validation("actionGroupExecutor is required for this action group.")),
    }
    match (body.get("apiSchema"), body.get("functionSchema")) {
        (Some(_), Some(_)) | (None, None) => Err(ServiceError::validation(
            "Specify exactly one of apiSchema and functionSchema for the action group.",
        )),
        (Some(schema), None) => match schema.get("payload").and_then(Value::as_str) {
            Some(payload) => parse_openapi(payload).map(|_| ()).map_err(|reason| {
                ServiceError::validation(format!("Failed to parse the API schema: {reason}"))
            }),
            None if schema.get("s3").is_some() => Ok(()),
            None => Err(ServiceError::validation("apiSchema must set payload or s3.")),
        },
        (None, Some(schema)) => {
            let functions = schema
                .get("functions")
                .and_then(Value::as_array)
                .ok_or_else(|| ServiceError::validation("functionSchema.functions must be a list."))?;
            for (index, function) in functions.iter().enumerate() {
                let name = function.get("name").and_then(Value::as_str).unwrap_or_default();
                resources::check_name(name, &format!("functionSchema.functions.{index}.member.name"))?;
                for (parameter, detail) in
                    function.get("parameters").and_then(Value::as_object).into_iter().flatten()
                {
                    let kind = detail.get("type").and_then(Value::as_str).unwrap_or_default();
                    if !PARAMETER_TYPES.contains(&kind) {
                        return Err(ServiceError::constraint(
                            kind,
                            &format!(
                                "functionSchema.functions.{index}.member.parameters.{parameter}.member.type"
                            ),
                            "Member must satisfy enum value set: [string, number, integer, boolean, array]",
                        ));
                    }
                }
            }
            Ok(())
        }
    }
}

/// The operations of an action group.
pub fn operations(group: &Value) -> Vec<Operation> {
    let mut operations = Vec::new();
    if let Some(functions) = group.pointer("/functionSchema/functions").and_then(Value::as_array) {
        for function in functions {
            let name = function.get("name").and_then(Value::as_str).unwrap_or_default().to_string();
            let parameters = function
                .get("parameters")
                .and_then(Value::as_object)
                .map(|parameters| {
                    parameters
                        .iter()
                        .map(|(key, detail)| {
                            (
                                key.clone(),
                                detail.get("type").and_then(Value::as_str).unwrap_or("string").to_string(),
                            )
                        })
                        .collect()
                })
                .unwrap_or_default();
            operations.push(Operation {
                function: Some(name.clone()),
                method: String::new(),
                path: String::new(),
                names: vec![name],
                parameters,
            });
        }
    }
    if let Some(payload) = group.pointer("/apiSchema/payload").and_then(Value::as_str)
        && let Ok(document) = parse_openapi(payload)
    {
        for (path, item) in document.get("paths").and_then(Value::as_object).into_iter().flatten() {
            for (method, operation) in item.as_object().into_iter().flatten() {
                if !METHODS.contains(&method.as_str()) {
                    continue;
                }
                let mut names = vec![path.clone()];
                if let Some(id) = operation.get("operationId").and_then(Value::as_str) {
                    names.insert(0, id.to_string());
                }
                let mut parameters: Vec<(String, String)> = operation
                    .get("parameters")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .filter_map(|parameter| {
                        let name = parameter.get("name").and_then(Value::as_str)?;
                        let kind =
                            parameter.pointer("/schema/type").and_then(Value::as_str).unwrap_or("string");
                        Some((name.to_string(), kind.to_string()))
                    })
                    .collect();
                if let Some(properties) = operation
                    .pointer("/requestBody/content/application~1json/schema/properties")
                    .and_then(Value::as_object)
                {
                    for (name, detail) in properties {
                        let kind = detail.get("type").and_then(Value::as_str).unwrap_or("string");
                        parameters.push((name.clone(), kind.to_string()));
                    }
                }
                operations.push(Operation {
                    function: None,
                    method: method.clone(),
                    path: path.clone(),
                    names,
                    parameters,
                });
            }
        }
    }
    operations
}

/// Letters and digits only, lower case: how names are compared with an input.
pub fn normalise(text: &str) -> String {
    text.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_lowercase()).collect()
}

/// The value given for a parameter in an input: `name=value`, `name: value` or `name is value`
/// (a quoted value may hold spaces).
pub fn parameter_value(input: &str, name: &str) -> Option<String> {
    let lower = input.to_lowercase();
    let wanted = name.to_lowercase();
    let mut search_from = 0;
    while let Some(found) = lower[search_from..].find(&wanted) {
        let start = search_from + found;
        let end = start + wanted.len();
        search_from = end;
        let before_ok =
            start == 0 || !lower[..start].chars().last().is_some_and(|c| c.is_alphanumeric() || c == '_');
        if !before_ok {
            continue;
        }
        let rest = &input[end..];
        let trimmed = rest.trim_start();
        let value = if let Some(after) = trimmed.strip_prefix('=').or_else(|| trimmed.strip_prefix(':')) {
            after.trim_start()
        } else if let Some(after) = trimmed.strip_prefix("is ") {
            after.trim_start()
        } else {
            continue;
        };
        let value = if let Some(quoted) = value.strip_prefix('"') {
            quoted.split('"').next().unwrap_or_default().to_string()
        } else {
            value
                .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
                .next()
                .unwrap_or_default()
                .trim_end_matches(['.', '?', '!'])
                .to_string()
        };
        if !value.is_empty() {
            return Some(value);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn openapi_errors_say_where() {
        assert!(parse_openapi("{\"openapi\": \"3.0.0\", \"paths\": {}}").is_ok());
        assert!(
            parse_openapi("openapi: 3.0.0\npaths:\n  /weather:\n    get:\n      responses: {}\n").is_ok()
        );
        assert!(parse_openapi("{\"paths\": {}}").unwrap_err().contains("openapi"));
        let error =
            parse_openapi("{\"openapi\": \"3.0.0\", \"paths\": {\"/w\": {\"get\": {}}}}").unwrap_err();
        assert_eq!(error, "paths./w.get.responses: missing");
        assert!(parse_openapi("{\"openapi\": ").unwrap_err().contains("line 1"));
    }

    #[test]
    fn operations_and_parameters_are_found() {
        let group = json!({"functionSchema": {"functions": [{"name": "getWeather", "parameters": {"city": {"type": "string", "required": true}}}]}});
        let found = operations(&group);
        assert_eq!(found[0].function.as_deref(), Some("getWeather"));
        assert_eq!(found[0].parameters, vec![("city".to_string(), "string".to_string())]);
        assert_eq!(
            parameter_value("call getWeather with city=Paris please", "city").as_deref(),
            Some("Paris")
        );
        assert_eq!(parameter_value("city: \"New York\"", "city").as_deref(), Some("New York"));
        assert_eq!(parameter_value("the city is Oslo.", "city").as_deref(), Some("Oslo"));
        assert_eq!(parameter_value("velocity=3", "city"), None);
        let api = json!({"apiSchema": {"payload": "{\"openapi\": \"3.0.0\", \"paths\": {\"/orders/{orderId}\": {\"get\": {\"operationId\": \"getOrder\", \"parameters\": [{\"name\": \"orderId\", \"in\": \"path\", \"schema\": {\"type\": \"string\"}}], \"responses\": {}}}}}"}});
        let found = operations(&api);
        assert_eq!(found[0].names[0], "getOrder");
        assert_eq!(found[0].method, "get");
    }
}
