"""The per-user daily quota of model-backed requests.

A request that needs a language model (a ``/chat`` answer beyond the fast path, a
``/chat/stream``) takes one unit of its user's quota for the UTC day; a user
past it gets 429 with ``Retry-After`` until the reset. The limit depends on the
user's tier (``MILIO_DAILY_QUOTAS``). Counts live in DynamoDB when
``MILIO_QUOTA_TABLE`` is set (shared by every Lambda instance), in memory
otherwise (``make dev``). This caps each user's model spending; the tiers'
usage plans cap the aggregate at the edge.

Two ways in:
    take_model_request(user_id)              # the stream: one unit before starting
    run_chat(text, charged(completer, uid))  # /chat: one unit before the first model call
"""

from __future__ import annotations

from functools import lru_cache

from aws_lambda_powertools.metrics import MetricUnit, single_metric

from milio.chat.model.completer import Completer
from milio.observability import NAMESPACE, SERVICE
from milio.providers.base import OutputSchema
from milio.providers.chain import ChainResult
from milio.quota.base import Quota, QuotaDecision, QuotaExceededError
from milio.quota.memory import MemoryQuota
from milio.settings import Settings, get_settings
from milio.tiers import daily_quota, user_tier

__all__ = [
    "Quota",
    "QuotaDecision",
    "QuotaExceededError",
    "charged",
    "get_quota",
    "quota_from_settings",
    "take_model_request",
]


def quota_from_settings(settings: Settings) -> Quota:
    if settings.quota_table:
        # Imported only here: boto3 is a cold-start cost the local server need not pay.
        from milio.quota.dynamodb import DynamoDbQuota

        return DynamoDbQuota(settings.quota_table)
    return MemoryQuota()


@lru_cache(maxsize=1)
def get_quota() -> Quota:
    return quota_from_settings(get_settings())


def take_model_request(user_id: int) -> QuotaDecision:
    """Count one model-backed request of ``user_id``; QuotaExceededError past the limit."""
    limit = daily_quota(user_tier(user_id), get_settings())
    decision = get_quota().take(user_id, limit)
    if not decision.allowed:
        # A metric of its own: the streaming app flushes nothing until its next stream.
        with single_metric(
            name="QuotaExceeded", unit=MetricUnit.Count, value=1, namespace=NAMESPACE
        ) as metric:
            metric.add_dimension(name="service", value=SERVICE)
        raise QuotaExceededError(decision.retry_after_seconds)
    return decision


class _Charged:
    """A completer that takes one unit before the first model call of its request."""

    def __init__(self, inner: Completer, user_id: int) -> None:
        self._inner = inner
        self._user_id = user_id
        self._charged = False

    def _charge(self) -> None:
        if not self._charged:
            take_model_request(self._user_id)
            self._charged = True

    def complete(self, *, system: str, user: str, max_tokens: int, purpose: str) -> ChainResult:
        self._charge()
        return self._inner.complete(
            system=system, user=user, max_tokens=max_tokens, purpose=purpose
        )

    def complete_structured(
        self, *, system: str, user: str, output: OutputSchema, max_tokens: int, purpose: str
    ) -> ChainResult:
        self._charge()
        return self._inner.complete_structured(
            system=system, user=user, output=output, max_tokens=max_tokens, purpose=purpose
        )


def charged(completer: Completer | None, user_id: int) -> Completer | None:
    """``completer``, charging ``user_id``'s quota once per request, when a model is asked.

    Answers the fast path gives never reach the completer, so they never count.
    """
    return _Charged(completer, user_id) if completer is not None else None
