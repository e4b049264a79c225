"""Fake completers: scripted answers per pipeline step, no network."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pytest

from milio.chat.answers import gate
from milio.chat.pipeline import ChatOptions
from milio.providers import ErrorKind, Failure, NoProviderAnsweredError, OutputSchema
from milio.providers.base import Completion
from milio.providers.chain import ChainResult

# The pipeline as configured by default, with a small size limit for tests.
ONE_CALL = ChatOptions(fast_path=True, structured_output=True, max_message_chars=10_000)
STEPWISE = ChatOptions(fast_path=True, structured_output=False, max_message_chars=10_000)
MODEL_ONLY = ChatOptions(fast_path=False, structured_output=False, max_message_chars=10_000)
REFUSED = NoProviderAnsweredError(
    "all providers failed", [Failure("fake", ErrorKind.BAD_REQUEST, 1.0, 400)]
)


def _result(text: str, provider: str = "fake") -> ChainResult:
    return ChainResult(Completion(text, provider, "fake-model", 1.0, None), ())


@dataclass
class ScriptedCompleter:
    """Answers each call from ``answers[purpose]`` (a list is consumed in order).

    The structured call's purpose is "decision"; with no "decision" script the
    providers refuse structured requests (a 400), as an API without them would.
    """

    answers: dict[str, str | list[str]]
    calls: list[dict[str, object]] = field(default_factory=list)

    def _answer(self, purpose: str) -> str:
        script = self.answers.get(purpose, self.answers.get("*", ""))
        return script.pop(0) if isinstance(script, list) else script

    def complete(self, *, system: str, user: str, max_tokens: int, purpose: str) -> ChainResult:
        self.calls.append(
            {"system": system, "user": user, "max_tokens": max_tokens, "purpose": purpose}
        )
        return _result(self._answer(purpose))

    def complete_structured(
        self, *, system: str, user: str, output: OutputSchema, max_tokens: int, purpose: str
    ) -> ChainResult:
        self.calls.append(
            {"system": system, "user": user, "max_tokens": max_tokens, "purpose": purpose}
        )
        if "decision" not in self.answers:
            raise REFUSED
        return _result(self._answer(purpose))

    @property
    def purposes(self) -> list[object]:
        return [call["purpose"] for call in self.calls]


@dataclass
class DownCompleter:
    """Every provider fails with a server error."""

    calls: int = 0

    def _fail(self) -> ChainResult:
        self.calls += 1
        raise NoProviderAnsweredError(
            "all providers failed", [Failure("groq", ErrorKind.SERVER_ERROR, 3.0, 503)]
        )

    def complete(self, *, system: str, user: str, max_tokens: int, purpose: str) -> ChainResult:
        return self._fail()

    def complete_structured(
        self, *, system: str, user: str, output: OutputSchema, max_tokens: int, purpose: str
    ) -> ChainResult:
        return self._fail()


@dataclass
class FunctionCompleter:
    """Answers every call, structured or not, with ``answer(purpose)``."""

    answer: Callable[[str], str]

    def complete(self, *, system: str, user: str, max_tokens: int, purpose: str) -> ChainResult:
        return _result(self.answer(purpose), "hostile")

    def complete_structured(
        self, *, system: str, user: str, output: OutputSchema, max_tokens: int, purpose: str
    ) -> ChainResult:
        return _result(self.answer(purpose), "hostile")


@pytest.fixture
def judged(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every text the gate judges, in order (the real gate still judges it)."""
    texts: list[str] = []
    real = gate.is_safe_markdown

    def counting(text: str) -> bool:
        texts.append(text)
        return real(text)

    monkeypatch.setattr(gate, "is_safe_markdown", counting)
    return texts
