"""The per-user daily quota: exact under concurrency (two OS processes on one moto_server),
reset at UTC midnight, a per-process fallback when DynamoDB fails."""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import boto3
import pytest

from milio.dynamodb import create_table, make_client
from milio.quota.base import Day, QuotaDecision
from milio.quota.ceiling import GLOBAL_KEY, GlobalCeilingReachedError, take_ceiling_unit
from milio.quota.dynamodb import DynamoDbQuota
from milio.quota.memory import MemoryQuota
from tests.ratelimit.conftest import AWS_TEST_ENV, FakeClock
from tests.support.services import running_moto
from tests.support.together import results_of, start_together

ROOT = Path(__file__).resolve().parents[2]
# 2026-11-27 23:59:50 UTC: ten seconds before the reset.
LATE = 1_795_823_990.0


def test_a_day_is_named_and_ends_at_utc_midnight() -> None:
    day = Day.of(LATE)
    assert day.name == "2026-11-27"
    assert day.seconds_left(LATE) == 10
    assert Day.of(LATE + 10).name == "2026-11-28"


def test_memory_quota_allows_the_limit_then_refuses_until_the_reset() -> None:
    clock = FakeClock(LATE)
    quota = MemoryQuota(clock=clock)
    assert [quota.take("7", 3).allowed for _ in range(4)] == [True, True, True, False]
    refused = quota.take("7", 3)
    assert (refused.retry_after_seconds, refused.used, refused.limit) == (10, 3, 3)
    assert quota.take("8", 3).allowed  # another user has their own count
    clock.advance(10)
    assert quota.take("7", 3) == QuotaDecision(True, 1, 3, 0)


def test_a_zero_quota_refuses_every_model_request() -> None:
    assert not MemoryQuota().take("1", 0).allowed


@pytest.fixture
def aws(moto_url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    for name, value in AWS_TEST_ENV.items():
        monkeypatch.setenv(name, value)
    return moto_url


@pytest.fixture
def table(aws: str) -> Iterator[str]:
    name = f"quota-{uuid.uuid4().hex[:8]}"
    client = boto3.client("dynamodb", endpoint_url=aws)
    create_table(client, name)
    yield name
    client.delete_table(TableName=name)


@pytest.mark.moto
def test_the_counter_is_one_expiring_item_per_user_and_day(aws: str, table: str) -> None:
    client = make_client(aws)
    quota = DynamoDbQuota(table, client=client, clock=FakeClock(LATE))
    assert [quota.take("42", 2).used for _ in range(2)] == [1, 2]
    refused = quota.take("42", 2)
    assert (refused.allowed, refused.retry_after_seconds) == (False, 10)
    item = client.get_item(TableName=table, Key={"pk": {"S": "quota#42#2026-11-27"}})["Item"]
    assert item["used"]["N"] == "2"
    assert int(item["expires_at"]["N"]) == int(LATE) + 10 + 86_400
    tomorrow = DynamoDbQuota(table, client=client, clock=FakeClock(LATE + 10))
    assert tomorrow.take("42", 2).allowed


@pytest.fixture(scope="module")
def serial_moto_url() -> Iterator[str]:
    with running_moto(one_request_at_a_time=True) as url:
        yield url


@pytest.mark.moto
def test_two_processes_together_get_no_more_than_the_quota(
    serial_moto_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two OS processes on one moto_server (serving one request at a time, as DynamoDB
    applies writes to one item) meet at 40 users' limits: exactly the quota passes."""
    for name, value in AWS_TEST_ENV.items():
        monkeypatch.setenv(name, value)
    aws, table = serial_moto_url, "quota-race"
    create_table(boto3.client("dynamodb", endpoint_url=aws), table)
    users, limit, attempts = 40, 3, 5  # each process: 200 takes; the pair meets 40 limits
    args = [aws, table, *map(str, (users, limit, attempts))]
    results = results_of(start_together("tests.quota.hammer", args, AWS_TEST_ENV)[0])

    assert [r["fallbacks"] for r in results] == [0, 0]  # every answer came from DynamoDB
    assert sum(r["allowed"] for r in results) == users * limit
    # The two really ran at the same time: each started before the other finished.
    assert max(r["first"] for r in results) < min(r["last"] for r in results)
    client, day = boto3.client("dynamodb", endpoint_url=aws), Day.of(time.time()).name
    counts = {
        client.get_item(TableName=table, Key={"pk": {"S": f"quota#{user}#{day}"}})["Item"]["used"][
            "N"
        ]
        for user in range(1, users + 1)
    }
    assert counts == {str(limit)}


def test_an_unreachable_table_falls_back_to_the_per_process_count(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    for name, value in AWS_TEST_ENV.items():
        monkeypatch.setenv(name, value)
    quota = DynamoDbQuota("milio-missing", client=make_client("http://127.0.0.1:9"))
    with caplog.at_level(logging.WARNING):
        decisions = [quota.take("5", 2).allowed for _ in range(3)]
    assert decisions == [True, True, False]
    assert "per-process quota" in caplog.text


@pytest.mark.moto
def test_two_processes_together_get_exactly_the_global_ceiling(
    serial_moto_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two OS processes on one moto_server take units of the service-wide ceiling, each
    trying for more than all of it: exactly the ceiling passes, the rest is refused with a
    Retry-After of at most a day."""
    for name, value in AWS_TEST_ENV.items():
        monkeypatch.setenv(name, value)
    aws, table = serial_moto_url, "ceiling-race"
    create_table(boto3.client("dynamodb", endpoint_url=aws), table)
    ceiling, attempts = 150, 120  # 240 attempts in all against a ceiling of 150
    args = [aws, table, str(ceiling), str(attempts)]
    results = results_of(start_together("tests.quota.ceiling_hammer", args, AWS_TEST_ENV)[0])

    assert [r["fallbacks"] for r in results] == [0, 0]
    assert sum(r["allowed"] for r in results) == ceiling
    assert sum(r["refused"] for r in results) == 2 * attempts - ceiling
    assert max(r["first"] for r in results) < min(r["last"] for r in results)
    assert all(0 < r["max_retry_after"] <= 86_400 for r in results if r["refused"])
    assert [r["metrics"] for r in results] == [r["refused"] for r in results]
    print(f"global ceiling: {[r['allowed'] for r in results]} of {ceiling}")


def test_no_ceiling_takes_nothing_and_a_ceiling_refuses_past_it() -> None:
    counts = MemoryQuota(clock=FakeClock(LATE))
    for _ in range(5):
        take_ceiling_unit(counts, 0)  # 0: no ceiling, nothing counted
    assert counts.take(GLOBAL_KEY, 1).used == 1
    take_ceiling_unit(counts, 2)
    with pytest.raises(GlobalCeilingReachedError) as refused:
        take_ceiling_unit(counts, 2)
    assert refused.value.retry_after_seconds == 10  # until midnight UTC
    assert refused.value.status_code == 429
