from __future__ import annotations

import json
from pathlib import Path

import pytest
from hassil import sample_intents

from milio.chat import fastpath
from milio.chat.catalog import ACTIONS, CATEGORIES, build_payload
from milio.chat.protocol import is_valid_system_message
from milio.chat.request import parse_request
from milio.chat.vocabulary import KNOWN_APPS, KNOWN_SITES

DATASET = Path(__file__).parent.parent / "data" / "chat_dataset.jsonl"
ROWS = [json.loads(line) for line in DATASET.read_text().splitlines() if line.strip()]


def _is_right(row: dict[str, str], got: str) -> bool:
    if row["match"] == "exact":
        return got == row["expected"]
    return got.startswith(row["expected"])


def test_catalog_has_every_code_of_the_contract() -> None:
    software = {f"0{n:02d}" for n in range(1, 19)}
    hardware = {f"1{n:02d}" for n in range(8)}
    assert set(ACTIONS) == software | hardware
    assert set(CATEGORIES) == {"0", "1", "3", "4", "5", "6", "7", "A", "B"}


def test_every_action_is_labelled_in_the_dataset() -> None:
    labelled = {row["expected"][:3] for row in ROWS if row["match"] != "category"}
    missing = set(ACTIONS) - labelled - {"016"} - {"100"}
    assert not missing
    assert any(row["expected"] == "100" for row in ROWS)
    assert len(ROWS) >= 300


def test_names_have_one_meaning_and_sites_are_valid_urls() -> None:
    assert not set(KNOWN_APPS) & set(KNOWN_SITES)
    for url in KNOWN_SITES.values():
        assert is_valid_system_message("014" + url), url
    for name in KNOWN_APPS.values():
        assert is_valid_system_message("001" + name), name


def test_fast_path_is_always_right_when_it_answers_on_the_dataset() -> None:
    answered = 0
    for row in ROWS:
        found = fastpath.match(parse_request(row["text"]).latest)
        if found is not None:
            answered += 1
            assert _is_right(row, found.system_message), (row, found.system_message)
    assert answered >= len(ROWS) // 2


def test_every_action_with_templates_is_reached_by_the_dataset() -> None:
    reached = set()
    for row in ROWS:
        found = fastpath.match(parse_request(row["text"]).latest)
        if found is not None:
            reached.add(found.action.full_code)
    assert reached == {code for code, action in ACTIONS.items() if action.templates}


def test_sentences_sampled_from_the_templates_never_reach_another_action() -> None:
    intents = fastpath.get_matcher().intents
    samples = list(sample_intents(intents, max_sentences_per_intent=150, expand_ranges=False))
    assert len(samples) > 300
    for intent_name, sentence in samples:
        found = fastpath.match(sentence)
        assert found is None or found.action.full_code == intent_name, (sentence, found)


@pytest.mark.parametrize(
    "text",
    [
        "open discord and delete my files",
        "open discord; rm -rf ~",
        "create a folder named x; rm -rf ~",
        "create a folder called $(reboot)",
        "create a folder called ../../etc",
        "delete the folder called -rf",
        "create a folder called notes on my desktop",
        "set a timer for 0 minutes",
        "volume up 500",
        "open the door",
        "open " + "discord " * 40,
    ],
)
def test_fast_path_leaves_doubtful_requests_to_the_model(text: str) -> None:
    assert fastpath.match(text) is None


def test_build_payload_sends_missing_detail_when_any_detail_fails() -> None:
    rename = ACTIONS["006"]
    assert build_payload(rename, {"old": "a", "ext": "txt", "new": "b"}) == (
        "a|txt|b",
        {"old": "a", "ext": "txt", "new": "b"},
    )
    assert build_payload(rename, {"old": "a", "ext": "txt", "new": "b|c"}) == ("0", {})
    assert build_payload(rename, {"old": "a", "ext": "txt"}) == ("0", {})
