"""Structured calls through each real SDK: JSON schema (OpenAI), tool use (Groq, Anthropic),
JSON mode (Mistral), against fakes that check the request as the real API does."""

from __future__ import annotations

import json

import pytest

from milio.chat.model.decision import decision_output
from milio.providers import ErrorKind, OutputSchema, ProviderError
from tests.fakes import Fail, FakeLLMServer, Reply
from tests.providers.conftest import chain_of, provider_for

OUTPUT = OutputSchema(
    "pick_colour",
    "one colour",
    {
        "type": "object",
        "properties": {
            "colour": {"type": "string", "enum": ["red", "blue"]},
            "shade": {"type": ["string", "null"]},
        },
        "required": ["colour", "shade"],
        "additionalProperties": False,
    },
)
ANSWER = {"colour": "blue", "shade": None}
# How each API is asked for a structured answer.
KIND = {"openai": "json_schema", "groq": "tool", "anthropic": "tool", "mistral": "json_object"}


def test_each_api_is_asked_its_own_way_and_the_object_comes_back(fake: FakeLLMServer) -> None:
    fake.script(Reply(json.dumps(ANSWER), output_tokens=7))
    completion = provider_for(fake, model="model-s").complete_structured(
        system="Pick one.", user="the sky", output=OUTPUT, max_tokens=50, timeout=2
    )
    assert json.loads(completion.text) == ANSWER
    assert (completion.provider, completion.model, completion.output_tokens) == (
        fake.api,
        "model-s",
        7,
    )
    sent = fake.requests[0]
    assert sent.structured == KIND[fake.api]
    assert (sent.user, sent.max_tokens) == ("the sky", 50)
    if fake.api == "mistral":
        # JSON mode takes no schema: it travels in the instructions, after ours.
        assert sent.system is not None
        assert sent.system.startswith("Pick one.")
        assert json.dumps(OUTPUT.schema) in sent.system
    else:
        assert sent.system == "Pick one."


@pytest.mark.parametrize("with_pdf", [False, True])
def test_every_api_accepts_the_decision_schema(fake: FakeLLMServer, with_pdf: bool) -> None:
    # The fakes refuse (400) a strict schema with an open object or an optional property.
    output = decision_output(with_pdf)
    fake.script(Reply(json.dumps({"category": "7", "answer": "Hi!"})))
    completion = provider_for(fake).complete_structured(
        system="s", user="hello", output=output, max_tokens=50, timeout=2
    )
    assert json.loads(completion.text)["category"] == "7"


def test_a_schema_the_api_refuses_is_a_bad_request(openai_fake: FakeLLMServer) -> None:
    loose = OutputSchema("pick", "one", {"type": "object", "properties": {"a": {"type": "string"}}})
    with pytest.raises(ProviderError) as caught:
        provider_for(openai_fake).complete_structured(
            system="s", user="u", output=loose, max_tokens=5, timeout=2
        )
    assert caught.value.kind is ErrorKind.BAD_REQUEST


def test_an_empty_structured_answer_is_malformed(groq_fake: FakeLLMServer) -> None:
    groq_fake.script(Reply(""))
    with pytest.raises(ProviderError) as caught:
        provider_for(groq_fake).complete_structured(
            system="s", user="u", output=OUTPUT, max_tokens=5, timeout=2
        )
    assert caught.value.kind is ErrorKind.MALFORMED_RESPONSE


def test_the_chain_falls_back_across_providers_for_a_structured_call(
    groq_fake: FakeLLMServer, anthropic_fake: FakeLLMServer
) -> None:
    groq_fake.script(Fail(400))
    anthropic_fake.script(Reply(json.dumps(ANSWER)))
    result = chain_of(groq_fake, anthropic_fake).complete_structured(
        system="s", user="u", output=OUTPUT, max_tokens=20
    )
    assert result.completion.provider == "anthropic"
    assert json.loads(result.completion.text) == ANSWER
    assert [(f.provider, f.kind) for f in result.failures] == [("groq", ErrorKind.BAD_REQUEST)]
    assert anthropic_fake.requests[0].structured == "tool"
