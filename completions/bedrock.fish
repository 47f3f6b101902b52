# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_bedrock_global_optspecs
    string join \n profile= region= endpoint-url= o/output= query= max-items= page-size= starting-token= no-paginate debug q/quiet color= read-timeout= connect-timeout= max-attempts= retry-mode= local h/help V/version
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
complete -c bedrock -n "__fish_bedrock_needs_command" -f -a "doctor" -d 'Show what profile, region, endpoints and credentials resolve to, and check the endpoint'
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
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -l guardrail-trace -d 'Show the guardrail\'s trace on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -l dry-run -d 'Print the request body instead of sending it'
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -l usage -d 'Print input/output tokens and latency to stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -l unordered -d 'Print results as they complete instead of in input order (with --input)'
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -l resume-keep-errors -d 'With --resume: keep the error lines FILE has instead of running those lines again'
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -l emit-sfn-task -d 'Print the Step Functions Task state (arn:aws:states:::bedrock:invokeModel) that makes this call, instead of calling'
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke" -l no-paginate -d 'Fetch only the first page of a list'
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
complete -c bedrock -n "__fish_bedrock_using_subcommand stream" -l guardrail-trace -d 'Show the guardrail\'s trace on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand stream" -l dry-run -d 'Print the request body instead of sending it'
complete -c bedrock -n "__fish_bedrock_using_subcommand stream" -l usage -d 'Print input/output tokens and latency to stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand stream" -l no-paginate -d 'Fetch only the first page of a list'
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
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l input -d 'Run one request per line of this JSON Lines file (- for stdin) and print one NDJSON result line per input line, {"id", …} or {"id", "error"}; lines are a string or an object with an optional "id"' -r -F
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l concurrency -d 'Requests in flight at most (with --input); throttling lowers it for a while' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l resume -d 'Continue an interrupted run whose results went to FILE: skip the ids FILE already answered and append the other results to FILE (nothing goes to stdout); lines whose result was an error are run again' -r -F
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
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l guardrail-trace -d 'Ask for the guardrail\'s trace'
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l cache-point -d 'Add a prompt-caching checkpoint after the system prompt (or the attachments)'
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l stream -d 'Stream the answer as it is generated (ConverseStream)'
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l dry-run -d 'Print the request document instead of sending it'
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l usage -d 'Print input/output tokens and latency to stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l unordered -d 'Print results as they complete instead of in input order (with --input)'
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l resume-keep-errors -d 'With --resume: keep the error lines FILE has instead of running those lines again'
complete -c bedrock -n "__fish_bedrock_using_subcommand converse" -l no-paginate -d 'Fetch only the first page of a list'
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
complete -c bedrock -n "__fish_bedrock_using_subcommand chat" -l session -d 'Name of the session to resume or create' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand chat" -l messages -d 'Start from this conversation (the API\'s `messages` list as JSON)' -r -F
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
complete -c bedrock -n "__fish_bedrock_using_subcommand chat" -l continue -d 'Resume the most recent session'
complete -c bedrock -n "__fish_bedrock_using_subcommand chat" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand chat" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand chat" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand chat" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand chat" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand embed" -l input -d 'Run one request per line of this JSON Lines file (- for stdin) and print one NDJSON result line per input line, {"id", …} or {"id", "error"}; lines are a string or an object with an optional "id"' -r -F
complete -c bedrock -n "__fish_bedrock_using_subcommand embed" -l concurrency -d 'Requests in flight at most (with --input); throttling lowers it for a while' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand embed" -l resume -d 'Continue an interrupted run whose results went to FILE: skip the ids FILE already answered and append the other results to FILE (nothing goes to stdout); lines whose result was an error are run again' -r -F
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
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from wait" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from wait" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from wait" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch-jobs; and __fish_seen_subcommand_from wait" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and not __fish_seen_subcommand_from run collect" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and not __fish_seen_subcommand_from run collect" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and not __fish_seen_subcommand_from run collect" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and not __fish_seen_subcommand_from run collect" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and not __fish_seen_subcommand_from run collect" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and not __fish_seen_subcommand_from run collect" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and not __fish_seen_subcommand_from run collect" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and not __fish_seen_subcommand_from run collect" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and not __fish_seen_subcommand_from run collect" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and not __fish_seen_subcommand_from run collect" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and not __fish_seen_subcommand_from run collect" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and not __fish_seen_subcommand_from run collect" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and not __fish_seen_subcommand_from run collect" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and not __fish_seen_subcommand_from run collect" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and not __fish_seen_subcommand_from run collect" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and not __fish_seen_subcommand_from run collect" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and not __fish_seen_subcommand_from run collect" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and not __fish_seen_subcommand_from run collect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and not __fish_seen_subcommand_from run collect" -f -a "run" -d 'Run a JSON Lines file through batch inference: upload, create the job, wait, download the results and print one NDJSON line per input line, in input order'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and not __fish_seen_subcommand_from run collect" -f -a "collect" -d 'Download a batch job\'s results and join them with its input (waits until it has finished)'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from run" -l model -d 'The model (id, alias, ARN or inference profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from run" -l role-arn -d 'IAM role Bedrock assumes to read the input and write the output' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from run" -l s3-uri -d 'Where the job\'s files go: s3://bucket/prefix (input/ and output/ below it)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from run" -l job-name -d 'Name of the job (default: bedrock-FILE-TIMESTAMP); also names the input object' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from run" -l timeout -d 'Give up waiting after this many seconds (exit 255; the job keeps running)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from run" -l family -d 'The model family, for custom or provisioned model ARNs (see `--family help`)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from run" -l max-tokens -d 'Maximum number of tokens to generate' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from run" -l temperature -d 'Sampling temperature (range depends on the model family)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from run" -l top-p -d 'Nucleus sampling probability mass' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from run" -l top-k -d 'Sample from the K most likely tokens (families that support it)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from run" -l stop -d 'Stop generating at this sequence (repeatable)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from run" -l system -d 'System prompt (repeatable)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from run" -l seed -d 'Random seed (families that support it)' -r
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
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from collect" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from collect" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from collect" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand batch; and __fish_seen_subcommand_from collect" -s h -l help -d 'Print help (see more with \'--help\')'
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
complete -c bedrock -n "__fish_bedrock_using_subcommand retrieve-and-generate" -l no-paginate -d 'Fetch only the first page of a list'
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
complete -c bedrock -n "__fish_bedrock_using_subcommand ask" -l no-paginate -d 'Fetch only the first page of a list'
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
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from delete" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from delete" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand agent-aliases; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
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
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-agent" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-agent" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-agent" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand invoke-agent" -s h -l help -d 'Print help (see more with \'--help\')'
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
complete -c bedrock -n "__fish_bedrock_using_subcommand doctor" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand doctor" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand doctor" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand doctor" -s h -l help -d 'Print help (see more with \'--help\')'
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
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l job-seconds -d 'Wall-clock seconds a simulated long-running job (customization, batch, ingestion, provisioning, …) takes to finish; 0 finishes jobs at once' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l s3-root -d 'Directory behind s3:// URIs: s3://bucket/key is DIR/bucket/key (knowledge-base data sources are read from it)' -r -F
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l seed -d 'Seed for the fault generator, so a run\'s faults can be reproduced' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l header-timeout -d 'Seconds a request\'s headers may take to arrive (counted from when the connection is ready for a request, so it also closes connections that send nothing); slow senders are disconnected' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l body-timeout -d 'Seconds a request body may send nothing before the request fails' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l idle-timeout -d 'Seconds a kept-alive connection may stay idle between requests before it is closed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l require-credentials -d 'Serve only requests signed (SigV4) with this access key and secret key, for hosts other clients can reach; by default the emulator accepts any signature' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l tokens-per-minute -d 'Tokens per minute a model may use (input plus output; a request reserves its input plus its max tokens until its answer is done): N for every model, or MODEL=N for one model id (repeatable). Beyond it requests get ThrottlingException "Too many tokens, please wait before trying again." Default: the service\'s default for the model (2,000,000 for Claude 3 Haiku, 200,000 for the others)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l tokens-per-day -d 'Tokens per day a model may use: N for every model, or MODEL=N (repeatable); beyond it requests get "Too many tokens per day, please wait before trying again." Default: the model\'s tokens per minute times 1,440' -r
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
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand api" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'
yaml\t'The service\'s document as YAML, as the AWS CLI prints it'
yaml-stream\t'The document as a YAML stream (a list of documents), as the AWS CLI\'s `yaml-stream`'"
complete -c bedrock -n "__fish_bedrock_using_subcommand api" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand api" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand api" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand api" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand api" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand api" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand api" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand api" -s h -l help -d 'Print help (see more with \'--help\')'
