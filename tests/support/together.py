"""OS processes started together: each prints "ready", then waits for a common start time.

The DynamoDB concurrency tests (rate limiter, quota) run two processes on one
moto_server this way, so both are connected before the clock starts.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def start_together(
    module: str, args: list[str], env: dict[str, str], count: int = 2
) -> tuple[list[subprocess.Popen[str]], float]:
    """Start ``count`` copies of ``python -m module args``; answer them and the start time."""
    env = os.environ | env | {"PYTHONPATH": f"{ROOT / 'layers/common'}:{ROOT}"}
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", module, *args],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(count)
    ]
    # Start them together once each has imported boto3 and connected (slow on a busy machine).
    for proc in procs:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
    start_at = time.time() + 0.2
    for proc in procs:
        assert proc.stdin is not None
        proc.stdin.write(f"{start_at}\n")
        proc.stdin.flush()
    return procs, start_at


def results_of(procs: list[subprocess.Popen[str]], timeout: float = 120) -> list[dict[str, Any]]:
    """Each process's last line, parsed as JSON, once it exited successfully."""
    results = []
    for proc in procs:
        out, _ = proc.communicate(timeout=timeout)
        assert proc.returncode == 0
        results.append(json.loads(out))
    return results
