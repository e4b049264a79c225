"""Turning SDK and transport exceptions into `ProviderError`s.

The OpenAI, Groq and Anthropic SDKs share one generated exception hierarchy
(`APIStatusError`, `APITimeoutError`, ...), so one function maps all three; the
SDK module is passed in so nothing is imported here. Mistral's SDK has its own
errors (mapped in `providers.mistral`) but, like Anthropic's stream reader, lets
raw transport errors of `httpx`/`httpx2` through: `transport_error` covers those.
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any

from milio.providers.base import ErrorKind, ProviderError, kind_for_status, parse_retry_after

# What a body that cannot be parsed raises: json.JSONDecodeError and pydantic's
# ValidationError are both ValueErrors; a non-JSON body parsed as text ends in
# attribute or index errors when we read the fields.
MALFORMED_EXCEPTIONS = (ValueError, AttributeError, IndexError, KeyError, TypeError)


def status_error(provider: str, status: int, headers: Any, body: object = None) -> ProviderError:
    retry_after = parse_retry_after(headers.get("retry-after")) if headers is not None else None
    kind = kind_for_status(status, body)
    return ProviderError(provider, kind, status=status, retry_after=retry_after)


def transport_error(provider: str, exc: BaseException) -> ProviderError | None:
    """A timeout or connection failure of either HTTP library, or None if `exc` is neither."""
    for name in ("httpx", "httpx2"):
        module = sys.modules.get(name)  # only loaded once some SDK has been used
        if module is None:
            continue
        if isinstance(exc, module.TimeoutException):
            return ProviderError(provider, ErrorKind.TIMEOUT)
        if isinstance(exc, module.TransportError):
            return ProviderError(provider, ErrorKind.CONNECTION)
    if isinstance(exc, TimeoutError):
        return ProviderError(provider, ErrorKind.TIMEOUT)
    return None


def stainless_error(provider: str, sdk: ModuleType, exc: BaseException) -> ProviderError:
    """Map an exception raised by the openai, groq or anthropic SDK."""
    if isinstance(exc, sdk.APITimeoutError):
        return ProviderError(provider, ErrorKind.TIMEOUT)
    if isinstance(exc, sdk.APIConnectionError):
        return ProviderError(provider, ErrorKind.CONNECTION)
    if isinstance(exc, sdk.APIResponseValidationError):
        return ProviderError(provider, ErrorKind.MALFORMED_RESPONSE)
    if isinstance(exc, sdk.APIStatusError) and exc.status_code >= 400:
        return status_error(provider, exc.status_code, exc.response.headers, exc.body)
    if isinstance(exc, sdk.APIError):
        # An error event inside a 200 SSE stream (e.g. Anthropic "overloaded" mid-stream).
        return ProviderError(provider, ErrorKind.SERVER_ERROR)
    return fallback_error(provider, exc)


def fallback_error(provider: str, exc: BaseException) -> ProviderError:
    mapped = transport_error(provider, exc)
    if mapped is not None:
        return mapped
    if isinstance(exc, MALFORMED_EXCEPTIONS):
        return ProviderError(provider, ErrorKind.MALFORMED_RESPONSE)
    return ProviderError(provider, ErrorKind.UNEXPECTED)
