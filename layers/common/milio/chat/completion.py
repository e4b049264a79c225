"""The boundary between the chat pipeline and the language-model providers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Completion:
    """One model answer, with who gave it and how long it took."""

    text: str
    provider: str
    latency_ms: float


class Completer(Protocol):
    """Anything that turns a prompt into a completion.

    Raises ``milio.errors.ProviderUnavailableError`` when every provider failed.
    ``purpose`` names the pipeline step (for logs and metrics), never the prompt.
    """

    def complete(self, *, system: str, user: str, max_tokens: int, purpose: str) -> Completion: ...
