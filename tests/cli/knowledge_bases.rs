//! Knowledge bases end to end: a knowledge base and an S3 data source over a directory of test
//! documents (served through `--s3-root`), ingestion with --wait, retrieval of a fact only one
//! document holds, answers that cite it, sessions, re-ingestion statistics and bad input.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::support::{Emulator, Sandbox, run};

const ROLE: &str = "arn:aws:iam::123456789012:role/kb-role";
const COLLECTION: &str = "arn:aws:aoss:us-east-1:123456789012:collection/kbtest";

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/knowledge").join(name)
}

/// An S3 root with `docs-bucket/guides/` holding the test documents, a metadata file each for
/// two of them, and one document the emulator cannot ingest.
pub fn s3_root(sandbox: &Sandbox) -> PathBuf {
    let root = sandbox.path().join("s3");
    let guides = root.join("docs-bucket").join("guides");
    std::fs::create_dir_all(&guides).unwrap();
    for name in
        ["zephyr.txt", "office.md", "garden.txt", "zephyr.txt.metadata.json", "garden.txt.metadata.json"]
    {
        std::fs::copy(fixture(name), guides.join(name)).unwrap();
    }
    std::fs::write(guides.join("manual.pdf"), b"%PDF-1.4 not really").unwrap();
    std::fs::write(root.join("docs-bucket").join("outside.txt"), "The launch code is elsewhere 9999.")
        .unwrap();
    root
}

pub fn emulator_over(root: &Path) -> Emulator {
    Emulator::with_args(&["--s3-root", root.to_str().unwrap(), "--job-seconds", "0.5"])
}

/// Create a knowledge base and an S3 data source over `s3://docs-bucket/guides/`, ingest it,
/// and return (knowledge base id, data source id, the finished job document).
pub fn ingested(sandbox: &Sandbox, emulator: &Emulator) -> (String, String, Value) {
    let created = run(sandbox.against(emulator).args([
        "-o",
        "json",
        "knowledge-bases",
        "create",
        "--name",
        "company-docs",
        "--role-arn",
        ROLE,
        "--opensearch-serverless",
        COLLECTION,
        "--tags",
        "team=docs",
    ]));
    created.expect_code(0);
    let kb = created.json()["knowledgeBase"]["knowledgeBaseId"].as_str().unwrap().to_string();
    let source = run(sandbox.against(emulator).args([
        "-o",
        "json",
        "data-sources",
        "create",
        "--knowledge-base",
        &kb,
        "--name",
        "guides",
        "--s3-uri",
        "s3://docs-bucket/guides/",
        "--chunking",
        "fixed-size",
        "--max-tokens",
        "40",
        "--overlap-percentage",
        "10",
    ]));
    source.expect_code(0);
    let ds = source.json()["dataSource"]["dataSourceId"].as_str().unwrap().to_string();
    let job = run(sandbox.against(emulator).args([
        "-o",
        "json",
        "ingestion-jobs",
        "start",
        "--knowledge-base",
        &kb,
        "--data-source",
        &ds,
        "--wait",
    ]));
    job.expect_code(0);
    (kb, ds, job.json())
}

#[test]
fn ingest_retrieve_and_ask_cite_the_document_that_holds_the_fact() {
    let sandbox = Sandbox::new();
    let root = s3_root(&sandbox);
    let emulator = emulator_over(&root);
    let (kb, ds, job) = ingested(&sandbox, &emulator);

    let job = &job["ingestionJob"];
    assert_eq!(job["status"], "COMPLETE");
    let statistics = &job["statistics"];
    assert_eq!(statistics["numberOfDocumentsScanned"], 4, "{job}");
    assert_eq!(statistics["numberOfMetadataDocumentsScanned"], 2);
    assert_eq!(statistics["numberOfNewDocumentsIndexed"], 3);
    assert_eq!(statistics["numberOfDocumentsFailed"], 1);
    let reasons = job["failureReasons"].to_string();
    assert!(reasons.contains("manual.pdf"), "{reasons}");

    // Retrieval: the one document with the fact ranks first; the file outside the prefix is not indexed.
    let retrieved = run(sandbox.against(&emulator).args([
        "-o",
        "json",
        "retrieve",
        &kb,
        "What is the launch code of Zephyr?",
    ]));
    retrieved.expect_code(0);
    let results = retrieved.json()["retrievalResults"].as_array().unwrap().clone();
    assert!(!results.is_empty());
    assert_eq!(results[0]["location"]["s3Location"]["uri"], "s3://docs-bucket/guides/zephyr.txt");
    assert!(results[0]["content"]["text"].as_str().unwrap().contains("4471"));
    assert_eq!(results[0]["metadata"]["team"], "space");
    let scores: Vec<f64> = results.iter().map(|result| result["score"].as_f64().unwrap()).collect();
    assert!(scores.windows(2).all(|pair| pair[0] >= pair[1]), "{scores:?}");
    assert!(!retrieved.stdout.contains("9999"));

    let table =
        run(sandbox.against(&emulator).args(["-o", "table", "retrieve", &kb, "launch code", "--top-k", "1"]));
    table.expect_code(0);
    assert!(table.stdout.contains("SCORE") && table.stdout.contains("zephyr.txt"), "{}", table.stdout);

    // A metadata filter keeps only the documents it matches.
    let filtered = run(sandbox.against(&emulator).args([
        "-o",
        "json",
        "retrieve",
        &kb,
        "garden canteen launch",
        "--filter",
        r#"{"equals": {"key": "team", "value": "facilities"}}"#,
    ]));
    filtered.expect_code(0);
    let uris: Vec<String> = filtered.json()["retrievalResults"]
        .as_array()
        .unwrap()
        .iter()
        .map(|result| result["location"]["s3Location"]["uri"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(uris, ["s3://docs-bucket/guides/garden.txt"]);
    run(sandbox.against(&emulator).args(["retrieve", &kb, "x", "--filter", r#"{"equals": {"value": 1}}"#]))
        .expect_one_line_error(252, "filter.equals.key");

    // Ask: the answer cites the right document, with a marker and the source underneath.
    let asked = run(sandbox.against(&emulator).args(["ask", &kb, "What is the launch code of Zephyr?"]));
    asked.expect_code(0);
    assert!(asked.stdout.contains("4471.[1]"), "{}", asked.stdout);
    assert!(asked.stdout.contains("Sources:\n[1] s3://docs-bucket/guides/zephyr.txt"), "{}", asked.stdout);
    let session = asked.stderr.lines().find_map(|line| line.strip_prefix("session: ")).unwrap().to_string();

    // Streamed (RetrieveAndGenerateStream): the same answer, markers and sources as it is written;
    // with -o json one line per event, each citation after the text it cites.
    let streamed =
        run(sandbox.against(&emulator).args(["ask", &kb, "What is the launch code of Zephyr?", "--stream"]));
    streamed.expect_code(0);
    assert_eq!(streamed.stdout, asked.stdout);
    assert!(streamed.stderr.contains("session: "), "{}", streamed.stderr);
    let events = run(sandbox.against(&emulator).args([
        "-o",
        "json",
        "ask",
        &kb,
        "What is the launch code of Zephyr?",
        "--stream",
    ]));
    events.expect_code(0);
    let events: Vec<serde_json::Value> =
        events.stdout.lines().map(|line| serde_json::from_str(line).unwrap()).collect();
    let first_citation = events.iter().position(|event| event.get("citation").is_some()).unwrap();
    let before: String =
        events[..first_citation].iter().map(|event| event["output"]["text"].as_str().unwrap()).collect();
    let cited = &events[first_citation]["citation"];
    assert!(before.ends_with(cited["generatedResponsePart"]["textResponsePart"]["text"].as_str().unwrap()));
    assert_eq!(
        cited["retrievedReferences"][0]["location"]["s3Location"]["uri"],
        "s3://docs-bucket/guides/zephyr.txt"
    );
    run(sandbox.against(&emulator).args([
        "ask",
        &kb,
        "Anything?",
        "--stream",
        "--session-id",
        "no-such-session",
    ]))
    .expect_one_line_error(254, "ValidationException");

    let answer = run(sandbox.against(&emulator).args([
        "-o",
        "json",
        "retrieve-and-generate",
        &kb,
        "When is lunch served?",
        "--session-id",
        &session,
    ]));
    answer.expect_code(0);
    let document = answer.json();
    assert_eq!(document["sessionId"], session.as_str(), "the session id round-trips");
    let text = document["output"]["text"].as_str().unwrap();
    let citation = &document["citations"][0];
    let span = &citation["generatedResponsePart"]["textResponsePart"]["span"];
    let (start, end) = (span["start"].as_u64().unwrap() as usize, span["end"].as_u64().unwrap() as usize);
    let cited: String = text.chars().skip(start).take(end + 1 - start).collect();
    assert_eq!(cited, citation["generatedResponsePart"]["textResponsePart"]["text"].as_str().unwrap());
    assert!(cited.contains("noon"), "{cited}");
    assert_eq!(
        citation["retrievedReferences"][0]["location"]["s3Location"]["uri"],
        "s3://docs-bucket/guides/office.md"
    );

    let templated = run(sandbox.against(&emulator).args([
        "ask",
        &kb,
        "What is the launch code of Zephyr?",
        "--prompt-template",
        "Answer from these results only: $search_results$",
        "--search-type",
        "semantic",
        "--top-k",
        "2",
    ]));
    templated.expect_code(0);
    assert!(templated.stdout.contains("4471"), "{}", templated.stdout);
    run(sandbox.against(&emulator).args(["ask", &kb, "x", "--prompt-template", "no placeholder"]))
        .expect_one_line_error(252, "$search_results$");
    run(sandbox.against(&emulator).args(["ask", &kb, "Anything?", "--session-id", "no-such-session"]))
        .expect_one_line_error(254, "ValidationException");
    let nothing = run(sandbox.against(&emulator).args(["ask", &kb, "quantum chromodynamics"]));
    assert!(nothing.stdout.contains("Sorry, I am unable to assist you with this request."));

    // Re-ingestion: one document changed, one deleted.
    let guides = root.join("docs-bucket").join("guides");
    std::fs::write(guides.join("office.md"), "# Office guide\n\nThe office now opens at nine.\n").unwrap();
    std::fs::remove_file(guides.join("garden.txt")).unwrap();
    let again = run(sandbox.against(&emulator).args([
        "-o",
        "json",
        "ingestion-jobs",
        "start",
        "--knowledge-base",
        &kb,
        "--data-source",
        &ds,
        "--wait",
    ]));
    again.expect_code(0);
    let statistics = &again.json()["ingestionJob"]["statistics"];
    assert_eq!(statistics["numberOfModifiedDocumentsIndexed"], 1, "{statistics}");
    assert_eq!(statistics["numberOfDocumentsDeleted"], 1);
    assert_eq!(statistics["numberOfNewDocumentsIndexed"], 0);
    let listed = run(sandbox.against(&emulator).args([
        "ingestion-jobs",
        "list",
        "--knowledge-base",
        &kb,
        "--data-source",
        &ds,
    ]));
    assert_eq!(listed.json()["ingestionJobSummaries"].as_array().unwrap().len(), 2);
    let garden =
        run(sandbox.against(&emulator).args(["-o", "json", "retrieve", &kb, "tomatoes basil lavender"]));
    assert!(!garden.stdout.contains("garden.txt"), "deleted documents leave the index: {}", garden.stdout);
}

#[test]
fn knowledge_base_lifecycle_and_chunking_flags() {
    let sandbox = Sandbox::new();
    let root = s3_root(&sandbox);
    let emulator = emulator_over(&root);
    let (kb, ds, _) = ingested(&sandbox, &emulator);
    let listed = run(sandbox.against(&emulator).args(["knowledge-bases", "list"]));
    assert_eq!(listed.json()["knowledgeBaseSummaries"][0]["knowledgeBaseId"], kb.as_str());
    let updated =
        run(sandbox.against(&emulator).args(["knowledge-bases", "update", &kb, "--description", "Manuals"]));
    updated.expect_code(0);
    assert_eq!(updated.json()["knowledgeBase"]["description"], "Manuals");
    assert_eq!(updated.json()["knowledgeBase"]["name"], "company-docs");

    let hierarchical = run(sandbox.against(&emulator).args([
        "data-sources",
        "create",
        "--knowledge-base",
        &kb,
        "--name",
        "layered",
        "--s3-uri",
        "s3://docs-bucket/guides/",
        "--chunking",
        "hierarchical",
        "--parent-max-tokens",
        "60",
        "--child-max-tokens",
        "20",
        "--overlap-tokens",
        "5",
    ]));
    hierarchical.expect_code(0);
    let chunking =
        &hierarchical.json()["dataSource"]["vectorIngestionConfiguration"]["chunkingConfiguration"];
    assert_eq!(chunking["chunkingStrategy"], "HIERARCHICAL");
    assert_eq!(chunking["hierarchicalChunkingConfiguration"]["levelConfigurations"][1]["maxTokens"], 20);
    run(sandbox.against(&emulator).args([
        "data-sources",
        "create",
        "--knowledge-base",
        &kb,
        "--name",
        "bad",
        "--s3-uri",
        "s3://docs-bucket/",
        "--chunking",
        "fixed-size",
    ]))
    .expect_one_line_error(252, "--max-tokens");
    run(sandbox.against(&emulator).args([
        "data-sources",
        "create",
        "--knowledge-base",
        &kb,
        "--name",
        "bad",
        "--s3-uri",
        "https://example.com/x",
    ]))
    .expect_one_line_error(252, "s3://bucket/prefix");
    let sources = run(sandbox.against(&emulator).args(["data-sources", "list", "--knowledge-base", &kb]));
    assert_eq!(sources.json()["dataSourceSummaries"].as_array().unwrap().len(), 2);

    run(sandbox.against(&emulator).args(["data-sources", "delete", &ds, "--knowledge-base", &kb, "--yes"]))
        .expect_code(0);
    run(sandbox.against(&emulator).args(["data-sources", "get", &ds, "--knowledge-base", &kb]))
        .expect_one_line_error(254, "ResourceNotFoundException");
    run(sandbox.against(&emulator).args(["knowledge-bases", "delete", &kb]))
        .expect_one_line_error(252, "--yes");
    run(sandbox.against(&emulator).args(["knowledge-bases", "delete", &kb, "--yes"])).expect_code(0);
    run(sandbox.against(&emulator).args(["knowledge-bases", "get", &kb]))
        .expect_one_line_error(254, "ResourceNotFoundException");
}

#[test]
fn unknown_ids_and_a_missing_s3_root_are_clear_errors() {
    let sandbox = Sandbox::new();
    let emulator = Emulator::with_args(&["--job-seconds", "0"]);
    run(sandbox.against(&emulator).args(["knowledge-bases", "get", "NOSUCHKB00"]))
        .expect_one_line_error(254, "ResourceNotFoundException");
    run(sandbox.against(&emulator).args(["retrieve", "NOSUCHKB00", "anything"]))
        .expect_one_line_error(254, "ResourceNotFoundException");
    run(sandbox.against(&emulator).args(["ask", "NOSUCHKB00", "anything"]))
        .expect_one_line_error(254, "ResourceNotFoundException");
    let created = run(sandbox.against(&emulator).args([
        "knowledge-bases",
        "create",
        "--name",
        "docs",
        "--role-arn",
        ROLE,
        "--opensearch-serverless",
        COLLECTION,
    ]));
    let kb = created.json()["knowledgeBase"]["knowledgeBaseId"].as_str().unwrap().to_string();
    let source = run(sandbox.against(&emulator).args([
        "data-sources",
        "create",
        "--knowledge-base",
        &kb,
        "--name",
        "docs",
        "--s3-uri",
        "s3://docs-bucket/",
    ]));
    let ds = source.json()["dataSource"]["dataSourceId"].as_str().unwrap().to_string();
    let failed = run(sandbox.against(&emulator).args([
        "ingestion-jobs",
        "start",
        "--knowledge-base",
        &kb,
        "--data-source",
        &ds,
        "--wait",
    ]));
    failed.expect_code(254);
    assert!(failed.stderr.contains("FAILED") && failed.stderr.contains("--s3-root"), "{}", failed.stderr);
    run(sandbox.against(&emulator).args([
        "knowledge-bases",
        "create",
        "--name",
        "docs2",
        "--role-arn",
        ROLE,
        "--opensearch-serverless",
        COLLECTION,
        "--embedding-model",
        "anthropic.claude-3-haiku-20240307-v1:0",
    ]))
    .expect_one_line_error(254, "embedding model");
}

#[test]
fn a_running_ingestion_job_can_be_stopped_and_local_mode_reads_the_data_dir() {
    let sandbox = Sandbox::new();
    let root = s3_root(&sandbox);
    let emulator = Emulator::with_args(&["--s3-root", root.to_str().unwrap(), "--job-seconds", "60"]);
    let created = run(sandbox.against(&emulator).args([
        "knowledge-bases",
        "create",
        "--name",
        "slow",
        "--role-arn",
        ROLE,
        "--opensearch-serverless",
        COLLECTION,
    ]));
    let kb = created.json()["knowledgeBase"]["knowledgeBaseId"].as_str().unwrap().to_string();
    let source = run(sandbox.against(&emulator).args([
        "data-sources",
        "create",
        "--knowledge-base",
        &kb,
        "--name",
        "guides",
        "--s3-uri",
        "s3://docs-bucket/guides/",
    ]));
    let ds = source.json()["dataSource"]["dataSourceId"].as_str().unwrap().to_string();
    let started = run(sandbox.against(&emulator).args([
        "ingestion-jobs",
        "start",
        "--knowledge-base",
        &kb,
        "--data-source",
        &ds,
    ]));
    started.expect_code(0);
    let job = started.json()["ingestionJob"].clone();
    assert_eq!(job["status"], "STARTING");
    let id = job["ingestionJobId"].as_str().unwrap().to_string();
    run(sandbox.against(&emulator).args([
        "ingestion-jobs",
        "start",
        "--knowledge-base",
        &kb,
        "--data-source",
        &ds,
    ]))
    .expect_one_line_error(254, "ConflictException");
    // A wait that gives up names the command that shows the job, parents included.
    let gave_up = run(sandbox.against(&emulator).args([
        "ingestion-jobs",
        "wait",
        &id,
        "--knowledge-base",
        &kb,
        "--data-source",
        &ds,
        "--timeout",
        "0.5",
    ]));
    gave_up.expect_code(255);
    let hint = format!("`bedrock ingestion-jobs get {id} --knowledge-base {kb} --data-source {ds}` shows it");
    assert!(gave_up.stderr.contains(&hint), "{}", gave_up.stderr);
    let stopped = run(sandbox.against(&emulator).args([
        "ingestion-jobs",
        "stop",
        &id,
        "--knowledge-base",
        &kb,
        "--data-source",
        &ds,
    ]));
    stopped.expect_code(0);
    assert_eq!(stopped.json()["ingestionJob"]["status"], "STOPPED");
    let waited = run(sandbox.against(&emulator).args([
        "ingestion-jobs",
        "wait",
        &id,
        "--knowledge-base",
        &kb,
        "--data-source",
        &ds,
    ]));
    waited.expect_code(254);
    assert!(waited.stderr.contains("STOPPED"), "{}", waited.stderr);
    let retrieved =
        run(sandbox.against(&emulator).args(["-o", "json", "retrieve", &kb, "launch code Zephyr"]));
    assert_eq!(retrieved.json()["retrievalResults"], serde_json::json!([]), "a stopped job indexes nothing");

    // --local: the in-process emulator reads s3:// from DATA_DIR/s3.
    let local_root = sandbox.path().join("data").join("s3");
    std::fs::create_dir_all(local_root.join("local-bucket")).unwrap();
    std::fs::copy(fixture("zephyr.txt"), local_root.join("local-bucket").join("zephyr.txt")).unwrap();
    let local = run(sandbox.command().args([
        "--local",
        "-o",
        "json",
        "knowledge-bases",
        "create",
        "--name",
        "local",
        "--role-arn",
        ROLE,
        "--opensearch-serverless",
        COLLECTION,
    ]));
    local.expect_code(0);
    let local_kb = local.json()["knowledgeBase"]["knowledgeBaseId"].as_str().unwrap().to_string();
    let local_source = run(sandbox.command().args([
        "--local",
        "-o",
        "json",
        "data-sources",
        "create",
        "--knowledge-base",
        &local_kb,
        "--name",
        "local",
        "--s3-uri",
        "s3://local-bucket",
    ]));
    let local_ds = local_source.json()["dataSource"]["dataSourceId"].as_str().unwrap().to_string();
    let local_job = run(sandbox.command().args([
        "--local",
        "-o",
        "json",
        "ingestion-jobs",
        "start",
        "--knowledge-base",
        &local_kb,
        "--data-source",
        &local_ds,
    ]));
    local_job.expect_code(0);
    assert_eq!(local_job.json()["ingestionJob"]["statistics"].as_object().map(|s| s.len()), Some(8));
    assert!(local_job.json()["ingestionJob"].get("failureReasons").is_none(), "{}", local_job.stdout);
}

/// Run bedrock on a pseudo-terminal; returns (exit code, screen text without \r).
fn on_terminal(sandbox: &Sandbox, args: &[&str]) -> (u32, String) {
    use std::io::Read;

    use portable_pty::{CommandBuilder, PtySize, native_pty_system};
    let system = native_pty_system();
    let pair = system.openpty(PtySize { rows: 60, cols: 200, pixel_width: 0, pixel_height: 0 }).unwrap();
    let mut command = CommandBuilder::new(crate::support::binary());
    command.args(args);
    command.env_clear();
    command.env("HOME", sandbox.path());
    command.env("TERM", "xterm-256color");
    command.env("NO_COLOR", "1");
    command.env("AWS_CONFIG_FILE", sandbox.path().join("aws-config"));
    command.env("AWS_SHARED_CREDENTIALS_FILE", sandbox.path().join("aws-credentials"));
    command.env("AWS_EC2_METADATA_DISABLED", "true");
    command.env("BEDROCK_CONFIG", sandbox.path().join("bedrock-config.toml"));
    command.env("BEDROCK_DATA_DIR", sandbox.path().join("data"));
    command.env("AWS_REGION", "us-east-1");
    command.env("AWS_ACCESS_KEY_ID", crate::support::ACCESS_KEY);
    command.env("AWS_SECRET_ACCESS_KEY", crate::support::SECRET_KEY);
    let mut child = pair.slave.spawn_command(command).unwrap();
    drop(pair.slave);
    let mut reader = pair.master.try_clone_reader().unwrap();
    let mut bytes = Vec::new();
    let mut buffer = [0u8; 8192];
    loop {
        match reader.read(&mut buffer) {
            Ok(0) | Err(_) => break,
            Ok(count) => bytes.extend_from_slice(&buffer[..count]),
        }
    }
    let status = child.wait().unwrap();
    (status.exit_code(), String::from_utf8_lossy(&bytes).replace('\r', ""))
}

#[test]
fn waiting_for_ingestion_shows_progress_on_a_terminal() {
    let sandbox = Sandbox::new();
    let root = s3_root(&sandbox);
    let emulator = Emulator::with_args(&["--s3-root", root.to_str().unwrap(), "--job-seconds", "3"]);
    let created = run(sandbox.against(&emulator).args([
        "knowledge-bases",
        "create",
        "--name",
        "docs",
        "--role-arn",
        ROLE,
        "--opensearch-serverless",
        COLLECTION,
    ]));
    let kb = created.json()["knowledgeBase"]["knowledgeBaseId"].as_str().unwrap().to_string();
    let source = run(sandbox.against(&emulator).args([
        "data-sources",
        "create",
        "--knowledge-base",
        &kb,
        "--name",
        "guides",
        "--s3-uri",
        "s3://docs-bucket/guides/",
    ]));
    let ds = source.json()["dataSource"]["dataSourceId"].as_str().unwrap().to_string();
    let (code, screen) = on_terminal(
        &sandbox,
        &[
            "--endpoint-url",
            &emulator.url,
            "ingestion-jobs",
            "start",
            "--knowledge-base",
            &kb,
            "--data-source",
            &ds,
            "--wait",
        ],
    );
    assert_eq!(code, 0, "{screen}");
    // The waiter's line: `ingestion job ID: STATUS (Ns) scanned N, new N, …`.
    let running = ["IN_PROGRESS", "STARTING"].iter().any(|status| screen.contains(&format!(": {status} (")));
    assert!(running && screen.contains("s) scanned "), "{screen}");
    assert!(screen.contains("COMPLETE: scanned 4, new 3, modified 0, deleted 0, failed 1"), "{screen}");
    assert!(screen.contains("warning: Encountered error for s3://docs-bucket/guides/manual.pdf"), "{screen}");
    assert!(screen.contains("│ status ") && screen.contains("COMPLETE"), "a table on a terminal: {screen}");
}

/// Rerank puts the sources that match the query first, with their indexes in the request, cut
/// to numberOfResults; a model that is no reranker is refused as the service refuses it.
#[test]
fn rerank_orders_sources_by_relevance() {
    let emulator = Emulator::start();
    let sandbox = Sandbox::new();
    let sources = r#"[
        {"type":"INLINE","inlineDocumentSource":{"type":"TEXT","textDocument":{"text":"Shipping takes five days."}}},
        {"type":"INLINE","inlineDocumentSource":{"type":"TEXT","textDocument":{"text":"Damaged goods get a full refund under our refund policy."}}},
        {"type":"INLINE","inlineDocumentSource":{"type":"JSON","jsonDocument":{"title":"refund","body":"returns"}}}
    ]"#;
    let rerank = |model: &str, limit: &str| {
        let configuration = format!(
            r#"{{"type":"BEDROCK_RERANKING_MODEL","bedrockRerankingConfiguration":{{{limit}"modelConfiguration":{{"modelArn":"arn:aws:bedrock:us-east-1::foundation-model/{model}"}}}}}}"#
        );
        run(sandbox.against(&emulator).args([
            "-o",
            "json",
            "api",
            "bedrock-agent-runtime",
            "rerank",
            "--queries",
            r#"[{"type":"TEXT","textQuery":{"text":"refund policy for damaged goods"}}]"#,
            "--sources",
            sources,
            "--reranking-configuration",
            &configuration,
        ]))
    };
    let ranked = rerank("amazon.rerank-v1:0", "");
    ranked.expect_code(0);
    let results = ranked.json()["results"].as_array().unwrap().clone();
    let indexes: Vec<u64> = results.iter().map(|result| result["index"].as_u64().unwrap()).collect();
    assert_eq!(indexes, [1, 2, 0]);
    let scores: Vec<f64> = results.iter().map(|result| result["relevanceScore"].as_f64().unwrap()).collect();
    assert!(
        scores[0] > scores[1] && scores[1] > scores[2] && scores[2] >= 0.0 && scores[0] < 1.0,
        "{scores:?}"
    );
    assert_eq!(
        results[0]["document"]["textDocument"]["text"],
        "Damaged goods get a full refund under our refund policy."
    );
    let cut = rerank("cohere.rerank-v3-5:0", r#""numberOfResults":1,"#);
    cut.expect_code(0);
    assert_eq!(cut.json()["results"].as_array().unwrap().len(), 1);
    rerank("amazon.rerank-v1:0", r#""numberOfResults":4,"#).expect_one_line_error(254, "numberOfResults");
    rerank("amazon.nova-micro-v1:0", "").expect_one_line_error(254, "not a reranking model");
}
