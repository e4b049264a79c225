from __future__ import annotations

import pytest
from hassil import sample_intents
from hassil.intents import TextSlotList

from milio.chat.contract.catalog import (
    ACTIONS,
    CATEGORIES,
    SENTENCE_PARTS,
    build_payload,
    codes_of,
)
from milio.chat.contract.system_message import is_valid_system_message
from milio.chat.understanding import matcher
from milio.chat.understanding.applications import APPLICATIONS
from milio.chat.understanding.websites import KNOWN_SITES


def test_catalog_has_every_code_of_the_contract() -> None:
    software = {f"0{n:02d}" for n in range(1, 19)}
    hardware = {f"1{n:02d}" for n in range(8)}
    assert set(ACTIONS) == software | hardware
    assert set(CATEGORIES) == {"0", "1", "3", "4", "5", "6", "7", "A", "B"}


def test_actions_are_named_by_name_and_an_unknown_name_fails() -> None:
    assert codes_of("sleep", "shut_down", "restart") == {"105", "106", "107"}
    assert codes_of("open_url") == {"014"}
    with pytest.raises(KeyError):
        codes_of("shutdown")


def test_known_names_are_valid_payloads_and_have_one_meaning() -> None:
    assert len(set(APPLICATIONS.values())) >= 250
    for name in APPLICATIONS.values():
        assert is_valid_system_message("001" + name), name
        assert name == name.lower()
    for url in KNOWN_SITES.values():
        assert is_valid_system_message("014" + url), url
    # A name is an application or a website, never both.
    assert not set(APPLICATIONS) & set(KNOWN_SITES)


def test_every_template_slot_has_a_reader() -> None:
    templates = [t for action in ACTIONS.values() for t in action.templates]
    for template in (*templates, *SENTENCE_PARTS.values()):
        for list_name, _field in matcher._SLOT.findall(template):
            assert list_name in matcher.READERS or list_name in matcher.WORD_LISTS, template


def test_sentences_sampled_from_the_templates_never_reach_another_action() -> None:
    intents = matcher.get_matcher().intents
    samples = list(sample_intents(intents, max_sentences_per_intent=200, expand_ranges=False))
    assert len(samples) > 500
    for intent_name, sentence in samples:
        found = matcher.match(sentence)
        assert found is None or found.action.full_code == intent_name, (sentence, found)


# Words for each slot of the templates, to write out every sentence they stand for.
SLOT_WORDS = {
    "app": ["discord", "google chrome"],
    "the_app": ["spotify"],
    "app_by_name": ["netflix", "steam", "weather"],
    "named_app": ["linear"],
    "game": ["minecraft"],
    "site": ["youtube", "netflix.com"],
    "named_site": ["bbc.co.uk"],
    "typed_url": ["https://example.com/docs"],
    "file": ["report.pdf"],
    "file_name": ["notes"],
    "folder": ["Tax Stuff"],
    "bare_folder": ["Recipes"],
    "path": ["Recipes"],
    "folder_before_noun": ["Old Photos"],
    "song": ["bohemian rhapsody"],
    "playlist": ["workout"],
    "genre": ["jazz"],
    "duration": ["5 minutes", "1h30"],
    "amount": ["20", "10%"],
}


def test_every_sentence_the_templates_stand_for_is_answered_with_its_own_action() -> None:
    lists = {name: TextSlotList.from_strings(words) for name, words in SLOT_WORDS.items()}
    assert set(lists) == set(matcher.READERS)
    samples = list(
        sample_intents(
            matcher.get_matcher().intents,
            slot_lists=lists,
            max_sentences_per_intent=150,
            exclude_sentences_with_wildcards=False,
            expand_ranges=False,
        )
    )
    assert len(samples) > 2000
    found = [(intent, matcher.match(sentence)) for intent, sentence in samples]
    assert [(i, f.system_message) for i, f in found if f and f.action.full_code != i] == []
    assert sum(f is not None for _, f in found) == len(found)


def test_build_payload_sends_missing_detail_when_any_detail_fails() -> None:
    rename = ACTIONS["006"]
    assert build_payload(rename, {"old": "a", "ext": "txt", "new": "b"}) == (
        "a|txt|b",
        {"old": "a", "ext": "txt", "new": "b"},
    )
    assert build_payload(rename, {"old": "a", "ext": "txt", "new": "b|c"}) == ("0", {})
