"""Stored Google accounts: one per user, tokens encrypted at rest."""

from __future__ import annotations

from dataclasses import dataclass

from milio.db import Database
from milio.gmail.encryption import TokenCipher
from milio.gmail.keys import token_encryption_key
from milio.settings import Settings

_REFRESH = "refresh_token"
_ACCESS = "access_token"


@dataclass(frozen=True)
class GoogleAccount:
    user_id: int
    google_email: str
    refresh_token: str
    access_token: str | None
    access_token_expires_at: int | None
    scopes: tuple[str, ...]


def _cipher(settings: Settings) -> TokenCipher:
    return TokenCipher(token_encryption_key(settings))


def save_account(account: GoogleAccount, db: Database, settings: Settings) -> bool:
    """Store the account, replacing any earlier one of the same user, only while that
    user exists (checked by the statement itself, so a deletion cannot slip between a
    check and the write); answer whether it was stored."""
    cipher = _cipher(settings)
    access = (
        cipher.encrypt(account.access_token, account.user_id, _ACCESS)
        if account.access_token
        else None
    )
    stored = db.execute(
        "INSERT INTO google_accounts (user_id, google_email, refresh_token_encrypted,"
        " access_token_encrypted, access_token_expires_at, scopes)"
        " SELECT ?1, ?2, ?3, ?4, ?5, ?6 WHERE EXISTS (SELECT 1 FROM users WHERE id = ?1)"
        " ON CONFLICT (user_id) DO UPDATE SET google_email = excluded.google_email,"
        " refresh_token_encrypted = excluded.refresh_token_encrypted,"
        " access_token_encrypted = excluded.access_token_encrypted,"
        " access_token_expires_at = excluded.access_token_expires_at,"
        " scopes = excluded.scopes, updated_at = CURRENT_TIMESTAMP",
        (
            account.user_id,
            account.google_email,
            cipher.encrypt(account.refresh_token, account.user_id, _REFRESH),
            access,
            account.access_token_expires_at,
            " ".join(account.scopes),
        ),
    )
    return stored > 0


def load_account(user_id: int, db: Database, settings: Settings) -> GoogleAccount | None:
    row = db.fetch_one(
        "SELECT google_email, refresh_token_encrypted, access_token_encrypted,"
        " access_token_expires_at, scopes FROM google_accounts WHERE user_id = ?",
        (user_id,),
    )
    if row is None:
        return None
    email, refresh, access, expires_at, scopes = row
    cipher = _cipher(settings)
    return GoogleAccount(
        user_id=user_id,
        google_email=str(email),
        refresh_token=cipher.decrypt(str(refresh), user_id, _REFRESH),
        access_token=cipher.decrypt(str(access), user_id, _ACCESS) if access else None,
        access_token_expires_at=int(expires_at) if expires_at is not None else None,
        scopes=tuple(str(scopes).split()),
    )


def update_access_token(
    user_id: int, access_token: str, expires_at: int | None, db: Database, settings: Settings
) -> None:
    """Keep a refreshed access token so the next send can reuse it."""
    db.execute(
        "UPDATE google_accounts SET access_token_encrypted = ?, access_token_expires_at = ?,"
        " updated_at = CURRENT_TIMESTAMP WHERE user_id = ?",
        (_cipher(settings).encrypt(access_token, user_id, _ACCESS), expires_at, user_id),
    )


def delete_account(user_id: int, db: Database) -> bool:
    """Forget the user's Google account; answer whether there was one."""
    return db.execute("DELETE FROM google_accounts WHERE user_id = ?", (user_id,)) > 0
