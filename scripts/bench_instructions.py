"""Instructions per warm request through the Lambda handler: a figure the machine's load
does not move, unlike the wall and CPU times of `make bench` on a shared machine.

    .venv/bin/python scripts/bench_instructions.py [N] [MESSAGE ...]

Runs itself under valgrind's callgrind with instrumentation off while the handlers are
imported and warmed, switches it on (``callgrind_control -i on``) for N requests of each
case only, and prints the instructions per request: ``GET /health``, then ``POST /chat``
with each MESSAGE ("open discord" by default), and ``matcher.match`` of each message
alone (the fast path's hassil pass and readings). About a minute per case.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.bench import quietly, warm_handlers  # noqa: E402

WARM_UP = 50


def _case(name: str, message: str) -> Callable[[int], object]:
    warm = warm_handlers()
    if name == "health":
        return quietly(warm.auth, warm.health_event, warm.context)
    if name == "match":
        from milio.chat.understanding import matcher

        return lambda _: matcher.match(message)
    event = warm.chat_event | {"body": json.dumps({"Message": message})}
    return quietly(warm.chat, event, warm.context)


def _wait_for(path: Path) -> None:
    while not path.exists():
        time.sleep(0.05)


def child(name: str, message: str, runs: int, sync: Path) -> None:
    """Under valgrind: warm up, say so, run ``runs`` requests while counted, say so."""
    run = _case(name, message)
    for i in range(WARM_UP):
        run(i)
    (sync / "ready").touch()
    _wait_for(sync / "go")
    for i in range(runs):
        run(i)
    (sync / "done").touch()
    _wait_for(sync / "stop")


def count(name: str, message: str, runs: int) -> int:
    """Instructions of ``runs`` calls of the case, counted by callgrind."""
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        out = tmp / "callgrind.out"
        command = [
            "valgrind", "-q", "--tool=callgrind", "--instr-atstart=no",
            f"--callgrind-out-file={out}",
            sys.executable, __file__, "--child", name, message, str(runs), str(tmp),
        ]  # fmt: skip
        env = os.environ | {"PYTHONHASHSEED": "0"}
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
        try:
            for state, path in (("on", tmp / "ready"), ("off", tmp / "done")):
                _wait_for(path)
                subprocess.run(
                    ["callgrind_control", "-i", state, str(process.pid)],
                    check=True,
                    stdout=subprocess.DEVNULL,
                )
                (tmp / ("go" if state == "on" else "stop")).touch()
        finally:
            process.wait()
        totals = next(line for line in out.read_text().splitlines() if line.startswith("totals:"))
        return int(totals.split()[1])


def main(argv: list[str]) -> None:
    if argv[:1] == ["--child"]:
        child(argv[1], argv[2], int(argv[3]), Path(argv[4]))
        return
    if shutil.which("valgrind") is None:
        print("instructions: valgrind is not installed")
        return
    runs = int(argv[0]) if argv else 300
    messages = argv[1:] or ["open discord"]
    print(f"instructions per call, callgrind, {runs} warm calls each")
    cases = [("health", "GET /health", "")]
    for message in messages:
        cases += [("chat", f"POST /chat {message!r}", message)]
        cases += [("match", f"  matcher.match({message!r}) alone", message)]
    for name, label, message in cases:
        per_call = count(name, message, runs) / runs
        print(f"  {label:<52} {per_call / 1e6:6.2f} M")


if __name__ == "__main__":
    main(sys.argv[1:])
