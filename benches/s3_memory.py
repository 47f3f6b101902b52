"""Peak RSS of the emulator while a large object goes up and down through its S3 API.

A 1 GiB object (by default) is PUT from a file, read back whole, then read as 8 concurrent
ranged GETs; the emulator runs under /usr/bin/time, so the figure is its own peak. Target
(issue 14): under 64 MiB.

    cargo build --release
    python3 benches/s3_memory.py [--mib 1024]
"""

import argparse
import http.client
import os
import signal
import subprocess
import sys
import tempfile
import threading

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from binary import release_binary  # noqa: E402
from rss import TIME, read_kib  # noqa: E402

AUTHORIZATION = (
    "AWS4-HMAC-SHA256 Credential=AKIDBENCH/20260101/us-east-1/s3/aws4_request, "
    "SignedHeaders=host, Signature=00"
)


def request(host, port, method, path, body=None, headers=None, length=None):
    connection = http.client.HTTPConnection(host, port, timeout=600)
    all_headers = {"Authorization": AUTHORIZATION, "x-amz-content-sha256": "UNSIGNED-PAYLOAD"}
    all_headers.update(headers or {})
    if length is not None:
        all_headers["Content-Length"] = str(length)
    connection.request(method, path, body=body, headers=all_headers)
    response = connection.getresponse()
    received = 0
    while True:
        piece = response.read(1 << 20)
        if not piece:
            break
        received += len(piece)
    connection.close()
    return response.status, received


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--mib", type=int, default=1024)
    arguments = parser.parse_args()
    size = arguments.mib * 1024 * 1024
    with tempfile.TemporaryDirectory() as directory:
        root = os.path.join(directory, "s3")
        os.makedirs(os.path.join(root, "bench"))
        source = os.path.join(directory, "object.bin")
        with open(source, "wb") as file:
            piece = os.urandom(1 << 20)
            for _ in range(arguments.mib):
                file.write(piece)
        rss_path = os.path.join(directory, "rss")
        emulator = subprocess.Popen(
            [TIME, "-f", "%M", "-o", rss_path, release_binary(), "emulator", "--port", "0", "--s3-root", root],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        url = emulator.stdout.readline().decode().strip()
        host, port = url.removeprefix("http://").split(":")
        port = int(port)
        with open(source, "rb") as body:
            status, _ = request(host, port, "PUT", "/bench/object.bin", body=body, length=size)
        assert status == 200, status
        status, received = request(host, port, "GET", "/bench/object.bin")
        assert status == 200 and received == size, (status, received)
        part = size // 8
        results = []

        def ranged(index):
            start = index * part
            results.append(request(host, port, "GET", "/bench/object.bin",
                                   headers={"Range": f"bytes={start}-{start + part - 1}"}))

        threads = [threading.Thread(target=ranged, args=(index,)) for index in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert all(status == 206 and received == part for status, received in results), results
        # SIGINT to the session's group: the emulator stops, /usr/bin/time writes its peak.
        os.killpg(emulator.pid, signal.SIGINT)
        emulator.wait()
        print("| object | peak RSS of the emulator (PUT, GET, 8 concurrent ranged GETs) |")
        print("|---|---|")
        print(f"| {arguments.mib} MiB | {read_kib(rss_path) / 1024:.1f} MiB |")


if __name__ == "__main__":
    main()
