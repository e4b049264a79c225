"""Unsafe answers per attack class, on both chat routes, judged by the client's renderer.

    .venv/bin/python scripts/attack_report.py [--layer PATH]

Every answer of the attack corpus (tests/render/attacks.py) goes through the chat
logic as the apps run it: `run_chat` with a model that picks the discussion
category and then answers with the attack (POST /chat), and `AnswerStream` fed
the attack in pieces of 1, 3 and 64 characters (POST /chat/stream). What comes
out is rendered by marked 12.0.1 and checked against the allow-list. Each cell
counts the answers with any violation and, in brackets, those that run script
(raw HTML, an event handler, a javascript:, vbscript: or data: URL) rather than
only pointing a link elsewhere (file:, ftp:, a relative "#"). `--layer` points
at another checkout's `layers/common` with the same chat interfaces, to measure
the code before a change (the figures before this sanitizer were taken that way
on the commit before it, whose pipeline asked step by step).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import io
import json
import os
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CHUNK_SIZES = (1, 3, 64)


@dataclass
class _Completer:
    """The model: one structured decision for the discussion category, the attack as its
    answer; asked step by step, the discussion category first, then the attack."""

    answer: str

    def complete(self, *, system: str, user: str, max_tokens: int, purpose: str) -> Any:
        text = "7" if purpose.startswith("category") else self.answer
        return _answered(text)

    def complete_structured(self, *, purpose: str, **_: Any) -> Any:
        return _answered(json.dumps({"category": "7", "answer": self.answer}))


def _answered(text: str) -> Any:
    from milio.providers.base import Completion
    from milio.providers.chain import ChainResult

    return ChainResult(Completion(text, "scripted", "scripted", 1.0, None), ())


@dataclass
class _Deltas:
    """A provider stream that yields fixed pieces (what `ProviderChain.stream` returns)."""

    pieces: list[str]
    provider: str = "scripted"
    failures: list[Any] = field(default_factory=list)

    def __aiter__(self) -> _Deltas:
        return self

    async def __anext__(self) -> str:
        if not self.pieces:
            raise StopAsyncIteration
        return self.pieces.pop(0)

    async def aclose(self) -> None:
        self.pieces.clear()


@dataclass
class _Chain:
    pieces: list[str]

    def stream(self, **_: Any) -> _Deltas:
        return _Deltas(list(self.pieces))


def chat_answer(attack: str) -> str:
    """The Markdown /chat would send the client for this model answer ("" if none)."""
    from milio.chat.pipeline import ChatOptions, run_chat

    options = ChatOptions(fast_path=False)
    message = run_chat("tell me something", _Completer(attack), options).system_message
    return message[1:] if message[:1] in "4567" else ""


def stream_answer(attack: str, size: int) -> str:
    """The text the client joins from /chat/stream's message events."""
    from milio.chat.stream import AnswerStream

    pieces = [attack[i : i + size] for i in range(0, len(attack), size)] or [""]

    async def run() -> str:
        answer = AnswerStream(_Chain(pieces), "tell me something")  # type: ignore[arg-type]
        await answer.start()
        events = [event async for event in answer.events()]
        return "".join(_message_data(event) for event in events)

    return asyncio.run(run())


def _message_data(event: bytes) -> str:
    lines = event.decode().split("\n")
    if lines[0] != "event: message":
        return ""
    return "\n".join(line.removeprefix("data: ") for line in lines[1:] if line.startswith("data:"))


_SCRIPT_URL = ("(javascript:)", "(vbscript:)", "(data:)")


def runs_script(violations: tuple[str, ...]) -> bool:
    return any(
        v.startswith(("element", "attribute", "comment")) or v.endswith(_SCRIPT_URL)
        for v in violations
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--layer", type=Path, default=ROOT / "layers" / "common")
    args = parser.parse_args(argv)
    sys.path[:0] = [str(args.layer.resolve()), str(ROOT)]
    os.environ.setdefault("POWERTOOLS_METRICS_NAMESPACE", "MilioReport")
    os.environ.setdefault("POWERTOOLS_TRACE_DISABLED", "true")

    from tests.render.attacks import ATTACKS
    from tests.render.judge import MarkedJudge

    routes = ["chat", *(f"stream/{size}" for size in CHUNK_SIZES)]
    unsafe: Counter[tuple[str, str]] = Counter()
    script: Counter[tuple[str, str]] = Counter()
    with MarkedJudge() as judge, contextlib.redirect_stdout(io.StringIO()):
        for name, attacks in ATTACKS.items():
            for attack in attacks:
                outputs = {"chat": chat_answer(attack)}
                for size in CHUNK_SIZES:
                    outputs[f"stream/{size}"] = stream_answer(attack, size)
                for route, text in outputs.items():
                    violations = judge.judge(text).violations
                    unsafe[name, route] += bool(violations)
                    script[name, route] += runs_script(violations)
    print(f"{'attack class':<26}{'cases':>6}" + "".join(f"{r:>12}" for r in routes))
    for name, attacks in ATTACKS.items():
        cells = "".join(f"{f'{unsafe[name, r]} ({script[name, r]})':>12}" for r in routes)
        print(f"{name:<26}{len(attacks):>6}{cells}")
    total = sum(len(a) for a in ATTACKS.values())
    sums = [
        (sum(unsafe[n, r] for n in ATTACKS), sum(script[n, r] for n in ATTACKS)) for r in routes
    ]
    print(f"{'total':<26}{total:>6}" + "".join(f"{f'{u} ({s})':>12}" for u, s in sums))


if __name__ == "__main__":
    main()
