"""Long fuzzing of the sanitizer, judged by the client's renderer (`make fuzz`).

    .venv/bin/python scripts/fuzz_render.py [--cases N] [--minutes M] [--seed S]

Generates answers from the dangerous fragments of tests/render/fragments.py and,
for each: sanitizes it (as POST /chat does), streams it cut at random places (as
POST /chat/stream does) and checks the joined text is the same, checks the final
gate accepts it, and renders it with marked 12.0.1 (node, the client's options)
against the allow-list. Stops after N cases or M minutes, whichever comes first;
exits 1 and prints the cases if anything failed. A new seed each run unless given.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "layers" / "common"), str(ROOT)]

from milio.chat.answers.emitter import sanitize_markdown  # noqa: E402
from milio.chat.answers.gate import is_safe_markdown  # noqa: E402
from milio.chat.answers.release import (  # noqa: E402
    StreamInconsistencyError,
    StreamingSanitizer,
)
from tests.render.fragments import random_answer, random_cuts  # noqa: E402
from tests.render.judge import MarkedJudge  # noqa: E402

BATCH = 250
SHOWN = 10


def _streamed(pieces: list[str]) -> str:
    stream = StreamingSanitizer()
    try:
        return "".join(stream.feed(piece) for piece in pieces) + stream.finish()
    except StreamInconsistencyError as error:
        return f"{error} (pieces {pieces!r})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--minutes", type=float, default=30.0)
    parser.add_argument("--seed", type=int, default=random.SystemRandom().randrange(2**32))
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)  # noqa: S311 (reproducible test data, not secrets)
    deadline = time.monotonic() + args.minutes * 60
    started = time.perf_counter()
    failures: list[str] = []
    cases = unsafe = 0
    with MarkedJudge() as judge:
        while cases < args.cases and time.monotonic() < deadline:
            answers = [random_answer(rng) for _ in range(min(BATCH, args.cases - cases))]
            outputs = [sanitize_markdown(answer) for answer in answers]
            for answer, output in zip(answers, outputs, strict=True):
                if (streamed := _streamed(random_cuts(rng, answer))) != output:
                    failures.append(f"stream differs: {answer!r}: {streamed!r}")
                if output and not is_safe_markdown(output):
                    failures.append(f"gate refused: {answer!r} -> {output!r}")
            for answer, judgement in zip(answers, judge.judge_many(outputs), strict=True):
                if not judgement.safe:
                    unsafe += 1
                    failures.append(f"unsafe {judgement.violations}: {answer!r}")
            cases += len(answers)
    seconds = time.perf_counter() - started
    print(
        f"make fuzz: seed {args.seed}, {cases} answers rendered by marked 12.0.1 in {seconds:.0f} s"
        f" ({cases / seconds:.0f}/s): {unsafe} unsafe, {len(failures) - unsafe} other failures"
    )
    for failure in failures[:SHOWN]:
        print("  " + failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
