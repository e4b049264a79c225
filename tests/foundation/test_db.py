"""The database module against a real libSQL server (sqld) and a local file."""

from pathlib import Path

import pytest

from milio.db import Database, DatabaseUnavailableError, UniqueViolationError
from tests.support.services import running_sqld

pytestmark = pytest.mark.sqld


def test_rows_round_trip_on_sqld(sqld_db: Database) -> None:
    user_id = sqld_db.insert("INSERT INTO users (email, password) VALUES (?, ?)", ("a@b.c", "h"))
    assert sqld_db.fetch_one("SELECT id, email FROM users WHERE id = ?", (user_id,)) == (
        user_id,
        "a@b.c",
    )
    assert sqld_db.fetch_one("SELECT id FROM users WHERE id = ?", (user_id + 1,)) is None


def test_a_unique_violation_is_a_conflict(sqld_db: Database) -> None:
    sqld_db.insert("INSERT INTO users (email, password) VALUES (?, ?)", ("a@b.c", "h"))
    with pytest.raises(UniqueViolationError):
        sqld_db.insert("INSERT INTO users (email, password) VALUES (?, ?)", ("a@b.c", "h"))


def test_a_failed_transaction_leaves_nothing_behind(sqld_db: Database) -> None:
    with pytest.raises(UniqueViolationError):
        sqld_db.transaction(
            [
                ("INSERT INTO users (email, password) VALUES (?, ?)", ("x@b.c", "h")),
                ("INSERT INTO users (email, password) VALUES (?, ?)", ("x@b.c", "h")),
            ]
        )
    assert sqld_db.fetch_all("SELECT * FROM users") == []


def test_sql_errors_are_not_retried_as_transport_errors(sqld_db: Database) -> None:
    with pytest.raises(ValueError, match="no such table"):
        sqld_db.fetch_all("SELECT * FROM no_such_table")


def test_the_connection_survives_a_server_restart(tmp_path: Path) -> None:
    """A dropped stream (restart, or ~10 s idle) is reconnected once, transparently."""
    with running_sqld(tmp_path) as url:
        db = Database(url)
        db.execute("CREATE TABLE t (v TEXT)")
        db.execute("INSERT INTO t VALUES (?)", ("before",))
    with running_sqld(tmp_path) as url_again:
        db._url = url_again  # same data directory, new port
        assert db.fetch_all("SELECT v FROM t") == [("before",)]


def test_an_unreachable_server_is_a_clear_unavailable_error(tmp_path: Path) -> None:
    with running_sqld(tmp_path) as url:
        db = Database(url)
        db.execute("CREATE TABLE t (v TEXT)")
    with pytest.raises(DatabaseUnavailableError):
        db.fetch_all("SELECT v FROM t")


def test_a_local_file_database_works_without_a_server(tmp_path: Path) -> None:
    db = Database(str(tmp_path / "nested" / "local.db"))
    db.execute("CREATE TABLE t (v TEXT)")
    db.execute("INSERT INTO t VALUES (?)", ("x",))
    assert db.fetch_all("SELECT v FROM t") == [("x",)]
