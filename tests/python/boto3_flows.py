"""boto3 as an independent client of the emulator's flows: a flow is created, validated,
prepared, versioned and aliased with the bedrock-agent client, and InvokeFlow's event stream
(flowOutputEvent, flowTraceEvent, flowCompletionEvent) must parse with botocore's event-stream
parser; a bad definition comes back with the service's validation types.

Usage: boto3_flows.py URL
  Exits 1 with a message on the first mismatch.
"""

import sys
import time

import boto3

from checks import check, done, fail  # noqa: E402  (the sibling module)

MODEL = "amazon.nova-lite-v1:0"


def data(name, source, output, target, target_input):
    return {"name": name, "type": "Data", "source": source, "target": target,
            "configuration": {"data": {"sourceOutput": output, "targetInput": target_input}}}


DEFINITION = {
    "nodes": [
        {"name": "Start", "type": "Input", "configuration": {"input": {}},
         "outputs": [{"name": "document", "type": "Object"}]},
        {"name": "Size", "type": "Condition",
         "configuration": {"condition": {"conditions": [
             {"name": "big", "expression": "count > 10"}, {"name": "default"}]}},
         "inputs": [{"name": "count", "type": "Number", "expression": "$.data.count"}]},
        {"name": "Write", "type": "Prompt",
         "configuration": {"prompt": {"sourceConfiguration": {"inline": {
             "templateType": "TEXT", "modelId": MODEL,
             "templateConfiguration": {"text": {"text": "Write a headline about {{topic}}."}}}}}},
         "inputs": [{"name": "topic", "type": "String", "expression": "$.data.topic"}],
         "outputs": [{"name": "modelCompletion", "type": "String"}]},
        {"name": "Headline", "type": "Output", "configuration": {"output": {}},
         "inputs": [{"name": "document", "type": "String", "expression": "$.data"}]},
        {"name": "Small", "type": "Output", "configuration": {"output": {}},
         "inputs": [{"name": "document", "type": "Number", "expression": "$.data.count"}]},
    ],
    "connections": [
        data("count", "Start", "document", "Size", "count"),
        data("topic", "Start", "document", "Write", "topic"),
        data("headline", "Write", "modelCompletion", "Headline", "document"),
        data("small", "Start", "document", "Small", "document"),
        {"name": "ifBig", "type": "Conditional", "source": "Size", "target": "Write",
         "configuration": {"conditional": {"condition": "big"}}},
        {"name": "ifSmall", "type": "Conditional", "source": "Size", "target": "Small",
         "configuration": {"conditional": {"condition": "default"}}},
    ],
}


def invoke(runtime, flow, alias, document, trace=False):
    response = runtime.invoke_flow(
        flowIdentifier=flow, flowAliasIdentifier=alias, enableTrace=trace,
        inputs=[{"nodeName": "Start", "nodeOutputName": "document", "content": {"document": document}}],
    )
    outputs, traces, completion = [], [], None
    for event in response["responseStream"]:
        if "flowOutputEvent" in event:
            output = event["flowOutputEvent"]
            outputs.append((output["nodeName"], output["nodeType"], output["content"]["document"]))
        elif "flowTraceEvent" in event:
            traces.append(event["flowTraceEvent"]["trace"])
        elif "flowCompletionEvent" in event:
            completion = event["flowCompletionEvent"]["completionReason"]
        else:
            fail(f"unexpected event {event!r}")
    return response, outputs, traces, completion


def main():
    url = sys.argv[1]
    agent = boto3.client("bedrock-agent", endpoint_url=url, region_name="us-east-1")
    runtime = boto3.client("bedrock-agent-runtime", endpoint_url=url, region_name="us-east-1")

    validations = agent.validate_flow_definition(definition=DEFINITION)["validations"]
    check(validations == [], f"validations of a good definition: {validations!r}")
    flow = agent.create_flow(
        name="headlines", executionRoleArn="arn:aws:iam::123456789012:role/flows", definition=DEFINITION,
    )
    check(flow["status"] == "NotPrepared", f"created status: {flow['status']}")
    flow_id = flow["id"]
    prepared = agent.prepare_flow(flowIdentifier=flow_id)
    check(prepared["status"] in ("Preparing", "Prepared"), f"prepare status: {prepared['status']}")
    for _ in range(100):
        status = agent.get_flow(flowIdentifier=flow_id)["status"]
        if status != "Preparing":
            break
        time.sleep(0.05)
    check(status == "Prepared", f"status after preparing: {status}")
    version = agent.create_flow_version(flowIdentifier=flow_id)
    check(version["version"] == "1", f"version: {version['version']}")
    alias = agent.create_flow_alias(
        flowIdentifier=flow_id, name="live", routingConfiguration=[{"flowVersion": version["version"]}],
    )
    aliases = agent.list_flow_aliases(flowIdentifier=flow_id)["flowAliasSummaries"]
    check([summary["id"] for summary in aliases] == [alias["id"]], f"aliases: {aliases!r}")

    response, outputs, traces, completion = invoke(runtime, flow_id, alias["id"], {"count": 42, "topic": "comets"}, True)
    check(response["executionId"], "an execution id header")
    check(completion == "SUCCESS", f"completion: {completion!r}")
    check(len(outputs) == 1 and outputs[0][0] == "Headline", f"outputs: {outputs!r}")
    check(outputs[0][1] == "FlowOutputNode", f"node type: {outputs[0][1]!r}")
    check(isinstance(outputs[0][2], str) and outputs[0][2], f"the model's headline: {outputs[0][2]!r}")
    kinds = {kind for trace in traces for kind in trace}
    for kind in ("nodeInputTrace", "nodeOutputTrace", "conditionNodeResultTrace", "nodeActionTrace"):
        check(kind in kinds, f"{kind} in traces {sorted(kinds)!r}")
    action = next(trace["nodeActionTrace"] for trace in traces if "nodeActionTrace" in trace)
    check(action["nodeName"] == "Write" and action["operationName"] == "Converse", f"action: {action!r}")

    _, outputs, traces, completion = invoke(runtime, flow_id, alias["arn"], {"count": 3, "topic": "comets"})
    check(outputs == [("Small", "FlowOutputNode", 3)], f"default branch outputs: {outputs!r}")
    check(traces == [] and completion == "SUCCESS", f"no traces unless asked: {traces!r}")

    try:
        runtime.invoke_flow(flowIdentifier=flow_id, flowAliasIdentifier="MISSING123",
                            inputs=[{"nodeName": "Start", "content": {"document": 1}}])
        fail("an unknown alias was invoked")
    except runtime.exceptions.ResourceNotFoundException as error:
        check("MISSING123" in str(error), f"not found message: {error}")

    bad = {"nodes": DEFINITION["nodes"][:1], "connections": [data("loose", "Start", "document", "Gone", "query")]}
    validations = agent.validate_flow_definition(definition=bad)["validations"]
    kinds = sorted(validation["type"] for validation in validations)
    check(kinds == ["MissingEndingNodes", "UnknownConnectionTarget"], f"bad definition: {kinds!r}")
    target = next(validation for validation in validations if validation["type"] == "UnknownConnectionTarget")
    check(target["details"]["unknownConnectionTarget"]["connection"] == "loose", f"details: {target!r}")
    done()


main()
