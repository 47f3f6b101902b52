"""boto3 as an independent client of the children of an agent's draft that the emulator's generic
store keeps: action groups. `make` creates an agent with action groups and checks their
lifecycle (ten-character ids, unique names, the draft NOT_PREPARED after a
change, version 1 snapshotting them); `check` (run against a restarted emulator over the same
state) finds them again, in the draft and in version 1.

Usage: boto3_agent_children.py URL make|check
  Exits 1 with a message on the first mismatch.
"""

import re
import sys
import time

import boto3

from checks import check, done, fail  # noqa: E402  (the sibling module)

MODEL = "anthropic.claude-3-haiku-20240307-v1:0"
NAME = "children-agent"


def raises(exception, call, **arguments):
    try:
        call(**arguments)
    except exception as error:
        return str(error)
    fail(f"{call.__name__} did not raise {exception.__name__}: {arguments!r}")
    return ""


def status(control, agent):
    return control.get_agent(agentId=agent)["agent"]["agentStatus"]


def prepared(control, agent):
    control.prepare_agent(agentId=agent)
    for _ in range(300):
        if status(control, agent) == "PREPARED":
            return
        time.sleep(0.1)
    fail(f"agent {agent} was not prepared")


def groups(control, agent, version):
    summaries = control.list_agent_action_groups(agentId=agent, agentVersion=version)
    return sorted(group["actionGroupName"] for group in summaries["actionGroupSummaries"])


def make(control):
    errors = control.exceptions
    agent = control.create_agent(agentName=NAME, foundationModel=MODEL, instruction="Answer questions. " * 4)[
        "agent"
    ]["agentId"]
    ask = control.create_agent_action_group(
        agentId=agent,
        agentVersion="DRAFT",
        actionGroupName="ask",
        parentActionGroupSignature="AMAZON.UserInput",
    )["agentActionGroup"]
    check(re.fullmatch(r"[0-9A-Z]{10}", ask["actionGroupId"]) is not None, f"action group id {ask}")
    check(ask["agentId"] == agent and ask["agentVersion"] == "DRAFT", f"action group parents {ask}")
    check(ask["parentActionSignature"] == "AMAZON.UserInput", f"signature {ask}")
    check(ask["actionGroupState"] == "ENABLED", f"default state {ask}")
    lookup = control.create_agent_action_group(
        agentId=agent,
        agentVersion="DRAFT",
        actionGroupName="lookup",
        description="Looks things up",
        actionGroupExecutor={"customControl": "RETURN_CONTROL"},
        functionSchema={"functions": [{"name": "find", "parameters": {}}]},
    )["agentActionGroup"]
    check(lookup["actionGroupId"] != ask["actionGroupId"], "two groups share an id")
    message = raises(
        errors.ConflictException,
        control.create_agent_action_group,
        agentId=agent,
        agentVersion="DRAFT",
        actionGroupName="ask",
        parentActionGroupSignature="AMAZON.UserInput",
    )
    check("already exists" in message, f"duplicate name: {message}")
    raises(
        errors.ResourceNotFoundException,
        control.list_agent_action_groups,
        agentId="NOAGENT000",
        agentVersion="DRAFT",
    )
    got = control.get_agent_action_group(agentId=agent, agentVersion="DRAFT", actionGroupId=lookup["actionGroupId"])
    check(got["agentActionGroup"]["functionSchema"]["functions"][0]["name"] == "find", f"get {got}")
    check(groups(control, agent, "DRAFT") == ["ask", "lookup"], f"draft groups {groups(control, agent, 'DRAFT')}")

    prepared(control, agent)
    updated = control.update_agent_action_group(
        agentId=agent,
        agentVersion="DRAFT",
        actionGroupId=lookup["actionGroupId"],
        actionGroupName="lookup",
        actionGroupExecutor={"customControl": "RETURN_CONTROL"},
        functionSchema={"functions": [{"name": "find", "parameters": {}}]},
        actionGroupState="DISABLED",
    )["agentActionGroup"]
    check(updated["actionGroupState"] == "DISABLED", f"update {updated}")
    check("description" not in updated, f"an update replaces the members: {updated}")
    check(status(control, agent) == "NOT_PREPARED", "an updated action group leaves the draft prepared")

    prepared(control, agent)
    control.create_agent_alias(agentId=agent, agentAliasName="live")
    check(groups(control, agent, "1") == ["ask", "lookup"], f"version 1 groups {groups(control, agent, '1')}")
    snapshot = control.get_agent_action_group(agentId=agent, agentVersion="1", actionGroupId=ask["actionGroupId"])
    check(snapshot["agentActionGroup"]["agentVersion"] == "1", f"snapshot {snapshot}")

    control.delete_agent_action_group(agentId=agent, agentVersion="DRAFT", actionGroupId=ask["actionGroupId"])
    check(status(control, agent) == "NOT_PREPARED", "a deleted action group leaves the draft prepared")
    raises(
        errors.ResourceNotFoundException,
        control.get_agent_action_group,
        agentId=agent,
        agentVersion="DRAFT",
        actionGroupId=ask["actionGroupId"],
    )
    check(groups(control, agent, "DRAFT") == ["lookup"], f"after delete {groups(control, agent, 'DRAFT')}")


def after_restart(control):
    agents = control.list_agents()["agentSummaries"]
    agent = next((summary["agentId"] for summary in agents if summary["agentName"] == NAME), None)
    check(agent is not None, f"the agent is gone after a restart: {agents}")
    check(groups(control, agent, "DRAFT") == ["lookup"], f"draft after restart {groups(control, agent, 'DRAFT')}")
    check(groups(control, agent, "1") == ["ask", "lookup"], f"version 1 after restart {groups(control, agent, '1')}")


def main():
    url, phase = sys.argv[1:3]
    control = boto3.client("bedrock-agent", endpoint_url=url, region_name="us-east-1")
    if phase == "make":
        make(control)
    else:
        after_restart(control)
    done()


if __name__ == "__main__":
    main()
