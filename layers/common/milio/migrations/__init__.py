"""Numbered SQL migrations, applied in order and recorded in ``schema_migrations``.

Migrations only add (tables, columns, indexes): databases of the original
server keep working. Run them with ``python -m milio.migrations``.

Cold starts may migrate one database at the same moment. Each migration is one
transaction that records its own version, so of two instances applying it one
commits and the other's fails (a duplicate column, a recorded version) and rolls
back whole; the loser then reads the recorded set again and goes on when it finds
that migration applied by the other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

from milio.db import Database, DatabaseError, Params, UniqueViolationError

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def available_migrations() -> list[Migration]:
    found = []
    for entry in resources.files(__package__).iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), entry.name, entry.read_text()))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if len(set(versions)) != len(versions):
        raise RuntimeError("two migrations share a number")
    return found


def _statements(sql: str) -> list[str]:
    # Our migration files hold no semicolons inside literals or triggers.
    lines = [line for line in sql.splitlines() if not line.lstrip().startswith("--")]
    return [stmt.strip() for stmt in "\n".join(lines).split(";") if stmt.strip()]


def apply_migrations(db: Database) -> list[str]:
    """Apply every migration not yet recorded; answer the names applied by this call."""
    db.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
        " applied_at DATETIME DEFAULT CURRENT_TIMESTAMP)"
    )
    done = _applied(db)
    applied = []
    for migration in available_migrations():
        if migration.version in done:
            continue
        try:
            db.transaction(_steps(migration))
        except (UniqueViolationError, DatabaseError):
            done = _applied(db)
            if migration.version not in done:
                raise  # not a race lost to another instance: a real failure
            continue
        applied.append(migration.name)
    return applied


def _applied(db: Database) -> set[int]:
    return {int(row[0]) for row in db.fetch_all("SELECT version FROM schema_migrations")}


def _steps(migration: Migration) -> list[tuple[str, Params]]:
    statements: list[tuple[str, Params]] = [(stmt, ()) for stmt in _statements(migration.sql)]
    statements.append(
        (
            "INSERT INTO schema_migrations (version, name) VALUES (?, ?)",
            (migration.version, migration.name),
        )
    )
    return statements
