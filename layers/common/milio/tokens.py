"""Our JWTs: issued at log-in, verified by the authorizer and the streaming app.

HS256 only: the algorithm is pinned on both sides, so a token cannot choose
``none`` or switch to another algorithm.
"""

from __future__ import annotations

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
    subject, email = claims.get("sub"), claims.get("email", "")
    if not isinstance(subject, str) or not subject.isdigit() or not isinstance(email, str):
        raise InvalidTokenError()
    return TokenClaims(user_id=int(subject), email=email)


def bearer_token(header: str | None) -> str | None:
    """The token of an ``Authorization: Bearer <token>`` header, or None."""
    if not header:
        return None
    scheme, _, value = header.strip().partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        return None
    return value.strip()
