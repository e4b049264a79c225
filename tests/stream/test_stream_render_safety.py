"""POST /chat/stream against the attack corpus, the answer cut in pieces of 1, 3 and 64 characters.

The joined message events are what the client renders: they must be /chat's
answer exactly, and render safely in marked.
"""

from __future__ import annotations

import httpx
import pytest

from milio.chat.answers import release
from milio.chat.contract.system_message import safe_answer
from milio.db import Database
from tests.conftest import ApiUser
from tests.fakes import FakeLLMServer, Reply
from tests.fakes.sanitizer import BrokenSanitizer
from tests.render.attacks import ATTACKS
from tests.render.judge import MarkedJudge
from tests.stream.conftest import EventReader

CHUNK_SIZES = (1, 3, 64)


def _streamed(client: httpx.Client, url: str, user: ApiUser) -> tuple[str, list[str]]:
    response = client.post(f"{url}/chat/stream", json={"Message": "tell me"}, headers=user.headers)
    assert response.status_code == 200
    events = EventReader(iter(response.text.splitlines())).all()
    text = "".join(e.data for e in events if e.name == "message")
    return text, [e.name for e in events]


@pytest.mark.parametrize("kind", sorted(ATTACKS))
def test_no_attack_gets_through_the_stream_at_any_chunk_size(
    providers: tuple[FakeLLMServer, FakeLLMServer],
    stream_url: str,
    client: httpx.Client,
    api_user: ApiUser,
    marked_judge: MarkedJudge,
    kind: str,
) -> None:
    anthropic, _ = providers
    unsafe = []
    for attack in ATTACKS[kind]:
        for size in CHUNK_SIZES:
            anthropic.script(Reply(attack, chunk_chars=size))
            text, names = _streamed(client, stream_url, api_user)
            assert names[-1] == "end"
            assert text == safe_answer(attack).text, (attack, size)
            if not marked_judge.judge(text).safe:
                unsafe.append((attack, size))
    assert unsafe == []


def test_a_piece_the_final_gate_refuses_ends_the_stream_and_is_logged(
    providers: tuple[FakeLLMServer, FakeLLMServer],
    stream_url: str,
    client: httpx.Client,
    api_user: ApiUser,
    sqld_db: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(release, "StreamingSanitizer", BrokenSanitizer)
    anthropic, _ = providers
    anthropic.script(Reply("one two three four"))
    response = client.post(
        f"{stream_url}/chat/stream", json={"Message": "tell me"}, headers=api_user.headers
    )
    events = EventReader(iter(response.text.splitlines())).all()
    assert [(e.name, e.data) for e in events] == [
        ("message", "Hello"),
        ("error", '{"error": "The answer could not be shown safely"}'),
        ("end", "true"),
    ]
    rows = sqld_db.fetch_all("SELECT type_error, user_chat, user_id FROM errors")
    assert rows == [("unsafe_answer", "tell me", api_user.user_id)]
