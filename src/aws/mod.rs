//! Glue around the AWS SDK: raw response capture, debug tracing with redaction, and the mapping
//! of SDK errors onto exit codes.

pub mod capture;
pub mod converse;
pub mod debug;
pub mod errors;
pub mod event_stream;
pub mod paginate;
pub mod redact;
pub mod tls;
