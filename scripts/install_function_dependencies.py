"""Install a function's own dependencies into its build folder, minus what the layer has.

    python3.13 scripts/install_function_dependencies.py REQUIREMENTS TARGET

Run by the functions' Makefiles during ``sam build``. The shared layer's
requirements are resolved first (what the layer build installs); the function's
are then installed pinned to the same versions (one resolution, no drift) and
every distribution the layer already provides is removed from the function, so
one copy of pydantic & co. is on a function's path. Libraries the Lambda runtime
ships (boto3's dependencies) stay within botocore's ranges.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LAYER_REQUIREMENTS = ROOT / "layers/common/requirements.txt"
RUNTIME_CONSTRAINTS = ROOT / "layers/common/constraints-lambda-runtime.txt"
PIP = [sys.executable, "-m", "pip", "--disable-pip-version-check"]


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def layer_distributions() -> dict[str, str]:
    """What the layer's requirements resolve to (name -> version), as its build installs."""
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        subprocess.run(
            [*PIP, "install", "--quiet", "--dry-run", "--ignore-installed", "--report",
             str(report), "-r", str(LAYER_REQUIREMENTS), "-c", str(RUNTIME_CONSTRAINTS)],
            check=True,
        )  # fmt: skip
        installs = json.loads(report.read_text())["install"]
    return {canonical(i["metadata"]["name"]): i["metadata"]["version"] for i in installs}


def remove_distribution(target: Path, dist_info: Path) -> None:
    """Delete every file the distribution installed (its RECORD), then its metadata."""
    for line in (dist_info / "RECORD").read_text().splitlines():
        relative = line.split(",", 1)[0]
        path = (target / relative).resolve()
        if path.is_file() and target.resolve() in path.parents:
            path.unlink()
    shutil.rmtree(dist_info, ignore_errors=True)
    for directory in sorted(target.rglob("*"), key=lambda p: len(p.parts), reverse=True):
        if directory.is_dir() and not any(directory.iterdir()):
            directory.rmdir()


def main(requirements: str, target_name: str) -> None:
    target = Path(target_name)
    layer = layer_distributions()
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as pins:
        pins.write("".join(f"{name}=={version}\n" for name, version in layer.items()))
    subprocess.run(
        [*PIP, "install", "--quiet", "--no-compile", "-r", requirements, "-c", pins.name,
         "-c", str(RUNTIME_CONSTRAINTS), "-t", str(target)],
        check=True,
    )  # fmt: skip
    Path(pins.name).unlink()
    removed = []
    for dist_info in sorted(target.glob("*.dist-info")):
        name = canonical(dist_info.name.removesuffix(".dist-info").rsplit("-", 1)[0])
        if name in layer:
            remove_distribution(target, dist_info)
            removed.append(name)
    print(f"left to the layer: {', '.join(removed) or 'nothing'}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
