"""One settings object for every function: every knob of the service, in one place.

Where a value comes from, first match wins: the environment variables named
in the field, then the secrets under the field's ``key``, then the field's
default. In AWS the secrets are several Secrets Manager secrets (JSON objects),
so that each function can read only the keys it uses: each key has one home
secret (``home``, the environment variable that names it), and a function is
given only the ARNs of the secrets it needs. They are read through Powertools
Parameters and refreshed after ``MILIO_SECRET_MAX_AGE_SECONDS``. Locally all
keys are in ``.local/secrets.json``, generated once with random values. There
is never a default secret in code.

Plain dataclasses, not pydantic: the TOKEN authorizer imports this module, and
pydantic-settings alone cost about 300 ms of its cold start (``make bench``).

Adding a setting is one line in ``Settings`` and one row in the README's
settings table::

    answer_cache_seconds: int = setting(60, "MILIO_ANSWER_CACHE_SECONDS", ge=0)

``setting(default, *environment_variables, key=<key in the secrets>, home=<its secret>, ge=,
gt=, le=)``; the
type annotation decides the parsing (str, int, float, bool, Path, SecretStr,
a Literal, ``X | None``, ``dict[str, str]`` and ``dict[str, int]`` written
``name=value,name=value``). A field without a default is required.
"""

from __future__ import annotations

import dataclasses
import hmac
import json
import os
import sys
import threading
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from milio.errors import ConfigurationError

# Generated for local runs; the other secret keys stay unset until configured.
GENERATED_LOCAL_SECRETS = ("jwt_secret", "encryption_key", "decision_memory_key")

# The secrets, each named by the environment variable that holds its ARN (template.yaml
# gives a function only those it uses). The application secret holds the token-signing
# key; before the split (README: Deploying) it held every key, and a key still found
# there wins over its new home until `make split-secret` has moved it.
# (Names of variables, not secrets: hence the noqa.)
APP_SECRET = "MILIO_SECRET_ARN"  # noqa: S105
DATABASE_SECRET = "MILIO_DATABASE_SECRET_ARN"  # noqa: S105
MODEL_KEYS_SECRET = "MILIO_MODEL_KEYS_SECRET_ARN"  # noqa: S105
GOOGLE_SECRET = "MILIO_GOOGLE_SECRET_ARN"  # noqa: S105
ENCRYPTION_SECRET = "MILIO_ENCRYPTION_SECRET_ARN"  # noqa: S105
SECRETS = (APP_SECRET, DATABASE_SECRET, MODEL_KEYS_SECRET, GOOGLE_SECRET, ENCRYPTION_SECRET)
_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"0", "false", "no", "off"})


class SecretStr:
    """A value that never shows in a repr, a log line or an error message."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def get_secret_value(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "SecretStr('**********')"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SecretStr) and hmac.compare_digest(self._value, other._value)

    def __hash__(self) -> int:
        return hash(self._value)


def setting(
    default: Any = dataclasses.MISSING,
    *env: str,
    key: str | None = None,
    home: str = APP_SECRET,
    ge: float | None = None,
    gt: float | None = None,
    le: float | None = None,
) -> Any:
    """Declare a field of `Settings`: its default, environment variables, its ``key`` in the
    secrets and the secret that holds it (``home``), and bounds."""
    metadata = {"env": env, "secret": key, "home": home, "ge": ge, "gt": gt, "le": le}
    if isinstance(default, dict):  # mutable: each object gets its own copy
        return field(default_factory=lambda: dict(default), metadata=metadata)
    return field(default=default, metadata=metadata)


@dataclass(frozen=True, kw_only=True)
class Settings:
    environment: Literal["local", "aws"] = setting("local", "MILIO_ENV")
    local_dir: Path = setting(Path(".local"), "MILIO_LOCAL_DIR")
    secret_arn: str | None = setting(None, APP_SECRET)
    database_secret_arn: str | None = setting(None, DATABASE_SECRET)
    model_keys_secret_arn: str | None = setting(None, MODEL_KEYS_SECRET)
    google_secret_arn: str | None = setting(None, GOOGLE_SECRET)
    encryption_secret_arn: str | None = setting(None, ENCRYPTION_SECRET)
    # How long a read of the secrets is trusted: a secret put in after
    # the deploy takes effect within this many seconds, without a redeploy.
    secret_max_age_seconds: int = setting(300, "MILIO_SECRET_MAX_AGE_SECONDS", ge=0, le=86_400)

    # Secrets (also read from the secrets under their own names).
    jwt_secret: SecretStr = setting(dataclasses.MISSING, "MILIO_JWT_SECRET", key="jwt_secret")
    encryption_key: SecretStr | None = setting(
        None, "MILIO_ENCRYPTION_KEY", key="encryption_key", home=ENCRYPTION_SECRET
    )
    # The key of the digests the decision memory stores (HMAC-SHA256); none: no memory.
    # With the model keys: chat's model path uses it (the stream, which reads them, can too).
    decision_memory_key: SecretStr | None = setting(
        None, "MILIO_DECISION_MEMORY_KEY", key="decision_memory_key", home=MODEL_KEYS_SECRET
    )
    turso_database_url: str | None = setting(
        None,
        "MILIO_DATABASE_URL",
        "TURSO_DATABASE_URL",
        key="turso_database_url",
        home=DATABASE_SECRET,
    )
    turso_auth_token: SecretStr | None = setting(
        None, "TURSO_AUTH_TOKEN", key="turso_auth_token", home=DATABASE_SECRET
    )
    openai_api_key: SecretStr | None = setting(
        None, "OPENAI_API_KEY", key="openai_api_key", home=MODEL_KEYS_SECRET
    )
    anthropic_api_key: SecretStr | None = setting(
        None, "ANTHROPIC_API_KEY", key="anthropic_api_key", home=MODEL_KEYS_SECRET
    )
    mistral_api_key: SecretStr | None = setting(
        None, "MISTRAL_API_KEY", key="mistral_api_key", home=MODEL_KEYS_SECRET
    )
    groq_api_key: SecretStr | None = setting(
        None, "GROQ_API_KEY", key="groq_api_key", home=MODEL_KEYS_SECRET
    )
    google_client_id: str | None = setting(
        None, "MILIO_GOOGLE_CLIENT_ID", key="google_client_id", home=GOOGLE_SECRET
    )
    google_client_secret: SecretStr | None = setting(
        None, "MILIO_GOOGLE_CLIENT_SECRET", key="google_client_secret", home=GOOGLE_SECRET
    )

    # Tokens.
    jwt_issuer: str = setting("milio-server", "MILIO_JWT_ISSUER")
    jwt_audience: str = setting("milio-desktop", "MILIO_JWT_AUDIENCE")
    token_ttl_seconds: int = setting(
        7 * 24 * 3600, "MILIO_TOKEN_TTL_SECONDS", ge=60, le=90 * 24 * 3600
    )

    # Requests.
    max_body_bytes: int = setting(256 * 1024, "MILIO_MAX_BODY_BYTES", ge=1024, le=6 * 1024 * 1024)

    # Rate limits (per source IP).
    rate_limit_per_second: float = setting(2.0, "MILIO_RATE_LIMIT_PER_SECOND", gt=0)
    rate_limit_burst: int = setting(2, "MILIO_RATE_LIMIT_BURST", ge=1)
    rate_limit_table: str | None = setting(None, "MILIO_RATE_LIMIT_TABLE")
    # Per user on every protected route (fast path and stream included), so one token
    # cannot spend its tier's shared usage-plan quota: at most ~8,640 requests a day.
    user_rate_limit_per_second: float = setting(0.1, "MILIO_USER_RATE_LIMIT_PER_SECOND", gt=0)
    user_rate_limit_burst: int = setting(20, "MILIO_USER_RATE_LIMIT_BURST", ge=1)

    # Tiers and the per-user daily quota of model-backed requests.
    # The API key of each tier's usage plan, answered by the authorizer as
    # usageIdentifierKey: "default=<key value>,pro=<key value>".
    tier_api_keys: dict[str, str] = setting({}, "MILIO_TIER_API_KEYS")
    # Model-backed requests a user may make per UTC day, by tier; a tier not
    # listed gets the default tier's quota.
    daily_quotas: dict[str, int] = setting({"default": 200}, "MILIO_DAILY_QUOTAS")
    # Model tokens (input + output, as the providers bill them) a user may spend per UTC
    # day, by tier; a tier not listed gets the default tier's. The bound on one user's
    # spending: 200 typical requests (about 2,000 tokens each) fit the default.
    daily_model_tokens: dict[str, int] = setting({"default": 500_000}, "MILIO_DAILY_MODEL_TOKENS")
    quota_table: str | None = setting(None, "MILIO_QUOTA_TABLE")
    # Model-backed requests of all users together per UTC day (0: no ceiling).
    global_daily_ceiling: int = setting(0, "MILIO_GLOBAL_DAILY_CEILING", ge=0)
    # Accounts one source address may create per UTC day (0: no cap).
    signups_per_client_per_day: int = setting(10, "MILIO_SIGNUPS_PER_CLIENT_PER_DAY", ge=0)

    # Chat pipeline and language-model providers.
    fast_path: bool = setting(True, "MILIO_FAST_PATH")
    # How long a model's action decision answers the same user's same message again (0: never).
    decision_memory_days: int = setting(30, "MILIO_DECISION_MEMORY_DAYS", ge=0, le=365)
    chat_max_message_chars: int = setting(100_000, "MILIO_CHAT_MAX_MESSAGE_CHARS", ge=1000)
    # What one model call is sent of a message: its context is cut beyond it (the user's
    # request itself is kept whole, and refused with 413 when longer than this alone).
    model_input_max_chars: int = setting(16_000, "MILIO_MODEL_INPUT_MAX_CHARS", ge=1000)
    llm_providers: str | None = setting(None, "MILIO_LLM_PROVIDERS")
    llm_call_timeout_seconds: float = setting(8.0, "MILIO_LLM_CALL_TIMEOUT_SECONDS", gt=0)
    llm_deadline_seconds: float = setting(20.0, "MILIO_LLM_DEADLINE_SECONDS", gt=0, le=28)
    # Each provider's small model, checked on 2026-12-07 against its pages (README: Models);
    # dated where the provider has a dated id, so a new release never changes it unseen.
    openai_model: str = setting("gpt-6-luna", "MILIO_OPENAI_MODEL")
    anthropic_model: str = setting("claude-haiku-4-5", "MILIO_ANTHROPIC_MODEL")
    mistral_model: str = setting("mistral-small-2603", "MILIO_MISTRAL_MODEL")
    groq_model: str = setting("openai/gpt-oss-20b", "MILIO_GROQ_MODEL")
    # The default OpenAI and Groq models reason before answering, and their reasoning
    # tokens count against the answer's budget: a one-word choice with 16 tokens would
    # come back empty. "omit" sends no reasoning_effort (for a model without reasoning).
    openai_reasoning_effort: Literal[
        "omit", "none", "minimal", "low", "medium", "high", "xhigh", "max"
    ] = setting("none", "MILIO_OPENAI_REASONING_EFFORT")
    groq_reasoning_effort: Literal["omit", "none", "default", "low", "medium", "high"] = setting(
        "low", "MILIO_GROQ_REASONING_EFFORT"
    )
    reasoning_token_allowance: int = setting(
        1024, "MILIO_REASONING_TOKEN_ALLOWANCE", ge=0, le=32_000
    )
    openai_base_url: str | None = setting(None, "OPENAI_BASE_URL")
    anthropic_base_url: str | None = setting(None, "ANTHROPIC_BASE_URL")
    groq_base_url: str | None = setting(None, "GROQ_BASE_URL")
    mistral_base_url: str | None = setting(None, "MISTRAL_BASE_URL")

    # Google OAuth and Gmail. The endpoints are settings so tests can point the
    # real Google libraries at local servers.
    google_redirect_uri: str | None = setting(None, "MILIO_GOOGLE_REDIRECT_URI")
    google_auth_uri: str = setting(
        "https://accounts.google.com/o/oauth2/v2/auth", "MILIO_GOOGLE_AUTH_URI"
    )
    google_token_uri: str = setting("https://oauth2.googleapis.com/token", "MILIO_GOOGLE_TOKEN_URI")
    google_certs_uri: str = setting(
        "https://www.googleapis.com/oauth2/v3/certs", "MILIO_GOOGLE_CERTS_URI"
    )
    google_userinfo_uri: str = setting(
        "https://openidconnect.googleapis.com/v1/userinfo", "MILIO_GOOGLE_USERINFO_URI"
    )
    google_revoke_uri: str = setting(
        "https://oauth2.googleapis.com/revoke", "MILIO_GOOGLE_REVOKE_URI"
    )
    gmail_api_endpoint: str = setting("https://gmail.googleapis.com", "MILIO_GMAIL_API_ENDPOINT")

    # Understanding requests: one structured model call before the steps.
    chat_structured_output: bool = setting(True, "MILIO_CHAT_STRUCTURED_OUTPUT")

    # Time limits on a bad day: the database, the rate-limit table, one deadline per
    # request under API Gateway's 29 s, and the streams' idle and total time.
    db_timeout_seconds: float = setting(2.0, "MILIO_DB_TIMEOUT_SECONDS", gt=0, le=10)
    db_cooldown_seconds: float = setting(2.0, "MILIO_DB_COOLDOWN_SECONDS", ge=0, le=60)
    rate_limit_timeout_seconds: float = setting(0.5, "MILIO_RATE_LIMIT_TIMEOUT_SECONDS", gt=0, le=5)
    rate_limit_fallback_seconds: float = setting(
        5.0, "MILIO_RATE_LIMIT_FALLBACK_SECONDS", ge=0, le=300
    )
    request_deadline_seconds: float = setting(25.0, "MILIO_REQUEST_DEADLINE_SECONDS", gt=0, le=28)
    stream_idle_seconds: float = setting(15.0, "MILIO_STREAM_IDLE_SECONDS", gt=0)
    stream_max_seconds: float = setting(100.0, "MILIO_STREAM_MAX_SECONDS", gt=0, le=115)

    def __post_init__(self) -> None:
        if self.environment != "aws":
            return
        # Never a database file under /var/task: a deployment without Turso stops here
        # (and the layer ships no driver for local files).
        if not self.turso_database_url:
            raise ConfigurationError(
                "no database URL: put turso_database_url (and turso_auth_token) into the"
                " database secret, or set MILIO_DATABASE_URL"
            )
        if "://" not in self.turso_database_url:
            raise ConfigurationError(
                "the database URL is a file path; deployed functions need Turso's"
                " libsql:// or https:// URL"
            )

    @property
    def secret_arns(self) -> tuple[str, ...]:
        """The Secrets Manager secrets this function reads (none locally)."""
        arns = (
            self.secret_arn,
            self.database_secret_arn,
            self.model_keys_secret_arn,
            self.google_secret_arn,
            self.encryption_secret_arn,
        )
        return tuple(arn for arn in arns if arn)

    @property
    def database_url(self) -> str:
        """The libSQL URL, or (locally) a file next to the generated secrets."""
        return self.turso_database_url or str(self.local_dir / "milio.db")


def secret_keys() -> tuple[str, ...]:
    """Every key the secrets may hold."""
    return tuple(secret_homes())


def secret_homes() -> dict[str, str]:
    """Each secret key, and the secret (its environment variable) that holds it in AWS."""
    return {
        f.metadata["secret"]: f.metadata["home"]
        for f in dataclasses.fields(Settings)
        if f.metadata["secret"]
    }


# Reading a field ----------------------------------------------------------------


def _parse(raw: str, kind: Any, name: str) -> Any:
    """``raw`` as a value of the annotated type ``kind``; ``name`` names it in errors."""
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin in (types.UnionType, typing.Union):  # X | None
        (inner,) = [arg for arg in args if arg is not type(None)]
        return _parse(raw, inner, name)
    if origin is Literal:
        if raw not in args:
            raise ConfigurationError(f"{name} must be one of {list(args)}, not {raw!r}")
        return raw
    if origin is dict:
        return _parse_mapping(raw, args[1], name)
    return _parse_scalar(raw, kind, name)


def _parse_scalar(raw: str, kind: Any, name: str) -> Any:
    if kind is bool:
        lowered = raw.strip().lower()
        if lowered not in _TRUE | _FALSE:
            raise ConfigurationError(f"{name} must be true or false, not {raw!r}")
        return lowered in _TRUE
    if kind in (int, float):
        try:
            return kind(raw.strip())
        except ValueError:
            raise ConfigurationError(f"{name} must be a number, not {raw!r}") from None
    return kind(raw)  # str, Path, SecretStr


def _parse_mapping(raw: str, value_kind: Any, name: str) -> dict[str, Any]:
    mapping = {}
    for item in filter(None, (part.strip() for part in raw.split(","))):
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise ConfigurationError(f"{name} must read name=value,name=value, not {raw!r}")
        mapping[key.strip()] = _parse(value.strip(), value_kind, name)
    return mapping


def _check_bounds(value: Any, meta: Mapping[str, Any], name: str) -> None:
    numbers = value.values() if isinstance(value, dict) else [value]
    for number in numbers:
        if not isinstance(number, int | float) or isinstance(number, bool):
            continue
        if meta["ge"] is not None and number < meta["ge"]:
            raise ConfigurationError(f"{name} must be at least {meta['ge']}, not {number}")
        if meta["gt"] is not None and number <= meta["gt"]:
            raise ConfigurationError(f"{name} must be more than {meta['gt']}, not {number}")
        if meta["le"] is not None and number > meta["le"]:
            raise ConfigurationError(f"{name} must be at most {meta['le']}, not {number}")


def load_settings(
    environ: Mapping[str, str] | None = None, secret_values: Mapping[str, str] | None = None
) -> Settings:
    """Settings from the environment and the secrets (read now unless given)."""
    environ = os.environ if environ is None else environ
    values = load_secret_values(environ) if secret_values is None else secret_values
    hints = typing.get_type_hints(Settings)
    chosen: dict[str, Any] = {}
    for spec in dataclasses.fields(Settings):
        meta = spec.metadata
        raw, name = None, meta["env"][0]
        for candidate in meta["env"]:
            if environ.get(candidate):  # an empty variable counts as unset
                raw, name = environ[candidate], candidate
                break
        if raw is None and meta["secret"] and values.get(meta["secret"]):
            raw, name = values[meta["secret"]], f"the secret key {meta['secret']}"
        if raw is None:
            if spec.default is dataclasses.MISSING and spec.default_factory is dataclasses.MISSING:
                keys = " or ".join(meta["env"])
                raise ConfigurationError(f"{spec.name} is not set: set {keys}")
            continue
        value = _parse(raw, hints[spec.name], name)
        _check_bounds(value, meta, name)
        chosen[spec.name] = value
    return Settings(**chosen)


# The secrets --------------------------------------------------------------------------


def is_deployed(environ: Mapping[str, str]) -> bool:
    """A deployed function: MILIO_ENV=aws, or running in Lambda without saying otherwise."""
    declared = environ.get("MILIO_ENV")
    return declared == "aws" or (not declared and bool(environ.get("AWS_LAMBDA_FUNCTION_NAME")))


def load_secret_values(environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """Every secret key this function can read: from the Secrets Manager secrets it is
    given (in AWS), else from the local secrets file."""
    environ = os.environ if environ is None else environ
    read = read_secrets(environ)
    if read:
        return merge_secrets(read)
    if is_deployed(environ):
        # A deployed function must never invent its own secrets.
        raise ConfigurationError(f"no secret is given: none of {', '.join(SECRETS)} is set")
    return _local_secrets(Path(environ.get("MILIO_LOCAL_DIR") or ".local"))


def read_secrets(environ: Mapping[str, str]) -> dict[str, dict[str, str]]:
    """The content of each Secrets Manager secret the environment names, by its variable."""
    max_age = int(environ.get("MILIO_SECRET_MAX_AGE_SECONDS") or Settings.secret_max_age_seconds)
    return {
        variable: _read_secrets_manager(environ[variable], max_age)
        for variable in SECRETS
        if environ.get(variable)
    }


def merge_secrets(read: Mapping[str, Mapping[str, str]]) -> dict[str, str]:
    """Each key from its home secret, or from the application secret while it still holds
    it (a stack from before the split); a key anywhere else is not this secret's to give."""
    legacy = read.get(APP_SECRET, {})
    values = {}
    for key, home in secret_homes().items():
        value = legacy.get(key) or read.get(home, {}).get(key)
        if value:
            values[key] = value
    return values


def misplaced_keys(read: Mapping[str, Mapping[str, str]]) -> dict[str, str]:
    """Keys the application secret still holds (non-empty) that belong in another secret,
    each with its home: every reader of the application secret can read them."""
    legacy = read.get(APP_SECRET, {})
    return {
        key: home for key, home in secret_homes().items() if home != APP_SECRET and legacy.get(key)
    }


def _read_secrets_manager(arn: str, max_age: int) -> dict[str, str]:
    # Imported here: it imports boto3 (hundreds of ms) and only deployed functions need it.
    from aws_lambda_powertools.utilities import parameters

    raw = parameters.get_secret(arn, max_age=max_age)  # cached by Powertools for max_age
    try:
        data = json.loads(raw) if isinstance(raw, str) else None
    except json.JSONDecodeError:
        data = None
    if not isinstance(data, dict):
        raise ConfigurationError("a secret is not a JSON object")
    return {str(k): str(v) for k, v in data.items() if v is not None}


def _local_secrets(local_dir: Path) -> dict[str, str]:
    """Read the local secrets file, creating it (mode 0600) with random values if absent."""
    path = local_dir / "secrets.json"
    data: dict[str, str] = {}
    if path.exists():
        data = json.loads(path.read_text())
    missing = [key for key in GENERATED_LOCAL_SECRETS if not data.get(key)]
    if missing:
        import secrets  # only here: a deployed function never generates a secret

        for key in missing:
            data[key] = secrets.token_urlsafe(48)
        local_dir.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as handle:
            json.dump(data, handle, indent=2)
        os.replace(tmp, path)
    return data


# The process's settings -------------------------------------------------------------


class _CachedSettings:
    """``get_settings()``: read once; in AWS, rebuilt when a secret's content changes.

    Powertools keeps the secret for its max age, so checking it on every call
    costs a cache lookup; the settings object changes (and with it the provider
    clients built from it) only when the secret's content did. If a refresh
    fails, the settings already read stay in use.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._settings: Settings | None = None
        self._secret: dict[str, str] | None = None

    def __call__(self) -> Settings:
        current = self._settings
        if current is not None and not current.secret_arns:
            return current
        try:
            values = load_secret_values()
        except Exception:
            if current is None:
                raise
            from milio.observability import logger

            logger.warning("could not refresh the secrets; keeping the last ones read")
            return current
        with self._lock:
            if self._settings is None or values != self._secret:
                self._settings, self._secret = load_settings(secret_values=values), values
            return self._settings

    def cache_clear(self) -> None:
        with self._lock:
            self._settings = self._secret = None
        parameters = sys.modules.get("aws_lambda_powertools.utilities.parameters")
        if parameters is not None:  # forget the cached secret too
            parameters.clear_caches()


get_settings = _CachedSettings()
