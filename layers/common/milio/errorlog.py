"""The error log kept for improving prompts: what was asked, what went wrong.

Writing it must never fail or slow the user's request, so every failure here is
logged, counted (the ``ErrorLogRowsDropped`` metric) and swallowed, and the caller runs
it after the answer is ready.

A row names its user only while that user exists, checked by the INSERT itself: a
request still in flight when its account is deleted (or one let through by the
gateway's cached authorization for a deleted user) writes nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from aws_lambda_powertools.metrics import MetricUnit

from milio.db import Database
from milio.observability import logger, metrics

# Enough to see what was asked; PDFs pasted in front of a request are long.
MAX_MESSAGE_CHARS = 2000
MAX_FIELD_CHARS = 500
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_INSERT = (
    "INSERT INTO errors (user_chat, system_chat, type_error, detail, device,"
    " user_id, provider, latency_ms, request_id)"
    " SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?"
    " WHERE ?6 IS NULL OR EXISTS (SELECT 1 FROM users WHERE id = ?6)"
)


@dataclass(frozen=True)
class ErrorLogEntry:
    user_chat: str
    system_chat: str | None
    type_error: str
    detail: str | None
    device: str | None
    user_id: int | None
    provider: str | None
    latency_ms: float | None
    request_id: str | None


def _clip(text: str | None, limit: int) -> str | None:
    if text is None:
        return None
    return _CONTROL.sub(" ", text)[:limit]


def device_of(user_agent: str | None, device_header: str | None) -> str | None:
    """The client's own ``X-Device`` label if it sent one, else its User-Agent."""
    return _clip(device_header or user_agent, 200)


def write_entries(db: Database, entries: list[ErrorLogEntry]) -> int:
    """Insert the entries of users that still exist; answer how many were written.
    Never raises."""
    written = 0
    for entry in entries:
        try:
            written += db.execute(
                _INSERT,
                (
                    _clip(entry.user_chat, MAX_MESSAGE_CHARS),
                    _clip(entry.system_chat, MAX_FIELD_CHARS),
                    _clip(entry.type_error, 64),
                    _clip(entry.detail, MAX_FIELD_CHARS),
                    entry.device,
                    entry.user_id,
                    _clip(entry.provider, 64),
                    round(entry.latency_ms) if entry.latency_ms is not None else None,
                    _clip(entry.request_id, 128),
                ),
            )
        except Exception:  # the log is best effort: the user's answer matters more
            metrics.add_metric(name="ErrorLogRowsDropped", unit=MetricUnit.Count, value=1)
            logger.exception(
                "could not write the error log", extra={"type_error": entry.type_error}
            )
    return written
