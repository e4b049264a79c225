"""Clauses beside a command that the clause judge took for statements but that ask for
something themselves: then the message holds two requests, and the model reads it.

- A question: "report due in 20? open excel", "client call in 5? open zoom". The cut
  leaves the question mark outside the clause's text, so "report due in 20" reads as a
  statement; asked, it wants an answer the fast path cannot give (as "is the report due
  at 5? open excel" does).
- A request in words no template knows, said as an order: "open slack and reply to my
  boss that I'm sick", "open word and fix the typos in my essay". A statement opens
  with its subject ("and the typos are fixed"); a clause that opens with a bare word and
  then its object ("fix the", "reply to my") is a verb said to the assistant.
"""

from __future__ import annotations

import re

from milio.chat.understanding import chatter, narratives
from milio.chat.understanding.clauses import Aside, Clause, words_of
from milio.chat.understanding.frames import DETERMINERS, SUBJECTS

_ENDS = re.compile(r"[.!?;\n]")  # between two clauses, a sentence ends
# Kinds of statements a clause may be judged that a question mark or an order undoes.
_STATEMENTS = frozenset((Aside.COMMENT, Aside.NARRATIVE, Aside.REMARK))
# Words that join an order on, or soften it, before its verb: "and then fix", "also reply".
_BEFORE_AN_ORDER = frozenset(("and", "then", "also", "plus", "just", "please", "pls", "now"))
# After a verb said as an order, what it acts on: "fix the typos", "reply to my boss",
# "invite him", "look it up".
_OBJECTS = DETERMINERS | frozenset(
    (
        *("an", "his", "her", "their", "these", "those", "some", "all", "every"),
        *("me", "him", "them", "us", "it", "everything", "something", "to", "what"),
    )
)
# Words that open a statement, a remark or a thanks, never an order: who it is about
# ("there", "everyone"), a word of degree or time ("so", "too", "now"), thanks.
_NO_ORDER = (
    SUBJECTS
    | DETERMINERS
    | chatter.WORDS
    | frozenset(
        (
            *("there", "here", "everyone", "everybody", "someone", "nobody", "people", "these"),
            *("those", "so", "too", "very", "really", "not", "no", "never", "then", "same"),
            *("thanks", "thank", "sorry", "hope", "time", "back", "off", "up", "down", "out"),
            *("all", "nice", "good", "great", "hard", "easy", "due", "next", "about", "need"),
            *("have", "got", "gotta", "want", "wanna", "used", "going", "able", "ready", "late"),
            *("home", "more", "less", "what", "how", "why", "when", "where", "which", "who"),
            # where or when: "at the wheel", "in the car", "on the highway", "after the call"
            *("at", "in", "on", "by", "behind", "inside", "near", "from", "with", "without"),
            *("after", "before", "during", "since", "until", "till", "for", "of", "like", "as"),
            # exclaimed first: "ugh my laptop", "omg the client", "lol my friends"
            *("omg", "ugh", "ah", "oh", "lol", "wow", "man", "dude", "bro", "sigh", "such"),
            *("today", "tonight", "tomorrow", "yesterday", "because", "cause", "cuz", "if"),
        )
    )
)
# Endings of words in forms no order takes: "finished", "exams", "really", "she'd".
_NOT_BARE = ("ed", "s", "ly", "'s", "’s", "'d", "’d", "'ll", "’ll", "'m", "’m")
# Bare verbs with those endings: "feed the cat", "press the button", "reply to him".
_BARE_ENDINGS = ("eed", "ss", "ply")
MIN_GERUND = 6  # "heading", "meeting"; "bring" and "ring" are bare


def mark(clauses: list[Clause], kinds: list[Aside | None], message: str | None) -> None:
    """Takes a statement ``kinds`` judged that is asked in ``message``, or said as an
    order after a clause that may be the command, as no aside (``None``): the message
    then holds more than the one command. Before the command, a story's "and had to
    walk home" or a scene's "at the wheel" open the same way; and a question mark after
    the command's own sentence asks that ("Can you close chrome so my laptop stops
    lagging?")."""
    after_a_command = in_its_sentence = False
    for at, clause in enumerate(clauses):
        if at and message is not None and _ENDS.search(message[clauses[at - 1].end : clause.start]):
            in_its_sentence = False
        if kinds[at] in _STATEMENTS:
            asked = message is not None and clause.asked_in(message) and not in_its_sentence
            if asked or (after_a_command and is_an_order(words_of(clause.text))):
                kinds[at] = None
        if kinds[at] is None:
            after_a_command = in_its_sentence = True


def is_an_order(words: list[str]) -> bool:
    """Whether ``words`` open with a bare verb and then what it acts on ("and fix the
    typos in my essay", "reply to my boss"): a request, no statement."""
    while len(words) > 2 and words[0] in _BEFORE_AN_ORDER:
        words = words[1:]
    if len(words) < 2 or not words[0].isalpha():
        return False
    if words[1] not in _OBJECTS and words[2:3] != ["know"]:  # "let Sarah know"
        return False
    verb = words[0]
    if verb in _NO_ORDER or (verb.endswith("ing") and len(verb) >= MIN_GERUND):
        return False
    if narratives.is_a_past(verb) and verb not in narratives.SAID_AS_COMMANDS_ARE:
        return False  # "and made a curry", "and told me the boiler is fixed"
    return verb.endswith(_BARE_ENDINGS) or not verb.endswith(_NOT_BARE)
