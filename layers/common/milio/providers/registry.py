"""Building providers and chains from settings.

The fallback order comes from MILIO_LLM_PROVIDERS (comma list), or by default
every provider with an API key in the order groq, openai, anthropic, mistral.
Building a provider imports no SDK: each imports its own on first use.
"""

from __future__ import annotations

from collections.abc import Sequence

from milio.errors import ConfigurationError
from milio.providers.base import Provider
from milio.providers.chain import ChainPolicy, ProviderChain
from milio.providers.health import ProviderHealth
from milio.settings import Settings

DEFAULT_ORDER = ("groq", "openai", "anthropic", "mistral")
# The stream endpoint prefers Anthropic, then falls back to the configured chain.
STREAM_FIRST = ("anthropic",)


def _make(name: str, settings: Settings, *, api_key: str, model: str) -> Provider:
    """The provider class is imported by name so only chosen providers' modules load."""
    base_url: str | None = getattr(settings, f"{name}_base_url")
    if name in ("groq", "openai"):
        from milio.providers.groq import GroqProvider
        from milio.providers.openai import OpenAIProvider

        kind = GroqProvider if name == "groq" else OpenAIProvider
        return kind(
            api_key=api_key,
            model=model,
            base_url=base_url,
            reasoning_effort=getattr(settings, f"{name}_reasoning_effort"),
            reasoning_allowance=settings.reasoning_token_allowance,
        )
    if name == "anthropic":
        from milio.providers.anthropic import AnthropicProvider

        return AnthropicProvider(api_key=api_key, model=model, base_url=base_url)
    from milio.providers.mistral import MistralProvider

    return MistralProvider(api_key=api_key, model=model, base_url=base_url)


def _api_key(settings: Settings, name: str) -> str | None:
    secret = getattr(settings, f"{name}_api_key")
    return secret.get_secret_value() if secret is not None else None


def configured_order(settings: Settings) -> list[str]:
    """Provider names in fallback order; unknown or keyless names are configuration errors."""
    if settings.llm_providers is None or not settings.llm_providers.strip():
        return [name for name in DEFAULT_ORDER if _api_key(settings, name)]
    names = [name.strip().lower() for name in settings.llm_providers.split(",") if name.strip()]
    unknown = sorted(set(names) - set(DEFAULT_ORDER))
    if unknown:
        raise ConfigurationError(
            f"MILIO_LLM_PROVIDERS names unknown providers {unknown}; known: {list(DEFAULT_ORDER)}"
        )
    keyless = [name for name in names if not _api_key(settings, name)]
    if keyless:
        raise ConfigurationError(
            f"MILIO_LLM_PROVIDERS names providers without an API key: {keyless}"
        )
    return list(dict.fromkeys(names))  # first mention wins


def build_provider(settings: Settings, name: str) -> Provider:
    api_key = _api_key(settings, name)
    if api_key is None:
        raise ConfigurationError(f"no API key for provider {name!r}")
    model: str = getattr(settings, f"{name}_model")
    return _make(name, settings, api_key=api_key, model=model)


def stream_order(settings: Settings, first: Sequence[str] = STREAM_FIRST) -> list[str]:
    """`first` (those with a key), then the configured order without repeats."""
    preferred = [name for name in first if _api_key(settings, name)]
    return list(dict.fromkeys([*preferred, *configured_order(settings)]))


def policy_from(settings: Settings) -> ChainPolicy:
    return ChainPolicy(
        call_timeout=settings.llm_call_timeout_seconds,
        deadline=settings.llm_deadline_seconds,
        stream_idle=settings.stream_idle_seconds,
        stream_max=settings.stream_max_seconds,
    )


def build_chain(
    settings: Settings, names: list[str], *, sharing: ProviderChain | None = None
) -> ProviderChain:
    """A chain of ``names``; with ``sharing``, its provider objects and health record reused."""
    existing = {p.name: p for p in sharing.providers} if sharing else {}
    health = sharing.health if sharing else ProviderHealth()
    providers = [existing.get(name) or build_provider(settings, name) for name in names]
    return ProviderChain(providers, policy=policy_from(settings), health=health)
