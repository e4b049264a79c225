"""Fixtures of the function-level tests: a model provider the chat function can call."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from milio.settings import get_settings
from tests.fakes import FakeLLMServer


@pytest.fixture
def groq(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeLLMServer]:
    """A local server speaking Groq's API, configured as the only provider."""
    with FakeLLMServer("groq") as fake:
        for name, value in fake.env().items():
            monkeypatch.setenv(name, value)
        monkeypatch.setenv("MILIO_LLM_PROVIDERS", "groq")
        monkeypatch.setenv("MILIO_LLM_CALL_TIMEOUT_SECONDS", "2")
        get_settings.cache_clear()
        yield fake
