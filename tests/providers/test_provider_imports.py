"""Start-up cost: importing the providers package and building chains imports no SDK."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROBE = """
import json, sys
from milio.services import get_services
chains = [get_services().chain.names, get_services().stream_chain.names]
sdks = ("openai", "anthropic", "mistralai", "groq")
print(json.dumps({"chains": chains, "loaded": [m for m in sdks if m in sys.modules]}))
"""


def test_building_the_chains_imports_no_sdk(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT / "layers" / "common"), str(ROOT)]),
        "MILIO_LOCAL_DIR": str(tmp_path),
        "OPENAI_API_KEY": "k",
        "ANTHROPIC_API_KEY": "k",
        "MISTRAL_API_KEY": "k",
        "GROQ_API_KEY": "k",
    }
    env.pop("MILIO_LLM_PROVIDERS", None)
    out = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True
    )
    report = json.loads(out.stdout)
    assert report["chains"] == [
        ["groq", "openai", "anthropic", "mistral"],
        ["anthropic", "groq", "openai", "mistral"],
    ]
    assert report["loaded"] == []
