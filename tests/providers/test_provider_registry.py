"""Building the chains from settings: order, models, base URLs, and what is rejected."""

from __future__ import annotations

import pytest

from milio.errors import ConfigurationError
from milio.providers import (
    NoProviderAnsweredError,
    configured_order,
    stream_order,
)
from milio.services import get_services
from milio.settings import get_settings
from tests.fakes import FakeLLMServer, Reply

KEYS = ("GROQ_API_KEY", "OPENAI_API_KEY", "ANTHROPIC_API_KEY", "MISTRAL_API_KEY")


def set_keys(monkeypatch: pytest.MonkeyPatch, *names: str) -> None:
    for name in names:
        monkeypatch.setenv(f"{name.upper()}_API_KEY", f"key-{name}")
    get_settings.cache_clear()


def test_the_default_order_is_every_provider_with_a_key(monkeypatch: pytest.MonkeyPatch) -> None:
    set_keys(monkeypatch, "mistral", "anthropic", "groq")
    assert configured_order(get_settings()) == ["groq", "anthropic", "mistral"]


def test_the_order_comes_from_milio_llm_providers(monkeypatch: pytest.MonkeyPatch) -> None:
    set_keys(monkeypatch, "mistral", "openai", "groq")
    monkeypatch.setenv("MILIO_LLM_PROVIDERS", " Mistral, openai ,mistral")
    get_settings.cache_clear()
    assert configured_order(get_settings()) == ["mistral", "openai"]


def test_unknown_provider_names_are_rejected(monkeypatch: pytest.MonkeyPatch) -> None:
    set_keys(monkeypatch, "openai")
    monkeypatch.setenv("MILIO_LLM_PROVIDERS", "openai,gemini")
    get_settings.cache_clear()
    with pytest.raises(ConfigurationError, match="gemini"):
        configured_order(get_settings())


def test_a_named_provider_without_a_key_is_rejected(monkeypatch: pytest.MonkeyPatch) -> None:
    set_keys(monkeypatch, "openai")
    monkeypatch.setenv("MILIO_LLM_PROVIDERS", "openai,groq")
    get_settings.cache_clear()
    with pytest.raises(ConfigurationError, match="groq"):
        configured_order(get_settings())


def test_with_no_provider_configured_the_chain_is_empty_and_says_why() -> None:
    chain = get_services().chain
    assert chain.names == ()
    with pytest.raises(NoProviderAnsweredError) as caught:
        chain.complete(system="s", user="u", max_tokens=5)
    assert caught.value.reason == "no provider configured"


def test_the_stream_order_puts_anthropic_first(monkeypatch: pytest.MonkeyPatch) -> None:
    set_keys(monkeypatch, "groq", "openai", "anthropic")
    monkeypatch.setenv("MILIO_LLM_PROVIDERS", "groq,anthropic,openai")
    get_settings.cache_clear()
    assert stream_order(get_settings()) == ["anthropic", "groq", "openai"]


def test_the_stream_order_skips_anthropic_without_a_key(monkeypatch: pytest.MonkeyPatch) -> None:
    set_keys(monkeypatch, "groq")
    assert stream_order(get_settings()) == ["groq"]


def test_models_base_urls_and_timeouts_come_from_settings(
    monkeypatch: pytest.MonkeyPatch, groq_fake: FakeLLMServer
) -> None:
    for name, value in groq_fake.env().items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("MILIO_GROQ_MODEL", "llama-test")
    monkeypatch.setenv("MILIO_LLM_CALL_TIMEOUT_SECONDS", "3")
    monkeypatch.setenv("MILIO_LLM_DEADLINE_SECONDS", "9")
    get_settings.cache_clear()
    groq_fake.script(Reply("configured"))
    chain = get_services().chain
    assert (chain.policy.call_timeout, chain.policy.deadline) == (3.0, 9.0)
    result = chain.complete(system="s", user="u", max_tokens=5)
    assert (result.completion.text, result.completion.model) == ("configured", "llama-test")
    assert groq_fake.requests[0].model == "llama-test"
    assert groq_fake.requests[0].headers["authorization"] == "Bearer test-key"


def test_chains_are_kept_per_process_and_share_providers_and_health(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    set_keys(monkeypatch, "groq", "anthropic")
    chain, stream_chain = get_services().chain, get_services().stream_chain
    assert get_services().chain is chain
    assert chain.names == ("groq", "anthropic")
    assert stream_chain.names == ("anthropic", "groq")
    assert stream_chain.health is chain.health
    assert {id(p) for p in stream_chain.providers} == {id(p) for p in chain.providers}


def test_chains_are_rebuilt_when_the_settings_are_reloaded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    set_keys(monkeypatch, "groq")
    first = get_services().chain
    set_keys(monkeypatch, "openai")
    assert get_services().chain is not first
    assert get_services().chain.names == ("groq", "openai")
