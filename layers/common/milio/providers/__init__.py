"""Language-model providers behind one small interface, and the chain that falls back across them.

Importing this package imports no provider SDK; each SDK is imported when its
provider is first called. The process's chains are held by ``milio.services``:

    result = services.chain.complete(system=..., user=..., max_tokens=...)
    async with services.stream_chain.stream(system=..., user=..., max_tokens=...) as deltas:
        async for text in deltas: ...
"""

from milio.providers.base import (
    Completion,
    ErrorKind,
    Failure,
    OutputSchema,
    Provider,
    ProviderError,
)
from milio.providers.chain import (
    ChainPolicy,
    ChainResult,
    ChainStream,
    NoProviderAnsweredError,
    ProviderChain,
    StreamInterruptedError,
)
from milio.providers.health import ProviderHealth
from milio.providers.registry import (
    build_chain,
    build_provider,
    configured_order,
    stream_order,
)

__all__ = [
    "ChainPolicy",
    "ChainResult",
    "ChainStream",
    "Completion",
    "ErrorKind",
    "Failure",
    "NoProviderAnsweredError",
    "OutputSchema",
    "Provider",
    "ProviderChain",
    "ProviderError",
    "ProviderHealth",
    "StreamInterruptedError",
    "build_chain",
    "build_provider",
    "configured_order",
    "stream_order",
]
