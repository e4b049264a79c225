"""Reading the chat-completions shape that OpenAI, Groq and Mistral all answer with."""

from __future__ import annotations

import json
from typing import Any

from milio.providers.base import ErrorKind, OutputSchema, ProviderError


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


def structured_text(provider: str, response: Any) -> tuple[str, int | None]:
    """The object a structured answer holds: a forced tool call's arguments, or the content."""
    message = response.choices[0].message
    calls = getattr(message, "tool_calls", None) or []
    if calls:
        arguments = getattr(calls[0].function, "arguments", None)
        if not isinstance(arguments, str) or not arguments.strip():
            raise ProviderError(provider, ErrorKind.MALFORMED_RESPONSE)
        usage = getattr(response, "usage", None)
        tokens = getattr(usage, "completion_tokens", None)
        return arguments, tokens if isinstance(tokens, int) else None
    return completion_text(provider, response)


def is_final_chunk(chunk: Any) -> bool:
    """The chunk that ends a complete answer carries a finish reason (the SDKs swallow
    the ``[DONE]`` line after it)."""
    choices = getattr(chunk, "choices", None)
    if not choices:
        return False
    return getattr(choices[0], "finish_reason", None) is not None
