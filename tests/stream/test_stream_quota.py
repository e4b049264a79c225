"""POST /chat/stream takes one unit of the user's daily quota before starting."""

from __future__ import annotations

import httpx
import pytest

from tests.conftest import ApiUser, clear_caches
from tests.fakes import FakeLLMServer

Fakes = tuple[FakeLLMServer, FakeLLMServer]


def test_past_the_quota_a_stream_is_refused_before_any_event(
    monkeypatch: pytest.MonkeyPatch,
    providers: Fakes,
    stream_url: str,
    client: httpx.Client,
    api_user: ApiUser,
) -> None:
    monkeypatch.setenv("MILIO_DAILY_QUOTAS", "default=1")
    clear_caches()
    url, body = f"{stream_url}/chat/stream", {"Message": "Tell me about lighthouses"}

    first = client.post(url, json=body, headers=api_user.headers)
    refused = client.post(url, json=body, headers=api_user.headers)

    assert first.status_code == 200
    assert "event: end" in first.text
    assert refused.status_code == 429
    assert refused.headers["content-type"] == "application/json"
    assert int(refused.headers["retry-after"]) >= 1
    assert len(providers[0].requests) == 1  # the refused stream never reached a model


def test_a_stream_sends_the_model_no_more_than_the_bound(
    monkeypatch: pytest.MonkeyPatch,
    providers: Fakes,
    stream_url: str,
    client: httpx.Client,
    api_user: ApiUser,
) -> None:
    monkeypatch.setenv("MILIO_MODEL_INPUT_MAX_CHARS", "3000")
    clear_caches()
    message = "PDF Content number 1: " + "p" * 50_000 + " User request: what is this about"
    answer = client.post(
        f"{stream_url}/chat/stream", json={"Message": message}, headers=api_user.headers
    )
    assert answer.status_code == 200
    sent = providers[0].requests[0].user or ""
    assert len(sent) <= 3000
    assert sent.endswith("what is this about")
