//! The `bedrock api` tree for completion scripts: a subcommand per service, per operation (as the
//! AWS CLI spells it, with the first sentence of its documentation) and a flag per member, with
//! enum values and `--no-` forms of booleans. `bedrock api` itself reads its words at run time
//! (`src/api/arguments.rs`); this tree exists only so shells can complete them.

use clap::{Arg, ArgAction, Command};

use super::help::first_sentence;
use super::model::{Kind, Service};
use super::names::cli_name;
use super::validate::input_shape;

/// The `api` command with its services, operations and member flags as subcommands and flags;
/// `taken` are the long flags every command already has (the global ones, `--max-items` among
/// them), which a member flag of the same name must not shadow.
pub fn api_command(api: Command, taken: &[String]) -> Command {
    let mut command = Command::new("api");
    if let Some(about) = api.get_about() {
        command = command.about(about.clone());
    }
    command.subcommands(Service::ALL.iter().map(|service| service_command(*service, taken)))
}

fn service_command(service: Service, taken: &[String]) -> Command {
    let model = service.model();
    let mut operations: Vec<&'static str> = model.operation_names().collect();
    operations.sort_unstable();
    Command::new(service.name()).about(model.metadata().service_full_name.clone()).subcommands(
        operations.into_iter().filter_map(|name| model.operation(name)).map(|operation| {
            let mut command = Command::new(cli_name(&operation.name))
                .about(first_sentence(&operation.documentation))
                .arg(value_flag("cli-input-json"))
                .arg(value_flag("cli-input-yaml"))
                .arg(value_flag("generate-cli-skeleton").value_parser(["input", "output", "yaml-input"]));
            let Some(shape) = input_shape(model, operation) else { return command };
            for (member_name, member) in &shape.members {
                let Some(member_shape) = model.shape(&member.shape) else { continue };
                let flag = cli_name(member_name);
                if taken.contains(&flag) {
                    continue;
                }
                command = match member_shape.kind {
                    Kind::Boolean => {
                        command.arg(Arg::new(flag.clone()).long(flag.clone()).action(ArgAction::SetTrue)).arg(
                            Arg::new(format!("no-{flag}"))
                                .long(format!("no-{flag}"))
                                .action(ArgAction::SetTrue),
                        )
                    }
                    _ if !member_shape.enumeration.is_empty() => {
                        command.arg(value_flag(&flag).value_parser(member_shape.enumeration.clone()))
                    }
                    _ => command.arg(value_flag(&flag)),
                };
            }
            command
        }),
    )
}

fn value_flag(name: &str) -> Arg {
    Arg::new(name.to_string()).long(name.to_string()).action(ArgAction::Set)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_operation_and_member_is_in_the_tree() {
        let taken = vec!["max-items".to_string()];
        let tree = api_command(Command::new("api"), &taken);
        let agent = tree.find_subcommand("bedrock-agent").unwrap();
        let create_flow = agent.find_subcommand("create-flow").unwrap();
        let longs: Vec<&str> = create_flow.get_arguments().filter_map(Arg::get_long).collect();
        assert!(longs.contains(&"execution-role-arn") && longs.contains(&"cli-input-json"), "{longs:?}");
        for service in Service::ALL {
            let command = tree.find_subcommand(service.name()).unwrap();
            assert_eq!(command.get_subcommands().count(), service.model().operation_names().count());
        }
        let list = tree.find_subcommand("bedrock").unwrap().find_subcommand("list-custom-models").unwrap();
        let longs: Vec<&str> = list.get_arguments().filter_map(Arg::get_long).collect();
        assert!(
            longs.contains(&"is-owned") && longs.contains(&"no-is-owned") && longs.contains(&"max-results")
        );
        let prompt_jobs = tree
            .find_subcommand("bedrock-agent")
            .and_then(|agent| agent.find_subcommand("list-prompts"))
            .unwrap();
        assert!(!prompt_jobs.get_arguments().any(|arg| arg.get_long() == Some("max-items")));
        let sort = list.get_arguments().find(|arg| arg.get_long() == Some("sort-order")).unwrap();
        let values: Vec<String> =
            sort.get_possible_values().iter().map(|v| v.get_name().to_string()).collect();
        assert_eq!(values, ["Ascending", "Descending"]);
    }
}
