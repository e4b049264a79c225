"""The one request inside a long message (issue 20): the point of the message set off
("long story short", "all I want is", "which is why"), a story that opens with where it
happened, a purpose asked with the request's question mark; and beside each, the
messages that must still go to the model."""

from __future__ import annotations

import pytest

from milio.chat.understanding import matcher


def _answer(text: str) -> str | None:
    found = matcher.match(text)
    return None if found is None else found.system_message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Long story short, my printer died and I need word open.", "001microsoft word"),
        ("long story short I need zoom open, my manager is calling", "001zoom"),
        ("All I want is spotify open. It has been a very long week.", "001spotify"),
        ("What I need is a timer for 20 minutes, the lasagne is in the oven.", "0171200"),
        ("Work has been mad.\nWhich is why I need you to open Outlook.", "001microsoft outlook"),
        ("I keep getting distracted. Hence, close discord.", "002discord"),
        ("Before I forget, take a screenshot.", "011"),
        ("So here's the situation. I'm cooking pasta. Set a timer for 12 minutes.", "017720"),
        ("At work today we had a fire drill. Open spotify please.", "001spotify"),
        ("Could you set a timer for 45 minutes so I remember to take a break?", "0172700"),
    ],
)
def test_the_request_in_a_long_message(text: str, expected: str) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "All I want is for spotify to stop crashing.",
        "What I need is not spotify open, it's discord.",
        "All I wanted was spotify open and it crashed again.",
        "What I need is zoom open when the meeting starts.",
        "What I need is zoom open tomorrow morning.",
        "All I need is a timer for 20 minutes and some quiet music.",
        "All I want is spotify open. And discord too.",
        "The thing is I closed zoom by accident.",
        "Which is why I don't want zoom open.",
        "Which is why my son asked me to open zoom.",
        "Hence I opened spotify this morning.",
        "Before I forget, don't open zoom tomorrow.",
        "Long story short, I need you to not open spotify.",
        "The thing is spotify keeps crashing, restart it.",
        "At work I opened spotify by mistake. Close it.",
        "At work today my boss told me to open excel.",
        "At home, open spotify.",
        "Can you open zoom so I can close it later?",
        "Could you open spotify so I can open discord?",
        "Did you open spotify so I could relax?",
    ],
)
def test_traps_beside_the_request_in_a_long_message(text: str) -> None:
    assert matcher.match(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Her kids were running around everywhere. Oh, open spotify by the way.", "001spotify"),
        ("The meeting was a disaster. Speaking of which, open word.", "001microsoft word"),
        ("Open outlook please, I'm expecting an important email.", "001microsoft outlook"),
        ("The power went out twice. Open netflix.", "014https://www.netflix.com/"),
    ],
)
def test_a_thing_told_of_in_the_context(text: str, expected: str) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I opened spotify by the way.",
        "Open spotify later by the way.",
        "The browser is really slow today. Restart.",  # the browser, or the computer?
        "My browser is really slow today. Restart it.",
        "There's a weird window on the screen. Close it.",
        "I can barely hear the video. Turn it up.",
        "I'm setting a timer. Open spotify.",  # may ask for one
        "I'm playing a video. Open spotify.",
        "My son wants the music off. Close spotify.",
        "I'm expecting an important email. Open outlook and spotify.",
        "The timer is going off. Set a timer for 5 minutes.",
        "Set a timer. The timer on my phone is broken.",
    ],
)
def test_traps_beside_a_thing_told_of(text: str) -> None:
    assert matcher.match(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Make a folder. Call it Projects.", "008Projects"),
        ("Create a new folder. Name it Tax 2024.", "008Tax 2024"),
        ("Hi Milio. Make a folder. It's called School Photos.", "008School Photos"),
        ("Can you open something for me. It's Discord.", "001discord"),
        ("Open an app for me. It's called Spotify. Thank you.", "001spotify"),
    ],
)
def test_a_name_given_in_the_next_sentence(text: str, expected: str) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Make a folder. Call it Projects. And another called Work.",
        "Make a folder. Don't call it Projects.",
        "Make a folder. Call it Projects or Work.",
        "Make a folder tomorrow. Call it Projects.",
        "Delete a folder. It's called Projects.",  # never from pieces
        "I made a folder. Call it Projects.",
        "Make a folder. Call it whatever you like.",
        "Open an app. It's not Discord.",
        "Open something. It's raining.",
        "Open zoom. It's Discord.",
        "Play a song. It's called Hello.",  # a title: the model's
    ],
)
def test_traps_beside_a_name_given_in_the_next_sentence(text: str) -> None:
    assert matcher.match(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My brother never answers his phone. Open WhatsApp please.", "001whatsapp"),
        ("The food was incredible too. Open instagram.", "014https://www.instagram.com/"),
        ("Hey Milio. Quick thing. Open discord. Thanks.", "001discord"),
    ],
)
def test_a_habit_or_a_state_told_in_the_context(text: str, expected: str) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Spotify never opens on time. Open it.",
        "My son never closes spotify. Close it.",
        "It never works. Restart.",
        "Spotify is open too. Close chrome.",
        "Open spotify. Discord too.",
        "The app is slow too. Restart.",
        "Quick thing. Open discord and slack.",
    ],
)
def test_traps_beside_a_habit_or_a_state_told(text: str) -> None:
    assert matcher.match(text) is None
