"""Reading the chat-completions shape that OpenAI, Groq and Mistral all answer with."""

from __future__ import annotations

import json
from typing import Any

from milio.providers.base import ErrorKind, OutputSchema, ProviderError, Usage


def message_text(content: Any) -> str:
    """Message content: a string, or (Mistral) a list of chunks of which text ones count."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(
            text for chunk in content if isinstance(text := getattr(chunk, "text", None), str)
        )
    return ""


def completion_text(provider: str, response: Any) -> tuple[str, Usage]:
    """The answer's text and token usage; an answer without text is malformed."""
    text = message_text(response.choices[0].message.content)
    if not text.strip():
        raise ProviderError(provider, ErrorKind.MALFORMED_RESPONSE)
    return text, usage_of(response)


def usage_of(response: Any) -> Usage:
    """``usage.prompt_tokens`` and ``usage.completion_tokens`` of an answer or a stream's
    chunk (Groq's streams: under ``x_groq``); None where absent or not a count."""
    usage = getattr(response, "usage", None)
    if usage is None:
        usage = getattr(getattr(response, "x_groq", None), "usage", None)
        if usage is None and isinstance(extra := getattr(response, "x_groq", None), dict):
            usage = extra.get("usage")
    return Usage(_count(usage, "prompt_tokens"), _count(usage, "completion_tokens"))


def _count(usage: Any, name: str) -> int | None:
    value = usage.get(name) if isinstance(usage, dict) else getattr(usage, name, None)
    return value if isinstance(value, int) and value >= 0 else None


def delta_text(chunk: Any) -> str:
    """The text of one streamed chunk; role-only and final chunks have none."""
    choices = getattr(chunk, "choices", None)
    if not choices:
        return ""
    return message_text(choices[0].delta.content)


def json_schema_format(output: OutputSchema) -> dict[str, Any]:
    """``response_format`` of a strict JSON-schema answer (OpenAI's structured outputs)."""
    schema = {
        "name": output.name,
        "description": output.description,
        "schema": dict(output.schema),
        "strict": True,
    }
    return {"type": "json_schema", "json_schema": schema}


def forced_tool(output: OutputSchema) -> dict[str, Any]:
    """``tools`` and ``tool_choice`` that make the model call one function with the object."""
    function = {
        "name": output.name,
        "description": output.description,
        "parameters": dict(output.schema),
    }
    return {
        "tools": [{"type": "function", "function": function}],
        "tool_choice": {"type": "function", "function": {"name": output.name}},
    }


def json_mode_instruction(output: OutputSchema) -> str:
    """What JSON mode (which takes no schema) is told instead, appended to the system prompt."""
    return (
        f"\n\nReply with one JSON object ({output.description}) that fits this JSON schema, "
        f"and nothing else:\n{json.dumps(output.schema)}"
    )


def structured_text(provider: str, response: Any) -> tuple[str, Usage]:
    """The object a structured answer holds: a forced tool call's arguments, or the content."""
    message = response.choices[0].message
    calls = getattr(message, "tool_calls", None) or []
    if calls:
        arguments = getattr(calls[0].function, "arguments", None)
        if not isinstance(arguments, str) or not arguments.strip():
            raise ProviderError(provider, ErrorKind.MALFORMED_RESPONSE)
        return arguments, usage_of(response)
    return completion_text(provider, response)


def is_final_chunk(chunk: Any) -> bool:
    """The chunk that ends a complete answer carries a finish reason (the SDKs swallow
    the ``[DONE]`` line after it)."""
    choices = getattr(chunk, "choices", None)
    if not choices:
        return False
    return getattr(choices[0], "finish_reason", None) is not None
