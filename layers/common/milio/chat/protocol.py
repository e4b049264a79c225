"""The last gate: does a string fit one of the client's System message shapes?"""

from __future__ import annotations

from milio.chat import payloads
from milio.chat.catalog import ACTIONS, CATEGORIES, Action, CategoryKind
from milio.chat.sanitize import clean_search_query, sanitize_markdown

NOT_UNDERSTOOD = "A"
UNAVAILABLE = "B"


def is_safe_answer_text(text: str) -> bool:
    return bool(text.strip()) and sanitize_markdown(text) == text


def _is_valid_payload(action: Action, payload: str) -> bool:
    if action.answers_in_text:
        return is_safe_answer_text(payload)
    if not action.fields:
        return payload == ""
    if payload == payloads.MISSING:
        return True
    parts = payload.split("|")
    if len(parts) != len(action.fields):
        return False
    return all(f.validator(part) == part for f, part in zip(action.fields, parts, strict=True))


def is_valid_system_message(message: str) -> bool:
    category = CATEGORIES.get(message[:1])
    if category is None:
        return False
    rest = message[1:]
    match category.kind:
        case CategoryKind.STATUS:
            return rest == ""
        case CategoryKind.SEARCH:
            return bool(rest) and clean_search_query(rest) == rest
        case CategoryKind.ANSWER:
            return is_safe_answer_text(rest)
        case CategoryKind.ACTION:
            action = ACTIONS.get(message[:3])
            return action is not None and _is_valid_payload(action, message[3:])
