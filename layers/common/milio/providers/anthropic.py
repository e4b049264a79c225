"""Anthropic messages through the official SDK (imported on first use: ~1.4 s, the slowest)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Awaitable
from typing import TYPE_CHECKING, Any

from milio.providers.base import (
    Completion,
    ErrorKind,
    OutputSchema,
    ProviderError,
    StreamTally,
    Usage,
)
from milio.providers.calls import relayed_deltas, timed_completion
from milio.providers.clients import ClientCache
from milio.providers.error_mapping import stainless_error

if TYPE_CHECKING:
    from anthropic import Anthropic, AsyncAnthropic
    from anthropic.types import MessageParam


class AnthropicProvider:
    name = "anthropic"

    def __init__(self, *, api_key: str, model: str, base_url: str | None = None) -> None:
        self.model = model
        self._api_key = api_key
        self._base_url = base_url
        self._clients: ClientCache[Anthropic, AsyncAnthropic] = ClientCache(
            self._make_sync, self._make_async
        )

    def _make_sync(self) -> Anthropic:
        import anthropic

        # The chain retries and falls back itself; SDK retries would hide failures from it.
        return anthropic.Anthropic(api_key=self._api_key, base_url=self._base_url, max_retries=0)

    def _make_async(self) -> AsyncAnthropic:
        import anthropic

        return anthropic.AsyncAnthropic(
            api_key=self._api_key, base_url=self._base_url, max_retries=0
        )

    def warm_up(self) -> None:
        self._clients.sync()

    def _to_error(self, exc: Exception) -> ProviderError:
        import anthropic

        return stainless_error(self.name, anthropic, exc)

    def _request(self, system: str, user: str, max_tokens: int, timeout: float) -> dict[str, Any]:
        """What every messages call sends, whatever else it asks for."""
        return {
            "model": self.model,
            "system": system,
            "messages": _messages(user),
            "max_tokens": max_tokens,
            "timeout": timeout,
        }

    def complete(self, *, system: str, user: str, max_tokens: int, timeout: float) -> Completion:
        async def call() -> tuple[str, Usage]:
            message = await self._clients.for_running_loop().messages.create(
                **self._request(system, user, max_tokens, timeout)
            )
            return _text_of(message.content), _usage(message)

        return timed_completion(self.name, self.model, call, self._to_error, timeout)

    def stream(
        self,
        *,
        system: str,
        user: str,
        max_tokens: int,
        timeout: float,
        tally: StreamTally | None = None,
    ) -> AsyncIterator[str]:
        def open_stream() -> Awaitable[Any]:
            return self._clients.for_running_loop().messages.create(
                **self._request(system, user, max_tokens, timeout), stream=True
            )

        return relayed_deltas(
            self.name, open_stream, _delta_text, _is_end, self._to_error, _event_usage, tally
        )

    def complete_structured(
        self, *, system: str, user: str, output: OutputSchema, max_tokens: int, timeout: float
    ) -> Completion:
        """Tool use: one tool whose input schema is ``output``, and the model made to call it."""

        async def call() -> tuple[str, Usage]:
            message = await self._clients.for_running_loop().messages.create(
                **self._request(system, user, max_tokens, timeout),
                tools=[
                    {
                        "name": output.name,
                        "description": output.description,
                        "input_schema": dict(output.schema),
                    }
                ],
                tool_choice={"type": "tool", "name": output.name},
            )
            return _tool_input(message.content), _usage(message)

        return timed_completion(self.name, self.model, call, self._to_error, timeout)


def _messages(user: str) -> list[MessageParam]:
    return [{"role": "user", "content": user}]


def _text_of(blocks: Any) -> str:
    text = "".join(block.text for block in blocks if getattr(block, "type", None) == "text")
    if not text.strip():
        raise ProviderError(AnthropicProvider.name, ErrorKind.MALFORMED_RESPONSE)
    return text


def _tool_input(blocks: Any) -> str:
    for block in blocks:
        if getattr(block, "type", None) == "tool_use" and isinstance(block.input, dict):
            return json.dumps(block.input)
    raise ProviderError(AnthropicProvider.name, ErrorKind.MALFORMED_RESPONSE)


def _usage(message: Any) -> Usage:
    """Input (cache writes and reads included: all billed) and output tokens of a message."""
    usage = getattr(message, "usage", None)
    parts = [
        getattr(usage, name, None)
        for name in ("input_tokens", "cache_creation_input_tokens", "cache_read_input_tokens")
    ]
    counts = [part for part in parts if isinstance(part, int)]
    output = getattr(usage, "output_tokens", None)
    return Usage(
        sum(counts) if isinstance(parts[0], int) else None,
        output if isinstance(output, int) else None,
    )


def _event_usage(event: Any) -> Usage:
    """``message_start`` carries the input tokens, ``message_delta`` the output so far."""
    kind = getattr(event, "type", None)
    if kind == "message_start":
        return Usage(_usage(event.message).input_tokens, None)
    if kind == "message_delta":
        return _usage(event)
    return Usage(None, None)


def _is_end(event: Any) -> bool:
    return getattr(event, "type", None) == "message_stop"


def _delta_text(event: Any) -> str:
    if getattr(event, "type", None) != "content_block_delta":
        return ""
    delta = event.delta
    return delta.text if getattr(delta, "type", None) == "text_delta" else ""
