"""Where a driver is, said in a few words beside a command: "driving, vol up", "parked.
screenshot", "red light - open spotify", "pause music, hands full".

Typed on the road, the user says why the message is short (they are driving, their
hands are full, they are stopped at a light), never what to do: such a clause is a
comment that bears on no command, before the command or after it. Only these closed
phrases, said whole: a place that may say when ("at the next exit", "after the
tunnel"), a condition ("when parked", "if driving") or a question ("parked?") is none
of them, and the model reads the message.
"""

from __future__ import annotations

# What the driver is doing or where they are, said whole (no subject, no verb but
# "driving"): each a reason to be short, none a time to wait for.
_ON_THE_MOVE = frozenset(
    tuple(phrase.split())
    for phrase in (
        *("driving", "driving home", "driving to work", "commuting", "cycling", "biking"),
        *("on the road", "on the highway", "on the motorway", "on the freeway"),
        *("on the interstate", "in the car", "in my car", "in the truck", "in the van"),
        *("behind the wheel", "at the wheel", "hands on the wheel", "hands on wheel"),
        *("both hands on the wheel", "eyes on the road", "hands full", "hands busy"),
        *("both hands full", "one hand", "one handed", "no hands"),
        *("stuck in traffic", "in traffic", "sitting in traffic", "traffic jam"),
        *("in a traffic jam", "bumper to bumper", "at a red light", "at the red light"),
        *("red light", "at a light", "at the light", "at the lights", "stopped at a light"),
        *("at a stop sign", "at the stop sign", "parked", "just parked", "parked up"),
        *("pulled over", "at the pump", "at the gas station", "at the petrol station"),
        *("in the drive thru", "in the drive through", "on my bike"),
        *("on the bike", "on my commute", "on the go", "on the move", "in a tunnel"),
        *("omw", "omw home", "otw", "on my way", "on my way home", "on the way home"),
        *("almost home", "in an uber", "in a cab", "in a taxi", "in the uber", "in the cab"),
        *("at a stoplight", "at the stoplight", "stoplight", "in car", "on highway"),
        *("on motorway", "on freeway", "eyes on road", "both hands busy", "reversing"),
        *("one hand on the wheel", "merging"),
    )
)
# Said first, whose state it is ("i'm driving"); said last, that it is now ("driving rn").
_WHOSE = frozenset(("i'm", "im", "currently"))
_NOW = frozenset(("rn", "atm", "now", "lol"))


def is_on_the_move(words: list[str]) -> bool:
    """Whether ``words`` (a clause, lowercased) only say the user is driving or where
    the car is: "driving", "im driving rn", "at a red light", "hands full"."""
    said = words[1:] if words[:1] and words[0] in _WHOSE else words
    said = said[:-1] if said[-1:] and said[-1] in _NOW else said
    return tuple(said) in _ON_THE_MOVE


# A place or a time ahead, said with "the next": "at the next light", "after the next
# exit", "by the next stop" say when the command is for.
_AHEAD = frozenset(("at", "after", "by", "past", "on", "in", "from", "before", "till", "until"))


def waits_for_the_next(words: list[str]) -> bool:
    """Whether ``words`` open with a place or a time ahead: "at the next red light"."""
    return len(words) >= 3 and words[0] in _AHEAD and words[1:3] == ["the", "next"]


# How the sound is, said short ("too loud", "way too quiet"): as a comment, it gives the
# reason for a change of the volume, which the matcher checks it asks for.
_HOW_MUCH = frozenset(("way", "so", "bit", "a", "little", "kinda", "far", "much", "just"))
_SOUNDS = frozenset(("loud", "quiet", "low", "soft", "noisy", "high"))


def is_too_loud_or_quiet(words: list[str]) -> bool:
    """Whether ``words`` only say the sound is too loud or too quiet: "way too loud"."""
    at = 0
    while at < len(words) - 2 and words[at] in _HOW_MUCH:
        at += 1
    return words[at:-1] == ["too"] and words[-1] in _SOUNDS
