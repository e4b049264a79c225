"""Sign-ups per client (source address) and UTC day.

Sign-up is free and unverified, and each account brings a fresh daily model quota:
without a cap one client makes accounts as fast as the rate limit allows (about 2 a
second, 171,000 model-backed requests a day at 200 each). ``MILIO_SIGNUPS_PER_CLIENT_PER_DAY``
(default 10; 0 = no cap) accounts per source address and UTC day, counted with the
quota's atomic daily counts (DynamoDB in AWS, memory under ``make dev``); past it, 429
with ``Retry-After`` until midnight UTC. Only a sign-up that is about to create an
account counts: a mistyped address or a refused password costs nothing.
"""

from __future__ import annotations

from milio.errors import RateLimitedError
from milio.quota.base import Quota
from milio.ratelimit.base import sanitize_key


class SignUpLimitError(RateLimitedError):
    public_message = "Too many accounts created from this address today; try again tomorrow"


def take_signup_unit(counts: Quota, client: str, per_day: int) -> None:
    """One of ``client``'s sign-ups today; SignUpLimitError past ``per_day``."""
    if per_day <= 0:
        return
    decision = counts.take(f"signup#{sanitize_key(client)}", per_day)
    if not decision.allowed:
        raise SignUpLimitError(decision.retry_after_seconds)
