"""JSON objects as language models really write them.

Strict JSON, and also: inside a fenced block or surrounded by prose (which may
hold braces of its own), Python dicts (single quotes, ``True``/``None``),
trailing commas, ``//``, ``/* */`` and ``#`` comments, unquoted keys. Only
reading: a value is a str, int, float, bool, None, list or dict, nothing is
evaluated, and nesting and size are bounded.
"""

from __future__ import annotations

import json
import re

MAX_DEPTH = 16
MAX_CHARS = 20_000
MAX_STARTS = 20  # "{" positions tried before giving up on a text

_FENCE = re.compile(r"```[a-zA-Z0-9_-]*[ \t]*\n?(.*?)```", re.S)
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")
_BARE = re.compile(r"[A-Za-z_$][A-Za-z0-9_$-]*")
_LITERALS: dict[str, object] = {
    "true": True,
    "false": False,
    "null": None,
    "none": None,
    "undefined": None,
}
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "/": "/", "\\": "\\"}


class LooseJSONError(ValueError):
    pass


def first_object(text: str) -> dict[str, object] | None:
    """The first JSON object in ``text`` (fenced blocks first), or ``None``."""
    text = text[:MAX_CHARS]
    for candidate in [*_FENCE.findall(text), text]:
        found = _object_in(candidate)
        if found is not None:
            return found
    return None


def _object_in(text: str) -> dict[str, object] | None:
    start = text.find("{")
    for _ in range(MAX_STARTS):
        if start < 0:
            return None
        try:
            value = _Reader(text, start).value(0)
        except (LooseJSONError, RecursionError):
            start = text.find("{", start + 1)
            continue
        if isinstance(value, dict):
            return value
        start = text.find("{", start + 1)
    return None


class _Reader:
    def __init__(self, text: str, position: int) -> None:
        self.text = text
        self.at = position

    def value(self, depth: int) -> object:
        if depth > MAX_DEPTH:
            raise LooseJSONError("too deep")
        self._skip()
        ch = self._peek()
        if ch == "{":
            return self._object(depth)
        if ch == "[":
            return self._array(depth)
        if ch in "\"'":
            return self._string()
        number = _NUMBER.match(self.text, self.at)
        if number:
            self.at = number.end()
            return json.loads(number.group())
        word = _BARE.match(self.text, self.at)
        if word and word.group().casefold() in _LITERALS:
            self.at = word.end()
            return _LITERALS[word.group().casefold()]
        raise LooseJSONError(f"unexpected {ch!r}")

    def _object(self, depth: int) -> dict[str, object]:
        self.at += 1
        result: dict[str, object] = {}
        while True:
            self._skip()
            if self._peek() == "}":
                self.at += 1
                return result
            key = self._key()
            self._skip()
            if self._peek() not in ":=":
                raise LooseJSONError("expected ':'")
            self.at += 1
            result[key] = self.value(depth + 1)
            self._skip()
            if self._peek() == ",":
                self.at += 1
            elif self._peek() != "}":
                raise LooseJSONError("expected ',' or '}'")

    def _array(self, depth: int) -> list[object]:
        self.at += 1
        items: list[object] = []
        while True:
            self._skip()
            if self._peek() == "]":
                self.at += 1
                return items
            items.append(self.value(depth + 1))
            self._skip()
            if self._peek() == ",":
                self.at += 1
            elif self._peek() != "]":
                raise LooseJSONError("expected ',' or ']'")

    def _key(self) -> str:
        if self._peek() in "\"'":
            return self._string()
        word = _BARE.match(self.text, self.at)
        if word is None:
            raise LooseJSONError("expected a key")
        self.at = word.end()
        return word.group()

    def _string(self) -> str:
        quote = self.text[self.at]
        self.at += 1
        out: list[str] = []
        while self.at < len(self.text):
            ch = self.text[self.at]
            if ch == quote:
                self.at += 1
                return "".join(out)
            if ch == "\\":
                out.append(self._escape())
                continue
            out.append(ch)
            self.at += 1
        raise LooseJSONError("unterminated string")

    def _escape(self) -> str:
        code = self.text[self.at + 1 : self.at + 2]
        if code == "u":
            digits = self.text[self.at + 2 : self.at + 6]
            if not re.fullmatch(r"[0-9a-fA-F]{4}", digits):
                raise LooseJSONError("bad escape")
            self.at += 6
            return chr(int(digits, 16))
        self.at += 2
        return _ESCAPES.get(code, code)

    def _peek(self) -> str:
        if self.at >= len(self.text):
            raise LooseJSONError("unexpected end")
        return self.text[self.at]

    def _skip(self) -> None:
        """Whitespace and comments."""
        text = self.text
        while self.at < len(text):
            ch = text[self.at]
            if ch.isspace():
                self.at += 1
            elif text.startswith("//", self.at) or ch == "#":
                end = text.find("\n", self.at)
                self.at = len(text) if end < 0 else end + 1
            elif text.startswith("/*", self.at):
                end = text.find("*/", self.at + 2)
                if end < 0:
                    raise LooseJSONError("unterminated comment")
                self.at = end + 2
            else:
                return
