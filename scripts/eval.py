"""Measure the chat pipeline on the labelled dataset (``make eval``).

Offline (no provider configured) it measures the fast path: how often it
answers, how often it is right, how fast it is. Give :func:`evaluate` a
``Completer`` (the provider chain) to measure the models as well.

    .venv/bin/python scripts/eval.py [--dataset tests/data/chat_dataset.jsonl]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "layers" / "common"))

if TYPE_CHECKING:
    from milio.chat.completion import Completer

DEFAULT_DATASET = ROOT / "tests" / "data" / "chat_dataset.jsonl"


@dataclass
class Report:
    rows: int = 0
    correct: int = 0
    local: int = 0
    local_correct: int = 0
    templated: int = 0
    model_calls: int = 0
    latencies_ms: list[float] = field(default_factory=list)
    match_ms: list[float] = field(default_factory=list)
    per_label: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    wrong_local: list[tuple[str, str, str]] = field(default_factory=list)


def load_rows(path: Path) -> list[dict[str, str]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def is_right(row: dict[str, str], got: str) -> bool:
    if row["match"] == "exact":
        return got == row["expected"]
    return got.startswith(row["expected"])


def label(row: dict[str, str]) -> str:
    return row["expected"] if row["match"] == "category" else row["expected"][:3]


def evaluate(completer: Completer | None, rows: list[dict[str, str]]) -> Report:
    """Run every row through the pipeline; the hook for measuring providers."""
    from milio.chat import fastpath, run_chat
    from milio.chat.catalog import ACTIONS
    from milio.chat.request import parse_request

    templated = {code for code, action in ACTIONS.items() if action.templates}

    report = Report(rows=len(rows))
    for row in rows:
        start = time.perf_counter()
        fastpath.match(parse_request(row["text"]).latest)
        report.match_ms.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        result = run_chat(row["text"], completer, fast_path=True, max_message_chars=100_000)
        report.latencies_ms.append((time.perf_counter() - start) * 1000)
        right = is_right(row, result.system_message)
        report.correct += right
        report.model_calls += result.model_calls
        report.per_label[label(row)][0] += right
        report.per_label[label(row)][1] += 1
        report.templated += label(row) in templated
        if result.source == "local" and result.system_message != "B":  # "B": nobody answered
            report.local += 1
            report.local_correct += right
            if not right:
                report.wrong_local.append((row["text"], result.system_message, row["expected"]))
    return report


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


def _percentile(values: list[float], q: int) -> float:
    return statistics.quantiles(values, n=100)[q - 1] if len(values) > 1 else values[0]


def summary(report: Report, build_ms: float, offline: bool) -> dict[str, Any]:
    return {
        "rows": report.rows,
        "intents_build_ms": round(build_ms, 1),
        "fast_path_answered": report.local,
        # Of the rows labelled with an action that has fast-path templates.
        "fast_path_coverage_of_templated_actions": _ratio(report.local, report.templated),
        "fast_path_precision": _ratio(report.local_correct, report.local),
        "share_resolved_locally": round(report.local / report.rows, 3),
        "accuracy": None if offline else round(report.correct / report.rows, 3),
        "model_calls_per_request": round(report.model_calls / report.rows, 2),
        "fast_path_match_ms_p50": round(_percentile(report.match_ms, 50), 3),
        "fast_path_match_ms_p95": round(_percentile(report.match_ms, 95), 3),
        "request_ms_p50": round(_percentile(report.latencies_ms, 50), 3),
        "request_ms_p95": round(_percentile(report.latencies_ms, 95), 3),
        "accuracy_per_label": {
            key: f"{right}/{total}" for key, (right, total) in sorted(report.per_label.items())
        },
        "fast_path_mistakes": report.wrong_local,
    }


def _configured_completer() -> Completer | None:
    """The provider chain when keys are configured (a real model run), else offline."""
    from milio.chat.chain_completer import ChainCompleter
    from milio.providers import get_chain

    chain = get_chain()
    return ChainCompleter(chain) if chain.names else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dataset", type=Path, default=DEFAULT_DATASET)
    args = parser.parse_args(argv)
    from milio.chat import fastpath

    build_ms = fastpath.get_matcher().build_ms
    completer = _configured_completer()
    report = evaluate(completer, load_rows(args.dataset))
    print(json.dumps(summary(report, build_ms, offline=completer is None), indent=2))
    return 1 if report.wrong_local else 0


if __name__ == "__main__":
    sys.exit(main())
