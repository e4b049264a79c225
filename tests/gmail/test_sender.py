"""Sending: stored or client credentials, refresh, and Google's errors mapped."""

from __future__ import annotations

import time

import pytest

from milio.db import Database
from milio.errors import MilioError
from milio.gmail.accounts import GoogleAccount, load_account, save_account
from milio.gmail.errors import (
    GmailNotConnectedError,
    GmailReconnectRequiredError,
    GmailRequestError,
    GmailUnavailableError,
    InvalidMessageError,
    MessageTooLargeError,
)
from milio.gmail.messages import MAX_BODY_BYTES, OutgoingEmail
from milio.gmail.sender import send_email
from milio.gmail.transport import gmail_client
from milio.services import Services
from milio.settings import Settings, load_settings
from tests.fakes.google import FakeGoogle
from tests.gmail.conftest import connect_gmail

MAIL = OutgoingEmail("bob@example.org", "Hello", "Hi Bob")


def _store_grant(fake: FakeGoogle, settings: Settings, db: Database, expires_in: int) -> str:
    refresh, access = fake.issue_grant(expires_in=expires_in)
    account = GoogleAccount(
        user_id=5,
        google_email=fake.user_email,
        refresh_token=refresh,
        access_token=access,
        access_token_expires_at=int(time.time()) + expires_in,
        scopes=("openid",),
    )
    save_account(account, db, settings)
    return access


@pytest.mark.parametrize(
    ("mail", "error"),
    [
        (
            OutgoingEmail("bob@example.org", "Hi\r\nBcc: victim@example.org", "x"),
            InvalidMessageError,
        ),
        (
            OutgoingEmail("bob@example.org\r\nBcc: victim@example.org", "Hi", "x"),
            InvalidMessageError,
        ),
        (OutgoingEmail("not an address", "Hi", "x"), InvalidMessageError),
        (OutgoingEmail("bob@example.org", "Hi", "x" * (MAX_BODY_BYTES + 1)), MessageTooLargeError),
    ],
    ids=["subject-injection", "recipient-injection", "invalid-recipient", "oversized"],
)
def test_a_bad_message_is_refused_before_any_call_to_google(
    local_db: Database,
    gmail_settings: Settings,
    gmail_services: Services,
    fake_google: FakeGoogle,
    mail: OutgoingEmail,
    error: type[MilioError],
) -> None:
    _store_grant(fake_google, gmail_settings, local_db, expires_in=-10)  # would need a refresh
    with pytest.raises(error) as raised:
        send_email(5, mail, gmail_services, access_token="ya29.client-token")
    assert raised.value.status_code in (400, 413)
    assert fake_google.requests == []
    assert fake_google.sent == []


def test_an_expired_access_token_is_refreshed_and_kept(
    local_db: Database, gmail_settings: Settings, gmail_services: Services, fake_google: FakeGoogle
) -> None:
    old = _store_grant(fake_google, gmail_settings, local_db, expires_in=-10)

    send_email(5, MAIL, gmail_services)

    [refresh_call] = fake_google.calls("token")
    assert refresh_call.form()["grant_type"] == "refresh_token"
    assert fake_google.sent[0].access_token != old
    account = load_account(5, local_db, gmail_settings)
    assert account is not None
    assert account.access_token == fake_google.sent[0].access_token
    assert account.access_token_expires_at is not None
    assert account.access_token_expires_at > time.time() + 3000

    send_email(5, MAIL, gmail_services)  # the kept token is reused: no second refresh
    assert len(fake_google.calls("token")) == 1
    assert len(fake_google.sent) == 2


def test_a_valid_stored_token_is_used_without_refreshing(
    local_db: Database, gmail_settings: Settings, gmail_services: Services, fake_google: FakeGoogle
) -> None:
    access = _store_grant(fake_google, gmail_settings, local_db, expires_in=3600)
    send_email(5, MAIL, gmail_services)
    assert fake_google.calls("token") == []
    assert fake_google.sent[0].access_token == access


def test_a_revoked_grant_asks_to_reconnect(
    local_db: Database, gmail_settings: Settings, gmail_services: Services, fake_google: FakeGoogle
) -> None:
    _store_grant(fake_google, gmail_settings, local_db, expires_in=-10)
    fake_google.revoke_all()

    with pytest.raises(GmailReconnectRequiredError) as raised:
        send_email(5, MAIL, gmail_services)
    assert raised.value.status_code == 401
    assert "reconnect Gmail" in raised.value.message
    assert fake_google.sent == []


def test_a_token_revoked_before_its_expiry_is_refreshed_once_then_asks_to_reconnect(
    local_db: Database, gmail_settings: Settings, gmail_services: Services, fake_google: FakeGoogle
) -> None:
    _store_grant(fake_google, gmail_settings, local_db, expires_in=3600)
    fake_google.revoke_all()  # Gmail answers 401; the refresh answers invalid_grant

    with pytest.raises(GmailReconnectRequiredError):
        send_email(5, MAIL, gmail_services)
    assert fake_google.calls("send")
    assert fake_google.sent == []


def test_the_client_access_token_is_used_when_nothing_is_stored(
    local_db: Database, gmail_settings: Settings, gmail_services: Services, fake_google: FakeGoogle
) -> None:
    _, access = fake_google.issue_grant()
    send_email(9, MAIL, gmail_services, access_token=access)
    assert fake_google.sent[0].access_token == access


def test_an_expired_client_token_asks_to_reconnect(
    local_db: Database, gmail_settings: Settings, gmail_services: Services, fake_google: FakeGoogle
) -> None:
    _, access = fake_google.issue_grant()
    fake_google.expire_access_tokens()
    with pytest.raises(GmailReconnectRequiredError):
        send_email(9, MAIL, gmail_services, access_token=access)
    assert fake_google.sent == []


def test_a_client_token_with_a_line_break_never_reaches_a_header(
    local_db: Database, gmail_settings: Settings, gmail_services: Services, fake_google: FakeGoogle
) -> None:
    with pytest.raises(GmailReconnectRequiredError):
        send_email(9, MAIL, gmail_services, access_token="ya29.a\r\nX-Evil: 1")
    assert fake_google.requests == []


def test_without_account_or_token_gmail_is_not_connected(
    local_db: Database, gmail_settings: Settings, gmail_services: Services, fake_google: FakeGoogle
) -> None:
    with pytest.raises(GmailNotConnectedError):
        send_email(9, MAIL, gmail_services)


@pytest.mark.parametrize(
    ("status", "error", "http_status"),
    [
        (429, GmailUnavailableError, 503),
        (500, GmailUnavailableError, 503),
        (503, GmailUnavailableError, 503),
        (400, GmailRequestError, 400),
        (401, GmailReconnectRequiredError, 401),
        (403, GmailReconnectRequiredError, 401),
    ],
)
def test_gmail_errors_are_mapped(
    local_db: Database,
    gmail_settings: Settings,
    gmail_services: Services,
    fake_google: FakeGoogle,
    status: int,
    error: type[MilioError],
    http_status: int,
) -> None:
    _, access = fake_google.issue_grant()
    for _ in range(3):  # enough for any refresh-and-retry the library does
        fake_google.fail_next("send", status)

    with pytest.raises(error) as raised:
        send_email(9, MAIL, gmail_services, access_token=access)
    assert raised.value.status_code == http_status
    assert access not in raised.value.message
    assert "Invalid To header" not in raised.value.message  # Google's text is not echoed


def test_a_rate_limit_answered_as_403_is_unavailable_not_a_permission_error(
    local_db: Database, gmail_settings: Settings, gmail_services: Services, fake_google: FakeGoogle
) -> None:
    _, access = fake_google.issue_grant()
    body = {
        "error": {
            "code": 403,
            "message": "User-rate limit exceeded.",
            "errors": [{"domain": "usageLimits", "reason": "userRateLimitExceeded"}],
        }
    }
    fake_google.fail_next("send", 403, body)
    with pytest.raises(GmailUnavailableError):
        send_email(9, MAIL, gmail_services, access_token=access)


def test_a_failing_token_endpoint_during_refresh_is_unavailable(
    local_db: Database, gmail_settings: Settings, gmail_services: Services, fake_google: FakeGoogle
) -> None:
    _store_grant(fake_google, gmail_settings, local_db, expires_in=-10)
    for _ in range(5):  # google-auth retries server errors a few times
        fake_google.fail_next("token", 503)
    with pytest.raises(GmailUnavailableError):
        send_email(5, MAIL, gmail_services)
    assert fake_google.sent == []


def test_gmail_unreachable_is_unavailable(
    local_db: Database, gmail_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MILIO_GMAIL_API_ENDPOINT", "http://127.0.0.1:9/")
    services = Services(load_settings())
    with pytest.raises(GmailUnavailableError):
        send_email(9, MAIL, services, access_token="ya29.token")


def test_a_full_connection_then_send_uses_the_stored_account(
    local_db: Database, gmail_settings: Settings, gmail_services: Services, fake_google: FakeGoogle
) -> None:
    connect_gmail(fake_google, gmail_services, 8)
    send_email(8, MAIL, gmail_services, access_token="ya29.stale-token-from-the-app")
    assert fake_google.sent[0].access_token != "ya29.stale-token-from-the-app"


def test_each_services_object_reaches_gmail_through_its_own_clients(
    local_db: Database,
    gmail_services: Services,
    fake_google: FakeGoogle,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("MILIO_GMAIL_API_ENDPOINT", "http://127.0.0.1:9/")
    elsewhere = Services(load_settings())
    _, access = fake_google.issue_grant()

    send_email(9, MAIL, gmail_services, access_token=access)
    with pytest.raises(GmailUnavailableError):  # its own client, its own endpoint
        send_email(9, MAIL, elsewhere, access_token=access)
    client = gmail_client(gmail_services)
    send_email(9, MAIL, gmail_services, access_token=access)

    assert gmail_client(gmail_services) is client  # built once, then reused
    assert len(fake_google.sent) == 2
