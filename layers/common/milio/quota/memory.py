"""In-process quota: for the local server and as the DynamoDB backend's fallback."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from milio.quota.base import Day, QuotaDecision


class MemoryQuota:
    """Thread-safe counts of the current UTC day; earlier days are forgotten."""

    def __init__(self, *, clock: Callable[[], float] = time.time) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._day = ""
        self._used: dict[str, int] = {}

    def take(self, key: str, limit: int) -> QuotaDecision:
        now = self._clock()
        day = Day.of(now)
        with self._lock:
            if day.name != self._day:
                self._day, self._used = day.name, {}
            used = self._used.get(key, 0)
            if used >= limit:
                return day.refused(now, used, limit)
            self._used[key] = used + 1
            return QuotaDecision(True, used + 1, limit, 0)
