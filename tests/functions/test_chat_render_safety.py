"""POST /chat against the attack corpus: what reaches the client renders safely in marked.

Each attack is what a hostile model answers at the last step; the answer goes
through the whole local API (gateway, authorizer, pipeline, final gate) and the
System message's text is rendered by the client's renderer.
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from milio.chat.protocol import safe_answer
from tests.conftest import ApiUser
from tests.fakes import FakeLLMServer, Reply
from tests.render.attacks import ATTACKS
from tests.render.judge import MarkedJudge

pytestmark = pytest.mark.sqld


@pytest.mark.parametrize("kind", sorted(ATTACKS))
def test_no_attack_gets_through_chat(
    api: TestClient,
    api_user: ApiUser,
    groq: FakeLLMServer,
    marked_judge: MarkedJudge,
    kind: str,
) -> None:
    unsafe = []
    for attack in ATTACKS[kind]:
        groq.script(Reply("7"), Reply(attack))
        response = api.post("/chat", json={"Message": "tell me"}, headers=api_user.headers)
        message = response.json()["System message"]
        expected = safe_answer(attack).text
        assert response.status_code == 200
        assert message == ("7" + expected if expected else "A")
        if not marked_judge.judge(message[1:]).safe:
            unsafe.append(attack)
    assert unsafe == []
