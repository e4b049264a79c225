"""Accounts against the real libSQL server (sqld)."""

from __future__ import annotations

import time

import pytest

from milio import accounts, passwords
from milio.db import Database, DatabaseError
from milio.errors import ConflictError, InvalidCredentialsError

pytestmark = pytest.mark.sqld


def stored_row(db: Database, user_id: int) -> tuple[str, str]:
    row = db.fetch_one("SELECT email, password FROM users WHERE id = ?", (user_id,))
    assert row is not None
    return str(row[0]), str(row[1])


def test_register_stores_a_trimmed_lowercased_address_and_an_argon2id_hash(
    sqld_db: Database,
) -> None:
    user_id = accounts.register("  Alice.Smith@Example.COM ", "s3cret-password")
    email, hashed = stored_row(sqld_db, user_id)
    assert email == "alice.smith@example.com"
    assert hashed.startswith("$argon2id$")
    assert "s3cret" not in hashed


def test_login_answers_the_user_for_any_case_of_the_address(sqld_db: Database) -> None:
    user_id = accounts.register("bob@example.com", "s3cret-password")
    user = accounts.login(" BOB@example.com", "s3cret-password")
    assert user == accounts.User(id=user_id, email="bob@example.com")


def test_registering_a_taken_address_in_another_case_is_a_conflict(sqld_db: Database) -> None:
    accounts.register("carol@example.com", "s3cret-password")
    with pytest.raises(accounts.EmailTakenError) as caught:
        accounts.register("Carol@Example.com", "other-password")
    assert caught.value.status_code == 409
    assert "already exists" in caught.value.message
    assert sqld_db.fetch_all("SELECT id FROM users") != []
    assert len(sqld_db.fetch_all("SELECT id FROM users")) == 1


def test_an_original_mixed_case_row_blocks_registration(sqld_db: Database) -> None:
    sqld_db.insert("INSERT INTO users (email, password) VALUES (?, ?)", ("Dan@Example.com", "x"))
    with pytest.raises(accounts.EmailTakenError):
        accounts.register("dan@example.com", "s3cret-password")


def test_losing_the_insert_race_is_a_conflict_too(
    sqld_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Another request inserts the address between our check and our insert.
    real_hash = passwords.hash_password

    def hash_then_lose_the_race(password: str) -> str:
        sqld_db.insert("INSERT INTO users (email, password) VALUES ('eve@example.com', 'x')")
        return real_hash(password)

    monkeypatch.setattr(passwords, "hash_password", hash_then_lose_the_race)
    with pytest.raises(accounts.EmailTakenError) as caught:
        accounts.register("eve@example.com", "s3cret-password")
    assert isinstance(caught.value, ConflictError)


@pytest.mark.parametrize("email", ["", "   ", "no-at-sign", "a@b", "two@@example.com", "x" * 400])
def test_invalid_addresses_are_refused(sqld_db: Database, email: str) -> None:
    with pytest.raises(accounts.InvalidEmailError) as caught:
        accounts.register(email, "s3cret-password")
    assert caught.value.status_code == 400


@pytest.mark.parametrize(
    "password",
    ["short", "7 chars", "x" * 257, "has\x00nul-char", "tab\there-inside", "newline\nhere"],
)
def test_passwords_outside_the_rules_are_refused(sqld_db: Database, password: str) -> None:
    with pytest.raises(accounts.InvalidPasswordError) as caught:
        accounts.register("frank@example.com", password)
    assert caught.value.status_code == 400
    assert sqld_db.fetch_one("SELECT 1 FROM users") is None


@pytest.mark.parametrize("password", ["8 chars!", "é" * 8, "x" * 256, "  spaced out  "])
def test_passwords_inside_the_rules_are_kept_as_typed(sqld_db: Database, password: str) -> None:
    accounts.register("grace@example.com", password)
    assert accounts.login("grace@example.com", password).email == "grace@example.com"


def test_wrong_password_and_unknown_address_raise_the_same_error(sqld_db: Database) -> None:
    accounts.register("heidi@example.com", "s3cret-password")
    with pytest.raises(InvalidCredentialsError) as wrong:
        accounts.login("heidi@example.com", "wrong-password")
    with pytest.raises(InvalidCredentialsError) as unknown:
        accounts.login("nobody@example.com", "wrong-password")
    assert type(wrong.value) is type(unknown.value)
    assert wrong.value.message == unknown.value.message
    assert wrong.value.status_code == unknown.value.status_code == 401


def median_seconds(action: object, runs: int = 7) -> float:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        with pytest.raises(InvalidCredentialsError):
            action()  # type: ignore[operator]
        timings.append(time.perf_counter() - start)
    return sorted(timings)[runs // 2]


def test_unknown_address_takes_about_as_long_as_a_wrong_password(sqld_db: Database) -> None:
    accounts.register("ivan@example.com", "s3cret-password")
    passwords.dummy_verify("warm up the dummy hash")
    wrong = median_seconds(lambda: accounts.login("ivan@example.com", "wrong-password"))
    unknown = median_seconds(lambda: accounts.login("nobody@example.com", "wrong-password"))
    # Without the dummy verify, "unknown" is one query (~1 ms) against ~20+ ms of argon2.
    assert unknown > 0.5 * wrong
    assert unknown < 2.0 * wrong


def test_user_exists_and_delete_user_remove_the_user_and_their_errors(sqld_db: Database) -> None:
    keep = accounts.register("judy@example.com", "s3cret-password")
    gone = accounts.register("mallory@example.com", "s3cret-password")
    for user_id in (keep, gone, gone):
        sqld_db.insert("INSERT INTO errors (user_chat, user_id) VALUES ('hi', ?)", (user_id,))
    assert accounts.user_exists(gone)

    assert accounts.delete_user(gone) is not None

    assert not accounts.user_exists(gone)
    assert accounts.user_exists(keep)
    assert sqld_db.fetch_all("SELECT user_id FROM errors") == [(keep,)]
    assert accounts.delete_user(gone) is None
    with pytest.raises(InvalidCredentialsError):
        accounts.login("mallory@example.com", "s3cret-password")


def test_delete_user_is_all_or_nothing(sqld_db: Database) -> None:
    user_id = accounts.register("peggy@example.com", "s3cret-password")
    sqld_db.insert("INSERT INTO errors (user_chat, user_id) VALUES ('hi', ?)", (user_id,))
    # One of the user-data tables missing: its DELETE fails inside the transaction.
    sqld_db.execute("ALTER TABLE google_accounts RENAME TO google_accounts_away")
    try:
        with pytest.raises(DatabaseError, match="no such table"):
            accounts.delete_user(user_id)
    finally:
        sqld_db.execute("ALTER TABLE google_accounts_away RENAME TO google_accounts")
    assert accounts.user_exists(user_id)
    assert sqld_db.fetch_all("SELECT user_id FROM errors") == [(user_id,)]
