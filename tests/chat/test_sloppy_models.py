"""A model that answers in every sloppy way still gets the right code, with no retry."""

from __future__ import annotations

import pytest

from milio.chat.pipeline import run_chat
from tests.chat.conftest import MODEL_ONLY, ONE_CALL, ScriptedCompleter

OPEN_DISCORD = {"category": "0", "action": "01", "details": '{"name": "discord"}'}


@pytest.mark.parametrize(
    ("step", "answer"),
    [
        ("category", "```\n0\n```"),
        ("category", "The user wants to open an application, which is software.\n\n0"),
        ("category", "software"),
        ("category", "Category: Software"),
        ("action", "```\n01\n```"),
        ("action", "They name an app to start, so the action is 01."),
        ("action", "open app"),
        ("action", "open_app"),
        ("action", "001"),
        ("details", '```json\n{"name": "discord"}\n```'),
        ("details", 'Here you go: {"name": "discord"}. Note that {name} is the app.'),
        ("details", "{'name': 'discord'}"),
        ("details", '{"name": "discord",}'),
        ("details", '{\n  // the app to open\n  "name": "discord"\n}'),
        ("details", '{"Name": "discord"}'),
        ("details", '{"details": {"name": "discord"}}'),
        ("details", '{"action": "open_app", "parameters": {"Name": "discord"}}'),
    ],
)
def test_each_sloppy_step_answer_gives_the_right_code(step: str, answer: str) -> None:
    completer = ScriptedCompleter(OPEN_DISCORD | {step: answer})
    result = run_chat("could you bring up my chat app", completer, MODEL_ONLY)
    assert result.system_message == "001discord"
    assert result.model_calls == 3  # no retry
    assert result.log_records == ()


@pytest.mark.parametrize(
    ("scripts", "expected"),
    [
        ({"category": "0", "action": "17", "details": '{"seconds": "300 seconds"}'}, "017300"),
        ({"category": "0", "action": "17", "details": "{'seconds': '5 min'}"}, "017300"),
        ({"category": "1", "action": "01", "details": '{"amount": "20 percent"}'}, "101%20"),
        ({"category": "1", "action": "02", "details": '{"amount": "ten"}'}, "10210"),
        (
            {
                "category": "0",
                "action": "12",
                "details": '{"song": "Yesterday", "playlist": "none"}',
            },
            "012Yesterday|",
        ),
        (
            {"category": "0", "action": "12", "details": '{"song": "Yesterday", "playlist": null}'},
            "012Yesterday|",
        ),
        ({"category": "a"}, "A"),
        ({"category": "web search", "search_query": "Query: weather Paris"}, "3weather Paris"),
        (
            {"category": "3", "search_query": "weather Paris\nThis finds today's forecast."},
            "3weather Paris",
        ),
        (
            {"category": "3", "search_query": "weather Paris - this shows the forecast"},
            "3weather Paris",
        ),
        ({"category": "hardware", "action": "restart"}, "107"),
        ({"category": "1", "action": "107"}, "107"),
    ],
)
def test_sloppy_details_queries_and_names(scripts: dict[str, str], expected: str) -> None:
    completer = ScriptedCompleter(dict(scripts))
    result = run_chat("please do the thing I said", completer, MODEL_ONLY)
    assert result.system_message == expected
    assert result.log_records == ()


@pytest.mark.parametrize(
    "answer",
    [
        '```json\n{"category": "0", "action": "001", "details": {"name": "discord"}}\n```',
        'Sure! {"category": "0", "action": "001", "details": {"name": "discord"}} ({it} helps)',
        "{'category': '0', 'action': '001', 'details': {'name': 'discord'}, 'answer': None}",
        '{"Category": "software", "Action": "open_app", "Details": {"Name": "discord"},}',
        '{"category": "0", "action": "01", "name": "discord", "search_query": "null"}',
        '{\n  "category": "0", // software\n  "action": "open app",\n'
        '  "details": {"name": "discord"}\n}',
        '{"action": "001", "parameters": {"name": "discord"}}',
    ],
)
def test_a_sloppy_structured_decision_is_read_in_one_call(answer: str) -> None:
    completer = ScriptedCompleter({"decision": answer})
    result = run_chat("could you bring up my chat app", completer, ONE_CALL)
    assert (result.system_message, result.model_calls) == ("001discord", 1)
    assert result.log_records == ()


def test_a_sloppy_structured_timer_reads_the_units() -> None:
    completer = ScriptedCompleter(
        {"decision": '{"category": "0", "action": "017", "details": {"seconds": "5 minutes"}}'}
    )
    assert run_chat("a timer for the pasta, 5 min", completer, ONE_CALL).system_message == "017300"
