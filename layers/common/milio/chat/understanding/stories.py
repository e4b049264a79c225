"""Whether a story told beside a command holds nothing else a command could take.

:mod:`.narratives` finds a story's shape, its subject and its verb; :func:`tells_only`
judges the rest: no question, condition, wish, request, negation, hedge or report, no
"you", no word for a thing said before, no verb of the vocabulary that is not the
story's own, and nothing still to come that may time the command.
:func:`goes_on_telling` reads a story going on with its subject left out ("and
installed five games on it").
"""

from __future__ import annotations

from milio.chat.understanding import narratives, other_languages, statements
from milio.chat.understanding.clauses import words_of
from milio.chat.understanding.command_words import (
    CONDITIONS,
    DOTTED,
    MODIFIERS,
    THINGS,
    action_words,
    is_an_action_word,
)
from milio.chat.understanding.number_words import parse_number
from milio.chat.understanding.word_readings import AFTER_A_POINTING_WORD, reads_otherwise_here


def tells_only(text: str, words: list[str], told: narratives.Told) -> bool:
    """Whether a clause that tells what happened holds nothing else a command could
    take: no question, condition, wish, request, negation, hedge or report ("I was
    going to open spotify", "my friend said to open steam", "I didn't close it"), no
    "you" (the assistant may be meant), no word for a thing said before ("I closed it";
    "on it" names a place), and no verb of the vocabulary that is not the story's own
    ("I closed chrome open firefox"). In the past, a time word is the story's ("we
    played until 3am", "chrome crashed when I was halfway through a form")."""
    if "?" in text or DOTTED.search(text) or CONDITIONS.search(" ".join(words)):
        return False
    if narratives.names_an_event(words[told.subject : told.verb]) and not told.over:
        timed = any(statements.time_at(words, at) for at in range(told.verb, len(words)))
        if timed:
            return False  # "the meeting was at 3": maybe still to come, said in the past
    to_come = _told_to_come(words) or (not told.past and _may_be_to_come(words))
    if to_come or _doing_what_may_be_asked(words, told):
        return False  # "the meeting ends in 5", "was moved to 3": to come, it may time the command
    for at in range(told.subject, len(words)):
        word = words[at]
        if at == told.verb and (_rang(words, at) or _did_a_thing(words, at)):
            continue
        if not _may_tell(word, words, at, past=told.past):
            return False
        said = at > told.verb and _a_verb_said(word, words[at - 1], past=told.past)
        if said and not _their_doing(words, told, at):
            return False
    return True


_SPEAKER_NOW = frozenset(("i'm", "im", "we're"))


def _doing_what_may_be_asked(words: list[str], told: narratives.Told) -> bool:
    """ "I'm setting a timer" may ask for one: what the speaker is doing now names nothing
    of the vocabulary but its own verb ("I'm playing fifa with my brother")."""
    if told.past or words[told.subject] not in _SPEAKER_NOW:
        return False
    return any(is_an_action_word(word) for word in words[told.verb + 1 :])


def _their_doing(words: list[str], told: narratives.Told, at: int) -> bool:
    """ "my son is playing minecraft", "she is recording a podcast": in the present, the
    "-ing" right after a person's "is" or "are" is what that person is doing; "the music
    is playing" is a state a command may change."""
    if told.past or at != told.verb + 1 or not words[at].endswith("ing"):
        return False
    subject = words[told.subject : told.verb]
    return words[told.verb] in ("is", "are") and bool(PEOPLE.intersection(subject))


# People a story tells of doing something: "my son is playing minecraft".
PEOPLE = frozenset(
    (
        *("he", "she", "they", "son", "daughter", "kid", "kids", "child", "children"),
        *("brother", "sister", "wife", "husband", "partner", "boyfriend", "girlfriend"),
        *("roommate", "flatmate", "housemate", "boss", "manager", "teacher", "professor"),
        *("mum", "mom", "dad", "baby", "toddler", "colleague", "coworker", "friend"),
        *("friends", "patient", "nurse", "doctor", "cousin", "grandma", "grandpa"),
        *("neighbour", "neighbor", "neighbours", "neighbors", "twins", "teenager", "students"),
        *("guy", "guys", "man", "woman", "lady", "girl", "boy", "people", "driver", "coworkers"),
        *("passenger", "colleagues", "classmates", "classmate", "prof", "players", "fans"),
    )
)


def _a_verb_said(word: str, before: str, *, past: bool) -> bool:
    """Whether ``word`` is a verb of the vocabulary said beside the story's own: "I
    closed chrome open firefox" may be a command typed on; in the present, "the music
    is playing" is a state a command may change. Not a thing ("my music", "a page
    document"), nor in the past a verb told ("showed me how to install it", "helped
    me set up my printer", "kept playing")."""
    if word not in action_words() or word in THINGS or word in MODIFIERS:
        return False  # a modifier ("too") is judged as one
    if before in _A_STATE and narratives.is_a_past(word):
        return False  # "the scene is all set up": a state told
    if not past:
        return True
    told = word.endswith(("ing", "ed")) or before in _BEFORE_A_VERB
    return not (told or _before_a_noun(before))


# Right before a past said of a state: "is set up", "are all set".
_A_STATE = frozenset(("is", "are", "all"))


def _did_a_thing(words: list[str], at: int) -> bool:
    """ "my laptop did a massive update", "I did my homework", "did two loads of laundry":
    "did" as the verb of a thing done, not "I did it already" nor "did you"."""
    after = words[at + 1] if at + 1 < len(words) else ""
    number = after not in ("a", "an") and (after.isdigit() or parse_number(after) is not None)
    return words[at] == "did" and (after in ("a", "an", "the", "my", "our", "some") or number)


def _rang(words: list[str], at: int) -> bool:
    """ "my boss called me on teams", "grandma called on whatsapp": a call, not a name
    ("a folder called taxes")."""
    after = words[at + 1] if at + 1 < len(words) else ""
    return words[at] == "called" and after in _CALLED


# "" too: "the vet called", said last, rang; "mum called during handover".
_CALLED = frozenset(
    (
        *("me", "us", "him", "her", "on", "from", "earlier", "twice", "yesterday", ""),
        *("during", "while", "again", "back", "today", "this", "last", "when", "about"),
        "to",
        "at",  # "my mum called to complain", "the client called at 8am"
    )
)


def _before_a_noun(word: str) -> bool:
    """Whether a word of the vocabulary after ``word`` is a thing named, not a verb
    said: "a search", "the start", "my son's reboot", "three tabs"."""
    return word in _BEFORE_A_NOUN or word.endswith("'s") or statements.is_a_time(word)


# After these, a verb of the vocabulary is told, not said: "to install", "helped me set up".
_BEFORE_A_VERB = frozenset(("to", "me", "us", "him", "her"))


def _may_be_to_come(words: list[str]) -> bool:
    """Whether a statement in the present may tell what is to come: a time or a number
    ("my shift ends in 10", "the meeting is scheduled for 3"), or a word of one."""
    soon = _TO_COME.intersection(words)
    return bool(soon) or any(
        statements.time_at(words, at) and words[at - 1 : at] not in (["every"], ["each"])
        for at in range(len(words))
    )  # "we talk every day" tells a habit


def _told_to_come(words: list[str]) -> bool:
    """Whether a story tells what is still to come ("the call got rescheduled", "was
    moved to 3"; not "the update moved all my icons around")."""
    if _TO_COME_FROM_THE_PAST.intersection(words):
        return True
    moved = [at for at, word in enumerate(words) if word in _MOVED]
    return any(_MOVED_TO.intersection(words[at + 1 :]) for at in moved)


# Said in the past, these still tell what is to come: "the call got postponed".
_TO_COME_FROM_THE_PAST = frozenset(
    (
        *("tomorrow", "tonight", "soon", "shortly", "upcoming", "rescheduled", "postponed"),
        *("delayed", "scheduled", "booked", "arranged", "due"),
    )
)
# "moved to 3", "pushed back", "brought forward": a time moved, still to come.
_MOVED = frozenset(("moved", "pushed", "changed", "bumped", "shifted", "brought", "put"))
_MOVED_TO = frozenset(("to", "till", "until", "til", "back", "forward", "for", "up"))
# In the present, these tell what is to come: "the stream starts soon".
_TO_COME = frozenset(
    (
        *("soon", "shortly", "tonight", "tomorrow", "today", "scheduled", "due", "booked"),
        *("starts", "begins", "ends", "finishes", "kicks", "arrives", "leaves", "returns"),
    )
)


def says_more_of_it(text: str, words: list[str]) -> bool:
    """ "lots of hiss", "classic Nolan", "new client from Lyon": words with no verb that
    :func:`tells_only` would let a story hold, and no time, number or word of one still to
    come ("tomorrow morning", "in 5") that may time the command."""
    if "?" in text or DOTTED.search(text) or CONDITIONS.search(" ".join(words)):
        return False
    if not words or _may_be_to_come(words):
        return False
    return all(_may_tell(word, words, at, past=False) for at, word in enumerate(words))


def goes_on_telling(text: str) -> bool:
    """ "and installed like five games on it", "made breakfast": after a statement, a
    past with its subject left out (:func:`tells_only`). Not a past a command says
    too ("set", "shut", "quit": "I closed chrome, quit spotify")."""
    words = words_of(text)
    verb = 1 if words[:1] in (["and"], ["but"], ["then"]) else 0
    if len(words) <= verb or not narratives.is_a_past(words[verb]):
        return False
    if words[verb] in action_words() or words[verb] in narratives.SAID_AS_COMMANDS_ARE:
        return False
    return tells_only(text, words, narratives.Told(subject=verb, verb=verb, past=True))


def _may_tell(word: str, words: list[str], at: int, *, past: bool) -> bool:
    """Whether ``word`` at ``at`` may be part of a story told beside a command."""
    before = words[at - 1] if at else ""
    after = words[at + 1] if at + 1 < len(words) else ""
    if word in _NOT_IN_A_STORY or word.endswith(("n't", "'ll", "'d")):
        return False
    if word == "no" and after == "reason":
        return True  # "for no reason" negates nothing
    if word in MODIFIERS or word in other_languages.BEARING_ON_A_COMMAND:
        return (past and word in _TIMES_OF_A_STORY) or reads_otherwise_here(word, words, at)
    if word in _FOR_A_THING:
        return before in _PLACES  # "installed five games on it"; not "I closed it"
    if word in ("that", "this", "one"):
        # "that night", "one of my friends", "that my laptop froze"; not "I quit that
        # while I slept", "the one": a thing said before
        told_that = word == "that" and before in _NOTICED  # "I noticed that chrome froze"
        a_number = word == "one" and before in _PLACES and after != ""  # "won by one point"
        return (
            told_that
            or a_number
            or (before not in ("the", "new") and after in AFTER_A_POINTING_WORD)
        )
    return not (word == "about" and after == "to")  # "I was about to close it"


_NOTICED = frozenset(
    ("noticed", "realised", "realized", "found", "saw", "heard", "knew", "learned", "learnt")
)


# Words that ask, want, plan or tell an accident: a story holds none ("I was going to
# open spotify").
_NOT_IN_A_STORY = frozenset(
    (
        *("you", "u", "ya", "ye", "your", "ur", "yours", "yourself", "you're", "youre"),
        *("want", "wants", "wanted", "wanna", "need", "needs", "needed", "would", "could"),
        *("can", "will", "shall", "must", "might", "may", "gonna", "gotta", "hope", "hoping"),
        *("hoped", "wish", "wished", "plan", "planning", "planned", "try", "trying", "going"),
        *("please", "pls", "plz", "kindly", "now", "let's", "lets", "asap", "supposed"),
        *("remind", "reminded", "remember", "expected", "expect", "waiting"),
        *("could've", "should've", "would've", "might've", "must've", "coulda", "shoulda"),
        "woulda",
        # an accident may be undone by the command: "I closed chrome by accident"
        *("accident", "accidentally", "accidently", "mistakenly", "inadvertently"),
    )
)
# In the past, these tell when the story happened, not when the command is for.
_TIMES_OF_A_STORY = frozenset(
    (
        *("until", "till", "til", "after", "before", "minute", "min", "hour", "second"),
        *("sec", "afterwards", "first", "later", "when", "once"),
    )
)
_FOR_A_THING = frozenset(("it", "its", "them", "those", "these"))
_PLACES = frozenset(
    (
        *("on", "in", "with", "to", "for", "about", "of", "from", "at", "into", "onto"),
        *("over", "under", "through", "around", "during", "by", "behind", "inside"),
    )
)
# Before a noun of the vocabulary, these make it a thing named (:func:`_before_a_noun`).
_BEFORE_A_NOUN = frozenset(
    (
        *_PLACES,
        *("a", "an", "the", "my", "our", "his", "her", "their", "some", "any", "all"),
        *("every", "each", "few", "several", "many", "more", "new", "old", "whole"),
        *("entire", "own", "favourite", "favorite", "like"),
    )
)
