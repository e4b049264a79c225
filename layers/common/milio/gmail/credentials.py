"""Google credentials for a request: the stored account's, or the client's access token."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from google.auth import exceptions as google_exceptions
from google.auth.transport import Request
from google.oauth2.credentials import Credentials

from milio.db import Database
from milio.errors import MilioError
from milio.gmail.accounts import GoogleAccount, update_access_token
from milio.gmail.errors import (
    GmailNotConfiguredError,
    GmailReconnectRequiredError,
    GmailUnavailableError,
)
from milio.settings import Settings

# Google access tokens are opaque, URL-safe and a few hundred characters. A
# value outside this shape is refused before it reaches an HTTP header.
_ACCESS_TOKEN = re.compile(r"[A-Za-z0-9._~+/=-]{1,4096}")


def client_credentials(access_token: str) -> Credentials:
    """Credentials from a token the desktop client sent: usable until it expires, no refresh."""
    if not _ACCESS_TOKEN.fullmatch(access_token):
        raise GmailReconnectRequiredError()
    return Credentials(token=access_token)  # type: ignore[no-untyped-call]


def account_credentials(account: GoogleAccount, settings: Settings) -> Credentials:
    if not (settings.google_client_id and settings.google_client_secret):
        raise GmailNotConfiguredError()
    expiry = (
        datetime.fromtimestamp(account.access_token_expires_at, UTC).replace(tzinfo=None)
        if account.access_token_expires_at is not None
        else None
    )  # google-auth compares naive UTC datetimes
    return Credentials(  # type: ignore[no-untyped-call]
        token=account.access_token,
        refresh_token=account.refresh_token,
        token_uri=settings.google_token_uri,
        client_id=settings.google_client_id,
        client_secret=settings.google_client_secret.get_secret_value(),
        scopes=list(account.scopes),
        expiry=expiry,
    )


def fresh_account_credentials(
    account: GoogleAccount, settings: Settings, db: Database, transport: Request
) -> Credentials:
    """The account's credentials, refreshed at the token endpoint (through ``transport``)
    if expired, and kept."""
    credentials = account_credentials(account, settings)
    if not credentials.valid:
        try:
            credentials.refresh(transport)  # type: ignore[no-untyped-call]
        except google_exceptions.GoogleAuthError as exc:
            raise refresh_error(exc) from exc
        remember_token(account, credentials, settings, db)
    return credentials


def remember_token(
    account: GoogleAccount, credentials: Credentials, settings: Settings, db: Database
) -> None:
    """Store the credentials' access token if it is new (a refresh happened)."""
    token = credentials.token
    if not token or token == account.access_token:
        return
    expires_at = (
        int(credentials.expiry.replace(tzinfo=UTC).timestamp()) if credentials.expiry else None
    )
    update_access_token(account.user_id, token, expires_at, db, settings)


def refresh_error(exc: google_exceptions.GoogleAuthError) -> MilioError:
    """Our error for a failed refresh: Google down, or the grant is gone."""
    if isinstance(exc, google_exceptions.TransportError) or exc.retryable:
        return GmailUnavailableError()
    # invalid_grant: revoked by the user, expired, or the password changed.
    return GmailReconnectRequiredError()
