"""Groq's OpenAI-compatible chat completions through its official SDK (~0.2 s to import).

The SDK appends `/openai/v1/...` itself, so a base URL is the host root.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

from milio.providers.base import Completion, ProviderError
from milio.providers.chat_completions import completion_text, delta_text
from milio.providers.clients import ClientCache
from milio.providers.error_mapping import stainless_error

if TYPE_CHECKING:
    from groq import AsyncGroq, Groq
    from groq.types.chat import ChatCompletionMessageParam


class GroqProvider:
    name = "groq"

    def __init__(self, *, api_key: str, model: str, base_url: str | None = None) -> None:
        self.model = model
        self._api_key = api_key
        self._base_url = base_url
        self._clients: ClientCache[Groq, AsyncGroq] = ClientCache(self._make_sync, self._make_async)

    def _make_sync(self) -> Groq:
        import groq

        # The chain retries and falls back itself; SDK retries would hide failures from it.
        return groq.Groq(api_key=self._api_key, base_url=self._base_url, max_retries=0)

    def _make_async(self) -> AsyncGroq:
        import groq

        return groq.AsyncGroq(api_key=self._api_key, base_url=self._base_url, max_retries=0)

    def warm_up(self) -> None:
        self._clients.sync()

    def complete(self, *, system: str, user: str, max_tokens: int, timeout: float) -> Completion:
        import groq

        started = time.perf_counter()
        try:
            response = self._clients.sync().chat.completions.create(
                model=self.model,
                messages=_messages(system, user),
                max_completion_tokens=max_tokens,
                timeout=timeout,
            )
            text, tokens = completion_text(self.name, response)
        except ProviderError:
            raise
        except Exception as exc:
            raise stainless_error(self.name, groq, exc) from exc
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
        import groq

        try:
            upstream = await self._clients.for_running_loop().chat.completions.create(
                model=self.model,
                messages=_messages(system, user),
                max_completion_tokens=max_tokens,
                timeout=timeout,
                stream=True,
            )
        except Exception as exc:
            raise stainless_error(self.name, groq, exc) from exc
        try:
            async for chunk in upstream:
                if text := delta_text(chunk):
                    yield text
        except Exception as exc:
            raise stainless_error(self.name, groq, exc) from exc
        finally:
            await upstream.close()  # stop paying for tokens nobody will read


def _messages(system: str, user: str) -> list[ChatCompletionMessageParam]:
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]
