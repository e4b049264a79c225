"""Statements about the user's situation, told apart from a command's time.

A long message often puts its one command among sentences about the world: "I have a
call with the client in two minutes, open zoom", "we're live in 30 seconds, close
spotify", "take a screenshot, I need to send it to IT". Such a clause has its own
subject and verb, and a time in it is the time of what it tells (the call, going live),
not of the command: the command is for now, to be ready. :mod:`.comments` judges the
rest of the clause; this module reads only its shape:

- :func:`verb_at`: where the verb of a statement with its own subject is (a person,
  "my boss", "the meeting"; an event said short, "standup in 2"; a subject left out,
  :func:`without_subject`, "running late"); :func:`its_verb`, whether a word is that
  verb or comes on the way to it ("the meeting is about to start").
- :func:`is_a_time`: a number or a unit of time; :func:`time_at`, also "next week".
- :func:`of_others`: a statement about someone else that does not speak of the command
  ("the client is already waiting"), which may say "already" or "still", or use a
  verb of an action as its own.
- :func:`may_time_the_command`: whether a time in the statement may still be the
  command's: a clock time ("at 3"), a word for the command ("I need it in 5"), or an
  end the command may wait for ("I'm done in 5 minutes").
"""

from __future__ import annotations

from milio.chat.understanding.durations import CLOCK_UNITS
from milio.chat.understanding.number_words import parse_number

# Subjects that are plainly not the command: people, and "there is".
_PEOPLE = frozenset(
    (
        *("i", "we", "he", "she", "they", "i'm", "im", "i've", "ive", "we're", "we've"),
        *("they're", "they've", "he's", "she's", "there's", "theres", "someone", "everyone"),
        *("everybody", "somebody", "nobody", "people", "everyone's", "everybody's"),
        *("someone's", "somebody's", "nobody's"),
    )
)
# Not "i'll", "we'll", "i'd": a plan or a wish of the speaker may be the command, later.
_DETERMINERS = frozenset(("my", "our", "the", "his", "her", "their", "your", "a", "an"))
# Events a short statement names without a verb ("standup in 2", "meeting in 5").
_EVENTS = frozenset(
    (
        *("meeting", "meetings", "call", "standup", "class", "lecture", "lesson", "interview"),
        *("mtg", "mtgs"),  # texted short: "mtg in 5"
        *("submission", "submissions", "portal"),  # "submission closes in 15 min"
        *("presentation", "demo", "exam", "webinar", "stream", "session", "appointment"),
        *("sync", "huddle", "briefing", "review", "conference", "seminar", "shift", "show"),
        *("rehearsal", "broadcast", "standups", "calls", "classes", "flight", "train", "bus"),
        # a student's: "midterm in an hour", "quiz in 10 min", "exam tomorrow"
        *("exams", "midterm", "midterms", "final", "finals", "quiz", "quizzes", "test"),
        *("tests", "deadline", "viva", "defense", "defence", "recital", "practical"),
        # a nurse's: "handover in 10", "rounds in 5"
        *("handover", "handovers", "handoff", "rounds", "round", "obs"),
    )
)
# What an event is doing, said short after it with no "is": "meeting starting".
_GOING_ON = frozenset(("starting", "beginning", "ending", "finishing", "happening", "running"))
# After an event said short, the word that says when it is: "meeting in 5", "call soon".
_SAID_SHORT = frozenset(("in", "soon"))
# The day an event is, said short after it: "exam tomorrow", "big test today".
_DAYS_OF_EVENTS = frozenset(("tomorrow", "tonight", "today"))
_VERBS_OF_STATEMENTS = frozenset(
    (
        *("is", "are", "was", "were", "has", "have", "had", "will", "keeps", "kept", "needs"),
        *("isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "can't", "won't", "just"),
        *("got", "gets", "goes", "went", "starts", "begins", "kicks", "came", "comes"),
        # a past no "-ed" shows: "the baby finally fell asleep"
        *("fell", "woke", "slept", "ran", "sat", "lost", "forgot", "broke", "froze", "won"),
        *("began", "became", "took", "made", "saw", "heard", "felt", "found", "knew", "left"),
    )
)
MAX_SUBJECT_WORDS = 3  # "my laptop fan", "the client call"

UNITS = CLOCK_UNITS.union(("moment", "days", "day", "weeks", "week"))
# Before a number, these make it a moment ("at 3", "by 5"), not a time from now ("in 5").
_BEFORE_A_MOMENT = frozenset(
    (
        *("at", "by", "on", "until", "till", "til", "before", "after", "from", "since"),
        *("past", "to", "@"),
    )
)
_SHARES = frozenset(("percent", "per", "pc"))
_AFTER_A_MOMENT = frozenset(("am", "pm", "o'clock", "oclock", "h", "ish"))
_MOMENTS = frozenset(("noon", "midnight", "midday"))
# After "next", a time: "I have 3 exams next week".
CALENDAR = frozenset(
    (
        *("week", "month", "year", "weekend", "monday", "tuesday", "wednesday", "thursday"),
        *("friday", "saturday", "sunday", "morning", "semester", "term"),
    )
)
_FIRST_PERSON = frozenset(("i", "i'm", "im", "i've", "ive", "we", "we're", "we've"))
# Words for the command itself: "I need it in 5 minutes".
_THE_COMMAND = frozenset(("it", "it's", "its", "it'll", "it'd", "them"))
_DEMONSTRATIVES = frozenset(("that", "this", "these", "those"))
# An end the command may wait for: "I'm done in 5 minutes, shut down".
_ENDINGS = frozenset(
    (
        *("done", "finish", "finished", "finishes", "finishing", "end", "ends", "ending"),
        *("over", "leave", "leaving", "leaves", "off", "back", "return", "returning", "gone"),
        *("out", "wrap", "wrapping", "wraps", "bed", "home", "away", "ready", "free"),
        *("left", "remaining", "go", "goes", "going", "went"),  # "2 minutes left", "I go in 5"
    )
)


_BARE_SUBJECTS = frozenset(("i", "we", "he", "she", "they"))  # no verb said with them


def verb_at(words: list[str]) -> int | None:
    """Where the verb of a statement with its own subject is, or ``None``.

    "I have a call" (1), "my laptop fan has been loud" (3), "the meeting starts" (2),
    "boss is calling" (1), "client's on the line" (1), "standup in 2" (1: an event said
    short, its verb left out), "running late" (0: the subject left out, the verb in a
    form no request takes). Not a statement about "it", "that" or "you": those may be
    the command or the assistant.
    """
    # No verb after a bare subject and a number: "i 10 minuter" is Swedish "in 10 minutes".
    if len(words) < 2 or (words[0] in _BARE_SUBJECTS and words[1].isdigit()):
        return None
    first = words[0]
    if first in _PEOPLE or (first.endswith("'s") and first not in _NOT_SUBJECTS):
        return 1
    said_short = _verb_said_short(words)
    if said_short is not None:
        return said_short
    determined = first in _DETERMINERS
    for at in range(1 + determined, min(1 + determined + MAX_SUBJECT_WORDS, len(words))):
        word, head = words[at], words[at - 1]
        if head in _ADVERBS:
            head = words[at - 2]  # "the baby finally fell asleep"
        short = word in _SAID_SHORT or word in _DAYS_OF_EVENTS
        if short and head in _EVENTS and (determined or _names_an_event(words[:at])):
            return at  # "meeting in 5", "the client call in a minute", "exam tomorrow"
        finite = _looks_finite(word) and (determined or head in _EVENTS)  # not "10 minutes"
        finite |= word in _GOING_ON and head in _EVENTS  # "meeting starting", "call ending"
        if word in _VERBS_OF_STATEMENTS or finite or (word == "due" and head not in _DETERMINERS):
            return at  # "boss is calling", "class starts in 5", "essay due in 40 min"
    return None


# Before an event, the word that makes a time the time left: "5 minutes till standup".
_LEFT_UNTIL = frozenset(("to", "till", "til", "until", "'til"))
MIN_COUNTDOWN_WORDS = 4


def _verb_said_short(words: list[str]) -> int | None:
    """Where the verb is in a statement said short: 0 with the subject left out
    ("running late"), 2 in the time left before an event ("2 mins to my meeting")."""
    if without_subject(words):
        return 0
    return 2 if counts_down(words) else None


def counts_down(words: list[str]) -> bool:
    """Whether ``words`` are the time left before an event, said short: "2 mins to my
    meeting", "5 minutes till standup", "10 min until the client call starts"."""
    if len(words) < MIN_COUNTDOWN_WORDS or words[2] not in _LEFT_UNTIL:
        return False
    if words[0] in UNITS or not is_a_time(words[0]) or words[1] not in UNITS:
        return False
    event = words[4:] if words[3] in _DETERMINERS else words[3:]
    if event[-1:] in (["starts"], ["begins"]):
        event = event[:-1]
    return bool(event) and event[-1] in _EVENTS and _names_an_event(event)


# Between a subject and its verb without changing which is which.
_ADVERBS = frozenset(("finally", "just", "really", "always", "suddenly", "also"))
# Words in 's that are no subject of a statement: "it's" may be the command.
_NOT_SUBJECTS = frozenset(
    ("it's", "that's", "what's", "let's", "here's", "who's", "how's", "where's", "when's")
)
# Words an event's name may start with: "client call in 3", "board meeting in 5".
_OF_EVENTS = frozenset(
    (
        *("client", "team", "board", "staff", "sales", "weekly", "daily", "morning", "work"),
        *("family", "doctor", "dentist", "piano", "school", "big", "important", "video"),
        *("phone", "conference", "group", "project", "status", "planning", "design"),
        *("product", "budget", "town", "hall", "interview", "customer", "quarterly"),
    )
)
# A verb in a form no request takes, the subject left out: "got a meeting in 5",
# "been working all day", "running late", "finished my workout".
_WITHOUT_SUBJECT = frozenset(
    ("got", "gotten", "been", "had", "having", "need", "gotta", "can't", "cant", "cannot")
)
MIN_INFLECTED = 5  # "bring" and "red" are no such form


def without_subject(words: list[str]) -> bool:
    """Whether ``words`` open a statement whose subject is left out. An "-ing" only
    before a word that tells how or where ("running late", "working from home"): before
    a noun it may name the command ("sleeping mode", "recording the screen")."""
    first, after = words[0], words[1] if len(words) > 1 else ""
    if first in _WITHOUT_SUBJECT:
        return True
    if first in _IN_A_HURRY:
        return after in _IN_A_HURRY[first]
    if len(first) < MIN_INFLECTED:
        return False
    return first.endswith("ed") or (first.endswith("ing") and after in _HOW_OR_WHERE)


# The speaker in a hurry, the subject and "am" left out: "late for standup", "late again",
# "about to present". Only before these words: "late morning" is a time, "about 5" an amount.
_IN_A_HURRY = {
    "late": frozenset(("for", "to", "af", "asf", "again", "already", "as")),
    "about": frozenset(("to",)),
}


# After a verb in "-ing", words that make it a statement: "running late", "heading out".
_HOW_OR_WHERE = frozenset(
    (
        *("late", "behind", "early", "from", "out", "in", "on", "for", "to", "with", "at"),
        *("live", "now", "home", "back", "away", "all", "so", "really", "around", "up"),
        *("down", "over", "late", "here", "there", "like", "through", "off", "again"),
        *("rn", "atm"),  # "cramming rn": right now
    )
)


def goes_on_a_subject(words: list[str]) -> bool:
    """Whether ``words`` open with a verb in a form no request takes, after "and" that
    goes on a statement: "and left a bunch of stuff running", "and needs quiet"; not
    "and vol down pls", which may be the command."""
    word = words[0]
    third_person = len(word) >= MIN_INFLECTED - 1 and _looks_finite(word)
    return without_subject(words) or word in _VERBS_OF_STATEMENTS or third_person


# Between a subject and its verb: "will", "is about to", "is going to".
_ON_THE_WAY = frozenset(
    (
        *("will", "is", "are", "was", "were", "be", "been", "has", "have", "had", "just"),
        *("about", "going", "gonna", "to", "finally", "now", "supposed"),
        # what someone else wants to do is theirs: "she likes to play games"
        *("wants", "want", "likes", "like", "loves", "love", "needs", "need", "tries"),
        *("trying", "wanted", "needed", "tried", "hopes", "plans", "planning"),
    )
)


def its_verb(words: list[str], verb: int, at: int) -> bool:
    """Whether the word at ``at`` is the statement's own verb, at ``verb`` or after the
    words on the way to it ("the meeting is about to start")."""
    return at >= verb and _ON_THE_WAY.issuperset(words[verb:at])


def _names_an_event(words: list[str]) -> bool:
    """ "standup", "client call", "mom's call": an event, alone or after a word that
    names which one (not "schedule meeting in 5", a request)."""
    return len(words) == 1 or (
        len(words) == 2 and (words[0] in _OF_EVENTS or words[0].endswith("'s"))
    )


def _looks_finite(word: str) -> bool:
    """ "starts", "jammed", "team's": a verb after a noun, or a noun's "is"."""
    return word.endswith(("ed", "'s")) or (word.endswith("s") and not word.endswith("ss"))


def an_event_on_a_day(words: list[str]) -> bool:
    """Whether ``words`` say which day an event is, short: "exam tomorrow", "big test
    today", "my final tomorrow"; the day is the event's, not the command's."""
    at = verb_at(words)
    return at is not None and words[at] in _DAYS_OF_EVENTS


def is_a_time(word: str) -> bool:
    """A number ("5", "two", "30s") or a unit of time ("minutes", "sec")."""
    if word in UNITS:
        return True
    return any(ch.isdigit() for ch in word) or (
        word not in ("a", "an") and parse_number(word) is not None
    )


def time_at(words: list[str], at: int) -> bool:
    """Whether the word at ``at`` is a time: a number, a unit, or "next" before a day
    or a unit ("next week")."""
    if words[at] == "next":
        return at + 1 < len(words) and words[at + 1] in CALENDAR
    return is_a_time(words[at])


def of_others(words: list[str]) -> bool:
    """Whether the statement is about someone or something else than the speaker and
    does not speak of the command: "the client is already waiting", "everyone's
    already on the call"; not "I already did it", "it's still open"."""
    speaker = words[0] in _FIRST_PERSON or without_subject(words)  # "finished it already"
    return not speaker and not speaks_of_the_command(words)


def speaks_of_the_command(words: list[str]) -> bool:
    """ "it", "them", or "that" standing for something: the command, maybe."""
    for at, word in enumerate(words):
        after = words[at + 1] if at + 1 < len(words) else ""
        if word in _THE_COMMAND or (word in _DEMONSTRATIVES and _ends_a_phrase(after)):
            return True
    return False


def may_time_the_command(words: list[str]) -> bool:
    """Whether a time in the statement may be the command's: a clock time ("at 3",
    "3pm", "noon"), a word for the command ("I need it in 5", "that by 3"), or an
    end the command may wait for ("I'm done in 5 minutes", "leaving in 10"). Not the
    time a thing is due ("report due at 5", "it's due by noon"): the deadline's own."""
    due = _deadline_at(words)
    if due is not None:
        words = words[:due]  # what is due is said before it, its time after it
    if _MOMENTS.intersection(words) or speaks_of_the_command(words):
        return True
    for at, word in enumerate(words):
        before = words[at - 1] if at else ""
        after = words[at + 1] if at + 1 < len(words) else ""
        if word in _ENDINGS and _ends_here(word, before, after):
            return True
        clock = word.endswith(("am", "pm")) or (word.endswith("h") and before not in ("in", "for"))
        if any(ch.isdigit() for ch in word) and clock:
            return True  # "3pm", "10am", "15h"; not "in 2h", a time from now
        if is_a_time(word) and word not in UNITS and _names_a_moment(words, at):
            return True
    return False


_NEGATED = frozenset(("not", "isn't", "isnt", "aren't", "arent", "wasn't", "wasnt", "never"))
# "it's due at 9", "its due by noon": what is due, said as "it", is the deadline's subject.
_DUE_AFTER = frozenset(("at", "by", "before"))
MAX_DEADLINE_WORDS = 4  # "due at 5", "due by 11:59 pm"


def _deadline_at(words: list[str]) -> int | None:
    """Where "due" is when the statement ends on the time a thing is due: "report due at
    5", "it's due by 11:59"; the time closes the clause, nothing after it."""
    if "due" not in words or _NEGATED.intersection(words):
        return None  # "it's not due at 5" may take back what the command is for
    at = words.index("due")
    said = words[at + 1 :]
    if not at or not said or said[0] not in _DUE_AFTER or len(said) > MAX_DEADLINE_WORDS:
        return None
    times = said[1:]
    clock = all(is_a_time(w) or w in _AFTER_A_MOMENT or w in _MOMENTS for w in times)
    return at if times and clock and not UNITS.intersection(times) else None


def _ends_here(word: str, before: str, after: str) -> bool:
    """ "I'm off in 5", "I go in 5 minutes", "5 minutes to go"; but "the webinar kicks
    off in 3", "we go live in 2" and "I'm going to present in 5" start."""
    if word == "off":
        return not before.startswith("kick")
    if word == "over":  # "coming over in an hour" is a visit
        return not before.startswith(("com", "came", "pop", "stop"))
    if word in ("go", "goes", "going", "went"):
        return before == "to" or after not in ("live", "on", "to", "into", "onto")
    return True


def _ends_a_phrase(after: str) -> bool:
    """After "that", a word that is no noun: "that" stands for something ("need that
    in 5"), it is not "that report"."""
    return after in ("", "in", "at", "by", "for", "on", "before", "after", "done", "ready")


def _names_a_moment(words: list[str], at: int) -> bool:
    """The number at ``at`` is a moment: "at 3", "by 5", "3 o'clock", "around 4"."""
    before = words[at - 1] if at else ""
    after = words[at + 1] if at + 1 < len(words) else ""
    if before in ("around", "about", "like", "roughly"):  # "in about 5 minutes" is no moment
        before = words[at - 2] if at >= 2 else "at"
        return before not in ("in", "for")
    if before == "for":  # "booked for 3"; "for 3 hours" is how long
        return after not in UNITS
    if after in _SHARES:  # "the battery is at 10 percent" is how much is left
        return False
    dotted = words[at + 1 : at + 3] in (["a", "m"], ["p", "m"])  # "3 p.m."
    return before in _BEFORE_A_MOMENT or after in _AFTER_A_MOMENT or dotted
