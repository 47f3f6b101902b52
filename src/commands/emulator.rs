//! `bedrock emulator`: serve the local Bedrock emulator until interrupted.

use std::path::PathBuf;

use clap::Args;

use crate::context::Ctx;
use crate::emulator::{self, Faults, Options};
use crate::error::{Failure, Result};

#[derive(Debug, Args)]
#[command(
    after_help = "The first line on stdout is the endpoint URL (useful with --port 0).\nSimulated jobs (customization, import, batch, evaluation) fail when an input S3 key contains `invalid`, standing for a dataset the service would reject.\n\nExamples:\n  bedrock emulator --port 4010 --state ./bedrock-state.db\n  bedrock emulator --state ./bedrock-state.db --export-state | jq '.collections | keys'\n  bedrock --endpoint-url http://127.0.0.1:4010 models list\n  aws bedrock list-foundation-models --endpoint-url http://127.0.0.1:4010\n  bedrock emulator --fault-throttle 0.3 --latency 50 --seed 7   # a flaky, slow service\n  bedrock emulator --fault-unavailable 1 --fault-first 2        # the first 2 requests get 503, then all is well\n  bedrock emulator --tokens-per-minute 100000 --tokens-per-minute anthropic.claude-3-haiku-20240307-v1:0=400000\n  aws service-quotas list-service-quotas --service-code bedrock --endpoint-url http://127.0.0.1:4010"
)]
pub struct EmulatorArgs {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1")]
    pub host: String,

    /// Port to listen on (0 picks a free port).
    #[arg(long, default_value_t = 4010)]
    pub port: u16,

    /// Keep the emulator's state in this file (an SQLite database that several emulators and
    /// `--local` commands may share; a JSON state file of earlier versions is converted).
    #[arg(long, value_name = "FILE")]
    pub state: Option<PathBuf>,

    /// Print the --state file as one JSON document (collections, documents, counters) and exit.
    #[arg(long, requires = "state")]
    pub export_state: bool,

    /// Fraction of requests (0 to 1) answered with ThrottlingException (HTTP 429).
    #[arg(long, value_name = "RATE", default_value_t = 0.0)]
    pub fault_throttle: f64,

    /// Fraction of requests (0 to 1) answered with InternalServerException (HTTP 500).
    #[arg(long, value_name = "RATE", default_value_t = 0.0)]
    pub fault_error: f64,

    /// Fraction of requests (0 to 1) answered with ServiceUnavailableException (HTTP 503).
    #[arg(long, value_name = "RATE", default_value_t = 0.0)]
    pub fault_unavailable: f64,

    /// Fraction of requests (0 to 1) whose connection is reset (TCP RST) before any response byte.
    #[arg(long, value_name = "RATE", default_value_t = 0.0)]
    pub fault_reset: f64,

    /// Fraction of requests (0 to 1) answered with HTTP 200 and a JSON body cut short.
    #[arg(long, value_name = "RATE", default_value_t = 0.0)]
    pub fault_malformed: f64,

    /// Fraction of response streams (0 to 1) whose connection is cut after about half of the frames.
    #[arg(long, value_name = "RATE", default_value_t = 0.0)]
    pub fault_stream_cut: f64,

    /// Fraction of response streams (0 to 1) that end with a modelStreamErrorException frame after
    /// about half of the frames.
    #[arg(long, value_name = "RATE", default_value_t = 0.0)]
    pub fault_stream_exception: f64,

    /// Inject faults only into the first N requests the emulator receives (every request counts,
    /// retries included); later requests are served normally, so a fault is transient for a
    /// client that makes more than N attempts. Applies to every --fault-* option and to
    /// --latency; without it faults never stop.
    #[arg(long, value_name = "N")]
    pub fault_first: Option<u64>,

    /// Milliseconds of latency added to every request.
    #[arg(long, value_name = "MS", default_value_t = 0)]
    pub latency: u64,

    /// Milliseconds between the frames of every response stream (a model that writes slowly,
    /// to try cancelling a reply half-way).
    #[arg(long, value_name = "MS", default_value_t = 0)]
    pub frame_delay: u64,

    /// Wall-clock seconds a simulated long-running job (customization, batch, ingestion,
    /// provisioning, …) takes to finish; 0 finishes jobs at once.
    #[arg(long, value_name = "SECONDS", default_value_t = emulator::clock::DEFAULT_JOB_SECONDS)]
    pub job_seconds: f64,

    /// Directory behind s3:// URIs: s3://bucket/key is DIR/bucket/key (knowledge-base data
    /// sources are read from it).
    #[arg(long, value_name = "DIR")]
    pub s3_root: Option<PathBuf>,

    /// Seed for the fault generator, so a run's faults can be reproduced.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub seed: u64,

    /// Seconds a request's headers may take to arrive (counted from when the connection is
    /// ready for a request, so it also closes connections that send nothing); slow senders
    /// are disconnected.
    #[arg(long, value_name = "SECONDS", default_value_t = 30.0, help_heading = "Server limits")]
    pub header_timeout: f64,

    /// Seconds a request body may send nothing before the request fails.
    #[arg(long, value_name = "SECONDS", default_value_t = 30.0, help_heading = "Server limits")]
    pub body_timeout: f64,

    /// Seconds a kept-alive connection may stay idle between requests before it is closed.
    #[arg(long, value_name = "SECONDS", default_value_t = 15.0, help_heading = "Server limits")]
    pub idle_timeout: f64,

    /// Serve only requests signed (SigV4) with this access key and secret key, for hosts other
    /// clients can reach; by default the emulator accepts any signature.
    #[arg(long, value_name = "KEY:SECRET", env = "BEDROCK_EMULATOR_CREDENTIALS", hide_env_values = true)]
    pub require_credentials: Option<String>,

    /// Tokens per minute a model may use (input plus output; a request reserves its input plus
    /// its max tokens until its answer is done): N for every model, or MODEL=N for one model id
    /// (repeatable). Beyond it requests get ThrottlingException "Too many tokens, please wait
    /// before trying again." Default: the service's default for the model (2,000,000 for Claude
    /// 3 Haiku, 200,000 for the others).
    #[arg(long, value_name = "[MODEL=]N", help_heading = "Quotas")]
    pub tokens_per_minute: Vec<String>,

    /// Tokens per day a model may use: N for every model, or MODEL=N (repeatable); beyond it
    /// requests get "Too many tokens per day, please wait before trying again." Default: the
    /// model's tokens per minute times 1,440.
    #[arg(long, value_name = "[MODEL=]N", help_heading = "Quotas")]
    pub tokens_per_day: Vec<String>,

    /// A batch inference limit, KIND=N (repeatable): minimum-records, records-per-job,
    /// records-per-file, file-gigabytes, job-gigabytes, concurrent-jobs. Jobs outside the record
    /// limits fail when they are validated, as the service's do; a job beyond concurrent-jobs is
    /// refused with ServiceQuotaExceededException. Default: the service's defaults (100, 50,000,
    /// 50,000, 1, 5, 20).
    #[arg(long, value_name = "KIND=N", help_heading = "Quotas")]
    pub batch_limit: Vec<String>,

    /// Answer every Service Quotas call with AccessDeniedException, as the service does for a
    /// role without servicequotas permissions.
    #[arg(long, help_heading = "Quotas")]
    pub deny_service_quotas: bool,

    /// Connections served at once; further ones are answered 503 and closed.
    #[arg(long, value_name = "N", default_value_t = 512, help_heading = "Server limits")]
    pub max_connections: usize,
}

/// Apply one `--batch-limit KIND=N`.
fn set_batch_limit(batch: &mut crate::bedrock_quotas::BatchLimits, value: &str) -> Result<(), String> {
    let (kind, number) = value.split_once('=').ok_or("give KIND=N")?;
    let number = number
        .trim()
        .replace('_', "")
        .parse::<u64>()
        .ok()
        .filter(|number| *number > 0)
        .ok_or("N must be a whole number, 1 or more")?;
    let field = match kind.trim() {
        "minimum-records" => &mut batch.minimum_records_per_job,
        "records-per-job" => &mut batch.records_per_job,
        "records-per-file" => &mut batch.records_per_input_file,
        "file-gigabytes" => &mut batch.input_file_gigabytes,
        "job-gigabytes" => &mut batch.job_gigabytes,
        "concurrent-jobs" => &mut batch.concurrent_jobs,
        other => {
            return Err(format!(
                "{other:?} is no batch limit (minimum-records, records-per-job, records-per-file, file-gigabytes, job-gigabytes, concurrent-jobs)"
            ));
        }
    };
    *field = number;
    Ok(())
}

/// Whether `--host` keeps the emulator on this machine.
fn is_loopback(host: &str) -> bool {
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    bare.eq_ignore_ascii_case("localhost")
        || bare.parse::<std::net::IpAddr>().is_ok_and(|address| address.is_loopback())
}

/// A limit in seconds given on the command line: positive and finite.
fn seconds(flag: &str, value: f64) -> Result<std::time::Duration> {
    if !value.is_finite() || value <= 0.0 || value > 86_400.0 {
        return Err(Failure::usage(format!(
            "{flag}: {value} is not a number of seconds (more than 0, at most 86400)"
        )));
    }
    Ok(std::time::Duration::from_secs_f64(value))
}

pub async fn run(ctx: &Ctx, args: EmulatorArgs) -> Result<()> {
    if args.export_state {
        let store = emulator::state::Store::open(args.state.clone())?;
        return ctx.output.json_document(&store.export());
    }
    for (flag, rate) in [
        ("--fault-throttle", args.fault_throttle),
        ("--fault-error", args.fault_error),
        ("--fault-unavailable", args.fault_unavailable),
        ("--fault-reset", args.fault_reset),
        ("--fault-malformed", args.fault_malformed),
        ("--fault-stream-cut", args.fault_stream_cut),
        ("--fault-stream-exception", args.fault_stream_exception),
    ] {
        if !(0.0..=1.0).contains(&rate) {
            return Err(Failure::usage(format!("{flag}: {rate} is not a rate between 0 and 1")));
        }
    }
    let request_rates = args.fault_throttle
        + args.fault_error
        + args.fault_unavailable
        + args.fault_reset
        + args.fault_malformed;
    if request_rates > 1.0 + f64::EPSILON {
        return Err(Failure::usage(format!(
            "the request fault rates (--fault-throttle, --fault-error, --fault-unavailable, --fault-reset, --fault-malformed) add up to {request_rates}, more than 1"
        )));
    }
    if !args.job_seconds.is_finite() || args.job_seconds < 0.0 {
        return Err(Failure::usage(format!(
            "--job-seconds: {} is not a number of seconds (0 or more)",
            args.job_seconds
        )));
    }
    if args.max_connections == 0 {
        return Err(Failure::usage("--max-connections: 0 would serve no one; use 1 or more"));
    }
    let limits = emulator::server::Limits {
        header_timeout: seconds("--header-timeout", args.header_timeout)?,
        body_timeout: seconds("--body-timeout", args.body_timeout)?,
        idle_timeout: seconds("--idle-timeout", args.idle_timeout)?,
        max_connections: args.max_connections,
    };
    let mut quotas = emulator::quotas::Limits::default();
    for (flag, per_day, values) in [
        ("--tokens-per-minute", false, &args.tokens_per_minute),
        ("--tokens-per-day", true, &args.tokens_per_day),
    ] {
        for value in values {
            quotas.set(per_day, value).map_err(|problem| Failure::usage(format!("{flag}: {problem}")))?;
        }
    }
    for value in &args.batch_limit {
        set_batch_limit(&mut quotas.batch, value)
            .map_err(|problem| Failure::usage(format!("--batch-limit {value}: {problem}")))?;
    }
    let catalog = emulator::catalog::Catalog::load()?;
    for model in quotas.tokens_per_minute_by_model.keys().chain(quotas.tokens_per_day_by_model.keys()) {
        if catalog.model(model).is_none() {
            return Err(Failure::usage(format!(
                "{model} is no model id of the emulator's catalog (quotas are per model id, as `bedrock models list` shows them)"
            )));
        }
    }
    let required_credentials = match &args.require_credentials {
        None => None,
        Some(text) => Some(emulator::signature::RequiredCredentials::parse(text).ok_or_else(|| {
            Failure::usage("--require-credentials: give ACCESS_KEY:SECRET_KEY (both non-empty)")
        })?),
    };
    if !is_loopback(&args.host) {
        let checks = if required_credentials.is_some() {
            "only requests signed with --require-credentials are served"
        } else {
            "it checks no signature (add --require-credentials KEY:SECRET)"
        };
        ctx.output.warn(&format!(
            "the emulator listens on {}, beyond this machine: {checks}, and its state{} is open to anyone who can reach the port",
            args.host,
            if args.s3_root.is_some() { " and --s3-root directory" } else { "" }
        ));
    }
    let options = Options {
        required_credentials,
        limits,
        host: args.host,
        port: args.port,
        state_path: args.state,
        faults: Faults {
            throttle_rate: args.fault_throttle,
            error_rate: args.fault_error,
            unavailable_rate: args.fault_unavailable,
            reset_rate: args.fault_reset,
            malformed_rate: args.fault_malformed,
            first: args.fault_first,
            latency_ms: args.latency,
            stream_cut_rate: args.fault_stream_cut,
            stream_exception_rate: args.fault_stream_exception,
            frame_delay_ms: args.frame_delay,
            seed: args.seed,
        },
        clock: emulator::clock::Clock { job_seconds: args.job_seconds },
        s3_root: args.s3_root,
        quotas,
        deny_service_quotas: args.deny_service_quotas,
    };
    let running = emulator::start(options).await?;
    ctx.output.line(&running.url)?;
    ctx.output.info(&format!("bedrock emulator listening on {} (Ctrl-C to stop)", running.url));
    let _ = tokio::signal::ctrl_c().await;
    ctx.output.info("bedrock emulator stopped");
    running.stop().await;
    Ok(())
}
