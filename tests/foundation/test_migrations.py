"""Migrations adopt the original server's database and only ever add."""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from milio.db import Database
from milio.migrations import apply_migrations, available_migrations
from tests.support.services import ROOT, running_sqld

ORIGINAL_SCHEMA = [
    "CREATE TABLE users (id INTEGER PRIMARY KEY AUTOINCREMENT, email TEXT UNIQUE,"
    " password TEXT, created_at DATETIME DEFAULT CURRENT_TIMESTAMP)",
    "CREATE TABLE errors (id INTEGER PRIMARY KEY AUTOINCREMENT, user_chat TEXT,"
    " system_chat TEXT, created_at DATETIME DEFAULT CURRENT_TIMESTAMP, type_error TEXT,"
    " device TEXT)",
]


def _columns(db: Database, table: str) -> set[str]:
    return {row[1] for row in db.fetch_all(f"PRAGMA table_info({table})")}


def test_migrations_are_numbered_without_gaps() -> None:
    versions = [m.version for m in available_migrations()]
    assert versions == list(range(1, len(versions) + 1))


def test_migrations_only_add() -> None:
    for migration in available_migrations():
        sql = migration.sql.upper()
        for forbidden in ("DROP ", "DELETE ", "RENAME ", "UPDATE "):
            assert forbidden not in sql, f"{migration.name} contains {forbidden.strip()}"


def test_applying_twice_changes_nothing(tmp_path: Path) -> None:
    db = Database(str(tmp_path / "m.db"))
    first = apply_migrations(db)
    assert first == [m.name for m in available_migrations()]
    assert apply_migrations(db) == []


@pytest.mark.sqld
def test_the_original_database_keeps_its_rows(tmp_path: Path) -> None:
    with running_sqld(tmp_path) as url:
        db = Database(url)
        for statement in ORIGINAL_SCHEMA:
            db.execute(statement)
        db.execute(
            "INSERT INTO users (email, password) VALUES (?, ?)", ("Old@Example.com", "$2a$08$x")
        )
        db.execute("INSERT INTO errors (user_chat, type_error) VALUES (?, ?)", ("hi", "A"))

        apply_migrations(db)

        assert db.fetch_all("SELECT email, password FROM users") == [
            ("Old@Example.com", "$2a$08$x")
        ]
        assert db.fetch_all("SELECT user_chat, type_error FROM errors") == [("hi", "A")]
        assert {"user_id", "provider", "latency_ms", "request_id"} <= _columns(db, "errors")


_RACER = """
import sys, time
from milio.db import Database
from milio.migrations import apply_migrations
url, start = sys.argv[1], float(sys.argv[2])
db = Database(url, timeout=10)
time.sleep(max(0.0, start - time.time()))  # every process starts at the same moment
print(len(apply_migrations(db)))
"""


@pytest.mark.sqld
@pytest.mark.parametrize("trial", range(3))
def test_four_cold_starts_migrating_one_empty_database_all_succeed(
    tmp_path: Path, trial: int
) -> None:
    env = os.environ | {"PYTHONPATH": str(ROOT / "layers/common")}
    with running_sqld(tmp_path) as url:
        start = time.time() + 1.5  # after every interpreter has imported milio
        racers = [
            subprocess.Popen(
                [sys.executable, "-c", _RACER, url, str(start)],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(4)
        ]
        outcomes = [(racer.wait(timeout=60), *racer.communicate()) for racer in racers]
        db = Database(url)
        recorded = [row[0] for row in db.fetch_all("SELECT version FROM schema_migrations")]
        columns = _columns(db, "users")

    assert [code for code, _, _ in outcomes] == [0, 0, 0, 0], [err for _, _, err in outcomes]
    # Each migration was applied by exactly one of them.
    assert sum(int(out) for _, out, _ in outcomes) == len(available_migrations())
    assert recorded == [m.version for m in available_migrations()]
    assert "tier" in columns
