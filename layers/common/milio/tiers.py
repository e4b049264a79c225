"""Tiers: the usage plan a user's requests count against, and their daily model quota.

The tier is stored with the user (``users.tier``; NULL is the default tier).
API Gateway applies each tier's usage plan, an aggregate throttle and daily
quota enforced before any function runs, through the plan's API key, which the
authorizer answers as ``usageIdentifierKey``: one key per tier, never one per
user (API Gateway allows 10,000 keys per account and Region, and creates 5 per
second). The per-user quota is counted in ``milio.quota``.
"""

from __future__ import annotations

from milio.db import Database, get_database
from milio.errors import ConfigurationError
from milio.observability import logger
from milio.settings import Settings

DEFAULT_TIER = "default"


def user_tier(user_id: int, db: Database | None = None) -> str:
    """The user's tier: the default tier when none is stored, or when the database cannot say.

    A database outage must not refuse a user the authorizer has already let
    through, so any failure here answers the default tier, with a warning.
    """
    try:
        row = (db or get_database()).fetch_one("SELECT tier FROM users WHERE id = ?", (user_id,))
    except Exception as exc:
        reason = type(exc).__name__
        logger.warning("tier lookup failed; using the default tier", extra={"error": reason})
        return DEFAULT_TIER
    tier = row[0] if row is not None else None
    return tier if isinstance(tier, str) and tier else DEFAULT_TIER


def tier_api_key(tier: str, settings: Settings) -> str | None:
    """The API key of the tier's usage plan; the default tier's for a tier without one."""
    keys = settings.tier_api_keys
    return keys.get(tier) or keys.get(DEFAULT_TIER)


def daily_quota(tier: str, settings: Settings) -> int:
    """Model-backed requests a user of ``tier`` may make per UTC day."""
    quotas = settings.daily_quotas
    quota = quotas.get(tier, quotas.get(DEFAULT_TIER))
    if quota is None:
        raise ConfigurationError("MILIO_DAILY_QUOTAS has no entry for the default tier")
    return quota
