"""Mistral chat completions through the official SDK 3.x (imported on first use: ~0.35 s).

The SDK does not retry unless given a retry config, which the chain never passes.
"""

from __future__ import annotations

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
from milio.providers.chat_completions import (
    completion_text,
    delta_text,
    is_final_chunk,
    json_mode_instruction,
    usage_of,
)
from milio.providers.clients import ClientCache
from milio.providers.error_mapping import fallback_error, status_error

if TYPE_CHECKING:
    from mistralai.client import Mistral
    from mistralai.client.models import ChatCompletionRequestMessageTypedDict


class MistralProvider:
    name = "mistral"

    def __init__(self, *, api_key: str, model: str, base_url: str | None = None) -> None:
        self.model = model
        self._api_key = api_key
        self._base_url = base_url
        # Each Mistral object owns a sync and an async HTTP client; one per loop for streams.
        self._clients: ClientCache[Mistral, Mistral] = ClientCache(self._make, self._make)

    def _make(self) -> Mistral:
        from mistralai.client import Mistral

        return Mistral(api_key=self._api_key, server_url=self._base_url)

    def warm_up(self) -> None:
        self._clients.sync()

    def complete(self, *, system: str, user: str, max_tokens: int, timeout: float) -> Completion:
        async def call() -> tuple[str, Usage]:
            response = await self._clients.for_running_loop().chat.complete_async(
                model=self.model,
                messages=_messages(system, user),
                max_tokens=max_tokens,
                timeout_ms=_ms(timeout),
            )
            return completion_text(self.name, response)

        return timed_completion(self.name, self.model, call, _mapped, timeout)

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
            return self._clients.for_running_loop().chat.stream_async(
                model=self.model,
                messages=_messages(system, user),
                max_tokens=max_tokens,
                timeout_ms=_ms(timeout),
            )

        return relayed_deltas(
            self.name,
            open_stream,
            lambda event: delta_text(event.data),
            lambda event: is_final_chunk(event.data),
            _mapped,
            lambda event: usage_of(event.data),
            tally,
        )

    def complete_structured(
        self, *, system: str, user: str, output: OutputSchema, max_tokens: int, timeout: float
    ) -> Completion:
        """JSON mode: a JSON object is guaranteed; the schema travels in the instructions."""

        async def call() -> tuple[str, Usage]:
            response = await self._clients.for_running_loop().chat.complete_async(
                model=self.model,
                messages=_messages(system + json_mode_instruction(output), user),
                max_tokens=max_tokens,
                timeout_ms=_ms(timeout),
                response_format={"type": "json_object"},
            )
            return completion_text(self.name, response)

        return timed_completion(self.name, self.model, call, _mapped, timeout)


def _messages(system: str, user: str) -> list[ChatCompletionRequestMessageTypedDict]:
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


def _ms(seconds: float) -> int:
    return max(1, int(seconds * 1000))


def _mapped(exc: Exception) -> ProviderError:
    from mistralai.client import errors

    name = MistralProvider.name
    if isinstance(exc, errors.MistralError) and exc.status_code >= 400:
        return status_error(name, exc.status_code, exc.headers, exc.body)
    if isinstance(exc, errors.MistralError):  # a 200 whose body did not match the schema
        return ProviderError(name, ErrorKind.MALFORMED_RESPONSE)
    if isinstance(exc, errors.NoResponseError):
        return ProviderError(name, ErrorKind.CONNECTION)
    return fallback_error(name, exc)
