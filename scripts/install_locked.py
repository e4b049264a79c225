"""Install a lock into a build folder for Lambda's platform: hash-checked, nothing resolved.

    python3.13 scripts/install_locked.py LOCK TARGET [--without OTHER_LOCK]

Run by the layer's and the functions' Makefiles during ``sam build``. Wheels are chosen
for Lambda (CPython 3.13, manylinux_2_34 x86_64), never for the build host, so a build on
macOS or arm64 ships the same files as one here; ``--require-hashes`` with ``--no-deps``
installs exactly what the lock lists. ``--without`` leaves out what another lock (the
layer's) already provides, so a function and its layer hold one copy of each library.
pip runs ``--isolated``: no pip configuration of the build machine changes what is built.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

# Lambda's python3.13 runtime: Amazon Linux 2023 (glibc 2.34), x86_64. pip takes a wheel only
# for a platform tag it is given, so every glibc up to 2.34 is named (with the legacy aliases);
# scripts/check_package.py checks the result.
GLIBC_MINORS = range(5, 35)
PLATFORM_TAGS = (
    *(f"manylinux_2_{minor}_x86_64" for minor in GLIBC_MINORS),
    "manylinux2014_x86_64", "manylinux2010_x86_64", "manylinux1_x86_64",
)  # fmt: skip
PLATFORM = (
    *(arg for tag in PLATFORM_TAGS for arg in ("--platform", tag)),
    "--implementation", "cp", "--python-version", "3.13",
)  # fmt: skip
_REQUIREMENT = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?==")


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def entries(lock: Path) -> dict[str, str]:
    """name -> the lock's whole entry (``name==version`` and its ``--hash`` lines)."""
    out: dict[str, list[str]] = {}
    name = ""
    for line in lock.read_text().splitlines():
        match = _REQUIREMENT.match(line)
        if match:
            name = canonical(match.group(1))
            out[name] = [line]
        elif name and line.lstrip().startswith("--hash="):
            out[name].append(line)
    return {name: "\n".join(lines) for name, lines in out.items()}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("lock", type=Path)
    parser.add_argument("target", type=Path)
    parser.add_argument("--without", type=Path)
    args = parser.parse_args()
    wanted = entries(args.lock)
    provided = entries(args.without) if args.without else {}
    chosen = [entry for name, entry in wanted.items() if name not in provided]
    with tempfile.TemporaryDirectory() as tmp:
        requirements = Path(tmp) / "requirements.txt"
        requirements.write_text("\n".join(chosen) + "\n")
        subprocess.run(
            [sys.executable, "-m", "pip", "--isolated", "--disable-pip-version-check",
             "install", "--quiet", "--root-user-action=ignore", "--no-compile", "--no-deps",
             "--require-hashes", "--only-binary=:all:", *PLATFORM, "--target", str(args.target),
             "-r", str(requirements)],
            check=True,
        )  # fmt: skip
    left = sorted(set(wanted) & set(provided))
    print(f"installed {len(chosen)} distributions; left to the layer: {', '.join(left) or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
