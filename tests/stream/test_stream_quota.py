"""POST /chat/stream takes one unit of the user's daily request quota and reserves its
estimated tokens before starting, and settles the tokens to the reported usage after."""

from __future__ import annotations

import httpx
import pytest

from milio.services import get_services
from tests.conftest import ApiUser, clear_caches
from tests.fakes import Fail, FakeLLMServer, Reply

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


def _tokens_used(user: ApiUser) -> int:
    """The user's token count today, read with a reservation of nothing."""
    return get_services().quota.reserve(f"tokens#{user.user_id}", 0, 10**12).used


@pytest.mark.parametrize("answering", ["anthropic", "openai"])
def test_a_stream_settles_to_the_usage_its_provider_reported(
    answering: str,
    providers: Fakes,
    stream_url: str,
    client: httpx.Client,
    api_user: ApiUser,
) -> None:
    """Anthropic reports usage in message_start and message_delta; OpenAI in a last chunk,
    only when asked (the fallback, after two 500s that cost nothing)."""
    anthropic, openai = providers
    reply = Reply("Lighthouses guide ships.", output_tokens=20)
    if answering == "anthropic":
        anthropic.script(reply)
    else:
        anthropic.script(Fail(500), Fail(500))
        openai.script(reply)
    url, body = f"{stream_url}/chat/stream", {"Message": "Tell me about lighthouses"}

    answer = client.post(url, json=body, headers=api_user.headers)

    assert answer.status_code == 200
    assert "Lighthouses" in answer.text
    assert _tokens_used(api_user) == 12 + 20  # the fakes' usage: 12 in, 20 out


def test_past_the_token_budget_a_stream_is_refused_before_any_model_call(
    monkeypatch: pytest.MonkeyPatch,
    providers: Fakes,
    stream_url: str,
    client: httpx.Client,
    api_user: ApiUser,
) -> None:
    monkeypatch.setenv("MILIO_DAILY_MODEL_TOKENS", "default=30")
    clear_caches()
    providers[0].script(Reply("Lighthouses guide ships.", output_tokens=20))
    url, body = f"{stream_url}/chat/stream", {"Message": "Tell me about lighthouses"}
    assert client.post(url, json=body, headers=api_user.headers).status_code == 200

    refused = client.post(url, json=body, headers=api_user.headers)

    assert refused.status_code == 429
    assert "Daily limit" in refused.json()["error"]
    assert 1 <= int(refused.headers["retry-after"]) <= 86_400
    assert len(providers[0].requests) == 1
    assert _tokens_used(api_user) == 32
