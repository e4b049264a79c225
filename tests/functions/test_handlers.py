"""Each function's Lambda handler, invoked with the events/ files as API Gateway sends them."""

import json
from typing import Any

import pytest

from milio.db import Database
from milio.settings import get_settings
from milio.tokens import issue_token
from tests.conftest import load_event
from tests.support.services import free_port


class LambdaContext:
    function_name = "milio-test"
    function_version = "$LATEST"
    memory_limit_in_mb = 512
    invoked_function_arn = "arn:aws:lambda:us-east-1:123456789012:function:milio-test"
    aws_request_id = "11111111-2222-4333-8444-555555555555"

    @staticmethod
    def get_remaining_time_in_millis() -> int:
        return 29_000


def _invoke(module: str, event: dict[str, Any]) -> dict[str, Any]:
    handler = __import__(module).handler
    result: dict[str, Any] = handler(event, LambdaContext())
    return result


def test_health_through_the_lambda_handler() -> None:
    result = _invoke("auth_api", load_event("event-get-health.json"))
    assert result["statusCode"] == 200
    assert json.loads(result["body"]) == {"status": "ok"}
    # Lambda's own request id is the one answered and logged.
    assert result["headers"]["x-request-id"] == LambdaContext.aws_request_id


def test_verify_token_with_the_sample_event_is_valid_false() -> None:
    result = _invoke("auth_api", load_event("event-get-verify-token.json"))
    assert result["statusCode"] == 200
    assert json.loads(result["body"]) == {"valid": False}


def test_the_authorizer_refuses_the_sample_token() -> None:
    with pytest.raises(Exception, match=r"^Unauthorized$"):
        _invoke("authorizer", load_event("event-authorizer-token.json"))


def test_the_authorizer_allows_the_whole_stage_for_a_valid_token(local_db: Database) -> None:
    user_id = local_db.insert("INSERT INTO users (email, password) VALUES (?, ?)", ("a@b.c", "x"))
    event = load_event("event-authorizer-token.json")
    event["authorizationToken"] = "Bearer " + issue_token(user_id, "a@b.c", get_settings()).token

    policy = _invoke("authorizer", event)

    statement = policy["policyDocument"]["Statement"][0]
    assert statement["Effect"] == "Allow"
    assert statement["Resource"] == "arn:aws:execute-api:us-east-1:123456789012:abc123/prod/*/*"
    assert policy["context"] == {"userId": str(user_id), "email": "a@b.c", "tier": "default"}


@pytest.mark.parametrize(
    ("module", "event_file", "status"),
    [
        ("chat_api", "event-post-chat.json", 200),  # "open discord", answered locally
        ("email_api", "event-post-email-get-email.json", 404),  # Gmail not connected
        ("email_api", "event-post-email-send.json", 404),
        ("email_api", "event-delete-email-account.json", 404),
        ("email_api", "event-post-email-oauth-start.json", 503),  # no Google client configured
        ("auth_api", "event-delete-user-delete.json", 404),  # user 1 does not exist here
    ],
)
def test_protected_events_reach_their_function_as_json(
    local_db: Database, module: str, event_file: str, status: int
) -> None:
    result = _invoke(module, load_event(event_file))
    assert result["statusCode"] == status, result["body"]
    assert isinstance(json.loads(result["body"]), dict)


@pytest.mark.parametrize(
    ("event_file", "status"),
    [
        ("event-post-register.json", 201),
        ("event-post-user-signup.json", 201),
        ("event-post-login.json", 401),
        ("event-post-user-login.json", 401),
        ("event-get-email-login.json", 401),  # the sample JWT is not valid
        ("event-get-email-handlecallback.json", 400),  # the sample state is not ours
    ],
)
def test_public_events_answer_through_their_handler(
    local_db: Database, event_file: str, status: int
) -> None:
    module = "email_api" if "email" in event_file else "auth_api"
    result = _invoke(module, load_event(event_file))
    assert result["statusCode"] == status, result["body"]


def test_the_authorizer_allows_a_valid_token_when_the_database_is_down(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A Turso outage must not log everybody out: signature and expiry decide, with a
    log line and a metric. A forged token is still refused."""
    monkeypatch.setenv("MILIO_DATABASE_URL", f"http://127.0.0.1:{free_port()}")  # nobody there
    event = load_event("event-authorizer-token.json")
    event["authorizationToken"] = "Bearer " + issue_token(7, "a@b.c", get_settings()).token

    policy = _invoke("authorizer", event)

    assert policy["policyDocument"]["Statement"][0]["Effect"] == "Allow"
    assert policy["context"] == {"userId": "7", "email": "a@b.c", "tier": "default"}
    assert "user check skipped: the database is unavailable" in caplog.text
    assert '"UserCheckSkipped":[1.0]' in capsys.readouterr().out.replace(" ", "")
    event["authorizationToken"] = "Bearer forged.token.value"
    with pytest.raises(Exception, match=r"^Unauthorized$"):
        _invoke("authorizer", event)
