"""Requests made under pressure: students before exams, shift workers on a break, a
meeting about to start; timers named by what they are for (one list, one reading)."""

from __future__ import annotations

import pytest

from milio.chat.understanding import matcher, timer_purposes


def _answer(text: str) -> str | None:
    """The System message the fast path answers ``text`` with; ``None``: the model's."""
    found = matcher.match(text)
    return None if found is None else found.system_message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("revision timer 45 min", "0172700"),
        ("set a 50 minute study block timer", "0173000"),
        ("meds timer 4h", "01714400"),
        ("set a 10 min handover timer", "017600"),
        ("set a timer for my lunch break 30 minutes", "0171800"),
        ("set a timer for 6 hours for my next dose", "01721600"),
        ("set a meeting timer for 10 minutes", "017600"),
        ("a nap timer for 20 minutes", "0171200"),
    ],
)
def test_a_timer_named_by_what_it_is_for(text: str, expected: str) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "set a timer for my meds",  # how long is the model's to judge
        "set a timer for my exam in 2 hours",
        "set a timer for the meeting 10 minutes before",
        "set a timer for my shift at 7",
        "don't set a nap timer for 20 minutes",
        "should I set a meds timer for 4 hours?",
        "after my shift set a nap timer for 20 minutes",
        "she set a meds timer for 4 hours",
        "set a break timer for 15 minutes and open spotify",
        "in 10 minutes set a revision timer for 45 minutes",
        "set a timer for my lunch break 30 minutes ago",
        "my break timer 15 min left",
    ],
)
def test_a_timer_for_something_not_asked_for_now(text: str) -> None:
    assert _answer(text) is None


def test_no_template_holds_a_timers_purpose() -> None:
    # One list, read one way: a purpose said in a template too would be read twice.
    assert "timer_for" not in matcher.WORD_LISTS
    assert "meeting" not in timer_purposes.PURPOSES
