"""The chat function: a sentence in, the desktop client's action code out."""

from __future__ import annotations

import os
from functools import partial
from typing import Any

from fastapi import APIRouter, BackgroundTasks
from starlette.concurrency import run_in_threadpool

from milio.authorizer import AuthorizedUser
from milio.chat.metrics import record_chat
from milio.chat.model.completer import ChainCompleter, ChargedCompleter, Completer
from milio.chat.model.memory import DecisionMemory, UserMemory
from milio.chat.pipeline import ChatOptions, ChatResult, answer_locally, answer_with_models
from milio.chat.records import ChatContext, log_entries
from milio.chat.understanding import matcher
from milio.deadline import Deadline
from milio.decision_memory import DecisionMemoryTable
from milio.errorlog import write_entries
from milio.observability import logger
from milio.quota import reserve_tokens, take_model_request
from milio.services import Services
from milio.web.chat_body import ChatBody
from milio.web.dependencies import Device, RequestDeadline, RequestId, ServicesDep
from milio.web.factory import create_app
from milio.web.identity import CurrentUser
from milio.web.lambda_entry import lambda_handler

router = APIRouter()


def _completer(services: Services, user: AuthorizedUser, deadline: Deadline) -> Completer | None:
    """The provider chain, paying for each model call out of the user's token budget and
    charging the user's request quota once, before its first model call."""
    chain = services.chain
    if not chain.names:
        logger.warning("no language-model provider configured: only the fast path answers")
        return None
    settings = services.settings
    charge = partial(take_model_request, services.quota, settings, user.user_id, user.tier)
    reserve = partial(reserve_tokens, services.quota, settings, user.user_id, user.tier)
    return ChargedCompleter(
        ChainCompleter(chain, deadline), charge, reserve, settings.reasoning_token_allowance
    )


def _memory(services: Services, user: AuthorizedUser) -> UserMemory | None:
    table = DecisionMemoryTable(services.database)
    memory = DecisionMemory.from_settings(table, services.settings)
    return UserMemory(memory, user.user_id) if memory is not None else None


def _ask_models(
    text: str, services: Services, user: AuthorizedUser, deadline: Deadline, options: ChatOptions
) -> ChatResult:
    completer = _completer(services, user, deadline)
    return answer_with_models(text, completer, options, _memory(services, user))


@router.post("/chat")
async def chat(
    body: ChatBody,
    user: CurrentUser,
    services: ServicesDep,
    request_id: RequestId,
    deadline: RequestDeadline,
    device: Device,
    background: BackgroundTasks,
) -> dict[str, Any]:
    options = ChatOptions.from_settings(services.settings)
    # The fast path on the event loop (a fraction of a millisecond of CPU); the model
    # path, whose calls and quota block, in a worker thread.
    result = answer_locally(body.text, options)
    if result is None:
        result = await run_in_threadpool(_ask_models, body.text, services, user, deadline, options)
    record_chat(result)
    context = ChatContext(body.text, device, user.user_id, request_id)
    entries = log_entries(result.log_records, context, result.system_message)
    if entries:
        # After the answer is ready; a failed write is logged, never raised.
        background.add_task(write_entries, services.database, entries)
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
