"""What a tired or hurried user says in shorthand around a command: "3am on the ward",
"calls dead at 4am lol", "night 4 of 5 ugh", "battery on 8%", "sharing my screen in 2 min".

A night-shift worker stamps a scene with the hour it is, counts the nights of a run, says
how much battery is left; someone in a meeting says what they are about to do. Each holds
a number or a time that, said alone beside a command, may be when to do it ("3am, close
spotify", "at 4am, turn the volume down", "in 2 min close slack" are deferred: the model
reads them). Here the time belongs to the scene, the state or the user's own doing:

- :func:`is_stamped_scene`: a clock time said first, before a scene ("3am on the ward"),
  or after a state said short ("calls dead at 4am"), or a count of nights or days
  ("night 4 of 5"); :mod:`.clauses` judges the scene or state left.
- :func:`tells_why`: how much battery is left ("battery on 8%"), or what the user shows
  others a few minutes from now ("sharing my screen in 2 min", :func:`own_doing_soon`):
  the reason for the command, done now to get ready. Not any "-ing": "chopping onions
  in 10, open spotify" may want the music then.
- :func:`may_wait_or_object`: what :mod:`.matcher` leaves to the model all the same: a
  shutdown beside an hour or a time from now ("ward quiet at 4am, restart the
  computer" may be for 4am), a question beside the battery ("battery on 8%, shut down?"
  asks whether to).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from milio.chat.understanding import scenes
from milio.chat.understanding.durations import MINUTES, SECONDS
from milio.chat.understanding.in_progress import POWERING_DOWN

# The hour it is, with "am" or "pm" ("3am", "3:40am", "4.30 pm"): a bare "3" may be an amount.
_CLOCK = r"\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)\b"
# Said first and set apart by nothing or a comma: "3am on the ward", "3:40am eyes closing".
_STAMP_FIRST = re.compile(rf"{_CLOCK}[\s,]*(?=\w)", re.IGNORECASE)
# Said last after a state, maybe with a laugh or a groan after it: "calls dead at 4am lol".
_STAMP_LAST = re.compile(
    rf"\s+at\s+{_CLOCK}(?=(?:\s+(?:lol|lmao|ugh|smh))*[\s.!]*$)", re.IGNORECASE
)
# Which night of a run of them: "night 4 of 5", "day 3/4", "shift 2 of 3".
_COUNTED = re.compile(
    r"(?:night|nights|day|shift|week)\s+\d{1,2}\s*(?:of|/)\s*\d{1,2}\b", re.IGNORECASE
)
_WORD = re.compile(r"[\w']+")


def is_stamped_scene(
    text: str, sets_the_scene: Callable[[str], bool], exclaimed: Collection[str]
) -> bool:
    """Whether ``text`` is a scene or a state stamped with the hour, or a count of nights:
    the hour said first before what ``sets_the_scene`` takes ("3am on the ward"), said
    last after a state said short ("calls dead at 4am lol"; after a place, "on the ward
    at 3am" may be a plan), or "night 4 of 5" alone, with a groan (``exclaimed``) or
    before a scene. Never asked ("3am on the ward?")."""
    if "?" in text:
        return False
    counted = _COUNTED.match(text)
    if counted:
        rest = text[counted.end() :]
        groans = [word.casefold() for word in _WORD.findall(rest)]
        return all(word in exclaimed for word in groans) or sets_the_scene(rest)
    first = _STAMP_FIRST.match(text)
    if first:
        return sets_the_scene(text[first.end() :])
    last = _STAMP_LAST.search(text)
    if last is None:
        return False
    rest = text[: last.start()] + text[last.end() :]
    state = scenes.subject_of_a_state([w.casefold() for w in _WORD.findall(rest)])
    return state is not None and sets_the_scene(rest)


# How much battery is left: "battery on 8%", "laptop battery at 5 percent", "8% battery".
_PERCENT = r"\d{1,2}\s?(?:%|percent)"
_OWNER = r"(?:(?:my|the)\s+)?(?:(?:laptop|phone|pc)\s+)?"
_BATTERY = re.compile(
    rf"(?:{_OWNER}battery(?:\s+(?:is|'s|’s))?\s+(?:on|at|down\s+to)?\s*{_PERCENT}"
    rf"|(?:on\s+)?{_PERCENT}\s+battery)(?:\s+(?:left|lol|ugh|rn|now))?[\s.!]*",
    re.IGNORECASE,
)


def tells_the_battery(text: str) -> bool:
    """Whether ``text`` is all a battery's charge left, said short ("battery on 8%")."""
    return "?" not in text and _BATTERY.fullmatch(text.strip()) is not None


_SOON = frozenset((*MINUTES, *SECONDS))
MAX_DOING_WORDS = 4  # "sharing my screen with the team"
# What the user does before others, their screen or themselves seen: the command beside
# it gets ready for it now ("sharing my screen in 2 min, close slack"). Not any "-ing":
# "chopping onions in 10, open spotify" may want the music then.
_SHOWING = frozenset(
    (
        *("sharing", "screensharing", "presenting", "demoing", "streaming", "pitching"),
        *("teaching", "lecturing", "broadcasting"),
    )
)


def own_doing_soon(words: list[str]) -> int | None:
    """Where "in" is in ``words`` that say what the user shows others a few minutes from
    now, the subject left out: an "-ing" of :data:`_SHOWING`, a few words it acts on, "in"
    and a number with a unit of minutes or none: "sharing my screen in 2 min", "presenting
    the deck in 5"."""
    if not words or words[0] not in _SHOWING or "in" not in words:
        return None
    at = words.index("in")
    when = words[at + 1 :]
    if at > MAX_DOING_WORDS or not when or not when[0][:1].isdigit() or len(when) > 2:
        return None
    if when[1:] and when[1] not in _SOON:
        return None  # "in 2 hours" is no rush: maybe a plan
    return at


def tells_why(text: str, words: list[str], may_bear: Callable[[str, list[str], int], bool]) -> bool:
    """Whether ``text`` (its ``words``) tells the battery's charge or what the user shows
    others soon, a reason for the command beside it: what is shown holds no word that
    ``may_bear`` on a command ("sharing spotify in 2 min" names one)."""
    if tells_the_battery(text):
        return True
    soon = own_doing_soon(words) if "?" not in text else None
    return soon is not None and not any(may_bear(w, words, at) for at, w in enumerate(words[:soon]))


# An hour, or a time the user shows others from now: "at 4am", "sharing my screen in 2".
_SHOWN = "|".join(sorted(_SHOWING))
_A_TIME = re.compile(rf"{_CLOCK}|\b(?:{_SHOWN})\b[^,.;:!?]*\bin\s+\d", re.IGNORECASE)


def may_wait_or_object(code: str, text: str) -> bool:
    """Whether the action ``code`` found in ``text`` may still wait for a time the message
    names, or be objected to: the machine powered down beside an hour or the user's
    showing soon (it may still be when to do it), or anything asked beside the battery's
    charge (low, it may be why not)."""
    if code in POWERING_DOWN and _A_TIME.search(text):
        return True
    return "?" in text and any(tells_the_battery(part) for part in re.split(r"[,.;:!?]", text))
