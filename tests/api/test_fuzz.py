"""schemathesis against `make dev`: every operation of /openapi.json fuzzed with every
check, a valid token, bounded examples. No 5xx, no answer outside the document.

The server runs as `make dev` runs it (python -m devserver, its own process), with a
local Google and a local model API behind it, so no call leaves 127.0.0.1.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import httpx

from tests.fakes import FakeLLMServer
from tests.fakes.google import running_fake_google
from tests.support.services import serve

CONFIG = Path(__file__).with_name("schemathesis.toml")
MAX_EXAMPLES = 20
# `unsupported_method` and `allow_header_conformance` want 405 and an Allow header for a
# method a path does not have. API Gateway answers those as unknown routes (403
# MISSING_AUTHENTICATION_TOKEN, which template.yaml turns into a JSON 404), and the local
# gateway does as API Gateway does.
NOT_APPLICABLE = "unsupported_method,allow_header_conformance"


def _token(url: str) -> str:
    account = {"email": "fuzz@example.com", "password": "correct horse battery"}
    assert httpx.post(f"{url}/register", json=account).status_code == 201
    return str(httpx.post(f"{url}/login", json=account).json()["token"])


def test_schemathesis_finds_no_server_error_and_no_schema_violation(tmp_path: Path) -> None:
    with (
        running_fake_google() as google,
        FakeLLMServer("openai") as openai,
        FakeLLMServer("anthropic") as anthropic,
    ):
        env = {
            **google.settings_env("http://127.0.0.1:9/email/handleCallback"),
            **openai.env(),
            **anthropic.env(),
            "MILIO_LLM_PROVIDERS": "openai",
            "MILIO_ENCRYPTION_KEY": "fuzz-encryption-key-" + "k" * 40,
            "OAUTHLIB_INSECURE_TRANSPORT": "1",
            "NO_PROXY": "127.0.0.1",
            "MILIO_RATE_LIMIT_PER_SECOND": "10000",
            "MILIO_RATE_LIMIT_BURST": "10000",
        }
        for url, log in serve([sys.executable, "-m", "devserver"], tmp_path, **env):
            run = subprocess.run(
                [
                    str(Path(sys.executable).with_name("schemathesis")),
                    "--config-file",
                    str(CONFIG),
                    "--no-color",
                    "run",
                    f"{url}/openapi.json",
                    "--checks",
                    "all",
                    "--exclude-checks",
                    NOT_APPLICABLE,
                    # Deleting the account would leave every later request a 401;
                    # the account tests cover that route.
                    "--exclude-name",
                    "DELETE /user/delete",
                    "--max-examples",
                    str(MAX_EXAMPLES),
                    "--seed",
                    "11",
                    "--workers",
                    "2",
                    "--generation-database",
                    "none",  # nothing written into the tree; the seed makes runs repeatable
                    "--header",
                    f"Authorization: Bearer {_token(url)}",
                ],
                cwd=tmp_path,  # schemathesis keeps a crash cache in its working directory
                capture_output=True,
                text=True,
                timeout=600,
                check=False,
            )
            report = run.stdout[-12000:] + run.stderr[-3000:]
            assert run.returncode == 0, report + "\nserver log:\n" + log.read_text()[-4000:]
