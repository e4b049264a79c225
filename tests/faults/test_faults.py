"""A bad day, end to end: the database hung, stopped or read-only, DynamoDB stopped or
hung, model APIs that hang, drip, fail or cut a stream. Each fault gets a fast, honest
answer (503, never a 401 or a hang), unrelated requests go on, and everything recovers.

Bounds: the configured limit (conftest's FAULT_ENV) plus generous slack for a busy CI.
"""

from __future__ import annotations

import threading

import httpx
import pytest

from tests.fakes import Drip, Fail, Hang, Reply
from tests.faults.conftest import Stack, request, table_items, wait_until
from tests.support.services import block_writes

pytestmark = [pytest.mark.sqld, pytest.mark.moto]

SLACK = 0.7
DB_BOUND = 0.3 + SLACK  # MILIO_DB_TIMEOUT_SECONDS + slack
DEADLINE_BOUND = 1.5 + SLACK  # MILIO_REQUEST_DEADLINE_SECONDS + slack
NEW_ACCOUNT = {"email": "new@x.org", "password": "correct horse battery"}
MODEL_QUESTION = {"Message": "why is the sky blue at noon but red at dusk"}


def _events(response: httpx.Response) -> list[str]:
    return [
        line.removeprefix("event: ")
        for line in response.text.splitlines()
        if line.startswith("event: ")
    ]


def _database_down_answers(stack: Stack, fault: str) -> None:
    """What every route answers while the database cannot be reached."""
    health, seconds = request(stack, f"{fault}: /health", "GET", "/health")
    assert health.status_code == 200
    assert seconds < 0.5
    valid, seconds = request(
        stack, f"{fault}: /verify-token", "GET", "/verify-token", headers=stack.headers
    )
    assert valid.json() == {"valid": True}
    assert seconds < DB_BOUND
    chat, seconds = request(
        stack,
        f"{fault}: /chat fast path",
        "POST",
        "/chat",
        json={"Message": "open discord"},
        headers=stack.headers,
    )
    assert chat.status_code == 200
    assert seconds < DB_BOUND
    assert chat.json()["System message"] == "001discord"
    for method, path, body in (
        ("POST", "/register", NEW_ACCOUNT),
        ("POST", "/login", NEW_ACCOUNT),
        ("DELETE", "/user/delete", None),
    ):
        answer, seconds = request(
            stack, f"{fault}: {method} {path}", method, path, json=body, headers=stack.headers
        )
        assert answer.status_code == 503, answer.text
        assert answer.json()["error"]
        assert seconds < DB_BOUND
    stack.anthropic.script(Reply("still streaming"))
    stream, seconds = _stream(stack, f"{fault}: /chat/stream")
    assert stream.status_code == 200
    assert _events(stream)[-1] == "end"


def _stream(stack: Stack, fault: str) -> tuple[httpx.Response, float]:
    return request(
        stack, fault, "POST", "/chat/stream", json={"Message": "hi"}, headers=stack.headers
    )


def _recovered(stack: Stack) -> bool:
    with httpx.Client(base_url=stack.url, timeout=5) as client:
        return client.post("/register", json=NEW_ACCOUNT).status_code == 201


def test_a_paused_database_answers_503_fast_and_logs_nobody_out(stack: Stack) -> None:
    stack.sqld.pause()
    _database_down_answers(stack, "sqld paused")
    stack.sqld.resume()
    wait_until(lambda: _recovered(stack))


def test_a_stopped_database_answers_503_fast_and_comes_back(stack: Stack) -> None:
    stack.sqld.stop()
    _database_down_answers(stack, "sqld stopped")
    stack.sqld.start()
    wait_until(lambda: _recovered(stack))


def test_a_database_refusing_writes_answers_503_on_writes_only(stack: Stack) -> None:
    block_writes(stack.sqld.admin_url)
    try:
        answer, seconds = request(
            stack, "sqld writes blocked: POST /register", "POST", "/register", json=NEW_ACCOUNT
        )
        assert answer.status_code == 503
        assert seconds < DB_BOUND
        valid, _ = request(
            stack,
            "sqld writes blocked: /verify-token",
            "GET",
            "/verify-token",
            headers=stack.headers,
        )
        assert valid.json() == {"valid": True}
    finally:
        block_writes(stack.sqld.admin_url, blocked=False)
    wait_until(lambda: _recovered(stack))


def test_a_stopped_dynamodb_falls_back_to_the_local_limiter(stack: Stack) -> None:
    stack.moto.stop()
    for path in ("/verify-token", "/health"):
        answer, seconds = request(
            stack, f"moto stopped: {path}", "GET", path, headers=stack.headers
        )
        assert answer.status_code == 200
        assert seconds < 0.3 + SLACK
    stack.restart_moto()
    # Back on the shared table: a request's bucket is written there again.
    wait_until(
        lambda: (
            request(stack, "moto back", "GET", "/health")[0].is_success
            and bool(
                request(stack, "moto back: /verify-token", "GET", "/verify-token")[0].is_success
                and table_items(stack.moto.url)
            )
        )
    )


def test_a_hung_dynamodb_does_not_hold_up_other_requests(stack: Stack) -> None:
    """The limiter's call waits in a worker thread: /health, which it does not guard,
    answers at once while a guarded request waits for the table."""
    stack.moto.pause()
    try:
        guarded: list[float] = []
        waiting = threading.Thread(
            target=lambda: guarded.append(
                request(stack, "moto paused: /verify-token", "GET", "/verify-token")[1]
            )
        )
        waiting.start()
        health, seconds = request(stack, "moto paused: /health meanwhile", "GET", "/health")
        waiting.join()
    finally:
        stack.moto.resume()
    assert health.status_code == 200
    assert seconds < 0.25
    assert guarded[0] < 0.3 + SLACK


@pytest.mark.parametrize(
    ("fault", "behaviour"),
    [
        ("hangs", Hang()),
        ("drips a byte every 0.2 s", Drip("x" * 200, byte_delay=0.2)),
        ("answers 500", Fail(500)),
    ],
)
def test_a_failing_model_answers_b_within_the_request_deadline(
    stack: Stack, fault: str, behaviour: Hang | Drip | Fail
) -> None:
    stack.openai.script(*[behaviour] * 6)
    chat, seconds = request(
        stack, f"model {fault}: /chat", "POST", "/chat", json=MODEL_QUESTION, headers=stack.headers
    )
    assert chat.status_code == 200
    assert chat.json()["System message"] == "B"
    assert seconds < DEADLINE_BOUND
    stack.openai.unscript()  # the model is back
    recovered, _ = request(
        stack,
        f"model {fault}: /chat after",
        "POST",
        "/chat",
        json=MODEL_QUESTION,
        headers=stack.headers,
    )
    assert recovered.json()["System message"] != "B"


@pytest.mark.parametrize(
    ("fault", "behaviour"),
    [
        ("cut mid-stream", Reply("one two three four", cut_after=2)),
        ("closed without its end marker", Reply("one two three four", close_after=2)),
        ("idle past the limit", Reply("one two three", chunk_delay=2.0)),
    ],
)
def test_a_stream_cut_short_ends_with_an_error_event(
    stack: Stack, fault: str, behaviour: Reply
) -> None:
    stack.anthropic.script(behaviour)
    stream, seconds = _stream(stack, f"stream {fault}")
    assert stream.status_code == 200
    assert _events(stream)[-2:] == ["error", "end"]
    assert seconds < 0.4 + SLACK + 0.5


@pytest.mark.parametrize(("fault", "behaviour"), [("hangs", Hang()), ("answers 500", Fail(500))])
def test_a_stream_that_never_starts_is_a_503(
    stack: Stack, fault: str, behaviour: Hang | Fail
) -> None:
    stack.anthropic.script(*[behaviour] * 4)
    stack.openai.script(*[behaviour] * 4)
    stream, seconds = _stream(stack, f"stream {fault}")
    assert stream.status_code == 503
    assert stream.json()["error"]
    assert seconds < DEADLINE_BOUND


def test_a_stream_that_goes_on_and_on_is_cut_at_its_longest_life(stack: Stack) -> None:
    """A delta every 0.3 s trips neither the idle limit nor a per-read timeout: before,
    such a stream (a delta every 5 s) lasted 140 s. MILIO_STREAM_MAX_SECONDS ends it."""
    stack.anthropic.script(Reply(" ".join(["word"] * 30), chunk_delay=0.3))
    stream, seconds = _stream(stack, "stream never ends")
    assert _events(stream)[-2:] == ["error", "end"]
    assert 3 <= seconds < 3 + SLACK
