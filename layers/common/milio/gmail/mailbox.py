"""The connected Gmail account: its address, disconnecting it, forgetting a user."""

from __future__ import annotations

import json
from dataclasses import dataclass
from urllib.parse import urlencode

from google.auth import exceptions as google_exceptions

from milio.db import Database
from milio.gmail.accounts import delete_account, load_account
from milio.gmail.credentials import client_credentials
from milio.gmail.errors import GmailNotConnectedError
from milio.gmail.identity import userinfo_email
from milio.gmail.transport import google_request
from milio.services import get_database
from milio.settings import Settings


@dataclass(frozen=True)
class DisconnectResult:
    # False when Google could not be reached: the grant may outlive us, and
    # the user can remove it at https://myaccount.google.com/permissions.
    revoked_at_google: bool


def connected_email(
    user_id: int,
    settings: Settings,
    db: Database | None = None,
    *,
    access_token: str | None = None,
) -> str:
    """The Gmail address of the user: the stored account's, else the access token's owner.

    Raises GmailNotConnectedError, GmailReconnectRequiredError (Google refused
    the token) or GmailUnavailableError.
    """
    account = load_account(user_id, db or get_database(), settings)
    if account is not None:
        return account.google_email
    if not access_token:
        raise GmailNotConnectedError()
    token = client_credentials(access_token).token  # checks the token's shape
    return userinfo_email(str(token), settings)


def disconnect(user_id: int, settings: Settings, db: Database | None = None) -> DisconnectResult:
    """Revoke the grant at Google and delete it here.

    Deleted here whatever Google answers: the user asked us to stop using the
    account, and a token we no longer hold cannot be used by us. Raises
    GmailNotConnectedError when there is nothing to disconnect.
    """
    db = db or get_database()
    account = load_account(user_id, db, settings)
    if account is None:
        raise GmailNotConnectedError()
    revoked = revoke_token(account.refresh_token, settings)
    delete_account(user_id, db)
    return DisconnectResult(revoked_at_google=revoked)


def revoke_token(token: str, settings: Settings) -> bool:
    """Revoke at Google; True when the token is now unusable there.

    Google answers 400 invalid_token for a token already revoked or expired:
    that is the outcome we want, so it counts as revoked.
    """
    try:
        response = google_request()(
            settings.google_revoke_uri,
            method="POST",
            body=urlencode({"token": token}).encode(),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
    except google_exceptions.TransportError:
        return False
    if response.status == 200:
        return True
    return response.status == 400 and _error_code(response.data) == "invalid_token"


def _error_code(body: bytes) -> str:
    try:
        return str(json.loads(body).get("error", ""))
    except (ValueError, AttributeError):
        return ""
