"""The streaming function: FastAPI under uvicorn and the Lambda Web Adapter.

It sits behind a function URL, not API Gateway, so it checks the JWT itself
with the same code the authorizer uses. Every refusal (401, 400, 413, 429, and
503 when no provider answers) is a JSON error sent before any event; once the
first event is out, failures arrive as ``event: error`` then ``event: end``.
"""

from __future__ import annotations

import os
from typing import Annotated

import anyio.to_thread
from fastapi import APIRouter, Depends, Header, Request
from fastapi.responses import StreamingResponse
from starlette.concurrency import run_in_threadpool

from milio.accounts import user_exists
from milio.authorizer import authenticate
from milio.chat.stream import AnswerStream, RefusalHandler, check_message
from milio.db import get_database
from milio.errorlog import ErrorLogEntry, device_of, write_entries
from milio.errors import ConfigurationError
from milio.observability import logger
from milio.providers import get_stream_chain
from milio.quota import take_model_request
from milio.settings import get_settings
from milio.startup import start_up
from milio.tokens import TokenClaims
from milio.web.chat_request import ChatRequest
from milio.web.factory import create_app, current_request_id
from milio.web.lambda_entry import web_adapter_app

router = APIRouter()

SSE_HEADERS = {
    "cache-control": "no-cache",
    "x-accel-buffering": "no",  # tells proxies not to hold the events back
}


def bearer_user(authorization: Annotated[str | None, Header()] = None) -> TokenClaims:
    """The caller of a valid token whose account still exists; 401 otherwise.

    A plain function: FastAPI runs it in a worker thread, off the event loop,
    since the account lookup is a blocking database call.
    """
    return authenticate(authorization, get_settings(), user_exists)


StreamUser = Annotated[TokenClaims, Depends(bearer_user)]


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


def _log_refusal(
    message: str, user: TokenClaims, device: str | None, request_id: str | None
) -> RefusalHandler:
    """An error-log row when the final gate cuts the stream (written off the event loop)."""

    async def log(detail: str) -> None:
        entry = ErrorLogEntry(
            user_chat=message,
            system_chat=None,
            type_error="unsafe_answer",
            detail=detail,
            device=device,
            user_id=user.user_id,
            provider=None,
            latency_ms=None,
            request_id=request_id,
        )
        await anyio.to_thread.run_sync(write_entries, get_database(), [entry])

    return log


@router.post("/chat/stream", response_class=StreamingResponse, responses={200: _EVENTS})
async def chat_stream(
    body: ChatRequest,
    user: StreamUser,
    request: Request,
    user_agent: Annotated[str | None, Header()] = None,
    x_device: Annotated[str | None, Header()] = None,
) -> StreamingResponse:
    check_message(body.text, get_settings().chat_max_message_chars)
    # One unit of the daily quota before starting (429 past it); blocking I/O, off the loop.
    await run_in_threadpool(take_model_request, user.user_id)
    device = device_of(user_agent, x_device)
    on_refusal = _log_refusal(body.text, user, device, current_request_id(request))
    answer = AnswerStream(get_stream_chain(), body.text, on_refusal)
    await answer.start()  # no provider answered: a JSON 503, nothing streamed yet
    return StreamingResponse(answer.events(), media_type="text/event-stream", headers=SSE_HEADERS)


def warm_up_in_lambda() -> None:
    """Import the provider SDKs during Lambda's init phase, not in the first stream.

    Only in Lambda: locally and in tests the import waits for the first call.
    """
    if not os.environ.get("AWS_LAMBDA_FUNCTION_NAME"):
        return
    try:
        get_stream_chain().warm_up()
    except ConfigurationError:
        logger.warning("no usable provider configuration: the SDKs are imported on first use")


app = create_app("Milio stream", [router])
served = web_adapter_app(app)  # what run.sh serves
start_up()  # in Lambda: read the configuration now, or stop with a clear log line
warm_up_in_lambda()
