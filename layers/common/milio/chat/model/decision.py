"""The one-call decision: category, action and details in one structured answer.

The JSON schema is written from the catalog (its categories, the actions the
model may choose, their detail fields), in the strict form OpenAI's structured
outputs accept, which the tool-use and JSON modes of the other APIs take as is.
What comes back is read forgivingly (:mod:`milio.chat.model.reading`) and checked
against the catalog here; the details still pass the catalog's validators when
the pipeline builds the payload.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from milio.chat.contract.catalog import (
    ACTIONS,
    CATEGORIES,
    NONE_OF_THESE,
    Action,
    CategoryKind,
    action_names,
    actions_in,
    category_names,
    model_categories,
)
from milio.chat.model.loose_json import first_object
from milio.chat.model.reading import parse_choice, read_details
from milio.providers.base import OutputSchema

OUTPUT_NAME = "milio_decision"
# Detail fields a model gives as numbers rather than text.
_INTEGER_FIELDS = frozenset({"seconds"})


@dataclass(frozen=True)
class Decision:
    category: str
    action: Action | None = None  # for categories 0 and 1; None is "none of these"
    details: Mapping[str, object] = field(default_factory=dict)
    search_query: str | None = None
    answer: str | None = None


def offered_actions(with_pdf: bool) -> tuple[Action, ...]:
    return tuple(
        action
        for category in model_categories()
        if category.kind is CategoryKind.ACTION
        for action in actions_in(category.code, with_pdf=with_pdf).actions
    )


@lru_cache(maxsize=2)
def decision_output(with_pdf: bool) -> OutputSchema:
    """The schema of one decision; the PDF action is offered only when a PDF came with it."""
    actions = offered_actions(with_pdf)
    fields: dict[str, list[str]] = {}
    for action in actions:
        for detail in action.fields:
            fields.setdefault(detail.name, []).append(f"{action.name}: {detail.description}")
    details = {
        name: {
            "type": ["integer" if name in _INTEGER_FIELDS else "string", "null"],
            "description": "; ".join(uses),
        }
        for name, uses in fields.items()
    }
    codes = [category.code for category in model_categories()]
    schema: dict[str, Any] = {
        "type": "object",
        "properties": {
            "category": {"type": "string", "enum": codes, "description": "the category code"},
            "action": {
                "type": ["string", "null"],
                "enum": [*(action.full_code for action in actions), None],
                "description": "for categories 0 and 1, the action code; otherwise null",
            },
            "details": {
                "type": "object",
                "properties": details,
                "required": list(details),
                "additionalProperties": False,
                "description": "the chosen action's details; null for any other or missing one",
            },
            "search_query": {
                "type": ["string", "null"],
                "description": "for category 3, a short web search query; otherwise null",
            },
            "answer": {
                "type": ["string", "null"],
                "description": "for categories 4 to 7 (and the PDF action), the Markdown answer",
            },
        },
        "required": ["category", "action", "details", "search_query", "answer"],
        "additionalProperties": False,
    }
    return OutputSchema(OUTPUT_NAME, "the category, action and details of one request", schema)


def read_decision(text: str, *, with_pdf: bool) -> Decision | None:
    """The decision in a structured answer, or ``None`` when it does not fit the catalog."""
    found = first_object(text)
    if found is None:
        return None
    fields = read_details(found)  # also opens {"details": {...}}
    category = _category(fields.get("category"))
    understood, action = _action(fields.get("action"), category, with_pdf)
    if not understood:
        return None  # an action outside the catalog is not guessed at
    if action is not None:
        if category not in (None, action.category):
            return None  # "category 4, action 001": contradicts itself
        category = action.category
    if category is None:
        return None
    return Decision(
        category,
        action,
        fields,
        _text(fields.get("search_query", fields.get("query"))),
        _text(fields.get("answer")),
    )


def _category(value: object) -> str | None:
    if value is None:
        return None
    codes = [category.code for category in model_categories()]
    return parse_choice(str(value), codes, category_names())


def _action(value: object, category: str | None, with_pdf: bool) -> tuple[bool, Action | None]:
    """Whether the action is understood, and which ("none of these" is ``None``)."""
    if value is None:
        return True, None
    if category is not None and CATEGORIES[category].kind is CategoryKind.ACTION:
        choice = actions_in(category, with_pdf=with_pdf)
        code = parse_choice(
            str(value), choice.codes | {NONE_OF_THESE}, action_names(choice), prefix=category
        )
        if code == NONE_OF_THESE:
            return True, None
        return code is not None, ACTIONS.get(category + code) if code else None
    offered = offered_actions(with_pdf)
    names = {name: action.full_code for action in offered for name in _names(action)}
    code = parse_choice(str(value), [action.full_code for action in offered], names)
    return code is not None, ACTIONS.get(code) if code else None


def _names(action: Action) -> tuple[str, ...]:
    return (action.name, action.name.replace("_", " "), action.description)


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None
