"""One settings object for every function, read once per cold start.

Order of precedence: environment variables, then the secret source. In AWS the
secret source is one Secrets Manager secret (JSON) named by ``MILIO_SECRET_ARN``;
locally it is ``.local/secrets.json``, generated once with random values. There
is never a default secret in code.
"""

from __future__ import annotations

import json
import os
import secrets
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import AliasChoices, Field, SecretStr
from pydantic.fields import FieldInfo
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from milio.errors import ConfigurationError

# Keys of the application secret (Secrets Manager JSON, or the local file).
SECRET_KEYS = (
    "jwt_secret",
    "encryption_key",
    "turso_database_url",
    "turso_auth_token",
    "openai_api_key",
    "anthropic_api_key",
    "mistral_api_key",
    "groq_api_key",
    "google_client_id",
    "google_client_secret",
)
# Generated for local runs; the others stay unset until configured.
GENERATED_LOCAL_SECRETS = ("jwt_secret", "encryption_key")


def _env(*names: str) -> AliasChoices:
    return AliasChoices(*names)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(extra="ignore", frozen=True)

    environment: Literal["local", "aws"] = Field("local", validation_alias=_env("MILIO_ENV"))
    local_dir: Path = Field(Path(".local"), validation_alias=_env("MILIO_LOCAL_DIR"))
    secret_arn: str | None = Field(None, validation_alias=_env("MILIO_SECRET_ARN"))

    # Secrets (also readable from the secret source under their own names).
    jwt_secret: SecretStr = Field(validation_alias=_env("MILIO_JWT_SECRET", "jwt_secret"))
    encryption_key: SecretStr | None = Field(
        None, validation_alias=_env("MILIO_ENCRYPTION_KEY", "encryption_key")
    )
    turso_database_url: str | None = Field(
        None,
        validation_alias=_env("MILIO_DATABASE_URL", "TURSO_DATABASE_URL", "turso_database_url"),
    )
    turso_auth_token: SecretStr | None = Field(
        None, validation_alias=_env("TURSO_AUTH_TOKEN", "turso_auth_token")
    )
    openai_api_key: SecretStr | None = Field(
        None, validation_alias=_env("OPENAI_API_KEY", "openai_api_key")
    )
    anthropic_api_key: SecretStr | None = Field(
        None, validation_alias=_env("ANTHROPIC_API_KEY", "anthropic_api_key")
    )
    mistral_api_key: SecretStr | None = Field(
        None, validation_alias=_env("MISTRAL_API_KEY", "mistral_api_key")
    )
    groq_api_key: SecretStr | None = Field(
        None, validation_alias=_env("GROQ_API_KEY", "groq_api_key")
    )
    google_client_id: str | None = Field(
        None, validation_alias=_env("MILIO_GOOGLE_CLIENT_ID", "google_client_id")
    )
    google_client_secret: SecretStr | None = Field(
        None, validation_alias=_env("MILIO_GOOGLE_CLIENT_SECRET", "google_client_secret")
    )

    # Tokens.
    jwt_issuer: str = Field("milio-server", validation_alias=_env("MILIO_JWT_ISSUER"))
    jwt_audience: str = Field("milio-desktop", validation_alias=_env("MILIO_JWT_AUDIENCE"))
    token_ttl_seconds: int = Field(
        7 * 24 * 3600, ge=60, le=90 * 24 * 3600, validation_alias=_env("MILIO_TOKEN_TTL_SECONDS")
    )

    # Requests.
    max_body_bytes: int = Field(
        256 * 1024, ge=1024, le=6 * 1024 * 1024, validation_alias=_env("MILIO_MAX_BODY_BYTES")
    )

    # Rate limits.
    rate_limit_per_second: float = Field(
        2.0, gt=0, validation_alias=_env("MILIO_RATE_LIMIT_PER_SECOND")
    )
    rate_limit_burst: int = Field(2, ge=1, validation_alias=_env("MILIO_RATE_LIMIT_BURST"))
    rate_limit_table: str | None = Field(None, validation_alias=_env("MILIO_RATE_LIMIT_TABLE"))

    # Chat pipeline and language-model providers.
    fast_path: bool = Field(True, validation_alias=_env("MILIO_FAST_PATH"))
    chat_max_message_chars: int = Field(
        100_000, ge=1000, validation_alias=_env("MILIO_CHAT_MAX_MESSAGE_CHARS")
    )
    llm_providers: str | None = Field(None, validation_alias=_env("MILIO_LLM_PROVIDERS"))
    llm_call_timeout_seconds: float = Field(
        8.0, gt=0, validation_alias=_env("MILIO_LLM_CALL_TIMEOUT_SECONDS")
    )
    llm_deadline_seconds: float = Field(
        20.0, gt=0, le=28, validation_alias=_env("MILIO_LLM_DEADLINE_SECONDS")
    )
    openai_model: str = Field("gpt-4o-mini", validation_alias=_env("MILIO_OPENAI_MODEL"))
    anthropic_model: str = Field(
        "claude-3-5-haiku-latest", validation_alias=_env("MILIO_ANTHROPIC_MODEL")
    )
    mistral_model: str = Field("mistral-small-latest", validation_alias=_env("MILIO_MISTRAL_MODEL"))
    groq_model: str = Field("llama-3.1-8b-instant", validation_alias=_env("MILIO_GROQ_MODEL"))
    openai_base_url: str | None = Field(None, validation_alias=_env("OPENAI_BASE_URL"))
    anthropic_base_url: str | None = Field(None, validation_alias=_env("ANTHROPIC_BASE_URL"))
    groq_base_url: str | None = Field(None, validation_alias=_env("GROQ_BASE_URL"))
    mistral_base_url: str | None = Field(None, validation_alias=_env("MISTRAL_BASE_URL"))

    # Google OAuth and Gmail. The endpoints are settings so tests can point the
    # real Google libraries at local servers.
    google_redirect_uri: str | None = Field(
        None, validation_alias=_env("MILIO_GOOGLE_REDIRECT_URI")
    )
    google_auth_uri: str = Field(
        "https://accounts.google.com/o/oauth2/v2/auth",
        validation_alias=_env("MILIO_GOOGLE_AUTH_URI"),
    )
    google_token_uri: str = Field(
        "https://oauth2.googleapis.com/token", validation_alias=_env("MILIO_GOOGLE_TOKEN_URI")
    )
    google_certs_uri: str = Field(
        "https://www.googleapis.com/oauth2/v3/certs",
        validation_alias=_env("MILIO_GOOGLE_CERTS_URI"),
    )
    google_userinfo_uri: str = Field(
        "https://openidconnect.googleapis.com/v1/userinfo",
        validation_alias=_env("MILIO_GOOGLE_USERINFO_URI"),
    )
    google_revoke_uri: str = Field(
        "https://oauth2.googleapis.com/revoke", validation_alias=_env("MILIO_GOOGLE_REVOKE_URI")
    )
    gmail_api_endpoint: str = Field(
        "https://gmail.googleapis.com", validation_alias=_env("MILIO_GMAIL_API_ENDPOINT")
    )

    # Understanding requests (issue 10): one structured model call before the steps.
    chat_structured_output: bool = Field(
        True, validation_alias=_env("MILIO_CHAT_STRUCTURED_OUTPUT")
    )

    # Time limits on a bad day (hardening): the database, the rate-limit table, one
    # deadline per request under API Gateway's 29 s, and the streams' idle and total time.
    db_timeout_seconds: float = Field(
        2.0, gt=0, le=10, validation_alias=_env("MILIO_DB_TIMEOUT_SECONDS")
    )
    db_cooldown_seconds: float = Field(
        2.0, ge=0, le=60, validation_alias=_env("MILIO_DB_COOLDOWN_SECONDS")
    )
    rate_limit_timeout_seconds: float = Field(
        0.5, gt=0, le=5, validation_alias=_env("MILIO_RATE_LIMIT_TIMEOUT_SECONDS")
    )
    rate_limit_fallback_seconds: float = Field(
        5.0, ge=0, le=300, validation_alias=_env("MILIO_RATE_LIMIT_FALLBACK_SECONDS")
    )
    request_deadline_seconds: float = Field(
        25.0, gt=0, le=28, validation_alias=_env("MILIO_REQUEST_DEADLINE_SECONDS")
    )
    stream_idle_seconds: float = Field(
        15.0, gt=0, validation_alias=_env("MILIO_STREAM_IDLE_SECONDS")
    )
    stream_max_seconds: float = Field(
        100.0, gt=0, le=115, validation_alias=_env("MILIO_STREAM_MAX_SECONDS")
    )

    @property
    def database_url(self) -> str:
        """The libSQL URL, or a local file next to the generated secrets."""
        return self.turso_database_url or str(self.local_dir / "milio.db")

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (init_settings, env_settings, SecretSource(settings_cls))


class SecretSource(PydanticBaseSettingsSource):
    """Values from the application secret: Secrets Manager in AWS, a local file otherwise."""

    def get_field_value(self, field: FieldInfo, field_name: str) -> tuple[Any, str, bool]:
        raise NotImplementedError  # __call__ reads everything at once

    def __call__(self) -> dict[str, Any]:
        values = load_secret_values()
        return {key: values[key] for key in SECRET_KEYS if values.get(key)}


def load_secret_values() -> dict[str, str]:
    arn = os.environ.get("MILIO_SECRET_ARN")
    if arn:
        return _read_secrets_manager(arn)
    if os.environ.get("AWS_LAMBDA_FUNCTION_NAME") or os.environ.get("MILIO_ENV") == "aws":
        # A deployed function must never invent its own secrets.
        raise ConfigurationError("MILIO_SECRET_ARN is not set")
    return _local_secrets(Path(os.environ.get("MILIO_LOCAL_DIR", ".local")))


def _read_secrets_manager(arn: str) -> dict[str, str]:
    import boto3  # imported here: only deployed functions read Secrets Manager

    client = boto3.client("secretsmanager")
    raw = client.get_secret_value(SecretId=arn)["SecretString"]
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ConfigurationError("the application secret is not a JSON object") from exc
    if not isinstance(data, dict):
        raise ConfigurationError("the application secret is not a JSON object")
    return {str(k): str(v) for k, v in data.items() if v is not None}


def _local_secrets(local_dir: Path) -> dict[str, str]:
    """Read the local secrets file, creating it (mode 0600) with random values if absent."""
    path = local_dir / "secrets.json"
    data: dict[str, str] = {}
    if path.exists():
        data = json.loads(path.read_text())
    missing = [key for key in GENERATED_LOCAL_SECRETS if not data.get(key)]
    if missing:
        for key in missing:
            data[key] = secrets.token_urlsafe(48)
        local_dir.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as handle:
            json.dump(data, handle, indent=2)
        os.replace(tmp, path)
    return data


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()  # type: ignore[call-arg]  # values come from the sources
