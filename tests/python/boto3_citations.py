"""boto3 as an independent client of the emulator's Converse citations: documents with
citations enabled (bytes, source.text, source.content) must come back as citationsContent
blocks that botocore parses, whose locations point at the quoted text; ConverseStream's
citation deltas must parse and agree with the Converse answer; a model that does not cite is
refused with a ValidationException.

Usage: boto3_citations.py URL
Credentials come from the environment (dummy values are fine). Exits 1 with a message on the
first mismatch.
"""

import sys

import boto3
import botocore.config
import botocore.exceptions

from checks import check, done, fail  # noqa: E402  (the sibling module)

CITING = "us.anthropic.claude-sonnet-4-20250514-v1:0"
NOT_CITING = "anthropic.claude-3-haiku-20240307-v1:0"
MANUAL = "# Pump manual\nThe pump needs service every year.\nIt runs on mains power.\n"
VALVES = ["Valves need service every month.", "Valves are made of brass."]
FILTERS = "Filters need service every week. They are cheap."
PROMPT = "How often do the parts need service?"


def client(url):
    config = botocore.config.Config(retries={"max_attempts": 1, "mode": "standard"}, read_timeout=30)
    return boto3.client("bedrock-runtime", region_name="us-east-1", endpoint_url=url, config=config)


def messages():
    enabled = {"enabled": True}
    return [
        {
            "role": "user",
            "content": [
                {"document": {"format": "md", "name": "manual", "citations": enabled,
                              "source": {"bytes": MANUAL.encode()}}},
                {"document": {"format": "txt", "name": "valves", "citations": enabled,
                              "source": {"content": [{"text": text} for text in VALVES]}}},
                {"document": {"format": "txt", "name": "filters", "citations": enabled,
                              "source": {"text": FILTERS}}},
                {"text": PROMPT},
            ],
        }
    ]


def located(citation):
    """The text a citation's location points at."""
    location = citation["location"]
    if "documentChar" in location:
        at = location["documentChar"]
        text = {0: MANUAL, 2: FILTERS}[at["documentIndex"]]
        return text[at["start"]:at["end"]]
    if "documentChunk" in location:
        at = location["documentChunk"]
        check(at["documentIndex"] == 1, f"chunk location of document {at}")
        return " ".join(VALVES[at["start"]:at["end"]])
    fail(f"unexpected location {location}")


def converse(runtime):
    answer = runtime.converse(modelId=CITING, messages=messages())
    content = answer["output"]["message"]["content"]
    cited = [block["citationsContent"] for block in content if "citationsContent" in block]
    check(len(cited) == 3, f"expected three cited passages: {content}")
    titles = []
    for block in cited:
        citation = block["citations"][0]
        titles.append(citation["title"])
        quoted = citation["sourceContent"][0]["text"]
        check(located(citation) == quoted, f"{citation['location']} does not point at {quoted!r}")
        check(block["content"][0]["text"].strip() == " ".join(quoted.split()), f"the answer does not quote {quoted!r}")
    check(titles == ["manual", "valves", "filters"], f"cited documents {titles}")
    text = "".join(
        block.get("text", "") + "".join(part["text"] for part in block.get("citationsContent", {}).get("content", []))
        for block in content
    )
    return text, cited


def converse_stream(runtime, text, cited):
    response = runtime.converse_stream(modelId=CITING, messages=messages())
    streamed = ""
    citations = []
    for event in response["stream"]:
        delta = event.get("contentBlockDelta", {}).get("delta", {})
        streamed += delta.get("text", "")
        if "citation" in delta:
            citations.append(delta["citation"])
    check(streamed == text, f"streamed text {streamed!r} differs from {text!r}")
    expected = [block["citations"][0] for block in cited]
    check(citations == expected, f"streamed citations {citations} differ from {expected}")


def refused(runtime):
    try:
        runtime.converse(modelId=NOT_CITING, messages=messages())
        fail("a model that does not cite accepted citations")
    except botocore.exceptions.ClientError as error:
        check(error.response["Error"]["Code"] == "ValidationException", f"error {error.response}")
        check("doesn't support citations" in error.response["Error"]["Message"], str(error))


def main():
    if len(sys.argv) < 2:
        fail("usage: boto3_citations.py URL")
    runtime = client(sys.argv[1])
    text, cited = converse(runtime)
    converse_stream(runtime, text, cited)
    refused(runtime)
    done()


if __name__ == "__main__":
    main()
