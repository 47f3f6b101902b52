"""The time the call log adds to one runtime call, and to a long stream.

Starts `bedrock emulator` and runs `bedrock converse nova-lite PROMPT` against it, alternating
runs with and without `--no-log` (so drift of the machine hits both alike), on one data directory
whose call log (calls.spool, moved into calls.db past 1 MiB) grows as the runs go. Prints the median and 95th percentile wall milliseconds of
each, and the difference of the medians: what logging costs a call (target: under 1 ms). A third
kind of run, with --debug, gives the time of the write itself from its "call log: … written in
N µs" line, free of the process noise that wall times carry on a loaded machine (its own wall
time is not counted: the debug output costs time of its own). Then the same for
`bedrock stream` of a --chunks long answer (100,000 chunks by default), whose log entry holds
the whole answer text.

    python3 benches/calllog.py --runs 100 --stream-runs 5
    BEDROCK_BIN=target/x86_64-unknown-linux-gnu/debug/bedrock python3 benches/calllog.py
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

from binary import release_binary


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--chunks", type=int, default=100000)
    parser.add_argument("--stream-runs", type=int, default=5)
    args = parser.parse_args()
    binary = release_binary()
    emulator = subprocess.Popen(
        [binary, "emulator", "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    url = emulator.stdout.readline().strip()
    if not url.startswith("http://"):
        sys.exit(f"the emulator did not start: {url!r}")
    timings = {"logged": [], "--no-log": []}
    writes = []
    try:
        with tempfile.TemporaryDirectory() as home:
            env = {
                "PATH": os.environ.get("PATH", ""),
                "HOME": home,
                "BEDROCK_DATA_DIR": os.path.join(home, "data"),
                "BEDROCK_CONFIG": os.path.join(home, "config.toml"),
                "AWS_REGION": "us-east-1",
                "AWS_ACCESS_KEY_ID": "AKIDBENCH",
                "AWS_SECRET_ACCESS_KEY": "benchsecret",
                "AWS_EC2_METADATA_DISABLED": "true",
                "AWS_CONFIG_FILE": os.path.join(home, "aws-config"),
                "AWS_SHARED_CREDENTIALS_FILE": os.path.join(home, "aws-credentials"),
            }
            base = [binary, "--endpoint-url", url, "converse", "nova-lite", "Say something short"]
            # Three kinds of run in turn: logged, not logged, and logged with --debug (whose
            # output costs time of its own, so it only gives the write's own time).
            for index in range(args.runs * 3 + 6):
                label = ("logged", "--no-log", "debug")[index % 3]
                command = {
                    "logged": base,
                    "--no-log": [binary, "--no-log"] + base[1:],
                    "debug": [binary, "--debug"] + base[1:],
                }[label]
                started = time.perf_counter()
                done = subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
                elapsed = (time.perf_counter() - started) * 1000
                if done.returncode != 0:
                    sys.exit(f"converse failed: {done.stderr.decode()}")
                if index < 6:  # the first runs create calls.db and warm the caches
                    continue
                if label != "debug":
                    timings[label].append(elapsed)
                else:
                    for line in done.stderr.decode().splitlines():
                        if "call log:" in line and " in " in line:
                            writes.append(int(line.rsplit(" in ", 1)[1].split()[0]) / 1000)
            # A long stream: the answer text of every chunk goes into the log entry.
            body = json.dumps({"anthropic_version": "bedrock-2023-05-31", "max_tokens": args.chunks,
                               "messages": [{"role": "user", "content": [{"type": "text", "text": f"Write {args.chunks} words"}]}]})
            stream = [binary, "--endpoint-url", url, "stream", "anthropic.claude-3-haiku-20240307-v1:0", "--body", body]
            for index in range(args.stream_runs * 2 + 2):
                label = "stream logged" if index % 2 == 0 else "stream --no-log"
                command = stream if label == "stream logged" else [binary, "--no-log"] + stream[1:]
                started = time.perf_counter()
                done = subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
                elapsed = (time.perf_counter() - started) * 1000
                if done.returncode != 0:
                    sys.exit(f"stream failed: {done.stderr.decode()}")
                if index >= 2:
                    timings.setdefault(label, []).append(elapsed)
    finally:
        emulator.kill()
        emulator.wait()
    print(f"binary: {binary}, {args.runs} runs each, alternating\n")
    print("| run | median ms | p95 ms |\n|---|---|---|")
    for label, values in timings.items():
        name = label if label.startswith("stream") else f"converse {label}"
        print(f"| {name} | {statistics.median(values):.2f} | {percentile(values, 0.95):.2f} |")
    added = statistics.median(timings["logged"]) - statistics.median(timings["--no-log"])
    print(f"\nthe log adds {added:.2f} ms at the median (wall, difference of medians)")
    if timings.get("stream logged") and timings.get("stream --no-log"):
        added = statistics.median(timings["stream logged"]) - statistics.median(timings["stream --no-log"])
        print(f"and {added:.2f} ms to a {args.chunks}-chunk stream (difference of medians)")
    if writes:
        print(f"the write itself: median {statistics.median(writes):.3f} ms, p95 {percentile(writes, 0.95):.3f} ms")


if __name__ == "__main__":
    main()
