"""Asides of a user under pressure said beside a command: the time a piece of work is due
("report due at 5", "the essay is due by 11:59") is the deadline's, not the command's.
Never when the command is deferred, timed, conditional, negated, asked, someone else's,
one of two, or when it powers the machine down before the work is handed in."""

from __future__ import annotations

import pytest

from milio.chat.understanding import matcher


def _answer(text: str) -> str | None:
    """The System message the fast path answers ``text`` with; ``None``: the model's."""
    found = matcher.match(text)
    return None if found is None else found.system_message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("timesheet due at 6pm, open excel please", "001microsoft excel"),
        ("coursework due by 4. close discord", "002discord"),
        ("the essay is due by 11:59 pm, open word", "001microsoft word"),
        ("pause the music, thesis chapter due at 9", "013"),
        # was a near miss (test_busy_situation): the clock time is when the essay is due
        ("essay due at 5, open notion", "001notion"),
    ],
)
def test_a_deadline_beside_a_command(text: str, expected: str) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "essay due at 9, open word after the meeting",
        "essay due at 9, open word in 10",
        "if the essay is due at 9, open word",
        "essay due at 9, don't open discord",
        "report due at 5, open excel at 4",
        "report due at 5, shut down the computer",
        "report due at 5, open excel and slack",
        "is the report due at 5? open excel",
        "open excel when the report is due at 5",
        "report due at 5, open excel when it is",
        # someone else's verb after a subject said with "'ll": not a command typed on
        "my sister's report is due at 5, she'll open excel",
        "the kids are back they'll open netflix",
    ],
)
def test_near_misses_go_to_the_model(text: str) -> None:
    assert _answer(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pt in room 12 finally asleep. pause the music", "013"),
        ("toddler finally asleep. volume down 20", "10220"),
        ("warehouse floor quiet rn, start a stopwatch", "018"),
        ("twins asleep at last lol, pause the music", "013"),
    ],
)
def test_a_state_said_short_before_a_command(text: str, expected: str) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "baby asleep in 10, pause the music",  # a time
        "baby not asleep yet, pause the music",  # negated
        "baby asleep? pause the music",  # asked
        "when baby asleep, pause the music",  # a condition
        "baby asleep, pause the music after the meeting",  # deferred
        "baby asleep, pause the music and close spotify",  # two requests
        "baby asleep, don't pause the music",
        "kids asleep, my husband will pause the music",  # someone else's action
        "music quiet, open youtube",  # "quiet" of a thing may ask
        "keep the ward quiet, open youtube",  # a verb first
        "the tv quiet, pause the music",
    ],
)
def test_a_state_that_leaves_the_command_to_the_model(text: str) -> None:
    assert _answer(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("presenting next, open powerpoint asap", "001microsoft powerpoint"),
        ("im up next, open keynote", "001keynote"),
        ("open the file pitch_v3.pptx, i'm presenting next", "003pitch_v3|pptx"),
    ],
)
def test_the_users_turn_next_beside_a_command(text: str, expected: str) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "am i up next? open keynote",
        "if i'm up next, open keynote",
        "i'm not up next, close slack",
        "priya's up next, close slack",  # someone else's turn
        "up next, open keynote after the intro",
        "up next, open keynote and close slack",
        "up next, should i close slack",
        "presenting next, shut down the computer",  # powered down before the turn
        "presenting next week, open keynote",
        "next, open keynote",
    ],
)
def test_a_turn_that_leaves_the_command_to_the_model(text: str) -> None:
    assert _answer(text) is None
