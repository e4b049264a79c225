"""A sharper choice of the words hassil checks before it tries a template.

hassil skips a template when the message holds no fragment of one of the template's
required clauses (``Sentence.get_required_clauses``): the words every match must hold.
Of an alternative it keeps one clause per branch, the smallest, which is often a
common word: "(open|hop on|jump on)" keeps "on", so the template is tried on every
message with "on" (or "one", "done", "monday") in it, about half of them. Here each
branch gives instead the clause whose shortest word is the longest ("hop" rather than
"on"): still words every match of the branch holds, so no template that could match
is skipped, and far fewer are tried in vain. The answers are the same; only less
work is done for them. hassil knows no words of a list; of a closed list ("{file_type}")
a match holds one of its values, so its words are required as an alternative's are.
"""

from __future__ import annotations

from hassil import Intents
from hassil.expression import (
    Alternative,
    Expression,
    Group,
    ListReference,
    RuleReference,
    TextChunk,
)
from hassil.intents import TextSlotList
from hassil.util import PUNCTUATION_STR

_PUNCTUATION = frozenset(PUNCTUATION_STR)
_MAX_DEPTH = 24

Clauses = set[frozenset[str]]


def sharpen(intents: Intents) -> None:
    """Set each template's required clauses to the sharper ones, before any match."""
    known: dict[str, Clauses] = {}  # each rule's and list's, read once for all templates
    for intent in intents.intents.values():
        for data in intent.data:
            for sentence in data.sentences:
                found = _required(sentence.expression, intents, 0, known)
                sentence.required_clauses = frozenset(found)


def _required(
    expression: Expression, intents: Intents, depth: int, known: dict[str, Clauses]
) -> Clauses:
    """Clauses in conjunctive form: a match holds a fragment of each (hassil's own rule
    for every kind of expression, but the choice in an alternative, and a closed list's
    words). A wildcard's words are not known, an optional part ("[the]") requires
    nothing, nor past ``_MAX_DEPTH`` rules that refer to each other."""
    found: Clauses = set()
    rules = intents.expansion_rules
    if depth > _MAX_DEPTH:
        pass
    elif isinstance(expression, TextChunk):
        pieces = expression.text.split()
        found = {frozenset((p.casefold(),)) for p in pieces if _PUNCTUATION.isdisjoint(p)}
    elif isinstance(expression, Alternative):
        if not expression.is_optional:
            found = _one_of(expression.items, intents, depth, known)
    elif isinstance(expression, Group):  # a sequence or a permutation: every item is said
        items = expression.items
        found = {c for item in items for c in _required(item, intents, depth + 1, known)}
    elif isinstance(expression, RuleReference) and expression.rule_name in rules:
        name = f"<{expression.rule_name}>"
        if name not in known:
            rule = rules[expression.rule_name].expression
            known[name] = _required(rule, intents, depth + 1, known)
        found = known[name]
    elif isinstance(expression, ListReference):
        name = f"{{{expression.list_name}}}"
        if name not in known:
            known[name] = _closed_list(expression, intents, depth, known)
        found = known[name]
    return found


def _one_of(
    items: list[Expression], intents: Intents, depth: int, known: dict[str, Clauses]
) -> Clauses:
    """A fragment of one of the items: of each, the sharpest clause."""
    branches = [_required(item, intents, depth + 1, known) for item in items]
    # a branch that requires nothing may match with no fragment at all
    if not branches or not all(branches):
        return set()
    return {frozenset(w for branch in branches for w in _sharpest(branch))}


def _closed_list(
    reference: ListReference, intents: Intents, depth: int, known: dict[str, Clauses]
) -> Clauses:
    """A closed list matches as one of its values does (hassil skips a blank one); a
    wildcard or a range of numbers may be any words."""
    values = intents.slot_lists.get(reference.list_name)
    if not isinstance(values, TextSlotList):
        return set()
    said = [
        value.text_in
        for value in values.values
        if not (isinstance(value.text_in, TextChunk) and not value.text_in.text.strip())
    ]
    return _one_of(said, intents, depth, known)


def _sharpest(clauses: Clauses) -> frozenset[str]:
    """The clause a message is least likely to hold by chance: its shortest fragment the
    longest, then the fewest fragments; ties broken by the words, so every process
    chooses alike."""
    return max(clauses, key=lambda c: (min(map(len, c)), -len(c), sorted(c)))
