"""Password hashing: argon2id, legacy bcrypt, upgrade detection. No network."""

from __future__ import annotations

import bcrypt
import pytest
from argon2 import PasswordHasher

from milio import passwords


def test_new_hashes_are_argon2id_with_owasp_parameters() -> None:
    hashed = passwords.hash_password("correct horse")
    assert hashed.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
    assert passwords.verify(hashed, "correct horse")
    assert not passwords.verify(hashed, "correct horsE")
    assert not passwords.needs_upgrade(hashed)


@pytest.mark.parametrize("prefix", [b"2a", b"2b"])
def test_original_bcrypt_hashes_verify_and_need_upgrade(prefix: bytes) -> None:
    hashed = bcrypt.hashpw(b"old password", bcrypt.gensalt(8, prefix=prefix)).decode()
    assert passwords.verify(hashed, "old password")
    assert not passwords.verify(hashed, "old passwore")
    assert passwords.needs_upgrade(hashed)


def test_bcrypt_reads_only_the_first_72_bytes_like_the_original_server() -> None:
    long_password = "a" * 72
    hashed = bcrypt.hashpw(long_password.encode(), bcrypt.gensalt(4)).decode()
    assert passwords.verify(hashed, long_password + "ignored by bcrypt")


def test_argon2_hashes_with_weaker_parameters_need_upgrade() -> None:
    weak = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1).hash("pw")
    assert passwords.verify(weak, "pw")
    assert passwords.needs_upgrade(weak)


@pytest.mark.parametrize("stored", ["", "plain text", "$2a$08$short", "$argon2id$garbage"])
def test_malformed_hashes_never_verify(stored: str) -> None:
    assert not passwords.verify(stored, "anything")
    assert passwords.needs_upgrade(stored)


def test_dummy_verify_hashes_once_per_process() -> None:
    passwords.dummy_verify("x")
    first = passwords._get_dummy_hash()
    passwords.dummy_verify("y")
    assert passwords._get_dummy_hash() is first
    assert first.startswith("$argon2id$")
