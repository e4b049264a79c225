"""One OS process hitting one key as fast as it can: ``python -m tests.ratelimit.hammer``.

Arguments: endpoint table key rate burst duration. Prints "ready" once imported and
connected, reads the start time (epoch seconds) from stdin, then prints one JSON line.
"""

from __future__ import annotations

import json
import sys
import time

import boto3

from milio.ratelimit.base import Decision
from milio.ratelimit.dynamodb import DynamoDbRateLimiter


class CountingRefusal:
    """A fallback that refuses and counts: any use means DynamoDB failed during the run."""

    def __init__(self) -> None:
        self.calls = 0

    def hit(self, key: str) -> Decision:
        self.calls += 1
        return Decision(False, 1, 0)


def main(endpoint: str, table: str, key: str, rate: str, burst: str, run: str) -> None:
    fallback = CountingRefusal()
    limiter = DynamoDbRateLimiter(
        table,
        float(rate),
        int(burst),
        client=boto3.client("dynamodb", endpoint_url=endpoint),
        fallback=fallback,
    )
    limiter.hit("warm-up")  # the connection is open before the clock starts
    print("ready", flush=True)
    start_at = float(sys.stdin.readline())
    stop_at = start_at + float(run)
    time.sleep(max(0.0, start_at - time.time()))
    allowed = total = 0
    first = time.time()
    while time.time() < stop_at:
        total += 1
        allowed += limiter.hit(key).allowed
    last = time.time()
    result = {"allowed": allowed, "total": total, "first": first, "last": last}
    print(json.dumps(result | {"fallbacks": fallback.calls}))


if __name__ == "__main__":
    main(*sys.argv[1:7])
