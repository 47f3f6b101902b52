"""boto3 as an independent client of the emulator's asynchronous invocation: StartAsyncInvoke
for a Nova Reel video, GetAsyncInvoke polled until Completed, ListAsyncInvokes through botocore's
paginator, and the video read back through the emulator's S3 API (an MP4 file: `ftyp` first).

Usage: boto3_async.py URL
  URL  an emulator started with --s3-root DIR, where DIR holds the directory `reel-bucket`
Credentials come from the environment (dummy values are fine). Exits 1 with a message on the
first mismatch.
"""

import struct
import sys
import time

import boto3
import botocore.config
import botocore.exceptions

from checks import check, done, fail  # noqa: E402  (the sibling module)


def boxes(data):
    """The top-level boxes of an ISO BMFF file: [(type, content)]."""
    found, offset = [], 0
    while offset + 8 <= len(data):
        size, kind = struct.unpack(">I4s", data[offset : offset + 8])
        if size < 8 or offset + size > len(data):
            fail(f"box {kind!r} at {offset} overruns the file")
        found.append((kind.decode("latin-1"), data[offset + 8 : offset + size]))
        offset += size
    return found


def main():
    url = sys.argv[1]
    config = botocore.config.Config(retries={"max_attempts": 1}, s3={"addressing_style": "path"})
    runtime = boto3.client("bedrock-runtime", endpoint_url=url, region_name="us-east-1", config=config)
    s3 = boto3.client("s3", endpoint_url=url, region_name="us-east-1", config=config)

    started = runtime.start_async_invoke(
        modelId="amazon.nova-reel-v1:0",
        modelInput={
            "taskType": "TEXT_VIDEO",
            "textToVideoParams": {"text": "Waves rolling onto a quiet beach"},
            "videoGenerationConfig": {"durationSeconds": 6, "fps": 24, "dimension": "1280x720", "seed": 11},
        },
        outputDataConfig={"s3OutputDataConfig": {"s3Uri": "s3://reel-bucket/clips"}},
    )
    arn = started["invocationArn"]
    check(":async-invoke/" in arn, f"invocation ARN: {arn!r}")

    deadline = time.time() + 30
    while True:
        invocation = runtime.get_async_invoke(invocationArn=arn)
        if invocation["status"] != "InProgress" or time.time() > deadline:
            break
        time.sleep(0.2)
    check(invocation["status"] == "Completed", f"status: {invocation!r}")
    check(invocation["modelArn"].endswith("foundation-model/amazon.nova-reel-v1:0"), f"model: {invocation!r}")
    check(invocation["endTime"] >= invocation["submitTime"], f"times: {invocation!r}")
    check(invocation["clientRequestToken"], "botocore filled in the idempotency token")

    summaries = []
    for page in runtime.get_paginator("list_async_invokes").paginate(statusEquals="Completed"):
        summaries.extend(page["asyncInvokeSummaries"])
    check([summary["invocationArn"] for summary in summaries] == [arn], f"list: {summaries!r}")

    invocation_id = arn.rsplit("/", 1)[1]
    video = s3.get_object(Bucket="reel-bucket", Key=f"clips/{invocation_id}/output.mp4")["Body"].read()
    top = boxes(video)
    kinds = [kind for kind, _ in top]
    check(kinds[0] == "ftyp" and "moov" in kinds and "mdat" in kinds, f"boxes: {kinds!r}")
    listed = s3.list_objects_v2(Bucket="reel-bucket", Prefix=f"clips/{invocation_id}/")
    keys = sorted(item["Key"] for item in listed.get("Contents", []))
    check(keys == [f"clips/{invocation_id}/manifest.json", f"clips/{invocation_id}/output.mp4"], f"keys: {keys!r}")

    try:
        runtime.start_async_invoke(
            modelId="amazon.titan-text-express-v1",
            modelInput={"inputText": "hello"},
            outputDataConfig={"s3OutputDataConfig": {"s3Uri": "s3://reel-bucket/clips"}},
        )
        fail("a model without asynchronous invocation was accepted")
    except botocore.exceptions.ClientError as error:
        check(error.response["Error"]["Code"] == "ValidationException", f"error: {error.response!r}")

    done()


main()
