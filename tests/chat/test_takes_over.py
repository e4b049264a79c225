"""The user taking the thing over after a command may take it back: the model reads it."""

from __future__ import annotations

import pytest

from milio.chat.understanding import matcher


@pytest.mark.parametrize(
    "text",
    [
        "delete the file notes.txt, I'll do it myself",
        "shut down the computer, I'll do it",
        "close spotify, i got it",
        "delete the folder Work, I'll handle it",
        "open zoom, let me do that",
    ],
)
def test_a_command_the_user_then_takes_over_goes_to_the_model(text: str) -> None:
    assert matcher.match(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("open spotify, I'll do the rest", "001spotify"),  # the rest: after the command
        ("close spotify, that should do it", "002spotify"),
    ],
)
def test_what_the_user_does_after_the_command_leaves_it_asked(text: str, expected: str) -> None:
    found = matcher.match(text)
    assert found is not None
    assert found.system_message == expected
