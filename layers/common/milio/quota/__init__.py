"""The per-user daily quota of model-backed requests.

A request that needs a language model (a ``/chat`` answer beyond the fast path, a
``/chat/stream``) takes one unit of its user's quota for the UTC day; a user
past it gets 429 with ``Retry-After`` until the reset. The limit depends on the
user's tier (``MILIO_DAILY_QUOTAS``), which the caller brings from the token
check. Counts live in DynamoDB when ``MILIO_QUOTA_TABLE`` is set (shared by
every Lambda instance), in memory otherwise (``make dev``). This caps each
user's model spending; each such request also takes a unit of the service's global
daily ceiling (milio.quota.ceiling), which caps the sum of every user's.
"""

from __future__ import annotations

from aws_lambda_powertools.metrics import MetricUnit, single_metric

from milio.observability import NAMESPACE, SERVICE
from milio.quota.base import Quota, QuotaDecision, QuotaExceededError
from milio.quota.ceiling import take_ceiling_unit
from milio.quota.memory import MemoryQuota
from milio.settings import Settings
from milio.tiers import daily_quota

__all__ = [
    "Quota",
    "QuotaDecision",
    "QuotaExceededError",
    "quota_from_settings",
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
        # A metric of its own: the streaming app flushes nothing until its next stream.
        with single_metric(
            name="QuotaExceeded", unit=MetricUnit.Count, value=1, namespace=NAMESPACE
        ) as metric:
            metric.add_dimension(name="service", value=SERVICE)
        raise QuotaExceededError(decision.retry_after_seconds)
    take_ceiling_unit(quota, settings.global_daily_ceiling)
    return decision
