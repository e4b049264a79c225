"""POST /chat/stream refusals: each a JSON error before any event, and no upstream call."""

from __future__ import annotations

import httpx
import jwt
import pytest

from milio.db import Database
from milio.settings import get_settings
from tests.conftest import ApiUser, clear_caches
from tests.fakes import Fail, FakeLLMServer, Hang

Fakes = tuple[FakeLLMServer, FakeLLMServer]


def _forged(user: ApiUser) -> str:
    claims = jwt.decode(user.token, options={"verify_signature": False})
    return jwt.encode(claims, "not-the-server-secret-" + "y" * 40, algorithm="HS256")


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Basic abc"}, {"Authorization": "Bearer not-a-jwt"}],
    ids=["no-header", "not-bearer", "garbage"],
)
def test_a_missing_or_invalid_token_is_refused_before_streaming(
    providers: Fakes, stream_url: str, client: httpx.Client, headers: dict[str, str]
) -> None:
    response = client.post(f"{stream_url}/chat/stream", json={"Message": "hi"}, headers=headers)
    assert response.status_code == 401
    assert response.headers["content-type"] == "application/json"
    assert response.json()["error"]
    assert not providers[0].requests


def test_a_forged_token_is_refused(
    providers: Fakes, stream_url: str, client: httpx.Client, api_user: ApiUser
) -> None:
    headers = {"Authorization": f"Bearer {_forged(api_user)}"}
    response = client.post(f"{stream_url}/chat/stream", json={"Message": "hi"}, headers=headers)
    assert response.status_code == 401
    assert not providers[0].requests


def test_a_deleted_users_token_is_refused(
    providers: Fakes, stream_url: str, client: httpx.Client, api_user: ApiUser, sqld_db: Database
) -> None:
    sqld_db.execute("DELETE FROM users WHERE id = ?", (api_user.user_id,))
    response = client.post(
        f"{stream_url}/chat/stream", json={"Message": "hi"}, headers=api_user.headers
    )
    assert response.status_code == 401
    assert response.json()["error"]
    assert not providers[0].requests


def test_the_token_is_checked_before_the_body(stream_url: str, client: httpx.Client) -> None:
    response = client.post(f"{stream_url}/chat/stream", json={})
    assert response.status_code == 401


@pytest.mark.parametrize(
    ("body", "status"),
    [({"Message": ""}, 400), ({"Message": "  \n "}, 400), ({}, 422), ({"Message": 3}, 422)],
)
def test_a_bad_message_is_refused(
    providers: Fakes,
    stream_url: str,
    client: httpx.Client,
    api_user: ApiUser,
    body: dict[str, object],
    status: int,
) -> None:
    response = client.post(f"{stream_url}/chat/stream", json=body, headers=api_user.headers)
    assert response.status_code == status
    assert response.json()["error"]
    assert not providers[0].requests


def test_a_message_over_the_limit_is_413(
    providers: Fakes,
    stream_url: str,
    client: httpx.Client,
    api_user: ApiUser,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("MILIO_CHAT_MAX_MESSAGE_CHARS", "1000")
    get_settings.cache_clear()
    headers = api_user.headers
    ok = client.post(f"{stream_url}/chat/stream", json={"Message": "x" * 1000}, headers=headers)
    assert ok.status_code == 200
    response = client.post(
        f"{stream_url}/chat/stream", json={"Message": "x" * 1001}, headers=headers
    )
    assert response.status_code == 413
    assert len(providers[0].requests) == 1


def test_over_the_rate_limit_is_429_with_retry_after(
    providers: Fakes,
    client: httpx.Client,
    api_user: ApiUser,
    monkeypatch: pytest.MonkeyPatch,
    stream_url: str,
) -> None:
    monkeypatch.setenv("MILIO_RATE_LIMIT_PER_SECOND", "0.1")
    monkeypatch.setenv("MILIO_RATE_LIMIT_BURST", "2")
    clear_caches()
    url, headers = f"{stream_url}/chat/stream", api_user.headers
    statuses = [client.post(url, json={"Message": "hi"}, headers=headers) for _ in range(3)]
    assert [r.status_code for r in statuses] == [200, 200, 429]
    assert int(statuses[2].headers["retry-after"]) >= 1
    assert statuses[2].json()["error"]
    assert len(providers[0].requests) == 2
    assert client.get(f"{stream_url}/health").status_code == 200  # readiness is never limited


def test_no_provider_configured_is_a_json_503(
    stream_url: str, client: httpx.Client, api_user: ApiUser
) -> None:
    response = client.post(
        f"{stream_url}/chat/stream", json={"Message": "hi"}, headers=api_user.headers
    )
    assert response.status_code == 503
    assert response.headers["content-type"] == "application/json"
    assert response.json()["error"] == "The language model is unavailable"


def test_every_provider_failing_before_the_first_token_is_a_json_503(
    providers: Fakes, stream_url: str, client: httpx.Client, api_user: ApiUser
) -> None:
    anthropic, openai = providers
    anthropic.script(Fail(401))
    openai.script(Fail(400))
    response = client.post(
        f"{stream_url}/chat/stream", json={"Message": "hi"}, headers=api_user.headers
    )
    assert response.status_code == 503
    assert response.json()["error"] == "The language model is unavailable"
    assert "401" not in response.text
    assert (len(anthropic.requests), len(openai.requests)) == (1, 1)


def test_a_provider_that_never_starts_times_out_and_falls_back(
    providers: Fakes,
    stream_url: str,
    client: httpx.Client,
    api_user: ApiUser,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("MILIO_LLM_CALL_TIMEOUT_SECONDS", "0.3")
    get_settings.cache_clear()
    anthropic, openai = providers
    anthropic.script(Hang(), Hang())
    response = client.post(
        f"{stream_url}/chat/stream", json={"Message": "hi"}, headers=api_user.headers
    )
    assert response.status_code == 200
    assert "event: end" in response.text
    assert len(openai.requests) == 1
    assert all(r.disconnected.wait(timeout=1) for r in anthropic.requests)


def test_health_is_served(stream_url: str, client: httpx.Client) -> None:
    response = client.get(f"{stream_url}/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
