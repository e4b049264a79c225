"""The FastAPI app every function serves: JSON errors, request ids, input limits.

Every answer that is not a success is ``{"error": "..."}`` with a fitting
status; an unexpected error is logged with the request id, counted, and
answered with a generic 500 that leaks nothing.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from typing import Any

import anyio
from aws_lambda_powertools.metrics import MetricUnit
from fastapi import APIRouter, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from milio.deadline import Deadline
from milio.errors import INTERNAL_ERROR, ConfigurationError, MilioError, RateLimitedError
from milio.observability import log_keys, logger, metrics
from milio.ratelimit import user_key
from milio.ratelimit.base import Decision, RateLimiter
from milio.ratelimit.memory import MemoryRateLimiter
from milio.services import Services, get_services
from milio.settings import Settings
from milio.web.dependencies import (
    ServicesSource,
    current_request,
    request_context,
    services_of_app,
)
from milio.web.identity import authorizer_user_id, request_id_of, source_ip_of
from milio.web.request_headers import header_problem

REQUEST_ID_HEADER = "x-request-id"
_BODY_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
_FORM = "application/x-www-form-urlencoded"
# Time kept back from Lambda's own limit to send the answer.
_LAMBDA_MARGIN_SECONDS = 1.0


def error_json(message: str, request_id: str | None = None) -> dict[str, Any]:
    """The body of every error answer: ``{"error": ..., "requestId": ...}``."""
    body: dict[str, Any] = {"error": message}
    if request_id:
        body["requestId"] = request_id
    return body


async def send_error(send: Send, status: int, message: str, headers: dict[str, str]) -> None:
    body = json.dumps(error_json(message, headers.get(REQUEST_ID_HEADER))).encode()
    raw_headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
    ]
    raw_headers += [(k.encode(), v.encode()) for k, v in headers.items()]
    await send({"type": "http.response.start", "status": status, "headers": raw_headers})
    await send({"type": "http.response.body", "body": body})


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key == name:
            return bytes(value).decode("latin-1")
    return None


class RequestGuardMiddleware:
    """Request id, body size and content type checks, rate limit, last-resort 500.

    A pure ASGI middleware (not BaseHTTPMiddleware) so streamed answers pass
    through untouched.
    """

    def __init__(
        self, app: ASGIApp, exempt_paths: frozenset[str], form_paths: frozenset[str] = frozenset()
    ) -> None:
        self.app = app
        self.exempt_paths = exempt_paths
        self.form_paths = form_paths  # also take a browser's url-encoded form

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = request_id_of(scope) or uuid.uuid4().hex
        headers = {REQUEST_ID_HEADER: request_id}
        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                extra = [(k.encode(), v.encode()) for k, v in headers.items()]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        with log_keys(request_id=request_id):
            try:
                await self._guarded(scope, receive, send, send_with_headers, headers)
            except Exception:  # the last resort, for the guard's own work and the app's
                log_unhandled()
                if not started:
                    await send_error(send, 500, INTERNAL_ERROR, headers)

    async def _guarded(
        self,
        scope: Scope,
        receive: Receive,
        send: Send,
        send_with_headers: Send,
        headers: dict[str, str],
    ) -> None:
        services = services_of_app(scope["app"])()
        settings = services.settings
        deadline = request_deadline(scope, settings)
        with request_context(headers[REQUEST_ID_HEADER], deadline):
            refusal = self._refuse(scope, settings) or await self._rate_limit(scope, services)
            if refusal is not None:
                status, message, extra = refusal
                await send_error(send, status, message, headers | extra)
                return
            if scope["method"] in _BODY_METHODS:
                limit = settings.max_body_bytes
                body_refusal, receive = await _bounded_body(receive, limit, deadline)
                if body_refusal is not None:
                    await send_error(send, *body_refusal, headers)
                    return
            await self.app(scope, receive, send_with_headers)

    def _refuse(self, scope: Scope, settings: Settings) -> tuple[int, str, dict[str, str]] | None:
        """Checks that need no body: the headers the server reads, size, content type."""
        problem = header_problem(lambda name: _header(scope, name.encode()))
        if problem is not None:
            return 400, problem, {}
        length = _header(scope, b"content-length")
        if length is not None and int(length) > settings.max_body_bytes:
            return 413, f"Request body larger than {settings.max_body_bytes} bytes", {}
        has_body = (length is not None and int(length) > 0) or _header(
            scope, b"transfer-encoding"
        ) is not None
        if scope["method"] in _BODY_METHODS and has_body:
            content_type = (_header(scope, b"content-type") or "").split(";")[0].strip().lower()
            is_json = content_type == "application/json" or content_type.endswith("+json")
            is_form = scope["path"] in self.form_paths and content_type == _FORM
            if not (is_json or is_form):
                return 415, "Content-Type must be application/json", {}
        return None

    async def _rate_limit(
        self, scope: Scope, services: Services
    ) -> tuple[int, str, dict[str, str]] | None:
        if scope["path"] in self.exempt_paths:
            return None
        decision = await _hit(services.limiter, source_ip_of(scope))
        user_id = authorizer_user_id(scope)
        if decision.allowed and user_id is not None:
            # The user's own limit on a protected route (the authorizer named them): one
            # token cannot spend its tier's usage plan for everyone on it.
            decision = await _hit(services.user_limiter, user_key(user_id))
        if decision.allowed:
            return None
        error = RateLimitedError(decision.retry_after_seconds)
        return 429, error.message, {"retry-after": str(error.retry_after_seconds)}


def log_unhandled() -> None:
    """Log the exception being handled with the request id, and count it."""
    logger.exception("unhandled error")
    metrics.add_metric(name="UnhandledErrors", unit=MetricUnit.Count, value=1)


async def _hit(limiter: RateLimiter, key: str) -> Decision:
    if isinstance(limiter, MemoryRateLimiter):
        return limiter.hit(key)  # a dict update: no thread worth the hop
    # In a worker thread: the DynamoDB backend makes a network call, which must
    # never stop the event loop (and so every other request of this process).
    return await anyio.to_thread.run_sync(limiter.hit, key)


async def _bounded_body(
    receive: Receive, limit: int, deadline: Deadline
) -> tuple[tuple[int, str] | None, Receive]:
    """The body read up front, its bytes counted as they arrive whatever Content-Length
    or Transfer-Encoding claim; a refusal (413, or 408 past the deadline) instead."""
    with anyio.move_on_after(deadline.remaining()) as waiting:
        body = await _read_bounded(receive, limit)
    if waiting.cancelled_caught:
        return (408, "Request body not received in time"), receive
    if body is None:
        return (413, f"Request body larger than {limit} bytes"), receive
    return None, _replay(body, receive)


def request_deadline(scope: Scope, settings: Settings) -> Deadline:
    """The request's one deadline: the setting, or sooner if Lambda's own time runs out."""
    seconds = settings.request_deadline_seconds
    remaining_ms = getattr(scope.get("aws.context"), "get_remaining_time_in_millis", None)
    if callable(remaining_ms):
        seconds = min(seconds, max(0.0, remaining_ms() / 1000 - _LAMBDA_MARGIN_SECONDS))
    return Deadline.after(seconds)


async def _read_bounded(receive: Receive, limit: int) -> bytes | None:
    """The whole body, or None once it grows past ``limit`` bytes."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return b"".join(chunks)
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


def _replay(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()  # afterwards: disconnect notices, as usual

    return replay


def _validation_message(exc: RequestValidationError) -> tuple[int, str]:
    errors = exc.errors()
    if any(err.get("type") == "json_invalid" for err in errors):
        return 400, "Request body is not valid JSON"
    parts = []
    for err in errors[:5]:
        where = ".".join(str(p) for p in err.get("loc", ()) if p != "body") or "body"
        parts.append(f"{where}: {err.get('msg', 'invalid')}")
    return 422, "Invalid request: " + "; ".join(parts)


def _json_error(request: Request, status: int, message: str, **headers: str) -> JSONResponse:
    context = current_request()
    body = error_json(message, context.request_id if context else None)
    return JSONResponse(body, status_code=status, headers=headers or None)


async def _on_http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    messages = {404: "Not found", 405: "Method not allowed"}
    detail = exc.detail if isinstance(exc.detail, str) else None
    message = messages.get(exc.status_code) or detail or "Request failed"
    return _json_error(request, exc.status_code, message, **(exc.headers or {}))


async def _on_validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    status, message = _validation_message(exc)
    return _json_error(request, status, message)


async def _on_domain_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, MilioError)
    if isinstance(exc, ConfigurationError) or exc.status_code >= 500:
        # Details stay in the log; the caller learns only that it failed.
        logger.error("request failed", extra={"error_type": type(exc).__name__, "detail": str(exc)})
    if isinstance(exc, ConfigurationError):
        return _json_error(request, 500, INTERNAL_ERROR)
    extra = {}
    if isinstance(exc, RateLimitedError):
        extra["Retry-After"] = str(exc.retry_after_seconds)
    return _json_error(request, exc.status_code, exc.message, **extra)


def create_app(
    title: str,
    routers: Iterable[APIRouter],
    rate_limit_exempt: Iterable[str] = ("/health",),
    form_paths: Iterable[str] = (),
    services: ServicesSource = get_services,
) -> FastAPI:
    """Build a function's app: its routers plus the shared error and input handling.

    ``services`` answers the services every request uses (the process's, by
    default; a test's own).
    """
    app = FastAPI(
        title=title,
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
        # Tracing and metrics go through Powertools; FastAPI's own telemetry stays off.
        telemetry={"tracing": False, "metrics": False, "logs": False, "operation_spans": False},
    )
    app.state.services = services
    for router in routers:
        app.include_router(router)
    app.add_exception_handler(StarletteHTTPException, _on_http_error)
    app.add_exception_handler(RequestValidationError, _on_validation_error)
    app.add_exception_handler(MilioError, _on_domain_error)
    app.add_middleware(
        RequestGuardMiddleware,
        exempt_paths=frozenset(rate_limit_exempt),
        form_paths=frozenset(form_paths),
    )
    return app
