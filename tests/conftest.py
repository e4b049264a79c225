"""Fixtures shared by every test: isolated settings, the real local services."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from milio.db import Database
from milio.migrations import apply_migrations
from milio.services import get_database
from milio.settings import get_settings
from milio.tokens import issue_token
from tests.fakes import Api, FakeLLMServer
from tests.render.judge import MarkedJudge
from tests.support.services import TEST_JWT_SECRET, running_moto, running_sqld

EVENTS = Path(__file__).resolve().parents[1] / "events"


def load_event(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((EVENTS / name).read_text())
    return data


def clear_caches() -> None:
    """Settings read from the environment again; new settings bring new services."""
    get_settings.cache_clear()


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test gets its own local dir, a known secret and no cloud or provider config."""
    for name in (
        "MILIO_SECRET_ARN", "MILIO_DATABASE_SECRET_ARN", "MILIO_MODEL_KEYS_SECRET_ARN",
        "MILIO_GOOGLE_SECRET_ARN", "MILIO_ENCRYPTION_SECRET_ARN",
        "MILIO_DATABASE_URL", "TURSO_DATABASE_URL", "TURSO_AUTH_TOKEN",
        "OPENAI_API_KEY", "ANTHROPIC_API_KEY", "MISTRAL_API_KEY", "GROQ_API_KEY",
        "MILIO_LLM_PROVIDERS", "MILIO_RATE_LIMIT_TABLE", "AWS_LAMBDA_FUNCTION_NAME",
    ):  # fmt: skip
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("MILIO_LOCAL_DIR", str(tmp_path / "local"))
    monkeypatch.setenv("MILIO_JWT_SECRET", TEST_JWT_SECRET)
    monkeypatch.setenv("POWERTOOLS_TRACE_DISABLED", "true")
    monkeypatch.setenv("POWERTOOLS_METRICS_NAMESPACE", "MilioTest")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    # Generous limits, so only the rate-limit tests meet them.
    monkeypatch.setenv("MILIO_RATE_LIMIT_PER_SECOND", "1000")
    monkeypatch.setenv("MILIO_RATE_LIMIT_BURST", "1000")
    monkeypatch.setenv("MILIO_USER_RATE_LIMIT_PER_SECOND", "1000")
    monkeypatch.setenv("MILIO_USER_RATE_LIMIT_BURST", "1000")
    clear_caches()
    yield
    clear_caches()


@pytest.fixture(scope="session")
def sqld_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with running_sqld(tmp_path_factory.mktemp("sqld")) as url:
        yield url


@pytest.fixture(scope="session")
def moto_url() -> Iterator[str]:
    with running_moto() as url:
        yield url


@pytest.fixture
def sqld_db(sqld_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Database]:
    """The configured database is the real sqld, migrated and emptied after the test."""
    monkeypatch.setenv("MILIO_DATABASE_URL", sqld_url)
    clear_caches()
    db = get_database()
    apply_migrations(db)
    yield db
    tables = db.fetch_all(
        "SELECT name FROM sqlite_master WHERE type = 'table'"
        " AND name NOT IN ('schema_migrations', 'sqlite_sequence')"
    )
    for (table,) in tables:
        db.execute(f'DELETE FROM "{table}"')  # noqa: S608 (names from the schema)
    db.close()


@pytest.fixture
def local_db() -> Iterator[Database]:
    """The configured database is a fresh local libSQL file, migrated."""
    db = get_database()
    apply_migrations(db)
    yield db
    db.close()


@dataclass(frozen=True)
class ApiUser:
    user_id: int
    email: str
    token: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


@pytest.fixture
def api(sqld_db: Database) -> Iterator[TestClient]:
    """The whole API as `make dev` serves it (same authorizer, same context), on sqld."""
    from devserver.gateway import LocalGateway
    from devserver.routes import read_template

    with TestClient(LocalGateway(read_template())) as client:
        yield client


@pytest.fixture
def api_user(sqld_db: Database) -> ApiUser:
    """A user row and a valid token for it (no dependency on the sign-up route)."""
    email = "ada@example.com"
    user_id = sqld_db.insert("INSERT INTO users (email, password) VALUES (?, ?)", (email, "x"))
    return ApiUser(user_id, email, issue_token(user_id, email, get_settings()).token)


def _fake_llm(api: Api) -> Iterator[FakeLLMServer]:
    with FakeLLMServer(api) as server:
        yield server


@pytest.fixture
def openai_fake() -> Iterator[FakeLLMServer]:
    """A local server speaking OpenAI's API (see tests/fakes/llm_servers.py)."""
    yield from _fake_llm("openai")


@pytest.fixture
def anthropic_fake() -> Iterator[FakeLLMServer]:
    yield from _fake_llm("anthropic")


@pytest.fixture
def mistral_fake() -> Iterator[FakeLLMServer]:
    yield from _fake_llm("mistral")


@pytest.fixture
def groq_fake() -> Iterator[FakeLLMServer]:
    yield from _fake_llm("groq")


@pytest.fixture
def groq(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeLLMServer]:
    """A local server speaking Groq's API, configured as the only provider of the apps."""
    with FakeLLMServer("groq") as fake:
        for name, value in fake.env().items():
            monkeypatch.setenv(name, value)
        monkeypatch.setenv("MILIO_LLM_PROVIDERS", "groq")
        monkeypatch.setenv("MILIO_LLM_CALL_TIMEOUT_SECONDS", "2")
        get_settings.cache_clear()
        yield fake


@pytest.fixture(scope="session")
def marked_judge() -> Iterator[MarkedJudge]:
    """The desktop client's renderer (node + marked 12.0.1 + parse5), one process per run."""
    with MarkedJudge() as judge:
        yield judge
