"""The fast path's own recognize_all: hassil's results, in hassil's order, fewer templates tried."""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from hassil import recognize_all
from hassil.expression import Sentence
from hassil.recognize import RecognizeResult
from hassil.sample import sample_expression

from milio.chat.understanding import matcher
from milio.chat.understanding.recognizer import Recognizer, heads

SAMPLES_PER_TEMPLATE = 8
FILLERS = ("spotify", "my tax returns", "10 minutes")
DEV = Path(__file__).parents[2] / "tests/data/dev.jsonl"
_PLACEHOLDER = re.compile(r"\{\w+\}")


def _templates() -> Iterator[Sentence]:
    intents = matcher.get_matcher().intents
    for intent in intents.intents.values():
        for data in intent.data:
            yield from data.sentences


def _samples(template: Sentence, filler: str) -> Iterator[str]:
    """Sentences the template says, each wildcard said as ``filler``."""
    intents = matcher.get_matcher().intents
    said = sample_expression(template.expression, intents.slot_lists, intents.expansion_rules)
    for text in itertools.islice(said, SAMPLES_PER_TEMPLATE):
        yield _PLACEHOLDER.sub(filler, text)


def _found(results: Iterable[RecognizeResult]) -> list[tuple[object, ...]]:
    return [
        (
            result.intent.name,
            result.intent_sentence.text if result.intent_sentence else None,
            result.text_chunks_matched,
            [(e.name, e.value, e.text, e.text_span, e.is_wildcard) for e in result.entities_list],
        )
        for result in results
    ]


def _same_as_hassil(texts: Iterable[str]) -> int:
    built = matcher.get_matcher()
    checked = 0
    for text in texts:
        ours = _found(built.recognizer.recognize_all(text))
        assert ours == _found(recognize_all(text, built.intents)), text
        checked += 1
    return checked


def test_every_sentence_a_template_says_starts_as_it_may() -> None:
    # No template is skipped on a message it matches: each sentence it says starts with
    # one of the texts it may start with.
    intents = matcher.get_matcher().intents
    checked = 0
    for template in _templates():
        head = heads(template.expression, intents)
        if head is None or head[1]:
            continue
        for text in _samples(template, "x"):
            said = text.lstrip().casefold()
            assert any(said.startswith(start.casefold()) for start in head[0]), (
                template.text,
                text,
            )
            checked += 1
    assert checked > 1_000


def test_most_templates_say_how_they_start() -> None:
    intents = matcher.get_matcher().intents
    known = [heads(t.expression, intents) for t in _templates()]
    assert sum(head is not None and not head[1] for head in known) > 0.9 * len(known)


def test_the_results_are_hassils_on_what_each_template_says() -> None:
    texts = (
        text
        for at, template in enumerate(_templates())
        for text in _samples(template, FILLERS[at % len(FILLERS)])
    )
    assert _same_as_hassil(texts) > 1_000


def test_the_results_are_hassils_on_the_dev_messages() -> None:
    rows = [json.loads(line) for line in DEV.read_text().splitlines() if line.strip()]
    assert _same_as_hassil(row["text"] for row in rows[::3]) > 500


def test_the_results_are_hassils_at_the_edges() -> None:
    # Blanks, dashes hassil reads as blanks, letters that match others case aside
    # ("K" the Kelvin sign, "ſ" the long s), a start no template has.
    edges = ("", " ", "-", "- open discord", "open-discord", "_open_spotify", "\u212aill discord")
    assert _same_as_hassil((*edges, "ſtart spotify", "İopen zoom", "zzz open zoom", "9 minutes"))


def test_an_intents_kind_it_does_not_read_is_left_to_hassil() -> None:
    intents = matcher.get_matcher().intents
    other = Recognizer(intents)
    other._fits = False  # as for skip words or contexts
    text = "open discord"
    assert _found(other.recognize_all(text)) == _found(recognize_all(text, intents))
