"""One OS process taking users' quotas as fast as it can: ``python -m tests.quota.hammer``.

Arguments: endpoint table users limit attempts. For each user 1..users in turn,
``attempts`` takes against ``limit``: two processes run the same sequence, so
they meet at every user's limit. Prints "ready" once connected, reads the start
time (epoch seconds) from stdin, then prints one JSON line.
"""

from __future__ import annotations

import json
import sys
import time

import boto3

from milio.quota.base import QuotaDecision
from milio.quota.dynamodb import DynamoDbQuota


class CountingRefusal:
    """A fallback that refuses and counts: any use means DynamoDB failed during the run."""

    def __init__(self) -> None:
        self.calls = 0

    def take(self, key: str, limit: int) -> QuotaDecision:
        return self.reserve(key, 1, limit)

    def reserve(self, key: str, amount: int, limit: int) -> QuotaDecision:
        self.calls += 1
        return QuotaDecision(False, limit, limit, 1)

    def settle(self, key: str, day: str, amount: int) -> None:
        self.calls += 1


def ready_quota(endpoint: str, table: str) -> tuple[DynamoDbQuota, CountingRefusal]:
    """The quota on moto's table, connected before the clock starts; prints "ready", then
    waits for the start time the test sends every process on stdin."""
    fallback = CountingRefusal()
    client = boto3.client("dynamodb", endpoint_url=endpoint)
    quota = DynamoDbQuota(table, client=client, fallback=fallback)
    quota.take("-1", 1)  # the connection is open before the clock starts
    print("ready", flush=True)
    start_at = float(sys.stdin.readline())
    time.sleep(max(0.0, start_at - time.time()))
    return quota, fallback


def main(endpoint: str, table: str, users: str, limit: str, attempts: str) -> None:
    quota, fallback = ready_quota(endpoint, table)
    first = time.time()
    allowed = sum(
        quota.take(str(user_id), int(limit)).allowed
        for user_id in range(1, int(users) + 1)
        for _ in range(int(attempts))
    )
    result = {"allowed": allowed, "first": first, "last": time.time()}
    print(json.dumps(result | {"fallbacks": fallback.calls}))


if __name__ == "__main__":
    main(*sys.argv[1:6])
