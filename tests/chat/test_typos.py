"""Slips in the words around a request: read as the word meant, only where nothing else could be."""

from __future__ import annotations

import pytest

from milio.chat.contract.catalog import template_words
from milio.chat.understanding import typos
from milio.chat.understanding.applications import APPLICATIONS, _distance
from milio.chat.understanding.typos import framing_word, opening_word
from milio.chat.understanding.utterance import Token


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("plese", "please"),  # a letter dropped
        ("pleasse", "please"),  # one added
        ("pelase", "please"),  # two swapped
        ("plwase", "please"),  # one changed
        ("thnaks", "thanks"),
        ("thansk", "thanks"),  # thank with an "s" or thanks swapped: thanks, of its length
        ("woudl", "would"),
        ("coudl", "could"),
        ("mlio", "milio"),
        ("kindyl", "kindly"),
        ("helo", "hello"),
        ("jsut", "just"),
        ("alrigth", "alright"),
        ("yuo", "you"),  # three letters: two neighbours swapped
        ("cna", "can"),
        ("hye", "hey"),
        ("heyy", "hey"),  # three letters or fewer: a letter doubled
        ("uu", "u"),
        ("thxx", "thx"),
        ("okk", "ok"),
        ("pleez", "please"),  # spelt so on purpose, more than one edit away
        ("thankyou", "thanks"),
        ("youu", "you"),
    ],
)
def test_a_slip_of_a_framing_word_reads_as_the_word_meant(typed: str, meant: str) -> None:
    assert framing_word(typed) == meant


@pytest.mark.parametrize(
    "typed",
    [
        "pleas",  # a plea, more than once
        "cold",
        "wold",
        "tanks",
        "think",
        "must",
        "world",
        "jello",
        "hella",
        "kindle",  # an application too
        "ypu",  # three letters: no letter changed
        "cn",  # nor dropped
        "yooou",  # nor doubled twice
        "opne",  # a typo of the key word is no framing word
        "lauch",
        "clsoe",
        "ould",  # could or would?
        "aould",
        "quicky",  # quick or quickly?
    ],
)
def test_real_words_other_slips_and_ambiguous_ones_stay_as_typed(typed: str) -> None:
    assert framing_word(typed) == typed


@pytest.mark.parametrize(
    ("typed", "near"),
    [
        ("couldn", "couldnt"),  # one edit from "could" and from a negation
        ("wouldn", "wouldnt"),
        ("couldt", "couldnt"),
        ("cann", "cant"),  # a letter of "can" doubled, or "can't"?
        ("thenk", "then"),  # from "thank" and from a time
        ("howd", "how'd"),  # from "howdy" and from a question
        ("coule", "couple"),  # from "could" and from a number
        ("quik", "quit"),  # from "quick" and from a command word
        ("coud", "loud"),
        ("woud", "loud"),
        ("hii", "hit"),
        ("pkay", "play"),
    ],
)
def test_a_slip_one_edit_from_a_negation_a_condition_a_number_or_a_command_word_is_not_read(
    typed: str, near: str
) -> None:
    assert _distance(typed, near, 1) <= 1
    assert framing_word(typed) == typed


def test_a_real_word_opening_the_request_may_be_read_where_it_cannot_be_itself() -> None:
    assert opening_word("pleas") == "please"
    assert framing_word("pleas") == "pleas"  # at the end it may be pleas: "look up guilty pleas"
    assert opening_word("cold") == "cold"
    assert opening_word("plese") == "please"


def test_every_slip_is_one_edit_from_its_word_and_no_word_of_a_command() -> None:
    # _distance (the applications' reader) is written independently of the table.
    words = template_words()
    for slip, meant in typos._SLIPS.items():
        assert _distance(slip, meant, 1) == 1, slip
        assert slip not in words, slip
        assert slip not in APPLICATIONS, slip
        assert slip not in typos.REAL_WORDS, slip


def test_a_short_word_slips_only_by_a_letter_doubled_or_two_swapped() -> None:
    short = [
        (slip, meant)
        for slip, meant in typos._SLIPS.items()
        if len(meant) < typos.MIN_LETTERS_FOR_ANY_EDIT
    ]
    assert short
    for slip, meant in short:
        doubled = len(slip) == len(meant) + 1 and any(
            slip[: at + 1] + slip[at + 2 :] == meant and slip[at] == slip[at + 1]
            for at in range(len(meant))
        )
        swapped = len(slip) == len(meant) == 3 and sorted(slip) == sorted(meant)
        assert doubled or swapped, slip


def test_a_word_the_lists_hold_is_read_as_itself() -> None:
    # "thanx" is one letter from "thank", "mileo" from "milio": each is listed as it is.
    for word in ("thanx", "mileo", "melio", "millio", "pwease", "pleasey", "aiya"):
        assert framing_word(word) != word, word  # a slip to the table,
        token = Token(word, 0, len(word))
        assert token.framing == word  # but not to the peeling
        assert token.opening == word
