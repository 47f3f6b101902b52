//! `bedrock`: a fast, scriptable command-line tool for Amazon Bedrock, with a built-in emulator.
//! `run_from_args` is the whole program; `main.rs` only turns its result into the exit status.

pub mod api;
pub mod aws;
pub mod batch_shards;
pub mod bedrock_quotas;
pub mod bulk;
pub mod calllog;
pub mod cli;
pub mod commands;
pub mod context;
pub mod emulator;
pub mod error;
pub mod files;
pub mod input;
pub mod models;
pub mod output;
pub mod reference;
pub mod schema;
pub mod settings;
pub mod stepfunctions;
pub mod tool_command;

use std::ffi::OsString;

use clap::error::ErrorKind;

use crate::cli::Command;
use crate::context::Ctx;
use crate::error::{Failure, Result};
use crate::settings::{ConfigFile, Environment};

/// Run the tool with these arguments and return the process exit code.
pub fn run_from_args<I, T>(args: I) -> i32
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let environment = Environment::capture();
    let early_color = environment.stderr_is_terminal && environment.variable("NO_COLOR").is_none();
    let cli = match cli::parse(args.into_iter().map(Into::into).collect()) {
        Ok(cli) => cli,
        Err(error) => return clap_failure(error, early_color),
    };
    let prepared = ConfigFile::load(&environment)
        .and_then(|config| settings::resolve(&cli.global, &environment, config.as_ref()));
    let settings = match prepared {
        Ok(settings) => settings,
        Err(failure) => {
            output::failure(&failure, early_color);
            return failure.exit_code();
        }
    };
    let color = settings.stderr_color;
    let result = execute(cli.command, settings, environment);
    match result {
        Ok(()) => 0,
        Err(failure) => {
            output::failure(&failure, color);
            failure.exit_code()
        }
    }
}

fn execute(command: Command, settings: settings::Settings, environment: Environment) -> Result<()> {
    let serves = matches!(command, Command::Emulator(_));
    let mut builder = if serves {
        tokio::runtime::Builder::new_multi_thread()
    } else {
        tokio::runtime::Builder::new_current_thread()
    };
    let runtime = builder
        .enable_all()
        .build()
        .map_err(|error| Failure::other("runtime", format!("cannot start the async runtime: {error}")))?;
    let result = runtime.block_on(async move {
        let ctx = &Ctx::new(settings, environment);
        if serves {
            // The emulator treats Ctrl-C as its normal stop.
            return commands::run(ctx, command).await;
        }
        // Registered before the command starts, so that a SIGTERM at any point ends the
        // command's future (its temporary files removed on drop) instead of the process.
        let interrupted = signalled(SignalName::Interrupt, ctx.interrupts.clone());
        let terminated = signalled(SignalName::Terminate, context::Interrupts::default());
        // Biased: a command that handles Ctrl-C itself (a waiter) gets to say what it left running.
        let result = tokio::select! {
            biased;
            result = commands::run(ctx, command) => result,
            _ = interrupted => Err(Failure::interrupted()),
            _ = terminated => Err(Failure::terminated()),
        };
        write_call_log(ctx, &result);
        result
    });
    if serves {
        runtime.shutdown_background();
    } else {
        // A command's process ends right after: tearing down the runtime and the connections
        // it holds would only delay the exit.
        std::mem::forget(runtime);
    }
    result
}

/// Record the runtime calls the command made (see `calllog`); a failure to is one warning.
fn write_call_log(ctx: &Ctx, result: &Result<()>) {
    let entries = ctx.call_log.take();
    if entries.is_empty() || ctx.settings.log_mode == calllog::LogMode::Off {
        return;
    }
    let Some(data_dir) = ctx.settings.data_dir.as_deref() else {
        return;
    };
    let status = match result {
        Ok(()) => 0,
        Err(failure) => failure.exit_code(),
    };
    let path = calllog::database_path(data_dir);
    let started = std::time::Instant::now();
    match calllog::write(&path, &entries, ctx.settings.log_mode, status) {
        Ok(()) => ctx.output.debug(&format!(
            "call log: {} row(s) written to {} in {} µs",
            entries.len(),
            calllog::spool_path(&path).display(),
            started.elapsed().as_micros()
        )),
        Err(reason) => ctx.output.warn(&format!("the call was not logged: {reason}")),
    }
}

/// The signals that end a command.
#[derive(Debug, Clone, Copy)]
enum SignalName {
    /// SIGINT (Ctrl-C).
    Interrupt,
    /// SIGTERM.
    Terminate,
}

/// A future that completes when the process receives the signal (SIGTERM: never where there is
/// none) while the command has not claimed it (`claims`, see `context::Interrupts`). The
/// handler is installed when this is called, not when the future is first polled: a command
/// that works before its first await (building a batch file) is still ended through its future,
/// so that what it drops (temporary files) is cleaned up.
fn signalled(
    name: SignalName,
    claims: context::Interrupts,
) -> std::pin::Pin<Box<dyn std::future::Future<Output = ()>>> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::SignalKind;
        let kind = match name {
            SignalName::Interrupt => SignalKind::interrupt(),
            SignalName::Terminate => SignalKind::terminate(),
        };
        let signal = tokio::signal::unix::signal(kind);
        Box::pin(async move {
            match signal {
                Ok(mut signal) => loop {
                    signal.recv().await;
                    if !claims.claimed() {
                        break;
                    }
                },
                Err(_) => std::future::pending::<()>().await,
            }
        })
    }
    #[cfg(not(unix))]
    match name {
        SignalName::Interrupt => Box::pin(async move {
            loop {
                let _ = tokio::signal::ctrl_c().await;
                if !claims.claimed() {
                    break;
                }
            }
        }),
        SignalName::Terminate => Box::pin(std::future::pending::<()>()),
    }
}

/// Help and version go to stdout with exit 0; every other parse error is one line, exit 252.
fn clap_failure(error: clap::Error, color: bool) -> i32 {
    match error.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let text = error.render().to_string();
            match output::clap_text(&text) {
                Ok(()) => 0,
                Err(failure) => failure.exit_code(),
            }
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            output::stderr_line(error.render().to_string().trim_end());
            252
        }
        _ => {
            let failure = usage_failure(&error.render().to_string());
            output::failure(&failure, color);
            failure.exit_code()
        }
    }
}

/// Condense clap's multi-line error into our one line plus a hint.
fn usage_failure(rendered: &str) -> Failure {
    let mut lines = rendered.lines().map(str::trim).filter(|line| !line.is_empty());
    let first = lines.next().unwrap_or("invalid arguments");
    let mut message = first.strip_prefix("error:").unwrap_or(first).trim().to_string();
    let mut tip = None;
    let mut more = None;
    // "the following required arguments were not provided:" lists them on the next lines.
    let mut listing = message.ends_with(':');
    let mut listed = Vec::new();
    for line in lines {
        if listing
            && !line.starts_with("Usage:")
            && !line.starts_with("tip:")
            && !line.starts_with("For more")
        {
            listed.push(line.to_string());
            continue;
        }
        listing = false;
        if let Some(text) = line.strip_prefix("tip:") {
            tip.get_or_insert_with(|| text.trim().to_string());
        } else if let Some(text) = line.strip_prefix("For more information, ") {
            more = Some(text.trim_end_matches('.').to_string());
        }
    }
    if !listed.is_empty() {
        message = format!("{} {}", message, listed.join(", "));
    }
    let failure = Failure::usage(message);
    match (tip, more) {
        (Some(tip), _) => failure.with_hint(tip),
        (None, Some(more)) => failure.with_hint(more),
        (None, None) => failure,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clap_errors_become_one_line() {
        let rendered = "error: unrecognized subcommand 'modles'\n\n  tip: a similar subcommand exists: 'models'\n\nUsage: bedrock [OPTIONS] <COMMAND>\n\nFor more information, try '--help'.\n";
        let failure = usage_failure(rendered);
        assert_eq!(failure.to_string(), "usage: unrecognized subcommand 'modles'");
        assert_eq!(failure.hint.as_deref(), Some("a similar subcommand exists: 'models'"));
        let rendered = "error: the following required arguments were not provided:\n  --input <FILE.jsonl>\n\nUsage: bedrock invoke --input <FILE.jsonl> <MODEL>\n\nFor more information, try '--help'.\n";
        assert_eq!(
            usage_failure(rendered).to_string(),
            "usage: the following required arguments were not provided: --input <FILE.jsonl>"
        );
        assert_eq!(failure.exit_code(), 252);
    }

    #[test]
    fn the_command_tree_is_consistent() {
        cli::command().debug_assert();
    }
}
