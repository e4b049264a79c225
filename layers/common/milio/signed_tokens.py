"""Our signed tokens, written and read in one place: HS256 JWTs.

The session token (``milio.tokens``), the Gmail consent ticket and the OAuth
state (``milio.gmail``) are each a JWT with its own key and audience. The
algorithm is pinned on both sides, so a token cannot choose ``none`` or switch
to another algorithm; a token far longer than ours is refused unparsed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import jwt

ALGORITHM = "HS256"


class BadSignedTokenError(Exception):
    """Forged, altered, expired, missing a claim, or not ours: the caller says which error."""


def sign(claims: Mapping[str, Any], key: str | bytes) -> str:
    return jwt.encode(dict(claims), key, algorithm=ALGORITHM)


def read_signed(
    token: str,
    key: str | bytes,
    *,
    audience: str,
    issuer: str,
    required: Sequence[str],
    max_length: int,
) -> dict[str, Any]:
    """The claims of a token signed with ``key`` for ``audience``; BadSignedTokenError if not."""
    if not token or len(token) > max_length:
        raise BadSignedTokenError()
    try:
        claims: dict[str, Any] = jwt.decode(
            token,
            key,
            algorithms=[ALGORITHM],
            audience=audience,
            issuer=issuer,
            options={"require": list(required)},
        )
    except jwt.PyJWTError as exc:
        raise BadSignedTokenError() from exc
    return claims
