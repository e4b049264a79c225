from __future__ import annotations

import pytest

from milio.chat.contract.catalog import action_names, actions_in, category_names
from milio.chat.model.reading import parse_choice, parse_details, parse_query

CATEGORIES = frozenset({"0", "1", "3", "4", "5", "6", "7", "A"})
ACTIONS = frozenset({"00", "01", "02", "17"})
SOFTWARE = actions_in("0", with_pdf=False)


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
        ("```\n01\n```", "01"),
        ("The user wants to open Discord, an application.\n\n01", "01"),
        ("Let me think. The request names an app.\nAnswer: 02", "02"),
        ("The answer is 17 because a duration is given", "17"),
    ],
)
def test_action_answers_are_read_robustly(text: str, expected: str) -> None:
    assert parse_choice(text, ACTIONS) == expected


@pytest.mark.parametrize(
    "text", ["", "99", "open app", "01 or 02", "I am not sure", "3", "\n\n", "0101", "; rm -rf ~"]
)
def test_answers_outside_the_set_are_refused(text: str) -> None:
    assert parse_choice(text, ACTIONS) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A", "A"),
        ("a", "A"),
        ("6", "6"),
        ("Category: 3", "3"),
        ("software", "0"),
        ("Hardware", "1"),
        ("web_search", "3"),
        ("The category is creative writing.", "5"),
        ("**discussion**", "7"),
    ],
)
def test_category_answers(text: str, expected: str) -> None:
    assert parse_choice(text, CATEGORIES, category_names()) == expected


def test_lowercase_a_is_not_category_a_inside_a_sentence() -> None:
    assert parse_choice("a software action", CATEGORIES) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("open_app", "01"), ("open app", "01"), ("Close an application", "02"), ("001", "01")],
)
def test_action_names_and_full_codes(text: str, expected: str) -> None:
    allowed = SOFTWARE.codes | {"00"}
    assert parse_choice(text, allowed, action_names(SOFTWARE), prefix="0") == expected


def test_a_full_code_of_another_category_is_not_read() -> None:
    assert parse_choice("101", SOFTWARE.codes | {"00"}, prefix="0") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"name": "discord"}', {"name": "discord"}),
        ('```json\n{"seconds": 120}\n```', {"seconds": 120}),
        ('Sure! {"name": "x", "ext": "pdf"} hope that helps', {"name": "x", "ext": "pdf"}),
        ('{"name": "x"} Note: {name} is the app the user named.', {"name": "x"}),
        ("{'name': 'x', 'playlist': None}", {"name": "x", "playlist": None}),
        ('{"name": "x",}', {"name": "x"}),
        ('{\n  // the application\n  "name": "x" /* as typed */\n}', {"name": "x"}),
        ('{"Name": "x", "EXT": "pdf"}', {"name": "x", "ext": "pdf"}),
        ('{"action": "open_app", "details": {"name": "x"}}', {"action": "open_app", "name": "x"}),
        ('{"seconds": "300 seconds"}', {"seconds": 300}),
        ('{"seconds": "5 minutes"}', {"seconds": 300}),
        ('{"seconds": "90"}', {"seconds": 90}),
        ('{"amount": "ten"}', {"amount": 10}),
        ('{"amount": "20%"}', {"amount": "20%"}),
        ('{"song": "yesterday", "playlist": "none"}', {"song": "yesterday", "playlist": None}),
        ('{"playlist": "null", "name": "N/A"}', {"playlist": None, "name": None}),
    ],
)
def test_details_json_is_found(text: str, expected: dict[str, object]) -> None:
    assert parse_details(text) == expected


@pytest.mark.parametrize("text", ["", "discord", "[1, 2]", "{not json}", "{" * 5000 + "}" * 5000])
def test_details_without_an_object_are_none(text: str) -> None:
    assert parse_details(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("weather Paris", "weather Paris"),
        ("Query: weather Paris", "weather Paris"),
        ("Search query: NBA results 28 March 2024", "NBA results 28 March 2024"),
        ("weather Paris\nThis query finds the forecast.", "weather Paris"),
        ("weather Paris - this will show the forecast", "weather Paris"),
        ('"weather Paris" (this searches for the forecast)', "weather Paris"),
        ("```\nbitcoin price\n```", "bitcoin price"),
        ("pizza places open this weekend", "pizza places open this weekend"),
    ],
)
def test_search_queries_are_read_without_labels_or_explanations(text: str, expected: str) -> None:
    assert parse_query(text) == expected
