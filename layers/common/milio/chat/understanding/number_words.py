"""Numbers as people type them: digits, words, and the common fractions.

"25", "1.5", "twenty-five", "a hundred and ten", "one and a half", "half",
"a quarter", "three quarters", "½". Anything else ("a few", "a couple", "1,5")
is ``None``: the caller then leaves the sentence to the model rather than guess.
"""

from __future__ import annotations

import re
from fractions import Fraction

_UNITS = {
    word: value
    for value, word in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ]
    )
}
_TENS = {
    word: value * 10
    for value, word in enumerate(
        ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"], start=2
    )
}
_FRACTIONS = {
    "half": Fraction(1, 2),
    "a half": Fraction(1, 2),
    "one half": Fraction(1, 2),
    "quarter": Fraction(1, 4),
    "a quarter": Fraction(1, 4),
    "one quarter": Fraction(1, 4),
    "three quarters": Fraction(3, 4),
    "½": Fraction(1, 2),
    "¼": Fraction(1, 4),
    "¾": Fraction(3, 4),
}
_DECIMAL = re.compile(r"[0-9]{1,6}(?:\.[0-9]{1,3})?")
_WORD_SPLIT = re.compile(r"\s+|(?<=\w)-(?=\w)")  # "twenty-five"; "-5" stays negative


def parse_number(text: str) -> Fraction | None:
    """The value of a whole number, a decimal or a fraction, or ``None``."""
    text = " ".join(_WORD_SPLIT.split(text.strip().casefold()))
    if not text:
        return None
    if _DECIMAL.fullmatch(text):
        return Fraction(text)
    if text in _FRACTIONS:
        return _FRACTIONS[text]
    whole, _, part = text.partition(" and ")
    if not part and text[-1:] in "½¼¾":
        whole, part = text[:-1].strip(), text[-1]  # "1½", "2 ¼"
    if part in _FRACTIONS:  # "one and a half", "2 and a quarter"
        base = _whole(whole)
        return None if base is None else base + _FRACTIONS[part]
    value = _whole(text)
    return None if value is None else Fraction(value)


def _whole(text: str) -> int | None:
    if text.isdigit() and len(text) <= 6:
        return int(text)
    if text in ("a", "an", "one"):
        return 1
    words = text.split()
    if "hundred" in words:
        at = words.index("hundred")
        head, tail = words[:at], words[at + 1 :]
        hundreds = 1 if head in ([], ["a"], ["one"]) else _below_hundred(head)
        if tail[:1] == ["and"]:
            tail = tail[1:]
        rest = _below_hundred(tail) if tail else 0
        if hundreds is None or rest is None or not 1 <= hundreds <= 9:
            return None
        return hundreds * 100 + rest
    return _below_hundred(words)


def _below_hundred(words: list[str]) -> int | None:
    if len(words) == 1:
        word = words[0]
        return _UNITS.get(word, _TENS.get(word))
    if len(words) == 2 and words[0] in _TENS and words[1] in _UNITS and _UNITS[words[1]] < 10:
        return _TENS[words[0]] + _UNITS[words[1]]
    return None
