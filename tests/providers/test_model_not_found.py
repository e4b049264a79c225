"""A "model not found / decommissioned" answer is a configuration error, classified as such
through each official SDK, and never retried on the same provider."""

from __future__ import annotations

import pytest

from milio.providers import ErrorKind, ProviderError
from tests.fakes import Fail, FakeLLMServer, Reply
from tests.providers.conftest import chain_of, provider_for

# How each API says the model is gone (its status and error code/type).
MISSING_MODEL = {
    "openai": Fail(404, code="model_not_found"),
    "anthropic": Fail(404, code="not_found_error"),
    "groq": Fail(400, code="model_decommissioned"),
    "mistral": Fail(400, code="invalid_model"),
}


def test_each_api_saying_the_model_is_gone_is_a_model_not_found(fake: FakeLLMServer) -> None:
    fake.script(MISSING_MODEL[fake.api])
    with pytest.raises(ProviderError) as raised:
        provider_for(fake, model="retired-model").complete(
            system="s", user="u", max_tokens=8, timeout=2
        )
    assert raised.value.kind is ErrorKind.MODEL_NOT_FOUND
    assert not raised.value.retryable


def test_another_bad_request_stays_a_bad_request(fake: FakeLLMServer) -> None:
    fake.script(Fail(400))
    with pytest.raises(ProviderError) as raised:
        provider_for(fake).complete(system="s", user="u", max_tokens=8, timeout=2)
    assert raised.value.kind is ErrorKind.BAD_REQUEST


def test_the_chain_moves_on_without_retrying_a_missing_model(
    groq_fake: FakeLLMServer, openai_fake: FakeLLMServer
) -> None:
    groq_fake.script(MISSING_MODEL["groq"], Reply("never asked"))
    openai_fake.script(Reply("from openai"))
    result = chain_of(groq_fake, openai_fake).complete(system="s", user="u", max_tokens=8)
    assert result.completion.provider == "openai"
    assert len(groq_fake.requests) == 1
    assert [(f.provider, f.kind) for f in result.failures] == [("groq", ErrorKind.MODEL_NOT_FOUND)]
