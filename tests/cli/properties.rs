//! Property-based fuzzing (proptest; cargo-fuzz needs a nightly toolchain this project does not
//! use): the model-family body builders and response extractors, the JMESPath output path, the
//! config-file parser, the JSON Schema check, the bulk line parser, and the emulator's request
//! handlers must never panic, whatever they are given, and what they build must be valid JSON.
//! Failing cases proptest finds are kept in `tests/cli/properties.proptest-regressions` and
//! replayed first; `PROPTEST_CASES=100000 cargo test --test cli properties` runs longer by hand.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use bedrock::models::{EmbedParams, Family, TextParams};
use proptest::prelude::*;
use serde_json::{Map, Value, json};

/// Arbitrary JSON documents, a few levels deep, with the member names the families use so that
/// extractors get past their first lookups.
fn arbitrary_json() -> impl Strategy<Value = Value> {
    let names = prop::sample::select(vec![
        "results",
        "outputText",
        "completion",
        "content",
        "text",
        "type",
        "generation",
        "generations",
        "outputs",
        "choices",
        "message",
        "output",
        "usage",
        "embedding",
        "embeddings",
        "images",
        "artifacts",
        "completions",
        "data",
        "stop_reason",
        "finish_reason",
        "delta",
        "index",
        "amazon-bedrock-invocationMetrics",
        "inputTextTokenCount",
        "tokenCount",
        "prompt",
        "x",
    ]);
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|number| json!(number)),
        any::<f64>().prop_filter("finite", |number| number.is_finite()).prop_map(|number| json!(number)),
        ".{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::vec((names.clone(), inner), 0..5).prop_map(|members| Value::Object(
                members.into_iter().map(|(k, v)| (k.to_string(), v)).collect()
            )),
        ]
    })
}

fn families() -> impl Strategy<Value = Family> {
    prop::sample::select(Family::names().to_vec()).prop_map(|name| Family::from_name(name).unwrap())
}

fn text_params() -> impl Strategy<Value = TextParams> {
    (
        ".{0,40}",
        prop::collection::vec(".{0,10}", 0..2),
        prop::option::of(0u32..200_000),
        prop::option::of(-2.0f64..3.0),
        prop::option::of(-1.0f64..2.0),
        prop::option::of(0u32..1000),
        prop::collection::vec(".{0,6}", 0..3),
        prop::option::of(any::<u64>()),
        prop::option::of(-3.0f64..3.0),
    )
        .prop_map(|(prompt, system, max_tokens, temperature, top_p, top_k, stop, seed, penalty)| {
            TextParams {
                prompt,
                system,
                max_tokens,
                temperature,
                top_p,
                top_k,
                stop,
                seed,
                presence_penalty: penalty,
                frequency_penalty: penalty,
                ..TextParams::default()
            }
        })
}

fn cases() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|text| text.parse().ok()).unwrap_or(256);
    ProptestConfig { cases, failure_persistence: None, ..ProptestConfig::default() }
}

proptest! {
    #![proptest_config(cases())]

    /// A builder either rejects the flags (a usage error) or builds a JSON object.
    #[test]
    fn builders_never_panic(family in families(), params in text_params()) {
        if let Ok(body) = family.build_text_for_model("fuzz-model", &params) {
            prop_assert!(body.is_object());
            prop_assert!(serde_json::from_str::<Value>(&body.to_string()).is_ok());
        }
        let embed = EmbedParams { texts: vec![params.prompt.clone()], dimensions: params.top_k, ..EmbedParams::default() };
        if let Ok(body) = family.build_embedding(&embed) {
            prop_assert!(body.is_object());
        }
    }

    /// Extractors read any document without panicking: a value or an error.
    #[test]
    fn extractors_never_panic(family in families(), document in arbitrary_json()) {
        let _ = family.extract_text(&document);
        let _ = family.extract_stream_chunk(&document);
        let _ = family.extract_embeddings(&document);
        let _ = family.extract_images(&document);
    }

    /// Any --query text compiles or is a usage error; applying it never panics.
    #[test]
    fn queries_never_panic(expression in "[a-zA-Z0-9_.\\[\\]\\*\\?@|&!=<>()'`\"{}:, -]{0,24}", document in arbitrary_json()) {
        match bedrock::output::query::apply(&expression, &document) {
            Ok(value) => prop_assert!(serde_json::to_string(&value).is_ok()),
            Err(failure) => prop_assert_eq!(failure.exit_code(), 252),
        }
    }

    /// The config file parser accepts or rejects any text with a usage/config error.
    #[test]
    fn config_files_never_panic(text in "(output|color|\\[aliases\\]|fast|=|\"|json|table|[a-z]{1,5}|\n| ){0,30}") {
        let _ = bedrock::settings::ConfigFile::parse(&text, "fuzz.toml");
    }

    /// The JSON Schema check never panics, whatever the schema and value.
    #[test]
    fn schema_checks_never_panic(value in arbitrary_json(), schema in arbitrary_json()) {
        let _ = bedrock::schema::validate(&value, &schema);
    }

    /// Bulk lines: parsed or rejected with a message naming the line.
    #[test]
    fn bulk_lines_never_panic(text in ".{0,40}", number in 1u64..1_000_000) {
        if let Err(message) = bedrock::bulk::parse_line(number, &text) {
            prop_assert!(message.contains(&number.to_string()), "{}", message);
        }
    }
}

/// The seeds every run replays before the random cases: bodies that once crashed parsers in
/// other tools (deep nesting, huge numbers, empty and odd keys, invalid UTF-8).
const HANDLER_SEEDS: &[&[u8]] = &[
    b"",
    b"{}",
    b"null",
    b"[]",
    b"{\"messages\": null}",
    b"{\"messages\": [{\"role\": \"user\", \"content\": [{}]}]}",
    b"{\"inputText\": 1e400}",
    b"{\"max_tokens\": -1, \"messages\": []}",
    b"{\"\": {\"\": {\"\": []}}}",
    b"\xff\xfe\x00{",
    b"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
];

const HANDLER_PATHS: &[(&str, &str)] = &[
    ("POST", "/model/anthropic.claude-3-haiku-20240307-v1:0/invoke"),
    ("POST", "/model/amazon.titan-text-express-v1/invoke-with-response-stream"),
    ("POST", "/model/amazon.nova-lite-v1:0/converse"),
    ("POST", "/model/meta.llama3-8b-instruct-v1:0/converse-stream"),
    ("POST", "/model/amazon.titan-embed-text-v2:0/invoke"),
    ("POST", "/model/amazon.titan-image-generator-v1/invoke"),
    ("POST", "/guardrails"),
    ("POST", "/guardrail/abc123/version/DRAFT/apply"),
    ("POST", "/"),
];

/// Send one raw HTTP request and return the status code (0 when the connection broke).
fn send(address: &str, method: &str, path: &str, body: &[u8]) -> u16 {
    let Ok(mut stream) = TcpStream::connect(address) else { return 0 };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    let head = format!(
        "{method} {path} HTTP/1.1\r\nhost: {address}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
        body.len()
    );
    if stream.write_all(head.as_bytes()).and_then(|()| stream.write_all(body)).is_err() {
        return 0;
    }
    let mut response = Vec::new();
    let _ = stream.read_to_end(&mut response);
    let text = String::from_utf8_lossy(&response);
    text.split_whitespace().nth(1).and_then(|code| code.parse().ok()).unwrap_or(0)
}

fn body_bytes() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        arbitrary_json().prop_map(|value| value.to_string().into_bytes()),
        prop::collection::vec(any::<u8>(), 0..64),
        (
            arbitrary_json(),
            prop::sample::select(vec![
                "messages",
                "inputText",
                "prompt",
                "system",
                "inferenceConfig",
                "textToImageParams"
            ])
        )
            .prop_map(|(value, key)| {
                let mut object = Map::new();
                object.insert(key.to_string(), value);
                Value::Object(object).to_string().into_bytes()
            }),
    ]
}

/// The emulator's handlers answer every request (a 2xx or a 4xx service error), never a 5xx
/// or a dropped connection.
#[test]
fn emulator_handlers_never_fail() {
    let emulator = crate::support::Emulator::start();
    let address = emulator.url.trim_start_matches("http://").to_string();
    for seed in HANDLER_SEEDS {
        for (method, path) in HANDLER_PATHS {
            let status = send(&address, method, path, seed);
            assert!(
                (200..500).contains(&status),
                "{method} {path} with {:?}: status {status}",
                String::from_utf8_lossy(seed)
            );
        }
    }
    let mut runner = proptest::test_runner::TestRunner::new(cases());
    runner
        .run(&(prop::sample::select(HANDLER_PATHS.to_vec()), body_bytes()), |((method, path), body)| {
            let status = send(&address, method, path, &body);
            prop_assert!(
                (200..500).contains(&status),
                "{} {} with {:?}: status {}",
                method,
                path,
                String::from_utf8_lossy(&body),
                status
            );
            Ok(())
        })
        .unwrap();
}
