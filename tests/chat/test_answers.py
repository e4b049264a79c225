from __future__ import annotations

import pytest

from milio.chat.answers import parse_choice, parse_details

CATEGORIES = frozenset({"0", "1", "3", "4", "5", "6", "7", "A"})
ACTIONS = frozenset({"00", "01", "02", "17"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("01", "01"),
        ("  01\n", "01"),
        ("'01'", "01"),
        ('"17"', "17"),
        ("**02**", "02"),
        ("Answer: 01", "01"),
        ("Code = 17", "17"),
        ("01 - open app", "01"),
        ("01. The user wants to open an app", "01"),
        ("1", "01"),
        ("The action is 17.", "17"),
        ("`00`", "00"),
    ],
)
def test_action_answers_are_read_robustly(text: str, expected: str) -> None:
    assert parse_choice(text, ACTIONS) == expected


@pytest.mark.parametrize(
    "text", ["", "99", "open app", "01 or 02", "I am not sure", "3", "\n\n", "0101", "; rm -rf ~"]
)
def test_answers_outside_the_set_are_refused(text: str) -> None:
    assert parse_choice(text, ACTIONS) is None


@pytest.mark.parametrize(("text", "expected"), [("A", "A"), ("6", "6"), ("Category: 3", "3")])
def test_category_answers(text: str, expected: str) -> None:
    assert parse_choice(text, CATEGORIES) == expected


def test_lowercase_a_is_not_category_a() -> None:
    assert parse_choice("a software action", CATEGORIES) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"name": "discord"}', {"name": "discord"}),
        ('```json\n{"seconds": 120}\n```', {"seconds": 120}),
        ('Sure! {"name": "x", "ext": "pdf"} hope that helps', {"name": "x", "ext": "pdf"}),
    ],
)
def test_details_json_is_found(text: str, expected: dict[str, object]) -> None:
    assert parse_details(text) == expected


@pytest.mark.parametrize("text", ["", "discord", "[1, 2]", "{not json}", "{" * 5000 + "}" * 5000])
def test_details_without_an_object_are_none(text: str) -> None:
    assert parse_details(text) is None
