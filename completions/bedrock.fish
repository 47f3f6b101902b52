# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_bedrock_global_optspecs
    string join \n profile= region= endpoint-url= o/output= query= max-items= page-size= starting-token= no-paginate no-log debug q/quiet color= read-timeout= connect-timeout= max-attempts= retry-mode= local h/help V/version
end

function __fish_bedrock_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_bedrock_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_bedrock_using_subcommand
    set -l cmd (__fish_bedrock_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c bedrock -n "__fish_bedrock_needs_command" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_needs_command" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_needs_command" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_needs_command" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_needs_command" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_needs_command" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_needs_command" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_needs_command" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_needs_command" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_needs_command" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_needs_command" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_needs_command" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_needs_command" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_needs_command" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_needs_command" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_needs_command" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_needs_command" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_needs_command" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_needs_command" -s V -l version -d 'Print version'
complete -c bedrock -n "__fish_bedrock_needs_command" -f -a "models" -d 'Foundation models: list and describe them'
complete -c bedrock -n "__fish_bedrock_needs_command" -f -a "inference-profiles" -d 'Inference profiles (cross-region and application profiles)'
complete -c bedrock -n "__fish_bedrock_needs_command" -f -a "invoke" -d 'Invoke a model (InvokeModel): the body is built for the model\'s family from the flags'
complete -c bedrock -n "__fish_bedrock_needs_command" -f -a "stream" -d 'Invoke a model and print the answer as it is generated (InvokeModelWithResponseStream)'
complete -c bedrock -n "__fish_bedrock_needs_command" -f -a "converse" -d 'Talk to a model through the Converse API (any text model, tools, attachments, --stream)'
complete -c bedrock -n "__fish_bedrock_needs_command" -f -a "chat" -d 'Chat with a model interactively (ConverseStream), with saved sessions'
complete -c bedrock -n "__fish_bedrock_needs_command" -f -a "embed" -d 'Embed texts or an image (Titan embeddings, Cohere Embed)'
complete -c bedrock -n "__fish_bedrock_needs_command" -f -a "image" -d 'Generate images (Titan Image Generator, Stability SDXL) into PNG files'
complete -c bedrock -n "__fish_bedrock_needs_command" -f -a "guardrails" -d 'Guardrails: create and manage them'
complete -c bedrock -n "__fish_bedrock_needs_command" -f -a "apply-guardrail" -d 'Check text against a guardrail (ApplyGuardrail)'
complete -c bedrock -n "__fish_bedrock_needs_command" -f -a "custom-models" -d 'Custom models made by customization jobs: list, describe, delete'
complete -c bedrock -n "__fish_bedrock_needs_command" -f -a "customization-jobs" -d 'Model customization jobs (fine-tuning, continued pre-training), a waiter, and dataset checks'
complete -c bedrock -n "__fish_bedrock_needs_command" -f -a "import-jobs" -d 'Custom model import jobs'
complete -c bedrock -n "__fish_bedrock_needs_command" -f -a "imported-models" -d 'Imported models: list, describe, delete'
complete -c bedrock -n "__fish_bedrock_needs_command" -f -a "throughput" -d 'Provisioned throughput: buy, list, change, delete, wait until in service'
complete -c bedrock -n "__fish_bedrock_needs_command" -f -a "batch-jobs" -d 'Batch inference jobs (model invocation jobs), with a waiter'
complete -c bedrock -n "__fish_bedrock_needs_command" -f -a "batch" -d 'Batch inference end to end: upload a JSONL file to S3, run the job, join the results'
complete -c bedrock -n "__fish_bedrock_needs_command" -f -a "eval-jobs" -d 'Model evaluation jobs'
complete -c bedrock -n "__fish_bedrock_needs_command" -f -a "logging" -d 'Model invocation logging: where invocations are logged, and which data'
complete -c bedrock -n "__fish_bedrock_needs_command" -f -a "quotas" -d 'Bedrock quotas that bound a run (tokens per minute and per day per model, batch limits), from Service Quotas or the documented defaults'
complete -c bedrock -n "__fish_bedrock_needs_command" -f -a "tags" -d 'Tags of any Bedrock resource, by ARN (bedrock or bedrock-agent, chosen from the ARN)'
complete -c bedrock -n "__fish_bedrock_needs_command" -f -a "iam-policy" -d 'Print the least-privilege IAM policy for invoking models or customizing them (Step Functions)'
complete -c bedrock -n "__fish_bedrock_needs_command" -f -a "knowledge-bases" -d 'Knowledge bases (bedrock-agent): create and manage them'
complete -c bedrock -n "__fish_bedrock_needs_command" -f -a "data-sources" -d 'Data sources of knowledge bases (S3 locations and chunking)'
complete -c bedrock -n "__fish_bedrock_needs_command" -f -a "ingestion-jobs" -d 'Ingestion jobs: read, chunk and index a data source'
complete -c bedrock -n "__fish_bedrock_needs_command" -f -a "retrieve" -d 'Query a knowledge base for matching chunks (Retrieve)'
complete -c bedrock -n "__fish_bedrock_needs_command" -f -a "retrieve-and-generate" -d 'Answer a question from a knowledge base, with citations (RetrieveAndGenerate)'
complete -c bedrock -n "__fish_bedrock_needs_command" -f -a "ask" -d 'Answer a question from a knowledge base, with citations (RetrieveAndGenerate)'
complete -c bedrock -n "__fish_bedrock_needs_command" -f -a "agents" -d 'Agents (bedrock-agent): create, prepare and manage them, and the knowledge bases they use'
complete -c bedrock -n "__fish_bedrock_needs_command" -f -a "action-groups" -d 'Action groups of agents: what an agent can do'
complete -c bedrock -n "__fish_bedrock_needs_command" -f -a "agent-versions" -d 'Versions of agents'
complete -c bedrock -n "__fish_bedrock_needs_command" -f -a "agent-aliases" -d 'Aliases of agents'
complete -c bedrock -n "__fish_bedrock_needs_command" -f -a "invoke-agent" -d 'Talk to an agent (InvokeAgent): streamed answer, traces, return of control'
complete -c bedrock -n "__fish_bedrock_needs_command" -f -a "invoke-inline-agent" -d 'Talk to an agent the request defines (InvokeInlineAgent): model, instruction, action groups'
complete -c bedrock -n "__fish_bedrock_needs_command" -f -a "doctor" -d 'Show what profile, region, endpoints and credentials resolve to, and check the endpoint'
complete -c bedrock -n "__fish_bedrock_needs_command" -f -a "count-tokens" -d 'How many input tokens a prompt costs on a model (CountTokens; an estimate where the model has none)'
complete -c bedrock -n "__fish_bedrock_needs_command" -f -a "async" -d 'Asynchronous invocations (Nova Reel videos): start, get, list, wait, download the output'
complete -c bedrock -n "__fish_bedrock_needs_command" -f -a "logs" -d 'The local log of runtime calls: list, show one, search'
complete -c bedrock -n "__fish_bedrock_needs_command" -f -a "usage" -d 'Tokens and estimated cost of the logged calls, per model or per day'
complete -c bedrock -n "__fish_bedrock_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c bedrock -n "__fish_bedrock_needs_command" -f -a "emulator" -d 'Run the local Bedrock emulator (all four services on one port)'
complete -c bedrock -n "__fish_bedrock_needs_command" -f -a "api" -d 'Any operation of the four Bedrock services, from their service models, as the AWS CLI spells it (`bedrock api bedrock-agent create-flow --name f …`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and not __fish_seen_subcommand_from list ls get aliases" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and not __fish_seen_subcommand_from list ls get aliases" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and not __fish_seen_subcommand_from list ls get aliases" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and not __fish_seen_subcommand_from list ls get aliases" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and not __fish_seen_subcommand_from list ls get aliases" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and not __fish_seen_subcommand_from list ls get aliases" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and not __fish_seen_subcommand_from list ls get aliases" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and not __fish_seen_subcommand_from list ls get aliases" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and not __fish_seen_subcommand_from list ls get aliases" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and not __fish_seen_subcommand_from list ls get aliases" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and not __fish_seen_subcommand_from list ls get aliases" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and not __fish_seen_subcommand_from list ls get aliases" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and not __fish_seen_subcommand_from list ls get aliases" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and not __fish_seen_subcommand_from list ls get aliases" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and not __fish_seen_subcommand_from list ls get aliases" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and not __fish_seen_subcommand_from list ls get aliases" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and not __fish_seen_subcommand_from list ls get aliases" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and not __fish_seen_subcommand_from list ls get aliases" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and not __fish_seen_subcommand_from list ls get aliases" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and not __fish_seen_subcommand_from list ls get aliases" -f -a "list" -d 'List foundation models, optionally filtered'
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and not __fish_seen_subcommand_from list ls get aliases" -f -a "ls" -d 'List foundation models, optionally filtered'
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and not __fish_seen_subcommand_from list ls get aliases" -f -a "get" -d 'Describe one foundation model'
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and not __fish_seen_subcommand_from list ls get aliases" -f -a "aliases" -d 'List the model aliases: the built-in ones and those of the config file\'s [aliases]'
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from list" -l provider -d 'Only models of this provider (e.g. anthropic, amazon, meta; case-insensitive)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from list" -l output-modality -d 'Only models that produce this modality' -r -f -a "TEXT\t''
IMAGE\t''
EMBEDDING\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from list" -l inference-type -d 'Only models that support this inference type' -r -f -a "ON_DEMAND\t''
PROVISIONED\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from list" -l customization-type -d 'Only models that support this customization' -r -f -a "FINE_TUNING\t''
CONTINUED_PRE_TRAINING\t''
DISTILLATION\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from list" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from list" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from list" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from list" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from list" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from list" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from list" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from list" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from list" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from list" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from list" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from list" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from list" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from ls" -l provider -d 'Only models of this provider (e.g. anthropic, amazon, meta; case-insensitive)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from ls" -l output-modality -d 'Only models that produce this modality' -r -f -a "TEXT\t''
IMAGE\t''
EMBEDDING\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from ls" -l inference-type -d 'Only models that support this inference type' -r -f -a "ON_DEMAND\t''
PROVISIONED\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from ls" -l customization-type -d 'Only models that support this customization' -r -f -a "FINE_TUNING\t''
CONTINUED_PRE_TRAINING\t''
DISTILLATION\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from ls" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from ls" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from ls" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from ls" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from ls" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from ls" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from ls" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from ls" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from ls" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from ls" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from ls" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from ls" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from ls" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from ls" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from ls" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from get" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from get" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from get" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from get" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from get" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from get" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from get" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from get" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from get" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from get" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from get" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from get" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from get" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from get" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from get" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from get" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from get" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from aliases" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from aliases" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from aliases" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from aliases" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from aliases" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from aliases" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from aliases" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from aliases" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from aliases" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from aliases" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from aliases" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from aliases" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from aliases" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from aliases" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from aliases" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from aliases" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from aliases" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from aliases" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from aliases" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and not __fish_seen_subcommand_from list ls get" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and not __fish_seen_subcommand_from list ls get" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and not __fish_seen_subcommand_from list ls get" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and not __fish_seen_subcommand_from list ls get" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and not __fish_seen_subcommand_from list ls get" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and not __fish_seen_subcommand_from list ls get" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and not __fish_seen_subcommand_from list ls get" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and not __fish_seen_subcommand_from list ls get" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and not __fish_seen_subcommand_from list ls get" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and not __fish_seen_subcommand_from list ls get" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and not __fish_seen_subcommand_from list ls get" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and not __fish_seen_subcommand_from list ls get" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and not __fish_seen_subcommand_from list ls get" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and not __fish_seen_subcommand_from list ls get" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and not __fish_seen_subcommand_from list ls get" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and not __fish_seen_subcommand_from list ls get" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and not __fish_seen_subcommand_from list ls get" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and not __fish_seen_subcommand_from list ls get" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and not __fish_seen_subcommand_from list ls get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and not __fish_seen_subcommand_from list ls get" -f -a "list" -d 'List inference profiles (all pages; see --max-items and --page-size)'
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and not __fish_seen_subcommand_from list ls get" -f -a "ls" -d 'List inference profiles (all pages; see --max-items and --page-size)'
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and not __fish_seen_subcommand_from list ls get" -f -a "get" -d 'Describe one inference profile'
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from list" -l type -d 'Only profiles of this type' -r -f -a "SYSTEM_DEFINED\t''
APPLICATION\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from list" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from list" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from list" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from list" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from list" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from list" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from list" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from list" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from list" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from list" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from list" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from list" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from list" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from ls" -l type -d 'Only profiles of this type' -r -f -a "SYSTEM_DEFINED\t''
APPLICATION\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from ls" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from ls" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from ls" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from ls" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from ls" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from ls" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from ls" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from ls" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from ls" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from ls" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from ls" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from ls" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from ls" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from ls" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from ls" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from get" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from get" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from get" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from get" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from get" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from get" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from get" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from get" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from get" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from get" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from get" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from get" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from get" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from get" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from get" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from get" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from get" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -l prompt-file -d 'Read the prompt from this file' -r -F
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -l max-tokens -d 'Maximum number of tokens to generate' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -l temperature -d 'Sampling temperature (range depends on the model family)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -l top-p -d 'Nucleus sampling probability mass' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -l top-k -d 'Sample from the K most likely tokens (families that support it)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -l stop -d 'Stop generating at this sequence (repeatable)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -l system -d 'System prompt (repeatable)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -l seed -d 'Random seed (families that support it)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -l reasoning -d 'Extended thinking with a budget of BUDGET tokens (at least 1024, less than --max-tokens; without --max-tokens the answer may be the budget plus 4096 tokens long). Claude 3.7 Sonnet, Claude 4 and 4.5' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -l service-tier -d 'The service tier that serves the request: priority, default, flex or reserved' -r -f -a "priority\t''
default\t''
flex\t''
reserved\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -l latency -d 'Latency profile (optimized where the model offers it; X-Amzn-Bedrock-PerformanceConfig-Latency)' -r -f -a "standard\t''
optimized\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -l image -d 'Attach an image (Claude 3+ and Nova; repeatable; png, jpeg, gif or webp)' -r -F
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -l presence-penalty -d 'AI21 Jurassic-2 presence penalty' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -l frequency-penalty -d 'AI21 Jurassic-2 frequency penalty' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -l count-penalty -d 'AI21 Jurassic-2 count penalty' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -l document -d 'A document for Cohere Command R/R+ to ground on: a text file, titled by its name (repeatable)' -r -F
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -l family -d 'The model family, for custom or provisioned model ARNs (see `--family help`)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -l body -d 'Send this request body as is: JSON text, @FILE, or - for stdin. Wins over prompt and flags' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -l guardrail -d 'Apply a guardrail: ID or ID:VERSION (version defaults to DRAFT)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -l accept -d 'The Accept header of the request' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -l content-type -d 'The Content-Type header of the request' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -l input -d 'Run one request per line of this JSON Lines file (- for stdin) and print one NDJSON result line per input line, {"id", …} or {"id", "error"}; lines are a string or an object with an optional "id"' -r -F
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -l concurrency -d 'Requests in flight at most (with --input); throttling lowers it for a while' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -l resume -d 'Continue an interrupted run whose results went to FILE: skip the ids FILE already answered and append the other results to FILE (nothing goes to stdout); lines whose result was an error are run again' -r -F
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -l tpm -d 'Tokens per minute the run may use (with --input): a number (2000000, 2_000_000, 2M, 500k), or auto for the model\'s quota read from Service Quotas. Without it the budget is learnt from the service\'s token throttling' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -l no-show-reasoning -d 'Do not show the model\'s reasoning on a terminal (it is shown dimmed before the answer)'
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -l guardrail-trace -d 'Show the guardrail\'s trace on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -l dry-run -d 'Print the request body instead of sending it'
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -l usage -d 'Print input/output tokens and latency to stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -l unordered -d 'Print results as they complete instead of in input order (with --input)'
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -l resume-keep-errors -d 'With --resume: keep the error lines FILE has instead of running those lines again'
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -l emit-sfn-task -d 'Print the Step Functions Task state (arn:aws:states:::bedrock:invokeModel) that makes this call, instead of calling'
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand stream" -l prompt-file -d 'Read the prompt from this file' -r -F
complete -c bedrock -n "__fish_bedrock_using_subcommand stream" -l max-tokens -d 'Maximum number of tokens to generate' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand stream" -l temperature -d 'Sampling temperature (range depends on the model family)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand stream" -l top-p -d 'Nucleus sampling probability mass' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand stream" -l top-k -d 'Sample from the K most likely tokens (families that support it)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand stream" -l stop -d 'Stop generating at this sequence (repeatable)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand stream" -l system -d 'System prompt (repeatable)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand stream" -l seed -d 'Random seed (families that support it)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand stream" -l reasoning -d 'Extended thinking with a budget of BUDGET tokens (at least 1024, less than --max-tokens; without --max-tokens the answer may be the budget plus 4096 tokens long). Claude 3.7 Sonnet, Claude 4 and 4.5' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand stream" -l service-tier -d 'The service tier that serves the request: priority, default, flex or reserved' -r -f -a "priority\t''
default\t''
flex\t''
reserved\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand stream" -l latency -d 'Latency profile (optimized where the model offers it; X-Amzn-Bedrock-PerformanceConfig-Latency)' -r -f -a "standard\t''
optimized\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand stream" -l image -d 'Attach an image (Claude 3+ and Nova; repeatable; png, jpeg, gif or webp)' -r -F
complete -c bedrock -n "__fish_bedrock_using_subcommand stream" -l presence-penalty -d 'AI21 Jurassic-2 presence penalty' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand stream" -l frequency-penalty -d 'AI21 Jurassic-2 frequency penalty' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand stream" -l count-penalty -d 'AI21 Jurassic-2 count penalty' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand stream" -l document -d 'A document for Cohere Command R/R+ to ground on: a text file, titled by its name (repeatable)' -r -F
complete -c bedrock -n "__fish_bedrock_using_subcommand stream" -l family -d 'The model family, for custom or provisioned model ARNs (see `--family help`)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand stream" -l body -d 'Send this request body as is: JSON text, @FILE, or - for stdin. Wins over prompt and flags' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand stream" -l guardrail -d 'Apply a guardrail: ID or ID:VERSION (version defaults to DRAFT)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand stream" -l accept -d 'The Accept header of the request' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand stream" -l content-type -d 'The Content-Type header of the request' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand stream" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand stream" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand stream" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand stream" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand stream" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand stream" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand stream" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand stream" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand stream" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand stream" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand stream" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand stream" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand stream" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand stream" -l no-show-reasoning -d 'Do not show the model\'s reasoning on a terminal (it is shown dimmed before the answer)'
complete -c bedrock -n "__fish_bedrock_using_subcommand stream" -l guardrail-trace -d 'Show the guardrail\'s trace on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand stream" -l dry-run -d 'Print the request body instead of sending it'
complete -c bedrock -n "__fish_bedrock_using_subcommand stream" -l usage -d 'Print input/output tokens and latency to stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand stream" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand stream" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand stream" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand stream" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand stream" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand stream" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l prompt-file -d 'Read the user\'s message from this file' -r -F
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l max-tokens -d 'Maximum number of tokens to generate' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l temperature -d 'Sampling temperature (range depends on the model family)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l top-p -d 'Nucleus sampling probability mass' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l top-k -d 'Sample from the K most likely tokens (families that support it)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l stop -d 'Stop generating at this sequence (repeatable)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l system -d 'System prompt (repeatable)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l seed -d 'Random seed (families that support it)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l reasoning -d 'Extended thinking with a budget of BUDGET tokens (at least 1024, less than --max-tokens; without --max-tokens the answer may be the budget plus 4096 tokens long). Claude 3.7 Sonnet, Claude 4 and 4.5' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l service-tier -d 'The service tier that serves the request: priority, default, flex or reserved' -r -f -a "priority\t''
default\t''
flex\t''
reserved\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l messages -d 'Earlier conversation: a JSON file with the API\'s `messages` list (or an object with `messages`)' -r -F
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l image -d 'Attach an image to the message (png, jpeg, gif, webp; repeatable)' -r -F
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l document -d 'Attach a document (pdf, csv, doc, docx, xls, xlsx, html, txt, md; repeatable)' -r -F
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l tools -d 'Tool configuration: a JSON file with the API\'s `toolConfig` (or just its `tools` list)' -r -F
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l json-schema -d 'Structured output: force the answer into JSON matching this JSON Schema file' -r -F
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l guardrail -d 'Apply a guardrail: ID or ID:VERSION (version defaults to DRAFT)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l additional-fields -d 'Extra model-specific request fields as JSON (additionalModelRequestFields)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l latency -d 'Latency profile (optimized where the model offers it)' -r -f -a "standard\t''
optimized\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l request-metadata -d 'Request metadata for invocation logs: key=value (repeatable)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l continue -d 'Continue the most recent chat session, or the one named (`--continue=NAME`): the session\'s conversation and model, the PROMPT as the next turn, and the turn saved to the session' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l tool -d 'Run COMMAND (with `sh -c`) when the model calls the tool NAME: the tool\'s input JSON on stdin, its stdout sent back as the result (repeatable; NAME needs a schema from --tools or --tool-schema)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l tool-schema -d 'The input JSON Schema of the tool NAME (its "description" describes the tool; a toolSpec object is accepted too), for a tool the --tools file does not define (repeatable)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l max-tool-rounds -d 'How many rounds of tool calls the commands answer at most before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l input -d 'Run one request per line of this JSON Lines file (- for stdin) and print one NDJSON result line per input line, {"id", …} or {"id", "error"}; lines are a string or an object with an optional "id"' -r -F
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l concurrency -d 'Requests in flight at most (with --input); throttling lowers it for a while' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l resume -d 'Continue an interrupted run whose results went to FILE: skip the ids FILE already answered and append the other results to FILE (nothing goes to stdout); lines whose result was an error are run again' -r -F
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l tpm -d 'Tokens per minute the run may use (with --input): a number (2000000, 2_000_000, 2M, 500k), or auto for the model\'s quota read from Service Quotas. Without it the budget is learnt from the service\'s token throttling' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l no-show-reasoning -d 'Do not show the model\'s reasoning on a terminal (it is shown dimmed before the answer)'
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l citations -d 'Let the model cite the attached documents (citations enabled on every --document): the answer shows [n] after each cited passage and lists the sources'
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l guardrail-trace -d 'Ask for the guardrail\'s trace'
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l cache-point -d 'Add a prompt-caching checkpoint after the system prompt (or the attachments)'
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l stream -d 'Stream the answer as it is generated (ConverseStream)'
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l dry-run -d 'Print the request document instead of sending it'
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l usage -d 'Print input/output tokens and latency to stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l trace -d 'Show each tool call and a summary of its result on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l unordered -d 'Print results as they complete instead of in input order (with --input)'
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l resume-keep-errors -d 'With --resume: keep the error lines FILE has instead of running those lines again'
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand chat" -l max-tokens -d 'Maximum number of tokens to generate' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand chat" -l temperature -d 'Sampling temperature (range depends on the model family)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand chat" -l top-p -d 'Nucleus sampling probability mass' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand chat" -l top-k -d 'Sample from the K most likely tokens (families that support it)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand chat" -l stop -d 'Stop generating at this sequence (repeatable)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand chat" -l system -d 'System prompt (repeatable)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand chat" -l seed -d 'Random seed (families that support it)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand chat" -l reasoning -d 'Extended thinking with a budget of BUDGET tokens (at least 1024, less than --max-tokens; without --max-tokens the answer may be the budget plus 4096 tokens long). Claude 3.7 Sonnet, Claude 4 and 4.5' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand chat" -l service-tier -d 'The service tier that serves the request: priority, default, flex or reserved' -r -f -a "priority\t''
default\t''
flex\t''
reserved\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand chat" -l session -d 'Name of the session to resume or create' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand chat" -l messages -d 'Start from this conversation (the API\'s `messages` list as JSON)' -r -F
complete -c bedrock -n "__fish_bedrock_using_subcommand chat" -l tools -d 'Tool configuration: a JSON file with the API\'s `toolConfig` (or just its `tools` list)' -r -F
complete -c bedrock -n "__fish_bedrock_using_subcommand chat" -l tool -d 'Run COMMAND (with `sh -c`) when the model calls the tool NAME: the tool\'s input JSON on stdin, its stdout sent back as the result (repeatable; NAME needs a schema from --tools or --tool-schema)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand chat" -l tool-schema -d 'The input JSON Schema of the tool NAME (its "description" describes the tool; a toolSpec object is accepted too), for a tool the --tools file does not define (repeatable)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand chat" -l max-tool-rounds -d 'How many rounds of tool calls the commands answer at most before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand chat" -l delete -d 'Delete the saved session NAME' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand chat" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand chat" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand chat" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand chat" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand chat" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand chat" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand chat" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand chat" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand chat" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand chat" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand chat" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand chat" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand chat" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand chat" -l no-show-reasoning -d 'Do not show the model\'s reasoning on a terminal (it is shown dimmed before the answer)'
complete -c bedrock -n "__fish_bedrock_using_subcommand chat" -l continue -d 'Resume the most recent session'
complete -c bedrock -n "__fish_bedrock_using_subcommand chat" -l trace -d 'Show each tool call and a summary of its result on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand chat" -l list -d 'List the saved sessions (name, model, messages, tokens, last change), newest first'
complete -c bedrock -n "__fish_bedrock_using_subcommand chat" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand chat" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand chat" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand chat" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand chat" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand chat" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand embed" -l input -d 'Run one request per line of this JSON Lines file (- for stdin) and print one NDJSON result line per input line, {"id", …} or {"id", "error"}; lines are a string or an object with an optional "id"' -r -F
complete -c bedrock -n "__fish_bedrock_using_subcommand embed" -l concurrency -d 'Requests in flight at most (with --input); throttling lowers it for a while' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand embed" -l resume -d 'Continue an interrupted run whose results went to FILE: skip the ids FILE already answered and append the other results to FILE (nothing goes to stdout); lines whose result was an error are run again' -r -F
complete -c bedrock -n "__fish_bedrock_using_subcommand embed" -l tpm -d 'Tokens per minute the run may use (with --input): a number (2000000, 2_000_000, 2M, 500k), or auto for the model\'s quota read from Service Quotas. Without it the budget is learnt from the service\'s token throttling' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand embed" -l image -d 'An image to embed (Titan Multimodal Embeddings)' -r -F
complete -c bedrock -n "__fish_bedrock_using_subcommand embed" -l dimensions -d 'Vector length (Titan v2: 256, 512, 1024; multimodal: 256, 384, 1024)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand embed" -l normalize -d 'Normalise vectors to unit length (Titan v2)' -r -f -a "true\t''
false\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand embed" -l input-type -d 'Cohere input type: search_document, search_query, classification, clustering' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand embed" -l truncate -d 'Cohere truncation: NONE, START, END' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand embed" -l family -d 'The model family, for custom or provisioned model ARNs' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand embed" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand embed" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand embed" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand embed" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand embed" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand embed" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand embed" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand embed" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand embed" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand embed" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand embed" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand embed" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand embed" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand embed" -l unordered -d 'Print results as they complete instead of in input order (with --input)'
complete -c bedrock -n "__fish_bedrock_using_subcommand embed" -l resume-keep-errors -d 'With --resume: keep the error lines FILE has instead of running those lines again'
complete -c bedrock -n "__fish_bedrock_using_subcommand embed" -l dry-run -d 'Print the request body of the first request instead of sending it'
complete -c bedrock -n "__fish_bedrock_using_subcommand embed" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand embed" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand embed" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand embed" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand embed" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand embed" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand image" -l negative -d 'What not to draw' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand image" -l count -d 'Number of images' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand image" -l width -d 'Width in pixels' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand image" -l height -d 'Height in pixels' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand image" -l cfg-scale -d 'How closely to follow the prompt' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand image" -l seed -d 'Random seed, for reproducible images' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand image" -l steps -d 'Diffusion steps (SDXL)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand image" -l style-preset -d 'Style preset (SDXL), e.g. photographic, digital-art, anime' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand image" -l sampler -d 'Sampler (SDXL), e.g. K_DPMPP_2M' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand image" -l prompt-weight -d 'Extra weighted prompt (SDXL): TEXT=WEIGHT (repeatable)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand image" -l quality -d 'Quality (Titan): standard or premium' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand image" -l task -d 'Task (Titan): text-to-image, variation, inpainting, outpainting' -r -f -a "text-to-image\t''
variation\t''
inpainting\t''
outpainting\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand image" -l source-image -d 'The source image of a variation, inpainting or outpainting task' -r -F
complete -c bedrock -n "__fish_bedrock_using_subcommand image" -l mask-prompt -d 'Describe the region to change (inpainting/outpainting)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand image" -l mask-image -d 'A mask image of the region to change (inpainting/outpainting)' -r -F
complete -c bedrock -n "__fish_bedrock_using_subcommand image" -l similarity-strength -d 'How similar a variation stays to the source (0.2 to 1.0)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand image" -l outpainting-mode -d 'Outpainting mode: DEFAULT or PRECISE' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand image" -l out-dir -d 'Directory for the PNG files (created when missing)' -r -F
complete -c bedrock -n "__fish_bedrock_using_subcommand image" -l name -d 'File name prefix (default: from the prompt); files are PREFIX-1.png, PREFIX-2.png, …' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand image" -l family -d 'The model family, for custom or provisioned model ARNs' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand image" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand image" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand image" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand image" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand image" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand image" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand image" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand image" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand image" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand image" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand image" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand image" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand image" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand image" -l force -d 'Overwrite existing files'
complete -c bedrock -n "__fish_bedrock_using_subcommand image" -l dry-run -d 'Print the request body instead of sending it'
complete -c bedrock -n "__fish_bedrock_using_subcommand image" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand image" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand image" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand image" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand image" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand image" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and not __fish_seen_subcommand_from create list ls get update delete publish versions" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and not __fish_seen_subcommand_from create list ls get update delete publish versions" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and not __fish_seen_subcommand_from create list ls get update delete publish versions" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and not __fish_seen_subcommand_from create list ls get update delete publish versions" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and not __fish_seen_subcommand_from create list ls get update delete publish versions" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and not __fish_seen_subcommand_from create list ls get update delete publish versions" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and not __fish_seen_subcommand_from create list ls get update delete publish versions" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and not __fish_seen_subcommand_from create list ls get update delete publish versions" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and not __fish_seen_subcommand_from create list ls get update delete publish versions" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and not __fish_seen_subcommand_from create list ls get update delete publish versions" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and not __fish_seen_subcommand_from create list ls get update delete publish versions" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and not __fish_seen_subcommand_from create list ls get update delete publish versions" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and not __fish_seen_subcommand_from create list ls get update delete publish versions" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and not __fish_seen_subcommand_from create list ls get update delete publish versions" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and not __fish_seen_subcommand_from create list ls get update delete publish versions" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and not __fish_seen_subcommand_from create list ls get update delete publish versions" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and not __fish_seen_subcommand_from create list ls get update delete publish versions" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and not __fish_seen_subcommand_from create list ls get update delete publish versions" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and not __fish_seen_subcommand_from create list ls get update delete publish versions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and not __fish_seen_subcommand_from create list ls get update delete publish versions" -f -a "create" -d 'Create a guardrail from flags and/or a spec file'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and not __fish_seen_subcommand_from create list ls get update delete publish versions" -f -a "list" -d 'List guardrails (their DRAFT versions)'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and not __fish_seen_subcommand_from create list ls get update delete publish versions" -f -a "ls" -d 'List guardrails (their DRAFT versions)'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and not __fish_seen_subcommand_from create list ls get update delete publish versions" -f -a "get" -d 'Describe a guardrail (DRAFT, or --version N)'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and not __fish_seen_subcommand_from create list ls get update delete publish versions" -f -a "update" -d 'Replace a guardrail\'s DRAFT from flags and/or a spec file'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and not __fish_seen_subcommand_from create list ls get update delete publish versions" -f -a "delete" -d 'Delete a guardrail (or one --version of it)'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and not __fish_seen_subcommand_from create list ls get update delete publish versions" -f -a "publish" -d 'Publish the DRAFT as a new numbered version'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and not __fish_seen_subcommand_from create list ls get update delete publish versions" -f -a "versions" -d 'List the versions of a guardrail'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from create" -l name -d 'Name of the guardrail (letters, digits, - and _)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from create" -l spec -d 'A spec file (JSON or YAML) in the shape of the CreateGuardrail input; flags add to it' -r -F
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from create" -l description -d 'Description of the guardrail' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from create" -l blocked-input-message -d 'Message returned when an input is blocked' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from create" -l blocked-output-message -d 'Message returned when an output is blocked' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from create" -l content-filter -d 'Content filter TYPE=STRENGTH or TYPE=INPUT/OUTPUT (types HATE, INSULTS, SEXUAL, VIOLENCE, MISCONDUCT, PROMPT_ATTACK; strengths NONE, LOW, MEDIUM, HIGH)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from create" -l deny-topic -d 'Denied topic NAME=DEFINITION (repeatable)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from create" -l topic-example -d 'Example phrase for the last --deny-topic (repeatable)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from create" -l word -d 'Block this word or phrase (repeatable)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from create" -l pii -d 'Sensitive information TYPE=BLOCK|ANONYMIZE (e.g. EMAIL=ANONYMIZE; repeatable)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from create" -l regex -d 'Custom regex NAME=PATTERN, blocked (repeatable)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from create" -l regex-anonymize -d 'Custom regex NAME=PATTERN, anonymized (repeatable)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from create" -l grounding-threshold -d 'Contextual grounding threshold (0 to 0.99)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from create" -l relevance-threshold -d 'Contextual relevance threshold (0 to 0.99)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from create" -l kms-key -d 'KMS key id or ARN to encrypt the guardrail' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from create" -l tags -d 'Tags key=value (repeatable)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from create" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from create" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from create" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from create" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from create" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from create" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from create" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from create" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from create" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from create" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from create" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from create" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from create" -l profanity -d 'Block the managed profanity list'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from create" -l dry-run -d 'Print the request instead of sending it'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from create" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from create" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from create" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from create" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from create" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from list" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from list" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from list" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from list" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from list" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from list" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from list" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from list" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from list" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from list" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from list" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from list" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from list" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from ls" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from ls" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from ls" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from ls" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from ls" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from ls" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from ls" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from ls" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from ls" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from ls" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from ls" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from ls" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from ls" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from ls" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from ls" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from get" -l version -d 'Version number (default: DRAFT)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from get" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from get" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from get" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from get" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from get" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from get" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from get" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from get" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from get" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from get" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from get" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from get" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from get" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from get" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from get" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from get" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from get" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from update" -l name -d 'New name (default: keep the spec\'s or the current name)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from update" -l spec -d 'A spec file (JSON or YAML) in the shape of the CreateGuardrail input; flags add to it' -r -F
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from update" -l description -d 'Description of the guardrail' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from update" -l blocked-input-message -d 'Message returned when an input is blocked' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from update" -l blocked-output-message -d 'Message returned when an output is blocked' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from update" -l content-filter -d 'Content filter TYPE=STRENGTH or TYPE=INPUT/OUTPUT (types HATE, INSULTS, SEXUAL, VIOLENCE, MISCONDUCT, PROMPT_ATTACK; strengths NONE, LOW, MEDIUM, HIGH)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from update" -l deny-topic -d 'Denied topic NAME=DEFINITION (repeatable)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from update" -l topic-example -d 'Example phrase for the last --deny-topic (repeatable)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from update" -l word -d 'Block this word or phrase (repeatable)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from update" -l pii -d 'Sensitive information TYPE=BLOCK|ANONYMIZE (e.g. EMAIL=ANONYMIZE; repeatable)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from update" -l regex -d 'Custom regex NAME=PATTERN, blocked (repeatable)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from update" -l regex-anonymize -d 'Custom regex NAME=PATTERN, anonymized (repeatable)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from update" -l grounding-threshold -d 'Contextual grounding threshold (0 to 0.99)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from update" -l relevance-threshold -d 'Contextual relevance threshold (0 to 0.99)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from update" -l kms-key -d 'KMS key id or ARN to encrypt the guardrail' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from update" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from update" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from update" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from update" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from update" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from update" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from update" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from update" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from update" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from update" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from update" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from update" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from update" -l profanity -d 'Block the managed profanity list'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from update" -l dry-run -d 'Print the request instead of sending it'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from update" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from update" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from update" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from update" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from update" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from delete" -l version -d 'Delete only this numbered version' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from delete" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from delete" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from delete" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from delete" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from delete" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from delete" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from delete" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from delete" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from delete" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from delete" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from delete" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from delete" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from delete" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from delete" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from delete" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from publish" -l description -d 'Description of the version' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from publish" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from publish" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from publish" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from publish" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from publish" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from publish" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from publish" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from publish" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from publish" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from publish" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from publish" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from publish" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from publish" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from publish" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from publish" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from publish" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from publish" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from publish" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from publish" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from versions" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from versions" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from versions" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from versions" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from versions" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from versions" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from versions" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from versions" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from versions" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from versions" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from versions" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from versions" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from versions" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from versions" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from versions" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from versions" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from versions" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from versions" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand guardrails; and __fish_seen_subcommand_from versions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand apply-guardrail" -l file -d 'Read the text from this file' -r -F
complete -c bedrock -n "__fish_bedrock_using_subcommand apply-guardrail" -l source -d 'Whether the text is an input to or an output of a model' -r -f -a "INPUT\t''
OUTPUT\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand apply-guardrail" -l version -d 'Guardrail version (default: DRAFT)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand apply-guardrail" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand apply-guardrail" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand apply-guardrail" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand apply-guardrail" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand apply-guardrail" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand apply-guardrail" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand apply-guardrail" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand apply-guardrail" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand apply-guardrail" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand apply-guardrail" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand apply-guardrail" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand apply-guardrail" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand apply-guardrail" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand apply-guardrail" -l fail-on-intervention -d 'Exit 254 when the guardrail intervened'
complete -c bedrock -n "__fish_bedrock_using_subcommand apply-guardrail" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand apply-guardrail" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand apply-guardrail" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand apply-guardrail" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand apply-guardrail" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand apply-guardrail" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and not __fish_seen_subcommand_from list ls get delete" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and not __fish_seen_subcommand_from list ls get delete" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and not __fish_seen_subcommand_from list ls get delete" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and not __fish_seen_subcommand_from list ls get delete" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and not __fish_seen_subcommand_from list ls get delete" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and not __fish_seen_subcommand_from list ls get delete" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and not __fish_seen_subcommand_from list ls get delete" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and not __fish_seen_subcommand_from list ls get delete" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and not __fish_seen_subcommand_from list ls get delete" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and not __fish_seen_subcommand_from list ls get delete" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and not __fish_seen_subcommand_from list ls get delete" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and not __fish_seen_subcommand_from list ls get delete" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and not __fish_seen_subcommand_from list ls get delete" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and not __fish_seen_subcommand_from list ls get delete" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and not __fish_seen_subcommand_from list ls get delete" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and not __fish_seen_subcommand_from list ls get delete" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and not __fish_seen_subcommand_from list ls get delete" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and not __fish_seen_subcommand_from list ls get delete" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and not __fish_seen_subcommand_from list ls get delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and not __fish_seen_subcommand_from list ls get delete" -f -a "list" -d 'List custom models (ListCustomModels)'
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and not __fish_seen_subcommand_from list ls get delete" -f -a "ls" -d 'List custom models (ListCustomModels)'
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and not __fish_seen_subcommand_from list ls get delete" -f -a "get" -d 'Describe a custom model (GetCustomModel)'
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and not __fish_seen_subcommand_from list ls get delete" -f -a "delete" -d 'Delete a custom model (DeleteCustomModel)'
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from list" -l base-model -d 'Only models customised from this base model (foundation model ARN or id)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from list" -l status -d 'Only models in this status' -r -f -a "Active\t''
Creating\t''
Failed\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from list" -l name-contains -d 'Only those whose name contains this text' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from list" -l created-after -d 'Only those created after this time (2024-05-01 or 2024-05-01T12:00:00Z)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from list" -l created-before -d 'Only those created before this time' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from list" -l sort-order -d 'Order by creation time (default: newest first)' -r -f -a "ascending\t''
descending\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from list" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from list" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from list" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from list" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from list" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from list" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from list" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from list" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from list" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from list" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from list" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from list" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from list" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from ls" -l base-model -d 'Only models customised from this base model (foundation model ARN or id)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from ls" -l status -d 'Only models in this status' -r -f -a "Active\t''
Creating\t''
Failed\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from ls" -l name-contains -d 'Only those whose name contains this text' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from ls" -l created-after -d 'Only those created after this time (2024-05-01 or 2024-05-01T12:00:00Z)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from ls" -l created-before -d 'Only those created before this time' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from ls" -l sort-order -d 'Order by creation time (default: newest first)' -r -f -a "ascending\t''
descending\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from ls" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from ls" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from ls" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from ls" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from ls" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from ls" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from ls" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from ls" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from ls" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from ls" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from ls" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from ls" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from ls" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from ls" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from ls" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from get" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from get" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from get" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from get" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from get" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from get" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from get" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from get" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from get" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from get" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from get" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from get" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from get" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from get" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from get" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from get" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from get" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from delete" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from delete" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from delete" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from delete" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from delete" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from delete" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from delete" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from delete" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from delete" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from delete" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from delete" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation'
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from delete" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from delete" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from delete" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from delete" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand custom-models; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and not __fish_seen_subcommand_from create list ls get stop wait validate-data" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and not __fish_seen_subcommand_from create list ls get stop wait validate-data" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and not __fish_seen_subcommand_from create list ls get stop wait validate-data" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and not __fish_seen_subcommand_from create list ls get stop wait validate-data" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and not __fish_seen_subcommand_from create list ls get stop wait validate-data" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and not __fish_seen_subcommand_from create list ls get stop wait validate-data" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and not __fish_seen_subcommand_from create list ls get stop wait validate-data" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and not __fish_seen_subcommand_from create list ls get stop wait validate-data" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and not __fish_seen_subcommand_from create list ls get stop wait validate-data" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and not __fish_seen_subcommand_from create list ls get stop wait validate-data" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and not __fish_seen_subcommand_from create list ls get stop wait validate-data" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and not __fish_seen_subcommand_from create list ls get stop wait validate-data" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and not __fish_seen_subcommand_from create list ls get stop wait validate-data" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and not __fish_seen_subcommand_from create list ls get stop wait validate-data" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and not __fish_seen_subcommand_from create list ls get stop wait validate-data" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and not __fish_seen_subcommand_from create list ls get stop wait validate-data" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and not __fish_seen_subcommand_from create list ls get stop wait validate-data" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and not __fish_seen_subcommand_from create list ls get stop wait validate-data" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and not __fish_seen_subcommand_from create list ls get stop wait validate-data" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and not __fish_seen_subcommand_from create list ls get stop wait validate-data" -f -a "create" -d 'Start a fine-tuning or continued pre-training job (CreateModelCustomizationJob)'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and not __fish_seen_subcommand_from create list ls get stop wait validate-data" -f -a "list" -d 'List customization jobs (ListModelCustomizationJobs)'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and not __fish_seen_subcommand_from create list ls get stop wait validate-data" -f -a "ls" -d 'List customization jobs (ListModelCustomizationJobs)'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and not __fish_seen_subcommand_from create list ls get stop wait validate-data" -f -a "get" -d 'Describe a customization job (GetModelCustomizationJob)'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and not __fish_seen_subcommand_from create list ls get stop wait validate-data" -f -a "stop" -d 'Stop a running customization job (StopModelCustomizationJob)'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and not __fish_seen_subcommand_from create list ls get stop wait validate-data" -f -a "wait" -d 'Wait until a customization job has Completed (254 if it failed or was stopped)'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and not __fish_seen_subcommand_from create list ls get stop wait validate-data" -f -a "validate-data" -d 'Check a local JSONL dataset against the base model\'s documented format and quotas, offline'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from create" -l type -d 'The customization: FINE_TUNING (labelled prompt/completion pairs) or CONTINUED_PRE_TRAINING' -r -f -a "FINE_TUNING\t''
CONTINUED_PRE_TRAINING\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from create" -l base-model -d 'The base model: id, alias or ARN (or a custom model to customise further)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from create" -l job-name -d 'Name of the job (letters, digits, hyphens; up to 63)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from create" -l custom-model-name -d 'Name of the custom model the job creates' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from create" -l role-arn -d 'IAM role Bedrock assumes to read the data and write the output' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from create" -l training-data -d 'Training dataset (s3://bucket/key.jsonl)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from create" -l validation-data -d 'Validation dataset (s3://…; repeatable)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from create" -l output-data -l output-uri -d 'Where the job writes its output (s3://bucket/prefix/)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from create" -l hyper-parameter -d 'Hyperparameter NAME=VALUE, checked against the base model\'s documented ranges (repeatable)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from create" -l vpc-subnets -d 'VPC subnet ids for the job (comma-separated or repeated)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from create" -l vpc-security-groups -d 'VPC security group ids for the job (comma-separated or repeated)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from create" -l kms-key -d 'KMS key (id, alias or ARN) to encrypt the custom model' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from create" -l tags -d 'Tag KEY=VALUE for the job (repeatable)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from create" -l model-tags -d 'Tag KEY=VALUE for the custom model (repeatable)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from create" -l timeout -d 'With --wait: give up after this many seconds (exit 255; the job keeps running)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from create" -l cli-input-json -d 'Read the operation\'s JSON input from FILE (or file://FILE, or - for stdin), as the AWS CLI takes it; flags override its members' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from create" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from create" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from create" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from create" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from create" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from create" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from create" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from create" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from create" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from create" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from create" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from create" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from create" -l wait -d 'Wait until the job has finished and print it'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from create" -l emit-sfn-task -d 'Print the Step Functions Task state that creates this job (…:createModelCustomizationJob, or …createModelCustomizationJob.sync with --wait) instead of creating it'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from create" -l generate-skeleton -d 'Print the operation\'s JSON input template (all members) and exit'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from create" -l dry-run -d 'Print the JSON input that would be sent, and send nothing'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from create" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from create" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from create" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from create" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from create" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from list" -l status -d 'Only jobs in this status' -r -f -a "InProgress\t''
Completed\t''
Failed\t''
Stopping\t''
Stopped\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from list" -l name-contains -d 'Only those whose name contains this text' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from list" -l created-after -d 'Only those created after this time (2024-05-01 or 2024-05-01T12:00:00Z)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from list" -l created-before -d 'Only those created before this time' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from list" -l sort-order -d 'Order by creation time (default: newest first)' -r -f -a "ascending\t''
descending\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from list" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from list" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from list" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from list" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from list" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from list" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from list" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from list" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from list" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from list" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from list" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from list" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from list" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from ls" -l status -d 'Only jobs in this status' -r -f -a "InProgress\t''
Completed\t''
Failed\t''
Stopping\t''
Stopped\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from ls" -l name-contains -d 'Only those whose name contains this text' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from ls" -l created-after -d 'Only those created after this time (2024-05-01 or 2024-05-01T12:00:00Z)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from ls" -l created-before -d 'Only those created before this time' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from ls" -l sort-order -d 'Order by creation time (default: newest first)' -r -f -a "ascending\t''
descending\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from ls" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from ls" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from ls" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from ls" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from ls" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from ls" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from ls" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from ls" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from ls" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from ls" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from ls" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from ls" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from ls" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from ls" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from ls" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from get" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from get" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from get" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from get" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from get" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from get" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from get" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from get" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from get" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from get" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from get" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from get" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from get" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from get" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from get" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from get" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from get" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from stop" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from stop" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from stop" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from stop" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from stop" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from stop" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from stop" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from stop" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from stop" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from stop" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from stop" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from stop" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from stop" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from stop" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from stop" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from stop" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from stop" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from stop" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from wait" -l timeout -d 'Give up after this many seconds (exit 255; the job keeps running)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from wait" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from wait" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from wait" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from wait" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from wait" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from wait" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from wait" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from wait" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from wait" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from wait" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from wait" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from wait" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from wait" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from wait" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from wait" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from wait" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from wait" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from wait" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from wait" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from validate-data" -l base-model -d 'The base model the dataset is for (id, alias or ARN); picks the format and quotas' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from validate-data" -l type -d 'The customization the dataset is for' -r -f -a "FINE_TUNING\t''
CONTINUED_PRE_TRAINING\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from validate-data" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from validate-data" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from validate-data" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from validate-data" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from validate-data" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from validate-data" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from validate-data" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from validate-data" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from validate-data" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from validate-data" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from validate-data" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from validate-data" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from validate-data" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from validate-data" -l validation -d 'The file is a validation dataset (its own record and size quotas)'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from validate-data" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from validate-data" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from validate-data" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from validate-data" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from validate-data" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand customization-jobs; and __fish_seen_subcommand_from validate-data" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and not __fish_seen_subcommand_from create list ls get wait" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and not __fish_seen_subcommand_from create list ls get wait" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and not __fish_seen_subcommand_from create list ls get wait" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and not __fish_seen_subcommand_from create list ls get wait" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and not __fish_seen_subcommand_from create list ls get wait" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and not __fish_seen_subcommand_from create list ls get wait" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and not __fish_seen_subcommand_from create list ls get wait" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and not __fish_seen_subcommand_from create list ls get wait" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and not __fish_seen_subcommand_from create list ls get wait" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and not __fish_seen_subcommand_from create list ls get wait" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and not __fish_seen_subcommand_from create list ls get wait" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and not __fish_seen_subcommand_from create list ls get wait" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and not __fish_seen_subcommand_from create list ls get wait" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and not __fish_seen_subcommand_from create list ls get wait" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and not __fish_seen_subcommand_from create list ls get wait" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and not __fish_seen_subcommand_from create list ls get wait" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and not __fish_seen_subcommand_from create list ls get wait" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and not __fish_seen_subcommand_from create list ls get wait" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and not __fish_seen_subcommand_from create list ls get wait" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and not __fish_seen_subcommand_from create list ls get wait" -f -a "create" -d 'Import model weights from S3 as a Bedrock model (CreateModelImportJob)'
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and not __fish_seen_subcommand_from create list ls get wait" -f -a "list" -d 'List model import jobs (ListModelImportJobs)'
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and not __fish_seen_subcommand_from create list ls get wait" -f -a "ls" -d 'List model import jobs (ListModelImportJobs)'
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and not __fish_seen_subcommand_from create list ls get wait" -f -a "get" -d 'Describe a model import job (GetModelImportJob)'
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and not __fish_seen_subcommand_from create list ls get wait" -f -a "wait" -d 'Wait until a model import job has Completed (254 if it failed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from create" -l job-name -d 'Name of the job' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from create" -l model-name -d 'Name of the imported model' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from create" -l role-arn -d 'IAM role Bedrock assumes to read the model files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from create" -l model-data -d 'S3 prefix holding the model files (config.json, tokenizer, .safetensors)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from create" -l kms-key -d 'KMS key to encrypt the imported model' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from create" -l tags -d 'Tag KEY=VALUE for the job (repeatable)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from create" -l model-tags -d 'Tag KEY=VALUE for the imported model (repeatable)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from create" -l timeout -d 'With --wait: give up after this many seconds (exit 255; the job keeps running)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from create" -l cli-input-json -d 'Read the operation\'s JSON input from FILE (or file://FILE, or - for stdin), as the AWS CLI takes it; flags override its members' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from create" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from create" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from create" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from create" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from create" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from create" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from create" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from create" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from create" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from create" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from create" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from create" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from create" -l wait -d 'Wait until the import has finished and print the job'
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from create" -l generate-skeleton -d 'Print the operation\'s JSON input template (all members) and exit'
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from create" -l dry-run -d 'Print the JSON input that would be sent, and send nothing'
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from create" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from create" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from create" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from create" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from create" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from list" -l status -d 'Only jobs in this status' -r -f -a "InProgress\t''
Completed\t''
Failed\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from list" -l name-contains -d 'Only those whose name contains this text' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from list" -l created-after -d 'Only those created after this time (2024-05-01 or 2024-05-01T12:00:00Z)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from list" -l created-before -d 'Only those created before this time' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from list" -l sort-order -d 'Order by creation time (default: newest first)' -r -f -a "ascending\t''
descending\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from list" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from list" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from list" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from list" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from list" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from list" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from list" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from list" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from list" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from list" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from list" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from list" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from list" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from ls" -l status -d 'Only jobs in this status' -r -f -a "InProgress\t''
Completed\t''
Failed\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from ls" -l name-contains -d 'Only those whose name contains this text' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from ls" -l created-after -d 'Only those created after this time (2024-05-01 or 2024-05-01T12:00:00Z)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from ls" -l created-before -d 'Only those created before this time' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from ls" -l sort-order -d 'Order by creation time (default: newest first)' -r -f -a "ascending\t''
descending\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from ls" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from ls" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from ls" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from ls" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from ls" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from ls" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from ls" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from ls" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from ls" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from ls" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from ls" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from ls" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from ls" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from ls" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from ls" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from get" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from get" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from get" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from get" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from get" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from get" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from get" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from get" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from get" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from get" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from get" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from get" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from get" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from get" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from get" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from get" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from get" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from wait" -l timeout -d 'Give up after this many seconds (exit 255; the job keeps running)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from wait" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from wait" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from wait" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from wait" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from wait" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from wait" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from wait" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from wait" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from wait" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from wait" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from wait" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from wait" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from wait" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from wait" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from wait" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from wait" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from wait" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from wait" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand import-jobs; and __fish_seen_subcommand_from wait" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and not __fish_seen_subcommand_from list ls get delete" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and not __fish_seen_subcommand_from list ls get delete" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and not __fish_seen_subcommand_from list ls get delete" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and not __fish_seen_subcommand_from list ls get delete" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and not __fish_seen_subcommand_from list ls get delete" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and not __fish_seen_subcommand_from list ls get delete" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and not __fish_seen_subcommand_from list ls get delete" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and not __fish_seen_subcommand_from list ls get delete" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and not __fish_seen_subcommand_from list ls get delete" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and not __fish_seen_subcommand_from list ls get delete" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and not __fish_seen_subcommand_from list ls get delete" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and not __fish_seen_subcommand_from list ls get delete" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and not __fish_seen_subcommand_from list ls get delete" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and not __fish_seen_subcommand_from list ls get delete" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and not __fish_seen_subcommand_from list ls get delete" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and not __fish_seen_subcommand_from list ls get delete" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and not __fish_seen_subcommand_from list ls get delete" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and not __fish_seen_subcommand_from list ls get delete" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and not __fish_seen_subcommand_from list ls get delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and not __fish_seen_subcommand_from list ls get delete" -f -a "list" -d 'List imported models (ListImportedModels)'
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and not __fish_seen_subcommand_from list ls get delete" -f -a "ls" -d 'List imported models (ListImportedModels)'
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and not __fish_seen_subcommand_from list ls get delete" -f -a "get" -d 'Describe an imported model (GetImportedModel)'
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and not __fish_seen_subcommand_from list ls get delete" -f -a "delete" -d 'Delete an imported model (DeleteImportedModel)'
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from list" -l name-contains -d 'Only those whose name contains this text' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from list" -l created-after -d 'Only those created after this time (2024-05-01 or 2024-05-01T12:00:00Z)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from list" -l created-before -d 'Only those created before this time' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from list" -l sort-order -d 'Order by creation time (default: newest first)' -r -f -a "ascending\t''
descending\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from list" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from list" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from list" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from list" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from list" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from list" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from list" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from list" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from list" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from list" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from list" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from list" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from list" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from ls" -l name-contains -d 'Only those whose name contains this text' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from ls" -l created-after -d 'Only those created after this time (2024-05-01 or 2024-05-01T12:00:00Z)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from ls" -l created-before -d 'Only those created before this time' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from ls" -l sort-order -d 'Order by creation time (default: newest first)' -r -f -a "ascending\t''
descending\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from ls" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from ls" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from ls" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from ls" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from ls" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from ls" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from ls" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from ls" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from ls" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from ls" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from ls" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from ls" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from ls" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from ls" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from ls" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from get" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from get" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from get" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from get" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from get" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from get" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from get" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from get" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from get" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from get" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from get" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from get" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from get" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from get" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from get" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from get" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from get" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from delete" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from delete" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from delete" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from delete" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from delete" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from delete" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from delete" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from delete" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from delete" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from delete" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from delete" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation'
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from delete" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from delete" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from delete" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from delete" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand imported-models; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and not __fish_seen_subcommand_from create list ls get update delete wait" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and not __fish_seen_subcommand_from create list ls get update delete wait" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and not __fish_seen_subcommand_from create list ls get update delete wait" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and not __fish_seen_subcommand_from create list ls get update delete wait" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and not __fish_seen_subcommand_from create list ls get update delete wait" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and not __fish_seen_subcommand_from create list ls get update delete wait" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and not __fish_seen_subcommand_from create list ls get update delete wait" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and not __fish_seen_subcommand_from create list ls get update delete wait" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and not __fish_seen_subcommand_from create list ls get update delete wait" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and not __fish_seen_subcommand_from create list ls get update delete wait" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and not __fish_seen_subcommand_from create list ls get update delete wait" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and not __fish_seen_subcommand_from create list ls get update delete wait" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and not __fish_seen_subcommand_from create list ls get update delete wait" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and not __fish_seen_subcommand_from create list ls get update delete wait" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and not __fish_seen_subcommand_from create list ls get update delete wait" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and not __fish_seen_subcommand_from create list ls get update delete wait" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and not __fish_seen_subcommand_from create list ls get update delete wait" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and not __fish_seen_subcommand_from create list ls get update delete wait" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and not __fish_seen_subcommand_from create list ls get update delete wait" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and not __fish_seen_subcommand_from create list ls get update delete wait" -f -a "create" -d 'Buy provisioned throughput for a foundation or custom model (CreateProvisionedModelThroughput)'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and not __fish_seen_subcommand_from create list ls get update delete wait" -f -a "list" -d 'List provisioned throughputs (ListProvisionedModelThroughputs)'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and not __fish_seen_subcommand_from create list ls get update delete wait" -f -a "ls" -d 'List provisioned throughputs (ListProvisionedModelThroughputs)'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and not __fish_seen_subcommand_from create list ls get update delete wait" -f -a "get" -d 'Describe a provisioned throughput (GetProvisionedModelThroughput)'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and not __fish_seen_subcommand_from create list ls get update delete wait" -f -a "update" -d 'Rename a provisioned throughput or move it to another custom model of the same base (UpdateProvisionedModelThroughput)'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and not __fish_seen_subcommand_from create list ls get update delete wait" -f -a "delete" -d 'Delete a provisioned throughput (DeleteProvisionedModelThroughput)'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and not __fish_seen_subcommand_from create list ls get update delete wait" -f -a "wait" -d 'Wait until a provisioned throughput is InService (254 if it Failed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from create" -l name -d 'Name of the provisioned throughput' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from create" -l model -d 'The model to serve: foundation model id, alias or ARN, or a custom model name or ARN' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from create" -l model-units -d 'Number of model units to buy' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from create" -l commitment-duration -d 'Commitment term (none: hourly, no commitment)' -r -f -a "OneMonth\t''
SixMonths\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from create" -l tags -d 'Tag KEY=VALUE (repeatable)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from create" -l timeout -d 'With --wait: give up after this many seconds (exit 255)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from create" -l cli-input-json -d 'Read the operation\'s JSON input from FILE (or file://FILE, or - for stdin), as the AWS CLI takes it; flags override its members' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from create" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from create" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from create" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from create" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from create" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from create" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from create" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from create" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from create" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from create" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from create" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from create" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from create" -s y -l yes -d 'Do not ask for confirmation (required when not on a terminal)'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from create" -l wait -d 'Wait until the throughput is InService and print it'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from create" -l generate-skeleton -d 'Print the operation\'s JSON input template (all members) and exit'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from create" -l dry-run -d 'Print the JSON input that would be sent, and send nothing'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from create" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from create" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from create" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from create" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from create" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from list" -l status -d 'Only throughputs in this status' -r -f -a "Creating\t''
InService\t''
Updating\t''
Failed\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from list" -l model -d 'Only throughputs serving this model ARN' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from list" -l name-contains -d 'Only those whose name contains this text' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from list" -l created-after -d 'Only those created after this time (2024-05-01 or 2024-05-01T12:00:00Z)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from list" -l created-before -d 'Only those created before this time' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from list" -l sort-order -d 'Order by creation time (default: newest first)' -r -f -a "ascending\t''
descending\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from list" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from list" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from list" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from list" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from list" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from list" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from list" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from list" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from list" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from list" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from list" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from list" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from list" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from ls" -l status -d 'Only throughputs in this status' -r -f -a "Creating\t''
InService\t''
Updating\t''
Failed\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from ls" -l model -d 'Only throughputs serving this model ARN' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from ls" -l name-contains -d 'Only those whose name contains this text' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from ls" -l created-after -d 'Only those created after this time (2024-05-01 or 2024-05-01T12:00:00Z)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from ls" -l created-before -d 'Only those created before this time' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from ls" -l sort-order -d 'Order by creation time (default: newest first)' -r -f -a "ascending\t''
descending\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from ls" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from ls" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from ls" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from ls" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from ls" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from ls" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from ls" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from ls" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from ls" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from ls" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from ls" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from ls" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from ls" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from ls" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from ls" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from get" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from get" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from get" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from get" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from get" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from get" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from get" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from get" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from get" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from get" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from get" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from get" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from get" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from get" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from get" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from get" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from get" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from update" -l new-name -d 'New name' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from update" -l model -d 'Serve this custom model instead (same base model)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from update" -l timeout -d 'With --wait: give up after this many seconds (exit 255)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from update" -l cli-input-json -d 'Read the operation\'s JSON input from FILE (or file://FILE, or - for stdin), as the AWS CLI takes it; flags override its members' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from update" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from update" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from update" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from update" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from update" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from update" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from update" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from update" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from update" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from update" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from update" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from update" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from update" -l wait -d 'Wait until the update has taken effect'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from update" -l generate-skeleton -d 'Print the operation\'s JSON input template (all members) and exit'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from update" -l dry-run -d 'Print the JSON input that would be sent, and send nothing'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from update" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from update" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from update" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from update" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from update" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from delete" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from delete" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from delete" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from delete" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from delete" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from delete" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from delete" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from delete" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from delete" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from delete" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from delete" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation (required when not on a terminal)'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from delete" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from delete" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from delete" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from delete" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from wait" -l timeout -d 'Give up after this many seconds (exit 255)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from wait" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from wait" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from wait" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from wait" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from wait" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from wait" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from wait" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from wait" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from wait" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from wait" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from wait" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from wait" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from wait" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from wait" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from wait" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from wait" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from wait" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from wait" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand throughput; and __fish_seen_subcommand_from wait" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and not __fish_seen_subcommand_from create list ls get stop wait" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and not __fish_seen_subcommand_from create list ls get stop wait" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and not __fish_seen_subcommand_from create list ls get stop wait" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and not __fish_seen_subcommand_from create list ls get stop wait" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and not __fish_seen_subcommand_from create list ls get stop wait" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and not __fish_seen_subcommand_from create list ls get stop wait" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and not __fish_seen_subcommand_from create list ls get stop wait" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and not __fish_seen_subcommand_from create list ls get stop wait" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and not __fish_seen_subcommand_from create list ls get stop wait" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and not __fish_seen_subcommand_from create list ls get stop wait" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and not __fish_seen_subcommand_from create list ls get stop wait" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and not __fish_seen_subcommand_from create list ls get stop wait" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and not __fish_seen_subcommand_from create list ls get stop wait" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and not __fish_seen_subcommand_from create list ls get stop wait" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and not __fish_seen_subcommand_from create list ls get stop wait" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and not __fish_seen_subcommand_from create list ls get stop wait" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and not __fish_seen_subcommand_from create list ls get stop wait" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and not __fish_seen_subcommand_from create list ls get stop wait" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and not __fish_seen_subcommand_from create list ls get stop wait" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and not __fish_seen_subcommand_from create list ls get stop wait" -f -a "create" -d 'Start a batch inference job over a JSONL file in S3 (CreateModelInvocationJob)'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and not __fish_seen_subcommand_from create list ls get stop wait" -f -a "list" -d 'List batch inference jobs (ListModelInvocationJobs)'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and not __fish_seen_subcommand_from create list ls get stop wait" -f -a "ls" -d 'List batch inference jobs (ListModelInvocationJobs)'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and not __fish_seen_subcommand_from create list ls get stop wait" -f -a "get" -d 'Describe a batch inference job (GetModelInvocationJob)'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and not __fish_seen_subcommand_from create list ls get stop wait" -f -a "stop" -d 'Stop a batch inference job (StopModelInvocationJob)'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and not __fish_seen_subcommand_from create list ls get stop wait" -f -a "wait" -d 'Wait until a batch inference job has Completed (254 if it failed, stopped or expired)'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from create" -l job-name -d 'Name of the job' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from create" -l model -d 'The model (id, alias, ARN or inference profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from create" -l role-arn -d 'IAM role Bedrock assumes to read the input and write the output' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from create" -l input-data -d 'Input: a JSONL file or prefix in S3 ({"recordId": …, "modelInput": {…}} per line)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from create" -l output-data -d 'Where the results go (s3://bucket/prefix/)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from create" -l kms-key -d 'KMS key for the output' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from create" -l timeout-hours -d 'Hours before an unfinished job stops (24 to 168)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from create" -l invocation-type -d 'The API the records are written for' -r -f -a "InvokeModel\t''
Converse\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from create" -l vpc-subnets -d 'VPC subnet ids (comma-separated or repeated)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from create" -l vpc-security-groups -d 'VPC security group ids (comma-separated or repeated)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from create" -l tags -d 'Tag KEY=VALUE (repeatable)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from create" -l timeout -d 'With --wait: give up after this many seconds (exit 255; the job keeps running)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from create" -l cli-input-json -d 'Read the operation\'s JSON input from FILE (or file://FILE, or - for stdin), as the AWS CLI takes it; flags override its members' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from create" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from create" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from create" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from create" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from create" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from create" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from create" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from create" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from create" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from create" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from create" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from create" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from create" -l wait -d 'Wait until the job has finished and print it'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from create" -l generate-skeleton -d 'Print the operation\'s JSON input template (all members) and exit'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from create" -l dry-run -d 'Print the JSON input that would be sent, and send nothing'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from create" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from create" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from create" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from create" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from create" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from list" -l status -d 'Only jobs in this status' -r -f -a "Submitted\t''
InProgress\t''
Completed\t''
Failed\t''
Stopping\t''
Stopped\t''
PartiallyCompleted\t''
Expired\t''
Validating\t''
Scheduled\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from list" -l name-contains -d 'Only those whose name contains this text' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from list" -l created-after -d 'Only those created after this time (2024-05-01 or 2024-05-01T12:00:00Z)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from list" -l created-before -d 'Only those created before this time' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from list" -l sort-order -d 'Order by creation time (default: newest first)' -r -f -a "ascending\t''
descending\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from list" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from list" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from list" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from list" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from list" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from list" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from list" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from list" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from list" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from list" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from list" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from list" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from list" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from ls" -l status -d 'Only jobs in this status' -r -f -a "Submitted\t''
InProgress\t''
Completed\t''
Failed\t''
Stopping\t''
Stopped\t''
PartiallyCompleted\t''
Expired\t''
Validating\t''
Scheduled\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from ls" -l name-contains -d 'Only those whose name contains this text' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from ls" -l created-after -d 'Only those created after this time (2024-05-01 or 2024-05-01T12:00:00Z)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from ls" -l created-before -d 'Only those created before this time' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from ls" -l sort-order -d 'Order by creation time (default: newest first)' -r -f -a "ascending\t''
descending\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from ls" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from ls" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from ls" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from ls" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from ls" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from ls" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from ls" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from ls" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from ls" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from ls" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from ls" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from ls" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from ls" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from ls" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from ls" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from get" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from get" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from get" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from get" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from get" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from get" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from get" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from get" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from get" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from get" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from get" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from get" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from get" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from get" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from get" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from get" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from get" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from stop" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from stop" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from stop" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from stop" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from stop" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from stop" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from stop" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from stop" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from stop" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from stop" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from stop" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from stop" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from stop" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from stop" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from stop" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from stop" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from stop" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from stop" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from wait" -l timeout -d 'Give up after this many seconds (exit 255; the job keeps running)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from wait" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from wait" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from wait" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from wait" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from wait" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from wait" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from wait" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from wait" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from wait" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from wait" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from wait" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from wait" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from wait" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from wait" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from wait" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from wait" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from wait" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from wait" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from wait" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and not __fish_seen_subcommand_from run collect export-sfn" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and not __fish_seen_subcommand_from run collect export-sfn" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and not __fish_seen_subcommand_from run collect export-sfn" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and not __fish_seen_subcommand_from run collect export-sfn" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and not __fish_seen_subcommand_from run collect export-sfn" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and not __fish_seen_subcommand_from run collect export-sfn" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and not __fish_seen_subcommand_from run collect export-sfn" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and not __fish_seen_subcommand_from run collect export-sfn" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and not __fish_seen_subcommand_from run collect export-sfn" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and not __fish_seen_subcommand_from run collect export-sfn" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and not __fish_seen_subcommand_from run collect export-sfn" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and not __fish_seen_subcommand_from run collect export-sfn" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and not __fish_seen_subcommand_from run collect export-sfn" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and not __fish_seen_subcommand_from run collect export-sfn" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and not __fish_seen_subcommand_from run collect export-sfn" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and not __fish_seen_subcommand_from run collect export-sfn" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and not __fish_seen_subcommand_from run collect export-sfn" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and not __fish_seen_subcommand_from run collect export-sfn" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and not __fish_seen_subcommand_from run collect export-sfn" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and not __fish_seen_subcommand_from run collect export-sfn" -f -a "run" -d 'Run a JSON Lines file through batch inference: upload, create the job, wait, download the results and print one NDJSON line per input line, in input order'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and not __fish_seen_subcommand_from run collect export-sfn" -f -a "collect" -d 'Download a batch job\'s results and join them with its input (waits until it has finished)'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and not __fish_seen_subcommand_from run collect export-sfn" -f -a "export-sfn" -d 'Print a Step Functions state machine that runs the records in S3 through the model with a Distributed Map (or, with --policy, the IAM policy of its role)'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from run" -l model -d 'The model (id, alias, ARN or inference profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from run" -l role-arn -d 'IAM role Bedrock assumes to read the input and write the output' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from run" -l s3-uri -d 'Where the job\'s files go: s3://bucket/prefix (input/ and output/ below it)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from run" -l job-name -d 'Name of the job (default: bedrock-FILE-TIMESTAMP); also names the input object' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from run" -l timeout -d 'Give up waiting after this many seconds (exit 255; the job keeps running)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from run" -l family -d 'The model family, for custom or provisioned model ARNs (see `--family help`)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from run" -l invocation-type -d 'The request format of the records: invoke-model (the model family\'s InvokeModel body) or converse (a Converse request; the job\'s modelInvocationType is Converse). Default: invoke-model for the model families bedrock knows, converse for other models' -r -f -a "invoke-model\t''
converse\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from run" -l manifest -d 'The run manifest: where the run records its jobs, and where a run of the same command resumes from (default: FILE.jsonl.batch-run.json beside the input)' -r -F
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from run" -l min-records -d 'The fewest records a job may have (default: the quota, 100)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from run" -l records-per-job -d 'The most records a job may have (default: the quota, 50,000)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from run" -l records-per-file -d 'The most records an input file may have (default: the quota, 50,000)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from run" -l file-size -d 'The largest input file (bytes, or 1GB, 500MB …; default: the quota, 1 GB)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from run" -l job-size -d 'The largest job (default: the quota, 5 GB)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from run" -l concurrent-jobs -d 'Jobs submitted or in progress at once (default: the quota, 20)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from run" -l max-tokens -d 'Maximum number of tokens to generate' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from run" -l temperature -d 'Sampling temperature (range depends on the model family)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from run" -l top-p -d 'Nucleus sampling probability mass' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from run" -l top-k -d 'Sample from the K most likely tokens (families that support it)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from run" -l stop -d 'Stop generating at this sequence (repeatable)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from run" -l system -d 'System prompt (repeatable)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from run" -l seed -d 'Random seed (families that support it)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from run" -l reasoning -d 'Extended thinking in every record, with a budget of BUDGET tokens (Claude 3.7 Sonnet, Claude 4 and 4.5; at least 1024, less than --max-tokens): the Messages body\'s `thinking`, or Converse\'s `additionalModelRequestFields`' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from run" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from run" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from run" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from run" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from run" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from run" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from run" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from run" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from run" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from run" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from run" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from run" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from run" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from run" -l no-wait -d 'Print the job ARN (-o json: the CreateModelInvocationJob response) instead of waiting; `bedrock batch collect JOB` fetches the results later'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from run" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from run" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from run" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from run" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from run" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from collect" -l timeout -d 'Give up waiting after this many seconds (exit 255; the job keeps running)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from collect" -l family -d 'The model family, for custom or provisioned model ARNs (see `--family help`)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from collect" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from collect" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from collect" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from collect" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from collect" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from collect" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from collect" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from collect" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from collect" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from collect" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from collect" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from collect" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from collect" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from collect" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from collect" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from collect" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from collect" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from collect" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from collect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from export-sfn" -l model -d 'The model (id, alias, ARN or inference profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from export-sfn" -l input -d 'The records: a JSON Lines object in S3, one JSON object per line' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from export-sfn" -l results -d 'Where the Distributed Map writes its results (a manifest and JSONL files): s3://bucket/prefix' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from export-sfn" -l records -d 'What each line of the records file is' -r -f -a "prompt\t'{"prompt": "...", ...}: the model family\'s body is built around the line\'s prompt'
batch\t'{"recordId": ..., "modelInput": {...}} (a batch inference record): modelInput is the body'"
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from export-sfn" -l execution-type -d 'The child workflow executions\' type' -r -f -a "standard\t'Exactly once, up to a year each; billed per state transition'
express\t'At least once, up to five minutes each; billed per duration (cheaper for many short calls)'"
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from export-sfn" -l max-concurrency -d 'How many records are invoked at once (1 to 10000); keep it under the model\'s quota of requests per minute' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from export-sfn" -l tolerated-failure-percentage -d 'Let the map run succeed while up to this percentage of child executions fail (0 to 100)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from export-sfn" -l max-records -d 'Read at most this many records (ReaderConfig MaxItems; 1 to 100000000)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from export-sfn" -l family -d 'The model family, for custom or provisioned model ARNs (see `--family help`)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from export-sfn" -l max-tokens -d 'Maximum number of tokens to generate' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from export-sfn" -l temperature -d 'Sampling temperature (range depends on the model family)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from export-sfn" -l top-p -d 'Nucleus sampling probability mass' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from export-sfn" -l top-k -d 'Sample from the K most likely tokens (families that support it)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from export-sfn" -l stop -d 'Stop generating at this sequence (repeatable)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from export-sfn" -l system -d 'System prompt (repeatable)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from export-sfn" -l seed -d 'Random seed (families that support it)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from export-sfn" -l name -d 'The state machine\'s name (with --policy: it starts and follows its own child executions)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from export-sfn" -l account -d 'The account id for the policy\'s ARNs (default: the caller\'s, from STS GetCallerIdentity)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from export-sfn" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from export-sfn" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from export-sfn" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from export-sfn" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from export-sfn" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from export-sfn" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from export-sfn" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from export-sfn" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from export-sfn" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from export-sfn" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from export-sfn" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from export-sfn" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from export-sfn" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from export-sfn" -l policy -d 'Print the least-privilege IAM policy of the state machine\'s role instead of the state machine'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from export-sfn" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from export-sfn" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from export-sfn" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from export-sfn" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from export-sfn" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from export-sfn" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and not __fish_seen_subcommand_from create list ls get stop wait" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and not __fish_seen_subcommand_from create list ls get stop wait" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and not __fish_seen_subcommand_from create list ls get stop wait" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and not __fish_seen_subcommand_from create list ls get stop wait" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and not __fish_seen_subcommand_from create list ls get stop wait" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and not __fish_seen_subcommand_from create list ls get stop wait" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and not __fish_seen_subcommand_from create list ls get stop wait" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and not __fish_seen_subcommand_from create list ls get stop wait" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and not __fish_seen_subcommand_from create list ls get stop wait" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and not __fish_seen_subcommand_from create list ls get stop wait" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and not __fish_seen_subcommand_from create list ls get stop wait" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and not __fish_seen_subcommand_from create list ls get stop wait" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and not __fish_seen_subcommand_from create list ls get stop wait" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and not __fish_seen_subcommand_from create list ls get stop wait" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and not __fish_seen_subcommand_from create list ls get stop wait" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and not __fish_seen_subcommand_from create list ls get stop wait" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and not __fish_seen_subcommand_from create list ls get stop wait" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and not __fish_seen_subcommand_from create list ls get stop wait" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and not __fish_seen_subcommand_from create list ls get stop wait" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and not __fish_seen_subcommand_from create list ls get stop wait" -f -a "create" -d 'Start an automatic model evaluation (CreateEvaluationJob)'
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and not __fish_seen_subcommand_from create list ls get stop wait" -f -a "list" -d 'List evaluation jobs (ListEvaluationJobs)'
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and not __fish_seen_subcommand_from create list ls get stop wait" -f -a "ls" -d 'List evaluation jobs (ListEvaluationJobs)'
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and not __fish_seen_subcommand_from create list ls get stop wait" -f -a "get" -d 'Describe an evaluation job (GetEvaluationJob)'
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and not __fish_seen_subcommand_from create list ls get stop wait" -f -a "stop" -d 'Stop an evaluation job (StopEvaluationJob)'
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and not __fish_seen_subcommand_from create list ls get stop wait" -f -a "wait" -d 'Wait until an evaluation job has Completed (254 if it failed or was stopped)'
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from create" -l job-name -d 'Name of the job' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from create" -l description -d 'Description of the job' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from create" -l role-arn -d 'IAM role Bedrock assumes to read the dataset and write the results' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from create" -l model -d 'Model to evaluate (id, alias or ARN)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from create" -l inference-params -d 'Inference parameters for the model, as a JSON string' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from create" -l task-type -d 'The task the model is evaluated on' -r -f -a "Summarization\t''
Classification\t''
QuestionAndAnswer\t''
Generation\t''
Custom\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from create" -l dataset -d 'Dataset: a built-in one (Builtin.Bold, Builtin.BoolQ, …) or a name for --dataset-uri' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from create" -l dataset-uri -d 'Custom prompt dataset in S3 (JSONL)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from create" -l metric -d 'Metric to compute (Builtin.Accuracy, Builtin.Robustness, Builtin.Toxicity; repeatable)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from create" -l output-data -d 'Where the results go (s3://bucket/prefix/)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from create" -l tags -d 'Tag KEY=VALUE (repeatable)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from create" -l cli-input-json -d 'Read the operation\'s JSON input from FILE (or file://FILE, or - for stdin), as the AWS CLI takes it; flags override its members' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from create" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from create" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from create" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from create" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from create" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from create" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from create" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from create" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from create" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from create" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from create" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from create" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from create" -l generate-skeleton -d 'Print the operation\'s JSON input template (all members) and exit'
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from create" -l dry-run -d 'Print the JSON input that would be sent, and send nothing'
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from create" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from create" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from create" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from create" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from create" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from list" -l status -d 'Only jobs in this status' -r -f -a "InProgress\t''
Completed\t''
Failed\t''
Stopping\t''
Stopped\t''
Deleting\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from list" -l application-type -d 'Only model or RAG evaluations' -r -f -a "ModelEvaluation\t''
RagEvaluation\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from list" -l name-contains -d 'Only those whose name contains this text' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from list" -l created-after -d 'Only those created after this time (2024-05-01 or 2024-05-01T12:00:00Z)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from list" -l created-before -d 'Only those created before this time' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from list" -l sort-order -d 'Order by creation time (default: newest first)' -r -f -a "ascending\t''
descending\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from list" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from list" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from list" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from list" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from list" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from list" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from list" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from list" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from list" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from list" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from list" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from list" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from list" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from ls" -l status -d 'Only jobs in this status' -r -f -a "InProgress\t''
Completed\t''
Failed\t''
Stopping\t''
Stopped\t''
Deleting\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from ls" -l application-type -d 'Only model or RAG evaluations' -r -f -a "ModelEvaluation\t''
RagEvaluation\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from ls" -l name-contains -d 'Only those whose name contains this text' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from ls" -l created-after -d 'Only those created after this time (2024-05-01 or 2024-05-01T12:00:00Z)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from ls" -l created-before -d 'Only those created before this time' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from ls" -l sort-order -d 'Order by creation time (default: newest first)' -r -f -a "ascending\t''
descending\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from ls" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from ls" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from ls" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from ls" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from ls" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from ls" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from ls" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from ls" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from ls" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from ls" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from ls" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from ls" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from ls" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from ls" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from ls" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from get" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from get" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from get" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from get" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from get" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from get" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from get" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from get" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from get" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from get" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from get" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from get" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from get" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from get" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from get" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from get" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from get" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from stop" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from stop" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from stop" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from stop" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from stop" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from stop" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from stop" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from stop" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from stop" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from stop" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from stop" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from stop" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from stop" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from stop" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from stop" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from stop" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from stop" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from stop" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from wait" -l timeout -d 'Give up after this many seconds (exit 255; the job keeps running)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from wait" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from wait" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from wait" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from wait" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from wait" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from wait" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from wait" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from wait" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from wait" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from wait" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from wait" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from wait" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from wait" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from wait" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from wait" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from wait" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from wait" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from wait" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand eval-jobs; and __fish_seen_subcommand_from wait" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and not __fish_seen_subcommand_from get put delete" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and not __fish_seen_subcommand_from get put delete" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and not __fish_seen_subcommand_from get put delete" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and not __fish_seen_subcommand_from get put delete" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and not __fish_seen_subcommand_from get put delete" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and not __fish_seen_subcommand_from get put delete" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and not __fish_seen_subcommand_from get put delete" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and not __fish_seen_subcommand_from get put delete" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and not __fish_seen_subcommand_from get put delete" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and not __fish_seen_subcommand_from get put delete" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and not __fish_seen_subcommand_from get put delete" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and not __fish_seen_subcommand_from get put delete" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and not __fish_seen_subcommand_from get put delete" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and not __fish_seen_subcommand_from get put delete" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and not __fish_seen_subcommand_from get put delete" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and not __fish_seen_subcommand_from get put delete" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and not __fish_seen_subcommand_from get put delete" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and not __fish_seen_subcommand_from get put delete" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and not __fish_seen_subcommand_from get put delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and not __fish_seen_subcommand_from get put delete" -f -a "get" -d 'Show the invocation logging configuration (GetModelInvocationLoggingConfiguration)'
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and not __fish_seen_subcommand_from get put delete" -f -a "put" -d 'Turn invocation logging on or change it (PutModelInvocationLoggingConfiguration)'
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and not __fish_seen_subcommand_from get put delete" -f -a "delete" -d 'Turn invocation logging off (DeleteModelInvocationLoggingConfiguration)'
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from get" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from get" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from get" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from get" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from get" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from get" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from get" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from get" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from get" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from get" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from get" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from get" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from get" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from get" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from get" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from get" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from get" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from put" -l s3-bucket -d 'S3 bucket for the logs' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from put" -l s3-prefix -d 'Key prefix in the S3 bucket' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from put" -l cloudwatch-log-group -d 'CloudWatch Logs log group for the logs' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from put" -l cloudwatch-role-arn -d 'IAM role Bedrock assumes to write to the log group' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from put" -l data -d 'Data types to deliver, comma-separated (default: text,image,embedding)' -r -f -a "text\t''
image\t''
embedding\t''
video\t''
audio\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from put" -l cli-input-json -d 'Read the operation\'s JSON input from FILE (or file://FILE, or - for stdin), as the AWS CLI takes it; flags override its members' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from put" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from put" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from put" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from put" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from put" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from put" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from put" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from put" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from put" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from put" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from put" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from put" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from put" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from put" -l generate-skeleton -d 'Print the operation\'s JSON input template (all members) and exit'
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from put" -l dry-run -d 'Print the JSON input that would be sent, and send nothing'
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from put" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from put" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from put" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from put" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from put" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from put" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from delete" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from delete" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from delete" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from delete" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from delete" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from delete" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from delete" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from delete" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from delete" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from delete" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from delete" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation'
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from delete" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from delete" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from delete" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from delete" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand logging; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and not __fish_seen_subcommand_from list ls" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and not __fish_seen_subcommand_from list ls" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and not __fish_seen_subcommand_from list ls" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and not __fish_seen_subcommand_from list ls" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and not __fish_seen_subcommand_from list ls" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and not __fish_seen_subcommand_from list ls" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and not __fish_seen_subcommand_from list ls" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and not __fish_seen_subcommand_from list ls" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and not __fish_seen_subcommand_from list ls" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and not __fish_seen_subcommand_from list ls" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and not __fish_seen_subcommand_from list ls" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and not __fish_seen_subcommand_from list ls" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and not __fish_seen_subcommand_from list ls" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and not __fish_seen_subcommand_from list ls" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and not __fish_seen_subcommand_from list ls" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and not __fish_seen_subcommand_from list ls" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and not __fish_seen_subcommand_from list ls" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and not __fish_seen_subcommand_from list ls" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and not __fish_seen_subcommand_from list ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and not __fish_seen_subcommand_from list ls" -f -a "list" -d 'List the Bedrock quotas of each text and embedding model (tokens per minute and per day, batch inference limits), from Service Quotas or, when it is not allowed, the documented defaults'
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and not __fish_seen_subcommand_from list ls" -f -a "ls" -d 'List the Bedrock quotas of each text and embedding model (tokens per minute and per day, batch inference limits), from Service Quotas or, when it is not allowed, the documented defaults'
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and __fish_seen_subcommand_from list" -l model -d 'Only the quotas of this model (id, alias or cross-region inference profile id)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and __fish_seen_subcommand_from list" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and __fish_seen_subcommand_from list" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and __fish_seen_subcommand_from list" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and __fish_seen_subcommand_from list" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and __fish_seen_subcommand_from list" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and __fish_seen_subcommand_from list" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and __fish_seen_subcommand_from list" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and __fish_seen_subcommand_from list" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and __fish_seen_subcommand_from list" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and __fish_seen_subcommand_from list" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and __fish_seen_subcommand_from list" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and __fish_seen_subcommand_from list" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and __fish_seen_subcommand_from list" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and __fish_seen_subcommand_from ls" -l model -d 'Only the quotas of this model (id, alias or cross-region inference profile id)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and __fish_seen_subcommand_from ls" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and __fish_seen_subcommand_from ls" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and __fish_seen_subcommand_from ls" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and __fish_seen_subcommand_from ls" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and __fish_seen_subcommand_from ls" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and __fish_seen_subcommand_from ls" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and __fish_seen_subcommand_from ls" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and __fish_seen_subcommand_from ls" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and __fish_seen_subcommand_from ls" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and __fish_seen_subcommand_from ls" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and __fish_seen_subcommand_from ls" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and __fish_seen_subcommand_from ls" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and __fish_seen_subcommand_from ls" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and __fish_seen_subcommand_from ls" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and __fish_seen_subcommand_from ls" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand quotas; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and not __fish_seen_subcommand_from list ls add remove" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and not __fish_seen_subcommand_from list ls add remove" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and not __fish_seen_subcommand_from list ls add remove" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and not __fish_seen_subcommand_from list ls add remove" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and not __fish_seen_subcommand_from list ls add remove" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and not __fish_seen_subcommand_from list ls add remove" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and not __fish_seen_subcommand_from list ls add remove" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and not __fish_seen_subcommand_from list ls add remove" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and not __fish_seen_subcommand_from list ls add remove" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and not __fish_seen_subcommand_from list ls add remove" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and not __fish_seen_subcommand_from list ls add remove" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and not __fish_seen_subcommand_from list ls add remove" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and not __fish_seen_subcommand_from list ls add remove" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and not __fish_seen_subcommand_from list ls add remove" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and not __fish_seen_subcommand_from list ls add remove" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and not __fish_seen_subcommand_from list ls add remove" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and not __fish_seen_subcommand_from list ls add remove" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and not __fish_seen_subcommand_from list ls add remove" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and not __fish_seen_subcommand_from list ls add remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and not __fish_seen_subcommand_from list ls add remove" -f -a "list" -d 'List the tags of a resource'
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and not __fish_seen_subcommand_from list ls add remove" -f -a "ls" -d 'List the tags of a resource'
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and not __fish_seen_subcommand_from list ls add remove" -f -a "add" -d 'Add or overwrite tags on a resource'
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and not __fish_seen_subcommand_from list ls add remove" -f -a "remove" -d 'Remove tags from a resource by key'
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from list" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from list" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from list" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from list" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from list" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from list" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from list" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from list" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from list" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from list" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from list" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from list" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from list" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from ls" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from ls" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from ls" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from ls" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from ls" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from ls" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from ls" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from ls" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from ls" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from ls" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from ls" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from ls" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from ls" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from ls" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from ls" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from add" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from add" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from add" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from add" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from add" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from add" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from add" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from add" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from add" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from add" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from add" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from add" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from add" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from add" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from add" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from add" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from add" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from remove" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from remove" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from remove" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from remove" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from remove" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from remove" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from remove" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from remove" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from remove" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from remove" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from remove" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from remove" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from remove" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from remove" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from remove" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from remove" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand tags; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and not __fish_seen_subcommand_from invoke customize" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and not __fish_seen_subcommand_from invoke customize" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and not __fish_seen_subcommand_from invoke customize" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and not __fish_seen_subcommand_from invoke customize" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and not __fish_seen_subcommand_from invoke customize" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and not __fish_seen_subcommand_from invoke customize" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and not __fish_seen_subcommand_from invoke customize" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and not __fish_seen_subcommand_from invoke customize" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and not __fish_seen_subcommand_from invoke customize" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and not __fish_seen_subcommand_from invoke customize" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and not __fish_seen_subcommand_from invoke customize" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and not __fish_seen_subcommand_from invoke customize" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and not __fish_seen_subcommand_from invoke customize" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and not __fish_seen_subcommand_from invoke customize" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and not __fish_seen_subcommand_from invoke customize" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and not __fish_seen_subcommand_from invoke customize" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and not __fish_seen_subcommand_from invoke customize" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and not __fish_seen_subcommand_from invoke customize" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and not __fish_seen_subcommand_from invoke customize" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and not __fish_seen_subcommand_from invoke customize" -f -a "invoke" -d 'The policy for InvokeModel on the given models'
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and not __fish_seen_subcommand_from invoke customize" -f -a "customize" -d 'The policy for CreateModelCustomizationJob from a base model, passing a service role'
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and __fish_seen_subcommand_from invoke" -l model -d 'A model id, alias, inference profile id or ARN the role may invoke (repeatable; \'*\' for all)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and __fish_seen_subcommand_from invoke" -l account -d 'The account id for ARNs (default: the caller\'s, from STS GetCallerIdentity)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and __fish_seen_subcommand_from invoke" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and __fish_seen_subcommand_from invoke" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and __fish_seen_subcommand_from invoke" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and __fish_seen_subcommand_from invoke" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and __fish_seen_subcommand_from invoke" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and __fish_seen_subcommand_from invoke" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and __fish_seen_subcommand_from invoke" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and __fish_seen_subcommand_from invoke" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and __fish_seen_subcommand_from invoke" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and __fish_seen_subcommand_from invoke" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and __fish_seen_subcommand_from invoke" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and __fish_seen_subcommand_from invoke" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and __fish_seen_subcommand_from invoke" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and __fish_seen_subcommand_from invoke" -l stream -d 'Also allow InvokeModelWithResponseStream'
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and __fish_seen_subcommand_from invoke" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and __fish_seen_subcommand_from invoke" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and __fish_seen_subcommand_from invoke" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and __fish_seen_subcommand_from invoke" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and __fish_seen_subcommand_from invoke" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and __fish_seen_subcommand_from invoke" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and __fish_seen_subcommand_from customize" -l model -d 'The base model: a foundation model id or alias, a custom model ARN, or \'*\'' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and __fish_seen_subcommand_from customize" -l role-arn -d 'The service role the job runs as: an ARN, or a role name in the account' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and __fish_seen_subcommand_from customize" -l account -d 'The account id for ARNs (default: the caller\'s, from STS GetCallerIdentity)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and __fish_seen_subcommand_from customize" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and __fish_seen_subcommand_from customize" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and __fish_seen_subcommand_from customize" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and __fish_seen_subcommand_from customize" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and __fish_seen_subcommand_from customize" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and __fish_seen_subcommand_from customize" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and __fish_seen_subcommand_from customize" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and __fish_seen_subcommand_from customize" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and __fish_seen_subcommand_from customize" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and __fish_seen_subcommand_from customize" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and __fish_seen_subcommand_from customize" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and __fish_seen_subcommand_from customize" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and __fish_seen_subcommand_from customize" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and __fish_seen_subcommand_from customize" -l sync -d 'Add what `createModelCustomizationJob.sync` needs to follow the job (Get, Stop)'
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and __fish_seen_subcommand_from customize" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and __fish_seen_subcommand_from customize" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and __fish_seen_subcommand_from customize" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and __fish_seen_subcommand_from customize" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and __fish_seen_subcommand_from customize" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand iam-policy; and __fish_seen_subcommand_from customize" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and not __fish_seen_subcommand_from create list ls get update delete" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and not __fish_seen_subcommand_from create list ls get update delete" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and not __fish_seen_subcommand_from create list ls get update delete" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and not __fish_seen_subcommand_from create list ls get update delete" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and not __fish_seen_subcommand_from create list ls get update delete" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and not __fish_seen_subcommand_from create list ls get update delete" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and not __fish_seen_subcommand_from create list ls get update delete" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and not __fish_seen_subcommand_from create list ls get update delete" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and not __fish_seen_subcommand_from create list ls get update delete" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and not __fish_seen_subcommand_from create list ls get update delete" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and not __fish_seen_subcommand_from create list ls get update delete" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and not __fish_seen_subcommand_from create list ls get update delete" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and not __fish_seen_subcommand_from create list ls get update delete" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and not __fish_seen_subcommand_from create list ls get update delete" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and not __fish_seen_subcommand_from create list ls get update delete" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and not __fish_seen_subcommand_from create list ls get update delete" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and not __fish_seen_subcommand_from create list ls get update delete" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and not __fish_seen_subcommand_from create list ls get update delete" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and not __fish_seen_subcommand_from create list ls get update delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and not __fish_seen_subcommand_from create list ls get update delete" -f -a "create" -d 'Create a vector knowledge base'
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and not __fish_seen_subcommand_from create list ls get update delete" -f -a "list" -d 'List knowledge bases'
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and not __fish_seen_subcommand_from create list ls get update delete" -f -a "ls" -d 'List knowledge bases'
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and not __fish_seen_subcommand_from create list ls get update delete" -f -a "get" -d 'Describe a knowledge base'
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and not __fish_seen_subcommand_from create list ls get update delete" -f -a "update" -d 'Change a knowledge base\'s name, description or role'
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and not __fish_seen_subcommand_from create list ls get update delete" -f -a "delete" -d 'Delete a knowledge base (with its data sources and index)'
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from create" -l name -d 'Name of the knowledge base' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from create" -l role-arn -d 'IAM role the service assumes to read data sources and call the embedding model' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from create" -l embedding-model -d 'Embedding model (alias, id or ARN)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from create" -l description -d 'Description' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from create" -l opensearch-serverless -d 'Store vectors in this OpenSearch Serverless collection (ARN)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from create" -l pinecone -d 'Store vectors in the Pinecone index at this connection string (needs --credentials-secret)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from create" -l credentials-secret -d 'Secrets Manager secret holding the vector store\'s credentials (Pinecone)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from create" -l vector-index -d 'Name of the vector index (OpenSearch Serverless)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from create" -l vector-field -d 'Field of the vectors' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from create" -l text-field -d 'Field of the chunk texts' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from create" -l metadata-field -d 'Field of the chunk metadata' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from create" -l tags -d 'Tags key=value (repeatable)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from create" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from create" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from create" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from create" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from create" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from create" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from create" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from create" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from create" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from create" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from create" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from create" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from create" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from create" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from create" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from create" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from create" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from list" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from list" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from list" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from list" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from list" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from list" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from list" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from list" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from list" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from list" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from list" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from list" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from list" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from ls" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from ls" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from ls" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from ls" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from ls" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from ls" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from ls" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from ls" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from ls" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from ls" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from ls" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from ls" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from ls" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from ls" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from ls" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from get" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from get" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from get" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from get" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from get" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from get" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from get" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from get" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from get" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from get" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from get" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from get" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from get" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from get" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from get" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from get" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from get" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from update" -l name -d 'New name' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from update" -l description -d 'New description' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from update" -l role-arn -d 'New service role' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from update" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from update" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from update" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from update" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from update" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from update" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from update" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from update" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from update" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from update" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from update" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from update" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from update" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from update" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from update" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from update" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from update" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from delete" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from delete" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from delete" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from delete" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from delete" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from delete" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from delete" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from delete" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from delete" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from delete" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from delete" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation'
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from delete" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from delete" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from delete" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from delete" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand knowledge-bases; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and not __fish_seen_subcommand_from create list ls get update delete" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and not __fish_seen_subcommand_from create list ls get update delete" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and not __fish_seen_subcommand_from create list ls get update delete" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and not __fish_seen_subcommand_from create list ls get update delete" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and not __fish_seen_subcommand_from create list ls get update delete" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and not __fish_seen_subcommand_from create list ls get update delete" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and not __fish_seen_subcommand_from create list ls get update delete" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and not __fish_seen_subcommand_from create list ls get update delete" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and not __fish_seen_subcommand_from create list ls get update delete" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and not __fish_seen_subcommand_from create list ls get update delete" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and not __fish_seen_subcommand_from create list ls get update delete" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and not __fish_seen_subcommand_from create list ls get update delete" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and not __fish_seen_subcommand_from create list ls get update delete" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and not __fish_seen_subcommand_from create list ls get update delete" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and not __fish_seen_subcommand_from create list ls get update delete" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and not __fish_seen_subcommand_from create list ls get update delete" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and not __fish_seen_subcommand_from create list ls get update delete" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and not __fish_seen_subcommand_from create list ls get update delete" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and not __fish_seen_subcommand_from create list ls get update delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and not __fish_seen_subcommand_from create list ls get update delete" -f -a "create" -d 'Create an S3 data source in a knowledge base'
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and not __fish_seen_subcommand_from create list ls get update delete" -f -a "list" -d 'List the data sources of a knowledge base'
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and not __fish_seen_subcommand_from create list ls get update delete" -f -a "ls" -d 'List the data sources of a knowledge base'
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and not __fish_seen_subcommand_from create list ls get update delete" -f -a "get" -d 'Describe a data source'
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and not __fish_seen_subcommand_from create list ls get update delete" -f -a "update" -d 'Change a data source\'s name, description or S3 location'
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and not __fish_seen_subcommand_from create list ls get update delete" -f -a "delete" -d 'Delete a data source (its chunks leave the index unless its policy is RETAIN)'
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from create" -l knowledge-base -d 'The knowledge base the data source feeds' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from create" -l name -d 'Name of the data source' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from create" -l s3-uri -d 'The bucket and optional prefix to ingest: s3://bucket/prefix/' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from create" -l description -d 'Description' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from create" -l deletion-policy -d 'Keep or delete the chunks when the data source is deleted' -r -f -a "delete\t''
retain\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from create" -l chunking -d 'Chunking strategy [default: fixed-size, 300 tokens, 20 % overlap]' -r -f -a "fixed-size\t'Chunks of --max-tokens with --overlap-percentage overlap'
hierarchical\t'Parent chunks of --parent-max-tokens split into children of --child-max-tokens'
semantic\t'Sentences grouped by meaning, up to --max-tokens'
none\t'Each document is one chunk'"
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from create" -l max-tokens -d 'Largest chunk in tokens (fixed-size, semantic)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from create" -l overlap-percentage -d 'Overlap between fixed-size chunks, in percent (1 to 99)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from create" -l parent-max-tokens -d 'Largest parent chunk in tokens (hierarchical)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from create" -l child-max-tokens -d 'Largest child chunk in tokens (hierarchical)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from create" -l overlap-tokens -d 'Tokens repeated between chunks (hierarchical)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from create" -l buffer-size -d 'Sentences on each side compared when looking for breakpoints (semantic, 0 or 1)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from create" -l breakpoint-threshold -d 'Percentile of dissimilarity where a chunk breaks (semantic, 50 to 99)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from create" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from create" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from create" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from create" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from create" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from create" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from create" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from create" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from create" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from create" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from create" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from create" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from create" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from create" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from create" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from create" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from create" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from list" -l knowledge-base -d 'The knowledge base' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from list" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from list" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from list" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from list" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from list" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from list" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from list" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from list" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from list" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from list" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from list" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from list" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from list" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from ls" -l knowledge-base -d 'The knowledge base' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from ls" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from ls" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from ls" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from ls" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from ls" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from ls" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from ls" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from ls" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from ls" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from ls" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from ls" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from ls" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from ls" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from ls" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from ls" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from get" -l knowledge-base -d 'The knowledge base' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from get" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from get" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from get" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from get" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from get" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from get" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from get" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from get" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from get" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from get" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from get" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from get" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from get" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from get" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from get" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from get" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from get" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from update" -l knowledge-base -d 'The knowledge base' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from update" -l name -d 'New name' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from update" -l description -d 'New description' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from update" -l s3-uri -d 'New bucket and prefix' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from update" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from update" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from update" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from update" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from update" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from update" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from update" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from update" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from update" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from update" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from update" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from update" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from update" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from update" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from update" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from update" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from update" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from delete" -l knowledge-base -d 'The knowledge base' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from delete" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from delete" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from delete" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from delete" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from delete" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from delete" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from delete" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from delete" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from delete" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from delete" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from delete" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation'
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from delete" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from delete" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from delete" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from delete" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand data-sources; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and not __fish_seen_subcommand_from start list ls get stop wait" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and not __fish_seen_subcommand_from start list ls get stop wait" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and not __fish_seen_subcommand_from start list ls get stop wait" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and not __fish_seen_subcommand_from start list ls get stop wait" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and not __fish_seen_subcommand_from start list ls get stop wait" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and not __fish_seen_subcommand_from start list ls get stop wait" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and not __fish_seen_subcommand_from start list ls get stop wait" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and not __fish_seen_subcommand_from start list ls get stop wait" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and not __fish_seen_subcommand_from start list ls get stop wait" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and not __fish_seen_subcommand_from start list ls get stop wait" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and not __fish_seen_subcommand_from start list ls get stop wait" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and not __fish_seen_subcommand_from start list ls get stop wait" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and not __fish_seen_subcommand_from start list ls get stop wait" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and not __fish_seen_subcommand_from start list ls get stop wait" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and not __fish_seen_subcommand_from start list ls get stop wait" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and not __fish_seen_subcommand_from start list ls get stop wait" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and not __fish_seen_subcommand_from start list ls get stop wait" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and not __fish_seen_subcommand_from start list ls get stop wait" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and not __fish_seen_subcommand_from start list ls get stop wait" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and not __fish_seen_subcommand_from start list ls get stop wait" -f -a "start" -d 'Start ingesting a data source (optionally waiting for the job to finish)'
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and not __fish_seen_subcommand_from start list ls get stop wait" -f -a "list" -d 'List the ingestion jobs of a data source'
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and not __fish_seen_subcommand_from start list ls get stop wait" -f -a "ls" -d 'List the ingestion jobs of a data source'
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and not __fish_seen_subcommand_from start list ls get stop wait" -f -a "get" -d 'Describe an ingestion job'
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and not __fish_seen_subcommand_from start list ls get stop wait" -f -a "stop" -d 'Stop a running ingestion job'
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and not __fish_seen_subcommand_from start list ls get stop wait" -f -a "wait" -d 'Wait for an ingestion job to finish (exit 254 when it failed or was stopped)'
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from start" -l knowledge-base -d 'The knowledge base' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from start" -l data-source -d 'The data source' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from start" -l description -d 'Description of the job' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from start" -l timeout -d 'Give up waiting after this many seconds' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from start" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from start" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from start" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from start" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from start" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from start" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from start" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from start" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from start" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from start" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from start" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from start" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from start" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from start" -l wait -d 'Wait until the job finishes'
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from start" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from start" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from start" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from start" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from start" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from list" -l knowledge-base -d 'The knowledge base' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from list" -l data-source -d 'The data source' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from list" -l status -d 'Only jobs with this status (STARTING, IN_PROGRESS, COMPLETE, FAILED, STOPPING, STOPPED)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from list" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from list" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from list" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from list" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from list" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from list" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from list" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from list" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from list" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from list" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from list" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from list" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from list" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from ls" -l knowledge-base -d 'The knowledge base' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from ls" -l data-source -d 'The data source' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from ls" -l status -d 'Only jobs with this status (STARTING, IN_PROGRESS, COMPLETE, FAILED, STOPPING, STOPPED)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from ls" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from ls" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from ls" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from ls" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from ls" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from ls" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from ls" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from ls" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from ls" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from ls" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from ls" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from ls" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from ls" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from ls" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from ls" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from get" -l knowledge-base -d 'The knowledge base' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from get" -l data-source -d 'The data source' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from get" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from get" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from get" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from get" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from get" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from get" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from get" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from get" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from get" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from get" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from get" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from get" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from get" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from get" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from get" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from get" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from get" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from stop" -l knowledge-base -d 'The knowledge base' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from stop" -l data-source -d 'The data source' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from stop" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from stop" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from stop" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from stop" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from stop" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from stop" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from stop" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from stop" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from stop" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from stop" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from stop" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from stop" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from stop" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from stop" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from stop" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from stop" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from stop" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from stop" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from wait" -l knowledge-base -d 'The knowledge base' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from wait" -l data-source -d 'The data source' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from wait" -l timeout -d 'Give up after this many seconds' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from wait" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from wait" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from wait" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from wait" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from wait" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from wait" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from wait" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from wait" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from wait" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from wait" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from wait" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from wait" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from wait" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from wait" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from wait" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from wait" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from wait" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from wait" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand ingestion-jobs; and __fish_seen_subcommand_from wait" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand retrieve" -l top-k -d 'How many chunks to return (1 to 100)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand retrieve" -l search-type -d 'Override the knowledge base\'s search type' -r -f -a "hybrid\t'Keyword and vector search combined'
semantic\t'Vector search only'"
complete -c bedrock -n "__fish_bedrock_using_subcommand retrieve" -l filter -d 'Metadata filter: a RetrievalFilter as JSON (inline or @file), e.g. \'{"equals": {"key": "team", "value": "ops"}}\'' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand retrieve" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand retrieve" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand retrieve" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand retrieve" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand retrieve" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand retrieve" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand retrieve" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand retrieve" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand retrieve" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand retrieve" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand retrieve" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand retrieve" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand retrieve" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand retrieve" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand retrieve" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand retrieve" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand retrieve" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand retrieve" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand retrieve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand retrieve-and-generate" -l model -d 'The model that writes the answer (alias, id or ARN)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand retrieve-and-generate" -l session-id -d 'Continue this session (the id a previous answer printed)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand retrieve-and-generate" -l prompt-template -d 'Prompt template for the model (text or @file); must contain $search_results$' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand retrieve-and-generate" -l top-k -d 'How many chunks to return (1 to 100)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand retrieve-and-generate" -l search-type -d 'Override the knowledge base\'s search type' -r -f -a "hybrid\t'Keyword and vector search combined'
semantic\t'Vector search only'"
complete -c bedrock -n "__fish_bedrock_using_subcommand retrieve-and-generate" -l filter -d 'Metadata filter: a RetrievalFilter as JSON (inline or @file), e.g. \'{"equals": {"key": "team", "value": "ops"}}\'' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand retrieve-and-generate" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand retrieve-and-generate" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand retrieve-and-generate" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand retrieve-and-generate" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand retrieve-and-generate" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand retrieve-and-generate" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand retrieve-and-generate" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand retrieve-and-generate" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand retrieve-and-generate" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand retrieve-and-generate" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand retrieve-and-generate" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand retrieve-and-generate" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand retrieve-and-generate" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand retrieve-and-generate" -l stream -d 'Stream the answer as it is generated (RetrieveAndGenerateStream); with -o json, one NDJSON line per event'
complete -c bedrock -n "__fish_bedrock_using_subcommand retrieve-and-generate" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand retrieve-and-generate" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand retrieve-and-generate" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand retrieve-and-generate" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand retrieve-and-generate" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand retrieve-and-generate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand ask" -l model -d 'The model that writes the answer (alias, id or ARN)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ask" -l session-id -d 'Continue this session (the id a previous answer printed)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ask" -l prompt-template -d 'Prompt template for the model (text or @file); must contain $search_results$' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ask" -l top-k -d 'How many chunks to return (1 to 100)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ask" -l search-type -d 'Override the knowledge base\'s search type' -r -f -a "hybrid\t'Keyword and vector search combined'
semantic\t'Vector search only'"
complete -c bedrock -n "__fish_bedrock_using_subcommand ask" -l filter -d 'Metadata filter: a RetrievalFilter as JSON (inline or @file), e.g. \'{"equals": {"key": "team", "value": "ops"}}\'' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ask" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ask" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ask" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ask" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand ask" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ask" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ask" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ask" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ask" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand ask" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ask" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ask" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand ask" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand ask" -l stream -d 'Stream the answer as it is generated (RetrieveAndGenerateStream); with -o json, one NDJSON line per event'
complete -c bedrock -n "__fish_bedrock_using_subcommand ask" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand ask" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand ask" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand ask" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand ask" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand ask" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and not __fish_seen_subcommand_from create list ls get update delete prepare associate-knowledge-base disassociate-knowledge-base knowledge-bases" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and not __fish_seen_subcommand_from create list ls get update delete prepare associate-knowledge-base disassociate-knowledge-base knowledge-bases" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and not __fish_seen_subcommand_from create list ls get update delete prepare associate-knowledge-base disassociate-knowledge-base knowledge-bases" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and not __fish_seen_subcommand_from create list ls get update delete prepare associate-knowledge-base disassociate-knowledge-base knowledge-bases" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and not __fish_seen_subcommand_from create list ls get update delete prepare associate-knowledge-base disassociate-knowledge-base knowledge-bases" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and not __fish_seen_subcommand_from create list ls get update delete prepare associate-knowledge-base disassociate-knowledge-base knowledge-bases" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and not __fish_seen_subcommand_from create list ls get update delete prepare associate-knowledge-base disassociate-knowledge-base knowledge-bases" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and not __fish_seen_subcommand_from create list ls get update delete prepare associate-knowledge-base disassociate-knowledge-base knowledge-bases" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and not __fish_seen_subcommand_from create list ls get update delete prepare associate-knowledge-base disassociate-knowledge-base knowledge-bases" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and not __fish_seen_subcommand_from create list ls get update delete prepare associate-knowledge-base disassociate-knowledge-base knowledge-bases" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and not __fish_seen_subcommand_from create list ls get update delete prepare associate-knowledge-base disassociate-knowledge-base knowledge-bases" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and not __fish_seen_subcommand_from create list ls get update delete prepare associate-knowledge-base disassociate-knowledge-base knowledge-bases" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and not __fish_seen_subcommand_from create list ls get update delete prepare associate-knowledge-base disassociate-knowledge-base knowledge-bases" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and not __fish_seen_subcommand_from create list ls get update delete prepare associate-knowledge-base disassociate-knowledge-base knowledge-bases" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and not __fish_seen_subcommand_from create list ls get update delete prepare associate-knowledge-base disassociate-knowledge-base knowledge-bases" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and not __fish_seen_subcommand_from create list ls get update delete prepare associate-knowledge-base disassociate-knowledge-base knowledge-bases" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and not __fish_seen_subcommand_from create list ls get update delete prepare associate-knowledge-base disassociate-knowledge-base knowledge-bases" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and not __fish_seen_subcommand_from create list ls get update delete prepare associate-knowledge-base disassociate-knowledge-base knowledge-bases" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and not __fish_seen_subcommand_from create list ls get update delete prepare associate-knowledge-base disassociate-knowledge-base knowledge-bases" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and not __fish_seen_subcommand_from create list ls get update delete prepare associate-knowledge-base disassociate-knowledge-base knowledge-bases" -f -a "create" -d 'Create an agent (its working draft)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and not __fish_seen_subcommand_from create list ls get update delete prepare associate-knowledge-base disassociate-knowledge-base knowledge-bases" -f -a "list" -d 'List agents'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and not __fish_seen_subcommand_from create list ls get update delete prepare associate-knowledge-base disassociate-knowledge-base knowledge-bases" -f -a "ls" -d 'List agents'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and not __fish_seen_subcommand_from create list ls get update delete prepare associate-knowledge-base disassociate-knowledge-base knowledge-bases" -f -a "get" -d 'Describe an agent\'s draft'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and not __fish_seen_subcommand_from create list ls get update delete prepare associate-knowledge-base disassociate-knowledge-base knowledge-bases" -f -a "update" -d 'Change an agent\'s draft (prepare it again afterwards)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and not __fish_seen_subcommand_from create list ls get update delete prepare associate-knowledge-base disassociate-knowledge-base knowledge-bases" -f -a "delete" -d 'Delete an agent with its versions and aliases'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and not __fish_seen_subcommand_from create list ls get update delete prepare associate-knowledge-base disassociate-knowledge-base knowledge-bases" -f -a "prepare" -d 'Prepare the draft for invocation through the test alias TSTALIASID'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and not __fish_seen_subcommand_from create list ls get update delete prepare associate-knowledge-base disassociate-knowledge-base knowledge-bases" -f -a "associate-knowledge-base" -d 'Let the agent consult a knowledge base'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and not __fish_seen_subcommand_from create list ls get update delete prepare associate-knowledge-base disassociate-knowledge-base knowledge-bases" -f -a "disassociate-knowledge-base" -d 'Stop the agent from consulting a knowledge base'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and not __fish_seen_subcommand_from create list ls get update delete prepare associate-knowledge-base disassociate-knowledge-base knowledge-bases" -f -a "knowledge-bases" -d 'List the knowledge bases an agent consults'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from create" -l name -d 'Name of the agent' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from create" -l model -d 'Foundation model (alias, id or ARN)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from create" -l role-arn -d 'Service role the agent assumes' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from create" -l instruction -d 'Instructions for the agent (40 characters or more; text or @file)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from create" -l description -d 'Description' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from create" -l idle-session-ttl -d 'Seconds of inactivity after which a session ends (60 to 5400)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from create" -l guardrail -d 'Guardrail ID or ID:VERSION applied to the agent' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from create" -l kms-key -d 'KMS key that encrypts the agent\'s resources' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from create" -l prompt-overrides -d 'Prompt overrides: a JSON or YAML file in the shape of promptOverrideConfiguration ({"promptConfigurations": [{"promptType": "POST_PROCESSING", "promptState": "ENABLED", …}]})' -r -F
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from create" -l tags -d 'Tags key=value (repeatable)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from create" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from create" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from create" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from create" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from create" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from create" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from create" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from create" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from create" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from create" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from create" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from create" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from create" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from create" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from create" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from create" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from create" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from list" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from list" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from list" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from list" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from list" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from list" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from list" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from list" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from list" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from list" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from list" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from list" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from list" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from ls" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from ls" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from ls" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from ls" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from ls" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from ls" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from ls" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from ls" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from ls" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from ls" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from ls" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from ls" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from ls" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from ls" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from ls" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from get" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from get" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from get" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from get" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from get" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from get" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from get" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from get" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from get" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from get" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from get" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from get" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from get" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from get" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from get" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from get" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from get" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from update" -l name -d 'New name' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from update" -l model -d 'New foundation model' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from update" -l role-arn -d 'New service role' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from update" -l instruction -d 'Instructions for the agent (40 characters or more; text or @file)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from update" -l description -d 'Description' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from update" -l idle-session-ttl -d 'Seconds of inactivity after which a session ends (60 to 5400)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from update" -l guardrail -d 'Guardrail ID or ID:VERSION applied to the agent' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from update" -l kms-key -d 'KMS key that encrypts the agent\'s resources' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from update" -l prompt-overrides -d 'Prompt overrides: a JSON or YAML file in the shape of promptOverrideConfiguration ({"promptConfigurations": [{"promptType": "POST_PROCESSING", "promptState": "ENABLED", …}]})' -r -F
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from update" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from update" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from update" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from update" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from update" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from update" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from update" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from update" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from update" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from update" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from update" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from update" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from update" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from update" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from update" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from update" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from update" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from delete" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from delete" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from delete" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from delete" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from delete" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from delete" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from delete" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from delete" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from delete" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from delete" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from delete" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from delete" -l force -d 'Delete even when aliases still point to it'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from delete" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from delete" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from delete" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from delete" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from prepare" -l timeout -d 'Give up waiting after this many seconds' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from prepare" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from prepare" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from prepare" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from prepare" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from prepare" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from prepare" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from prepare" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from prepare" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from prepare" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from prepare" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from prepare" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from prepare" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from prepare" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from prepare" -l wait -d 'Wait until the agent is PREPARED'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from prepare" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from prepare" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from prepare" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from prepare" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from prepare" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from prepare" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from associate-knowledge-base" -l knowledge-base -d 'The knowledge base' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from associate-knowledge-base" -l description -d 'What the knowledge base holds: the agent reads it to decide when to search' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from associate-knowledge-base" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from associate-knowledge-base" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from associate-knowledge-base" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from associate-knowledge-base" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from associate-knowledge-base" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from associate-knowledge-base" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from associate-knowledge-base" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from associate-knowledge-base" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from associate-knowledge-base" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from associate-knowledge-base" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from associate-knowledge-base" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from associate-knowledge-base" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from associate-knowledge-base" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from associate-knowledge-base" -l disabled -d 'Associate it disabled'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from associate-knowledge-base" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from associate-knowledge-base" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from associate-knowledge-base" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from associate-knowledge-base" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from associate-knowledge-base" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from associate-knowledge-base" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from disassociate-knowledge-base" -l knowledge-base -d 'The knowledge base' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from disassociate-knowledge-base" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from disassociate-knowledge-base" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from disassociate-knowledge-base" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from disassociate-knowledge-base" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from disassociate-knowledge-base" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from disassociate-knowledge-base" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from disassociate-knowledge-base" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from disassociate-knowledge-base" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from disassociate-knowledge-base" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from disassociate-knowledge-base" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from disassociate-knowledge-base" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from disassociate-knowledge-base" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from disassociate-knowledge-base" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from disassociate-knowledge-base" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from disassociate-knowledge-base" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from disassociate-knowledge-base" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from disassociate-knowledge-base" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from disassociate-knowledge-base" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from disassociate-knowledge-base" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from knowledge-bases" -l agent-version -d 'Agent version (default: DRAFT)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from knowledge-bases" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from knowledge-bases" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from knowledge-bases" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from knowledge-bases" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from knowledge-bases" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from knowledge-bases" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from knowledge-bases" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from knowledge-bases" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from knowledge-bases" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from knowledge-bases" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from knowledge-bases" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from knowledge-bases" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from knowledge-bases" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from knowledge-bases" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from knowledge-bases" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from knowledge-bases" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from knowledge-bases" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from knowledge-bases" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agents; and __fish_seen_subcommand_from knowledge-bases" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and not __fish_seen_subcommand_from create list ls get update delete" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and not __fish_seen_subcommand_from create list ls get update delete" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and not __fish_seen_subcommand_from create list ls get update delete" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and not __fish_seen_subcommand_from create list ls get update delete" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and not __fish_seen_subcommand_from create list ls get update delete" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and not __fish_seen_subcommand_from create list ls get update delete" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and not __fish_seen_subcommand_from create list ls get update delete" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and not __fish_seen_subcommand_from create list ls get update delete" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and not __fish_seen_subcommand_from create list ls get update delete" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and not __fish_seen_subcommand_from create list ls get update delete" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and not __fish_seen_subcommand_from create list ls get update delete" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and not __fish_seen_subcommand_from create list ls get update delete" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and not __fish_seen_subcommand_from create list ls get update delete" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and not __fish_seen_subcommand_from create list ls get update delete" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and not __fish_seen_subcommand_from create list ls get update delete" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and not __fish_seen_subcommand_from create list ls get update delete" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and not __fish_seen_subcommand_from create list ls get update delete" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and not __fish_seen_subcommand_from create list ls get update delete" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and not __fish_seen_subcommand_from create list ls get update delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and not __fish_seen_subcommand_from create list ls get update delete" -f -a "create" -d 'Add an action group to an agent\'s draft'
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and not __fish_seen_subcommand_from create list ls get update delete" -f -a "list" -d 'List the action groups of an agent'
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and not __fish_seen_subcommand_from create list ls get update delete" -f -a "ls" -d 'List the action groups of an agent'
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and not __fish_seen_subcommand_from create list ls get update delete" -f -a "get" -d 'Describe an action group'
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and not __fish_seen_subcommand_from create list ls get update delete" -f -a "update" -d 'Change an action group of an agent\'s draft'
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and not __fish_seen_subcommand_from create list ls get update delete" -f -a "delete" -d 'Delete an action group from an agent\'s draft'
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from create" -l agent -d 'The agent' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from create" -l name -d 'Name of the action group' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from create" -l api-schema -d 'OpenAPI 3 schema of the actions (JSON or YAML file)' -r -F
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from create" -l function-schema -d 'Function schema: a JSON file with a list of functions and their parameters' -r -F
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from create" -l lambda -d 'Run the actions with this Lambda function' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from create" -l description -d 'Description' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from create" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from create" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from create" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from create" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from create" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from create" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from create" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from create" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from create" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from create" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from create" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from create" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from create" -l return-control -d 'Return control to the caller of InvokeAgent instead of running a Lambda function'
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from create" -l disabled -d 'Create or set the action group disabled'
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from create" -l enabled -d 'Set the action group enabled'
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from create" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from create" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from create" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from create" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from create" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from list" -l agent -d 'The agent' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from list" -l agent-version -d 'Agent version' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from list" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from list" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from list" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from list" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from list" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from list" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from list" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from list" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from list" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from list" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from list" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from list" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from list" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from ls" -l agent -d 'The agent' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from ls" -l agent-version -d 'Agent version' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from ls" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from ls" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from ls" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from ls" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from ls" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from ls" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from ls" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from ls" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from ls" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from ls" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from ls" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from ls" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from ls" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from ls" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from ls" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from get" -l agent -d 'The agent' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from get" -l agent-version -d 'Agent version' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from get" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from get" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from get" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from get" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from get" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from get" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from get" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from get" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from get" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from get" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from get" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from get" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from get" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from get" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from get" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from get" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from get" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from update" -l agent -d 'The agent' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from update" -l name -d 'New name' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from update" -l api-schema -d 'OpenAPI 3 schema of the actions (JSON or YAML file)' -r -F
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from update" -l function-schema -d 'Function schema: a JSON file with a list of functions and their parameters' -r -F
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from update" -l lambda -d 'Run the actions with this Lambda function' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from update" -l description -d 'Description' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from update" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from update" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from update" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from update" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from update" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from update" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from update" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from update" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from update" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from update" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from update" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from update" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from update" -l return-control -d 'Return control to the caller of InvokeAgent instead of running a Lambda function'
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from update" -l disabled -d 'Create or set the action group disabled'
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from update" -l enabled -d 'Set the action group enabled'
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from update" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from update" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from update" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from update" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from update" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from delete" -l agent -d 'The agent' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from delete" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from delete" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from delete" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from delete" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from delete" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from delete" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from delete" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from delete" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from delete" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from delete" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from delete" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation'
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from delete" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from delete" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from delete" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from delete" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand action-groups; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and not __fish_seen_subcommand_from list ls get delete" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and not __fish_seen_subcommand_from list ls get delete" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and not __fish_seen_subcommand_from list ls get delete" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and not __fish_seen_subcommand_from list ls get delete" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and not __fish_seen_subcommand_from list ls get delete" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and not __fish_seen_subcommand_from list ls get delete" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and not __fish_seen_subcommand_from list ls get delete" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and not __fish_seen_subcommand_from list ls get delete" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and not __fish_seen_subcommand_from list ls get delete" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and not __fish_seen_subcommand_from list ls get delete" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and not __fish_seen_subcommand_from list ls get delete" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and not __fish_seen_subcommand_from list ls get delete" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and not __fish_seen_subcommand_from list ls get delete" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and not __fish_seen_subcommand_from list ls get delete" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and not __fish_seen_subcommand_from list ls get delete" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and not __fish_seen_subcommand_from list ls get delete" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and not __fish_seen_subcommand_from list ls get delete" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and not __fish_seen_subcommand_from list ls get delete" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and not __fish_seen_subcommand_from list ls get delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and not __fish_seen_subcommand_from list ls get delete" -f -a "list" -d 'List the versions of an agent (DRAFT included)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and not __fish_seen_subcommand_from list ls get delete" -f -a "ls" -d 'List the versions of an agent (DRAFT included)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and not __fish_seen_subcommand_from list ls get delete" -f -a "get" -d 'Describe a version'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and not __fish_seen_subcommand_from list ls get delete" -f -a "delete" -d 'Delete a version'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from list" -l agent -d 'The agent' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from list" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from list" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from list" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from list" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from list" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from list" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from list" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from list" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from list" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from list" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from list" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from list" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from list" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from ls" -l agent -d 'The agent' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from ls" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from ls" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from ls" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from ls" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from ls" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from ls" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from ls" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from ls" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from ls" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from ls" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from ls" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from ls" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from ls" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from ls" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from ls" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from get" -l agent -d 'The agent' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from get" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from get" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from get" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from get" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from get" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from get" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from get" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from get" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from get" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from get" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from get" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from get" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from get" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from get" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from get" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from get" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from get" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from delete" -l agent -d 'The agent' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from delete" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from delete" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from delete" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from delete" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from delete" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from delete" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from delete" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from delete" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from delete" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from delete" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from delete" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from delete" -l force -d 'Delete even when an alias points to it'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from delete" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from delete" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from delete" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from delete" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-versions; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and not __fish_seen_subcommand_from create list ls get update delete" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and not __fish_seen_subcommand_from create list ls get update delete" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and not __fish_seen_subcommand_from create list ls get update delete" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and not __fish_seen_subcommand_from create list ls get update delete" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and not __fish_seen_subcommand_from create list ls get update delete" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and not __fish_seen_subcommand_from create list ls get update delete" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and not __fish_seen_subcommand_from create list ls get update delete" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and not __fish_seen_subcommand_from create list ls get update delete" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and not __fish_seen_subcommand_from create list ls get update delete" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and not __fish_seen_subcommand_from create list ls get update delete" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and not __fish_seen_subcommand_from create list ls get update delete" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and not __fish_seen_subcommand_from create list ls get update delete" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and not __fish_seen_subcommand_from create list ls get update delete" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and not __fish_seen_subcommand_from create list ls get update delete" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and not __fish_seen_subcommand_from create list ls get update delete" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and not __fish_seen_subcommand_from create list ls get update delete" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and not __fish_seen_subcommand_from create list ls get update delete" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and not __fish_seen_subcommand_from create list ls get update delete" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and not __fish_seen_subcommand_from create list ls get update delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and not __fish_seen_subcommand_from create list ls get update delete" -f -a "create" -d 'Create an alias (a new version from the prepared draft, or --agent-version N)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and not __fish_seen_subcommand_from create list ls get update delete" -f -a "list" -d 'List the aliases of an agent (TSTALIASID included)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and not __fish_seen_subcommand_from create list ls get update delete" -f -a "ls" -d 'List the aliases of an agent (TSTALIASID included)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and not __fish_seen_subcommand_from create list ls get update delete" -f -a "get" -d 'Describe an alias'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and not __fish_seen_subcommand_from create list ls get update delete" -f -a "update" -d 'Point an alias at another version, or rename it'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and not __fish_seen_subcommand_from create list ls get update delete" -f -a "delete" -d 'Delete an alias'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from create" -l agent -d 'The agent' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from create" -l name -d 'Name of the alias' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from create" -l agent-version -d 'Point at this existing version (default: a new version of the prepared draft)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from create" -l description -d 'Description' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from create" -l tags -d 'Tags key=value (repeatable)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from create" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from create" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from create" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from create" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from create" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from create" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from create" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from create" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from create" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from create" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from create" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from create" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from create" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from create" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from create" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from create" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from create" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from list" -l agent -d 'The agent' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from list" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from list" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from list" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from list" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from list" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from list" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from list" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from list" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from list" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from list" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from list" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from list" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from list" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from ls" -l agent -d 'The agent' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from ls" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from ls" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from ls" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from ls" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from ls" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from ls" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from ls" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from ls" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from ls" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from ls" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from ls" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from ls" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from ls" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from ls" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from ls" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from get" -l agent -d 'The agent' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from get" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from get" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from get" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from get" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from get" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from get" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from get" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from get" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from get" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from get" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from get" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from get" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from get" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from get" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from get" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from get" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from get" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from update" -l agent -d 'The agent' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from update" -l name -d 'New name' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from update" -l agent-version -d 'Point at this version (default: keep the current one)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from update" -l description -d 'New description' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from update" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from update" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from update" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from update" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from update" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from update" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from update" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from update" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from update" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from update" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from update" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from update" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from update" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from update" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from update" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from update" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from update" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from delete" -l agent -d 'The agent' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from delete" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from delete" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from delete" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from delete" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from delete" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from delete" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from delete" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from delete" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from delete" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from delete" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from delete" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from delete" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from delete" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from delete" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from delete" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-agent" -l memory-id -d 'The agent\'s memory to use and add this session to (agents with memory enabled)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-agent" -l session-id -d 'Continue this session (default: a new session, whose id is printed on stderr)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-agent" -l session-attributes -d 'Session attributes: a JSON object of strings (inline or @file)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-agent" -l prompt-attributes -d 'Prompt session attributes: a JSON object of strings (inline or @file)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-agent" -l on-return-control -d 'Run this shell command when the agent returns control (see below)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-agent" -l return-control-results -d 'Send these results for the session\'s pending return of control (JSON inline or @file: a list of functionResult/apiResult objects, or {"invocationId", "returnControlInvocationResults"})' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-agent" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-agent" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-agent" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-agent" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-agent" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-agent" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-agent" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-agent" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-agent" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-agent" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-agent" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-agent" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-agent" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-agent" -l end-session -d 'End the session after this answer'
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-agent" -l trace -d 'Show the agent\'s reasoning (pre-processing, orchestration, actions, knowledge-base lookups, post-processing) on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-agent" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-agent" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-agent" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-agent" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-agent" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-agent" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-inline-agent" -l model -d 'The agent\'s model (an id, alias or inference profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-inline-agent" -l instruction -d 'What the agent is for and how it should behave' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-inline-agent" -l action-groups -d 'The agent\'s action groups: a JSON list of the service\'s AgentActionGroup objects (inline or @file)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-inline-agent" -l knowledge-base -d 'A knowledge base the agent may search, with what it holds (repeatable)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-inline-agent" -l request -d 'Any other members of the request, as a JSON object (inline or @file); the flags above win' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-inline-agent" -l session-id -d 'Continue this session (default: a new session, whose id is printed on stderr)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-inline-agent" -l session-attributes -d 'Session attributes: a JSON object of strings (inline or @file)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-inline-agent" -l prompt-attributes -d 'Prompt session attributes: a JSON object of strings (inline or @file)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-inline-agent" -l on-return-control -d 'Run this shell command when the agent returns control (see below)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-inline-agent" -l return-control-results -d 'Send these results for the session\'s pending return of control (JSON inline or @file: a list of functionResult/apiResult objects, or {"invocationId", "returnControlInvocationResults"})' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-inline-agent" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-inline-agent" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-inline-agent" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-inline-agent" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-inline-agent" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-inline-agent" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-inline-agent" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-inline-agent" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-inline-agent" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-inline-agent" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-inline-agent" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-inline-agent" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-inline-agent" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-inline-agent" -l end-session -d 'End the session after this answer'
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-inline-agent" -l trace -d 'Show the agent\'s reasoning (pre-processing, orchestration, actions, knowledge-base lookups, post-processing) on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-inline-agent" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-inline-agent" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-inline-agent" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-inline-agent" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-inline-agent" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-inline-agent" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand doctor" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand doctor" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand doctor" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand doctor" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand doctor" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand doctor" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand doctor" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand doctor" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand doctor" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand doctor" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand doctor" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand doctor" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand doctor" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand doctor" -l no-check -d 'Only show the resolved settings; do not call the endpoint'
complete -c bedrock -n "__fish_bedrock_using_subcommand doctor" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand doctor" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand doctor" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand doctor" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand doctor" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand doctor" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand count-tokens" -l model -d 'Model id, alias, inference profile id or ARN' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand count-tokens" -l prompt-file -d 'Read the message from this file' -r -F
complete -c bedrock -n "__fish_bedrock_using_subcommand count-tokens" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand count-tokens" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand count-tokens" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand count-tokens" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand count-tokens" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand count-tokens" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand count-tokens" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand count-tokens" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand count-tokens" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand count-tokens" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand count-tokens" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand count-tokens" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand count-tokens" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand count-tokens" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand count-tokens" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand count-tokens" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand count-tokens" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand count-tokens" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand count-tokens" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and not __fish_seen_subcommand_from start get list ls wait" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and not __fish_seen_subcommand_from start get list ls wait" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and not __fish_seen_subcommand_from start get list ls wait" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and not __fish_seen_subcommand_from start get list ls wait" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and not __fish_seen_subcommand_from start get list ls wait" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and not __fish_seen_subcommand_from start get list ls wait" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and not __fish_seen_subcommand_from start get list ls wait" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and not __fish_seen_subcommand_from start get list ls wait" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and not __fish_seen_subcommand_from start get list ls wait" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and not __fish_seen_subcommand_from start get list ls wait" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and not __fish_seen_subcommand_from start get list ls wait" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and not __fish_seen_subcommand_from start get list ls wait" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and not __fish_seen_subcommand_from start get list ls wait" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and not __fish_seen_subcommand_from start get list ls wait" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and not __fish_seen_subcommand_from start get list ls wait" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and not __fish_seen_subcommand_from start get list ls wait" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and not __fish_seen_subcommand_from start get list ls wait" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and not __fish_seen_subcommand_from start get list ls wait" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and not __fish_seen_subcommand_from start get list ls wait" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and not __fish_seen_subcommand_from start get list ls wait" -f -a "start" -d 'Start an asynchronous invocation (StartAsyncInvoke): a Nova Reel video from a prompt, or any model\'s raw --body; its output goes to --output-s3'
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and not __fish_seen_subcommand_from start get list ls wait" -f -a "get" -d 'Describe an asynchronous invocation (GetAsyncInvoke)'
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and not __fish_seen_subcommand_from start get list ls wait" -f -a "list" -d 'List asynchronous invocations, newest first (ListAsyncInvokes)'
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and not __fish_seen_subcommand_from start get list ls wait" -f -a "ls" -d 'List asynchronous invocations, newest first (ListAsyncInvokes)'
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and not __fish_seen_subcommand_from start get list ls wait" -f -a "wait" -d 'Wait until an asynchronous invocation has finished (254 with its failure message if it failed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from start" -l output-s3 -d 'Where the output goes: s3://bucket/prefix (the invocation writes <prefix>/<id>/)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from start" -l body -d 'Send this model input as is: JSON text, @FILE, or - for stdin. Wins over the prompt and flags' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from start" -l duration -d 'Length of the video in seconds: 6, or 12 to 120 in steps of 6 (Nova Reel 1.1)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from start" -l seed -d 'Seed of the generation (0 to 2147483646), for a reproducible video' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from start" -l kms-key -d 'KMS key that encrypts the output' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from start" -l bucket-owner -d 'Account id that owns the output bucket' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from start" -l tags -d 'Tag KEY=VALUE for the invocation (repeatable)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from start" -l client-token -d 'Idempotency token: the same token starts the invocation only once (default: a fresh one)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from start" -l download -d 'Download the output into DIR once the invocation has finished (`start`: implies --wait)' -r -F
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from start" -l timeout -d 'Give up waiting after this many seconds (exit 255; the invocation keeps running)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from start" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from start" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from start" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from start" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from start" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from start" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from start" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from start" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from start" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from start" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from start" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from start" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from start" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from start" -l wait -d 'Wait until the invocation has finished and print it'
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from start" -l force -d 'Overwrite files that already exist in the --download directory'
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from start" -l dry-run -d 'Print the StartAsyncInvoke input that would be sent, and send nothing'
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from start" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from start" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from start" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from start" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from start" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from get" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from get" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from get" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from get" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from get" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from get" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from get" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from get" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from get" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from get" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from get" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from get" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from get" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from get" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from get" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from get" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from get" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from list" -l status -d 'Only invocations in this status' -r -f -a "InProgress\t''
Completed\t''
Failed\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from list" -l submitted-after -d 'Only invocations submitted after this time (2025-05-01 or 2025-05-01T12:00:00Z)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from list" -l submitted-before -d 'Only invocations submitted before this time' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from list" -l sort-order -d 'Order by submission time (default: newest first)' -r -f -a "ascending\t''
descending\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from list" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from list" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from list" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from list" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from list" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from list" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from list" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from list" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from list" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from list" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from list" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from list" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from list" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from ls" -l status -d 'Only invocations in this status' -r -f -a "InProgress\t''
Completed\t''
Failed\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from ls" -l submitted-after -d 'Only invocations submitted after this time (2025-05-01 or 2025-05-01T12:00:00Z)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from ls" -l submitted-before -d 'Only invocations submitted before this time' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from ls" -l sort-order -d 'Order by submission time (default: newest first)' -r -f -a "ascending\t''
descending\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from ls" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from ls" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from ls" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from ls" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from ls" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from ls" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from ls" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from ls" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from ls" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from ls" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from ls" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from ls" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from ls" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from ls" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from ls" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from wait" -l download -d 'Download the output into DIR once the invocation has finished (`start`: implies --wait)' -r -F
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from wait" -l timeout -d 'Give up waiting after this many seconds (exit 255; the invocation keeps running)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from wait" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from wait" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from wait" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from wait" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from wait" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from wait" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from wait" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from wait" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from wait" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from wait" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from wait" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from wait" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from wait" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from wait" -l force -d 'Overwrite files that already exist in the --download directory'
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from wait" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from wait" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from wait" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from wait" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from wait" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand async; and __fish_seen_subcommand_from wait" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and not __fish_seen_subcommand_from list show search" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and not __fish_seen_subcommand_from list show search" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and not __fish_seen_subcommand_from list show search" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and not __fish_seen_subcommand_from list show search" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and not __fish_seen_subcommand_from list show search" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and not __fish_seen_subcommand_from list show search" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and not __fish_seen_subcommand_from list show search" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and not __fish_seen_subcommand_from list show search" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and not __fish_seen_subcommand_from list show search" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and not __fish_seen_subcommand_from list show search" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and not __fish_seen_subcommand_from list show search" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and not __fish_seen_subcommand_from list show search" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and not __fish_seen_subcommand_from list show search" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and not __fish_seen_subcommand_from list show search" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and not __fish_seen_subcommand_from list show search" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and not __fish_seen_subcommand_from list show search" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and not __fish_seen_subcommand_from list show search" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and not __fish_seen_subcommand_from list show search" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and not __fish_seen_subcommand_from list show search" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and not __fish_seen_subcommand_from list show search" -f -a "list" -d 'The most recent calls (the default)'
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and not __fish_seen_subcommand_from list show search" -f -a "show" -d 'One call with its prompt and answer'
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and not __fish_seen_subcommand_from list show search" -f -a "search" -d 'Calls whose prompt, answer, model or session contains TEXT (any case)'
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from list" -l limit -d 'Show at most N calls' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from list" -l since -d 'Only calls of this recent period (30m, 24h, 7d) or since a date (2026-01-31)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from list" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from list" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from list" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from list" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from list" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from list" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from list" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from list" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from list" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from list" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from list" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from list" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from list" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from show" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from show" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from show" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from show" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from show" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from show" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from show" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from show" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from show" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from show" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from show" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from show" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from show" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from show" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from show" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from show" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from search" -l limit -d 'Show at most N calls' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from search" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from search" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from search" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from search" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from search" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from search" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from search" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from search" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from search" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from search" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from search" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from search" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from search" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from search" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from search" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from search" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from search" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from search" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand logs; and __fish_seen_subcommand_from search" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand usage" -l since -d 'The period: back from now (30m, 24h, 7d) or since a date (2026-01-31)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand usage" -l by -d 'Sum per model or per day (UTC)' -r -f -a "model\t''
day\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand usage" -l prices -d 'Price table to use instead of the shipped one (JSON; also `prices = "FILE"` in the config file)' -r -F
complete -c bedrock -n "__fish_bedrock_using_subcommand usage" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand usage" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand usage" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand usage" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand usage" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand usage" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand usage" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand usage" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand usage" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand usage" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand usage" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand usage" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand usage" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand usage" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand usage" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand usage" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand usage" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand usage" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand usage" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand completions" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand completions" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand completions" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand completions" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand completions" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand completions" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand completions" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand completions" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand completions" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand completions" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand completions" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand completions" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand completions" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand completions" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand completions" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand completions" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand completions" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand completions" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l host -d 'Address to listen on' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l port -d 'Port to listen on (0 picks a free port)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l state -d 'Keep the emulator\'s state in this file (an SQLite database that several emulators and `--local` commands may share; a JSON state file of earlier versions is converted)' -r -F
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l fault-throttle -d 'Fraction of requests (0 to 1) answered with ThrottlingException (HTTP 429)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l fault-error -d 'Fraction of requests (0 to 1) answered with InternalServerException (HTTP 500)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l fault-unavailable -d 'Fraction of requests (0 to 1) answered with ServiceUnavailableException (HTTP 503)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l fault-reset -d 'Fraction of requests (0 to 1) whose connection is reset (TCP RST) before any response byte' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l fault-malformed -d 'Fraction of requests (0 to 1) answered with HTTP 200 and a JSON body cut short' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l fault-stream-cut -d 'Fraction of response streams (0 to 1) whose connection is cut after about half of the frames' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l fault-stream-exception -d 'Fraction of response streams (0 to 1) that end with a modelStreamErrorException frame after about half of the frames' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l fault-first -d 'Inject faults only into the first N requests the emulator receives (every request counts, retries included); later requests are served normally, so a fault is transient for a client that makes more than N attempts. Applies to every --fault-* option and to --latency; without it faults never stop' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l latency -d 'Milliseconds of latency added to every request' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l frame-delay -d 'Milliseconds between the frames of every response stream (a model that writes slowly, to try cancelling a reply half-way)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l job-seconds -d 'Wall-clock seconds a simulated long-running job (customization, batch, ingestion, provisioning, …) takes to finish; 0 finishes jobs at once' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l s3-root -d 'Directory behind s3:// URIs: s3://bucket/key is DIR/bucket/key (knowledge-base data sources are read from it)' -r -F
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l seed -d 'Seed for the fault generator, so a run\'s faults can be reproduced' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l header-timeout -d 'Seconds a request\'s headers may take to arrive (counted from when the connection is ready for a request, so it also closes connections that send nothing); slow senders are disconnected' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l body-timeout -d 'Seconds a request body may send nothing before the request fails' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l idle-timeout -d 'Seconds a kept-alive connection may stay idle between requests before it is closed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l require-credentials -d 'Serve only requests signed (SigV4) with this access key and secret key, for hosts other clients can reach; by default the emulator accepts any signature' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l tokens-per-minute -d 'Tokens per minute a model may use (input plus output; a request reserves its input plus its max tokens until its answer is done): N for every model, or MODEL=N for one model id (repeatable). Beyond it requests get ThrottlingException "Too many tokens, please wait before trying again." Default: the service\'s default for the model (2,000,000 for Claude 3 Haiku, 200,000 for the others)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l tokens-per-day -d 'Tokens per day a model may use: N for every model, or MODEL=N (repeatable); beyond it requests get "Too many tokens per day, please wait before trying again." Default: the model\'s tokens per minute times 1,440' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l batch-limit -d 'A batch inference limit, KIND=N (repeatable): minimum-records, records-per-job, records-per-file, file-gigabytes, job-gigabytes, concurrent-jobs. Jobs outside the record limits fail when they are validated, as the service\'s do; a job beyond concurrent-jobs is refused with ServiceQuotaExceededException. Default: the service\'s defaults (100, 50,000, 50,000, 1, 5, 20)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l max-connections -d 'Connections served at once; further ones are answered 503 and closed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l export-state -d 'Print the --state file as one JSON document (collections, documents, counters) and exit'
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l deny-service-quotas -d 'Answer every Service Quotas call with AccessDeniedException, as the service does for a role without servicequotas permissions'
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and not __fish_seen_subcommand_from bedrock bedrock-runtime bedrock-agent bedrock-agent-runtime" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and not __fish_seen_subcommand_from bedrock bedrock-runtime bedrock-agent bedrock-agent-runtime" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and not __fish_seen_subcommand_from bedrock bedrock-runtime bedrock-agent bedrock-agent-runtime" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and not __fish_seen_subcommand_from bedrock bedrock-runtime bedrock-agent bedrock-agent-runtime" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and not __fish_seen_subcommand_from bedrock bedrock-runtime bedrock-agent bedrock-agent-runtime" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and not __fish_seen_subcommand_from bedrock bedrock-runtime bedrock-agent bedrock-agent-runtime" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and not __fish_seen_subcommand_from bedrock bedrock-runtime bedrock-agent bedrock-agent-runtime" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and not __fish_seen_subcommand_from bedrock bedrock-runtime bedrock-agent bedrock-agent-runtime" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and not __fish_seen_subcommand_from bedrock bedrock-runtime bedrock-agent bedrock-agent-runtime" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and not __fish_seen_subcommand_from bedrock bedrock-runtime bedrock-agent bedrock-agent-runtime" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and not __fish_seen_subcommand_from bedrock bedrock-runtime bedrock-agent bedrock-agent-runtime" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and not __fish_seen_subcommand_from bedrock bedrock-runtime bedrock-agent bedrock-agent-runtime" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and not __fish_seen_subcommand_from bedrock bedrock-runtime bedrock-agent bedrock-agent-runtime" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and not __fish_seen_subcommand_from bedrock bedrock-runtime bedrock-agent bedrock-agent-runtime" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and not __fish_seen_subcommand_from bedrock bedrock-runtime bedrock-agent bedrock-agent-runtime" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and not __fish_seen_subcommand_from bedrock bedrock-runtime bedrock-agent bedrock-agent-runtime" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and not __fish_seen_subcommand_from bedrock bedrock-runtime bedrock-agent bedrock-agent-runtime" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and not __fish_seen_subcommand_from bedrock bedrock-runtime bedrock-agent bedrock-agent-runtime" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and not __fish_seen_subcommand_from bedrock bedrock-runtime bedrock-agent bedrock-agent-runtime" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and not __fish_seen_subcommand_from bedrock bedrock-runtime bedrock-agent bedrock-agent-runtime" -f -a "bedrock" -d 'Amazon Bedrock'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and not __fish_seen_subcommand_from bedrock bedrock-runtime bedrock-agent bedrock-agent-runtime" -f -a "bedrock-runtime" -d 'Amazon Bedrock Runtime'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and not __fish_seen_subcommand_from bedrock bedrock-runtime bedrock-agent bedrock-agent-runtime" -f -a "bedrock-agent" -d 'Agents for Amazon Bedrock'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and not __fish_seen_subcommand_from bedrock bedrock-runtime bedrock-agent bedrock-agent-runtime" -f -a "bedrock-agent-runtime" -d 'Agents for Amazon Bedrock Runtime'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "archive-project" -d 'Archives a project.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "batch-delete-advanced-prompt-optimization-job" -d 'Deletes one or more advanced prompt optimization jobs.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "batch-delete-evaluation-job" -d 'Deletes a batch of evaluation jobs.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "cancel-automated-reasoning-policy-build-workflow" -d 'Cancels a running Automated Reasoning policy build workflow.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "create-advanced-prompt-optimization-job" -d 'Creates an advanced prompt optimization job.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "create-automated-reasoning-policy" -d 'Creates an Automated Reasoning policy for Amazon Bedrock Guardrails.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "create-automated-reasoning-policy-test-case" -d 'Creates a test for an Automated Reasoning policy.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "create-automated-reasoning-policy-version" -d 'Creates a new version of an existing Automated Reasoning policy.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "create-custom-model" -d 'Creates a new custom model in Amazon Bedrock.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "create-custom-model-deployment" -d 'Deploys a custom model for on-demand inference in Amazon Bedrock.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "create-evaluation-job" -d 'Creates an evaluation job.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "create-foundation-model-agreement" -d 'Request a model access agreement for the specified model.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "create-guardrail" -d 'Creates a guardrail to block topics and to implement safeguards for your generative AI applications.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "create-guardrail-version" -d 'Creates a version of the guardrail.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "create-inference-profile" -d 'Creates an application inference profile to track metrics and costs when invoking a model.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "create-marketplace-model-endpoint" -d 'Creates an endpoint for a model from Amazon Bedrock Marketplace.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "create-model-copy-job" -d 'Copies a model to another region so that it can be used there.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "create-model-customization-job" -d 'Creates a fine-tuning job to customize a base model.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "create-model-import-job" -d 'Creates a model import job to import model that you have customized in other environments, such as Amazon SageMaker.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "create-model-invocation-job" -d 'Creates a batch inference job to invoke a model on multiple prompts.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "create-project" -d 'Creates a project: a workload boundary within the account that inference requests can be associated with.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "create-prompt-router" -d 'Creates a prompt router that manages the routing of requests between multiple foundation models based on the routing criteria.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "create-provisioned-model-throughput" -d 'Creates dedicated throughput for a base or custom model with the model units and for the duration that you specify.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "delete-account-data-retention-storage" -d 'Deletes your account\'s retention storage configuration for a model provider.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "delete-automated-reasoning-policy" -d 'Deletes an Automated Reasoning policy or policy version.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "delete-automated-reasoning-policy-build-workflow" -d 'Deletes an Automated Reasoning policy build workflow and its associated artifacts.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "delete-automated-reasoning-policy-test-case" -d 'Deletes an Automated Reasoning policy test.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "delete-custom-model" -d 'Deletes a custom model that you created earlier.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "delete-custom-model-deployment" -d 'Deletes a custom model deployment.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "delete-enforced-guardrail-configuration" -d 'Deletes the account-level enforced guardrail configuration.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "delete-foundation-model-agreement" -d 'Delete the model access agreement for the specified model.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "delete-guardrail" -d 'Deletes a guardrail.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "delete-imported-model" -d 'Deletes a custom model that you imported earlier.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "delete-inference-profile" -d 'Deletes an application inference profile.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "delete-marketplace-model-endpoint" -d 'Deletes an endpoint for a model from Amazon Bedrock Marketplace.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "delete-model-invocation-logging-configuration" -d 'Delete the invocation logging.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "delete-organization-data-retention-storage" -d 'Deletes the organization\'s retention storage configuration for a model provider.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "delete-project-data-retention-storage" -d 'Deletes a project\'s retention storage configuration for a model provider.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "delete-prompt-router" -d 'Deletes a specified prompt router.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "delete-provisioned-model-throughput" -d 'Deletes a Provisioned Throughput.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "delete-resource-policy" -d 'Deletes a previously created Bedrock resource policy.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "deregister-marketplace-model-endpoint" -d 'Deregisters an endpoint for a model from Amazon Bedrock Marketplace.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "export-automated-reasoning-policy-version" -d 'Exports the policy definition for an Automated Reasoning policy version.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "get-account-data-retention" -d 'Returns the account-wide data retention mode for Amazon Bedrock.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "get-account-data-retention-storage" -d 'Returns your account\'s stored retention storage configuration for a model provider.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "get-advanced-prompt-optimization-job" -d 'Gets information about an advanced prompt optimization job.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "get-automated-reasoning-policy" -d 'Retrieves details about an Automated Reasoning policy or policy version.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "get-automated-reasoning-policy-annotations" -d 'Retrieves the current annotations for an Automated Reasoning policy build workflow.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "get-automated-reasoning-policy-build-workflow" -d 'Retrieves detailed information about an Automated Reasoning policy build workflow, including its status, configuration, and metadata.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "get-automated-reasoning-policy-build-workflow-result-assets" -d 'Retrieves the resulting assets from a completed Automated Reasoning policy build workflow, including build logs, quality reports, and generated policy artifacts.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "get-automated-reasoning-policy-next-scenario" -d 'Retrieves the next test scenario for validating an Automated Reasoning policy.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "get-automated-reasoning-policy-test-case" -d 'Retrieves details about a specific Automated Reasoning policy test.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "get-automated-reasoning-policy-test-result" -d 'Retrieves the test result for a specific Automated Reasoning policy test.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "get-custom-model" -d 'Get the properties associated with a Amazon Bedrock custom model that you have created.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "get-custom-model-deployment" -d 'Retrieves information about a custom model deployment, including its status, configuration, and metadata.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "get-evaluation-job" -d 'Gets information about an evaluation job, such as the status of the job.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "get-foundation-model" -d 'Get details about a Amazon Bedrock foundation model.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "get-foundation-model-availability" -d 'Get information about the Foundation model availability.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "get-guardrail" -d 'Gets details about a guardrail.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "get-imported-model" -d 'Gets properties associated with a customized model you imported.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "get-inference-profile" -d 'Gets information about an inference profile.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "get-marketplace-model-endpoint" -d 'Retrieves details about a specific endpoint for a model from Amazon Bedrock Marketplace.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "get-model-copy-job" -d 'Retrieves information about a model copy job.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "get-model-customization-job" -d 'Retrieves the properties associated with a model-customization job, including the status of the job.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "get-model-import-job" -d 'Retrieves the properties associated with import model job, including the status of the job.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "get-model-invocation-job" -d 'Gets details about a batch inference job.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "get-model-invocation-logging-configuration" -d 'Get the current configuration values for model invocation logging.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "get-organization-data-retention-storage" -d 'Returns the organization\'s retention storage configuration for a model provider.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "get-project" -d 'Retrieves a project.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "get-project-data-retention-storage" -d 'Returns a project\'s retention storage configuration for a model provider.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "get-prompt-router" -d 'Retrieves details about a prompt router.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "get-provisioned-model-throughput" -d 'Returns details for a Provisioned Throughput.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "get-resource-policy" -d 'Gets the resource policy document for a Bedrock resource'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "get-trusted-access-program" -d 'Gets trusted access program details and resolves participation for your account and its current organization.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "get-trusted-access-program-account-enrollment" -d 'Gets the calling account\'s stored enrollment setting for a trusted access program.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "get-trusted-access-program-organization-enrollment" -d 'Gets the current organization\'s stored enrollment setting for a trusted access program.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "get-trusted-access-program-project-enrollment" -d 'Gets a named project\'s stored enrollment setting for a trusted access program.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "get-use-case-for-model-access" -d 'Get usecase for model access.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "list-advanced-prompt-optimization-jobs" -d 'Lists the advanced prompt optimization jobs in your account.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "list-automated-reasoning-policies" -d 'Lists all Automated Reasoning policies in your account, with optional filtering by policy ARN.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "list-automated-reasoning-policy-build-workflows" -d 'Lists all build workflows for an Automated Reasoning policy, showing the history of policy creation and modification attempts.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "list-automated-reasoning-policy-test-cases" -d 'Lists tests for an Automated Reasoning policy.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "list-automated-reasoning-policy-test-results" -d 'Lists test results for an Automated Reasoning policy, showing how the policy performed against various test scenarios and validation checks.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "list-custom-model-deployments" -d 'Lists custom model deployments in your account.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "list-custom-models" -d 'Returns a list of the custom models that you have created with the `CreateModelCustomizationJob` operation.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "list-enforced-guardrails-configuration" -d 'Lists the account-level enforced guardrail configurations.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "list-evaluation-jobs" -d 'Lists all existing evaluation jobs.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "list-foundation-model-agreement-offers" -d 'Get the offers associated with the specified model.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "list-foundation-models" -d 'Lists Amazon Bedrock foundation models that you can use.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "list-guardrails" -d 'Lists details about all the guardrails in an account.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "list-imported-models" -d 'Returns a list of models you\'ve imported.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "list-inference-profiles" -d 'Returns a list of inference profiles that you can use.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "list-marketplace-model-endpoints" -d 'Lists the endpoints for models from Amazon Bedrock Marketplace in your Amazon Web Services account.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "list-model-copy-jobs" -d 'Returns a list of model copy jobs that you have submitted.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "list-model-customization-jobs" -d 'Returns a list of model customization jobs that you have submitted.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "list-model-import-jobs" -d 'Returns a list of import jobs you\'ve submitted.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "list-model-invocation-jobs" -d 'Lists all batch inference jobs in the account.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "list-projects" -d 'Lists the account\'s projects.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "list-prompt-routers" -d 'Retrieves a list of prompt routers.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "list-provisioned-model-throughputs" -d 'Lists the Provisioned Throughputs in the account.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "list-tags-for-resource" -d 'List the tags associated with the specified resource.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "list-trusted-access-programs" -d 'Lists all trusted access programs visible to your account, ordered by program ID.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "put-account-data-retention" -d 'Sets the account-wide data retention mode for Amazon Bedrock.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "put-account-data-retention-storage" -d 'Creates or replaces the calling account\'s retention storage record for a model provider.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "put-enforced-guardrail-configuration" -d 'Sets the account-level enforced guardrail configuration.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "put-model-invocation-logging-configuration" -d 'Set the configuration values for model invocation logging.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "put-organization-data-retention-storage" -d 'Creates or replaces the organization\'s retention storage record for a model provider.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "put-project-data-retention-storage" -d 'Creates or replaces a project\'s retention storage record for a model provider.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "put-resource-policy" -d 'Adds a resource policy for a Bedrock resource.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "put-trusted-access-program-account-enrollment" -d 'Sets your account\'s enrollment preference for a trusted access program.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "put-trusted-access-program-organization-enrollment" -d 'Sets the current organization\'s enrollment preference for a trusted access program.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "put-trusted-access-program-project-enrollment" -d 'Sets a named project\'s enrollment preference for a trusted access program.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "put-use-case-for-model-access" -d 'Put usecase for model access.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "register-marketplace-model-endpoint" -d 'Registers an existing Amazon SageMaker endpoint with Amazon Bedrock Marketplace, allowing it to be used with Amazon Bedrock APIs.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "start-automated-reasoning-policy-build-workflow" -d 'Starts a new build workflow for an Automated Reasoning policy.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "start-automated-reasoning-policy-test-workflow" -d 'Initiates a test workflow to validate Automated Reasoning policy tests.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "start-trusted-access-program-account-application" -d 'Prepare a provider application handoff for the calling account.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "start-trusted-access-program-organization-application" -d 'Prepare a provider application handoff for the calling account\'s current organization.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "start-trusted-access-program-project-application" -d 'Prepare a provider application handoff for a named project.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "stop-advanced-prompt-optimization-job" -d 'Stops an advanced prompt optimization job that is in progress.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "stop-evaluation-job" -d 'Stops an evaluation job that is current being created or running.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "stop-model-customization-job" -d 'Stops an active model customization job.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "stop-model-invocation-job" -d 'Stops a batch inference job.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "tag-resource" -d 'Associate tags with a resource.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "untag-resource" -d 'Remove one or more tags from a resource.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "update-automated-reasoning-policy" -d 'Updates an existing Automated Reasoning policy with new rules, variables, or configuration.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "update-automated-reasoning-policy-annotations" -d 'Updates the annotations for an Automated Reasoning policy build workflow.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "update-automated-reasoning-policy-test-case" -d 'Updates an existing Automated Reasoning policy test.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "update-custom-model-deployment" -d 'Updates a custom model deployment with a new custom model.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "update-guardrail" -d 'Updates a guardrail with the values you specify.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "update-marketplace-model-endpoint" -d 'Updates the configuration of an existing endpoint for a model from Amazon Bedrock Marketplace.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "update-project" -d 'Updates one mutable project field per call: exactly one of `name` or `dataRetention` must be set.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock" -f -a "update-provisioned-model-throughput" -d 'Updates the name or associated model for a Provisioned Throughput.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-runtime" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-runtime" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-runtime" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-runtime" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-runtime" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-runtime" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-runtime" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-runtime" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-runtime" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-runtime" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-runtime" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-runtime" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-runtime" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-runtime" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-runtime" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-runtime" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-runtime" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-runtime" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-runtime" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-runtime" -f -a "apply-guardrail" -d 'The action to apply a guardrail.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-runtime" -f -a "converse" -d 'Sends messages to the specified Amazon Bedrock model.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-runtime" -f -a "converse-stream" -d 'Sends messages to the specified Amazon Bedrock model and returns the response in a stream.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-runtime" -f -a "count-tokens" -d 'Returns the token count for a given inference request.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-runtime" -f -a "get-async-invoke" -d 'Retrieve information about an asynchronous invocation.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-runtime" -f -a "invoke-guardrail-checks" -d 'Evaluates messages against inline guardrail checks.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-runtime" -f -a "invoke-model" -d 'Invokes the specified Amazon Bedrock model to run inference using the prompt and inference parameters provided in the request body.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-runtime" -f -a "invoke-model-with-bidirectional-stream" -d 'Invoke the specified Amazon Bedrock model to run inference using the bidirectional stream.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-runtime" -f -a "invoke-model-with-response-stream" -d 'Invoke the specified Amazon Bedrock model to run inference using the prompt and inference parameters provided in the request body.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-runtime" -f -a "list-async-invokes" -d 'Lists asynchronous invocations.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-runtime" -f -a "start-async-invoke" -d 'Starts an asynchronous invocation.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "associate-agent-collaborator" -d 'Makes an agent a collaborator for another agent.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "associate-agent-knowledge-base" -d 'Associates a knowledge base with an agent.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "create-agent" -d 'Amazon Bedrock Agents (now Amazon Bedrock Agents Classic) is no longer open to new customers.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "create-agent-action-group" -d 'Creates an action group for an agent.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "create-agent-alias" -d 'Creates an alias of an agent that can be used to deploy the agent.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "create-data-source" -d 'Connects a knowledge base to a data source.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "create-flow" -d 'Creates a prompt flow that you can use to send an input through various steps to yield an output.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "create-flow-alias" -d 'Creates an alias of a flow for deployment.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "create-flow-version" -d 'Creates a version of the flow that you can deploy.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "create-knowledge-base" -d 'Creates a knowledge base.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "create-prompt" -d 'Creates a prompt in your prompt library that you can add to a flow.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "create-prompt-version" -d 'Creates a static snapshot of your prompt that can be deployed to production.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "create-retrieval-instruction" -d 'Creates a new retrieval instruction.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "create-retrieval-instruction-version" -d 'Creates an immutable numbered version from the retrieval instruction\'s current reviewed content.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "create-vpc-configuration" -d 'Creates a VPC configuration that lets a knowledge base connect to a resource in your private VPC.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "delete-agent" -d 'Deletes an agent.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "delete-agent-action-group" -d 'Deletes an action group in an agent.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "delete-agent-alias" -d 'Deletes an alias of an agent.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "delete-agent-version" -d 'Deletes a version of an agent.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "delete-data-source" -d 'Deletes a data source from a knowledge base.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "delete-flow" -d 'Deletes a flow.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "delete-flow-alias" -d 'Deletes an alias of a flow.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "delete-flow-version" -d 'Deletes a version of a flow.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "delete-knowledge-base" -d 'Deletes a knowledge base.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "delete-knowledge-base-documents" -d 'Deletes documents from a data source and syncs the changes to the knowledge base that is connected to it.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "delete-prompt" -d 'Deletes a prompt or a version of it, depending on whether you include the `promptVersion` field or not.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "delete-resource-policy" -d 'Removes the resource policy associated with a knowledge base.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "delete-retrieval-instruction" -d 'Deletes a retrieval instruction or a single version of it.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "delete-vpc-configuration" -d 'Deletes a VPC configuration.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "disassociate-agent-collaborator" -d 'Disassociates an agent collaborator.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "disassociate-agent-knowledge-base" -d 'Disassociates a knowledge base from an agent.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "get-agent" -d 'Gets information about an agent.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "get-agent-action-group" -d 'Gets information about an action group for an agent.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "get-agent-alias" -d 'Gets information about an alias of an agent.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "get-agent-collaborator" -d 'Retrieves information about an agent\'s collaborator.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "get-agent-knowledge-base" -d 'Gets information about a knowledge base associated with an agent.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "get-agent-version" -d 'Gets details about a version of an agent.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "get-data-source" -d 'Gets information about a data source.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "get-flow" -d 'Retrieves information about a flow.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "get-flow-alias" -d 'Retrieves information about a flow.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "get-flow-version" -d 'Retrieves information about a version of a flow.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "get-ingestion-job" -d 'Gets information about a data ingestion job.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "get-knowledge-base" -d 'Gets information about a knowledge base.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "get-knowledge-base-documents" -d 'Retrieves specific documents from a data source that is connected to a knowledge base.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "get-prompt" -d 'Retrieves information about the working draft (`DRAFT` version) of a prompt or a version of it, depending on whether you include the `promptVersion` field or not.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "get-resource-policy" -d 'Retrieves the resource policy associated with a knowledge base.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "get-retrieval-instruction" -d 'Gets a retrieval instruction.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "get-vpc-configuration" -d 'Returns the details and current status of a single VPC configuration.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "ingest-knowledge-base-documents" -d 'Ingests documents directly into the knowledge base that is connected to the data source.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "list-agent-action-groups" -d 'Lists the action groups for an agent and information about each one.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "list-agent-aliases" -d 'Lists the aliases of an agent and information about each one.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "list-agent-collaborators" -d 'Retrieve a list of an agent\'s collaborators.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "list-agent-knowledge-bases" -d 'Lists knowledge bases associated with an agent and information about each one.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "list-agent-versions" -d 'Lists the versions of an agent and information about each version.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "list-agents" -d 'Lists the agents belonging to an account and information about each agent.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "list-data-sources" -d 'Lists the data sources in a knowledge base and information about each one.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "list-flow-aliases" -d 'Returns a list of aliases for a flow.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "list-flow-versions" -d 'Returns a list of information about each flow.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "list-flows" -d 'Returns a list of flows and information about each flow.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "list-ingestion-jobs" -d 'Lists the data ingestion jobs for a data source.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "list-knowledge-base-documents" -d 'Retrieves all the documents contained in a data source that is connected to a knowledge base.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "list-knowledge-bases" -d 'Lists the knowledge bases in an account.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "list-prompts" -d 'Returns either information about the working draft (`DRAFT` version) of each prompt in an account, or information about of all versions of a prompt, depending on whether you include the `promptIdentifier` field or not.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "list-retrieval-instruction-versions" -d 'Lists the numbered versions of a retrieval instruction, newest first.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "list-retrieval-instructions" -d 'Lists the retrieval instructions in the caller\'s account.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "list-tags-for-resource" -d 'List all the tags for the resource you specify.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "list-vpc-configurations" -d 'Returns a paginated list of the VPC configurations for a knowledge base.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "prepare-agent" -d 'Creates a `DRAFT` version of the agent that can be used for internal testing.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "prepare-flow" -d 'Prepares the `DRAFT` version of a flow so that it can be invoked.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "put-resource-policy" -d 'Associates a resource policy with a knowledge base.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "start-ingestion-job" -d 'Begins a data ingestion job.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "stop-ingestion-job" -d 'Stops a currently running data ingestion job.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "tag-resource" -d 'Associate tags with a resource.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "untag-resource" -d 'Remove tags from a resource.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "update-agent" -d 'Updates the configuration of an agent.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "update-agent-action-group" -d 'Updates the configuration for an action group for an agent.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "update-agent-alias" -d 'Updates configurations for an alias of an agent.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "update-agent-collaborator" -d 'Updates an agent\'s collaborator.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "update-agent-knowledge-base" -d 'Updates the configuration for a knowledge base that has been associated with an agent.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "update-data-source" -d 'Updates the configurations for a data source connector.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "update-flow" -d 'Modifies a flow.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "update-flow-alias" -d 'Modifies the alias of a flow.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "update-knowledge-base" -d 'Updates the configuration of a knowledge base with the fields that you specify.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "update-prompt" -d 'Modifies a prompt in your prompt library.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "update-retrieval-instruction" -d 'Updates the content of a retrieval instruction.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent" -f -a "validate-flow-definition" -d 'Validates the definition of a flow.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent-runtime" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent-runtime" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent-runtime" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent-runtime" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent-runtime" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent-runtime" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent-runtime" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent-runtime" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent-runtime" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent-runtime" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent-runtime" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent-runtime" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent-runtime" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent-runtime" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent-runtime" -l no-log -d 'Do not record this run\'s runtime calls in the call log (see `bedrock logs`)'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent-runtime" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent-runtime" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent-runtime" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent-runtime" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent-runtime" -f -a "agentic-retrieve-stream" -d 'Retrieves information from one or more knowledge bases using an agentic approach.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent-runtime" -f -a "check-ingested-document-acl" -d 'Checks whether a user has access to a specific document by verifying against the ingested access control list (ACL) in a knowledge base.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent-runtime" -f -a "create-invocation" -d 'Creates a new invocation within a session.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent-runtime" -f -a "create-session" -d 'Creates a session to temporarily store conversations for generative AI (GenAI) applications built with open-source frameworks such as LangGraph and LlamaIndex.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent-runtime" -f -a "delete-agent-memory" -d 'Deletes memory from the specified memory identifier.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent-runtime" -f -a "delete-session" -d 'Deletes a session that you ended.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent-runtime" -f -a "end-session" -d 'Ends the session.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent-runtime" -f -a "generate-query" -d 'Generates an SQL query from a natural language query.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent-runtime" -f -a "get-agent-memory" -d 'Gets the sessions stored in the memory of the agent.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent-runtime" -f -a "get-document-content" -d 'Retrieves the content of an ingested document from a knowledge base, or of an image embedded in the document.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent-runtime" -f -a "get-execution-flow-snapshot" -d 'Retrieves the flow definition snapshot used for a flow execution.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent-runtime" -f -a "get-flow-execution" -d 'Retrieves details about a specific flow execution, including its status, start and end times, and any errors that occurred during execution.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent-runtime" -f -a "get-ingested-document-acl" -d 'Retrieves the ingested access control list (ACL) for a specific document in a knowledge base.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent-runtime" -f -a "get-invocation-step" -d 'Retrieves the details of a specific invocation step within an invocation in a session.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent-runtime" -f -a "get-session" -d 'Retrieves details about a specific session.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent-runtime" -f -a "invoke-agent" -d 'Amazon Bedrock Agents (now Amazon Bedrock Agents Classic) is no longer open to new customers.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent-runtime" -f -a "invoke-flow" -d 'Invokes an alias of a flow to run the inputs that you specify and return the output of each node as a stream.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent-runtime" -f -a "invoke-inline-agent" -d 'Invokes an inline Amazon Bedrock agent using the configurations you provide with the request.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent-runtime" -f -a "list-flow-execution-events" -d 'Lists events that occurred during a flow execution.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent-runtime" -f -a "list-flow-executions" -d 'Lists all executions of a flow.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent-runtime" -f -a "list-invocation-steps" -d 'Lists all invocation steps associated with a session and optionally, an invocation within the session.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent-runtime" -f -a "list-invocations" -d 'Lists all invocations associated with a specific session.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent-runtime" -f -a "list-sessions" -d 'Lists all sessions in your Amazon Web Services account.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent-runtime" -f -a "list-tags-for-resource" -d 'List all the tags for the resource you specify.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent-runtime" -f -a "optimize-prompt" -d 'Optimizes a prompt for the task that you specify.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent-runtime" -f -a "put-invocation-step" -d 'Add an invocation step to an invocation in a session.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent-runtime" -f -a "rerank" -d 'Reranks the relevance of sources based on queries.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent-runtime" -f -a "retrieve" -d 'Queries a knowledge base and retrieves information from it.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent-runtime" -f -a "retrieve-and-generate" -d 'Queries a knowledge base and generates responses based on the retrieved results and using the specified foundation model or inference profile.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent-runtime" -f -a "retrieve-and-generate-stream" -d 'Queries a knowledge base and generates responses based on the retrieved results, with output in streaming format.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent-runtime" -f -a "start-flow-execution" -d 'Starts an execution of an Amazon Bedrock flow.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent-runtime" -f -a "stop-flow-execution" -d 'Stops an Amazon Bedrock flow\'s execution.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent-runtime" -f -a "tag-resource" -d 'Associate tags with a resource.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent-runtime" -f -a "untag-resource" -d 'Remove tags from a resource.'
complete -c bedrock -n "__fish_bedrock_using_subcommand api; and __fish_seen_subcommand_from bedrock-agent-runtime" -f -a "update-session" -d 'Updates the metadata or encryption settings of a session.'
