"""Revoking a Google grant: one form POST to Google's revoke endpoint.

Standard library only (with the token cipher, which needs ``cryptography``), so the
auth function can revoke a deleted account's grant without Google's client
libraries. Revoking the refresh token ends the whole grant, its access tokens too.
"""

from __future__ import annotations

import json
import logging
import urllib.error
import urllib.request
from urllib.parse import urlencode

from milio.settings import Settings

logger = logging.getLogger(__name__)

# Google answers in well under a second; a deletion must not wait long on it.
REVOKE_TIMEOUT_SECONDS = 5.0
_REFRESH = "refresh_token"  # the field name of the stored ciphertext (milio.gmail.accounts)


def revoke_at_google(token: str, settings: Settings) -> bool:
    """True when the token is now unusable at Google.

    Google answers 400 invalid_token for a token already revoked or expired: that is
    the outcome we want, so it counts as revoked.
    """
    request = urllib.request.Request(  # noqa: S310 (the revoke URI of the settings)
        settings.google_revoke_uri,
        data=urlencode({"token": token}).encode(),
        headers={"Content-Type": "application/x-www-form-urlencoded"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=REVOKE_TIMEOUT_SECONDS):  # noqa: S310
            return True
    except urllib.error.HTTPError as refused:
        return refused.code == 400 and _error_code(refused.read()) == "invalid_token"
    except (OSError, ValueError):  # unreachable, timed out, or not a URL we can call
        return False


def revoke_stored_grant(user_id: int, refresh_token_encrypted: str, settings: Settings) -> bool:
    """Revoke the grant whose refresh token is stored (encrypted) for ``user_id``.
    Best effort: never raises; logs what happened, never the token."""
    from milio.errors import MilioError
    from milio.gmail.encryption import TokenCipher
    from milio.gmail.keys import token_encryption_key

    try:
        cipher = TokenCipher(token_encryption_key(settings))
        token = cipher.decrypt(refresh_token_encrypted, user_id, _REFRESH)
    except MilioError:  # no key configured, or a row this key cannot read
        logger.warning("could not read the Google grant of deleted user %s to revoke it", user_id)
        return False
    revoked = revoke_at_google(token, settings)
    if revoked:
        logger.info("revoked the Google grant of deleted user %s", user_id)
    else:
        logger.warning("could not revoke the Google grant of deleted user %s", user_id)
    return revoked


def _error_code(body: bytes) -> str:
    try:
        return str(json.loads(body).get("error", ""))
    except (ValueError, AttributeError):
        return ""
