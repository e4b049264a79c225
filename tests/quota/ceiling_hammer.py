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

from milio.quota.ceiling import GlobalCeilingReachedError, take_ceiling_unit
from tests.quota.hammer import ready_quota


def main(endpoint: str, table: str, ceiling: str, attempts: str) -> None:
    counts, fallback = ready_quota(endpoint, table)
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
