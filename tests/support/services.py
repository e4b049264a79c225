"""The real local services the tests use: a libSQL server and an AWS emulator.

Each is started on a free loopback port, waited for, and stopped by process id.
"""

from __future__ import annotations

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
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


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


@contextmanager
def running_sqld(data_dir: Path) -> Iterator[str]:
    port = free_port()
    proc = subprocess.Popen(
        [
            sqld_binary(),
            "--db-path",
            str(data_dir / "sqld"),
            "--http-listen-addr",
            f"127.0.0.1:{port}",
        ],
        stdout=subprocess.DEVNULL,
        stderr=(data_dir / "sqld.log").open("wb"),
    )
    try:
        url = f"http://127.0.0.1:{port}"
        _wait_until_up(f"{url}/health", proc)
        yield url
    finally:
        _stop(proc)


@contextmanager
def running_moto(*, one_request_at_a_time: bool = False) -> Iterator[str]:
    """moto_server on a free port; see tests/support/serial_moto.py for the serial variant."""
    port = free_port()
    exe = shutil.which("moto_server", path=str(Path(sys.executable).parent)) or "moto_server"
    command = [exe, "-H", "127.0.0.1", "-p", str(port)]
    if one_request_at_a_time:
        command = [sys.executable, "-m", "tests.support.serial_moto", str(port)]
    proc = subprocess.Popen(
        command,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        url = f"http://127.0.0.1:{port}"
        _wait_until_up(f"{url}/moto-api/", proc)
        yield url
    finally:
        _stop(proc)
