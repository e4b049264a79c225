"""A word said with a letter stretched ("pleaseee", "nowww", "gooooal", "cooool"), read
as the word it stands for: one reading for every list of the fast path.

A run of three or more of one letter is read once ("nowww": "now") or, when that is no
word looked for, twice ("cooool": "cool"). Runs of two are left alone: "too" and "cool"
hold them, while no English word holds a run of three.
"""

from __future__ import annotations

import re
from collections.abc import Container

_STRETCHED = re.compile(r"(\w)\1{2,}")


def said_once(word: str) -> str:
    """``word`` with each stretched letter said once ("ummm": "um", "sooo": "so"), for
    a list of sounds and fillers, which hold no doubled letter."""
    return _STRETCHED.sub(r"\1", word)


def read_as(word: str, words: Container[str]) -> str:
    """The word of ``words`` that ``word`` says stretched; ``word`` itself when it is
    not stretched or stands for none of them."""
    if _STRETCHED.search(word) is None:
        return word
    for once in (r"\1", r"\1\1"):
        said = _STRETCHED.sub(once, word)
        if said in words:
            return said
    return word
