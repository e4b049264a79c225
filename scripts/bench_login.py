"""Log-in latency (argon2id verify + one indexed query) against a local libSQL file.

    .venv/bin/python scripts/bench_login.py [N]

Prints p50/p99 in milliseconds for: a right password, a wrong password (an argon2id
account and an account still on the original server's bcrypt hash, cost 10: they must
take the same time), an unknown address (the dummy verify), and the one-off
bcrypt-to-argon2id upgrade.
"""

from __future__ import annotations

import contextlib
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "layers" / "common"), str(ROOT)]

import bcrypt  # noqa: E402

from milio import accounts, passwords  # noqa: E402
from milio.db import Database  # noqa: E402
from milio.errors import InvalidCredentialsError  # noqa: E402
from milio.migrations import apply_migrations  # noqa: E402
from scripts.timing import report  # noqa: E402


def main(runs: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(str(Path(tmp) / "bench.db"))
        apply_migrations(db)
        accounts.register("bench@example.com", "bench-password", db=db)
        original = bcrypt.hashpw(b"old-password", bcrypt.gensalt(passwords.ORIGINAL_BCRYPT_COST))
        db.execute(
            "INSERT INTO users (email, password) VALUES (?, ?)",
            ("old@example.com", original.decode()),
        )
        passwords.dummy_verify("warm-up")
        legacy = bcrypt.hashpw(b"bench-password", bcrypt.gensalt(8, prefix=b"2a")).decode()

        def put_back_the_bcrypt_hash() -> None:
            db.execute("UPDATE users SET password = ? WHERE email = 'bench@example.com'", (legacy,))

        def login(address: str, password: str) -> Callable[[int], object]:
            def attempt(_: int) -> None:
                with contextlib.suppress(InvalidCredentialsError):
                    accounts.login(address, password, db=db)

            return attempt

        right = login("bench@example.com", "bench-password")
        print(f"N={runs}, argon2id m=19 MiB t=2 p=1, local libSQL file")
        report("login, right password", right, runs)
        report("login, wrong password", login("bench@example.com", "wrong!"), runs)
        report("login, wrong password, bcrypt account", login("old@example.com", "wrong!"), runs)
        report("login, unknown address", login("nobody@example.com", "wrong!"), runs)
        report("login, bcrypt $2a$08 + upgrade", right, runs, put_back_the_bcrypt_hash)
        db.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 30)
