"""The per-user limit on every protected route: the fast path, the other functions' routes
and the stream share one bucket per user, so one token cannot spend its tier's usage plan;
other users (from the same address) are not held back."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from milio.db import Database
from milio.settings import get_settings
from milio.tokens import issue_token
from tests.conftest import ApiUser

pytestmark = pytest.mark.sqld


@pytest.fixture
def three_in_a_burst(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MILIO_USER_RATE_LIMIT_PER_SECOND", "0.001")  # none back in the test
    monkeypatch.setenv("MILIO_USER_RATE_LIMIT_BURST", "3")
    get_settings.cache_clear()


def test_one_user_past_the_burst_gets_429_on_every_protected_route(
    api: TestClient, api_user: ApiUser, sqld_db: Database, three_in_a_burst: None
) -> None:
    local = {"Message": "open discord"}
    statuses = [
        api.post("/chat", json=local, headers=api_user.headers).status_code for _ in range(3)
    ]
    assert statuses == [200, 200, 200]
    for method, path, body in (
        ("POST", "/chat", local),
        ("POST", "/chat/stream", {"Message": "hello"}),
        ("POST", "/email/get-email", {}),
    ):
        refused = api.request(method, path, json=body, headers=api_user.headers)
        assert refused.status_code == 429, path
        assert int(refused.headers["retry-after"]) >= 1
        assert refused.json()["error"]

    other_id = sqld_db.insert("INSERT INTO users (email, password) VALUES ('b@x.org', 'x')")
    token = issue_token(other_id, "b@x.org", get_settings()).token
    other = api.post("/chat", json=local, headers={"Authorization": f"Bearer {token}"})
    assert other.status_code == 200  # same address, another user: their own bucket


def test_public_routes_are_not_counted_per_user(
    api: TestClient, api_user: ApiUser, three_in_a_burst: None
) -> None:
    for _ in range(5):
        assert api.get("/health").status_code == 200
    assert (
        api.post("/chat", json={"Message": "open discord"}, headers=api_user.headers).status_code
        == 200
    )
