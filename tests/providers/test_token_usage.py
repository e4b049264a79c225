"""Each provider reports the tokens a call spent (input and output), as its API's usage
says, and the charged completer reserves a bound on a call's cost before it and settles
to that usage after it."""

from __future__ import annotations

import asyncio
import json

from milio.chat.model.completer import ChainCompleter, ChargedCompleter
from milio.chat.model.spending import FRAMING_TOKENS
from milio.providers.base import Usage
from milio.providers.chain import ChainResult
from milio.quota import Reservation
from milio.quota.memory import MemoryQuota
from tests.fakes import FakeLLMServer, Reply
from tests.providers.conftest import chain_of, provider_for
from tests.providers.test_provider_structured import ANSWER, OUTPUT

KEY = "tokens#7"


def test_each_api_reports_input_and_output_tokens(fake: FakeLLMServer) -> None:
    fake.script(Reply("hello", output_tokens=9), Reply(json.dumps(ANSWER), output_tokens=7))
    plain = provider_for(fake).complete(system="s", user="u", max_tokens=50, timeout=2)
    structured = provider_for(fake).complete_structured(
        system="Pick one.", user="the sky", output=OUTPUT, max_tokens=50, timeout=2
    )
    assert (plain.input_tokens, plain.output_tokens) == (12, 9)  # the fake's usage
    assert (structured.input_tokens, structured.output_tokens) == (12, 7)


class ProbedCompleter(ChainCompleter):
    """The chain, noting the user's token count as each call starts (the reservation)."""

    def __init__(self, fake: FakeLLMServer, quota: MemoryQuota) -> None:
        super().__init__(chain_of(fake))
        self._quota = quota
        self.counts_at_call: list[int] = []

    def complete(self, *, system: str, user: str, max_tokens: int, purpose: str) -> ChainResult:
        self.counts_at_call.append(self._quota.reserve(KEY, 0, 10**9).used)
        return super().complete(system=system, user=user, max_tokens=max_tokens, purpose=purpose)


def _charged(quota: MemoryQuota, inner: ProbedCompleter, requests: list[int]) -> ChargedCompleter:
    def reserve(amount: int) -> Reservation:
        decision = quota.reserve(KEY, amount, 10**6)
        return Reservation(quota, KEY, decision.day, amount)

    return ChargedCompleter(inner, lambda: requests.append(1), reserve, output_allowance=1024)


def test_a_call_reserves_a_bound_on_its_cost_then_settles_to_the_reported_usage(
    groq_fake: FakeLLMServer,
) -> None:
    quota = MemoryQuota()
    inner = ProbedCompleter(groq_fake, quota)
    requests: list[int] = []
    charged = _charged(quota, inner, requests)
    groq_fake.script(Reply("a", output_tokens=5), Reply("b", output_tokens=8))
    small, large = "open the budget", "é" * 4_000  # 15 bytes; 8,000 bytes

    charged.complete(system="sys", user=small, max_tokens=16, purpose="answer")
    after_small = quota.reserve(KEY, 0, 10**9).used
    charged.complete(system="sys", user=large, max_tokens=16, purpose="answer")

    small_estimate = 3 + 15 + FRAMING_TOKENS + 16 + 1024
    assert inner.counts_at_call == [small_estimate, 12 + 5 + small_estimate + 8_000 - 15]
    assert after_small == 12 + 5
    assert quota.reserve(KEY, 0, 10**9).used == 12 + 5 + 12 + 8
    assert requests == [1]  # one request unit, for the first call only


def test_each_api_reports_a_streams_usage(fake: FakeLLMServer) -> None:
    """Through the real SDKs: Anthropic's message_start and message_delta, Mistral's and
    Groq's (``x_groq``) finishing chunk, OpenAI's last chunk when asked for it."""
    fake.script(Reply("one two three", output_tokens=11))
    stream = chain_of(fake).stream(system="s", user="u", max_tokens=50)

    async def read() -> str:
        async with stream:
            return "".join([delta async for delta in stream])

    assert asyncio.run(read()) == "one two three"
    assert stream.tally.usage == Usage(12, 11)
    if fake.api == "openai":
        assert fake.requests[0].body["stream_options"] == {"include_usage": True}
