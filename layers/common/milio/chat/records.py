"""What went wrong while answering a chat, and the error-log entries made of it.

The pipeline (``/chat``) and the stream both report their troubles as
``ErrorRecord``s; ``log_entries`` turns them, with the request they belong to,
into the rows ``milio.errorlog`` writes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from milio.errorlog import ErrorLogEntry

RecordKind = Literal[
    "not_understood", "unavailable", "out_of_set", "provider_failure", "unsafe_answer"
]


@dataclass(frozen=True)
class ErrorRecord:
    """One thing that went wrong, for the error log the HTTP layer writes."""

    kind: RecordKind
    detail: str
    model_answer: str | None = None
    provider: str | None = None
    latency_ms: float | None = None


@dataclass(frozen=True)
class ChatContext:
    """The request a record belongs to."""

    user_chat: str
    device: str | None
    user_id: int | None
    request_id: str | None


def log_entries(
    records: Iterable[ErrorRecord], context: ChatContext, system_message: str | None = None
) -> list[ErrorLogEntry]:
    """One error-log entry per record; ``system_message`` is what the user was answered."""
    return [
        ErrorLogEntry(
            user_chat=context.user_chat,
            system_chat=record.model_answer or system_message,
            type_error=record.kind,
            detail=record.detail,
            device=context.device,
            user_id=context.user_id,
            provider=record.provider,
            latency_ms=record.latency_ms,
            request_id=context.request_id,
        )
        for record in records
    ]
