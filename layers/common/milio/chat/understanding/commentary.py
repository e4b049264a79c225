"""The assistant's own move called as a commentator calls a play: "AND MILIO OPENS SPOTIFY!",
"Milio steps up... takes the screenshot!", "and Milio cranks the volume!".

Typed in excitement, the request is the assistant's move narrated as it happens: the
assistant named as the player, a verb of the present, an exclamation. Said so, it is
read as the plain request ("open SPOTIFY!"), and the matcher reads the rest as always
(a time that defers it, a second command, a comment after). Only the assistant's name
as the subject, right at the start of a sentence: "he opens spotify" may narrate
someone else, "milio opened spotify" tells what was done, "milio opens spotify?" asks,
"if milio opens spotify" sets a condition. Without an exclamation or a commentator's
"and" the present may tell a habit ("milio opens spotify when I log in"), so one of
them must be said.
"""

from __future__ import annotations

import re

# A move's verb in the present, and the request's verb.
_MOVES = {
    **{f"{verb}s": verb for verb in ("open", "start", "run")},
    **{f"{verb}s": verb for verb in ("take", "grab", "snap", "set", "play", "pause", "stop")},
    **{f"{verb}s": verb for verb in ("crank", "turn", "pump", "bump", "boost", "raise")},
    **{f"{verb}s": verb for verb in ("lower", "drop", "record", "capture", "shoot")},
    "launches": "launch",
    "fires up": "fire up",
    "boots up": "boot up",
    "loads up": "load up",
    "puts on": "put on",
}
# Not a close, nor the machine's restart or shutdown: "Milio closes chrome! thank god"
# may tell what just happened, "Milio restarts my PC!" may be a complaint, and what
# loses work is the model's to read.
_VERB = "|".join(sorted((re.escape(said) for said in _MOVES), key=len, reverse=True))
_NAMES = r"(?:milio|mileo|milo)"
# The player's step before the move: "Milio steps up... takes the screenshot!".
_STEP = r"(?:steps up|comes in|goes|is back)"
_CALLED = re.compile(
    rf"(?:^|(?<=[.!…]))\s*(?P<lead>and\s+)?(?P<move>{_NAMES}"
    rf"(?:\s+{_STEP}\s*(?:\.{{2,}}|…|,|-+|—|and)?)?\s+(?P<verb>{_VERB}))\s+(?=\S)",
    re.IGNORECASE,
)

_ANY_MOVE = re.compile(rf"\b(?:{_VERB})\b", re.IGNORECASE)


def as_request(text: str) -> str | None:
    """``text`` with the assistant's called move said as a request, or ``None``."""
    if "?" in text or "mil" not in text.casefold():
        return None  # cheap first; a question asks whether
    called = list(_CALLED.finditer(text))
    if len(called) != 1 or len(_ANY_MOVE.findall(text)) != 1:
        return None  # "milio opens spotify and he takes a screenshot!": two moves
    move = called[0]
    if "!" not in text and move.group("lead") is None:
        return None  # "milio opens spotify when I log in" may tell a habit
    verb = _MOVES[" ".join(move.group("verb").casefold().split())]
    start = move.start("lead") if move.group("lead") else move.start("move")
    return f"{text[:start]}{verb}{text[move.end('move') :]}"
