"""The labelled dataset and what the fast path does on it (figures: `make eval`).

`tests/data/dev.jsonl` is what the templates were tuned on; `tests/data/test.jsonl`
was written apart from the code and is never tuned on; `tests/data/blind.jsonl`, when
present, was written by someone who never read the code, and is never tuned on nor shown
(see tests/data/README.md).
"""

from __future__ import annotations

import pytest

from milio.chat.contract.catalog import ACTIONS, CATEGORIES
from milio.chat.contract.system_message import is_valid_system_message
from scripts.eval import FastPathReport, available_splits, evaluate_fast_path, load_split

SPLITS = {name: load_split(name) for name in available_splits()}
HELD_OUT = [name for name in ("test", "blind") if name in SPLITS]
# Written blind after a fast path was built: counted, never tuned on; held to the pooled
# precision bound (a trap answered is a wrong action), not yet to a coverage bound.
NEXT_ROUND = [name for name in ("blind2", "blind3", "blind4") if name in SPLITS]
# Written blind for the round under way and measured on arrival (blind5: 101 right of 104
# answers and 1 trap answered of 180, precision 0.962 counting the trap; 137 of 140 and the
# same trap, 0.972, after its round; 139 of 143 and the same trap, 0.965, after the next,
# the new wrong answer an application answered as its site): counted, checked for its
# schema, overlap and names,
# and held to the precision bound once a round reaches it.
ARRIVED = [name for name in ("blind5",) if name in SPLITS]
BLIND = [name for name in ("blind", *NEXT_ROUND) if name in SPLITS]
KEYS = {"text", "expected", "match", "kind", "style"}


# Every assert below compares plain numbers taken out of a report first: on a failure
# pytest shows the values of what an assert reads, and a report holds sentences.
@pytest.fixture(scope="module")
def reports() -> dict[str, FastPathReport]:
    return {name: evaluate_fast_path(rows) for name, rows in SPLITS.items()}


def test_the_dataset_has_both_splits_and_enough_sentences() -> None:
    assert {"dev", "test"} <= set(SPLITS)
    assert sum(len(rows) for rows in SPLITS.values()) >= 1500
    texts = {name: [row["text"].casefold() for row in rows] for name, rows in SPLITS.items()}
    # Counts only, computed before the asserts: pytest would show the lists it compares,
    # and a held-out split's sentences are never shown.
    for name in SPLITS:
        said_twice = len(texts[name]) - len(set(texts[name]))
        assert said_twice == 0, f"{name}: sentences said twice"
    tuned_on = set(texts["dev"])
    # Nothing held out is tuned on (held-out splits may share one).
    for name in HELD_OUT + NEXT_ROUND + ARRIVED:
        shared = len(tuned_on.intersection(texts[name]))
        assert shared == 0, f"{name}: sentences also in dev"


def _schema_problems(row: dict[str, object]) -> list[str]:
    """What is wrong with a row, named by the check (never by its sentence or label)."""
    problems = []
    if not KEYS <= set(row) <= KEYS | {"also"}:
        problems.append("keys")
    if row.get("match") not in ("exact", "action", "category"):
        problems.append("match")
    if row.get("kind") not in ("command", "trap", "other"):
        problems.append("kind")
    answers = [row.get("expected"), *row.get("also", [])]  # type: ignore[misc]
    for answer in answers:
        if not isinstance(answer, str) or not answer:
            problems.append("answer is no text")
        elif row.get("match") == "exact" and not is_valid_system_message(answer):
            problems.append("exact answer outside the protocol")
        elif row.get("match") == "action" and answer[:1] in "01" and answer[:3] not in ACTIONS:
            problems.append("unknown action")
        elif row.get("match") != "exact" and answer[:1] not in CATEGORIES:
            problems.append("unknown category")
    return problems


@pytest.mark.parametrize("split", SPLITS)
def test_every_row_follows_the_schema(split: str) -> None:
    # A faulty row is named by its line number and the check it fails: a held-out
    # split's sentences and labels are never shown.
    faults = [
        (number, problem)
        for number, row in enumerate(SPLITS[split], start=1)
        for problem in _schema_problems(row)
    ]
    assert faults == [], f"{split}.jsonl"


def test_every_action_is_labelled_in_the_dev_set() -> None:
    labelled = {row["expected"][:3] for row in SPLITS["dev"] if row["match"] != "category"}
    assert set(ACTIONS) - labelled <= {"100"}


def test_the_fast_path_is_always_right_on_the_dev_set(reports: dict[str, FastPathReport]) -> None:
    report = reports["dev"]
    assert report.traps_answered == []
    assert report.wrong == []
    # 0.93: rows written apart from the code arrive far below the rest (399 of the fifth
    # round at 0.21, 400 of the eighth at 0.58, 0.69 after it: dev went from 0.951 to
    # 0.936); the bound rises as they are read, and never above what dev shows.
    assert report.covered >= 0.93 * report.commands


# Counts only: the held-out sentences are never shown by a failing test (`make eval` lists
# those of the test split; the blind split's are never listed).
def test_on_the_held_out_test_set_no_trap_is_answered_with_an_action(
    reports: dict[str, FastPathReport],
) -> None:
    traps_answered = len(reports["test"].traps_answered)
    assert traps_answered == 0, "see make eval"


@pytest.mark.parametrize("split", BLIND)
def test_on_the_blind_sets_pooled_precision_holds(
    reports: dict[str, FastPathReport], split: str
) -> None:
    """The blind splits are never read nor tuned on, so a miss there is not fixed sentence
    by sentence: the bound is the issue's pooled precision, a trap answered counting as a
    wrong action (at the last measure: blind 300 right of 300 answers and 1 trap answered
    of 160; blind2 147 of 147 and 0 of 144; blind3 181 of 181 and 0 of 162; blind4, measured
    once on arrival, 204 of 205 and 1 of 200)."""
    report = reports[split]
    right, actions = report.right, report.answered + len(report.traps_answered)
    assert right >= 0.99 * actions, "see make eval"


@pytest.mark.parametrize("split", HELD_OUT)
def test_on_the_held_out_sets_precision_comes_first(
    reports: dict[str, FastPathReport], split: str
) -> None:
    right, answered = reports[split].right, reports[split].answered
    assert right >= 0.99 * answered, "see make eval"


def test_on_the_held_out_set_coverage_follows(
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
    assert covered >= 0.90 * commands, "see make eval"


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
    assert altered == 0, "see make eval"
