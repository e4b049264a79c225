"""What the final gate costs: marked 12.0.1 in mini-racer's V8 (issue 18's figures).

    .venv/bin/python scripts/bench_gate.py [ROUNDS]

- the engine's installed size (the py_mini_racer package) and marked.umd.js's;
- in fresh interpreters (CPU time, so a busy machine's neighbours are not
  counted): importing the engine, making the context and loading marked, the
  stream function's start (that and `gate.warm`'s renders of every rule), and a
  first text answer from cold (`safe_answer` on a short answer: the sanitizer,
  the engine and marked, all imported and started by it);
- warm, per 4 KB answer (p50/p99 over ROUNDS answers, 300 by default): marked's
  render alone, and the whole gate (render plus the allow-list check).
"""

from __future__ import annotations

import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "layers" / "common"), str(ROOT)]

from scripts.timing import percentiles  # noqa: E402

WORDS = (
    "alpha", "beta", "**bold**", "`code`", "[link](https://example.com/a)", "*it*", "~~old~~",
    "word", "of", "the", "answer", "www.example.com", "1.", "-", "|", "#",
)  # fmt: skip
_COLD = {
    "import py_mini_racer": "import py_mini_racer",
    "context + marked.umd.js loaded": (
        "from milio.chat.answers import renderer\nrenderer.render('')"
    ),
    "the stream's start (the above, then gate.warm)": (
        "from milio.chat.answers import gate\ngate.warm()"
    ),
    "first text answer (safe_answer, everything cold)": (
        "from milio.chat.contract.system_message import safe_answer\n"
        "safe_answer('Hello **there**, see [docs](https://example.com).')"
    ),
}


def _answer(rng: random.Random, size: int = 4096) -> str:
    parts: list[str] = []
    length = 0
    while length < size:
        word = rng.choice(WORDS)
        parts.append(word + (" " if rng.random() < 0.9 else "\n\n"))
        length += len(parts[-1])
    return "".join(parts)[:size]


def _cold_cpu_ms(statement: str) -> float:
    """CPU time of ``statement`` in a fresh interpreter, less the interpreter's own start."""
    code = (
        "import os, time\nstarted = time.process_time()\n"
        + statement
        + "\nprint((time.process_time() - started) * 1000, flush=True)\nos._exit(0)"
    )
    env = {"PYTHONPATH": str(ROOT / "layers" / "common"), "PATH": ""}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    if out.returncode:
        raise RuntimeError(out.stderr)
    return float(out.stdout.strip())


def _size_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    rounds = int(args[0]) if args else 300
    import py_mini_racer

    from milio.chat.answers import renderer
    from milio.chat.answers.gate import is_safe_markdown

    engine = Path(py_mini_racer.__file__).parent
    print(f"engine: mini-racer (V8), installed {_size_mb(engine):.1f} MB")
    print(f"marked.umd.js: {len(renderer.find_marked().encode()) / 1000:.0f} KB")
    for label, statement in _COLD.items():
        runs = sorted(_cold_cpu_ms(statement) for _ in range(5))
        print(f"cold, {label:<50} median {runs[2]:7.1f} ms CPU")
    rng = random.Random(18)  # noqa: S311 (reproducible answers, not secrets)
    answers = [_answer(rng) for _ in range(rounds)]
    renderer.render("")  # warm
    for label, call in (("marked's render", renderer.render), ("the gate", is_safe_markdown)):
        times = []
        for answer in answers:
            started = time.perf_counter()
            call(answer)
            times.append((time.perf_counter() - started) * 1000)
        p50, p99 = percentiles(times)
        print(f"warm, 4 KB answer, {label:<35} p50 {p50:6.2f} ms   p99 {p99:6.2f} ms")


if __name__ == "__main__":
    main()
