"""Who the Google user is: the verified ID token, or the userinfo endpoint."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import jwt
from google.auth import exceptions as google_exceptions
from google.auth.transport import Request
from google.oauth2 import id_token

from milio.gmail.errors import (
    GmailNotConfiguredError,
    GmailReconnectRequiredError,
    GmailUnavailableError,
    GoogleConsentError,
)
from milio.settings import Settings

GOOGLE_ISSUERS = ("accounts.google.com", "https://accounts.google.com")
# Google's clock and ours may differ a little; the token lives an hour.
CLOCK_SKEW_SECONDS = 30


@dataclass(frozen=True)
class GoogleIdentity:
    subject: str
    email: str


def verify_id_token(raw: str, settings: Settings, transport: Request) -> GoogleIdentity:
    """Check signature (certs URL of the settings, fetched through ``transport``), audience,
    issuer and a verified email."""
    if not settings.google_client_id:
        raise GmailNotConfiguredError()
    if not raw:
        raise GoogleConsentError()
    try:
        claims = id_token.verify_token(
            raw,
            transport,
            audience=settings.google_client_id,
            certs_url=settings.google_certs_uri,
            clock_skew_in_seconds=CLOCK_SKEW_SECONDS,
        )
    except google_exceptions.TransportError as exc:
        raise GmailUnavailableError() from exc
    except (ValueError, google_exceptions.GoogleAuthError, jwt.PyJWTError) as exc:
        raise GoogleConsentError() from exc
    return _identity(claims)


def _identity(claims: Any) -> GoogleIdentity:
    email, subject = claims.get("email"), claims.get("sub")
    if claims.get("iss") not in GOOGLE_ISSUERS:
        raise GoogleConsentError()
    # Older tokens carried the flag as the string "true".
    if claims.get("email_verified") not in (True, "true"):
        raise GoogleConsentError()
    if not isinstance(email, str) or not email or not isinstance(subject, str):
        raise GoogleConsentError()
    return GoogleIdentity(subject=subject, email=email)


def userinfo_email(access_token: str, settings: Settings, transport: Request) -> str:
    """The address of the account an access token belongs to (needs the "email" scope)."""
    try:
        response = transport(
            settings.google_userinfo_uri,
            method="GET",
            headers={"Authorization": f"Bearer {access_token}", "Accept": "application/json"},
        )
    except google_exceptions.TransportError as exc:
        raise GmailUnavailableError() from exc
    if response.status in (401, 403):
        raise GmailReconnectRequiredError()
    if response.status != 200:
        raise GmailUnavailableError()
    try:
        email = json.loads(response.data).get("email")
    except (ValueError, AttributeError) as exc:
        raise GmailUnavailableError() from exc
    if not isinstance(email, str) or not email:
        raise GmailReconnectRequiredError()  # a token without the "email" grant
    return email
