"""Clauses beside a command that urge it on, assure it or tell the user's own plan after
it (issue 22): "let's just get it going", "I'm pretty sure", "I'll start over", "right
now please", "I don't need it" after "close"; beside
each, the near misses that carry a second request or defer, negate or condition it."""

from __future__ import annotations

import pytest

from milio.chat.understanding import matcher


def _answer(text: str) -> str | None:
    found = matcher.match(text)
    return None if found is None else found.system_message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("anyway open visual studio code, let's just get it going", "001visual studio code"),
        ("open slack please, let's get started", "001slack"),
        ("go to bbc.co.uk, I think it was there, I'm pretty sure", "014https://bbc.co.uk/"),
        ("delete the file notes_old.txt, I'll start over", "007notes_old|txt"),
        ("make a folder called Trip 2027, and we'll fill it in later I guess", "008Trip 2027"),
        ("my laptop is so slow, anyway close discord, I don't need it right now", "002discord"),
        ("so pause the music, we dont need it now", "013"),
        ("Kindly close the file Draft.docx; it is no longer needed. Regards.", "004Draft|docx"),
        ("delete the folder tmp, it's not needed anymore", "010tmp"),
        ("the bug is on the screen, so take a screenshot, right now please", "011"),
    ],
)
def test_urging_assuring_or_planning_is_a_comment(text: str, expected: str) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "open spotify, let's open discord too",
        "open spotify, let's get discord going",
        "open zoom, let's not",
        "delete the folder Old Stuff, I'm not sure",
        "I'm pretty sure you already opened spotify",
        "open spotify. I'll open discord later",
        "open zoom, and we'll open slack after",
        "stop the stopwatch. I'll start it again later",
        "delete the file a.txt, I'll start over unless you can restore it",
        "open spotify. I'll wait",
        "close discord, I'll restart it later",
        "I'll start over, delete the file draft.txt",
        "make a folder called Trip, we'll fill it in if you can",
        "open spotify, I don't need you to open it",
        "set a timer for 10 minutes, I'll set another one later",
        "open discord, I don't need it",
        "open discord, it's not needed",
        "take a screenshot, it's not needed",
        "set a timer for 5 minutes, that is not necessary",
        "close chrome, it is no longer needed?",
        "close discord, I don't need it open",
        "close discord, I don't need it, open slack",
        "play despacito, I don't need it",
        "open zoom, not right now",
        "close discord, now open slack",
    ],
)
def test_a_second_request_or_a_deferral_goes_to_the_model(text: str) -> None:
    assert _answer(text) is None
