"""The chat pipeline's Completer, backed by the provider chain.

One per request: it remembers every provider failure of that request, so the
HTTP layer can write them to the error log next to the pipeline's own records.
"""

from __future__ import annotations

from milio.chat.completion import Completion
from milio.chat.pipeline import ErrorRecord
from milio.deadline import Deadline
from milio.providers import Failure, NoProviderAnsweredError, ProviderChain


class ChainCompleter:
    def __init__(self, chain: ProviderChain, deadline: Deadline | None = None) -> None:
        self._chain = chain
        self._deadline = deadline  # the request's: every step's calls share it
        self.failures: list[Failure] = []

    def complete(self, *, system: str, user: str, max_tokens: int, purpose: str) -> Completion:
        try:
            result = self._chain.complete(
                system=system, user=user, max_tokens=max_tokens, deadline=self._deadline
            )
        except NoProviderAnsweredError as exc:
            self.failures.extend(exc.failures)
            raise
        self.failures.extend(result.failures)
        answer = result.completion
        return Completion(text=answer.text, provider=answer.provider, latency_ms=answer.latency_ms)

    def failure_records(self) -> list[ErrorRecord]:
        return [
            ErrorRecord(
                "provider_failure",
                f"{f.kind.value}" + (f" (HTTP {f.status})" if f.status else ""),
                provider=f.provider,
                latency_ms=f.latency_ms,
            )
            for f in self.failures
        ]
