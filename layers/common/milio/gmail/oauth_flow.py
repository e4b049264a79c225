"""Connecting a Google account: the consent URL, then the callback.

Google's own libraries do the protocol: ``google_auth_oauthlib`` builds the
consent URL (with PKCE) and exchanges the code; ``google.oauth2.id_token``
verifies the ID token against the certificates URL of the settings.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import requests
from google.auth.transport import Request
from google_auth_oauthlib.flow import Flow
from oauthlib.oauth2.rfc6749.errors import OAuth2Error  # type: ignore[import-untyped]

from milio.accounts import user_exists
from milio.gmail.accounts import GoogleAccount, save_account
from milio.gmail.errors import (
    GmailNotConfiguredError,
    GmailUnavailableError,
    GoogleConsentError,
    InvalidOAuthStateError,
    MilioAccountGoneError,
)
from milio.gmail.identity import verify_id_token
from milio.gmail.oauth_state import (
    OAuthState,
    binding_matches,
    code_verifier,
    consume_state,
    issue_state,
    new_browser_binding,
    release_state,
    verify_state,
)
from milio.gmail.revocation import revoke_at_google
from milio.gmail.transport import GOOGLE_TIMEOUT_SECONDS, google_transport
from milio.services import Services
from milio.settings import Settings

GMAIL_SEND_SCOPE = "https://www.googleapis.com/auth/gmail.send"
USERINFO_EMAIL_SCOPE = "https://www.googleapis.com/auth/userinfo.email"
# Exactly what the feature needs: who the user is, and sending mail. Nothing more.
SCOPES = ("openid", "email", GMAIL_SEND_SCOPE)
# Google answers "email" with its URL form; both mean the same grant.
_REQUIRED_GRANTS = ({"openid"}, {"email", USERINFO_EMAIL_SCOPE}, {GMAIL_SEND_SCOPE})
# Google's authorization codes are about 100 characters.
MAX_CODE_LENGTH = 2048
# Token-endpoint errors that say "try again later" rather than "start again".
_RETRYABLE_OAUTH_ERRORS = frozenset({"server_error", "temporarily_unavailable"})


@dataclass(frozen=True)
class ConsentStart:
    url: str
    # The random value the state is bound to: kept in a cookie of the browser that
    # will come back to the callback, and required there (see oauth_state).
    browser_binding: str


@dataclass(frozen=True)
class CallbackResult:
    user_id: int
    google_email: str
    access_token: str


def start_consent(
    user_id: int, settings: Settings, browser_binding: str | None = None
) -> ConsentStart:
    """The Google consent URL for ``user_id``, with a fresh signed state bound to
    ``browser_binding`` (a new one when not given)."""
    binding = browser_binding or new_browser_binding()
    state_value, state = issue_state(user_id, settings, binding)
    flow = _flow(settings, code_verifier(state.nonce, settings))
    url, _ = flow.authorization_url(state=state_value, access_type="offline", prompt="consent")
    return ConsentStart(url=str(url), browser_binding=binding)


def handle_callback(
    code: str,
    state: str,
    settings: Settings,
    services: Services,
    *,
    browser_binding: str | None,
) -> CallbackResult:
    """Finish the consent: check the state, exchange the code, store the account.

    ``settings`` are the request's OAuth settings (the redirect URI may be this
    deployment's callback); ``services`` hold the database and Google's transport.

    ``browser_binding`` is the value of the cookie the browser brought back; without
    it, or with another browser's, nothing happens.
    Raises InvalidOAuthStateError (bad, expired, replayed, foreign state, or another browser),
    MilioAccountGoneError (the Milio account was deleted; a grant obtained meanwhile is
    revoked at Google),
    GoogleConsentError (refused code, bad ID token, missing grant),
    GmailUnavailableError (Google unreachable) or GmailNotConfiguredError.
    Nothing is stored unless every check passed.
    """
    claims = verify_state(state, settings)
    if not binding_matches(claims.binding_digest, browser_binding, settings):
        raise InvalidOAuthStateError()
    if not code or len(code) > MAX_CODE_LENGTH:
        raise GoogleConsentError()
    db = services.database
    if not user_exists(claims.user_id, db):
        raise MilioAccountGoneError()
    # Claimed before the exchange, so a racing replay loses here; given back if the
    # exchange fails, so the user can retry the same callback after a Google outage.
    consume_state(claims, db)
    try:
        account = _account_from_code(code, claims, settings, google_transport(services))
    except Exception:
        with contextlib.suppress(Exception):  # the exchange's error is the one to report
            release_state(claims, db)
        raise
    if not save_account(account, db, settings):  # the account went during the exchange
        revoke_at_google(account.refresh_token, settings)
        raise MilioAccountGoneError()
    return CallbackResult(claims.user_id, account.google_email, str(account.access_token))


def _account_from_code(
    code: str, claims: OAuthState, settings: Settings, transport: Request
) -> GoogleAccount:
    token = _exchange_code(code, code_verifier(claims.nonce, settings), settings)
    identity = verify_id_token(str(token.get("id_token") or ""), settings, transport)
    scopes = _granted_scopes(token.get("scope"))
    refresh_token, access_token = token.get("refresh_token"), token.get("access_token")
    if not isinstance(refresh_token, str) or not isinstance(access_token, str):
        raise GoogleConsentError()
    return GoogleAccount(
        user_id=claims.user_id,
        google_email=identity.email,
        refresh_token=refresh_token,
        access_token=access_token,
        access_token_expires_at=_expires_at(token),
        scopes=scopes,
    )


def ensure_configured(settings: Settings) -> None:
    """GmailNotConfiguredError unless the Google OAuth client is configured."""
    _client_config(settings)


def _client_config(settings: Settings) -> dict[str, dict[str, Any]]:
    if not (
        settings.google_client_id and settings.google_client_secret and settings.google_redirect_uri
    ):
        raise GmailNotConfiguredError()
    return {
        "web": {
            "client_id": settings.google_client_id,
            "client_secret": settings.google_client_secret.get_secret_value(),
            "auth_uri": settings.google_auth_uri,
            "token_uri": settings.google_token_uri,
            "redirect_uris": [settings.google_redirect_uri],
        }
    }


def _flow(settings: Settings, verifier: str) -> Any:
    flow = Flow.from_client_config(
        _client_config(settings),
        scopes=list(SCOPES),
        redirect_uri=settings.google_redirect_uri,
        code_verifier=verifier,
        autogenerate_code_verifier=False,
    )
    flow.oauth2session.register_compliance_hook("access_token_response", _refuse_outages)
    return flow


def _refuse_outages(response: Any) -> Any:
    # oauthlib reads only the body, so Google's 5xx would look like a refused
    # code; the status says it is an outage, worth retrying, not restarting.
    if response.status_code == 429 or response.status_code >= 500:
        raise GmailUnavailableError()
    return response


def _exchange_code(code: str, verifier: str, settings: Settings) -> Mapping[str, Any]:
    flow = _flow(settings, verifier)
    try:
        token: Mapping[str, Any] = flow.fetch_token(code=code, timeout=GOOGLE_TIMEOUT_SECONDS)
    except Warning as changed:
        # oauthlib raises (not warns) when the granted scopes differ from the
        # requested ones, which Google always does ("email" comes back as a
        # URL). The token rides on the exception; _granted_scopes checks it.
        token = changed.token  # type: ignore[attr-defined]
    except OAuth2Error as exc:
        if exc.error in _RETRYABLE_OAUTH_ERRORS:
            raise GmailUnavailableError() from exc
        raise GoogleConsentError() from exc
    except (requests.RequestException, ValueError) as exc:
        # Unreachable, timed out, or an answer that is not an OAuth response
        # (an HTML error page from a failing front end).
        raise GmailUnavailableError() from exc
    return token


def _granted_scopes(raw: str | Iterable[str] | None) -> tuple[str, ...]:
    granted = set(raw.split() if isinstance(raw, str) else raw or ())
    if not all(granted & alternatives for alternatives in _REQUIRED_GRANTS):
        # With granular consent a user can untick "send email": nothing works then.
        raise GoogleConsentError()
    return tuple(sorted(granted))


def _expires_at(token: Mapping[str, Any]) -> int | None:
    expires_in = token.get("expires_in")
    if isinstance(expires_in, int | float) and expires_in > 0:
        return int(time.time() + expires_in)
    return None
