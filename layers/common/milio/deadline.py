"""One deadline per request: every wait of the request (the body, model calls, their
retries) ends by it. Clocks are injected so tests need no real time."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

Clock = Callable[[], float]


@dataclass(frozen=True)
class Deadline:
    at: float  # a reading of `clock`
    clock: Clock = field(default=time.monotonic, compare=False)

    @classmethod
    def after(cls, seconds: float, clock: Clock = time.monotonic) -> Deadline:
        return cls(clock() + seconds, clock)

    def remaining(self) -> float:
        """Seconds left, never negative."""
        return max(0.0, self.at - self.clock())

    @property
    def expired(self) -> bool:
        return self.remaining() <= 0.0

    def earlier(self, seconds: float) -> Deadline:
        """This deadline, or one ``seconds`` from now if that comes first."""
        return self if self.remaining() <= seconds else Deadline.after(seconds, self.clock)
