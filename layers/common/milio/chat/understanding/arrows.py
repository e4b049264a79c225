"""An arrow typed for a verb in a terse command, read as a colon.

"chrome -> close", "timer => 10 min", "spotify → pause": the thing, then what to do
with it, as "chrome: close" says it, which the matcher reads already. One arrow only,
with words on both sides ("chrome -> firefox -> close" is a chain the model reads);
nothing else in the message is changed, so a name is copied as typed.
"""

from __future__ import annotations

import re

_ARROW = re.compile(r"\s*(?:-+>|=+>|→|⇒|⟶|➡\ufe0f?)\s*")
# The cheap test first: most messages hold none of these characters.
_ARROW_CHARS = (">", "→", "⇒", "⟶", "➡")


def read_as_colon(text: str) -> str:
    """``text`` with its one arrow between words as ": ", or ``text`` as it is."""
    if not any(ch in text for ch in _ARROW_CHARS):
        return text
    arrows = list(_ARROW.finditer(text))
    if len(arrows) != 1:
        return text
    arrow = arrows[0]
    before, after = text[: arrow.start()], text[arrow.end() :]
    if not before.strip() or not after.strip():
        return text
    return f"{before}: {after}"
