"""The local gateway behind `make dev` behaves as API Gateway is configured to."""

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from devserver.gateway import LocalGateway
from devserver.routes import read_template
from milio.db import Database
from milio.settings import get_settings
from milio.tokens import issue_token


@pytest.fixture
def gateway(local_db: Database) -> Iterator[TestClient]:
    with TestClient(LocalGateway(read_template())) as client:
        yield client


def _user(db: Database) -> str:
    user_id = db.insert(
        "INSERT INTO users (email, password) VALUES (?, ?)", ("ada@example.com", "x")
    )
    return issue_token(user_id, "ada@example.com", get_settings()).token


def test_health_is_public(gateway: TestClient) -> None:
    response = gateway.get("/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_an_unknown_route_is_a_json_404(gateway: TestClient) -> None:
    for method, path in [("GET", "/nope"), ("GET", "/chat"), ("PUT", "/health")]:
        response = gateway.request(method, path)
        assert response.status_code == 404
        assert response.json() == {"error": "Not found"}


@pytest.mark.parametrize("header", [None, "Bearer forged.token.value", "Basic abc"])
def test_a_protected_route_refuses_without_a_valid_token(
    gateway: TestClient, header: str | None
) -> None:
    headers = {"Authorization": header} if header else {}
    response = gateway.post("/chat", json={"Message": "hi"}, headers=headers)
    assert response.status_code == 401
    assert response.json() == {"error": "Unauthorized"}


def test_a_valid_token_reaches_the_function_with_the_user(
    gateway: TestClient, local_db: Database
) -> None:
    token = _user(local_db)
    response = gateway.post(
        "/chat", json={"Message": "open discord"}, headers={"Authorization": f"Bearer {token}"}
    )
    assert response.status_code != 401
    assert "error" in response.json() or "System message" in response.json()


def test_a_token_of_a_deleted_user_is_refused(gateway: TestClient, local_db: Database) -> None:
    token = _user(local_db)
    local_db.execute("DELETE FROM users")
    response = gateway.post(
        "/chat", json={"Message": "hi"}, headers={"Authorization": f"Bearer {token}"}
    )
    assert response.status_code == 401


def test_the_streaming_route_is_served_on_the_same_port(gateway: TestClient) -> None:
    response = gateway.post("/chat/stream", json={"Message": "hi"})
    assert response.status_code == 401  # reached the stream app, which checks tokens itself
    assert response.json()["error"] == "Unauthorized"


@pytest.mark.parametrize(
    ("path", "logged"),
    [
        ("/email/login?jwt=eyJ.a.b", "/email/login?jwt=[redacted]"),
        ("/email/login?%6Awt=eyJ.a.b", "/email/login?%6Awt=[redacted]"),
        ("/email/login?JWT=eyJ.a.b&x=1", "/email/login?JWT=[redacted]&x=1"),
        ("/cb?x=1&%63ode=4%2F0A&st%61te=s", "/cb?x=1&%63ode=[redacted]&st%61te=[redacted]"),
        ("/cb?access%5Ftoken=ya29", "/cb?access%5Ftoken=[redacted]"),
        ("/cb?codex=1&jwtx=2", "/cb?codex=1&jwtx=2"),
        ("/health", "/health"),
    ],
)
def test_the_access_log_redacts_credentials_by_their_decoded_name(path: str, logged: str) -> None:
    from devserver.__main__ import redact_query

    assert redact_query(path) == logged
