"""Anthropic messages through the official SDK (imported on first use: ~1.4 s, the slowest)."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

from milio.providers.base import Completion, ErrorKind, ProviderError
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

    def complete(self, *, system: str, user: str, max_tokens: int, timeout: float) -> Completion:
        import anthropic

        started = time.perf_counter()
        try:
            message = self._clients.sync().messages.create(
                model=self.model,
                system=system,
                messages=_messages(user),
                max_tokens=max_tokens,
                timeout=timeout,
            )
            text = _text_of(message.content)
            tokens = message.usage.output_tokens
        except ProviderError:
            raise
        except Exception as exc:
            raise stainless_error(self.name, anthropic, exc) from exc
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
        import anthropic

        try:
            upstream = await self._clients.for_running_loop().messages.create(
                model=self.model,
                system=system,
                messages=_messages(user),
                max_tokens=max_tokens,
                timeout=timeout,
                stream=True,
            )
        except Exception as exc:
            raise stainless_error(self.name, anthropic, exc) from exc
        try:
            async for event in upstream:
                if text := _delta_text(event):
                    yield text
        except Exception as exc:
            raise stainless_error(self.name, anthropic, exc) from exc
        finally:
            await upstream.close()  # stop paying for tokens nobody will read


def _messages(user: str) -> list[MessageParam]:
    return [{"role": "user", "content": user}]


def _text_of(blocks: Any) -> str:
    text = "".join(block.text for block in blocks if getattr(block, "type", None) == "text")
    if not text.strip():
        raise ProviderError(AnthropicProvider.name, ErrorKind.MALFORMED_RESPONSE)
    return text


def _delta_text(event: Any) -> str:
    if getattr(event, "type", None) != "content_block_delta":
        return ""
    delta = event.delta
    return delta.text if getattr(delta, "type", None) == "text_delta" else ""
