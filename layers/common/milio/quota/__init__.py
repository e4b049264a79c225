"""The per-user daily quotas: model tokens, and model-backed requests.

A request that needs a language model (a ``/chat`` answer beyond the fast path, a
``/chat/stream``) takes one unit of its user's quota for the UTC day; a user
past it gets 429 with ``Retry-After`` until the reset. The limit depends on the
user's tier (``MILIO_DAILY_QUOTAS``), which the caller brings from the token
check. Counts live in DynamoDB when ``MILIO_QUOTA_TABLE`` is set (shared by
every Lambda instance), in memory otherwise (``make dev``). This caps each
user's model spending; each such request also takes a unit of the service's global
daily ceiling (milio.quota.ceiling), which caps the sum of every user's.

What bounds a user's spending whatever the sizes of their requests is the daily
budget of model tokens (``MILIO_DAILY_MODEL_TOKENS``, by tier), counted under
``tokens#<user id>``: before each model call the caller reserves an estimate that
cannot be below the call's cost (``reserve_tokens``: refused once the day's count
is at the budget), and after it settles to what the provider reported
(``Reservation.settle``). The amounts are the caller's (milio.chat.model.spending);
this package counts them and knows nothing of models.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NoReturn

from aws_lambda_powertools.metrics import MetricUnit, single_metric

from milio.observability import NAMESPACE, SERVICE
from milio.quota.base import Quota, QuotaDecision, QuotaExceededError
from milio.quota.ceiling import take_ceiling_unit
from milio.quota.memory import MemoryQuota
from milio.settings import Settings
from milio.tiers import daily_model_tokens, daily_quota

__all__ = [
    "Quota",
    "QuotaDecision",
    "QuotaExceededError",
    "Reservation",
    "quota_from_settings",
    "reserve_tokens",
    "take_model_request",
]


def quota_from_settings(settings: Settings) -> Quota:
    if settings.quota_table:
        # Imported only here: boto3 is a cold-start cost the local server need not pay.
        from milio.quota.dynamodb import DynamoDbQuota

        return DynamoDbQuota(
            settings.quota_table, fallback_seconds=settings.rate_limit_fallback_seconds
        )
    return MemoryQuota()


def take_model_request(quota: Quota, settings: Settings, user_id: int, tier: str) -> QuotaDecision:
    """Count one model-backed request of ``user_id``; QuotaExceededError past the user's
    limit, GlobalCeilingReachedError past the service's."""
    decision = quota.take(str(user_id), daily_quota(tier, settings))
    if not decision.allowed:
        _refuse(decision)
    take_ceiling_unit(quota, settings.global_daily_ceiling)
    return decision


@dataclass(frozen=True)
class Reservation:
    """Units reserved in one user's token count, to be settled to what was really spent."""

    quota: Quota
    key: str
    day: str
    amount: int

    def settle(self, spent: int) -> None:
        """Correct the count to ``spent`` in place of the reserved amount: one atomic add."""
        if spent != self.amount:
            self.quota.settle(self.key, self.day, spent - self.amount)


def reserve_tokens(
    quota: Quota, settings: Settings, user_id: int, tier: str, amount: int
) -> Reservation:
    """Reserve ``amount`` of the user's daily model tokens; QuotaExceededError once the day's
    count is at the tier's budget."""
    key = f"tokens#{user_id}"
    decision = quota.reserve(key, amount, daily_model_tokens(tier, settings))
    if not decision.allowed:
        _refuse(decision)
    return Reservation(quota, key, decision.day, amount)


def _refuse(decision: QuotaDecision) -> NoReturn:
    # A metric of its own: the streaming app flushes nothing until its next stream.
    with single_metric(
        name="QuotaExceeded", unit=MetricUnit.Count, value=1, namespace=NAMESPACE
    ) as metric:
        metric.add_dimension(name="service", value=SERVICE)
    raise QuotaExceededError(decision.retry_after_seconds)
