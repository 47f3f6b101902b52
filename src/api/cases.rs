//! The generic path as a table: an operation, the words a user types, and the request they must
//! become (method, path and query, headers, body) or the exit code and the words of the error.
//! Each row goes through the same steps as `bedrock api`: the member flags are read against the
//! model, the input checked, and the request built; nothing is sent.

use serde_json::{Value, json};

use super::arguments::{self, Request};
use super::model::{Operation, Service};
use super::request::{self, RequestParts};

/// What a row expects.
enum Expect {
    /// The request: method, path and query, headers that must be present, and the body (a JSON
    /// document, idempotency tokens the client fills in aside; `Value::Null` for none).
    Request(&'static str, &'static str, &'static [(&'static str, &'static str)], Value),
    /// A refusal before anything is sent: the exit code and words the message holds.
    Refused(i32, &'static str),
}

struct Case {
    service: Service,
    operation: &'static str,
    words: &'static [&'static str],
    expect: Expect,
}

fn cases() -> Vec<Case> {
    use Expect::{Refused, Request as Sends};
    vec![
        Case {
            service: Service::Bedrock,
            operation: "ListFoundationModels",
            words: &["--by-provider", "anthropic", "--by-output-modality", "TEXT"],
            expect: Sends(
                "GET",
                "/foundation-models?byProvider=anthropic&byOutputModality=TEXT",
                &[],
                Value::Null,
            ),
        },
        Case {
            service: Service::Bedrock,
            operation: "GetFoundationModel",
            words: &["--model-identifier", "amazon.nova-micro-v1:0"],
            expect: Sends("GET", "/foundation-models/amazon.nova-micro-v1%3A0", &[], Value::Null),
        },
        Case {
            service: Service::Bedrock,
            operation: "ListCustomModels",
            words: &["--no-is-owned", "--sort-order", "Descending", "--max-results", "5"],
            expect: Sends(
                "GET",
                "/custom-models?isOwned=false&sortOrder=Descending&maxResults=5",
                &[],
                Value::Null,
            ),
        },
        Case {
            service: Service::Bedrock,
            operation: "CreateInferenceProfile",
            words: &[
                "--inference-profile-name",
                "team-a",
                "--model-source",
                "copyFrom=arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-micro-v1:0",
                "--tags",
                "key=team,value=a",
                "key=cost,value=7",
            ],
            expect: Sends(
                "POST",
                "/inference-profiles",
                &[("content-type", "application/json")],
                json!({
                    "inferenceProfileName": "team-a",
                    "modelSource": {"copyFrom": "arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-micro-v1:0"},
                    "tags": [{"key": "team", "value": "a"}, {"key": "cost", "value": "7"}]
                }),
            ),
        },
        Case {
            service: Service::BedrockAgent,
            operation: "CreateFlow",
            words: &[
                "--name",
                "f",
                "--execution-role-arn",
                "arn:aws:iam::123456789012:role/r",
                "--tags",
                "team=x",
            ],
            expect: Sends(
                "POST",
                "/flows/",
                &[],
                json!({"name": "f", "executionRoleArn": "arn:aws:iam::123456789012:role/r", "tags": {"team": "x"}}),
            ),
        },
        Case {
            service: Service::BedrockAgent,
            operation: "GetFlowAlias",
            words: &["--flow-identifier", "ABCDE12345", "--alias-identifier", "TSTALIASID"],
            expect: Sends("GET", "/flows/ABCDE12345/aliases/TSTALIASID", &[], Value::Null),
        },
        Case {
            service: Service::BedrockRuntime,
            operation: "Converse",
            words: &[
                "--model-id",
                "amazon.nova-micro-v1:0",
                "--messages",
                r#"[{"role":"user","content":[{"text":"hi"}]}]"#,
                "--inference-config",
                "maxTokens=20,temperature=0.5",
            ],
            expect: Sends(
                "POST",
                "/model/amazon.nova-micro-v1%3A0/converse",
                &[("content-type", "application/json")],
                json!({
                    "messages": [{"role": "user", "content": [{"text": "hi"}]}],
                    "inferenceConfig": {"maxTokens": 20, "temperature": 0.5}
                }),
            ),
        },
        Case {
            service: Service::BedrockRuntime,
            operation: "InvokeModel",
            words: &[
                "--model-id",
                "m.x",
                "--body",
                r#"{"inputText":"hi"}"#,
                "--content-type",
                "application/json",
            ],
            expect: Sends(
                "POST",
                "/model/m.x/invoke",
                &[("content-type", "application/json")],
                json!({"inputText": "hi"}),
            ),
        },
        Case {
            service: Service::BedrockAgentRuntime,
            operation: "Retrieve",
            words: &["--knowledge-base-id", "KB12345678", "--retrieval-query", "text=refunds"],
            expect: Sends(
                "POST",
                "/knowledgebases/KB12345678/retrieve",
                &[],
                json!({"retrievalQuery": {"text": "refunds"}}),
            ),
        },
        Case {
            service: Service::BedrockAgent,
            operation: "CreateFlow",
            words: &["--name", "f"],
            expect: Refused(252, "--execution-role-arn"),
        },
        Case {
            service: Service::Bedrock,
            operation: "ListCustomModels",
            words: &["--sort-order", "Sideways"],
            expect: Refused(252, "--sort-order"),
        },
        Case {
            service: Service::Bedrock,
            operation: "ListCustomModels",
            words: &["--max-results", "ten"],
            expect: Refused(252, "--max-results"),
        },
        Case {
            service: Service::Bedrock,
            operation: "ListCustomModels",
            words: &["--max-results", "0"],
            expect: Refused(252, "--max-results"),
        },
        Case {
            service: Service::BedrockAgent,
            operation: "GetAgent",
            words: &["--agent-id", "short"],
            expect: Refused(252, "--agent-id"),
        },
        Case {
            service: Service::BedrockRuntime,
            operation: "Converse",
            words: &["--model-id", "m.x", "--messages", "[{\"role\":"],
            expect: Refused(252, "--messages"),
        },
        Case {
            service: Service::BedrockAgent,
            operation: "CreateFlow",
            words: &[
                "--name",
                "f",
                "--execution-role-arn",
                "arn:aws:iam::123456789012:role/r",
                "--tags",
                "team",
            ],
            expect: Refused(252, "--tags"),
        },
        Case {
            service: Service::Bedrock,
            operation: "ListCustomModels",
            words: &["--max-result", "5"],
            expect: Refused(252, "--max-result"),
        },
    ]
}

fn operation(case: &Case) -> &'static Operation {
    case.service.model().operation(case.operation).unwrap_or_else(|| panic!("{} missing", case.operation))
}

fn build(case: &Case) -> crate::error::Result<RequestParts> {
    let model = case.service.model();
    let operation = operation(case);
    let words: Vec<String> = case.words.iter().map(|word| word.to_string()).collect();
    match arguments::parse(model, operation, &words)? {
        Request::Send { input, .. } => request::build(model, operation, &input),
        Request::Skeleton(_) => panic!("{}: a skeleton was asked for", case.operation),
    }
}

#[test]
fn words_become_the_requests_of_the_table() {
    for case in cases() {
        let label = format!("{} {} {:?}", case.service.name(), case.operation, case.words);
        match (&case.expect, build(&case)) {
            (Expect::Request(method, path, headers, body), Ok(parts)) => {
                assert_eq!(parts.method, *method, "{label}");
                assert_eq!(parts.path_and_query, *path, "{label}");
                for (name, value) in *headers {
                    let found = parts.headers.iter().find(|(key, _)| key.eq_ignore_ascii_case(name));
                    assert_eq!(
                        found.map(|(_, found)| found.as_str()),
                        Some(*value),
                        "{label}: header {name}"
                    );
                }
                if body.is_null() {
                    assert!(parts.body.is_empty(), "{label}: unexpected body");
                } else {
                    let mut sent: Value =
                        serde_json::from_slice(&parts.body).unwrap_or_else(|_| panic!("{label}: body"));
                    // Idempotency tokens are filled in (a fresh UUID per request): checked, then set aside.
                    let shape = super::validate::input_shape(case.service.model(), operation(&case));
                    for (name, member) in shape.iter().flat_map(|shape| &shape.members) {
                        if member.idempotency_token {
                            let token =
                                sent.as_object_mut().and_then(|members| members.remove(name.as_str()));
                            assert_eq!(
                                token.as_ref().and_then(Value::as_str).map(str::len),
                                Some(36),
                                "{label}: {name}"
                            );
                        }
                    }
                    assert_eq!(&sent, body, "{label}");
                }
            }
            (Expect::Refused(code, words), Err(failure)) => {
                assert_eq!(failure.exit_code(), *code, "{label}: {}", failure.message);
                assert!(failure.message.contains(words), "{label}: {}", failure.message);
                assert!(!failure.message.contains('\n'), "{label}: one line: {}", failure.message);
            }
            (Expect::Request(..), Err(failure)) => panic!("{label}: refused: {}", failure.message),
            (Expect::Refused(..), Ok(parts)) => {
                panic!("{label}: sent {} {}", parts.method, parts.path_and_query)
            }
        }
    }
}
