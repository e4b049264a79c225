"""Shouting typed fast: "open chrome!!!1", "screenshot!!11", "vol up!!!1!".

The "1" is a "!" typed without its shift key; read as "!", it ends the sentence like the
other marks. Only at the message's end, after a "!": a number said there ("timer 11",
"vol up 10!") has no "!" before it, so it stays.
"""

from __future__ import annotations

import re

_SHOUTED_END = re.compile(r"!+(?:1+!*)+\s*$")


def read_as_marks(text: str) -> str:
    """``text`` with the "1"s of a shouted end read as "!", or ``text`` as it is."""
    if "!1" not in text:
        return text
    shouted = _SHOUTED_END.search(text)
    if shouted is None:
        return text
    return text[: shouted.start()] + "!" * len(shouted.group().rstrip())
