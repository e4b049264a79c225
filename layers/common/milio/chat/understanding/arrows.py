"""Arrows typed for words in a terse command.

An arrow between a thing and what to do with it, "chrome -> close", "timer => 10 min",
"spotify → pause", is read as a colon ("chrome: close"), which the matcher reads already:
one arrow only, with words on both sides ("chrome -> firefox -> close" is a chain the
model reads). An arrow up or down after a word, "vol ↑", "volume ⬇️ 10", is read as "up"
or "down": one direction only ("vol ↑↓" says neither). Nothing else in the message is
changed, so a name is copied as typed.
"""

from __future__ import annotations

import re

_ARROW = re.compile(r"\s*(?:-+>|=+>|→|⇒|⟶|➡\ufe0f?)\s*")
_UP = re.compile(r"\s*(?:[↑⬆🔼⏫]\ufe0f?)+\s*")
_DOWN = re.compile(r"\s*(?:[↓⬇🔽⏬]\ufe0f?)+\s*")
# The cheap test first: most messages hold none of these characters.
_ARROW_CHARS = frozenset(">→⇒⟶➡↑⬆🔼⏫↓⬇🔽⏬")


def read_as_words(text: str) -> str:
    """``text`` with its arrows read as words (see the module), or ``text`` as it is."""
    if _ARROW_CHARS.isdisjoint(text):
        return text
    return _up_or_down(_as_colon(text))


def _as_colon(text: str) -> str:
    arrows = list(_ARROW.finditer(text))
    if len(arrows) != 1:
        return text
    arrow = arrows[0]
    before, after = text[: arrow.start()], text[arrow.end() :]
    if not before.strip() or not after.strip():
        return text
    return f"{before}: {after}"


def _up_or_down(text: str) -> str:
    ups, downs = list(_UP.finditer(text)), list(_DOWN.finditer(text))
    if len(ups) + len(downs) != 1:
        return text
    arrow, word = (ups[0], "up") if ups else (downs[0], "down")
    before, after = text[: arrow.start()], text[arrow.end() :]
    if not before.strip():
        return text  # "↑ vol": said of what?
    return f"{before} {word} {after}" if after else f"{before} {word}"
