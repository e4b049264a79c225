"""The service's daily ceiling of model-backed requests, all users together.

Per-user quotas cap each account; sign-ups cost nothing, so only a ceiling over every
account caps what the model providers can bill in one UTC day, whoever asks. Each
model-backed request (``/chat`` past the fast path, every stream) takes one unit of the
``global`` count with the same atomic conditional update as a user's quota, after that
user's own unit; past ``MILIO_GLOBAL_DAILY_CEILING`` (0 = no ceiling) every such request
gets 429 with ``Retry-After`` until midnight UTC and the ``GlobalCeilingReached`` metric
counts it (the template's alarm watches it). Fast-path answers never count.
"""

from __future__ import annotations

from aws_lambda_powertools.metrics import MetricUnit, single_metric

from milio.errors import RateLimitedError
from milio.observability import NAMESPACE, SERVICE
from milio.quota.base import Quota

GLOBAL_KEY = "global"  # no user's key: those are numbers


class GlobalCeilingReachedError(RateLimitedError):
    public_message = (
        "The service's daily capacity for model-backed requests is used up;"
        " try again after midnight UTC"
    )


def take_ceiling_unit(counts: Quota, ceiling: int) -> None:
    """One unit of today's global count; GlobalCeilingReachedError past ``ceiling``."""
    if ceiling <= 0:
        return
    decision = counts.take(GLOBAL_KEY, ceiling)
    if decision.allowed:
        return
    # A metric of its own, flushed now: the streaming app has no per-request flush here.
    with single_metric(
        name="GlobalCeilingReached", unit=MetricUnit.Count, value=1, namespace=NAMESPACE
    ) as metric:
        metric.add_dimension(name="service", value=SERVICE)
    raise GlobalCeilingReachedError(decision.retry_after_seconds)
