//! `customization-jobs validate-data`: good and bad datasets for each documented family, a bad
//! line deep inside a large file reported by its number, quotas, and flat memory on a big file.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::support::{Run, Sandbox, run};

fn write(sandbox: &Sandbox, name: &str, lines: &[String]) -> PathBuf {
    let path = sandbox.path().join(name);
    let mut file = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    for line in lines {
        writeln!(file, "{line}").unwrap();
    }
    path
}

fn validate(sandbox: &Sandbox, file: &Path, model: &str, extra: &[&str]) -> Run {
    run(sandbox
        .command()
        .args(["-o", "text", "customization-jobs", "validate-data"])
        .arg(file)
        .args(["--base-model", model])
        .args(extra))
}

fn pairs(count: usize) -> Vec<String> {
    (0..count).map(|n| format!(r#"{{"prompt": "question {n}", "completion": "answer {n}"}}"#)).collect()
}

#[test]
fn text_families_accept_prompt_completion_pairs() {
    let sandbox = Sandbox::new();
    let file = write(&sandbox, "train.jsonl", &pairs(20));
    for model in [
        "titan-text-express",
        "amazon.titan-text-premier-v1:0",
        "cohere.command-text-v14",
        "meta.llama2-13b-v1",
    ] {
        let result = validate(&sandbox, &file, model, &[]);
        result.expect_code(0);
        assert!(result.stdout.contains("20 records, 0 invalid"), "{model}: {}", result.stdout);
    }
}

#[test]
fn bad_lines_are_reported_by_number() {
    let sandbox = Sandbox::new();
    let mut lines = pairs(10_000);
    lines[4_999] = r#"{"prompt": "no completion here"}"#.to_string();
    lines[7_776] = r#"{"prompt": "x", "completion": "y", "extra": 1}"#.to_string();
    lines[9_998] = "{not json".to_string();
    let file = write(&sandbox, "deep.jsonl", &lines);
    let result = validate(&sandbox, &file, "titan-text-lite", &[]);
    result.expect_one_line_error(252, "is not a valid dataset (3 problem(s))");
    let reported: Vec<&str> = result.stdout.lines().collect();
    assert_eq!(reported.len(), 4, "{}", result.stdout);
    assert!(
        reported[0].ends_with(
            "deep.jsonl:5000: missing \"completion\" (each line needs \"prompt\" and \"completion\")"
        ),
        "{}",
        reported[0]
    );
    assert!(reported[1].contains("deep.jsonl:7777: unexpected field \"extra\""), "{}", reported[1]);
    assert!(reported[2].contains("deep.jsonl:9999: not valid JSON at column 2"), "{}", reported[2]);
    assert!(reported[3].contains("10000 records, 3 invalid"), "{}", reported[3]);

    let json = run(sandbox
        .command()
        .args(["-o", "json", "customization-jobs", "validate-data"])
        .arg(&file)
        .args(["--base-model", "titan-text-lite"]));
    json.expect_code(252);
    let report = json.json();
    assert_eq!(report["records"], 10_000);
    assert_eq!(report["invalidRecords"], 3);
    assert_eq!(report["errors"][0]["line"], 5000);
    assert_eq!(report["valid"], false);
}

#[test]
fn continued_pre_training_takes_input_lines() {
    let sandbox = Sandbox::new();
    let good = write(
        &sandbox,
        "corpus.jsonl",
        &[r#"{"input": "Some text."}"#.into(), r#"{"input": "More text."}"#.into()],
    );
    validate(&sandbox, &good, "titan-text-express", &["--type", "CONTINUED_PRE_TRAINING"]).expect_code(0);
    let bad = write(&sandbox, "pairs.jsonl", &pairs(2));
    let result = validate(&sandbox, &bad, "titan-text-express", &["--type", "CONTINUED_PRE_TRAINING"]);
    result.expect_code(252);
    assert!(result.stdout.contains(":1: missing \"input\""), "{}", result.stdout);
    validate(&sandbox, &good, "cohere.command-text-v14", &["--type", "CONTINUED_PRE_TRAINING"])
        .expect_one_line_error(252, "does not support CONTINUED_PRE_TRAINING");
}

#[test]
fn image_families_take_image_references_and_captions() {
    let sandbox = Sandbox::new();
    let images: Vec<String> = (0..6)
        .map(|n| {
            format!(r#"{{"image-ref": "s3://my-bucket/images/{n:03}.png", "caption": "a photo number {n}"}}"#)
        })
        .collect();
    let good = write(&sandbox, "images.jsonl", &images);
    validate(&sandbox, &good, "amazon.titan-image-generator-v1", &[]).expect_code(0);

    let mut bad = images.clone();
    bad[2] = r#"{"image-ref": "/home/me/cat.png", "caption": "a cat"}"#.to_string();
    bad[4] = r#"{"image-ref": "s3://my-bucket/images/x.gif", "caption": "a cat"}"#.to_string();
    bad[5] = r#"{"image-ref": "s3://my-bucket/images/y.png", "caption": "ab"}"#.to_string();
    let file = write(&sandbox, "bad-images.jsonl", &bad);
    let result = validate(&sandbox, &file, "amazon.titan-image-generator-v1", &[]);
    result.expect_code(252);
    assert!(
        result.stdout.contains(":3: \"image-ref\" \"/home/me/cat.png\" is not an s3://bucket/key URI"),
        "{}",
        result.stdout
    );
    assert!(
        result
            .stdout
            .contains(":5: \"image-ref\" \"s3://my-bucket/images/x.gif\" is not a PNG or JPEG image")
    );
    assert!(
        result
            .stdout
            .contains(":6: the caption has 2 characters; Amazon Titan Image Generator G1 allows 3 to 1024")
    );

    // The image generator needs at least 5 records and takes no validation set.
    let few = write(&sandbox, "few.jsonl", &images[..3]);
    let result = validate(&sandbox, &few, "amazon.titan-image-generator-v1", &[]);
    result.expect_code(252);
    assert!(
        result.stdout.contains("3 records; Amazon Titan Image Generator G1 needs at least 5"),
        "{}",
        result.stdout
    );
    validate(&sandbox, &good, "amazon.titan-image-generator-v1", &["--validation"])
        .expect_one_line_error(252, "takes no validation dataset");

    // Multimodal embeddings need at least 1000 training records.
    let result = validate(&sandbox, &good, "amazon.titan-embed-image-v1", &[]);
    result.expect_code(252);
    assert!(result.stdout.contains("needs at least 1000"), "{}", result.stdout);
    validate(&sandbox, &good, "amazon.titan-embed-image-v1", &["--validation"]).expect_code(0);
}

#[test]
fn record_quotas_and_unknown_models() {
    let sandbox = Sandbox::new();
    let long = format!(r#"{{"prompt": "{}", "completion": "b"}}"#, "x".repeat(40_000));
    let file = write(&sandbox, "long.jsonl", &[long]);
    let result = validate(&sandbox, &file, "meta.llama2-13b-v1", &[]);
    result.expect_code(252);
    assert!(
        result.stdout.contains(":1: the record has 40001 characters; Meta Llama allows 36864"),
        "{}",
        result.stdout
    );
    let cohere = write(&sandbox, "cohere-valid.jsonl", &pairs(1_001));
    let result = validate(&sandbox, &cohere, "cohere.command-text-v14", &["--validation"]);
    result.expect_code(252);
    assert!(result.stdout.contains("1001 records; Cohere Command allows at most 1000"), "{}", result.stdout);
    let empty = write(&sandbox, "blank.jsonl", &[pairs(1)[0].clone(), String::new()]);
    let result = validate(&sandbox, &empty, "titan-text-express", &[]);
    assert!(result.stdout.contains(":2: empty line"), "{}", result.stdout);
    validate(&sandbox, &file, "anthropic.claude-v2", &[])
        .expect_one_line_error(252, "documents no customization dataset format");
    validate(&sandbox, &sandbox.path().join("missing.jsonl"), "titan-text-express", &[])
        .expect_one_line_error(252, "cannot read");
}

/// The peak resident memory of a running process, in kB, from /proc.
fn peak_memory_kb(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|value| value.trim().trim_end_matches("kB").trim().parse().ok())
}

#[test]
fn a_large_file_is_streamed_in_flat_memory() {
    if !Path::new("/proc/self/status").exists() {
        return;
    }
    let sandbox = Sandbox::new();
    let path = sandbox.path().join("large.jsonl");
    {
        let mut file = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
        let padding = "lorem ipsum dolor sit amet ".repeat(25);
        for n in 0..90_000 {
            writeln!(file, r#"{{"input": "record {n} {padding}"}}"#).unwrap();
        }
    }
    let size_kb = std::fs::metadata(&path).unwrap().len() / 1024;
    assert!(size_kb > 60_000, "the file is large: {size_kb} kB");
    let mut child = sandbox
        .command()
        .args(["-o", "text", "customization-jobs", "validate-data"])
        .arg(&path)
        .args(["--base-model", "titan-text-express", "--type", "CONTINUED_PRE_TRAINING"])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut peak = 0;
    loop {
        if let Some(kb) = peak_memory_kb(child.id()) {
            peak = peak.max(kb);
        }
        if child.try_wait().unwrap().is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stdout));
    assert!(String::from_utf8_lossy(&output.stdout).contains("90000 records, 0 invalid"));
    assert!(peak > 0, "memory was sampled");
    assert!(peak < size_kb / 2, "peak memory {peak} kB for a {size_kb} kB file");
}
