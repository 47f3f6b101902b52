"""boto3 as an independent client of the emulator's multi-agent collaboration: two agents made
with bedrock-agent (a collaborator with a knowledge base and a RETURN_CONTROL action group, and
a SUPERVISOR), the collaborator associated with the supervisor's draft, both prepared and
aliased; InvokeAgent of the supervisor with a question for the collaborator answers from its
knowledge base with trace parts whose callerChain names the supervisor then the collaborator,
and the collaborator's return of control reaches the caller; the bad inputs raise the declared
exceptions.

Usage: boto3_collaborators.py URL KNOWLEDGE_BASE
  The knowledge base holds the Zephyr launch code (4471). Exits 1 with a message on the first
  mismatch.
"""

import sys
import time

import boto3

from checks import check, done, fail  # noqa: E402  (the sibling module)

MODEL = "anthropic.claude-3-haiku-20240307-v1:0"
ROLE = "arn:aws:iam::123456789012:role/agent-role"


def collect(response):
    text, traces, returned = "", [], None
    for event in response["completion"]:
        if "chunk" in event:
            text += event["chunk"]["bytes"].decode("utf-8")
        elif "trace" in event:
            traces.append(event["trace"])
        elif "returnControl" in event:
            returned = event["returnControl"]
    return text, traces, returned


def prepared(control, agent):
    control.prepare_agent(agentId=agent)
    for _ in range(300):
        if control.get_agent(agentId=agent)["agent"]["agentStatus"] == "PREPARED":
            return
        time.sleep(0.1)
    fail(f"agent {agent} was not prepared")


def raises(exception, call, **arguments):
    try:
        call(**arguments)
    except exception as error:
        return str(error)
    fail(f"{call.__name__} did not raise {exception.__name__}: {arguments!r}")
    return ""


def main():
    url, kb = sys.argv[1:3]
    control = boto3.client("bedrock-agent", endpoint_url=url, region_name="us-east-1")
    runtime = boto3.client("bedrock-agent-runtime", endpoint_url=url, region_name="us-east-1")

    specialist = control.create_agent(
        agentName="specialist", foundationModel=MODEL, agentResourceRoleArn=ROLE,
        instruction="You know the company's launches and the weather of the cities it works in.",
    )["agent"]["agentId"]
    control.create_agent_action_group(
        agentId=specialist, agentVersion="DRAFT", actionGroupName="weather",
        actionGroupExecutor={"customControl": "RETURN_CONTROL"},
        functionSchema={"functions": [{
            "name": "getWeather", "parameters": {"city": {"type": "string", "required": True}},
        }]},
    )
    control.associate_agent_knowledge_base(
        agentId=specialist, agentVersion="DRAFT", knowledgeBaseId=kb, description="Launch documents",
    )
    prepared(control, specialist)
    specialist_alias = control.create_agent_alias(agentId=specialist, agentAliasName="live")["agentAlias"]
    specialist_arn = specialist_alias["agentAliasArn"]

    plain = control.create_agent(
        agentName="plain", foundationModel=MODEL, agentResourceRoleArn=ROLE,
        instruction="You answer every question yourself, without any collaborators.",
    )["agent"]["agentId"]
    supervisor = control.create_agent(
        agentName="supervisor", foundationModel=MODEL, agentResourceRoleArn=ROLE,
        instruction="You coordinate the company's specialists and answer the user's questions.",
        agentCollaboration="SUPERVISOR",
    )["agent"]["agentId"]
    check(control.get_agent(agentId=supervisor)["agent"]["agentCollaboration"] == "SUPERVISOR",
          "the agent keeps its agentCollaboration")
    message = raises(control.exceptions.ValidationException, control.prepare_agent, agentId=supervisor)
    check("collaborator" in message, f"prepare without collaborators: {message}")

    association = {
        "agentVersion": "DRAFT",
        "collaboratorName": "specialist",
        "collaborationInstruction": "Knows the Zephyr project and its launch codes, and gets the weather of a city.",
        "relayConversationHistory": "TO_COLLABORATOR",
    }
    raises(control.exceptions.ValidationException, control.associate_agent_collaborator,
           agentId=plain, agentDescriptor={"aliasArn": specialist_arn}, **association)
    unknown = specialist_arn.rsplit("/", 1)[0] + "/ZZZZZZZZZZ"
    raises(control.exceptions.ResourceNotFoundException, control.associate_agent_collaborator,
           agentId=supervisor, agentDescriptor={"aliasArn": unknown}, **association)
    collaborator = control.associate_agent_collaborator(
        agentId=supervisor, agentDescriptor={"aliasArn": specialist_arn}, **association,
    )["agentCollaborator"]
    check(len(collaborator["collaboratorId"]) == 10, f"collaborator id: {collaborator['collaboratorId']!r}")
    check(collaborator["agentDescriptor"]["aliasArn"] == specialist_arn, f"descriptor: {collaborator!r}")
    raises(control.exceptions.ConflictException, control.associate_agent_collaborator,
           agentId=supervisor, agentDescriptor={"aliasArn": specialist_arn}, **association)
    updated = control.update_agent_collaborator(
        agentId=supervisor, collaboratorId=collaborator["collaboratorId"],
        agentDescriptor={"aliasArn": specialist_arn},
        **{**association, "relayConversationHistory": "DISABLED"},
    )["agentCollaborator"]
    check(updated["relayConversationHistory"] == "DISABLED", f"update: {updated!r}")
    summaries = control.list_agent_collaborators(agentId=supervisor, agentVersion="DRAFT")["agentCollaboratorSummaries"]
    check([summary["collaboratorName"] for summary in summaries] == ["specialist"], f"list: {summaries!r}")

    prepared(control, supervisor)
    alias = control.create_agent_alias(agentId=supervisor, agentAliasName="live")["agentAlias"]
    version = alias["routingConfiguration"][0]["agentVersion"]
    got = control.get_agent_collaborator(
        agentId=supervisor, agentVersion=version, collaboratorId=collaborator["collaboratorId"],
    )["agentCollaborator"]
    check(got["agentVersion"] == version, f"the version carries the collaborator: {got!r}")

    response = runtime.invoke_agent(
        agentId=supervisor, agentAliasId=alias["agentAliasId"], sessionId="supervised",
        inputText="What is the launch code of Zephyr?", enableTrace=True,
    )
    text, traces, returned = collect(response)
    check("4471" in text and returned is None, f"the collaborator's knowledge-base answer: {text!r}")
    chains = [[caller["agentAliasArn"] for caller in part.get("callerChain", [])] for part in traces]
    check([alias["agentAliasArn"], specialist_arn] in chains, f"caller chains: {chains!r}")
    check(any(part.get("collaboratorName") == "specialist" for part in traces), "collaborator names")
    inputs = [part["trace"]["orchestrationTrace"]["invocationInput"] for part in traces
              if "invocationInput" in part["trace"].get("orchestrationTrace", {})]
    handed = [item["agentCollaboratorInvocationInput"] for item in inputs if "agentCollaboratorInvocationInput" in item]
    check(handed and handed[0]["agentCollaboratorAliasArn"] == specialist_arn, f"collaborator input: {inputs!r}")
    outputs = [part["trace"]["orchestrationTrace"]["observation"] for part in traces
               if "observation" in part["trace"].get("orchestrationTrace", {})]
    answered = [item["agentCollaboratorInvocationOutput"] for item in outputs
                if "agentCollaboratorInvocationOutput" in item]
    check(answered and "4471" in answered[0]["output"]["text"], f"collaborator output: {outputs!r}")

    response = runtime.invoke_agent(
        agentId=supervisor, agentAliasId=alias["agentAliasId"], sessionId="supervised",
        inputText="What is the weather in a city? Use getWeather with city=Lyon",
    )
    _, _, returned = collect(response)
    check(returned is not None, "the collaborator's return of control reaches the caller")
    call = returned["invocationInputs"][0]["functionInvocationInput"]
    check(call["function"] == "getWeather" and call.get("collaboratorName") == "specialist", f"call: {call!r}")
    check(call.get("agentId") == specialist, f"the call names the collaborator agent: {call!r}")
    response = runtime.invoke_agent(
        agentId=supervisor, agentAliasId=alias["agentAliasId"], sessionId="supervised", enableTrace=True,
        sessionState={
            "invocationId": returned["invocationId"],
            "returnControlInvocationResults": [{"functionResult": {
                "actionGroup": call["actionGroup"], "function": "getWeather",
                "responseBody": {"TEXT": {"body": "rain in Lyon"}},
            }}],
        },
    )
    text, traces, returned = collect(response)
    check(returned is None and "rain in Lyon" in text, f"the answer from the collaborator's results: {text!r}")
    check(any(part.get("collaboratorName") == "specialist" for part in traces), f"results traces: {traces!r}")

    # InvokeInlineAgent: an inline supervisor with an inline collaborator (matched by name) and
    # the stored specialist (by its alias ARN).
    inline = {
        "foundationModel": MODEL,
        "instruction": "You coordinate the company's specialists and answer the user's questions.",
        "agentCollaboration": "SUPERVISOR",
        "collaborators": [{
            "agentName": "launches",
            "foundationModel": MODEL,
            "instruction": "You answer questions about the company's launches, from its documents.",
            "knowledgeBases": [{"knowledgeBaseId": kb, "description": "Launch documents"}],
        }],
        "collaboratorConfigurations": [
            {"collaboratorName": "launches", "collaboratorInstruction": "Knows the Zephyr project and its launch codes."},
            {"collaboratorName": "forecasts", "collaboratorInstruction": "Gets the weather forecast of a city.",
             "agentAliasArn": specialist_arn},
        ],
    }
    response = runtime.invoke_inline_agent(
        sessionId="inline-supervised", inputText="What is the launch code of Zephyr?", enableTrace=True, **inline,
    )
    text, traces, returned = collect(response)
    check("4471" in text and returned is None, f"the inline collaborator's answer: {text!r}")
    check(any(part.get("collaboratorName") == "launches" for part in traces), f"inline traces: {traces!r}")
    response = runtime.invoke_inline_agent(
        sessionId="inline-supervised", inputText="What is the forecast? Use getWeather with city=Oslo", **inline,
    )
    _, _, returned = collect(response)
    call = returned["invocationInputs"][0]["functionInvocationInput"] if returned else {}
    check(call.get("collaboratorName") == "forecasts", f"the stored collaborator returns control: {returned!r}")
    raises(runtime.exceptions.ValidationException, runtime.invoke_inline_agent,
           sessionId="inline-bad", inputText="hi", **{**inline, "collaboratorConfigurations": []})
    done()


main()
