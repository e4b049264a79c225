"""The database module against a real libSQL server (sqld) and a local file."""

import contextlib
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from milio.db import (
    Database,
    DatabaseBusyError,
    DatabaseError,
    DatabaseReadOnlyError,
    DatabaseUnavailableError,
    UniqueViolationError,
)
from tests.support.services import block_writes, free_port, running_sqld, sqld_service

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
    with pytest.raises(DatabaseError, match="no such table"):
        sqld_db.fetch_all("SELECT * FROM no_such_table")


def test_the_connection_survives_a_server_restart(tmp_path: Path) -> None:
    """A dropped stream (restart, or ~10 s idle) is reconnected once, transparently."""
    port = free_port()
    with running_sqld(tmp_path, port) as url:
        db = Database(url, cooldown=0)
        db.execute("CREATE TABLE t (v TEXT)")
        db.execute("INSERT INTO t VALUES (?)", ("before",))
    with running_sqld(tmp_path, port):  # same data directory, same port
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


def test_a_paused_server_is_unavailable_within_the_timeout_and_then_at_once(
    tmp_path: Path,
) -> None:
    """sqld stopped by SIGSTOP: the call gives up at its timeout, the next ones at once."""
    with sqld_service(tmp_path) as sqld:
        db = Database(sqld.url, timeout=0.3, cooldown=30)
        db.execute("CREATE TABLE t (v TEXT)")
        sqld.pause()
        started = time.monotonic()
        with pytest.raises(DatabaseUnavailableError):
            db.fetch_all("SELECT v FROM t")
        first = time.monotonic() - started
        started = time.monotonic()
        with pytest.raises(DatabaseUnavailableError):
            db.fetch_all("SELECT v FROM t")
        second = time.monotonic() - started
        sqld.resume()
    assert first < 1.5
    assert second < 0.1


def test_a_hung_call_does_not_hold_up_other_threads(tmp_path: Path) -> None:
    """A call waiting on a paused server leaves the rest of the process running."""
    with sqld_service(tmp_path) as sqld:
        db = Database(sqld.url, timeout=1.0)
        db.execute("CREATE TABLE t (v TEXT)")
        sqld.pause()
        ticks: list[float] = []
        waiter = threading.Thread(target=lambda: _swallow(db.fetch_all, "SELECT v FROM t"))
        started = time.monotonic()
        waiter.start()
        while waiter.is_alive() and time.monotonic() - started < 5:
            ticks.append(time.monotonic())
            time.sleep(0.01)
        waiter.join()
        sqld.resume()
    assert len(ticks) > 20  # this thread kept running while the other one waited


def test_the_database_comes_back_after_the_cooldown(tmp_path: Path) -> None:
    with sqld_service(tmp_path) as sqld:
        db = Database(sqld.url, timeout=0.3, cooldown=0.2)
        db.execute("CREATE TABLE t (v TEXT)")
        sqld.pause()
        with pytest.raises(DatabaseUnavailableError):
            db.fetch_all("SELECT v FROM t")
        sqld.resume()
        time.sleep(0.25)
        assert db.fetch_all("SELECT v FROM t") == []


def test_blocked_writes_are_a_read_only_error_and_reads_go_on(tmp_path: Path) -> None:
    """Turso's answer when writes are blocked (quota, maintenance), from a real sqld."""
    with sqld_service(tmp_path, admin=True) as sqld:
        db = Database(sqld.url)
        db.execute("CREATE TABLE t (v TEXT)")
        block_writes(sqld.admin_url)
        with pytest.raises(DatabaseReadOnlyError):
            db.execute("INSERT INTO t VALUES (?)", ("x",))
        assert db.fetch_all("SELECT v FROM t") == []  # no cool-down: the server is there


def test_values_of_every_type_round_trip(sqld_db: Database) -> None:
    sqld_db.execute("CREATE TABLE IF NOT EXISTS kinds (i INTEGER, f REAL, t TEXT, b BLOB, n)")
    sqld_db.execute(
        "INSERT INTO kinds VALUES (?, ?, ?, ?, ?)", (2**62, 1.5, "é ☕", b"\x00\xff", None)
    )
    assert sqld_db.fetch_one("SELECT * FROM kinds") == (2**62, 1.5, "é ☕", b"\x00\xff", None)
    sqld_db.execute("DROP TABLE kinds")


def _swallow(call: Callable[..., object], *args: object) -> None:
    with contextlib.suppress(DatabaseUnavailableError):
        call(*args)


def test_during_an_outage_one_call_at_a_time_tries_the_server(tmp_path: Path) -> None:
    """After the cool-down one call waits for the server; the others still fail at once."""
    with sqld_service(tmp_path) as sqld:
        db = Database(sqld.url, timeout=0.5, cooldown=0.1)
        db.execute("CREATE TABLE t (v TEXT)")
        sqld.pause()
        with pytest.raises(DatabaseUnavailableError):
            db.fetch_all("SELECT v FROM t")
        time.sleep(0.15)  # the cool-down is over
        trying = threading.Thread(target=lambda: _swallow(db.fetch_all, "SELECT v FROM t"))
        trying.start()
        time.sleep(0.1)
        started = time.monotonic()
        with pytest.raises(DatabaseUnavailableError):
            db.fetch_all("SELECT v FROM t")
        assert time.monotonic() - started < 0.1
        trying.join()
        sqld.resume()


def test_a_request_the_server_cannot_read_is_a_statement_error_not_an_outage(
    tmp_path: Path,
) -> None:
    """sqld answers HTTP 400 to an integer of 2^63 or more: that statement fails, and the
    next call is served at once (no cool-down)."""
    with running_sqld(tmp_path) as url:
        db = Database(url, cooldown=30)
        with pytest.raises(DatabaseError) as refused:
            db.fetch_one("SELECT ?", (2**64,))
        assert not isinstance(refused.value, DatabaseUnavailableError)
        assert "18446744073709551616" not in str(refused.value)  # its body may quote values
        assert db.fetch_one("SELECT ?", (2**62,)) == (2**62,)


def test_a_lone_surrogate_is_a_statement_error_not_an_outage(tmp_path: Path) -> None:
    with running_sqld(tmp_path) as url:
        db = Database(url, cooldown=30)
        with pytest.raises(DatabaseError):
            db.fetch_one("SELECT ?", ("\ud83d",))
        assert db.fetch_one("SELECT ?", ("ok",)) == ("ok",)


class _LockHolder:
    """Another process holding the write lock of a database file (SQLite's locks are
    per process: a second connection in this process would not be kept out)."""

    def __init__(self, path: Path) -> None:
        script = (
            "import sqlite3, sys\n"
            f"c = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
            "c.execute('BEGIN IMMEDIATE')\n"
            "print('held', flush=True)\n"
            "sys.stdin.readline()\n"
        )
        self._proc = subprocess.Popen(
            [sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        assert self._proc.stdout is not None
        assert self._proc.stdout.readline() == "held\n"

    def release(self) -> None:
        if self._proc.poll() is None:
            assert self._proc.stdin is not None
            self._proc.stdin.write("\n")
            self._proc.stdin.close()
            self._proc.wait(timeout=10)


class _FakeTime:
    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []
        self.on_sleep: Callable[[int], None] = lambda count: None

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
        self.on_sleep(len(self.sleeps))


def test_a_busy_database_is_retried_with_jittered_pauses_until_it_frees(tmp_path: Path) -> None:
    path = tmp_path / "busy.db"
    fake = _FakeTime()
    db = Database(str(path), timeout=1.0, clock=fake.clock, sleep=fake.sleep, jitter=lambda: 0.5)
    db.execute("CREATE TABLE t (v TEXT)")
    holder = _LockHolder(path)
    fake.on_sleep = lambda count: holder.release() if count == 3 else None
    try:
        db.execute("INSERT INTO t VALUES (?)", ("kept",))
    finally:
        holder.release()
    assert fake.sleeps == [0.005, 0.01, 0.02]  # half of a doubling ceiling, by the jitter
    assert db.fetch_all("SELECT v FROM t") == [("kept",)]


def test_a_database_busy_for_the_whole_call_is_busy_not_read_only(tmp_path: Path) -> None:
    path = tmp_path / "busy.db"
    fake = _FakeTime()
    db = Database(str(path), timeout=0.5, clock=fake.clock, sleep=fake.sleep, jitter=lambda: 1.0)
    db.execute("CREATE TABLE t (v TEXT)")
    holder = _LockHolder(path)
    try:
        with pytest.raises(DatabaseBusyError):
            db.execute("INSERT INTO t VALUES (?)", ("lost",))
    finally:
        holder.release()
    # Doubling pauses while they fit in the call's 0.5 s; the next (0.2 s) would not.
    assert fake.sleeps == pytest.approx([0.01, 0.02, 0.04, 0.08, 0.16])
    assert db.fetch_all("SELECT v FROM t") == []  # and it answers again once the lock is gone
