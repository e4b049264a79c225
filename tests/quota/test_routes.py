"""The per-user quota on POST /chat: model-backed answers count, fast-path answers do not,
and past the quota the answer is 429 with Retry-After at the reset."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from milio.db import Database
from milio.settings import get_settings
from milio.tokens import issue_token
from tests.conftest import ApiUser
from tests.fakes import FakeLLMServer, Reply

pytestmark = pytest.mark.sqld
MODEL_SENTENCE = {"Message": "could you pull up my budget spreadsheet"}
# Another sentence the model answers: the same one again is answered from the decision memory.
OTHER_MODEL_SENTENCE = {"Message": "could you pull up my budget spreadsheet again"}
DECISION = {"category": "0", "action": "003", "details": {"name": "budget", "ext": "xlsx"}}
MODEL_ANSWERS = (Reply(json.dumps(DECISION)),)


@pytest.fixture
def one_a_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MILIO_DAILY_QUOTAS", "default=1,pro=2")
    get_settings.cache_clear()


def test_fast_path_answers_do_not_count_and_model_answers_do(
    api: TestClient,
    api_user: ApiUser,
    groq: FakeLLMServer,
    one_a_day: None,
) -> None:
    for _ in range(3):
        local = api.post("/chat", json={"Message": "open discord"}, headers=api_user.headers)
        assert (local.status_code, local.json()["source"]) == (200, "local")
    groq.script(*MODEL_ANSWERS)
    first = api.post("/chat", json=MODEL_SENTENCE, headers=api_user.headers)
    assert (first.status_code, first.json()["System message"]) == (200, "003budget|xlsx")
    calls = len(groq.requests)

    refused = api.post("/chat", json=OTHER_MODEL_SENTENCE, headers=api_user.headers)

    assert refused.status_code == 429
    assert refused.headers["content-type"] == "application/json"
    assert "Daily limit" in refused.json()["error"]
    assert refused.json()["requestId"]
    assert 1 <= int(refused.headers["retry-after"]) <= 86_400
    assert len(groq.requests) == calls  # refused before any model call
    again = api.post("/chat", json={"Message": "open discord"}, headers=api_user.headers)
    assert again.status_code == 200  # the fast path still answers past the quota
    remembered = api.post("/chat", json=MODEL_SENTENCE, headers=api_user.headers)
    assert (remembered.status_code, remembered.json()["source"]) == (200, "memory")  # and memory


def test_the_users_tier_sets_the_quota(
    api: TestClient,
    api_user: ApiUser,
    groq: FakeLLMServer,
    one_a_day: None,
    sqld_db: Database,
) -> None:
    sqld_db.execute("UPDATE users SET tier = 'pro' WHERE id = ?", (api_user.user_id,))
    groq.script(*MODEL_ANSWERS, *MODEL_ANSWERS)
    statuses = [
        api.post("/chat", json={"Message": f"{sentence} {n}"}, headers=api_user.headers).status_code
        for n, sentence in enumerate([MODEL_SENTENCE["Message"]] * 3)
    ]
    assert statuses == [200, 200, 429]


def test_past_the_global_ceiling_every_user_gets_429_until_midnight_utc(
    api: TestClient,
    api_user: ApiUser,
    groq: FakeLLMServer,
    sqld_db: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("MILIO_GLOBAL_DAILY_CEILING", "1")
    get_settings.cache_clear()
    other_id = sqld_db.insert("INSERT INTO users (email, password) VALUES ('b@x.org', 'x')")
    other = {"Authorization": f"Bearer {issue_token(other_id, 'b@x.org', get_settings()).token}"}
    groq.script(*MODEL_ANSWERS)
    assert api.post("/chat", json=MODEL_SENTENCE, headers=api_user.headers).status_code == 200
    calls = len(groq.requests)

    for path in ("/chat", "/chat/stream"):
        refused = api.post(path, json=MODEL_SENTENCE, headers=other)
        assert refused.status_code == 429
        assert "daily capacity" in refused.json()["error"]
        assert 1 <= int(refused.headers["retry-after"]) <= 86_400
    assert len(groq.requests) == calls  # refused before any model call
    local = api.post("/chat", json={"Message": "open discord"}, headers=other)
    assert local.status_code == 200  # the fast path costs nothing and still answers
