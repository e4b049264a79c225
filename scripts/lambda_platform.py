"""Does a built folder hold only code for Lambda's platform (CPython 3.13, x86_64, glibc <= 2.34)?

`sam build` installs wheels for Lambda, not for the build host (scripts/install_locked.py);
this checks the result from the files themselves, so a wheel built for macOS, arm64 or
another Python cannot pass because the host that runs the check happens to load it.
"""

from __future__ import annotations

import re
from pathlib import Path

PYTHON_MINOR = 13
MAX_GLIBC_MINOR = 34
ELF_MAGIC = b"\x7fELF"
ELF_64_BIT = 2
ELF_MACHINE_X86_64 = 0x3E
FOREIGN_SUFFIXES = (".dylib", ".pyd", ".dll", ".exe")
_MANYLINUX = re.compile(r"manylinux_2_(\d+)_x86_64")
_LEGACY = {"manylinux1_x86_64", "manylinux2010_x86_64", "manylinux2014_x86_64"}
_EXTENSION_ABI = re.compile(r"\.cpython-(\d+)")


def platform_fits(platform: str) -> bool:
    if platform == "any" or platform in _LEGACY:
        return True
    match = _MANYLINUX.fullmatch(platform)
    return match is not None and int(match.group(1)) <= MAX_GLIBC_MINOR


def python_fits(python: str, abi: str) -> bool:
    if python in {"py3", "py2.py3"} or python.startswith("py3"):
        return abi == "none"
    match = re.fullmatch(r"cp3(\d+)", python)
    if not match:
        return False
    minor = int(match.group(1))
    if abi == "abi3":
        return minor <= PYTHON_MINOR
    return minor == PYTHON_MINOR and abi in {f"cp3{PYTHON_MINOR}", "none"}


def tag_fits(tag: str) -> bool:
    """One expanded wheel tag: python-abi-platform."""
    python, abi, platform = tag.split("-")
    return python_fits(python, abi) and platform_fits(platform)


def wheel_tags(wheel_file: Path) -> list[str]:
    """The tags a WHEEL file lists, compressed sets (``py2.py3``, ``a.b``) expanded."""
    tags = []
    for line in wheel_file.read_text().splitlines():
        if line.startswith("Tag:"):
            python, abi, platform = line.split(":", 1)[1].strip().split("-")
            tags += [
                f"{p}-{a}-{pl}"
                for p in python.split(".")
                for a in abi.split(".")
                for pl in platform.split(".")
            ]
    return tags


def binary_fits(path: Path) -> bool:
    with path.open("rb") as handle:
        header = handle.read(20)
    if header[:4] != ELF_MAGIC or header[4] != ELF_64_BIT:
        return False
    machine = int.from_bytes(header[18:20], "little")
    abi = _EXTENSION_ABI.search(path.name)
    return machine == ELF_MACHINE_X86_64 and (abi is None or abi.group(1) == f"3{PYTHON_MINOR}")


def foreign_files(folder: Path) -> list[str]:
    """Every wheel and compiled file in ``folder`` that is not for Lambda's platform."""
    found = []
    for wheel_file in sorted(folder.glob("*.dist-info/WHEEL")):
        tags = wheel_tags(wheel_file)
        if not any(tag_fits(tag) for tag in tags):
            found.append(f"{wheel_file.parent.name}: wheel tags {', '.join(tags) or 'none'}")
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        if path.suffix in FOREIGN_SUFFIXES or "darwin" in path.name:
            found.append(f"{path.relative_to(folder)}: not a Linux file")
        elif (path.suffix == ".so" or ".so." in path.name) and not binary_fits(path):
            found.append(
                f"{path.relative_to(folder)}: not x86_64 code for CPython 3.{PYTHON_MINOR}"
            )
    return found
