#!/usr/bin/env python3
"""Streaming benchmark (issue: runtime), run by hand.

Against one emulator, in one run:
  - throughput: a stream of N chunks (one word each; --max-tokens N) read to the end by
      `bedrock stream … -o json` (every chunk decoded and written as an NDJSON line), and
      `bedrock stream …` (text), and
      a boto3 script doing invoke_model_with_response_stream and decoding every chunk;
    reported as chunks/s and MB/s of event-stream bytes received.
  - time to first byte: wall time from spawning `bedrock stream` to its first byte on stdout,
    against the emulator's own time to first chunk measured by a raw HTTP client on an open
    connection (so the difference is what the CLI adds: process start, config, signing, decoding).

Usage: cargo build --release && bash .ci/python-env && .venv/bin/python benches/streaming.py [--chunks 100000]
"""

import argparse
import json
import os
import select
import statistics
import subprocess
import sys
import time
import http.client

from binary import ROOT, release_binary

BEDROCK = release_binary()
MODEL = "anthropic.claude-3-haiku-20240307-v1:0"


def environment(home):
    return {
        "PATH": os.environ.get("PATH", ""), "HOME": home,
        "AWS_CONFIG_FILE": os.path.join(home, "none"), "AWS_SHARED_CREDENTIALS_FILE": os.path.join(home, "none"),
        "AWS_EC2_METADATA_DISABLED": "true", "AWS_ACCESS_KEY_ID": "AKIDBENCHMARK0000000",
        "AWS_SECRET_ACCESS_KEY": "benchmark-secret", "AWS_REGION": "us-east-1", "AWS_DEFAULT_REGION": "us-east-1",
        "BEDROCK_CONFIG": os.path.join(home, "none.toml"),
    }


def body(chunks):
    return json.dumps({"anthropic_version": "bedrock-2023-05-31", "max_tokens": chunks,
                       "messages": [{"role": "user", "content": [{"type": "text", "text": f"Write {chunks} words"}]}]})


def cli_throughput(url, env, chunks, as_json):
    command = [BEDROCK, "--endpoint-url", url, "stream", MODEL, "--body", body(chunks)]
    if as_json:
        command[1:1] = ["-o", "json"]
    started = time.perf_counter()
    result = subprocess.run(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"bedrock stream failed: {result.stderr.decode()}")
    if as_json:
        # One NDJSON line per chunk (the message_start/stop events of the Messages API included).
        lines = result.stdout.count(b"\n")
        if lines < chunks:
            sys.exit(f"bedrock stream -o json printed {lines} lines for {chunks} chunks")
    return elapsed, len(result.stdout)


def boto3_throughput(url, chunks):
    import boto3
    client = boto3.client("bedrock-runtime", endpoint_url=url, region_name="us-east-1",
                          aws_access_key_id="AKIDBENCHMARK0000000", aws_secret_access_key="benchmark-secret")
    started = time.perf_counter()
    response = client.invoke_model_with_response_stream(modelId=MODEL, body=body(chunks))
    count = 0
    for event in response["body"]:
        json.loads(event["chunk"]["bytes"])
        count += 1
    if count < chunks:
        sys.exit(f"boto3 read {count} chunks, expected at least {chunks}")
    return time.perf_counter() - started, count


def wire_bytes(url, chunks):
    """Event-stream bytes of one stream, read raw."""
    host, port = url.replace("http://", "").split(":")
    connection = http.client.HTTPConnection(host, int(port))
    connection.request("POST", f"/model/{MODEL}/invoke-with-response-stream", body=body(chunks),
                       headers={"content-type": "application/json"})
    response = connection.getresponse()
    total = len(response.read())
    connection.close()
    return total


def raw_first_chunk(url, fresh=False):
    """A raw HTTP client's time to the first byte of a one-chunk stream: on an open connection,
    or (fresh) including opening the connection."""
    host, port = url.replace("http://", "").split(":")
    connection = http.client.HTTPConnection(host, int(port))
    if not fresh:
        connection.connect()
    started = time.perf_counter()
    connection.request("POST", f"/model/{MODEL}/invoke-with-response-stream", body=body(1),
                       headers={"content-type": "application/json"})
    response = connection.getresponse()
    response.read(1)
    elapsed = time.perf_counter() - started
    response.read()
    connection.close()
    return elapsed


def boto3_first_chunk(client):
    """boto3's time from the call to the first decoded chunk, its client made beforehand (a
    script's own view of time to first token; the connection is opened by the first call)."""
    started = time.perf_counter()
    response = client.invoke_model_with_response_stream(modelId=MODEL, body=body(1))
    for _ in response["body"]:
        break
    elapsed = time.perf_counter() - started
    for _ in response["body"]:
        pass
    return elapsed


def spawn_first_byte(command, env):
    """Wall time from spawning a command to its first byte on stdout."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    select.select([process.stdout], [], [])
    elapsed = time.perf_counter() - started
    process.stdout.read()
    process.wait()
    return elapsed


def cli_first_byte(url, env):
    return spawn_first_byte([BEDROCK, "--endpoint-url", url, "stream", MODEL, "--body", body(1)], env)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chunks", type=int, default=100000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--ttfb-runs", type=int, default=30)
    args = parser.parse_args()
    if not os.path.exists(BEDROCK):
        sys.exit(f"{BEDROCK} is missing: run `cargo build --release`")
    home = os.path.join(ROOT, "target", "bench-home")
    os.makedirs(home, exist_ok=True)
    env = environment(home)
    emulator = subprocess.Popen([BEDROCK, "emulator", "--port", "0"], env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, text=True)
    try:
        url = emulator.stdout.readline().strip()
        size = wire_bytes(url, args.chunks)
        rows = []
        for name, measure in [
            ("bedrock stream -o json (NDJSON)", lambda: cli_throughput(url, env, args.chunks, True)[0]),
            ("bedrock stream (text)", lambda: cli_throughput(url, env, args.chunks, False)[0]),
            ("boto3 invoke_model_with_response_stream", lambda: boto3_throughput(url, args.chunks)[0]),
        ]:
            times = [measure() for _ in range(args.runs)]
            median = statistics.median(times)
            rows.append((name, median, args.chunks / median, size / median / 1e6))
        raw, fresh, floor, cli = [], [], [], []
        for _ in range(args.ttfb_runs):  # interleaved, so that a busy moment hits every series alike
            raw.append(raw_first_chunk(url))
            fresh.append(raw_first_chunk(url, fresh=True))
            floor.append(spawn_first_byte(["/bin/echo", "x"], env))
            cli.append(cli_first_byte(url, env))
        # boto3 last: its clients grow this Python process, which slows every spawn after them.
        import boto3
        boto_first = []
        for _ in range(args.ttfb_runs):
            client = boto3.client("bedrock-runtime", endpoint_url=url, region_name="us-east-1",
                                  aws_access_key_id="AKIDBENCHMARK0000000", aws_secret_access_key="benchmark-secret")
            boto_first.append(boto3_first_chunk(client))
    finally:
        emulator.terminate()
        emulator.wait()

    print(f"Stream of {args.chunks} chunks, {size / 1e6:.1f} MB of event-stream bytes; median of {args.runs} runs")
    print()
    print("| reader | seconds | chunks/s | MB/s |")
    print("|---|---:|---:|---:|")
    for name, seconds, rate, megabytes in rows:
        print(f"| {name} | {seconds:.2f} | {rate:,.0f} | {megabytes:.1f} |")
    boto = rows[2][2]
    print()
    print(f"CLI (NDJSON) vs boto3 chunk rate: {rows[0][2] / boto:.1f}x; CLI (text) vs boto3: {rows[1][2] / boto:.1f}x")
    raw_ms, cli_ms = statistics.median(raw) * 1000, statistics.median(cli) * 1000
    fresh_ms, floor_ms = statistics.median(fresh) * 1000, statistics.median(floor) * 1000
    print()
    print(f"Time to first byte (median of {args.ttfb_runs}): emulator on an open connection {raw_ms:.2f} ms, "
          f"on a new connection {fresh_ms:.2f} ms; `bedrock stream` from process spawn {cli_ms:.2f} ms "
          f"(fastest {min(cli) * 1000:.2f} ms); **the CLI adds {cli_ms - raw_ms:.2f} ms**. "
          f"For scale: spawning `/bin/echo` to its first byte takes {floor_ms:.2f} ms; a boto3 client made "
          f"beforehand takes {statistics.median(boto_first) * 1000:.2f} ms from its call to the first chunk.")

if __name__ == "__main__":
    main()
