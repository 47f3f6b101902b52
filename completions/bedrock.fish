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
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'"
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
complete -c bedrock -n "__fish_bedrock_needs_command" -f -a "doctor" -d 'Show what profile, region, endpoints and credentials resolve to, and check the endpoint'
complete -c bedrock -n "__fish_bedrock_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c bedrock -n "__fish_bedrock_needs_command" -f -a "emulator" -d 'Run the local Bedrock emulator (all four services on one port)'
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and not __fish_seen_subcommand_from list ls get" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and not __fish_seen_subcommand_from list ls get" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and not __fish_seen_subcommand_from list ls get" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and not __fish_seen_subcommand_from list ls get" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'"
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and not __fish_seen_subcommand_from list ls get" -l query -d 'A JMESPath expression applied to the JSON document before it is formatted' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and not __fish_seen_subcommand_from list ls get" -l max-items -d 'Stop after this many items of a list; prints a nextToken to continue from' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and not __fish_seen_subcommand_from list ls get" -l page-size -d 'Ask the service for pages of this size (all pages are still fetched)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and not __fish_seen_subcommand_from list ls get" -l starting-token -d 'Continue a list from the nextToken a previous --max-items run printed' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and not __fish_seen_subcommand_from list ls get" -l color -d 'When to use colour' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and not __fish_seen_subcommand_from list ls get" -l read-timeout -d 'Seconds to wait for data on an open connection before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and not __fish_seen_subcommand_from list ls get" -l connect-timeout -d 'Seconds to wait for a connection to open before giving up' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and not __fish_seen_subcommand_from list ls get" -l max-attempts -d 'Total attempts per request, retries included (1 disables retries)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and not __fish_seen_subcommand_from list ls get" -l retry-mode -d 'How the SDK retries throttled and failed requests' -r -f -a "standard\t''
adaptive\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and not __fish_seen_subcommand_from list ls get" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and not __fish_seen_subcommand_from list ls get" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and not __fish_seen_subcommand_from list ls get" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and not __fish_seen_subcommand_from list ls get" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and not __fish_seen_subcommand_from list ls get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and not __fish_seen_subcommand_from list ls get" -s V -l version -d 'Print version'
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and not __fish_seen_subcommand_from list ls get" -f -a "list" -d 'List foundation models, optionally filtered'
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and not __fish_seen_subcommand_from list ls get" -f -a "ls" -d 'List foundation models, optionally filtered'
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and not __fish_seen_subcommand_from list ls get" -f -a "get" -d 'Describe one foundation model'
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
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'"
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
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
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
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'"
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
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from get" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from get" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from get" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'"
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
complete -c bedrock -n "__fish_bedrock_using_subcommand models; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and not __fish_seen_subcommand_from list ls get" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and not __fish_seen_subcommand_from list ls get" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and not __fish_seen_subcommand_from list ls get" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and not __fish_seen_subcommand_from list ls get" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'"
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
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and not __fish_seen_subcommand_from list ls get" -s V -l version -d 'Print version'
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
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'"
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
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from ls" -l type -d 'Only profiles of this type' -r -f -a "SYSTEM_DEFINED\t''
APPLICATION\t''"
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from ls" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from ls" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from ls" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'"
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
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from get" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from get" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'"
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
complete -c bedrock -n "__fish_bedrock_using_subcommand inference-profiles; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c bedrock -n "__fish_bedrock_using_subcommand doctor" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand doctor" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand doctor" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand doctor" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'"
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
complete -c bedrock -n "__fish_bedrock_using_subcommand doctor" -s V -l version -d 'Print version'
complete -c bedrock -n "__fish_bedrock_using_subcommand completions" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand completions" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand completions" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand completions" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'"
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
complete -c bedrock -n "__fish_bedrock_using_subcommand completions" -s V -l version -d 'Print version'
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l host -d 'Address to listen on' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l port -d 'Port to listen on (0 picks a free port)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l state -d 'Keep the emulator\'s state in this JSON file (loaded at start, saved atomically)' -r -F
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l fault-throttle -d 'Fraction of requests (0 to 1) answered with ThrottlingException (HTTP 429)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l fault-error -d 'Fraction of requests (0 to 1) answered with InternalServerException (HTTP 500)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l latency -d 'Milliseconds of latency added to every request' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l seed -d 'Seed for the fault generator, so a run\'s faults can be reproduced' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l profile -d 'Use this profile from the AWS config and credentials files' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l region -d 'The AWS region to send requests to (overrides AWS_REGION and the profile)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l endpoint-url -d 'Send every request to this URL instead of the default endpoint (e.g. an emulator)' -r
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -s o -l output -d 'Output format [default: table on a terminal, json otherwise; BEDROCK_OUTPUT changes it]' -r -f -a "json\t'The service\'s own JSON document, as the AWS CLI prints it'
table\t'A table of chosen columns (the default on a terminal)'
text\t'The table\'s columns, tab-separated, no header (for cut and awk)'"
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
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l no-paginate -d 'Fetch only the first page of a list'
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l debug -d 'Trace requests and responses to stderr (credentials and signatures redacted)'
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -s q -l quiet -d 'No progress, no hints: only data on stdout and errors on stderr'
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -l local -d 'Run against the built-in emulator, started in-process (no AWS account needed)'
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bedrock -n "__fish_bedrock_using_subcommand emulator" -s V -l version -d 'Print version'
