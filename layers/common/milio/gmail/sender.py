"""Sending mail through the Gmail API (``users.messages.send``)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import httplib2  # type: ignore[import-untyped]
from google.auth import exceptions as google_exceptions
from google.oauth2.credentials import Credentials
from google_auth_httplib2 import AuthorizedHttp  # type: ignore[import-untyped]
from googleapiclient.errors import HttpError

from milio.errors import MilioError
from milio.gmail.accounts import load_account
from milio.gmail.credentials import (
    client_credentials,
    fresh_account_credentials,
    refresh_error,
    remember_token,
)
from milio.gmail.errors import (
    GmailNotConnectedError,
    GmailReconnectRequiredError,
    GmailRequestError,
    GmailUnavailableError,
)
from milio.gmail.messages import OutgoingEmail, build_message, gmail_raw, validate
from milio.gmail.transport import GOOGLE_TIMEOUT_SECONDS, gmail_client, google_transport
from milio.services import Services

# 403 reasons that mean "slow down", not "permission refused".
_RATE_LIMIT_REASONS = frozenset({"rateLimitExceeded", "userRateLimitExceeded", "quotaExceeded"})


@dataclass(frozen=True)
class SentEmail:
    gmail_id: str


def send_email(
    user_id: int,
    mail: OutgoingEmail,
    services: Services,
    *,
    access_token: str | None = None,
) -> SentEmail:
    """Send ``mail`` as the user, with the database and Google clients of ``services``.

    Uses the stored account when there is one (refreshing its token), else the
    access token the client sent. Validation happens before any network call.
    Raises InvalidMessageError, MessageTooLargeError, GmailNotConnectedError,
    GmailReconnectRequiredError, GmailRequestError or GmailUnavailableError.
    """
    validate(mail)
    settings, db = services.settings, services.database
    account = load_account(user_id, db, settings)
    if account is not None:
        credentials = fresh_account_credentials(account, settings, db, google_transport(services))
        message = build_message(mail, sender=account.google_email)
    elif access_token:
        credentials = client_credentials(access_token)
        message = build_message(mail)
    else:
        raise GmailNotConnectedError()
    gmail_id = send_raw(credentials, gmail_raw(message), gmail_client(services))
    if account is not None:
        remember_token(account, credentials, settings, db)  # Gmail's 401 can cause a refresh
    return SentEmail(gmail_id)


def send_raw(credentials: Credentials, raw: str, gmail: Any) -> str:
    """Send an encoded message with the ``gmail`` client; answer Gmail's id for it."""
    request = gmail.users().messages().send(userId="me", body={"raw": raw})
    http = AuthorizedHttp(credentials, http=httplib2.Http(timeout=GOOGLE_TIMEOUT_SECONDS))
    try:
        # No retries: a send that failed after Gmail accepted it would go twice.
        sent = request.execute(http=http, num_retries=0)
    except HttpError as exc:
        raise gmail_error(exc) from exc
    except google_exceptions.GoogleAuthError as exc:
        raise refresh_error(exc) from exc
    except (httplib2.HttpLib2Error, OSError) as exc:
        raise GmailUnavailableError() from exc
    return str(sent.get("id", ""))


def gmail_error(exc: HttpError) -> MilioError:
    status = int(exc.resp.status)
    if status == 429 or status >= 500:
        return GmailUnavailableError()
    if status == 403 and _reasons(exc) & _RATE_LIMIT_REASONS:
        return GmailUnavailableError()
    if status in (401, 403):
        return GmailReconnectRequiredError()
    # Google's own text may quote the message back; ours is fixed.
    return GmailRequestError()


def _reasons(exc: HttpError) -> set[str]:
    try:
        errors = json.loads(exc.content).get("error", {}).get("errors", [])
    except (ValueError, AttributeError):
        return set()
    return {str(item.get("reason")) for item in errors if isinstance(item, dict)}
