"""The email function: connect Gmail and send mail on the user's behalf."""

from __future__ import annotations

import dataclasses
from typing import Annotated

from fastapi import APIRouter, Cookie, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, ConfigDict, Field

from milio.accounts import user_exists
from milio.errors import InvalidTokenError, MilioError
from milio.gmail import callback_page, mailbox, oauth_flow, sender
from milio.gmail.messages import OutgoingEmail
from milio.settings import Settings, get_settings
from milio.tokens import verify_token
from milio.web.factory import create_app
from milio.web.identity import CurrentUser, public_base_url
from milio.web.lambda_entry import lambda_handler

router = APIRouter(prefix="/email")
# Ties the consent started in this browser to the callback that comes back to it.
BINDING_COOKIE = "milio_oauth_binding"
BINDING_MAX_AGE = 600
_SHORT = 4096  # tokens, codes, states: generous, but bounded


class GetEmailRequest(BaseModel):
    model_config = ConfigDict(extra="ignore")
    access_token: str | None = Field(default=None, alias="AccessToken", max_length=_SHORT)


class SendRequest(BaseModel):
    model_config = ConfigDict(extra="ignore")
    access_token: str | None = Field(default=None, alias="accessToken", max_length=_SHORT)
    recipient: str = Field(alias="recipientEmail", max_length=320)
    subject: str = Field(max_length=998)
    content: str


def _oauth_settings(request: Request) -> Settings:
    """Settings whose redirect URI is this deployment's callback, unless one is configured."""
    settings = get_settings()
    if settings.google_redirect_uri:
        return settings
    callback = f"{public_base_url(request)}/email/handleCallback"
    return dataclasses.replace(settings, google_redirect_uri=callback)


def _page(page: callback_page.CallbackPage) -> HTMLResponse:
    return HTMLResponse(page.html, status_code=page.status_code, headers=page.headers)


@router.get("/login")
def oauth_login(request: Request, jwt: Annotated[str, Query(max_length=_SHORT)]) -> Response:
    """The desktop client opens this in a browser window, with its JWT in the query."""
    try:
        claims = verify_token(jwt, get_settings())
    except InvalidTokenError as exc:
        return _page(callback_page.error_page("Your Milio session is not valid.", exc.status_code))
    if not user_exists(claims.user_id):
        return _page(callback_page.error_page("Your Milio session is not valid.", 401))
    try:
        start = oauth_flow.start_consent(claims.user_id, _oauth_settings(request))
    except MilioError as exc:
        return _page(callback_page.error_page(exc.message, exc.status_code))
    # no-referrer: the JWT in this URL must not travel on to Google.
    response = RedirectResponse(
        start.url, status_code=302, headers={"Referrer-Policy": "no-referrer"}
    )
    response.set_cookie(
        BINDING_COOKIE,
        start.browser_binding,
        max_age=BINDING_MAX_AGE,
        httponly=True,
        secure=True,
        samesite="lax",
    )
    return response


@router.post("/oauth/start")
def oauth_start(user: CurrentUser, request: Request) -> dict[str, str]:
    """The better start: the JWT stays in a header; the app opens the URL it gets back."""
    return {"url": oauth_flow.consent_url(user.user_id, _oauth_settings(request))}


@router.get("/handleCallback")
def oauth_callback(
    request: Request,
    code: Annotated[str | None, Query(max_length=_SHORT)] = None,
    state: Annotated[str | None, Query(max_length=_SHORT)] = None,
    error: Annotated[str | None, Query(max_length=256)] = None,
    binding: Annotated[str | None, Cookie(alias=BINDING_COOKIE)] = None,
) -> HTMLResponse:
    if error is not None:
        return _page(callback_page.google_error_page(error))
    if not code or not state:
        return _page(callback_page.error_page("The sign-in link is incomplete."))
    try:
        settings = _oauth_settings(request)
        result = oauth_flow.handle_callback(code, state, settings, browser_binding=binding)
    except MilioError as exc:
        return _page(callback_page.error_page(exc.message, exc.status_code))
    response = _page(callback_page.connected_page(result.access_token, result.google_email))
    response.delete_cookie(BINDING_COOKIE, secure=True, httponly=True, samesite="lax")
    return response


@router.post("/get-email")
def get_email(user: CurrentUser, body: GetEmailRequest | None = None) -> dict[str, str]:
    token = body.access_token if body else None
    address = mailbox.connected_email(user.user_id, get_settings(), access_token=token)
    return {"emailAddress": address}


@router.post("/send")
def send(user: CurrentUser, body: SendRequest) -> dict[str, str]:
    mail = OutgoingEmail(body.recipient, body.subject, body.content)
    sent = sender.send_email(user.user_id, mail, get_settings(), access_token=body.access_token)
    return {"status": "sent", "id": sent.gmail_id}


@router.delete("/account")
def disconnect(user: CurrentUser) -> dict[str, bool]:
    result = mailbox.disconnect(user.user_id, get_settings())
    return {"disconnected": True, "revokedAtGoogle": result.revoked_at_google}


app = create_app("Milio email", [router])
handler = lambda_handler(app)
