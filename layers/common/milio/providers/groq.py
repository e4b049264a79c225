"""Groq's OpenAI-compatible chat completions through its official SDK (~0.2 s to import).

The SDK appends `/openai/v1/...` itself, so a base URL is the host root.
"""

from __future__ import annotations

from milio.providers.openai_compatible import OpenAICompatibleProvider


class GroqProvider(OpenAICompatibleProvider):
    name = "groq"
    sdk_module = "groq"
    sync_client = "Groq"
    async_client = "AsyncGroq"
    # Tool use works on every Groq chat model; JSON schema output only on some.
    structured_mode = "tool"
    stream_usage_asked = False
