"""A message dictated as it comes, comma after comma, with the command somewhere inside:
"okay so the neighbours are complaining, um, about everything honestly, anyway turn the
volume down, so yeah".

Spoken rambles hold words that steer the talk, not the assistant: discourse markers
("the thing is ...", "where was I"), a statement taken up again after a filler ("...,
um, about everything"), a correction word said of the user's own story before any
command ("it's kind of eerie actually"), and short afterthoughts after the command ("just
one"). :func:`without_marker` and :func:`is_a_marker` serve the judging of one clause
(:func:`.clauses.aside_kind`); :func:`read_on` judges again, in the whole message, the
clauses the one-clause reading had to leave to the model. Anything that may bear on the
command (a condition, a time, a negation, a question, a second request) stays as it was.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import NamedTuple, Protocol

from milio.chat.understanding import statements


class _Said(Protocol):  # a clause (:class:`.clauses.Clause`), which imports this module
    @property
    def text(self) -> str: ...


# Said alone, the speaker finding the thread again: "okay um where was I".
_FINDING_THE_THREAD = frozenset(
    tuple(said.split())
    for said in (
        *("where was i", "where was i again", "where were we", "what was i saying"),
        *("as i was saying", "oh yeah", "right yeah", "oh right"),
    )
)
# Said before a statement it only announces: "the thing is my laptop is slow".
_ANNOUNCING = tuple(
    tuple(said.split()) for said in ("the thing is", "the point is", "the truth is", "the fact is")
)
# What the statement announced opens with when its subject is the speaker or "it" (which
# :func:`.statements.verb_at` leaves to the command): "the thing is I'm tired".
_OWN_SUBJECTS = frozenset(
    ("i", "i'm", "im", "i've", "ive", "we", "we're", "it's", "its", "there's", "theres")
)


def is_a_marker(words: list[str]) -> bool:
    """Whether the clause is only a speaker finding the thread again ("where was I")."""
    return tuple(words) in _FINDING_THE_THREAD


def without_marker(words: list[str]) -> list[str]:
    """The statement a marker announces ("the thing is the draft is wrong" -> "the draft
    is wrong"), judged as any statement; the words as they are without one."""
    for marker in _ANNOUNCING:
        if len(words) > len(marker) and tuple(words[: len(marker)]) == marker:
            said = words[len(marker) :]
            # Not "the thing is too loud", a thing's name put in its place (:mod:`.reference`).
            stated = said[0] in _OWN_SUBJECTS or statements.verb_at(said) is not None
            return said if stated else words
    return words


# Words that take up a statement again after a filler: "complaining, um, about everything".
_TAKING_UP = frozenset(("about", "with", "at", "in", "on", "over", "from", "around", "near"))
# Said after the command, how many: "take a picture, just one". A number the command may
# take (a timer's, the volume's) is the matcher's to refuse (:func:`.matcher._no_number_for`).
_JUST_ONE = frozenset(
    tuple(said.split()) for said in ("just one", "only one", "just the one", "one is enough")
)
# Words that take back what was said: before any command, they take back the user's own
# story ("it's kind of eerie actually", "the draft I made is wrong anyway"), not a command.
_TAKING_BACK = re.compile(r"\s*\b(?:actually|wrong)\b", re.IGNORECASE)


class Kinds[K](NamedTuple):
    """The kinds of aside (:class:`.clauses.Aside`, whose module imports this one) that
    :func:`read_on` tells apart."""

    comment: K
    narrative: K
    fragment: K
    social: K


def read_on[K](
    clauses: Sequence[_Said],
    kinds: list[K | None],
    of: Kinds[K],
    words_of: Callable[[str], list[str]],
    judge: Callable[[str], K | None],
) -> None:
    """Judges again, in place, the clauses of a ramble the reading of each alone left
    open (``None``, or a fragment that may be part of a command); ``judge`` is
    :func:`.clauses.aside_kind` of one clause's text."""
    told = (of.comment, of.narrative)
    for at, clause in enumerate(clauses):
        if kinds[at] not in (None, of.fragment) or "?" in clause.text:
            continue
        words = words_of(clause.text)
        before = _before_the_fillers(kinds, at, of.social)
        if words[:1] and words[0] in _TAKING_UP and before is not None and kinds[before] in told:
            rest = clause.text.split(maxsplit=1)[1:]  # the words after "about"
            if rest and judge(rest[0]) in (of.fragment, of.comment):  # "um, about everything"
                kinds[at] = kinds[before]
            continue
        if kinds[at] is not None:
            continue
        if tuple(words) in _JUST_ONE and at and kinds[at - 1] is None:
            kinds[at] = of.comment  # "take a picture with the webcam, just one"
        elif None not in kinds[:at] and None in kinds[at + 1 :] and _takes_back_only(clause.text):
            again = judge(_TAKING_BACK.sub("", clause.text))
            kinds[at] = again if again in told else None


def _before_the_fillers[K](kinds: list[K | None], at: int, filler: K) -> int | None:
    """Where the clause before ``at`` is, past the fillers ("um", "like") between them."""
    before = at - 1
    while before >= 0 and kinds[before] is filler:
        before -= 1
    return before if before >= 0 else None


def _takes_back_only(text: str) -> bool:
    """Whether a word of taking back stands inside the statement, not opening it
    ("actually, open discord" corrects)."""
    found = _TAKING_BACK.search(text)
    return found is not None and bool(text[: found.start()].strip())
