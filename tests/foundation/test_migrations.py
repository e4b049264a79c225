"""Migrations adopt the original server's database and only ever add."""

from pathlib import Path

import pytest

from milio.db import Database
from milio.migrations import apply_migrations, available_migrations

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
    from tests.support.services import running_sqld

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
