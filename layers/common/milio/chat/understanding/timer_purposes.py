"""What a timer is for, said beside it: "parking timer 2h", "set a pasta timer for 10
minutes", "timer 12 min for the pasta".

:func:`without_purpose` gives the message without those words ("timer 2h", "set a timer
for 10 minutes"), for the matcher to read; only a timer it reads there is taken. The
things are a closed list of what takes a set time: not a meeting or a person ("a timer
for the meeting" may be set for its time, "a timer for Sam" may be Sam's). Done in
words here rather than in the templates: a template that opens with a duration costs
every timer sentence its matching time.
"""

from __future__ import annotations

import re

_PURPOSES = (
    *("parking meter", "parking", "meter", "pasta", "eggs", "rice", "tea", "coffee"),
    *("laundry", "oven", "queue", "lobby"),
    *("pizza", "cake", "bread", "cookies", "power nap", "nap", "break", "workout"),
    *("study", "focus", "plank", "stretching", "stretch", "meditation", "reading"),
    *("cooking", "noodles", "steak", "roast", "dryer", "washer", "washing", "charging"),
    *("brew", "steep", "soup", "potatoes", "chicken", "fries", "popcorn", "homework"),
)
_PURPOSE = "|".join(sorted(_PURPOSES, key=len, reverse=True))
_TIMER = re.compile(r"\b(?:timer|countdown|pomodoro|pomo)\b", re.IGNORECASE)
# "pasta timer": the thing said right before the word timer.
_BEFORE = re.compile(rf"\b(?:{_PURPOSE})\s+(?=(?:timer|countdown)\b)", re.IGNORECASE)
_UNITS = ("h", "m", "s", "min", "mins", "minute", "minutes", "hr", "hrs", "hour", "hours")
_A_DURATION_ENDS = "(?:" + "|".join(rf"(?<=\d{u})|(?<=\d\s{u})" for u in ("", *_UNITS)) + ")"
# "timer 10 min for the pasta": said after it, the thing then nothing but an ending;
# "timer 2h parking", "timer 15m - meter": after a duration, "for" may go unsaid.
_AFTER = re.compile(
    rf"(?:\s+for\s+(?:the\s+|my\s+|our\s+)?|{_A_DURATION_ENDS}\s*[-–—,]?\s+)(?:{_PURPOSE})"
    r"(?=[\s,.!]*(?:$|pls|please|thx|thanks))",
    re.IGNORECASE,
)


def without_purpose(text: str) -> str | None:
    """The message without what its timer is for, or ``None`` when it says none."""
    timers = list(_TIMER.finditer(text))
    if len(timers) != 1:
        return None  # cheap first: most messages name no timer; two may be two commands
    at = timers[0]
    before = _BEFORE.search(text, 0, at.end())
    if before is not None:
        return text[: before.start()] + text[before.end() :]
    after = _AFTER.search(text, at.end())
    if after is not None:
        return text[: after.start()] + text[after.end() :]
    return None
