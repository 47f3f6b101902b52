#!/usr/bin/env python3
"""`bedrock batch run` of a large input through the emulator (issue: scale that survives real
quotas): 1,000,000 records by default, split into jobs of the service's default limits (50,000
records a job, 20 at once), uploaded to the emulator's S3 (a directory), processed by the
emulator's batch runner, and joined back in input order.

Reports the wall time, the number of jobs, the result lines (checked: one per input line, in
order), and the peak RSS of the CLI (/usr/bin/time) and of the emulator (also under
/usr/bin/time). Target (issue): CLI under 64 MB.

    cargo build --release
    python3 benches/batch.py [--records 1000000] [--job-seconds 1]
"""

import argparse
import json
import os
import platform
import shutil
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from binary import release_binary  # noqa: E402
from rss import TIME, read_kib, wrapped  # noqa: E402

BEDROCK = release_binary()
MODEL = "amazon.titan-text-express-v1"
ROLE = "arn:aws:iam::123456789012:role/Batch"


def environment(home):
    return {
        "PATH": os.environ.get("PATH", ""), "HOME": home,
        "AWS_CONFIG_FILE": os.path.join(home, "none"), "AWS_SHARED_CREDENTIALS_FILE": os.path.join(home, "none"),
        "AWS_EC2_METADATA_DISABLED": "true", "AWS_ACCESS_KEY_ID": "AKIDBENCHMARK0000000",
        "AWS_SECRET_ACCESS_KEY": "benchmark-secret", "AWS_REGION": "us-east-1",
        "BEDROCK_CONFIG": os.path.join(home, "none.toml"),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--job-seconds", default="1", help="emulator seconds per simulated job")
    args = parser.parse_args()
    if not os.path.exists(BEDROCK):
        sys.exit(f"{BEDROCK} is missing: run `cargo build --release` first")
    if not os.path.exists(TIME):
        sys.exit(f"{TIME} is missing: apt-get install time")
    home = tempfile.mkdtemp(prefix="bedrock-batch-bench-")
    env = environment(home)
    root = os.path.join(home, "s3")
    os.makedirs(os.path.join(root, "bench-data"))
    input_path = os.path.join(home, "prompts.jsonl")
    with open(input_path, "w") as file:
        for number in range(1, args.records + 1):
            file.write(json.dumps(f"Summarise record {number} in one line") + "\n")
    input_mib = os.path.getsize(input_path) / 2**20

    emulator_rss = os.path.join(home, "emulator.rss")
    emulator = subprocess.Popen(
        [TIME, "-f", "%M", "-o", emulator_rss, BEDROCK, "emulator", "--port", "0", "--s3-root", root,
         "--job-seconds", args.job_seconds],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, start_new_session=True)
    url = emulator.stdout.readline().strip()
    cli_rss = os.path.join(home, "cli.rss")
    command = [BEDROCK, "--endpoint-url", url, "batch", "run", input_path, "--model", MODEL, "--role-arn", ROLE,
               "--s3-uri", "s3://bench-data/run", "--max-tokens", "8"]
    try:
        started = time.perf_counter()
        process = subprocess.Popen(wrapped(command, cli_rss), env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        lines = 0
        in_order = True
        for line in process.stdout:
            lines += 1
            if lines % 99_991 == 1:
                expected = lines
                if json.loads(line)["id"] != expected:
                    in_order = False
        stderr = process.stderr.read().decode()
        status = process.wait()
        elapsed = time.perf_counter() - started
    finally:
        # SIGINT to the session's group: the emulator stops, /usr/bin/time writes its peak.
        os.killpg(emulator.pid, signal.SIGINT)
        emulator.wait()
    if status != 0:
        sys.exit(f"batch run failed ({status}): {stderr[-3000:]}")
    if lines != args.records or not in_order:
        sys.exit(f"expected {args.records} result lines in input order, got {lines} (in order: {in_order})")
    jobs = stderr.count("submitted job ")
    version = subprocess.run([BEDROCK, "--version"], capture_output=True, text=True).stdout.strip()
    print(f"Machine: {platform.machine()}, {os.cpu_count()} cores; {platform.system()} {platform.release()}; {version}")
    print(f"Input: {args.records} records ({input_mib:.0f} MiB); emulator jobs take {args.job_seconds} s each.")
    print()
    print("| records | jobs | wall s | records/s | CLI peak RSS MiB | emulator peak RSS MiB |")
    print("|---:|---:|---:|---:|---:|---:|")
    print(f"| {args.records} | {jobs} | {elapsed:.1f} | {args.records / elapsed:.0f} | "
          f"{read_kib(cli_rss) / 1024:.1f} | {read_kib(emulator_rss) / 1024:.1f} |")
    shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
