"""Text no client sends (a lone surrogate, a noncharacter) is a 422 before any quota is
taken, on /chat and on the stream, and the next request is served normally."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from milio.settings import get_settings
from tests.conftest import ApiUser
from tests.fakes import FakeLLMServer, Reply

pytestmark = pytest.mark.sqld
DECISION = {"category": "0", "action": "003", "details": {"name": "budget", "ext": "xlsx"}}
MODEL_SENTENCE = "could you pull up my budget spreadsheet"

NOT_TEXT = ["\ud83d", "a\udc00b", "\ufdd0", "\uffff", "x\U0010fffe"]


@pytest.fixture
def one_a_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MILIO_DAILY_QUOTAS", "default=1")
    get_settings.cache_clear()


@pytest.mark.parametrize("path", ["/chat", "/chat/stream"])
@pytest.mark.parametrize("text", NOT_TEXT, ids=[f"U+{ord(t[-1]):04X}" for t in NOT_TEXT])
def test_text_that_is_not_text_is_refused_before_the_quota(
    api: TestClient,
    api_user: ApiUser,
    groq: FakeLLMServer,
    one_a_day: None,
    path: str,
    text: str,
) -> None:
    # json.dumps escapes the code point as the audit sent it: "\ud83d" on the wire.
    body = json.dumps({"Message": f"{MODEL_SENTENCE} {text}"})
    headers = api_user.headers | {"Content-Type": "application/json"}
    refused = api.post(path, content=body, headers=headers)
    assert refused.status_code == 422
    assert "error" in refused.json()
    assert groq.requests == []

    groq.script(Reply(json.dumps(DECISION)))  # the day's one unit is still there
    served = api.post("/chat", json={"Message": MODEL_SENTENCE}, headers=api_user.headers)
    assert (served.status_code, served.json()["System message"]) == (200, "003budget|xlsx")


def test_ordinary_text_beyond_the_basic_plane_is_accepted(
    api: TestClient, api_user: ApiUser
) -> None:
    answer = api.post("/chat", json={"Message": "open discord 😀 𝔸"}, headers=api_user.headers)
    assert answer.status_code == 200
