"""The in-process backend: bounded memory, thread safety, key sanitising."""

from __future__ import annotations

import threading

import pytest

from milio.ratelimit import MAX_KEY_CHARS, MemoryRateLimiter, sanitize_key
from tests.ratelimit.conftest import FakeClock


def test_memory_is_bounded_by_evicting_the_least_recently_used(clock: FakeClock) -> None:
    limiter = MemoryRateLimiter(1.0, 2, max_keys=3, clock=clock)
    for i in range(10):
        limiter.hit(f"10.0.0.{i}")
    assert len(limiter) == 3
    limiter.hit("10.0.0.9")
    assert not limiter.hit("10.0.0.9").allowed  # a recent key keeps its state


def test_full_buckets_are_forgotten(clock: FakeClock) -> None:
    limiter = MemoryRateLimiter(1.0, 2, clock=clock)
    for i in range(100):
        limiter.hit(f"10.0.0.{i}")
    clock.advance(1.01)  # every bucket has its token back: full again
    limiter.hit("fresh")
    assert len(limiter) == 1


def test_threads_together_get_no_more_than_the_burst(clock: FakeClock) -> None:
    limiter = MemoryRateLimiter(1.0, 5, clock=clock)  # the clock stands still
    allowed: list[bool] = []
    lock = threading.Lock()

    def hammer() -> None:
        for _ in range(200):
            decision = limiter.hit("k")
            with lock:
                allowed.append(decision.allowed)

    threads = [threading.Thread(target=hammer) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(allowed) == 5
    assert len(allowed) == 1600


@pytest.mark.parametrize("key", ["203.0.113.7", "2001:db8::ff00:42:8329", "login:198.51.100.1"])
def test_ordinary_keys_are_kept(key: str) -> None:
    assert sanitize_key(key) == key


@pytest.mark.parametrize("key", ["", "x" * 10_000, "a b", "ip\n", "é", "\x00"])
def test_odd_keys_are_hashed_to_a_bounded_printable_key(key: str) -> None:
    cleaned = sanitize_key(key)
    assert 0 < len(cleaned) <= MAX_KEY_CHARS
    assert cleaned.isprintable()
    assert " " not in cleaned
    assert cleaned.startswith("sha256:")


def test_distinct_long_keys_stay_distinct() -> None:
    assert sanitize_key("x" * 200 + "a") != sanitize_key("x" * 200 + "b")


def test_bad_parameters_are_refused() -> None:
    with pytest.raises(ValueError, match="rate"):
        MemoryRateLimiter(0, 1)
    with pytest.raises(ValueError, match="burst"):
        MemoryRateLimiter(1, 0)
