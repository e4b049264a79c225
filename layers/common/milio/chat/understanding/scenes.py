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

import re

from milio.chat.understanding import narratives

# A part of the day that names a shift before "shift": "night shift", "early shift".
_PARTS_OF_THE_DAY = ("night", "early", "late", "morning", "evening", "afternoon", "weekend")
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
    *("nightshift", "nightshifts", "dayshift"),  # "nightshift brain", said as one word
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
    *("coffee", "nurses", "nurse's", "endless", "exam", "school", "quick"),
)
# Work talk of shift workers and office staff (issue 16): "back from break", "end of
# shift", "on my break", "on call", "WFH", "stocktake in aisle 4", "site visit".
# "on", "in", "at" open a scene only before one of these nouns ("on my laptop" is none).
_AT_WORK = (
    *("back", "end", "start", "on", "in", "at", "out", "another", "split", "wfh", "ooo"),
    *("pto", "remote", "off", "halfway", "mid", "post", "pre", "crazy", "manic", "mad"),
    *("quiet", "slow", "rough", "tough", "brutal", "roadworks", "motorway", "onsite"),
    *("hybrid", "month", "quarter", "year", "annual", "maternity", "paternity", "sick"),
    *("parental", "compassionate"),
    *("stocktake", "inventory", "standup", "huddle", "briefing", "site", "meds", "triage"),
    *("nights", "shift", "clinic", "admin", "rounds", "deliveries", "delivery", "pager"),
)
_WORK_NOUNS = (
    *("call", "visit", "walk", "audit", "stocktake", "inventory", "huddle", "standup"),
    *("briefing", "delivery", "deliveries", "leave", "wfh", "ooo", "pto", "aisle", "duty"),
    *("triage", "admin", "paperwork", "cover", "nights", "days", "lates", "earlies"),
    *("meetings", "calls", "patients", "jobs", "drops", "classes", "clients", "customers"),
    *("work", "job", "post", "station", "road", "clock", "grind", "home"),
    *("motorway", "highway", "freeway", "services", "drop", "roundabout", "junction"),
    *("bypass", "roadworks", "layby", "lorry", "depot", "warehouse", "ward"),
    *("holiday", "holidays", "vacation", "hols", "sabbatical", "onsite", "hybrid", "end"),
)
_FIRST_WORDS = frozenset((*_FIRST_NOUNS, *_KINDS, *_AT_WORK, *_PARTS_OF_THE_DAY))
_NOUNS = frozenset((*_FIRST_NOUNS, *_MORE_NOUNS, *_WORK_NOUNS))
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


# Places at work said after what kind they are: "security desk", "loading dock".
_PLACES_LAST = frozenset(
    (
        *("desk", "ward", "floor", "office", "station", "counter", "dock", "bay", "unit"),
        *("reception", "lab", "kitchen", "warehouse", "depot", "booth", "cabin", "corridor"),
    )
)


def _a_place_at_work(words: list[str]) -> bool:
    """ "security desk", "the loading dock", "nurses station": a place named last, two or
    three words with no time ("the desk tomorrow" may say when)."""
    return 2 <= len(words) <= 3 and words[-1] in _PLACES_LAST and not _timed(words)


def is_a_scene(words: list[str]) -> bool:
    """Whether ``words`` (a clause with no verb) set a scene: opened by a noun of a place
    or a part of the day, or a word of its kind ("lunch break again", "gate 12",
    "overnight shift at the warehouse"), with no time of the day or the week."""
    if words[-1:] == ["today"] and len(words) > 1:  # "Long shift at the depot today": now
        words = words[:-1]
    if 2 <= len(words) <= MAX_WORDS and words[0] in _DOING_AT_WORK:
        return _does_work(words)
    if _a_place_at_work(words) and _ASKING.isdisjoint(words):
        return True
    if not 1 <= len(words) <= MAX_WORDS or words[0] not in _FIRST_WORDS:
        return False
    if words[0] in _LEADS and not _leads_to_a_noun(words):
        return False  # "on my laptop in the office": the device the command is for
    said = frozenset(words)
    # "night shift": the part of the day names the shift, not when to do the command
    named = bool(_NOUNS & said) or (words[0] == "on" and any(map(_ROAD.fullmatch, words)))
    return named and not _timed(words) and _ASKING.isdisjoint(said)


def _timed(words: list[str]) -> bool:
    """Whether a time of the day or the week may say when the command is for: not in
    "night shift" (which shift) nor "all morning" (how long)."""
    return any(
        word in _TIMES and not _names_a_shift(words, at) and words[at - 1 : at] != ["all"]
        for at, word in enumerate(words)
    )


# What a worker is busy with, said without a subject: "Covering the front desk",
# "Restocking shelves all morning", "Heading into a site visit", "Between patients".
# Each is no verb a command starts with; what follows holds no word of a template
# (:func:`.asides.sets_the_scene` checks it) and no time for the command.
_DOING_AT_WORK = frozenset(
    (
        *("covering", "restocking", "stocking", "picking", "packing", "loading", "unloading"),
        *("charting", "triaging", "heading", "prepping", "serving", "delivering", "driving"),
        *("finishing", "wrapping", "doing", "working", "stuck", "between", "done", "busy"),
        *("swamped", "slammed", "drowning", "manning", "running", "juggling", "chasing"),
    )
)


# What the hands are busy with, said as an "-ing" with no subject: "stirring the risotto",
# "kneading dough", "feeding the baby", "soldering". Not an "-ing" that is a noun or
# a time ("morning", "nothing"), nor one that waits, plans or reports ("waiting for the
# build", "planning to", "asking"): those may bear on the command. The caller checks
# the "-ing" is no verb of a command ("recording the screen", "closing chrome").
_NOT_BUSY = frozenset(
    (
        *("morning", "evening", "during", "nothing", "something", "anything", "everything"),
        *("thing", "things", "king", "ring", "spring", "string", "wing", "ceiling", "sibling"),
        *("building", "wedding", "pudding", "meeting", "according", "pending", "upcoming"),
        *("ongoing", "incoming", "outgoing", "bring", "sing", "swing", "sting", "evening"),
        *("waiting", "expecting", "hoping", "planning", "thinking", "wondering", "trying"),
        *("considering", "wanting", "needing", "going", "asking", "telling", "saying"),
        *("reminding", "remembering", "forgetting", "meaning", "starting"),
        *("getting", "ending", "setting", "everything's", "nothing's", "willing"),
    )
)
MIN_BUSY_LETTERS = 6  # "soldering", "cooking"; not "sing", "bring"


def busy_doing_at(words: list[str]) -> int | None:
    """Where the "-ing" is in ``words`` (a clause with no verb but it) that say what the
    user or someone by them is busy with, now: "stirring the risotto", "soldering" (0),
    or, the "is" left out, "coffee kicking in", "mtg running over" (1)."""
    if not 1 <= len(words) <= MAX_WORDS or not _does_work(words):
        return None
    return next((at for at in (0, 1)[: len(words)] if _busy(words[at])), None)


def _busy(word: str) -> bool:
    return len(word) >= MIN_BUSY_LETTERS and word.endswith("ing") and word not in _NOT_BUSY


# What the user's hands hold or are covered with: "hands covered in flour", "greasy
# hands", "dough on my hands", "baby on my shoulder", "baby asleep on me". A part of the
# body the user's hands or lap are, or "me" after "on": where a thing is, on the user.
_BODY = frozenset(
    (
        *("hands", "hand", "fingers", "arms", "arm", "lap", "shoulder", "shoulders"),
        *("chest", "knee", "knees", "gloves", "mitts", "nails", "elbow", "elbows", "palms"),
    )
)
# Things worn on the hands, said on: "gloves on", "oven gloves on".
_WORN = frozenset(("gloves", "mitts", "mittens", "apron", "goggles"))


def has_hands_busy(words: list[str]) -> bool:
    """Whether ``words`` (a clause with no verb) tell what the user's hands are full of
    or what lies on them: "hands covered in flour", "baby on my shoulder", "gloves on"."""
    if not 2 <= len(words) <= MAX_WORDS or not _does_work(words):
        return False
    if words[-1] == "on":  # "gloves on", "rubber gloves on"; "lights on" asks
        return len(words) <= 3 and words[-2] in _WORN
    on_me = words[-2:] == ["on", "me"]
    return on_me or not _BODY.isdisjoint(words)


def _does_work(words: list[str]) -> bool:
    return not _timed(words) and _ASKING.isdisjoint(words) and "not" not in words


# Words that open a scene only right before its noun: "back from break", "end of my
# shift", "on my break", "on call", "start of nights".
_LEADS = frozenset(("back", "end", "start", "on", "in", "at", "out", "off", "halfway", "mid"))
_BETWEEN = frozenset(
    ("from", "of", "my", "the", "a", "our", "this", "between", "at", "in", "on", "through", "to")
)
# Leads that may say when as much as where: "in the break", "at lunch" may be later.
_WHEN_OR_WHERE = frozenset(("in", "at"))
# Words of a noun said in two ("the break room", "the nurses station").
_OF_A_NOUN = _FIRST_WORDS | _NOUNS
# A road by its letter and number: "M25", "A1", "N7".
_ROAD = re.compile(r"[amnb]\d{1,3}")
# Nouns of a length of time: after a lead they say when ("in an hour", "on the day").
_PARTS_OF_WORK = frozenset(
    (
        *("break", "lunch", "lunchtime", "breakfast", "dinner", "handover", "shift", "shifts"),
        *("recess", "halftime", "lecture", "seminar", "rounds", "huddle", "standup", "briefing"),
        *("visit", "audit", "delivery", "deliveries", "call", "nights", "days", "overtime"),
    )
)
_SPANS = frozenset(("hour", "day", "week", "term", "semester", "page", "park"))


def _leads_to_a_noun(words: list[str]) -> bool:
    at = 1
    while at < len(words) and at <= 3 and words[at] in _BETWEEN:
        at += 1
    if words[at + 1 : at + 2] in (["shift"], ["break"]):
        at += 1  # "night shift", "lunch break"
    while at + 1 < len(words) and words[at] in _OF_A_NOUN and words[at + 1] in _NOUNS:
        at += 1  # "the break room", "the staff room": the last noun says what it is
    said = words[at : at + 1]
    if said and words[0] == "on" and _ROAD.fullmatch(said[0]):
        return True  # "on the M25", "on the A1": a road's number
    if not said or said[0] not in _NOUNS or said[0] in _SPANS:
        return False
    # "in the break", "at lunch" may be during it, later; "in the office" is where one is
    when = words[0] in _WHEN_OR_WHERE and words[1] != "between"
    return not when or said[0] not in _PARTS_OF_WORK


def without_work_words(words: list[str]) -> list[str]:
    """``words`` of a scene without the words of a template that are nouns of work where
    they stand (:func:`is_a_work_word`), so that the scene is not taken for a command
    in words the vocabulary lacks."""
    return [word for at, word in enumerate(words) if not is_a_work_word(words, at)]


def is_a_work_word(words: list[str], at: int) -> bool:
    """Whether the word at ``at``, a word of a template, is a noun of work where it
    stands ("on call", "end of shift", "start of nights", "site visit") or a word of
    its kind ("all morning", "quick break", "front desk")."""
    word = words[at]
    after = words[at + 1] if at + 1 < len(words) else ""
    if word in ("end", "start") and at == 1:  # "month end", "year end"
        return words[0] in ("month", "quarter", "year", "term", "shift", "week")
    if word in ("end", "start"):
        return at == 0 and after == "of" and _leads_to_a_noun(words)
    if word == "off":  # "off shift", "off the clock"; not "off the lights"
        return at == 0 and _leads_to_a_noun(words)
    before = words[at - 1] if at else ""
    return after in _BEFORE_WORK.get(word, ()) or before in _AFTER_WORK.get(word, ())


_ALL_OF = frozenset((*_TIMES, "day", "week", "shift", "night"))
# A word of a template, and the words after it that make it one of work.
_BEFORE_WORK: dict[str, frozenset[str]] = {
    "on": frozenset(("call",)),
    "out": frozenset(("on",)),  # "out on a job", "out on deliveries"
    "home": frozenset(("visit", "visits", "care")),  # "a home visit"
    "site": frozenset(("visit", "walk", "audit", "survey", "inspection")),
    "all": _ALL_OF,  # "all morning", "all shift": how long, not when
    "quick": frozenset(("break", "coffee", "lunch", "breather")),
    "front": frozenset(("desk", "counter", "door", "office", "line", "lines")),
}
# A word of a template, and the words before it that make it one of work.
_AFTER_WORK: dict[str, frozenset[str]] = {
    "call": frozenset(("on", "mid")),  # "on call", "mid call"
    # "a home visit", "the ward round": the noun of a visit, not "visit youtube.com"
    "visit": frozenset(("site", "home", "house", "client", "patient", "ward", "customer")),
    "home": frozenset(("back",)),  # "back home"
    "run": frozenset(("school", "delivery", "supply", "milk", "night")),  # "the school run"
}


def _names_a_shift(words: list[str], at: int) -> bool:
    return words[at + 1 : at + 2] in (["shift"], ["shifts"])


# Said before "time", a part of the day that is now: "Break time!", "Nap time.".
_TIMES_OF = frozenset(
    (
        *("break", "lunch", "nap", "bath", "story", "snack", "tea", "dinner", "bed"),
        *("quiet", "family", "coffee", "study", "revision", "exam", "homework", "tummy"),
        # the event come, in a hurry: "Meeting time!", "call time, open teams"
        *("meeting", "call", "standup", "class", "lecture", "presentation", "interview"),
        *("movie", "game", "gym", "workout"),  # "movie time, open vlc"
    )
)


# An event come, exclaimed alone before the command: "Meeting!! open zoom", "The call!".
_EVENTS_COME = frozenset(
    (
        *("meeting", "call", "standup", "stand-up", "class", "lecture", "interview", "demo"),
        *("presentation", "webinar", "exam", "huddle", "briefing", "sync", "seminar"),
    )
)
_WHOSE = frozenset(("the", "my", "our"))


# How an event ended, said short after it: "call over", "meeting done", "class finished".
_ENDED = frozenset(("over", "done", "finished", "ended"))
# Parts of a day of work or rest that end too: "shift over", "break over", "nap done".
_PERIODS = frozenset(
    (
        *("shift", "break", "lunch", "nap", "school", "practice", "training", "session"),
        *("lesson", "rounds", "workday", "work", "study", "revision", "homework"),
    )
)


def is_an_event_over(words: list[str]) -> bool:
    """Whether ``words`` say an event or a part of the day is over, short: "call over",
    "the meeting done", "shift over"; it ended now, nothing for the command to wait for."""
    said = words[1:] if words[:1] and words[0] in _WHOSE else words
    ended = len(said) == 2 and said[1] in _ENDED
    return ended and (said[0] in _EVENTS_COME or said[0] in _PERIODS)


def is_an_event_come(words: list[str]) -> bool:
    """Whether ``words`` name an event alone, exclaimed: "meeting", "the call", "my
    interview"; no time nor other word ("meeting at 3" may time the command)."""
    said = words[1:] if words[:1] and words[0] in _WHOSE else words
    return len(said) == 1 and said[0] in _EVENTS_COME


MAX_TIME_TO_WORDS = 5  # "time for a quick nap"


def is_time_to(words: list[str]) -> bool:
    """Whether ``words`` say what the user is about to do, now: "Time to focus", "time
    for bed"; not when ("time to leave tomorrow")."""
    return (
        3 <= len(words) <= MAX_TIME_TO_WORDS
        and words[0] == "time"
        and words[1] in ("to", "for")
        and _TIMES.isdisjoint(words)
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
    # "security rounds done": a noun of work said right before its past
    work = words[-2] in _NOUNS
    return plural or work or first in _OWNERS or first in _NOUNS or first in _THINGS_OF_A_DAY


# Nouns a day's tasks start with that no command does: "brain fried", "laundry done".
_THINGS_OF_A_DAY = frozenset(
    (
        *("homework", "laundry", "dinner", "lunch", "breakfast", "handover", "charting"),
        *("brain", "baby", "toddler", "revision", "essay", "coursework", "shopping"),
        *("washing", "ironing", "cleaning", "paperwork", "inventory", "stock"),
    )
)


# A state said short, its "is" left out: "pt finally asleep", "warehouse floor quiet rn",
# "kids settled". Only of people and places; "quiet" and "empty" only of a place (of a
# thing, "music quiet" may ask).
_STATES = frozenset(("asleep", "awake", "settled", "calm", "quiet", "silent", "dead", "empty"))
_STATES_OF_A_PLACE = frozenset(("quiet", "empty", "dead", "silent"))
_NOW = frozenset(("rn", "now", "again", "atm", "finally", "lol"))
_DEGREES = frozenset(("finally", "fast", "sound", "so", "very", "super", "pretty", "dead", "all"))
# Nouns a number labels: "room 12", "bed 4"; any other number may be the command's.
_LABELLED = frozenset(("room", "bed", "bay", "ward", "aisle", "gate", "unit", "floor", "cell"))
# Verbs that a state may follow as a command's: "keep the ward quiet", "get the kids asleep".
_MAKING = frozenset(("keep", "make", "get", "let", "leave", "stay", "put", "set", "turn", "go"))
MAX_STATE_WORDS = 6


def subject_of_a_state(words: list[str]) -> list[str] | None:
    """The subject of a state said short ("pt in room 12 finally asleep": "pt in room 12"),
    or ``None``: no time, no "not", no request, no thing of a house, no verb first, and a
    number only as a label ("room 12"). The caller checks the subject holds no word of a
    template."""
    said = list(words)
    while len(said) > 1 and (said[-1] in _NOW or said[-2:] == ["at", "last"]):
        said = said[:-2] if said[-1] == "last" else said[:-1]
    if not 2 <= len(said) <= MAX_STATE_WORDS or said[-1] not in _STATES:
        return None
    subject = said[:-1]
    while len(subject) > 1 and subject[-1] in _DEGREES:
        subject.pop()
    if not _does_work(said) or _OF_A_HOUSE.intersection(said) or subject[0] in _MAKING:
        return None
    numbered = [at for at, word in enumerate(subject) if any(ch.isdigit() for ch in word)]
    if any(not at or subject[at - 1] not in _LABELLED for at in numbered):
        return None
    if said[-1] in _STATES_OF_A_PLACE and _NOUNS.isdisjoint(subject):
        return None  # "the music quiet" may ask; "the ward quiet" tells
    return subject
