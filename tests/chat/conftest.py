"""Fake completers: scripted answers per pipeline step, no network."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pytest

from milio.chat.completion import Completion
from milio.errors import ProviderUnavailableError


@dataclass
class ScriptedCompleter:
    """Answers each call from ``answers[purpose]`` (a list is consumed in order)."""

    answers: dict[str, str | list[str]]
    calls: list[dict[str, object]] = field(default_factory=list)

    def complete(self, *, system: str, user: str, max_tokens: int, purpose: str) -> Completion:
        self.calls.append(
            {"system": system, "user": user, "max_tokens": max_tokens, "purpose": purpose}
        )
        script = self.answers.get(purpose, self.answers.get("*", ""))
        text = script.pop(0) if isinstance(script, list) else script
        return Completion(text=text, provider="fake", latency_ms=1.0)


@dataclass
class DownCompleter:
    calls: int = 0

    def complete(self, *, system: str, user: str, max_tokens: int, purpose: str) -> Completion:
        self.calls += 1
        raise ProviderUnavailableError("all providers failed")


@dataclass
class FunctionCompleter:
    answer: Callable[[str], str]

    def complete(self, *, system: str, user: str, max_tokens: int, purpose: str) -> Completion:
        return Completion(text=self.answer(purpose), provider="hostile", latency_ms=2.0)


@pytest.fixture
def scripted() -> Callable[[dict[str, str | list[str]]], ScriptedCompleter]:
    return ScriptedCompleter
