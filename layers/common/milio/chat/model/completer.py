"""The boundary between the chat pipeline and the language-model providers.

`Completer` is what the pipeline asks models through; `ChainCompleter` is the
production one, over the provider chain; `ChargedCompleter` charges the user's
quota before the first model call of a request.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from milio.deadline import Deadline
from milio.providers import OutputSchema, ProviderChain
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
    """A completer that calls ``charge`` once, before the first model call of its request.

    ``charge`` takes one unit of the user's quota (raising past it); answers the
    fast path gives never reach a completer, so they never count.
    """

    def __init__(self, inner: Completer, charge: Callable[[], object]) -> None:
        self._inner = inner
        self._charge = charge
        self._charged = False

    def _charge_once(self) -> None:
        if not self._charged:
            self._charge()
            self._charged = True

    def complete(self, *, system: str, user: str, max_tokens: int, purpose: str) -> ChainResult:
        self._charge_once()
        return self._inner.complete(
            system=system, user=user, max_tokens=max_tokens, purpose=purpose
        )

    def complete_structured(
        self, *, system: str, user: str, output: OutputSchema, max_tokens: int, purpose: str
    ) -> ChainResult:
        self._charge_once()
        return self._inner.complete_structured(
            system=system, user=user, output=output, max_tokens=max_tokens, purpose=purpose
        )
