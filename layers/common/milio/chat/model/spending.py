"""What one model call may cost in tokens, reserved before the call and settled after it.

The daily budget of a user (``MILIO_DAILY_MODEL_TOKENS``) counts input and output
tokens, as the providers bill them. Before a call its cost is unknown, so it is
reserved at an estimate that cannot be below it: every input byte (UTF-8) as one
token — the providers' tokenizers are byte-level, so no token is shorter than a
byte, while the typical 4 characters a token would let emoji or CJK text cost four
times the estimate — plus ``FRAMING_TOKENS`` for what the API wraps around the
text, plus the call's whole output allowance (reasoning included). After the call
the count is settled to the usage the provider reported, or stays at the estimate
when it reported none.

A failed attempt may have been billed when it ran out of time, was cut short or
answered something unreadable; such an attempt is counted at the estimate. Refused
and unreachable attempts (429, 5xx, connection errors) cost nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Protocol

from milio.providers import OutputSchema
from milio.providers.base import ErrorKind, Failure, Usage

# Role markers and the chat template, and the instructions the APIs add to a tool
# call (Anthropic documents up to 346 tokens of them).
FRAMING_TOKENS = 512

# Failures after which the provider may have generated, and billed, tokens.
_MAYBE_BILLED = frozenset({ErrorKind.TIMEOUT, ErrorKind.TRUNCATED, ErrorKind.MALFORMED_RESPONSE})


class Settlement(Protocol):
    """Tokens reserved for one call, corrected to what it really spent."""

    def settle(self, spent: int) -> None: ...


def estimate_tokens(
    *, system: str, user: str, max_tokens: int, output_allowance: int, output: OutputSchema | None
) -> int:
    """The most one call can cost: its input at a token a byte, framing, its whole output."""
    sent = len(system.encode()) + len(user.encode())
    if output is not None:
        sent += len(output.name) + len(output.description.encode())
        sent += len(json.dumps(dict(output.schema)).encode())
    return sent + FRAMING_TOKENS + max_tokens + output_allowance


def spent_tokens(reported: Usage | None, failures: Iterable[Failure], estimate: int) -> int:
    """What a call cost: the usage reported by the provider that answered (None: none
    answered; the estimate when it reported no full usage), plus the estimate for each
    failed attempt that may have been billed."""
    billed_failures = sum(1 for failure in failures if failure.kind in _MAYBE_BILLED)
    if reported is None:
        answered = 0
    elif reported.input_tokens is None or reported.output_tokens is None:
        answered = estimate
    else:
        answered = reported.input_tokens + reported.output_tokens
    return answered + billed_failures * estimate
