"""The fast path: people's own phrasing answered locally; anything doubtful left to the model."""

from __future__ import annotations

import pytest

from milio.chat.understanding import matcher


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hey milio, could you please open Discord for me 🙏", "001discord"),
        ("OPEN SPOTIFY!!!", "001spotify"),
        ("can u pls launch vs code", "001visual studio code"),
        ("open the brave browser", "001brave browser"),
        ("open the app called linear", "001linear"),
        ("play league of legends", "001league of legends"),
        ("shut down spotify", "002spotify"),
        ("open battle.net", "001battle.net"),
        ("open netflix.com", "014https://netflix.com/"),
        ("go to www.bbc.co.uk", "014https://www.bbc.co.uk/"),
        ("open HTTPS://Example.com/Docs", "014https://example.com/Docs"),
        ("open youtube", "014https://www.youtube.com/"),
        ("set a timer for one and a half minutes", "01790"),
        ("a 25-minute timer", "0171500"),
        ("timer 1h30", "0175400"),
        ("countdown 10 mins", "017600"),
        ("set a timer", "0170"),
        ("volume up by twenty percent", "101%20"),
        ("turn it down a bit", "1020"),
        ("take a picture of my screen", "011"),
        ("snap a photo", "103"),
        ("start a webcam recording", "104"),
        ("pause spotify", "013"),
        ("power down", "106"),
        ("turn it off and on again", "107"),
        ("play blinding lights from the workout playlist", "012blinding lights|workout"),
    ],
)
def test_common_commands_in_peoples_own_words(text: str, expected: str) -> None:
    found = matcher.match(text)
    assert found is not None, text
    assert found.system_message == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("create a folder called .git", ".git"),
        ("delete the .git folder", ".git"),
        ("make a folder named iOS Builds", "iOS Builds"),
        ("create a folder named .env.local", ".env.local"),
        ("could you create a folder called Taxes for me", "Taxes"),
        ("create a folder called Recipes pls", "Recipes"),
        ("CREATE A FOLDER CALLED ARCHIVE", "ARCHIVE"),
    ],
)
def test_folder_names_are_kept_exactly_as_typed(text: str, name: str) -> None:
    found = matcher.match(text)
    assert found is not None
    assert found.payload == name


@pytest.mark.parametrize(
    "text",
    [
        # unsafe as typed: declined, never rewritten to fit
        "create a folder named x; rm -rf ~",
        "create a folder called $(reboot)",
        "create a folder called ../../etc",
        "delete the folder called -rf",
        "create a folder called rm -rf",
        "create folder C:",
        "create a folder named “Taxes”",
        "create a folder named ʺTaxesʺ",
        'open "discord"',
        "open https://example.com/?a=1&b=2",
        "open javascript:alert(1)",
        "open the app called calc.exe",
        # not a command to carry out now
        "don't open discord",
        "how do I open discord?",
        "I opened discord yesterday",
        "open discord in 5 minutes",
        "open discord if you can",
        "when I say go, start the stopwatch",
        "open discord and spotify",
        "opne discord",
        "open dicsord",
        "open the dicsord app",
        "open my music app",
        "open my photos",
        "play something relaxing",
        "record my screen",
        "set the volume to 50%",
        "set a timer for 0 minutes",
        "set a timer for -5 minutes",
        "volume up 500",
        "open the door",
        "open " + "discord " * 40,
    ],
)
def test_doubtful_requests_are_left_to_the_model(text: str) -> None:
    assert matcher.match(text) is None


def test_readings_that_differ_by_an_optional_word_are_one_reading() -> None:
    found = matcher.match("play yesterday from the beatles playlist")
    assert found is not None
    assert found.payload == "yesterday|beatles"


def test_the_matcher_is_built_once_and_timed() -> None:
    built = matcher.get_matcher()
    assert built is matcher.get_matcher()
    assert built.build_ms > 0
