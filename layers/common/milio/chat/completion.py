"""The boundary between the chat pipeline and the language-model providers."""

from __future__ import annotations

from typing import Protocol

from milio.providers.base import OutputSchema
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
