"""A bounded load run against `make dev` on loopback: throughput, p50/p99, and no 5xx.

    .venv/bin/python scripts/load.py [REQUESTS] [CONCURRENCY]     (make load)

Starts the local server as `make dev` does (its own process, a local libSQL file, the
in-process limiter with the rate limit lifted) with local fakes of a model API behind
it, then sends REQUESTS (1,200 by default) from CONCURRENCY (16) client threads, over
a mix of routes weighted as the desktop app uses them, and never for more than 90 s.
Exits 1 if any answer was a 5xx. Nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import itertools
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "layers" / "common"), str(ROOT)]

from scripts.timing import percentiles  # noqa: E402
from tests.fakes import FakeLLMServer  # noqa: E402
from tests.support.services import serve  # noqa: E402

TIME_LIMIT_SECONDS = 90.0
ACCOUNT = {"email": "load@example.com", "password": "correct horse battery"}
# (route label, weight): mostly chat, a token check per app start, a few log-ins.
MIX = [
    ("GET /health", 2),
    ("GET /verify-token", 2),
    ("POST /chat fast path", 8),
    ("POST /chat model", 4),
    ("POST /chat/stream", 2),
    ("POST /login", 1),
]

Call = Callable[[httpx.Client], httpx.Response]


def calls(token: str) -> dict[str, Call]:
    bearer = {"Authorization": f"Bearer {token}"}
    return {
        "GET /health": lambda c: c.get("/health"),
        "GET /verify-token": lambda c: c.get("/verify-token", headers=bearer),
        "POST /chat fast path": lambda c: c.post(
            "/chat", json={"Message": "open discord"}, headers=bearer
        ),
        "POST /chat model": lambda c: c.post(
            "/chat", json={"Message": "why do cats purr when they are happy"}, headers=bearer
        ),
        "POST /chat/stream": lambda c: c.post(
            "/chat/stream", json={"Message": "tell me about lighthouses"}, headers=bearer
        ),
        "POST /login": lambda c: c.post("/login", json=ACCOUNT),
    }


def run(url: str, requests: int, concurrency: int) -> int:
    with httpx.Client(base_url=url, timeout=30) as client:
        client.post("/register", json=ACCOUNT)
        token = client.post("/login", json=ACCOUNT).json()["token"]
    routes = calls(token)
    plan = itertools.cycle([label for label, weight in MIX for _ in range(weight)])
    lock = threading.Lock()
    timings: dict[str, list[float]] = defaultdict(list)
    statuses: Counter[int] = Counter()
    issued = itertools.count()
    started = time.perf_counter()

    def worker() -> None:
        with httpx.Client(base_url=url, timeout=30) as client:
            while time.perf_counter() - started < TIME_LIMIT_SECONDS:
                with lock:
                    if next(issued) >= requests:
                        return
                    label = next(plan)
                began = time.perf_counter()
                status = routes[label](client).status_code
                elapsed = (time.perf_counter() - began) * 1000
                with lock:
                    timings[label].append(elapsed)
                    statuses[status] += 1

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    duration = time.perf_counter() - started
    return report(timings, statuses, duration, concurrency)


def report(
    timings: dict[str, list[float]], statuses: Counter[int], duration: float, concurrency: int
) -> int:
    done = sum(statuses.values())
    every = [t for values in timings.values() for t in values]
    p50, p99 = percentiles(every)
    server_errors = sum(n for status, n in statuses.items() if status >= 500)
    print(f"{done} requests, {concurrency} clients, {duration:.1f} s: {done / duration:.0f} req/s")
    print(
        f"all routes: p50 {p50:.1f} ms, p99 {p99:.1f} ms; statuses {dict(sorted(statuses.items()))}"
    )
    for label, values in timings.items():
        route_p50, route_p99 = percentiles(values) if len(values) > 1 else (values[0], values[0])
        print(f"  {label:<22} n={len(values):<5} p50 {route_p50:7.1f} ms  p99 {route_p99:7.1f} ms")
    print(f"5xx: {server_errors}")
    return 1 if server_errors else 0


def main(requests: int, concurrency: int) -> int:
    with (
        tempfile.TemporaryDirectory() as tmp,
        FakeLLMServer("openai") as openai,
        FakeLLMServer("anthropic") as anthropic,
    ):
        env = {
            **openai.env(),
            **anthropic.env(),
            "MILIO_LLM_PROVIDERS": "openai",
            "MILIO_RATE_LIMIT_PER_SECOND": "100000",
            "MILIO_RATE_LIMIT_BURST": "100000",
        }
        for url, _log in serve([sys.executable, "-m", "devserver"], Path(tmp), **env):
            return run(url, requests, concurrency)
    return 1


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:3]]
    sys.exit(main(*(args + [1200, 16][len(args) :])))
