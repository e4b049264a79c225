"""Log-in latency (argon2id verify + one indexed query) against a local libSQL file.

    .venv/bin/python scripts/bench_login.py [N]

Prints p50/p99 in milliseconds for: a right password, a wrong password, an unknown
address (the dummy verify), and the one-off bcrypt-to-argon2id upgrade.
"""

from __future__ import annotations

import contextlib
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "layers" / "common")]

import bcrypt  # noqa: E402

from milio import accounts, passwords  # noqa: E402
from milio.db import Database  # noqa: E402
from milio.errors import InvalidCredentialsError  # noqa: E402
from milio.migrations import apply_migrations  # noqa: E402


def report(name: str, action: Callable[[], object], runs: int, setup: Callable[[], object]) -> None:
    timings = []
    for _ in range(runs):
        setup()
        start = time.perf_counter()
        with contextlib.suppress(InvalidCredentialsError):
            action()
        timings.append((time.perf_counter() - start) * 1000)
    cuts = statistics.quantiles(timings, n=100, method="inclusive")
    print(f"{name:<30} p50 {cuts[49]:7.1f} ms   p99 {cuts[98]:7.1f} ms")


def main(runs: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(str(Path(tmp) / "bench.db"))
        apply_migrations(db)
        accounts.register("bench@example.com", "bench-password", db=db)
        passwords.dummy_verify("warm-up")
        legacy = bcrypt.hashpw(b"bench-password", bcrypt.gensalt(8, prefix=b"2a")).decode()

        def nothing() -> None:
            pass

        def put_back_the_bcrypt_hash() -> None:
            db.execute("UPDATE users SET password = ? WHERE email = 'bench@example.com'", (legacy,))

        def login(address: str, password: str) -> Callable[[], object]:
            return lambda: accounts.login(address, password, db=db)

        right = login("bench@example.com", "bench-password")
        print(f"N={runs}, argon2id m=19 MiB t=2 p=1, local libSQL file")
        report("login, right password", right, runs, nothing)
        report("login, wrong password", login("bench@example.com", "wrong!"), runs, nothing)
        report("login, unknown address", login("nobody@example.com", "wrong!"), runs, nothing)
        report("login, bcrypt $2a$08 + upgrade", right, runs, put_back_the_bcrypt_hash)
        db.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 30)
