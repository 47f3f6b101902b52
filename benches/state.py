"""The cost of one state change as the emulator's store fills up.

Starts `bedrock emulator --state FILE` (the release binary) and creates agents one after the
other over one keep-alive connection (CreateAgent has no count quota), timing each create. Prints
the median and 95th percentile milliseconds of the creates in windows of the store's size: a
store whose cost grows with its size shows it as rising figures. With --local-processes N it also
runs N concurrent `bedrock --local agents create` processes on one data directory and checks that
N distinct agents were created.

    python3 benches/state.py --resources 4000
"""

import argparse
import http.client
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

from binary import release_binary


def start_emulator(binary, state):
    process = subprocess.Popen(
        [binary, "emulator", "--port", "0", "--state", state],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    url = process.stdout.readline().strip()
    if not url.startswith("http://"):
        sys.exit(f"the emulator did not start: {url!r}")
    return process, url


def create(connection, index):
    body = json.dumps(
        {
            "agentName": f"bench-{index}",
            "foundationModel": "anthropic.claude-3-haiku-20240307-v1:0",
            "instruction": "You are a benchmark agent that answers questions about benchmarks.",
            "agentResourceRoleArn": "arn:aws:iam::123456789012:role/agent",
        }
    )
    started = time.perf_counter()
    connection.request("PUT", "/agents/", body, {"Content-Type": "application/json"})
    response = connection.getresponse()
    response.read()
    elapsed = time.perf_counter() - started
    if response.status not in (200, 202):
        sys.exit(f"create {index} answered {response.status}")
    return elapsed * 1000


def local_processes(binary, count):
    with tempfile.TemporaryDirectory() as home:
        env = {
            "PATH": os.environ.get("PATH", ""),
            "HOME": home,
            "BEDROCK_DATA_DIR": os.path.join(home, "data"),
            "AWS_EC2_METADATA_DISABLED": "true",
        }
        started = time.perf_counter()
        processes = [
            subprocess.Popen(
                [binary, "--local", "-o", "json", "agents", "create", "--name", f"local-{index}",
                 "--model", "claude-3-haiku", "--role-arn", "arn:aws:iam::123456789012:role/agent",
                 "--instruction", "You are a benchmark agent that answers questions about benchmarks."],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for index in range(count)
        ]
        ids = set()
        for process in processes:
            stdout, stderr = process.communicate()
            if process.returncode != 0:
                sys.exit(f"a --local create failed: {stderr}")
            ids.add(json.loads(stdout)["agent"]["agentId"])
        elapsed = time.perf_counter() - started
        listed = subprocess.run(
            [binary, "--local", "-o", "json", "agents", "list"], env=env, capture_output=True, text=True
        )
        summaries = json.loads(listed.stdout)["agentSummaries"]
        return len(ids), len(summaries), elapsed


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--resources", type=int, default=4000)
    parser.add_argument("--window", type=int, default=200)
    parser.add_argument("--local-processes", type=int, default=50)
    arguments = parser.parse_args()
    binary = release_binary()
    with tempfile.TemporaryDirectory() as directory:
        process, url = start_emulator(binary, os.path.join(directory, "state.db"))
        try:
            host = url.removeprefix("http://")
            connection = http.client.HTTPConnection(host)
            timings = [create(connection, index) for index in range(arguments.resources)]
        finally:
            process.kill()
            process.wait()
    print(f"`bedrock emulator --state` ({binary}), {arguments.resources} CreateAgent calls in a row\n")
    print("| resources stored before the create | median ms | p95 ms |")
    print("|---|---|---|")
    for start in range(0, arguments.resources, max(arguments.resources // 5, arguments.window)):
        window = sorted(timings[start : start + arguments.window])
        if not window:
            continue
        p95 = window[min(len(window) - 1, int(len(window) * 0.95))]
        print(f"| {start}–{start + len(window) - 1} | {statistics.median(window):.2f} | {p95:.2f} |")
    if arguments.local_processes:
        distinct, listed, elapsed = local_processes(binary, arguments.local_processes)
        print(
            f"\n{arguments.local_processes} concurrent `bedrock --local agents create` on one data dir: "
            f"{distinct} distinct ids, {listed} listed, {elapsed:.1f} s in all"
        )


if __name__ == "__main__":
    main()
