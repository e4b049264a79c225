"""A database as the original server left it: bcrypt hashes upgraded at the next log-in."""

from __future__ import annotations

from collections.abc import Iterator

import bcrypt
import pytest

from milio import accounts, passwords
from milio.db import Database
from milio.errors import InvalidCredentialsError
from milio.migrations import apply_migrations

pytestmark = pytest.mark.sqld

ORIGINAL_SCHEMA = [
    "CREATE TABLE users (id INTEGER PRIMARY KEY AUTOINCREMENT, email TEXT NOT NULL UNIQUE,"
    " password TEXT NOT NULL, created_at DATETIME DEFAULT CURRENT_TIMESTAMP)",
    "CREATE TABLE errors (id INTEGER PRIMARY KEY AUTOINCREMENT, user_chat TEXT,"
    " system_chat TEXT, created_at DATETIME DEFAULT CURRENT_TIMESTAMP, type_error TEXT,"
    " device TEXT)",
]


@pytest.fixture
def original_db(sqld_db: Database) -> Iterator[Database]:
    """The shared sqld, emptied of our schema and rebuilt as the original server had it."""
    for (table,) in sqld_db.fetch_all(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'sqlite_sequence'"
    ):
        sqld_db.execute(f'DROP TABLE "{table}"')
    for sql in ORIGINAL_SCHEMA:
        sqld_db.execute(sql)
    yield sqld_db
    # Leave the schema the other tests expect.
    apply_migrations(sqld_db)


def test_a_bcrypt_user_logs_in_and_gets_an_argon2id_hash(original_db: Database) -> None:
    old_hash = bcrypt.hashpw(b"legacy-pass", bcrypt.gensalt(8, prefix=b"2a")).decode()
    assert old_hash.startswith("$2a$08$")
    user_id = original_db.insert(
        "INSERT INTO users (email, password) VALUES (?, ?)", ("Legacy.User@Example.com", old_hash)
    )
    original_db.insert("INSERT INTO errors (user_chat, type_error) VALUES ('x', 'old')")
    assert apply_migrations(original_db)

    user = accounts.login("legacy.user@example.com", "legacy-pass")

    assert user == accounts.User(id=user_id, email="Legacy.User@Example.com")
    new_hash = original_db.fetch_one("SELECT password FROM users WHERE id = ?", (user_id,))
    assert new_hash is not None
    assert str(new_hash[0]).startswith("$argon2id$")
    assert not passwords.needs_upgrade(str(new_hash[0]))
    assert accounts.login("Legacy.User@Example.com", "legacy-pass").id == user_id
    with pytest.raises(InvalidCredentialsError):
        accounts.login("legacy.user@example.com", "legacy-pasS")
    # Old error rows (no user_id) survive the migration untouched.
    assert original_db.fetch_all("SELECT type_error, user_id FROM errors") == [("old", None)]


def test_the_upgrade_does_not_overwrite_a_hash_changed_meanwhile(
    original_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    apply_migrations(original_db)
    old_hash = bcrypt.hashpw(b"legacy-pass", bcrypt.gensalt(4)).decode()
    user_id = original_db.insert(
        "INSERT INTO users (email, password) VALUES ('race@example.com', ?)", (old_hash,)
    )
    changed = passwords.hash_password("changed elsewhere")
    real_verify = passwords.verify

    def verify_then_password_changes(stored: str, password: str) -> bool:
        result = real_verify(stored, password)
        original_db.execute("UPDATE users SET password = ? WHERE id = ?", (changed, user_id))
        return result

    monkeypatch.setattr(passwords, "verify", verify_then_password_changes)
    accounts.login("race@example.com", "legacy-pass")
    row = original_db.fetch_one("SELECT password FROM users WHERE id = ?", (user_id,))
    assert row == (changed,)


def test_addresses_equal_but_for_case_each_log_in_with_their_own_password(
    original_db: Database,
) -> None:
    apply_migrations(original_db)
    first = original_db.insert(
        "INSERT INTO users (email, password) VALUES ('Twin@example.com', ?)",
        (passwords.hash_password("first-password"),),
    )
    second = original_db.insert(
        "INSERT INTO users (email, password) VALUES ('twin@example.com', ?)",
        (passwords.hash_password("second-password"),),
    )
    assert accounts.login("twin@example.com", "first-password").id == first
    assert accounts.login("TWIN@example.com", "second-password").id == second
