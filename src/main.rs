//! The `bedrock` binary: parse, run, and turn the outcome into the process exit code.
//! This is the only place the process exits.

fn main() {
    let code = bedrock::run_from_args(std::env::args_os());
    std::process::exit(code);
}
