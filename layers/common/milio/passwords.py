"""Password hashing: argon2id for new hashes, the original server's bcrypt hashes still verify.

Parameters: OWASP's argon2id minimum (m = 19 MiB, t = 2, p = 1) rather than RFC 9106's
low-memory profile (m = 64 MiB, t = 3, p = 4). A Lambda function gets a fraction of a vCPU
at small memory sizes, so p = 4 buys no speed there and 64 MiB per verify would set the
function's memory floor; OWASP's profile costs tens of milliseconds and keeps login cheap.
Changing the parameters here makes ``needs_upgrade`` true for older hashes, which
``accounts.login`` then rehashes.
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

_dummy_hash: str | None = None
_dummy_lock = threading.Lock()


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def is_bcrypt(stored_hash: str) -> bool:
    return stored_hash.startswith(_BCRYPT_PREFIXES)


def verify(stored_hash: str, password: str) -> bool:
    """True when ``password`` matches; a malformed or unknown hash is a mismatch, not a crash."""
    if is_bcrypt(stored_hash):
        return _verify_bcrypt(stored_hash, password)
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
    verify(_get_dummy_hash(), password)


def _get_dummy_hash() -> str:
    # Made once per process, on first use: cold starts that never see an unknown
    # address do not pay for it.
    global _dummy_hash  # noqa: PLW0603
    with _dummy_lock:
        if _dummy_hash is None:
            _dummy_hash = hash_password("not a password: timing equaliser")
        return _dummy_hash
