"""The authorizer denies (API Gateway's "Unauthorized") any event it does not expect,
whatever its shape: nothing else escapes it."""

from __future__ import annotations

from typing import Any

import pytest

from milio.db import Database
from milio.settings import get_settings
from milio.tokens import issue_token
from tests.conftest import load_event
from tests.functions.test_handlers import LambdaContext

SHAPES: list[Any] = [
    None,
    [],
    ["authorizationToken", "methodArn"],
    "Bearer x",
    "",
    0,
    1.5,
    True,
    {},
    {"authorizationToken": None, "methodArn": None},
    {"authorizationToken": ["Bearer x"], "methodArn": {"a": 1}},
    {"type": "REQUEST", "headers": None},
]


@pytest.mark.parametrize("event", SHAPES, ids=[repr(s)[:40] for s in SHAPES])
def test_an_event_of_an_unexpected_shape_is_denied(event: Any) -> None:
    with pytest.raises(Exception, match=r"^Unauthorized$"):
        __import__("authorizer").handler(event, LambdaContext())


def test_a_valid_token_with_an_unexpected_method_arn_is_denied(local_db: Database) -> None:
    user_id = local_db.insert("INSERT INTO users (email, password) VALUES ('a@b.c', 'x')")
    event = load_event("event-authorizer-token.json")
    event["authorizationToken"] = "Bearer " + issue_token(user_id, "a@b.c", get_settings()).token
    assert __import__("authorizer").handler(event, LambdaContext())["principalId"] == str(user_id)
    for method_arn in (None, 7, ["arn"], "not-an-arn"):
        with pytest.raises(Exception, match=r"^Unauthorized$"):
            __import__("authorizer").handler(event | {"methodArn": method_arn}, LambdaContext())
