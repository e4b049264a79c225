"""Headers the server itself reads, with values no client or gateway sends: a JSON 400
through each function's Lambda handler (Mangum would fail on them), never a 500."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.conftest import load_event
from tests.functions.test_handlers import LambdaContext

ABSURD = [
    ("Host", "a:b:c"),
    ("Host", "abc123.execute-api.us-east-1.amazonaws.com:99999999"),
    ("Host", "ex ample.com"),
    ("X-Forwarded-Port", "abc"),
    ("X-Forwarded-Port", "1" * 5000),
    ("X-Forwarded-Port", "0"),
    ("Content-Length", "9" * 5000),
    ("Content-Length", "²"),
    ("Content-Length", "-1"),
]


def _with_header(event: dict[str, Any], name: str, value: str, multi: bool) -> dict[str, Any]:
    """The event with ``name: value`` in its single-value headers, or only in its
    multi-value ones (which Mangum reads over the others)."""
    event = json.loads(json.dumps(event))
    single = {k: v for k, v in event["headers"].items() if k.lower() != name.lower()}
    many = {
        k: v for k, v in event.get("multiValueHeaders", {}).items() if k.lower() != name.lower()
    }
    if multi:
        event["multiValueHeaders"] = many | {name: [value]}
    else:
        event["headers"], event["multiValueHeaders"] = single | {name: value}, many
    return event


@pytest.mark.parametrize("multi", [False, True], ids=["headers", "multiValueHeaders"])
@pytest.mark.parametrize(("name", "value"), ABSURD, ids=[f"{n}={v[:12]}" for n, v in ABSURD])
@pytest.mark.parametrize(
    ("module", "event_file"),
    [("auth_api", "event-get-health.json"), ("chat_api", "event-post-chat.json")],
)
def test_an_absurd_header_is_a_json_400(
    module: str, event_file: str, name: str, value: str, multi: bool
) -> None:
    event = _with_header(load_event(event_file), name, value, multi)
    result = __import__(module).handler(event, LambdaContext())
    assert result["statusCode"] == 400
    assert json.loads(result["body"])["error"] == f"Invalid {name} header"


def test_ordinary_host_and_port_are_served() -> None:
    event = _with_header(load_event("event-get-health.json"), "X-Forwarded-Port", "443", False)
    result = __import__("auth_api").handler(event, LambdaContext())
    assert result["statusCode"] == 200
