"""The one way every provider makes a call and relays a stream.

Each provider supplies the SDK call and its own mapping from SDK exceptions to
ProviderError; the timing, the error wrapping and the closing of a stream
(stop paying for tokens nobody will read) are the same for all and live here.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

from milio.providers.base import Completion, ProviderError

ErrorMapper = Callable[[Exception], ProviderError]


def timed_completion(
    provider: str, model: str, call: Callable[[], tuple[str, int | None]], to_error: ErrorMapper
) -> Completion:
    """Run ``call`` (answering text and output tokens) and time it; raise ProviderError only."""
    started = time.perf_counter()
    try:
        text, tokens = call()
    except ProviderError:
        raise
    except Exception as exc:
        raise to_error(exc) from exc
    latency = (time.perf_counter() - started) * 1000
    return Completion(text, provider, model, latency, tokens)


async def relayed_deltas(
    open_stream: Callable[[], Awaitable[Any]], text_of: Callable[[Any], str], to_error: ErrorMapper
) -> AsyncIterator[str]:
    """The text of each event of the stream ``open_stream()`` answers, opened on first
    iteration; the stream is always closed."""
    try:
        upstream = await open_stream()
    except Exception as exc:
        raise to_error(exc) from exc
    try:
        async for event in upstream:
            if text := text_of(event):
                yield text
    except Exception as exc:
        raise to_error(exc) from exc
    finally:
        await upstream.close()  # stop paying for tokens nobody will read
