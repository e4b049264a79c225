"""Deleting an account: every row of ours in one transaction, then its Google grant revoked.

Apart from :mod:`milio.accounts` because what only reads accounts (the authorizer, the
stream's token check) must not reach the token cipher and its cryptography dependency:
only the auth function deletes accounts, and only it ships that.
"""

from __future__ import annotations

from milio import accounts
from milio.db import Database
from milio.settings import Settings


def delete_account(user_id: int, db: Database, settings: Settings) -> bool:
    """Delete the user; answer whether they existed. A connected Gmail's grant is then
    revoked at Google, best effort and logged: the account is gone whatever Google says."""
    deleted = accounts.delete_user(user_id, db)
    if deleted is None:
        return False
    if deleted.google_grant is not None:
        from milio.gmail.revocation import revoke_stored_grant  # only accounts with Gmail

        revoke_stored_grant(user_id, deleted.google_grant, settings)
    return True
