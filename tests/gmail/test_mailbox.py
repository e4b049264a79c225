"""The connected address, disconnecting, and forgetting a deleted user."""

from __future__ import annotations

import pytest

from milio import accounts
from milio.db import Database
from milio.gmail.accounts import load_account
from milio.gmail.errors import (
    GmailNotConnectedError,
    GmailReconnectRequiredError,
    GmailUnavailableError,
)
from milio.gmail.mailbox import connected_email, disconnect
from milio.services import Services
from milio.settings import Settings
from tests.fakes.google import FakeGoogle
from tests.gmail.conftest import connect_gmail


def test_the_stored_address_is_answered_without_calling_google(
    local_db: Database, gmail_settings: Settings, gmail_services: Services, fake_google: FakeGoogle
) -> None:
    connect_gmail(fake_google, gmail_services, 2)
    calls = len(fake_google.requests)
    assert connected_email(2, gmail_services, access_token="ya29.ignored") == fake_google.user_email
    assert len(fake_google.requests) == calls


def test_the_address_of_a_client_token_comes_from_userinfo(
    local_db: Database, gmail_settings: Settings, gmail_services: Services, fake_google: FakeGoogle
) -> None:
    _, access = fake_google.issue_grant(email="carol@gmail.com")
    assert connected_email(2, gmail_services, access_token=access) == "carol@gmail.com"
    [call] = fake_google.calls("userinfo")
    assert call.headers["authorization"] == f"Bearer {access}"


def test_a_token_google_refuses_asks_to_reconnect(
    local_db: Database, gmail_settings: Settings, gmail_services: Services, fake_google: FakeGoogle
) -> None:
    with pytest.raises(GmailReconnectRequiredError):
        connected_email(2, gmail_services, access_token="ya29.unknown")


def test_userinfo_down_is_unavailable(
    local_db: Database, gmail_settings: Settings, gmail_services: Services, fake_google: FakeGoogle
) -> None:
    fake_google.fail_next("userinfo", 503)
    with pytest.raises(GmailUnavailableError):
        connected_email(2, gmail_services, access_token="ya29.anything")


def test_nothing_stored_and_no_token_is_not_connected(
    local_db: Database, gmail_settings: Settings, gmail_services: Services
) -> None:
    with pytest.raises(GmailNotConnectedError):
        connected_email(2, gmail_services)


def test_disconnect_revokes_the_grant_and_deletes_it(
    local_db: Database, gmail_settings: Settings, gmail_services: Services, fake_google: FakeGoogle
) -> None:
    connect_gmail(fake_google, gmail_services, 2)
    [refresh] = fake_google.refresh_tokens()

    assert disconnect(2, gmail_services).revoked_at_google is True

    assert fake_google.grant_is_revoked(refresh)
    assert fake_google.calls("revoke")[0].form() == {"token": refresh}
    assert load_account(2, local_db, gmail_settings) is None


def test_disconnect_of_an_already_revoked_grant_still_deletes(
    local_db: Database, gmail_settings: Settings, gmail_services: Services, fake_google: FakeGoogle
) -> None:
    connect_gmail(fake_google, gmail_services, 2)
    fake_google.revoke_all()
    assert disconnect(2, gmail_services).revoked_at_google is True  # 400 invalid_token
    assert load_account(2, local_db, gmail_settings) is None


def test_disconnect_while_google_is_down_deletes_here_and_says_so(
    local_db: Database, gmail_settings: Settings, gmail_services: Services, fake_google: FakeGoogle
) -> None:
    connect_gmail(fake_google, gmail_services, 2)
    fake_google.fail_next("revoke", 500)
    assert disconnect(2, gmail_services).revoked_at_google is False
    assert load_account(2, local_db, gmail_settings) is None


def test_disconnect_without_an_account_is_not_connected(
    local_db: Database, gmail_settings: Settings, gmail_services: Services
) -> None:
    with pytest.raises(GmailNotConnectedError):
        disconnect(2, gmail_services)


def test_deleting_the_milio_account_deletes_only_that_users_gmail_data(
    local_db: Database, gmail_settings: Settings, gmail_services: Services, fake_google: FakeGoogle
) -> None:
    for user_id in (2, 3):
        connect_gmail(fake_google, gmail_services, user_id)

    assert accounts.delete_user(2, local_db)

    assert load_account(2, local_db, gmail_settings) is None
    assert load_account(3, local_db, gmail_settings) is not None
    used = local_db.fetch_all("SELECT user_id FROM google_oauth_used_states")
    assert used == [(3,)]
