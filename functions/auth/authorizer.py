"""The TOKEN authorizer API Gateway calls for every protected route."""

from __future__ import annotations

from typing import Any

from milio.accounts import user_exists
from milio.authorizer import authorize
from milio.errors import UnauthorizedError
from milio.observability import metrics, with_lambda_context
from milio.settings import get_settings


@with_lambda_context
@metrics.log_metrics
def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    try:
        return authorize(event, get_settings(), user_exists)
    except UnauthorizedError:
        # API Gateway answers 401 exactly when the authorizer raises "Unauthorized".
        raise Exception("Unauthorized") from None
