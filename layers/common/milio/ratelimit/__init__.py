"""Per-client rate limiting (token bucket by key, the source IP) with pluggable backends.

``rate_limiter_from_settings()`` builds the process's limiter (held by
``milio.services``): DynamoDB when ``MILIO_RATE_LIMIT_TABLE`` is set (shared across
Lambda instances), memory otherwise.
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
]


def rate_limiter_from_settings(settings: Settings) -> RateLimiter:
    rate, burst = settings.rate_limit_per_second, settings.rate_limit_burst
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
