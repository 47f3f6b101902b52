//! Step Functions and IAM export: the Task state that makes the same call as a command
//! (`--emit-sfn-task`), and the least-privilege IAM policies of the Step Functions guide for
//! InvokeModel and CreateModelCustomizationJob (`bedrock iam-policy`). Pure functions of their
//! inputs, so the documents can be compared with the guide's examples.

use serde_json::{Map, Value, json};

use crate::models::Family;

/// Where the generated text sits in a model family's InvokeModel response, as the JSONPath a
/// Task state's `ResultSelector` reads (`$.Body.…`). `body` is the request, which tells a
/// Mistral chat request from a completion.
pub fn text_result_path(family: Family, body: &Value) -> Option<&'static str> {
    Some(match family {
        Family::TitanText => "$.Body.results[0].outputText",
        Family::AnthropicCompletions => "$.Body.completion",
        Family::AnthropicMessages => "$.Body.content[0].text",
        Family::Ai21Jurassic => "$.Body.completions[0].data.text",
        Family::CohereCommand => "$.Body.generations[0].text",
        Family::CohereCommandR => "$.Body.text",
        Family::Llama2 | Family::Llama3 => "$.Body.generation",
        Family::Mistral if body.get("messages").is_some() => "$.Body.choices[0].message.content",
        Family::Mistral => "$.Body.outputs[0].text",
        Family::Nova => "$.Body.output.message.content[0].text",
        Family::DeepSeek => "$.Body.choices[0].text",
        Family::OpenAi | Family::Writer => "$.Body.choices[0].message.content",
        Family::TitanEmbedText | Family::TitanEmbedTextV2 | Family::TitanEmbedImage => "$.Body.embedding",
        Family::CohereEmbed => "$.Body.embeddings",
        Family::TitanImage => "$.Body.images",
        Family::StabilitySdxl => "$.Body.artifacts",
        Family::StableImage => "$.Body.images",
    })
}

/// The Task state for InvokeModel (`arn:aws:states:::bedrock:invokeModel`) with this model and
/// body; a JSON body is embedded as an object, anything else as a string.
pub fn invoke_model_task(
    model_id: &str,
    body: &[u8],
    content_type: &str,
    accept: &str,
    family: Option<Family>,
) -> Value {
    let body: Value = serde_json::from_slice(body)
        .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(body).into_owned()));
    let mut task = json!({
        "Type": "Task",
        "Resource": "arn:aws:states:::bedrock:invokeModel",
        "Parameters": {
            "ModelId": model_id,
            "Body": body,
            "ContentType": content_type,
            "Accept": accept,
        },
    });
    if let Some(path) = family.and_then(|family| text_result_path(family, &task["Parameters"]["Body"])) {
        task["ResultSelector"] = json!({ "result.$": path });
    }
    task["End"] = json!(true);
    task
}

/// An API input with Step Functions' member names: the first letter of every member capitalised
/// (`baseModelIdentifier` → `BaseModelIdentifier`, `s3Uri` → `S3Uri`), except inside the map
/// members named in `maps` (whose keys are the caller's, like hyperparameter names).
pub fn pascal_case_members(value: &Value, maps: &[&str]) -> Value {
    match value {
        Value::Object(object) => Value::Object(
            object
                .iter()
                .map(|(key, member)| {
                    let mut characters = key.chars();
                    let renamed = match characters.next() {
                        Some(first) => first.to_ascii_uppercase().to_string() + characters.as_str(),
                        None => String::new(),
                    };
                    let converted = if maps.contains(&key.as_str()) {
                        member.clone()
                    } else {
                        pascal_case_members(member, maps)
                    };
                    (renamed, converted)
                })
                .collect(),
        ),
        Value::Array(items) => {
            Value::Array(items.iter().map(|item| pascal_case_members(item, maps)).collect())
        }
        other => other.clone(),
    }
}

/// The Task state for CreateModelCustomizationJob, with `.sync` to wait for the job.
pub fn customization_task(parameters: &Map<String, Value>, sync: bool) -> Value {
    let resource = if sync {
        "arn:aws:states:::bedrock:createModelCustomizationJob.sync"
    } else {
        "arn:aws:states:::bedrock:createModelCustomizationJob"
    };
    json!({"Type": "Task", "Resource": resource, "Parameters": Value::Object(parameters.clone()), "End": true})
}

/// What a model identifier names, for a policy's Resource.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ModelResource {
    /// Any foundation model (and, for InvokeModel, any provisioned model): `*`.
    All,
    /// A foundation model by id.
    Foundation(String),
    /// A system-defined cross-region inference profile (`us.…`): the profile, and its model in
    /// every region it routes to.
    Profile { profile_id: String, model_id: String },
    /// An ARN of the caller's own (provisioned model, custom model, application profile, …).
    Arn(String),
}

/// Classify a model identifier (already resolved from aliases).
pub fn model_resource(identifier: &str) -> ModelResource {
    if identifier == "*" {
        return ModelResource::All;
    }
    if let Some(resource) = identifier.strip_prefix("arn:") {
        if let Some(model_id) = resource.split("foundation-model/").nth(1)
            && resource.contains(":bedrock:")
        {
            return ModelResource::Foundation(model_id.to_string());
        }
        return ModelResource::Arn(identifier.to_string());
    }
    if let Some(model_id) = crate::models::profile_model_id(identifier) {
        return ModelResource::Profile { profile_id: identifier.to_string(), model_id: model_id.to_string() };
    }
    ModelResource::Foundation(identifier.to_string())
}

fn foundation_arn(region: &str, model_id: &str) -> String {
    format!("arn:aws:bedrock:{region}::foundation-model/{model_id}")
}

fn statement(sid: &str, actions: &[&str], resources: Vec<String>) -> Value {
    json!({"Effect": "Allow", "Sid": sid, "Action": actions, "Resource": resources})
}

fn policy(statements: Vec<Value>) -> Value {
    json!({"Version": "2012-10-17", "Statement": statements})
}

/// The policy for InvokeModel on these models (and InvokeModelWithResponseStream with `stream`).
pub fn invoke_policy(models: &[ModelResource], region: &str, account: &str, stream: bool) -> Value {
    let mut resources = Vec::new();
    for model in models {
        let arns = match model {
            ModelResource::All => vec![
                format!("arn:aws:bedrock:{region}::foundation-model/*"),
                format!("arn:aws:bedrock:{region}:{account}:provisioned-model/*"),
            ],
            ModelResource::Foundation(model_id) => vec![foundation_arn(region, model_id)],
            ModelResource::Profile { profile_id, model_id } => vec![
                format!("arn:aws:bedrock:{region}:{account}:inference-profile/{profile_id}"),
                format!("arn:aws:bedrock:*::foundation-model/{model_id}"),
            ],
            ModelResource::Arn(arn) => vec![arn.clone()],
        };
        for arn in arns {
            if !resources.contains(&arn) {
                resources.push(arn);
            }
        }
    }
    let actions: &[&str] = if stream {
        &["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"]
    } else {
        &["bedrock:InvokeModel"]
    };
    policy(vec![statement("InvokeModel1", actions, resources)])
}

/// The policy for CreateModelCustomizationJob from a base model, passing `role_arn`; `sync`
/// adds what `.sync` needs to follow the job (Get and Stop).
pub fn customize_policy(
    base: &ModelResource,
    region: &str,
    account: &str,
    role_arn: &str,
    sync: bool,
) -> Value {
    let mut resources = match base {
        ModelResource::All => vec![format!("arn:aws:bedrock:{region}::foundation-model/*")],
        ModelResource::Foundation(model_id) | ModelResource::Profile { model_id, .. } => {
            vec![foundation_arn(region, model_id)]
        }
        ModelResource::Arn(_) => Vec::new(),
    };
    resources.push(format!("arn:aws:bedrock:{region}:{account}:custom-model/*"));
    resources.push(format!("arn:aws:bedrock:{region}:{account}:model-customization-job/*"));
    let mut statements =
        vec![statement("CreateModelCustomizationJob1", &["bedrock:CreateModelCustomizationJob"], resources)];
    if sync {
        statements.push(statement(
            "CreateModelCustomizationJob2",
            &["bedrock:GetModelCustomizationJob", "bedrock:StopModelCustomizationJob"],
            vec![format!("arn:aws:bedrock:{region}:{account}:model-customization-job/*")],
        ));
    }
    let sid = format!("CreateModelCustomizationJob{}", statements.len() + 1);
    statements.push(statement(&sid, &["iam:PassRole"], vec![role_arn.to_string()]));
    policy(statements)
}

/// An object in S3 (`key`), or a prefix of objects (`key` is the prefix, maybe empty).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct S3Location {
    pub bucket: String,
    pub key: String,
}

/// What each line of the records file is, as the Distributed Map's ItemProcessor reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordFormat {
    /// `{"prompt": "...", ...}`: the body is the family's, built around the line's prompt.
    Prompt,
    /// A batch inference record, `{"recordId": ..., "modelInput": {...}}`: the body is `modelInput`.
    Batch,
}

/// The kind of child workflow executions a Distributed Map runs its items in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExecutionType {
    Standard,
    Express,
}

impl ExecutionType {
    fn name(self) -> &'static str {
        match self {
            ExecutionType::Standard => "STANDARD",
            ExecutionType::Express => "EXPRESS",
        }
    }
}

/// Everything a Distributed Map state machine over a JSONL records file depends on.
#[derive(Debug, Clone)]
pub struct DistributedMap<'a> {
    pub model_id: &'a str,
    pub family: Family,
    /// The family's request body built for [`PROMPT_PLACEHOLDER`]: the shape each prompt's body
    /// takes (prompt records), and what tells the response's text path (both formats).
    pub placeholder_body: &'a Value,
    pub records: RecordFormat,
    pub input: &'a S3Location,
    pub results: &'a S3Location,
    pub execution_type: ExecutionType,
    pub max_concurrency: u32,
    pub tolerated_failure_percentage: Option<u8>,
    pub max_records: Option<u64>,
}

/// The prompt the family's body builder is given, so the record's prompt can take its place.
pub const PROMPT_PLACEHOLDER: &str = "bedrock-sfn-prompt-placeholder-3f9c2a";

/// Where a prompt record's prompt sits in a child execution's input (see the ItemSelector).
const PROMPT_PATH: &str = "$.record.prompt";

/// The errors of a throttled or not yet ready model: retried with backoff.
const THROTTLING_ERRORS: &[&str] =
    &["Bedrock.ThrottlingException", "Bedrock.ServiceUnavailableException", "Bedrock.ModelNotReadyException"];

/// Transient service errors: retried a few times.
const TRANSIENT_ERRORS: &[&str] = &["Bedrock.InternalServerException", "Bedrock.ModelTimeoutException"];

/// A string for an intrinsic function's literal: `'`, `{`, `}` and `\` escaped with `\`.
fn intrinsic_literal(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for character in text.chars() {
        if matches!(character, '\'' | '{' | '}' | '\\') {
            escaped.push('\\');
        }
        escaped.push(character);
    }
    escaped
}

/// A JSONPath payload template from a request body built around `placeholder`: a member whose
/// value is the placeholder becomes `"member.$": path`, one whose value contains it
/// `"member.$": "States.Format('…{}…', path)"`. Fails when the placeholder is not in the body,
/// or sits where a template cannot put it (an array element, an object key).
pub fn payload_template(body: &Value, placeholder: &str, path: &str) -> std::result::Result<Value, String> {
    fn walk(
        value: &Value,
        placeholder: &str,
        path: &str,
        found: &mut usize,
    ) -> std::result::Result<Value, String> {
        match value {
            Value::Object(object) => {
                let mut template = Map::new();
                for (key, member) in object {
                    if key.contains(placeholder) {
                        return Err("the prompt is in a member name".to_string());
                    }
                    match member {
                        Value::String(text) if text.contains(placeholder) => {
                            *found += 1;
                            let parts: Vec<&str> = text.split(placeholder).collect();
                            let reference = if parts.iter().all(|part| part.is_empty()) && parts.len() == 2 {
                                path.to_string()
                            } else {
                                let format: Vec<String> =
                                    parts.iter().map(|part| intrinsic_literal(part)).collect();
                                let arguments = vec![path; parts.len() - 1].join(", ");
                                format!("States.Format('{}', {arguments})", format.join("{}"))
                            };
                            template.insert(format!("{key}.$"), Value::String(reference));
                        }
                        other => {
                            template.insert(key.clone(), walk(other, placeholder, path, found)?);
                        }
                    }
                }
                Ok(Value::Object(template))
            }
            Value::Array(items) => items
                .iter()
                .map(|item| match item {
                    Value::String(text) if text.contains(placeholder) => {
                        Err("the prompt is an array element".to_string())
                    }
                    other => walk(other, placeholder, path, found),
                })
                .collect::<std::result::Result<Vec<_>, _>>()
                .map(Value::Array),
            other => Ok(other.clone()),
        }
    }
    if !body.is_object() {
        return Err("the request body is not a JSON object".to_string());
    }
    let mut found = 0;
    let template = walk(body, placeholder, path, &mut found)?;
    if found == 0 {
        return Err("the request body does not contain the prompt".to_string());
    }
    Ok(template)
}

/// Retry a throttled model with exponential backoff and full jitter, transient errors a few times.
fn invoke_retriers() -> Value {
    json!([
        {"ErrorEquals": THROTTLING_ERRORS, "IntervalSeconds": 2, "MaxAttempts": 8, "BackoffRate": 2.0,
            "MaxDelaySeconds": 60, "JitterStrategy": "FULL"},
        {"ErrorEquals": TRANSIENT_ERRORS, "IntervalSeconds": 2, "MaxAttempts": 3, "BackoffRate": 2.0,
            "MaxDelaySeconds": 30, "JitterStrategy": "FULL"},
    ])
}

/// A state machine with one Distributed Map state: it reads the records (JSON Lines) from S3,
/// calls InvokeModel once per record in child workflow executions, and writes every child's
/// output to the results prefix. A record whose call fails after the retries is caught and
/// written with an `error` member, so one bad record does not fail the map.
pub fn distributed_map_state_machine(map: &DistributedMap<'_>) -> std::result::Result<Value, String> {
    let body = match map.records {
        RecordFormat::Prompt => {
            ("Body", payload_template(map.placeholder_body, PROMPT_PLACEHOLDER, PROMPT_PATH)?)
        }
        RecordFormat::Batch => ("Body.$", json!("$.record.modelInput")),
    };
    let mut invoke = invoke_model_task(
        map.model_id,
        map.placeholder_body.to_string().as_bytes(),
        "application/json",
        "application/json",
        Some(map.family),
    );
    if let Some(parameters) = invoke["Parameters"].as_object_mut() {
        parameters.remove("Body");
        parameters.insert(body.0.to_string(), body.1);
    }
    if let Some(task) = invoke.as_object_mut() {
        task.remove("End");
        task.insert("ResultPath".to_string(), json!("$.output"));
        task.insert("Retry".to_string(), invoke_retriers());
        task.insert(
            "Catch".to_string(),
            json!([{"ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "RecordFailed"}]),
        );
        task.insert("End".to_string(), json!(true));
    }
    let mut reader_config = json!({"InputType": "JSONL"});
    if let Some(limit) = map.max_records {
        reader_config["MaxItems"] = json!(limit);
    }
    let mut results = json!({"Bucket": map.results.bucket});
    let prefix = map.results.key.trim_end_matches('/');
    if !prefix.is_empty() {
        results["Prefix"] = json!(prefix);
    }
    let mut state = json!({
        "Type": "Map",
        "Comment": "One InvokeModel call per record, in child workflow executions.",
        "ItemReader": {
            "Resource": "arn:aws:states:::s3:getObject",
            "ReaderConfig": reader_config,
            "Parameters": {"Bucket": map.input.bucket, "Key": map.input.key},
        },
        "ItemSelector": {"index.$": "$$.Map.Item.Index", "record.$": "$$.Map.Item.Value"},
        "ItemProcessor": {
            "ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": map.execution_type.name()},
            "StartAt": "InvokeModel",
            "States": {
                "InvokeModel": invoke,
                "RecordFailed": {"Type": "Pass", "Comment": "The call failed: the record's output carries the error.", "End": true},
            },
        },
        "MaxConcurrency": map.max_concurrency,
        "ResultWriter": {
            "Resource": "arn:aws:states:::s3:putObject",
            "Parameters": results,
            "WriterConfig": {"OutputType": "JSONL", "Transformation": "COMPACT"},
        },
        "End": true,
    });
    if let Some(percentage) = map.tolerated_failure_percentage {
        state["ToleratedFailurePercentage"] = json!(percentage);
    }
    Ok(json!({
        "Comment": format!(
            "bedrock batch export-sfn: {} over s3://{}/{}",
            map.model_id, map.input.bucket, map.input.key
        ),
        "StartAt": "InvokeEachRecord",
        "States": {"InvokeEachRecord": state},
    }))
}

/// The least-privilege policy of the role a [`distributed_map_state_machine`] named
/// `state_machine` runs as: InvokeModel on the models, GetObject on the records, the writes of
/// the results under their prefix, and starting and following its own child executions.
pub fn distributed_map_policy(
    models: &[ModelResource],
    region: &str,
    account: &str,
    state_machine: &str,
    input: &S3Location,
    results: &S3Location,
) -> Value {
    let mut statements = match invoke_policy(models, region, account, false).get("Statement") {
        Some(Value::Array(statements)) => statements.clone(),
        _ => Vec::new(),
    };
    let prefix = results.key.trim_end_matches('/');
    let results_arn = if prefix.is_empty() {
        format!("arn:aws:s3:::{}/*", results.bucket)
    } else {
        format!("arn:aws:s3:::{}/{prefix}/*", results.bucket)
    };
    statements.push(statement(
        "ReadRecords",
        &["s3:GetObject"],
        vec![format!("arn:aws:s3:::{}/{}", input.bucket, input.key)],
    ));
    statements.push(statement(
        "WriteResults",
        &["s3:PutObject", "s3:ListMultipartUploadParts", "s3:AbortMultipartUpload"],
        vec![results_arn],
    ));
    statements.push(statement(
        "StartChildExecutions",
        &["states:StartExecution"],
        vec![format!("arn:aws:states:{region}:{account}:stateMachine:{state_machine}")],
    ));
    statements.push(statement(
        "FollowChildExecutions",
        &["states:DescribeExecution", "states:StopExecution"],
        vec![format!("arn:aws:states:{region}:{account}:execution:{state_machine}/*")],
    ));
    policy(statements)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The guide's examples, verbatim (region us-east-2, account 123456789012).
    const GUIDE_INVOKE_FOUNDATION: &str = r#"{ "Version": "2012-10-17", "Statement": [ { "Effect": "Allow", "Sid": "InvokeModel1", "Action": [ "bedrock:InvokeModel" ], "Resource": [ "arn:aws:bedrock:us-east-2::foundation-model/amazon.titan-text-express-v1" ] } ] }"#;
    const GUIDE_INVOKE_PROVISIONED: &str = r#"{ "Version": "2012-10-17", "Statement": [ { "Effect": "Allow", "Sid": "InvokeModel1", "Action": [ "bedrock:InvokeModel" ], "Resource": [ "arn:aws:bedrock:us-east-2:123456789012:provisioned-model/c2oi931ulksx" ] } ] }"#;
    const GUIDE_INVOKE_ALL: &str = r#"{ "Version": "2012-10-17", "Statement": [ { "Effect": "Allow", "Sid": "InvokeModel1", "Action": [ "bedrock:InvokeModel" ], "Resource": [ "arn:aws:bedrock:us-east-2::foundation-model/*", "arn:aws:bedrock:us-east-2:123456789012:provisioned-model/*" ] } ] }"#;
    const GUIDE_CUSTOMIZE_FOUNDATION: &str = r#"{ "Version": "2012-10-17", "Statement": [ { "Effect": "Allow", "Sid": "CreateModelCustomizationJob1", "Action": [ "bedrock:CreateModelCustomizationJob" ], "Resource": [ "arn:aws:bedrock:us-east-2::foundation-model/amazon.titan-text-express-v1", "arn:aws:bedrock:us-east-2:123456789012:custom-model/*", "arn:aws:bedrock:us-east-2:123456789012:model-customization-job/*" ] }, { "Effect": "Allow", "Sid": "CreateModelCustomizationJob2", "Action": [ "iam:PassRole" ], "Resource": [ "arn:aws:iam::123456789012:role/myRole" ] } ] }"#;
    const GUIDE_CUSTOMIZE_ALL_SYNC: &str = r#"{ "Version": "2012-10-17", "Statement": [ { "Effect": "Allow", "Sid": "CreateModelCustomizationJob1", "Action": [ "bedrock:CreateModelCustomizationJob" ], "Resource": [ "arn:aws:bedrock:us-east-2::foundation-model/*", "arn:aws:bedrock:us-east-2:123456789012:custom-model/*", "arn:aws:bedrock:us-east-2:123456789012:model-customization-job/*" ] }, { "Effect": "Allow", "Sid": "CreateModelCustomizationJob2", "Action": [ "bedrock:GetModelCustomizationJob", "bedrock:StopModelCustomizationJob" ], "Resource": [ "arn:aws:bedrock:us-east-2:123456789012:model-customization-job/*" ] }, { "Effect": "Allow", "Sid": "CreateModelCustomizationJob3", "Action": [ "iam:PassRole" ], "Resource": [ "arn:aws:iam::123456789012:role/myRole" ] } ] }"#;
    const GUIDE_CUSTOMIZE_CUSTOM_SYNC: &str = r#"{ "Version": "2012-10-17", "Statement": [ { "Effect": "Allow", "Sid": "CreateModelCustomizationJob1", "Action": [ "bedrock:CreateModelCustomizationJob" ], "Resource": [ "arn:aws:bedrock:us-east-2:123456789012:custom-model/*", "arn:aws:bedrock:us-east-2:123456789012:model-customization-job/*" ] }, { "Effect": "Allow", "Sid": "CreateModelCustomizationJob2", "Action": [ "bedrock:GetModelCustomizationJob", "bedrock:StopModelCustomizationJob" ], "Resource": [ "arn:aws:bedrock:us-east-2:123456789012:model-customization-job/*" ] }, { "Effect": "Allow", "Sid": "CreateModelCustomizationJob3", "Action": [ "iam:PassRole" ], "Resource": [ "arn:aws:iam::123456789012:role/myRole" ] } ] }"#;
    const GUIDE_TASK: &str = r#"{ "Type": "Task", "Resource": "arn:aws:states:::bedrock:invokeModel", "Parameters": { "ModelId": "cohere.command-text-v14", "Body": { "prompt": "hello", "max_tokens": 250 }, "ContentType": "application/json", "Accept": "*/*" }, "ResultSelector": { "result.$": "$.Body.generations[0].text" }, "End": true }"#;

    fn parse(text: &str) -> Value {
        serde_json::from_str(text).unwrap()
    }

    const REGION: &str = "us-east-2";
    const ACCOUNT: &str = "123456789012";
    const ROLE: &str = "arn:aws:iam::123456789012:role/myRole";

    #[test]
    fn invoke_policies_match_the_guide() {
        let titan = model_resource("amazon.titan-text-express-v1");
        assert_eq!(invoke_policy(&[titan], REGION, ACCOUNT, false), parse(GUIDE_INVOKE_FOUNDATION));
        let provisioned =
            model_resource("arn:aws:bedrock:us-east-2:123456789012:provisioned-model/c2oi931ulksx");
        assert_eq!(invoke_policy(&[provisioned], REGION, ACCOUNT, false), parse(GUIDE_INVOKE_PROVISIONED));
        assert_eq!(invoke_policy(&[ModelResource::All], REGION, ACCOUNT, false), parse(GUIDE_INVOKE_ALL));
    }

    #[test]
    fn customization_policies_match_the_guide() {
        let titan = model_resource("amazon.titan-text-express-v1");
        assert_eq!(customize_policy(&titan, REGION, ACCOUNT, ROLE, false), parse(GUIDE_CUSTOMIZE_FOUNDATION));
        assert_eq!(
            customize_policy(&ModelResource::All, REGION, ACCOUNT, ROLE, true),
            parse(GUIDE_CUSTOMIZE_ALL_SYNC)
        );
        let custom = model_resource(
            "arn:aws:bedrock:us-east-2:123456789012:custom-model/amazon.titan-text-express-v1:0:8k/abc",
        );
        assert_eq!(
            customize_policy(&custom, REGION, ACCOUNT, ROLE, true),
            parse(GUIDE_CUSTOMIZE_CUSTOM_SYNC)
        );
    }

    #[test]
    fn profiles_cover_every_region_they_route_to() {
        let profile = model_resource("us.anthropic.claude-3-haiku-20240307-v1:0");
        assert_eq!(
            profile,
            ModelResource::Profile {
                profile_id: "us.anthropic.claude-3-haiku-20240307-v1:0".into(),
                model_id: "anthropic.claude-3-haiku-20240307-v1:0".into()
            }
        );
        let document = invoke_policy(&[profile], "us-east-1", ACCOUNT, true);
        assert_eq!(
            document["Statement"][0]["Resource"][1],
            "arn:aws:bedrock:*::foundation-model/anthropic.claude-3-haiku-20240307-v1:0"
        );
        assert_eq!(document["Statement"][0]["Action"][1], "bedrock:InvokeModelWithResponseStream");
        assert_eq!(
            model_resource("meta.llama3-8b-instruct-v1:0"),
            ModelResource::Foundation("meta.llama3-8b-instruct-v1:0".into())
        );
    }

    #[test]
    fn the_invoke_task_matches_the_guide() {
        let task = invoke_model_task(
            "cohere.command-text-v14",
            br#"{"prompt": "hello", "max_tokens": 250}"#,
            "application/json",
            "*/*",
            Some(Family::CohereCommand),
        );
        assert_eq!(task, parse(GUIDE_TASK));
        let input = json!({"baseModelIdentifier": "amazon.titan-text-express-v1", "trainingDataConfig": {"s3Uri": "s3://b/t.jsonl"},
            "hyperParameters": {"epochCount": "2"}, "jobTags": [{"key": "a", "value": "b"}]});
        let converted = pascal_case_members(&input, &["hyperParameters"]);
        assert_eq!(converted["TrainingDataConfig"]["S3Uri"], "s3://b/t.jsonl");
        assert_eq!(converted["HyperParameters"]["epochCount"], "2");
        assert_eq!(converted["JobTags"][0]["Key"], "a");
        let sync = customization_task(&Map::new(), true);
        assert_eq!(sync["Resource"], "arn:aws:states:::bedrock:createModelCustomizationJob.sync");
    }

    // The Distributed Map fields below, and the Step Functions documentation each follows:
    // - "ItemReader (Map)", https://docs.aws.amazon.com/step-functions/latest/dg/input-output-itemreader.html:
    //   Resource arn:aws:states:::s3:getObject, Parameters {Bucket, Key}, ReaderConfig InputType
    //   (CSV, JSON, JSONL, MANIFEST) and MaxItems.
    // - "ItemSelector (Map)", https://docs.aws.amazon.com/step-functions/latest/dg/input-output-itemselector.html:
    //   $$.Map.Item.Index and $$.Map.Item.Value.
    // - "Using Map state in Distributed mode", https://docs.aws.amazon.com/step-functions/latest/dg/state-map-distributed.html:
    //   ItemProcessor, ProcessorConfig {Mode DISTRIBUTED, ExecutionType STANDARD|EXPRESS},
    //   MaxConcurrency (default 10,000 when absent), ToleratedFailurePercentage (0 to 100).
    // - "ResultWriter (Map)", https://docs.aws.amazon.com/step-functions/latest/dg/input-output-resultwriter.html:
    //   Resource arn:aws:states:::s3:putObject, Parameters {Bucket, Prefix}, WriterConfig
    //   {OutputType JSON|JSONL, Transformation NONE|COMPACT|FLATTEN}.
    // - "Handling errors in Step Functions workflows", https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html:
    //   Retry {ErrorEquals, IntervalSeconds, MaxAttempts, BackoffRate, MaxDelaySeconds,
    //   JitterStrategy FULL|NONE}, Catch {ErrorEquals, ResultPath, Next}, States.ALL.
    // - "Intrinsic functions for JSONPath states", https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html:
    //   States.Format, and ' { } \ escaped with \ in its string literals.
    // - "Invoke and customize Amazon Bedrock models with Step Functions", https://docs.aws.amazon.com/step-functions/latest/dg/connect-bedrock.html:
    //   arn:aws:states:::bedrock:invokeModel with ModelId, Body, ContentType, Accept; errors as
    //   Bedrock.<exception name>.
    // - "IAM policies for using Distributed Map states", https://docs.aws.amazon.com/step-functions/latest/dg/iam-policies-eg-dist-map.html:
    //   states:StartExecution on the state machine, DescribeExecution and StopExecution on
    //   execution:NAME/*, s3:GetObject on the dataset, and the ResultWriter's writes on the prefix.

    const INPUT: (&str, &str) = ("my-bucket", "prompts/records.jsonl");

    fn location(bucket: &str, key: &str) -> S3Location {
        S3Location { bucket: bucket.to_string(), key: key.to_string() }
    }

    fn claude_body() -> Value {
        json!({"anthropic_version": "bedrock-2023-05-31", "max_tokens": 512,
            "messages": [{"role": "user", "content": [{"type": "text", "text": PROMPT_PLACEHOLDER}]}]})
    }

    #[test]
    fn a_prompt_member_becomes_a_path_and_an_embedded_prompt_a_format() {
        let template = payload_template(&claude_body(), PROMPT_PLACEHOLDER, "$.record.prompt").unwrap();
        assert_eq!(template["messages"][0]["content"][0]["text.$"], "$.record.prompt");
        assert!(template["messages"][0]["content"][0].get("text").is_none());
        assert_eq!(template["max_tokens"], 512);
        let llama = json!({"prompt": format!("<|begin_of_text|>{{x}}'\\\n{PROMPT_PLACEHOLDER}<|eot_id|>"), "temperature": 0.5});
        let template = payload_template(&llama, PROMPT_PLACEHOLDER, "$.p").unwrap();
        assert_eq!(
            template["prompt.$"],
            "States.Format('<|begin_of_text|>\\{x\\}\\'\\\\\n{}<|eot_id|>', $.p)"
        );
        assert_eq!(template["temperature"], 0.5);
        let twice = json!({"prompt": format!("{PROMPT_PLACEHOLDER} and {PROMPT_PLACEHOLDER}")});
        assert_eq!(
            payload_template(&twice, PROMPT_PLACEHOLDER, "$.p").unwrap()["prompt.$"],
            "States.Format('{} and {}', $.p, $.p)"
        );
        assert_eq!(
            payload_template(&json!({"texts": [PROMPT_PLACEHOLDER]}), PROMPT_PLACEHOLDER, "$.p").unwrap_err(),
            "the prompt is an array element"
        );
        assert_eq!(
            payload_template(&json!({"inputText": "hello"}), PROMPT_PLACEHOLDER, "$.p").unwrap_err(),
            "the request body does not contain the prompt"
        );
        assert!(payload_template(&json!("text"), PROMPT_PLACEHOLDER, "$.p").is_err());
    }

    #[test]
    fn the_distributed_map_reads_invokes_retries_catches_and_writes() {
        let body = claude_body();
        let input = location(INPUT.0, INPUT.1);
        let results = location("out-bucket", "runs/");
        let map = DistributedMap {
            model_id: "anthropic.claude-3-haiku-20240307-v1:0",
            family: Family::AnthropicMessages,
            placeholder_body: &body,
            records: RecordFormat::Prompt,
            input: &input,
            results: &results,
            execution_type: ExecutionType::Express,
            max_concurrency: 25,
            tolerated_failure_percentage: Some(5),
            max_records: Some(1000),
        };
        let machine = distributed_map_state_machine(&map).unwrap();
        assert_eq!(machine["StartAt"], "InvokeEachRecord");
        let state = &machine["States"]["InvokeEachRecord"];
        assert_eq!(state["Type"], "Map");
        assert_eq!(
            state["ItemReader"],
            json!({"Resource": "arn:aws:states:::s3:getObject", "ReaderConfig": {"InputType": "JSONL", "MaxItems": 1000},
                "Parameters": {"Bucket": "my-bucket", "Key": "prompts/records.jsonl"}})
        );
        assert_eq!(
            state["ItemSelector"],
            json!({"index.$": "$$.Map.Item.Index", "record.$": "$$.Map.Item.Value"})
        );
        let processor = &state["ItemProcessor"];
        assert_eq!(processor["ProcessorConfig"], json!({"Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS"}));
        assert_eq!(processor["StartAt"], "InvokeModel");
        let task = &processor["States"]["InvokeModel"];
        assert_eq!(task["Type"], "Task");
        assert_eq!(task["Resource"], "arn:aws:states:::bedrock:invokeModel");
        assert_eq!(task["Parameters"]["ModelId"], "anthropic.claude-3-haiku-20240307-v1:0");
        assert_eq!(task["Parameters"]["Body"]["messages"][0]["content"][0]["text.$"], "$.record.prompt");
        assert_eq!(task["Parameters"]["ContentType"], "application/json");
        assert_eq!(task["ResultSelector"], json!({"result.$": "$.Body.content[0].text"}));
        assert_eq!(task["ResultPath"], "$.output");
        assert_eq!(
            task["Retry"][0],
            json!({"ErrorEquals": ["Bedrock.ThrottlingException", "Bedrock.ServiceUnavailableException", "Bedrock.ModelNotReadyException"],
                "IntervalSeconds": 2, "MaxAttempts": 8, "BackoffRate": 2.0, "MaxDelaySeconds": 60, "JitterStrategy": "FULL"})
        );
        assert_eq!(task["Retry"][1]["ErrorEquals"][0], "Bedrock.InternalServerException");
        assert_eq!(
            task["Catch"],
            json!([{"ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "RecordFailed"}])
        );
        assert_eq!(task["End"], true);
        assert_eq!(processor["States"]["RecordFailed"]["Type"], "Pass");
        assert_eq!(processor["States"]["RecordFailed"]["End"], true);
        assert_eq!(state["MaxConcurrency"], 25);
        assert_eq!(state["ToleratedFailurePercentage"], 5);
        assert_eq!(
            state["ResultWriter"],
            json!({"Resource": "arn:aws:states:::s3:putObject", "Parameters": {"Bucket": "out-bucket", "Prefix": "runs"},
                "WriterConfig": {"OutputType": "JSONL", "Transformation": "COMPACT"}})
        );
        assert_eq!(state["End"], true);

        // Batch records send their modelInput; no limit, no threshold, no prefix.
        let whole_bucket = location("out-bucket", "");
        let batch = DistributedMap {
            records: RecordFormat::Batch,
            execution_type: ExecutionType::Standard,
            tolerated_failure_percentage: None,
            max_records: None,
            results: &whole_bucket,
            ..map
        };
        let machine = distributed_map_state_machine(&batch).unwrap();
        let state = &machine["States"]["InvokeEachRecord"];
        let parameters = &state["ItemProcessor"]["States"]["InvokeModel"]["Parameters"];
        assert_eq!(parameters["Body.$"], "$.record.modelInput");
        assert!(parameters.get("Body").is_none());
        assert_eq!(state["ItemProcessor"]["ProcessorConfig"]["ExecutionType"], "STANDARD");
        assert!(state.get("ToleratedFailurePercentage").is_none());
        assert_eq!(state["ItemReader"]["ReaderConfig"], json!({"InputType": "JSONL"}));
        assert_eq!(state["ResultWriter"]["Parameters"], json!({"Bucket": "out-bucket"}));
    }

    #[test]
    fn the_distributed_map_policy_is_least_privilege() {
        let models = [model_resource("amazon.titan-text-express-v1")];
        let document = distributed_map_policy(
            &models,
            REGION,
            ACCOUNT,
            "BedrockBatch",
            &location(INPUT.0, INPUT.1),
            &location("out-bucket", "runs/"),
        );
        let expected = json!({"Version": "2012-10-17", "Statement": [
            {"Effect": "Allow", "Sid": "InvokeModel1", "Action": ["bedrock:InvokeModel"],
                "Resource": ["arn:aws:bedrock:us-east-2::foundation-model/amazon.titan-text-express-v1"]},
            {"Effect": "Allow", "Sid": "ReadRecords", "Action": ["s3:GetObject"],
                "Resource": ["arn:aws:s3:::my-bucket/prompts/records.jsonl"]},
            {"Effect": "Allow", "Sid": "WriteResults",
                "Action": ["s3:PutObject", "s3:ListMultipartUploadParts", "s3:AbortMultipartUpload"],
                "Resource": ["arn:aws:s3:::out-bucket/runs/*"]},
            {"Effect": "Allow", "Sid": "StartChildExecutions", "Action": ["states:StartExecution"],
                "Resource": ["arn:aws:states:us-east-2:123456789012:stateMachine:BedrockBatch"]},
            {"Effect": "Allow", "Sid": "FollowChildExecutions", "Action": ["states:DescribeExecution", "states:StopExecution"],
                "Resource": ["arn:aws:states:us-east-2:123456789012:execution:BedrockBatch/*"]},
        ]});
        assert_eq!(document, expected);
        let whole =
            distributed_map_policy(&models, REGION, ACCOUNT, "M", &location("a", "k"), &location("b", ""));
        assert_eq!(whole["Statement"][2]["Resource"][0], "arn:aws:s3:::b/*");
    }
}
