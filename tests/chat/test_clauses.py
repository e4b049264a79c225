"""Clauses of a message: where they are, and which of them are plainly not commands."""

from __future__ import annotations

import pytest

from milio.chat.understanding.clauses import Aside, aside_kind, clauses_of, unwrapped


def _no_names(words: str) -> bool:
    return words == "firefox"


def test_clauses_are_the_messages_own_characters_at_their_places() -> None:
    text = "hey milio, **open discord** — I have a meeting. Thanks!"
    clauses = clauses_of(text)
    assert [c.text for c in clauses] == ["hey milio", "open discord", "I have a meeting", "Thanks!"]
    assert all(text[c.start : c.end] == c.text for c in clauses)


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("open battle.net", ["open battle.net"]),  # a dot inside a word ends nothing
        ("go to https://example.com/a", ["go to https://example.com/a"]),
        ("close chrome because it froze", ["close chrome", "because it froze"]),
        ("open android studio", ["open android studio"]),  # "and" only as a word
        ("open discord and spotify", ["open discord", "and spotify"]),
    ],
)
def test_a_message_is_cut_at_punctuation_and_joining_words(text: str, pieces: list[str]) -> None:
    assert [c.text for c in clauses_of(text)] == pieces


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        ('"open discord"', "open discord"),
        ("**_open discord_**", "open discord"),
        ("“restart my computer”", "restart my computer"),
        ('open "discord"', 'open "discord"'),  # the quotes belong to the name
        ('"open" "discord"', '"open" "discord"'),
        ("**", "**"),
    ],
)
def test_only_wrappers_around_everything_are_peeled(text: str, inner: str) -> None:
    start, end = unwrapped(text)
    assert text[start:end] == inner


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("thanks!", Aside.SIGN_OFF),
        ("milio", Aside.SIGN_OFF),
        ("hey milio", Aside.SOCIAL),
        ("so yeah", Aside.SOCIAL),
        ("u there", Aside.SOCIAL),
        ("I have a meeting", Aside.COMMENT),
        ("because it keeps crashing", Aside.COMMENT),
        ("the call is over", Aside.COMMENT),
        ("and spotify", None),  # a bare name: the rest of a second command
        ("firefox is broken", None),  # names an application
        ("then close it", None),
        ("no wait", None),
        ("not firefox", None),
        ("in 5 minutes", None),
        ("I think", None),
        ("is that a good idea?", None),
        ("the error says", None),
        ("Pepper", None),  # a fragment, not a statement
    ],
)
def test_asides_are_told_apart_from_what_may_be_a_command(text: str, kind: Aside | None) -> None:
    assert aside_kind(text, _no_names) is kind


def test_a_command_on_its_own_line_in_a_code_block_is_a_clause() -> None:
    text = "```\nopen discord\n```"
    start, end = unwrapped(text)
    assert text[start:end] == "open discord"
    assert [c.text for c in clauses_of("hi milio\nopen discord\nthanks")] == [
        "hi milio",
        "open discord",
        "thanks",
    ]
