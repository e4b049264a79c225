"""API Gateway's TOKEN authorizer, as plain logic: token in, IAM policy out.

The local gateway calls the same handler, so protected routes behave alike.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from aws_lambda_powertools.metrics import MetricUnit

from milio.errors import ServiceUnavailableError, UnauthorizedError
from milio.observability import logger, metrics
from milio.settings import Settings
from milio.tiers import tier_api_key
from milio.tokens import TokenClaims, bearer_token, verify_token

# arn:aws:execute-api:{region}:{account}:{api-id}/{stage}/{METHOD}/{path...}
_METHOD_ARN = re.compile(r"^(arn:aws[a-z-]*:execute-api:[a-z0-9-]+:\d{12}:[A-Za-z0-9]+)/([^/]+)/")


def stage_wildcard(method_arn: str) -> str:
    """Every method and path of the stage: API Gateway caches the policy per token,
    so a policy naming one route would refuse the next route the same token calls."""
    match = _METHOD_ARN.match(method_arn)
    if not match:
        raise UnauthorizedError()
    return f"{match.group(1)}/{match.group(2)}/*/*"


def authenticate(
    authorization: str | None, settings: Settings, user_exists: Callable[[int], bool]
) -> TokenClaims:
    """The claims of a valid ``Bearer`` token whose user still exists; else UnauthorizedError.

    The one check behind every protected route: the TOKEN authorizer, and the
    streaming app, which sits behind a function URL and checks for itself.
    """
    token = bearer_token(authorization)
    if token is None:
        raise UnauthorizedError()
    claims = verify_token(token, settings)
    if not user_still_exists(claims.user_id, user_exists):
        raise UnauthorizedError()
    return claims


def user_still_exists(user_id: int, user_exists: Callable[[int], bool]) -> bool:
    """Whether the account of a validly signed, unexpired token is still there.

    When the database cannot answer, the signature and expiry decide: an outage of
    the database must not log everybody out (the desktop app drops its token on a
    401). A token of an account deleted during the outage passes until it ends.
    """
    try:
        return user_exists(user_id)
    except ServiceUnavailableError:
        logger.warning("user check skipped: the database is unavailable", extra={"user": user_id})
        metrics.add_metric(name="UserCheckSkipped", unit=MetricUnit.Count, value=1)
        return True


def authorize(
    event: object,
    settings: Settings,
    user_exists: Callable[[int], bool],
    user_tier: Callable[[int], str],
) -> dict[str, Any]:
    """Answer an Allow policy with the user in its context, or raise UnauthorizedError.

    The policy carries the user's tier and, as ``usageIdentifierKey``, the API key
    of that tier's usage plan (the API's key source is AUTHORIZER).
    """
    if not isinstance(event, dict):  # null, a list, a string...: not API Gateway's event
        raise UnauthorizedError()
    raw, method_arn = event.get("authorizationToken"), event.get("methodArn")
    if not isinstance(method_arn, str):
        raise UnauthorizedError()
    claims = authenticate(raw if isinstance(raw, str) else None, settings, user_exists)
    tier = user_tier(claims.user_id)
    policy: dict[str, Any] = {
        "principalId": str(claims.user_id),
        "policyDocument": {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Action": "execute-api:Invoke",
                    "Effect": "Allow",
                    "Resource": stage_wildcard(method_arn),
                }
            ],
        },
        "context": {"userId": str(claims.user_id), "email": claims.email, "tier": tier},
    }
    key = tier_api_key(tier, settings)
    if key:
        policy["usageIdentifierKey"] = key
    return policy
