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
        Family::TitanEmbedText | Family::TitanEmbedTextV2 | Family::TitanEmbedImage => "$.Body.embedding",
        Family::CohereEmbed => "$.Body.embeddings",
        Family::TitanImage => "$.Body.images",
        Family::StabilitySdxl => "$.Body.artifacts",
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
}
