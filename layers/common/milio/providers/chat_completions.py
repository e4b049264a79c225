"""Reading the chat-completions shape that OpenAI, Groq and Mistral all answer with."""

from __future__ import annotations

from typing import Any

from milio.providers.base import ErrorKind, ProviderError


def message_text(content: Any) -> str:
    """Message content: a string, or (Mistral) a list of chunks of which text ones count."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(
            text for chunk in content if isinstance(text := getattr(chunk, "text", None), str)
        )
    return ""


def completion_text(provider: str, response: Any) -> tuple[str, int | None]:
    """The answer's text and output-token count; an answer without text is malformed."""
    text = message_text(response.choices[0].message.content)
    if not text.strip():
        raise ProviderError(provider, ErrorKind.MALFORMED_RESPONSE)
    usage = getattr(response, "usage", None)
    tokens = getattr(usage, "completion_tokens", None)
    return text, tokens if isinstance(tokens, int) else None


def delta_text(chunk: Any) -> str:
    """The text of one streamed chunk; role-only and final chunks have none."""
    choices = getattr(chunk, "choices", None)
    if not choices:
        return ""
    return message_text(choices[0].delta.content)


def is_final_chunk(chunk: Any) -> bool:
    """The chunk that ends a complete answer carries a finish reason (the SDKs swallow
    the ``[DONE]`` line after it)."""
    choices = getattr(chunk, "choices", None)
    if not choices:
        return False
    return getattr(choices[0], "finish_reason", None) is not None
