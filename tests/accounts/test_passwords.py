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
    first = passwords._dummies()
    passwords.dummy_verify("y")
    assert passwords._dummies() is first
    assert first[0].startswith("$argon2id$")
    assert first[1].startswith(f"$2a${passwords.ORIGINAL_BCRYPT_COST}$")


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """Counts the argon2id and bcrypt checks each verification makes."""
    counts = {"argon2": 0, "bcrypt": 0}
    bcrypt_check = bcrypt.checkpw

    class CountingHasher(PasswordHasher):
        def verify(self, hash: str | bytes, password: str | bytes) -> bool:
            counts["argon2"] += 1
            return super().verify(hash, password)

    def counted_bcrypt(password: bytes, stored: bytes) -> bool:
        counts["bcrypt"] += 1
        return bcrypt_check(password, stored)

    real = passwords._HASHER
    hasher = CountingHasher(real.time_cost, real.memory_cost, real.parallelism, type=real.type)
    monkeypatch.setattr(passwords, "_HASHER", hasher)
    monkeypatch.setattr(passwords.bcrypt, "checkpw", counted_bcrypt)
    return counts


def test_a_wrong_password_costs_the_same_for_old_new_and_unknown_accounts(
    checks: dict[str, int],
) -> None:
    """Old (bcrypt) accounts answered a wrong password in 65 ms, others in 23 ms: now each
    check runs the same work, one argon2id and one bcrypt verification at the original cost."""
    old = bcrypt.hashpw(b"right", bcrypt.gensalt(10)).decode()  # the original server's cost
    new = passwords.hash_password("right")
    work = []
    for attempt in (
        lambda: passwords.verify(old, "wrong"),
        lambda: passwords.verify(new, "wrong"),
        lambda: passwords.dummy_verify("wrong"),
    ):
        checks.update(argon2=0, bcrypt=0)
        attempt()
        work.append(dict(checks))
    assert work == [{"argon2": 1, "bcrypt": 1}] * 3


def test_a_right_password_stops_at_its_own_hash(checks: dict[str, int]) -> None:
    """The padding is for mismatches; a match already tells the caller, so log-in stays fast."""
    old = bcrypt.hashpw(b"right", bcrypt.gensalt(10)).decode()
    new = passwords.hash_password("right")
    passwords.dummy_verify("warm up")  # the dummies are made once, on first use
    work = []
    for stored in (old, new):
        checks.update(argon2=0, bcrypt=0)
        assert passwords.verify(stored, "right")
        work.append(dict(checks))
    assert work == [{"argon2": 0, "bcrypt": 1}, {"argon2": 1, "bcrypt": 0}]
