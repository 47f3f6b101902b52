//! The clap command tree and the global options every command shares (DESIGN.md §1, §2).

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::commands;

const EXAMPLES: &str = "\
Examples:
  bedrock --local models list                      # try it offline on the built-in emulator
  bedrock models list --provider anthropic -o table
  bedrock models get anthropic.claude-3-haiku-20240307-v1:0 --query modelDetails.inputModalities
  bedrock inference-profiles list -o text --query 'inferenceProfileSummaries[].inferenceProfileId'
  bedrock converse claude-3-haiku \"Name three rivers\" --stream
  bedrock invoke nova-lite --input prompts.jsonl --concurrency 32 > answers.jsonl
  bedrock ask KB_ID \"How do I reset the router?\"   # answer with citations from a knowledge base
  bedrock doctor                                   # what profile, region, endpoint and credentials resolve to
  bedrock emulator --port 4010                     # serve the emulator for other clients

Exit codes: 0 ok, 130 interrupted, 252 usage or bad input, 253 configuration or credentials,
254 the service returned an error, 255 anything else (network, timeout).";

/// A fast, scriptable command-line tool for Amazon Bedrock, with a built-in offline emulator.
#[derive(Debug, Parser)]
#[command(
    name = "bedrock",
    version,
    about,
    after_help = EXAMPLES,
    disable_help_subcommand = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

/// Output formats (`-o/--output`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// The service's own JSON document, as the AWS CLI prints it.
    Json,
    /// A table of chosen columns (the default on a terminal).
    Table,
    /// The table's columns, tab-separated, no header (for cut and awk).
    Text,
    /// The service's document as YAML, as the AWS CLI prints it.
    Yaml,
    /// The document as a YAML stream (a list of documents), as the AWS CLI's `yaml-stream`.
    YamlStream,
}

/// When to use colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colour when writing to a terminal and NO_COLOR is not set.
    Auto,
    Always,
    Never,
}

/// Retry strategies of the AWS SDK.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RetryMode {
    Standard,
    Adaptive,
}

/// Options accepted by every command.
#[derive(Debug, Clone, Default, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Use this profile from the AWS config and credentials files.
    #[arg(long, global = true, value_name = "NAME")]
    pub profile: Option<String>,

    /// The AWS region to send requests to (overrides AWS_REGION and the profile).
    #[arg(long, global = true, value_name = "REGION")]
    pub region: Option<String>,

    /// Send every request to this URL instead of the default endpoint (e.g. an emulator).
    #[arg(long, global = true, value_name = "URL")]
    pub endpoint_url: Option<String>,

    /// Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it].
    #[arg(short = 'o', long, global = true, value_enum, value_name = "FORMAT")]
    pub output: Option<OutputFormat>,

    /// A JMESPath expression applied to the JSON document before it is formatted.
    #[arg(long, global = true, value_name = "JMESPATH")]
    pub query: Option<String>,

    /// Stop after this many items of a list; prints a nextToken to continue from.
    #[arg(long, global = true, value_name = "N")]
    pub max_items: Option<u32>,

    /// Ask the service for pages of this size (all pages are still fetched).
    #[arg(long, global = true, value_name = "N")]
    pub page_size: Option<u32>,

    /// Continue a list from the nextToken a previous --max-items run printed.
    #[arg(long, global = true, value_name = "TOKEN")]
    pub starting_token: Option<String>,

    /// Fetch only the first page of a list.
    #[arg(long, global = true)]
    pub no_paginate: bool,

    /// Do not record this run's runtime calls in the call log (see `bedrock logs`).
    #[arg(long, global = true)]
    pub no_log: bool,

    /// Trace requests and responses to stderr (credentials and signatures redacted).
    #[arg(long, global = true)]
    pub debug: bool,

    /// No progress, no hints: only data on stdout and errors on stderr.
    #[arg(short = 'q', long, global = true)]
    pub quiet: bool,

    /// When to use colour.
    #[arg(long, global = true, value_enum, value_name = "WHEN")]
    pub color: Option<ColorChoice>,

    /// Seconds to wait for data on an open connection before giving up.
    #[arg(long, global = true, value_name = "SECONDS")]
    pub read_timeout: Option<f64>,

    /// Seconds to wait for a connection to open before giving up.
    #[arg(long, global = true, value_name = "SECONDS")]
    pub connect_timeout: Option<f64>,

    /// Total attempts per request, retries included (1 disables retries).
    #[arg(long, global = true, value_name = "N")]
    pub max_attempts: Option<u32>,

    /// How the SDK retries throttled and failed requests.
    #[arg(long, global = true, value_enum, value_name = "MODE")]
    pub retry_mode: Option<RetryMode>,

    /// Run against the built-in emulator, started in-process (no AWS account needed).
    #[arg(long, global = true)]
    pub local: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Foundation models: list and describe them.
    #[command(subcommand)]
    Models(commands::models::ModelsCommand),

    /// Inference profiles (cross-region and application profiles).
    #[command(subcommand, name = "inference-profiles")]
    InferenceProfiles(commands::inference_profiles::InferenceProfilesCommand),

    /// Invoke a model (InvokeModel): the body is built for the model's family from the flags.
    #[command(
        after_help = "MODEL may be left out when a default model is set (`model = \"...\"` in the config file, or\nBEDROCK_MODEL): a lone positional is then the PROMPT, or the MODEL when --prompt-file, --body or\n--input gives the message.\n\nExamples:\n  bedrock invoke claude-3-haiku \"Name three rivers\" --max-tokens 200\n  bedrock invoke \"Name three rivers\"                # the default model\n  echo \"Summarise: ...\" | bedrock invoke titan-text-express --temperature 0.2\n  bedrock invoke llama3-8b \"hi\" --dry-run          # print the request body\n  bedrock invoke anthropic.claude-v2 --body @request.json -o json\n  bedrock invoke claude-3-haiku \"What is in this picture?\" --image photo.png --usage\n  bedrock invoke us.anthropic.claude-sonnet-4-20250514-v1:0 \"Plan a trip\" --reasoning 2048 --service-tier priority"
    )]
    Invoke(commands::invoke::InvokeCommandArgs),

    /// Invoke a model and print the answer as it is generated (InvokeModelWithResponseStream).
    #[command(
        after_help = "MODEL may be left out when a default model is set (`model = \"...\"` in the config file, or\nBEDROCK_MODEL): a lone positional is then the PROMPT, or the MODEL when --prompt-file or --body\ngives the message.\n\nExamples:\n  bedrock stream claude-3-haiku \"Write a haiku about Rust\"\n  bedrock stream mistral-7b \"Explain TCP\" -o json | jq -c '.outputs[0].text'\n  bedrock stream titan-text-express \"Tell a story\" --usage\n  bedrock stream us.anthropic.claude-3-7-sonnet-20250219-v1:0 \"Prove it\" --reasoning 1024 --latency optimized"
    )]
    Stream(commands::invoke::InvokeArgs),

    /// Talk to a model through the Converse API (any text model, tools, attachments, --stream).
    #[command(
        after_help = "MODEL may be left out when a default model is set (`model = \"...\"` in the config file, or\nBEDROCK_MODEL) or with --continue (the session's model): a lone positional is then the PROMPT,\nor the MODEL when --prompt-file, --messages or --input gives the message.\n\nExamples:\n  bedrock converse nova-lite \"Hello\" --system \"Answer in French\"\n  bedrock converse \"Hello\"                            # the default model\n  bedrock converse --continue \"And then?\"             # the next turn of the last chat session\n  bedrock converse --continue=work \"Summarise\" --stream   # of the session named work\n  bedrock converse claude-3-haiku \"Describe it\" --image cat.png --stream\n  bedrock converse claude-3-haiku \"Extract the person\" --json-schema person.schema.json\n  bedrock converse claude-3-haiku \"Weather in Paris?\" --tools tools.json -o json\n  bedrock converse us.anthropic.claude-sonnet-4-5-20250929-v1:0 \"Warranty?\" --document manual.pdf --citations\n  bedrock converse nova-pro --messages history.json \"And then?\"\n  bedrock converse us.anthropic.claude-3-7-sonnet-20250219-v1:0 \"Why?\" --reasoning 2048 --max-tokens 4096 --stream\n  bedrock converse nova-lite \"Hi\" --service-tier flex --usage   # tokens, cache tokens and the tier\n  bedrock converse nova-lite \"Weather and time in Paris?\" --tools tools.json --trace \\\n      --tool get_weather=./weather.sh --tool-schema get_time=time.json --tool get_time=./time.sh\n\nTools that run: --tool NAME=COMMAND runs `sh -c COMMAND` when the model calls NAME (whose schema\ncomes from --tools or --tool-schema), with the tool's input JSON on stdin and BEDROCK_TOOL_NAME,\nBEDROCK_TOOL_USE_ID in the environment. Its stdout goes back as the toolResult: a JSON object as\n{\"json\": …}, anything else as {\"text\": …}. A non-zero exit sends status \"error\" with the exit\nstatus and stderr, and the model answers knowing it; a tool no --tool runs gets the same. The\nconversation goes on until the model ends its turn; asking for tools again after\n--max-tool-rounds rounds (default 10) stops with the error tool-rounds (exit 255). --trace shows\neach call and a summary of its result on stderr. Only the answer is printed (-o json: the final\nresponse; with --stream, every round's events)."
    )]
    Converse(commands::converse::ConverseArgs),

    /// Chat with a model interactively (ConverseStream), with saved sessions.
    Chat(commands::chat::ChatArgs),

    /// Embed texts or an image (Titan embeddings, Cohere Embed).
    Embed(commands::embed::EmbedArgs),

    /// Generate images (Titan Image Generator, Stability SDXL) into PNG files.
    Image(commands::image::ImageArgs),

    /// Guardrails: create and manage them.
    #[command(subcommand)]
    Guardrails(commands::guardrails::GuardrailsCommand),

    /// Check text against a guardrail (ApplyGuardrail).
    ApplyGuardrail(commands::apply_guardrail::ApplyGuardrailArgs),

    /// Custom models made by customization jobs: list, describe, delete.
    #[command(subcommand, name = "custom-models")]
    CustomModels(commands::custom_models::CustomModelsCommand),

    /// Model customization jobs (fine-tuning, continued pre-training), a waiter, and dataset checks.
    #[command(subcommand, name = "customization-jobs")]
    CustomizationJobs(commands::customization_jobs::CustomizationJobsCommand),

    /// Custom model import jobs.
    #[command(subcommand, name = "import-jobs")]
    ImportJobs(commands::import_jobs::ImportJobsCommand),

    /// Imported models: list, describe, delete.
    #[command(subcommand, name = "imported-models")]
    ImportedModels(commands::imported_models::ImportedModelsCommand),

    /// Provisioned throughput: buy, list, change, delete, wait until in service.
    #[command(subcommand)]
    Throughput(commands::throughput::ThroughputCommand),

    /// Batch inference jobs (model invocation jobs), with a waiter.
    #[command(subcommand, name = "batch-jobs")]
    BatchJobs(commands::batch_jobs::BatchJobsCommand),

    /// Batch inference end to end: upload a JSONL file to S3, run the job, join the results.
    #[command(subcommand)]
    Batch(commands::batch::BatchCommand),

    /// Model evaluation jobs.
    #[command(subcommand, name = "eval-jobs")]
    EvalJobs(commands::eval_jobs::EvalJobsCommand),

    /// Model invocation logging: where invocations are logged, and which data.
    #[command(subcommand)]
    Logging(commands::logging::LoggingCommand),

    /// Bedrock quotas that bound a run (tokens per minute and per day per model, batch limits),
    /// from Service Quotas or the documented defaults.
    #[command(subcommand)]
    Quotas(commands::quotas::QuotasCommand),

    /// Tags of any Bedrock resource, by ARN (bedrock or bedrock-agent, chosen from the ARN).
    #[command(subcommand)]
    Tags(commands::tags::TagsCommand),

    /// Print the least-privilege IAM policy for invoking models or customizing them (Step Functions).
    #[command(subcommand, name = "iam-policy")]
    IamPolicy(commands::iam_policy::IamPolicyCommand),

    /// Knowledge bases (bedrock-agent): create and manage them.
    #[command(subcommand, name = "knowledge-bases")]
    KnowledgeBases(commands::knowledge_bases::KnowledgeBasesCommand),

    /// Data sources of knowledge bases (S3 locations and chunking).
    #[command(subcommand, name = "data-sources")]
    DataSources(commands::data_sources::DataSourcesCommand),

    /// Ingestion jobs: read, chunk and index a data source.
    #[command(subcommand, name = "ingestion-jobs")]
    IngestionJobs(commands::ingestion_jobs::IngestionJobsCommand),

    /// Query a knowledge base for matching chunks (Retrieve).
    Retrieve(commands::retrieve::RetrieveArgs),

    /// Answer a question from a knowledge base, with citations (RetrieveAndGenerate).
    #[command(name = "retrieve-and-generate", visible_alias = "ask")]
    RetrieveAndGenerate(commands::retrieve_and_generate::RetrieveAndGenerateArgs),

    /// Agents (bedrock-agent): create, prepare and manage them, and the knowledge bases they use.
    #[command(subcommand)]
    Agents(commands::agents::AgentsCommand),

    /// Action groups of agents: what an agent can do.
    #[command(subcommand, name = "action-groups")]
    ActionGroups(commands::action_groups::ActionGroupsCommand),

    /// Versions of agents.
    #[command(subcommand, name = "agent-versions")]
    AgentVersions(commands::agent_versions::AgentVersionsCommand),

    /// Aliases of agents.
    #[command(subcommand, name = "agent-aliases")]
    AgentAliases(commands::agent_aliases::AgentAliasesCommand),

    /// Talk to an agent (InvokeAgent): streamed answer, traces, return of control.
    #[command(name = "invoke-agent")]
    InvokeAgent(commands::invoke_agent::InvokeAgentArgs),

    /// Talk to an agent the request defines (InvokeInlineAgent): model, instruction, action groups.
    #[command(name = "invoke-inline-agent")]
    InvokeInlineAgent(commands::invoke_agent::InvokeInlineAgentArgs),

    /// Show what profile, region, endpoints and credentials resolve to, and check the endpoint.
    Doctor(commands::doctor::DoctorArgs),

    /// How many input tokens a prompt costs on a model (CountTokens; an estimate where the model has none).
    #[command(name = "count-tokens")]
    CountTokens(commands::count_tokens::CountTokensArgs),

    /// Asynchronous invocations (Nova Reel videos): start, get, list, wait, download the output.
    #[command(subcommand, name = "async")]
    Async(commands::async_invoke::AsyncCommand),

    /// The local log of runtime calls: list, show one, search.
    Logs(commands::logs::LogsArgs),

    /// Tokens and estimated cost of the logged calls, per model or per day.
    Usage(commands::usage::UsageArgs),

    /// Print a shell completion script.
    Completions(commands::completions::CompletionsArgs),

    /// Run the local Bedrock emulator (all four services on one port).
    Emulator(commands::emulator::EmulatorArgs),

    /// Any operation of the four Bedrock services, from their service models, as the AWS CLI
    /// spells it (`bedrock api bedrock-agent create-flow --name f …`).
    Api(commands::api::ApiArgs),
}

/// The clap command, for completions and the generated reference.
pub fn command() -> clap::Command {
    <Cli as clap::CommandFactory>::command()
}

/// Parse the command line.
///
/// Building clap's whole tree (every command, each with the global options copied in) is most of
/// the tool's start-up time, so a command line is first parsed against a tree holding only the
/// command it names. Anything that tree does not accept (help, a typo, a missing argument) is
/// parsed again against the whole tree, so every message is the one the whole tree gives.
/// `lean_parse_agrees_with_the_whole_tree` (tests) keeps both parses the same.
pub fn parse(args: Vec<std::ffi::OsString>) -> Result<Cli, clap::Error> {
    let args = global_options_first(help_command(args));
    if let Some(cli) = lean_parse(&args) {
        return cli;
    }
    parse_with(command(), args)
}

fn parse_with(mut command: clap::Command, args: Vec<std::ffi::OsString>) -> Result<Cli, clap::Error> {
    use clap::FromArgMatches;
    let parsed = command
        .try_get_matches_from_mut(args)
        .and_then(|mut matches| Cli::from_arg_matches_mut(&mut matches));
    // The process ends soon after parsing: freeing the tree piece by piece is wasted time.
    std::mem::forget(command);
    parsed
}

/// The parse against the named command's tree; `None` when the whole tree must decide.
fn lean_parse(args: &[std::ffi::OsString]) -> Option<Result<Cli, clap::Error>> {
    let top = GlobalArgs::augment_args(
        clap::Command::new("bedrock").version(env!("CARGO_PKG_VERSION")).disable_help_subcommand(true),
    );
    let subcommand = match command_name(&top, args)? {
        Named::Version => None,
        Named::Command(name) => Some(lean_subcommand(name)?),
    };
    let version_only = subcommand.is_none();
    let top = match subcommand {
        Some(subcommand) => top.subcommand(subcommand).subcommand_required(true),
        None => top,
    };
    match parse_with(top, args.to_vec()) {
        Ok(cli) => Some(Ok(cli)),
        Err(error) if version_only && error.kind() == clap::error::ErrorKind::DisplayVersion => {
            Some(Err(error))
        }
        Err(_) => None,
    }
}

/// `bedrock api SERVICE OPERATION …` takes the AWS CLI's words after the operation as they come,
/// global options included (`--region`, `--query`, `--output`, `--max-items`, …, as AWS
/// documentation writes them after the member flags): those are moved before `api`, where every
/// command takes them, and the rest is left to the operation's own parser.
/// `bedrock help [COMMAND…]` is `bedrock [COMMAND…] --help` (as `aws help` and `git help`).
fn help_command(mut args: Vec<std::ffi::OsString>) -> Vec<std::ffi::OsString> {
    if args.get(1).is_some_and(|word| word == "help") {
        args.remove(1);
        args.push("--help".into());
    }
    args
}

fn global_options_first(args: Vec<std::ffi::OsString>) -> Vec<std::ffi::OsString> {
    let top = GlobalArgs::augment_args(clap::Command::new("bedrock"));
    let Some(Named::Command("api")) = command_name(&top, &args) else {
        return args;
    };
    let Some(api_position) = args.iter().position(|word| word == "api") else {
        return args;
    };
    let mut front: Vec<std::ffi::OsString> = args[..api_position].to_vec();
    let mut rest: Vec<std::ffi::OsString> = Vec::new();
    let mut words = args[api_position..].iter();
    while let Some(word) = words.next() {
        let Some(text) = word.to_str() else {
            rest.push(word.clone());
            continue;
        };
        let (name, inline_value) = match text.split_once('=') {
            Some((name, _)) if name.starts_with("--") => (name, true),
            _ => (text, false),
        };
        let global = if let Some(long) = name.strip_prefix("--") {
            top.get_arguments().find(|arg| arg.get_long() == Some(long))
        } else if name.len() == 2 && name.starts_with('-') {
            let letter = name.chars().nth(1).unwrap_or(' ');
            top.get_arguments().find(|arg| arg.get_short() == Some(letter) && letter != 'h')
        } else {
            None
        };
        match global {
            Some(argument) => {
                front.push(word.clone());
                if argument.get_action().takes_values()
                    && !inline_value
                    && let Some(value) = words.next()
                {
                    front.push(value.clone());
                }
            }
            None => rest.push(word.clone()),
        }
    }
    // `--help` after an operation is the operation's help (from its model), not clap's for `api`.
    let named = |index: usize| {
        rest.get(index).and_then(|word| word.to_str()).is_some_and(|word| !word.starts_with('-'))
    };
    if named(1) && named(2) && rest.len() > 3 {
        let before = rest.len();
        let mut tail: Vec<std::ffi::OsString> =
            rest.split_off(3).into_iter().filter(|word| word != "--help" && word != "-h").collect();
        if tail.len() + 3 < before {
            rest.push("help".into());
        }
        rest.append(&mut tail);
    }
    front.extend(rest);
    front
}

enum Named<'a> {
    Command(&'a str),
    Version,
}

/// The command a command line names: the first word that is not a global option or its value.
/// `None` when the line holds anything else before it (help, `--`, an unknown option).
fn command_name<'a>(top: &clap::Command, args: &'a [std::ffi::OsString]) -> Option<Named<'a>> {
    let takes_value = |word: &str| -> Option<bool> {
        let option = if let Some(long) = word.strip_prefix("--") {
            if long.contains('=') {
                return Some(false);
            }
            top.get_arguments().find(|arg| arg.get_long() == Some(long))?
        } else {
            let mut letters = word.strip_prefix('-')?.chars();
            let letter = letters.next()?;
            let option = top.get_arguments().find(|arg| arg.get_short() == Some(letter))?;
            // `-ojson` carries its value; anything else glued on goes to the whole tree.
            if letters.next().is_some() {
                return option.get_action().takes_values().then_some(false);
            }
            option
        };
        Some(option.get_action().takes_values())
    };
    let mut words = args.iter().skip(1);
    while let Some(word) = words.next() {
        let word = word.to_str()?;
        if word == "--version" || word == "-V" {
            return Some(Named::Version);
        }
        if !word.starts_with('-') {
            return Some(Named::Command(word));
        }
        if word == "--" || word == "-" {
            return None;
        }
        if takes_value(word)? {
            words.next()?;
        }
    }
    None
}

/// One top-level command's tree, as the derive builds it (help texts aside: help is printed from
/// the whole tree).
fn lean_subcommand(name: &str) -> Option<clap::Command> {
    use crate::commands::*;
    fn args<T: Args>(name: &'static str) -> clap::Command {
        T::augment_args(clap::Command::new(name))
    }
    fn group<T: Subcommand>(name: &'static str) -> clap::Command {
        T::augment_subcommands(clap::Command::new(name))
            .subcommand_required(true)
            .arg_required_else_help(true)
    }
    Some(match name {
        "models" => group::<models::ModelsCommand>("models"),
        "inference-profiles" => group::<inference_profiles::InferenceProfilesCommand>("inference-profiles"),
        "invoke" => args::<invoke::InvokeCommandArgs>("invoke"),
        "stream" => args::<invoke::InvokeArgs>("stream"),
        "converse" => args::<converse::ConverseArgs>("converse"),
        "chat" => args::<chat::ChatArgs>("chat"),
        "embed" => args::<embed::EmbedArgs>("embed"),
        "image" => args::<image::ImageArgs>("image"),
        "guardrails" => group::<guardrails::GuardrailsCommand>("guardrails"),
        "apply-guardrail" => args::<apply_guardrail::ApplyGuardrailArgs>("apply-guardrail"),
        "custom-models" => group::<custom_models::CustomModelsCommand>("custom-models"),
        "customization-jobs" => group::<customization_jobs::CustomizationJobsCommand>("customization-jobs"),
        "import-jobs" => group::<import_jobs::ImportJobsCommand>("import-jobs"),
        "imported-models" => group::<imported_models::ImportedModelsCommand>("imported-models"),
        "throughput" => group::<throughput::ThroughputCommand>("throughput"),
        "batch-jobs" => group::<batch_jobs::BatchJobsCommand>("batch-jobs"),
        "batch" => group::<batch::BatchCommand>("batch"),
        "eval-jobs" => group::<eval_jobs::EvalJobsCommand>("eval-jobs"),
        "logging" => group::<logging::LoggingCommand>("logging"),
        "quotas" => group::<quotas::QuotasCommand>("quotas"),
        "tags" => group::<tags::TagsCommand>("tags"),
        "iam-policy" => group::<iam_policy::IamPolicyCommand>("iam-policy"),
        "knowledge-bases" => group::<knowledge_bases::KnowledgeBasesCommand>("knowledge-bases"),
        "data-sources" => group::<data_sources::DataSourcesCommand>("data-sources"),
        "ingestion-jobs" => group::<ingestion_jobs::IngestionJobsCommand>("ingestion-jobs"),
        "retrieve" => args::<retrieve::RetrieveArgs>("retrieve"),
        "retrieve-and-generate" | "ask" => {
            args::<retrieve_and_generate::RetrieveAndGenerateArgs>("retrieve-and-generate")
                .visible_alias("ask")
        }
        "agents" => group::<agents::AgentsCommand>("agents"),
        "action-groups" => group::<action_groups::ActionGroupsCommand>("action-groups"),
        "agent-versions" => group::<agent_versions::AgentVersionsCommand>("agent-versions"),
        "agent-aliases" => group::<agent_aliases::AgentAliasesCommand>("agent-aliases"),
        "invoke-agent" => args::<invoke_agent::InvokeAgentArgs>("invoke-agent"),
        "invoke-inline-agent" => args::<invoke_agent::InvokeInlineAgentArgs>("invoke-inline-agent"),
        "doctor" => args::<doctor::DoctorArgs>("doctor"),
        "logs" => args::<logs::LogsArgs>("logs"),
        "count-tokens" => args::<count_tokens::CountTokensArgs>("count-tokens"),
        "async" => group::<async_invoke::AsyncCommand>("async"),
        "usage" => args::<usage::UsageArgs>("usage"),
        "completions" => args::<completions::CompletionsArgs>("completions"),
        "emulator" => args::<emulator::EmulatorArgs>("emulator"),
        "api" => args::<api::ApiArgs>("api"),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::OsString;

    /// Command lines for every command of the whole tree: its required arguments, then each of
    /// its options one at a time, with global options before and after.
    fn command_lines() -> Vec<Vec<String>> {
        fn value(arg: &clap::Arg) -> String {
            arg.get_possible_values()
                .first()
                .map(|value| value.get_name().to_string())
                .unwrap_or_else(|| "1".into())
        }
        fn walk(command: &clap::Command, path: Vec<String>, lines: &mut Vec<Vec<String>>) {
            if command.has_subcommands() {
                for sub in command.get_subcommands() {
                    let mut deeper = path.clone();
                    deeper.push(sub.get_name().to_string());
                    walk(sub, deeper, lines);
                }
                return;
            }
            let mut required = path.clone();
            let mut positionals: Vec<&clap::Arg> = command.get_positionals().collect();
            positionals.sort_by_key(|arg| arg.get_index());
            for arg in positionals.iter().filter(|arg| arg.is_required_set()) {
                required.push(value(arg));
            }
            for arg in command.get_opts().filter(|arg| arg.is_required_set() && !arg.is_global_set()) {
                required.push(format!("--{}", arg.get_long().unwrap_or_default()));
                required.push(value(arg));
            }
            lines.push(required.clone());
            lines.push(
                [vec!["-o".into(), "json".into(), "--region".into(), "eu-west-1".into()], required.clone()]
                    .concat(),
            );
            lines.push(
                [required.clone(), vec!["--debug".into(), "-ojson".into(), "--query=a".into()]].concat(),
            );
            for arg in command.get_arguments().filter(|arg| !arg.is_required_set() && !arg.is_global_set()) {
                let Some(long) = arg.get_long() else { continue };
                let mut line = required.clone();
                line.push(format!("--{long}"));
                if arg.get_action().takes_values() {
                    line.push(value(arg));
                }
                lines.push(line);
            }
        }
        let mut lines = Vec::new();
        walk(&command(), Vec::new(), &mut lines);
        lines.push(vec!["ask".into(), "KB".into(), "question".into()]);
        lines
    }

    #[test]
    fn lean_parse_agrees_with_the_whole_tree() {
        let lines = command_lines();
        assert!(lines.len() > 500, "only {} command lines", lines.len());
        let mut accepted = 0;
        for line in lines {
            let args: Vec<OsString> =
                std::iter::once("bedrock".to_string()).chain(line.clone()).map(Into::into).collect();
            let whole = parse_with(command(), args.clone());
            let lean = lean_parse(&args);
            match (&whole, &lean) {
                (Ok(whole), Some(Ok(lean))) => {
                    assert_eq!(format!("{lean:?}"), format!("{whole:?}"), "{line:?}");
                    accepted += 1;
                }
                (Ok(_), _) => panic!("the lean parse refused {line:?}, which the whole tree accepts"),
                (Err(_), Some(Ok(lean))) => {
                    panic!("the lean parse accepted {line:?} as {lean:?}; the whole tree refuses it")
                }
                (Err(_), _) => {}
            }
        }
        assert!(accepted > 400, "only {accepted} command lines were accepted");
    }

    #[test]
    fn version_and_help_come_from_the_right_tree() {
        let args = |words: &[&str]| -> Vec<OsString> { words.iter().map(Into::into).collect() };
        let version = parse(args(&["bedrock", "--version"])).unwrap_err();
        assert_eq!(version.kind(), clap::error::ErrorKind::DisplayVersion);
        assert_eq!(version.render().to_string(), format!("bedrock {}\n", env!("CARGO_PKG_VERSION")));
        // Help is the whole tree's, with the command's description and examples.
        let help = parse(args(&["bedrock", "stream", "--help"])).unwrap_err().render().to_string();
        assert!(help.contains("InvokeModelWithResponseStream") && help.contains("Examples:"), "{help}");
        let typo = parse(args(&["bedrock", "strem", "x"])).unwrap_err().render().to_string();
        assert!(typo.contains("similar") || typo.contains("stream"), "{typo}");
        assert!(lean_parse(&args(&["bedrock", "--profile", "p", "stream", "--help"])).is_none());
        assert!(lean_parse(&args(&["bedrock", "--", "stream"])).is_none());
    }
}
