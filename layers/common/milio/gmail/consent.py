"""The step before Google's consent screen: which Milio account will get access.

Both starts lead to one page, in the browser that will come back to the callback:
``GET /email/login?jwt=`` (the desktop client) and the URL ``POST /email/oauth/start``
answers (``/email/login?ticket=``, a short-lived start ticket that keeps the JWT out of
URLs). The page names the account, sets the browser-binding cookie, and continues to
Google only through its form: a POST carrying a ticket bound to that cookie, which
another site can neither read nor forge (the CSRF token), and which a browser without
the cookie cannot use. Each ticket is single-use: its nonce is recorded when it is used
(``spend_ticket``), and a second use is refused.
"""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass

from milio.db import Database
from milio.gmail.errors import InvalidOAuthStateError
from milio.gmail.keys import consent_ticket_key
from milio.gmail.oauth_state import binding_digest, spend_nonce
from milio.settings import Settings
from milio.signed_tokens import BadSignedTokenError, read_signed, sign
from milio.tokens import parse_user_id

AUDIENCE = "milio-gmail-consent"
TICKET_TTL_SECONDS = 600
MAX_TICKET_LENGTH = 2048


@dataclass(frozen=True)
class ConsentTicket:
    user_id: int
    email: str
    binding_digest: str  # empty for a start ticket, set for the confirmation form's
    nonce: str = ""
    expires_at: int = 0


def issue_ticket(
    user_id: int,
    email: str,
    settings: Settings,
    browser_binding: str | None = None,
    now: float | None = None,
) -> str:
    """A ticket for ``user_id``: a start ticket, or the form's, bound to ``browser_binding``."""
    issued_at = int(now if now is not None else time.time())
    claims = {
        "iss": settings.jwt_issuer,
        "aud": AUDIENCE,
        "sub": str(user_id),
        "email": email,
        "bnd": binding_digest(browser_binding, settings) if browser_binding else "",
        "nonce": secrets.token_urlsafe(18),
        "iat": issued_at,
        "exp": issued_at + TICKET_TTL_SECONDS,
    }
    return sign(claims, consent_ticket_key(settings))


def read_ticket(value: str, settings: Settings) -> ConsentTicket:
    """What a ticket we issued says; InvalidOAuthStateError if forged, altered or expired."""
    try:
        claims = read_signed(
            value,
            consent_ticket_key(settings),
            audience=AUDIENCE,
            issuer=settings.jwt_issuer,
            required=["iss", "aud", "sub", "email", "bnd", "nonce", "iat", "exp"],
            max_length=MAX_TICKET_LENGTH,
        )
    except BadSignedTokenError as exc:
        raise InvalidOAuthStateError() from exc
    user_id, email, digest = parse_user_id(claims["sub"]), claims["email"], claims["bnd"]
    nonce = claims["nonce"]
    if user_id is None or not all(isinstance(v, str) for v in (email, digest, nonce)):
        raise InvalidOAuthStateError()
    return ConsentTicket(user_id, email, digest, nonce, int(claims["exp"]))


def spend_ticket(ticket: ConsentTicket, db: Database) -> None:
    """Mark the ticket used; InvalidOAuthStateError if it already was."""
    spend_nonce(f"ticket:{ticket.nonce}", ticket.user_id, ticket.expires_at, db)
