"""The boundary every language-model provider implements, and its error taxonomy.

Plain Python: no SDK is imported here, so importing this module costs nothing.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, NamedTuple, Protocol


class Usage(NamedTuple):
    """Tokens the provider reports for one call (None: not reported)."""

    input_tokens: int | None
    output_tokens: int | None


@dataclass(slots=True)
class StreamTally:
    """The usage a stream reports as it goes (the latest count of each kind wins: the APIs
    send running or final totals), for whoever pays for the stream."""

    input_tokens: int | None = None
    output_tokens: int | None = None

    def add(self, usage: Usage) -> None:
        if usage.input_tokens is not None:
            self.input_tokens = usage.input_tokens
        if usage.output_tokens is not None:
            self.output_tokens = usage.output_tokens

    @property
    def usage(self) -> Usage:
        return Usage(self.input_tokens, self.output_tokens)


@dataclass(frozen=True, slots=True)
class Completion:
    text: str
    provider: str
    model: str
    latency_ms: float
    output_tokens: int | None
    input_tokens: int | None = None


@dataclass(frozen=True, slots=True)
class OutputSchema:
    """The one JSON object a structured call must answer with."""

    name: str  # a tool or schema name: letters, digits, "_" and "-"
    description: str
    schema: Mapping[str, Any]  # a JSON Schema of an object, strict-mode compatible


class Provider(Protocol):
    """One language model behind one API. Implementations raise only `ProviderError`."""

    @property
    def name(self) -> str: ...

    @property
    def model(self) -> str: ...

    def warm_up(self) -> None:
        """Import the SDK and make the client now (e.g. during a Lambda init phase)."""
        ...

    def complete(self, *, system: str, user: str, max_tokens: int, timeout: float) -> Completion:
        """One blocking call; `timeout` bounds the connection and each wait for bytes."""
        ...

    def stream(
        self,
        *,
        system: str,
        user: str,
        max_tokens: int,
        timeout: float,
        tally: StreamTally | None = None,
    ) -> AsyncIterator[str]:
        """Text deltas as they arrive. Closing the iterator closes the upstream response.
        The usage the stream reports is added to ``tally``."""
        ...

    def complete_structured(
        self, *, system: str, user: str, output: OutputSchema, max_tokens: int, timeout: float
    ) -> Completion:
        """One blocking call answered with one JSON object meant to fit ``output``.

        Each API's own way (a JSON schema, a forced tool call, JSON mode); the
        completion's text is that object as JSON, not yet validated.
        """
        ...


class ErrorKind(StrEnum):
    RATE_LIMITED = "rate_limited"
    SERVER_ERROR = "server_error"
    TIMEOUT = "timeout"
    CONNECTION = "connection"
    AUTHENTICATION = "authentication"
    # The configured model does not exist (any more): a configuration error, not an outage.
    MODEL_NOT_FOUND = "model_not_found"
    BAD_REQUEST = "bad_request"
    MALFORMED_RESPONSE = "malformed_response"
    TRUNCATED = "truncated"  # a stream that closed without the API's end marker
    UNEXPECTED = "unexpected"


# Worth trying the same provider again: the next attempt may well succeed.
RETRYABLE_KINDS = frozenset(
    {
        ErrorKind.RATE_LIMITED,
        ErrorKind.SERVER_ERROR,
        ErrorKind.TIMEOUT,
        ErrorKind.CONNECTION,
        ErrorKind.TRUNCATED,
    }
)


class ProviderError(Exception):
    """A failed call, classified. The message never holds SDK text (it may echo request data)."""

    def __init__(
        self,
        provider: str,
        kind: ErrorKind,
        *,
        status: int | None = None,
        retry_after: float | None = None,
    ) -> None:
        detail = f" (HTTP {status})" if status is not None else ""
        super().__init__(f"{provider}: {kind.value}{detail}")
        self.provider = provider
        self.kind = kind
        self.status = status
        self.retry_after = retry_after

    @property
    def retryable(self) -> bool:
        return self.kind in RETRYABLE_KINDS


@dataclass(frozen=True, slots=True)
class Failure:
    """One failed attempt, for the caller's logs."""

    provider: str
    kind: ErrorKind
    latency_ms: float
    status: int | None = None


# How the providers name a missing model in a 400 body (Groq: model_decommissioned;
# Mistral: invalid_model); OpenAI and Anthropic answer 404 (model_not_found, not_found_error).
_MISSING_MODEL_MARKERS = ("model_not_found", "model_decommissioned", "invalid_model")


def kind_for_status(status: int, body: object = None) -> ErrorKind:
    if status == 404 or (status == 400 and any(m in str(body) for m in _MISSING_MODEL_MARKERS)):
        return ErrorKind.MODEL_NOT_FOUND
    if status == 429:
        return ErrorKind.RATE_LIMITED
    if status in (401, 403):
        return ErrorKind.AUTHENTICATION
    if status in (408, 504):
        return ErrorKind.TIMEOUT
    if status >= 500:  # includes Anthropic's 529 "overloaded"
        return ErrorKind.SERVER_ERROR
    return ErrorKind.BAD_REQUEST


def parse_retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header; HTTP dates are rare from these APIs and ignored."""
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        return None
    return seconds if seconds >= 0 else None
