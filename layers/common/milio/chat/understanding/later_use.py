"""A command to start something now beside a clause that puts its use on a later day:
"open zoom, I'll join tomorrow", "open teams, the interview is next monday", "start the
stopwatch, I'll run tomorrow morning".

Opening an application, a site or a file, playing music or starting the stopwatch is
done for use right away. Said after such a command, a day to come (tomorrow, next week,
on Friday) tells when the thing is wanted: the user may mean the command for then, or
be telling a plan, and the model reads it. A day said first ("exam tomorrow, close
steam") is a reason, and the same day as a deadline ("I have to finish it for
tomorrow", "the report is due Monday") asks for the work now. Other actions (closing,
a timer, the volume, a file created for later) do not wait for their use.
"""

from __future__ import annotations

from milio.chat.contract.catalog import codes_of
from milio.chat.understanding.statements import CALENDAR

# Actions that start something the user uses at once: open an application, a file or a
# site, play music, start the stopwatch.
STARTED_FOR_USE = codes_of("open_app", "open_file", "play_music", "open_url", "start_stopwatch")
# Tomorrow as typed: "tmrw", "2moro".
_TOMORROW = frozenset(("tomorrow", "tmrw", "tmr", "tmrow", "tmoro", "2moro", "2morrow", "tomoz"))
_WEEKDAYS = frozenset(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekend")
)
# Before a weekday, words that put it ahead: "on friday", "this weekend", "next monday".
_AHEAD = frozenset(("on", "this", "next", "coming", "at"))
# Before the day, words that make it a deadline: the work is for now.
_DEADLINE = frozenset(("for", "by", "before", "due", "until", "till", "til", "since", "last"))
# Units counted ahead: "in 3 days", "in two weeks".
_DAYS_AHEAD = frozenset(("day", "days", "week", "weeks", "month", "months", "year", "years"))


# A part of the day after "in the", a day to come when the clause says what will be:
# "they'll reply in the morning"; not "I'm on call in the evening".
_PARTS_OF_A_DAY = frozenset(("morning", "afternoon", "evening"))
_WILL = frozenset(("will", "gonna", "going"))


def put_off(code: str, after: list[list[str]]) -> bool:
    """Whether a command of action ``code`` is followed by a clause (``after``: the words
    of each clause after it) that names a day to come, not as a deadline."""
    return code in STARTED_FOR_USE and any(_a_day_ahead(words) for words in after)


def _a_day_ahead(words: list[str]) -> bool:
    for at, word in enumerate(words):
        before = words[at - 1] if at else ""
        if before in _DEADLINE:
            continue
        if word in _TOMORROW:
            return True
        if before == "the" and at >= 2 and words[at - 2] in _AHEAD:
            before = words[at - 2]  # "on the weekend"
        if word in _WEEKDAYS and before in _AHEAD:
            return True  # "on friday", "this weekend"; not "it's friday", "every sunday"
        if word == "next" and at + 1 < len(words) and words[at + 1] in CALENDAR:
            return True  # "next week", "next monday"
        if word in _DAYS_AHEAD and before != "in" and at >= 2 and words[at - 2] == "in":
            return True  # "in 3 days", "in two weeks"
        if word in _PARTS_OF_A_DAY and words[at - 2 : at] == ["in", "the"] and _will(words):
            return True
    return False


def _will(words: list[str]) -> bool:
    return any(word in _WILL or word.endswith(("'ll", "’ll")) for word in words)
