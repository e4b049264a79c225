"""`make doctor` against local servers speaking each provider's protocol: one line per
check, naming the variable to fix, and a failing exit code when anything failed."""

from __future__ import annotations

import pytest

from milio.db import Database
from milio.settings import get_settings
from scripts import doctor
from tests.fakes import Fail, FakeLLMServer, Reply


@pytest.fixture
def all_four(
    openai_fake: FakeLLMServer,
    anthropic_fake: FakeLLMServer,
    groq_fake: FakeLLMServer,
    mistral_fake: FakeLLMServer,
    monkeypatch: pytest.MonkeyPatch,
) -> dict[str, FakeLLMServer]:
    fakes = {"openai": openai_fake, "anthropic": anthropic_fake}
    fakes |= {"groq": groq_fake, "mistral": mistral_fake}
    for fake in fakes.values():
        for name, value in fake.env().items():
            monkeypatch.setenv(name, value)
    get_settings.cache_clear()
    return fakes


def _run() -> tuple[int, list[str]]:
    lines: list[str] = []
    return doctor.main(lines.append), lines


def test_each_wrong_key_or_model_is_named(
    local_db: Database, all_four: dict[str, FakeLLMServer]
) -> None:
    all_four["openai"].script(Reply("OK"))
    all_four["anthropic"].script(Fail(401))
    all_four["groq"].script(Fail(400, code="model_decommissioned"))
    all_four["mistral"].script(Reply(""))

    code, lines = _run()

    assert code == 1
    assert any(line.startswith("ok   database") for line in lines)
    assert any(line.startswith("ok   openai (gpt-6-luna)") for line in lines)
    (anthropic,) = [line for line in lines if " anthropic " in line]
    assert anthropic.startswith("FAIL")
    assert "ANTHROPIC_API_KEY" in anthropic
    (groq,) = [line for line in lines if " groq " in line]
    assert "openai/gpt-oss-20b" in groq
    assert "MILIO_GROQ_MODEL" in groq
    assert "retired" in groq
    (mistral,) = [line for line in lines if " mistral " in line]
    assert "answered nothing" in mistral
    assert "MILIO_MISTRAL_MODEL" in mistral
    assert len(all_four["groq"].requests) == 1  # a configuration error is not retried


def test_a_healthy_configuration_exits_zero(
    local_db: Database, openai_fake: FakeLLMServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in openai_fake.env().items():
        monkeypatch.setenv(name, value)
    get_settings.cache_clear()
    assert _run()[0] == 0


def test_unapplied_migrations_are_reported() -> None:
    get_settings()  # a fresh local database: nothing migrated
    code, lines = _run()
    assert code == 1
    assert any("migrations not applied" in line and "make migrate" in line for line in lines)


def test_a_configuration_error_is_reported_not_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MILIO_LLM_PROVIDERS", "groq")  # without a Groq key
    code, lines = _run()
    assert code == 1
    assert lines == [
        "FAIL configuration: MILIO_LLM_PROVIDERS names providers without an API key: ['groq']"
    ]
