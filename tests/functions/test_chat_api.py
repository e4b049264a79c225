"""POST /chat through the whole local API: the contract's answer, providers, the error log."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from milio.db import Database
from tests.conftest import ApiUser
from tests.fakes import Fail, FakeLLMServer, Reply

pytestmark = pytest.mark.sqld


def _chat(
    api: TestClient, user: ApiUser, body: object, **headers: str
) -> tuple[int, dict[str, object]]:
    response = api.post("/chat", json=body, headers=user.headers | headers)
    return response.status_code, response.json()


def test_open_discord_is_answered_locally_with_zero_model_calls(
    api: TestClient, api_user: ApiUser, groq: FakeLLMServer
) -> None:
    status, body = _chat(api, api_user, {"Message": "open discord"})
    assert status == 200
    assert body["System message"] == "001discord"
    assert body["source"] == "local"
    assert body["action"] == {"code": "001", "name": "open_app", "args": {"name": "discord"}}
    assert groq.requests == []


def test_the_lowercase_key_is_accepted(api: TestClient, api_user: ApiUser) -> None:
    status, body = _chat(api, api_user, {"message": "set a timer for 2 minutes"})
    assert (status, body["System message"]) == (200, "017120")


def test_an_unknown_sentence_takes_one_structured_model_call(
    api: TestClient, api_user: ApiUser, groq: FakeLLMServer
) -> None:
    decision = {"category": "0", "action": "003", "details": {"name": "budget", "ext": "xlsx"}}
    groq.script(Reply(json.dumps(decision)))
    status, body = _chat(api, api_user, {"Message": "could you pull up my budget spreadsheet"})
    assert status == 200
    assert body["System message"] == "003budget|xlsx"
    assert body["source"] == "groq"
    assert [r.structured for r in groq.requests] == ["tool"]
    assert groq.requests[0].user == "could you pull up my budget spreadsheet"


def test_when_the_structured_call_is_refused_the_steps_answer(
    api: TestClient, api_user: ApiUser, groq: FakeLLMServer, sqld_db: Database
) -> None:
    groq.script(
        Fail(400), Reply("0"), Reply("Answer: 03"), Reply('{"name": "budget", "ext": "xlsx"}')
    )
    status, body = _chat(api, api_user, {"Message": "could you pull up my budget spreadsheet"})
    assert (status, body["System message"]) == (200, "003budget|xlsx")
    assert [r.structured for r in groq.requests] == ["tool", None, None, None]
    rows = sqld_db.fetch_all("SELECT type_error, provider FROM errors ORDER BY id")
    assert rows == [("provider_failure", "groq"), ("out_of_set", None)]


def test_when_every_provider_fails_the_answer_is_b_and_the_error_log_has_rows(
    api: TestClient, api_user: ApiUser, groq: FakeLLMServer, sqld_db: Database
) -> None:
    groq.script(*[Fail(500)] * 10)
    status, body = _chat(
        api, api_user, {"Message": "what is the capital of Peru"}, **{"X-Device": "macbook-air"}
    )
    assert (status, body["System message"], body["action"]) == (200, "B", None)
    rows = sqld_db.fetch_all(
        "SELECT type_error, user_chat, device, user_id, provider, request_id"
        " FROM errors ORDER BY id"
    )
    kinds = [row[0] for row in rows]
    assert "provider_failure" in kinds
    assert "unavailable" in kinds
    assert all(row[1] == "what is the capital of Peru" for row in rows)
    assert all(row[2] == "macbook-air" and row[3] == api_user.user_id for row in rows)
    assert {row[4] for row in rows if row[0] == "provider_failure"} == {"groq"}
    assert all(row[5] for row in rows)


def test_without_any_provider_the_fast_path_still_answers_and_the_rest_is_b(
    api: TestClient, api_user: ApiUser, sqld_db: Database
) -> None:
    assert _chat(api, api_user, {"Message": "take a screenshot"})[1]["System message"] == "011"
    status, body = _chat(api, api_user, {"Message": "write me a poem about rain"})
    assert (status, body["System message"]) == (200, "B")
    assert sqld_db.fetch_all("SELECT type_error FROM errors") == [("unavailable",)]


def test_a_hostile_model_never_reaches_the_client_as_a_command(
    api: TestClient, api_user: ApiUser, groq: FakeLLMServer
) -> None:
    hostile = {"category": "0", "action": "001", "details": {"name": 'discord"; rm -rf ~; echo "'}}
    groq.script(Reply(json.dumps(hostile)))
    status, body = _chat(api, api_user, {"Message": "please start my chat application"})
    assert (status, body["System message"]) == (200, "0010")


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"Message": ""}, 400),
        ({"Message": "   "}, 400),
        ({}, 422),
        ({"Message": 42}, 422),
        ({"Message": "x" * 150_000}, 413),
    ],
)
def test_bad_messages_get_a_clear_4xx(
    api: TestClient, api_user: ApiUser, body: dict[str, object], status: int
) -> None:
    code, answer = _chat(api, api_user, body)
    assert code == status
    assert isinstance(answer["error"], str)


def test_a_long_message_with_pasted_pdf_text_fits(api: TestClient, api_user: ApiUser) -> None:
    pdf = "PDF Content number 1: " + "lorem ipsum " * 5000 + "\nUser request: open discord"
    status, body = _chat(api, api_user, {"Message": pdf})
    assert (status, body["System message"]) == (200, "001discord")  # the request after the PDF


def test_earlier_turns_prefixed_by_the_client_are_understood(
    api: TestClient, api_user: ApiUser
) -> None:
    message = (
        "Previous user message : hi Previous System response : 7hello "
        "New user message : set a timer for 3 minutes"
    )
    assert _chat(api, api_user, {"Message": message})[1]["System message"] == "017180"


def test_a_users_second_identical_message_is_answered_from_memory(
    api: TestClient, api_user: ApiUser, groq: FakeLLMServer, sqld_db: Database
) -> None:
    decision = {"category": "0", "action": "003", "details": {"name": "budget", "ext": "xlsx"}}
    groq.script(Reply(json.dumps(decision)))
    first = _chat(api, api_user, {"Message": "could you pull up my budget spreadsheet"})
    second = _chat(api, api_user, {"Message": "could you pull up my budget spreadsheet"})
    assert first[1]["source"] == "groq"
    assert second == (
        200,
        {
            "System message": "003budget|xlsx",
            "action": {
                "code": "003",
                "name": "open_file",
                "args": {"name": "budget", "ext": "xlsx"},
            },
            "source": "memory",
        },
    )
    assert len(groq.requests) == 1
    assert sqld_db.fetch_all("SELECT user_id FROM remembered_decisions") == [(api_user.user_id,)]
