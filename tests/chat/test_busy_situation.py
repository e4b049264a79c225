"""The user's situation said beside a command, verbless: what their hands are busy with
("stirring the risotto", "baby sleeping"), what covers or lies on them ("hands covered in
flour", "gloves on", "baby on my shoulder"), a meeting texted short ("in mtg") and a
deadline said short ("essay due in 40 min"). Only before the command; never when asked,
timed, negated, or when the "-ing" is a verb of a command."""

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
        ("kneading the bread. start the stopwatch", "018"),
        ("grating cheese, pause the music", "013"),
        ("soldering. restart the computer", "107"),
        ("baby sleeping. volume down 20", "10220"),
        ("meeting running over, close slack", "002slack"),
        ("hands covered in glue. take a screenshot", "011"),
        ("greasy hands. open youtube", "014https://www.youtube.com/"),
        ("puppy asleep on me. volume down 10", "10210"),
        ("rubber gloves on. set a timer for 5 minutes", "017300"),
        ("in mtg, close spotify", "002spotify"),
        ("essay due in 40 minutes, open notion", "001notion"),
        ("both hands on the rope. volume up 20", "10120"),
        # after a command that names nothing, no part of a name
        ("pause the music, twins sleeping", "013"),
        ("shut down the computer. done for the day", "106"),
        ("lecture over. close zoom", "002zoom"),  # an event over, said short
        ("patrol rounds done. close zoom", "002zoom"),  # a noun of work, then its past
        ("security desk. open youtube", "014https://www.youtube.com/"),  # a place named last
        ("submission closes in 5 min, go to canvas.net", "014https://canvas.net/"),
    ],
)
def test_a_situation_before_a_command(text: str, expected: str) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "kneading the bread. start the stopwatch when it's proved",  # condition
        "kneading the bread. start the stopwatch in 5",  # deferred
        "kneading the bread after the call. start the stopwatch",
        "kneading the bread tonight. set a timer for 20 minutes",
        "grating cheese, don't pause the music",  # negated
        "grating cheese. did you pause the music?",  # asked
        "grating cheese. my son paused the music",  # someone else's, past
        "grating cheese, pause the music and open youtube",  # two requests
        "recording the screen. open spotify",  # an "-ing" a command is made of
        "closing the tabs. open firefox",
        "waiting for the update. restart the computer when it's done",
        "gloves on? set a timer for 5 minutes",  # asked
        "lights on. open spotify",  # a request the vocabulary does not know
        "in mtg, open zoom after",
        "essay due tomorrow, open notion",
        "it's due in 40 minutes, open it",
        "pause the music, twins sleeping in 5",
        "pause the music, twins sleeping?",
        "open spotify, twins sleeping",  # after a name: maybe when, or more of it
        "Open spotify. Lunch break again.",
        "lecture over? close zoom",
        "lecture over soon. close zoom",
        "patrol rounds done? close zoom",
        "security desk tomorrow. open youtube",
        "submission closes at 5, go to canvas.net",
    ],
)
def test_a_situation_that_leaves_the_command_to_the_model(text: str) -> None:
    assert _answer(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("close the file notes.txt before I share", "004notes|txt"),
        ("take a screenshot of this before it disappears", "011"),
        ("in a call, pause the music before i unmute", "013"),
    ],
)
def test_done_now_before_what_the_user_does_next(text: str, expected: str) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "close discord before the meeting",  # an event: maybe hours away
        "close discord before it starts",
        "close discord before 3",
        "close discord before tonight",
        "close discord before you share",
        "close discord before opening zoom",  # a second thing
        "close discord before I open steam",
        "don't close discord before I share",
        "should I close discord before I share?",
        "close discord before I share if it's open",
        "set a timer for 5 minutes before I share",  # a timer's time matters
        "shut down the computer before I change anything",
    ],
)
def test_before_what_may_schedule_the_command(text: str) -> None:
    assert _answer(text) is None
