"""Measure the chat pipeline on the labelled dataset (``make eval``).

The splits of ``tests/data/``: ``dev.jsonl`` (the templates are tuned on it),
``test.jsonl`` (written apart from the code; never tuned on) and, when they are
there, ``blind.jsonl`` to ``blind5.jsonl`` (written by people who never read the
code, in styles the others under-represent; never tuned on, and their sentences
are never printed: counts only). For each split, action and style: how many commands the
fast path answers (coverage), how many of its answers are right (precision),
how many traps it answered with an action; for dev and test also every wrong
local answer and every trap answered. Then the model path with a scripted
model that answers like a perfect one: model calls per request, one-call
(structured output) and stepwise. Then the fast path's speed over every split.

    .venv/bin/python scripts/eval.py [--split dev|test|blind|blind2|blind3|blind4|blind5] [--missed]
"""

from __future__ import annotations

import argparse
import importlib
import json
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "layers" / "common"))

DATA = ROOT / "tests" / "data"
SPLITS = ("dev", "test", "blind", "blind2", "blind3", "blind4", "blind5")
# Splits whose sentences are never printed, only counted.
COUNTED_ONLY = frozenset({"blind", "blind2", "blind3", "blind4", "blind5"})
Row = dict[str, Any]


def available_splits() -> tuple[str, ...]:
    return tuple(name for name in SPLITS if (DATA / f"{name}.jsonl").exists())


def load_split(name: str) -> list[Row]:
    path = DATA / f"{name}.jsonl"
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def answers_of(row: Row) -> list[str]:
    return [row["expected"], *row.get("also", [])]


def is_right(row: Row, got: str) -> bool:
    """Right as the dataset schema defines it (``exact``, ``action`` or ``category``)."""
    width = {"exact": None, "action": 3, "category": 1}[row["match"]]
    return any(got[:width] == answer[:width] for answer in answers_of(row))


def label(row: Row) -> str:
    expected: str = row["expected"]
    return expected[:1] if row["match"] == "category" else expected[:3]


def is_action(message: str) -> bool:
    return message[:1] in ("0", "1")


@dataclass
class ActionFigures:
    commands: int = 0
    covered: int = 0  # commands answered locally and right
    answered: int = 0  # local answers of rows with this label, any kind
    right: int = 0


@dataclass
class StyleFigures:
    rows: int = 0
    commands: int = 0
    covered: int = 0
    answered: int = 0
    right: int = 0
    traps: int = 0
    traps_answered: int = 0


@dataclass
class FastPathReport:
    rows: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    per_action: dict[str, ActionFigures] = field(default_factory=lambda: defaultdict(ActionFigures))
    per_style: dict[str, StyleFigures] = field(default_factory=lambda: defaultdict(StyleFigures))
    wrong: list[tuple[str, str, str]] = field(default_factory=list)
    traps_answered: list[tuple[str, str]] = field(default_factory=list)
    missed: list[tuple[str, str, str]] = field(default_factory=list)
    match_ms: list[float] = field(default_factory=list)
    match_cpu_ms: list[float] = field(default_factory=list)

    @property
    def commands(self) -> int:
        return sum(f.commands for f in self.per_action.values())

    @property
    def covered(self) -> int:
        return sum(f.covered for f in self.per_action.values())

    @property
    def answered(self) -> int:
        return sum(f.answered for f in self.per_action.values())

    @property
    def right(self) -> int:
        return sum(f.right for f in self.per_action.values())


TIMING_ROUNDS = 3  # the fastest of three: the machine's other work is not the matcher's


def _timed_match(match: Callable[[str], Any], text: str) -> tuple[Any, float, float]:
    """The match, and its fastest wall time and CPU time of three tries (ms).

    CPU time (this thread's) too: on a shared machine the wall time of a
    millisecond's work mostly measures the neighbours.
    """
    walls, cpus = [], []
    for _ in range(TIMING_ROUNDS):
        wall, cpu = time.perf_counter(), time.thread_time()
        found = match(text)
        cpus.append((time.thread_time() - cpu) * 1000)
        walls.append((time.perf_counter() - wall) * 1000)
    return found, min(walls), min(cpus)


def evaluate_fast_path(rows: Iterable[Row]) -> FastPathReport:
    from milio.chat.request import parse_request
    from milio.chat.understanding import matcher

    report = FastPathReport()
    for row in rows:
        report.rows += 1
        report.kinds[row["kind"]] += 1
        figures = report.per_action[label(row)]
        style = report.per_style[row["style"]]
        style.rows += 1
        latest = parse_request(row["text"]).latest
        found, match_ms, cpu_ms = _timed_match(matcher.match, latest)
        report.match_ms.append(match_ms)
        report.match_cpu_ms.append(cpu_ms)
        got = found.system_message if found else None
        right = got is not None and is_right(row, got)
        if row["kind"] == "command":
            figures.commands += 1
            figures.covered += right
            style.commands += 1
            style.covered += right
            if got is None:
                report.missed.append((row["style"], row["text"], row["expected"]))
        style.traps += row["kind"] == "trap"
        if got is None:
            continue
        figures.answered += 1
        figures.right += right
        style.answered += 1
        style.right += right
        if row["kind"] == "trap" and is_action(got):
            report.traps_answered.append((row["text"], got))
            style.traps_answered += 1
        elif not right:
            report.wrong.append((row["text"], got, row["expected"]))
    return report


class OracleCompleter:
    """A scripted model that answers every step as a perfect one would, from the row's label.

    It counts model calls structurally, with no network: what the pipeline asks
    and how often, not what a real model would say.
    """

    def __init__(self) -> None:
        self.expected = "A"

    def _reply(self, text: str) -> Any:
        from milio.providers.base import Completion
        from milio.providers.chain import ChainResult

        return ChainResult(Completion(text, "oracle", "oracle", 0.0, None), ())

    def complete(self, *, system: str, user: str, max_tokens: int, purpose: str) -> Any:
        expected = self.expected
        steps = {
            "category": expected[:1],
            "action": expected[1:3] or "00",
            "details": json.dumps(self._details()),
            "search_query": "the search query",
        }
        return self._reply(steps.get(purpose.removesuffix("_retry"), "An answer."))

    def complete_structured(
        self, *, system: str, user: str, output: Any, max_tokens: int, purpose: str
    ) -> Any:
        expected = self.expected
        acts = is_action(expected)
        decision = {
            "category": expected[:1],
            "action": expected[:3] if acts else None,
            "details": self._details(),
            "search_query": "the search query" if expected[:1] == "3" else None,
            "answer": "An answer." if expected[:1] in "4567" or expected[:3] == "016" else None,
        }
        return self._reply(json.dumps(decision))

    def _details(self) -> dict[str, object]:
        from milio.chat.contract.catalog import ACTIONS

        action = ACTIONS.get(self.expected[:3])
        if action is None or not action.fields:
            return {}
        parts = self.expected[3:].split("|")
        if len(parts) != len(action.fields):
            return {field.name: None for field in action.fields}  # "0": a detail is missing
        return {field.name: part for field, part in zip(action.fields, parts, strict=True)}


@dataclass
class ModelPathReport:
    requests: int = 0  # rows the fast path left to the model
    calls: int = 0
    right: int = 0


def evaluate_model_path(rows: Iterable[Row], *, structured: bool) -> ModelPathReport:
    """Every row the fast path leaves to the model, through the pipeline and the oracle."""
    from milio.chat.pipeline import ChatOptions, run_chat

    options = ChatOptions(structured_output=structured)
    oracle = OracleCompleter()
    report = ModelPathReport()
    for row in rows:
        oracle.expected = row["expected"]
        result = run_chat(row["text"], oracle, options)
        if result.source == "local":
            continue
        report.requests += 1
        report.calls += result.model_calls
        report.right += is_right(row, result.system_message)
    return report


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole:.3f} ({part}/{whole})" if whole else "-"


def _percentile(values: list[float], q: int) -> float:
    return (
        statistics.quantiles(values, n=100, method="inclusive")[q - 1]
        if len(values) > 1
        else values[0]
    )


def print_styles(report: FastPathReport) -> None:
    print(
        f"{'style':>22} {'rows':>5} {'commands':>9} {'coverage':>9} {'answered':>9}"
        f" {'precision':>10} {'traps':>6} {'answered':>9}"
    )
    for style, figures in sorted(report.per_style.items()):
        coverage = f"{figures.covered / figures.commands:.2f}" if figures.commands else "-"
        precision = f"{figures.right / figures.answered:.3f}" if figures.answered else "-"
        print(
            f"{style:>22} {figures.rows:>5} {figures.commands:>9} {coverage:>9}"
            f" {figures.answered:>9} {precision:>10} {figures.traps:>6}"
            f" {figures.traps_answered:>9}"
        )


def print_fast_path(
    name: str, report: FastPathReport, *, show_missed: bool, show_sentences: bool = True
) -> None:
    kinds = ", ".join(f"{count} {kind}" for kind, count in sorted(report.kinds.items()))
    print(f"\n== {name}: {report.rows} rows ({kinds})")
    print(f"fast path coverage of commands: {_ratio(report.covered, report.commands)}")
    print(f"fast path precision:            {_ratio(report.right, report.answered)}")
    print(f"traps answered with an action:  {len(report.traps_answered)}")
    print(f"{'label':>6} {'commands':>9} {'coverage':>9} {'answered':>9} {'precision':>10}")
    for code, figures in sorted(report.per_action.items()):
        coverage = f"{figures.covered / figures.commands:.2f}" if figures.commands else "-"
        precision = f"{figures.right / figures.answered:.3f}" if figures.answered else "-"
        print(
            f"{code:>6} {figures.commands:>9} {coverage:>9} {figures.answered:>9} {precision:>10}"
        )
    print_styles(report)
    if not show_sentences:
        return
    for text, got in report.traps_answered:
        print(f"  TRAP ANSWERED: {text!r} -> {got!r}")
    for text, got, expected in report.wrong:
        print(f"  WRONG: {text!r} -> {got!r} (expected {expected!r})")
    if show_missed:
        for style, text, expected in sorted(report.missed):
            print(f"  missed [{style}] {text!r} (expected {expected!r})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=available_splits(), action="append")
    parser.add_argument("--missed", action="store_true", help="list the commands not answered")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    importlib.import_module("hassil")
    hassil_ms = (time.perf_counter() - started) * 1000
    from milio.chat.understanding import matcher

    build_ms = matcher.get_matcher().build_ms
    failed = False
    match_ms: list[float] = []
    cpu_ms: list[float] = []
    for name in args.split or available_splits():
        report = evaluate_fast_path(load_split(name))
        shown = name not in COUNTED_ONLY
        print_fast_path(name, report, show_missed=args.missed and shown, show_sentences=shown)
        match_ms += report.match_ms
        cpu_ms += report.match_cpu_ms
        failed |= bool(report.traps_answered) or report.right < 0.99 * report.answered
        for structured in (True, False):
            model = evaluate_model_path(load_split(name), structured=structured)
            mode = "one structured call" if structured else "stepwise (fallback)"
            print(
                f"model path, {mode}: {model.calls / max(model.requests, 1):.2f} calls per request"
                f" ({model.calls} calls, {model.requests} requests), right with a perfect model:"
                f" {_ratio(model.right, model.requests)}"
            )
    print("\n== fast path speed (this process)")
    print(f"hassil import: {hassil_ms:.0f} ms; templates compiled and warmed: {build_ms:.0f} ms")
    print(
        f"match time over {len(match_ms)} sentences: p50 {_percentile(match_ms, 50):.2f} ms,"
        f" p99 {_percentile(match_ms, 99):.2f} ms, max {max(match_ms):.2f} ms;"
        f" CPU time p50 {_percentile(cpu_ms, 50):.2f} ms, p99 {_percentile(cpu_ms, 99):.2f} ms,"
        f" max {max(cpu_ms):.2f} ms"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
