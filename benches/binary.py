"""Where the benchmarks find the release binary (a helper).

`.cargo/config.toml` builds for the host as a named target, so the binary is
target/<host tuple>/release/bedrock. BEDROCK_BIN names another binary to measure.
"""

import os
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def release_binary():
    if os.environ.get("BEDROCK_BIN"):
        return os.path.abspath(os.environ["BEDROCK_BIN"])
    host = subprocess.run(["rustc", "--print", "host-tuple"], capture_output=True, text=True).stdout.strip()
    return os.path.join(ROOT, "target", host, "release", "bedrock")
