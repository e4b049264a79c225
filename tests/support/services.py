"""The real local services the tests use: a libSQL server and an AWS emulator.

Each is started on a free loopback port, waited for, and stopped by process id.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# The JWT secret the local servers of the tests sign with (tests.conftest uses the same).
TEST_JWT_SECRET = "test-secret-" + "x" * 40


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_until_up(url: str, proc: subprocess.Popen[bytes], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"service exited with {proc.returncode} before answering {url}")
        try:
            with urllib.request.urlopen(url, timeout=1):  # noqa: S310 (loopback only)
                return
        except urllib.error.HTTPError:
            return  # it answered: up
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"service did not answer {url} within {timeout} s")


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()


def sqld_binary() -> str:
    path = os.environ.get("MILIO_SQLD_BIN") or str(ROOT / ".tools" / "sqld")
    if not os.access(path, os.X_OK):
        raise RuntimeError(f"no sqld at {path}: run `make test`, which installs it")
    return path


@dataclass
class Service:
    """A started local service: its URL and its process, for the fault tests to pause,
    stop and start again (same command, same port, same data)."""

    url: str
    command: list[str]
    ready_path: str
    log: Path | None = None
    admin_url: str = ""
    proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        out = self.log.open("ab") if self.log else subprocess.DEVNULL
        self.proc = subprocess.Popen(self.command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=out)
        _wait_until_up(f"{self.url}{self.ready_path}", self.proc)

    def pause(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGSTOP)
            _wait_until_stopped(self.proc.pid)

    def resume(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGCONT)

    def stop(self) -> None:
        self.resume()
        if self.proc is not None:
            _stop(self.proc)


@contextmanager
def sqld_service(
    data_dir: Path, port: int | None = None, *, admin: bool = False
) -> Iterator[Service]:
    """A sqld on ``port`` (a free one by default); ``admin`` also opens its admin API."""
    port = port or free_port()
    command = [
        sqld_binary(),
        "--db-path",
        str(data_dir / "sqld"),
        "--http-listen-addr",
        f"127.0.0.1:{port}",
    ]
    service = Service(f"http://127.0.0.1:{port}", command, "/health", data_dir / "sqld.log")
    if admin:
        admin_port = free_port()
        command += ["--admin-listen-addr", f"127.0.0.1:{admin_port}"]
        service.admin_url = f"http://127.0.0.1:{admin_port}"
    try:
        service.start()
        yield service
    finally:
        service.stop()


def block_writes(admin_url: str, blocked: bool = True) -> None:
    """What Turso does to a database over its quota: reads answer, writes are refused."""
    body = json.dumps({"block_reads": False, "block_writes": blocked, "block_reason": "quota"})
    request = urllib.request.Request(  # noqa: S310 (loopback only)
        f"{admin_url}/v1/namespaces/default/config",
        data=body.encode(),
        headers={"content-type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=5):  # noqa: S310 (loopback only)
        pass


@contextmanager
def running_sqld(data_dir: Path, port: int | None = None) -> Iterator[str]:
    with sqld_service(data_dir, port) as service:
        yield service.url


@contextmanager
def moto_service(
    port: int | None = None, *, one_request_at_a_time: bool = False
) -> Iterator[Service]:
    """moto_server on ``port`` (a free one by default); see tests/support/serial_moto.py for
    the variant that serves one request at a time."""
    port = port or free_port()
    exe = shutil.which("moto_server", path=str(Path(sys.executable).parent)) or "moto_server"
    command = [exe, "-H", "127.0.0.1", "-p", str(port)]
    if one_request_at_a_time:
        command = [sys.executable, "-m", "tests.support.serial_moto", str(port)]
    service = Service(f"http://127.0.0.1:{port}", command, "/moto-api/")
    try:
        service.start()
        yield service
    finally:
        service.stop()


@contextmanager
def running_moto(*, one_request_at_a_time: bool = False) -> Iterator[str]:
    with moto_service(one_request_at_a_time=one_request_at_a_time) as service:
        yield service.url


def serve(command: list[str], tmp_path: Path, **env: str) -> Iterator[tuple[str, Path]]:
    """A server command (`python -m devserver`, run.sh) in a process of its own on a free
    port, with local settings; yields its URL and its log file."""
    port = free_port()
    log = tmp_path / "server.log"
    environment = {
        **os.environ,
        "PORT": str(port),  # devserver's
        "AWS_LWA_PORT": str(port),  # run.sh's, as the Web Adapter sets it
        "MILIO_LOCAL_DIR": str(tmp_path / "local"),
        "MILIO_JWT_SECRET": TEST_JWT_SECRET,
        "MILIO_RATE_LIMIT_PER_SECOND": "5",
        "MILIO_RATE_LIMIT_BURST": "5",
        **env,
    }
    with log.open("wb") as out:
        proc = subprocess.Popen(command, cwd=ROOT, env=environment, stdout=out, stderr=out)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(f"{url}/health", proc, timeout=30)
        yield url, log
    finally:
        proc.terminate()
        proc.wait(10)


def _wait_until_stopped(pid: int, limit: float = 2.0) -> None:
    """SIGSTOP lands asynchronously: a test that pauses a server and calls it at once must
    not race the signal, so wait (bounded) until every thread of the process is stopped."""
    deadline = time.monotonic() + limit
    tasks = Path(f"/proc/{pid}/task")
    while time.monotonic() < deadline:
        states = []
        for task in tasks.iterdir():
            try:
                states.append((task / "stat").read_text().rsplit(")", 1)[1].split()[0])
            except (OSError, IndexError):
                continue
        if states and all(state in {"T", "t"} for state in states):
            return
        time.sleep(0.005)
