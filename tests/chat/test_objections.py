"""A statement after a command that says it is no use or its purpose gone, speaks against
it ("but …", "… though") or warns of work to be lost goes to the model
(:mod:`.objections`); after a command that takes a thing away it is the reason, and
a story before the command tells what happened before."""

from __future__ import annotations

import pytest

from milio.chat.understanding import matcher


def _answer(text: str) -> str | None:
    found = matcher.match(text)
    return None if found is None else found.system_message


@pytest.mark.parametrize(
    "text",
    [
        "open discord, it's pointless",
        "open spotify, it won't help",
        "open zoom, the meeting got cancelled",
        "open zoom the meeting got cancelled",
        "restart the computer, it works now",
        "take a screenshot, the bug got fixed",
        "set a timer for 20 minutes, the call was postponed",
        "open spotify, I'm not in the mood though",
        "open spotify, but my boss will kill me",
        "delete the folder Photos, there's no backup",
        "close chrome, I have unsaved work in there",
        "restart the computer, I haven't saved",
        "take a screenshot, it's confidential",
        "screenshot please, the numbers are strictly confidential",
        "record a video with the webcam, I'm not dressed",
        "take a picture with the webcam, im in my pyjamas lol",
    ],
)
def test_a_command_argued_against_goes_to_the_model(text: str) -> None:
    assert _answer(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("close zoom, the meeting got cancelled", "002zoom"),
        ("the meeting got cancelled, close zoom", "002zoom"),
        ("My landlord phoned and told me the boiler is fixed. Open spotify.", "001spotify"),
        ("create a folder called Cancelled Projects", "008Cancelled Projects"),
        ("delete the folder tmp, it's useless", "010tmp"),
        ("open the file unsaved_notes.txt", "003unsaved_notes|txt"),
        ("take a screenshot for the confidential report", "011"),  # a purpose
        ("close slack, the channel is private anyway", "002slack"),  # not a capture
    ],
)
def test_a_gone_purpose_is_a_removal_s_reason_and_a_story_before_is_a_story(
    text: str, expected: str
) -> None:
    assert _answer(text) == expected
