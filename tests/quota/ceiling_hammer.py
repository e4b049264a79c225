"""One OS process taking units of the global daily ceiling as fast as it can:
``python -m tests.quota.ceiling_hammer endpoint table ceiling attempts``.

Prints "ready" once connected, reads the start time (epoch seconds) from stdin, then
prints one JSON line: how many units it got, how many refusals, and when it ran.
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
import time

import boto3

from milio.quota.ceiling import GlobalCeilingReachedError, take_ceiling_unit
from milio.quota.dynamodb import DynamoDbQuota
from tests.quota.hammer import CountingRefusal


def main(endpoint: str, table: str, ceiling: str, attempts: str) -> None:
    fallback = CountingRefusal()
    client = boto3.client("dynamodb", endpoint_url=endpoint)
    counts = DynamoDbQuota(table, client=client, fallback=fallback)
    counts.take("warm-up", 1)  # the connection is open before the clock starts
    print("ready", flush=True)
    start_at = float(sys.stdin.readline())
    time.sleep(max(0.0, start_at - time.time()))
    first = time.time()
    allowed = refused = 0
    retry_after: set[int] = set()
    emitted = io.StringIO()  # each refusal's metric, as Embedded Metric Format lines
    with contextlib.redirect_stdout(emitted):
        for _ in range(int(attempts)):
            try:
                take_ceiling_unit(counts, int(ceiling))
                allowed += 1
            except GlobalCeilingReachedError as exc:
                refused += 1
                retry_after.add(exc.retry_after_seconds)
    result = {"allowed": allowed, "refused": refused, "first": first, "last": time.time()}
    metrics = sum('"GlobalCeilingReached"' in line for line in emitted.getvalue().splitlines())
    retry = {"max_retry_after": max(retry_after, default=0), "metrics": metrics}
    print(json.dumps(result | retry | {"fallbacks": fallback.calls}))


if __name__ == "__main__":
    main(*sys.argv[1:5])
