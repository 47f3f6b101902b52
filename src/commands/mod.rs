//! One module per resource; each owns its clap subcommand enum and a `run(ctx, command)`.

pub mod completions;
pub mod doctor;
pub mod emulator;
pub mod inference_profiles;
pub mod models;

use crate::cli::Command;
use crate::context::Ctx;
use crate::error::Result;

/// Run a parsed command.
pub async fn run(ctx: &Ctx, command: Command) -> Result<()> {
    match command {
        Command::Models(command) => models::run(ctx, command).await,
        Command::InferenceProfiles(command) => inference_profiles::run(ctx, command).await,
        Command::Doctor(args) => doctor::run(ctx, args).await,
        Command::Completions(args) => completions::run(ctx, args),
        Command::Emulator(args) => emulator::run(ctx, args).await,
    }
}
