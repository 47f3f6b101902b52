//! Link the `bedrock` binary as a position-dependent executable on Linux.
//!
//! A position-independent build makes the dynamic loader patch about 64,000 pointers (vtables,
//! string tables, panic locations of the AWS SDK) at every start, which writes about 400 pages
//! and was half of the tool's start-up time (docs/performance.md). Linked `-no-pie`, those
//! pointers are fixed at link time. What is given up is the randomised placement of the
//! executable's own code and data; the heap, the stack and the shared libraries are still
//! randomised. `BEDROCK_PIE=1 cargo build --release` builds a position-independent executable.

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-env-changed=BEDROCK_PIE");
    let linux = std::env::var("CARGO_CFG_TARGET_OS").is_ok_and(|os| os == "linux");
    let pie_asked = std::env::var("BEDROCK_PIE").is_ok_and(|value| value == "1");
    if linux && !pie_asked {
        println!("cargo::rustc-link-arg-bins=-no-pie");
    }
}
