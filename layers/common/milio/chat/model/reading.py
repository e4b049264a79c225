"""Read a model's answer when it does not follow the instructions exactly.

Every reader recovers the meaning when it is unambiguous and gives ``None``
otherwise (then the pipeline retries or answers "not understood"). What it
recovers is still only a code from an allow-list or details that the catalog's
validators check afterwards: forgiving reading never widens what can reach the
client.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from fractions import Fraction

from milio.chat.model.loose_json import first_object
from milio.chat.understanding.durations import parse_duration
from milio.chat.understanding.number_words import parse_number

_FENCE = re.compile(r"```[a-zA-Z0-9_-]*[ \t]*\n?(.*?)```", re.S)
_DECORATION = re.compile(r"[*_`\"'“”‘’«»\[\](){}<>#:.,!=]")
_LABELLED = re.compile(
    r"(?:final\s+answer|answer|category|code|action|choice|output|response|selection)"
    r"\s*(?:is|:|=|-|→|->)\s*[*_`\"'“”(\[]*([A-Za-z0-9][A-Za-z0-9 _-]{0,40})",
    re.I,
)
_TOKEN = re.compile(r"[0-9A-Za-z]+")
_WORDS = re.compile(r"[^0-9a-z]+")


def parse_choice(
    text: str,
    allowed: Collection[str],
    names: Mapping[str, str] | None = None,
    *,
    prefix: str = "",
) -> str | None:
    """The one allowed code the answer means, or ``None``.

    Reads, in order: the whole answer ("01", "**01**", "'1'", "software");
    a fenced block; a labelled answer ("Answer: 01", "the category is 0"); the
    first line's leading code ("01 - open app"); the last line (a code after
    reasoning). ``names`` maps lowercase names to codes ("open app" -> "01");
    ``prefix`` is the category before a two-digit action ("001" reads as "01").
    """
    reader = _ChoiceReader(allowed, names or {}, prefix)
    for candidate in (text, *_FENCE.findall(text)):
        code = reader.whole(candidate)
        if code is not None:
            return code
    for labelled in reversed(_LABELLED.findall(text)):
        code = reader.whole(labelled) or reader.leading(labelled)
        if code is not None:
            return code
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        return None
    return reader.leading(lines[0]) or reader.whole(lines[-1]) or reader.leading(lines[-1])


class _ChoiceReader:
    def __init__(self, allowed: Collection[str], names: Mapping[str, str], prefix: str) -> None:
        self.allowed = allowed
        self.names = {_phrase(name): code for name, code in names.items() if code in allowed}
        self.prefix = prefix

    def code(self, token: str) -> str | None:
        if token in self.allowed:
            return token
        if token.isdigit() and len(token) == 1 and "0" + token in self.allowed:
            return "0" + token
        if (
            self.prefix
            and token.startswith(self.prefix)
            and token[len(self.prefix) :] in self.allowed
        ):
            return token[len(self.prefix) :]
        return None

    def whole(self, text: str) -> str | None:
        """A code, a lowercase letter code or a name that is all of ``text``."""
        bare = " ".join(_DECORATION.sub(" ", text).split())
        if not bare:
            return None
        code = self.code(bare)
        if code is None and len(bare) == 1:
            code = self.code(bare.upper())  # "a" alone is category "A"
        return code or self.names.get(_phrase(bare))

    def leading(self, line: str) -> str | None:
        """The code a line starts with, if the line names no other code."""
        tokens = _TOKEN.findall(_DECORATION.sub(" ", line))
        if not tokens:
            return None
        lead = self.code(tokens[0])
        named = {code for token in tokens if (code := self.code(token)) is not None}
        return lead if lead is not None and named == {lead} else None


def _phrase(text: str) -> str:
    return " ".join(_WORDS.split(text.casefold())).strip()


# Wrappers that some models put around the details ({"details": {...}}).
_WRAPPERS = ("details", "parameters", "params", "arguments", "args", "data", "input", "fields")
_NULL_WORDS = frozenset(("", "null", "none", "n/a", "na", "nil", "undefined", "empty", "-"))


def parse_details(text: str) -> dict[str, object] | None:
    """The details object of an answer, read as :func:`read_details` does."""
    found = first_object(text)
    return None if found is None else read_details(found)


def read_details(found: Mapping[str, object]) -> dict[str, object]:
    """Details as a model wrote them, made ready for the catalog's validators.

    Keys lowercased, a wrapper ({"details": {...}}) opened, "null"/"none" as
    words made ``None``, and numbers with units read ("300 seconds", "10%").
    """
    details = normalise_details(found)
    return {key: _DETAIL_READERS.get(key, _same)(value) for key, value in details.items()}


def normalise_details(found: Mapping[str, object]) -> dict[str, object]:
    """Keys lowercased, one wrapper level opened, "null"/"none" as words made ``None``."""
    details: dict[str, object] = {}
    for key, value in found.items():
        if isinstance(value, Mapping) and _key(key) in _WRAPPERS:
            for inner_key, inner in value.items():
                details[_key(inner_key)] = _value(inner)
    for key, value in found.items():
        if not (isinstance(value, Mapping) and _key(key) in _WRAPPERS):
            details.setdefault(_key(key), _value(value))
    return details


def _key(key: object) -> str:
    return str(key).strip().casefold().replace(" ", "_")


def _value(value: object) -> object:
    if isinstance(value, str) and value.strip().casefold() in _NULL_WORDS:
        return None
    return value


def read_seconds(value: object) -> object:
    """A timer from a model: 300, "300", "300 seconds", "5 minutes", "5 min"."""
    if not isinstance(value, str):
        return value
    seconds = parse_duration(value)
    if seconds is not None:
        return seconds
    number = parse_number(value.removesuffix("s").strip())
    return value if number is None else _whole(number)


def read_amount(value: object) -> object:
    """A volume step from a model: 10, "10", "10%", "10 percent", "ten"."""
    if not isinstance(value, str):
        return value
    number = parse_number(value.strip())
    return value if number is None else _whole(number)


def _whole(number: Fraction) -> object:
    return int(number) if number.denominator == 1 else float(number)


def _same(value: object) -> object:
    return value


_DETAIL_READERS = {"seconds": read_seconds, "amount": read_amount}


_QUERY_LABEL = re.compile(
    r"^\s*(?:search\s+)?(?:query|search|search\s+for|terms?)\s*[:=-]\s*", re.I
)
_EXPLANATION = re.compile(
    r"\s+(?:[-—–(]|because|which|this|that|to\s+find)\s*(?:this|which|that|it|to|because|will"
    r"|should|finds?|shows?|returns?|gives?|searches)\b.*$",
    re.I,
)
_QUOTED = re.compile(r"^\s*[\"“'‘](.+?)[\"”'’]")


def parse_query(text: str) -> str:
    """The search query in an answer: its first line, without a label or an explanation."""
    fenced = _FENCE.search(text)
    source = fenced.group(1) if fenced else text
    line = next((line for line in source.splitlines() if line.strip()), "")
    line = _QUERY_LABEL.sub("", line.strip().strip("*_`"))
    quoted = _QUOTED.match(line)
    if quoted:
        return quoted.group(1).strip()
    return _EXPLANATION.sub("", line).strip()
