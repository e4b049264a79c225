"""An unhandled error in any handler, before the app runs included, answers the JSON error
body with the request id: never Mangum's plain-text 500."""

from __future__ import annotations

import json

import pytest

from milio.settings import get_settings
from tests.conftest import load_event
from tests.functions.test_handlers import LambdaContext


@pytest.mark.parametrize(
    ("module", "event_file"),
    [
        ("auth_api", "event-get-health.json"),
        ("auth_api", "event-post-login.json"),
        ("chat_api", "event-post-chat.json"),
        ("email_api", "event-post-email-send.json"),
    ],
)
def test_a_configuration_error_met_on_the_first_request_answers_json(
    monkeypatch: pytest.MonkeyPatch, module: str, event_file: str
) -> None:
    monkeypatch.setenv("MILIO_MAX_BODY_BYTES", "ten")  # read by the guard, before any route
    get_settings.cache_clear()

    result = __import__(module).handler(load_event(event_file), LambdaContext())

    assert result["statusCode"] == 500
    assert result["headers"]["content-type"] == "application/json"
    assert json.loads(result["body"]) == {
        "error": "Internal server error",
        "requestId": LambdaContext.aws_request_id,
    }


def test_an_event_mangum_cannot_read_answers_json() -> None:
    result = __import__("auth_api").handler({"unexpected": "shape"}, LambdaContext())
    assert result["statusCode"] == 500
    assert json.loads(result["body"])["requestId"] == LambdaContext.aws_request_id


def test_the_streaming_app_answers_json_too(monkeypatch: pytest.MonkeyPatch) -> None:
    from fastapi.testclient import TestClient

    monkeypatch.setenv("MILIO_MAX_BODY_BYTES", "ten")
    get_settings.cache_clear()
    client = TestClient(__import__("stream_api").app, raise_server_exceptions=False)

    response = client.post("/chat/stream", json={"Message": "hello"})

    assert response.status_code == 500
    assert response.headers["content-type"] == "application/json"
    assert response.json()["error"] == "Internal server error"
    assert response.json()["requestId"] == response.headers["x-request-id"]
