"""A Milio account that is deleted keeps nothing of Google: no row, no live grant."""

from __future__ import annotations

import dataclasses
import logging

import pytest

from milio import account_deletion, accounts
from milio.db import Database
from milio.gmail.accounts import GoogleAccount, load_account, save_account
from milio.gmail.errors import GmailUnavailableError, InvalidOAuthStateError, MilioAccountGoneError
from milio.gmail.oauth_flow import handle_callback
from milio.services import Services
from milio.settings import Settings
from tests.fakes.google import FakeGoogle
from tests.gmail.conftest import approve, connect_gmail


def _callback(redirect: dict[str, str], services: Services) -> None:
    handle_callback(
        redirect["code"],
        redirect["state"],
        services.settings,
        services,
        browser_binding=redirect["binding"],
    )


def test_a_consent_finished_after_the_account_was_deleted_stores_nothing(
    local_db: Database, gmail_settings: Settings, gmail_services: Services, fake_google: FakeGoogle
) -> None:
    redirect = approve(fake_google, 2, gmail_settings)
    assert accounts.delete_user(2, local_db)
    with pytest.raises(MilioAccountGoneError):
        _callback(redirect, gmail_services)
    assert local_db.fetch_all("SELECT user_id FROM google_accounts") == []
    assert fake_google.calls("token") == []  # the code was never exchanged


def test_a_google_account_is_never_stored_for_a_user_who_does_not_exist(
    local_db: Database, gmail_settings: Settings
) -> None:
    account = GoogleAccount(42, "a@gmail.com", "1//refresh", "ya29.a", None, ("openid",))
    assert save_account(account, local_db, gmail_settings) is False
    assert load_account(42, local_db, gmail_settings) is None
    assert save_account(dataclasses.replace(account, user_id=2), local_db, gmail_settings)


def test_deleting_the_milio_account_revokes_its_grant_at_google(
    local_db: Database, gmail_settings: Settings, gmail_services: Services, fake_google: FakeGoogle
) -> None:
    connect_gmail(fake_google, gmail_services, 2)
    connect_gmail(fake_google, gmail_services, 3)
    first, second = fake_google.refresh_tokens()

    assert account_deletion.delete_account(2, local_db, gmail_settings)

    assert fake_google.grant_is_revoked(first)
    assert not fake_google.grant_is_revoked(second)
    assert [call.form() for call in fake_google.calls("revoke")] == [{"token": first}]


def test_a_deletion_while_google_is_down_still_deletes_and_logs_the_grant_left_alive(
    local_db: Database,
    gmail_settings: Settings,
    gmail_services: Services,
    fake_google: FakeGoogle,
    caplog: pytest.LogCaptureFixture,
) -> None:
    connect_gmail(fake_google, gmail_services, 2)
    [refresh] = fake_google.refresh_tokens()
    fake_google.fail_next("revoke", 503)
    with caplog.at_level(logging.INFO):
        assert account_deletion.delete_account(2, local_db, gmail_settings)
    assert not fake_google.grant_is_revoked(refresh)
    assert accounts.user_exists(2, local_db) is False
    assert "could not revoke the Google grant of deleted user 2" in caplog.text
    assert refresh not in caplog.text


def test_a_failed_code_exchange_can_be_retried_and_a_replay_after_success_is_refused(
    local_db: Database, gmail_settings: Settings, gmail_services: Services, fake_google: FakeGoogle
) -> None:
    redirect = approve(fake_google, 3, gmail_settings)
    fake_google.fail_next("token", 503)
    with pytest.raises(GmailUnavailableError):
        _callback(redirect, gmail_services)
    _callback(redirect, gmail_services)  # the same callback, reloaded: served
    assert load_account(3, local_db, gmail_settings) is not None
    with pytest.raises(InvalidOAuthStateError):
        _callback(redirect, gmail_services)
