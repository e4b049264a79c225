"""The account flow as the desktop client drives it, through the whole local API on sqld."""

from __future__ import annotations

import jwt
import pytest
from fastapi.testclient import TestClient

from milio.db import Database
from milio.settings import get_settings
from tests.conftest import ApiUser

pytestmark = pytest.mark.sqld

PASSWORD = "correct horse battery"


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_sign_up_log_in_verify_use_delete_then_the_token_is_refused(api: TestClient) -> None:
    signup = api.post("/user/signup", json={"email": " Ada@Example.COM ", "password": PASSWORD})
    assert signup.status_code == 201
    assert signup.json()["email"] == "ada@example.com"

    login = api.post("/user/login", json={"email": "ada@example.com", "password": PASSWORD})
    assert login.status_code == 200
    body = login.json()
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == 7 * 24 * 3600
    token = body["token"]

    assert api.get("/verify-token", headers=_bearer(token)).json() == {"valid": True}
    chat = api.post("/chat", json={"Message": "open discord"}, headers=_bearer(token))
    assert chat.status_code == 200

    assert api.delete("/user/delete", headers=_bearer(token)).status_code == 200

    assert api.get("/verify-token", headers=_bearer(token)).json() == {"valid": False}
    refused = api.post("/chat", json={"Message": "open discord"}, headers=_bearer(token))
    assert refused.status_code == 401
    again = api.post("/login", json={"email": "ada@example.com", "password": PASSWORD})
    assert again.status_code == 401


def test_both_spellings_of_register_and_login_work(api: TestClient) -> None:
    assert (
        api.post("/register", json={"email": "b@example.com", "password": PASSWORD}).status_code
        == 201
    )
    assert (
        api.post("/login", json={"email": "B@example.com", "password": PASSWORD}).status_code == 200
    )


def test_a_taken_address_is_a_409_whatever_its_case(api: TestClient) -> None:
    api.post("/register", json={"email": "c@example.com", "password": PASSWORD})
    taken = api.post("/user/signup", json={"email": "C@EXAMPLE.com", "password": PASSWORD})
    assert taken.status_code == 409
    assert "already exists" in taken.json()["error"]


def test_wrong_password_and_unknown_address_get_the_same_answer(api: TestClient) -> None:
    api.post("/register", json={"email": "d@example.com", "password": PASSWORD})
    wrong = api.post("/login", json={"email": "d@example.com", "password": "not the password"})
    unknown = api.post("/login", json={"email": "nobody@example.com", "password": PASSWORD})
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json()["error"] == unknown.json()["error"]


@pytest.mark.parametrize(
    "body",
    [
        {"email": "e@example.com", "password": "short"},
        {"email": "e@example.com", "password": "x" * 257},
        {"email": "not-an-address", "password": PASSWORD},
        {"email": "e@example.com", "password": "bad\x00password"},
    ],
)
def test_invalid_registrations_are_400_and_create_nothing(
    api: TestClient, sqld_db: Database, body: dict[str, str]
) -> None:
    response = api.post("/register", json=body)
    assert response.status_code == 400
    assert response.json()["error"]
    assert sqld_db.fetch_all("SELECT id FROM users") == []


@pytest.mark.parametrize(
    ("kwargs", "status"),
    [
        ({"json": {"email": "e@example.com"}}, 422),
        ({"json": {"email": 5, "password": PASSWORD}}, 422),
        ({"json": ["email", "password"]}, 422),
        ({"content": b"{not json", "headers": {"content-type": "application/json"}}, 400),
        (
            {
                "content": b"email=a&password=b",
                "headers": {"content-type": "application/x-www-form-urlencoded"},
            },
            415,
        ),
        ({"json": {"email": "e@example.com", "password": "p" * 300_000}}, 413),
        (
            {
                "content": b'{"email": "\\ud800\\ud800", "password": "correct horse battery"}',
                "headers": {"content-type": "application/json"},
            },
            422,  # lone surrogates are not text
        ),
    ],
)
def test_bad_input_is_a_clear_4xx_json_error(
    api: TestClient, sqld_db: Database, kwargs: dict[str, object], status: int
) -> None:
    response = api.post("/register", **kwargs)  # type: ignore[arg-type]
    assert response.status_code == status
    assert isinstance(response.json()["error"], str)
    assert sqld_db.fetch_all("SELECT id FROM users") == []


def test_wrong_methods_are_refused_as_json(api: TestClient) -> None:
    response = api.get("/login")
    assert (
        response.status_code == 404
    )  # API Gateway has no such route: MISSING_AUTHENTICATION_TOKEN
    assert response.json() == {"error": "Not found"}


@pytest.mark.parametrize(
    "header",
    [None, "", "Bearer", "Bearer garbage", "Basic YWRhOnB3", "Bearer a.b.c"],
)
def test_verify_token_is_always_200(api: TestClient, header: str | None) -> None:
    headers = {"Authorization": header} if header is not None else {}
    response = api.get("/verify-token", headers=headers)
    assert response.status_code == 200
    assert response.json() == {"valid": False}


def test_a_burst_of_twenty_from_one_address_is_limited_after_the_second(
    api: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Burst 2 as deployed; one token per 20 s instead of 2 per second, so a machine slowed
    # by load (20 log-ins of argon2 each) still refills at most one token during the burst.
    monkeypatch.setenv("MILIO_RATE_LIMIT_PER_SECOND", "0.05")
    monkeypatch.setenv("MILIO_RATE_LIMIT_BURST", "2")
    get_settings.cache_clear()
    statuses = [
        api.post("/login", json={"email": "f@example.com", "password": PASSWORD}).status_code
        for _ in range(20)
    ]
    assert statuses[:2] == [401, 401]
    assert statuses.count(429) >= 17  # at most one token refills while the burst runs
    limited = api.post("/login", json={"email": "f@example.com", "password": PASSWORD})
    if limited.status_code == 429:
        assert int(limited.headers["retry-after"]) >= 1
        assert limited.json()["error"]
    assert api.get("/health").status_code == 200  # health is never limited


@pytest.mark.parametrize("subject", ["²", "١", "0001", "01", "+1", " 1", "1.0", "9" * 25, "-1"])
def test_only_canonical_decimal_subjects_name_a_user(
    api: TestClient, api_user: ApiUser, sqld_db: Database, subject: str
) -> None:
    """A signed token whose subject only looks like a number never names a user
    (before: "²" was a 500, "١" and "0001" were user 1)."""
    sqld_db.execute(
        "INSERT OR IGNORE INTO users (id, email, password) VALUES (1, 'one@x.org', 'x')"
    )
    settings = get_settings()
    claims = jwt.decode(api_user.token, options={"verify_signature": False}) | {"sub": subject}
    token = jwt.encode(claims, settings.jwt_secret.get_secret_value(), algorithm="HS256")
    verified = api.get("/verify-token", headers=_bearer(token))
    assert verified.status_code == 200
    assert verified.json() == {"valid": False}
    chat = api.post("/chat", json={"Message": "open discord"}, headers=_bearer(token))
    assert chat.status_code == 401
