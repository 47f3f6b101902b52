//! Guardrail routes end to end: served on an ephemeral port and called by the Rust SDKs (so the
//! responses are known to deserialise) and by raw HTTP (to see statuses and error types).

use std::sync::Arc;

use aws_sdk_bedrock::config::retry::RetryConfig;
use aws_sdk_bedrock::config::{BehaviorVersion, Credentials, Region};
use aws_sdk_bedrock::error::ProvideErrorMetadata;
use aws_sdk_bedrock::types as control;
use aws_sdk_bedrockruntime::types as runtime;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use super::*;
use crate::emulator::errors;

fn emulator() -> Shared {
    Arc::new(Emulator::new(&crate::emulator::Options::default()).unwrap())
}

/// Serve the guardrail routes on 127.0.0.1 and return the address.
async fn serve(shared: Shared) -> String {
    let app = routes().fallback(errors::unknown_operation).with_state(shared);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move {
        axum::serve(listener, app).await.unwrap();
    });
    address.to_string()
}

fn control_client(address: &str) -> aws_sdk_bedrock::Client {
    let config = aws_sdk_bedrock::Config::builder()
        .behavior_version(BehaviorVersion::latest())
        .region(Region::new("eu-west-3"))
        .credentials_provider(Credentials::new("AKIDTEST", "secret", None, None, "test"))
        .endpoint_url(format!("http://{address}"))
        .retry_config(RetryConfig::disabled())
        .build();
    aws_sdk_bedrock::Client::from_conf(config)
}

fn runtime_client(address: &str) -> aws_sdk_bedrockruntime::Client {
    let config = aws_sdk_bedrockruntime::Config::builder()
        .behavior_version(aws_sdk_bedrockruntime::config::BehaviorVersion::latest())
        .region(aws_sdk_bedrockruntime::config::Region::new("eu-west-3"))
        .credentials_provider(aws_sdk_bedrockruntime::config::Credentials::new(
            "AKIDTEST", "secret", None, None, "test",
        ))
        .endpoint_url(format!("http://{address}"))
        .retry_config(aws_sdk_bedrockruntime::config::retry::RetryConfig::disabled())
        .build();
    aws_sdk_bedrockruntime::Client::from_conf(config)
}

/// A raw HTTP/1.1 exchange: status, `x-amzn-errortype`, and the JSON body.
async fn call(address: &str, method: &str, path: &str, body: Option<Value>) -> (u16, String, Value) {
    let payload = body.map(|body| body.to_string()).unwrap_or_default();
    let request = format!(
        "{method} {path} HTTP/1.1\r\nHost: {address}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{payload}",
        payload.len()
    );
    let mut stream = tokio::net::TcpStream::connect(address).await.unwrap();
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).await.unwrap();
    let (head, body) = response.split_once("\r\n\r\n").unwrap();
    let status = head.split(' ').nth(1).unwrap().parse().unwrap();
    let error_type = head
        .lines()
        .find_map(|line| {
            let (name, value) = line.split_once(':')?;
            name.eq_ignore_ascii_case("x-amzn-errortype").then(|| value.trim().to_string())
        })
        .unwrap_or_default();
    let json = if body.is_empty() { Value::Null } else { serde_json::from_str(body).unwrap() };
    (status, error_type, json)
}

fn minimal(name: &str) -> Value {
    json!({"name": name, "blockedInputMessaging": "Blocked input.", "blockedOutputsMessaging": "Blocked output."})
}

#[tokio::test]
async fn lifecycle_through_the_sdks() {
    let address = serve(emulator()).await;
    let client = control_client(&address);
    let created = client
        .create_guardrail()
        .name("support-bot")
        .description("first")
        .blocked_input_messaging("Sorry, I cannot help with that.")
        .blocked_outputs_messaging("Sorry, I cannot answer that.")
        .content_policy_config(
            control::GuardrailContentPolicyConfig::builder()
                .filters_config(
                    control::GuardrailContentFilterConfig::builder()
                        .r#type(control::GuardrailContentFilterType::Hate)
                        .input_strength(control::GuardrailFilterStrength::High)
                        .output_strength(control::GuardrailFilterStrength::High)
                        .build()
                        .unwrap(),
                )
                .build()
                .unwrap(),
        )
        .word_policy_config(
            control::GuardrailWordPolicyConfig::builder()
                .words_config(control::GuardrailWordConfig::builder().text("rivalcorp").build().unwrap())
                .managed_word_lists_config(
                    control::GuardrailManagedWordsConfig::builder()
                        .r#type(control::GuardrailManagedWordsType::Profanity)
                        .build()
                        .unwrap(),
                )
                .build(),
        )
        .sensitive_information_policy_config(
            control::GuardrailSensitiveInformationPolicyConfig::builder()
                .pii_entities_config(
                    control::GuardrailPiiEntityConfig::builder()
                        .r#type(control::GuardrailPiiEntityType::Email)
                        .action(control::GuardrailSensitiveInformationAction::Anonymize)
                        .build()
                        .unwrap(),
                )
                .regexes_config(
                    control::GuardrailRegexConfig::builder()
                        .name("order-id")
                        .pattern("ORD-[0-9]{6}")
                        .action(control::GuardrailSensitiveInformationAction::Anonymize)
                        .build()
                        .unwrap(),
                )
                .build(),
        )
        .topic_policy_config(
            control::GuardrailTopicPolicyConfig::builder()
                .topics_config(
                    control::GuardrailTopicConfig::builder()
                        .name("Investment advice")
                        .definition("Recommendations about which stocks, bonds or funds to buy or sell")
                        .examples("Which stocks should I buy this year?")
                        .r#type(control::GuardrailTopicType::Deny)
                        .build()
                        .unwrap(),
                )
                .build()
                .unwrap(),
        )
        .tags(control::Tag::builder().key("team").value("support").build().unwrap())
        .send()
        .await
        .unwrap();
    let id = created.guardrail_id().to_string();
    assert_eq!(id.len(), 12);
    assert!(id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()), "{id}");
    assert_eq!(created.guardrail_arn(), format!("arn:aws:bedrock:eu-west-3:123456789012:guardrail/{id}"));
    assert_eq!(created.version(), "DRAFT");
    assert!(created.created_at().secs() > 1_600_000_000);

    let got = client.get_guardrail().guardrail_identifier(created.guardrail_arn()).send().await.unwrap();
    assert_eq!(got.name(), "support-bot");
    assert_eq!(got.status(), &control::GuardrailStatus::Ready);
    assert_eq!(got.version(), "DRAFT");
    assert_eq!(
        got.content_policy().unwrap().filters()[0].r#type(),
        &control::GuardrailContentFilterType::Hate
    );
    assert_eq!(got.word_policy().unwrap().words()[0].text(), "rivalcorp");
    assert_eq!(got.sensitive_information_policy().unwrap().regexes()[0].pattern(), "ORD-[0-9]{6}");
    assert_eq!(got.topic_policy().unwrap().topics()[0].examples(), ["Which stocks should I buy this year?"]);
    assert_eq!(got.blocked_outputs_messaging(), "Sorry, I cannot answer that.");

    let updated = client
        .update_guardrail()
        .guardrail_identifier(&id)
        .name("support-bot")
        .description("second")
        .blocked_input_messaging("Nope.")
        .blocked_outputs_messaging("Nope!")
        .word_policy_config(
            control::GuardrailWordPolicyConfig::builder()
                .words_config(control::GuardrailWordConfig::builder().text("othercorp").build().unwrap())
                .build(),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(updated.version(), "DRAFT");
    let got = client.get_guardrail().guardrail_identifier(&id).send().await.unwrap();
    assert_eq!(got.description(), Some("second"));
    assert!(got.content_policy().is_none(), "the draft is replaced, not merged");
    assert_eq!(got.created_at(), created.created_at());

    let first =
        client.create_guardrail_version().guardrail_identifier(&id).description("v1").send().await.unwrap();
    assert_eq!((first.guardrail_id(), first.version()), (id.as_str(), "1"));
    let second = client.create_guardrail_version().guardrail_identifier(&id).send().await.unwrap();
    assert_eq!(second.version(), "2");
    let version_one =
        client.get_guardrail().guardrail_identifier(&id).guardrail_version("1").send().await.unwrap();
    assert_eq!(version_one.version(), "1");
    assert_eq!(version_one.description(), Some("v1"));
    assert_eq!(version_one.word_policy().unwrap().words()[0].text(), "othercorp");

    client
        .create_guardrail()
        .name("other-bot")
        .blocked_input_messaging("a")
        .blocked_outputs_messaging("b")
        .send()
        .await
        .unwrap();
    let all = client.list_guardrails().send().await.unwrap();
    assert_eq!(all.guardrails().len(), 2);
    assert!(all.guardrails().iter().all(|summary| summary.version() == "DRAFT"));
    let versions = client.list_guardrails().guardrail_identifier(&id).max_results(2).send().await.unwrap();
    let listed: Vec<&str> = versions.guardrails().iter().map(|summary| summary.version()).collect();
    assert_eq!(listed, ["DRAFT", "1"]);
    let rest = client
        .list_guardrails()
        .guardrail_identifier(&id)
        .next_token(versions.next_token().unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(rest.guardrails()[0].version(), "2");
    assert!(rest.next_token().is_none());

    let applied = runtime_client(&address)
        .apply_guardrail()
        .guardrail_identifier(created.guardrail_arn())
        .guardrail_version("1")
        .source(runtime::GuardrailContentSource::Input)
        .content(runtime::GuardrailContentBlock::Text(
            runtime::GuardrailTextBlock::builder().text("Tell me about OtherCorp").build().unwrap(),
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(applied.action(), &runtime::GuardrailAction::GuardrailIntervened);
    assert_eq!(applied.outputs()[0].text(), Some("Nope."));
    let words = applied.assessments()[0].word_policy().unwrap();
    assert_eq!(words.custom_words()[0].r#match(), "OtherCorp");
    assert_eq!(words.custom_words()[0].action(), &runtime::GuardrailWordPolicyAction::Blocked);
    assert_eq!(applied.usage().unwrap().word_policy_units(), 1);

    client.delete_guardrail().guardrail_identifier(&id).guardrail_version("1").send().await.unwrap();
    let gone =
        client.get_guardrail().guardrail_identifier(&id).guardrail_version("1").send().await.unwrap_err();
    assert_eq!(gone.code(), Some("ResourceNotFoundException"));
    assert!(client.get_guardrail().guardrail_identifier(&id).guardrail_version("2").send().await.is_ok());
    client.delete_guardrail().guardrail_identifier(&id).send().await.unwrap();
    let gone = client.get_guardrail().guardrail_identifier(&id).send().await.unwrap_err();
    assert_eq!(gone.code(), Some("ResourceNotFoundException"));
    assert_eq!(client.list_guardrails().send().await.unwrap().guardrails().len(), 1);
}

#[tokio::test]
async fn apply_guardrail_over_http() {
    let address = serve(emulator()).await;
    let mut body = minimal("pii-bot");
    body["sensitiveInformationPolicyConfig"] = json!({
        "piiEntitiesConfig": [
            {"type": "EMAIL", "action": "ANONYMIZE"},
            {"type": "US_SOCIAL_SECURITY_NUMBER", "action": "BLOCK"},
            {"type": "CREDIT_DEBIT_CARD_NUMBER", "action": "BLOCK"}
        ]
    });
    body["contextualGroundingPolicyConfig"] =
        json!({"filtersConfig": [{"type": "GROUNDING", "threshold": 0.7}]});
    let (status, _, created) = call(&address, "POST", "/guardrails", Some(body)).await;
    assert_eq!(status, 202, "{created}");
    let id = created["guardrailId"].as_str().unwrap();
    let apply = format!("/guardrail/{id}/version/DRAFT/apply");
    let text = |text: &str| json!({"text": {"text": text}});

    let (status, _, masked) = call(
        &address,
        "POST",
        &apply,
        Some(json!({"source": "INPUT", "content": [text("Mail jane.doe@example.com"), text("or jo@example.org")]})),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(masked["action"], "GUARDRAIL_INTERVENED");
    assert_eq!(masked["outputs"], json!([{"text": "Mail {EMAIL}"}, {"text": "or {EMAIL}"}]));
    assert_eq!(masked["usage"]["sensitiveInformationPolicyUnits"], 1);
    assert_eq!(masked["guardrailCoverage"]["textCharacters"]["guarded"], 42);

    let (_, _, blocked) = call(
        &address,
        "POST",
        &apply,
        Some(json!({"source": "OUTPUT", "content": [text("card 4111 1111 1111 1111")]})),
    )
    .await;
    assert_eq!(blocked["outputs"], json!([{"text": "Blocked output."}]));
    assert_eq!(
        blocked["assessments"][0]["sensitiveInformationPolicy"]["piiEntities"][0]["type"],
        "CREDIT_DEBIT_CARD_NUMBER"
    );

    let (_, _, clean) = call(
        &address,
        "POST",
        &apply,
        Some(json!({"source": "INPUT", "content": [text("ticket 4111 1111 1111 1112")]})),
    )
    .await;
    assert_eq!(clean["action"], "NONE");
    assert_eq!(clean["outputs"], json!([]));
    assert_eq!(clean["assessments"], json!([{}]));

    let grounded = |answer: &str| {
        json!({"source": "OUTPUT", "content": [
            {"text": {"text": "The warranty lasts two years from the date of purchase.", "qualifiers": ["grounding_source"]}},
            {"text": {"text": "How long is the warranty?", "qualifiers": ["query"]}},
            {"text": {"text": answer, "qualifiers": ["guard_content"]}}
        ]})
    };
    let (_, _, supported) =
        call(&address, "POST", &apply, Some(grounded("The warranty lasts two years."))).await;
    assert_eq!(supported["action"], "NONE", "{supported}");
    assert_eq!(supported["assessments"][0]["contextualGroundingPolicy"]["filters"][0]["score"], 1.0);
    let (_, _, invented) =
        call(&address, "POST", &apply, Some(grounded("The warranty covers accidental damage forever.")))
            .await;
    assert_eq!(invented["action"], "GUARDRAIL_INTERVENED");
    assert_eq!(invented["outputs"], json!([{"text": "Blocked output."}]));

    let (status, error_type, _) =
        call(&address, "POST", &apply, Some(json!({"source": "SIDEWAYS", "content": [text("x")]}))).await;
    assert_eq!((status, error_type.as_str()), (400, "ValidationException"));
    let (status, error_type, _) = call(
        &address,
        "POST",
        &format!("/guardrail/{id}/version/3/apply"),
        Some(json!({"source": "INPUT", "content": []})),
    )
    .await;
    assert_eq!((status, error_type.as_str()), (404, "ResourceNotFoundException"));
    let (status, error_type, _) = call(
        &address,
        "POST",
        "/guardrail/abcdefghijkl/version/DRAFT/apply",
        Some(json!({"source": "INPUT", "content": []})),
    )
    .await;
    assert_eq!((status, error_type.as_str()), (404, "ResourceNotFoundException"));
}

#[tokio::test]
async fn validation_and_conflicts() {
    let address = serve(emulator()).await;
    let mut bad_strength = minimal("strength");
    bad_strength["contentPolicyConfig"] = json!({"filtersConfig": [
        {"type": "HATE", "inputStrength": "HIGH", "outputStrength": "HIGH"},
        {"type": "INSULTS", "inputStrength": "EXTREME", "outputStrength": "LOW"}
    ]});
    let (status, error_type, body) = call(&address, "POST", "/guardrails", Some(bad_strength)).await;
    assert_eq!((status, error_type.as_str()), (400, "ValidationException"));
    assert_eq!(
        body["message"],
        "1 validation error detected: Value 'EXTREME' at 'contentPolicyConfig.filtersConfig.2.member.inputStrength' failed to satisfy constraint: Member must satisfy enum value set: [NONE, LOW, MEDIUM, HIGH]"
    );

    let mut bad_regex = minimal("regex");
    bad_regex["sensitiveInformationPolicyConfig"] =
        json!({"regexesConfig": [{"name": "broken", "pattern": "([a-z", "action": "BLOCK"}]});
    let (status, error_type, body) = call(&address, "POST", "/guardrails", Some(bad_regex)).await;
    assert_eq!((status, error_type.as_str()), (400, "ValidationException"));
    assert!(body["message"].as_str().unwrap().contains("regex broken"), "{body}");

    let mut prompt_attack = minimal("attack");
    prompt_attack["contentPolicyConfig"] = json!({"filtersConfig": [{"type": "PROMPT_ATTACK", "inputStrength": "HIGH", "outputStrength": "HIGH"}]});
    let (status, _, body) = call(&address, "POST", "/guardrails", Some(prompt_attack)).await;
    assert_eq!(status, 400);
    assert_eq!(body["message"], "PROMPT ATTACK content filter strength for response must be NONE");

    let (status, error_type, body) = call(&address, "POST", "/guardrails", Some(json!({"name": "x"}))).await;
    assert_eq!((status, error_type.as_str()), (400, "ValidationException"));
    assert!(
        body["message"]
            .as_str()
            .unwrap()
            .starts_with("2 validation errors detected: Value null at 'blockedInputMessaging'")
    );
    let (status, error_type, _) = call(&address, "POST", "/guardrails", None).await;
    assert_eq!((status, error_type.as_str()), (400, "ValidationException"));

    let mut first = minimal("dup");
    first["clientRequestToken"] = json!("token-1");
    let (status, _, created) = call(&address, "POST", "/guardrails", Some(first.clone())).await;
    assert_eq!(status, 202);
    let (status, _, again) = call(&address, "POST", "/guardrails", Some(first)).await;
    assert_eq!(status, 202, "a retried request with the same token is the same guardrail");
    assert_eq!(again["guardrailId"], created["guardrailId"]);
    let (status, error_type, _) = call(&address, "POST", "/guardrails", Some(minimal("dup"))).await;
    assert_eq!((status, error_type.as_str()), (409, "ConflictException"));

    let id = created["guardrailId"].as_str().unwrap();
    call(&address, "POST", "/guardrails", Some(minimal("taken"))).await;
    let (status, error_type, _) =
        call(&address, "PUT", &format!("/guardrails/{id}"), Some(minimal("taken"))).await;
    assert_eq!((status, error_type.as_str()), (409, "ConflictException"), "renaming onto another guardrail");

    let (status, error_type, _) = call(&address, "GET", "/guardrails/abcdefghijkl", None).await;
    assert_eq!((status, error_type.as_str()), (404, "ResourceNotFoundException"));
    let (status, error_type, _) =
        call(&address, "GET", &format!("/guardrails/{id}?guardrailVersion=7"), None).await;
    assert_eq!((status, error_type.as_str()), (404, "ResourceNotFoundException"));
    let (status, error_type, body) =
        call(&address, "GET", &format!("/guardrails/{id}?guardrailVersion=v7"), None).await;
    assert_eq!((status, error_type.as_str()), (400, "ValidationException"));
    assert!(body["message"].as_str().unwrap().contains("at 'guardrailVersion'"));
    let (status, error_type, _) = call(&address, "GET", "/guardrails/Not_An_Id", None).await;
    assert_eq!((status, error_type.as_str()), (400, "ValidationException"));
    let (status, _, _) =
        call(&address, "DELETE", &format!("/guardrails/{id}?guardrailVersion=DRAFT"), None).await;
    assert_eq!(status, 400, "the draft goes only with the guardrail");
    let (status, _, _) =
        call(&address, "DELETE", &format!("/guardrails/{id}?guardrailVersion=1"), None).await;
    assert_eq!(status, 404);
    let (status, _, _) = call(&address, "PUT", "/guardrails/abcdefghijkl", Some(minimal("ghost"))).await;
    assert_eq!(status, 404);
    let (status, _, _) = call(&address, "POST", "/guardrails/abcdefghijkl", Some(json!({}))).await;
    assert_eq!(status, 404);
    let (status, error_type, _) = call(&address, "GET", "/guardrails?maxResults=0", None).await;
    assert_eq!((status, error_type.as_str()), (400, "ValidationException"));
}

#[tokio::test]
async fn evaluate_text_serves_the_runtime() {
    let shared = emulator();
    let address = serve(shared.clone()).await;
    let mut body = minimal("runtime-bot");
    body["wordPolicyConfig"] = json!({"wordsConfig": [{"text": "forbiddenword"}]});
    body["sensitiveInformationPolicyConfig"] =
        json!({"piiEntitiesConfig": [{"type": "EMAIL", "action": "ANONYMIZE"}]});
    let (_, _, created) = call(&address, "POST", "/guardrails", Some(body)).await;
    let arn = created["guardrailArn"].as_str().unwrap();

    let texts = |text: &str| vec![text.to_string()];
    let blocked =
        evaluate_text(&shared, arn, "DRAFT", Source::Input, &texts("tell me about forbiddenword")).unwrap();
    assert!(blocked.intervened);
    assert_eq!(blocked.blocked_message.as_deref(), Some("Blocked input."));
    assert_eq!(blocked.outputs, ["Blocked input."]);
    assert_eq!(blocked.assessment["wordPolicy"]["customWords"][0]["match"], "forbiddenword");
    let answer = evaluate_text(&shared, arn, "DRAFT", Source::Output, &texts("forbiddenword again")).unwrap();
    assert_eq!(answer.blocked_message.as_deref(), Some("Blocked output."));
    let masked = evaluate_text(&shared, arn, "DRAFT", Source::Output, &texts("write to a@b.io")).unwrap();
    assert_eq!((masked.intervened, masked.blocked_message.clone()), (true, None));
    assert_eq!(masked.outputs, ["write to {EMAIL}"]);
    let clean = evaluate_text(&shared, arn, "DRAFT", Source::Input, &texts("tell me about rivers")).unwrap();
    assert_eq!(
        clean,
        Evaluation { intervened: false, outputs: vec![], assessment: json!({}), blocked_message: None }
    );

    assert_eq!(
        evaluate_text(&shared, arn, "1", Source::Input, &texts("x")).unwrap_err().code,
        "ResourceNotFoundException"
    );
    assert_eq!(
        evaluate_text(&shared, "zzzzzzzzzzzz", "DRAFT", Source::Input, &texts("x")).unwrap_err().code,
        "ResourceNotFoundException"
    );
    assert_eq!(
        evaluate_text(&shared, arn, "latest", Source::Input, &texts("x")).unwrap_err().code,
        "ValidationException"
    );
}

#[test]
fn identifiers_and_ids() {
    assert_eq!(guardrail_id("abc123def456").unwrap(), "abc123def456");
    assert_eq!(
        guardrail_id("arn:aws:bedrock:us-east-1:123456789012:guardrail/abc123def456").unwrap(),
        "abc123def456"
    );
    assert_eq!(guardrail_id("arn:aws-us-gov:bedrock:us-gov-west-1:123456789012:guardrail/x1").unwrap(), "x1");
    for bad in [
        "",
        "ABC",
        "arn:aws:bedrock:us-east-1:1234:guardrail/abc",
        "arn:aws:s3:us-east-1:123456789012:guardrail/abc",
    ] {
        assert_eq!(guardrail_id(bad).unwrap_err().code, "ValidationException", "{bad:?}");
    }
    assert!(check_version("DRAFT", VERSION_PATTERN).is_ok());
    assert!(check_version("12", VERSION_PATTERN).is_ok());
    assert!(check_version("012", VERSION_PATTERN).is_err());
    assert!(check_version("DRAFT", NUMBERED_VERSION_PATTERN).is_err());
    let first = new_id(1);
    assert_eq!(first.len(), 12);
    assert_ne!(first, new_id(2));
    assert_eq!(kms_key_arn("alias/mine", "us-west-2"), "arn:aws:kms:us-west-2:123456789012:alias/mine");
    assert_eq!(kms_key_arn("1234abcd", "us-west-2"), "arn:aws:kms:us-west-2:123456789012:key/1234abcd");
}
