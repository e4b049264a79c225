"""Percentiles of repeated timings, printed one line per case, for the benchmarks."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def percentiles(timings_ms: list[float]) -> tuple[float, float]:
    """p50 and p99 (inclusive method: defined for small samples too)."""
    cuts = statistics.quantiles(timings_ms, n=100, method="inclusive")
    return cuts[49], cuts[98]


def report(
    name: str,
    action: Callable[[int], object],
    runs: int,
    setup: Callable[[], object] | None = None,
) -> tuple[float, float]:
    """Time ``action(i)`` ``runs`` times (after ``setup()`` each time, untimed); print p50/p99."""
    timings = []
    for i in range(runs):
        if setup is not None:
            setup()
        start = time.perf_counter()
        action(i)
        timings.append((time.perf_counter() - start) * 1000)
    p50, p99 = percentiles(timings)
    print(f"  {name:<52} p50 {p50:8.3f} ms   p99 {p99:8.3f} ms   (N={runs})")
    return p50, p99
