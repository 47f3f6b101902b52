//! Citations in Converse (`converse --document FILE --citations`) against the emulator: [n]
//! markers and the sources in text (piped, streamed, on a terminal), the service's
//! `citationsContent` blocks with `-o json` (valid against the model, locations pointing at the
//! quoted characters), `citation` deltas in NDJSON, a model that does not cite, and documents
//! without citations; boto3 reads the same answers (tests/python/boto3_citations.py).

use bedrock::api::model::Service;
use bedrock::api::validate::{Strictness, validate_shape};
use serde_json::Value;

use crate::support::{Emulator, Sandbox, run};

const MODEL: &str = "us.anthropic.claude-3-7-sonnet-20250219-v1:0";

const MANUAL: &str = "# Kettle manual\nThe kettle boils a litre of water in three minutes. Descale it every month!\n\nThe warranty lasts two years from the date of purchase.\n";

const PROMPT: &str = "How long does the warranty last?";

/// What every citing answer to PROMPT about MANUAL prints as text.
const ANSWER: &str = "According to manual: The warranty lasts two years from the date of purchase.[1]\n\nSources:\n[1] manual: \"The warranty lasts two years from the date of purchase.\"\n";

fn manual(sandbox: &Sandbox) -> std::path::PathBuf {
    let path = sandbox.path().join("manual.txt");
    std::fs::write(&path, MANUAL).unwrap();
    path
}

fn converse(sandbox: &Sandbox, emulator: &Emulator, extra: &[&str]) -> crate::support::Run {
    let path = manual(sandbox);
    let mut command = sandbox.against(emulator);
    command.args(["converse", MODEL, PROMPT, "--document"]).arg(&path).args(extra);
    run(&mut command)
}

/// The characters of MANUAL from `start` to `end`.
fn characters(start: u64, end: u64) -> String {
    MANUAL.chars().skip(start as usize).take((end - start) as usize).collect()
}

#[test]
fn text_answers_mark_the_cited_passage_and_list_the_source() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let answer = converse(&sandbox, &emulator, &["--citations"]);
    answer.expect_code(0);
    assert_eq!(answer.stdout, ANSWER);
    let streamed = converse(&sandbox, &emulator, &["--citations", "--stream"]);
    streamed.expect_code(0);
    assert_eq!(streamed.stdout, ANSWER, "the stream prints what the answer prints");
}

#[test]
fn json_is_the_service_document_with_locations_of_the_quoted_characters() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let answer = converse(&sandbox, &emulator, &["-o", "json", "--citations"]);
    answer.expect_code(0);
    let document = answer.json();
    let model = Service::BedrockRuntime.model();
    if let Err(violation) = validate_shape(model, "ConverseResponse", &document, "", Strictness::Request) {
        panic!("the response breaks its shape: {}", violation.client_message());
    }
    let content = document["output"]["message"]["content"].as_array().unwrap();
    assert_eq!(content[0]["text"], "According to manual:");
    let cited = &content[1]["citationsContent"];
    assert_eq!(cited["content"][0]["text"], " The warranty lasts two years from the date of purchase.");
    let citation = &cited["citations"][0];
    assert_eq!(citation["title"], "manual");
    let location = &citation["location"]["documentChar"];
    assert_eq!(location["documentIndex"], 0);
    let (start, end) = (location["start"].as_u64().unwrap(), location["end"].as_u64().unwrap());
    assert_eq!(characters(start, end), "The warranty lasts two years from the date of purchase.");
    assert_eq!(citation["sourceContent"][0]["text"], characters(start, end));
    // Every word is an output token.
    assert_eq!(document["usage"]["outputTokens"], 13);
    assert_eq!(document["stopReason"], "end_turn");
}

#[test]
fn streamed_json_events_carry_citation_deltas_after_the_cited_text() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let answer = converse(&sandbox, &emulator, &["-o", "json", "--citations", "--stream"]);
    answer.expect_code(0);
    let events: Vec<Value> = answer.stdout.lines().map(|line| serde_json::from_str(line).unwrap()).collect();
    let model = Service::BedrockRuntime.model();
    for event in &events {
        if let Err(violation) = validate_shape(model, "ConverseStreamOutput", event, "", Strictness::Request)
        {
            panic!("{event} breaks its shape: {}", violation.client_message());
        }
    }
    let deltas: Vec<&Value> = events.iter().filter_map(|event| event.pointer("/contentBlockDelta")).collect();
    let citations: Vec<&Value> = deltas.iter().filter_map(|delta| delta.pointer("/delta/citation")).collect();
    assert_eq!(citations.len(), 1, "{}", answer.stdout);
    let location = &citations[0]["location"]["documentChar"];
    assert_eq!(
        characters(location["start"].as_u64().unwrap(), location["end"].as_u64().unwrap()),
        citations[0]["sourceContent"][0]["text"].as_str().unwrap()
    );
    // The citation comes after the text of its block, which is block 1 (block 0 is the
    // introduction), and the block stops after it.
    let position =
        events.iter().position(|event| event.pointer("/contentBlockDelta/delta/citation").is_some()).unwrap();
    assert_eq!(events[position]["contentBlockDelta"]["contentBlockIndex"], 1);
    assert!(events[position - 1].pointer("/contentBlockDelta/delta/text").is_some());
    assert_eq!(events[position + 1]["contentBlockStop"]["contentBlockIndex"], 1);
    let text: String =
        deltas.iter().filter_map(|delta| delta.pointer("/delta/text").and_then(Value::as_str)).collect();
    assert_eq!(text, "According to manual: The warranty lasts two years from the date of purchase.");
}

#[test]
fn the_answer_is_marked_on_a_terminal_too() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let path = manual(&sandbox);
    let path = path.to_str().unwrap();
    let (code, screen) = crate::terminal::on_terminal(
        &sandbox,
        &["--endpoint-url", &emulator.url, "converse", MODEL, PROMPT, "--document", path, "--citations"],
        &[("NO_COLOR", "1")],
    );
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains(ANSWER), "{screen}");
}

#[test]
fn models_that_do_not_cite_and_documents_without_citations() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let path = manual(&sandbox);
    let mut command = sandbox.against(&emulator);
    command
        .args(["converse", "anthropic.claude-3-haiku-20240307-v1:0", PROMPT, "--citations", "--document"])
        .arg(&path);
    run(&mut command)
        .expect_one_line_error(254, "ValidationException: This model doesn't support citations.");

    let plain = converse(&sandbox, &emulator, &[]);
    plain.expect_code(0);
    assert!(!plain.stdout.contains("[1]") && !plain.stdout.contains("Sources:"), "{}", plain.stdout);
    let plain = converse(&sandbox, &emulator, &["-o", "json"]);
    let content = plain.json()["output"]["message"]["content"].clone();
    assert!(
        content.as_array().unwrap().iter().all(|block| block.get("citationsContent").is_none()),
        "{content}"
    );

    let mut command = sandbox.against(&emulator);
    command.args(["converse", MODEL, PROMPT, "--citations"]);
    let refused = run(&mut command);
    assert_eq!(refused.code, 252, "{}", refused.stderr);
    assert!(refused.stderr.contains("--document"), "{}", refused.stderr);
}

#[test]
fn boto3_parses_cited_answers_and_citation_deltas() {
    let Some(python) = crate::boto3::python() else { return };
    let emulator = Emulator::start();
    crate::boto3::run_script(python, "boto3_citations.py", &[&emulator.url]);
}

#[test]
fn a_cited_answer_goes_back_as_history() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let answer = converse(&sandbox, &emulator, &["-o", "json", "--citations"]);
    answer.expect_code(0);
    let message = answer.json()["output"]["message"].clone();
    let history = serde_json::json!([{"role": "user", "content": [{"text": PROMPT}]}, message]);
    let path = sandbox.path().join("history.json");
    std::fs::write(&path, history.to_string()).unwrap();
    let mut command = sandbox.against(&emulator);
    command.args(["-o", "json", "converse", MODEL, "And the kettle?", "--messages"]).arg(&path);
    let next = run(&mut command);
    next.expect_code(0);
    let document = next.json();
    assert!(document["output"]["message"]["content"][0]["text"].is_string(), "{document}");
    // The cited answer's words are read as input: the question (6), the answer (13), the
    // follow-up (3).
    assert_eq!(document["usage"]["inputTokens"], 22, "{document}");
}

#[test]
fn pdf_pages_are_cited_by_page() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let pdf = sandbox.path().join("pumps.pdf");
    std::fs::write(&pdf, "%PDF-1.4\n1 0 obj << /Length 9 >>\nstream\nBT (Intro.) Tj ET\nendstream\n2 0 obj << /Length 50 >>\nstream\nBT (Pumps need yearly service.) Tj ET\nendstream\n").unwrap();
    let mut command = sandbox.against(&emulator);
    command.args(["converse", MODEL, "Do pumps need service?", "--citations", "--document"]).arg(&pdf);
    let answer = run(&mut command);
    answer.expect_code(0);
    assert_eq!(
        answer.stdout,
        "According to pumps: Pumps need yearly service.[1]\n\nSources:\n[1] pumps, page 2: \"Pumps need yearly service.\"\n"
    );
}
