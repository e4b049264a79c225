"""User accounts: registration, log-in, existence checks, deletion.

Addresses are stored trimmed and lowercased; the original server stored them as
typed, so every lookup compares with ``COLLATE NOCASE`` (served by the
``users_email_nocase`` index). NOCASE folds ASCII only: an old row typed with
non-ASCII capitals matches only as typed.

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
USER_DATA_TABLES = ("google_oauth_used_states", "google_accounts", "errors")


class InvalidEmailError(BadRequestError):
    public_message = "The email address is not valid"


class InvalidPasswordError(BadRequestError):
    public_message = (
        f"The password must have {MIN_PASSWORD_CHARS} to {MAX_PASSWORD_CHARS} characters"
        " and no control characters"
    )


class EmailTakenError(ConflictError):
    public_message = "An account with this email address already exists"


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


def register(email: str, password: str, db: Database | None = None) -> int:
    """Create an account; answer its id. Raises InvalidEmailError, InvalidPasswordError,
    EmailTakenError."""
    from milio import passwords

    db = db or get_database()
    address = normalise_email(email)
    check_new_password(password)
    if db.fetch_one("SELECT 1 FROM users WHERE email = ? COLLATE NOCASE LIMIT 1", (address,)):
        raise EmailTakenError()
    hashed = passwords.hash_password(password)
    try:
        return db.insert("INSERT INTO users (email, password) VALUES (?, ?)", (address, hashed))
    except UniqueViolationError as exc:  # a concurrent registration won the race
        raise EmailTakenError() from exc


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
    for user_id, stored_email, stored_hash in candidates:
        if passwords.verify(stored_hash, password):
            _upgrade_hash_if_needed(db, user_id, stored_hash, password)
            return User(id=user_id, email=stored_email)
    raise InvalidCredentialsError()


def _candidates(db: Database, typed: str) -> list[tuple[int, str, str]]:
    rows = db.fetch_all(
        "SELECT id, email, password FROM users WHERE email = ? COLLATE NOCASE"
        " ORDER BY email = ? DESC, email = ? DESC, id LIMIT ?",
        (typed, typed, typed.lower(), _MAX_CANDIDATES),
    )
    return [(int(row[0]), str(row[1]), str(row[2])) for row in rows]


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


def delete_user(user_id: int, db: Database | None = None) -> bool:
    """Delete the user and everything stored for them, atomically; answer whether they existed."""
    db = db or get_database()
    if not user_exists(user_id, db):
        return False
    statements = user_data_statements(user_id)
    statements.append(("DELETE FROM users WHERE id = ?", (user_id,)))
    db.transaction(statements)
    return True
