"""The desktop client's renderer, run by node, as the judge of what we send it.

`MarkedJudge` keeps one node process (tests/render/marked_judge.js) that renders
Markdown with marked 12.0.1 and the client's options, parses the HTML with parse5,
and reports what breaks the allow-list of issue 9: tags, attributes, and URLs only
http, https or mailto as the browser resolves them.
"""

from __future__ import annotations

import json
import queue
import subprocess
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Self

ROOT = Path(__file__).resolve().parents[2]
MARKED_DIR = ROOT / ".tools" / "marked"
SCRIPT = Path(__file__).with_name("marked_judge.js")
TIMEOUT_SECONDS = 10.0


class JudgeError(RuntimeError):
    """The judge could not render a document (it crashed, or took too long)."""


@dataclass(frozen=True)
class Judgement:
    html: str
    violations: tuple[str, ...]
    tree: Any = field(default=None, compare=False)

    @property
    def safe(self) -> bool:
        return not self.violations


class MarkedJudge:
    """One node process; `judge()` renders a document and checks the result."""

    def __init__(self) -> None:
        if not (MARKED_DIR / "node_modules" / "marked").is_dir():
            raise JudgeError("marked is not installed: run scripts/install_marked.sh")
        self._process = subprocess.Popen(
            ["node", str(SCRIPT), str(MARKED_DIR)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            bufsize=1,
        )
        self._answers: queue.SimpleQueue[str] = queue.SimpleQueue()
        threading.Thread(target=self._read_answers, daemon=True).start()

    def _read_answers(self) -> None:
        stdout = self._process.stdout
        assert stdout is not None
        for line in stdout:
            self._answers.put(line)
        self._answers.put("")  # the process ended

    def judge(self, markdown: str, *, tree: bool = False) -> Judgement:
        return self.judge_many([markdown], tree=tree)[0]

    def judge_many(self, documents: Sequence[str], *, tree: bool = False) -> list[Judgement]:
        """Judge documents in one exchange (written by a thread while answers are read)."""
        stdin = self._process.stdin
        assert stdin is not None
        lines = "".join(json.dumps({"markdown": d, "tree": tree}) + "\n" for d in documents)

        def write() -> None:
            stdin.write(lines)
            stdin.flush()

        writer = threading.Thread(target=write, daemon=True)
        writer.start()
        judgements = [self._next(document) for document in documents]
        writer.join()
        return judgements

    def _next(self, document: str) -> Judgement:
        try:
            line = self._answers.get(timeout=TIMEOUT_SECONDS)
        except queue.Empty:
            self.close()
            raise JudgeError(
                f"marked took over {TIMEOUT_SECONDS} s on {document[:200]!r}"
            ) from None
        if not line:
            raise JudgeError("the judge process ended")
        answer = json.loads(line)
        if "error" in answer:
            raise JudgeError(answer["error"])
        return Judgement(answer["html"], tuple(answer["violations"]), answer.get("tree"))

    def close(self) -> None:
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait(timeout=5)
        for stream in (self._process.stdin, self._process.stdout):
            if stream is not None:
                stream.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
