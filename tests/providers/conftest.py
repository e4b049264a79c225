"""Fake model APIs, and providers built on the real SDKs pointed at them."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from milio.providers import ChainPolicy, Provider, ProviderChain, ProviderHealth
from milio.providers.anthropic import AnthropicProvider
from milio.providers.groq import GroqProvider
from milio.providers.mistral import MistralProvider
from milio.providers.openai import OpenAIProvider
from tests.fakes import APIS, FakeLLMServer

PROVIDER_CLASSES: dict[str, Callable[..., Provider]] = {
    "openai": OpenAIProvider,
    "anthropic": AnthropicProvider,
    "mistral": MistralProvider,
    "groq": GroqProvider,
}
# Small numbers keep the suite fast while leaving room for slow CI machines.
TEST_POLICY = ChainPolicy(
    call_timeout=0.5, deadline=3.0, backoff_base=0.02, backoff_cap=0.3, attempts_per_provider=2
)


def provider_for(fake: FakeLLMServer, model: str = "test-model") -> Provider:
    return PROVIDER_CLASSES[fake.api](api_key="test-key", model=model, base_url=fake.base_url)


def chain_of(
    *fakes: FakeLLMServer, policy: ChainPolicy = TEST_POLICY, health: ProviderHealth | None = None
) -> ProviderChain:
    return ProviderChain([provider_for(fake) for fake in fakes], policy=policy, health=health)


@pytest.fixture(scope="session", autouse=True)
def _sdks_imported() -> None:
    """Import the SDKs once, so a 1-4 s first import never eats into a test's short timeouts."""
    for cls in PROVIDER_CLASSES.values():
        cls(api_key="test-key", model="m", base_url="http://127.0.0.1:9").warm_up()


@pytest.fixture(params=APIS)
def fake(request: pytest.FixtureRequest) -> Iterator[FakeLLMServer]:
    """Each API in turn: tests using it run once per provider."""
    with FakeLLMServer(request.param) as server:
        yield server
