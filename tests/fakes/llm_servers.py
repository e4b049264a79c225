"""Local fake servers that speak the real wire protocols of OpenAI, Anthropic, Mistral and Groq.

Point the official SDKs at one (its `base_url`, or the env vars from `env()`),
script what it does with `script(...)`, and read back what it received in
`requests`. Each server listens on 127.0.0.1 on a free port, in a background
thread, so it serves both sync and async SDK clients of the test.

    with FakeLLMServer("anthropic") as fake:
        fake.script(Fail(429, retry_after=0.1), Reply("Hello there"))
        ...  # call the SDK with base_url=fake.base_url
        assert fake.requests[1].max_tokens == 64

Behaviours, consumed one per request in order (when the queue is empty the
server answers `Reply()`):

- `Reply(text, delay=, chunk_delay=, cut_after=, close_after=, chunk_chars=)`: an
  answer, as JSON or, when the request asked for a stream, as SSE with one delta
  per word (or per `chunk_chars` characters); `cut_after` drops the connection
  after that many deltas, without the closing events; `close_after` ends the
  response cleanly after that many deltas, but without the API's end events (a
  stream truncated upstream).
- `Fail(status, retry_after=, code=)`: an error in the API's own JSON error shape.
- `Hang()`: never answers; returns once the client gives up (its timeout).
- `Drip(text, byte_delay=)`: the answer (JSON or SSE), one byte every
  `byte_delay` seconds: each read succeeds, the whole takes forever.
- `Malformed(body)`: a 200 whose body is not what the API returns.

A structured request (tools, a JSON schema or JSON mode) is checked as the real
API checks it (a 400 otherwise, e.g. a strict schema with an optional
property) and a `Reply` to it holds its text (a JSON object) the way the
request asked: as a forced tool call's arguments or input, or as the content.
`FakeLLMServer(api, ignores_structure=True)` is a local server that neither
checks nor follows it: the text comes back as plain content.

Each `RecordedRequest` tells what the client sent (model, max_tokens, system,
user, stream, structured) and, through events, whether the response `finished`
or the client `disconnected` first (e.g. a consumer that stopped reading a stream).
"""

from __future__ import annotations

import contextlib
import json
import queue
import select
import socket
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self

from tests.fakes.llm_wire import (
    PATHS,
    Api,
    error_body,
    json_answer,
    stream_delta,
    stream_head,
    stream_tail,
    structured_answer,
    structured_kind,
    structured_problem,
)


@dataclass(frozen=True)
class Reply:
    text: str = "Hello from the fake model."
    delay: float = 0.0  # before the response starts
    chunk_delay: float = 0.0  # between streamed deltas
    cut_after: int | None = None  # streamed deltas sent before the connection is dropped
    close_after: int | None = None  # streamed deltas sent before a clean end without end events
    output_tokens: int | None = None
    chunk_chars: int | None = None  # stream fixed-size pieces instead of words


@dataclass(frozen=True)
class Fail:
    status: int = 500
    retry_after: float | None = None
    delay: float = 0.0
    code: str | None = None  # the API's own error code, e.g. "model_decommissioned"


@dataclass(frozen=True)
class Hang:
    pass


@dataclass(frozen=True)
class Drip:
    text: str = "Hello from the fake model."
    byte_delay: float = 0.5


@dataclass(frozen=True)
class Malformed:
    body: str = '{"this is": not json'
    content_type: str = "application/json"


Behaviour = Reply | Fail | Hang | Drip | Malformed


@dataclass
class RecordedRequest:
    path: str
    headers: dict[str, str]
    body: dict[str, Any]
    finished: threading.Event = field(default_factory=threading.Event)
    disconnected: threading.Event = field(default_factory=threading.Event)

    @property
    def model(self) -> str | None:
        return self.body.get("model")

    @property
    def max_tokens(self) -> int | None:
        return self.body.get("max_tokens", self.body.get("max_completion_tokens"))

    @property
    def stream(self) -> bool:
        return bool(self.body.get("stream"))

    @property
    def structured(self) -> str | None:
        """ "tool", "json_schema", "json_object", or None for a plain text request."""
        return structured_kind(self.body)

    @property
    def system(self) -> str | None:
        if "system" in self.body:
            return str(self.body["system"])
        return self._content_of("system")

    @property
    def user(self) -> str | None:
        return self._content_of("user")

    def _content_of(self, role: str) -> str | None:
        for message in self.body.get("messages", []):
            if message.get("role") == role:
                return str(message.get("content"))
        return None


class FakeLLMServer:
    """One fake API server; a context manager that starts and stops it."""

    def __init__(self, api: Api, *, ignores_structure: bool = False) -> None:
        self.api = api
        # As many local servers (Ollama, llama.cpp's server, vLLM without guided decoding)
        # do: the request's response_format, tools or JSON mode are neither checked nor
        # followed, and a Reply's text comes back as plain message content.
        self.ignores_structure = ignores_structure
        self.requests: list[RecordedRequest] = []
        self._script: queue.SimpleQueue[Behaviour] = queue.SimpleQueue()
        self._stopping = threading.Event()
        self._connections: set[socket.socket] = set()
        self._lock = threading.Lock()
        self._httpd = _Server(("127.0.0.1", 0), _Handler)
        self._httpd.fake = self  # type: ignore[attr-defined]
        # A short poll interval: `shutdown` waits for it, at every test's teardown.
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )

    @property
    def root_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def base_url(self) -> str:
        """What the SDK takes as its base URL (OpenAI's includes /v1; Groq adds /openai/v1)."""
        return f"{self.root_url}/v1" if self.api == "openai" else self.root_url

    def env(self, api_key: str = "test-key") -> dict[str, str]:
        """Environment variables that point Milio's settings at this server."""
        prefix = self.api.upper()
        return {f"{prefix}_BASE_URL": self.base_url, f"{prefix}_API_KEY": api_key}

    def script(self, *behaviours: Behaviour) -> None:
        for behaviour in behaviours:
            self._script.put(behaviour)

    def unscript(self) -> None:
        """Forget the behaviours not used yet: from now on, plain replies."""
        while not self._script.empty():
            self._script.get_nowait()

    def start(self) -> Self:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._httpd.shutdown()
        with self._lock:
            for conn in self._connections:
                _shutdown(conn)  # wakes handler threads waiting for a next request
        self._httpd.server_close()
        self._thread.join(timeout=2)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _next_behaviour(self) -> Behaviour:
        try:
            return self._script.get_nowait()
        except queue.Empty:
            return Reply()

    def _record(self, path: str, headers: dict[str, str], body: dict[str, Any]) -> RecordedRequest:
        request = RecordedRequest(path, headers, body)
        with self._lock:
            self.requests.append(request)
        return request

    def _track(self, conn: socket.socket, alive: bool) -> None:
        with self._lock:
            (self._connections.add if alive else self._connections.discard)(conn)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)  # a client hanging up is routine


def _shutdown(conn: socket.socket) -> None:
    with contextlib.suppress(OSError):
        conn.shutdown(socket.SHUT_RDWR)


class _ClientGoneError(Exception):
    """The client closed the connection before the response was complete."""


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, like the real APIs, so pooled clients reuse it
    # Buffer writes until `_write` flushes: headers and body then leave in one segment,
    # instead of two that meet the client's delayed ACK (40 ms per call).
    wbufsize = 64 * 1024
    server: ThreadingHTTPServer

    @property
    def fake(self) -> FakeLLMServer:
        fake: FakeLLMServer = self.server.fake  # type: ignore[attr-defined]
        return fake

    def setup(self) -> None:
        super().setup()
        self.fake._track(self.connection, alive=True)

    def finish(self) -> None:
        self.fake._track(self.connection, alive=False)
        super().finish()

    def log_message(self, format: str, *args: Any) -> None:
        pass  # keep test output clean

    def do_POST(self) -> None:
        length = int(self.headers.get("content-length", "0"))
        raw = self.rfile.read(length)
        body = json.loads(raw) if raw else {}
        request = self.fake._record(
            self.path, {k.lower(): v for k, v in self.headers.items()}, body
        )
        try:
            self._respond(request)
            request.finished.set()
        except _ClientGoneError:
            request.disconnected.set()
            self.close_connection = True

    def _respond(self, request: RecordedRequest) -> None:
        api = self.fake.api
        if request.path != PATHS[api]:
            self._send_json(404, error_body(api, 404))
            return
        problem = None if self.fake.ignores_structure else structured_problem(api, request.body)
        if problem is not None:
            self._send_json(400, error_body(api, 400) | {"problem": problem})
            return
        behaviour = self.fake._next_behaviour()
        match behaviour:
            case Hang():
                self._wait(None)
            case Fail(status=status, retry_after=retry_after, delay=delay, code=code):
                self._wait(delay)
                headers = {"retry-after": f"{retry_after:g}"} if retry_after is not None else {}
                self._send_json(status, error_body(api, status, code), headers)
            case Malformed(body=text, content_type=content_type):
                self._send_bytes(200, text.encode(), content_type)
            case Drip(text=text, byte_delay=byte_delay):
                self._drip(request, text, byte_delay)
            case Reply() if request.stream:
                self._wait(behaviour.delay)
                self._stream(request, behaviour)
            case Reply(text=text, delay=delay, output_tokens=tokens) if (
                request.structured and not self.fake.ignores_structure
            ):
                self._wait(delay)
                model = request.model or "fake"
                self._send_json(200, structured_answer(api, request.body, model, text, tokens))
            case Reply(text=text, delay=delay, output_tokens=tokens):
                self._wait(delay)
                self._send_json(200, json_answer(api, request.model or "fake", text, tokens))

    def _stream(self, request: RecordedRequest, reply: Reply) -> None:
        api, model = self.fake.api, request.model or "fake"
        if reply.chunk_chars:
            size = reply.chunk_chars
            deltas = [reply.text[i : i + size] for i in range(0, len(reply.text), size)]
        else:
            words = reply.text.split(" ")
            deltas = [word if i == 0 else f" {word}" for i, word in enumerate(words)]
        self.send_response(200)
        self.send_header("content-type", "text/event-stream")
        self.send_header("transfer-encoding", "chunked")
        self.end_headers()
        for event in stream_head(api, model):
            self._send_chunk(event)
        for index, delta in enumerate(deltas):
            if reply.cut_after is not None and index >= reply.cut_after:
                self.close_connection = True  # ends the body without its last chunk
                return
            if reply.close_after is not None and index >= reply.close_after:
                self._write(b"0\r\n\r\n")  # a clean end of the body, but no end events
                return
            if index:
                self._wait(reply.chunk_delay)
            self._send_chunk(stream_delta(api, model, delta))
        tokens = reply.output_tokens or len(deltas)
        include_usage = bool((request.body.get("stream_options") or {}).get("include_usage"))
        for event in stream_tail(api, model, tokens, include_usage):
            self._send_chunk(event)
        self._write(b"0\r\n\r\n")

    def _drip(self, request: RecordedRequest, text: str, byte_delay: float) -> None:
        api, model = self.fake.api, request.model or "fake"
        if request.stream:
            events = [*stream_head(api, model), stream_delta(api, model, text)]
            body, content_type = (
                b"".join([*events, *stream_tail(api, model, 1)]),
                "text/event-stream",
            )
        else:
            body = json.dumps(json_answer(api, model, text, None)).encode()
            content_type = "application/json"
        self.send_response(200)
        self.send_header("content-type", content_type)
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self._write(b"")
        for index in range(len(body)):
            self._write(body[index : index + 1])
            self._wait(byte_delay)

    def _send_chunk(self, data: bytes) -> None:
        self._write(f"{len(data):x}\r\n".encode() + data + b"\r\n")

    def _send_json(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        self._send_bytes(status, json.dumps(body).encode(), "application/json", headers)

    def _send_bytes(
        self, status: int, data: bytes, content_type: str, headers: dict[str, str] | None = None
    ) -> None:
        self.send_response(status)
        self.send_header("content-type", content_type)
        self.send_header("content-length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self._write(data)

    def _write(self, data: bytes) -> None:
        try:
            self.wfile.write(data)
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError) as exc:
            raise _ClientGoneError from exc

    def _wait(self, seconds: float | None) -> None:
        """Sleep, but notice at once if the client hangs up (raises `_ClientGoneError`)."""
        for _ in _ticks(seconds):
            if self.fake._stopping.is_set():
                raise _ClientGoneError
            readable, _, _ = select.select([self.connection], [], [], 0.01)
            if readable and not self._peek():
                raise _ClientGoneError

    def _peek(self) -> bytes:
        try:
            peeked: bytes = self.connection.recv(1, socket.MSG_PEEK)
            return peeked
        except ConnectionError:
            return b""


def _ticks(seconds: float | None) -> Iterator[None]:
    """One tick per 10 ms for `seconds`, or forever."""
    if seconds is None:
        while True:
            yield None
    for _ in range(round(seconds / 0.01)):
        yield None
