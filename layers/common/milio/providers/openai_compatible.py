"""Chat completions through an OpenAI-style SDK: OpenAI's own, or Groq's twin of it.

Both SDKs are generated from the same shape (clients, errors, streams), so one
class drives either; the SDK module is imported on first use, not at import.
"""

from __future__ import annotations

import importlib
from collections.abc import AsyncIterator, Awaitable
from types import ModuleType
from typing import Any, ClassVar, Literal

from milio.providers.base import Completion, OutputSchema, ProviderError, StreamTally, Usage
from milio.providers.calls import relayed_deltas, timed_completion
from milio.providers.chat_completions import (
    completion_text,
    delta_text,
    forced_tool,
    is_final_chunk,
    json_schema_format,
    structured_text,
    usage_of,
)
from milio.providers.clients import ClientCache
from milio.providers.error_mapping import stainless_error


class OpenAICompatibleProvider:
    name: str
    sdk_module: str
    sync_client: str
    async_client: str
    # How a structured answer is asked for: a strict JSON schema, or a forced tool call.
    structured_mode: ClassVar[Literal["json_schema", "tool"]]
    # Whether a stream must ask for its usage (OpenAI: ``stream_options``, which the Groq
    # SDK does not take; Groq sends the usage unasked, under ``x_groq``).
    stream_usage_asked: ClassVar[bool]

    def __init__(
        self,
        *,
        api_key: str,
        model: str,
        base_url: str | None = None,
        reasoning_effort: str = "omit",
        reasoning_allowance: int = 0,
    ) -> None:
        self.model = model
        self._api_key = api_key
        self._base_url = base_url
        self._reasoning_effort = reasoning_effort
        # Reasoning tokens count against max_completion_tokens: room for them on top.
        self._reasoning_allowance = (
            reasoning_allowance if reasoning_effort not in ("omit", "none") else 0
        )
        self._clients: ClientCache[Any, Any] = ClientCache(self._make_sync, self._make_async)

    def _sdk(self) -> ModuleType:
        return importlib.import_module(self.sdk_module)

    def _make_client(self, class_name: str) -> Any:
        # The chain retries and falls back itself; SDK retries would hide failures from it.
        client_class = getattr(self._sdk(), class_name)
        return client_class(api_key=self._api_key, base_url=self._base_url, max_retries=0)

    def _make_sync(self) -> Any:
        return self._make_client(self.sync_client)

    def _make_async(self) -> Any:
        return self._make_client(self.async_client)

    def warm_up(self) -> None:
        self._clients.sync()

    def _to_error(self, exc: Exception) -> ProviderError:
        return stainless_error(self.name, self._sdk(), exc)

    def _request(self, system: str, user: str, max_tokens: int, timeout: float) -> dict[str, Any]:
        """What every chat-completions call sends, whatever else it asks for."""
        request: dict[str, Any] = {
            "model": self.model,
            "messages": _messages(system, user),
            "max_completion_tokens": max_tokens + self._reasoning_allowance,
            "timeout": timeout,
        }
        if self._reasoning_effort != "omit":
            request["reasoning_effort"] = self._reasoning_effort
        return request

    def complete(self, *, system: str, user: str, max_tokens: int, timeout: float) -> Completion:
        async def call() -> tuple[str, Usage]:
            response = await self._clients.for_running_loop().chat.completions.create(
                **self._request(system, user, max_tokens, timeout)
            )
            return completion_text(self.name, response)

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
            asked = {"stream_options": {"include_usage": True}} if self.stream_usage_asked else {}
            return self._clients.for_running_loop().chat.completions.create(  # type: ignore[no-any-return]
                **self._request(system, user, max_tokens, timeout), stream=True, **asked
            )

        return relayed_deltas(
            self.name, open_stream, delta_text, is_final_chunk, self._to_error, usage_of, tally
        )

    def complete_structured(
        self, *, system: str, user: str, output: OutputSchema, max_tokens: int, timeout: float
    ) -> Completion:
        if self.structured_mode == "json_schema":
            shape: dict[str, Any] = {"response_format": json_schema_format(output)}
        else:
            shape = forced_tool(output)

        async def call() -> tuple[str, Usage]:
            response = await self._clients.for_running_loop().chat.completions.create(
                **self._request(system, user, max_tokens, timeout), **shape
            )
            return structured_text(self.name, response)

        return timed_completion(self.name, self.model, call, self._to_error, timeout)


def _messages(system: str, user: str) -> list[dict[str, str]]:
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]
