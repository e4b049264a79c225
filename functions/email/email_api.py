"""The email function: connect Gmail and send mail on the user's behalf."""

from __future__ import annotations

from fastapi import APIRouter

from milio.errors import NotImplementedYetError
from milio.web.factory import create_app
from milio.web.identity import CurrentUser
from milio.web.lambda_entry import lambda_handler

router = APIRouter(prefix="/email")
_NOT_BUILT = "Gmail is not built yet"


@router.get("/login")
def oauth_login() -> None:
    raise NotImplementedYetError(_NOT_BUILT)


@router.post("/oauth/start")
def oauth_start(user: CurrentUser) -> None:
    raise NotImplementedYetError(_NOT_BUILT)


@router.get("/handleCallback")
def oauth_callback() -> None:
    raise NotImplementedYetError(_NOT_BUILT)


@router.post("/get-email")
def get_email(user: CurrentUser) -> None:
    raise NotImplementedYetError(_NOT_BUILT)


@router.post("/send")
def send(user: CurrentUser) -> None:
    raise NotImplementedYetError(_NOT_BUILT)


@router.delete("/account")
def disconnect(user: CurrentUser) -> None:
    raise NotImplementedYetError(_NOT_BUILT)


app = create_app("Milio email", [router])
handler = lambda_handler(app)
