"""The boundary between the chat pipeline and the language-model providers.

`Completer` is what the pipeline asks models through; `ChainCompleter` is the
production one, over the provider chain; `ChargedCompleter` reserves each call's
tokens of the user's daily budget before it and settles them after it, and charges
the user's request quota before the first model call of a request.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from milio.chat.model.spending import Settlement, estimate_tokens, spent_tokens
from milio.deadline import Deadline
from milio.providers import NoProviderAnsweredError, OutputSchema, ProviderChain
from milio.providers.base import Usage
from milio.providers.chain import ChainResult


class Completer(Protocol):
    """What the pipeline asks models through: in production, the provider chain.

    Both methods raise ``milio.providers.NoProviderAnsweredError``, which carries
    the failed attempts, when no provider answered. ``purpose`` names the
    pipeline step ("decision", "category", "details", ...), never the prompt.
    """

    def complete(self, *, system: str, user: str, max_tokens: int, purpose: str) -> ChainResult:
        """A text answer."""
        ...

    def complete_structured(
        self, *, system: str, user: str, output: OutputSchema, max_tokens: int, purpose: str
    ) -> ChainResult:
        """An answer that is one JSON object meant to fit ``output`` (validated by the caller)."""
        ...


class ChainCompleter:
    """Asks the chain within the request's deadline, shared by every step's calls.

    The step's ``purpose`` only names the call for scripted tests.
    """

    def __init__(self, chain: ProviderChain, deadline: Deadline | None = None) -> None:
        self._chain = chain
        self._deadline = deadline

    def complete(self, *, system: str, user: str, max_tokens: int, purpose: str) -> ChainResult:
        return self._chain.complete(
            system=system, user=user, max_tokens=max_tokens, deadline=self._deadline
        )

    def complete_structured(
        self, *, system: str, user: str, output: OutputSchema, max_tokens: int, purpose: str
    ) -> ChainResult:
        return self._chain.complete_structured(
            system=system,
            user=user,
            output=output,
            max_tokens=max_tokens,
            deadline=self._deadline,
        )


class ChargedCompleter:
    """A completer that pays for its calls out of the user's quotas.

    Before each call ``reserve`` takes the call's estimated tokens of the user's daily
    budget (raising once the budget is spent), then, before the first call only,
    ``charge`` takes one unit of the user's request quota (raising past it; the
    reservation is given back then). After the call the reservation is settled to what
    the call cost (milio.chat.model.spending). Answers the fast path gives never reach
    a completer, so they cost nothing.
    """

    def __init__(
        self,
        inner: Completer,
        charge: Callable[[], object],
        reserve: Callable[[int], Settlement],
        output_allowance: int = 0,
    ) -> None:
        self._inner = inner
        self._charge = charge
        self._reserve = reserve
        # Output tokens a call may spend beyond its max_tokens (reasoning models).
        self._output_allowance = output_allowance
        self._charged = False

    def complete(self, *, system: str, user: str, max_tokens: int, purpose: str) -> ChainResult:
        return self._paid(
            lambda: self._inner.complete(
                system=system, user=user, max_tokens=max_tokens, purpose=purpose
            ),
            self._estimate(system, user, max_tokens, None),
        )

    def complete_structured(
        self, *, system: str, user: str, output: OutputSchema, max_tokens: int, purpose: str
    ) -> ChainResult:
        return self._paid(
            lambda: self._inner.complete_structured(
                system=system, user=user, output=output, max_tokens=max_tokens, purpose=purpose
            ),
            self._estimate(system, user, max_tokens, output),
        )

    def _estimate(
        self, system: str, user: str, max_tokens: int, output: OutputSchema | None
    ) -> int:
        return estimate_tokens(
            system=system,
            user=user,
            max_tokens=max_tokens,
            output_allowance=self._output_allowance,
            output=output,
        )

    def _paid(self, call: Callable[[], ChainResult], estimate: int) -> ChainResult:
        reservation = self._reserve(estimate)
        if not self._charged:
            try:
                self._charge()
            except Exception:
                reservation.settle(0)  # refused before any call: nothing spent
                raise
            self._charged = True
        try:  # any error but this one leaves the estimate counted
            result = call()
        except NoProviderAnsweredError as exc:
            reservation.settle(spent_tokens(None, exc.failures, estimate))
            raise
        answered = result.completion
        usage = Usage(answered.input_tokens, answered.output_tokens)
        reservation.settle(spent_tokens(usage, result.failures, estimate))
        return result
