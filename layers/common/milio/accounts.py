"""User accounts: registration, log-in, existence checks, deletion.

Addresses are stored trimmed and lowercased, with their UTS #39 skeleton (see
milio.confusables): a new address whose part (local part, each domain label) mixes
scripts is refused, and so is one that looks like an existing account's (same
skeleton), so nobody can register a look-alike of someone's address and send them
its Gmail consent link. Accounts of the original server get their skeleton at their
first log-in. The original server stored addresses as typed, so every lookup
compares with ``COLLATE NOCASE`` (served by the ``users_email_nocase`` index).
NOCASE folds ASCII only: an old row typed with non-ASCII capitals matches only as
typed.

Password rules, for new passwords only (existing users keep theirs at log-in):
8 to 256 characters, counted as Unicode code points; no control characters
(category Cc: NUL, tab, newline, DEL...), which a desktop password field cannot
produce on purpose and which some bcrypt implementations truncate at (NUL).
Passwords are not trimmed or Unicode-normalised: the original server's bcrypt
hashes were made from the raw bytes, and they must keep verifying.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from milio.db import Database, Params, UniqueViolationError
from milio.errors import BadRequestError, ConflictError, InvalidCredentialsError
from milio.services import get_database
from milio.tiers import DEFAULT_TIER

logger = logging.getLogger(__name__)
# email_validator and the password hashers (argon2, bcrypt) are imported where they are
# used: the TOKEN authorizer imports this module for account_tier alone, and they would
# add about 100 ms to its cold start (make bench).

MIN_PASSWORD_CHARS = 8
MAX_PASSWORD_CHARS = 256
# Log-in accepts what older accounts may have, but still bounds the work per request.
MAX_LOGIN_PASSWORD_CHARS = 1024
MAX_EMAIL_CHARS = 320
# The original database may hold addresses equal but for case: try a few, exact match first.
_MAX_CANDIDATES = 5

Statement = tuple[str, Params]
# Every table that holds a user's rows, emptied of them when the account goes.
USER_DATA_TABLES = (
    "google_oauth_used_states",
    "google_accounts",
    "errors",
    "remembered_decisions",
)


class InvalidEmailError(BadRequestError):
    public_message = "The email address is not valid"


class InvalidPasswordError(BadRequestError):
    public_message = (
        f"The password must have {MIN_PASSWORD_CHARS} to {MAX_PASSWORD_CHARS} characters"
        " and no control characters"
    )


class EmailTakenError(ConflictError):
    public_message = "An account with this email address already exists"


class MixedScriptEmailError(BadRequestError):
    public_message = "The email address mixes letters of different scripts"


class LookalikeEmailError(ConflictError):
    public_message = "An account with an email address that looks the same already exists"


@dataclass(frozen=True)
class User:
    id: int
    email: str


def normalise_email(email: str) -> str:
    """Validate an address (syntax only, no DNS) and answer its stored form, lowercased."""
    from email_validator import EmailNotValidError, validate_email

    candidate = email.strip()
    if not candidate or len(candidate) > MAX_EMAIL_CHARS:
        raise InvalidEmailError()
    try:
        result = validate_email(candidate, check_deliverability=False)
    except EmailNotValidError as exc:
        raise InvalidEmailError(f"The email address is not valid: {exc}") from exc
    return result.normalized.lower()


def check_new_password(password: str) -> None:
    if not MIN_PASSWORD_CHARS <= len(password) <= MAX_PASSWORD_CHARS:
        raise InvalidPasswordError()
    if any(unicodedata.category(char) == "Cc" for char in password):
        raise InvalidPasswordError()


def register(
    email: str,
    password: str,
    db: Database | None = None,
    *,
    admit: Callable[[], None] | None = None,
) -> int:
    """Create an account; answer its id. Raises InvalidEmailError, InvalidPasswordError,
    MixedScriptEmailError, EmailTakenError, LookalikeEmailError, or what ``admit`` raises:
    it is called once the address and password are acceptable, before the account is
    made (the sign-up cap counts only sign-ups that would create one)."""
    from milio import passwords
    from milio.confusables import mixes_scripts, skeleton

    db = db or get_database()
    address = normalise_email(email)
    check_new_password(password)
    local, _, domain = address.rpartition("@")
    if any(mixes_scripts(part) for part in (local, *domain.split("."))):
        raise MixedScriptEmailError()
    shape = skeleton(address)
    _check_free(db, address, shape)
    if admit is not None:
        admit()
    hashed = passwords.hash_password(password)
    try:
        return db.insert(
            "INSERT INTO users (email, password, email_skeleton) VALUES (?, ?, ?)",
            (address, hashed, shape),
        )
    except UniqueViolationError as exc:  # a concurrent registration won the race
        _check_free(db, address, shape)
        raise EmailTakenError() from exc


def _check_free(db: Database, address: str, shape: str) -> None:
    row = db.fetch_one(
        "SELECT email = ? COLLATE NOCASE FROM users"
        " WHERE email = ? COLLATE NOCASE OR email_skeleton = ? ORDER BY 1 DESC LIMIT 1",
        (address, address, shape),
    )
    if row is not None:
        raise EmailTakenError() if row[0] else LookalikeEmailError()


def login(email: str, password: str, db: Database | None = None) -> User:
    """Answer the user for these credentials. Raises InvalidCredentialsError, the same
    error (and about the same time) for an unknown address and a wrong password."""
    from milio import passwords

    db = db or get_database()
    if len(password) > MAX_LOGIN_PASSWORD_CHARS:
        raise InvalidCredentialsError()
    typed = email.strip()
    candidates = _candidates(db, typed) if 0 < len(typed) <= MAX_EMAIL_CHARS else []
    if not candidates:
        passwords.dummy_verify(password)
        raise InvalidCredentialsError()
    for user_id, stored_email, stored_hash, has_skeleton in candidates:
        if passwords.verify(stored_hash, password):
            _upgrade_hash_if_needed(db, user_id, stored_hash, password)
            if not has_skeleton:
                _record_skeleton(db, user_id, stored_email)
            return User(id=user_id, email=stored_email)
    raise InvalidCredentialsError()


def _candidates(db: Database, typed: str) -> list[tuple[int, str, str, bool]]:
    rows = db.fetch_all(
        "SELECT id, email, password, email_skeleton IS NOT NULL FROM users"
        " WHERE email = ? COLLATE NOCASE ORDER BY email = ? DESC, email = ? DESC, id LIMIT ?",
        (typed, typed, typed.lower(), _MAX_CANDIDATES),
    )
    return [(int(row[0]), str(row[1]), str(row[2]), bool(row[3])) for row in rows]


def _record_skeleton(db: Database, user_id: int, stored_email: str) -> None:
    """An account of the original server gets its skeleton, so look-alikes of it are
    refused from now on. Best effort: a failure must not fail the log-in."""
    from milio.confusables import skeleton

    try:
        db.execute(
            "UPDATE users SET email_skeleton = ? WHERE id = ? AND email_skeleton IS NULL",
            (skeleton(stored_email.strip().lower()), user_id),
        )
    except Exception:  # a look-alike registered before this first log-in holds it
        logger.exception("could not record the address skeleton of user %s", user_id)


def _upgrade_hash_if_needed(db: Database, user_id: int, stored_hash: str, password: str) -> None:
    from milio import passwords

    if not passwords.needs_upgrade(stored_hash):
        return
    # Conditional on the old hash, so a password changed meanwhile is not overwritten.
    # A failure here must not fail a log-in that succeeded: the next log-in retries.
    try:
        db.execute(
            "UPDATE users SET password = ? WHERE id = ? AND password = ?",
            (passwords.hash_password(password), user_id, stored_hash),
        )
    except Exception:
        logger.exception("could not upgrade the password hash of user %s", user_id)


def user_exists(user_id: int, db: Database | None = None) -> bool:
    db = db or get_database()
    return db.fetch_one("SELECT 1 FROM users WHERE id = ?", (user_id,)) is not None


def account_tier(user_id: int, db: Database | None = None) -> str | None:
    """The account's tier (the default tier when none is stored), None when there is no account.

    One primary-key lookup answers both questions the token checks ask: cheap
    enough for every authorizer cache miss.
    """
    db = db or get_database()
    row = db.fetch_one("SELECT tier FROM users WHERE id = ?", (user_id,))
    if row is None:
        return None
    tier = row[0]
    return tier if isinstance(tier, str) and tier else DEFAULT_TIER


def user_data_statements(user_id: int) -> list[Statement]:
    return [
        (f"DELETE FROM {table} WHERE user_id = ?", (user_id,))  # noqa: S608 (fixed names)
        for table in USER_DATA_TABLES
    ]


@dataclass(frozen=True)
class DeletedUser:
    user_id: int
    # The stored (encrypted) refresh token of a connected Gmail, to revoke at Google:
    # deleting our copy alone would leave the grant alive there (milio.account_deletion).
    google_grant: str | None


def delete_user(user_id: int, db: Database | None = None) -> DeletedUser | None:
    """Delete the user and everything stored for them, atomically; ``None`` when they did
    not exist."""
    db = db or get_database()
    if not user_exists(user_id, db):
        return None
    grant = db.fetch_one(
        "SELECT refresh_token_encrypted FROM google_accounts WHERE user_id = ?", (user_id,)
    )
    statements = user_data_statements(user_id)
    statements.append(("DELETE FROM users WHERE id = ?", (user_id,)))
    db.transaction(statements)
    return DeletedUser(user_id, None if grant is None else str(grant[0]))
