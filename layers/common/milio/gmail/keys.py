"""Keys derived from the application's secrets, one per purpose.

HKDF with a distinct label per purpose: a key leaked or misused in one place
(say, the state signer) says nothing about another (the token cipher).
"""

from __future__ import annotations

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from milio.gmail.errors import GmailNotConfiguredError
from milio.settings import SecretStr, Settings

TOKEN_ENCRYPTION_LABEL = b"milio/gmail/refresh-token-encryption/v1"
STATE_SIGNING_LABEL = b"milio/gmail/oauth-state-signing/v1"
PKCE_LABEL = b"milio/gmail/pkce-verifier/v1"
BINDING_LABEL = b"milio/gmail/browser-binding/v1"
CONSENT_TICKET_LABEL = b"milio/gmail/consent-ticket/v1"


def derive_key(secret: SecretStr, label: bytes) -> bytes:
    """A 256-bit key for ``label`` from ``secret``."""
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=label)
    return hkdf.derive(secret.get_secret_value().encode())


def token_encryption_key(settings: Settings) -> bytes:
    if settings.encryption_key is None:
        raise GmailNotConfiguredError()
    return derive_key(settings.encryption_key, TOKEN_ENCRYPTION_LABEL)


def state_signing_key(settings: Settings) -> bytes:
    return derive_key(settings.jwt_secret, STATE_SIGNING_LABEL)


def pkce_key(settings: Settings) -> bytes:
    return derive_key(settings.jwt_secret, PKCE_LABEL)


def binding_key(settings: Settings) -> bytes:
    return derive_key(settings.jwt_secret, BINDING_LABEL)


def consent_ticket_key(settings: Settings) -> bytes:
    return derive_key(settings.jwt_secret, CONSENT_TICKET_LABEL)
