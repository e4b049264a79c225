"""Wrap a function's ASGI app as a Lambda handler, with Powertools around it.

Whatever fails, the caller gets the JSON error body. An error before the app's
routes run (settings read on the first request, the rate limiter) would
otherwise reach Starlette's last-resort handler, which answers a plain-text
500, and an event Mangum cannot read would fail the invocation itself.
"""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import Callable
from typing import Any, cast

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from milio.errors import INTERNAL_ERROR
from milio.observability import (
    count_cold_start,
    flush_request_metrics,
    metrics,
    with_lambda_context,
)
from milio.startup import start_up
from milio.web.factory import REQUEST_ID_HEADER, error_json, log_unhandled, send_error
from milio.web.identity import request_id_of
from milio.web.request_headers import header_problem

LambdaHandler = Callable[[dict[str, Any], Any], dict[str, Any]]


def _request_id(scope: Scope) -> str | None:
    """The platform's id of a request the guard middleware did not reach."""
    return request_id_of(scope)


async def _on_unhandled(request: Request, exc: Exception) -> JSONResponse:
    """Starlette's last-resort response, as JSON (it re-raises to the caller afterwards)."""
    request_id = _request_id(request.scope)
    headers = {REQUEST_ID_HEADER: request_id} if request_id else None
    return JSONResponse(error_json(INTERNAL_ERROR, request_id), status_code=500, headers=headers)


def answer_unhandled_errors_as_json(app: FastAPI) -> None:
    """Make Starlette's last-resort 500 the JSON error body (also under uvicorn)."""
    app.add_exception_handler(Exception, _on_unhandled)


class JsonErrors:
    """The app, with any exception that escapes it logged, counted and answered as a JSON 500."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception:
            log_unhandled()
            if not started:
                request_id = _request_id(scope)
                headers = {REQUEST_ID_HEADER: request_id} if request_id else {}
                await send_error(send, 500, INTERNAL_ERROR, headers)


def _ensure_event_loop() -> None:
    """Give Mangum a usable event loop: it looks one up on every call, and anything that
    closed or unset the thread's loop since (an asyncio.run, a test runner) would make
    every later invocation fail."""
    try:
        loop = asyncio.get_event_loop_policy().get_event_loop()
    except RuntimeError:
        loop = None
    if loop is None or loop.is_closed():
        asyncio.set_event_loop(asyncio.new_event_loop())


def lambda_handler(app: FastAPI) -> LambdaHandler:
    from mangum import Mangum  # here: the streaming function imports this module without it

    start_up()  # in Lambda: read the configuration now, or stop with a clear log line
    answer_unhandled_errors_as_json(app)
    adapter = Mangum(JsonErrors(app), lifespan="off")

    @with_lambda_context
    @metrics.log_metrics(capture_cold_start_metric=True)
    def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
        _ensure_event_loop()
        problem = header_problem(_event_header(event))
        if problem is not None:  # Mangum itself would fail on it
            return _error_response(400, problem, getattr(context, "aws_request_id", None))
        try:
            response: dict[str, Any] = adapter(event, context)
        except Exception:  # an event Mangum cannot read: no app ran
            log_unhandled()
            return _error_response(500, INTERNAL_ERROR, getattr(context, "aws_request_id", None))
        return response

    return cast(LambdaHandler, handler)  # Powertools' decorators are untyped


def _event_header(event: Any) -> Callable[[str], str | None]:
    """Reads a header of an API Gateway event by lowercase name as Mangum will: the
    single-value headers, overridden by the multi-value ones joined with ", "."""
    found: dict[str, str] = {}
    if isinstance(event, dict):
        single, multi = event.get("headers"), event.get("multiValueHeaders")
        for name, value in single.items() if isinstance(single, dict) else ():
            found[str(name).lower()] = str(value)
        for name, values in multi.items() if isinstance(multi, dict) else ():
            if isinstance(values, list):
                found[str(name).lower()] = ", ".join(str(value) for value in values)
    return found.get


def _error_response(status: int, message: str, request_id: str | None) -> dict[str, Any]:
    return {
        "statusCode": status,
        "headers": {"content-type": "application/json"},
        "body": json.dumps(error_json(message, request_id)),
        "isBase64Encoded": False,
    }


class RequestMetrics:
    """For an app the Web Adapter serves (uvicorn, no Lambda handler to decorate), what
    ``metrics.log_metrics(capture_cold_start_metric=True)`` does for a handler: the
    first request counts the cold start, and each request's metrics (a skipped user
    check, an unhandled error) go out when it ends, not with a later request's."""

    def __init__(self, app: ASGIApp, function_name: str) -> None:
        self.app = app
        self.function_name = function_name

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        count_cold_start(self.function_name)

        async def flushing_send(message: Message) -> None:
            # Before the last byte: once the response is complete, Lambda may freeze the
            # instance before anything after it runs.
            if message["type"] == "http.response.body" and not message.get("more_body"):
                flush_request_metrics()
            await send(message)

        try:
            await self.app(scope, receive, flushing_send)
        finally:
            flush_request_metrics()  # what a request that ended without a response recorded


def web_adapter_app(app: FastAPI) -> ASGIApp:
    """The ASGI app run.sh serves: ``app`` with its last-resort 500 as JSON and its metrics
    flushed per request."""
    answer_unhandled_errors_as_json(app)
    # Lambda's own variable (not a setting): the dimension Powertools gives ColdStart.
    name = os.environ.get("AWS_LAMBDA_FUNCTION_NAME") or app.title
    return RequestMetrics(app, name)
