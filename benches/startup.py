#!/usr/bin/env python3
"""Start-up and control-plane benchmark (issue: foundation), run by hand.

Measures, in one run on one machine, median wall time and peak RSS of:
  - bedrock --version
  - bedrock models list -o json        against a running emulator
  - bedrock api bedrock list-foundation-models (the model-driven path) against the same emulator
  - aws bedrock list-foundation-models against the same emulator (AWS CLI from .venv)
and prints a Markdown table with the ratios. Peak RSS is measured by /usr/bin/time in separate
runs (see rss.py: wait4() of a child of Python would report Python's own size).

Usage: cargo build --release && bash .ci/python-env && python3 benches/startup.py [--runs 30]
"""

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time

from binary import ROOT, release_binary
from rss import peak_rss_mib

BEDROCK = release_binary()
AWS = os.path.join(ROOT, ".venv", "bin", "aws")


def environment(home):
    return {
        "PATH": os.environ.get("PATH", ""),
        "HOME": home,
        "AWS_CONFIG_FILE": os.path.join(home, "none"),
        "AWS_SHARED_CREDENTIALS_FILE": os.path.join(home, "none"),
        "AWS_EC2_METADATA_DISABLED": "true",
        "AWS_ACCESS_KEY_ID": "AKIDBENCHMARK0000000",
        "AWS_SECRET_ACCESS_KEY": "benchmark-secret",
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_REGION": "us-east-1",
        "BEDROCK_CONFIG": os.path.join(home, "none.toml"),
    }


def measure(command, env, runs, warmup=2, rss_runs=3):
    """Median/min/p90 wall seconds over `runs` executions, and median peak RSS over `rss_runs`."""
    walls = []
    for index in range(warmup + runs):
        started = time.perf_counter()
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, _ = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            sys.exit(f"{' '.join(command)} failed with {process.returncode}: {process.stderr.read().decode()}")
        process.stderr.close()
        if index >= warmup:
            walls.append(elapsed)
    rss = [peak_rss_mib(command, env) for _ in range(rss_runs)]
    walls.sort()
    return {
        "median_ms": statistics.median(walls) * 1000,
        "min_ms": walls[0] * 1000,
        "p90_ms": walls[int(len(walls) * 0.9) - 1] * 1000,
        "rss_mib": statistics.median(rss),
        "runs": runs,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--aws-runs", type=int, default=10)
    parser.add_argument("--json", action="store_true", help="print the raw figures as JSON too")
    args = parser.parse_args()
    for path, hint in [(BEDROCK, "cargo build --release"), (AWS, "bash .ci/python-env")]:
        if not os.path.exists(path):
            sys.exit(f"{path} is missing: run `{hint}` first")

    home = os.path.join(ROOT, "target", "bench-home")
    os.makedirs(home, exist_ok=True)
    env = environment(home)
    emulator = subprocess.Popen([BEDROCK, "emulator", "--port", "0"], env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, text=True)
    try:
        url = emulator.stdout.readline().strip()
        results = {
            "bedrock --version": measure([BEDROCK, "--version"], env, args.runs),
            "bedrock models list -o json": measure(
                [BEDROCK, "--endpoint-url", url, "models", "list", "-o", "json"], env, args.runs),
            "bedrock api bedrock list-foundation-models": measure(
                [BEDROCK, "--endpoint-url", url, "-o", "json", "api", "bedrock", "list-foundation-models"], env,
                args.runs),
            "aws bedrock list-foundation-models": measure(
                [AWS, "bedrock", "list-foundation-models", "--endpoint-url", url, "--output", "json"], env,
                args.aws_runs),
        }
    finally:
        emulator.terminate()
        emulator.wait()

    aws_version = subprocess.run([AWS, "--version"], capture_output=True, text=True).stdout.strip() or \
        subprocess.run([AWS, "--version"], capture_output=True, text=True).stderr.strip()
    bedrock_version = subprocess.run([BEDROCK, "--version"], capture_output=True, text=True).stdout.strip()
    cpu = "unknown"
    try:
        with open("/proc/cpuinfo") as info:
            cpu = next(line.split(":", 1)[1].strip() for line in info if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    print(f"Machine: {platform.machine()}, {os.cpu_count()} cores, {cpu}; {platform.system()} {platform.release()}")
    print(f"Versions: {bedrock_version}; {aws_version}")
    print()
    print("| command | median ms | min ms | p90 ms | peak RSS MiB | runs |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, figures in results.items():
        print(f"| `{name}` | {figures['median_ms']:.1f} | {figures['min_ms']:.1f} | {figures['p90_ms']:.1f} "
              f"| {figures['rss_mib']:.1f} | {figures['runs']} |")
    ours = results["bedrock models list -o json"]
    theirs = results["aws bedrock list-foundation-models"]
    print()
    print(f"models list vs AWS CLI: {theirs['median_ms'] / ours['median_ms']:.1f}x faster (median wall), "
          f"{theirs['rss_mib'] / ours['rss_mib']:.1f}x less peak RSS")
    generic = results["bedrock api bedrock list-foundation-models"]
    print(f"bedrock api vs AWS CLI: {theirs['median_ms'] / generic['median_ms']:.1f}x faster (median wall); "
          f"bedrock api vs models list: {generic['median_ms'] - ours['median_ms']:+.2f} ms median "
          f"({generic['median_ms'] / ours['median_ms']:.2f}x), {generic['rss_mib'] - ours['rss_mib']:+.1f} MiB peak RSS")
    if args.json:
        print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
