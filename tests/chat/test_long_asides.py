"""Asides of a long message read by their grammar (issue 21): a clause under the user's own
verb after "I want to" ("see if it rains"), a noun after a possessive ("my pull request"),
a comparison a statement tells ("louder than the show"), a story opened with "last time",
what someone said going on with "and that"; beside each, the near misses for the model."""

from __future__ import annotations

import pytest

from milio.chat.understanding import matcher


def _answer(text: str) -> str | None:
    found = matcher.match(text)
    return None if found is None else found.system_message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("go to bbc.co.uk, I want to find out if the trains are running", "014https://bbc.co.uk/"),
        ("take a picture with the webcam, I want to see if the new lamp helps", "103"),
        ("record a video, we need to see how it looks before the party", "104"),
        (
            "open github.com, I want to check whether my pull request got merged",
            "014https://github.com/",
        ),
        ("turn the volume down by 10, the trailer is way louder than the film", "10210"),
        ("restart the computer, last time the screen froze for an hour", "107"),
        (
            "My boss said the demo moved and that the client is already waiting. Open zoom.",
            "001zoom",
        ),
    ],
)
def test_the_aside_is_read_by_its_grammar(text: str, expected: str) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "take a screenshot, I want to see if you can also open discord",  # a second request
        "take a picture with the webcam, I want to delete it afterwards",  # the assistant's verb
        "record a video with the webcam, I want to check if the light is ok first",  # order
        "open spotify, I want to see if it works in 5 minutes",  # a time
        "I want to see if it rains, and if it does open the weather app",  # a condition
        "I wanted to check whether my pull request got merged, so I opened github.com",  # past
        "open spotify, I want it louder than the podcast",  # a wish
        "turn the volume down by 10 if the trailer is louder than the film",  # a condition
        "last time you shut down the computer I lost my work",  # a report of the past
        "My boss said the demo moved and that I should open zoom.",  # a command reported
        "My boss said the demo moved and that we need to close slack. Open zoom.",  # two
        "set a timer, I have 12 cookies in the oven",  # a number beside a timer: how long?
        "there are 3 people waiting, open 3 tabs of chrome",  # the command's number
        "I'm making coffee, which means you should play some jazz, open spotify",  # two
        "open spotify, which is better",  # after the command, "which" may ask
        "delete the folder Old, which has my taxes in it",  # after a name: of the name
        "I want to start recording, open obs",  # the assistant's verb after "start"
        "close discord, third time tomorrow",  # a day to come
        "third time today I asked you to close discord",  # a request reported
        "open spotify, I don't want to close it",  # the assistant's verb, denied
        "open discord, I don't want it running",  # the command's thing, refused
        "open discord, I don't want that to happen",  # "that" may be the command
        "turn the volume down, I don't want to wake the baby in 5 minutes",  # and a time
        "play dancing queen, don't judge me but also close discord",  # two
        "close chrome, that should fix it in 5 minutes",  # a time
        "close chrome, that should do it, then open firefox",  # two
    ],
)
def test_near_misses_go_to_the_model(text: str) -> None:
    assert _answer(text) is None
