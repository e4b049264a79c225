"""Tokens at rest: encrypted, bound to their user and field, unreadable when tampered."""

from __future__ import annotations

import dataclasses
import re

import pytest

from milio.db import Database
from milio.gmail.accounts import GoogleAccount, load_account, save_account
from milio.gmail.encryption import TokenCipher
from milio.gmail.errors import GmailReconnectRequiredError
from milio.gmail.keys import TOKEN_ENCRYPTION_LABEL, derive_key, token_encryption_key
from milio.gmail.oauth_state import code_verifier
from milio.settings import Settings

ACCOUNT = GoogleAccount(
    user_id=1,
    google_email="alice@gmail.com",
    refresh_token="1//refresh-secret",
    access_token="ya29.access-secret",
    access_token_expires_at=2_000_000_000,
    scopes=("openid",),
)


def test_a_ciphertext_moved_to_another_user_does_not_decrypt(gmail_settings: Settings) -> None:
    cipher = TokenCipher(token_encryption_key(gmail_settings))
    sealed = cipher.encrypt("1//refresh-secret", 1, "refresh_token")
    assert cipher.decrypt(sealed, 1, "refresh_token") == "1//refresh-secret"
    with pytest.raises(GmailReconnectRequiredError):
        cipher.decrypt(sealed, 2, "refresh_token")
    with pytest.raises(GmailReconnectRequiredError):
        cipher.decrypt(sealed, 1, "access_token")


def test_a_changed_key_or_tampered_row_asks_to_reconnect(
    local_db: Database, gmail_settings: Settings
) -> None:
    save_account(ACCOUNT, local_db, gmail_settings)
    other = dataclasses.replace(
        gmail_settings,
        encryption_key=gmail_settings.jwt_secret,  # any other secret
    )
    with pytest.raises(GmailReconnectRequiredError):
        load_account(1, local_db, other)
    local_db.execute(
        "UPDATE google_accounts SET refresh_token_encrypted = 'v1.AAAA' WHERE user_id = 1"
    )
    with pytest.raises(GmailReconnectRequiredError):
        load_account(1, local_db, gmail_settings)


def test_the_row_holds_no_token_in_clear(local_db: Database, gmail_settings: Settings) -> None:
    save_account(ACCOUNT, local_db, gmail_settings)
    row = local_db.fetch_one("SELECT * FROM google_accounts")
    text = " ".join(map(str, row or ()))
    assert "refresh-secret" not in text
    assert "access-secret" not in text
    assert load_account(1, local_db, gmail_settings) == ACCOUNT


def test_keys_differ_by_purpose(gmail_settings: Settings) -> None:
    assert gmail_settings.encryption_key is not None
    key = derive_key(gmail_settings.encryption_key, TOKEN_ENCRYPTION_LABEL)
    assert len(key) == 32
    assert key != derive_key(gmail_settings.encryption_key, b"another purpose")


def test_the_pkce_verifier_has_rfc7636_shape_and_depends_on_the_nonce(
    gmail_settings: Settings,
) -> None:
    verifier = code_verifier("nonce-1", gmail_settings)
    assert re.fullmatch(r"[A-Za-z0-9_-]{43}", verifier)
    assert verifier == code_verifier("nonce-1", gmail_settings)
    assert verifier != code_verifier("nonce-2", gmail_settings)
