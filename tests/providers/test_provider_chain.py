"""The completion chain: retries, fallback, cool-down, timeouts and the deadline, over the fakes."""

from __future__ import annotations

import statistics
import time
from typing import TypedDict

import pytest

from milio.errors import ProviderUnavailableError
from milio.providers import (
    ChainPolicy,
    ErrorKind,
    NoProviderAnsweredError,
    ProviderChain,
    ProviderHealth,
)
from tests.fakes import Fail, FakeLLMServer, Hang, Malformed, Reply
from tests.providers.conftest import TEST_POLICY, chain_of


class Ask(TypedDict):
    system: str
    user: str
    max_tokens: int


ASK: Ask = {"system": "s", "user": "u", "max_tokens": 16}


def test_the_first_provider_answers_and_no_failure_is_reported(
    groq_fake: FakeLLMServer, openai_fake: FakeLLMServer
) -> None:
    groq_fake.script(Reply("from groq"))
    result = chain_of(groq_fake, openai_fake).complete(**ASK)
    assert (result.completion.text, result.completion.provider) == ("from groq", "groq")
    assert result.failures == ()
    assert openai_fake.requests == []


@pytest.mark.parametrize("failure", [Fail(500), Fail(429), Hang()])
def test_retryable_failures_are_retried_on_the_same_provider(
    groq_fake: FakeLLMServer, openai_fake: FakeLLMServer, failure: Fail | Hang
) -> None:
    groq_fake.script(failure, Reply("second try"))
    result = chain_of(groq_fake, openai_fake).complete(**ASK)
    assert result.completion.text == "second try"
    assert len(groq_fake.requests) == 2
    assert openai_fake.requests == []
    assert [f.provider for f in result.failures] == ["groq"]


@pytest.mark.parametrize("failure", [Fail(400), Fail(401), Fail(403), Malformed()])
def test_non_retryable_failures_move_on_to_the_next_provider_at_once(
    groq_fake: FakeLLMServer, openai_fake: FakeLLMServer, failure: Fail | Malformed
) -> None:
    groq_fake.script(failure)
    result = chain_of(groq_fake, openai_fake).complete(**ASK)
    assert result.completion.provider == "openai"
    assert len(groq_fake.requests) == 1


def test_fallback_follows_the_given_order_and_reports_each_failure(
    groq_fake: FakeLLMServer, openai_fake: FakeLLMServer, anthropic_fake: FakeLLMServer
) -> None:
    groq_fake.script(Fail(401))
    openai_fake.script(Fail(500), Fail(503))
    anthropic_fake.script(Reply("third"))
    result = chain_of(groq_fake, openai_fake, anthropic_fake).complete(**ASK)
    assert result.completion.provider == "anthropic"
    assert [(f.provider, f.kind, f.status) for f in result.failures] == [
        ("groq", ErrorKind.AUTHENTICATION, 401),
        ("openai", ErrorKind.SERVER_ERROR, 500),
        ("openai", ErrorKind.SERVER_ERROR, 503),
    ]
    assert all(f.latency_ms >= 0 for f in result.failures)


def test_a_short_retry_after_is_waited_for(
    groq_fake: FakeLLMServer, openai_fake: FakeLLMServer
) -> None:
    groq_fake.script(Fail(429, retry_after=0.2), Reply("after waiting"))
    started = time.monotonic()
    result = chain_of(groq_fake, openai_fake).complete(**ASK)
    assert result.completion.text == "after waiting"
    assert time.monotonic() - started >= 0.2


def test_a_long_retry_after_moves_on_to_the_next_provider(
    groq_fake: FakeLLMServer, openai_fake: FakeLLMServer
) -> None:
    groq_fake.script(Fail(429, retry_after=30))
    started = time.monotonic()
    result = chain_of(groq_fake, openai_fake).complete(**ASK)
    assert result.completion.provider == "openai"
    assert time.monotonic() - started < 1.0


def test_when_every_provider_fails_the_error_is_safe_and_lists_the_failures(
    groq_fake: FakeLLMServer, openai_fake: FakeLLMServer
) -> None:
    groq_fake.script(Fail(401))
    openai_fake.script(Fail(400))
    with pytest.raises(ProviderUnavailableError) as caught:
        chain_of(groq_fake, openai_fake).complete(**ASK)
    error = caught.value
    assert isinstance(error, NoProviderAnsweredError)
    assert error.reason == "all providers failed"
    assert [(f.provider, f.kind) for f in error.failures] == [
        ("groq", ErrorKind.AUTHENTICATION),
        ("openai", ErrorKind.BAD_REQUEST),
    ]
    assert error.message == "The language model is unavailable"
    assert error.status_code == 503


def test_an_empty_chain_says_no_provider_is_configured() -> None:
    with pytest.raises(NoProviderAnsweredError) as caught:
        ProviderChain([]).complete(**ASK)
    assert caught.value.reason == "no provider configured"


def test_the_per_call_timeout_moves_on_from_a_hanging_provider(
    groq_fake: FakeLLMServer, openai_fake: FakeLLMServer
) -> None:
    groq_fake.script(Hang())
    policy = ChainPolicy(call_timeout=0.3, deadline=3, attempts_per_provider=1)
    started = time.monotonic()
    result = chain_of(groq_fake, openai_fake, policy=policy).complete(**ASK)
    assert result.completion.provider == "openai"
    assert result.failures[0].kind is ErrorKind.TIMEOUT
    assert 0.3 <= time.monotonic() - started < 1.0


def test_no_call_runs_past_the_deadline(
    groq_fake: FakeLLMServer, openai_fake: FakeLLMServer, anthropic_fake: FakeLLMServer
) -> None:
    for fake in (groq_fake, openai_fake, anthropic_fake):
        fake.script(Hang(), Hang())
    policy = ChainPolicy(call_timeout=0.3, deadline=0.7, backoff_base=0.01)
    started = time.monotonic()
    with pytest.raises(NoProviderAnsweredError) as caught:
        chain_of(groq_fake, openai_fake, anthropic_fake, policy=policy).complete(**ASK)
    elapsed = time.monotonic() - started
    assert 0.6 <= elapsed < 0.7 + 0.25  # the deadline, plus the overhead of closing a call
    assert caught.value.reason == "deadline exceeded"
    assert anthropic_fake.requests == []  # no time was left to start it


def test_a_provider_that_keeps_failing_cools_down_then_recovers(
    groq_fake: FakeLLMServer, openai_fake: FakeLLMServer
) -> None:
    health = ProviderHealth(failures_before_cooldown=2, cooldown_seconds=0.4)
    chain = chain_of(groq_fake, openai_fake, health=health)
    groq_fake.script(Fail(500), Fail(500))
    assert chain.complete(**ASK).completion.provider == "openai"
    assert health.is_cooling("groq")

    assert chain.complete(**ASK).completion.provider == "openai"
    assert len(groq_fake.requests) == 2  # skipped while cooling

    time.sleep(0.45)
    assert chain.complete(**ASK).completion.provider == "groq"
    assert not health.is_cooling("groq")


def test_when_every_provider_is_cooling_they_are_still_tried(groq_fake: FakeLLMServer) -> None:
    health = ProviderHealth(failures_before_cooldown=1, cooldown_seconds=60)
    chain = chain_of(groq_fake, health=health, policy=TEST_POLICY)
    groq_fake.script(Fail(401))
    with pytest.raises(NoProviderAnsweredError):
        chain.complete(**ASK)
    assert health.is_cooling("groq")
    assert chain.complete(**ASK).completion.provider == "groq"


def test_bad_requests_do_not_count_towards_a_cool_down(groq_fake: FakeLLMServer) -> None:
    health = ProviderHealth(failures_before_cooldown=1, cooldown_seconds=60)
    groq_fake.script(Fail(400))
    with pytest.raises(NoProviderAnsweredError):
        chain_of(groq_fake, health=health).complete(**ASK)
    assert not health.is_cooling("groq")


def test_chain_overhead_per_call_is_small(groq_fake: FakeLLMServer) -> None:
    """Measured figure for the report: the chain adds little over a direct provider call.
    Rounds interleave the two and medians are compared, so a busy machine slows both."""
    chain = chain_of(groq_fake)
    provider = chain.providers[0]
    chain.complete(**ASK)  # warm: SDK imported, connection open
    direct, through_chain = [], []
    for _ in range(30):
        started = time.perf_counter()
        provider.complete(system="s", user="u", max_tokens=16, timeout=1)
        direct.append(time.perf_counter() - started)
        started = time.perf_counter()
        chain.complete(**ASK)
        through_chain.append(time.perf_counter() - started)
    direct_ms, chain_ms = statistics.median(direct) * 1000, statistics.median(through_chain) * 1000
    print(f"direct {direct_ms:.2f} ms, through chain {chain_ms:.2f} ms (medians)")
    assert chain_ms < direct_ms + 5
