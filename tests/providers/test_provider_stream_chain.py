"""The streaming chain: fallback only before the first delta, and closing upstream on early exit."""

from __future__ import annotations

import asyncio
from typing import TypedDict

import pytest

from milio.providers import (
    ChainPolicy,
    ErrorKind,
    NoProviderAnsweredError,
    ProviderChain,
    StreamInterruptedError,
)
from tests.fakes import Fail, FakeLLMServer, Hang, Reply
from tests.providers.conftest import chain_of


class Ask(TypedDict):
    system: str
    user: str
    max_tokens: int


ASK: Ask = {"system": "s", "user": "u", "max_tokens": 16}


async def collect_into(chain: ProviderChain, received: list[str]) -> None:
    async with chain.stream(**ASK) as stream:
        async for delta in stream:
            received.append(delta)


async def collect(chain: ProviderChain) -> tuple[list[str], str | None]:
    async with chain.stream(**ASK) as stream:
        deltas = [delta async for delta in stream]
    return deltas, stream.provider


async def test_streams_from_the_first_provider(
    anthropic_fake: FakeLLMServer, groq_fake: FakeLLMServer
) -> None:
    anthropic_fake.script(Reply("hello world"))
    deltas, provider = await collect(chain_of(anthropic_fake, groq_fake))
    assert (deltas, provider) == (["hello", " world"], "anthropic")
    assert groq_fake.requests == []


@pytest.mark.parametrize("failure", [Fail(529), Fail(401), Reply(""), Reply("late", delay=2)])
async def test_falls_back_when_the_first_provider_fails_before_its_first_delta(
    anthropic_fake: FakeLLMServer, groq_fake: FakeLLMServer, failure: Fail | Reply
) -> None:
    policy = ChainPolicy(call_timeout=0.3, deadline=3, attempts_per_provider=1)
    anthropic_fake.script(failure)
    groq_fake.script(Reply("from groq"))
    chain = chain_of(anthropic_fake, groq_fake, policy=policy)
    async with chain.stream(**ASK) as stream:
        deltas = [delta async for delta in stream]
    assert (deltas, stream.provider) == (["from", " groq"], "groq")
    assert [f.provider for f in stream.failures] == ["anthropic"]


async def test_a_failure_after_the_first_delta_is_not_retried_elsewhere(
    anthropic_fake: FakeLLMServer, groq_fake: FakeLLMServer
) -> None:
    anthropic_fake.script(Reply("one two three four", cut_after=2))
    received: list[str] = []
    with pytest.raises(StreamInterruptedError) as caught:
        await collect_into(chain_of(anthropic_fake, groq_fake), received)
    assert received == ["one", " two"]
    assert (caught.value.provider, caught.value.kind) == ("anthropic", ErrorKind.CONNECTION)
    assert caught.value.status_code == 503
    assert groq_fake.requests == []


async def test_when_no_provider_starts_the_stream_fails_before_any_delta(
    anthropic_fake: FakeLLMServer,
) -> None:
    anthropic_fake.script(Fail(401))
    with pytest.raises(NoProviderAnsweredError) as caught:
        await collect(chain_of(anthropic_fake))
    assert caught.value.failures[0].kind is ErrorKind.AUTHENTICATION


async def test_an_empty_chain_cannot_stream() -> None:
    with pytest.raises(NoProviderAnsweredError, match="unavailable"):
        await collect(ProviderChain([]))


async def test_the_deadline_bounds_the_wait_for_a_first_delta(
    anthropic_fake: FakeLLMServer, groq_fake: FakeLLMServer
) -> None:
    anthropic_fake.script(Hang())
    groq_fake.script(Hang())
    policy = ChainPolicy(call_timeout=0.3, deadline=0.5, attempts_per_provider=1)
    loop = asyncio.get_running_loop()
    started = loop.time()
    with pytest.raises(NoProviderAnsweredError):
        await collect(chain_of(anthropic_fake, groq_fake, policy=policy))
    assert loop.time() - started < 0.5 + 0.25


async def test_leaving_the_stream_early_closes_the_upstream_response(
    anthropic_fake: FakeLLMServer,
) -> None:
    anthropic_fake.script(Reply("a b c d e f g h", chunk_delay=0.1))
    async with chain_of(anthropic_fake).stream(**ASK) as stream:
        async for _ in stream:
            break
    sent = anthropic_fake.requests[0]
    # A blocking wait: the event loop cannot run, so only a close made by the chain
    # itself (not a later garbage-collection finaliser) can have disconnected.
    assert sent.disconnected.wait(1)
    assert not sent.finished.is_set()


async def test_cancelling_the_consumer_closes_the_upstream_response(fake: FakeLLMServer) -> None:
    """What happens when the HTTP client of the stream endpoint goes away."""
    fake.script(Reply("a b c d e f g h", chunk_delay=0.1))
    first = asyncio.Event()

    async def consume() -> None:
        async with chain_of(fake).stream(**ASK) as stream:
            async for _ in stream:
                first.set()

    task = asyncio.create_task(consume())
    await asyncio.wait_for(first.wait(), 2)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    sent = fake.requests[0]
    # A blocking wait: the event loop cannot run, so only a close made by the chain
    # itself (not a later garbage-collection finaliser) can have disconnected.
    assert sent.disconnected.wait(1)
    assert not sent.finished.is_set()
