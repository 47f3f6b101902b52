//! `bedrock ingestion-jobs start|list|get|stop|wait`: ingest a data source into its knowledge
//! base. `start --wait` and `wait` follow the job, showing its statistics (documents scanned,
//! new, modified, deleted, failed) on a terminal, and print the failure reasons at the end.

use clap::{Args, Subcommand};
use serde_json::{Map, Value, json};

use super::agent_common::{fetch, respond};
use super::resource::{self, Resource};
use crate::api::model::Service as ApiService;
use crate::context::{Ctx, Service};
use crate::error::{Failure, Kind, Result};
use crate::output::{Column, View};

#[derive(Debug, Subcommand)]
pub enum IngestionJobsCommand {
    /// Start ingesting a data source (optionally waiting for the job to finish).
    #[command(
        after_help = "Examples:\n  bedrock ingestion-jobs start --knowledge-base KB12345678 --data-source DS12345678 --wait\n  bedrock ingestion-jobs start --knowledge-base KB12345678 --data-source DS12345678 --query ingestionJob.ingestionJobId -o text"
    )]
    Start(StartArgs),

    /// List the ingestion jobs of a data source.
    #[command(
        visible_alias = "ls",
        after_help = "Examples:\n  bedrock ingestion-jobs list --knowledge-base KB12345678 --data-source DS12345678 --status FAILED"
    )]
    List(ListArgs),

    /// Describe an ingestion job.
    #[command(
        after_help = "Examples:\n  bedrock ingestion-jobs get JOB1234567 --knowledge-base KB12345678 --data-source DS12345678"
    )]
    Get(JobArgs),

    /// Stop a running ingestion job.
    #[command(
        after_help = "Examples:\n  bedrock ingestion-jobs stop JOB1234567 --knowledge-base KB12345678 --data-source DS12345678"
    )]
    Stop(JobArgs),

    /// Wait for an ingestion job to finish (exit 254 when it failed or was stopped).
    #[command(
        after_help = "Examples:\n  bedrock ingestion-jobs wait JOB1234567 --knowledge-base KB12345678 --data-source DS12345678 --timeout 600"
    )]
    Wait(WaitArgs),
}

#[derive(Debug, Args)]
pub struct Parents {
    /// The knowledge base.
    #[arg(long, value_name = "ID")]
    pub knowledge_base: String,

    /// The data source.
    #[arg(long, value_name = "ID")]
    pub data_source: String,
}

#[derive(Debug, Args)]
pub struct StartArgs {
    #[command(flatten)]
    pub parents: Parents,

    /// Description of the job.
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,

    /// Wait until the job finishes.
    #[arg(long)]
    pub wait: bool,

    /// Give up waiting after this many seconds.
    #[arg(long, value_name = "SECONDS", requires = "wait")]
    pub timeout: Option<f64>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub parents: Parents,

    /// Only jobs with this status (STARTING, IN_PROGRESS, COMPLETE, FAILED, STOPPING, STOPPED).
    #[arg(long, value_name = "STATUS")]
    pub status: Vec<String>,
}

#[derive(Debug, Args)]
pub struct JobArgs {
    /// Ingestion job id.
    #[arg(value_name = "JOB")]
    pub job: String,

    #[command(flatten)]
    pub parents: Parents,
}

#[derive(Debug, Args)]
pub struct WaitArgs {
    /// Ingestion job id.
    #[arg(value_name = "JOB")]
    pub job: String,

    #[command(flatten)]
    pub parents: Parents,

    /// Give up after this many seconds.
    #[arg(long, value_name = "SECONDS")]
    pub timeout: Option<f64>,
}

const LIST_COLUMNS: &[Column] = &[
    Column { header: "ID", path: "ingestionJobId" },
    Column { header: "STATUS", path: "status" },
    Column { header: "SCANNED", path: "statistics.numberOfDocumentsScanned" },
    Column { header: "NEW", path: "statistics.numberOfNewDocumentsIndexed" },
    Column { header: "MODIFIED", path: "statistics.numberOfModifiedDocumentsIndexed" },
    Column { header: "DELETED", path: "statistics.numberOfDocumentsDeleted" },
    Column { header: "FAILED", path: "statistics.numberOfDocumentsFailed" },
    Column { header: "STARTED", path: "startedAt" },
];

const DETAIL_FIELDS: &[Column] = &[
    Column { header: "ingestionJobId", path: "ingestionJobId" },
    Column { header: "knowledgeBaseId", path: "knowledgeBaseId" },
    Column { header: "dataSourceId", path: "dataSourceId" },
    Column { header: "status", path: "status" },
    Column { header: "scanned", path: "statistics.numberOfDocumentsScanned" },
    Column { header: "metadataScanned", path: "statistics.numberOfMetadataDocumentsScanned" },
    Column { header: "new", path: "statistics.numberOfNewDocumentsIndexed" },
    Column { header: "modified", path: "statistics.numberOfModifiedDocumentsIndexed" },
    Column { header: "deleted", path: "statistics.numberOfDocumentsDeleted" },
    Column { header: "failed", path: "statistics.numberOfDocumentsFailed" },
    Column { header: "skipped", path: "statistics.numberOfDocumentsSkipped" },
    Column { header: "startedAt", path: "startedAt" },
    Column { header: "updatedAt", path: "updatedAt" },
    Column { header: "failureReasons", path: "failureReasons" },
];

const DETAIL: View = View::Record { record: "ingestionJob", fields: DETAIL_FIELDS };

/// Ingestion jobs for the generic verbs (parents: knowledgeBaseId, dataSourceId).
const INGESTION_JOBS: Resource = Resource {
    service: ApiService::BedrockAgent,
    what: "ingestion job",
    command: "ingestion-jobs",
    get: "GetIngestionJob",
    identifier: "ingestionJobId",
    record: "ingestionJob",
    fields: DETAIL_FIELDS,
    list: "ListIngestionJobs",
    list_key: "ingestionJobSummaries",
    columns: LIST_COLUMNS,
    delete: None,
    stop: Some("StopIngestionJob"),
    status: "ingestionJob.status",
    success: &["COMPLETE"],
    failure: &["FAILED", "STOPPED"],
    reasons: &["ingestionJob.failureReasons"],
};

impl Parents {
    fn members(&self) -> resource::Parents {
        vec![("knowledgeBaseId", self.knowledge_base.clone()), ("dataSourceId", self.data_source.clone())]
    }
}

pub async fn run(ctx: &Ctx, command: IngestionJobsCommand) -> Result<()> {
    ctx.output.validate_query()?;
    let client = ctx.bedrock_agent().await?;
    match command {
        IngestionJobsCommand::Start(args) => {
            let result = client
                .start_ingestion_job()
                .knowledge_base_id(&args.parents.knowledge_base)
                .data_source_id(&args.parents.data_source)
                .set_description(args.description.clone())
                .send()
                .await;
            if !args.wait {
                return respond(ctx, Service::BedrockAgent, result, &DETAIL).await.map(|_| ());
            }
            let (output, _) = fetch(ctx, Service::BedrockAgent, result).await?;
            let job = output
                .ingestion_job
                .map(|job| job.ingestion_job_id)
                .ok_or_else(|| Failure::other("invalid-response", "no ingestionJob in the response"))?;
            ctx.output.info(&format!("started ingestion job {job}"));
            wait(ctx, &args.parents, &job, args.timeout).await
        }
        IngestionJobsCommand::List(args) => {
            let mut input = Map::new();
            if !args.status.is_empty() {
                let statuses: Vec<String> =
                    args.status.iter().map(|status| status.to_ascii_uppercase()).collect();
                input.insert(
                    "filters".into(),
                    json!([{"attribute": "STATUS", "operator": "EQ", "values": statuses}]),
                );
            }
            INGESTION_JOBS.list(ctx, &args.parents.members(), input).await
        }
        IngestionJobsCommand::Get(args) => INGESTION_JOBS.get(ctx, &args.parents.members(), &args.job).await,
        IngestionJobsCommand::Stop(args) => {
            let operation = INGESTION_JOBS.stop.unwrap_or_default();
            let document = INGESTION_JOBS
                .call_on(ctx, operation, &args.parents.members(), &args.job, Map::new())
                .await?;
            INGESTION_JOBS.show(ctx, &document)
        }
        IngestionJobsCommand::Wait(args) => wait(ctx, &args.parents, &args.job, args.timeout).await,
    }
}

fn statistic(job: &Value, name: &str) -> u64 {
    job.pointer(&format!("/statistics/{name}")).and_then(Value::as_u64).unwrap_or(0)
}

/// The progress line of a running job.
fn progress(job: &Value) -> String {
    format!(
        "ingestion job {} {}: scanned {}, new {}, modified {}, deleted {}, failed {}",
        job["ingestionJobId"].as_str().unwrap_or_default(),
        job["status"].as_str().unwrap_or_default(),
        statistic(job, "numberOfDocumentsScanned"),
        statistic(job, "numberOfNewDocumentsIndexed"),
        statistic(job, "numberOfModifiedDocumentsIndexed"),
        statistic(job, "numberOfDocumentsDeleted"),
        statistic(job, "numberOfDocumentsFailed"),
    )
}

/// Follow a job until it finishes, print it, and report its failure reasons.
async fn wait(ctx: &Ctx, parents: &Parents, job: &str, timeout: Option<f64>) -> Result<()> {
    let timeout = super::wait::timeout(timeout)?;
    let document = INGESTION_JOBS.settle(ctx, &parents.members(), job, timeout).await?;
    INGESTION_JOBS.show(ctx, &document)?;
    let job = &document["ingestionJob"];
    let reasons: Vec<&str> = job["failureReasons"]
        .as_array()
        .map(|reasons| reasons.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let status = job["status"].as_str().unwrap_or_default();
    if status == "COMPLETE" {
        ctx.output.info(&progress(job));
        for reason in &reasons {
            ctx.output.warn(reason);
        }
        return Ok(());
    }
    let reason = if reasons.is_empty() { String::new() } else { format!(": {}", reasons.join("; ")) };
    Err(Failure::new(
        Kind::Service,
        "IngestionJob",
        format!(
            "ingestion job {job_id} is {status}{reason}",
            job_id = job["ingestionJobId"].as_str().unwrap_or_default()
        ),
    ))
}
