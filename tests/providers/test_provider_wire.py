"""Each provider, through its real SDK, against a fake that speaks the provider's wire format."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator

import pytest

from milio.providers import ErrorKind, ProviderError
from tests.fakes import Behaviour, Fail, FakeLLMServer, Hang, Malformed, Reply
from tests.providers.conftest import provider_for


async def drain(deltas: AsyncIterator[str], into: list[str]) -> None:
    async for delta in deltas:
        into.append(delta)


def test_complete_returns_the_answer_and_sends_model_prompts_and_max_tokens(
    fake: FakeLLMServer,
) -> None:
    fake.script(Reply("Opening Discord now", output_tokens=4))
    completion = provider_for(fake, model="model-x").complete(
        system="You are Milio.", user="open discord", max_tokens=64, timeout=2
    )
    assert (completion.text, completion.provider, completion.model) == (
        "Opening Discord now",
        fake.api,
        "model-x",
    )
    assert completion.output_tokens == 4
    assert completion.latency_ms > 0
    sent = fake.requests[0]
    assert (sent.model, sent.max_tokens, sent.system, sent.user, sent.stream) == (
        "model-x",
        64,
        "You are Milio.",
        "open discord",
        False,
    )
    assert sent.headers.get("x-stainless-retry-count", "0") == "0"


async def test_stream_yields_the_deltas_in_order(fake: FakeLLMServer) -> None:
    fake.script(Reply("one two three"))
    provider = provider_for(fake)
    deltas = [d async for d in provider.stream(system="s", user="u", max_tokens=9, timeout=2)]
    assert deltas == ["one", " two", " three"]
    assert fake.requests[0].stream
    assert fake.requests[0].max_tokens == 9
    assert fake.requests[0].finished.wait(1)


@pytest.mark.parametrize(
    ("behaviour", "kind", "status", "retry_after"),
    [
        (Fail(429, retry_after=1.5), ErrorKind.RATE_LIMITED, 429, 1.5),
        (Fail(500), ErrorKind.SERVER_ERROR, 500, None),
        (Fail(503), ErrorKind.SERVER_ERROR, 503, None),
        (Fail(401), ErrorKind.AUTHENTICATION, 401, None),
        (Fail(403), ErrorKind.AUTHENTICATION, 403, None),
        (Fail(400), ErrorKind.BAD_REQUEST, 400, None),
        (Malformed(), ErrorKind.MALFORMED_RESPONSE, None, None),
        (
            Malformed("<html>bad gateway</html>", "text/html"),
            ErrorKind.MALFORMED_RESPONSE,
            None,
            None,
        ),
        (Reply(""), ErrorKind.MALFORMED_RESPONSE, None, None),
    ],
)
def test_sdk_errors_are_classified(
    fake: FakeLLMServer,
    behaviour: Behaviour,
    kind: ErrorKind,
    status: int | None,
    retry_after: float | None,
) -> None:
    fake.script(behaviour)
    with pytest.raises(ProviderError) as caught:
        provider_for(fake).complete(system="s", user="u", max_tokens=5, timeout=2)
    assert (caught.value.kind, caught.value.status, caught.value.retry_after) == (
        kind,
        status,
        retry_after,
    )
    assert caught.value.provider == fake.api
    assert "test-key" not in str(caught.value)
    assert len(fake.requests) == 1  # the SDK itself never retried


def test_a_hanging_server_times_out_after_the_call_timeout(fake: FakeLLMServer) -> None:
    fake.script(Hang())
    started = time.monotonic()
    # Long enough for the request to reach the server on a busy machine, where a client's
    # first call can spend a few tenths of a second before it sends anything.
    with pytest.raises(ProviderError) as caught:
        provider_for(fake).complete(system="s", user="u", max_tokens=5, timeout=1.5)
    assert caught.value.kind is ErrorKind.TIMEOUT
    assert 1.4 < time.monotonic() - started < 4.0
    assert fake.requests, "the request never reached the server"
    assert fake.requests[0].disconnected.wait(2)


def test_a_refused_connection_is_a_connection_error(fake: FakeLLMServer) -> None:
    provider = provider_for(fake)
    fake.stop()
    # A refusal comes at once; the timeout only has to outlast a client's first call on a
    # busy machine (0.5 s did not, and the refusal was reported as a timeout).
    with pytest.raises(ProviderError) as caught:
        provider.complete(system="s", user="u", max_tokens=5, timeout=5)
    assert caught.value.kind is ErrorKind.CONNECTION


async def test_a_stream_cut_mid_way_raises_after_the_deltas_received(fake: FakeLLMServer) -> None:
    fake.script(Reply("a b c d", cut_after=2))
    received: list[str] = []
    deltas = provider_for(fake).stream(system="s", user="u", max_tokens=5, timeout=1)
    with pytest.raises(ProviderError) as caught:
        await drain(deltas, received)
    assert received == ["a", " b"]
    assert caught.value.kind is ErrorKind.CONNECTION


async def test_a_stream_error_status_is_classified_before_any_delta(fake: FakeLLMServer) -> None:
    fake.script(Fail(529 if fake.api == "anthropic" else 503))
    with pytest.raises(ProviderError) as caught:
        async for _ in provider_for(fake).stream(system="s", user="u", max_tokens=5, timeout=1):
            pass
    assert caught.value.kind is ErrorKind.SERVER_ERROR


async def test_closing_a_stream_early_closes_the_upstream_connection(fake: FakeLLMServer) -> None:
    fake.script(Reply("one two three four five six", chunk_delay=0.2))
    deltas = provider_for(fake).stream(system="s", user="u", max_tokens=5, timeout=2)
    assert await anext(deltas) == "one"
    await deltas.aclose()  # type: ignore[attr-defined]
    assert fake.requests[0].disconnected.wait(1)
    assert not fake.requests[0].finished.is_set()
