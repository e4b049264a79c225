"""What importing a part of the chat package costs: nothing it does not need."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_SUBPACKAGES = sorted((ROOT / "layers/common/milio/chat").glob("*/__init__.py"))


def _modules_after(statement: str) -> set[str]:
    code = f"import sys; {statement}; print('\\n'.join(sys.modules))"
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(ROOT / "layers" / "common"), "PATH": ""},
    )
    return set(out.stdout.split())


def test_the_stream_logic_does_not_load_the_fast_path_or_its_matcher() -> None:
    loaded = _modules_after("import milio.chat.stream")
    assert "milio.chat.stream" in loaded
    assert "hassil" not in loaded
    assert "milio.chat.understanding.matcher" not in loaded
    assert "milio.chat.pipeline" not in loaded


@pytest.mark.parametrize(
    "package", ["milio.chat", *(f"milio.chat.{init.parent.name}" for init in _SUBPACKAGES)]
)
def test_every_chat_package_itself_imports_nothing(package: str) -> None:
    loaded = _modules_after(f"import {package}")
    assert {name for name in loaded if name.startswith("milio.chat.")} <= {package}
