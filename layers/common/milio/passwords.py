"""Password hashing: argon2id for new hashes, the original server's bcrypt hashes still verify.

Parameters: OWASP's argon2id minimum (m = 19 MiB, t = 2, p = 1) rather than RFC 9106's
low-memory profile (m = 64 MiB, t = 3, p = 4). A Lambda function gets a fraction of a vCPU
at small memory sizes, so p = 4 buys no speed there and 64 MiB per verify would set the
function's memory floor; OWASP's profile costs tens of milliseconds and keeps login cheap.
Changing the parameters here makes ``needs_upgrade`` true for older hashes, which
``accounts.login`` then rehashes.

Timing: every wrong password costs one argon2id and one bcrypt check, one of them
against a dummy hash, so it costs the same whether the account still has the
original server's bcrypt hash, has an argon2id one, or does not exist. (Before,
old accounts answered in 65 ms against 23 ms: a way to tell them apart.) A right
password stops at its own hash: log-in stays as fast as one check.
"""

from __future__ import annotations

import threading

import bcrypt
from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

_HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1, type=Type.ID)
_BCRYPT_PREFIXES = ("$2a$", "$2b$", "$2y$")
# bcrypt reads only the first 72 bytes; the original (Node) server truncated silently,
# while the Python bcrypt 5 library refuses longer input, so truncate the same way.
_BCRYPT_MAX_BYTES = 72

# The original server's bcrypt cost factor: the dummy bcrypt check costs what a real one does.
ORIGINAL_BCRYPT_COST = 10

_dummy_hashes: tuple[str, str] | None = None
_dummy_lock = threading.Lock()


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def is_bcrypt(stored_hash: str) -> bool:
    return stored_hash.startswith(_BCRYPT_PREFIXES)


def verify(stored_hash: str, password: str) -> bool:
    """True when ``password`` matches; a malformed or unknown hash is a mismatch, not a crash.

    A mismatch also checks the other kind of hash against a dummy, for equal timing
    (module doc). A match needs no padding: its answer already tells the caller."""
    dummy_argon2, dummy_bcrypt = _dummies()
    if is_bcrypt(stored_hash):
        if _verify_bcrypt(stored_hash, password):
            return True
        _verify_argon2(dummy_argon2, password)
        return False
    if _verify_argon2(stored_hash, password):
        return True
    _verify_bcrypt(dummy_bcrypt, password)
    return False


def _verify_argon2(stored_hash: str, password: str) -> bool:
    try:
        return _HASHER.verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def _verify_bcrypt(stored_hash: str, password: str) -> bool:
    try:
        return bcrypt.checkpw(password.encode()[:_BCRYPT_MAX_BYTES], stored_hash.encode())
    except ValueError:  # a malformed hash
        return False


def needs_upgrade(stored_hash: str) -> bool:
    """True for bcrypt hashes and for argon2 hashes made with other parameters."""
    if is_bcrypt(stored_hash):
        return True
    try:
        return _HASHER.check_needs_rehash(stored_hash)
    except InvalidHashError:
        return True


def dummy_verify(password: str) -> None:
    """Spend the time of a real verify, so an unknown address answers as slowly as a known one."""
    verify(_dummies()[0], password)


def _dummies() -> tuple[str, str]:
    """An argon2id and a bcrypt hash of no password, made once per process on first use."""
    global _dummy_hashes  # noqa: PLW0603
    with _dummy_lock:
        if _dummy_hashes is None:
            secret = b"not a password: timing equaliser"
            salt = bcrypt.gensalt(ORIGINAL_BCRYPT_COST, prefix=b"2a")
            _dummy_hashes = (
                hash_password(secret.decode()),
                bcrypt.hashpw(secret, salt).decode(),
            )
        return _dummy_hashes
