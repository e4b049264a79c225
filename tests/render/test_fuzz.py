"""Property tests: answers built from dangerous fragments, judged by the client's renderer.

Seeded (`derandomize`), so every run of `make test` tries the same cases; `make
fuzz` (scripts/fuzz_render.py) runs many more with fresh seeds.
"""

from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from milio.chat.answers.emitter import literal_text, sanitize_markdown
from milio.chat.answers.gate import is_safe_markdown
from milio.chat.answers.release import StreamingSanitizer
from tests.render.containers import container_answer
from tests.render.differential import Findings, check_batch, differential_answer
from tests.render.fragments import FRAGMENTS, INLINE_FRAGMENTS, random_cuts
from tests.render.judge import MarkedJudge

SAFETY_CASES = 20_000
STREAM_CASES = 3_000

ANSWERS = st.one_of(
    st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=40).map("".join),
    st.lists(st.sampled_from(INLINE_FRAGMENTS), min_size=1, max_size=30).map("".join),
    st.text(max_size=120),
)


def _seeded(cases: int) -> settings:
    return settings(
        max_examples=cases,
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )


@_seeded(SAFETY_CASES)
@given(ANSWERS)
def test_every_sanitized_answer_renders_within_the_allow_list(
    marked_judge: MarkedJudge, answer: str
) -> None:
    text = sanitize_markdown(answer)
    judgement = marked_judge.judge(text)
    assert judgement.safe, (answer, text, judgement.violations)
    assert not text or is_safe_markdown(text)  # the final gate agrees: no false refusal


@_seeded(STREAM_CASES)
@given(ANSWERS, st.data())
def test_the_stream_gives_the_one_shot_text_for_any_cuts(answer: str, data: st.DataObject) -> None:
    cuts = sorted(data.draw(st.sets(st.integers(1, max(len(answer) - 1, 1)), max_size=12)))
    pieces = [answer[a:b] for a, b in zip([0, *cuts], [*cuts, len(answer)], strict=True)]
    stream = StreamingSanitizer()
    streamed = "".join(stream.feed(piece) for piece in pieces) + stream.finish()
    assert streamed == sanitize_markdown(answer)


@_seeded(2_000)
@given(ANSWERS)
def test_the_literal_fallback_is_always_safe(marked_judge: MarkedJudge, answer: str) -> None:
    text = literal_text(answer)
    assert marked_judge.judge(text).safe
    assert not text or is_safe_markdown(text)


DIFFERENTIAL_CASES = 1_500


def test_differential_answers_are_safe_on_chat_and_at_every_stream_event(
    marked_judge: MarkedJudge,
) -> None:
    """A seeded slice of `make fuzz`: /chat and every accumulated stream text, judged by node."""
    rng = random.Random(20261207)
    answers = [differential_answer(rng) for _ in range(DIFFERENTIAL_CASES)]
    findings = Findings()
    check_batch(answers, lambda text: random_cuts(rng, text), marked_judge, findings)
    assert (findings.unsafe, findings.crashes, findings.differs) == ([], [], [])
    assert findings.prefixes > DIFFERENTIAL_CASES  # the streams did release, event by event


CONTAINER_CASES = 600


def test_container_answers_are_safe_on_chat_and_at_every_stream_event(
    marked_judge: MarkedJudge,
) -> None:
    """Lists and quotes holding code blocks and tables, which now stay where they were."""
    rng = random.Random(1807)
    answers = [container_answer(rng) for _ in range(CONTAINER_CASES)]
    findings = Findings()
    check_batch(answers, lambda text: random_cuts(rng, text), marked_judge, findings)
    assert (findings.unsafe, findings.crashes, findings.differs) == ([], [], [])
    assert findings.prefixes > CONTAINER_CASES
