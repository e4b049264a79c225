"""The TOKEN authorizer API Gateway calls for every protected route."""

from __future__ import annotations

from typing import Any

from milio.accounts import account_tier
from milio.authorizer import authorize
from milio.errors import UnauthorizedError
from milio.observability import metrics, with_lambda_context
from milio.settings import get_settings
from milio.startup import start_up

start_up(providers=False, tier_keys=True)


@with_lambda_context
@metrics.log_metrics(capture_cold_start_metric=True)
def handler(event: Any, context: Any) -> dict[str, Any]:
    try:
        return authorize(event, get_settings(), account_tier)
    except UnauthorizedError:
        # API Gateway answers 401 exactly when the authorizer raises "Unauthorized".
        raise Exception("Unauthorized") from None
