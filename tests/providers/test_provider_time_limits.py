"""Total time per call, end markers, idle and total limits of streams, through the real SDKs."""

from __future__ import annotations

import time

import pytest

from milio.providers import (
    ChainPolicy,
    ErrorKind,
    ProviderChain,
    ProviderError,
    StreamInterruptedError,
)
from tests.fakes import Drip, FakeLLMServer, Reply
from tests.providers.conftest import chain_of, provider_for

ASK = {"system": "s", "user": "u", "max_tokens": 16}


async def collect_into(chain: ProviderChain, received: list[str]) -> None:
    async with chain.stream(**ASK) as stream:
        async for delta in stream:
            received.append(delta)


def test_a_dripping_answer_is_cut_at_the_calls_total_time(fake: FakeLLMServer) -> None:
    """One byte every 0.1 s: every read succeeds (the SDKs' timeouts are per read), the
    whole would take half a minute. The call ends at its timeout and hangs up."""
    fake.script(Drip("x" * 100, byte_delay=0.1))
    started = time.monotonic()
    with pytest.raises(ProviderError) as caught:
        provider_for(fake).complete(**ASK, timeout=0.6)
    assert caught.value.kind is ErrorKind.TIMEOUT
    assert time.monotonic() - started < 1.5
    assert fake.requests[0].disconnected.wait(2)  # the upstream request was cancelled


async def test_a_stream_closed_without_its_end_marker_is_truncated(fake: FakeLLMServer) -> None:
    fake.script(Reply("one two three four", close_after=2))
    received: list[str] = []
    with pytest.raises(StreamInterruptedError) as caught:
        await collect_into(chain_of(fake), received)
    assert received == ["one", " two"]
    assert caught.value.kind is ErrorKind.TRUNCATED


async def test_a_stream_idle_past_the_limit_is_cut(anthropic_fake: FakeLLMServer) -> None:
    anthropic_fake.script(Reply("one two three", chunk_delay=2))
    policy = ChainPolicy(call_timeout=1, deadline=3, stream_idle=0.3)
    received: list[str] = []
    started = time.monotonic()
    with pytest.raises(StreamInterruptedError) as caught:
        await collect_into(chain_of(anthropic_fake, policy=policy), received)
    assert received == ["one"]
    assert caught.value.kind is ErrorKind.TIMEOUT
    assert time.monotonic() - started < 1.5
    assert anthropic_fake.requests[0].disconnected.wait(2)


async def test_a_stream_is_cut_at_its_longest_life(anthropic_fake: FakeLLMServer) -> None:
    """A delta every 0.1 s never trips the idle limit; the total one ends it."""
    anthropic_fake.script(Reply(" ".join(["word"] * 100), chunk_delay=0.1))
    policy = ChainPolicy(call_timeout=1, deadline=3, stream_idle=1, stream_max=0.6)
    received: list[str] = []
    started = time.monotonic()
    with pytest.raises(StreamInterruptedError) as caught:
        await collect_into(chain_of(anthropic_fake, policy=policy), received)
    assert caught.value.kind is ErrorKind.TIMEOUT
    assert 2 <= len(received) < 20
    assert time.monotonic() - started < 1.5
