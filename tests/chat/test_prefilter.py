"""The sharper prefilter: each template's required words, as hassil checks them."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from hassil.expression import Sentence
from hassil.sample import sample_expression

from milio.chat.understanding import matcher

SAMPLES_PER_TEMPLATE = 400


def _templates() -> Iterator[Sentence]:
    intents = matcher.get_matcher().intents
    for intent in intents.intents.values():
        for data in intent.data:
            yield from data.sentences


def test_every_sentence_a_template_says_holds_its_required_words() -> None:
    # Nothing a template can match is skipped: each sentence it generates (closed lists'
    # values said, wildcards and numbers left as placeholders) holds a fragment of every
    # required clause.
    intents = matcher.get_matcher().intents
    rules = intents.expansion_rules
    checked = 0
    for template in _templates():
        clauses = template.get_required_clauses(rules)
        said = sample_expression(
            template.expression, intents.slot_lists, rules, expand_ranges=False
        )
        for text in itertools.islice(said, SAMPLES_PER_TEMPLATE):
            haystack = text.casefold()
            missing = [c for c in clauses if not any(f in haystack for f in c)]
            assert not missing, (template.text, text, missing)
            checked += 1
    assert checked > 10_000


def test_a_common_word_is_not_what_an_alternative_requires() -> None:
    # "(... |hop on|jump on)": "hop" and "jump", not "on", which half of all messages hold.
    rules = matcher.get_matcher().intents.expansion_rules
    games = [t for t in _templates() if t.text and t.text.startswith("(play|launch|start|run|open")]
    assert games
    for template in games:
        required = set().union(*template.get_required_clauses(rules))
        assert {"hop", "jump"} <= required
        assert "on" not in required
