//! End-to-end tests: the real `bedrock` binary against the emulator on 127.0.0.1, in piped and
//! terminal modes. One test binary, a module per area.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

mod agents;
mod api;
mod api_awscli;
mod api_snapshots;
mod async_invoke;
mod awscli;
mod batch;
mod batch_export;
mod boto3;
mod bulk;
mod calllog;
mod citations;
mod config;
mod control_awscli;
mod control_moto;
mod control_plane;
mod control_terminal;
mod control_validate_data;
mod conversation;
mod credentials;
mod doctor;
mod emulator;
mod errors;
mod faults;
mod flows;
mod generated;
mod guardrails;
mod knowledge_bases;
mod models;
mod openai_models;
mod pagination;
#[cfg(unix)]
mod process;
mod profiles;
mod properties;
mod query;
mod quotas;
mod reasoning;
mod retries;
mod runtime;
mod s3;
mod secrets;
mod server;
mod state;
mod stepfunctions;
mod terminal;
mod tls;
mod tools;
