"""Wrap a function's ASGI app as a Lambda handler, with Powertools around it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import FastAPI
from mangum import Mangum

from milio.observability import metrics, with_lambda_context

LambdaHandler = Callable[[dict[str, Any], Any], dict[str, Any]]


def lambda_handler(app: FastAPI) -> LambdaHandler:
    adapter = Mangum(app, lifespan="off")

    @with_lambda_context
    @metrics.log_metrics
    def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
        response: dict[str, Any] = adapter(event, context)
        return response

    return handler
