"""The services object: what a request builds, and tests handing the app their own services."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from fastapi import FastAPI

from milio.db import Database
from milio.providers.chain import ProviderChain
from milio.services import Services, get_services
from milio.settings import Settings, get_settings
from milio.web.dependencies import current_services
from tests.conftest import load_event
from tests.fakes import FakeLLMServer, Reply
from tests.functions.test_handlers import LambdaContext

NO_PROVIDER = "no language-model provider configured"


class CountingServices(Services):
    """The real services, noting each provider chain they build."""

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings)
        self.chains_built: list[tuple[str, ...]] = []

    def _chain(self, order: Callable[[Settings], list[str]]) -> ProviderChain:
        chain = super()._chain(order)
        self.chains_built.append(chain.names)
        return chain


@pytest.fixture
def chat_app() -> Iterator[FastAPI]:
    """The chat function's app; a test may give it its own services (restored afterwards)."""
    app: FastAPI = __import__("chat_api").app
    source = app.state.services
    yield app
    app.state.services = source


def _chat(message: str) -> dict[str, Any]:
    event = load_event("event-post-chat.json")
    event["body"] = json.dumps({"Message": message})
    response: dict[str, Any] = __import__("chat_api").handler(event, LambdaContext())
    assert response["statusCode"] == 200, response
    body: dict[str, Any] = json.loads(response["body"])
    return body


def test_a_local_answer_builds_no_provider_chain(
    chat_app: FastAPI,
    groq: FakeLLMServer,
    local_db: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services = CountingServices(get_settings())
    chat_app.state.services = lambda: services

    assert _chat("open discord")["System message"] == "001discord"
    assert services.chains_built == []

    groq.script(Reply(json.dumps({"category": "7", "answer": "Hello there."})))
    assert _chat("tell me something nice")["source"] == "groq"
    assert services.chains_built == [("groq",)]  # the count sees a chain when one is built


def test_a_local_answer_logs_no_missing_provider_warning(
    chat_app: FastAPI, local_db: Database, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING):
        assert _chat("open discord")["System message"] == "001discord"
    assert NO_PROVIDER not in caplog.text
    with caplog.at_level(logging.WARNING):
        assert _chat("tell me something nice")["System message"] == "B"
    assert NO_PROVIDER in caplog.text


def test_requests_use_the_services_the_app_is_given(
    chat_app: FastAPI, local_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MILIO_FAST_PATH", "0")
    get_settings.cache_clear()
    mine = Services(get_settings())
    chat_app.state.services = lambda: mine
    monkeypatch.delenv("MILIO_FAST_PATH")
    get_settings.cache_clear()
    assert get_services().settings.fast_path  # the process's services have the fast path
    # The app's own services have it off: with no provider, even "open discord" is "B".
    assert _chat("open discord")["System message"] == "B"


def test_routes_take_services_from_dependency_overrides(
    chat_app: FastAPI, local_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MILIO_FAST_PATH", "0")
    get_settings.cache_clear()
    mine = Services(get_settings())
    monkeypatch.delenv("MILIO_FAST_PATH")
    get_settings.cache_clear()
    chat_app.dependency_overrides[current_services] = lambda: mine
    try:
        assert _chat("open discord")["System message"] == "B"
    finally:
        chat_app.dependency_overrides.clear()
    assert _chat("open discord")["System message"] == "001discord"
