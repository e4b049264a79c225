"""Our JWTs: issued at log-in, verified by the authorizer and the streaming app.

Signed and read by ``milio.signed_tokens`` (HS256, pinned on both sides).
"""

from __future__ import annotations

import re
import time
import uuid
from dataclasses import dataclass

from milio.errors import InvalidTokenError
from milio.settings import Settings
from milio.signed_tokens import BadSignedTokenError, read_signed, sign

_REQUIRED_CLAIMS = ["exp", "iat", "iss", "aud", "sub"]
# Tokens are small; anything far larger is not ours and is refused unparsed.
MAX_TOKEN_LENGTH = 4096
# A user id as we write it: ASCII digits, no sign, no leading zero, within SQLite's integers.
# (str.isdigit accepts "²" and "١", and int() reads "0001" and "١" as 1.)
_USER_ID = re.compile(r"[1-9][0-9]{0,17}", re.ASCII)


@dataclass(frozen=True)
class IssuedToken:
    token: str
    expires_in: int


@dataclass(frozen=True)
class TokenClaims:
    user_id: int
    email: str


def issue_token(user_id: int, email: str, settings: Settings) -> IssuedToken:
    now = int(time.time())
    payload = {
        "iss": settings.jwt_issuer,
        "aud": settings.jwt_audience,
        "sub": str(user_id),
        "email": email,
        "iat": now,
        "exp": now + settings.token_ttl_seconds,
        "jti": uuid.uuid4().hex,
    }
    token = sign(payload, settings.jwt_secret.get_secret_value())
    return IssuedToken(token=token, expires_in=settings.token_ttl_seconds)


def verify_token(token: str, settings: Settings) -> TokenClaims:
    """Answer the claims of a valid token; raise InvalidTokenError for anything else."""
    try:
        claims = read_signed(
            token,
            settings.jwt_secret.get_secret_value(),
            audience=settings.jwt_audience,
            issuer=settings.jwt_issuer,
            required=_REQUIRED_CLAIMS,
            max_length=MAX_TOKEN_LENGTH,
        )
    except BadSignedTokenError as exc:
        raise InvalidTokenError() from exc
    user_id, email = parse_user_id(claims.get("sub")), claims.get("email", "")
    if user_id is None or not isinstance(email, str):
        raise InvalidTokenError()
    return TokenClaims(user_id=user_id, email=email)


def parse_user_id(value: object) -> int | None:
    """The user id a canonical decimal string names (``"42"``), else None."""
    if isinstance(value, str) and _USER_ID.fullmatch(value):
        return int(value)
    return None


def bearer_token(header: str | None) -> str | None:
    """The token of an ``Authorization: Bearer <token>`` header, or None."""
    if not header:
        return None
    scheme, _, value = header.strip().partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        return None
    return value.strip()
