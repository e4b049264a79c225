"""The OAuth ``state``: signed, short-lived, bound to one user and one browser, single-use.

The state is a JWT signed with its own key (derived from the JWT secret), so
no server session is needed between the start and the callback. Its nonce is
recorded when the callback uses it; a second use is refused, unless the first one's
code exchange failed (a Google outage), which gives the nonce back for a retry. The PKCE code
verifier is derived from the nonce with a keyed hash, so it never travels and
never needs storing. It carries a keyed digest of the browser binding (a random
value kept in a cookie of the browser that started the flow): the callback
needs that cookie, so a consent link completed in another browser is refused.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass

from milio.db import Database, UniqueViolationError
from milio.gmail.errors import InvalidOAuthStateError
from milio.gmail.keys import binding_key, pkce_key, state_signing_key
from milio.settings import Settings
from milio.signed_tokens import BadSignedTokenError, read_signed, sign
from milio.tokens import parse_user_id

AUDIENCE = "milio-gmail-oauth"
STATE_TTL_SECONDS = 600
# States we issue are about 300 characters; anything far longer is not ours.
MAX_STATE_LENGTH = 1024
_REQUIRED = ["iss", "aud", "sub", "nonce", "bnd", "iat", "exp"]


@dataclass(frozen=True)
class OAuthState:
    user_id: int
    nonce: str
    expires_at: int
    binding_digest: str = ""


def new_browser_binding() -> str:
    return secrets.token_urlsafe(32)


def binding_digest(binding: str, settings: Settings) -> str:
    """What the state says of the binding: a keyed digest, so the state (which Google
    sees, and which travels in URLs) does not hold the cookie's value."""
    mac = hmac.new(binding_key(settings), binding.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(mac).decode().rstrip("=")


def binding_matches(expected_digest: str, binding: str | None, settings: Settings) -> bool:
    """Whether the browser's ``binding`` is the one ``expected_digest`` was made from."""
    if not binding or not expected_digest:
        return False
    return hmac.compare_digest(binding_digest(binding, settings), expected_digest)


def issue_state(
    user_id: int, settings: Settings, browser_binding: str, now: float | None = None
) -> tuple[str, OAuthState]:
    """A new signed state for ``user_id``, bound to the browser holding ``browser_binding``."""
    issued_at = int(now if now is not None else time.time())
    state = OAuthState(
        user_id,
        secrets.token_urlsafe(24),
        issued_at + STATE_TTL_SECONDS,
        binding_digest(browser_binding, settings),
    )
    claims = {
        "iss": settings.jwt_issuer,
        "aud": AUDIENCE,
        "sub": str(user_id),
        "nonce": state.nonce,
        "bnd": state.binding_digest,
        "iat": issued_at,
        "exp": state.expires_at,
    }
    return sign(claims, state_signing_key(settings)), state


def verify_state(value: str, settings: Settings) -> OAuthState:
    """What a state we issued says; InvalidOAuthStateError if forged, altered or expired."""
    try:
        claims = read_signed(
            value,
            state_signing_key(settings),
            audience=AUDIENCE,
            issuer=settings.jwt_issuer,
            required=_REQUIRED,
            max_length=MAX_STATE_LENGTH,
        )
    except BadSignedTokenError as exc:
        raise InvalidOAuthStateError() from exc
    user_id, nonce, digest = parse_user_id(claims["sub"]), claims["nonce"], claims["bnd"]
    if user_id is None or not isinstance(nonce, str) or not isinstance(digest, str):
        raise InvalidOAuthStateError()
    return OAuthState(user_id, nonce, int(claims["exp"]), digest)


def consume_state(state: OAuthState, db: Database, now: float | None = None) -> None:
    """Record the state's nonce as used; InvalidOAuthStateError if it already was."""
    spend_nonce(state.nonce, state.user_id, state.expires_at, db, now)


def spend_nonce(
    nonce: str, user_id: int, expires_at: int, db: Database, now: float | None = None
) -> None:
    """Record a single-use value (a state's or a consent ticket's nonce) as used until it
    expires; InvalidOAuthStateError if it already was."""
    current = int(now if now is not None else time.time())
    # Expired nonces can no longer verify, so their rows are only clutter.
    db.execute("DELETE FROM google_oauth_used_states WHERE expires_at < ?", (current,))
    try:
        db.insert(
            "INSERT INTO google_oauth_used_states (nonce, user_id, expires_at) VALUES (?, ?, ?)",
            (nonce, user_id, expires_at),
        )
    except UniqueViolationError as exc:
        raise InvalidOAuthStateError() from exc


def release_state(state: OAuthState, db: Database) -> None:
    """Give back a state whose code exchange failed, so the same callback can be retried.
    A state that led to a stored account is never given back: its replay is refused."""
    db.execute("DELETE FROM google_oauth_used_states WHERE nonce = ?", (state.nonce,))


def code_verifier(nonce: str, settings: Settings) -> str:
    """The PKCE verifier of a flow: 43 URL-safe characters, as RFC 7636 asks."""
    digest = hmac.new(pkce_key(settings), nonce.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")
