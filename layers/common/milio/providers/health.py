"""Which providers keep failing: in-process memory of consecutive failures and cool-downs.

Kept per container on purpose: a provider that fails for this container is
skipped for a while instead of costing every request a timeout first.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from milio.providers.base import ErrorKind, ProviderError


@dataclass
class _State:
    consecutive_failures: int = 0
    cooling_until: float = 0.0


class ProviderHealth:
    def __init__(
        self,
        *,
        failures_before_cooldown: int = 3,
        cooldown_seconds: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._threshold = failures_before_cooldown
        self._cooldown = cooldown_seconds
        self._clock = clock
        self._states: dict[str, _State] = {}

    def is_cooling(self, name: str) -> bool:
        state = self._states.get(name)
        return state is not None and self._clock() < state.cooling_until

    def record_success(self, name: str) -> None:
        self._states.pop(name, None)

    def record_failure(self, error: ProviderError) -> None:
        if error.kind is ErrorKind.BAD_REQUEST:
            return  # our request was refused: says nothing about the provider's health
        state = self._states.setdefault(error.provider, _State())
        state.consecutive_failures += 1
        now = self._clock()
        if state.consecutive_failures >= self._threshold:
            # Stays over the threshold: after the cool-down one trial call is let
            # through, and a failure of that call cools it down again at once.
            state.cooling_until = now + self._cooldown
        if error.retry_after is not None:  # the provider said when to come back
            state.cooling_until = max(state.cooling_until, now + error.retry_after)
