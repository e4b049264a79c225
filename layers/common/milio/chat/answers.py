"""Read a step's answer from model text that may not follow instructions exactly."""

from __future__ import annotations

import json
import re
from collections.abc import Collection

_DECORATION = re.compile(r"[*_`\"'“”‘’«»\[\](){}<>]")
_LABEL = re.compile(
    r"^\s*(?:final\s+)?(?:answer|category|code|action|response|output)\s*[:=\-]\s*", re.I
)
_TOKEN = re.compile(r"[0-9A-Za-z]+")
_JSON_FENCE = re.compile(r"```(?:json)?\s*(.*?)```", re.S | re.I)


def parse_choice(text: str, allowed: Collection[str]) -> str | None:
    """The one allowed code the answer names, or ``None``.

    Accepts "01", "**01**", "Answer: 01", "01 - open app", "'1'" (padded to "01"
    when the codes have two digits), or a first line naming exactly one code.
    """
    first_line = next((line for line in text.splitlines() if line.strip()), "")
    line = _LABEL.sub("", _DECORATION.sub(" ", first_line))
    tokens = _TOKEN.findall(line)
    if not tokens:
        return None
    named = {token for token in tokens if token in allowed}
    lead = _normalize(tokens[0], allowed)
    if lead is not None:
        return lead if named <= {lead} else None  # "01 or 02" names two codes
    return named.pop() if len(named) == 1 else None


def _normalize(token: str, allowed: Collection[str]) -> str | None:
    if token in allowed:
        return token
    if token.isdigit() and len(token) == 1 and ("0" + token) in allowed:
        return "0" + token
    return None


def parse_details(text: str) -> dict[str, object] | None:
    """The JSON object in a details answer, fenced or surrounded by prose."""
    fenced = _JSON_FENCE.search(text)
    candidate = fenced.group(1) if fenced else text
    start, end = candidate.find("{"), candidate.rfind("}")
    if start < 0 or end <= start:
        return None
    try:
        value = json.loads(candidate[start : end + 1])
    except (json.JSONDecodeError, RecursionError):
        return None
    if not isinstance(value, dict):
        return None
    return {str(key): item for key, item in value.items()}
