"""boto3 as an independent client of the emulator's runtime service: InvokeModel,
InvokeModelWithResponseStream, Converse and ConverseStream must parse (botocore's REST-JSON and
event-stream parsers), agree with each other, and surface stream faults as errors.

Usage: boto3_streams.py URL [EXCEPTION_URL [CUT_URL]]
  URL            an emulator without faults
  EXCEPTION_URL  an emulator started with --fault-stream-exception 1
  CUT_URL        an emulator started with --fault-stream-cut 1
Credentials come from the environment (dummy values are fine). Exits 1 with a message on the
first mismatch.
"""

import json
import sys

import boto3
import botocore.config
import botocore.exceptions
import urllib3.exceptions

from checks import check, done, fail  # noqa: E402  (the sibling module)

CLAUDE = "anthropic.claude-3-haiku-20240307-v1:0"
CLAUDE_PROFILE = "us.anthropic.claude-3-haiku-20240307-v1:0"
TITAN = "amazon.titan-text-express-v1"
PROMPT = "Tell me about rivers"


def client(url):
    config = botocore.config.Config(retries={"max_attempts": 1, "mode": "standard"}, read_timeout=30)
    return boto3.client("bedrock-runtime", region_name="us-east-1", endpoint_url=url, config=config)


def messages_body(text, max_tokens=200):
    return json.dumps(
        {
            "anthropic_version": "bedrock-2023-05-31",
            "max_tokens": max_tokens,
            "messages": [{"role": "user", "content": [{"type": "text", "text": text}]}],
        }
    )


def converse_messages(text):
    return [{"role": "user", "content": [{"text": text}]}]


def stream_chunks(response):
    """The decoded chunk documents of an InvokeModelWithResponseStream response."""
    chunks = []
    for event in response["body"]:
        check("chunk" in event, f"unexpected stream event {event}")
        chunks.append(json.loads(event["chunk"]["bytes"]))
    return chunks


def invoke_titan(runtime):
    body = json.dumps({"inputText": PROMPT, "textGenerationConfig": {"maxTokenCount": 10}})
    response = runtime.invoke_model(modelId=TITAN, body=body, contentType="application/json", accept="application/json")
    check(response["contentType"] == "application/json", f"Titan content type {response['contentType']}")
    headers = response["ResponseMetadata"]["HTTPHeaders"]
    check(headers.get("x-amzn-bedrock-input-token-count") == "4", f"Titan input token header {headers}")
    check(headers.get("x-amzn-bedrock-output-token-count") == "10", f"Titan output token header {headers}")
    check("x-amzn-bedrock-invocation-latency" in headers, "Titan latency header missing")
    document = json.loads(response["body"].read())
    result = document["results"][0]
    check(document["inputTextTokenCount"] == 4, f"Titan inputTextTokenCount {document}")
    check(result["tokenCount"] == 10 and len(result["outputText"].split()) == 10, f"Titan max tokens {document}")
    check(result["completionReason"] == "LENGTH", f"Titan completionReason {document}")
    check(result["outputText"].startswith("Rivers "), f"Titan text does not echo the prompt: {result}")
    return result["outputText"]


def invoke_claude(runtime):
    response = runtime.invoke_model(modelId=CLAUDE, body=messages_body(PROMPT))
    document = json.loads(response["body"].read())
    check(document["type"] == "message" and document["role"] == "assistant", f"Claude shape {document}")
    check(document["content"][0]["type"] == "text", f"Claude content {document}")
    check(document["stop_reason"] == "end_turn", f"Claude stop reason {document}")
    check(document["usage"]["input_tokens"] == 4, f"Claude usage {document}")
    text = document["content"][0]["text"]
    check(document["usage"]["output_tokens"] == len(text.split()), f"Claude output tokens {document}")
    return document


def stream_claude(runtime, invoked):
    response = runtime.invoke_model_with_response_stream(modelId=CLAUDE_PROFILE, body=messages_body(PROMPT))
    check(response["contentType"] == "application/json", f"stream content type {response['contentType']}")
    chunks = stream_chunks(response)
    types = [chunk["type"] for chunk in chunks]
    check(types[:2] == ["message_start", "content_block_start"], f"stream starts with {types[:2]}")
    check(types[-3:] == ["content_block_stop", "message_delta", "message_stop"], f"stream ends with {types[-3:]}")
    text = "".join(chunk["delta"]["text"] for chunk in chunks if chunk["type"] == "content_block_delta")
    check(text == invoked["content"][0]["text"], f"streamed text {text!r} differs from invoked text")
    deltas = types.count("content_block_delta")
    check(deltas == invoked["usage"]["output_tokens"], f"{deltas} deltas, not one per token")
    metrics = chunks[-1].get("amazon-bedrock-invocationMetrics")
    check(metrics is not None, f"no invocation metrics in the last chunk {chunks[-1]}")
    check(metrics["inputTokenCount"] == 4, f"metrics {metrics}")
    check(metrics["outputTokenCount"] == invoked["usage"]["output_tokens"], f"metrics {metrics}")
    check(metrics["invocationLatency"] >= metrics["firstByteLatency"] > 0, f"metrics {metrics}")


def converse_text(runtime, invoked):
    response = runtime.converse(
        modelId=CLAUDE, messages=converse_messages(PROMPT), inferenceConfig={"maxTokens": 200}
    )
    message = response["output"]["message"]
    check(message["role"] == "assistant", f"converse role {message}")
    text = message["content"][0]["text"]
    check(text == invoked["content"][0]["text"], f"converse text {text!r} differs from InvokeModel")
    check(response["stopReason"] == "end_turn", f"converse stopReason {response['stopReason']}")
    usage = response["usage"]
    check(usage["inputTokens"] == 4 and usage["outputTokens"] == len(text.split()), f"converse usage {usage}")
    check(usage["totalTokens"] == usage["inputTokens"] + usage["outputTokens"], f"converse usage {usage}")
    check(response["metrics"]["latencyMs"] > 0, f"converse metrics {response['metrics']}")
    limited = runtime.converse(
        modelId=CLAUDE,
        messages=converse_messages(PROMPT),
        inferenceConfig={"maxTokens": 3},
    )
    check(limited["stopReason"] == "max_tokens", f"max tokens stopReason {limited['stopReason']}")
    check(limited["usage"]["outputTokens"] == 3, f"max tokens usage {limited['usage']}")
    return response


def converse_events(runtime, **request):
    response = runtime.converse_stream(**request)
    return [(name, payload) for event in response["stream"] for name, payload in event.items()]


def converse_stream_text(runtime, conversed):
    events = converse_events(
        runtime, modelId=CLAUDE, messages=converse_messages(PROMPT), inferenceConfig={"maxTokens": 200}
    )
    names = [name for name, _ in events]
    check(names[0] == "messageStart", f"converse stream starts with {names[0]}")
    check(names[-3:] == ["contentBlockStop", "messageStop", "metadata"], f"converse stream ends with {names[-3:]}")
    check(set(names[1:-3]) == {"contentBlockDelta"}, f"converse stream middle {set(names[1:-3])}")
    check(events[0][1]["role"] == "assistant", f"messageStart {events[0]}")
    text = "".join(payload["delta"]["text"] for name, payload in events if name == "contentBlockDelta")
    expected = conversed["output"]["message"]["content"][0]["text"]
    check(text == expected, f"converse stream text {text!r} differs from converse {expected!r}")
    check(events[-2][1]["stopReason"] == conversed["stopReason"], f"messageStop {events[-2]}")
    metadata = events[-1][1]
    check(metadata["usage"] == conversed["usage"], f"metadata usage {metadata['usage']} vs {conversed['usage']}")
    check(metadata["metrics"]["latencyMs"] > 0, f"metadata metrics {metadata}")


WEATHER_TOOLS = {
    "tools": [
        {
            "toolSpec": {
                "name": "get_weather",
                "description": "Weather for a city",
                "inputSchema": {
                    "json": {
                        "type": "object",
                        "properties": {
                            "city": {"type": "string"},
                            "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
                        },
                        "required": ["city", "unit"],
                    }
                },
            }
        }
    ],
    "toolChoice": {"any": {}},
}


def tool_round_trip(runtime):
    question = "What is the weather in Paris in fahrenheit?"
    first = runtime.converse(modelId=CLAUDE, messages=converse_messages(question), toolConfig=WEATHER_TOOLS)
    check(first["stopReason"] == "tool_use", f"tool stopReason {first['stopReason']}")
    tool_use = first["output"]["message"]["content"][0]["toolUse"]
    check(tool_use["name"] == "get_weather", f"tool name {tool_use}")
    check(tool_use["toolUseId"].startswith("tooluse_"), f"tool use id {tool_use}")
    check(tool_use["input"]["unit"] == "fahrenheit", f"enum value from the prompt {tool_use}")
    check("Paris" in tool_use["input"]["city"], f"string from the prompt {tool_use}")

    events = converse_events(runtime, modelId=CLAUDE, messages=converse_messages(question), toolConfig=WEATHER_TOOLS)
    starts = [payload for name, payload in events if name == "contentBlockStart"]
    check(len(starts) == 1 and starts[0]["start"]["toolUse"]["name"] == "get_weather", f"tool start {starts}")
    check(starts[0]["start"]["toolUse"]["toolUseId"] == tool_use["toolUseId"], "streamed tool use id differs")
    streamed_input = "".join(
        payload["delta"]["toolUse"]["input"] for name, payload in events if name == "contentBlockDelta"
    )
    check(json.loads(streamed_input) == tool_use["input"], f"streamed tool input {streamed_input}")

    history = converse_messages(question) + [
        {"role": "assistant", "content": [{"toolUse": tool_use}]},
        {
            "role": "user",
            "content": [
                {
                    "toolResult": {
                        "toolUseId": tool_use["toolUseId"],
                        "content": [{"text": "sunny and 75 degrees"}],
                        "status": "success",
                    }
                }
            ],
        },
    ]
    auto_tools = {"tools": WEATHER_TOOLS["tools"]}
    answer = runtime.converse(modelId=CLAUDE, messages=history, toolConfig=auto_tools)
    text = answer["output"]["message"]["content"][0]["text"]
    check(answer["stopReason"] == "end_turn", f"answer stopReason {answer['stopReason']}")
    check("sunny and 75 degrees" in text, f"the answer does not quote the tool result: {text!r}")


def client_errors(runtime):
    try:
        runtime.invoke_model(modelId="acme.nothing-v1", body=json.dumps({"inputText": "x"}))
        fail("an unknown model was accepted")
    except botocore.exceptions.ClientError as error:
        check(error.response["Error"]["Code"] == "ValidationException", f"unknown model error {error.response}")
        check(error.response["Error"]["Message"] == "The provided model identifier is invalid.", str(error))
    try:
        runtime.converse(
            modelId=CLAUDE,
            messages=[{"role": "assistant", "content": [{"text": "Hello"}]}],
        )
        fail("a conversation starting with the assistant was accepted")
    except botocore.exceptions.ClientError as error:
        check(error.response["Error"]["Code"] == "ValidationException", f"role error {error.response}")
        check("must start with a user message" in error.response["Error"]["Message"], str(error))


def stream_exception(url):
    runtime = client(url)
    response = runtime.invoke_model_with_response_stream(modelId=CLAUDE, body=messages_body(PROMPT))
    received = 0
    try:
        for event in response["body"]:
            check("chunk" in event, f"unexpected event {event}")
            received += 1
        fail("an exception frame did not raise")
    except botocore.exceptions.EventStreamError as error:
        check(error.response["Error"]["Code"] == "modelStreamErrorException", f"exception code {error.response}")
        check(error.response["Error"]["Message"] == "The model stream was interrupted.", str(error))
    check(received > 0, "no chunk arrived before the exception")
    try:
        for _ in runtime.converse_stream(modelId=CLAUDE, messages=converse_messages(PROMPT))["stream"]:
            pass
        fail("an exception frame in ConverseStream did not raise")
    except botocore.exceptions.EventStreamError as error:
        check(error.response["Error"]["Code"] == "modelStreamErrorException", f"converse exception {error.response}")


def stream_cut(url):
    runtime = client(url)
    response = runtime.invoke_model_with_response_stream(modelId=CLAUDE, body=messages_body(PROMPT))
    received = 0
    try:
        for _ in response["body"]:
            received += 1
        fail("a cut stream ended cleanly")
    except (urllib3.exceptions.HTTPError, botocore.exceptions.BotoCoreError, OSError) as error:
        check("EventStream" not in type(error).__name__, f"a cut stream raised {error!r}")
    check(received > 0, "no chunk arrived before the cut")


def main():
    if len(sys.argv) < 2:
        fail("usage: boto3_streams.py URL [EXCEPTION_URL [CUT_URL]]")
    runtime = client(sys.argv[1])
    invoke_titan(runtime)
    invoked = invoke_claude(runtime)
    stream_claude(runtime, invoked)
    conversed = converse_text(runtime, invoked)
    converse_stream_text(runtime, conversed)
    tool_round_trip(runtime)
    client_errors(runtime)
    if len(sys.argv) > 2:
        stream_exception(sys.argv[2])
    if len(sys.argv) > 3:
        stream_cut(sys.argv[3])
    done()


if __name__ == "__main__":
    main()
