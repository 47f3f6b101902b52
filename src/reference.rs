//! The command reference (`docs/cli.md`), completion scripts (`completions/`) and manual pages
//! (`man/`), generated from the clap tree so they cannot drift from the real flags; a test fails
//! when they are stale.

use std::fmt::Write;

use clap::Command;
use clap_complete::Shell;

/// The shells completion scripts are shipped for, with their file names.
pub const COMPLETION_FILES: &[(Shell, &str)] = &[
    (Shell::Bash, "bedrock.bash"),
    (Shell::Zsh, "_bedrock"),
    (Shell::Fish, "bedrock.fish"),
    (Shell::PowerShell, "_bedrock.ps1"),
    (Shell::Elvish, "bedrock.elv"),
];

/// The full command reference as Markdown.
pub fn markdown() -> String {
    let root = crate::cli::command();
    let mut out = String::new();
    let _ = writeln!(out, "# `bedrock` command reference\n");
    let _ = writeln!(
        out,
        "Generated from the command tree by `cargo test` (see `tests/cli/generated.rs`); do not edit.\n"
    );
    section(&mut out, &root, &[]);
    out
}

fn section(out: &mut String, command: &Command, parents: &[String]) {
    let mut path = parents.to_vec();
    path.push(command.get_name().to_string());
    let title = path.join(" ");
    let level = "#".repeat((path.len() + 1).min(6));
    let _ = writeln!(out, "{level} `{title}`\n");
    if let Some(about) = command.get_long_about().or(command.get_about()) {
        let _ = writeln!(out, "{about}\n");
    }
    let aliases: Vec<&str> = command.get_visible_aliases().collect();
    if !aliases.is_empty() {
        let _ = writeln!(
            out,
            "Aliases: {}\n",
            aliases.iter().map(|alias| format!("`{alias}`")).collect::<Vec<_>>().join(", ")
        );
    }
    let mut usage_command = command.clone().bin_name(title.clone());
    let usage = usage_command.render_usage().to_string();
    let usage = usage.trim_start_matches("Usage: ").trim();
    let _ = writeln!(out, "```\n{usage}\n```\n");

    let arguments: Vec<_> = command
        .get_arguments()
        .filter(|argument| !(argument.is_hide_set() || !parents.is_empty() && argument.is_global_set()))
        .filter(|argument| !matches!(argument.get_id().as_str(), "help" | "version"))
        .collect();
    if !arguments.is_empty() {
        let _ = writeln!(out, "| argument | description |\n|---|---|");
        for argument in arguments {
            let name = match (argument.get_long(), argument.get_short()) {
                (Some(long), Some(short)) => format!("`-{short}, --{long}`"),
                (Some(long), None) => format!("`--{long}`"),
                (None, Some(short)) => format!("`-{short}`"),
                (None, None) => format!(
                    "`{}`",
                    argument
                        .get_value_names()
                        .and_then(|names| names.first())
                        .map(|name| name.to_string())
                        .unwrap_or_else(|| argument.get_id().to_string().to_uppercase())
                ),
            };
            let mut help = argument.get_help().map(|help| help.to_string()).unwrap_or_default();
            if !help.is_empty() && !help.ends_with(['.', ']', ')']) {
                help.push('.');
            }
            let values: Vec<String> = argument
                .get_possible_values()
                .iter()
                .filter(|value| !value.is_hide_set())
                .map(|value| value.get_name().to_string())
                .collect();
            if !values.is_empty() && argument.get_action().takes_values() {
                let _ = write!(help, " One of: {}.", values.join(", "));
            }
            let defaults: Vec<String> = argument
                .get_default_values()
                .iter()
                .map(|value| value.to_string_lossy().into_owned())
                .collect();
            if !defaults.is_empty() {
                let _ = write!(help, " Default: `{}`.", defaults.join(","));
            }
            let _ = writeln!(out, "| {name} | {} |", help.replace('|', "\\|").replace('\n', " "));
        }
        out.push('\n');
    }
    if let Some(after) = command.get_after_help() {
        let _ = writeln!(out, "```text\n{}\n```\n", after.to_string().trim_end());
    }
    for subcommand in command.get_subcommands().filter(|subcommand| !subcommand.is_hide_set()) {
        section(out, subcommand, &path);
    }
}

/// The completion script for each shipped shell: (file name, contents).
pub fn completions() -> Vec<(&'static str, Vec<u8>)> {
    COMPLETION_FILES
        .iter()
        .map(|(shell, file)| (*file, crate::commands::completions::script(*shell)))
        .collect()
}

/// A manual page for the root command and for every visible subcommand, named as `man` looks
/// them up (`bedrock.1`, `bedrock-models-list.1`): (file name, roff).
pub fn man_pages() -> Vec<(String, Vec<u8>)> {
    fn pages(command: &Command, out: &mut Vec<(String, Vec<u8>)>) {
        let man = clap_mangen::Man::new(command.clone())
            .manual("bedrock manual")
            .source(concat!("bedrock ", env!("CARGO_PKG_VERSION")));
        let mut roff = Vec::new();
        if man.render(&mut roff).is_ok() {
            out.push((man.get_filename(), roff));
        }
        for subcommand in command.get_subcommands().filter(|subcommand| !subcommand.is_hide_set()) {
            pages(subcommand, out);
        }
    }
    let mut root = crate::cli::command().disable_help_subcommand(true);
    root.build();
    let mut out = Vec::new();
    pages(&root, &mut out);
    out
}
