"""A local stand-in for API Gateway and the function URL.

Routes come from template.yaml. Protected routes call the same TOKEN authorizer
handler API Gateway calls, and the apps receive the same request context
(authorizer values, source IP) that Mangum hands them in Lambda.
"""

from __future__ import annotations

import importlib
import json
import uuid
from typing import Any

import anyio
from fastapi.routing import iter_route_contexts
from starlette.types import ASGIApp, Receive, Scope, Send

from devserver.routes import Route, Template
from milio.observability import logger
from milio.web.factory import send_error

LOCAL_ARN_PREFIX = "arn:aws:execute-api:local-1:000000000000:localapi/local"


class AuthorizerContext:
    """The parts of a Lambda context the Powertools decorators read."""

    function_name = "local-token-authorizer"
    function_version = "$LATEST"
    memory_limit_in_mb = 256
    invoked_function_arn = "arn:aws:lambda:local-1:000000000000:function:local-token-authorizer"

    def __init__(self) -> None:
        self.aws_request_id = str(uuid.uuid4())

    @staticmethod
    def get_remaining_time_in_millis() -> int:
        return 10_000


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope["headers"]:
        if key == name:
            return bytes(value).decode("latin-1")
    return None


class LocalGateway:
    def __init__(self, template: Template) -> None:
        self.template = template
        self._openapi_body: bytes | None = None
        self.routes: dict[tuple[str, str], Route] = {
            (r.method, r.path): r for r in template.api_routes
        }
        self.apps: dict[str, ASGIApp] = {
            r.module: importlib.import_module(r.module).app for r in template.api_routes
        }
        self.authorizer = importlib.import_module(template.authorizer_module).handler
        self.stream_app: ASGIApp = importlib.import_module(template.stream_module).app
        self.stream_paths = {
            route.path for route in iter_route_contexts(self.stream_app.routes)
        } - {"/health"}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        if scope["path"] == "/openapi.json" and scope["method"] == "GET":
            await self._openapi(send)
            return
        if scope["path"] in self.stream_paths:  # the function URL: the app checks tokens
            await self.stream_app(scope, receive, send)
            return
        route = self.routes.get((scope["method"], scope["path"]))
        if route is None:
            # API Gateway answers unknown routes itself (MISSING_AUTHENTICATION_TOKEN -> 404).
            await send_error(send, 404, "Not found", {})
            return
        context: dict[str, str] | None = None
        if route.protected:
            context = await self._authorize(scope, route)
            if context is None:
                await send_error(send, 401, "Unauthorized", {})
                return
        scope = {**scope, "aws.event": self._event(scope, context)}
        await self.apps[route.module](scope, receive, send)

    async def _openapi(self, send: Send) -> None:
        """The whole API's OpenAPI document (local only: API Gateway routes no such path)."""
        if self._openapi_body is None:
            from devserver.openapi import api_document

            self._openapi_body = json.dumps(api_document(self.template)).encode()
        headers = [(b"content-type", b"application/json")]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": self._openapi_body})

    async def _authorize(self, scope: Scope, route: Route) -> dict[str, str] | None:
        token = _header(scope, b"authorization")
        if not token:
            return None  # API Gateway refuses without calling the authorizer
        event = {
            "type": "TOKEN",
            "authorizationToken": token,
            "methodArn": f"{LOCAL_ARN_PREFIX}/{route.method}{route.path}",
        }
        try:
            policy = await anyio.to_thread.run_sync(self.authorizer, event, AuthorizerContext())
        except Exception as exc:  # "Unauthorized", or a failure: API Gateway refuses both
            if str(exc) != "Unauthorized":
                logger.exception("the authorizer failed")
            return None
        context: dict[str, str] = policy.get("context", {})
        return context

    @staticmethod
    def _event(scope: Scope, authorizer: dict[str, str] | None) -> dict[str, Any]:
        client = scope.get("client") or ("127.0.0.1", 0)
        context: dict[str, Any] = {
            "requestId": str(uuid.uuid4()),
            "identity": {"sourceIp": client[0]},
        }
        if authorizer is not None:
            context["authorizer"] = authorizer
        return {"requestContext": context}

    @staticmethod
    async def _lifespan(receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return
