"""The default OpenAI and Groq models reason first, and their reasoning tokens count against
the answer's budget: the providers built from settings ask for little reasoning and leave
room for it, or a one-word choice would come back empty."""

from __future__ import annotations

import pytest

from milio.providers import Provider
from milio.providers.registry import build_provider
from milio.settings import load_settings
from tests.fakes import FakeLLMServer, Reply

SECRETS = {"jwt_secret": "x" * 48, "openai_api_key": "k", "groq_api_key": "k"}


def _provider(fake: FakeLLMServer, **environ: str) -> Provider:
    url_variable = f"{fake.api.upper()}_BASE_URL"
    settings = load_settings({url_variable: fake.base_url, **environ}, SECRETS)
    return build_provider(settings, fake.api)


@pytest.mark.parametrize(
    ("api", "effort", "allowance"), [("openai", "none", 0), ("groq", "low", 1024)]
)
def test_default_reasoning_effort_and_room_for_it(api: str, effort: str, allowance: int) -> None:
    with FakeLLMServer(api) as fake:
        fake.script(Reply("01"))
        _provider(fake).complete(system="s", user="u", max_tokens=16, timeout=2)
        sent = fake.requests[0]
    assert sent.body["reasoning_effort"] == effort
    assert sent.max_tokens == 16 + allowance


def test_a_model_without_reasoning_gets_no_reasoning_parameter() -> None:
    with FakeLLMServer("openai") as fake:
        fake.script(Reply("01"))
        provider = _provider(fake, MILIO_OPENAI_REASONING_EFFORT="omit")
        provider.complete(system="s", user="u", max_tokens=16, timeout=2)
        sent = fake.requests[0]
    assert "reasoning_effort" not in sent.body
    assert sent.max_tokens == 16


def test_the_allowance_is_a_setting() -> None:
    with FakeLLMServer("groq") as fake:
        fake.script(Reply("01"))
        provider = _provider(fake, MILIO_REASONING_TOKEN_ALLOWANCE="300")
        provider.complete(system="s", user="u", max_tokens=16, timeout=2)
        assert fake.requests[0].max_tokens == 316
