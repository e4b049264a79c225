"""The System-message check: does a string fit one of the client's shapes, and is it safe?

Text answers are judged by the gate (`milio.chat.answers.gate.is_safe_markdown`): marked
12.0.1, the client's renderer, renders them and its HTML is checked against the
allow-list. An answer the gate refuses (or the sanitizer fails on) is replaced by
the model's text shown literally (`literal_text`), checked again, or by nothing;
the caller logs the refusal. The stream is judged as the client shows it: the
whole text sent so far, after each release (`SafeAnswerStream`).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from milio.chat.contract import payloads
from milio.chat.contract.catalog import ACTIONS, CATEGORIES, Action, CategoryKind
from milio.errors import MilioError
from milio.observability import logger

if TYPE_CHECKING:
    from milio.chat.answers.release import StreamingSanitizer

NOT_UNDERSTOOD = "A"
UNAVAILABLE = "B"
# The stream's re-render budget: the text sent so far is rendered again once what
# waits to be sent is an eighth of it, or has waited this long (so the cost of
# judging every release stays near linear in the answer's length).
JUDGE_GROWTH = 8
JUDGE_WAIT_SECONDS = 0.15


class UnsafeAnswerError(MilioError):
    """The gate refused text about to be sent; `detail` says what, for the error log."""

    public_message = "The answer could not be shown safely"

    def __init__(self, detail: str) -> None:
        super().__init__()
        self.detail = detail


@dataclass(frozen=True)
class SafeAnswer:
    text: str  # what to send ("" when there is nothing safe to show)
    refused: bool  # the sanitized answer failed the gate: `text` is the literal fallback


def _is_safe_markdown(text: str) -> bool:
    """The gate, imported on first use: fast-path answers never load marked's engine."""
    from milio.chat.answers.gate import is_safe_markdown

    return is_safe_markdown(text)


def safe_answer(model_text: str) -> SafeAnswer:
    """A model's answer as the client may render it: sanitized, then judged."""
    from milio.chat.answers.emitter import literal_text, sanitize_markdown

    try:
        text = sanitize_markdown(model_text)
    except Exception:  # a sanitizer bug, or nesting too deep: the literal form
        logger.exception("the sanitizer failed on an answer")
        text = None
    if text is not None and (not text or _is_safe_markdown(text)):
        return SafeAnswer(text, refused=False)
    fallback = literal_text(model_text)
    return SafeAnswer(fallback if _is_safe_markdown(fallback) else "", refused=True)


class SafeAnswerStream:
    """`StreamingSanitizer` with the gate on what the client will show.

    The client renders the whole text received so far after each event, so that
    is what is judged: released text waits until the accumulated text with it
    passes, then goes out as one piece. To keep the cost bounded the accumulated
    text is rendered again only once the waiting part is an eighth of it or has
    waited `JUDGE_WAIT_SECONDS` (the first release is judged at once); `finish`
    judges the whole answer once. A short text marked cannot render into anything
    outside the allow-list (`gate.provably_safe`: the usual first words, "Sure!
    Here's how:", "# Steps", "1. Open") passes without the engine while the answer
    goes on; the whole answer is always rendered by marked at the end. On a refusal,
    a sanitizer failure or an inconsistency `UnsafeAnswerError` is raised and
    nothing more is released: every prefix the client was sent passed the gate.
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        from milio.chat.answers import gate, release

        self._provably_safe = gate.provably_safe
        self._sanitizer: StreamingSanitizer = release.StreamingSanitizer()
        self._clock = clock
        self._sent = ""
        self._waiting = ""
        self._waiting_since = 0.0
        self._marked_passed = ""  # the last accumulated text that marked itself passed

    def feed(self, piece: str) -> str:
        released = self._sanitized(self._sanitizer.feed, piece)
        if released and not self._waiting:
            self._waiting_since = self._clock()
        self._waiting += released
        if not self._waiting:
            return ""
        due = len(self._waiting) * JUDGE_GROWTH >= len(self._sent)
        if due or self._clock() - self._waiting_since >= JUDGE_WAIT_SECONDS:
            return self._judged()
        return ""

    def finish(self) -> str:
        self._waiting += self._sanitized(lambda _: self._sanitizer.finish(), "")
        return self._judged(final=True)

    def _sanitized(self, step: Callable[[str], str], piece: str) -> str:
        try:
            return step(piece)
        except Exception as error:  # any sanitizer failure refuses the stream
            raise UnsafeAnswerError(f"the sanitizer failed: {type(error).__name__}") from error

    def _judged(self, *, final: bool = False) -> str:
        shown = self._sent + self._waiting
        # The proof only speeds up the first events; the whole answer is marked's to judge.
        if final and shown == self._marked_passed:
            return ""  # marked passed this very text at the last release: judged once
        if final or not self._provably_safe(shown):
            if not _is_safe_markdown(shown):
                raise UnsafeAnswerError("the streamed text so far failed the gate")
            self._marked_passed = shown
        piece, self._sent, self._waiting = self._waiting, shown, ""
        return piece


def _is_answer(text: str, judged: str | None) -> bool:
    """Text the gate passed already (``judged``, from `safe_answer`) is not judged twice."""
    return bool(text.strip()) and (text == judged or _is_safe_markdown(text))


def _is_valid_payload(action: Action, payload: str, judged: str | None) -> bool:
    if action.answers_in_text:
        return _is_answer(payload, judged)
    if not action.fields:
        return payload == ""
    if payload == payloads.MISSING:
        return True
    parts = payload.split("|")
    if len(parts) != len(action.fields):
        return False
    return all(f.validator(part) == part for f, part in zip(action.fields, parts, strict=True))


def is_valid_system_message(message: str, *, judged: str | None = None) -> bool:
    """Whether ``message`` is one the client reads as meant; ``judged`` is answer text
    the gate has passed for this message (`safe_answer`), so it is judged once."""
    category = CATEGORIES.get(message[:1])
    if category is None:
        return False
    rest = message[1:]
    match category.kind:
        case CategoryKind.STATUS:
            return rest == ""
        case CategoryKind.SEARCH:
            return bool(rest) and payloads.clean_search_query(rest) == rest
        case CategoryKind.ANSWER:
            return _is_answer(rest, judged)
        case CategoryKind.ACTION:
            action = ACTIONS.get(message[:3])
            return action is not None and _is_valid_payload(action, message[3:], judged)
