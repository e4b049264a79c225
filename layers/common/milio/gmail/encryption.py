"""Encryption of Google tokens at rest: AES-256-GCM.

The associated data names the user and the field, so a ciphertext copied to
another user's row, or from one column to another, does not decrypt.
"""

from __future__ import annotations

import base64
import secrets

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from milio.gmail.errors import GmailReconnectRequiredError

_VERSION = "v1"
_NONCE_BYTES = 12


class TokenCipher:
    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)

    def encrypt(self, plaintext: str, user_id: int, field: str) -> str:
        nonce = secrets.token_bytes(_NONCE_BYTES)
        sealed = self._aead.encrypt(nonce, plaintext.encode(), _context(user_id, field))
        return f"{_VERSION}.{base64.urlsafe_b64encode(nonce + sealed).decode()}"

    def decrypt(self, stored: str, user_id: int, field: str) -> str:
        """The plaintext; GmailReconnectRequiredError when it cannot be read.

        Unreadable means the key changed or the row was tampered with: either
        way the user must connect again, which replaces the row.
        """
        version, _, payload = stored.partition(".")
        if version != _VERSION:
            raise GmailReconnectRequiredError()
        try:
            raw = base64.urlsafe_b64decode(payload)
            opened = self._aead.decrypt(
                raw[:_NONCE_BYTES], raw[_NONCE_BYTES:], _context(user_id, field)
            )
        except (InvalidTag, ValueError) as exc:
            raise GmailReconnectRequiredError() from exc
        return opened.decode()


def _context(user_id: int, field: str) -> bytes:
    return f"milio:google_accounts:{user_id}:{field}".encode()
