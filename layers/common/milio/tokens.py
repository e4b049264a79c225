"""Our JWTs: issued at log-in, verified by the authorizer and the streaming app.

HS256 only: the algorithm is pinned on both sides, so a token cannot choose
``none`` or switch to another algorithm.
"""

from __future__ import annotations

import re
import time
import uuid
from dataclasses import dataclass

import jwt

from milio.errors import InvalidTokenError
from milio.settings import Settings

ALGORITHM = "HS256"
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
    token = jwt.encode(payload, settings.jwt_secret.get_secret_value(), algorithm=ALGORITHM)
    return IssuedToken(token=token, expires_in=settings.token_ttl_seconds)


def verify_token(token: str, settings: Settings) -> TokenClaims:
    """Answer the claims of a valid token; raise InvalidTokenError for anything else."""
    if not token or len(token) > MAX_TOKEN_LENGTH:
        raise InvalidTokenError()
    try:
        claims = jwt.decode(
            token,
            settings.jwt_secret.get_secret_value(),
            algorithms=[ALGORITHM],
            audience=settings.jwt_audience,
            issuer=settings.jwt_issuer,
            options={"require": _REQUIRED_CLAIMS},
        )
    except jwt.PyJWTError as exc:
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
