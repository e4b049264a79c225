"""Mistral chat completions through the official SDK 3.x (imported on first use: ~0.35 s).

The SDK does not retry unless given a retry config, which the chain never passes.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

from milio.providers.base import Completion, ErrorKind, ProviderError
from milio.providers.chat_completions import completion_text, delta_text
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
        started = time.perf_counter()
        try:
            response = self._clients.sync().chat.complete(
                model=self.model,
                messages=_messages(system, user),
                max_tokens=max_tokens,
                timeout_ms=_ms(timeout),
            )
            text, tokens = completion_text(self.name, response)
        except ProviderError:
            raise
        except Exception as exc:
            raise _mapped(exc) from exc
        latency = (time.perf_counter() - started) * 1000
        return Completion(text, self.name, self.model, latency, tokens)

    async def stream(
        self,
        *,
        system: str,
        user: str,
        max_tokens: int,
        timeout: float,  # noqa: ASYNC109 (passed to the SDK as its connect/read timeout)
    ) -> AsyncIterator[str]:
        try:
            upstream = await self._clients.for_running_loop().chat.stream_async(
                model=self.model,
                messages=_messages(system, user),
                max_tokens=max_tokens,
                timeout_ms=_ms(timeout),
            )
        except Exception as exc:
            raise _mapped(exc) from exc
        try:
            async for event in upstream:
                if text := delta_text(event.data):
                    yield text
        except Exception as exc:
            raise _mapped(exc) from exc
        finally:
            # Stop paying for tokens nobody will read (the SDK's close() is unannotated).
            await upstream.close()  # type: ignore[no-untyped-call]


def _messages(system: str, user: str) -> list[ChatCompletionRequestMessageTypedDict]:
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


def _ms(seconds: float) -> int:
    return max(1, int(seconds * 1000))


def _mapped(exc: Exception) -> ProviderError:
    from mistralai.client import errors

    name = MistralProvider.name
    if isinstance(exc, errors.MistralError) and exc.status_code >= 400:
        return status_error(name, exc.status_code, exc.headers)
    if isinstance(exc, errors.MistralError):  # a 200 whose body did not match the schema
        return ProviderError(name, ErrorKind.MALFORMED_RESPONSE)
    if isinstance(exc, errors.NoResponseError):
        return ProviderError(name, ErrorKind.CONNECTION)
    return fallback_error(name, exc)
