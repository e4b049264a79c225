"""A request started again after a hesitation is read as the speaker finished it."""

from __future__ import annotations

import pytest

from milio.chat.understanding import matcher


def _answer(text: str) -> str | None:
    found = matcher.match(text)
    return None if found is None else found.system_message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("open... uh... open discord", "001discord"),
        ("take a - take a screenshot", "011"),
        ("close... close steam", "002steam"),
        ("set a - set a timer for 5 minutes", "017300"),
        ("turn up the, the volume", "1010"),
        ("set a timer for, for 10 minutes", "017600"),
        # The request said again is the song's name no more.
        ("play, play despacito", "012despacito|"),
    ],
)
def test_a_request_started_again_is_read_as_finished(text: str, expected: str) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # No hesitation: a name said twice is the name.
        ("play talk talk", "012talk talk|"),
        ("play duran duran", "012duran duran|"),
        ("open open office", "001openoffice"),
    ],
)
def test_a_name_said_twice_stays_the_name(text: str, expected: str) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I - I opened discord",
        "don't - don't open discord",
        "open... don't open discord",
        "open - close discord",
        "open... open discord in 5 minutes",
        "open, open discord and spotify",
    ],
)
def test_a_restart_keeps_what_the_sentence_says(text: str) -> None:
    assert _answer(text) is None
