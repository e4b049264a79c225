"""The packaging check's platform rule: only wheels and binaries Lambda's python3.13 can load."""

from __future__ import annotations

import sysconfig
from pathlib import Path

import pytest

from scripts.lambda_platform import foreign_files, tag_fits


@pytest.mark.parametrize(
    "tag",
    [
        "py3-none-any",
        "cp313-cp313-manylinux_2_17_x86_64",
        "cp313-cp313-manylinux2014_x86_64",
        "cp310-abi3-manylinux_2_28_x86_64",
        "cp313-cp313-manylinux_2_34_x86_64",
    ],
)
def test_lambda_tags_fit(tag: str) -> None:
    assert tag_fits(tag)


@pytest.mark.parametrize(
    "tag",
    [
        "cp313-cp313-macosx_11_0_arm64",
        "cp313-cp313-manylinux_2_17_aarch64",
        "cp312-cp312-manylinux_2_17_x86_64",
        "cp313-cp313-manylinux_2_39_x86_64",  # newer glibc than Amazon Linux 2023's
        "cp313-cp313-musllinux_1_2_x86_64",
        "cp313-cp313-win_amd64",
        "cp314-abi3-manylinux_2_17_x86_64",
    ],
)
def test_other_platforms_do_not(tag: str) -> None:
    assert not tag_fits(tag)


def write_wheel(folder: Path, name: str, tags: list[str]) -> None:
    info = folder / f"{name}-1.0.dist-info"
    info.mkdir(parents=True)
    lines = ["Wheel-Version: 1.0", "Root-Is-Purelib: false", *(f"Tag: {t}" for t in tags)]
    (info / "WHEEL").write_text("\n".join(lines) + "\n")


def real_extension() -> bytes:
    """An x86_64 CPython extension from this interpreter's own standard library."""
    suffix = sysconfig.get_config_var("EXT_SUFFIX")
    found = next(Path(sysconfig.get_paths()["platstdlib"]).rglob(f"*{suffix}"))
    return found.read_bytes()


def test_a_folder_of_lambda_files_passes(tmp_path: Path) -> None:
    write_wheel(tmp_path, "fastapi", ["py3-none-any"])
    write_wheel(tmp_path, "pydantic_core", ["cp313-cp313-manylinux_2_17_x86_64"])
    (tmp_path / "pydantic_core").mkdir()
    (tmp_path / "pydantic_core/_core.cpython-313-x86_64-linux-gnu.so").write_bytes(real_extension())
    assert foreign_files(tmp_path) == []


def test_a_macos_wheel_and_an_arm64_binary_are_named(tmp_path: Path) -> None:
    write_wheel(tmp_path, "bcrypt", ["cp39-abi3-macosx_10_12_universal2"])
    arm = bytearray(real_extension())
    arm[18:20] = (0xB7).to_bytes(2, "little")  # e_machine: AArch64
    (tmp_path / "argon2").mkdir()
    (tmp_path / "argon2/_ffi.abi3.so").write_bytes(bytes(arm))
    (tmp_path / "cryptography").mkdir()
    (tmp_path / "cryptography/_rust.cpython-312-x86_64-linux-gnu.so").write_bytes(real_extension())
    (tmp_path / "nh3.cpython-313-darwin.so").write_bytes(b"\xcf\xfa\xed\xfe")
    found = "\n".join(foreign_files(tmp_path))
    assert "bcrypt-1.0.dist-info: wheel tags" in found
    assert "argon2/_ffi.abi3.so" in found
    assert "cryptography/_rust.cpython-312" in found
    assert "nh3.cpython-313-darwin.so" in found
