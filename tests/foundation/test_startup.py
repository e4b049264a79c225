"""Start-up in Lambda: the configuration in one log line, or one clear error and a stop."""

from __future__ import annotations

import logging

import pytest

from milio.errors import ConfigurationError
from milio.observability import logger
from milio.settings import get_settings
from milio.startup import start_up


def _lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    """Each record as the Powertools formatter writes it to CloudWatch (JSON)."""
    formatter = logger.registered_formatter
    return [formatter.format(record) for record in caplog.records]


def test_outside_lambda_nothing_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MILIO_RATE_LIMIT_BURST", "0")  # invalid, but not read here
    start_up()


def test_a_configuration_error_stops_the_function_with_one_clear_line(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("AWS_LAMBDA_FUNCTION_NAME", "milio-chat")
    monkeypatch.setenv("MILIO_ENV", "aws")
    monkeypatch.setenv("MILIO_SECRET_ARN", "arn:aws:secretsmanager:us-east-1:1:secret:x")
    monkeypatch.setattr("milio.settings.load_secret_values", lambda *_: {})  # an empty secret
    get_settings.cache_clear()

    with caplog.at_level(logging.INFO), pytest.raises(ConfigurationError):
        start_up()

    (record,) = caplog.records
    assert record.levelname == "ERROR"
    assert record.getMessage() == "start-up failed: configuration error"
    assert "turso_database_url" in record.__dict__["reason"]


def test_the_authorizer_needs_the_default_tier_key(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("AWS_LAMBDA_FUNCTION_NAME", "milio-authorizer")
    monkeypatch.setenv("MILIO_ENV", "local")  # as under `sam local invoke`
    with pytest.raises(ConfigurationError):
        start_up(providers=False, tier_keys=True)
    assert "MILIO_TIER_API_KEYS" in caplog.records[-1].__dict__["reason"]


def test_the_start_up_line_describes_the_configuration_without_secrets(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("AWS_LAMBDA_FUNCTION_NAME", "milio-chat")
    monkeypatch.setenv("MILIO_ENV", "local")  # as under `sam local invoke`
    monkeypatch.setenv("MILIO_DATABASE_URL", "libsql://user:pw@db-milio.turso.io?authToken=t0k")
    monkeypatch.setenv("GROQ_API_KEY", "gsk-secret-value")
    monkeypatch.setenv("MILIO_RATE_LIMIT_TABLE", "milio-limits")
    get_settings.cache_clear()

    with caplog.at_level(logging.INFO):
        start_up()

    (record,) = caplog.records
    assert record.getMessage() == "start-up"
    fields = record.__dict__
    assert fields["database"] == "libsql://db-milio.turso.io"
    assert fields["providers"] == ["groq:openai/gpt-oss-20b"]
    assert fields["rate_limiter"] == "dynamodb:milio-limits"
    assert fields["quota"] == "memory"
    (line,) = _lines(caplog)
    for secret in ("gsk-secret-value", "t0k", ":pw@", get_settings().jwt_secret.get_secret_value()):
        assert secret not in line
