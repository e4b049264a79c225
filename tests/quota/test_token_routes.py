"""The per-user daily budget of model tokens on POST /chat: each model call reserves an
estimate, then settles to the usage the provider reported; past the budget, 429 before
any model call. Fast-path and remembered answers take nothing."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from milio.services import get_services
from milio.settings import get_settings
from tests.conftest import ApiUser
from tests.fakes import FakeLLMServer, Reply

pytestmark = pytest.mark.sqld
MODEL_SENTENCE = {"Message": "could you pull up my budget spreadsheet"}
OTHER_SENTENCE = {"Message": "could you pull up my tax spreadsheet"}
DECISION = {"category": "0", "action": "003", "details": {"name": "budget", "ext": "xlsx"}}
OUTPUT_TOKENS = 30
REPORTED = 12 + OUTPUT_TOKENS  # the fake reports 12 prompt tokens on every answer


def tokens_used(user: ApiUser) -> int:
    """The user's token count today, read with a reservation of nothing."""
    return get_services().quota.reserve(f"tokens#{user.user_id}", 0, 10**12).used


def test_the_count_settles_to_the_usage_the_provider_reported(
    api: TestClient, api_user: ApiUser, groq: FakeLLMServer
) -> None:
    for _ in range(2):
        local = api.post("/chat", json={"Message": "open discord"}, headers=api_user.headers)
        assert local.json()["source"] == "local"
    assert tokens_used(api_user) == 0  # the fast path takes nothing
    groq.script(Reply(json.dumps(DECISION), output_tokens=OUTPUT_TOKENS))

    answered = api.post("/chat", json=MODEL_SENTENCE, headers=api_user.headers)

    assert answered.json()["System message"] == "003budget|xlsx"
    assert len(groq.requests) == 1
    assert tokens_used(api_user) == REPORTED
    again = api.post("/chat", json=MODEL_SENTENCE, headers=api_user.headers)
    assert again.json()["source"] == "memory"  # the decision memory answers: no call
    assert tokens_used(api_user) == REPORTED


def test_past_the_token_budget_the_answer_is_429_before_any_model_call(
    api: TestClient, api_user: ApiUser, groq: FakeLLMServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MILIO_DAILY_MODEL_TOKENS", f"default={REPORTED},pro=100000")
    get_settings.cache_clear()
    groq.script(Reply(json.dumps(DECISION), output_tokens=OUTPUT_TOKENS))
    assert api.post("/chat", json=MODEL_SENTENCE, headers=api_user.headers).status_code == 200
    calls = len(groq.requests)

    refused = api.post("/chat", json=OTHER_SENTENCE, headers=api_user.headers)

    assert refused.status_code == 429
    assert "Daily limit" in refused.json()["error"]
    assert refused.json()["requestId"]
    assert 1 <= int(refused.headers["retry-after"]) <= 86_400
    assert len(groq.requests) == calls  # refused before any model call
    assert tokens_used(api_user) == REPORTED  # a refusal costs nothing
    local = api.post("/chat", json={"Message": "open discord"}, headers=api_user.headers)
    assert local.status_code == 200  # the fast path still answers past the budget
