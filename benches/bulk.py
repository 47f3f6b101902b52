#!/usr/bin/env python3
"""Bulk invocation benchmark (issue: scale), run by hand.

Against one emulator with a fixed latency per request (default 50 ms), in one run:
  - `bedrock invoke MODEL --input FILE --concurrency C` for C in 1, 8, 32, 128: requests/s and the
    ratio to the ideal rate C / latency;
  - a Python thread pool of C workers calling boto3 invoke_model on the same lines (the same work
    a script would do), requests/s;
  - peak RSS of `bedrock invoke --input` for 10k and 1M lines (at --latency 0, concurrency 64),
    measured by /usr/bin/time (see rss.py);
  - throttling (issue: scale that survives real quotas): 2,000 lines at 32 in flight with 5% of
    requests throttled at random (`--fault-throttle 0.05`), as a ratio to the ideal rate; and a
    run under a tokens-per-minute quota (`--tokens-per-minute`, run with `--tpm auto`) long enough
    to need several minutes of it, as the tokens per minute sustained over the quota and the
    throttled share of attempts. The CLI's stderr is a pseudo-terminal, so it prints its summary
    line (answered, throttled, tokens), which is where the throttle counts come from.
Prints Markdown tables.

Usage: cargo build --release && bash .ci/python-env &&
       .venv/bin/python benches/bulk.py [--latency 50] [--seconds 5] [--rss-lines 10000,1000000]
                                        [--quota-minutes 3] [--skip-plain]
"""

import argparse
import concurrent.futures
import json
import os
import platform
import pty
import re
import subprocess
import threading
import sys
import tempfile
import time

from binary import release_binary
from rss import read_kib, wrapped

BEDROCK = release_binary()
MODEL = "amazon.titan-text-express-v1"


def environment(home):
    return {
        "PATH": os.environ.get("PATH", ""), "HOME": home,
        "AWS_CONFIG_FILE": os.path.join(home, "none"), "AWS_SHARED_CREDENTIALS_FILE": os.path.join(home, "none"),
        "AWS_EC2_METADATA_DISABLED": "true", "AWS_ACCESS_KEY_ID": "AKIDBENCHMARK0000000",
        "AWS_SECRET_ACCESS_KEY": "benchmark-secret", "AWS_REGION": "us-east-1", "AWS_DEFAULT_REGION": "us-east-1",
        "BEDROCK_CONFIG": os.path.join(home, "none.toml"),
    }


def start_emulator(env, latency):
    # Quotas far above what the runs use: these runs measure the CLI, not the token quotas (the
    # default of 200,000 tokens a minute would pace a million lines to most of an hour).
    process = subprocess.Popen([BEDROCK, "emulator", "--port", "0", "--latency", str(latency),
                                "--tokens-per-minute", "1000000000", "--tokens-per-day", "1000000000000"], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    return process, process.stdout.readline().strip()


def write_lines(path, count):
    with open(path, "w") as file:
        for number in range(1, count + 1):
            file.write(json.dumps(f"Describe mountain {number}") + "\n")


def run_cli(url, env, path, concurrency):
    command = [BEDROCK, "--endpoint-url", url, "invoke", MODEL, "--max-tokens", "8",
               "--concurrency", str(concurrency), "--input", path]
    rss_path = path + ".rss"
    started = time.perf_counter()
    process = subprocess.Popen(wrapped(command, rss_path), env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    lines = sum(1 for _ in process.stdout)
    status = process.wait()
    elapsed = time.perf_counter() - started
    if status != 0:
        sys.exit(f"bedrock invoke --input failed: {process.stderr.read().decode()}")
    return elapsed, lines, read_kib(rss_path) / 1024


def run_cli_with_summary(url, env, path, concurrency, extra):
    """Run `bedrock invoke --input` with stderr on a pseudo-terminal; returns elapsed seconds, result
    lines, peak RSS MiB and the numbers of its summary line (answered, throttled, tokens)."""
    command = [BEDROCK, "--endpoint-url", url, "invoke", MODEL, "--max-tokens", "8",
               "--concurrency", str(concurrency), "--input", path, *extra]
    rss_path = path + ".rss"
    master, slave = pty.openpty()
    started = time.perf_counter()
    process = subprocess.Popen(wrapped(command, rss_path), env=env, stdout=subprocess.PIPE, stderr=slave)
    os.close(slave)
    chunks = []

    def drain():
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                return
            if not chunk:
                return
            chunks.append(chunk)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    # When each result line arrived and the tokens it reports (results come in input order, each
    # as soon as it and the lines before it are answered).
    arrivals = []
    for line in process.stdout:
        usage = json.loads(line).get("usage") or {}
        arrivals.append((time.perf_counter() - started, (usage.get("inputTokens") or 0) + (usage.get("outputTokens") or 0)))
    lines = len(arrivals)
    status = process.wait()
    elapsed = time.perf_counter() - started
    reader.join(timeout=5)
    os.close(master)
    text = b"".join(chunks).decode(errors="replace")
    if status != 0:
        sys.exit(f"bedrock invoke --input failed ({status}): {text[-2000:]}")
    summary = re.findall(r"(\d+) lines answered, (\d+) errors, (\d+) tokens(.*)", text)
    if not summary:
        sys.exit(f"no summary line on the terminal: {text[-2000:]}")
    answered, errors, tokens, rest = summary[-1]
    throttled = re.search(r"(\d+) throttled", rest)
    return (elapsed, lines, read_kib(rss_path) / 1024, int(answered), int(throttled.group(1)) if throttled else 0,
            int(tokens), arrivals)


def sustained_per_minute(arrivals, elapsed):
    """The mean of the tokens answered in every 60-second window that starts after the first
    minute (the service lets a whole quota through at once at the start) and ends before the run
    does: the rate a long run sustains."""
    starts = [60.0 + step for step in range(0, int(elapsed - 120.0) + 1)]
    if not starts:
        sys.exit(f"the quota run took {elapsed:.0f} s: it must last over 2 minutes (raise --quota-minutes)")
    sums = [sum(tokens for at, tokens in arrivals if start <= at < start + 60.0) for start in starts]
    return sum(sums) / len(sums)


def start_emulator_with(env, arguments):
    process = subprocess.Popen([BEDROCK, "emulator", "--port", "0", *arguments], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    return process, process.stdout.readline().strip()


def throttling_runs(env, home, latency, quota_minutes):
    rows = []
    # The same run without throttling, on the same machine at the same time: what the machine
    # gives (the ideal rate assumes the CLI and the emulator cost nothing).
    emulator, url = start_emulator_with(env, ["--latency", str(latency)])
    try:
        count = 2000
        path = os.path.join(home, "plain.jsonl")
        write_lines(path, count)
        elapsed, lines, rss, answered, throttled, _, _ = run_cli_with_summary(url, env, path, 32, [])
        rows.append(("no throttling, 32 in flight", count, lines / elapsed, lines / elapsed / (32 * 1000 / latency),
                     0.0, rss, None))
    finally:
        emulator.terminate()
        emulator.wait()
    emulator, url = start_emulator_with(env, ["--latency", str(latency), "--fault-throttle", "0.05", "--seed", "7"])
    try:
        count = 2000
        path = os.path.join(home, "throttled.jsonl")
        write_lines(path, count)
        elapsed, lines, rss, answered, throttled, _, _ = run_cli_with_summary(url, env, path, 32, [])
        if lines != count or answered != count:
            sys.exit(f"expected {count} answers, got {lines} lines, {answered} answered")
        ideal = 32 * 1000 / latency
        rows.append(("5% random throttling, 32 in flight", count, lines / elapsed, lines / elapsed / ideal,
                     throttled / (answered + throttled), rss, None))
    finally:
        emulator.terminate()
        emulator.wait()

    # Each line: about 3 words in, up to 8 tokens out. The quota is set so that the lines need
    # about `quota_minutes` minutes of it; the rate is the mean over the 60-second windows after
    # the first minute (see sustained_per_minute).
    quota = 20_000
    count = int(quota * quota_minutes / 11)
    emulator, url = start_emulator_with(env, ["--latency", str(latency), "--tokens-per-minute", f"{MODEL}={quota}"])
    try:
        path = os.path.join(home, "quota.jsonl")
        write_lines(path, count)
        elapsed, lines, rss, answered, throttled, tokens, arrivals = run_cli_with_summary(
            url, env, path, 32, ["--tpm", "auto"])
        if lines != count or answered != count:
            sys.exit(f"expected {count} answers, got {lines} lines, {answered} answered")
        per_minute = sustained_per_minute(arrivals, elapsed)
        rows.append((f"TPM quota {quota} (--tpm auto), 32 in flight", count, lines / elapsed, None,
                     throttled / (answered + throttled), rss, per_minute / quota))
    finally:
        emulator.terminate()
        emulator.wait()
    return rows


def run_boto3(url, prompts, concurrency):
    import boto3
    from botocore.config import Config
    client = boto3.client("bedrock-runtime", endpoint_url=url, region_name="us-east-1",
                          config=Config(max_pool_connections=max(concurrency, 10), retries={"max_attempts": 3}))

    def call(prompt):
        body = json.dumps({"inputText": prompt, "textGenerationConfig": {"maxTokenCount": 8}})
        response = client.invoke_model(modelId=MODEL, body=body)
        return json.loads(response["body"].read())["results"][0]["outputText"]

    started = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(max_workers=concurrency) as pool:
        answers = list(pool.map(call, prompts))
    return time.perf_counter() - started, len(answers)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--latency", type=int, default=50, help="emulator latency per request, ms")
    parser.add_argument("--seconds", type=float, default=5.0,
                        help="ideal length of each throughput run: lines = concurrency x seconds / latency, so that "
                             "start-up and the last in-flight requests do not dominate the rate")
    parser.add_argument("--concurrency", default="1,8,32,128")
    parser.add_argument("--rss-lines", default="10000,1000000")
    parser.add_argument("--quota-minutes", type=float, default=5.0,
                        help="minutes of the tokens-per-minute quota the quota run needs")
    parser.add_argument("--skip-plain", action="store_true", help="run only the throttling runs")
    args = parser.parse_args()
    if not os.path.exists(BEDROCK):
        sys.exit(f"{BEDROCK} is missing: run `cargo build --release` first")
    home = tempfile.mkdtemp(prefix="bedrock-bench-")
    env = environment(home)
    for key in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_REGION", "AWS_EC2_METADATA_DISABLED"):
        os.environ[key] = env[key]

    throttling = throttling_runs(env, home, args.latency, args.quota_minutes)
    rows = []
    emulator, url = start_emulator(env, args.latency)
    try:
        for concurrency in [] if args.skip_plain else [int(value) for value in args.concurrency.split(",")]:
            count = max(50, int(concurrency * args.seconds * 1000 / args.latency))
            path = os.path.join(home, f"lines-{count}.jsonl")
            write_lines(path, count)
            elapsed, lines, rss = run_cli(url, env, path, concurrency)
            if lines != count:
                sys.exit(f"expected {count} result lines, got {lines}")
            ideal = concurrency * 1000 / args.latency
            prompts = [f"Describe mountain {number}" for number in range(1, count + 1)]
            boto_elapsed, _ = run_boto3(url, prompts, concurrency)
            rows.append((concurrency, count, lines / elapsed, lines / elapsed / ideal, rss, count / boto_elapsed))
    finally:
        emulator.terminate()
        emulator.wait()

    rss_rows = []
    emulator, url = start_emulator(env, 0)
    try:
        for count in [] if args.skip_plain else [int(value) for value in args.rss_lines.split(",") if value]:
            path = os.path.join(home, f"rss-{count}.jsonl")
            write_lines(path, count)
            elapsed, lines, rss = run_cli(url, env, path, 64)
            if lines != count:
                sys.exit(f"expected {count} result lines, got {lines}")
            rss_rows.append((count, rss, lines / elapsed))
    finally:
        emulator.terminate()
        emulator.wait()

    version = subprocess.run([BEDROCK, "--version"], capture_output=True, text=True).stdout.strip()
    print(f"Machine: {platform.machine()}, {os.cpu_count()} cores; {platform.system()} {platform.release()}; {version}")
    print(f"Emulator latency {args.latency} ms per request; model {MODEL}, 8 tokens per answer.")
    print()
    print("| concurrency | lines | bedrock req/s | of ideal | bedrock peak RSS MiB | boto3 thread pool req/s | bedrock / boto3 |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for concurrency, count, rate, share, rss, boto in rows:
        print(f"| {concurrency} | {count} | {rate:.0f} | {share * 100:.0f}% | {rss:.1f} | {boto:.0f} | {rate / boto:.1f}x |")
    print()
    print("| lines (latency 0, concurrency 64) | peak RSS MiB | req/s |")
    print("|---:|---:|---:|")
    for count, rss, rate in rss_rows:
        print(f"| {count} | {rss:.1f} | {rate:.0f} |")
    print()
    print("| throttling | lines | req/s | of ideal req/s | throttled share of attempts | peak RSS MiB | of quota tokens/min |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, count, rate, share, throttled, rss, quota_share in throttling:
        share_text = f"{share * 100:.0f}%" if share is not None else "-"
        quota_text = f"{quota_share * 100:.0f}%" if quota_share is not None else "-"
        print(f"| {name} | {count} | {rate:.0f} | {share_text} | {throttled * 100:.1f}% | {rss:.1f} | {quota_text} |")


if __name__ == "__main__":
    main()
