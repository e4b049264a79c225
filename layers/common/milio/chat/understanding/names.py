"""Whether words name an application or a site the fast path knows: the one test each
reader makes of a name said alone ("I want spotify", "hey siri open zoom", a story's
"chrome froze")."""

from __future__ import annotations

from milio.chat.understanding.applications import known_application
from milio.chat.understanding.websites import KNOWN_SITES


def names_a_thing(words: str) -> bool:
    return known_application(words) is not None or words in KNOWN_SITES
