"""Clauses that tell what happened, read by their shape.

A command is often one sentence of a story: "So yesterday photoshop crashed twice and I
lost an hour of work. Today I just want to relax. Open spotify please." The story names
applications and holds verbs of actions ("photoshop crashed", "I closed all my tabs",
"we played valorant until 3am"), yet it asks for nothing: each of its clauses has its
own subject, and a verb in the past, or, said of someone or something else, in the
present ("discord keeps crashing", "my kids are on roblox all day").

This module reads only that shape, :func:`told_at`: where the verb of such a clause is,
after a time said first ("last week", "two days ago") and a subject ("I", "my
daughter", "the printer", a named application). :mod:`.stories` judges the rest of the
clause (nothing that asks, wants, negates, conditions, hedges, reports a saying or
stands for a thing), and :mod:`.matcher` the command beside it (it must name what it
acts on itself: "open it again", "do the same" and a bare "restart" are left to the
model).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from milio.chat.understanding.durations import CLOCK_UNITS
from milio.chat.understanding.number_words import parse_number

# Persons that may tell a story; not "you" (the assistant may be meant: "yesterday you
# opened zoom for me"), "it", "that" or "this" (the command's thing, maybe).
_FIRST_PERSONS = frozenset(("i", "we", "i've", "ive", "we've"))
_THIRD_PERSONS = frozenset(("he", "she", "they", "they've", "he's", "she's"))
# People named by a bare word: "mum called", "everyone left".
_PEOPLE = frozenset(
    (
        *("mom", "mum", "mommy", "mummy", "dad", "daddy", "grandma", "grandpa", "granny"),
        *("nan", "nana", "papa", "mama", "everyone", "everybody", "someone", "somebody"),
    )
)
# "some guy is blasting music": someone not known by name.
_DETERMINERS = frozenset(("my", "our", "the", "his", "her", "their", "some"))
MAX_SUBJECT_WORDS = 3  # "my laptop fan", "the new update"
# Between a subject and its verb: "I accidentally deleted", "the baby finally fell asleep".
_ADVERBS = frozenset(
    (
        *("just", "finally", "accidentally", "literally", "totally", "completely", "suddenly"),
        *("randomly", "really", "basically", "somehow", "apparently", "only", "even", "kinda"),
        *("always", "constantly", "recently", "nearly", "almost", "barely", "usually"),
        *("often", "sometimes", "normally", "generally", "regularly"),
    )
)
# Pasts no "-ed" shows. Not "said", "told", "wrote", "meant", "thought": a report or
# a hedge; "did" :mod:`.stories` takes only before a thing ("did a massive update").
_IRREGULAR_PASTS = frozenset(
    (
        "did",
        *("was", "were", "had", "went", "got", "made", "took", "came", "saw", "ran", "sat"),
        *("lost", "forgot", "broke", "froze", "fell", "woke", "slept", "left", "began"),
        *("became", "felt", "found", "knew", "heard", "kept", "spent", "sent", "bought"),
        *("brought", "taught", "caught", "fought", "sold", "gave", "drove", "rode", "ate"),
        *("drank", "swam", "sang", "won", "met", "paid", "built", "held", "stood", "wore"),
        *("tore", "threw", "grew", "drew", "flew", "blew", "shook", "stole", "spoke", "chose"),
        *("hid", "bit", "led", "fed", "fled", "hung", "dug", "stuck", "struck", "spun", "shot"),
        *("lit", "dealt", "learnt", "burnt", "spilt", "leapt", "wept", "swept", "set", "put"),
        *("shut", "quit", "cut", "hit", "let", "read", "hurt", "cost", "beat", "split"),
        *("spread", "burst", "sank", "rang", "overslept", "understood", "woken", "gotten"),
        *("been", "done", "gone", "seen", "taken", "given", "eaten", "fallen", "forgotten"),
        *("broken", "frozen", "written", "begun", "won", "sped", "bled", "slid", "stunk"),
    )
)
# Pasts said as a command is ("set a timer", "shut down", "quit spotify", "read it"):
# after a subject a past, without one maybe a command.
SAID_AS_COMMANDS_ARE = frozenset(
    (
        *("set", "put", "shut", "quit", "cut", "hit", "let", "read", "hurt", "cost"),
        *("beat", "split", "spread", "burst", "run", "come", "become"),
    )
)
# Words in "-ed" that are no past: "I need", "the feed".
_NOT_PASTS = frozenset(("need", "feed", "speed", "seed", "bed", "red", "shed", "embed"))
# A third person's present: "discord keeps crashing", "my kids are on roblox".
_PRESENTS = frozenset(("is", "are", "has", "have", "keeps", "keep", "does"))
MIN_PAST = 4  # "used", "lied"; not "bed", "red"
# The times a story opens with, whole: "last week I set up a folder".
_PARTS_OF_DAYS = ("morning", "afternoon", "evening", "night")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_OPENING_TIMES = frozenset(
    (
        *(("yesterday",), ("earlier",), ("earlier", "today"), ("today",), ("recently",)),
        *(("lately",), ("this", "week"), ("this", "weekend"), ("this", "year")),
        *(("the", "other", "day"), ("the", "other", "night"), ("over", "the", "weekend")),
        *(("a", "while", "ago"), ("a", "while", "back"), ("at", "lunch"), ("after", "work")),
        *(("after", "lunch"), ("after", "school"), ("after", "dinner"), ("after", "class")),
        *(("overnight",), ("during", "the", "night"), ("during", "the", "day")),
        *(("in", "the", "night"), ("last", "semester"), ("last", "term")),
        *(("last", "time"), ("the", "last", "time")),  # "last time the surge fried my router"
        *((part,) for part in _PARTS_OF_DAYS),
        *(("this", part) for part in _PARTS_OF_DAYS),
        *(("yesterday", part) for part in _PARTS_OF_DAYS),
        *(("in", "the", part) for part in _PARTS_OF_DAYS),
        *(("on", day) for day in _WEEKDAYS),
        *((day,) for day in _WEEKDAYS),
        *(
            ("last", when)
            for when in (*_PARTS_OF_DAYS, *_WEEKDAYS, "week", "weekend", "month", "year")
        ),
        *(("last", when) for when in ("summer", "winter", "spring", "autumn", "fall")),
        # where it happened, said first as a time is: "At work today we had a fire drill"
        *(("at", place) for place in ("work", "school", "uni", "college", "home", "church")),
        *(("at", "the", place) for place in ("office", "gym", "hospital", "shop", "party")),
        *(("in", "the", "office"), ("in", "class"), ("at", "practice"), ("at", "training")),
    )
)
MAX_OPENING_TIME_WORDS = 3
# "two days ago", "a couple of weeks ago": a time before now, said with "ago".
_AGO_UNITS = CLOCK_UNITS.union(("day", "days", "week", "weeks", "month", "months", "year", "years"))
_HOW_MANY = frozenset(("a", "an", "few", "couple", "of", "several"))
MAX_AGO_WORDS = 5


@dataclass(frozen=True)
class Told:
    """Where a clause that tells what happened has its subject and verb."""

    subject: int  # where the subject starts (after the time said first)
    verb: int
    past: bool  # a past; else a third person's present, or a habit
    over: bool = False  # a time said makes it plainly over ("yesterday", "an hour ago")


def told_at(words: list[str], names_a_thing: Callable[[str], bool]) -> Told | None:
    """The subject and verb of a clause that tells what happened, or ``None``.

    "last week I set up a folder": the subject at 2, the verb at 3, in the past;
    "photoshop crashed twice": a named application is a subject too; "discord keeps
    crashing": a third person's present. Not "I use zoom" (a first person's present
    may be a request in other Englishes: "I open chrome"), nor a clause whose subject
    is "you", "it" or "that".
    """
    start = opening_time_end(words)
    subject = subject_end(words, start, names_a_thing)
    if subject is None:
        return None
    verb = subject
    while verb < len(words) - 1 and words[verb] in _ADVERBS:
        verb += 1
    return _told_when(words, start, verb)


def _told_when(words: list[str], start: int, verb: int) -> Told | None:
    """The clause told with its subject at ``start`` and its verb at ``verb``, when
    that verb tells a past, someone else's present or a habit."""
    if words[start] in _DOING_NOW:  # "I'm done in 5" tells no past
        return _doing_now(words, start, verb)
    first_person = words[start] in _FIRST_PERSONS
    if is_a_past(words[verb]):
        over = is_over(words) or start > 0
        if first_person and words[verb] in SAID_AS_COMMANDS_ARE and not over:
            return None  # "I set a timer for 5 minutes" may be said for "set one"
        return Told(start, verb, past=True, over=over)
    if first_person:  # "we talk on zoom every sunday": a habit, not "I open chrome"
        habit = bool(_HABITS.intersection(words)) and words[start] in ("i", "we")
        return Told(start, verb, past=False) if habit else None
    if words[verb] in _PRESENTS or third_person_present(words[verb]):
        return Told(start, verb, past=False)
    return None


# The speaker, before what they are doing now: "I'm playing fifa with my brother".
_DOING_NOW = frozenset(("i'm", "im", "we're"))
# "-ing" forms that want, plan or ask: "I'm wanting to open zoom", "I'm looking to ...".
_WISHING = frozenset(
    (
        *("wanting", "needing", "hoping", "planning", "trying", "going", "thinking"),
        *("wondering", "asking", "begging", "looking", "aiming", "meaning", "fixing"),
        *("getting", "dying", "waiting", "expecting", "considering", "about"),
    )
)


def _doing_now(words: list[str], start: int, verb: int) -> Told | None:
    """ "I'm playing fifa", "we're watching the match": what the speaker is doing now
    (never a request: "I open chrome" may be one); not a wish or a plan ("I'm wanting
    to", "I'm looking to")."""
    doing = words[verb]
    if not doing.endswith("ing") or len(doing) < MIN_PAST + 1 or doing in _WISHING:
        return None
    return Told(start, verb, past=False)


# Words that make a first person's present a habit.
_HABITS = frozenset(
    (
        *("every", "usually", "always", "often", "sometimes", "normally", "generally"),
        *("regularly", "daily", "weekly", "constantly"),
    )
)


def names_an_event(words: list[str]) -> bool:
    """ "the meeting", "my shift", "the client call": a subject that is an event."""
    return bool(_EVENTS.intersection(words))


_EVENTS = frozenset(
    (
        *("meeting", "call", "standup", "class", "lecture", "lesson", "interview", "exam"),
        *("presentation", "demo", "webinar", "stream", "session", "appointment", "shift"),
        *("sync", "huddle", "briefing", "review", "conference", "seminar", "show", "flight"),
        *("train", "bus", "match", "game", "deadline", "party", "event", "test", "raid"),
    )
)


def is_a_past(word: str) -> bool:
    """ "crashed", "installed", "froze", "set": a past (or a past participle)."""
    if word in _IRREGULAR_PASTS:
        return True
    regular = word.endswith("ed") and len(word) >= MIN_PAST and word not in _NOT_PASTS
    return regular and not word.endswith("eed")


def is_over(words: list[str]) -> bool:
    """Whether the clause says a time that is over: "yesterday", "this morning",
    "last week", "two days ago" (not "this afternoon": it may be still to come)."""
    if _PLAINLY_OVER.intersection(words):
        return True
    return any(
        words[at : at + 2] in (["last", "night"], ["this", "morning"]) for at in range(len(words))
    )


_PLAINLY_OVER = frozenset(("yesterday", "ago", "earlier", "overnight"))


def opening_time_end(words: list[str]) -> int:
    """Where the words after the times a story opens with start ("yesterday morning",
    "last week", "two days ago"); 0 when there are none."""
    at = 0
    while at < len(words):
        for size in range(MAX_OPENING_TIME_WORDS, 0, -1):
            if tuple(words[at : at + size]) in _OPENING_TIMES:
                at += len(words[at : at + size])  # the times may end the words
                break
        else:
            ago = _ago_end(words, at)
            if ago is None:
                return at
            at = ago
    return at


def _ago_end(words: list[str], at: int) -> int | None:
    """After "two days ago", "a couple of weeks ago" starting at ``at``, or ``None``."""
    for end in range(at + 1, min(at + MAX_AGO_WORDS, len(words))):
        if words[end] == "ago" and words[end - 1] in _AGO_UNITS:
            said = words[at : end - 1]
            if all(w in _HOW_MANY or _is_a_number(w) for w in said):
                return end + 1
            return None
    return None


def _is_a_number(word: str) -> bool:
    return word.isdigit() or (word not in ("a", "an") and parse_number(word) is not None)


_PERSONS = _FIRST_PERSONS | _THIRD_PERSONS | _PEOPLE | _DOING_NOW


def subject_end(words: list[str], start: int, names_a_thing: Callable[[str], bool]) -> int | None:
    """Where the words after the subject opening ``words[start:]`` start, or ``None``."""
    if start >= len(words) - 1:
        return None
    first = words[start]
    if first in _PERSONS:
        return start + 1
    if first in _DETERMINERS:
        return _noun_phrase_end(words, start + 1)
    for size in range(MAX_SUBJECT_WORDS, 0, -1):
        if start + size < len(words) and names_a_thing(" ".join(words[start : start + size])):
            return start + size  # "photoshop crashed", "google chrome froze"
    return None


def _noun_phrase_end(words: list[str], start: int, *, placed: bool = False) -> int | None:
    """After "my [laptop fan]", the first word that may be its verb (a past, a present);
    once, after a place the subject is in: "the weather app [on my phone] stopped"."""
    for at in range(start + 1, min(start + 1 + MAX_SUBJECT_WORDS, len(words))):
        word = words[at]
        owned = at + 1 < len(words) and words[at + 1] in _DETERMINERS
        if not placed and word in _WHERE_A_SUBJECT_IS and owned:
            return _noun_phrase_end(words, at + 2, placed=True)
        if is_a_past(word) or word in _PRESENTS or word in _ADVERBS:
            return at
        if third_person_present(word) and at > start:
            if at + 1 < len(words) and _said_after_a_plural(words[at + 1]):
                continue  # "the neighbours' kids were playing": "kids" is no verb
            return at
    return None


# A place said within a subject, before a determiner: "the tv in the next room" ("the
# printer at work" is no place here: no determiner after it).
_WHERE_A_SUBJECT_IS = frozenset(("in", "on", "at", "from", "near"))


def _said_after_a_plural(word: str) -> bool:
    return word in ("are", "were", "have") or (is_a_past(word) and word not in ("was", "has"))


def third_person_present(word: str) -> bool:
    """ "crashes", "keeps", "lags": a verb in "-s" after its subject."""
    return word.endswith("s") and not word.endswith(("ss", "'s")) and len(word) >= MIN_PAST


def is_an_adverb(word: str) -> bool:
    """ "just", "finally", "nearly": a word that may come between a subject and its verb."""
    return word in _ADVERBS


def is_a_determiner(word: str) -> bool:
    """ "my", "the", "some": a word that opens a subject ("my laptop fan")."""
    return word in _DETERMINERS
