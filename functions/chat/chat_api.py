"""The chat function: a sentence in, the desktop client's action code out."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, BackgroundTasks, Header, Request

from milio.chat import ChatResult, run_chat
from milio.chat.chain_completer import ChainCompleter
from milio.chat_metrics import metered, record_chat
from milio.db import get_database
from milio.errorlog import ErrorLogEntry, device_of, write_entries
from milio.observability import logger
from milio.providers import get_chain
from milio.quota import charged
from milio.web.chat_request import ChatRequest
from milio.web.factory import create_app, current_request_id
from milio.web.identity import CurrentUser
from milio.web.lambda_entry import lambda_handler

router = APIRouter()


def _completer() -> ChainCompleter | None:
    chain = get_chain()
    if not chain.names:
        logger.warning("no language-model provider configured: only the fast path answers")
        return None
    return ChainCompleter(chain)


def _log_entries(
    result: ChatResult, completer: ChainCompleter | None, context: dict[str, Any]
) -> list[ErrorLogEntry]:
    records = [*(completer.failure_records() if completer else []), *result.errors]
    return [
        ErrorLogEntry(
            type_error=record.kind,
            detail=record.detail,
            system_chat=record.model_answer or result.system_message,
            provider=record.provider,
            latency_ms=record.latency_ms,
            **context,
        )
        for record in records
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
    completer = _completer()
    meter = metered(completer)
    # One unit of the user's daily quota, taken before the first model call: 429 past it.
    result = run_chat(body.text, charged(meter, user.user_id))
    record_chat(result, meter)
    context = {
        "user_chat": body.text,
        "device": device_of(user_agent, x_device),
        "user_id": user.user_id,
        "request_id": current_request_id(request),
    }
    entries = _log_entries(result, completer, context)
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


app = create_app("Milio chat", [router])
handler = lambda_handler(app)
