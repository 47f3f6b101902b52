//! `bedrock completions SHELL`: print a completion script generated from the clap tree.

use clap::Args;
use clap_complete::Shell;

use crate::context::Ctx;
use crate::error::Result;

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  bedrock completions bash > ~/.local/share/bash-completion/completions/bedrock\n  bedrock completions zsh > \"${fpath[1]}/_bedrock\"\n  bedrock completions fish > ~/.config/fish/completions/bedrock.fish"
)]
pub struct CompletionsArgs {
    /// The shell to generate completions for.
    #[arg(value_enum)]
    pub shell: Shell,
}

/// The completion script for a shell; `bedrock api` completes the bundled models' services,
/// operations and member flags.
pub fn script(shell: Shell) -> Vec<u8> {
    let mut command = crate::cli::command();
    let taken: Vec<String> = command
        .get_arguments()
        .filter(|argument| argument.is_global_set())
        .filter_map(|argument| argument.get_long().map(str::to_string))
        .collect();
    command = command.mut_subcommand("api", |api| crate::api::complete::api_command(api, &taken));
    let mut buffer = Vec::new();
    clap_complete::generate(shell, &mut command, "bedrock", &mut buffer);
    buffer
}

pub fn run(ctx: &Ctx, args: CompletionsArgs) -> Result<()> {
    ctx.output.write_stdout(&script(args.shell))
}
