"""POST /chat/stream over real HTTP: events, arrival, fallback, failures, disconnects."""

from __future__ import annotations

import json
import logging
import time
from contextlib import AbstractContextManager

import httpx
import pytest

from milio.chat.model import prompts
from tests.conftest import ApiUser
from tests.fakes import Fail, FakeLLMServer, Reply
from tests.stream.conftest import EventReader

Fakes = tuple[FakeLLMServer, FakeLLMServer]


def _post(client: httpx.Client, url: str, user: ApiUser, message: str = "hi") -> httpx.Response:
    return client.post(f"{url}/chat/stream", json={"Message": message}, headers=user.headers)


def _stream(
    client: httpx.Client, url: str, user: ApiUser, message: str = "hi"
) -> AbstractContextManager[httpx.Response]:
    return client.stream(
        "POST", f"{url}/chat/stream", json={"Message": message}, headers=user.headers
    )


def test_each_delta_is_a_message_event_then_end_exact_bytes(
    providers: Fakes, stream_url: str, client: httpx.Client, api_user: ApiUser
) -> None:
    anthropic, openai = providers
    anthropic.script(Reply("Hello world\nsecond line"))
    response = _post(client, stream_url, api_user)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/event-stream")
    assert response.headers["cache-control"] == "no-cache"
    # Deltas "Hello", " world\nsecond", " line": the second holds a line break.
    assert response.content == (
        b"event: message\ndata: Hello\n\n"
        b"event: message\ndata:  world\ndata: second\n\n"
        b"event: message\ndata:  line\n\n"
        b"event: end\ndata: true\n\n"
    )
    assert not openai.requests


def test_crlf_and_cr_in_the_answer_become_separate_data_lines(
    providers: Fakes, stream_url: str, client: httpx.Client, api_user: ApiUser
) -> None:
    anthropic, _ = providers
    anthropic.script(Reply("one\r\ntwo\rthree"))
    body = _post(client, stream_url, api_user).content
    assert b"\r" not in body
    assert body == (
        b"event: message\ndata: one\ndata: two\ndata: three\n\nevent: end\ndata: true\n\n"
    )


def test_the_first_event_arrives_before_the_upstream_finishes(
    providers: Fakes, stream_url: str, client: httpx.Client, api_user: ApiUser
) -> None:
    anthropic, _ = providers
    anthropic.script(Reply("one two three four five", chunk_delay=0.15))
    sent = time.perf_counter()
    with _stream(client, stream_url, api_user) as response:
        reader = EventReader(response.iter_lines())
        first = reader.next()
        assert first is not None
        assert (first.name, first.data) == ("message", "one")
        assert not anthropic.requests[0].finished.is_set()  # the fake is still answering
        rest = reader.all()
    assert [e.data for e in rest] == [" two", " three", " four", " five", "true"]
    assert first.at - sent < 0.4  # four more deltas, 0.6 s, were still to come
    assert rest[-1].at - first.at > 0.5


@pytest.mark.parametrize(
    "failures",
    [(Fail(500), Fail(500)), (Fail(429, retry_after=30),), (Fail(401),)],
    ids=["server-error-twice", "rate-limited", "bad-key"],
)
def test_a_failure_before_the_first_token_falls_back_to_the_next_provider(
    providers: Fakes,
    stream_url: str,
    client: httpx.Client,
    api_user: ApiUser,
    failures: tuple[Fail, ...],
) -> None:
    anthropic, openai = providers
    anthropic.script(*failures)
    openai.script(Reply("from openai"))
    events = EventReader(iter(_post(client, stream_url, api_user).text.splitlines())).all()
    assert [(e.name, e.data) for e in events] == [
        ("message", "from"),
        ("message", " openai"),
        ("end", "true"),
    ]
    assert len(anthropic.requests) == len(failures)
    assert len(openai.requests) == 1


def test_a_failure_after_the_first_token_is_an_error_event_then_end(
    providers: Fakes, stream_url: str, client: httpx.Client, api_user: ApiUser
) -> None:
    anthropic, openai = providers
    anthropic.script(Reply("one two three four", cut_after=2))
    response = _post(client, stream_url, api_user)
    assert response.status_code == 200
    events = EventReader(iter(response.text.splitlines())).all()
    assert [e.name for e in events] == ["message", "message", "error", "end"]
    assert "".join(e.data for e in events[:2]) == "one two"
    assert json.loads(events[2].data) == {"error": "The language model stopped answering"}
    assert not openai.requests  # too late to fall back: the answer had begun


def test_a_client_that_leaves_cancels_the_upstream_request(
    providers: Fakes, stream_url: str, client: httpx.Client, api_user: ApiUser
) -> None:
    anthropic, _ = providers
    anthropic.script(Reply(" ".join(f"w{i}" for i in range(40)), chunk_delay=0.05))
    with _stream(client, stream_url, api_user) as response:
        first = EventReader(response.iter_lines()).next()
        assert first is not None
        assert first.data == "w0"
    # Leaving the block closed the connection; the server must hang up on the fake.
    upstream = anthropic.requests[0]
    assert upstream.disconnected.wait(timeout=1.5)
    assert not upstream.finished.is_set()


def test_raw_html_in_the_answer_arrives_escaped(
    providers: Fakes, stream_url: str, client: httpx.Client, api_user: ApiUser
) -> None:
    anthropic, _ = providers
    anthropic.script(Reply("Look <script>alert(1)</script> [x](javascript:alert(1)) done"))
    events = EventReader(iter(_post(client, stream_url, api_user).text.splitlines())).all()
    text = "".join(e.data for e in events if e.name == "message")
    assert (
        text == "Look &lt;script&gt;alert(1)&lt;/script&gt; &#91;x&#93;(javascript:alert(1)) done"
    )


def test_the_prompt_is_the_direct_answer_one_and_the_pdf_one_for_pdfs(
    providers: Fakes, stream_url: str, client: httpx.Client, api_user: ApiUser
) -> None:
    anthropic, _ = providers
    pdf_message = "PDF Content number 1: The cat sat.\nUser request: summarize it"
    _post(client, stream_url, api_user, "tell me about cats")
    _post(client, stream_url, api_user, pdf_message)
    general, pdf = anthropic.requests
    assert general.system == prompts.answer_prompt("7")
    assert general.user == "tell me about cats"
    assert pdf.system == prompts.answer_prompt("016")
    assert pdf.user == pdf_message
    assert general.stream
    assert general.max_tokens == 1500


def test_the_lowercase_message_key_is_accepted(
    providers: Fakes, stream_url: str, client: httpx.Client, api_user: ApiUser
) -> None:
    anthropic, _ = providers
    response = client.post(
        f"{stream_url}/chat/stream", json={"message": "hello"}, headers=api_user.headers
    )
    assert response.status_code == 200
    assert anthropic.requests[0].user == "hello"


def test_each_stream_logs_one_line_and_flushes_its_metrics(
    providers: Fakes,
    stream_url: str,
    client: httpx.Client,
    api_user: ApiUser,
    capfd: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    anthropic, _ = providers
    anthropic.script(Reply("secret answer words", delay=0.05))
    capfd.readouterr()
    with caplog.at_level(logging.INFO):
        assert _post(client, stream_url, api_user, "my private question").status_code == 200
    logs = [r for r in caplog.records if r.getMessage() == "stream finished"]
    assert len(logs) == 1
    log = logs[0].__dict__
    assert (log["provider"], log["outcome"], log["output_deltas"]) == ("anthropic", "completed", 3)
    assert 40 <= log["ttft_ms"] <= log["duration_ms"]
    # Metrics go out as CloudWatch embedded-metric JSON on stdout, one flush per stream.
    emf = [json.loads(line) for line in capfd.readouterr().out.splitlines() if '"_aws"' in line]
    assert len(emf) == 1
    metric = emf[0]
    assert metric["provider"] == "anthropic"
    assert metric["StreamOutputDeltas"] == [3.0]
    assert metric["TimeToFirstToken"] == [log["ttft_ms"]]
    directive = metric["_aws"]["CloudWatchMetrics"][0]
    names = {m["Name"] for m in directive["Metrics"]}
    assert {"TimeToFirstToken", "StreamDuration", "StreamOutputDeltas", "StreamCompleted"} <= names
    assert any("provider" in dimensions for dimensions in directive["Dimensions"])
    logged = json.dumps([str(r.__dict__) for r in caplog.records]) + json.dumps(emf)
    assert "private question" not in logged
    assert "secret answer" not in logged
