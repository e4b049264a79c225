"""The daily counts' contract and their day arithmetic, shared by every backend.

A count is kept per key (a user's id for their model-backed requests; ``global`` for the
service's ceiling; ``signup#<address>`` for one client's sign-ups) and per UTC day: the
count lives under a key that names the day, so a new day starts from zero without any
reset step, and the answer to a refused request is how long until that day ends.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from typing import Protocol

from milio.errors import RateLimitedError

DAY_SECONDS = 86_400


@dataclass(frozen=True)
class QuotaDecision:
    allowed: bool
    used: int  # units used today, this one included when allowed
    limit: int
    retry_after_seconds: int  # until the quota resets (UTC midnight); 0 when allowed


class Quota(Protocol):
    def take(self, key: str, limit: int) -> QuotaDecision:
        """Count one unit for ``key`` today if fewer than ``limit`` are used."""
        ...


class QuotaExceededError(RateLimitedError):
    public_message = "Daily limit of model-backed requests reached; try again after the reset"


@dataclass(frozen=True)
class Day:
    """One UTC day: its name, which keys the count, and the epoch second it ends."""

    name: str
    ends_at: float

    @classmethod
    def of(cls, now: float) -> Day:
        start = math.floor(now / DAY_SECONDS) * DAY_SECONDS
        return cls(time.strftime("%Y-%m-%d", time.gmtime(start)), start + DAY_SECONDS)

    def seconds_left(self, now: float) -> int:
        return max(1, math.ceil(self.ends_at - now))

    def refused(self, now: float, used: int, limit: int) -> QuotaDecision:
        return QuotaDecision(False, used, limit, self.seconds_left(now))
