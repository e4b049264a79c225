"""Tiers: the usage plan a user's requests count against, and their daily model quotas.

The tier is stored with the user (``users.tier``; NULL is the default tier) and read
with the account by the token check (``milio.accounts.account_tier``), which hands it
on: the authorizer in its context, the streaming app to its route.
API Gateway applies each tier's usage plan, an aggregate throttle and daily
quota enforced before any function runs, through the plan's API key, which the
authorizer answers as ``usageIdentifierKey``: one key per tier, never one per
user (API Gateway allows 10,000 keys per account and Region, and creates 5 per
second). The per-user quota is counted in ``milio.quota``.
"""

from __future__ import annotations

from collections.abc import Mapping

from milio.errors import ConfigurationError
from milio.settings import Settings

DEFAULT_TIER = "default"


def tier_api_key(tier: str, settings: Settings) -> str | None:
    """The API key of the tier's usage plan; the default tier's for a tier without one."""
    keys = settings.tier_api_keys
    return keys.get(tier) or keys.get(DEFAULT_TIER)


def daily_quota(tier: str, settings: Settings) -> int:
    """Model-backed requests a user of ``tier`` may make per UTC day."""
    return _for_tier(tier, settings.daily_quotas, "MILIO_DAILY_QUOTAS")


def daily_model_tokens(tier: str, settings: Settings) -> int:
    """Model tokens (input + output) a user of ``tier`` may spend per UTC day."""
    return _for_tier(tier, settings.daily_model_tokens, "MILIO_DAILY_MODEL_TOKENS")


def _for_tier(tier: str, per_tier: Mapping[str, int], setting: str) -> int:
    """The tier's value of a per-tier setting, the default tier's for a tier without one."""
    value = per_tier.get(tier, per_tier.get(DEFAULT_TIER))
    if value is None:
        raise ConfigurationError(f"{setting} has no entry for the default tier")
    return value
