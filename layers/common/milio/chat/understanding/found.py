"""What the fast path found in a message: the action, its payload and where its words are.

Its own module so that the readers beside the matcher (:mod:`.reference`) can name it
without importing the matcher back.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum

from milio.chat.contract.catalog import Action


class NameKind(Enum):
    NAME = "an application, file or folder name"
    TITLE = "a song or playlist title"


@dataclass(frozen=True)
class Slot:
    """Where the words a reader read are in the text matched, and which reader read them."""

    reader: str
    start: int
    end: int


@dataclass(frozen=True)
class FastMatch:
    action: Action
    payload: str
    details: Mapping[str, str]
    # A name the user typed ends the sentence: words after it may belong to it.
    name_at_end: NameKind | None = None
    slots: tuple[Slot, ...] = ()

    @property
    def system_message(self) -> str:
        return self.action.full_code + self.payload
