//! Generated files must match the clap tree: `docs/cli.md`, `completions/` and `man/`.
//! Run with `BEDROCK_REGENERATE=1` to rewrite them.

use std::path::PathBuf;

use crate::support::{Sandbox, run};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn check(path: PathBuf, expected: &[u8], stale: &mut Vec<String>) {
    if std::env::var_os("BEDROCK_REGENERATE").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, expected).unwrap();
        return;
    }
    match std::fs::read(&path) {
        Ok(actual) if actual == expected => {}
        _ => stale.push(path.display().to_string()),
    }
}

#[test]
fn reference_and_completions_are_up_to_date() {
    let mut stale = Vec::new();
    check(root().join("docs").join("cli.md"), bedrock::reference::markdown().as_bytes(), &mut stale);
    for (file, contents) in bedrock::reference::completions() {
        check(root().join("completions").join(file), &contents, &mut stale);
    }
    let pages = bedrock::reference::man_pages();
    for (file, contents) in &pages {
        check(root().join("man").join(file), contents, &mut stale);
    }
    // A page whose command went away is stale too.
    if let Ok(entries) = std::fs::read_dir(root().join("man")) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if !pages.iter().any(|(file, _)| *file == name) {
                if std::env::var_os("BEDROCK_REGENERATE").is_some() {
                    std::fs::remove_file(entry.path()).unwrap();
                } else {
                    stale.push(entry.path().display().to_string());
                }
            }
        }
    }
    assert!(
        stale.is_empty(),
        "stale generated files (run `BEDROCK_REGENERATE=1 cargo test --test cli generated`): {stale:?}"
    );
}

#[test]
fn reference_covers_every_command() {
    let markdown = bedrock::reference::markdown();
    for heading in [
        "`bedrock models list`",
        "`bedrock inference-profiles get`",
        "`bedrock doctor`",
        "`bedrock emulator`",
    ] {
        assert!(markdown.contains(heading), "{heading} missing");
    }
    assert!(markdown.contains("--endpoint-url"));
}

#[test]
fn completions_command_prints_each_shell() {
    let sandbox = Sandbox::new();
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let result = run(sandbox.command().args(["completions", shell]));
        result.expect_code(0);
        assert!(result.stdout.contains("bedrock"), "{shell}");
        assert!(result.stdout.contains("inference-profiles"), "{shell}");
        // `bedrock api` completes the models' operations and (but for clap's fish generator, which
        // stops at two levels) their member flags.
        assert!(result.stdout.contains("create-flow-alias"), "{shell}");
        assert!(shell == "fish" || result.stdout.contains("execution-role-arn"), "{shell}");
    }
    run(sandbox.command().args(["completions", "tcsh"])).expect_one_line_error(252, "tcsh");
}

/// The bash script, loaded by a real bash, completes a service's operations and an operation's
/// member flags.
#[test]
fn bash_completes_api_operations_and_members() {
    let script = root().join("completions").join("bedrock.bash");
    let complete = |words: &str| -> String {
        let program = format!(
            "source '{}'; COMP_WORDS=({words}); COMP_CWORD=$((${{#COMP_WORDS[@]}} - 1)); \
             _bedrock bedrock \"${{COMP_WORDS[COMP_CWORD]}}\" \"${{COMP_WORDS[COMP_CWORD-1]}}\"; echo \"${{COMPREPLY[@]}}\"",
            script.display()
        );
        let output = std::process::Command::new("bash").args(["-c", &program]).output().unwrap();
        String::from_utf8(output.stdout).unwrap()
    };
    assert_eq!(
        complete("bedrock api bedrock-agent create-fl").trim(),
        "create-flow create-flow-alias create-flow-version"
    );
    assert_eq!(complete("bedrock api bedrock-agent create-flow --exe").trim(), "--execution-role-arn");
    assert!(complete("bedrock api bedrock-r").contains("bedrock-runtime"));
}

#[test]
fn man_pages_cover_every_command() {
    let pages = bedrock::reference::man_pages();
    let page = |name: &str| -> String {
        let (_, roff) =
            pages.iter().find(|(file, _)| file == name).unwrap_or_else(|| panic!("{name} missing"));
        String::from_utf8(roff.clone()).unwrap()
    };
    let root = page("bedrock.1");
    assert!(root.contains(".TH bedrock 1"), "{root}");
    assert!(root.contains("inference\\-profiles"), "{root}");
    let list = page("bedrock-models-list.1");
    assert!(list.contains(".TH bedrock-models-list 1"), "{list}");
    assert!(list.contains("\\-\\-provider"), "{list}");
    assert!(page("bedrock-api.1").contains("SERVICE"));
    assert!(pages.iter().all(|(file, _)| file.starts_with("bedrock") && file.ends_with(".1")));
}
