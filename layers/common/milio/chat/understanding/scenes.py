"""Scenes set in a few words before a command: "Lunch break again.", "Gate 12.", "Day 3 of
revision.", "Chapter 4 done.", "Overnight shift at the warehouse.".

A shift worker, a nurse, a parent or a student often opens with where they are or what
part of the day it is, without a verb, then gives the command. Words without a verb may
also be a command in words the vocabulary does not know ("lights off", "dim the
lights"), a time that defers the command ("Monday morning", "mañana") or the thing the
command is about ("Lofi beats. Play."), so a scene is read by its first word, a noun of
the closed lists below that is no verb people give as a command ("shift", "break",
"page", "park" are nouns only after it: "lunch break", "night shift"), and with no time
of the day or the week. :mod:`.matcher` takes one only before the command, when it holds
no word of a template, no name, no number but a label's ("gate 12") and no word that
bears on a command, and when the command names what it acts on.
"""

from __future__ import annotations

from milio.chat.understanding import narratives

# Places and parts of the day that no command starts with: "Library.", "Handover done.".
_FIRST_NOUNS = (
    *("ward", "icu", "clinic", "hospital", "warehouse", "depot", "factory", "kitchen"),
    *("office", "library", "lab", "classroom", "campus", "dorm", "canteen", "cafeteria"),
    *("breakroom", "staffroom", "platform", "gate", "terminal", "airport", "reception"),
    *("desk", "sofa", "bedroom", "balcony", "playground", "gym", "stadium", "pub"),
    *("lunch", "lunchtime", "breakfast", "dinner", "teatime", "handover", "rota"),
    *("overtime", "nights", "days", "bedtime", "naptime", "bathtime", "homework"),
    *("revision", "finals", "midterms", "midterm", "coursework", "deadline", "chapter"),
    *("day", "week", "semester", "term", "lecture", "seminar", "nursery", "daycare"),
    *("recess", "halftime", "exams", "exam", "dissertation", "thesis", "essay"),
)
# Nouns of a scene after its first word: "lunch break", "night shift", "bus stop".
_MORE_NOUNS = (
    *("shift", "shifts", "break", "floor", "unit", "car", "bus", "train", "tube", "bed"),
    *("park", "pool", "shop", "store", "counter", "site", "yard", "dock", "cab", "truck"),
    *("van", "lorry", "bar", "rounds", "commute", "room", "bay", "page", "hour", "class"),
    *("practice", "training", "station", "lounge", "couch", "garden", "school", "run"),
)
# Words before such a noun that say which or what kind: "double shift", "staff room".
_KINDS = (
    *("double", "graveyard", "long", "short", "busy", "hectic", "staff"),
    *("coffee", "nurses", "nurse's", "endless", "exam", "school"),
)
_FIRST_WORDS = frozenset((*_FIRST_NOUNS, *_KINDS))
_NOUNS = frozenset((*_FIRST_NOUNS, *_MORE_NOUNS))
# A time of the day or the week may say when the command is for ("Monday morning, ...").
_TIMES = frozenset(
    (
        *("morning", "afternoon", "evening", "night", "tonight", "tomorrow", "weekend"),
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        *("noon", "midnight", "midday", "later", "soon", "next", "early", "late", "overnight"),
    )
)
# A request in words the vocabulary does not know: "Ward 4 lights dimmed please".
_ASKING = frozenset(("please", "pls", "plz", "kindly", "pleaseee", "plss"))
MAX_WORDS = 7


def is_a_scene(words: list[str]) -> bool:
    """Whether ``words`` (a clause with no verb) set a scene: opened by a noun of a place
    or a part of the day, or a word of its kind ("lunch break again", "gate 12",
    "overnight shift at the warehouse"), with no time of the day or the week."""
    if not 1 <= len(words) <= MAX_WORDS or words[0] not in _FIRST_WORDS:
        return False
    said = frozenset(words)
    return bool(_NOUNS & said) and _TIMES.isdisjoint(said) and _ASKING.isdisjoint(said)


# Said before "time", a part of the day that is now: "Break time!", "Nap time.".
_TIMES_OF = frozenset(
    (
        *("break", "lunch", "nap", "bath", "story", "snack", "tea", "dinner", "bed"),
        *("quiet", "family", "coffee", "study", "revision", "exam", "homework", "tummy"),
    )
)


def is_a_time_of(word: str) -> bool:
    """Whether ``word`` before "time" says what part of the day it is now: "break time"."""
    return word in _TIMES_OF


# Things the user may ask a house to do something with: "lights dimmed" may be a request.
_OF_A_HOUSE = frozenset(
    (
        *("light", "lights", "lamp", "lamps", "blinds", "curtains", "heating", "ac"),
        *("aircon", "thermostat", "tv", "fan", "fans", "door", "doors", "oven", "alarm"),
    )
)
_OWNERS = frozenset(("my", "the", "our", "all", "his", "her", "their"))
MAX_DONE_WORDS = 4


def is_done(words: list[str]) -> bool:
    """Whether ``words`` (a clause with no verb) tell a thing done, the day's tasks
    ticked off: "Homework done", "kids fed", "charts finished", "my brain fried"; opened
    by a thing (a plural, "my" or "the", a noun of :func:`is_a_scene`), never a verb
    ("keep the door closed") nor a thing of the house ("lights dimmed" may ask)."""
    if not 2 <= len(words) <= MAX_DONE_WORDS or not narratives.is_a_past(words[-1]):
        return False
    if _OF_A_HOUSE.intersection(words) or words[-1] in narratives.SAID_AS_COMMANDS_ARE:
        return False
    first = words[0]
    plural = len(first) > 3 and first.endswith("s") and not first.endswith("ss")
    return plural or first in _OWNERS or first in _NOUNS or first in _THINGS_OF_A_DAY


# Nouns a day's tasks start with that no command does: "brain fried", "laundry done".
_THINGS_OF_A_DAY = frozenset(
    (
        *("homework", "laundry", "dinner", "lunch", "breakfast", "handover", "charting"),
        *("brain", "baby", "toddler", "revision", "essay", "coursework", "shopping"),
        *("washing", "ironing", "cleaning", "paperwork", "inventory", "stock"),
    )
)
