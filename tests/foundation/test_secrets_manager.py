"""The application secret read from Secrets Manager, on a real moto_server."""

import json

import boto3
import pytest

from milio.settings import get_settings

pytestmark = pytest.mark.moto


def test_settings_read_the_application_secret(
    moto_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AWS_ENDPOINT_URL", moto_url)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    client = boto3.client("secretsmanager", endpoint_url=moto_url)
    values = {
        "jwt_secret": "s" * 64,
        "turso_database_url": "libsql://db.example",
        "groq_api_key": "gsk",
    }
    arn = client.create_secret(Name="milio-test-app", SecretString=json.dumps(values))["ARN"]
    monkeypatch.delenv("MILIO_JWT_SECRET")
    monkeypatch.setenv("MILIO_SECRET_ARN", arn)
    monkeypatch.setenv("AWS_LAMBDA_FUNCTION_NAME", "milio-auth")

    settings = get_settings()

    assert settings.jwt_secret.get_secret_value() == "s" * 64
    assert settings.database_url == "libsql://db.example"
    assert settings.groq_api_key is not None
    assert settings.groq_api_key.get_secret_value() == "gsk"
