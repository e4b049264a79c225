"""The chat function: a sentence in, the desktop client's action code out."""

from __future__ import annotations

import os
from typing import Annotated, Any

from fastapi import APIRouter, BackgroundTasks, Header, Request

from milio.chat.metrics import record_chat
from milio.chat.model.completer import ChainCompleter
from milio.chat.pipeline import ChatOptions, ChatResult, run_chat
from milio.chat.understanding import matcher
from milio.db import get_database
from milio.deadline import Deadline
from milio.errorlog import ErrorLogEntry, device_of, write_entries
from milio.observability import logger
from milio.providers import get_chain
from milio.quota import charged
from milio.web.chat_request import ChatRequest
from milio.web.factory import create_app, current_deadline, current_request_id
from milio.web.identity import CurrentUser
from milio.web.lambda_entry import lambda_handler

router = APIRouter()


def _completer(deadline: Deadline) -> ChainCompleter | None:
    chain = get_chain()
    if not chain.names:
        logger.warning("no language-model provider configured: only the fast path answers")
        return None
    return ChainCompleter(chain, deadline)


def _log_entries(result: ChatResult, context: dict[str, Any]) -> list[ErrorLogEntry]:
    return [
        ErrorLogEntry(
            type_error=record.kind,
            detail=record.detail,
            system_chat=record.model_answer or result.system_message,
            provider=record.provider,
            latency_ms=record.latency_ms,
            **context,
        )
        for record in result.log_records
    ]


@router.post("/chat")
def chat(
    body: ChatRequest,
    user: CurrentUser,
    request: Request,
    background: BackgroundTasks,
    user_agent: Annotated[str | None, Header()] = None,
    x_device: Annotated[str | None, Header()] = None,
) -> dict[str, Any]:
    completer = _completer(current_deadline(request))
    # One unit of the user's daily quota, taken before the first model call: 429 past it.
    result = run_chat(body.text, charged(completer, user.user_id), ChatOptions.from_settings())
    record_chat(result)
    context = {
        "user_chat": body.text,
        "device": device_of(user_agent, x_device),
        "user_id": user.user_id,
        "request_id": current_request_id(request),
    }
    entries = _log_entries(result, context)
    if entries:
        # After the answer is ready; a failed write is logged, never raised.
        background.add_task(write_entries, get_database(), entries)
    action = result.action
    return {
        "System message": result.system_message,
        "action": {"code": action.code, "name": action.name, "args": dict(action.args)}
        if action
        else None,
        "source": result.source,
    }


def warm_up_in_lambda() -> None:
    """Compile the fast path's templates during Lambda's init phase, not in the first request.

    Only in Lambda: locally and in tests they are compiled on first use.
    """
    if os.environ.get("AWS_LAMBDA_FUNCTION_NAME"):
        logger.info("fast path ready", extra={"build_ms": round(matcher.get_matcher().build_ms)})


app = create_app("Milio chat", [router])
handler = lambda_handler(app)
warm_up_in_lambda()
