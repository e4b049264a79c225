"""Learners' English: the shapes other languages give a request, answered locally; their
negated, past, later and doubled forms left to the model."""

from __future__ import annotations

import pytest

from milio.chat.understanding import matcher
from milio.chat.understanding.applications import is_plain_name
from milio.chat.understanding.durations import parse_duration


def _answer(text: str) -> str | None:
    found = matcher.match(text)
    return None if found is None else found.system_message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Names in any script come back exactly as typed, vowel signs and all.
        ("create folder with name मेरे दस्तावेज़", "008मेरे दस्तावेज़"),
        ("create folder named مُشَارِيع", "008مُشَارِيع"),
        ("create a folder under the name Проекты", "008Проекты"),
        ("create folder under name 项目", "008项目"),
        ("create folder with title Работа", "008Работа"),
        ("increase the volume with 10", "10110"),
        ("decrease volume with 20 percent", "102%20"),
        ("put the song Despacito", "012Despacito|"),
        ("turn on the song Bohemian Rhapsody", "012Bohemian Rhapsody|"),
        ("the music stop please", "013"),
        ("set timer for one hour and half", "0175400"),
        ("put timer on a quarter of hour", "017900"),
        ("is possible open zoom?", "001zoom"),
        ("you can to open spotify?", "001spotify"),
        ("I ask you open discord", "001discord"),
        ("turn on please the spotify", "001spotify"),
        ("rename folder Проекты to new name Работа", "009Проекты|Работа"),
        ("create on desktop folder with name Проекты", "008Проекты"),
        ("open narrator", "001narrator"),
    ],
)
def test_learners_shapes_are_answered(text: str, expected: str) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A mode or a state is no song.
        "put on pause",
        "put on sleep",
        "put on mute",
        "put on the sleep mode",
        "put on repeat Despacito",
        "play song of Adele",
        "turn on the song lyrics",
        # Negated, past, later, doubled, asked.
        "don't put the song Despacito",
        "I put the song Despacito yesterday",
        "put the song Despacito tomorrow",
        "the music stopped",
        "the music stop?",
        "not increase the volume with 10",
        "increase the volume with the slider",
        "I created folder with name Проекты",
        "create folder with title Проекты tomorrow",
        "is possible not open zoom?",
        "is possible open zoom tomorrow?",
        "you can to open spotify and close chrome?",
        "you can open spotify?",
        "I ask you not open chrome",
        "I asked you to open chrome",
        "no need open zoom",
        "I opened yesterday the folder",
        # The word "name" is no part of the name said after it.
        "create a folder, its name Проекты",
        "rename folder X to new name",
    ],
)
def test_near_misses_go_to_the_model(text: str) -> None:
    assert _answer(text) is None


def test_script_marks_are_part_of_a_name_but_shared_marks_are_not() -> None:
    assert is_plain_name("दस्तावेज़")
    assert is_plain_name("مُشَارِيع")
    assert not is_plain_name("a\u0338b")  # a slash laid over a letter


def test_a_letter_nfc_takes_apart_does_not_break_the_match() -> None:
    # "ज़" typed as one character (U+095B): NFC makes it two, moving every offset after it.
    assert _answer("create folder with name दस्तावे\u095b") is None
    assert _answer("open \u095b chrome") is None


@pytest.mark.parametrize(
    ("said", "seconds"),
    [("one hour and half", 5400), ("a quarter of hour", 900), ("half of hour", 1800)],
)
def test_durations_said_without_an_article(said: str, seconds: int) -> None:
    assert parse_duration(said) == seconds
