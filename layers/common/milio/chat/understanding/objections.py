"""Words after a command that argue against it: "open zoom, the meeting got cancelled",
"restart the computer, it works now", "open spotify, it won't help".

A statement beside a command is read as its reason when it holds nothing a command could
take, but some statements say the command's purpose is gone or that it is no use. After a
command that takes a thing away ("the meeting is over, close zoom") that is why; after
one that starts or brings something ("open zoom", "set a timer", "take a screenshot") it
may be an objection, or the user thinking aloud: the model reads it. So are words said
against any command ("…, but my boss will kill me", "…, not in the mood though") and,
beside one that closes, deletes or powers down, a warning of work not saved; beside one
that deletes, a warning that the user's things are in it; beside one that captures the
screen or the user, words that it is not to be seen or that the user will first get ready.
"""

from __future__ import annotations

import re

from milio.chat.contract.catalog import codes_of

# The actions a gone purpose is the reason for: what closes, deletes, pauses or quietens.
TAKING_AWAY = codes_of(
    *("close_app", "close_file", "delete_file", "delete_folder", "pause_music"),
    *("volume_down", "sleep", "shut_down"),
)
# What makes any command no use, said of it: "it won't help", "that's pointless", "it is
# not a good idea" ("is not good idea", the "it" left out at a clause's start). Not of
# something else ("silence doesn't help", "firefox won't work"): that is a reason.
_USELESS = (
    r"(?:pointless|no use|not worth it|not (?:a |the )?(?:good|great|smart|wise) idea"
    r"|(?:a )?(?:bad|terrible|stupid) idea)\b"
)
_NO_USE = re.compile(
    rf"\b(?:it|that|this)(?:'s|’s| is| was| would be| will be)? {_USELESS}"
    rf"|(?:^|[,.;:!?])\s*(?:is|was) {_USELESS}"
    r"|\b(?:it|that|this) (?:won'?t|will not|wouldn'?t|doesn'?t|does not) help\b",
    re.IGNORECASE,
)
# A purpose gone: the event called off ("the meeting got cancelled"), the fault mended
# ("it works now", "the wifi got fixed").
_GONE = re.compile(
    r"\b(?:got|was|were|been|is|are) (?:cancell?ed|called off|postponed|fixed)\b|"
    r"\b(?:it|that|this)(?:'s|’s| is)? (?:works|working) (?:now|again|fine now)\b",
    re.IGNORECASE,
)

# Work that would be lost: beside a command that closes, deletes or powers down, a warning.
LOSING_WORK = codes_of(
    *("close_app", "close_file", "delete_file", "delete_folder", "sleep", "shut_down"),
    "restart",
)
_UNSAVED = re.compile(
    r"\b(?:unsaved|not saved|(?:haven'?t|have not|didn'?t|did not) saved?|without saving|"
    r"no back-?ups?|not backed up|only copy)\b",
    re.IGNORECASE,
)
# What captures the screen or the user: said to be private, or the user not fit to be
# seen, the capture may be unwanted ("take a screenshot, it's confidential", "record a
# video with the webcam, I'm not dressed"); a purpose ("for the confidential report") is not.
CAPTURING = codes_of("take_screenshot", "webcam_picture", "webcam_video")
_NOT_TO_BE_SEEN = re.compile(
    r"\b(?:is|are|was|were|'s|’s)\s+(?:all\s+|very\s+|super\s+|strictly\s+|top\s+)?"
    r"(?:confidential|private|secret|sensitive|classified|under (?:an )?nda)\b|"
    r"\b(?:i'?m|i’m|i am)\s+(?:still\s+)?(?:not dressed|undressed|naked|half[- ]dressed|"
    r"in my (?:pyjamas|pajamas|pjs|underwear|towel|dressing gown|bathrobe))\b",
    re.IGNORECASE,
)
# Beside a capture, the user's own plan with a time ahead ("take a screenshot, I'll have
# the error up in a few seconds", "..., I'm gonna smile in a sec"): what is to be captured
# may not be there yet.
_PLAN_AHEAD = re.compile(
    r"\b(?:i'?ll|i’ll|i will|i'?m (?:gonna|going to|about to)|i am (?:gonna|going to|about to)"
    r"|let me)\b[^.!?]*?\b(?:soon|in (?:a|an|one|two|few|\d+)|after|first|once|when)\b",
    re.IGNORECASE,
)
# What is inside, said of a thing to be deleted: "delete folder Temp? it has my files
# inside", "my photos are in there". A warning, not a reason.
DELETING = codes_of("delete_file", "delete_folder")
_THE_USERS_THINGS = (
    r"(?:my|our|important) (?:files|documents|docs|photos|pictures|work|stuff|data|things"
    r"|projects)\b"
)
_HOLDS_THE_USERS = re.compile(
    rf"\b(?:has|have|had|contains?|holds?|keeps?|got|full of) (?:all |some )?(?:of )?"
    rf"{_THE_USERS_THINGS}|\b{_THE_USERS_THINGS} (?:is|are) (?:inside|in (?:it|there|this|that))\b",
    re.IGNORECASE,
)
# Said against the command after it: "open spotify, but my boss will kill me", "…, not in
# the mood though".
_CONTRAST = re.compile(r"^\W*but\b|\b(?:though|tho|although)\W*$", re.IGNORECASE)


def argued_against(code: str, text: str, payload: str) -> bool:
    """Whether ``text``, answered with action ``code`` (and ``payload``, whose words are a
    name and never an objection), says the command is no use or its purpose gone."""
    said = text
    for name in filter(None, payload.split("|")):  # a title and its playlist, a file's parts
        said = said.replace(name, " ")
    if _NO_USE.search(said):
        return True
    if code in LOSING_WORK and _UNSAVED.search(said):
        return True
    if code in DELETING and _HOLDS_THE_USERS.search(said):
        return True
    if _CONTRAST.search(said):
        return True
    if code in CAPTURING and (_NOT_TO_BE_SEEN.search(said) or _PLAN_AHEAD.search(said)):
        return True
    return code not in TAKING_AWAY and _GONE.search(said) is not None
