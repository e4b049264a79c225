"""The database: Turso (or a local ``sqld``) over HTTP in tests and in AWS, a local file in
development.

Every call to a remote database has a total timeout (``MILIO_DB_TIMEOUT_SECONDS``) and
runs on its own keep-alive connection, so calls neither hang nor queue behind one
another. After a call finds the server unreachable, calls fail at once for
``MILIO_DB_COOLDOWN_SECONDS`` (then the next one tries again): during an outage
every request gets its 503 quickly instead of each waiting for the timeout. Only a
server that cannot be reached, fails (HTTP 5xx) or does not answer in time starts the
cool-down: a statement it refuses (an SQL error, or an HTTP 4xx for a request it could
not read) is that statement's error alone.

A busy database (``SQLITE_BUSY``: another writer holds the lock) is retried with
jittered, growing pauses while the call's time (``MILIO_DB_TIMEOUT_SECONDS``, within
every request's deadline) lasts, then reported as busy; it is not a read-only database.

The mapping from the drivers' errors to ours lives here and nowhere else.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol, TypeVar

from milio.errors import ConflictError, ServiceUnavailableError
from milio.hrana import HranaClient, HranaStatementError, HranaTransportError, Result
from milio.settings import Settings

Row = tuple[Any, ...]
Params = Sequence[Any]
T = TypeVar("T")

# What a database that refuses writes says: Turso and sqld when writes are blocked
# (quota, maintenance), SQLite for a read-only or full file or a held lock.
_WRITE_REFUSED = (
    "blocked",
    "readonly",
    "read-only",
    "database or disk is full",
    "disk i/o error",
)

# Another connection holds the lock (SQLite's BUSY and LOCKED), or the server asks us to
# slow down (HTTP 429): worth another try shortly.
_BUSY = (
    "sqlite_busy",
    "sqlite_locked",
    "database is locked",
    "database table is locked",
    "http_429",
)
# Retry pauses: full jitter over a doubling ceiling (10 ms, 20 ms, ... at most 200 ms).
_BUSY_FIRST_PAUSE = 0.01
_BUSY_MAX_PAUSE = 0.2


class UniqueViolationError(ConflictError):
    public_message = "Already exists"


class DatabaseUnavailableError(ServiceUnavailableError):
    public_message = "The database is unavailable"


class DatabaseReadOnlyError(DatabaseUnavailableError):
    """The database answers reads but refuses changes."""

    public_message = "The database is not accepting changes right now"


class DatabaseBusyError(DatabaseUnavailableError):
    """Other writers held the database for all of the call's time."""

    public_message = "The database is busy right now"


class DatabaseError(Exception):
    """Any other SQL error: a bug of ours, answered as a generic 500."""


def _statement_error(message: str, code: str = "") -> Exception:
    text = f"{message} {code}".lower()
    if "unique constraint failed" in text:
        return UniqueViolationError()
    if any(marker in text for marker in _BUSY):
        return DatabaseBusyError()
    if any(marker in text for marker in _WRITE_REFUSED):
        return DatabaseReadOnlyError()
    return DatabaseError(message)


class _Backend(Protocol):
    """The remote client (milio.hrana) or a local file."""

    def execute(self, sql: str, params: Params) -> Result: ...
    def transaction(self, statements: Sequence[tuple[str, Params]]) -> None: ...
    def execute_script(self, script: str) -> None: ...
    def close(self) -> None: ...


class _LocalBackend:
    """A local libSQL file (development): one connection behind a lock; no network to hang on."""

    def __init__(self, path: str) -> None:
        self._path = path
        self._lock = threading.Lock()
        self._conn: Any = None

    def _run(self, work: Callable[[Any], T]) -> T:
        with self._lock:
            if self._conn is None:
                import libsql  # only local files need it

                Path(self._path).parent.mkdir(parents=True, exist_ok=True)
                # Autocommit: every statement stands alone unless run inside transaction().
                self._conn = libsql.connect(
                    self._path, isolation_level=None, _check_same_thread=False
                )
                # No wait inside the driver (its default is 5 s, longer than a call may
                # take): a held lock comes back as busy, and Database retries in time.
                self._conn.execute("PRAGMA busy_timeout = 0")
            try:
                return work(self._conn)
            except ValueError as exc:  # libsql raises ValueError for every SQL error
                raise _statement_error(str(exc)) from exc

    def execute(self, sql: str, params: Params) -> Result:
        def work(conn: Any) -> Result:
            cursor = conn.execute(sql, tuple(params))
            rows = [tuple(row) for row in cursor.fetchall() or ()]
            return Result(rows, int(cursor.rowcount), cursor.lastrowid)

        return self._run(work)

    def transaction(self, statements: Sequence[tuple[str, Params]]) -> None:
        def work(conn: Any) -> None:
            conn.execute("BEGIN")
            try:
                for sql, params in statements:
                    conn.execute(sql, tuple(params))
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

        self._run(work)

    def execute_script(self, script: str) -> None:
        self._run(lambda conn: conn.executescript(script))

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None


class Database:
    """The one database of a process: thread-safe, bounded in time, quick to give up."""

    def __init__(
        self,
        url: str,
        auth_token: str = "",
        *,
        timeout: float = 2.0,
        cooldown: float = 2.0,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        jitter: Callable[[], float] = random.random,
    ) -> None:
        self._url = url
        self._timeout = timeout
        self._cooldown = cooldown
        self._clock = clock
        self._sleep = sleep
        self._jitter = jitter
        self._down = False
        self._unavailable_until = float("-inf")
        self._state = threading.Lock()
        self._backend: _Backend = (
            HranaClient(url, auth_token, timeout=timeout, clock=clock)
            if self.is_remote
            else _LocalBackend(url)
        )

    @property
    def is_remote(self) -> bool:
        return "://" in self._url

    def _run(self, call: Callable[[], T]) -> T:
        """One call, retried while the database is busy and the call's time lasts."""
        started = self._clock()
        ceiling = _BUSY_FIRST_PAUSE
        while True:
            try:
                return self._run_once(call)
            except DatabaseBusyError:
                pause = self._jitter() * ceiling
                if self._clock() + pause - started >= self._timeout:
                    raise
                self._sleep(pause)
                ceiling = min(ceiling * 2, _BUSY_MAX_PAUSE)

    def _run_once(self, call: Callable[[], T]) -> T:
        self._admit()
        try:
            result = call()
        except HranaStatementError as exc:  # reachable; refusing writes leaves reads going on
            self._down = False
            raise _statement_error(exc.message, exc.code) from exc
        except HranaTransportError as exc:
            with self._state:
                self._down, self._unavailable_until = True, self._clock() + self._cooldown
            raise DatabaseUnavailableError() from exc
        self._down = False
        return result

    def _admit(self) -> None:
        """Fail at once while the server is known to be unreachable. After the cool-down
        one call tries again; the others keep failing fast until it knows."""
        with self._state:
            if not self._down:
                return
            now = self._clock()
            if now < self._unavailable_until:
                raise DatabaseUnavailableError()
            self._unavailable_until = now + self._timeout  # this call is the one that tries

    def execute(self, sql: str, params: Params = ()) -> int:
        """Run one statement; answer the number of rows it changed."""
        return self._run(lambda: self._backend.execute(sql, params)).affected_rows

    def insert(self, sql: str, params: Params = ()) -> int:
        """Run one INSERT; answer the new row's id."""
        last_id = self._run(lambda: self._backend.execute(sql, params)).last_insert_id
        if last_id is None:
            raise DatabaseError("the INSERT reported no row id")
        return int(last_id)

    def fetch_one(self, sql: str, params: Params = ()) -> Row | None:
        rows = self._run(lambda: self._backend.execute(sql, params)).rows
        return rows[0] if rows else None

    def fetch_all(self, sql: str, params: Params = ()) -> list[Row]:
        return self._run(lambda: self._backend.execute(sql, params)).rows

    def transaction(self, statements: Sequence[tuple[str, Params]]) -> None:
        """Run statements atomically (all or nothing)."""
        self._run(lambda: self._backend.transaction(statements))

    def executescript(self, script: str) -> None:
        self._run(lambda: self._backend.execute_script(script))

    def close(self) -> None:
        self._backend.close()


def database_from_settings(settings: Settings) -> Database:
    token = settings.turso_auth_token.get_secret_value() if settings.turso_auth_token else ""
    return Database(
        settings.database_url,
        token,
        timeout=settings.db_timeout_seconds,
        cooldown=settings.db_cooldown_seconds,
    )
