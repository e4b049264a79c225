"""The one way every provider makes a call and relays a stream.

Each provider supplies the SDK call and its own mapping from SDK exceptions to
ProviderError; the timing, the error wrapping and the closing of a stream
(stop paying for tokens nobody will read) are the same for all and live here.

A completion's ``timeout`` bounds the whole call. The SDKs' own timeouts bound
each read only: a provider dripping a byte every few seconds never trips them.
So a blocking caller's call runs on the SDK's async client, on one event loop
kept in a daemon thread for the process, inside ``asyncio.timeout``: when the
time is up the request is cancelled and its connection closed.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine
from typing import Any

from milio.providers.base import Completion, ErrorKind, ProviderError, StreamTally, Usage

ErrorMapper = Callable[[Exception], ProviderError]


class _ProvidersLoop:
    """The event loop blocking callers run provider calls on (started on first use)."""

    def __init__(self) -> None:
        self._loop: asyncio.AbstractEventLoop | None = None
        self._lock = threading.Lock()

    def run[T](self, call: Coroutine[Any, Any, T]) -> T:
        with self._lock:
            if self._loop is None:
                self._loop = asyncio.new_event_loop()
                thread = threading.Thread(
                    target=self._loop.run_forever, name="providers", daemon=True
                )
                thread.start()
        return asyncio.run_coroutine_threadsafe(call, self._loop).result()


_providers_loop = _ProvidersLoop()


def timed_completion(
    provider: str,
    model: str,
    call: Callable[[], Awaitable[tuple[str, Usage]]],
    to_error: ErrorMapper,
    timeout: float,
) -> Completion:
    """Run ``call`` (answering text and token usage) for at most ``timeout`` seconds in
    all, and time it; raise ProviderError only."""

    async def bounded() -> tuple[str, Usage]:
        async with asyncio.timeout(timeout):
            return await call()

    started = time.perf_counter()
    try:
        text, usage = _providers_loop.run(bounded())
    except ProviderError:
        raise
    except TimeoutError as exc:  # ours: the total time ran out, the request is cancelled
        raise ProviderError(provider, ErrorKind.TIMEOUT) from exc
    except Exception as exc:
        raise to_error(exc) from exc
    latency = (time.perf_counter() - started) * 1000
    return Completion(text, provider, model, latency, usage.output_tokens, usage.input_tokens)


async def relayed_deltas(
    provider: str,
    open_stream: Callable[[], Awaitable[Any]],
    text_of: Callable[[Any], str],
    is_end: Callable[[Any], bool],
    to_error: ErrorMapper,
    usage_of: Callable[[Any], Usage],
    tally: StreamTally | None,
) -> AsyncIterator[str]:
    """The text of each event of the stream ``open_stream()`` answers, opened on first
    iteration; the stream is always closed. A stream that ends without the API's end
    marker (``is_end``) was cut short upstream: ProviderError TRUNCATED, never a
    complete answer. The usage events report (``usage_of``) goes to ``tally``."""
    try:
        upstream = await open_stream()
    except Exception as exc:
        raise to_error(exc) from exc
    ended = False
    try:
        async for event in upstream:
            ended = ended or is_end(event)
            if tally is not None:
                tally.add(usage_of(event))
            if text := text_of(event):
                yield text
    except Exception as exc:
        raise to_error(exc) from exc
    finally:
        await upstream.close()  # stop paying for tokens nobody will read
    if not ended:
        raise ProviderError(provider, ErrorKind.TRUNCATED)
