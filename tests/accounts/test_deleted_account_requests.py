"""Requests still in flight when their account is deleted, and requests the gateway lets
through on a cached authorization for it, write nothing under the deleted id (sqld)."""

from __future__ import annotations

import json
import threading
from typing import Any

import pytest

from milio import accounts
from milio.db import Database
from tests.conftest import load_event
from tests.functions.test_handlers import LambdaContext

pytestmark = pytest.mark.sqld

# With no model provider configured, this answers B and logs an "unavailable" row.
_LOGGED_MESSAGE = "write me a poem about rain"


def _chat_event(user_id: int) -> dict[str, Any]:
    """What API Gateway sends the chat function, its authorizer context included."""
    event = load_event("event-post-chat.json")
    event["body"] = json.dumps({"Message": _LOGGED_MESSAGE})
    context = event["requestContext"]["authorizer"]
    context["principalId"] = context["userId"] = str(user_id)
    return event


def _rows_of(db: Database, user_id: int) -> int:
    row = db.fetch_one("SELECT COUNT(*) FROM errors WHERE user_id = ?", (user_id,))
    return int(row[0]) if row else 0


@pytest.fixture
def many_requests(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MILIO_DAILY_QUOTAS", "default=100000")


def test_requests_in_flight_during_a_deletion_leave_no_error_log_rows(
    sqld_db: Database, many_requests: None
) -> None:
    from chat_api import handler

    user_id = sqld_db.insert("INSERT INTO users (email, password) VALUES ('x@y.io', 'h')")
    deleted = threading.Event()
    served_after: list[int] = []
    lock = threading.Lock()

    def client() -> None:
        after = 0
        while after < 15:  # each thread keeps sending well past the deletion
            was_deleted = deleted.is_set()
            assert handler(_chat_event(user_id), LambdaContext())["statusCode"] == 200
            after += was_deleted
        with lock:
            served_after.append(after)

    threads = [threading.Thread(target=client) for _ in range(8)]
    for thread in threads:
        thread.start()
    while _rows_of(sqld_db, user_id) < 10:  # rows are being written: requests are in flight
        pass
    assert accounts.delete_user(user_id, sqld_db)
    deleted.set()
    for thread in threads:
        thread.join()

    assert sum(served_after) == 8 * 15
    assert _rows_of(sqld_db, user_id) == 0


def test_a_deleted_user_let_through_by_the_authorizers_cache_changes_nothing(
    sqld_db: Database, many_requests: None
) -> None:
    from chat_api import handler

    user_id = sqld_db.insert("INSERT INTO users (email, password) VALUES ('x@y.io', 'h')")
    assert accounts.delete_user(user_id, sqld_db)
    assert handler(_chat_event(user_id), LambdaContext())["statusCode"] == 200
    assert sqld_db.fetch_all("SELECT user_id, user_chat FROM errors") == []
