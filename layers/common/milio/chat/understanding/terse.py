"""A known name said alone with a word that asks for it now: "spotify. now.", "yt pls",
"discord asap", "val rq".

Typed on the road or between games, the name is the whole request and the word after it
says it is one: :func:`open_request` gives "open spotify", which the matcher then reads
like any sentence (an application opens, a website's name opens the site). The name
alone ("spotify") may answer a question or start a thought, so a word that asks must
follow it, and nothing else may: "spotify now?" asks, "spotify down again" reports,
"spotify already" tells. Not for a name that is also a common word ("notes now", "paint
pls", "resolve asap" may be that word) nor for a name the vocabulary does not know.
"""

from __future__ import annotations

import re

from milio.chat.understanding.applications import COMMON_WORD_NAMES, known_application
from milio.chat.understanding.stretched import read_as
from milio.chat.understanding.utterance import utterance_of
from milio.chat.understanding.websites import KNOWN_SITES

# Words after the name that ask for it now; at least one must be said.
_ASKING = frozenset(
    (
        *("now", "pls", "plz", "plss", "please", "asap", "rq", "rn", "immediately", "quick"),
        "quickly",
    )
)
# Words after the name that may go with those and change nothing ("spotify now pls thx").
_ALONGSIDE = frozenset(("thx", "thanks", "ty", "bro", "mate", "dude", "milio", "right", "real"))
_AFTER_A_NAME = _ASKING | _ALONGSIDE
# Said before the name, they offer it rather than ask for it: "maybe spotify now".
_HEDGES = frozenset(("maybe", "perhaps", "probably", "possibly", "or"))
_APP_WORDS = (" app", " application", " client")
MAX_WORDS = 6
MAX_CHARS = 100
_WORD = re.compile(r"[\w']+")
# What may set the name apart from the word that asks for it.
_SET_APART = frozenset(" :-–—")


def open_request(text: str) -> str | None:
    """ "open <name>" for a known name and a word that asks for it, or ``None``."""
    if len(text) > MAX_CHARS:
        return None  # cheap first: a name and a word or two are short
    words = _WORD.findall(text.casefold())
    if not 2 <= len(words) <= MAX_WORDS:
        return None
    if read_as(words[-1], _AFTER_A_NAME) not in _AFTER_A_NAME:  # "nowww"
        return None  # cheap first: most messages end with another word
    if "?" in text:
        return None  # "spotify now?" asks whether
    span = _known_name(text)
    if span is None:
        return None
    start, end = span
    before = _WORD.findall(text[:start].casefold())
    after = [read_as(word, _AFTER_A_NAME) for word in _WORD.findall(text[end:].casefold())]
    if after[:2] in (["for", "me"], ["for", "us"]):
        after = after[2:]  # "firefox for me please": whom it is for changes nothing
    asked = _ASKING.intersection(after) and _AFTER_A_NAME.issuperset(after)
    return f"open {text[start:end]}" if asked and _HEDGES.isdisjoint(before) else None


def _known_name(text: str) -> tuple[int, int] | None:
    """Where the one known name is, when nothing but filler is said around it."""
    utterance = utterance_of(text)
    if utterance is None:
        return None
    start, end = utterance.tokens[0].start, utterance.tokens[-1].end
    while end > start and text[end - 1] in _SET_APART:
        end -= 1  # "spotify: now", "spotify — now"
    said = " ".join(text[start:end].casefold().split())
    # "notes app now", "the notes app pls": the word app says it is the application
    app = next((said.removesuffix(w) for w in _APP_WORDS if said.endswith(w)), None)
    if app is not None:
        app = app.removeprefix("the ")
        return (start, end) if known_application(app) is not None else None
    if said in COMMON_WORD_NAMES or (known_application(said) is None and said not in KNOWN_SITES):
        return None
    return start, end
