"""Ordered fallback across providers, with retries, cool-downs, per-call timeouts and a deadline.

The ideas of LiteLLM's router without its import cost (3.3-3.7 s): only 429,
5xx, timeouts and connection failures are retried on the same provider, with a
small jittered backoff; any failure moves on to the next provider; no call is
started or allowed to run past the deadline: the chain's own budget or the
request's deadline, whichever comes first. A call's timeout bounds its whole
time (the providers cancel it then), so the deadline holds end to end.

A stream, once its first delta is out, is cut when no delta comes for
``stream_idle`` seconds or when it has run ``stream_max`` seconds.

The clock, the sleeps and the random source are injected: tests of cool-downs,
backoff and deadlines need no real time.
"""

from __future__ import annotations

import asyncio
import copy
import random
import time
from collections import deque
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from types import TracebackType

from milio.deadline import Deadline
from milio.errors import ProviderUnavailableError
from milio.providers.base import (
    Completion,
    ErrorKind,
    Failure,
    OutputSchema,
    Provider,
    ProviderError,
    StreamTally,
)
from milio.providers.health import ProviderHealth


@dataclass(frozen=True, slots=True)
class ChainPolicy:
    call_timeout: float = 8.0
    deadline: float = 20.0
    attempts_per_provider: int = 2
    backoff_base: float = 0.1
    # Also the longest Retry-After worth waiting for; past it the next provider is faster.
    backoff_cap: float = 1.0
    # A call with less time than this left cannot succeed; do not start it.
    min_call_seconds: float = 0.05
    # A started stream: the longest wait between two deltas, and its longest life.
    stream_idle: float = 15.0
    stream_max: float = 100.0


@dataclass(frozen=True, slots=True)
class Timing:
    """Where the chain reads time, waits and draws jitter; tests pass their own."""

    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    async_sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    random: random.Random = field(default_factory=random.Random)


@dataclass(frozen=True, slots=True)
class ChainResult:
    completion: Completion
    failures: tuple[Failure, ...]


class NoProviderAnsweredError(ProviderUnavailableError):
    """Every provider failed, time ran out, or none is configured. `reason` is for logs."""

    def __init__(self, reason: str, failures: Sequence[Failure] = ()) -> None:
        super().__init__()  # the public message stays generic
        self.reason = reason
        self.failures = tuple(failures)


class StreamInterruptedError(ProviderUnavailableError):
    """A stream failed after its first delta: too late to fall back, the answer is cut short."""

    public_message = "The language model stopped answering"

    def __init__(self, error: ProviderError, failures: Sequence[Failure]) -> None:
        super().__init__()
        self.provider = error.provider
        self.kind = error.kind
        self.failures = tuple(failures)


@dataclass(frozen=True, slots=True)
class _Attempt:
    provider: Provider
    delay: float
    timeout: float


class _Run:
    """The decisions of one chain call: which provider next, how long to wait, how long to allow."""

    def __init__(
        self,
        providers: Sequence[Provider],
        policy: ChainPolicy,
        health: ProviderHealth,
        timing: Timing,
        deadline: Deadline | None,
    ) -> None:
        self._policy = policy
        self._health = health
        self._timing = timing
        self._deadline = Deadline.after(policy.deadline, timing.clock)
        if deadline is not None and deadline.at < self._deadline.at:
            self._deadline = deadline
        self.started = timing.clock()
        self._queue = deque(_usable(providers, health))
        self._current: Provider | None = None
        self._attempt = 0
        self._last_error: ProviderError | None = None
        self.failures: list[Failure] = []

    def remaining(self) -> float:
        return self._deadline.remaining()

    def next_attempt(self) -> _Attempt | None:
        delay = self._retry_delay()
        if delay is None:
            if not self._queue:
                return None
            self._current, self._attempt, self._last_error = self._queue.popleft(), 0, None
            delay = 0.0
        assert self._current is not None  # set above or by the previous attempt
        self._attempt += 1
        timeout = min(self._policy.call_timeout, self.remaining() - delay)
        if timeout < self._policy.min_call_seconds:
            return None
        return _Attempt(self._current, delay, timeout)

    def _retry_delay(self) -> float | None:
        """Seconds to wait before calling the same provider again, or None to move on."""
        error, policy = self._last_error, self._policy
        if error is None or not error.retryable or self._attempt >= policy.attempts_per_provider:
            return None
        ceiling = min(policy.backoff_cap, policy.backoff_base * 2.0 ** (self._attempt - 1))
        delay = ceiling / 2 + self._timing.random.uniform(0, ceiling / 2)
        if error.retry_after is not None:
            if error.retry_after > policy.backoff_cap:
                return None
            delay = max(delay, error.retry_after)
        if delay + policy.min_call_seconds > self.remaining():
            return None
        return delay

    def failed(self, error: ProviderError, started: float) -> None:
        latency = (self._timing.clock() - started) * 1000
        self.failures.append(Failure(error.provider, error.kind, latency, error.status))
        self._health.record_failure(error)
        self._last_error = error

    def succeeded(self, provider: Provider) -> None:
        self._health.record_success(provider.name)

    def unavailable(self) -> NoProviderAnsweredError:
        out_of_time = bool(self._queue) or self.remaining() < self._policy.min_call_seconds
        reason = "deadline exceeded" if out_of_time else "all providers failed"
        return NoProviderAnsweredError(reason, self.failures)


def _usable(providers: Sequence[Provider], health: ProviderHealth) -> list[Provider]:
    """Providers not cooling down, in order; all if all are (better a try than no answer)."""
    usable = [provider for provider in providers if not health.is_cooling(provider.name)]
    return usable or list(providers)


class ProviderChain:
    """Providers in fallback order. Safe to keep for the life of the process."""

    def __init__(
        self,
        providers: Sequence[Provider],
        *,
        policy: ChainPolicy | None = None,
        health: ProviderHealth | None = None,
        timing: Timing | None = None,
    ) -> None:
        self.providers = tuple(providers)
        self.policy = policy or ChainPolicy()
        self.timing = timing or Timing()
        self.health = health or ProviderHealth(clock=self.timing.clock)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(provider.name for provider in self.providers)

    def warm_up(self) -> None:
        """Import every provider's SDK now rather than inside the first request's timeouts.

        Worth calling at start-up where the first call is timed tightly (a stream's
        first delta) or where init time is cheaper than request time (Lambda init).
        """
        for provider in self.providers:
            provider.warm_up()

    def _run(self, deadline: Deadline | None) -> _Run:
        if not self.providers:
            raise NoProviderAnsweredError("no provider configured")
        return _Run(self.providers, self.policy, self.health, self.timing, deadline)

    def complete(
        self, *, system: str, user: str, max_tokens: int, deadline: Deadline | None = None
    ) -> ChainResult:
        """The first answer in fallback order; `NoProviderAnsweredError` if none came in time
        (by ``deadline``, the request's, when given)."""
        run = self._run(deadline)
        while (attempt := run.next_attempt()) is not None:
            if attempt.delay:
                self.timing.sleep(attempt.delay)
            started = self.timing.clock()
            try:
                completion = attempt.provider.complete(
                    system=system, user=user, max_tokens=max_tokens, timeout=attempt.timeout
                )
            except ProviderError as error:
                run.failed(error, started)
                continue
            run.succeeded(attempt.provider)
            return ChainResult(completion, tuple(run.failures))
        raise run.unavailable()

    def stream(
        self, *, system: str, user: str, max_tokens: int, deadline: Deadline | None = None
    ) -> ChainStream:
        """Text deltas of the first provider that starts answering; see `ChainStream`.
        ``deadline`` bounds the wait for the first delta."""
        return ChainStream(self, system=system, user=user, max_tokens=max_tokens, deadline=deadline)

    def complete_structured(
        self,
        *,
        system: str,
        user: str,
        output: OutputSchema,
        max_tokens: int,
        deadline: Deadline | None = None,
    ) -> ChainResult:
        """As `complete`, each provider asked for one JSON object fitting `output`.

        The same retries, fallback, health and deadline as `complete`: the chain
        runs over each provider's structured calls.
        """
        view = copy.copy(self)
        view.providers = tuple(_StructuredCalls(provider, output) for provider in self.providers)
        return view.complete(system=system, user=user, max_tokens=max_tokens, deadline=deadline)


class _StructuredCalls:
    """A provider whose `complete` is its structured call, for `complete_structured`."""

    def __init__(self, provider: Provider, output: OutputSchema) -> None:
        self._provider = provider
        self._output = output

    @property
    def name(self) -> str:
        return self._provider.name

    @property
    def model(self) -> str:
        return self._provider.model

    def warm_up(self) -> None:
        self._provider.warm_up()

    def complete(self, *, system: str, user: str, max_tokens: int, timeout: float) -> Completion:
        return self.complete_structured(
            system=system, user=user, output=self._output, max_tokens=max_tokens, timeout=timeout
        )

    def complete_structured(
        self, *, system: str, user: str, output: OutputSchema, max_tokens: int, timeout: float
    ) -> Completion:
        return self._provider.complete_structured(
            system=system, user=user, output=output, max_tokens=max_tokens, timeout=timeout
        )

    def stream(
        self,
        *,
        system: str,
        user: str,
        max_tokens: int,
        timeout: float,
        tally: StreamTally | None = None,
    ) -> AsyncIterator[str]:
        raise TypeError("structured calls do not stream")


class ChainStream:
    """An async iterator of text deltas that falls back only until the first delta.

    Before the first delta any failure moves on to the next provider (an empty
    stream counts as malformed); after it, a failure raises
    `StreamInterruptedError`. Use `async with` (or call `aclose`) so that a
    consumer that stops early, or is cancelled because its client went away,
    closes the upstream response at once. `provider` names the provider that
    answered; `failures` lists the failed attempts, for logs; `tally` holds the usage
    the streams reported, for whoever pays for them.
    """

    def __init__(
        self,
        chain: ProviderChain,
        *,
        system: str,
        user: str,
        max_tokens: int,
        deadline: Deadline | None = None,
    ) -> None:
        self._chain = chain
        self._deadline = deadline
        self._request = (system, user, max_tokens)
        self.provider: str | None = None
        self.failures: list[Failure] = []
        self.tally = StreamTally()
        self._deltas = self._run()

    def __aiter__(self) -> AsyncIterator[str]:
        return self

    async def __anext__(self) -> str:
        return await anext(self._deltas)

    async def aclose(self) -> None:
        await self._deltas.aclose()

    async def __aenter__(self) -> ChainStream:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def _run(self) -> AsyncGenerator[str]:
        chain = self._chain
        run = chain._run(self._deadline)
        self.failures = run.failures
        while (attempt := run.next_attempt()) is not None:
            if attempt.delay:
                await chain.timing.async_sleep(attempt.delay)
            upstream, first = await self._open(run, attempt)
            if upstream is None:
                continue
            self.provider = attempt.provider.name
            run.succeeded(attempt.provider)
            try:
                yield first
                while (delta := await self._next(upstream, run, attempt.provider)) is not None:
                    yield delta
            finally:
                await _close(upstream)  # also on cancellation: the client went away
            return
        raise run.unavailable()

    async def _next(
        self, upstream: AsyncIterator[str], run: _Run, provider: Provider
    ) -> str | None:
        """The next delta within the idle and total limits; None at the end of the stream."""
        policy, clock = self._chain.policy, self._chain.timing.clock
        started = clock()
        allowed = min(policy.stream_idle, policy.stream_max - (started - run.started))
        try:
            if allowed <= 0:
                raise TimeoutError
            async with asyncio.timeout(allowed):
                return await anext(upstream)
        except StopAsyncIteration:
            return None
        except TimeoutError:
            error = ProviderError(provider.name, ErrorKind.TIMEOUT)
        except ProviderError as failure:
            error = failure
        run.failed(error, started)
        raise StreamInterruptedError(error, run.failures) from error

    async def _open(self, run: _Run, attempt: _Attempt) -> tuple[AsyncIterator[str] | None, str]:
        """Start a provider's stream and wait (within the call timeout) for its first delta."""
        system, user, max_tokens = self._request
        started = self._chain.timing.clock()
        # The SDK's own timeout bounds each read; the limits that matter are enforced here.
        backstop = max(attempt.timeout, self._chain.policy.stream_idle)
        upstream = attempt.provider.stream(
            system=system, user=user, max_tokens=max_tokens, timeout=backstop, tally=self.tally
        )
        try:
            async with asyncio.timeout(attempt.timeout):
                return upstream, await anext(upstream)
        except ProviderError as error:
            run.failed(error, started)
        except TimeoutError:
            run.failed(ProviderError(attempt.provider.name, ErrorKind.TIMEOUT), started)
        except StopAsyncIteration:
            run.failed(ProviderError(attempt.provider.name, ErrorKind.MALFORMED_RESPONSE), started)
        await _close(upstream)
        return None, ""


async def _close(upstream: AsyncIterator[str]) -> None:
    aclose = getattr(upstream, "aclose", None)
    if aclose is not None:
        await aclose()
