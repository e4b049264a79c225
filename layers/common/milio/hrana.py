"""libSQL's remote protocol (Hrana 3 over HTTP, ``POST /v3/pipeline``), spoken with the
standard library and a total timeout on every call.

Why not the ``libsql`` package for remote databases: its calls hold the GIL while they
wait on the network. Measured with sqld paused by SIGSTOP: a query in one thread froze
every other thread of the process, the event loop included, until the server came
back; no timeout can be enforced around such a call. Here every wait is a socket
operation with the call's remaining time as its timeout.

Each call is one self-contained pipeline (its requests, then ``close``): no stream is
kept open on the server between calls, so nothing expires after ~10 s idle.
"""

from __future__ import annotations

import base64
import http.client
import json
import ssl
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

Row = tuple[Any, ...]
Statement = tuple[str, Sequence[Any]]


class HranaTransportError(Exception):
    """The server could not be reached, did not answer in time, failed itself (HTTP 5xx),
    or answered nonsense: the only errors that say the server may be down."""


class HranaStatementError(Exception):
    """The server is up and refused this request: an SQL error, a constraint, a blocked
    write inside a 200 pipeline answer, or an HTTP 4xx for a request it could not read
    (an integer of 2^63 or more, a lone surrogate in a text value)."""

    def __init__(self, message: str, code: str | None) -> None:
        super().__init__(f"{message} ({code})" if code else message)
        self.message = message
        self.code = code or ""


@dataclass(frozen=True)
class Result:
    rows: list[Row]
    affected_rows: int
    last_insert_id: int | None


def encode_value(value: Any) -> dict[str, Any]:
    if value is None:
        return {"type": "null"}
    if isinstance(value, bool | int):
        return {"type": "integer", "value": str(int(value))}
    if isinstance(value, float):
        return {"type": "float", "value": value}
    if isinstance(value, bytes | bytearray | memoryview):
        return {"type": "blob", "base64": base64.b64encode(bytes(value)).decode()}
    return {"type": "text", "value": str(value)}


def decode_value(cell: dict[str, Any]) -> Any:
    kind = cell.get("type")
    if kind == "integer":
        return int(cell["value"])
    if kind == "float":
        return float(cell["value"])
    if kind == "text":
        return str(cell["value"])
    if kind == "blob":
        encoded = str(cell.get("base64", ""))
        return base64.b64decode(encoded + "=" * (-len(encoded) % 4))
    return None


def _statement(sql: str, params: Sequence[Any]) -> dict[str, Any]:
    return {"sql": sql, "args": [encode_value(p) for p in params]}


def _result(raw: dict[str, Any]) -> Result:
    rows = [tuple(decode_value(cell) for cell in row) for row in raw.get("rows", [])]
    last = raw.get("last_insert_rowid")
    return Result(rows, int(raw.get("affected_row_count", 0)), int(last) if last else None)


def _atomic_batch(statements: Sequence[Statement]) -> dict[str, Any]:
    """BEGIN, each statement only if the previous succeeded, COMMIT, else ROLLBACK."""
    steps: list[dict[str, Any]] = [{"stmt": {"sql": "BEGIN"}}]
    for sql, params in statements:
        steps.append({"stmt": _statement(sql, params), "condition": _ok(len(steps) - 1)})
    commit = len(steps)
    steps.append({"stmt": {"sql": "COMMIT"}, "condition": _ok(commit - 1)})
    steps.append({"stmt": {"sql": "ROLLBACK"}, "condition": {"type": "not", "cond": _ok(commit)}})
    return {"type": "batch", "batch": {"steps": steps}}


def _ok(step: int) -> dict[str, Any]:
    return {"type": "ok", "step": step}


class HranaClient:
    """Thread-safe: each call takes an idle keep-alive connection or opens one."""

    def __init__(
        self,
        url: str,
        auth_token: str = "",
        *,
        timeout: float = 2.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        parts = urlsplit(url)
        scheme = {"libsql": "https", "wss": "https", "ws": "http"}.get(parts.scheme, parts.scheme)
        if scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"not a libSQL server URL: {parts.scheme}://{parts.hostname}")
        self._https = scheme == "https"
        self._host = parts.hostname
        self._port = parts.port
        self._path = parts.path.rstrip("/") + "/v3/pipeline"
        self._headers = {"Content-Type": "application/json"}
        if auth_token:
            self._headers["Authorization"] = f"Bearer {auth_token}"
        self._timeout = timeout
        self._clock = clock
        self._idle: list[http.client.HTTPConnection] = []
        self._lock = threading.Lock()
        self._tls = ssl.create_default_context() if self._https else None

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Result:
        request = {"type": "execute", "stmt": _statement(sql, params) | {"want_rows": True}}
        response = self._pipeline(request)
        return _result(response["result"])

    def transaction(self, statements: Sequence[Statement]) -> None:
        """All the statements or none of them, in one round trip."""
        response = self._pipeline(_atomic_batch(statements))
        for error in response["result"].get("step_errors", []):
            if error:
                raise HranaStatementError(str(error.get("message")), error.get("code"))

    def execute_script(self, script: str) -> None:
        self._pipeline({"type": "sequence", "sql": script})

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        for conn in idle:
            conn.close()

    def _pipeline(self, request: dict[str, Any]) -> dict[str, Any]:
        body = json.dumps({"baton": None, "requests": [request, {"type": "close"}]}).encode()
        answer = self._post(body)
        try:
            first = answer["results"][0]
            if first["type"] == "error":
                error = first["error"]
                raise HranaStatementError(str(error.get("message")), error.get("code"))
            response: dict[str, Any] = first["response"]
            return response
        except (KeyError, IndexError, TypeError) as exc:
            raise HranaTransportError("unexpected answer from the database") from exc

    def _post(self, body: bytes) -> dict[str, Any]:
        deadline = self._clock() + self._timeout
        conn, reused = self._take()
        try:
            try:
                status, data = self._exchange(conn, body, deadline)
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError):
                if not reused:
                    raise
                conn.close()  # the server closed an idle keep-alive connection: one fresh try
                conn = self._new_connection()
                status, data = self._exchange(conn, body, deadline)
        except (OSError, http.client.HTTPException) as exc:
            conn.close()
            raise HranaTransportError(f"database unreachable: {type(exc).__name__}") from exc
        self._give_back(conn)
        if 400 <= status < 500:
            # Its body can quote the value it could not read (user text): never kept.
            raise HranaStatementError("the database refused the request", f"HTTP_{status}")
        if status != 200:
            raise HranaTransportError(f"database answered HTTP {status}")
        try:
            answer: dict[str, Any] = json.loads(data)
        except ValueError as exc:
            raise HranaTransportError("database answered something that is not JSON") from exc
        return answer

    def _exchange(
        self, conn: http.client.HTTPConnection, body: bytes, deadline: float
    ) -> tuple[int, bytes]:
        def remaining() -> float:
            left = deadline - self._clock()
            if left <= 0:
                raise TimeoutError("database call timed out")
            return left

        conn.timeout = remaining()
        if conn.sock is None:
            conn.connect()
        conn.sock.settimeout(remaining())
        conn.request("POST", self._path, body, self._headers)
        conn.sock.settimeout(remaining())
        response = conn.getresponse()
        chunks = []
        while True:
            if conn.sock is not None:
                conn.sock.settimeout(remaining())
            chunk = response.read1(65536)
            if not chunk:
                break
            chunks.append(chunk)
        return response.status, b"".join(chunks)

    def _take(self) -> tuple[http.client.HTTPConnection, bool]:
        with self._lock:
            if self._idle:
                return self._idle.pop(), True
        return self._new_connection(), False

    def _give_back(self, conn: http.client.HTTPConnection) -> None:
        with self._lock:
            if len(self._idle) < 8:
                self._idle.append(conn)
                return
        conn.close()

    def _new_connection(self) -> http.client.HTTPConnection:
        if self._https:
            return http.client.HTTPSConnection(
                self._host, self._port, timeout=self._timeout, context=self._tls
            )
        return http.client.HTTPConnection(self._host, self._port, timeout=self._timeout)
