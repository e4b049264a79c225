"""The frame of an office e-mail around a request: "Dear assistant,", "Per IT's advice,",
"Could you please action the following:", and a request's purpose said after it ("take a
screenshot for the audit trail", "restart the computer to apply the security patch").

A purpose is taken off only for actions that act on no name and take no time (a
screenshot, the webcam, the machine's power, the stopwatch), or a timer that says its
own duration: there it cannot be a name's end, and it changes nothing done.
"""

from __future__ import annotations

import re

from milio.chat.contract.catalog import codes_of
from milio.chat.understanding.durations import CLOCK_UNITS

# Clauses of an e-mail's frame, said alone before the request.
ALONE = (
    *("dear assistant", "dear milio", "hello assistant", "good morning assistant"),
    *(
        f"{per} {whose} {advice}"
        for per in ("per", "as per", "following", "on")
        for whose in ("it's", "its", "it", "the it team's", "my manager's", "the it department's")
        for advice in ("advice", "request", "instructions", "recommendation", "guidance")
    ),
    *(
        f"{could} action the following"
        for could in (
            *("please", "kindly", "could you please", "could you kindly", "can you please"),
            *("would you please", "please could you", "i'd be grateful if you could"),
        )
    ),
    *("as discussed", "as agreed", "as requested", "further to our conversation"),
    *("further to my previous message", "further to my last message", "for your action"),
    *("action required", "request", "quick request", "a small request"),
)
# The actions a purpose may follow: none acts on a name, none takes a time.
NAMELESS = codes_of(
    *("take_screenshot", "start_stopwatch", "webcam_picture", "webcam_video", "sleep"),
    *("shut_down", "restart"),
)
# Words that make a tail no purpose: a time, a number, a condition, a name's kind.
_NOT_A_PURPOSE = frozenset(
    (
        *("if", "when", "once", "after", "before", "until", "till", "unless", "while"),
        *("later", "tomorrow", "tonight", "today", "now", "soon", "day", "days"),
        *CLOCK_UNITS,
        *("week", "weeks", "night", "weekend", "bit", "moment", "and", "then", "but", "or"),
        *("not", "don't", "never", "instead", "also", "too", "file", "folder", "app"),
        *("should", "would", "could", "can", "will", "may", "might", "upon", "pending"),
        # a time the purpose names: "for the maintenance window on Friday", "due Monday"
        *("at", "in", "by", "due", "window", "morning", "afternoon", "evening"),
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        *("mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "eod", "cob"),
        *("next", "upcoming", "following", "scheduled", "planned", "holidays", "holiday"),
    )
)
# " for the audit trail", " to apply the security patch": for, or to and a verb, then a
# determiner and up to six words, ending the clause (before a full stop or the question
# mark of a request asked, "could you set a timer for 3 minutes for my tea?", at most).
_PURPOSE = re.compile(
    r"\s+(?:for|to\s+(?!the\b|a\b|an\b|my\b|sleep\b|\d)[a-z]+)"
    r"\s+(?:the|my|our|an?|this|its|their|his|her)\s+[\w'’-]+(?:\s+[\w'’-]+){0,5}"
    r"(?=[\s.!?]*$)",
    re.IGNORECASE,
)
# The music stopped "for a sec", "for a moment", "for a bit": a pause, said with how short
# it is to be (the client has no action that starts it again). Said of a timer, "for a
# minute" is its time.
_A_WHILE = re.compile(
    r"\s+for\s+(?:just\s+)?(?:a|one)\s+(?:sec|second|moment|mo|minute|min|bit|little\s+bit"
    r"|little\s+while|while|tick)(?=[\s.!?]*$)",
    re.IGNORECASE,
)
SAID_FOR_A_WHILE = codes_of("pause_music")


def without_purpose(text: str) -> str | None:
    """The clause without a purpose said after it, or ``None`` when it ends in none."""
    found = _PURPOSE.search(text)
    if found is None or found.start() == 0:
        return None
    words = re.findall(r"[\w'’]+", found.group().casefold())
    if any(word in _NOT_A_PURPOSE or word[:1].isdigit() for word in words):
        return None
    return text[: found.start()] + text[found.end() :]


def without_a_while(text: str) -> str | None:
    """The clause without "for a sec" or the like at its end, or ``None`` when it has none."""
    found = _A_WHILE.search(text)
    if found is None or found.start() == 0:
        return None
    return text[: found.start()] + text[found.end() :]
