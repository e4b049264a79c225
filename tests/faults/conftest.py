"""The fault suite's stack: the whole local API under a real uvicorn, on its own sqld,
moto_server and fake model APIs, which the tests pause, stop and script.

Time limits are short here (tenths of a second) so every fault is met and recovered
from quickly; `FAULT_ENV` is the configuration. Each test records what a client saw
(status and seconds) in `SEEN`, printed at the end (`pytest tests/faults -s`).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import boto3
import httpx
import pytest

from devserver.gateway import LocalGateway
from devserver.routes import read_template
from milio.db import Database, DatabaseUnavailableError
from milio.dynamodb import create_table
from milio.migrations import apply_migrations
from milio.settings import get_settings
from milio.tokens import issue_token
from tests.conftest import clear_caches
from tests.fakes import FakeLLMServer
from tests.ratelimit.conftest import AWS_TEST_ENV
from tests.stream.conftest import UvicornThread, _sdks_imported  # noqa: F401 (fixture)
from tests.support.services import Service, free_port, moto_service, sqld_service

TABLE = "rate-limit-faults"
FAULT_ENV = {
    "MILIO_DB_TIMEOUT_SECONDS": "0.3",
    "MILIO_DB_COOLDOWN_SECONDS": "0.5",
    "MILIO_RATE_LIMIT_TABLE": TABLE,
    "MILIO_RATE_LIMIT_TIMEOUT_SECONDS": "0.3",
    "MILIO_RATE_LIMIT_FALLBACK_SECONDS": "0.5",
    "MILIO_LLM_PROVIDERS": "openai",
    "MILIO_LLM_CALL_TIMEOUT_SECONDS": "0.5",
    "MILIO_LLM_DEADLINE_SECONDS": "1.5",
    "MILIO_REQUEST_DEADLINE_SECONDS": "1.5",
    "MILIO_STREAM_IDLE_SECONDS": "0.4",
    "MILIO_STREAM_MAX_SECONDS": "3",
}
SEEN: list[tuple[str, int, float]] = []


@dataclass
class Stack:
    url: str
    sqld: Service
    moto: Service
    openai: FakeLLMServer
    anthropic: FakeLLMServer
    token: str = ""

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def restart_moto(self) -> None:
        self.moto.start()
        make_table(self.moto.url)  # moto keeps nothing across a restart


def make_table(endpoint: str) -> None:
    client = boto3.client("dynamodb", endpoint_url=endpoint, **_credentials())
    create_table(client, TABLE)


def table_items(endpoint: str) -> int:
    client = boto3.client("dynamodb", endpoint_url=endpoint, **_credentials())
    return int(client.scan(TableName=TABLE, Select="COUNT")["Count"])


def _credentials() -> dict[str, str]:
    return {
        "aws_access_key_id": AWS_TEST_ENV["AWS_ACCESS_KEY_ID"],
        "aws_secret_access_key": AWS_TEST_ENV["AWS_SECRET_ACCESS_KEY"],
        "region_name": AWS_TEST_ENV["AWS_DEFAULT_REGION"],
    }


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    sqld_dir = tmp_path_factory.mktemp("fault-sqld")
    with (
        sqld_service(sqld_dir, free_port(), admin=True) as sqld,
        moto_service() as moto,
        FakeLLMServer("openai") as openai,
        FakeLLMServer("anthropic") as anthropic,
    ):
        make_table(moto.url)
        yield {"sqld": sqld, "moto": moto, "openai": openai, "anthropic": anthropic}


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """The whole API (`make dev`'s gateway) under uvicorn; settings are read per request."""
    with UvicornThread(LocalGateway(read_template())) as running:  # type: ignore[arg-type]
        yield running.url


@pytest.fixture
def stack(
    services: dict[str, Any], server: str, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Stack]:
    stack = Stack(server, **services)
    env = {
        **FAULT_ENV,
        **AWS_TEST_ENV,
        "AWS_ENDPOINT_URL": stack.moto.url,
        "MILIO_DATABASE_URL": stack.sqld.url,
        **stack.openai.env(),
        **stack.anthropic.env(),
    }
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    clear_caches()
    from milio.services import get_database

    db = get_database()
    apply_migrations(db)
    user_id = db.insert("INSERT INTO users (email, password) VALUES (?, ?)", ("f@x.org", "x"))
    stack.token = issue_token(user_id, "f@x.org", get_settings()).token
    yield stack
    stack.openai.unscript()
    stack.anthropic.unscript()
    stack.sqld.resume()
    stack.moto.resume()
    wait_until(lambda: _answers(db))
    db.execute("DELETE FROM users")


def _answers(db: Database) -> bool:
    try:
        db.fetch_one("SELECT 1")
    except DatabaseUnavailableError:
        return False
    return True


def timed[T](fault: str, call: Callable[[], T], status: Callable[[T], int]) -> tuple[T, float]:
    """Call, time it, and record what the client saw."""
    started = time.monotonic()
    result = call()
    seconds = time.monotonic() - started
    SEEN.append((fault, status(result), seconds))
    return result, seconds


def request(
    stack: Stack, fault: str, method: str, path: str, **kwargs: Any
) -> tuple[httpx.Response, float]:
    with httpx.Client(base_url=stack.url, timeout=10) as client:
        return timed(fault, lambda: client.request(method, path, **kwargs), lambda r: r.status_code)


def wait_until(check: Callable[[], bool], seconds: float = 5.0) -> float:
    """Poll until ``check`` holds; answer how long it took (recovery time)."""
    started = time.monotonic()
    while not check():
        if time.monotonic() - started > seconds:
            raise AssertionError("did not recover")
        time.sleep(0.05)
    return time.monotonic() - started


def pytest_sessionfinish(session: pytest.Session) -> None:
    if SEEN:
        print("\nfault | status | seconds")
        for fault, status, seconds in SEEN:
            print(f"{fault} | {status} | {seconds:.2f}")
