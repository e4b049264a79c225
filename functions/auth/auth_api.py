"""The auth function: health, accounts and token checks."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Request
from pydantic import BaseModel, ConfigDict, Field

from milio import account_deletion, accounts
from milio.authorizer import tier_of_account
from milio.errors import InvalidTokenError, NotFoundError
from milio.tokens import bearer_token, issue_token, verify_token
from milio.web.dependencies import DatabaseDep, ServicesDep, SettingsDep
from milio.web.factory import create_app
from milio.web.identity import CurrentUser, source_ip_of
from milio.web.lambda_entry import lambda_handler

router = APIRouter()


class Credentials(BaseModel):
    model_config = ConfigDict(extra="ignore")
    # Generous outer bounds; the account rules give the precise errors.
    email: str = Field(max_length=accounts.MAX_EMAIL_CHARS * 2)
    password: str = Field(max_length=accounts.MAX_LOGIN_PASSWORD_CHARS)


@router.get("/health")
async def health() -> dict[str, str]:  # async: never waits for a worker thread
    return {"status": "ok"}


@router.get("/verify-token")
def verify(
    settings: SettingsDep,
    database: DatabaseDep,
    authorization: Annotated[str | None, Header()] = None,
) -> dict[str, bool]:
    """Always 200: the desktop client reads ``valid`` and nothing else."""
    token = bearer_token(authorization)
    if token is None:
        return {"valid": False}
    try:
        claims = verify_token(token, settings)
    except InvalidTokenError:
        return {"valid": False}
    tier = tier_of_account(claims.user_id, lambda user_id: accounts.account_tier(user_id, database))
    return {"valid": tier is not None}


@router.post("/register", status_code=201)
@router.post("/user/signup", status_code=201)
def register(body: Credentials, request: Request, services: ServicesDep) -> dict[str, object]:
    def admit() -> None:  # at most so many accounts per client and day: 429 past it
        from milio.quota.signups import take_signup_unit  # sign-ups only: not a log-in cost

        per_day = services.settings.signups_per_client_per_day
        take_signup_unit(services.quota, source_ip_of(request.scope), per_day)

    user_id = accounts.register(body.email, body.password, services.database, admit=admit)
    return {"id": user_id, "email": accounts.normalise_email(body.email)}


@router.post("/login")
@router.post("/user/login")
def login(body: Credentials, settings: SettingsDep, database: DatabaseDep) -> dict[str, object]:
    user = accounts.login(body.email, body.password, database)
    issued = issue_token(user.id, user.email, settings)
    return {"token": issued.token, "token_type": "Bearer", "expires_in": issued.expires_in}


@router.delete("/user/delete")
def delete_account(
    user: CurrentUser, database: DatabaseDep, settings: SettingsDep
) -> dict[str, bool]:
    if not account_deletion.delete_account(user.user_id, database, settings):
        raise NotFoundError("No such account")
    return {"deleted": True}


app = create_app("Milio auth", [router])
handler = lambda_handler(app)
