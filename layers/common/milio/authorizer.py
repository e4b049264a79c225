"""API Gateway's TOKEN authorizer, as plain logic: token in, IAM policy out.

The local gateway calls the same handler, so protected routes behave alike.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from aws_lambda_powertools.metrics import MetricUnit

from milio.errors import ServiceUnavailableError, UnauthorizedError
from milio.observability import logger, metrics
from milio.settings import Settings
from milio.tiers import DEFAULT_TIER, tier_api_key
from milio.tokens import bearer_token, verify_token

# arn:aws:execute-api:{region}:{account}:{api-id}/{stage}/{METHOD}/{path...}
_METHOD_ARN = re.compile(r"^(arn:aws[a-z-]*:execute-api:[a-z0-9-]+:\d{12}:[A-Za-z0-9]+)/([^/]+)/")

AccountTier = Callable[[int], str | None]
"""The tier of a user's account, None when there is no such account (one query)."""


@dataclass(frozen=True)
class AuthorizedUser:
    """The caller a protected route serves: who, and the tier their requests count against."""

    user_id: int
    email: str
    tier: str


def stage_wildcard(method_arn: str) -> str:
    """Every method and path of the stage: API Gateway caches the policy per token,
    so a policy naming one route would refuse the next route the same token calls."""
    match = _METHOD_ARN.match(method_arn)
    if not match:
        raise UnauthorizedError()
    return f"{match.group(1)}/{match.group(2)}/*/*"


def authenticate(
    authorization: str | None, settings: Settings, account_tier: AccountTier
) -> AuthorizedUser:
    """The user of a valid ``Bearer`` token whose account still exists; else UnauthorizedError.

    The one check behind every protected route: the TOKEN authorizer, and the
    streaming app, which sits behind a function URL and checks for itself.
    """
    token = bearer_token(authorization)
    if token is None:
        raise UnauthorizedError()
    claims = verify_token(token, settings)
    tier = tier_of_account(claims.user_id, account_tier)
    if tier is None:
        raise UnauthorizedError()
    return AuthorizedUser(claims.user_id, claims.email, tier)


def tier_of_account(user_id: int, account_tier: AccountTier) -> str | None:
    """The tier of the account of a validly signed, unexpired token; None if it is gone.

    When the database cannot answer, the signature and expiry decide, with the
    default tier: an outage of the database must not log everybody out (the
    desktop app drops its token on a 401). A token of an account deleted during
    the outage passes until it ends.
    """
    try:
        return account_tier(user_id)
    except ServiceUnavailableError:
        logger.warning("user check skipped: the database is unavailable", extra={"user": user_id})
        metrics.add_metric(name="UserCheckSkipped", unit=MetricUnit.Count, value=1)
        return DEFAULT_TIER


def authorize(event: object, settings: Settings, account_tier: AccountTier) -> dict[str, Any]:
    """Answer an Allow policy with the user in its context, or raise UnauthorizedError.

    The policy carries the user's tier and, as ``usageIdentifierKey``, the API key
    of that tier's usage plan (the API's key source is AUTHORIZER).
    """
    if not isinstance(event, dict):  # null, a list, a string...: not API Gateway's event
        raise UnauthorizedError()
    raw, method_arn = event.get("authorizationToken"), event.get("methodArn")
    if not isinstance(method_arn, str):
        raise UnauthorizedError()
    user = authenticate(raw if isinstance(raw, str) else None, settings, account_tier)
    policy: dict[str, Any] = {
        "principalId": str(user.user_id),
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
        "context": {"userId": str(user.user_id), "email": user.email, "tier": user.tier},
    }
    key = tier_api_key(user.tier, settings)
    if key:
        policy["usageIdentifierKey"] = key
    return policy
