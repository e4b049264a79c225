"""POST /chat against the attack corpus: what reaches the client renders safely in marked.

Each attack is what a hostile model answers, as the answer of its one structured
decision or at the last step of the step-by-step path; the answer goes through the
whole local API (gateway, authorizer, pipeline, final gate) and the System
message's text is rendered by the client's renderer.
"""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from milio.chat.answers import emitter
from milio.chat.answers.emitter import literal_text
from milio.chat.contract.system_message import safe_answer
from milio.db import Database
from milio.settings import get_settings
from tests.conftest import ApiUser
from tests.fakes import FakeLLMServer, Reply
from tests.render.attacks import ATTACKS
from tests.render.judge import MarkedJudge

pytestmark = pytest.mark.sqld


def _script(groq: FakeLLMServer, attack: str, *, steps: bool) -> None:
    """The model answers ``attack``: in its structured decision, or at the last step."""
    if steps:
        groq.script(Reply("7"), Reply(attack))
        return
    groq.script(Reply(json.dumps({"category": "7", "answer": attack})))
    if not safe_answer(attack).text:
        groq.script(Reply(attack))  # nothing left to show: the answer is asked for again


@pytest.mark.parametrize("steps", [False, True], ids=["structured", "steps"])
@pytest.mark.parametrize("kind", sorted(ATTACKS))
def test_no_attack_gets_through_chat(
    api: TestClient,
    api_user: ApiUser,
    groq: FakeLLMServer,
    marked_judge: MarkedJudge,
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
    steps: bool,
) -> None:
    if steps:
        monkeypatch.setenv("MILIO_CHAT_STRUCTURED_OUTPUT", "0")
        get_settings.cache_clear()
    unsafe = []
    for attack in ATTACKS[kind]:
        _script(groq, attack, steps=steps)
        response = api.post("/chat", json={"Message": "tell me"}, headers=api_user.headers)
        message = response.json()["System message"]
        expected = safe_answer(attack).text
        assert response.status_code == 200
        assert message == ("7" + expected if expected else "A")
        if not marked_judge.judge(message[1:]).safe:
            unsafe.append(attack)
    assert unsafe == []


def test_an_answer_the_final_gate_refuses_is_shown_literally_and_logged(
    api: TestClient,
    api_user: ApiUser,
    groq: FakeLLMServer,
    sqld_db: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(emitter, "sanitize_markdown", lambda text: text)  # a broken sanitizer
    _script(groq, "Hi <script>alert(1)</script>", steps=False)
    response = api.post("/chat", json={"Message": "tell me"}, headers=api_user.headers)
    assert response.json()["System message"] == "7" + literal_text("Hi <script>alert(1)</script>")
    rows = sqld_db.fetch_all("SELECT type_error, user_chat, user_id FROM errors")
    assert rows == [("unsafe_answer", "tell me", api_user.user_id)]
