"""The authorizer answers the user's tier and that tier's usage-plan key as
usageIdentifierKey (API key source AUTHORIZER), and stays near its cold-import floor."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest

from milio.accounts import account_tier
from milio.authorizer import authorize, tier_of_account
from milio.db import Database, Params, Row
from milio.settings import get_settings
from milio.tiers import DEFAULT_TIER, daily_quota
from milio.tokens import issue_token
from tests.conftest import load_event
from tests.functions.test_handlers import LambdaContext

ROOT = Path(__file__).resolve().parents[2]
KEYS = "default=k-default-0123456789abcdef,pro=k-pro-0123456789abcdef"


@pytest.fixture(autouse=True)
def tier_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MILIO_TIER_API_KEYS", KEYS)
    get_settings.cache_clear()


def _authorize(db: Database, tier: str | None) -> dict[str, object]:
    user_id = db.insert(
        "INSERT INTO users (email, password, tier) VALUES (?, ?, ?)", ("t@b.c", "x", tier)
    )
    event = load_event("event-authorizer-token.json")
    event["authorizationToken"] = "Bearer " + issue_token(user_id, "t@b.c", get_settings()).token
    result: dict[str, object] = __import__("authorizer").handler(event, LambdaContext())
    return result


@pytest.mark.parametrize(
    ("stored", "tier", "key"),
    [
        (None, "default", "k-default-0123456789abcdef"),
        ("pro", "pro", "k-pro-0123456789abcdef"),
        ("gold", "gold", "k-default-0123456789abcdef"),  # a tier without a plan: the default's
    ],
)
def test_the_policy_carries_the_tier_and_its_usage_plan_key(
    local_db: Database, stored: str | None, tier: str, key: str
) -> None:
    policy = _authorize(local_db, stored)
    assert policy["usageIdentifierKey"] == key
    assert policy["context"] == {"userId": policy["principalId"], "email": "t@b.c", "tier": tier}


def test_without_configured_keys_no_usage_identifier_is_answered(
    local_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("MILIO_TIER_API_KEYS")
    get_settings.cache_clear()
    assert "usageIdentifierKey" not in _authorize(local_db, None)


def test_a_database_outage_answers_the_default_tier(caplog: pytest.LogCaptureFixture) -> None:
    unreachable = Database("http://127.0.0.1:9")  # nothing listens on the discard port
    with caplog.at_level(logging.WARNING):
        assert tier_of_account(1, lambda user_id: account_tier(user_id, unreachable)) == (
            DEFAULT_TIER
        )
    assert "database is unavailable" in caplog.text


class _CountingDatabase(Database):
    """The real database, counting the queries asked of it."""

    def __init__(self, inner: Database) -> None:
        self._inner = inner
        self.queries: list[str] = []

    def fetch_one(self, sql: str, params: Params = ()) -> Row | None:
        self.queries.append(sql)
        return self._inner.fetch_one(sql, params)

    def fetch_all(self, sql: str, params: Params = ()) -> list[Row]:
        self.queries.append(sql)
        return self._inner.fetch_all(sql, params)


def test_a_cache_miss_costs_one_query_for_the_user_and_the_tier(local_db: Database) -> None:
    user_id = local_db.insert(
        "INSERT INTO users (email, password, tier) VALUES (?, ?, ?)", ("q@b.c", "x", "pro")
    )
    event = load_event("event-authorizer-token.json")
    event["authorizationToken"] = "Bearer " + issue_token(user_id, "q@b.c", get_settings()).token
    counting = _CountingDatabase(local_db)
    policy = authorize(event, get_settings(), lambda uid: account_tier(uid, counting))
    assert policy["context"]["tier"] == "pro"
    assert len(counting.queries) == 1


def test_daily_quotas_by_tier(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MILIO_DAILY_QUOTAS", "default=20,pro=500,free=0")
    settings = get_settings()
    assert daily_quota("pro", settings) == 500
    assert daily_quota("free", settings) == 0
    assert daily_quota("gold", settings) == 20


def test_the_authorizer_imports_neither_pydantic_nor_the_account_libraries() -> None:
    """Its cold-import floor is PyJWT, the HTTP client and the Powertools logger (make bench)."""
    code = (
        "import sys, authorizer; heavy = {'pydantic', 'pydantic_settings', 'email_validator',"
        " 'argon2', 'fastapi', 'boto3'};"
        " print(sorted({m.split('.')[0] for m in sys.modules} & heavy))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": f"{ROOT / 'layers/common'}:{ROOT / 'functions/auth'}"},
    )
    assert out.stdout.strip() == "[]"
