"""Rate limiting (token bucket by key) with pluggable backends: per client (the source
IP) on every route, and per user (``user#<id>``) on every protected one.

``rate_limiter_from_settings()`` and ``user_rate_limiter_from_settings()`` build the
process's limiters (held by ``milio.services``): DynamoDB when ``MILIO_RATE_LIMIT_TABLE``
is set (shared across Lambda instances), memory otherwise. Both keep their buckets in
the same table; their keys never meet.
"""

from __future__ import annotations

from milio.ratelimit.base import MAX_KEY_CHARS, Decision, RateLimiter, sanitize_key
from milio.ratelimit.memory import MemoryRateLimiter
from milio.settings import Settings

__all__ = [
    "MAX_KEY_CHARS",
    "Decision",
    "MemoryRateLimiter",
    "RateLimiter",
    "rate_limiter_from_settings",
    "sanitize_key",
    "user_key",
    "user_rate_limiter_from_settings",
]


def rate_limiter_from_settings(settings: Settings) -> RateLimiter:
    return _limiter(settings, settings.rate_limit_per_second, settings.rate_limit_burst)


def user_rate_limiter_from_settings(settings: Settings) -> RateLimiter:
    rate, burst = settings.user_rate_limit_per_second, settings.user_rate_limit_burst
    return _limiter(settings, rate, burst)


def user_key(user_id: int) -> str:
    return f"user#{user_id}"


def _limiter(settings: Settings, rate: float, burst: int) -> RateLimiter:
    if settings.rate_limit_table:
        # Imported only here: boto3 costs ~170 ms of cold start the local server need not pay.
        from milio.ratelimit.dynamodb import DynamoDbRateLimiter

        return DynamoDbRateLimiter(
            settings.rate_limit_table,
            rate,
            burst,
            timeout=settings.rate_limit_timeout_seconds,
            fallback_seconds=settings.rate_limit_fallback_seconds,
        )
    return MemoryRateLimiter(rate, burst)
