"""The auth function: health, accounts and token checks."""

from __future__ import annotations

from fastapi import APIRouter, Header

from milio.errors import InvalidTokenError, NotImplementedYetError
from milio.settings import get_settings
from milio.tokens import bearer_token, verify_token
from milio.web.factory import create_app
from milio.web.identity import CurrentUser
from milio.web.lambda_entry import lambda_handler

router = APIRouter()


@router.get("/health")
def health() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/verify-token")
def verify(authorization: str | None = Header(default=None)) -> dict[str, bool]:
    """Always 200: the desktop client reads ``valid`` and nothing else."""
    token = bearer_token(authorization)
    if token is None:
        return {"valid": False}
    try:
        verify_token(token, get_settings())
    except InvalidTokenError:
        return {"valid": False}
    return {"valid": True}


@router.post("/register", status_code=201)
@router.post("/user/signup", status_code=201)
def register() -> None:
    raise NotImplementedYetError("Sign-up is not built yet")


@router.post("/login")
@router.post("/user/login")
def login() -> None:
    raise NotImplementedYetError("Log-in is not built yet")


@router.delete("/user/delete")
def delete_account(user: CurrentUser) -> None:
    raise NotImplementedYetError("Account deletion is not built yet")


app = create_app("Milio auth", [router])
handler = lambda_handler(app)
