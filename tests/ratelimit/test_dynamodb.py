"""The DynamoDB backend against the real local emulator: atomic across OS processes,
items with a TTL, and a per-process fallback when the table cannot be reached."""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any

import boto3
import pytest

from milio.dynamodb import make_client
from milio.ratelimit import rate_limiter_from_settings
from milio.ratelimit.dynamodb import DynamoDbRateLimiter
from milio.ratelimit.memory import MemoryRateLimiter
from milio.services import get_services
from milio.settings import get_settings
from tests.ratelimit.conftest import AWS_TEST_ENV, FakeClock
from tests.support.services import free_port
from tests.support.together import results_of, start_together

pytestmark = pytest.mark.moto
ROOT = Path(__file__).resolve().parents[2]


def test_items_carry_the_bucket_and_a_ttl(
    dynamodb_client: Any, table_name: str, clock: FakeClock
) -> None:
    limiter = DynamoDbRateLimiter(table_name, 2.0, 2, client=dynamodb_client, clock=clock)
    limiter.hit("198.51.100.1")
    item = dynamodb_client.get_item(TableName=table_name, Key={"pk": {"S": "198.51.100.1"}})
    attributes = item["Item"]
    assert float(attributes["tat"]["N"]) == pytest.approx(clock.now + 0.5)
    assert clock.now + 1 < int(attributes["expires_at"]["N"]) <= clock.now + 1 + 61
    ttl = dynamodb_client.describe_time_to_live(TableName=table_name)
    assert ttl["TimeToLiveDescription"]["AttributeName"] == "expires_at"


def run_hammers(
    endpoint: str, table: str, key: str, rate: float, burst: int
) -> list[dict[str, Any]]:
    args = [endpoint, table, key, str(rate), str(burst), "2.0"]
    procs, start_at = start_together("tests.ratelimit.hammer", args, AWS_TEST_ENV)
    # Meanwhile, another key in the same table, from this process.
    time.sleep(max(0.0, start_at + 1.0 - time.time()))
    other = DynamoDbRateLimiter(table, rate, burst, client=make_client(endpoint))
    assert all(other.hit("other-key").allowed for _ in range(burst))
    return results_of(procs)


def test_two_processes_together_get_no_more_than_the_bucket_allows(
    aws_env: str, table_name: str
) -> None:
    rate, burst = 5.0, 3
    results = run_hammers(aws_env, table_name, "203.0.113.9", rate, burst)

    assert [r["fallbacks"] for r in results] == [0, 0]
    assert all(r["total"] > 10 for r in results), results  # both really hammered
    window = max(r["last"] for r in results) - min(r["first"] for r in results)
    allowed = sum(r["allowed"] for r in results)
    ceiling = burst + rate * window
    # +1: a token refilled during the last request's own round trip.
    assert allowed <= ceiling + 1, (allowed, ceiling, results)
    # The bucket is drained continuously, so nearly every token is used.
    assert allowed >= 0.8 * ceiling, (allowed, ceiling, results)


def test_an_unreachable_table_falls_back_to_the_process_limiter(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, clock: FakeClock
) -> None:
    for name, value in AWS_TEST_ENV.items():
        monkeypatch.setenv(name, value)
    dead = make_client(f"http://127.0.0.1:{free_port()}")
    fallback = MemoryRateLimiter(1.0, 2, clock=clock)
    limiter = DynamoDbRateLimiter("rate-limit", 1.0, 2, client=dead, fallback=fallback)
    started = time.perf_counter()
    with caplog.at_level(logging.WARNING, logger="milio.ratelimit.dynamodb"):
        decisions = [limiter.hit("k") for _ in range(3)]
    assert [d.allowed for d in decisions] == [True, True, False]
    # Only the first request pays for the failed call; the next ones skip the table.
    assert time.perf_counter() - started < 3
    warnings = [r for r in caplog.records if "unavailable" in r.getMessage()]
    assert len(warnings) == 1  # logged, but not once per request


def test_a_missing_table_falls_back_too(dynamodb_client: Any, clock: FakeClock) -> None:
    fallback = MemoryRateLimiter(1.0, 1, clock=clock)
    limiter = DynamoDbRateLimiter(
        "no-such-table", 1.0, 1, client=dynamodb_client, clock=clock, fallback=fallback
    )
    assert limiter.hit("k").allowed
    assert not limiter.hit("k").allowed
    assert len(fallback) == 1


def test_the_factory_picks_the_backend_from_settings(
    aws_env: str, table_name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert isinstance(get_services().limiter, MemoryRateLimiter)
    assert get_services().limiter is get_services().limiter

    monkeypatch.setenv("MILIO_RATE_LIMIT_TABLE", table_name)
    monkeypatch.setenv("MILIO_RATE_LIMIT_PER_SECOND", "1")
    monkeypatch.setenv("MILIO_RATE_LIMIT_BURST", "1")
    get_settings.cache_clear()
    limiter = rate_limiter_from_settings(get_settings())
    assert isinstance(limiter, DynamoDbRateLimiter)
    assert limiter.hit("k").allowed
    assert not limiter.hit("k").allowed
    stored = boto3.client("dynamodb").get_item(TableName=table_name, Key={"pk": {"S": "k"}})
    assert "Item" in stored
