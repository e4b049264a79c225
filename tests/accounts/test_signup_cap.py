"""One client (source address) cannot create more than the daily cap of accounts: 429
with Retry-After until midnight UTC, through the auth function's Lambda handler as API
Gateway calls it; refused sign-ups cost nothing; another client is not affected."""

from __future__ import annotations

import json
from typing import Any

import pytest

from milio.db import Database
from milio.settings import get_settings
from tests.conftest import load_event
from tests.functions.test_handlers import LambdaContext

pytestmark = pytest.mark.sqld
PASSWORD = "correct horse battery"


@pytest.fixture
def three_a_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MILIO_SIGNUPS_PER_CLIENT_PER_DAY", "3")
    get_settings.cache_clear()


def _sign_up(email: str, source_ip: str, password: str = PASSWORD) -> dict[str, Any]:
    event = load_event("event-post-register.json")
    event["body"] = json.dumps({"email": email, "password": password})
    event["requestContext"]["identity"]["sourceIp"] = source_ip
    result: dict[str, Any] = __import__("auth_api").handler(event, LambdaContext())
    return result


def test_one_client_creates_at_most_the_daily_cap_of_accounts(
    sqld_db: Database, three_a_day: None
) -> None:
    statuses = [_sign_up(f"u{n}@example.com", "198.51.100.9")["statusCode"] for n in range(2)]
    assert _sign_up("u9@example.com", "198.51.100.9", "short")["statusCode"] == 400
    assert _sign_up("u0@example.com", "198.51.100.9")["statusCode"] == 409  # taken: no account
    statuses += [_sign_up(f"v{n}@example.com", "198.51.100.9")["statusCode"] for n in range(3)]
    assert statuses == [201, 201, 201, 429, 429]

    refused = _sign_up("w@example.com", "198.51.100.9")
    assert refused["statusCode"] == 429
    assert 1 <= int(refused["headers"]["retry-after"]) <= 86_400
    assert "Too many accounts" in json.loads(refused["body"])["error"]
    assert _sign_up("x@example.com", "203.0.113.50")["statusCode"] == 201  # another client
    assert len(sqld_db.fetch_all("SELECT id FROM users")) == 4


def test_the_default_cap_is_ten(sqld_db: Database) -> None:
    statuses = [_sign_up(f"d{n}@example.com", "198.51.100.10")["statusCode"] for n in range(11)]
    assert statuses == [201] * 10 + [429]
