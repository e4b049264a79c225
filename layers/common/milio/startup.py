"""What every function does once at start-up in Lambda: read the configuration, say it in
one log line, or stop.

In Lambda (``AWS_LAMBDA_FUNCTION_NAME`` is set) the settings are read during the
init phase, so a configuration error (no database URL, no secret, an invalid
value) stops the function before it serves anything, with one ERROR line that
says what is missing, instead of failing each request later. Outside Lambda
(``make dev``, tests, benchmarks) nothing happens here: the settings are read
on first use, as before.
"""

from __future__ import annotations

import os
from typing import Any
from urllib.parse import urlsplit

from milio.errors import ConfigurationError
from milio.observability import logger
from milio.settings import Settings, get_settings


def in_lambda() -> bool:
    return bool(os.environ.get("AWS_LAMBDA_FUNCTION_NAME"))


def start_up(*, providers: bool = True, tier_keys: bool = False) -> None:
    """In Lambda: read the settings now, log the configuration, or log why not and raise.

    ``providers`` adds the provider chain to the line; ``tier_keys`` (the
    authorizer) requires the default tier's usage-plan key.
    """
    if not in_lambda():
        return
    try:
        settings = get_settings()
        if tier_keys and "default" not in settings.tier_api_keys:
            raise ConfigurationError("MILIO_TIER_API_KEYS has no key for the default tier")
    except ConfigurationError as exc:
        logger.error("start-up failed: configuration error", extra={"reason": exc.message})
        raise
    logger.info("start-up", extra=describe(settings, providers=providers))


def describe(settings: Settings, *, providers: bool = True) -> dict[str, Any]:
    """The configuration in words a person can check; never a secret value."""
    summary: dict[str, Any] = {
        "environment": settings.environment,
        "secret": (
            f"secrets manager ({len(settings.secret_arns)} secrets)"
            if settings.secret_arns
            else "local file"
        ),
        "database": _without_credentials(settings.database_url),
        "rate_limiter": _backend(settings.rate_limit_table),
        "quota": _backend(settings.quota_table),
        "daily_quotas": settings.daily_quotas,
        "tiers_with_keys": sorted(settings.tier_api_keys),
    }
    if providers:
        from milio.providers import configured_order

        try:
            names = configured_order(settings)
        except ConfigurationError as exc:
            summary["provider_error"] = exc.message
        else:
            summary["providers"] = [_provider(settings, name) for name in names]
    return summary


def _provider(settings: Settings, name: str) -> str:
    model: str = getattr(settings, f"{name}_model")
    return f"{name}:{model}"


def _backend(table: str | None) -> str:
    return f"dynamodb:{table}" if table else "memory"


def _without_credentials(url: str) -> str:
    if "://" not in url:
        return url
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.hostname or ''}{parts.path}"
