"""The shared app factory: JSON errors everywhere, request ids, input limits."""

import asyncio
import json
import time
from collections.abc import AsyncIterator

import httpx
import pytest
from fastapi import APIRouter
from fastapi.testclient import TestClient
from pydantic import BaseModel

from milio.errors import ConfigurationError, ConflictError
from milio.settings import get_settings
from milio.web.factory import create_app


class Body(BaseModel):
    name: str


router = APIRouter()


@router.post("/echo")
def echo(body: Body) -> dict[str, str]:
    return {"name": body.name}


@router.get("/conflict")
def conflict() -> None:
    raise ConflictError("That address is taken")


@router.get("/boom")
def boom() -> None:
    raise RuntimeError("secret detail: password=hunter2")


@router.get("/misconfigured")
def misconfigured() -> None:
    raise ConfigurationError("MILIO_SECRET_ARN is not set")


@pytest.fixture
def client() -> TestClient:
    return TestClient(create_app("test", [router]), raise_server_exceptions=False)


def test_success_carries_a_request_id(client: TestClient) -> None:
    response = client.post("/echo", json={"name": "ada"})
    assert response.status_code == 200
    assert response.json() == {"name": "ada"}
    assert len(response.headers["x-request-id"]) >= 16


def test_unknown_path_is_a_json_404(client: TestClient) -> None:
    response = client.get("/nope")
    assert response.status_code == 404
    assert response.json()["error"] == "Not found"
    assert response.json()["requestId"] == response.headers["x-request-id"]


def test_wrong_method_is_a_json_405(client: TestClient) -> None:
    response = client.get("/echo")
    assert response.status_code == 405
    assert response.json()["error"] == "Method not allowed"


def test_a_missing_field_is_a_json_422_naming_it(client: TestClient) -> None:
    response = client.post("/echo", json={})
    assert response.status_code == 422
    assert "name" in response.json()["error"]


def test_a_mistyped_field_is_a_422(client: TestClient) -> None:
    response = client.post("/echo", json={"name": ["not", "a", "string"]})
    assert response.status_code == 422


def test_invalid_json_is_a_400(client: TestClient) -> None:
    response = client.post(
        "/echo", content=b'{"name": ', headers={"content-type": "application/json"}
    )
    assert response.status_code == 400
    assert response.json()["error"] == "Request body is not valid JSON"


def test_a_non_json_body_is_a_415(client: TestClient) -> None:
    response = client.post("/echo", content=b"name=ada", headers={"content-type": "text/plain"})
    assert response.status_code == 415


def test_a_body_over_the_limit_is_a_413(client: TestClient) -> None:
    response = client.post("/echo", json={"name": "x" * 300_000})
    assert response.status_code == 413
    assert "bytes" in response.json()["error"]


def test_a_chunked_body_over_the_limit_is_a_413(client: TestClient) -> None:
    def chunks():  # no Content-Length: the size is counted as it arrives
        for _ in range(40):
            yield b"x" * 10_000

    response = client.post("/echo", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413


def test_a_domain_error_keeps_its_status_and_message(client: TestClient) -> None:
    response = client.get("/conflict")
    assert response.status_code == 409
    assert response.json()["error"] == "That address is taken"


def test_an_unexpected_error_is_a_generic_500_that_leaks_nothing(client: TestClient) -> None:
    response = client.get("/boom")
    assert response.status_code == 500
    assert response.json()["error"] == "Internal server error"
    assert "hunter2" not in response.text


def test_a_configuration_error_is_not_shown_to_the_caller(client: TestClient) -> None:
    response = client.get("/misconfigured")
    assert response.status_code == 500
    assert "MILIO_SECRET_ARN" not in response.text


def test_absurd_unicode_is_handled_as_data(client: TestClient) -> None:
    name = "\u202e\u0000\udfff".encode("utf-8", "surrogatepass").decode("utf-8", "replace") * 10
    response = client.post(
        "/echo", content=json.dumps({"name": name}), headers={"content-type": "application/json"}
    )
    assert response.status_code == 200
    invalid = client.post(
        "/echo", content=b'{"name": "\xff\xfe"}', headers={"content-type": "application/json"}
    )
    assert invalid.status_code in {400, 422}


async def test_a_body_that_does_not_arrive_by_the_deadline_is_a_408(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A client dripping its body cannot hold a request past the request's deadline."""
    monkeypatch.setenv("MILIO_REQUEST_DEADLINE_SECONDS", "0.3")
    get_settings.cache_clear()

    async def drip() -> AsyncIterator[bytes]:
        yield b'{"name": '
        await asyncio.sleep(5)
        yield b'"ada"}'

    transport = httpx.ASGITransport(app=create_app("test", [router]))
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        started = time.monotonic()
        response = await client.post(
            "/echo", content=drip(), headers={"content-type": "application/json"}
        )
    assert response.status_code == 408
    assert response.json()["error"] == "Request body not received in time"
    assert time.monotonic() - started < 2
