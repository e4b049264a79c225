"""Log lines carry their own request's keys, even under concurrency."""

from __future__ import annotations

import asyncio
import io
import json
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest
from fastapi import APIRouter
from fastapi.testclient import TestClient

from milio.observability import logger
from milio.web.factory import create_app
from tests.conftest import ApiUser

router = APIRouter()


@router.get("/probe/{marker}")
async def probe(marker: str) -> dict[str, str]:
    logger.info("before", extra={"marker": marker})
    await asyncio.sleep(0.01)  # other requests run here
    logger.info("after", extra={"marker": marker})
    return {"marker": marker}


@contextmanager
def captured_logs() -> Iterator[list[dict[str, object]]]:
    """The JSON log lines Powertools writes while the block runs."""
    handler = logger.registered_handler
    stream = io.StringIO()
    previous = handler.setStream(stream)  # type: ignore[attr-defined]
    lines: list[dict[str, object]] = []
    try:
        yield lines
    finally:
        handler.setStream(previous)  # type: ignore[attr-defined]
        lines.extend(json.loads(line) for line in stream.getvalue().splitlines() if line)


async def test_concurrent_requests_log_their_own_request_id() -> None:
    app = create_app("test", [router])
    transport = httpx.ASGITransport(app=app)
    with captured_logs() as lines:
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            responses = await asyncio.gather(*(client.get(f"/probe/m{i}") for i in range(20)))
    expected = {r.json()["marker"]: r.headers["x-request-id"] for r in responses}
    probes = [line for line in lines if line.get("marker")]
    assert len(probes) == 40
    for line in probes:
        assert line.get("request_id") == expected[str(line["marker"])]


@pytest.mark.sqld
def test_the_authorizers_lambda_context_stays_with_its_own_invocation(
    api: TestClient, api_user: ApiUser
) -> None:
    """The local gateway calls the authorizer in worker threads: its keys must not leak."""
    assert api.post("/chat", json={"Message": "open discord"}, headers=api_user.headers).is_success
    with captured_logs() as lines:
        logger.info("after the authorizer ran")
    assert lines
    assert "function_name" not in lines[0]
    assert "function_request_id" not in lines[0]
