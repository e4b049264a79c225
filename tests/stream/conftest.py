"""The stream app under a real uvicorn on loopback, with fake model APIs behind it."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

import httpx
import pytest
import uvicorn
from fastapi import FastAPI

from milio.providers.anthropic import AnthropicProvider
from milio.providers.openai import OpenAIProvider
from stream_api import served as stream_app
from tests.conftest import clear_caches
from tests.fakes import FakeLLMServer

# Generous for a loopback fake, short enough that a hung test ends quickly.
TEST_LLM_ENV = {"MILIO_LLM_CALL_TIMEOUT_SECONDS": "1.5", "MILIO_LLM_DEADLINE_SECONDS": "4"}


@pytest.fixture(scope="session", autouse=True)
def _sdks_imported() -> None:
    """Import the SDKs once, so a 1-2 s first import never eats into a test's timeouts."""
    for cls in (AnthropicProvider, OpenAIProvider):
        cls(api_key="test-key", model="m", base_url="http://127.0.0.1:9").warm_up()


class UvicornThread:
    """uvicorn serving an app on a free loopback port, in a background thread."""

    def __init__(self, app: FastAPI) -> None:
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._socket.bind(("127.0.0.1", 0))
        config = uvicorn.Config(
            app, log_level="warning", access_log=False, lifespan="off", timeout_graceful_shutdown=1
        )
        self.server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [self._socket]}, daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._socket.getsockname()[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> UvicornThread:
        self._thread.start()
        deadline = time.monotonic() + 5
        while not self.server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.005)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self._thread.join(timeout=5)
        self._socket.close()


@pytest.fixture
def providers(
    anthropic_fake: FakeLLMServer, openai_fake: FakeLLMServer, monkeypatch: pytest.MonkeyPatch
) -> tuple[FakeLLMServer, FakeLLMServer]:
    """Anthropic (the stream's first choice) and OpenAI (its fallback), both fakes."""
    for name, value in {**anthropic_fake.env(), **openai_fake.env(), **TEST_LLM_ENV}.items():
        monkeypatch.setenv(name, value)
    clear_caches()
    return anthropic_fake, openai_fake


@pytest.fixture
def stream_url() -> Iterator[str]:
    """The stream app's base URL. Request the env-setting fixtures first: settings are
    read per request, but only after they are set."""
    with UvicornThread(stream_app) as server:
        yield server.url


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=3.0) as http:
        yield http


@dataclass
class Event:
    name: str
    data: str
    at: float  # time.perf_counter() when its last line arrived


@dataclass
class EventReader:
    """Server-sent events read line by line as they arrive."""

    lines: Iterator[str]
    raw: list[str] = field(default_factory=list)

    def next(self) -> Event | None:
        name, data = "message", []
        for line in self.lines:
            self.raw.append(line)
            if line == "":
                return Event(name, "\n".join(data), time.perf_counter())
            key, _, value = line.partition(":")
            value = value.removeprefix(" ")
            if key == "event":
                name = value
            elif key == "data":
                data.append(value)
        return None

    def all(self) -> list[Event]:
        events = []
        while (event := self.next()) is not None:
            events.append(event)
            if len(events) > 500:
                raise AssertionError("too many events")
        return events
