"""A power command said alone after another device: "my phone froze. restart", "the
router keeps dropping, restart". Sleep, shutdown and restart act on the computer, but
said with no machine named after the user speaks of a phone, a printer or a router,
they may be meant for it: the model reads it. Named ("restart the computer"), said of
the computer ("my laptop froze. restart"), or with the device after it as its reason
("restart, my headphones won't connect"), the command stands.
"""

from __future__ import annotations

import re

from milio.chat.understanding.frames import MACHINES
from milio.chat.understanding.in_progress import POWERING_DOWN

# Devices a user restarts or turns off that are not the computer. Not "switch" nor
# "watch", said as verbs as often.
_DEVICES = frozenset(
    (
        *("phone", "iphone", "android", "smartphone", "tablet", "ipad", "kindle", "printer"),
        *("router", "modem", "wifi", "tv", "television", "console", "xbox", "playstation"),
        *("ps4", "ps5", "speaker", "speakers", "headphones", "headset", "earbuds", "airpods"),
        *("server", "vm", "camera", "car", "fridge", "oven", "dishwasher", "alexa", "echo"),
    )
)
_WORD = re.compile(r"[a-z0-9]+")


def meant_for_another(code: str, said: str) -> bool:
    """Whether ``said``, up to the command answered with action ``code`` (sleep, shutdown,
    restart), speaks of another device and names no machine."""
    if code not in POWERING_DOWN:
        return False
    words = set(_WORD.findall(said.casefold()))
    return not _DEVICES.isdisjoint(words) and MACHINES.isdisjoint(words)
