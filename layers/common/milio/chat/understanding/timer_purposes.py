"""What a timer is for, said beside it: "parking timer 2h", "set a pasta timer for 10
minutes", "timer 12 min for the pasta", "a 20 minute nap timer".

:func:`without_purpose` gives the message without those words ("timer 2h", "set a timer
for 10 minutes"), for the matcher to read; only a timer it reads there is taken. This is
the one list and the one way a timer's purpose is read (no template holds it). The
things are a closed list of what takes a set time: not a meeting, a call or a person ("a
timer for the meeting" may be set for its time, "a timer for Sam" may be Sam's); not
"sleep" (a sleep timer stops the music or sleeps the machine). Done in words here rather
than in the templates: a template that opens with a duration costs every timer sentence
its matching time.
"""

from __future__ import annotations

import re

from milio.chat.understanding.durations import CLOCK_UNITS

PURPOSES = (
    # In the kitchen.
    *("pasta", "noodles", "rice", "eggs", "egg", "tea", "tea bag", "teabag", "coffee"),
    *("pizza", "cake", "bread", "cookies", "oven", "microwave", "cooking", "baking"),
    *("steak", "roast", "chicken", "potatoes", "fries", "popcorn", "soup", "brew", "steep"),
    # About the house.
    *("parking meter", "parking", "meter", "laundry", "washing", "washer", "dryer"),
    *("charging", "bath", "queue", "lobby"),
    *("teeth", "screen time", "timeout", "time out", "gaming"),
    # Rest and work: students' study blocks, shift workers' breaks and doses.
    *("nap", "power nap", "break", "coffee break", "lunch break", "tea break", "lunch"),
    *("rest", "dose", "next dose"),
    *("study", "studying", "study session", "study block", "revision", "revision session"),
    *("homework", "reading", "focus", "focus session", "deep work", "work", "work block"),
    *("exam", "quiz", "practice", "presentation", "speech", "pomodoro"),
    *("meds", "medication", "medicine", "pills", "handover", "shift", "night shift"),
    # Exercise.
    *("workout", "exercise", "plank", "stretching", "stretch", "meditation", "yoga", "run"),
    *("interval", "intervals"),
)
_PURPOSE = "|".join(sorted(PURPOSES, key=len, reverse=True))
_TIMER = re.compile(r"\b(?:timer|countdown|pomodoro|pomo)\b", re.IGNORECASE)
# "pasta timer": the thing said right before the word timer; "a meeting timer" too, a
# timer's name ("a timer for the meeting" is not read: it may be set for its time).
_BEFORE = re.compile(rf"\b(?:{_PURPOSE}|meeting)\s+(?=(?:timer|countdown)\b)", re.IGNORECASE)
# "nap 20 min timer", "study session 1 hour timer": before how long, then the word timer.
_BEFORE_HOW_LONG = re.compile(
    rf"\b(?:{_PURPOSE})\s+(?=\d+\s*(?:minutes?|mins?|m|hours?|hrs?|h)?\s+(?:timer|countdown)\b)",
    re.IGNORECASE,
)
# "timer 50 min study block": last, the thing alone.
_LAST = re.compile(rf"\s+(?:{_PURPOSE})(?=[\s,.!]*$)", re.IGNORECASE)
# "pomodoro 25": a pomodoro's number is its minutes (from 10: "pomodoro 4" may count them).
_POMODORO_MINUTES = re.compile(
    r"\b(?:pomodoro|pomo)\s+(?:[1-8]\d|90)(?=[\s,.!]*(?:$|pls|please|thx|thanks))", re.IGNORECASE
)
# "timer 10 min for the pasta": said after it, the thing then nothing but an ending, or
# then how long ("a timer for my lunch break 30 minutes").
_UNITS = ("h", "m", "s", *sorted(CLOCK_UNITS))
_A_DURATION_ENDS = "(?:" + "|".join(rf"(?<=\d{u})|(?<=\d\s{u})" for u in ("", *_UNITS)) + ")"
# After a duration, "for" may go unsaid: "timer 2h parking", "timer 15m - meter".
_AFTER = re.compile(
    rf"(?:\s+for\s+(?:(?:the|my|our|a|an)\s+)?|{_A_DURATION_ENDS}\s*[-–—,]?\s+)(?:{_PURPOSE})"
    r"(?=[\s,.!]*(?:$|pls|please|thx|thanks|\d|an?\s+hour\b|half\s+an\b))",
    re.IGNORECASE,
)

# "a timer for 1 hour to study (for my exam)": what the user will do meanwhile, said last.
_DOING = (
    *("study", "revise", "focus", "concentrate", "work", "rest", "nap", "relax", "read"),
    *("meditate", "stretch", "cook", "practice", "practise", "write", "cram"),
    *("rest my eyes", "power nap", "take a nap", "take a break", "have a break"),
)
_TO_DO = re.compile(
    rf"\s+(?:to|so\s+(?:that\s+)?i\s+can)\s+(?:{'|'.join(sorted(_DOING, key=len, reverse=True))})"
    r"(?:\s+for\s+(?:my|the|an?)\s+\w+)?(?=[\s,.!]*(?:$|pls|please|thx|thanks))",
    re.IGNORECASE,
)


def without_purpose(text: str) -> str | None:
    """The message without what its timer is for (a pomodoro's bare number said as its
    minutes), or ``None`` when it says none."""
    timers = list(_TIMER.finditer(text))
    if len(timers) != 1:
        return None  # cheap first: most messages name no timer; two may be two commands
    at = timers[0]
    before = _BEFORE.search(text, 0, at.end()) or _BEFORE_HOW_LONG.search(text, 0, at.end())
    if before is not None:
        return text[: before.start()] + text[before.end() :]
    peeled = _POMODORO_MINUTES.sub(r"\g<0> minutes", text, count=1)
    for said_after in (_AFTER, _TO_DO, _LAST):  # "for an hour to study for my exam": all
        after = said_after.search(peeled, at.end())
        if after is not None:
            peeled = peeled[: after.start()] + peeled[after.end() :]
    return None if peeled == text else peeled
