"""One OS process spending users' token budgets as fast as it can:
``python -m tests.quota.token_hammer``.

Arguments: endpoint table users limit attempts estimate spent. For each user 1..users
in turn, ``attempts`` calls, each reserving ``estimate`` tokens against ``limit`` and,
when allowed, settling to ``spent``: two processes run the same sequence, so they meet
at every user's budget. Prints "ready" once connected, reads the start time (epoch
seconds) from stdin, then prints one JSON line.
"""

from __future__ import annotations

import json
import sys
import time

from milio.quota import Reservation
from tests.quota.hammer import ready_quota


def main(*argv: str) -> None:
    endpoint, table = argv[:2]
    users, limit, attempts, estimate, spent = map(int, argv[2:])
    quota, fallback = ready_quota(endpoint, table)
    first = time.time()
    allowed = 0
    for user_id in range(1, users + 1):
        for _ in range(attempts):
            key = f"tokens#{user_id}"
            decision = quota.reserve(key, estimate, limit)
            if decision.allowed:
                allowed += 1
                Reservation(quota, key, decision.day, estimate).settle(spent)
    result = {"allowed": allowed, "first": first, "last": time.time()}
    print(json.dumps(result | {"fallbacks": fallback.calls}))


if __name__ == "__main__":
    main(*sys.argv[1:8])
