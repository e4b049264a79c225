"""Resolve common commands locally with hassil's template matcher, no model call.

Precision first: a request is answered here only when exactly one action and
payload fit it, every free-text slot passes strict checks, and the payload
passes the same validators as a model's details. Anything else returns ``None``
and goes to the model.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from hassil import Intents, recognize_all

from milio.chat import payloads
from milio.chat.catalog import ACTIONS, Action, build_payload
from milio.chat.vocabulary import KNOWN_APPS, KNOWN_SITES

MAX_FAST_PATH_CHARS = 120
MAX_WILDCARD_WORDS = 3
MAX_RESULTS = 8

# Polite filler that does not change what the user asks for.
SKIP_WORDS = (
    "please",
    "can you",
    "could you",
    "would you",
    "will you",
    "hey milio",
    "milio",
    "for me",
    "right now",
    "now",
)
# A wildcard name holding one of these words is more likely a sentence than a
# name ("a folder called notes on my desktop"): let the model read it.
_WILDCARD_STOP_WORDS = frozenset(
    (
        *("a", "an", "the", "my", "your", "this", "that", "it", "please"),
        *("on", "in", "at", "to", "from", "for", "with", "and", "or", "of"),
        *("called", "named", "folder", "folders", "file", "files", "directory", "desktop"),
    )
)
# Number slots; ranges stay small because hassil builds a word index per range.
_NUMBER_RANGES = {
    "hours": (1, 24),
    "minutes": (1, 120),
    "seconds": (1, 300),
    "amount": (1, 100),
    "percent": (1, 100),
}
# Sentences that touch every number range so their word indexes are built at
# start-up rather than during the first request.
_WARM_UP = (
    "set a timer for two hours three minutes and four seconds",
    "set a timer for five seconds",
    "volume up by ten",
    "volume up by ten percent",
)


@dataclass(frozen=True)
class FastMatch:
    action: Action
    payload: str
    details: Mapping[str, str]

    @property
    def system_message(self) -> str:
        return self.action.full_code + self.payload


def _slot_values(names: Mapping[str, str]) -> dict[str, Any]:
    return {"values": [{"in": spoken, "out": out} for spoken, out in names.items()]}


def _intents_dict() -> dict[str, Any]:
    lists: dict[str, Any] = {
        "app": _slot_values(KNOWN_APPS),
        "site": _slot_values(KNOWN_SITES),
        "name": {"wildcard": True},
    }
    for list_name, (low, high) in _NUMBER_RANGES.items():
        lists[list_name] = {"range": {"from": low, "to": high}}
    intents = {
        code: {"data": [{"sentences": list(action.templates)}]}
        for code, action in ACTIONS.items()
        if action.templates
    }
    return {
        "language": "en",
        "intents": _with_slot_names(intents),
        "lists": lists,
        "skip_words": list(SKIP_WORDS),
    }


def _with_slot_names(intents: dict[str, Any]) -> dict[str, Any]:
    # Catalog templates say {app} and {site}; the payload fields are "name" and "url".
    renamed = {}
    for code, intent in intents.items():
        sentences = [
            s.replace("{app}", "{app:name}").replace("{site}", "{site:url}")
            for s in intent["data"][0]["sentences"]
        ]
        renamed[code] = {"data": [{"sentences": sentences}]}
    return renamed


@dataclass(frozen=True)
class Matcher:
    intents: Intents
    build_ms: float


@lru_cache(maxsize=1)
def get_matcher() -> Matcher:
    """The compiled templates, built once per process (a Lambda cold start)."""
    start = time.perf_counter()
    intents = Intents.from_dict(_intents_dict())
    for sentence in _WARM_UP:
        next(iter(recognize_all(sentence, intents)), None)
    return Matcher(intents, (time.perf_counter() - start) * 1000)


def _wildcard_name(text: str, span: tuple[int, int] | None) -> str | None:
    # hassil strips punctuation from what a wildcard captured, so "x; rm -rf ~"
    # would come back as "x rm -rf ~". Check the user's own characters instead.
    if span is None:
        return None
    raw = text[span[0] : span[1]].strip()
    words = raw.split()
    if not words or len(words) > MAX_WILDCARD_WORDS:
        return None
    if any(word.casefold() in _WILDCARD_STOP_WORDS for word in words):
        return None
    return payloads.valid_name(raw)


def _entity_value(value: object) -> object:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _candidate(text: str, result: Any) -> tuple[str, str, dict[str, str]] | None:
    action = ACTIONS[result.intent.name]
    entities: dict[str, object] = {}
    for name, entity in result.entities.items():
        if entity.is_wildcard:
            wildcard = _wildcard_name(text, entity.text_span)
            if wildcard is None:
                return None
            entities[name] = wildcard
        else:
            entities[name] = _entity_value(entity.value)
    details = action.from_entities(entities) if action.from_entities else entities
    payload, clean = build_payload(action, details)
    if action.fields and payload == payloads.MISSING:
        return None
    return action.full_code, payload, clean


def match(text: str) -> FastMatch | None:
    """The one action a short command asks for, or ``None`` when unsure."""
    text = text.strip()
    if not text or len(text) > MAX_FAST_PATH_CHARS or "\n" in text:
        return None
    found: dict[tuple[str, str], dict[str, str]] = {}
    for count, result in enumerate(recognize_all(text, get_matcher().intents)):
        candidate = _candidate(text, result)
        if candidate is None or count >= MAX_RESULTS:
            return None  # one doubtful reading is enough to ask the model
        code, payload, details = candidate
        found[(code, payload)] = details
    if len(found) != 1:
        return None
    (code, payload), details = found.popitem()
    return FastMatch(ACTIONS[code], payload, details)
