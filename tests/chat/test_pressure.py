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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("so behind on revision, open anki", "001anki"),
        ("i've asked you like 5 times, open spotify", "001spotify"),
        ("for the third time, open spotify", "001spotify"),
        ("I might be wrong but close chrome", "002google chrome"),
        ("handover in 10, close spotify", "002spotify"),
        ("rounds in 5, pause the music", "013"),
        ("sorry sorry im running late, open teams", "001microsoft teams"),
        ("short staffed again, close outlook", "002microsoft outlook"),
        ("probably a dumb question but can you open zoom", "001zoom"),
        ("per our sync, open excel", "001microsoft excel"),
        ("sorry if this is a bother, pause the music", "013"),
        ("last minute cramming, close discord", "002discord"),
    ],
)
def test_a_feeling_or_a_situation_said_beside_the_request(text: str, expected: str) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "so behind on revision, don't open spotify",
        "i've asked you 5 times, did you open spotify?",
        "I might be wrong but spotify is open",
        "handover in 10, close spotify after it",
        "after handover open spotify",
        "handover in 10, in 10 minutes close slack",
        "for the third time, I opened spotify",
        "sorry running late, open zoom in 5 minutes",
        "short staffed again, if it's quiet open spotify",
        "probably a dumb question but how do I open spotify",
        "probably a dumb question but open zoom and close slack",
        "last minute cramming, my friend closed discord",
    ],
)
def test_the_same_beside_what_is_no_request_for_now(text: str) -> None:
    assert _answer(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "i can't do this anymore, set a timer for 25 minutes",
        "I cant take it anymore. close chrome",
        "whats the point anymore, shut down",
        "exam tomorrow and i want to end it all, close chrome",
    ],
)
def test_despair_beside_a_command_goes_to_the_model(text: str) -> None:
    assert _answer(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15 min timer so i don't fall asleep", "017900"),
        ("set a 20 minute timer so I dont miss my bus", "0171200"),
        ("close discord so i don't get distracted", "002discord"),
        ("set a timer for an hour to study for my exam", "0173600"),
        ("set a timer for 20 minutes to rest my eyes", "0171200"),
    ],
)
def test_what_the_request_is_for_said_after_it(text: str, expected: str) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "don't close discord so i don't get distracted",
        "close discord so i don't get distracted and open spotify",
        "close discord so i don't open it again",
        "set a timer to study",
        "set a timer for 1 hour to study and open anki",
        "after the exam set a timer for 1 hour to study",
        "set a timer for 1 hour to study at 5",
        "if i finish early set a timer for 20 minutes to rest",
    ],
)
def test_what_it_is_for_beside_no_request_for_now(text: str) -> None:
    assert _answer(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pomodoro 25", "0171500"),
        ("ok focus. pomodoro 25.", "0171500"),
        ("start pomodoro 50 pls", "0173000"),
        ("nap 20 min timer", "0171200"),
        ("timer 50 min study block", "0173000"),
        ("timer 15 min meds", "017900"),
    ],
)
def test_a_pomodoro_number_and_a_purpose_beside_the_duration(text: str, expected: str) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "pomodoro 4",  # the fourth one, maybe
        "pomodoro 25 done",
        "that was pomodoro 25",
        "after lunch start pomodoro 25",
        "my nap 20 min timer is done",
        "nap 20 min timer and open spotify",
        "the nap 20 min timer",
    ],
)
def test_a_pomodoro_number_or_a_purpose_in_no_request_for_now(text: str) -> None:
    assert _answer(text) is None
