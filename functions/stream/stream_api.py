"""The streaming function: FastAPI under uvicorn and the Lambda Web Adapter.

It sits behind a function URL, not API Gateway, so it checks the JWT itself
with the same code the authorizer uses. Every refusal (401, 400, 413, 429, and
503 when no provider answers) is a JSON error sent before any event; once the
first event is out, failures arrive as ``event: error`` then ``event: end``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import Annotated

import anyio.to_thread
from fastapi import APIRouter, Depends, Header
from fastapi.responses import StreamingResponse
from starlette.concurrency import run_in_threadpool

from milio.accounts import account_tier
from milio.authorizer import AuthorizedUser, authenticate
from milio.chat.model.spending import spent_tokens
from milio.chat.records import ChatContext, ErrorRecord, log_entries
from milio.chat.request import bound_for_model, check_message
from milio.chat.stream import AnswerStream, FinishHandler, RefusalHandler, stream_estimate
from milio.errorlog import write_entries
from milio.errors import ConfigurationError, RateLimitedError
from milio.observability import logger
from milio.providers import ProviderChain
from milio.providers.base import Failure, Usage
from milio.quota import Reservation, reserve_tokens, take_model_request
from milio.ratelimit import user_key
from milio.services import Services, get_services
from milio.startup import start_up
from milio.web.chat_body import ChatBody
from milio.web.dependencies import Device, RequestId, ServicesDep
from milio.web.factory import create_app
from milio.web.lambda_entry import web_adapter_app

router = APIRouter()

SSE_HEADERS = {
    "cache-control": "no-cache",
    "x-accel-buffering": "no",  # tells proxies not to hold the events back
}


def bearer_user(
    services: ServicesDep, authorization: Annotated[str | None, Header()] = None
) -> AuthorizedUser:
    """The caller of a valid token whose account still exists, with its tier (401
    otherwise), within the per-user rate limit (429 otherwise).

    A plain function: FastAPI runs it in a worker thread, off the event loop,
    since the account lookup (one query: the account and its tier) is a blocking
    database call.
    """
    database = services.database
    user = authenticate(
        authorization, services.settings, lambda user_id: account_tier(user_id, database)
    )
    # The per-user limit of every protected route; API Gateway's routes take it in the
    # guard middleware, this function URL has no authorizer in front of it.
    decision = services.user_limiter.hit(user_key(user.user_id))
    if not decision.allowed:
        raise RateLimitedError(decision.retry_after_seconds)
    return user


StreamUser = Annotated[AuthorizedUser, Depends(bearer_user)]


@router.get("/health")
async def health() -> dict[str, str]:  # async: never waits for a worker thread
    return {"status": "ok"}


_EVENT = {
    "type": "object",
    "properties": {"event": {"enum": ["message", "error", "end"]}, "data": {"type": "string"}},
    "required": ["event", "data"],
}
_EVENTS = {
    "description": "Server-sent events",
    "content": {"text/event-stream": {"schema": _EVENT}},
}


def _log_refusal(services: Services, context: ChatContext) -> RefusalHandler:
    """An error-log row when the final gate cuts the stream (written off the event loop)."""

    async def log(detail: str) -> None:
        entries = log_entries([ErrorRecord("unsafe_answer", detail)], context)
        await anyio.to_thread.run_sync(write_entries, services.database, entries)

    return log


async def _pay_for_stream(services: Services, user: AuthorizedUser, text: str) -> Reservation:
    """Before starting (429 past either): the stream's estimated tokens of the user's daily
    budget, then one unit of their request quota. Blocking I/O, off the loop."""
    settings = services.settings
    estimate = stream_estimate(text, settings.reasoning_token_allowance)
    reservation = await run_in_threadpool(
        reserve_tokens, services.quota, settings, user.user_id, user.tier, estimate
    )
    try:
        await run_in_threadpool(
            take_model_request, services.quota, settings, user.user_id, user.tier
        )
    except Exception:
        await run_in_threadpool(reservation.settle, 0)  # refused: nothing spent
        raise
    return reservation


def _settle(reservation: Reservation) -> FinishHandler:
    """Once the stream is over: the reservation (the estimate) settled to what it cost."""

    async def settle(reported: Usage | None, failures: Sequence[Failure]) -> None:
        spent = spent_tokens(reported, failures, reservation.amount)
        await anyio.to_thread.run_sync(reservation.settle, spent)

    return settle


@router.post("/chat/stream", response_class=StreamingResponse, responses={200: _EVENTS})
async def chat_stream(
    body: ChatBody,
    user: StreamUser,
    services: ServicesDep,
    request_id: RequestId,
    device: Device,
) -> StreamingResponse:
    settings = services.settings
    check_message(body.text, settings.chat_max_message_chars)
    text = bound_for_model(body.text, settings.model_input_max_chars)
    reservation = await _pay_for_stream(services, user, text)
    context = ChatContext(body.text, device, user.user_id, request_id)
    answer = AnswerStream(
        services.stream_chain,
        text,
        _log_refusal(services, context),
        _settle(reservation),
    )
    await answer.start()  # no provider answered: a JSON 503, nothing streamed yet
    return StreamingResponse(answer.events(), media_type="text/event-stream", headers=SSE_HEADERS)


def _stream_chain() -> ProviderChain:
    return get_services().stream_chain


def warm_up_in_lambda(stream_chain: Callable[[], ProviderChain] = _stream_chain) -> None:
    """Import the provider SDKs during Lambda's init phase, not in the first stream.

    Only in Lambda: locally and in tests the import waits for the first call.
    """
    if not os.environ.get("AWS_LAMBDA_FUNCTION_NAME"):
        return
    try:
        stream_chain().warm_up()
    except ConfigurationError:
        logger.warning("no usable provider configuration: the SDKs are imported on first use")


app = create_app("Milio stream", [router])
served = web_adapter_app(app)  # what run.sh serves
start_up()  # in Lambda: read the configuration now, or stop with a clear log line
warm_up_in_lambda()
