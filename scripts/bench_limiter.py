"""Latency the rate limiter adds to each request, p50/p99.

    .venv/bin/python scripts/bench_limiter.py [N]

The memory backend in-process; the DynamoDB backend against a local moto_server
started here (loopback, so the figures are the code's and the emulator's cost, not
a real DynamoDB round trip of a few milliseconds).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "layers" / "common"), str(ROOT)]

from milio.dynamodb import create_table, make_client  # noqa: E402
from milio.ratelimit import MemoryRateLimiter, RateLimiter  # noqa: E402
from milio.ratelimit.dynamodb import DynamoDbRateLimiter  # noqa: E402
from scripts.timing import report  # noqa: E402
from tests.support.services import running_moto  # noqa: E402


def bench_backend(label: str, limiter: RateLimiter, runs: int) -> None:
    # A fresh key per hit: the common case of a client within its limit (one write).
    report(f"{label}: allowed, new or refilled bucket", lambda i: limiter.hit(f"new-{i}"), runs)
    # A key hit faster than its rate: the second and later calls of a burst.
    report(f"{label}: flooded key (mostly refused)", lambda i: limiter.hit("flood"), runs)


def main(runs: int) -> None:
    bench_backend("memory", MemoryRateLimiter(2.0, 2), runs * 10)
    for name, value in (("AWS_ACCESS_KEY_ID", "testing"), ("AWS_SECRET_ACCESS_KEY", "testing")):
        os.environ.setdefault(name, value)
    os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")
    with running_moto() as url:
        client = make_client(url)
        create_table(client, "rate-limit-bench")
        limiter = DynamoDbRateLimiter("rate-limit-bench", 2.0, 2, client=client)
        limiter.hit("warm-up")
        bench_backend("dynamodb (moto, loopback)", limiter, runs)
        busy = DynamoDbRateLimiter("rate-limit-bench", 1000.0, 1000, client=client)
        report(
            "dynamodb (moto): allowed, bucket in use (2 writes)",
            lambda i: busy.hit("busy"),
            runs,
        )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300)
