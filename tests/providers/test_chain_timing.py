"""The chain's waits, backoff, cool-downs and deadlines on an injected clock: no real time."""

from __future__ import annotations

import random
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import pytest

from milio.chat.model.completer import ChainCompleter
from milio.deadline import Deadline
from milio.providers import (
    ChainPolicy,
    Completion,
    ErrorKind,
    NoProviderAnsweredError,
    ProviderChain,
    ProviderError,
    ProviderHealth,
)
from milio.providers.chain import Timing


@dataclass
class FakeTime:
    now: float = 0.0
    slept: list[float] = field(default_factory=list)

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)

    def timing(self, seed: int = 7) -> Timing:
        return Timing(self.clock, self.sleep, self.async_sleep, random.Random(seed))


@dataclass
class ScriptedProvider:
    """A provider whose calls take fake time: a number answers after that many seconds
    (a timeout if more than allowed), an ErrorKind fails at once."""

    name: str
    time: FakeTime
    script: list[float | ErrorKind]
    model: str = "m"
    calls: list[float] = field(default_factory=list)  # the timeout each call was given

    def warm_up(self) -> None:
        pass

    def complete(self, *, system: str, user: str, max_tokens: int, timeout: float) -> Completion:
        self.calls.append(timeout)
        step = self.script.pop(0) if self.script else 0.1
        if isinstance(step, ErrorKind):
            raise ProviderError(self.name, step, status=500)
        self.time.now += min(step, timeout)
        if step > timeout:
            raise ProviderError(self.name, ErrorKind.TIMEOUT)
        return Completion("ok", self.name, self.model, step * 1000, 1)

    def stream(
        self, *, system: str, user: str, max_tokens: int, timeout: float
    ) -> AsyncIterator[str]:
        raise NotImplementedError


ASK = {"system": "s", "user": "u", "max_tokens": 8}


def test_backoff_waits_with_the_injected_sleep_and_random_source() -> None:
    fake = FakeTime()
    provider = ScriptedProvider("groq", fake, [ErrorKind.SERVER_ERROR, 0.2])
    policy = ChainPolicy(call_timeout=8, deadline=20, backoff_base=0.4, backoff_cap=1.0)
    chain = ProviderChain([provider], policy=policy, timing=fake.timing(seed=7))
    assert chain.complete(**ASK).completion.provider == "groq"
    expected = 0.2 + random.Random(7).uniform(0, 0.2)  # half the ceiling, plus jitter
    assert fake.slept == [pytest.approx(expected)]


def test_a_cool_down_ends_on_the_injected_clock() -> None:
    fake = FakeTime()
    flaky = ScriptedProvider("groq", fake, [ErrorKind.SERVER_ERROR, ErrorKind.SERVER_ERROR])
    steady = ScriptedProvider("openai", fake, [])
    health = ProviderHealth(failures_before_cooldown=2, cooldown_seconds=30, clock=fake.clock)
    policy = ChainPolicy(attempts_per_provider=2, backoff_base=0.01)
    chain = ProviderChain([flaky, steady], policy=policy, health=health, timing=fake.timing())
    assert chain.complete(**ASK).completion.provider == "openai"
    assert health.is_cooling("groq")
    assert chain.complete(**ASK).completion.provider == "openai"
    assert len(flaky.calls) == 2  # skipped while cooling
    fake.now += 30
    assert chain.complete(**ASK).completion.provider == "groq"


def test_one_request_deadline_spans_every_call_of_the_request() -> None:
    """Before: each call had its own 20 s, so five 6 s answers took 30 s (over API
    Gateway's 29 s). Now every step of a request shares the request's deadline."""
    fake = FakeTime()
    provider = ScriptedProvider("groq", fake, [6.0, 6.0, 6.0, 6.0, 6.0])
    policy = ChainPolicy(call_timeout=8, deadline=20, attempts_per_provider=1)
    chain = ProviderChain([provider], policy=policy, timing=fake.timing())
    completer = ChainCompleter(chain, Deadline.after(10, fake.clock))
    assert completer.complete(**ASK, purpose="category").completion.provider == "groq"
    with pytest.raises(NoProviderAnsweredError) as caught:
        completer.complete(**ASK, purpose="action")
    assert provider.calls == [8, pytest.approx(4)]  # the second call got what was left
    assert fake.now == pytest.approx(10)
    assert caught.value.reason == "deadline exceeded"


def test_no_call_starts_once_the_request_deadline_has_passed() -> None:
    fake = FakeTime()
    provider = ScriptedProvider("groq", fake, [])
    chain = ProviderChain([provider], timing=fake.timing())
    deadline = Deadline.after(1, fake.clock)
    fake.now += 2
    with pytest.raises(NoProviderAnsweredError):
        chain.complete(**ASK, deadline=deadline)
    assert provider.calls == []
