"""POST /chat with a local OpenAI-compatible server (Ollama, llama.cpp, vLLM) as the provider.

Such servers often ignore ``response_format``: the structured call then comes back as
prose or as JSON of another shape, and the answer must still be right, from the steps.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from milio.settings import get_settings
from tests.conftest import ApiUser
from tests.fakes import FakeLLMServer, Reply

pytestmark = pytest.mark.sqld


@pytest.fixture
def local_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeLLMServer]:
    """Configured as the README says for a local server: base URL, any key, its model name."""
    with FakeLLMServer("openai", ignores_structure=True) as fake:
        monkeypatch.setenv("OPENAI_BASE_URL", fake.base_url)
        monkeypatch.setenv("OPENAI_API_KEY", "local")
        monkeypatch.setenv("MILIO_OPENAI_MODEL", "llama3.2:3b")
        monkeypatch.setenv("MILIO_OPENAI_REASONING_EFFORT", "omit")
        monkeypatch.setenv("MILIO_LLM_PROVIDERS", "openai")
        monkeypatch.setenv("MILIO_LLM_CALL_TIMEOUT_SECONDS", "2")
        get_settings.cache_clear()
        yield fake


STEPS = (Reply("0"), Reply("01"), Reply('{"name": "discord"}'))


@pytest.mark.parametrize(
    "ignored",
    [
        "Sure! I'll open Discord for you right away.",
        json.dumps({"intent": "open_application", "target": "Discord"}),
        json.dumps({"category": "software", "action": "launch", "app": "Discord"}),
    ],
)
def test_a_structured_call_the_server_ignores_falls_back_to_the_steps(
    api: TestClient, api_user: ApiUser, local_server: FakeLLMServer, ignored: str
) -> None:
    local_server.script(Reply(ignored), *STEPS)
    response = api.post(
        "/chat", json={"Message": "could you get my chat app going"}, headers=api_user.headers
    )
    assert response.status_code == 200
    body = response.json()
    assert (body["System message"], body["source"]) == ("001discord", "openai")
    sent = local_server.requests
    assert [request.structured for request in sent] == ["json_schema", None, None, None]
    assert {request.model for request in sent} == {"llama3.2:3b"}
    assert all("reasoning_effort" not in request.body for request in sent)


def test_a_server_that_follows_the_schema_needs_one_call(
    api: TestClient, api_user: ApiUser, local_server: FakeLLMServer
) -> None:
    decision = {"category": "0", "action": "001", "details": {"name": "discord"}}
    local_server.script(Reply(json.dumps(decision)))
    response = api.post(
        "/chat", json={"Message": "could you get my chat app going"}, headers=api_user.headers
    )
    assert response.json()["System message"] == "001discord"
    assert len(local_server.requests) == 1
