"""The database: one libSQL connection per container, reused across requests.

A local file in development, Turso (or a local ``sqld``) in tests and in AWS.
``libsql`` raises ``ValueError`` for every error, SQL or transport, so the
mapping from its messages to our errors lives here and nowhere else.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

import libsql

from milio.errors import ConflictError, ServiceUnavailableError
from milio.settings import Settings, get_settings

Row = tuple[Any, ...]
Params = Sequence[Any]
T = TypeVar("T")

# Transport failures after which a fresh connection can succeed: a remote
# stream idle for ~10 s is dead for good, and a restarted server drops streams.
_RECONNECTABLE = (
    "stream_expired",
    "stream expired",
    "stream not found",
    "invalid baton",
    "http error",
    "connect",
)
_SQL_ERROR = ("sqlite error", "sqlite_")


class UniqueViolationError(ConflictError):
    public_message = "Already exists"


class DatabaseUnavailableError(ServiceUnavailableError):
    public_message = "The database is unavailable"


def _is_reconnectable(exc: ValueError) -> bool:
    text = str(exc).lower()
    if any(marker in text for marker in _SQL_ERROR):
        return False
    return any(marker in text for marker in _RECONNECTABLE)


def _translate(exc: ValueError) -> Exception:
    if "unique constraint failed" in str(exc).lower():
        return UniqueViolationError()
    return exc


class Database:
    """A thread-safe wrapper around one libSQL connection."""

    def __init__(self, url: str, auth_token: str = "") -> None:
        self._url = url
        self._auth_token = auth_token
        self._lock = threading.RLock()
        self._conn: Any = None

    @property
    def is_remote(self) -> bool:
        return "://" in self._url

    def _connect(self) -> Any:
        if not self.is_remote:
            Path(self._url).parent.mkdir(parents=True, exist_ok=True)
        # Autocommit: every statement stands alone unless run inside transaction().
        return libsql.connect(
            self._url, auth_token=self._auth_token, isolation_level=None, _check_same_thread=False
        )

    def _run(self, work: Callable[[Any], T]) -> T:
        with self._lock:
            for attempt in (1, 2):
                try:
                    if self._conn is None:
                        self._conn = self._connect()
                    return work(self._conn)
                except ValueError as exc:
                    if attempt == 1 and _is_reconnectable(exc):
                        self._conn = None  # reconnect and retry once
                        continue
                    if _is_reconnectable(exc):
                        raise DatabaseUnavailableError() from exc
                    raise _translate(exc) from exc
            raise AssertionError("unreachable")  # pragma: no cover

    def execute(self, sql: str, params: Params = ()) -> int:
        """Run one statement; answer the number of rows it changed."""
        return self._run(lambda conn: int(conn.execute(sql, tuple(params)).rowcount))

    def insert(self, sql: str, params: Params = ()) -> int:
        """Run one INSERT; answer the new row's id."""
        return self._run(lambda conn: int(conn.execute(sql, tuple(params)).lastrowid))

    def fetch_one(self, sql: str, params: Params = ()) -> Row | None:
        def work(conn: Any) -> Row | None:
            row = conn.execute(sql, tuple(params)).fetchone()
            return tuple(row) if row is not None else None

        return self._run(work)

    def fetch_all(self, sql: str, params: Params = ()) -> list[Row]:
        return self._run(
            lambda conn: [tuple(r) for r in conn.execute(sql, tuple(params)).fetchall()]
        )

    def transaction(self, statements: Sequence[tuple[str, Params]]) -> None:
        """Run statements atomically (all or nothing)."""

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

    def executescript(self, script: str) -> None:
        self._run(lambda conn: conn.executescript(script))

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None


def database_from_settings(settings: Settings) -> Database:
    token = settings.turso_auth_token.get_secret_value() if settings.turso_auth_token else ""
    return Database(settings.database_url, token)


@lru_cache(maxsize=1)
def get_database() -> Database:
    return database_from_settings(get_settings())
