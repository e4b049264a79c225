"""Per-user memory of the model's action decisions: the same message again needs no model.

When a model answered a user's message with an action (a ``0…`` or ``1…``
code), the same normalised message from the same user within the memory's
lifetime (``MILIO_DECISION_MEMORY_DAYS``, 30) is answered from memory, with no
model call. What is kept is a keyed digest of the message (HMAC-SHA256 under
the application secret's ``decision_memory_key``), never its text, and the
System message the decision became.

Not kept: a message with a PDF or with earlier turns (the same words may mean
something else there), a text answer, an e-mail (its subject and body are
prose drawn from the message), a decision whose detail was missing. A recalled
decision is checked again like a model's: its details go through the payload
validators and must rebuild it exactly, and the System message must be one of
the contract's.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from milio.chat.contract import payloads
from milio.chat.contract.catalog import ACTIONS, Action, build_payload
from milio.chat.contract.system_message import is_valid_system_message
from milio.chat.request import ParsedRequest
from milio.chat.understanding import distress
from milio.settings import Settings

SECONDS_PER_DAY = 86_400
# An e-mail's subject and body are prose the model drew from the message.
_NEVER_REMEMBERED = frozenset({"015"})
_BLANKS = re.compile(r"\s+")


class DecisionStore(Protocol):
    """Where remembered decisions live (:class:`milio.decision_memory.DecisionMemoryTable`).

    A store that cannot be reached answers ``None`` and saves nothing: the
    memory only ever saves model calls, it never fails a request.
    """

    def find(self, user_id: int, digest: str, not_before: int) -> str | None: ...

    def save(self, user_id: int, digest: str, decision: str, at: int, not_before: int) -> None: ...


@dataclass(frozen=True)
class Recalled:
    system_message: str
    action: Action
    details: dict[str, str]


def normalised(message: str) -> str:
    """The message as compared: Unicode NFC, blanks collapsed, no closing ".!?".

    Case is kept: "Taxes" and "taxes" are different folder names.
    """
    text = _BLANKS.sub(" ", unicodedata.normalize("NFC", message)).strip()
    return text.rstrip(".!?… ") or text


def checked_decision(system_message: str) -> Recalled | None:
    """The decision, if it is one worth remembering and its details pass the validators."""
    action = ACTIONS.get(system_message[:3])
    if action is None or not action.chosen_by_model or action.answers_in_text:
        return None
    if action.full_code in _NEVER_REMEMBERED or not is_valid_system_message(system_message):
        return None
    payload = system_message[3:]
    parts = payload.split("|") if action.fields else []
    if len(parts) != len(action.fields) or (not action.fields and payload):
        return None
    names = (detail.name for detail in action.fields)
    rebuilt, details = build_payload(action, dict(zip(names, parts, strict=True)))
    if rebuilt != payload or (action.fields and rebuilt == payloads.MISSING):
        return None
    return Recalled(system_message, action, details)


def is_memorable(request: ParsedRequest) -> bool:
    """A message alone: no PDF, no earlier turns around it; and none that speaks of
    despair or self-harm (:mod:`milio.chat.understanding.distress`): the model reads
    it afresh every time."""
    alone = not request.has_pdf and request.latest == request.message.strip()
    return alone and not distress.heard(request.message)


@dataclass(frozen=True)
class DecisionMemory:
    store: DecisionStore
    key: bytes
    lifetime_seconds: int
    clock: Callable[[], float] = time.time

    @classmethod
    def from_settings(cls, store: DecisionStore, settings: Settings) -> DecisionMemory | None:
        """The memory the settings ask for; ``None`` without a key or with 0 days."""
        key = settings.decision_memory_key
        if key is None or settings.decision_memory_days == 0:
            return None
        lifetime = settings.decision_memory_days * SECONDS_PER_DAY
        return cls(store, key.get_secret_value().encode(), lifetime)

    def digest(self, message: str) -> str:
        return hmac.new(self.key, normalised(message).encode(), hashlib.sha256).hexdigest()

    def recall(self, user_id: int, request: ParsedRequest) -> Recalled | None:
        """The decision remembered for this user's message, checked again; else ``None``."""
        if not is_memorable(request):
            return None
        now = int(self.clock())
        stored = self.store.find(user_id, self.digest(request.message), now - self.lifetime_seconds)
        return checked_decision(stored) if stored is not None else None

    def remember(self, user_id: int, request: ParsedRequest, system_message: str) -> bool:
        """Keep the model's decision for this message, if it is one to keep; answer whether."""
        if not is_memorable(request) or checked_decision(system_message) is None:
            return False
        now = int(self.clock())
        self.store.save(
            user_id,
            self.digest(request.message),
            system_message,
            now,
            now - self.lifetime_seconds,
        )
        return True


@dataclass(frozen=True)
class UserMemory:
    """The memory of one user's decisions, as one request sees it."""

    memory: DecisionMemory
    user_id: int

    def recall(self, request: ParsedRequest) -> Recalled | None:
        return self.memory.recall(self.user_id, request)

    def remember(self, request: ParsedRequest, system_message: str) -> bool:
        return self.memory.remember(self.user_id, request, system_message)
