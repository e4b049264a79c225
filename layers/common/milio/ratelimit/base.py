"""The limiter's contract and its arithmetic, shared by every backend.

The token bucket is kept in its GCRA form (generic cell rate algorithm): the whole
state of a key is one number, the "theoretical arrival time" ``tat``. Each allowed
request pushes ``tat`` one emission interval (1 / rate) further; a request is
allowed while ``tat`` stays within ``burst`` intervals of now. This is exactly a
bucket of ``burst`` tokens refilled at ``rate`` per second, and a single number is
what lets the DynamoDB backend update a bucket with one conditional write.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass
from typing import Protocol

MAX_KEY_CHARS = 100
# Float slack so that a request arriving exactly on a refill boundary is allowed.
_EPSILON = 1e-9


@dataclass(frozen=True)
class Decision:
    allowed: bool
    retry_after_seconds: int  # 0 when allowed; at least 1 when refused
    remaining: int  # requests still allowed right now


class RateLimiter(Protocol):
    def hit(self, key: str) -> Decision:
        """Count one request for ``key`` and answer whether it may proceed."""
        ...


@dataclass(frozen=True)
class Bucket:
    """Rate and burst of a token bucket, in GCRA terms."""

    rate_per_second: float
    burst: int

    def __post_init__(self) -> None:
        if self.rate_per_second <= 0 or self.burst < 1:
            raise ValueError("rate must be positive and burst at least 1")

    @property
    def interval(self) -> float:
        """Seconds one request's token takes to come back."""
        return 1.0 / self.rate_per_second

    @property
    def window(self) -> float:
        """How far ahead of now ``tat`` may run: a full bucket's worth of intervals."""
        return self.burst * self.interval

    def fits(self, tat: float, now: float) -> bool:
        """Whether one more request fits, given the stored ``tat`` (already >= now)."""
        return tat + self.interval - now <= self.window + _EPSILON

    def allowed(self, new_tat: float, now: float) -> Decision:
        left = (self.window - (new_tat - now)) / self.interval
        return Decision(True, 0, max(0, math.floor(left + _EPSILON)))

    def refused(self, tat: float, now: float) -> Decision:
        wait = tat + self.interval - self.window - now
        return Decision(False, max(1, math.ceil(wait - _EPSILON)), 0)

    def take(self, tat: float | None, now: float) -> tuple[float | None, Decision]:
        """Answer the new ``tat`` (None when refused: nothing to store) and the decision."""
        start = now if tat is None or tat < now else tat
        if not self.fits(start, now):
            return None, self.refused(start, now)
        new_tat = start + self.interval
        return new_tat, self.allowed(new_tat, now)


def sanitize_key(key: str) -> str:
    """Answer a bounded, printable key: short printable ASCII as is, anything else hashed.

    Hashing (rather than truncating) keeps distinct long keys distinct.
    """
    if 0 < len(key) <= MAX_KEY_CHARS and all("!" <= char <= "~" for char in key):
        return key
    digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()
    return "sha256:" + digest[:40]
