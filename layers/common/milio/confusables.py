"""Look-alike addresses (Unicode's security mechanisms, UTS #39): the skeleton two
strings share when they look the same, and whether a string mixes scripts.

The data is Unicode's confusables.txt as the ``confusable-homoglyphs`` package ships it
(MIT, pure Python, Unicode 15.1; pinned in requirements-confusables.txt). It lists each
pair both ways, not which side is the prototype, so the prototype of a class is found
from its shape: confusables.txt maps every source (one code point) to exactly one
prototype, so each class is a star around it. A class of two single code points has no
centre; its smaller member stands for it (a skeleton is only ever compared, so any fixed
choice gives the same equalities).

Scripts: an address part may use one script, plus Common and Inherited (digits,
punctuation, combining marks), or the combinations UTS #39 allows as "highly
restrictive" (Han with Hiragana and Katakana, with Bopomofo, or with Hangul).
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from functools import lru_cache

_MARK = "\u200e"  # the package wraps right-to-left characters in LRM marks
_NEUTRAL = frozenset({"COMMON", "INHERITED"})
_ALLOWED_MIXES = (
    frozenset({"HAN", "HIRAGANA", "KATAKANA"}),
    frozenset({"HAN", "BOPOMOFO"}),
    frozenset({"HAN", "HANGUL"}),
)


def skeleton(text: str) -> str:
    """UTS #39's skeleton: NFD, each code point replaced by its class's prototype, NFD."""
    prototypes = _prototypes()
    mapped = "".join(prototypes.get(char, char) for char in unicodedata.normalize("NFD", text))
    return unicodedata.normalize("NFD", mapped)


def mixes_scripts(text: str) -> bool:
    """Whether ``text`` uses letters of more than one script (beyond the allowed mixes)."""
    from confusable_homoglyphs.categories import unique_aliases  # type: ignore[import-untyped]

    scripts = frozenset(unique_aliases(text)) - _NEUTRAL
    return len(scripts) > 1 and not any(scripts <= mix for mix in _ALLOWED_MIXES)


@lru_cache(maxsize=1)
def _prototypes() -> dict[str, str]:
    """Each source code point to its prototype (about 6,000 of them)."""
    from confusable_homoglyphs.confusables import (  # type: ignore[import-untyped]
        confusables_data,
    )

    linked: dict[str, set[str]] = defaultdict(set)
    for key, entries in confusables_data.items():
        source = key.strip(_MARK)
        for entry in entries:
            target = str(entry["c"]).strip(_MARK)
            if target != source:
                linked[source].add(target)
                linked[target].add(source)
    prototypes: dict[str, str] = {}
    seen: set[str] = set()
    for start in sorted(linked):
        if start in seen:
            continue
        members = _class_of(start, linked)
        seen |= members
        prototype = _centre(members, linked)
        prototypes.update({m: prototype for m in members if len(m) == 1 and m != prototype})
    return prototypes


def _class_of(start: str, linked: dict[str, set[str]]) -> set[str]:
    members, pending = {start}, [start]
    while pending:
        for other in linked[pending.pop()] - members:
            members.add(other)
            pending.append(other)
    return members


def _centre(members: set[str], linked: dict[str, set[str]]) -> str:
    """The prototype: the member linked to all others; in a pair, a sequence (only a
    prototype can be one), else the smaller."""
    centres = [m for m in members if linked[m] >= members - {m}]
    longer = [m for m in centres if len(m) > 1]
    return min(longer or centres or members)
