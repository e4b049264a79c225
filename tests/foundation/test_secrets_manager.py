"""The application secret read from Secrets Manager through Powertools Parameters, on a
real moto_server: cached, refreshed after its max age, and kept when a refresh fails."""

import json
import uuid
from collections.abc import Iterator
from typing import Any

import boto3
import pytest

from milio.settings import get_settings

pytestmark = pytest.mark.moto

VALUES = {
    "jwt_secret": "s" * 64,
    "turso_database_url": "libsql://db.example",
    "groq_api_key": "gsk",
}


@pytest.fixture
def secrets_client(moto_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    monkeypatch.setenv("AWS_ENDPOINT_URL", moto_url)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.delenv("MILIO_JWT_SECRET")
    monkeypatch.setenv("MILIO_ENV", "aws")
    monkeypatch.setenv("AWS_LAMBDA_FUNCTION_NAME", "milio-auth")
    get_settings.cache_clear()
    client = boto3.client("secretsmanager", endpoint_url=moto_url)
    yield client
    get_settings.cache_clear()


def _create(client: Any, name: str, values: dict[str, str]) -> str:
    arn: str = client.create_secret(Name=name, SecretString=json.dumps(values))["ARN"]
    return arn


def _read_once(client: Any, monkeypatch: pytest.MonkeyPatch, name: str, max_age: int) -> str:
    """A secret named ``name``, configured with ``max_age``, read once; its ARN."""
    arn = _create(client, name, VALUES)
    monkeypatch.setenv("MILIO_SECRET_ARN", arn)
    monkeypatch.setenv("MILIO_SECRET_MAX_AGE_SECONDS", str(max_age))
    get_settings()
    return arn


def _rotate_groq_key(client: Any, arn: str) -> None:
    client.put_secret_value(
        SecretId=arn, SecretString=json.dumps(VALUES | {"groq_api_key": "gsk-new"})
    )


def test_settings_read_the_application_secret(
    secrets_client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MILIO_SECRET_ARN", _create(secrets_client, "milio-read", VALUES))

    settings = get_settings()

    assert settings.jwt_secret.get_secret_value() == "s" * 64
    assert settings.database_url == "libsql://db.example"
    assert settings.groq_api_key is not None
    assert settings.groq_api_key.get_secret_value() == "gsk"


def test_a_secret_put_after_the_deploy_is_picked_up_after_the_max_age(
    secrets_client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    arn = _read_once(secrets_client, monkeypatch, "milio-refresh", max_age=0)  # re-read each call
    first = get_settings()
    assert get_settings() is first  # unchanged secret: the same object

    _rotate_groq_key(secrets_client, arn)

    refreshed = get_settings()
    assert refreshed is not first
    assert refreshed.groq_api_key is not None
    assert refreshed.groq_api_key.get_secret_value() == "gsk-new"


def test_within_the_max_age_the_cached_secret_is_used(
    secrets_client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    arn = _read_once(secrets_client, monkeypatch, "milio-cached", max_age=3600)
    first = get_settings()
    _rotate_groq_key(secrets_client, arn)
    assert get_settings() is first


def test_a_failed_refresh_keeps_the_settings_already_read(
    secrets_client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    arn = _read_once(secrets_client, monkeypatch, "milio-outage", max_age=0)
    first = get_settings()
    secrets_client.delete_secret(SecretId=arn, ForceDeleteWithoutRecovery=True)

    assert get_settings() is first


def test_a_secret_without_a_database_url_stops_a_deployed_function(
    secrets_client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from milio.errors import ConfigurationError

    values = {"jwt_secret": "s" * 64, "turso_database_url": ""}  # as the template creates it
    monkeypatch.setenv("MILIO_SECRET_ARN", _create(secrets_client, "milio-fresh", values))
    with pytest.raises(ConfigurationError, match="turso_database_url"):
        get_settings()


# The split secrets: each function reads only the secrets it is given -----------------------


def _give(client: Any, monkeypatch: pytest.MonkeyPatch, secrets: dict[str, dict[str, str]]) -> None:
    """Create each secret and name it to the function through its variable."""
    for variable, values in secrets.items():
        name = f"milio-{variable.lower()}-{uuid.uuid4().hex}"
        monkeypatch.setenv(variable, _create(client, name, values))


DATABASE = {"turso_database_url": "libsql://db.example", "turso_auth_token": "tok"}


def test_a_function_reads_each_key_from_its_own_secret(
    secrets_client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    _give(
        secrets_client,
        monkeypatch,
        {
            "MILIO_SECRET_ARN": {"jwt_secret": "s" * 64},
            "MILIO_DATABASE_SECRET_ARN": DATABASE,
            "MILIO_MODEL_KEYS_SECRET_ARN": {"groq_api_key": "gsk", "openai_api_key": ""},
        },
    )
    settings = get_settings()
    assert settings.jwt_secret.get_secret_value() == "s" * 64
    assert settings.database_url == "libsql://db.example"
    assert settings.groq_api_key is not None
    assert settings.groq_api_key.get_secret_value() == "gsk"
    assert settings.openai_api_key is None
    assert len(settings.secret_arns) == 3


def test_a_key_in_a_secret_that_is_not_its_home_is_not_read(
    secrets_client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The model secret cannot hand the chat function a signing key or a database."""
    _give(
        secrets_client,
        monkeypatch,
        {
            "MILIO_DATABASE_SECRET_ARN": DATABASE | {"groq_api_key": "planted"},
            "MILIO_MODEL_KEYS_SECRET_ARN": {"jwt_secret": "planted" * 8},
        },
    )
    monkeypatch.setenv("MILIO_JWT_SECRET", "from-the-environment-" + "z" * 30)
    settings = get_settings()
    assert settings.groq_api_key is None
    assert settings.jwt_secret.get_secret_value().startswith("from-the-environment-")


def test_a_chat_function_without_the_signing_key_starts_from_the_environment_only(
    secrets_client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the chat function is given: the database and the model keys, no token key."""
    from milio.errors import ConfigurationError

    _give(
        secrets_client,
        monkeypatch,
        {"MILIO_DATABASE_SECRET_ARN": DATABASE, "MILIO_MODEL_KEYS_SECRET_ARN": {}},
    )
    with pytest.raises(ConfigurationError, match="jwt_secret is not set"):
        get_settings()


def test_before_the_split_the_application_secret_still_holds_every_key(
    secrets_client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A stack deployed before the split: the new secrets are empty or freshly generated,
    and the keys in the application secret win until `make split-secret` moves them."""
    _give(
        secrets_client,
        monkeypatch,
        {
            "MILIO_SECRET_ARN": VALUES | {"encryption_key": "old-key"},
            "MILIO_DATABASE_SECRET_ARN": {"turso_database_url": "", "turso_auth_token": ""},
            "MILIO_ENCRYPTION_SECRET_ARN": {"encryption_key": "generated"},
        },
    )
    settings = get_settings()
    assert settings.database_url == "libsql://db.example"
    assert settings.encryption_key is not None
    assert settings.encryption_key.get_secret_value() == "old-key"  # stored tokens still open
