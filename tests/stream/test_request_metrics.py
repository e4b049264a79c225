"""The streaming function has no Lambda handler to flush its metrics: each request's own
(a skipped user check, an unhandled error) must go out when it ends, without the stream's
provider dimension, and the first request counts the cold start. Read from the embedded
metric JSON the app writes to stdout, served as run.sh serves it (uvicorn, loopback)."""

from __future__ import annotations

import json
import time
from typing import Any

import httpx
import pytest

from milio import observability
from milio.settings import get_settings
from milio.tokens import issue_token
from tests.conftest import clear_caches
from tests.support.services import free_port


def _emf(capfd: pytest.CaptureFixture[str], until: str) -> list[dict[str, Any]]:
    """The metric blobs written so far, once one holds the metric ``until``: the server
    flushes after the last byte of the response, so the client may see that first."""
    blobs: list[dict[str, Any]] = []
    deadline = time.monotonic() + 5
    while not any(until in _names(b) for b in blobs) and time.monotonic() < deadline:
        lines = capfd.readouterr().out.splitlines()
        blobs += [json.loads(line) for line in lines if '"_aws"' in line]
        time.sleep(0.01)
    return blobs


def _names(blob: dict[str, Any]) -> set[str]:
    return {m["Name"] for d in blob["_aws"]["CloudWatchMetrics"] for m in d["Metrics"]}


@pytest.fixture
def database_down(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """Nobody at the database's address; no model provider configured. A valid token."""
    monkeypatch.setenv("MILIO_DATABASE_URL", f"http://127.0.0.1:{free_port()}")
    clear_caches()
    token = issue_token(7, "a@b.c", get_settings()).token
    return {"Authorization": f"Bearer {token}"}


def test_a_skipped_user_check_goes_out_with_its_own_request_without_a_provider(
    database_down: dict[str, str],
    stream_url: str,
    client: httpx.Client,
    capfd: pytest.CaptureFixture[str],
) -> None:
    capfd.readouterr()
    response = client.post(
        f"{stream_url}/chat/stream", json={"Message": "hi"}, headers=database_down
    )
    assert response.status_code == 503  # no provider: refused before any event

    blobs = _emf(capfd, "UserCheckSkipped")  # this request's: nothing waits for the next one
    (skipped,) = [b for b in blobs if "UserCheckSkipped" in _names(b)]
    assert "provider" not in skipped
    assert skipped["service"] == "milio"
    (stream,) = [b for b in blobs if "StreamUnavailable" in _names(b)]
    assert stream["provider"] == "none"
    assert "UserCheckSkipped" not in _names(stream)


def test_an_unhandled_error_is_counted_with_its_own_request(
    stream_url: str,
    client: httpx.Client,
    capfd: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("MILIO_MAX_BODY_BYTES", "ten")  # the settings fail on first use
    clear_caches()
    capfd.readouterr()
    response = client.post(f"{stream_url}/chat/stream", json={"Message": "hi"})
    assert response.status_code == 500
    assert response.json()["error"] == "Internal server error"

    (blob,) = [b for b in _emf(capfd, "UnhandledErrors") if "UnhandledErrors" in _names(b)]
    assert blob["UnhandledErrors"] in ([1.0], 1.0)
    assert "provider" not in blob


def test_the_first_request_counts_one_cold_start_by_function_name(
    stream_url: str,
    client: httpx.Client,
    capfd: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(observability, "_cold_starts_counted", set())  # a fresh process
    capfd.readouterr()
    for _ in range(3):
        assert client.get(f"{stream_url}/health").status_code == 200

    (cold,) = [b for b in _emf(capfd, "ColdStart") if "ColdStart" in _names(b)]
    assert cold["ColdStart"] in ([1.0], 1.0)
    assert cold["service"] == "milio"
    assert cold["function_name"] == "Milio stream"  # AWS_LAMBDA_FUNCTION_NAME in Lambda
    (dimensions,) = cold["_aws"]["CloudWatchMetrics"][0]["Dimensions"]
    assert set(dimensions) == {"function_name", "service"}  # what the dashboard searches
