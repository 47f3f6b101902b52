"""boto3 as an independent client of the emulator's agents and knowledge bases: InvokeAgent's
event stream (chunk with attribution, trace, returnControl) must parse with botocore's
event-stream parser, the results sent back in sessionState must make the answer, and
Retrieve / RetrieveAndGenerate(Stream) must parse; InvokeInlineAgent runs an agent the request
defines (knowledge base, return of control, results in inlineSessionState).

Usage: boto3_agents.py URL KNOWLEDGE_BASE AGENT ALIAS
  The agent has a RETURN_CONTROL action group with getWeather(city) and the knowledge base
  (which holds the Zephyr launch code), and is prepared. Exits 1 with a message on the first
  mismatch.
"""

import sys

import boto3

from checks import check, done, fail  # noqa: E402  (the sibling module)


def collect(response):
    text, traces, returned, citations = "", [], None, []
    for event in response["completion"]:
        if "chunk" in event:
            text += event["chunk"]["bytes"].decode("utf-8")
            citations += event["chunk"].get("attribution", {}).get("citations", [])
        elif "trace" in event:
            traces.append(event["trace"])
        elif "returnControl" in event:
            returned = event["returnControl"]
    return text, traces, returned, citations


def main():
    url, kb, agent, alias = sys.argv[1:5]
    runtime = boto3.client("bedrock-agent-runtime", endpoint_url=url, region_name="us-east-1")

    response = runtime.invoke_agent(
        agentId=agent, agentAliasId=alias, sessionId="boto3-session", inputText="What is the launch code of Zephyr?",
        enableTrace=True,
    )
    check(response["sessionId"] == "boto3-session", f"session id header: {response.get('sessionId')}")
    text, traces, returned, citations = collect(response)
    check("4471" in text, f"knowledge-base answer: {text!r}")
    check(returned is None, "no return of control for a knowledge-base question")
    check(any("orchestrationTrace" in part["trace"] for part in traces), f"orchestration traces: {traces!r}")
    uri = citations[0]["retrievedReferences"][0]["location"]["s3Location"]["uri"] if citations else None
    check(uri == "s3://docs-bucket/guides/zephyr.txt", f"citation source: {uri!r}")
    span = citations[0]["generatedResponsePart"]["textResponsePart"]["span"]
    check("4471" in text[span["start"]:span["end"] + 1], f"citation span {span!r} of {text!r}")

    response = runtime.invoke_agent(
        agentId=agent, agentAliasId=alias, sessionId="boto3-session", inputText="getWeather city=Lyon",
        memoryId="memory-1",
    )
    check(response.get("memoryId") == "memory-1", f"memory id header: {response.get('memoryId')!r}")
    text, _, returned, _ = collect(response)
    check(returned is not None, "getWeather returns control")
    call = returned["invocationInputs"][0]["functionInvocationInput"]
    check(call["function"] == "getWeather", f"function: {call!r}")
    check(call["parameters"][0]["value"] == "Lyon", f"parameters: {call['parameters']!r}")
    response = runtime.invoke_agent(
        agentId=agent, agentAliasId=alias, sessionId="boto3-session",
        sessionState={
            "invocationId": returned["invocationId"],
            "returnControlInvocationResults": [{"functionResult": {
                "actionGroup": call["actionGroup"], "function": "getWeather",
                "responseBody": {"TEXT": {"body": "foggy in Lyon"}},
            }}],
        },
    )
    text, _, returned, _ = collect(response)
    check(returned is None and "foggy in Lyon" in text, f"answer from the results: {text!r}")

    results = runtime.retrieve(knowledgeBaseId=kb, retrievalQuery={"text": "launch code Zephyr"})["retrievalResults"]
    check(results[0]["location"]["s3Location"]["uri"].endswith("zephyr.txt"), f"retrieve: {results!r}")
    answer = runtime.retrieve_and_generate(
        input={"text": "What is the launch code of Zephyr?"},
        retrieveAndGenerateConfiguration={
            "type": "KNOWLEDGE_BASE",
            "knowledgeBaseConfiguration": {
                "knowledgeBaseId": kb,
                "modelArn": "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0",
            },
        },
    )
    check("4471" in answer["output"]["text"], f"retrieve-and-generate: {answer['output']!r}")
    check(answer["sessionId"], "retrieve-and-generate returns a session id")
    streamed = runtime.retrieve_and_generate_stream(
        input={"text": "What is the launch code of Zephyr?"},
        retrieveAndGenerateConfiguration={
            "type": "KNOWLEDGE_BASE",
            "knowledgeBaseConfiguration": {
                "knowledgeBaseId": kb,
                "modelArn": "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0",
            },
        },
    )
    check(streamed["sessionId"], "retrieve-and-generate-stream returns a session id header")
    events = list(streamed["stream"])
    streamed_text = "".join(event["output"]["text"] for event in events if "output" in event)
    check(streamed_text == answer["output"]["text"], f"streamed answer: {streamed_text!r}")
    citations = [event["citation"] for event in events if "citation" in event]
    check(citations and citations[0]["retrievedReferences"][0]["location"]["s3Location"]["uri"].endswith("zephyr.txt"),
          f"streamed citations: {citations!r}")

    inline = {
        "foundationModel": "anthropic.claude-3-haiku-20240307-v1:0",
        "instruction": "You answer questions about launches and the weather, briefly and precisely.",
        "knowledgeBases": [{"knowledgeBaseId": kb, "description": "Launch documents"}],
        "actionGroups": [{
            "actionGroupName": "weather",
            "actionGroupExecutor": {"customControl": "RETURN_CONTROL"},
            "functionSchema": {"functions": [{
                "name": "getWeather", "parameters": {"city": {"type": "string", "required": True}},
            }]},
        }],
    }
    response = runtime.invoke_inline_agent(
        sessionId="inline-session", inputText="What is the launch code of Zephyr?", enableTrace=True, **inline,
    )
    check(response["sessionId"] == "inline-session", f"inline session id header: {response.get('sessionId')}")
    text, traces, returned, citations = collect(response)
    check("4471" in text and citations, f"inline knowledge-base answer: {text!r} {citations!r}")
    check(traces and all("agentId" not in part for part in traces), f"inline traces: {traces!r}")
    response = runtime.invoke_inline_agent(sessionId="inline-session", inputText="getWeather city=Oslo", **inline)
    _, _, returned, _ = collect(response)
    call = returned["invocationInputs"][0]["functionInvocationInput"] if returned else {}
    check(call.get("function") == "getWeather" and "agentId" not in call, f"inline return of control: {returned!r}")
    response = runtime.invoke_inline_agent(
        sessionId="inline-session",
        inlineSessionState={
            "invocationId": returned["invocationId"],
            "returnControlInvocationResults": [{"functionResult": {
                "actionGroup": "weather", "function": "getWeather",
                "responseBody": {"TEXT": {"body": "snow in Oslo"}},
            }}],
        },
        **inline,
    )
    text, _, returned, _ = collect(response)
    check(returned is None and "snow in Oslo" in text, f"inline answer from the results: {text!r}")
    try:
        runtime.invoke_inline_agent(sessionId="inline-other", inputText="hi", **{**inline, "knowledgeBases": [
            {"knowledgeBaseId": "NOSUCHKB00", "description": "missing"}]})
        fail("an unknown knowledge base was accepted")
    except runtime.exceptions.ResourceNotFoundException:
        pass

    control = boto3.client("bedrock-agent", endpoint_url=url, region_name="us-east-1")
    agents = control.list_agents()["agentSummaries"]
    check(any(summary["agentId"] == agent for summary in agents), f"list_agents: {agents!r}")
    status = control.get_agent(agentId=agent)["agent"]["agentStatus"]
    check(status == "PREPARED", f"agent status: {status}")
    done()


main()
