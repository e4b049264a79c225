"""In-process limiter: for the local server and as the DynamoDB backend's fallback.

Per process only; on Lambda, many instances each hold their own, which is why
deployments use the DynamoDB backend.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable

from milio.ratelimit.base import Bucket, Decision, sanitize_key

DEFAULT_MAX_KEYS = 10_000


class MemoryRateLimiter:
    """Thread-safe; holds at most ``max_keys`` buckets, least recently used evicted first."""

    def __init__(
        self,
        rate_per_second: float,
        burst: int,
        *,
        max_keys: int = DEFAULT_MAX_KEYS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._bucket = Bucket(rate_per_second, burst)
        self._max_keys = max_keys
        self._clock = clock
        self._tats: OrderedDict[str, float] = OrderedDict()
        self._lock = threading.Lock()

    def hit(self, key: str) -> Decision:
        key = sanitize_key(key)
        with self._lock:
            now = self._clock()
            new_tat, decision = self._bucket.take(self._tats.get(key), now)
            if new_tat is not None:
                self._tats[key] = new_tat
                self._tats.move_to_end(key)
            self._evict(now)
            return decision

    def __len__(self) -> int:
        return len(self._tats)

    def _evict(self, now: float) -> None:
        # A bucket whose tat has passed is full again: forgetting it changes nothing.
        while self._tats:
            oldest_key, oldest_tat = next(iter(self._tats.items()))
            if oldest_tat > now:
                break
            del self._tats[oldest_key]
        # Over the bound, forget the least recently used even if not yet full:
        # bounded memory matters more than a few extra requests from a stale key.
        while len(self._tats) > self._max_keys:
            self._tats.popitem(last=False)
