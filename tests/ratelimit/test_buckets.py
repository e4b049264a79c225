"""Token-bucket behaviour, the same for both backends, driven by a fake clock.

The DynamoDB backend runs against the real local emulator: the clock is the
caller's (the instances' wall clocks), so a fake one makes its math checkable too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from milio.ratelimit import MemoryRateLimiter, RateLimiter
from milio.ratelimit.dynamodb import DynamoDbRateLimiter
from tests.ratelimit.conftest import FakeClock

MakeLimiter = Callable[[float, int], RateLimiter]


class FailingFallback:
    def hit(self, key: str) -> Any:
        raise AssertionError("the DynamoDB backend fell back: the table was not used")


@pytest.fixture(params=["memory", "dynamodb"])
def make_limiter(request: pytest.FixtureRequest, clock: FakeClock) -> MakeLimiter:
    if request.param == "memory":
        return lambda rate, burst: MemoryRateLimiter(rate, burst, clock=clock)
    client = request.getfixturevalue("dynamodb_client")
    table = request.getfixturevalue("table_name")
    return lambda rate, burst: DynamoDbRateLimiter(
        table, rate, burst, client=client, clock=clock, fallback=FailingFallback()
    )


def test_a_full_bucket_allows_the_burst_then_refuses(make_limiter: MakeLimiter) -> None:
    limiter = make_limiter(2.0, 2)
    first, second, third = (limiter.hit("1.2.3.4") for _ in range(3))
    assert (first.allowed, first.remaining) == (True, 1)
    assert (second.allowed, second.remaining) == (True, 0)
    assert (third.allowed, third.retry_after_seconds, third.remaining) == (False, 1, 0)


def test_tokens_come_back_at_the_rate(make_limiter: MakeLimiter, clock: FakeClock) -> None:
    limiter = make_limiter(2.0, 2)
    assert [limiter.hit("k").allowed for _ in range(3)] == [True, True, False]
    clock.advance(0.49)
    assert not limiter.hit("k").allowed
    clock.advance(0.01)  # 0.5 s: exactly one token back
    assert limiter.hit("k").allowed
    assert not limiter.hit("k").allowed
    clock.advance(1.0)  # two tokens back
    assert [limiter.hit("k").allowed for _ in range(3)] == [True, True, False]


def test_a_long_idle_never_fills_beyond_the_burst(
    make_limiter: MakeLimiter, clock: FakeClock
) -> None:
    limiter = make_limiter(2.0, 3)
    limiter.hit("k")
    clock.advance(3600)
    results = [limiter.hit("k") for _ in range(4)]
    assert [r.allowed for r in results] == [True, True, True, False]
    assert [r.remaining for r in results[:3]] == [2, 1, 0]


def test_retry_after_counts_whole_seconds_until_a_token(
    make_limiter: MakeLimiter, clock: FakeClock
) -> None:
    limiter = make_limiter(0.1, 1)  # one request every 10 s
    assert limiter.hit("k").allowed
    clock.advance(2.5)
    refused = limiter.hit("k")
    assert (refused.allowed, refused.retry_after_seconds) == (False, 8)
    clock.advance(7.5)
    assert limiter.hit("k").allowed


def test_refused_requests_do_not_push_the_refill_back(
    make_limiter: MakeLimiter, clock: FakeClock
) -> None:
    limiter = make_limiter(1.0, 1)
    assert limiter.hit("k").allowed
    for _ in range(20):
        assert not limiter.hit("k").allowed
    clock.advance(1.0)
    assert limiter.hit("k").allowed


def test_keys_have_separate_buckets(make_limiter: MakeLimiter) -> None:
    limiter = make_limiter(1.0, 1)
    assert limiter.hit("10.0.0.1").allowed
    assert not limiter.hit("10.0.0.1").allowed
    assert limiter.hit("10.0.0.2").allowed
    assert limiter.hit("2001:db8::1").allowed
