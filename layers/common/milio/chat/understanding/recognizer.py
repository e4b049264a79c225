"""hassil's ``recognize_all`` for the fast path's templates, with less work per message.

On each message hassil merges its lists and rules anew for every intent and checks the
required words of every template. Here the merging is done once, and a template is
tried only when the message may start as it does (:func:`heads`): hassil matches a
template from the message's first character on, so a template that must start with
"open" or "launch" cannot match "please close it", whatever words it holds. Every
template tried is tried as hassil tries it, in hassil's order, on the same text: the
results are the same ones, found with less work.

Only for the catalog's kind of templates (no skip words, intent contexts or lists of
an intent's own); for any other, hassil's own ``recognize_all`` is used.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from hassil import Intents, recognize_all
from hassil.expression import (
    Alternative,
    Expression,
    ListReference,
    Permutation,
    RuleReference,
    Sentence,
    Sequence,
    TextChunk,
)
from hassil.intents import Intent, IntentData, TextSlotList, WildcardSlotList
from hassil.recognize import RecognizeResult, _process_match_contexts
from hassil.string_matcher import BREAK_WORDS_TABLE, MatchContext, MatchSettings, match_expression
from hassil.util import PUNCTUATION_STR, normalize_for_matching

_MAX_DEPTH = 24
# What hassil's match may leave unmatched at the end: punctuation, blanks
_UNMATCHED_END = re.compile(rf"[{re.escape(PUNCTUATION_STR)}\s]+\Z")
# What a template's match starts with: the texts it may start with, and whether it may
# also match no text at all before the rest; ``None`` when it may start with anything.
Heads = tuple[frozenset[str], bool] | None


def heads(
    expression: Expression,
    intents: Intents,
    depth: int = 0,
    *,
    at_end: bool = False,
    known: dict[str, Heads] | None = None,
) -> Heads:
    """The texts a match of ``expression`` may start with, as hassil matches a text chunk
    at the start of a word: a prefix of the text (case aside) once leading blanks are
    dropped, or of the text with "-" and "_" read as blanks. A wildcard may start with
    anything. ``at_end``: the texts it may end with instead, punctuation and blanks
    dropped after them (:func:`ending`). ``known``: the rules' already found, by name
    (templates share rules: each is read once)."""
    if depth > _MAX_DEPTH:
        return None
    if isinstance(expression, TextChunk):
        said = expression.text.lstrip()
        said = ending(said) if at_end else said
        return (frozenset((said,)), False) if said else (frozenset(), True)
    known = {} if known is None else known
    if isinstance(expression, RuleReference):
        name = expression.rule_name
        rule = intents.expansion_rules.get(name)
        if rule is not None and name not in known:
            known[name] = heads(rule.expression, intents, depth + 1, at_end=at_end, known=known)
        return None if rule is None else known[name]
    if isinstance(expression, ListReference):
        return _list_heads(expression, intents, depth, at_end, known)
    return _group_heads(expression, intents, depth, at_end, known)


def ending(text: str) -> str:
    """``text`` without the punctuation and blanks that end it: hassil's match may leave
    them unmatched at the end of the message (``MatchContext.is_match``)."""
    return _UNMATCHED_END.sub("", text)


def _group_heads(
    expression: Expression, intents: Intents, depth: int, at_end: bool, known: dict[str, Heads]
) -> Heads:
    if isinstance(expression, Sequence):
        ordered = expression.items[::-1] if at_end else expression.items
        return _sequence_heads(ordered, intents, depth, at_end, known)
    if not isinstance(expression, Alternative | Permutation):
        return None
    # an alternative starts as one of its items; a permutation as any of its items
    items = [
        heads(item, intents, depth + 1, at_end=at_end, known=known) for item in expression.items
    ]
    if any(item is None for item in items):
        return None
    found = frozenset().union(*(item[0] for item in items if item is not None))
    nullable = [item[1] for item in items if item is not None]
    either = any(nullable) if isinstance(expression, Alternative) else all(nullable)
    return found, either


def _sequence_heads(
    items: list[Expression], intents: Intents, depth: int, at_end: bool, known: dict[str, Heads]
) -> Heads:
    """A sequence starts as its first item, or as the next when that one may be empty."""
    found: set[str] = set()
    for item in items:
        head = heads(item, intents, depth + 1, at_end=at_end, known=known)
        if head is None:
            return None
        found.update(head[0])
        if not head[1]:
            return frozenset(found), False
    return frozenset(found), True


def _list_heads(
    reference: ListReference, intents: Intents, depth: int, at_end: bool, known: dict[str, Heads]
) -> Heads:
    """A closed list starts as one of its values (hassil skips a blank one)."""
    values = intents.slot_lists.get(reference.list_name)
    if not isinstance(values, TextSlotList):
        return None  # a wildcard, a range of numbers, or a list unknown here
    found: set[str] = set()
    for value in values.values:
        if isinstance(value.text_in, TextChunk) and not value.text_in.text.strip():
            continue
        head = heads(value.text_in, intents, depth + 1, at_end=at_end, known=known)
        if head is None or head[1]:
            return None
        found.update(head[0])
    return frozenset(found), False


@dataclass(frozen=True)
class _Template:
    intent: Intent
    data: IntentData
    sentence: Sentence
    settings: MatchSettings
    # hassil's required words, one of each clause: the clauses' places in the recognizer's
    # (templates share many: each is checked once per message)
    clauses: tuple[int, ...]
    starts: tuple[str, ...]  # what the message must start with, case aside; () anything
    # The same in lowercase, when all ASCII; None when not: a letter other than ASCII
    # may match an ASCII one case aside ("K", the Kelvin sign, is a "k")
    lowered: tuple[str, ...] | None
    firsts: frozenset[str] | None  # their first letters; None: any letter
    ends: tuple[str, ...]  # what the message must end with (:func:`ending`); () anything
    ends_lowered: tuple[str, ...] | None  # the same in lowercase, when all ASCII
    whole_wildcard: bool  # the template is one wildcard: hassil matches the text unpadded


class Recognizer:
    """The templates of ``intents``, ready to be tried on each message."""

    def __init__(self, intents: Intents) -> None:
        self._intents = intents
        self._fits = _fits_this_recognizer(intents)
        numbered: dict[tuple[str, ...], int] = {}
        rules: tuple[dict[str, Heads], dict[str, Heads]] = ({}, {})  # how each starts, ends
        templates = [
            _template(intent, data, sentence, intents, numbered, rules)
            for intent in intents.intents.values()
            for data in intent.data
            for sentence in data.sentences
        ]
        self._all = tuple(templates)
        self._clauses = tuple(numbered)  # in the order of their numbers
        # By the first letter (ASCII, lowercase) the message starts with: the templates
        # that may start with it, in hassil's order. Any other start tries them all.
        firsts = set().union(*(t.firsts for t in templates if t.firsts is not None))
        self._by_first = {
            first: tuple(t for t in templates if t.firsts is None or first in t.firsts)
            for first in firsts
        }
        self._anything = tuple(t for t in templates if t.firsts is None)
        # For a message in ASCII: each start with the places of the templates it starts,
        # their lengths, and the places of the templates whose starts are not in ASCII.
        started: dict[str, set[int]] = {}
        for at, template in enumerate(templates):
            for start in template.lowered or ():
                started.setdefault(start, set()).add(at)
        self._started = {start: frozenset(places) for start, places in started.items()}
        self._start_lengths = sorted({len(start) for start in started})
        self._unstarted = frozenset(at for at, t in enumerate(templates) if t.lowered is None)

    def recognize_all(self, text: str) -> Iterator[RecognizeResult]:
        """hassil's ``recognize_all(text, intents)``: the same results, in its order."""
        if not self._fits:
            yield from recognize_all(text, self._intents)
            return
        tracked = normalize_for_matching(text)
        haystack = tracked.text.casefold()  # hassil's, the text without skip words twice
        padded = tracked.copy()
        padded.append(" ")  # hassil's artificial word boundary
        said = padded.text.lstrip()
        first = said[:1]
        # hassil reads "-" and "_" as blanks when a text chunk does not match otherwise
        saids = (said, said.translate(BREAK_WORDS_TABLE)) if "-" in said or "_" in said else (said,)
        lowered = tuple(text.lower() for text in saids) if said.isascii() else None
        if lowered is not None:
            templates = self._starting(lowered)  # each start checked once, not per template
        elif first and first.isascii():
            templates = self._by_first.get(first.lower(), self._anything)
        else:
            templates = self._all
        fits: dict[tuple[str, ...], bool] = {}
        endings = tuple(ending(text) for text in saids)
        lowered_endings = tuple(text.lower() for text in endings) if lowered is not None else None
        ends: dict[tuple[str, ...], bool] = {}
        held: list[bool | None] = [None] * len(self._clauses)  # each clause, once checked
        intent_context: dict[str, object] = {}
        for template in templates:
            if template.starts and (lowered is None or template.lowered is None):
                fit = fits.get(template.starts)
                if fit is None:
                    fit = fits[template.starts] = _starts_as(template, saids, lowered)
                if not fit:
                    continue  # its first words are not the message's: it matches nothing
            if template.ends:
                fit = ends.get(template.ends)
                if fit is None:
                    fit = ends[template.ends] = _ends_as(template, endings, lowered_endings)
                if not fit:
                    continue  # nor its last words
            if not self._holds(template.clauses, haystack, held):
                continue
            candidate = tracked if template.whole_wildcard else padded
            context = MatchContext(
                text=candidate.text,
                intent_context=intent_context,
                intent_sentence=template.sentence,
                intent_data=template.data,
                original_text=text,
            )
            yield from _process_match_contexts(
                match_expression(template.settings, context, template.sentence.expression),
                template.intent,
                template.data,
                text_offsets=candidate.offsets,
                default_response="default",
                allow_unmatched_entities=False,
            )

    def _holds(self, clauses: tuple[int, ...], haystack: str, held: list[bool | None]) -> bool:
        """Whether ``haystack`` holds a fragment of each clause, as hassil checks."""
        for at in clauses:
            holds = held[at]
            if holds is None:
                holds = held[at] = any(f in haystack for f in self._clauses[at])
            if not holds:
                return False
        return True

    def _starting(self, lowered: tuple[str, ...]) -> tuple[_Template, ...]:
        """The templates that may match a message in ASCII, ``lowered`` (its texts in
        lowercase): those one of whose starts it starts with, and those whose starts are
        not known in ASCII, in hassil's order."""
        places = set(self._unstarted)
        for said in lowered:
            for length in self._start_lengths:
                places.update(self._started.get(said[:length], ()))
        return tuple(self._all[at] for at in sorted(places))


def _fits_this_recognizer(intents: Intents) -> bool:
    """Whether hassil would do for ``intents`` no more than :class:`Recognizer` does."""
    if intents.skip_words or intents.settings.ignore_whitespace:
        return False
    return all(
        not (data.required_keywords or data.requires_context or data.excludes_context)
        and not (data.slot_lists or data.expansion_rules)
        for intent in intents.intents.values()
        for data in intent.data
    )


def _template(
    intent: Intent,
    data: IntentData,
    sentence: Sentence,
    intents: Intents,
    numbered: dict[tuple[str, ...], int],
    rules: tuple[dict[str, Heads], dict[str, Heads]],
) -> _Template:
    """The template, its required clauses numbered in ``numbered`` (new ones added), with
    how the rules start and end (``rules``, found once for every template)."""
    settings = MatchSettings(
        slot_lists={**intents.slot_lists, **data.slot_lists},
        expansion_rules={**intents.expansion_rules, **data.expansion_rules},
        ignore_whitespace=intents.settings.ignore_whitespace,
        allow_unmatched_entities=False,
        language=intents.language,
    )
    clauses = sentence.get_required_clauses(settings.expansion_rules)
    head = heads(sentence.expression, intents, known=rules[0])
    starts: tuple[str, ...] = ()
    if head is not None and not head[1] and head[0]:
        starts = tuple(sorted(head[0], key=lambda said: (-len(said), said)))
    ascii_only = bool(starts) and all(said.isascii() for said in starts)
    lowered = tuple(said.lower() for said in starts) if ascii_only else None
    firsts = frozenset(said[0] for said in lowered) if lowered is not None else None
    tail = heads(sentence.expression, intents, at_end=True, known=rules[1])
    ends = tuple(sorted(tail[0])) if tail is not None and not tail[1] and tail[0] else ()
    ends_lowered = tuple(said.lower() for said in ends) if all(e.isascii() for e in ends) else None
    expression = sentence.expression
    whole_wildcard = (
        isinstance(expression, Sequence)
        and len(expression.items) == 1
        and isinstance(expression.items[0], ListReference)
        and isinstance(intents.slot_lists.get(expression.items[0].list_name), WildcardSlotList)
    )
    return _Template(
        intent,
        data,
        sentence,
        settings,
        tuple(numbered.setdefault(tuple(sorted(clause)), len(numbered)) for clause in clauses),
        starts,
        lowered,
        firsts,
        ends,
        ends_lowered,
        whole_wildcard,
    )


def _starts_as(
    template: _Template, saids: tuple[str, ...], lowered: tuple[str, ...] | None
) -> bool:
    """Whether one of ``saids`` starts with one of the template's starts, case aside as
    hassil's patterns compare (``re.IGNORECASE``): in ASCII, lowercase alike."""
    if lowered is not None and template.lowered is not None:
        return any(text.startswith(template.lowered) for text in lowered)
    pattern = _pattern(template.starts)
    return any(pattern.match(text) for text in saids)


def _ends_as(
    template: _Template, endings: tuple[str, ...], lowered: tuple[str, ...] | None
) -> bool:
    """Whether one of ``endings`` ends with one of the template's ends, case aside."""
    if lowered is not None and template.ends_lowered is not None:
        return any(text.endswith(template.ends_lowered) for text in lowered)
    pattern = _pattern(template.ends, at_end=True)
    return any(pattern.search(text) for text in endings)


@cache
def _pattern(starts: tuple[str, ...], *, at_end: bool = False) -> re.Pattern[str]:
    said = "|".join(map(re.escape, starts))
    return re.compile(rf"(?:{said})\Z" if at_end else said, re.IGNORECASE)
