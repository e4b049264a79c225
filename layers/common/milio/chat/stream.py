"""A direct answer streamed as server-sent events: the logic of POST /chat/stream.

Plain Python, no web framework. The HTTP layer checks the caller and the
message, then:

    answer = AnswerStream(services.stream_chain, message)
    await answer.start()  # NoProviderAnsweredError here: nothing sent yet, answer 503
    return <text/event-stream response of> answer.events()

Events, as the desktop client reads them: each piece of text as
``event: message`` (a piece holding line breaks becomes several ``data:`` lines),
then ``event: end`` with ``data: true``. A failure once streaming has begun is
``event: error`` with ``{"error": "..."}`` (a public message only), then ``end``.

The text is the one /chat gives a direct answer: the same system prompt and the
same sanitizer, applied incrementally (`SafeAnswerStream`: the joined events are
exactly /chat's answer text, and each piece passes the final gate before it is
sent). A piece the gate refuses ends the stream with ``event: error`` and is
reported to ``on_refusal`` for the error log; nothing after it is sent.
Providers fall back only until the first delta (the chain's rule); closing the
events, or cancelling them because the client went away, closes the upstream
request so no more tokens are paid for.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

import anyio
from aws_lambda_powertools.metrics import MetricUnit

import milio.chat.answers.release  # noqa: F401
from milio.chat.answers import gate
from milio.chat.contract.system_message import SafeAnswerStream, UnsafeAnswerError
from milio.chat.model import prompts
from milio.chat.model.spending import estimate_tokens
from milio.chat.request import parse_request
from milio.errors import INTERNAL_ERROR, MilioError
from milio.observability import logger, own_metrics
from milio.providers import (
    ChainStream,
    ErrorKind,
    NoProviderAnsweredError,
    ProviderChain,
    StreamInterruptedError,
)
from milio.providers.base import Failure, Usage

# Every stream is a text answer: marked's V8 context starts with the function, and
# marked's first-use costs are taken there, not on the first users' first events (a
# failure is logged there and answers refused).
gate.warm()

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def sse_event(event: str, data: str) -> bytes:
    """One server-sent event; every line of ``data`` gets its own ``data:`` field."""
    fields = "".join(f"data: {line}\n" for line in _LINE_BREAK.split(data))
    return f"event: {event}\n{fields}\n".encode()


END_EVENT = sse_event("end", "true")


def error_event(message: str) -> bytes:
    return sse_event("error", json.dumps({"error": message}))


def stream_answer(message: str) -> prompts.DirectAnswer:
    """/chat's direct answer: about the attached PDF when there is one, else general."""
    has_pdf = parse_request(message).has_pdf
    return prompts.direct_answer(prompts.PDF_ANSWER if has_pdf else prompts.GENERAL_ANSWER)


def stream_estimate(message: str, output_allowance: int) -> int:
    """The most the stream of ``message`` can cost in tokens (milio.chat.model.spending)."""
    answer = stream_answer(message)
    return estimate_tokens(
        system=answer.system,
        user=message,
        max_tokens=answer.max_tokens,
        output_allowance=output_allowance,
        output=None,
    )


class Outcome(StrEnum):
    COMPLETED = "completed"
    INTERRUPTED = "interrupted"  # the provider failed after the first delta
    TRUNCATED = "truncated"  # the upstream closed without its end marker
    TIMED_OUT = "timed_out"  # no delta within the idle limit, or past the stream's longest life
    CANCELLED = "cancelled"  # the client went away (or the events were closed early)
    REFUSED = "refused"  # the final gate refused a piece: the stream was cut there
    UNAVAILABLE = "unavailable"  # no provider answered: nothing was streamed
    FAILED = "failed"  # a bug of ours


@dataclass
class StreamReport:
    """What one stream did, for the log line and the metrics. Never holds message text."""

    provider: str | None = None
    outcome: Outcome = Outcome.CANCELLED
    ttft_ms: float | None = None  # request start to the provider's first delta
    duration_ms: float = 0.0
    output_deltas: int = 0  # text deltas received from the provider (about a token each)
    failures: list[str] = field(default_factory=list)


def interruption_outcome(error: StreamInterruptedError) -> Outcome:
    """How a stream that had begun ended early, from the provider error that ended it."""
    if error.kind is ErrorKind.TRUNCATED:
        return Outcome.TRUNCATED
    if error.kind is ErrorKind.TIMEOUT:
        return Outcome.TIMED_OUT
    return Outcome.INTERRUPTED


def record_stream(report: StreamReport) -> None:
    """One log line and one metrics flush per stream (the Web Adapter has no decorator)."""
    logger.info(
        "stream finished",
        extra={
            "provider": report.provider,
            "outcome": report.outcome.value,
            "ttft_ms": report.ttft_ms,
            "duration_ms": round(report.duration_ms, 1),
            "output_deltas": report.output_deltas,
            "failures": report.failures,
        },
    )
    # Its own metrics object: the provider dimension stays on the stream's metrics, and
    # what the request recorded elsewhere is flushed at the request's end (web adapter).
    measured = own_metrics()
    measured.add_dimension(name="provider", value=report.provider or "none")
    if report.ttft_ms is not None:
        measured.add_metric(
            name="TimeToFirstToken", unit=MetricUnit.Milliseconds, value=report.ttft_ms
        )
    measured.add_metric(
        name="StreamDuration", unit=MetricUnit.Milliseconds, value=report.duration_ms
    )
    measured.add_metric(
        name="StreamOutputDeltas", unit=MetricUnit.Count, value=report.output_deltas
    )
    outcome_name = "".join(part.title() for part in report.outcome.value.split("_"))
    measured.add_metric(name=f"Stream{outcome_name}", unit=MetricUnit.Count, value=1)
    measured.add_metadata(key="outcome", value=report.outcome.value)
    measured.flush_metrics()


RefusalHandler = Callable[[str], Awaitable[None]]
# Called once the stream is over with the usage the answering provider reported (None:
# no provider answered) and the failed attempts: what pays for the stream settles there.
FinishHandler = Callable[[Usage | None, Sequence[Failure]], Awaitable[None]]


class AnswerStream:
    """One streamed answer: `start` until the first delta, then `events` once.

    ``on_refusal`` is awaited with a detail when the final gate refuses a piece;
    ``on_finish`` with the stream's usage when it is over, however it ended.
    """

    def __init__(
        self,
        chain: ProviderChain,
        message: str,
        on_refusal: RefusalHandler | None = None,
        on_finish: FinishHandler | None = None,
    ) -> None:
        self._on_refusal = on_refusal
        self._on_finish = on_finish
        self._started = time.perf_counter()
        answer = stream_answer(message)
        self._deltas: ChainStream = chain.stream(
            system=answer.system, user=message, max_tokens=answer.max_tokens
        )
        self._first = ""
        self.report = StreamReport()

    async def start(self) -> None:
        """Wait for the first delta, falling back across providers.

        Raises `NoProviderAnsweredError` (the stream then is closed and recorded)
        when no provider answers; nothing has been sent to the client by then.
        """
        try:
            self._first = await anext(self._deltas)
        except StopAsyncIteration:
            await self._finish(Outcome.UNAVAILABLE)
            raise NoProviderAnsweredError("empty stream") from None
        except NoProviderAnsweredError:
            await self._finish(Outcome.UNAVAILABLE)
            raise
        except BaseException:
            await self._finish(Outcome.FAILED)
            raise
        self.report.ttft_ms = round((time.perf_counter() - self._started) * 1000, 1)
        self.report.provider = self._deltas.provider

    async def events(self) -> AsyncGenerator[bytes]:
        """The answer's events, ``end`` last. Closing or cancelling it closes the upstream."""
        outcome = Outcome.CANCELLED
        sanitizer = SafeAnswerStream()
        failure: bytes | None = None
        try:
            try:
                async for delta in self._all_deltas():
                    self.report.output_deltas += 1
                    if text := sanitizer.feed(delta):
                        yield sse_event("message", text)
                outcome = Outcome.COMPLETED
            except UnsafeAnswerError as error:
                outcome, failure = Outcome.REFUSED, await self._refused(error)
            except StreamInterruptedError as error:
                outcome, failure = interruption_outcome(error), error_event(error.message)
            except MilioError as error:
                outcome, failure = Outcome.INTERRUPTED, error_event(error.message)
            except Exception:
                logger.exception("stream failed")
                outcome, failure = Outcome.FAILED, error_event(INTERNAL_ERROR)
            # What the sanitizer held back is sanitized too: safe to send even after a failure.
            if outcome is not Outcome.REFUSED:
                try:
                    if rest := sanitizer.finish():
                        yield sse_event("message", rest)
                except UnsafeAnswerError as error:
                    outcome, failure = Outcome.REFUSED, await self._refused(error)
            if failure is not None:
                yield failure
        finally:
            await self._finish(outcome)
        yield END_EVENT

    async def _refused(self, error: UnsafeAnswerError) -> bytes:
        logger.error("stream refused by the final gate", extra={"detail": error.detail})
        if self._on_refusal is not None:
            await self._on_refusal(error.detail)
        return error_event(error.message)

    async def _all_deltas(self) -> AsyncIterator[str]:
        yield self._first
        async for delta in self._deltas:
            yield delta

    async def _finish(self, outcome: Outcome) -> None:
        # Shielded: when the client has gone, this runs inside a cancelled scope.
        with anyio.CancelScope(shield=True):
            await self._deltas.aclose()
            if self._on_finish is not None:
                deltas = self._deltas
                reported = deltas.tally.usage if deltas.provider is not None else None
                await self._on_finish(reported, deltas.failures)
        report = self.report
        report.outcome = outcome
        report.duration_ms = (time.perf_counter() - self._started) * 1000
        report.failures = [f"{f.provider}:{f.kind.value}" for f in self._deltas.failures]
        record_stream(report)
