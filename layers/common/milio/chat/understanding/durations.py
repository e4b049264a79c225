"""Durations as people type them, in whole seconds.

"2 minutes", "ninety seconds", "one and a half minutes", "half an hour",
"an hour and a half", "a quarter of an hour", "1.5 hours", "2 hours and 15
minutes", "1h30", "1h30m", "10m", "25-minute", "5 mins", "90 secs". Units go
from larger to smaller and appear once each; anything else ("5 minutes 2
hours", "1:30", "a few minutes", "10") is ``None``.
"""

from __future__ import annotations

import re
from fractions import Fraction

from milio.chat.understanding.number_words import parse_number

# The English units of a clock's time, as words: every list of units starts from these.
# The letters "h", "m" and "s" are units after a number only ("5m"): alone, other words.
HOURS = ("hour", "hours", "hr", "hrs")
MINUTES = ("minute", "minutes", "min", "mins")
SECONDS = ("second", "seconds", "sec", "secs")
CLOCK_UNITS = frozenset((*HOURS, *MINUTES, *SECONDS))
_UNIT_SECONDS = {
    **dict.fromkeys(("h", *HOURS), 3600),
    **dict.fromkeys(("m", *MINUTES), 60),
    **dict.fromkeys(("s", *SECONDS), 1),
    # Slips of the keys, and the units of other languages said in English ("5 minutos").
    **dict.fromkeys(("minuts", "minits", "mintues", "minuites", "minuets", "mnutes"), 60),
    **dict.fromkeys(("secods", "secounds", "seconsd", "seonds"), 1),
    **dict.fromkeys(("horas", "hora", "stunden", "stunde", "heures", "heure", "uur"), 3600),
    **dict.fromkeys(("timmar",), 3600),
    **dict.fromkeys(("minutos", "minuto", "minuten", "minuti", "minuter", "minutter"), 60),
    **dict.fromkeys(("minut", "minutt"), 60),
    **dict.fromkeys(("segundos", "segundo", "sekunden", "sekunde", "secondi", "secondes"), 1),
    **dict.fromkeys(("sekunder", "sekund", "seconden"), 1),
}
# "2,5 minutes": a decimal comma, as most of Europe writes it (not "1,500": a thousand).
_DECIMAL_COMMA = re.compile(r"(?<=[0-9]),(?=[0-9]{1,2}(?![0-9]))")
# "1h30" and "1m30": a bare number after a one-letter unit counts in the next unit.
_COMPACT = re.compile(r"([0-9]{1,3})([hm])([0-9]{1,2})")
_SPLIT_DIGITS = re.compile(r"(?<=[0-9])(?=[a-z])|(?<=[a-z])(?=[0-9])")
_JOINING_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")  # "25-minute", "twenty-five"; not "-5"
# "an hour and a half": the fraction follows the unit it is a part of.
_TRAILING_FRACTIONS: dict[tuple[str, ...], Fraction] = {
    ("and", "a", "half"): Fraction(1, 2),
    ("and", "a", "quarter"): Fraction(1, 4),
    # "one hour and half": learners' English drops the article ("una hora y media").
    ("and", "half"): Fraction(1, 2),
}
_NEXT_UNIT = {3600: 60, 60: 1}


def is_a_trailing_fraction(words: list[str]) -> bool:
    """ "and a half", "and a quarter": the part of a time said after its unit."""
    return tuple(words) in _TRAILING_FRACTIONS


def parse_duration(text: str) -> int | None:
    """Whole seconds, or ``None`` unless the whole text is one duration."""
    text = text.strip().casefold()
    compact = _COMPACT.fullmatch(text)
    if compact:
        count, unit, rest = compact.groups()
        big = _UNIT_SECONDS[unit]
        return int(count) * big + int(rest) * _NEXT_UNIT[big] or None
    text = _DECIMAL_COMMA.sub(".", text)
    tokens = _SPLIT_DIGITS.sub(" ", _JOINING_HYPHEN.sub(" ", text).replace(",", " , ")).split()
    return _total(tokens)


def _total(tokens: list[str]) -> int | None:
    total = Fraction(0)
    last_unit: int | None = None
    pending: list[str] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        unit = _UNIT_SECONDS.get(token)
        index += 1
        if unit is None:
            pending.append(token)
            continue
        amount = _amount(pending)
        if amount is None or (last_unit is not None and unit >= last_unit):
            return None
        for size in (3, 2):
            trailing = _TRAILING_FRACTIONS.get(tuple(tokens[index : index + size]))
            if trailing is not None:
                amount += trailing
                index += size
                break
        total += amount * unit
        last_unit, pending = unit, []
    if pending and last_unit in _NEXT_UNIT:
        # "1 hour 30", "2 min 15", "one minute thirty": a last bare number counts
        # in the next unit down.
        rest = parse_number(" ".join(pending))
        if rest is None or rest.denominator != 1 or not 0 < rest < 60:
            return None
        total += rest * _NEXT_UNIT[last_unit]
        pending = []
    if pending or not total or total.denominator != 1:
        return None
    return int(total)


def _amount(words: list[str]) -> Fraction | None:
    while words and words[0] in ("and", ","):
        words = words[1:]  # "2 hours and 15 minutes", "1 hour, 5 minutes"
    if len(words) >= 2 and words[-1] in ("a", "an", "of"):
        # "half an (hour)", "a quarter of an (hour)", "three quarters of an (hour)";
        # "a quarter of (hour)", with no article, as learners say it
        head = words[:-2] if words[-2] == "of" else words[:-1]
        part = parse_number(" ".join(head))
        return part if part is not None and part < 1 else None
    return parse_number(" ".join(words)) if words else None
