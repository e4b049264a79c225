"""What one model call is sent of a message is bounded (MILIO_MODEL_INPUT_MAX_CHARS): the
context in front of the user's request is cut to fit, the request kept whole, and a
request longer than the bound alone is refused (413) before any quota is taken."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from milio.chat.request import TRIMMED, RequestTooLongForModelError, bound_for_model
from milio.settings import get_settings
from tests.conftest import ApiUser
from tests.fakes import FakeLLMServer, Reply

DECISION = {"category": "0", "action": "003", "details": {"name": "budget", "ext": "xlsx"}}
ASK = "User request: could you pull up my budget spreadsheet"


def test_a_short_message_is_sent_as_it_is() -> None:
    assert bound_for_model("hello " + ASK, 1000) == "hello " + ASK


def test_the_context_is_cut_and_the_request_kept() -> None:
    message = "PDF Content number 1: " + "x" * 5000 + " " + ASK
    bounded = bound_for_model(message, 1000)
    assert len(bounded) == 1000
    assert bounded.endswith(ASK)
    assert TRIMMED in bounded
    assert bounded.startswith("PDF Content number 1: xxx")


def test_a_request_longer_than_the_bound_alone_is_refused() -> None:
    with pytest.raises(RequestTooLongForModelError) as refused:
        bound_for_model("User request: " + "y" * 2000, 1000)
    assert refused.value.status_code == 413


@pytest.mark.sqld
def test_no_model_call_of_a_long_chat_is_sent_more_than_the_bound(
    api: TestClient, api_user: ApiUser, groq: FakeLLMServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MILIO_MODEL_INPUT_MAX_CHARS", "4000")
    get_settings.cache_clear()
    # A 255 KiB body: 65,000 four-byte emoji of "PDF" text, then the request.
    message = "PDF Content number 1: " + "😀" * 65_000 + " " + ASK
    groq.script(Reply(json.dumps(DECISION)))
    answer = api.post("/chat", json={"Message": message}, headers=api_user.headers)
    assert answer.status_code == 200
    assert answer.json()["System message"] == "003budget|xlsx"
    sent = [request.user or "" for request in groq.requests]
    assert sent
    assert all(len(text) <= 4000 and ASK.split(": ")[1] in text for text in sent)


@pytest.mark.sqld
def test_a_request_too_long_for_the_model_costs_no_quota(
    api: TestClient, api_user: ApiUser, groq: FakeLLMServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MILIO_MODEL_INPUT_MAX_CHARS", "4000")
    monkeypatch.setenv("MILIO_DAILY_QUOTAS", "default=1")
    get_settings.cache_clear()
    too_long = api.post(
        "/chat", json={"Message": "User request: " + "w " * 3000}, headers=api_user.headers
    )
    assert too_long.status_code == 413
    assert groq.requests == []
    groq.script(Reply(json.dumps(DECISION)))
    served = api.post("/chat", json={"Message": ASK}, headers=api_user.headers)
    assert served.status_code == 200  # the day's one unit was still there
