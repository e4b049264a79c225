"""The email function: connect Gmail and send mail on the user's behalf."""

from __future__ import annotations

import dataclasses
from typing import Annotated
from urllib.parse import parse_qs, urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, ConfigDict, Field

from milio.accounts import user_exists
from milio.errors import MilioError
from milio.gmail import callback_page, consent, mailbox, oauth_flow, sender
from milio.gmail.consent import ConsentTicket
from milio.gmail.errors import InvalidOAuthStateError
from milio.gmail.messages import OutgoingEmail
from milio.gmail.oauth_state import binding_matches, new_browser_binding
from milio.settings import Settings
from milio.tokens import verify_token
from milio.web.dependencies import DatabaseDep, ServicesDep, SettingsDep
from milio.web.factory import create_app
from milio.web.identity import CurrentUser, public_base_url
from milio.web.lambda_entry import lambda_handler

router = APIRouter(prefix="/email")
# Ties the consent started in this browser (the confirmation page sets it) to the
# callback that comes back to it: the callback refuses a browser without it. Over HTTPS
# (every deployment) its name has the __Host- prefix: the browser then keeps it only if it
# is Secure, has Path=/ and no Domain, so no sibling subdomain can plant or overwrite it.
# `make dev` serves plain HTTP on 127.0.0.1, where a Secure cookie is not kept by every
# browser (Safari refuses it; Chrome and Firefox accept it for localhost only), so there
# the cookie has the plain name and no Secure flag.
BINDING_COOKIE = "milio_oauth_binding"
SECURE_BINDING_COOKIE = "__Host-" + BINDING_COOKIE
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


def _oauth_settings(request: Request, settings: SettingsDep) -> Settings:
    """Settings whose redirect URI is this deployment's callback, unless one is configured."""
    if settings.google_redirect_uri:
        return settings
    callback = f"{public_base_url(request)}/email/handleCallback"
    return dataclasses.replace(settings, google_redirect_uri=callback)


OAuthSettings = Annotated[Settings, Depends(_oauth_settings)]


def _page(page: callback_page.CallbackPage) -> HTMLResponse:
    return HTMLResponse(page.html, status_code=page.status_code, headers=page.headers)


def _who_starts(jwt: str | None, ticket: str | None, settings: Settings) -> ConsentTicket:
    """Who asks to connect Gmail: the desktop client's JWT, or a start ticket."""
    if ticket is not None:
        return consent.read_ticket(ticket, settings)
    claims = verify_token(jwt or "", settings)
    return ConsentTicket(claims.user_id, claims.email, "")


def _binding_cookie_name(request: Request) -> str:
    secure = public_base_url(request).startswith("https://")
    return SECURE_BINDING_COOKIE if secure else BINDING_COOKIE


def _browser_binding(request: Request) -> str | None:
    return request.cookies.get(_binding_cookie_name(request))


def _binding_cookie(response: Response, request: Request, binding: str | None) -> None:
    name = _binding_cookie_name(request)
    secure = name == SECURE_BINDING_COOKIE
    if binding is None:
        response.delete_cookie(name, path="/", secure=secure, httponly=True, samesite="lax")
        return
    # Lax: sent back on the top-level redirect from Google, never on another site's POST.
    response.set_cookie(
        name,
        binding,
        max_age=BINDING_MAX_AGE,
        path="/",
        httponly=True,
        secure=secure,
        samesite="lax",
    )


@router.get("/login", response_class=HTMLResponse)
def oauth_login(
    request: Request,
    settings: OAuthSettings,
    database: DatabaseDep,
    jwt: Annotated[str | None, Query(max_length=_SHORT)] = None,
    ticket: Annotated[str | None, Query(max_length=_SHORT)] = None,
) -> Response:
    """The page before Google, naming the Milio account that will get access (see
    milio.gmail.consent). The desktop client opens it with its JWT in the query."""
    try:
        who = _who_starts(jwt, ticket, settings)
    except MilioError:
        return _page(callback_page.error_page("Your Milio session is not valid.", 401))
    try:
        if not user_exists(who.user_id, database):
            return _page(callback_page.error_page("Your Milio session is not valid.", 401))
        oauth_flow.ensure_configured(settings)
        if ticket is not None:
            consent.spend_ticket(who, database)
    except MilioError as exc:
        return _page(callback_page.error_page(exc.message, exc.status_code))
    binding = new_browser_binding()
    form_ticket = consent.issue_ticket(who.user_id, who.email, settings, browser_binding=binding)
    page = callback_page.confirm_page(who.email, form_ticket, settings.google_auth_uri)
    # no-referrer: the JWT in this URL must not travel on to Google.
    response = _page(page)
    _binding_cookie(response, request, binding)
    return response


async def _form(request: Request) -> dict[str, str]:
    """A url-encoded form body (the confirmation page's), first value of each field."""
    body = (await request.body()).decode("utf-8", "replace")
    try:
        fields = parse_qs(body, max_num_fields=8)
    except ValueError:  # more fields than the form has: not our page's
        return {}
    return {name: values[0] for name, values in fields.items()}


_CONFIRM_FORM = {
    "requestBody": {
        "required": True,
        "content": {
            "application/x-www-form-urlencoded": {
                "schema": {
                    "type": "object",
                    "properties": {"ticket": {"type": "string", "maxLength": 2048}},
                    "required": ["ticket"],
                }
            }
        },
    }
}


@router.post(
    "/login",
    response_class=HTMLResponse,
    responses={303: {"description": "On to Google's consent page"}},
    openapi_extra=_CONFIRM_FORM,
)
def oauth_continue(
    request: Request,
    settings: OAuthSettings,
    database: DatabaseDep,
    form: Annotated[dict[str, str], Depends(_form)],
) -> Response:
    """The confirmation page's button: on to Google, once, only from the browser that
    showed it."""
    binding = _browser_binding(request)
    try:
        ticket = consent.read_ticket(form.get("ticket", ""), settings)
        if not binding_matches(ticket.binding_digest, binding, settings):
            raise InvalidOAuthStateError()
        if not user_exists(ticket.user_id, database):
            return _page(callback_page.error_page("Your Milio session is not valid.", 401))
        consent.spend_ticket(ticket, database)
        assert binding is not None  # checked by binding_matches
        start = oauth_flow.start_consent(ticket.user_id, settings, browser_binding=binding)
    except MilioError as exc:
        return _page(callback_page.error_page(exc.message, exc.status_code))
    return RedirectResponse(start.url, status_code=303, headers={"Referrer-Policy": "no-referrer"})


@router.post("/oauth/start")
def oauth_start(user: CurrentUser, request: Request, settings: OAuthSettings) -> dict[str, str]:
    """The better start: the JWT stays in a header; the app opens the URL it gets back,
    which leads through the same confirmation page as /email/login."""
    oauth_flow.ensure_configured(settings)
    ticket = consent.issue_ticket(user.user_id, user.email, settings)
    return {"url": f"{public_base_url(request)}/email/login?{urlencode({'ticket': ticket})}"}


@router.get("/handleCallback", response_class=HTMLResponse)
def oauth_callback(
    request: Request,
    settings: OAuthSettings,
    services: ServicesDep,
    code: Annotated[str | None, Query(max_length=_SHORT)] = None,
    state: Annotated[str | None, Query(max_length=_SHORT)] = None,
    error: Annotated[str | None, Query(max_length=256)] = None,
) -> HTMLResponse:
    if error is not None:
        return _page(callback_page.google_error_page(error))
    if not code or not state:
        return _page(callback_page.error_page("The sign-in link is incomplete."))
    try:
        binding = _browser_binding(request)
        result = oauth_flow.handle_callback(
            code, state, settings, services, browser_binding=binding
        )
    except MilioError as exc:
        return _page(callback_page.error_page(exc.message, exc.status_code))
    response = _page(callback_page.connected_page(result.access_token, result.google_email))
    _binding_cookie(response, request, None)
    return response


@router.post("/get-email")
def get_email(
    user: CurrentUser, services: ServicesDep, body: GetEmailRequest | None = None
) -> dict[str, str]:
    token = body.access_token if body else None
    address = mailbox.connected_email(user.user_id, services, access_token=token)
    return {"emailAddress": address}


@router.post("/send")
def send(user: CurrentUser, body: SendRequest, services: ServicesDep) -> dict[str, str]:
    mail = OutgoingEmail(body.recipient, body.subject, body.content)
    sent = sender.send_email(user.user_id, mail, services, access_token=body.access_token)
    return {"status": "sent", "id": sent.gmail_id}


@router.delete("/account")
def disconnect(user: CurrentUser, services: ServicesDep) -> dict[str, bool]:
    result = mailbox.disconnect(user.user_id, services)
    return {"disconnected": True, "revokedAtGoogle": result.revoked_at_google}


app = create_app("Milio email", [router], form_paths=("/email/login",))
handler = lambda_handler(app)
