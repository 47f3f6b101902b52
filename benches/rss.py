"""Peak RSS of one command, measured so that the benchmark's own memory does not leak into it.

On Linux a child's ru_maxrss starts at its parent's resident size at fork (the high-water mark
of the old address space is kept across execve), so wait4() on a child of a Python process that
holds boto3 reports at least Python's own size. /usr/bin/time (Debian package `time`) is a small
parent: the figure it prints is the command's own peak.
"""

import os
import subprocess
import sys
import tempfile

TIME = "/usr/bin/time"


def wrapped(command, output_path):
    """`command` run under /usr/bin/time, writing the peak RSS in KiB to `output_path`."""
    if not os.path.exists(TIME):
        sys.exit(f"{TIME} is missing: apt-get install time (it measures peak RSS)")
    return [TIME, "-f", "%M", "-o", output_path, *command]


def read_kib(output_path):
    with open(output_path) as file:
        lines = [line.strip() for line in file if line.strip()]
    return int(lines[-1])


def peak_rss_mib(command, env, stdout=subprocess.DEVNULL):
    """Run `command` once and return its peak RSS in MiB."""
    with tempfile.NamedTemporaryFile(suffix=".rss", delete=False) as handle:
        path = handle.name
    try:
        result = subprocess.run(wrapped(command, path), env=env, stdout=stdout, stderr=subprocess.PIPE)
        if result.returncode != 0:
            sys.exit(f"{' '.join(command)} failed: {result.stderr.decode()}")
        return read_kib(path) / 1024
    finally:
        os.unlink(path)
