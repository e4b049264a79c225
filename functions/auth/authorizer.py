"""The TOKEN authorizer API Gateway calls for every protected route."""

from __future__ import annotations

from typing import Any

from milio.accounts import user_exists
from milio.authorizer import authorize
from milio.errors import UnauthorizedError
from milio.observability import logger
from milio.settings import get_settings


@logger.inject_lambda_context(clear_state=True)
def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    try:
        return authorize(event, get_settings(), user_exists)
    except UnauthorizedError:
        # API Gateway answers 401 exactly when the authorizer raises "Unauthorized".
        raise Exception("Unauthorized") from None
