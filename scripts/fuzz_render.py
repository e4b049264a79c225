"""Long differential fuzzing of what we send, judged by the client's renderer (`make fuzz`).

    .venv/bin/python scripts/fuzz_render.py [--cases N] [--minutes M] [--seed S]

Generates answers aimed at where CommonMark parsers and marked 12.0.1 disagree
(tests/render/differential.py: entity and Unicode blanks around delimiters, code
spans in link text and emphasis, entity line breaks before block starts, tables,
reference definitions), one in four from the dangerous fragments of
tests/render/fragments.py, and one in four lists and quotes holding code blocks
and tables (tests/render/containers.py). Each goes through /chat's `safe_answer` and through
the stream's `SafeAnswerStream` cut at random places; the /chat text and every
accumulated text the stream sent (what the app renders after each event) are
rendered by marked 12.0.1 in node (the client's options) against the allow-list.
Also counted: exceptions (a 5xx), and streams whose final text is not /chat's.
Stops after N cases or M minutes; exits 1 and prints cases if anything failed.
A new seed each run unless given.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "layers" / "common"), str(ROOT)]

from tests.render.containers import container_answer  # noqa: E402
from tests.render.differential import Findings, check_batch, differential_answer  # noqa: E402
from tests.render.fragments import random_answer, random_cuts  # noqa: E402
from tests.render.judge import MarkedJudge  # noqa: E402

BATCH = 200
SHOWN = 10
GENERATORS = (random_answer, differential_answer, differential_answer, container_answer)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--minutes", type=float, default=30.0)
    parser.add_argument("--seed", type=int, default=random.SystemRandom().randrange(2**32))
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)  # noqa: S311 (reproducible test data, not secrets)
    deadline = time.monotonic() + args.minutes * 60
    started = time.perf_counter()
    findings = Findings()
    with MarkedJudge() as judge:
        while findings.answers < args.cases and time.monotonic() < deadline:
            count = min(BATCH, args.cases - findings.answers)
            answers = [rng.choice(GENERATORS)(rng) for _ in range(count)]
            check_batch(answers, lambda text: random_cuts(rng, text), judge, findings)
    seconds = time.perf_counter() - started
    print(
        f"make fuzz: seed {args.seed}, {findings.answers} answers ({findings.prefixes} stream"
        f" prefixes) rendered by marked 12.0.1 in {seconds:.0f} s: {len(findings.unsafe)} unsafe,"
        f" {len(findings.crashes)} exceptions, {len(findings.differs)} streams unlike /chat;"
        f" refused: {findings.chat_refused} on /chat, {findings.stream_refused} streams"
    )
    for failure in [*findings.unsafe, *findings.crashes, *findings.differs][:SHOWN]:
        print("  " + failure[:400])
    return 1 if findings.unsafe or findings.crashes or findings.differs else 0


if __name__ == "__main__":
    sys.exit(main())
