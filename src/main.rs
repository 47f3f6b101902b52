//! The `bedrock` binary: parse, run, and turn the outcome into the process exit code.
//! This is the only place the process exits.
//!
//! On Unix, `main` is the C entry point rather than Rust's (`#![no_main]`). Rust's own start-up
//! installs a stack-overflow handler, and to size the main thread's stack glibc reads and formats
//! `/proc/self/maps`: a large share of a short command's start-up (docs/architecture.md,
//! "Start-up"). What that start-up does that the tool relies on is done here: SIGPIPE ignored
//! (a closed pipe is an `EPIPE` error, which ends the command quietly), the standard streams
//! opened on `/dev/null` when the parent closed them (so that no file the tool opens takes their
//! number), and a panic caught at the boundary. The arguments are read from `argv` itself, since
//! not every C library lets Rust see them without its start-up.

#![cfg_attr(unix, no_main)]

/// # Safety
/// Called by the C runtime only, with its `argc` and `argv`.
#[cfg(unix)]
#[unsafe(no_mangle)]
pub unsafe extern "C" fn main(
    argc: std::ffi::c_int,
    argv: *const *const std::ffi::c_char,
) -> std::ffi::c_int {
    use std::os::unix::ffi::OsStrExt;
    prepare_process();
    let count = usize::try_from(argc).unwrap_or(0);
    // SAFETY: the C runtime passes `argc` valid, NUL-terminated strings in `argv`, which live as
    // long as the process.
    let args: Vec<std::ffi::OsString> = (0..count)
        .map(|index| unsafe { std::ffi::CStr::from_ptr(*argv.add(index)) })
        .map(|arg| std::ffi::OsStr::from_bytes(arg.to_bytes()).to_os_string())
        .collect();
    // A panic is a bug: the hook has printed it; exit 101 as Rust's own start-up would.
    let code = std::panic::catch_unwind(|| bedrock::run_from_args(args)).unwrap_or(101);
    std::process::exit(code);
}

/// What Rust's start-up would have done and the tool depends on.
#[cfg(unix)]
fn prepare_process() {
    // SAFETY: plain libc calls on this process's own descriptors and signal disposition, made
    // before any other thread exists.
    unsafe {
        let mut streams = [0, 1, 2].map(|fd| libc::pollfd { fd, events: 0, revents: 0 });
        if libc::poll(streams.as_mut_ptr(), 3, 0) > 0 {
            for stream in streams.iter().filter(|stream| stream.revents & libc::POLLNVAL != 0) {
                // Opened in order, /dev/null takes the lowest free number: the closed stream's.
                let null = libc::open(c"/dev/null".as_ptr(), libc::O_RDWR);
                if null != stream.fd {
                    libc::abort();
                }
            }
        }
        libc::signal(libc::SIGPIPE, libc::SIG_IGN);
    }
}

#[cfg(not(unix))]
fn main() {
    std::process::exit(bedrock::run_from_args(std::env::args_os()));
}
