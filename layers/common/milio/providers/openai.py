"""OpenAI chat completions through the official SDK (imported on first use: ~0.6 s)."""

from __future__ import annotations

from milio.providers.openai_compatible import OpenAICompatibleProvider


class OpenAIProvider(OpenAICompatibleProvider):
    name = "openai"
    sdk_module = "openai"
    sync_client = "OpenAI"
    async_client = "AsyncOpenAI"
    structured_mode = "json_schema"  # strict structured outputs
    stream_usage_asked = True
