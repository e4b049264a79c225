"""The System-message check: does a string fit one of the client's shapes, and is it safe?

Text answers are judged by the gate (`milio.chat.answers.gate.is_safe_markdown`), which
renders them and checks the HTML against the allow-list without using the sanitizer.
An answer the gate refuses is replaced by the model's text shown literally
(`literal_text`), checked again, or by nothing; the caller logs the refusal.
The stream gets the same gate piece by piece (`SafeAnswerStream`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from milio.chat.contract import payloads
from milio.chat.contract.catalog import ACTIONS, CATEGORIES, Action, CategoryKind
from milio.errors import MilioError

if TYPE_CHECKING:
    from milio.chat.answers.release import StreamingSanitizer

NOT_UNDERSTOOD = "A"
UNAVAILABLE = "B"
# A piece without these cannot hold a tag, a link or code: the gate has nothing to judge.
_JUDGED = frozenset("<[`")


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
    """The gate, imported on first use: fast-path answers never need Markdown."""
    from milio.chat.answers.gate import is_safe_markdown

    return is_safe_markdown(text)


def safe_answer(model_text: str) -> SafeAnswer:
    """A model's answer as the client may render it: sanitized, then judged."""
    from milio.chat.answers.emitter import literal_text, sanitize_markdown

    text = sanitize_markdown(model_text)
    if not text or _is_safe_markdown(text):
        return SafeAnswer(text, refused=False)
    fallback = literal_text(model_text)
    return SafeAnswer(fallback if _is_safe_markdown(fallback) else "", refused=True)


class SafeAnswerStream:
    """`StreamingSanitizer` with the gate on what it releases.

    A piece that could carry markup is judged before it is sent, and the whole
    answer once more at the end. On a refusal (or if the sanitizer contradicts
    itself) `UnsafeAnswerError` is raised and nothing more is released: what was
    sent already passed the gate.
    """

    def __init__(self) -> None:
        from milio.chat.answers import release

        self._inconsistent = release.StreamInconsistencyError
        self._sanitizer: StreamingSanitizer = release.StreamingSanitizer()
        self._sent: list[str] = []

    def feed(self, piece: str) -> str:
        try:
            return self._checked(self._sanitizer.feed(piece))
        except self._inconsistent as error:
            raise UnsafeAnswerError(str(error)) from error

    def finish(self) -> str:
        try:
            rest = self._checked(self._sanitizer.finish())
        except self._inconsistent as error:
            raise UnsafeAnswerError(str(error)) from error
        if not _is_safe_markdown("".join([*self._sent, rest])):
            raise UnsafeAnswerError("the whole streamed answer failed the gate")
        self._sent.append(rest)
        return rest

    def _checked(self, piece: str) -> str:
        if not _JUDGED.isdisjoint(piece) and not _is_safe_markdown(piece):
            raise UnsafeAnswerError("a streamed piece failed the gate")
        self._sent.append(piece)
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
