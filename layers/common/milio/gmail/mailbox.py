"""The connected Gmail account: its address, disconnecting it, forgetting a user."""

from __future__ import annotations

from dataclasses import dataclass

from milio.gmail.accounts import delete_account, load_account
from milio.gmail.credentials import client_credentials
from milio.gmail.errors import GmailNotConnectedError
from milio.gmail.identity import userinfo_email
from milio.gmail.revocation import revoke_at_google
from milio.gmail.transport import google_transport
from milio.services import Services


@dataclass(frozen=True)
class DisconnectResult:
    # False when Google could not be reached: the grant may outlive us, and
    # the user can remove it at https://myaccount.google.com/permissions.
    revoked_at_google: bool


def connected_email(user_id: int, services: Services, *, access_token: str | None = None) -> str:
    """The Gmail address of the user: the stored account's, else the access token's owner.

    Raises GmailNotConnectedError, GmailReconnectRequiredError (Google refused
    the token) or GmailUnavailableError.
    """
    account = load_account(user_id, services.database, services.settings)
    if account is not None:
        return account.google_email
    if not access_token:
        raise GmailNotConnectedError()
    token = client_credentials(access_token).token  # checks the token's shape
    return userinfo_email(str(token), services.settings, google_transport(services))


def disconnect(user_id: int, services: Services) -> DisconnectResult:
    """Revoke the grant at Google and delete it here.

    Deleted here whatever Google answers: the user asked us to stop using the
    account, and a token we no longer hold cannot be used by us. Raises
    GmailNotConnectedError when there is nothing to disconnect.
    """
    settings, db = services.settings, services.database
    account = load_account(user_id, db, settings)
    if account is None:
        raise GmailNotConnectedError()
    revoked = revoke_at_google(account.refresh_token, settings)
    delete_account(user_id, db)
    return DisconnectResult(revoked_at_google=revoked)
