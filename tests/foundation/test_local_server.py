"""`make dev` and the stream function's run.sh as they really start: uvicorn in a process
of its own, spoken to over loopback sockets."""

from __future__ import annotations

import os
import socket
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.support.services import serve

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def devserver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """`make dev` (python -m devserver) with a local database."""
    yield from serve([sys.executable, "-m", "devserver"], tmp_path_factory.mktemp("dev"))


def _raw_request(url: str, head: bytes, chunks: Iterator[bytes]) -> bytes:
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(head)
        try:
            for chunk in chunks:
                sock.sendall(chunk)
        except OSError:
            pass  # the server may answer and close before the whole body is sent
        return sock.recv(65536)


def test_a_body_declaring_a_small_length_but_sent_chunked_is_counted(
    devserver: tuple[str, Path],
) -> None:
    """Content-Length: 10 and Transfer-Encoding: chunked on one request: 5 MB arrived
    (uvicorn reads the chunked body), so the byte count is what decides."""
    url, _ = devserver
    head = (
        b"POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        b"Content-Length: 10\r\nTransfer-Encoding: chunked\r\n\r\n"
    )
    piece = b"x" * 65536

    def chunks() -> Iterator[bytes]:
        for _ in range(80):  # 5 MiB
            yield b"%x\r\n%s\r\n" % (len(piece), piece)
        yield b"0\r\n\r\n"

    status_line = _raw_request(url, head, chunks()).split(b"\r\n", 1)[0]
    assert status_line.startswith(b"HTTP/1.1 413 ")


def test_the_access_log_never_records_a_jwt(devserver: tuple[str, Path]) -> None:
    url, log = devserver
    secret = "eyJhbGciOiJIUzI1NiJ9.c2VjcmV0LXRva2VuLXZhbHVl.c2lnbmF0dXJl"
    httpx.get(f"{url}/email/login", params={"jwt": secret}, timeout=5)
    time.sleep(0.2)  # the access line is written after the answer
    text = log.read_text()
    assert "/email/login?jwt=[redacted]" in text
    assert secret not in text


def _limited_despite_forwarded_for(url: str, path: str, method: str = "GET") -> list[int]:
    statuses = []
    with httpx.Client(timeout=5) as client:
        for i in range(12):
            headers = {"X-Forwarded-For": f"203.0.113.{i}", "Content-Type": "application/json"}
            statuses.append(client.request(method, f"{url}{path}", headers=headers).status_code)
    return statuses


def test_x_forwarded_for_does_not_choose_the_rate_limit_key(devserver: tuple[str, Path]) -> None:
    """Nothing stands in front of `make dev`: each address it claims is the client's own."""
    url, _ = devserver
    assert 429 in _limited_despite_forwarded_for(url, "/verify-token")


def test_the_stream_functions_uvicorn_ignores_x_forwarded_for(tmp_path: Path) -> None:
    """run.sh as the Web Adapter starts it (outside Lambda, so no request-context header)."""
    env = {
        "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}",
        "PYTHONPATH": f"{ROOT / 'layers/common'}:{ROOT / 'functions/stream'}",
        "LAMBDA_TASK_ROOT": str(ROOT / "functions/stream"),
        "LAMBDA_RUNTIME_DIR": str(tmp_path),
    }
    for url, _ in serve(["bash", "functions/stream/run.sh"], tmp_path, **env):
        statuses = _limited_despite_forwarded_for(url, "/chat/stream", "POST")
        assert 429 in statuses


ABSURD_HEADERS = [
    b"Host: a:b:c",
    b"Host: 127.0.0.1:99999999",
    b"Host: " + b"h" * 300,
    b"Host: [::1",
    b"X-Forwarded-Port: abc",
    b"X-Forwarded-Port: 70000",
]


@pytest.mark.parametrize("header", ABSURD_HEADERS, ids=lambda h: h.decode()[:30])
def test_an_absurd_host_port_or_length_is_a_json_400(
    devserver: tuple[str, Path], header: bytes
) -> None:
    url, _ = devserver
    host = b"" if header.startswith(b"Host:") else b"Host: 127.0.0.1\r\n"
    head = (
        b"POST /login HTTP/1.1\r\n" + host + header + b"\r\nContent-Type: application/json\r\n"
        b"Connection: close\r\n\r\n"
    )
    host_name, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host_name, int(port)), timeout=10) as sock:
        sock.sendall(head)
        answer = b"".join(iter(lambda: sock.recv(65536), b""))
    status_line, _, rest = answer.partition(b"\r\n")
    assert status_line.startswith(b"HTTP/1.1 400 "), answer[:300]
    assert b'{"error": "Invalid ' in rest


def test_a_content_length_no_parser_can_read_is_a_400(devserver: tuple[str, Path]) -> None:
    """uvicorn's HTTP parser refuses it before any app runs (its own plain-text 400: the
    framing of the request is broken). Behind API Gateway the guard answers it, as JSON."""
    url, _ = devserver
    head = (
        b"POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        b"Content-Length: " + b"9" * 5000 + b"\r\nConnection: close\r\n\r\n"
    )
    assert _raw_request(url, head, iter(())).startswith(b"HTTP/1.1 400 ")
