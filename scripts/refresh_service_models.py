#!/usr/bin/env python3
"""Refresh the bundled service models (src/aws/data/) from a botocore release on PyPI.

    python3 scripts/refresh_service_models.py            # the version in src/aws/data/VERSION
    python3 scripts/refresh_service_models.py 1.44.8     # another botocore version

For each of the four Bedrock services it writes `<service>.json` (botocore's service-2.json) and
`<service>.paginators.json` (paginators-1.json). The service model is rewritten, not changed:
one line per operation and one line per shape, in botocore's order, so that `src/api/model.rs`
can index an operation's or a shape's JSON by its line without parsing the whole file at start-up
(`cargo test api::model` checks that every line parses and the whole file is the same document).
"""

import gzip
import io
import json
import os
import subprocess
import sys
import tempfile
import zipfile

SERVICES = ["bedrock", "bedrock-runtime", "bedrock-agent", "bedrock-agent-runtime"]
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "src", "aws", "data")


def compact(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def write_model(model, path):
    """The model with one operation and one shape per line (see the module documentation)."""
    head = {key: value for key, value in model.items() if key not in ("operations", "shapes")}
    lines = ["{" + compact(head)[1:-1] + ","]
    for section in ("operations", "shapes"):
        entries = list(model[section].items())
        lines.append(f'"{section}":{{')
        for index, (name, value) in enumerate(entries):
            comma = "," if index + 1 < len(entries) else ""
            lines.append(f"{compact(name)}:{compact(value)}{comma}")
        lines.append("}," if section == "operations" else "}")
    lines.append("}")
    text = "\n".join(lines) + "\n"
    if json.loads(text) != model:
        sys.exit(f"{path}: the rewritten model is not the same document")
    with open(path, "w", encoding="utf-8") as file:
        file.write(text)


def member(archive, prefix, name):
    for candidate in (name, name + ".gz"):
        try:
            data = archive.read(prefix + candidate)
        except KeyError:
            continue
        return json.loads(gzip.decompress(data) if candidate.endswith(".gz") else data)
    return None


def main():
    version_path = os.path.join(DATA, "VERSION")
    version = sys.argv[1] if len(sys.argv) > 1 else open(version_path).read().split()[1]
    with tempfile.TemporaryDirectory() as directory:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", f"botocore=={version}", "-d", directory],
            check=True,
        )
        wheel = next(name for name in os.listdir(directory) if name.endswith(".whl"))
        with zipfile.ZipFile(os.path.join(directory, wheel)) as archive:
            names = archive.namelist()
            for service in SERVICES:
                api_versions = sorted(
                    {name.split("/")[3] for name in names if name.startswith(f"botocore/data/{service}/")}
                )
                prefix = f"botocore/data/{service}/{api_versions[-1]}/"
                model = member(archive, prefix, "service-2.json")
                paginators = member(archive, prefix, "paginators-1.json") or {"pagination": {}}
                write_model(model, os.path.join(DATA, f"{service}.json"))
                with open(os.path.join(DATA, f"{service}.paginators.json"), "w", encoding="utf-8") as file:
                    file.write(json.dumps(paginators, indent=2, ensure_ascii=False) + "\n")
                print(f"{service} {api_versions[-1]}: {len(model['operations'])} operations, {len(model['shapes'])} shapes")
    with open(version_path, "w") as file:
        file.write(f"botocore {version}\n")


if __name__ == "__main__":
    main()
