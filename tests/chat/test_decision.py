"""The one-call decision: its schema comes from the catalog; its answer is checked against it."""

from __future__ import annotations

import json

import pytest

from milio.chat.contract.catalog import ACTIONS
from milio.chat.model.decision import decision_output, offered_actions, read_decision


def test_the_schema_offers_every_model_action_and_every_detail_field() -> None:
    schema = decision_output(False).schema
    offered = set(schema["properties"]["action"]["enum"]) - {None}
    assert offered == {a.full_code for a in ACTIONS.values() if a.chosen_by_model} - {"016"}
    assert "016" in decision_output(True).schema["properties"]["action"]["enum"]
    details = schema["properties"]["details"]["properties"]
    fields = {f.name for action in offered_actions(False) for f in action.fields}
    assert set(details) == fields
    assert details["seconds"]["type"] == ["integer", "null"]
    assert set(schema["properties"]["category"]["enum"]) == {"0", "1", "3", "4", "5", "6", "7", "A"}


def test_the_prompt_lists_what_the_schema_offers() -> None:
    from milio.chat.model.prompts import decision_prompt

    prompt = decision_prompt(offered_actions(False))
    for action in offered_actions(False):
        assert f"{action.full_code}: {action.description}" in prompt
    assert "016" not in prompt


def test_both_routing_prompts_put_a_person_in_distress_before_the_command() -> None:
    # The fast path leaves such messages to the model; the model must not just run the command.
    from milio.chat.contract.catalog import model_categories
    from milio.chat.model.prompts import category_prompt, decision_prompt

    for prompt in (
        decision_prompt(offered_actions(False)),
        category_prompt(model_categories()),
    ):
        assert "harming themselves" in prompt
        assert "choose 7" in prompt


@pytest.mark.parametrize(
    ("answer", "category", "action"),
    [
        ({"category": "0", "action": "001", "details": {"name": "x"}}, "0", "001"),
        ({"category": "0", "action": "01"}, "0", "001"),
        ({"action": "107"}, "1", "107"),
        ({"category": "1", "action": None}, "1", None),
        ({"category": "0", "action": "00"}, "0", None),
        ({"category": "discussion", "answer": "Hi"}, "7", None),
    ],
)
def test_decisions_are_read(answer: dict[str, object], category: str, action: str | None) -> None:
    decision = read_decision(json.dumps(answer), with_pdf=False)
    assert decision is not None
    assert decision.category == category
    assert (decision.action.full_code if decision.action else None) == action


@pytest.mark.parametrize(
    "answer",
    [
        "no object here",
        '{"answer": "Hi"}',  # no category
        '{"category": "9"}',
        '{"category": "4", "action": "001"}',
        '{"category": "0", "action": "019"}',
        '{"category": "0", "action": "016"}',  # no PDF came with the request
        '{"category": "1", "action": "001"}',
    ],
)
def test_decisions_outside_the_catalog_are_refused(answer: str) -> None:
    assert read_decision(answer, with_pdf=False) is None
