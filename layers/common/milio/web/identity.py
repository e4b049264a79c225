"""Who is calling: the user the authorizer let through, and the source address.

Behind API Gateway, Mangum puts the original event at ``scope["aws.event"]``:
the authorizer's context and the source IP are read from its request context,
never from headers a client can set. The local gateway builds the same event.
"""

from __future__ import annotations

import json
import os
from typing import Annotated, Any

from fastapi import Depends, Request
from starlette.types import Scope

from milio.authorizer import AuthorizedUser
from milio.errors import UnauthorizedError
from milio.tiers import DEFAULT_TIER
from milio.tokens import parse_user_id

UNKNOWN_IP = "unknown"


def _request_context(scope: Scope) -> dict[str, Any]:
    event = scope.get("aws.event")
    if isinstance(event, dict):
        context = event.get("requestContext")
        if isinstance(context, dict):
            return context
    return {}


def _web_adapter_context(scope: Scope) -> dict[str, Any]:
    """Under the Lambda Web Adapter the request context arrives as a header it sets."""
    if not os.environ.get("AWS_LAMBDA_FUNCTION_NAME"):
        return {}  # outside Lambda that header would be client-controlled
    for key, value in scope.get("headers", []):
        if key == b"x-amzn-request-context":
            try:
                data = json.loads(bytes(value).decode())
            except (UnicodeDecodeError, json.JSONDecodeError):
                return {}
            return data if isinstance(data, dict) else {}
    return {}


def request_id_of(scope: Scope) -> str | None:
    context = scope.get("aws.context")
    request_id = getattr(context, "aws_request_id", None)
    if isinstance(request_id, str) and request_id:
        return request_id
    for ctx in (_request_context(scope), _web_adapter_context(scope)):
        value = ctx.get("requestId")
        if isinstance(value, str) and value:
            return value[:128]
    return None


def source_ip_of(scope: Scope) -> str:
    """The caller's address as the platform saw it (bounded, never a header alone)."""
    identity = _request_context(scope).get("identity")
    if isinstance(identity, dict) and isinstance(identity.get("sourceIp"), str):
        return str(identity["sourceIp"])[:64]
    http = _web_adapter_context(scope).get("http")
    if isinstance(http, dict) and isinstance(http.get("sourceIp"), str):
        return str(http["sourceIp"])[:64]
    client = scope.get("client")
    if client:
        return str(client[0])[:64]
    return UNKNOWN_IP


def public_base_url(request: Request) -> str:
    """The API's base URL as the caller reached it (stage prefix included behind API Gateway)."""
    context = _request_context(request.scope)
    domain, stage = context.get("domainName"), context.get("stage")
    if isinstance(domain, str) and isinstance(stage, str) and domain:
        return f"https://{domain}/{stage}"
    return str(request.base_url).rstrip("/")


def authorizer_user_id(scope: Scope) -> int | None:
    """The user API Gateway's TOKEN authorizer let through, if it named one."""
    authorizer = _request_context(scope).get("authorizer")
    if not isinstance(authorizer, dict):
        return None
    return parse_user_id(str(authorizer.get("userId")))


async def authorized_user(request: Request) -> AuthorizedUser:
    """The user API Gateway's TOKEN authorizer let through (its context values are strings).

    The tier is the one the authorizer read with the account: no second lookup.
    ``async`` though it does not wait: a plain function would cost a thread hop.
    """
    user_id = authorizer_user_id(request.scope)
    if user_id is None:
        raise UnauthorizedError()
    authorizer = _request_context(request.scope)["authorizer"]
    tier = authorizer.get("tier")
    return AuthorizedUser(
        user_id=user_id,
        email=str(authorizer.get("email") or ""),
        tier=tier if isinstance(tier, str) and tier else DEFAULT_TIER,
    )


CurrentUser = Annotated[AuthorizedUser, Depends(authorized_user)]
