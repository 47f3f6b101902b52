#!/usr/bin/env python3
"""Emulator throughput beside moto's server (issue #17's check), run by hand.

In one run, on this machine:
  - a control-plane read both serve, ListCustomModels (`GET /custom-models`, an empty list on
    both): the same SigV4-signed request (botocore's signer, computed once per server; the run
    lasts far less than the 15 minutes a signature's date is good for) sent N times by `wrk`
    (Debian's package) from C keep-alive connections, against
      `bedrock emulator` (which by default accepts any signature),
      `bedrock emulator --require-credentials KEY:SECRET` (which checks every signature again), and
      `moto_server` (moto[server] 5.2.5 from PyPI, its Werkzeug threaded server; moto checks no
      signature by default, and answers every request with `Connection: close`, so wrk opens a
      new connection for each of its requests: the table says which server kept connections);
    reported as requests/s, p50/p99 latency, errors (socket errors and answers of 400 or more),
    and the ratio emulator / moto;
  - a stream of 1,000 chunks: InvokeModelWithResponseStream (Claude 3 Haiku's Messages API,
    `max_tokens` 1000, which the emulator answers with one word per chunk), signed the same way,
    read to the end S times by `wrk` from C keep-alive connections, against the emulator only
    (moto has no Bedrock runtime): streams/s and chunks/s.
Before each load, one request of the same kind is read back with http.client and checked (status
200, the body's shape, the number of chunk frames of a stream), and a request with a wrong
signature must be refused by `--require-credentials` (so that the figure is one of checking).

The load generator is wrk (C, epoll, one event loop per thread) with a Lua script that sets the
method, the body and the signed headers and stops each thread after its share of N; a Python load
generator at 64 connections would measure itself. With --pin (the default on 2 or more cores),
the server runs on CPU 1 and wrk on CPU 0 (taskset), so that each has one core of its own and the
two servers get the same: moto's Python serves on one core at a time anyway (the GIL).

Setup (moto is not part of .ci; the bench runs by hand):
  cargo build --release
  apt-get install wrk
  python3 -m venv target/bench-venv && target/bench-venv/bin/pip install 'moto[server]==5.2.5'
  target/bench-venv/bin/python benches/emulator.py [--requests 20000] [--streams 2000]
                                                   [--connections 64] [--chunks 1000] [--no-pin]
MOTO_SERVER=path names another moto_server (default: beside this Python, else on PATH).
"""

import argparse
import http.client
import json
import os
import platform
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import time

from binary import ROOT, release_binary

BEDROCK = release_binary()
MODEL = "anthropic.claude-3-haiku-20240307-v1:0"
ACCESS_KEY = "AKIDBENCHMARK0000000"
SECRET_KEY = "benchmark-secret"
REGION = "us-east-1"
MOTO_VERSION = "5.2.5"

LUA = """
wrk.method = %(method)s
wrk.body = %(body)s
wrk.headers = {}
%(headers)s
local per_thread = %(per_thread)d
local answered = 0
function response(status, headers, body)
  answered = answered + 1
  if answered == per_thread then
    io.write("STOPPED\\n")
    io.flush()
    wrk.thread:stop()
  end
end
function done(summary, latency, requests)
  io.write(string.format("RESULT %%d %%d %%d %%d %%d %%d %%d %%d %%.1f %%.1f %%.1f\\n",
    summary.requests, summary.duration, summary.bytes, summary.errors.connect, summary.errors.read,
    summary.errors.write, summary.errors.status, summary.errors.timeout,
    latency:percentile(50.0), latency:percentile(99.0), latency.max))
end
"""


def lua_string(text):
    return json.dumps(text)  # a JSON string literal is a valid Lua string literal for ASCII text


def environment(home):
    return {
        "PATH": os.environ.get("PATH", ""), "HOME": home,
        "AWS_CONFIG_FILE": os.path.join(home, "none"), "AWS_SHARED_CREDENTIALS_FILE": os.path.join(home, "none"),
        "AWS_EC2_METADATA_DISABLED": "true", "AWS_ACCESS_KEY_ID": ACCESS_KEY,
        "AWS_SECRET_ACCESS_KEY": SECRET_KEY, "AWS_REGION": REGION, "AWS_DEFAULT_REGION": REGION,
        "BEDROCK_CONFIG": os.path.join(home, "none.toml"),
    }


def signed_headers(url, method, path, service, body=b"", content_type=None, secret=SECRET_KEY):
    """The headers of a SigV4-signed request (botocore's signer), Host included."""
    from botocore.auth import SigV4Auth
    from botocore.awsrequest import AWSRequest
    from botocore.credentials import Credentials
    headers = {"Content-Type": content_type} if content_type else {}
    request = AWSRequest(method=method, url=url + path, data=body, headers=headers)
    SigV4Auth(Credentials(ACCESS_KEY, secret), service, REGION).add_auth(request)
    return dict(request.headers.items())


def free_port():
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        return listener.getsockname()[1]


def wait_listening(port, process, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit(f"the server exited ({process.returncode}) before listening on port {port}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    sys.exit(f"nothing listens on port {port} after {seconds} s")


def pinned(command, cpu, pin):
    return ["taskset", "-c", str(cpu), *command] if pin else command


def start_emulator(env, pin, check_signatures):
    command = [BEDROCK, "emulator", "--port", "0",
               # Quotas far above what the runs use (the default of 2,000,000 tokens a minute for
               # Claude 3 Haiku would throttle the streams after a second).
               "--tokens-per-minute", "1000000000000", "--tokens-per-day", "1000000000000000"]
    if check_signatures:
        command += ["--require-credentials", f"{ACCESS_KEY}:{SECRET_KEY}"]
    process = subprocess.Popen(pinned(command, 1, pin), env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True)
    url = process.stdout.readline().strip()
    if not url.startswith("http://"):
        process.kill()
        sys.exit(f"the emulator printed {url!r} instead of its URL")
    return process, url


def moto_binary():
    if os.environ.get("MOTO_SERVER"):
        return os.environ["MOTO_SERVER"]
    beside = os.path.join(os.path.dirname(sys.executable), "moto_server")
    return beside if os.path.exists(beside) else shutil.which("moto_server")


def start_moto(env, pin):
    binary = moto_binary()
    if not binary:
        sys.exit(f"moto_server is missing: pip install 'moto[server]=={MOTO_VERSION}' (see the docstring)")
    port = free_port()
    process = subprocess.Popen(pinned([binary, "-H", "127.0.0.1", "-p", str(port)], 1, pin), env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_listening(port, process)
    return process, f"http://127.0.0.1:{port}"


def stop(process):
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def one_request(url, method, path, headers, body=b""):
    host, port = url.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=30)
    connection.request(method, path, body=body or None, headers=headers)
    response = connection.getresponse()
    data = response.read()
    connection.close()
    return response.status, data, response.getheader("connection", "").lower() != "close"


def event_frames(data):
    """The :event-type of every event-stream frame of a body."""
    types, offset = [], 0
    while offset + 12 <= len(data):
        total, header_length = struct.unpack_from(">II", data, offset)
        position, end = offset + 12, offset + 12 + header_length
        event_type = None
        while position < end:
            name_length = data[position]
            name = data[position + 1:position + 1 + name_length].decode()
            position += 1 + name_length
            kind = data[position]
            position += 1
            if kind != 7:  # the frames of this API carry string headers only
                sys.exit(f"unexpected event-stream header type {kind}")
            (value_length,) = struct.unpack_from(">H", data, position)
            value = data[position + 2:position + 2 + value_length].decode()
            position += 2 + value_length
            if name == ":event-type":
                event_type = value
        types.append(event_type)
        offset += total
    if offset != len(data):
        sys.exit(f"the stream's body ends inside a frame ({offset} of {len(data)} bytes)")
    return types


def run_wrk(url, path, method, headers, body, total, connections, threads, pin):
    """`wrk` sending `total` requests from `connections` keep-alive connections; returns the
    parsed summary."""
    lines = "\n".join(f"wrk.headers[{lua_string(name)}] = {lua_string(value)}"
                      for name, value in headers.items() if name.lower() not in ("host", "content-length"))
    script = LUA % {"method": lua_string(method), "body": lua_string(body.decode()) if body else "nil",
                    "headers": lines, "per_thread": max(1, total // threads)}
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as file:
        file.write(script)
    try:
        command = ["wrk", "-t", str(threads), "-c", str(connections), "-d", "600s", "--timeout", "30s",
                   "-s", file.name, url + path]
        # wrk's main thread sleeps for the whole -d; each thread says when it has its share, and
        # when all have, SIGINT ends the sleep (its summary's duration is then that moment, plus
        # the time this loop takes to react, well under a millisecond of runs of seconds).
        process = subprocess.Popen(pinned(command, 0, pin), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   text=True)
        output, stopped = [], 0
        for line in process.stdout:
            output.append(line)
            if line.strip() == "STOPPED":
                stopped += 1
                if stopped == threads:
                    process.send_signal(signal.SIGINT)
        status = process.wait()
        errors_text = process.stderr.read()
    finally:
        os.unlink(file.name)
    found = [line for line in output if line.startswith("RESULT ")]
    if status != 0 or not found:
        sys.exit(f"wrk failed ({status}): {''.join(output)}\n{errors_text}")
    fields = found[-1].split()[1:]
    requests, duration_us, received = int(fields[0]), int(fields[1]), int(fields[2])
    errors = sum(int(value) for value in fields[3:8])
    return {
        "requests": requests, "seconds": duration_us / 1e6, "rate": requests / (duration_us / 1e6),
        "bytes": received, "errors": errors, "p50_ms": float(fields[8]) / 1000,
        "p99_ms": float(fields[9]) / 1000, "max_ms": float(fields[10]) / 1000,
    }


def read_row(name, url, args, check):
    headers = signed_headers(url, "GET", "/custom-models", "bedrock")
    status, data, keep_alive = one_request(url, "GET", "/custom-models", headers)
    if status != 200 or json.loads(data).get("modelSummaries") != []:
        sys.exit(f"{name}: ListCustomModels answered {status} {data[:300]!r}")
    if check:
        wrong = signed_headers(url, "GET", "/custom-models", "bedrock", secret="not-the-secret")
        status, data, _ = one_request(url, "GET", "/custom-models", wrong)
        if status != 403:
            sys.exit(f"{name}: a wrong signature was answered {status} {data[:300]!r}, not refused")
    result = run_wrk(url, "/custom-models", "GET", headers, b"", args.requests, args.connections, args.threads,
                     args.pin)
    result["keep_alive"] = keep_alive
    return name, result


def stream_row(url, args):
    path = f"/model/{MODEL}/invoke-with-response-stream"
    body = json.dumps({"anthropic_version": "bedrock-2023-05-31", "max_tokens": args.chunks,
                       "messages": [{"role": "user", "content": [{"type": "text",
                                                                  "text": f"Write {args.chunks} words"}]}]}).encode()
    headers = signed_headers(url, "POST", path, "bedrock", body=body, content_type="application/json")
    status, data, _ = one_request(url, "POST", path, headers, body)
    if status != 200:
        sys.exit(f"the stream answered {status} {data[:300]!r}")
    frames = event_frames(data)
    chunks = sum(1 for kind in frames if kind == "chunk")
    if chunks < args.chunks or len(frames) != chunks:
        sys.exit(f"the stream had {chunks} chunk frames of {len(frames)} for max_tokens {args.chunks}")
    result = run_wrk(url, path, "POST", headers, body, args.streams, args.connections, args.threads, args.pin)
    expected = result["requests"] * len(data)
    if result["errors"] == 0 and result["bytes"] < expected:
        sys.exit(f"wrk read {result['bytes']} bytes of streams, fewer than {expected}")
    return chunks, len(data), result


def versions(env):
    bedrock = subprocess.run([BEDROCK, "--version"], capture_output=True, text=True, env=env).stdout.strip()
    wrk = subprocess.run(["wrk", "--version"], capture_output=True, text=True)
    wrk_version = (wrk.stdout or wrk.stderr).splitlines()[0].split(" [")[0]
    try:
        from importlib.metadata import version
        moto, werkzeug = version("moto"), version("werkzeug")
    except Exception:  # moto_server given by MOTO_SERVER, outside this Python
        moto, werkzeug = "unknown", "unknown"
    return bedrock, moto, werkzeug, wrk_version


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=20000, help="control-plane reads per server")
    parser.add_argument("--streams", type=int, default=2000, help="streams read")
    parser.add_argument("--chunks", type=int, default=1000, help="chunks per stream (max_tokens)")
    parser.add_argument("--connections", type=int, default=64, help="concurrent keep-alive clients")
    parser.add_argument("--threads", type=int, default=None, help="wrk threads (default: 1 pinned, else 2)")
    parser.add_argument("--no-pin", dest="pin", action="store_false",
                        help="do not pin the server to CPU 1 and wrk to CPU 0")
    args = parser.parse_args()
    if args.pin and (os.cpu_count() or 1) < 2:
        args.pin = False
    if args.threads is None:
        args.threads = 1 if args.pin else 2
    if not os.path.exists(BEDROCK):
        sys.exit(f"{BEDROCK} is missing: run `cargo build --release`")
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install wrk")
    home = os.path.join(ROOT, "target", "bench-home")
    os.makedirs(home, exist_ok=True)
    env = environment(home)

    rows = []
    for name, check in [("bedrock emulator", False), ("bedrock emulator --require-credentials", True)]:
        process, url = start_emulator(env, args.pin, check)
        try:
            rows.append(read_row(name, url, args, check))
            if not check:
                chunks, size, stream = stream_row(url, args)
        finally:
            stop(process)
    process, url = start_moto(env, args.pin)
    try:
        rows.append(read_row(f"moto_server {MOTO_VERSION}", url, args, False))
    finally:
        stop(process)

    bedrock, moto, werkzeug, wrk = versions(env)
    cpu = "unknown"
    try:
        with open("/proc/cpuinfo") as info:
            cpu = next(line.split(":", 1)[1].strip() for line in info if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    placement = ("server pinned to CPU 1, wrk to CPU 0 (taskset)" if args.pin
                 else "server and wrk unpinned, sharing the cores")
    print(f"Machine: {platform.machine()}, {os.cpu_count()} cores, {cpu}; {platform.system()} {platform.release()}")
    print(f"Versions: {bedrock}; moto {moto} (Werkzeug {werkzeug}); Python {platform.python_version()}; {wrk}")
    print(f"Load: wrk, {args.connections} keep-alive connections, {args.threads} thread(s); {placement}; "
          f"SigV4-signed requests (botocore's signer)")
    print()
    print(f"ListCustomModels (`GET /custom-models`, an empty list), {args.requests} requests per server:")
    print()
    print("| server | requests | seconds | requests/s | p50 ms | p99 ms | errors | keeps connections |")
    print("|---|---:|---:|---:|---:|---:|---:|---|")
    for name, result in rows:
        print(f"| {name} | {result['requests']} | {result['seconds']:.2f} | {result['rate']:,.0f} | "
              f"{result['p50_ms']:.2f} | {result['p99_ms']:.2f} | {result['errors']} | "
              f"{'yes' if result['keep_alive'] else 'no: `Connection: close`, wrk reconnects'} |")
    moto_rate = rows[-1][1]["rate"]
    print()
    print(f"emulator / moto: **{rows[0][1]['rate'] / moto_rate:.1f}x** requests/s; "
          f"checking every signature: {rows[1][1]['rate'] / moto_rate:.1f}x")
    print()
    print(f"InvokeModelWithResponseStream of {chunks} chunk events (max_tokens {args.chunks}: one per word, "
          f"the Messages API's start and stop events included; {size / 1000:.0f} kB of event-stream bytes), "
          f"{args.connections} concurrent streams, emulator only (moto has no Bedrock runtime):")
    print()
    print("| server | streams | seconds | streams/s | chunks/s | MB/s | p50 ms | p99 ms | errors |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    print(f"| bedrock emulator | {stream['requests']} | {stream['seconds']:.2f} | {stream['rate']:,.1f} | "
          f"{stream['rate'] * chunks:,.0f} | {stream['bytes'] / stream['seconds'] / 1e6:.1f} | "
          f"{stream['p50_ms']:.1f} | {stream['p99_ms']:.1f} | {stream['errors']} |")


if __name__ == "__main__":
    main()
