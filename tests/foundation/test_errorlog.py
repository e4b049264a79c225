"""The error log: best effort, but never silent about what it drops."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

from milio.db import Database
from milio.errorlog import ErrorLogEntry, write_entries
from milio.migrations import apply_migrations
from milio.observability import metrics
from tests.support.services import running_sqld


def _entry(user_id: int | None) -> ErrorLogEntry:
    return ErrorLogEntry("hi", None, "unavailable", None, None, user_id, None, None, "req-1")


def test_a_row_the_database_cannot_take_is_counted_as_dropped(tmp_path: Path) -> None:
    with running_sqld(tmp_path) as url:
        db = Database(url, timeout=0.3)
    metrics.clear_metrics()
    assert write_entries(db, [_entry(None), _entry(None)]) == 0  # the server is gone
    assert metrics.metric_set["ErrorLogRowsDropped"]["Value"] == [1.0, 1.0]
    metrics.clear_metrics()


def test_rows_of_anonymous_requests_and_existing_users_are_written(tmp_path: Path) -> None:
    db = Database(str(tmp_path / "log.db"))
    apply_migrations(db)
    user_id = db.insert("INSERT INTO users (email, password) VALUES ('a@b.c', 'h')")
    metrics.clear_metrics()
    assert write_entries(db, [_entry(None), _entry(user_id), _entry(user_id + 1)]) == 2
    assert db.fetch_all("SELECT user_id FROM errors ORDER BY id") == [(None,), (user_id,)]
    assert "ErrorLogRowsDropped" not in metrics.metric_set  # a gone user's row is not a drop


def test_no_error_log_row_is_lost_while_another_writer_holds_the_lock(tmp_path: Path) -> None:
    """The audit lost up to 29 of 600 inserts to SQLITE_BUSY at 64 threads; busy writes are
    now retried within the call's time. The lock is held on purpose (a second connection to
    sqld's own file in a write transaction), so every run meets busy answers: 64 threads
    racing only met them in some runs, and now and then left sqld's writes unanswered for
    over 30 s (sqld 0.24.32: 3 of 49 runs of a loop stalled past 10 s; the test then failed
    on sqld, not on our retries)."""
    with running_sqld(tmp_path) as url:
        pauses: list[float] = []

        def sleep(seconds: float) -> None:
            pauses.append(seconds)
            time.sleep(seconds)

        db = Database(url, timeout=10, sleep=sleep)
        apply_migrations(db)
        metrics.clear_metrics()
        holder = sqlite3.connect(
            tmp_path / "sqld" / "dbs" / "default" / "data",
            isolation_level=None,
            timeout=0,
            check_same_thread=False,
        )
        holder.execute("BEGIN IMMEDIATE")  # the write lock, taken and then given back
        release = threading.Timer(0.5, lambda: holder.execute("ROLLBACK"))

        def writer() -> None:
            for _ in range(5):
                write_entries(db, [_entry(None)])

        threads = [threading.Thread(target=writer) for _ in range(8)]
        release.start()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        release.join()
        holder.close()
        rows = db.fetch_one("SELECT COUNT(*) FROM errors")
    assert pauses  # the writes did meet a held lock
    assert rows == (40,)
    assert "ErrorLogRowsDropped" not in metrics.metric_set
