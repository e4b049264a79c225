"""The labelled dataset and what the fast path does on it (figures: `make eval`).

`tests/data/dev.jsonl` is what the templates were tuned on; `tests/data/test.jsonl`
was written apart from the code and is never tuned on (see tests/data/README.md).
"""

from __future__ import annotations

import pytest

from milio.chat.contract.catalog import ACTIONS, CATEGORIES
from milio.chat.contract.system_message import is_valid_system_message
from scripts.eval import FastPathReport, evaluate_fast_path, load_split

SPLITS = {name: load_split(name) for name in ("dev", "test")}
KEYS = {"text", "expected", "match", "kind", "style"}


@pytest.fixture(scope="module")
def reports() -> dict[str, FastPathReport]:
    return {name: evaluate_fast_path(rows) for name, rows in SPLITS.items()}


def test_the_dataset_has_both_splits_and_enough_sentences() -> None:
    assert sum(len(rows) for rows in SPLITS.values()) >= 1500
    texts = [row["text"].casefold() for rows in SPLITS.values() for row in rows]
    assert len(texts) == len(set(texts))  # no sentence in both splits, nor twice in one


@pytest.mark.parametrize("split", SPLITS)
def test_every_row_follows_the_schema(split: str) -> None:
    for row in SPLITS[split]:
        assert KEYS <= set(row) <= KEYS | {"also"}, row
        assert row["match"] in ("exact", "action", "category"), row
        assert row["kind"] in ("command", "trap", "other"), row
        for answer in [row["expected"], *row.get("also", [])]:
            if row["match"] == "exact":
                assert is_valid_system_message(answer), row
            elif row["match"] == "action" and answer[:1] in "01":
                assert answer[:3] in ACTIONS, row
            else:
                assert answer[:1] in CATEGORIES, row


def test_every_action_is_labelled_in_the_dev_set() -> None:
    labelled = {row["expected"][:3] for row in SPLITS["dev"] if row["match"] != "category"}
    assert set(ACTIONS) - labelled <= {"100"}


def test_the_fast_path_is_always_right_on_the_dev_set(reports: dict[str, FastPathReport]) -> None:
    report = reports["dev"]
    assert report.traps_answered == []
    assert report.wrong == []
    assert report.covered >= 0.95 * report.commands


# Counts only: the held-out sentences are never shown by a failing test (`make eval` lists them).
def test_on_the_held_out_set_no_trap_is_answered_with_an_action(
    reports: dict[str, FastPathReport],
) -> None:
    assert len(reports["test"].traps_answered) == 0, "see make eval"


def test_on_the_held_out_set_precision_comes_first_then_coverage(
    reports: dict[str, FastPathReport],
) -> None:
    report = reports["test"]
    right, answered, covered, commands = (
        report.right,
        report.answered,
        report.covered,
        report.commands,
    )
    assert right >= 0.99 * answered, "see make eval"
    assert covered >= 0.85 * commands, "see make eval"


# Actions whose payload holds names the user typed (files, folders, songs).
USER_NAMED = {"003", "004", "005", "006", "007", "008", "009", "010", "012"}


@pytest.mark.parametrize("split", SPLITS)
def test_no_name_the_user_typed_is_ever_altered(split: str) -> None:
    from milio.chat.understanding import matcher

    altered = 0
    for row in SPLITS[split]:
        found = matcher.match(row["text"])
        if found is None or found.action.full_code not in USER_NAMED:
            continue
        names = [value for key, value in found.details.items() if key != "ext" and value]
        altered += sum(name not in row["text"] for name in names)
    assert altered == 0
