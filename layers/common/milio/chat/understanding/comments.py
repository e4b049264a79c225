"""Statements and fragments that hold nothing a command could take: comments.

"my laptop is slow", "I have a call in two minutes", "Long day": :func:`comment_kind`
judges them not by what they say but by what they lack (no word of an action, no
name, no number, no word that may bear on the command), unless the statement has its
own subject and verb and each such word is said of the world
(:func:`_said_of_the_world`): a time of something else, the user's own reason,
someone else's state. :mod:`.statements` reads the statement's shape.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from milio.chat.understanding import command_words, frames, road, statements
from milio.chat.understanding.clauses import Aside
from milio.chat.understanding.command_words import (
    CONDITIONS,
    DOTTED,
    MODIFIERS,
    THINGS,
    action_words,
    is_an_action_word,
)
from milio.chat.understanding.durations import CLOCK_UNITS
from milio.chat.understanding.number_words import parse_number
from milio.chat.understanding.word_readings import (
    DETERMINING,
    OWNERS,
    SUBJECT_AND_VERB,
    THE_COMMAND,
    WANTING_A_THING,
    has_a_verb,
    may_be_part_of_a_command,
    may_bear,
)

# A clause that opens with one of these is its own request, or joins one: not an aside.
_OPENERS_NOT_ASIDE = frozenset(
    (
        *("then", "or", "also", "plus", "and then", "after", "before", "instead", "otherwise"),
        *("wait", "actually", "nvm", "nevermind", "cancel", "scratch", "no", "nope", "not"),
        *("don't", "dont", "do", "never", "stop", "what", "how", "why", "who", "which", "where"),
        *("can", "could", "would", "will", "should", "shall", "is", "are", "did", "does"),
        *("let's", "lets", "please", "pls", "plz", "just", "go", "again", "too", "only"),
    )
)


# What a statement starts with: its subject, or the word that makes it a reason.
_ASIDE_OPENERS = frozenset(
    (
        *("i", "i'm", "im", "i've", "ive", "i'd", "i'll", "it", "it's", "its", "that's"),
        *("thats", "there", "there's", "theres", "we", "we're", "we've", "they", "they're"),
        *("he", "he's", "she", "she's", "you", "you're", "everything", "everything's"),
        *("nothing", "someone", "everyone", "everybody", "somebody", "nobody", "because"),
        *("cause", "cuz", "coz", "bc", "since", "so", "as", "ugh", "argh", "oh", "wow"),
        *("finally", "man", "honestly", "seriously", "tbh", "apparently", "my", "our", "this"),
    )
)
# A statement that asks the assistant for something ("I need you to ...", "you should ...").
_REQUESTS_OF_YOU = re.compile(
    r"\b(?:you|u)\b.*\bto\b|\b(?:you|u)\b\s+(?:should|must|need|have|could|can|will|would|'ll)\b"
)
SECOND_PERSON = frozenset(("you", "u", "your", "ur", "you're", "youre", "yourself"))


def comment_kind(
    text: str, words: list[str], names_a_thing: Callable[[str], bool], *, relative: bool = False
) -> Aside | None:
    """A statement (or a fragment) that holds nothing a command could take.

    Not by what it says but by what it lacks: no word of an action, no name of an
    application or a site, no number, and no word that may bear on the command
    (a condition, a time, a hedge, a negation, a report, a second thing). A statement
    with its own subject may still tell a time or a number of something else, or the
    user's reason ("the meeting starts in 5 minutes", "I need to send it to IT"):
    :func:`_said_of_the_world`. Without a verb it is a fragment ("Long day", "the new
    one"), which may be the rest of the command, a second name or the end of a title.
    """
    said = " ".join(words)
    # "at the next red light, open spotify": a place ahead says then, not now
    waits = CONDITIONS.search(said) or road.waits_for_the_next(words)
    if "?" in text or _REQUESTS_OF_YOU.search(said) or waits:
        # a question, a request put as a statement, or a condition said with common
        # words ("as soon as the meeting starts": the command waits for it)
        return None
    opener = words[0] in _OPENERS_NOT_ASIDE or " ".join(words[:2]) in _OPENERS_NOT_ASIDE
    opener = opener and not relative
    # Or "the lights dimmed please": a request in words the vocabulary lacks; or
    # "discord off since noon": a state told, not why.
    # Or "shut down, I'm not finished": an objection, not a reason.
    if opener or _ASKING_AFTER.intersection(words[1:]) or _since_when(words) or _not_yet(words):
        return None
    held = [at for at, word in enumerate(words) if may_be_part_of_a_command(word, words, at)]
    if held and _PURPOSE_DENIED.match(text):
        held = [at for at in held if words[at] not in _NEGATIONS_OF_A_PURPOSE]  # "so I don't"
    if held and SCORE.search(text) and statements.UNITS.isdisjoint(words):
        held = [at for at in held if not words[at].isdigit()]  # "It's 2-1!", "3-0 up"
    if held and not _said_of_the_world(words, held):
        return None
    if command_words.holds_a_name(words, names_a_thing) or DOTTED.search(text):
        return None  # a name, a domain or a file ("example.com is down")
    # A statement that names a thing ("I can barely hear the video") tells of it as a
    # story does: the command beside it must name its own ("restart": the computer?).
    stated = Aside.NARRATIVE if THINGS.intersection(words) else Aside.COMMENT
    if words[0] not in _ASIDE_OPENERS and not has_a_verb(words):
        return Aside.FRAGMENT if statements.verb_at(words) is None else stated
    return stated


_ASKING_AFTER = frozenset(("please", "pls", "plz", "kindly"))
# What the command is for, said negated: "set a timer, so I don't overrun my break"; the
# "don't" is the purpose's, not the command's.
_PURPOSE_DENIED = re.compile(
    r"\s*so\s+(?:that\s+)?(?:i|we)\s+(?:don'?t|do\s+not|won'?t|will\s+not)\s", re.IGNORECASE
)
_NEGATIONS_OF_A_PURPOSE = frozenset(("don't", "dont", "not", "won't", "wont"))
# Not done, not allowed: said beside a command, it objects to it ("close chrome, i'm not
# done", "open spotify, I'm not supposed to").
_NOT_YET = frozenset(("done", "finished", "ready", "allowed", "supposed", "permitted", "through"))
_NEGATIONS = frozenset(("not", "isn't", "isnt", "aren't", "arent", "wasn't", "wasnt", "never"))


def _not_yet(words: list[str]) -> bool:
    """Whether a negation comes just before a word of being done or allowed."""
    return any(
        word in _NOT_YET and not _NEGATIONS.isdisjoint(words[max(0, at - 2) : at])
        for at, word in enumerate(words)
    )


_AT_HALF = ("", "at halftime", "at half time", "at the break", "at fulltime", "at full time")
# After a score, how it stands: "2-1 up", "3-0 down at halftime".
SAID_OF_A_SCORE = frozenset(
    (*(tuple(f"{lead} {when}".split()) for lead in ("", "up", "down") for when in _AT_HALF),)
)
# A game's score, "2-1", "3 - 0": no time nor amount (with no unit: "2-3 minutes" is one).
SCORE = re.compile(r"(?<![\d.:])\d{1,2}\s?[-–]\s?\d{1,2}(?![\d.:%])")
# Before these, a verb is the user's own doing, its reason ("I need to send it to IT",
# "I have to write an essay"), not a command.
_REASONS = frozenset(
    (
        *("need", "needs", "needed", "have", "has", "had", "want", "wants", "wanted", "got"),
        *("trying", "about", "going", "planning", "hoping", "supposed", "able", "used"),
    )
)
_REASONS_WITHOUT_TO = frozenset(("gotta", "wanna", "gonna", "hafta", "needa"))
# Verbs of the vocabulary that, after a reason, are the user's own work, done with what
# the command brings up ("I need to send it to IT", "I have to write a letter"). Not a
# verb the assistant would do by itself ("I need to restart it", "I want to record
# the meeting"): that may be a second command.
_OWN_WORK = frozenset(
    (
        *("send", "email", "e-mail", "mail", "print", "search", "google", "download", "save"),
        *("copy", "show", "add", "install", "update", "write", "type", "register", "enter"),
        *("complete", "load", "browse", "count"),
    )
)


def _said_of_the_world(words: list[str], held: list[int]) -> bool:
    """Whether a clause whose words at ``held`` may bear on a command is still a
    statement about the world: it has its own subject and verb, and each of those words
    is a time told of something else ("I have a call in two minutes"), the verb of
    the user's reason ("I need to send it to IT"), or, said of someone else, a state
    ("the client is already waiting") or their own verb ("the meeting is starting").
    Not a reason beside a time ("I need to set a timer in 5 minutes"), and not a time
    that may be the command's (:func:`statements.may_time_the_command`)."""
    verb = statements.verb_at(words)
    if verb is None:
        return False
    times = [at for at in held if statements.time_at(words, at)]
    reasons = [at for at in held if at > verb and _own_doing(words, at)]
    others = statements.of_others(words)
    states = [at for at in held if others and words[at] in _STATES]
    # Someone else's own verb of an action: "the meeting is starting", "my pc will
    # restart in 5"; not what they said or did ("he said", "she already did").
    theirs = [
        at
        for at in held
        if others and is_an_action_word(words[at]) and statements.its_verb(words, verb, at)
    ]
    denied = [at for at in held if _denies_a_state(words, at) or _never_did(words, at)]
    # "the error message disappears after a few seconds": how long a thing's doing takes
    thing = others and words[0] in OWNERS
    denied += [at for at in held if thing and at > verb and _after_a_while(words, at)]
    # "I want to see if it rains", "my pull request": the user's own clause, a noun
    own = [
        at
        for at in held
        if _of_own_clause(words, verb, at)
        or _an_aspect_of_own(words, verb, at)
        or at == (_denied_wish(words) or (-1, -1))[0]
        or _a_noun_owned(words, at)
        or _compared(words, at)
    ]
    # with its subject said: "installed five games" goes on a story
    # (:func:`.stories.goes_on_telling`)
    counted = [at for at in held if verb and _counts_things(words, at)]
    times = [at for at in times if at not in counted]  # "forty emails": no time
    if (denied or _denied_wish(words)) and times:
        return False  # "I don't have a meeting in 5 minutes": a negation beside a time
    if len({*times, *reasons, *states, *theirs, *denied, *own, *counted}) < len(held):
        return False  # a negation among them: "I don't want, close spotify" may negate it
    return not times or not (reasons or statements.may_time_the_command(words))


# After "after", a while no number says: "a few seconds", "a couple of minutes".
_A_WHILE = frozenset(
    tuple(f"{some} {unit}".split())
    for some in ("a few", "a couple of", "a couple", "several", "a")
    for unit in (*CLOCK_UNITS, "while", "bit")
)


def _after_a_while(words: list[str], at: int) -> bool:
    """ "after a few seconds", "after a while" ending a statement of a thing ("the popup
    closes after a while"), after its verb: how long its own doing takes, no time the
    command waits for (a number after "after" is left to the checks of a time)."""
    return words[at] == "after" and tuple(words[at + 1 :]) in _A_WHILE


# The user's wish or need, its own verb after "to": "I want to see", "we need to check".
_WISH_OR_NEED = frozenset(("want", "need", "have", "wanted", "needed", "had"))
_WISHING_ADVERBS = frozenset(("just", "really", "kinda", "kind", "of", "only", "also"))
# Words that open a clause under a verb: "see if it rains", "check whether", "afterwards".
_SUBORDINATORS = frozenset(
    ("if", "whether", "how", "before", "after", "afterwards", "until", "till", "when", "once")
)
# After a subordinator, the subject of its clause: "before it disappears", "if it rains".
_SUBORDINATE_SUBJECTS = frozenset(
    (
        *("it", "it's", "its", "i", "i'm", "im", "we", "he", "she", "they", "there", "the"),
        *("my", "our", "his", "their", "this", "that", "long", "much", "many", "far"),
        *("anyone", "someone", "everyone", "anybody", "somebody", "everybody"),
    )
)


def _of_own_clause(words: list[str], verb: int, at: int) -> bool:
    """A subordinator of the user's own verb after "I want to" or "we need to" ("I want to
    see if it rains on saturday", "I need to show them before it disappears", "I want to
    watch myself afterwards"): the clause it opens is that verb's, not a condition of the
    command. Only when that verb is no action the assistant does ("I want to close it
    afterwards" may be a second command), every word from the subordinator on that may
    bear on a command is a subordinator ("if it works first", "in 5 minutes" are the
    command's maybe), and a subject or the end follows it."""
    own = _own_verb(words, verb)
    if own is None or at <= own or words[at] not in _SUBORDINATORS:
        return False
    after = words[at + 1] if at + 1 < len(words) else ""
    if after and after not in _SUBORDINATE_SUBJECTS:
        return False
    rest = words[at:]
    if not SECOND_PERSON.isdisjoint(rest) or any(parse_number(word) for word in rest):
        return False
    return all(
        w in _SUBORDINATORS or _a_noun_owned(words, i) or not may_be_part_of_a_command(w, words, i)
        for i, w in enumerate(rest, start=at)
    )


def _own_verb_after_a_wish(words: list[str], verb: int) -> int | None:
    """Where the user's own verb is in "I want to see", "we really need to check": after
    "I" or "we", a wish or a need and "to", a verb no action of the assistant."""
    if words[0] not in ("i", "we"):
        return None
    at = 1
    while at < len(words) and words[at] in _WISHING_ADVERBS:
        at += 1
    if at != verb and not (at < len(words) and words[at] in _WISH_OR_NEED):
        return None
    if at + 2 >= len(words) or words[at] not in _WISH_OR_NEED or words[at + 1] != "to":
        return None
    own = at + 2
    if words[own] in _ASPECTS and own + 1 < len(words) and words[own + 1].endswith("ing"):
        own += 1  # "I want to start writing": the user's own verb is "writing"
    return None if words[own] in action_words() and words[own] not in _OWN_WORK else own


_DENYING = frozenset(("don't", "dont", "never"))
# What happened, not the command's thing: "I don't want that to happen"; never "it", "them"
# ("open discord, I don't want it running" refuses what it asks).
_OBJECTS_OF_A_WISH = frozenset(("that", "this", "anyone", "anybody"))


def _denied_wish(words: list[str]) -> tuple[int, int] | None:
    """Where the negation and the user's own verb are in a wish the user denies: "I
    don't want that to happen again", "I never want to lose it". Only a verb no action
    of the assistant ("I don't want to close it" may take the command back), after "I"
    or "we" said first."""
    if words[0] not in ("i", "we"):
        return None
    at = 1
    while at < len(words) and words[at] in _WISHING_ADVERBS:
        at += 1
    if at < len(words) and words[at] in _DENYING:
        denied, at = at, at + 1
    elif words[at : at + 2] == ["do", "not"]:
        denied, at = at + 1, at + 2
    else:
        return None
    while at < len(words) and words[at] in ("really", "even", "ever"):
        at += 1
    if words[at : at + 1] != ["want"]:
        return None
    at += 1
    said_of = at < len(words) and words[at] in _OBJECTS_OF_A_WISH
    at += said_of
    if words[at : at + 1] != ["to"]:
        return None  # "I don't want it", "... it running": the command's thing, refused
    own = words[at + 1] if at + 1 < len(words) else ""
    # "I don't want that to run": after "that", "happen again" only ("that" may be the
    # command's: "open discord, I don't want that to happen" may refuse it)
    told = own.isalpha() and own not in action_words() and own not in MODIFIERS
    again = own == "happen" and "again" in words[at + 2 :]
    return (denied, at + 1) if told and (not said_of or again) else None


def _own_verb(words: list[str], verb: int) -> int | None:
    """The user's own verb after a wish, said or denied (:func:`_denied_wish`)."""
    own = _own_verb_after_a_wish(words, verb)
    denied = _denied_wish(words) if own is None else None
    return own if denied is None else denied[1]


# Verbs of when a doing starts or goes on, before its "-ing": "start writing".
_ASPECTS = frozenset(("start", "begin", "keep", "stop"))


def _an_aspect_of_own(words: list[str], verb: int, at: int) -> bool:
    """ "start" in "I want to start writing down ideas": how the user's own doing goes,
    not "start" asked for (:func:`_own_verb_after_a_wish`)."""
    own = _own_verb_after_a_wish(words, verb)
    return own is not None and at == own - 1 and words[at] in _ASPECTS


# Before a word of the vocabulary, a possessive makes it a noun: "my pull request".
_POSSESSIVES = frozenset(("my", "our", "his", "their"))


def _a_noun_owned(words: list[str], at: int) -> bool:
    """ "my pull request", "our download", "my therapy session": after a possessive and at
    most one word that bears on no command, a word of an action is a noun a statement
    names, not a verb (no command says "my" before its verb)."""
    if not is_an_action_word(words[at]):
        return False
    if at > 0 and words[at - 1] in _POSSESSIVES:
        return True
    return at > 1 and words[at - 2] in _POSSESSIVES and not may_bear(words[at - 1])


# Before a number, words that make it an amount or a time a command may take.
_BEFORE_AN_AMOUNT = frozenset(("by", "to", "at", "in", "for", "until", "till", "after"))


def _counts_things(words: list[str], at: int) -> bool:
    """ "there's like forty emails waiting", "I've reproduced it six times", "that one
    bug": a number before the things a statement counts (no unit, no word of the
    vocabulary: "3 tabs" may be the command's), not an amount nor a time for the command
    (beside a timer or the volume, still a number: :func:`.word_readings.tells_a_number`)."""
    word, after = words[at], words[at + 1] if at + 1 < len(words) else ""
    number = word.isdigit() or (word not in ("a", "an") and parse_number(word) is not None)
    if not number or not after.isalpha() or after in statements.UNITS or after in _SHARES:
        return False
    before = words[at - 1] if at else ""
    return before not in _BEFORE_AN_AMOUNT and not may_bear(after) and parse_number(after) is None


_SHARES = frozenset(("percent", "per", "pc", "percentage", "notches", "points", "steps"))
MAX_COMPARED_WORDS = 3  # "than the actual show"


def _compared(words: list[str], at: int) -> bool:
    """ "the ads are way louder than the show": a comparison a statement tells, its
    "-er" before "than" and the thing it is compared with after "than" and a determiner;
    a description, not "louder" asked for (said with a subject and its verb; no wish:
    "I want it louder than the show" asks for it)."""
    if not WANTING_A_THING.isdisjoint(words) or words[0] in SUBJECT_AND_VERB:
        return False
    if words[at].endswith("er") and words[at + 1 : at + 2] == ["than"]:
        return True
    than = [i for i in range(max(0, at - MAX_COMPARED_WORDS), at) if words[i] == "than"]
    return bool(than) and words[than[-1] + 1] in DETERMINING and words[at] not in MODIFIERS


# What the user says they lack or feel, negated with its object: "I don't have much time".
_STATE_VERBS = frozenset(("have", "feel"))


def _denies_a_state(words: list[str], at: int) -> bool:
    """ "I don't have much time", "we dont have all day": the user's own state, denied,
    with an object after it; not "I don't want" or "I don't know", which may bear on it,
    nor "I don't have it"."""
    return (
        words[at] in ("don't", "dont")
        and at >= 1
        and words[at - 1] in ("i", "we")
        and at + 2 < len(words)
        and words[at + 1] in _STATE_VERBS
        and words[at + 2] not in THE_COMMAND  # "I don't have it": maybe the command's thing
    )


# Said of the user's past after "never": "I have never used it much", "I've never been".
_SAID_NEVER_OF = frozenset(("i", "we", "i've", "ive", "we've", "have"))
_PAST_PARTICIPLES = frozenset(("been", "had", "seen", "heard", "known", "understood"))


def _never_did(words: list[str], at: int) -> bool:
    """ "I have never used it much": what the user never did, a report of the past; not
    a verb of the vocabulary ("I never closed it", "never opened")."""
    after = words[at + 1] if at + 1 < len(words) else ""
    return (
        words[at] == "never"
        and at >= 1
        and words[at - 1] in _SAID_NEVER_OF
        and (after.endswith("ed") or after in _PAST_PARTICIPLES)
        and not any(is_an_action_word(verb) for verb in (after, after[:-1], after[:-2]))
    )


# Said of someone else, a state goes on or has begun: "the client is already waiting".
_STATES = frozenset(("already", "still"))


def _own_doing(words: list[str], at: int) -> bool:
    """A verb after "need to", "have to", "gotta": the user's own reason, with an object
    ("send it to IT"); alone ("I need to mute") it may be the command."""
    if words[at] not in _OWN_WORK or at + 1 >= len(words):
        return False
    after_to = at >= 2 and words[at - 1] == "to" and words[at - 2] in _REASONS
    return after_to or (at >= 1 and words[at - 1] in _REASONS_WITHOUT_TO)


def _since_when(words: list[str]) -> bool:
    """Whether a clause opens with "since" and says when, not why: no subject nor verb
    after it ("since noon", "since this morning", "since the update")."""
    after = words[1:]
    if words[:1] != ["since"] or not after or frames.SUBJECTS.intersection(after):
        return False
    return not has_a_verb(after) and statements.verb_at(after) is None
