"""What the boto3 scripts share: `check` a condition (counted), `fail` with a message naming the
script (exit 1), and `done` printing how many checks passed."""

import os
import sys

count = 0


def fail(message):
    print(f"{os.path.basename(sys.argv[0])}: {message}", file=sys.stderr)
    sys.exit(1)


def check(condition, message):
    global count
    if not condition:
        fail(message)
    count += 1


def done():
    print(f"ok: {count} checks")
